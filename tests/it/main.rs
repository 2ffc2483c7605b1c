mod bot;
mod content;
mod search;
mod web;
