mod bot;
mod browser;
mod content;
mod content_hardening;
mod corrections;
mod helpers;
mod hsds;
mod places;
mod search;
mod server;
mod sheet;
mod sites;
mod web;

use std::path::Path;
use std::sync::OnceLock;

/// The bundled content, indexed once per test run into a temporary folder and shared by every test
/// that only reads it. A build embeds every example message and offer text with the real model, which
/// takes a while in a debug build; the content fixtures that tests change get indexes of their own.
pub fn bundled_index() -> &'static Path {
    static INDEX: OnceLock<tempfile::TempDir> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("a temporary folder");
            let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
            lotse::index::ensure(&content, dir.path()).expect("the bundled content indexes");
            dir
        })
        .path()
}

/// Runs `talk` with a dialogue on `engine` as the bot and `lotse chat` hold it: now, and links to a
/// public address of the service.
pub fn in_dialogue<T>(
    engine: &lotse::search::Engine,
    talk: impl FnOnce(&lotse::dialogue::Context<'_>) -> T,
) -> T {
    let now = lotse::present::now();
    let url: url::Url = "https://lotse.example/".parse().expect("a URL");
    talk(&lotse::dialogue::Context {
        engine,
        public_url: &url,
        now: &now,
    })
}
