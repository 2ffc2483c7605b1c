//! Extractors whose rejections become our own error pages instead of axum's plain-text ones.

use std::collections::HashMap;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use super::AppState;
use super::error::WebError;
use crate::content::Site;
use crate::lang::Lang;

/// The `{lang}` segment of a page URL, validated: one of the languages the site offers. Any other is
/// a 404 page in the reader's negotiated language.
#[derive(Debug, Clone, Copy)]
pub struct PageLang(pub Lang);

impl FromRequestParts<AppState> for PageLang {
    type Rejection = WebError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let engine = state.live.engine();
        let site = &engine.catalogue().site;
        if let Some(lang) = lang_in_path(parts.uri.path()).filter(|l| site.offers(*l)) {
            return Ok(PageLang(lang));
        }
        Err(match canonical_lang_path(parts) {
            Some(location) => WebError::Moved(location),
            None => WebError::NotFound(negotiated(parts, site)),
        })
    }
}

/// The last segment of a page URL (an offer's or a category's id), percent-decoded. A segment that is
/// not UTF-8 (`/de/offer/%ff`) can name nothing: it is the localized 404 page, not axum's plain-text
/// rejection.
#[derive(Debug, Clone)]
pub struct PageId(pub String);

impl<S: Send + Sync> FromRequestParts<S> for PageId {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        // The page's language has been checked by `PageLang`, which every such route extracts first;
        // the error page falls back to the site's default language in any case.
        last_segment(parts.uri.path())
            .map(PageId)
            .ok_or_else(|| WebError::NotFound(lang_in_path(parts.uri.path()).unwrap_or(Lang::De)))
    }
}

/// The offer id of a report URL (`/{lang}/offer/{id}/report`), percent-decoded; a segment that is not
/// UTF-8 is the localized 404 page.
#[derive(Debug, Clone)]
pub struct ReportOffer(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ReportOffer {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let path = parts.uri.path();
        path.strip_suffix("/report")
            .and_then(last_segment)
            .map(ReportOffer)
            .ok_or_else(|| WebError::NotFound(lang_in_path(path).unwrap_or(Lang::De)))
    }
}

/// The percent-decoded last segment of `path`, if it is UTF-8.
pub fn last_segment(path: &str) -> Option<String> {
    let raw = path.rsplit('/').next().unwrap_or_default();
    percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .ok()
        .map(|s| s.into_owned())
}

/// The language named by a path's first segment, exactly as the site writes it (`/tr/…`, not `/TR/…`).
pub fn lang_in_path(path: &str) -> Option<Lang> {
    let first = path
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or_default();
    first.parse::<Lang>().ok().filter(|l| l.code() == first)
}

/// `/EN/offer/x?q=1` → `/en/offer/x?q=1`: a language segment written in another case (typed, or
/// capitalised by a phone's keyboard) points at the canonical address instead of a 404. The result is
/// always a path on this site (it starts with `/` and a language code), never another host.
pub fn canonical_lang_path(parts: &Parts) -> Option<String> {
    let path = parts.uri.path();
    let rest = path.strip_prefix('/')?;
    let (first, tail) = rest.split_once('/').unwrap_or((rest, ""));
    let lang = Lang::ALL
        .into_iter()
        .find(|l| l.code().eq_ignore_ascii_case(first) && l.code() != first)?;
    let mut location = format!("/{}", lang.code());
    if rest.contains('/') {
        location.push('/');
        location.push_str(tail);
    }
    if let Some(query) = parts.uri.query() {
        location.push('?');
        location.push_str(query);
    }
    Some(location)
}

/// The language the browser asks for among those the site offers (the site's default when it asks
/// for none of them).
pub fn negotiated(parts: &Parts, site: &Site) -> Lang {
    parts
        .headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(|h| {
            let header: String = h.chars().take(256).collect();
            Lang::negotiate_among(&header, &site.languages, site.default_language)
        })
        .unwrap_or(site.default_language)
}

/// The query string as a plain map. Never rejects: malformed pairs are decoded leniently, and each
/// handler validates the values it uses, so bad input gets a localized message instead of a 500.
#[derive(Debug, Clone, Default)]
pub struct Params(pub HashMap<String, String>);

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        let map = url::form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
        Ok(Params(map))
    }
}

impl Params {
    /// A parameter's value, if present.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }
}

/// The query string's pairs in their order, with repeated names kept (`o=a&o=b`), for the pages
/// that take lists (the referral sheet). Never rejects, like [`Params`].
#[derive(Debug, Clone, Default)]
pub struct QueryPairs(pub Vec<(String, String)>);

impl<S: Send + Sync> FromRequestParts<S> for QueryPairs {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(QueryPairs::parse(parts.uri.query().unwrap_or_default()))
    }
}

impl QueryPairs {
    /// The pairs of a query string (without its `?`), decoded leniently.
    pub fn parse(query: &str) -> QueryPairs {
        QueryPairs(
            url::form_urlencoded::parse(query.as_bytes())
                .into_owned()
                .collect(),
        )
    }

    /// Every value of `name`, in order.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}
