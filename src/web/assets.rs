//! Static assets compiled into the binary (no path relative to the working directory can go missing).

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The stylesheet.
const STYLE: &str = include_str!("../../templates/static/style.css");

/// The stylesheet's URL; the version in the name lets browsers cache it for a year.
pub const STYLE_PATH: &str = concat!("/static/style-", env!("CARGO_PKG_VERSION"), ".css");

/// `/static/{file}`.
pub async fn asset_handler(Path(file): Path<String>) -> Response {
    if format!("/static/{file}") == STYLE_PATH {
        let mut res = ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response();
        res.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        );
        return res;
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
