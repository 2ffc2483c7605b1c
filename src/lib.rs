//! Lotse: a town's directory of counselling and support offers, searchable on the web and in Telegram.
//!
//! Data flows one way:
//!
//! ```text
//! content/*.toml ─▶ content (load, validate) ─▶ Catalogue ─▶ index (tantivy, atomic generations)
//!                                                               │
//!                                  search::Engine (thesaurus, ranking, crisis) ◀─┘
//!                                         │                      │
//!                                       web (axum, askama)     bot (teloxide) + chat (terminal)
//! ```
//!
//! Nothing below the front ends imports axum, askama or teloxide; the web and the bot never import each
//! other. Localized strings ([`i18n`]) and the reading of offers into words ([`present`]) are shared.

pub mod bot;
pub mod chat;
pub mod config;
pub mod content;
pub mod desk;
pub mod dialogue;
pub mod eval;
pub mod export;
pub mod i18n;
pub mod index;
pub mod lang;
pub mod present;
pub mod review;
pub mod search;
pub mod semantic;
pub mod serve;
pub mod service;
pub mod store;
pub mod text;
pub mod web;
pub mod workers;
