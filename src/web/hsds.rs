//! The read-only Open Referral HSDS 3.0 API (`/api/hsds/…`): services and organizations, paginated
//! as HSDS's `openapi.json` prescribes, with texts in `?lang=` (German by default). The objects come
//! from [`crate::export::hsds`]; this module only reads parameters and answers.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::AppState;
use super::api::lang_param;
use super::error::ApiError;
use super::extract::{Params, last_segment};
use crate::export::hsds::{self, Hsds, Page};

/// Items per page when the client asks for no number.
pub const DEFAULT_PER_PAGE: usize = 50;
/// The most items one page holds.
pub const MAX_PER_PAGE: usize = 200;

/// The data changes only with the content; a minute's delay is harmless, and nothing asked here
/// is private (no search text).
const CACHE: &str = "public, max-age=60";

fn answer(body: impl Serialize) -> Response {
    let mut res = Json(body).into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(CACHE));
    res
}

/// A whole number from 1 to `max` in parameter `name`, `default` when absent or empty.
fn number_param(
    params: &Params,
    name: &str,
    code: &'static str,
    default: usize,
    max: usize,
) -> Result<usize, ApiError> {
    let bad = || {
        ApiError::bad_request(
            code,
            format!("{name} must be a whole number from 1 to {max}"),
        )
    };
    match params.get(name).map(str::trim) {
        None | Some("") => Ok(default),
        Some(raw) => match raw.parse::<usize>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(bad()),
        },
    }
}

/// `page` (from 1) and `per_page`.
fn paging(params: &Params) -> Result<(usize, usize), ApiError> {
    // A page number beyond any list is still bounded, so that page × per_page cannot overflow.
    let page = number_param(params, "page", "bad_page", 1, 1_000_000)?;
    let per_page = number_param(
        params,
        "per_page",
        "bad_per_page",
        DEFAULT_PER_PAGE,
        MAX_PER_PAGE,
    )?;
    Ok((page, per_page))
}

/// The id in the path (the last segment), percent-decoded; not UTF-8 names nothing.
fn path_id(uri: &axum::http::Uri) -> String {
    last_segment(uri.path()).unwrap_or_default()
}

/// `GET /api/hsds/` and `/api/hsds`: which HSDS this API speaks (HSDS's `/` endpoint).
pub async fn about_handler() -> Response {
    #[derive(Serialize)]
    struct About {
        version: &'static str,
    }
    answer(About {
        version: hsds::HSDS_VERSION,
    })
}

/// `GET /api/hsds/services?page=&per_page=&lang=`: the services with their one-to-one fields.
pub async fn services_handler(
    State(state): State<AppState>,
    params: Params,
) -> Result<Response, ApiError> {
    let lang = lang_param(&params)?;
    let (page, per_page) = paging(&params)?;
    let engine = state.live.engine();
    let hsds = Hsds::new(&engine.catalogue().offers, lang);
    let body = Page::of(hsds.offers().iter(), page, per_page, |o| hsds.summary(o));
    Ok(answer(body))
}

/// `GET /api/hsds/services/{id}?lang=`: one fully nested service.
pub async fn service_handler(
    State(state): State<AppState>,
    uri: axum::http::Uri,
    params: Params,
) -> Result<Response, ApiError> {
    let lang = lang_param(&params)?;
    let id = path_id(&uri);
    let engine = state.live.engine();
    let hsds = Hsds::new(&engine.catalogue().offers, lang);
    let offer = hsds
        .offer_by_service_id(&id)
        .ok_or_else(|| ApiError::not_found(format!("no service with id `{id}`")))?;
    Ok(answer(hsds.service(offer)))
}

/// `GET /api/hsds/organizations?page=&per_page=&lang=`: the organizations (one per provider).
pub async fn organizations_handler(
    State(state): State<AppState>,
    params: Params,
) -> Result<Response, ApiError> {
    // The language changes nothing of an organization yet, but is checked like everywhere.
    let lang = lang_param(&params)?;
    let (page, per_page) = paging(&params)?;
    let engine = state.live.engine();
    let organizations = Hsds::new(&engine.catalogue().offers, lang).organizations();
    let body = Page::of(organizations.into_iter(), page, per_page, |(o, _)| o);
    Ok(answer(body))
}

/// `GET /api/hsds/organizations/{id}?lang=`: one organization with its services.
pub async fn organization_handler(
    State(state): State<AppState>,
    uri: axum::http::Uri,
    params: Params,
) -> Result<Response, ApiError> {
    let lang = lang_param(&params)?;
    let id = path_id(&uri);
    let engine = state.live.engine();
    let organization = Hsds::new(&engine.catalogue().offers, lang)
        .organization(&id)
        .ok_or_else(|| ApiError::not_found(format!("no organization with id `{id}`")))?;
    Ok(answer(organization))
}
