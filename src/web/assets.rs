//! Static assets compiled into the binary (no path relative to the working directory can go missing).

use std::sync::LazyLock;

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::cache::Prepared;

/// The stylesheet.
const STYLE: &str = include_str!("../../templates/static/style.css");

/// The stylesheet, pre-compressed, and its URL: the digest of its bytes is in the name, so browsers may
/// keep it for a year and still get a changed one at once.
static STYLESHEET: LazyLock<(Prepared, String)> = LazyLock::new(|| {
    let sheet = Prepared::with_type(
        "text/css; charset=utf-8",
        Bytes::from_static(STYLE.as_bytes()),
    );
    let version = sheet.etag().to_str().unwrap_or_default().trim_matches('"');
    let path = format!("/static/style-{}.css", &version[..version.len().min(12)]);
    (sheet, path)
});

/// The stylesheet's URL.
pub fn style_path() -> &'static str {
    &STYLESHEET.1
}

/// `/static/{file}`.
pub async fn asset_handler(uri: axum::http::Uri, headers: HeaderMap) -> Response {
    if uri.path() == style_path() {
        return STYLESHEET
            .0
            .respond(&headers, "public, max-age=31536000, immutable");
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
