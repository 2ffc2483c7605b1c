//! Static assets compiled into the binary (no path relative to the working directory can go missing).

use std::sync::LazyLock;

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::cache::Prepared;

/// The stylesheet.
const STYLE: &str = include_str!("../../templates/static/style.css");

/// The quick-exit script, the only script (the CSP allows scripts from this site and nowhere else).
const EXIT_SCRIPT: &str = include_str!("../../templates/static/exit.js");

/// The stylesheet, pre-compressed, and its URL: the digest of its bytes is in the name, so browsers may
/// keep it for a year and still get a changed one at once.
static STYLESHEET: LazyLock<(Prepared, String)> =
    LazyLock::new(|| versioned("style", "css", "text/css; charset=utf-8", STYLE));

/// The quick-exit script, pre-compressed, and its versioned URL.
static EXIT: LazyLock<(Prepared, String)> =
    LazyLock::new(|| versioned("exit", "js", "text/javascript; charset=utf-8", EXIT_SCRIPT));

fn versioned(stem: &str, ext: &str, mime: &'static str, text: &'static str) -> (Prepared, String) {
    let asset = Prepared::with_type(mime, Bytes::from_static(text.as_bytes()));
    let version = asset.etag().to_str().unwrap_or_default().trim_matches('"');
    let path = format!("/static/{stem}-{}.{ext}", &version[..version.len().min(12)]);
    (asset, path)
}

/// The stylesheet's URL.
pub fn style_path() -> &'static str {
    &STYLESHEET.1
}

/// The quick-exit script's URL.
pub fn exit_script_path() -> &'static str {
    &EXIT.1
}

/// `/static/{file}`.
pub async fn asset_handler(uri: axum::http::Uri, headers: HeaderMap) -> Response {
    for (asset, path) in [&*STYLESHEET, &*EXIT] {
        if uri.path() == path {
            return asset.respond(&headers, "public, max-age=31536000, immutable");
        }
    }
    (StatusCode::NOT_FOUND, "not found").into_response()
}

/// No favicon file: an empty answer keeps browsers from retrying.
pub async fn favicon_handler() -> StatusCode {
    StatusCode::NO_CONTENT
}

/// Search pages are private; offer pages may be indexed.
pub async fn robots_handler() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain")],
        "User-agent: *\nDisallow: /*/search\nDisallow: /api/\n",
    )
}
