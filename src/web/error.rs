//! The one error type of the web front end. Every failure becomes a real, localized page (or a JSON
//! error for the API) with the right status; internals are logged, never shown.

use axum::Json;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::AppState;
use super::pages::{Chrome, ErrorPage, render};
use crate::i18n::{arg, num, t, t_args};
use crate::lang::Lang;
use crate::search::MAX_QUERY_CHARS;

/// A page request that failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum WebError {
    #[error("not found")]
    NotFound(Lang),
    /// The page lives at another address on this site (a path, never another host).
    #[error("moved")]
    Moved(String),
    #[error("bad request: {reason}")]
    BadRequest { lang: Lang, reason: String },
    #[error("query too long")]
    QueryTooLong(Lang),
    #[error("busy")]
    Busy(Lang),
    /// Too many corrections from one address in a short time.
    #[error("too many reports")]
    TooManyReports(Lang),
    #[error("internal: {0}")]
    Internal(Lang, String),
}

impl WebError {
    /// The language the page is shown in.
    fn lang(&self) -> Lang {
        match self {
            WebError::Moved(_) => Lang::De,
            WebError::NotFound(lang)
            | WebError::BadRequest { lang, .. }
            | WebError::QueryTooLong(lang)
            | WebError::Busy(lang)
            | WebError::TooManyReports(lang)
            | WebError::Internal(lang, _) => *lang,
        }
    }

    /// The same error in `lang` (a language the site offers). A bad request's reason is already
    /// worded, and in an offered language: it comes from a page whose language was checked.
    fn in_lang(self, lang: Lang) -> WebError {
        match self {
            WebError::NotFound(_) => WebError::NotFound(lang),
            WebError::QueryTooLong(_) => WebError::QueryTooLong(lang),
            WebError::Busy(_) => WebError::Busy(lang),
            WebError::TooManyReports(_) => WebError::TooManyReports(lang),
            WebError::Internal(_, detail) => WebError::Internal(lang, detail),
            other => other,
        }
    }

    fn parts(&self) -> (StatusCode, Lang, String, String) {
        match self {
            // Answered as a redirect before this is asked; a 404 is the safe reading otherwise.
            WebError::Moved(_) => (
                StatusCode::NOT_FOUND,
                Lang::De,
                t(Lang::De, "error-not-found-title"),
                t(Lang::De, "error-not-found-text"),
            ),
            WebError::NotFound(lang) => (
                StatusCode::NOT_FOUND,
                *lang,
                t(*lang, "error-not-found-title"),
                t(*lang, "error-not-found-text"),
            ),
            WebError::BadRequest { lang, reason } => (
                StatusCode::BAD_REQUEST,
                *lang,
                t(*lang, "error-bad-request-title"),
                t_args(
                    *lang,
                    "error-bad-request-text",
                    &[("reason", arg(reason.clone()))],
                ),
            ),
            WebError::QueryTooLong(lang) => (
                StatusCode::BAD_REQUEST,
                *lang,
                t(*lang, "error-bad-request-title"),
                t_args(
                    *lang,
                    "error-query-too-long",
                    &[("max", num(MAX_QUERY_CHARS as f64))],
                ),
            ),
            WebError::Busy(lang) => (
                StatusCode::SERVICE_UNAVAILABLE,
                *lang,
                t(*lang, "error-busy-title"),
                t(*lang, "error-busy-text"),
            ),
            WebError::TooManyReports(lang) => (
                StatusCode::TOO_MANY_REQUESTS,
                *lang,
                t(*lang, "error-bad-request-title"),
                t(*lang, "report-error-too-many"),
            ),
            WebError::Internal(lang, _) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                *lang,
                t(*lang, "error-internal-title"),
                t(*lang, "error-internal-text"),
            ),
        }
    }
}

/// The error a response stands for. [`WebError`] leaves it on its response; [`render_error_pages`],
/// which knows the site being served (its name, languages, editors), turns it into the page.
#[derive(Debug, Clone)]
struct ErrorPageOf(WebError);

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        if let WebError::Moved(location) = &self {
            return axum::response::Redirect::permanent(location).into_response();
        }
        if let WebError::Internal(_, detail) = &self {
            tracing::error!(detail, "internal error");
        }
        let (status, _, _, text) = self.parts();
        // A plain body in case no layer renders the page (it never reaches a reader through the router).
        let mut res = (status, text).into_response();
        res.extensions_mut().insert(ErrorPageOf(self));
        let headers = res.headers_mut();
        // An error is not worth keeping, and its language may have come from the browser's header.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
        if status == StatusCode::SERVICE_UNAVAILABLE {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        }
        res
    }
}

/// Renders the page of every [`WebError`] response with the site's frame (see [`ErrorView`]).
pub async fn render_error_pages(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut res = next.run(request).await;
    let Some(ErrorPageOf(err)) = res.extensions_mut().remove::<ErrorPageOf>() else {
        return res;
    };
    let engine = state.live.engine();
    let site = &engine.catalogue().site;
    let lang = site.language_or_default(err.lang());
    let (_, lang, title, text) = err.in_lang(lang).parts();
    let page = ErrorPage {
        chrome: Chrome::new(site, lang, &title, None),
        title,
        text,
    };
    let (mut parts, _) = res.into_parts();
    let rendered = render(&page);
    parts.headers.remove(header::CONTENT_LENGTH);
    if let Some(content_type) = rendered.headers().get(header::CONTENT_TYPE) {
        parts
            .headers
            .insert(header::CONTENT_TYPE, content_type.clone());
    }
    Response::from_parts(parts, rendered.into_body())
}

/// An API request that failed: `{"error": {"code", "message"}}` with a 4xx/5xx status.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

#[derive(Serialize)]
struct ApiErrorBody<'a> {
    error: ApiErrorInner<'a>,
}

#[derive(Serialize)]
struct ApiErrorInner<'a> {
    code: &'a str,
    message: &'a str,
}

impl ApiError {
    /// A 400 with a machine-readable code and a human message.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            code,
            message: message.into(),
        }
    }

    /// A 500 that says nothing of the cause (it is logged by the caller's layer).
    pub fn internal() -> ApiError {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: "internal",
            message: "the search failed; please try again".into(),
        }
    }

    /// A 503: every search worker stayed busy; the client may try again shortly.
    pub fn busy() -> ApiError {
        ApiError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            code: "busy",
            message: "the service is busy; please try again in a moment".into(),
        }
    }

    /// A 404.
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            code: "not_found",
            message: message.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ApiErrorBody {
            error: ApiErrorInner {
                code: self.code,
                message: &self.message,
            },
        };
        let mut res = (self.status, Json(body)).into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        }
        res
    }
}
