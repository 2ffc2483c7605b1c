//! The printed booklet of the town (`/{lang}/booklet`, `lotse booklet --lang xx --out FILE.html`):
//! one self-contained HTML file (its CSS inlined, no request to anywhere) for a print shop or a
//! browser's "print to PDF".
//!
//! Title page (the site's name and area from `site.toml`, the date, a QR code to the live site when a
//! public address is known), table of contents, the taxonomy's groups as chapters with one block per
//! offer, an index of topics, and the crisis lines on the back page. Print CSS sets A5 pages with
//! page numbers (`@page` margin boxes).
//!
//! Each offer appears once, numbered, in the chapter of its first category's first group; the index
//! lists every category with the numbers of all its offers. Ended and planned offers are left out:
//! a printout lasts, and must not send anyone to a door that is not there. The file depends only on
//! the content, the language, the public address and the day, so the route and the command write the
//! same bytes on the same day.

use std::sync::LazyLock;

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use base64::Engine as _;
use sha2::{Digest, Sha256};

use super::AppState;
use super::block::OfferBlock;
use super::extract::PageLang;
use super::pages::{CrisisLine, crisis_lines, internal_error, render_html};
use crate::content::{Catalogue, Offer, Status};
use crate::i18n::{Tr, arg, category_label, group_label, t, t_args};
use crate::lang::Lang;
use crate::present;

/// The booklet's stylesheet, inlined into the file.
const CSS: &str = include_str!("../../templates/static/booklet.css");

/// The `style-src` source that allows exactly the inlined stylesheet (the site's CSP allows no
/// inline style otherwise).
static CSS_HASH: LazyLock<String> = LazyLock::new(|| {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(CSS.as_bytes()))
    )
});

/// A chapter: a group of the taxonomy and its offers.
#[derive(Debug, Clone)]
pub struct Chapter {
    pub id: String,
    pub label: String,
    pub blocks: Vec<Numbered>,
}

/// An offer's block with its number in the booklet.
#[derive(Debug, Clone)]
pub struct Numbered {
    pub number: usize,
    pub block: OfferBlock,
}

/// A topic of the index and the numbers of its offers.
#[derive(Debug, Clone)]
pub struct Topic {
    pub label: String,
    pub numbers: Vec<usize>,
}

/// The booklet.
#[derive(Template)]
#[template(path = "booklet.html")]
pub struct BookletPage {
    pub tr: Tr,
    pub code: &'static str,
    pub dir: &'static str,
    pub css: &'static str,
    pub site_name: String,
    pub title: String,
    pub date: String,
    pub qr: Option<String>,
    pub url: Option<String>,
    pub chapters: Vec<Chapter>,
    pub topics: Vec<Topic>,
    pub crisis: Vec<CrisisLine>,
}

/// Offers a printout may send people to: not ended, not merely planned.
fn printed(offer: &Offer) -> bool {
    matches!(offer.status, Status::Active | Status::TemporarilyClosed)
}

/// The booklet of `catalogue` in `lang` as of `now`; `public_url` is the live site (its QR code is
/// left out, and the title page says so, without one). `None` only if the template fails (a bug).
pub fn render(
    catalogue: &Catalogue,
    lang: Lang,
    public_url: Option<&url::Url>,
    now: &jiff::Zoned,
) -> Option<String> {
    let taxonomy = &catalogue.taxonomy;
    let chapter_of = |offer: &Offer| {
        offer
            .categories
            .iter()
            .find_map(|c| taxonomy.category(c).and_then(|c| c.groups.first().cloned()))
    };
    let mut number = 0;
    let mut numbers: Vec<(&str, usize)> = Vec::new();
    let mut chapters = Vec::new();
    for group in &taxonomy.groups {
        let mut offers: Vec<&Offer> = Vec::new();
        // In the order of the group's categories, then by name: related offers stand together.
        for category in taxonomy.categories_in(&group.id) {
            let mut in_category: Vec<&Offer> = catalogue
                .offers
                .iter()
                .filter(|o| printed(o))
                .filter(|o| o.categories.first() == Some(&category.id))
                .filter(|o| chapter_of(o).as_deref() == Some(group.id.as_str()))
                .collect();
            in_category.sort_by(|a, b| a.texts(lang).name.cmp(b.texts(lang).name));
            offers.extend(in_category);
        }
        let blocks: Vec<Numbered> = offers
            .into_iter()
            .map(|o| {
                number += 1;
                numbers.push((o.id.as_str(), number));
                Numbered {
                    number,
                    block: OfferBlock::new(lang, o, now),
                }
            })
            .collect();
        if !blocks.is_empty() {
            chapters.push(Chapter {
                id: group.id.clone(),
                label: group_label(lang, &group.id),
                blocks,
            });
        }
    }
    let number_of = |id: &str| numbers.iter().find(|(i, _)| *i == id).map(|(_, n)| *n);
    let mut topics: Vec<Topic> = taxonomy
        .categories
        .iter()
        .filter_map(|c| {
            let mut numbers: Vec<usize> = catalogue
                .offers_in(&c.id)
                .into_iter()
                .filter_map(|o| number_of(&o.id))
                .collect();
            numbers.sort_unstable();
            (!numbers.is_empty()).then(|| Topic {
                label: category_label(lang, &c.id),
                numbers,
            })
        })
        .collect();
    topics.sort_by_key(|t| t.label.to_lowercase());
    let site = &catalogue.site;
    let url = public_url.map(|u| format!("{}/{}/", u.as_str().trim_end_matches('/'), lang.code()));
    let qr = url
        .as_deref()
        .and_then(|u| present::qr::svg(u, &t(lang, "booklet-qr-label")));
    render_html(&BookletPage {
        tr: Tr(lang),
        code: lang.code(),
        dir: lang.dir(),
        css: CSS,
        site_name: site.name.clone(),
        title: t_args(lang, "booklet-title", &[("area", arg(&site.area))]),
        date: t_args(
            lang,
            "booklet-date",
            &[("date", arg(present::long_date(lang, now.date())))],
        ),
        qr,
        url,
        chapters,
        topics,
        crisis: crisis_lines(lang, catalogue),
    })
}

/// `/{lang}/booklet`: the booklet from the page cache, with a CSP that allows its inlined style.
pub async fn booklet_handler(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    request: HeaderMap,
) -> Response {
    let engine = state.live.engine();
    let key = format!("/{}/booklet", lang.code());
    let Some(page) = state.pages.get_or_render(engine.fingerprint(), &key, || {
        render(
            engine.catalogue(),
            lang,
            Some(&state.public_url),
            &present::now(),
        )
    }) else {
        return internal_error();
    };
    let mut res = page.respond(&request, "no-cache");
    let csp = format!(
        "default-src 'none'; style-src {}; img-src data:; base-uri 'none'; form-action 'none'; \
         frame-ancestors 'none'",
        *CSS_HASH
    );
    if let Ok(value) = HeaderValue::from_str(&csp) {
        res.headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    res
}
