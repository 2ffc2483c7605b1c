mod bot;
