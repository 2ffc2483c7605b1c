//! Extractors whose rejections become our own error pages instead of axum's plain-text ones.

use std::collections::HashMap;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use super::error::WebError;
use crate::lang::Lang;

/// The `{lang}` segment of a page URL, validated. An unknown language is a 404 page in the reader's
/// negotiated language.
#[derive(Debug, Clone, Copy)]
pub struct PageLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for PageLang {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        lang_in_path(parts.uri.path())
            .map(PageLang)
            .ok_or_else(|| WebError::NotFound(negotiated(parts)))
    }
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

/// The language the browser asks for (German when it asks for nothing we speak).
pub fn negotiated(parts: &Parts) -> Lang {
    parts
        .headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(|h| Lang::negotiate(&h.chars().take(256).collect::<String>()))
        .unwrap_or(Lang::De)
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
