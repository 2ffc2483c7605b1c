//! The referral sheet (`/{lang}/sheet?o=ID&o=ID&also=de`): the offers a social worker chose for a
//! client on one printed page, in the client's language and, block by block, in a second language
//! for the office. Each offer carries a QR code of its page in the client's language, the sheet one
//! of itself, and the date with "the data may change: call first".
//!
//! No account, no cookie, no script: the chosen ids live in the URL. "Add to the sheet" links on
//! result, category and offer pages are `/{lang}/sheet?add=ID`; while a sheet is being built the
//! links of every page carry its `o=` ids along (see [`super::carry`]), so such a link adds to it.
//! The sheet is rendered per request and never stored by browsers or proxies: which offers someone
//! needs is nobody else's business.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::Response;

use super::AppState;
use super::block::OfferBlock;
use super::error::WebError;
use super::extract::{PageLang, QueryPairs};
use super::pages::{Chrome, render};
use crate::i18n::{arg, num, t, t_args};
use crate::lang::Lang;
use crate::present;

/// At most this many offers on one sheet: more do not fit a printed page, and the cap bounds what
/// one request can make the server render.
pub const MAX_OFFERS: usize = 12;

/// One offer of the sheet: its block in the client's language, optionally in the second language,
/// its page's QR code and the link that removes it.
#[derive(Debug, Clone)]
pub struct SheetEntry {
    pub blocks: Vec<OfferBlock>,
    pub qr: String,
    pub url: String,
    pub remove_href: String,
}

/// The sheet page.
#[derive(Template)]
#[template(path = "referral.html")]
pub struct SheetPage {
    pub chrome: Chrome,
    pub entries: Vec<SheetEntry>,
    /// Ids that name no offer (a stale link): said, not silently dropped.
    pub unknown: Vec<String>,
    /// The second language's code and direction, when there is one.
    pub also: Option<(&'static str, &'static str)>,
    /// The footer lines "printed on …, call first" in each of the sheet's languages.
    pub notes: Vec<present::LangText>,
    pub qr: Option<String>,
    pub url: String,
    /// The choice of the second language: GET form values.
    pub also_choices: Vec<AlsoChoice>,
    /// The ids, for the form's hidden fields.
    pub ids: Vec<String>,
    /// Where to find more offers (the home page with the sheet's ids).
    pub more_href: String,
}

/// One language the second part can be in.
#[derive(Debug, Clone)]
pub struct AlsoChoice {
    pub code: &'static str,
    pub name: &'static str,
    pub selected: bool,
}

/// The query of a sheet with `ids` and `also`, as the page's links write it. An empty list is written
/// as `o=` so that [`super::carry`] does not add the ids of the page it is on.
pub fn sheet_query(ids: &[String], also: Option<Lang>) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for id in ids {
        query.append_pair("o", id);
    }
    if ids.is_empty() {
        query.append_pair("o", "");
    }
    if let Some(also) = also {
        query.append_pair("also", also.code());
    }
    query.finish()
}

fn bad(lang: Lang, reason: String) -> WebError {
    WebError::BadRequest { lang, reason }
}

/// `/{lang}/sheet`.
pub async fn sheet_handler(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    query: QueryPairs,
) -> Result<Response, WebError> {
    let engine = state.live.engine();
    let catalogue = engine.catalogue();
    let site = &catalogue.site;
    let also = match query.get("also").map(str::trim) {
        None | Some("") => None,
        Some(code) => match code.parse::<Lang>() {
            Ok(l) if site.offers(l) && l.code() == code => (l != lang).then_some(l),
            _ => {
                return Err(bad(
                    lang,
                    t_args(lang, "error-bad-parameter", &[("name", arg("also"))]),
                ));
            }
        },
    };
    let mut ids: Vec<String> = Vec::new();
    for id in query.all("o").chain(query.all("add")) {
        let id = id.trim();
        if !id.is_empty() && !ids.iter().any(|i| i == id) {
            ids.push(id.to_owned());
        }
    }
    if ids.len() > MAX_OFFERS {
        return Err(bad(
            lang,
            t_args(lang, "sheet-too-many", &[("max", num(MAX_OFFERS as f64))]),
        ));
    }
    let (known, unknown): (Vec<String>, Vec<String>) = ids
        .into_iter()
        .partition(|id| catalogue.offer(id).is_some());
    let now = present::now();
    let path = format!("/{}/sheet?{}", lang.code(), sheet_query(&known, also));
    let url = state.absolute(&path);
    let entries = known
        .iter()
        .filter_map(|id| catalogue.offer(id))
        .map(|offer| {
            let mut blocks = vec![OfferBlock::new(lang, offer, &now)];
            blocks.extend(also.map(|a| OfferBlock::new(a, offer, &now)));
            let page = state.absolute(&format!("/{}/offer/{}", lang.code(), offer.id));
            let others: Vec<String> = known.iter().filter(|i| **i != offer.id).cloned().collect();
            SheetEntry {
                qr: present::qr::svg(&page, &t(lang, "sheet-offer-qr-label")).unwrap_or_default(),
                url: page,
                remove_href: format!("/{}/sheet?{}", lang.code(), sheet_query(&others, also)),
                blocks,
            }
        })
        .collect();
    let mut notes = vec![note(lang, now.date())];
    notes.extend(also.map(|a| note(a, now.date())));
    let title = t(lang, "sheet-title");
    let page = SheetPage {
        chrome: Chrome::new(
            site,
            lang,
            &title,
            Some(&format!("/sheet?{}", sheet_query(&known, also))),
        ),
        qr: (!known.is_empty())
            .then(|| present::qr::svg(&url, &t(lang, "sheet-qr-label")))
            .flatten(),
        url,
        entries,
        unknown,
        also: also.map(|a| (a.code(), a.dir())),
        notes,
        also_choices: site
            .languages
            .iter()
            .filter(|l| **l != lang)
            .map(|l| AlsoChoice {
                code: l.code(),
                name: l.native_name(),
                selected: Some(*l) == also,
            })
            .collect(),
        more_href: format!("/{}/?{}", lang.code(), sheet_query(&known, also)),
        ids: known,
    };
    let mut res = render(&page);
    // Which offers a client needs is private: like search answers, never kept.
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

fn note(lang: Lang, today: jiff::civil::Date) -> present::LangText {
    present::LangText::new(
        t_args(
            lang,
            "print-date",
            &[("date", arg(present::long_date(lang, today)))],
        ),
        lang,
    )
}
