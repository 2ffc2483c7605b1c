//! Page handlers: each validates its input, asks the engine, and renders one page.

use std::sync::Arc;

use axum::extract::State;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::cache::Prepared;
use super::error::WebError;
use super::extract::{PageId, PageLang, Params, lang_in_path, negotiated};
use super::pages::*;
use crate::i18n::{num, t, t_args};
use crate::lang::Lang;
use crate::present;
use crate::present::filter::Filters;
use crate::search::Engine;
use crate::search::engine::AnswerKind;
use crate::search::{CrisisLevel, DEFAULT_LIMIT, MAX_LIMIT, RequestError, SearchRequest};
use crate::workers::WorkError;

/// `/`: sends the browser to the language it asks for, among those the site offers.
pub async fn root_handler(State(state): State<AppState>, parts: Parts) -> Response {
    let lang = negotiated(&parts, &state.live.engine().catalogue().site);
    let mut res = Redirect::to(&format!("/{}/", lang.code())).into_response();
    // The answer depends on the header: caches must not serve one reader's language to another.
    res.headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    res
}

/// `/tr` without a slash: the same as `/tr/`.
pub async fn lang_root_handler(PageLang(lang): PageLang) -> Redirect {
    Redirect::permanent(&format!("/{}/", lang.code()))
}

/// A page that depends only on the content and the clock, from the page cache (see [`super::cache`]).
fn cached(
    state: &AppState,
    engine: &Engine,
    key: &str,
    request: &HeaderMap,
    render: impl FnOnce() -> Option<String>,
) -> Response {
    match state.pages.get_or_render(engine.fingerprint(), key, render) {
        Some(page) => page.respond(request, "no-cache"),
        None => internal_error(),
    }
}

/// The home page: search box and the booklet's groups.
pub async fn home_handler(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    request: HeaderMap,
) -> Response {
    let engine = state.live.engine();
    cached(
        &state,
        &engine,
        &format!("/{}/", lang.code()),
        &request,
        || {
            render_html(&HomePage {
                chrome: Chrome::new(
                    &engine.catalogue().site,
                    lang,
                    &t_args(
                        lang,
                        "site-tagline",
                        &[("area", crate::i18n::arg(&engine.catalogue().site.area))],
                    ),
                    Some("/"),
                ),
                groups: groups(lang, engine.catalogue()),
                query: String::new(),
                near: NearView::for_home(engine.catalogue()),
            })
        },
    )
}

/// The results page.
pub async fn search_handler(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    params: Params,
    request: HeaderMap,
) -> Result<Response, WebError> {
    let query = params.get("q").unwrap_or_default().to_owned();
    let engine = state.live.engine();
    // One word of the directory itself ("Tafel") and nothing else: its page is kept for the minute,
    // like a page that depends only on the content (see `cache` for why this, and only this).
    let kept_at = (params.0.len() == 1 && engine.is_directory_word(&query))
        .then(|| format!("{}/{query}", lang.code()));
    if let Some(key) = &kept_at
        && let Some((page, need)) = state.pages.search_page(engine.fingerprint(), key)
    {
        state.count(crate::store::Channel::Web, lang, &need);
        return Ok(page.respond(&request, "no-store"));
    }
    let minute = state.pages.minute();
    let limit = match params.get("n") {
        None | Some("") => DEFAULT_LIMIT,
        Some(n) => n
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX_LIMIT).contains(n))
            .ok_or_else(|| WebError::BadRequest {
                lang,
                reason: t_args(
                    lang,
                    "error-bad-parameter",
                    &[("name", crate::i18n::arg("n"))],
                ),
            })?,
    };
    let req = SearchRequest::new(&query, lang, limit).map_err(|e| match e {
        RequestError::TooLong { .. } => WebError::QueryTooLong(lang),
        RequestError::BadLimit { .. } => WebError::BadRequest {
            lang,
            reason: t_args(
                lang,
                "error-bad-parameter",
                &[("name", crate::i18n::arg("n"))],
            ),
        },
    })?;
    let town = chosen_town(lang, &engine.catalogue().site, &params)?;
    let filters = Filters::parse(|n| params.get(n), engine.catalogue()).map_err(|e| {
        WebError::BadRequest {
            lang,
            reason: t_args(
                lang,
                "error-bad-parameter",
                &[("name", crate::i18n::arg(e.name))],
            ),
        }
    })?;
    let near = near_origin(lang, engine.catalogue(), &params)?;
    // The page shows what the reader typed, also when it was only a place's name.
    let typed = req.text().to_owned();
    let plan = super::plan::Plan::new(req, filters, engine.catalogue(), town.as_deref());
    let (filters, req) = (plan.filters, plan.request);
    let engine_req = plan.engine_request;
    // The sentence-embedding model takes milliseconds per message: off the async workers.
    let answer = {
        let (engine, req) = (engine.clone(), engine_req);
        state
            .live
            .workers()
            .run(move || engine.search(&req))
            .await
            .map_err(|e| match e {
                WorkError::Busy => WebError::Busy(lang),
                WorkError::Failed => WebError::Internal(lang, e.to_string()),
            })?
    };
    let need = answer.need();
    if !req.text().is_empty() {
        state.count(crate::store::Channel::Web, lang, &need);
    }
    let catalogue = engine.catalogue();
    let now = present::now();
    let browse = present::filter::browses(req.text().is_empty(), &filters, near.is_some());
    let matching = present::filter::select(
        &filters,
        catalogue,
        browse,
        answer
            .hits
            .iter()
            .filter_map(|h| catalogue.offer(&h.offer_id).map(|o| (o, h.snippet.clone()))),
        &now,
    )
    .offers;
    let total = if filters.is_empty() && !browse {
        answer.total
    } else {
        matching.len()
    };
    // Nearest first when the reader chose where from; the one rule of `present::near`.
    let placed: Vec<_> = match &near {
        Some(near) => present::near::by_distance(matching, near.origin, |(o, _)| o)
            .into_iter()
            .map(|(item, d)| (item, Some(d)))
            .collect(),
        None => matching.into_iter().map(|item| (item, None)).collect(),
    };
    let cards: Vec<Card> = placed
        .into_iter()
        .take(limit)
        .map(|((o, snippet), distance)| {
            let mut card = Card::new(lang, o, snippet, &now);
            card.distance = distance.map(|d| near_text(lang, near.as_ref(), d));
            card
        })
        .collect();
    let message = match answer.kind {
        _ if !filters.is_empty() && cards.is_empty() => Some(t(lang, "filter-nothing")),
        _ if browse => None,
        AnswerKind::Matched if answer.reachable_fallback.is_some() => {
            Some(t(lang, "results-unreachable"))
        }
        AnswerKind::Matched => None,
        AnswerKind::Empty => Some(t(lang, "results-empty-query")),
        AnswerKind::General => Some(t(lang, "results-fallback")),
        AnswerKind::NoMatch => Some(format!(
            "{} {}",
            t(lang, "results-weak"),
            t(lang, "results-fallback")
        )),
    };
    // The query and town, which the filter form carries along; then the filters.
    let mut kept: Vec<(&'static str, String)> = vec![("q", typed.clone())];
    if let Some(town) = &town {
        kept.push(("town", town.clone()));
    }
    // The filter form keeps where the results are measured from; the "near me" form keeps the filters.
    let mut near_hidden = kept.clone();
    near_hidden.extend(filters.pairs());
    if let Some(n) = &near {
        kept.push(n.param.clone());
    }
    let with = |extra: &[(&'static str, String)]| {
        let mut url = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in kept.iter().chain(&filters.pairs()).chain(extra) {
            url.append_pair(k, v);
        }
        url.finish()
    };
    let more_href = (total > cards.len() && limit < MAX_LIMIT).then(|| {
        let n = (limit + DEFAULT_LIMIT).min(MAX_LIMIT).to_string();
        format!("/{}/search?{}", lang.code(), with(&[("n", n)]))
    });
    let rest = format!("/search?{}", with(&[]));
    let title = if typed.is_empty() {
        t(lang, "search-button")
    } else {
        t_args(
            lang,
            "results-title",
            &[("query", crate::i18n::arg(typed.as_str()))],
        )
    };
    let page = ResultsPage {
        chrome: Chrome::new(&catalogue.site, lang, &title, Some(&rest)).in_town(town.as_deref()),
        heading: title.clone(),
        query: typed.clone(),
        count_text: t_args(lang, "results-count", &[("count", num(cards.len() as f64))]),
        crisis: match answer.crisis_level {
            CrisisLevel::Acute => crisis_lines(lang, catalogue),
            // The calm box stays short so that the results follow on the first screen: the lines for
            // everyone, and a link to all of them.
            CrisisLevel::Concern => crisis_lines_for_everyone(lang, catalogue),
            CrisisLevel::None => Vec::new(),
        },
        concern: answer.crisis_level == CrisisLevel::Concern,
        message,
        show_groups: answer.kind != AnswerKind::Matched,
        groups: if answer.kind != AnswerKind::Matched {
            groups(lang, catalogue)
        } else {
            Vec::new()
        },
        other_languages: languages_of_script(req.text(), lang)
            .into_iter()
            .filter(|l| catalogue.site.offers(*l))
            .map(|l| LangHint {
                href: format!("/{}{rest}", l.code()),
                lang: l.code(),
                dir: l.dir(),
                text: t(l, "results-in-this-language"),
            })
            .collect(),
        filters: FilterView::new(lang, catalogue, &filters, kept).opened_if(cards.is_empty()),
        near: NearView::for_results(
            catalogue,
            near_hidden,
            near.as_ref().and_then(|n| n.place_id()),
            near.as_ref().is_some_and(|n| n.place.is_none()),
        ),
        cards,
        more_href,
    };
    match kept_at {
        // A crisis answer is never kept, whatever the word.
        Some(key) if answer.crisis_level == CrisisLevel::None => {
            let Some(html) = render_html(&page) else {
                return Ok(internal_error());
            };
            let page = Arc::new(Prepared::results_page(html));
            state.pages.keep_search_page(
                engine.fingerprint(),
                minute,
                &key,
                Arc::clone(&page),
                need,
            );
            Ok(page.respond(&request, "no-store"))
        }
        _ => Ok(render(&page)),
    }
}

/// Where a results page measures from: a place of the gazetteer (`near_place=<id>`), or the
/// reader's own position (`near=LAT,LON`, which the page's script may fill in).
struct Near {
    origin: present::near::Origin,
    /// The place's name, for `near_place`.
    place: Option<String>,
    /// The parameter that chose it, for links that keep it.
    param: (&'static str, String),
}

impl Near {
    fn place_id(&self) -> Option<&str> {
        (self.param.0 == "near_place").then_some(self.param.1.as_str())
    }
}

fn near_origin(
    lang: Lang,
    catalogue: &crate::content::Catalogue,
    params: &Params,
) -> Result<Option<Near>, WebError> {
    let bad = |name: &str| WebError::BadRequest {
        lang,
        reason: t_args(
            lang,
            "error-bad-parameter",
            &[("name", crate::i18n::arg(name.to_owned()))],
        ),
    };
    if let Some(id) = params
        .get("near_place")
        .map(str::trim)
        .filter(|v| !v.is_empty())
    {
        let (origin, place) =
            present::near::place_origin(&catalogue.gazetteer, id).map_err(|_| bad("near_place"))?;
        return Ok(Some(Near {
            origin,
            place: Some(place.name.clone()),
            param: ("near_place", place.id.clone()),
        }));
    }
    match params.get("near").map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => {
            let origin = present::near::Origin::parse(v).map_err(|_| bad("near"))?;
            Ok(Some(Near {
                origin,
                place: None,
                param: ("near", v.to_owned()),
            }))
        }
    }
}

/// A card's distance in words: "about 2 km in a straight line from the centre of Dhünn", or
/// "distance unknown" for an offer without a sourced location.
fn near_text(lang: Lang, near: Option<&Near>, distance: Option<present::near::Distance>) -> String {
    let Some(d) = distance else {
        return t(lang, "near-unknown");
    };
    let text = crate::i18n::arg(present::near::distance_text(d, lang));
    match near.and_then(|n| n.place.as_deref()) {
        Some(place) => t_args(
            lang,
            "near-distance",
            &[
                ("distance", text),
                ("place", crate::i18n::arg(place.to_owned())),
            ],
        ),
        None => t_args(lang, "near-distance-here", &[("distance", text)]),
    }
}

/// The town a reader chose (`town=`) in a district-wide directory: one of the site's towns, or none
/// when the parameter is absent or empty. Any other value is a bad request that says so.
fn chosen_town(
    lang: Lang,
    site: &crate::content::Site,
    params: &Params,
) -> Result<Option<String>, WebError> {
    match params.get("town").map(str::trim) {
        None | Some("") => Ok(None),
        Some(name) => {
            site.town(name)
                .map(|t| Some(t.to_owned()))
                .ok_or_else(|| WebError::BadRequest {
                    lang,
                    reason: t_args(
                        lang,
                        "error-bad-parameter",
                        &[("name", crate::i18n::arg("town"))],
                    ),
                })
        }
    }
}

/// The languages a query's script suggests, other than the page's: a query in Arabic letters on a
/// German page was likely typed by a reader of Arabic or Farsi, who should learn that the site speaks
/// their language. Latin letters say nothing (most of the nine languages use them).
fn languages_of_script(query: &str, page: Lang) -> Vec<Lang> {
    let arabic = query
        .chars()
        .any(|c| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}'));
    let cyrillic = query.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'));
    let candidates: &[Lang] = if arabic {
        &[Lang::Ar, Lang::Fa]
    } else if cyrillic {
        &[Lang::Uk, Lang::Ru]
    } else {
        &[]
    };
    if candidates.contains(&page) {
        return Vec::new();
    }
    candidates.to_vec()
}

/// A category page: all offers filed under it, active ones first.
pub async fn category_handler(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    PageId(id): PageId,
    request: HeaderMap,
) -> Result<Response, WebError> {
    let engine = state.live.engine();
    let catalogue = engine.catalogue();
    if catalogue.taxonomy.category(&id).is_none() {
        return Err(WebError::NotFound(lang));
    }
    // A category view asks for that category and is answered by its offers.
    state.count(
        crate::store::Channel::Web,
        lang,
        &crate::search::Need {
            categories: vec![id.clone()],
            outcome: crate::search::Outcome::Matched,
        },
    );
    let key = format!("/{}/category/{id}", lang.code());
    Ok(cached(&state, &engine, &key, &request, || {
        let now = present::now();
        let cards: Vec<Card> = catalogue
            .offers_in(&id)
            .into_iter()
            .map(|o| Card::new(lang, o, None, &now))
            .collect();
        let label = crate::i18n::category_label(lang, &id);
        render_html(&CategoryPage {
            chrome: Chrome::new(
                &catalogue.site,
                lang,
                &label,
                Some(&format!("/category/{id}")),
            ),
            count_text: t_args(
                lang,
                "category-offers",
                &[("count", num(cards.len() as f64))],
            ),
            label,
            cards,
        })
    }))
}

/// An offer page with everything the content has.
pub async fn offer_handler(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    PageId(id): PageId,
    request: HeaderMap,
) -> Result<Response, WebError> {
    let engine = state.live.engine();
    let offer = engine
        .catalogue()
        .offer(&id)
        .ok_or(WebError::NotFound(lang))?;
    let key = format!("/{}/offer/{id}", lang.code());
    Ok(cached(&state, &engine, &key, &request, || {
        let view = OfferView::new(lang, offer, &present::now());
        let now = present::now();
        render_html(&OfferPage {
            chrome: Chrome::new(
                &engine.catalogue().site,
                lang,
                &view.name,
                Some(&format!("/offer/{id}")),
            ),
            json_ld: present::schema_org::script_text(&present::schema_org::offer(
                offer,
                lang,
                &state.absolute(&key),
                &engine.catalogue().site,
            )),
            print: PrintView::new(lang, state.absolute(&key), now.date()),
            report: super::report::ReportForm::new(lang, &id, false),
            tools: super::share::OfferTools::new(
                lang,
                &offer.id,
                &view.name,
                &state.absolute(&key),
                crate::export::ical::has_calendar(offer),
            ),
            offer: view,
        })
    }))
}

/// The emergency page: crisis lines, tap to call.
pub async fn emergency_handler(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    request: HeaderMap,
) -> Response {
    let engine = state.live.engine();
    let key = format!("/{}/emergency", lang.code());
    cached(&state, &engine, &key, &request, || {
        render_html(&EmergencyPage {
            chrome: Chrome::new(
                &engine.catalogue().site,
                lang,
                &t(lang, "emergency-title"),
                Some("/emergency"),
            ),
            crisis: crisis_lines(lang, engine.catalogue()),
            concern: false,
        })
    })
}

/// How to hide a visit to this site.
pub async fn hide_visit_handler(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    request: HeaderMap,
) -> Response {
    let engine = state.live.engine();
    let key = format!("/{}/hide-visit", lang.code());
    cached(&state, &engine, &key, &request, || {
        render_html(&HideVisitPage {
            chrome: Chrome::new(
                &engine.catalogue().site,
                lang,
                &t(lang, "hide-visit-title"),
                Some("/hide-visit"),
            ),
        })
    })
}

/// Anything else: a real 404 page, in the language of the URL if it has one.
pub async fn not_found_handler(State(state): State<AppState>, parts: Parts) -> WebError {
    if let Some(location) = super::extract::canonical_lang_path(&parts) {
        return WebError::Moved(location);
    }
    let engine = state.live.engine();
    let site = &engine.catalogue().site;
    let lang = lang_in_path(parts.uri.path())
        .filter(|l| site.offers(*l))
        .unwrap_or_else(|| negotiated(&parts, site));
    WebError::NotFound(lang)
}
