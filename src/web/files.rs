//! An offer's contact card and calendar: `/{lang}/offer/{id}.vcf` (vCard 4.0) and
//! `/{lang}/offer/{id}.ics` (iCalendar), beside its page `/{lang}/offer/{id}`.
//!
//! axum's `{id}` segment captures the whole last segment, suffix included, so the one route
//! `/{lang}/offer/{id}` answers all three and this decides by the suffix. Offer ids are file names
//! without `.toml` and contain no dot, so an id that ends in `.vcf` can only mean the card; anything
//! else, and an unknown id with either suffix, is the offer page's localized 404.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::error::WebError;
use super::extract::{PageId, PageLang};
use crate::export::{ical, vcard};
use crate::present;

/// `/{lang}/offer/{id}`, `…/{id}.vcf` and `…/{id}.ics`.
pub async fn offer_route_handler(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    PageId(id): PageId,
    request: HeaderMap,
) -> Result<Response, WebError> {
    let (id, kind) = match (id.strip_suffix(".vcf"), id.strip_suffix(".ics")) {
        (Some(id), _) => (id.to_owned(), File::Card),
        (_, Some(id)) => (id.to_owned(), File::Calendar),
        _ => {
            return super::handlers::offer_handler(
                State(state),
                PageLang(lang),
                PageId(id),
                request,
            )
            .await;
        }
    };
    let engine = state.live.engine();
    let offer = engine
        .catalogue()
        .offer(&id)
        .ok_or(WebError::NotFound(lang))?;
    let page = state.absolute(&format!("/{}/offer/{id}", lang.code()));
    let (body, content_type, ext) = match kind {
        File::Card => (
            vcard::offer_card(offer, lang, &page, &format!("{page}.vcf")),
            "text/vcard; charset=utf-8",
            "vcf",
        ),
        File::Calendar => (
            ical::offer_calendar(offer, lang, &page, &present::now())
                .ok_or(WebError::NotFound(lang))?,
            "text/calendar; charset=utf-8",
            "ics",
        ),
    };
    let mut res = body.into_response();
    let headers = res.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    // Offer ids are lowercase ASCII letters, digits and hyphens: a safe file name as they are.
    if let Ok(disposition) = HeaderValue::from_str(&format!("attachment; filename=\"{id}.{ext}\""))
    {
        headers.insert(header::CONTENT_DISPOSITION, disposition);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(res)
}

enum File {
    Card,
    Calendar,
}
