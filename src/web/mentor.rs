//! Mentor mode's hand-over screen (`/{lang}/handover?path=/offer/ID&to=uk`): a large QR code that
//! opens the same page, in the senior's language and without `view=large`, on their own phone.
//!
//! Mentor mode itself (`view=large`: large text, big buttons, plain steps, a way out) is a class on
//! the page and the bar [`super::carry`] adds; this is its one page of its own.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::Response;

use super::AppState;
use super::error::WebError;
use super::extract::{PageLang, QueryPairs};
use super::pages::{Chrome, LangLink, render};
use crate::i18n::{arg, t, t_args};
use crate::lang::Lang;
use crate::present;

/// The longest page address a hand-over encodes (a search with its filters fits easily; a QR code of
/// much more is too dense to scan from a tablet's screen).
const MAX_PATH: usize = 600;

/// The hand-over screen.
#[derive(Template)]
#[template(path = "handover.html")]
pub struct HandoverPage {
    pub chrome: Chrome,
    /// The senior's language (the QR code's), named in itself.
    pub to_name: &'static str,
    pub to_code: &'static str,
    pub qr: String,
    pub url: String,
    /// The other languages the QR code can open the page in.
    pub choices: Vec<LangLink>,
    /// Back to the page the mentor was on.
    pub back_href: String,
}

/// `/{lang}/handover`.
pub async fn handover_handler(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    query: QueryPairs,
) -> Result<Response, WebError> {
    let engine = state.live.engine();
    let site = &engine.catalogue().site;
    let bad = |name: &'static str| WebError::BadRequest {
        lang,
        reason: t_args(lang, "error-bad-parameter", &[("name", arg(name))]),
    };
    // A path on this site, after the language segment: never another host (`//x`), never a scheme.
    let rest = query.get("path").unwrap_or("/");
    if !rest.starts_with('/')
        || rest.starts_with("//")
        || rest.len() > MAX_PATH
        || rest.chars().any(|c| c.is_control() || c == '\\')
    {
        return Err(bad("path"));
    }
    let to = match query.get("to") {
        None | Some("") => lang,
        Some(code) => code
            .parse::<Lang>()
            .ok()
            .filter(|l| site.offers(*l) && l.code() == code)
            .ok_or_else(|| bad("to"))?,
    };
    let url = state.absolute(&format!("/{}{rest}", to.code()));
    let qr = present::qr::svg(&url, &t(lang, "mentor-qr-label")).ok_or_else(|| bad("path"))?;
    let choice = |l: Lang| {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        q.append_pair("path", rest);
        q.append_pair("to", l.code());
        format!("/{}/handover?{}", lang.code(), q.finish())
    };
    let mut own = url::form_urlencoded::Serializer::new(String::new());
    own.append_pair("path", rest);
    own.append_pair("to", to.code());
    let page = HandoverPage {
        chrome: Chrome::new(
            site,
            lang,
            &t(lang, "mentor-handover"),
            Some(&format!("/handover?{}", own.finish())),
        ),
        to_name: to.native_name(),
        to_code: to.code(),
        qr,
        url,
        choices: site
            .languages
            .iter()
            .map(|l| LangLink {
                code: l.code(),
                dir: l.dir(),
                name: l.native_name(),
                href: choice(*l),
                current: *l == to,
            })
            .collect(),
        back_href: format!("/{}{rest}", lang.code()),
    };
    let mut res = render(&page);
    // The address may hold a search: like the search page, never kept.
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}
