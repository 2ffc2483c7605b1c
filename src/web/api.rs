//! The JSON API (`/api/v1/…`) and the health check. Bad parameters get 400 with a JSON error.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::AppState;
use super::error::ApiError;
use super::extract::{Params, last_segment};
use crate::content::Offer;
use crate::lang::Lang;
use crate::present::filter::Filters;
use crate::search::engine::AnswerKind;
use crate::search::{
    CrisisLevel, DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_CHARS, RequestError, SearchRequest,
};
use crate::workers::WorkError;

/// One result of `/api/v1/search`.
#[derive(Serialize)]
pub struct ApiHit {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub snippet: String,
    pub categories: Vec<String>,
    pub status: &'static str,
    pub url: String,
    pub score: f32,
    #[serde(flatten)]
    pub open: ApiOpen,
    /// With `near`: the straight-line distance in metres, rounded as far as the offer's location
    /// allows, or `null` for an offer without a sourced location (listed after the located ones).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_m: Option<Option<u32>>,
    /// With `near`: what the offer's coordinates stand for (`building`, `street`, `district`, `town`:
    /// a town's centre, not the address), or `null`. With `near_place`, never finer than the
    /// place's centre (a district's centre: `district`; a town's: `town`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_precision: Option<Option<&'static str>>,
}

/// Whether an offer is open now, as far as its hours may claim (`present::hours_claim`): `true` or
/// `false` only for an active offer with hours dated within 12 months, else `null`; the reason says
/// which case applies (`current_hours`, `hours_older_than_12_months`, `hours_undated`, `not_active`,
/// `no_hours`).
#[derive(Serialize)]
pub struct ApiOpen {
    pub open_now: Option<bool>,
    pub open_now_reason: &'static str,
}

impl ApiOpen {
    fn of(offer: &Offer, now: &jiff::Zoned) -> ApiOpen {
        let claim = crate::present::hours_claim(offer, now);
        ApiOpen {
            open_now: claim.open_now(),
            open_now_reason: claim.reason(),
        }
    }
}

/// The body of `/api/v1/search`.
#[derive(Serialize)]
pub struct ApiSearch {
    pub query: String,
    pub lang: Lang,
    /// `true` exactly when `crisis_level` is `acute`.
    pub crisis: bool,
    /// `none`, `concern` (show the crisis lines in a calm box above the results) or `acute` (lead with
    /// the crisis lines).
    pub crisis_level: CrisisLevel,
    /// `matched`, `general` (only "help" was asked), `no-match` (general counselling offered), `empty`.
    pub kind: AnswerKind,
    pub categories: Vec<String>,
    pub results: Vec<ApiHit>,
    /// Crisis lines to show when `crisis_level` is `concern` or `acute`.
    pub crisis_lines: Vec<ApiOffer>,
    /// When the offers that fit best cannot be reached, the id of the reachable offer that was added.
    pub reachable_fallback: Option<String>,
    /// How many results the filters (`open`, `free`, `lang_spoken`, `wheelchair`, `anonymous`,
    /// `no_appointment`, `audience`, `place`) left out: with no results, dropping them would give these.
    pub filtered_out: usize,
}

/// An offer in the API: the localized texts plus the structured facts.
#[derive(Serialize)]
pub struct ApiOffer {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub description: String,
    /// The language of name/summary/description (German when not translated).
    pub text_lang: Lang,
    pub caveat: Option<String>,
    pub categories: Vec<String>,
    pub status: &'static str,
    pub url: String,
    pub provider: String,
    pub phones: Vec<ApiPhone>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub address: Option<crate::content::Address>,
    pub location: Option<crate::content::Location>,
    pub hours: Option<crate::content::Hours>,
    /// The cost in words, in the requested language where translated.
    pub cost: Option<String>,
    /// Whether the content says it costs nothing (what `free=1` keeps).
    pub free: bool,
    /// What to bring, where a source says so.
    pub bring: Option<String>,
    /// Languages spoken in counselling (BCP 47 tags, what `lang_spoken` matches).
    pub languages: Vec<String>,
    /// What the sources say about accessibility, in words.
    pub accessibility: Option<String>,
    /// `yes`, `partly` or `no` where a source says whether a wheelchair user gets in (what
    /// `wheelchair=1` keeps: `yes`); `null` when no source says.
    pub wheelchair: Option<crate::content::Wheelchair>,
    /// `required`, `recommended` or `not-needed` (`no_appointment=1` keeps `not-needed`).
    pub appointment: Option<crate::content::Appointment>,
    /// `true` where anonymous counselling is possible (what `anonymous=1` keeps).
    pub anonymous: bool,
    #[serde(flatten)]
    pub open: ApiOpen,
    pub verification: ApiVerification,
}

/// How current an offer is (`present::freshness`): the editors' check against the sources, the
/// provider's confirmation, and the same words the offer page shows. Who confirmed is never published.
#[derive(Serialize)]
pub struct ApiVerification {
    /// The day the editors last compared the entry with its sources.
    pub checked: String,
    pub confirmed_by_provider: bool,
    /// The day the provider confirmed the entry (`null` if it never did).
    pub confirmed_on: Option<String>,
    pub sources: Vec<crate::content::Source>,
    /// "Vom Anbieter bestätigt am …" or "Mit den Quellen abgeglichen am … – vom Anbieter noch nicht
    /// bestätigt", in the requested language.
    pub freshness: String,
    /// The newest source or the hours are older than 12 months (and no recent confirmation).
    pub older_than_a_year: bool,
    /// The calm warning the page shows then, in the requested language.
    pub warning: Option<String>,
}

/// A phone in the API.
#[derive(Serialize)]
pub struct ApiPhone {
    pub number: String,
    pub tel: String,
    pub label: Option<String>,
}

fn api_offer(offer: &Offer, lang: Lang, now: &jiff::Zoned) -> ApiOffer {
    let texts = offer.texts(lang);
    ApiOffer {
        id: offer.id.clone(),
        name: texts.name.to_owned(),
        summary: texts.summary.to_owned(),
        description: texts.description.to_owned(),
        text_lang: texts.lang,
        caveat: texts.caveat.map(str::to_owned),
        categories: offer.categories.clone(),
        status: offer.status.id(),
        url: format!("/{}/offer/{}", lang.code(), offer.id),
        provider: offer.provider.clone(),
        phones: offer
            .contact
            .phones
            .iter()
            .map(|p| ApiPhone {
                number: p.display.clone(),
                tel: p.tel.clone(),
                label: p.label.clone(),
            })
            .collect(),
        email: offer.contact.email.clone(),
        website: offer.contact.website.clone(),
        address: offer.address.clone(),
        location: offer.location.clone(),
        hours: offer.hours.clone(),
        cost: texts.cost.map(str::to_owned),
        free: offer.is_free(),
        bring: offer.bring_text(lang).map(|b| b.text.to_owned()),
        languages: offer.languages.clone(),
        accessibility: offer.accessibility_text(lang).map(|a| a.text.to_owned()),
        wheelchair: offer.wheelchair,
        appointment: offer.appointment,
        anonymous: offer.anonymous == Some(true),
        open: ApiOpen::of(offer, now),
        verification: {
            let fresh = crate::present::freshness(lang, offer, now.date());
            ApiVerification {
                checked: offer.verification.checked.clone(),
                confirmed_by_provider: offer.verification.confirmed_by_provider,
                confirmed_on: fresh.confirmed_on,
                sources: offer.verification.sources.clone(),
                freshness: fresh.text,
                older_than_a_year: fresh.warning.is_some(),
                warning: fresh.warning,
            }
        },
    }
}

/// The `lang` parameter: one of the nine languages, German when absent or empty.
pub(super) fn lang_param(params: &Params) -> Result<Lang, ApiError> {
    match params.get("lang") {
        None | Some("") => Ok(Lang::De),
        Some(tag) => tag
            .parse::<Lang>()
            .map_err(|e| ApiError::bad_request("bad_lang", e.to_string())),
    }
}

/// The town the client chose (`town=`, one of the site's towns); absent or empty means none.
fn town_param(site: &crate::content::Site, params: &Params) -> Result<Option<String>, ApiError> {
    match params.get("town").map(str::trim) {
        None | Some("") => Ok(None),
        Some(name) => site.town(name).map(|t| Some(t.to_owned())).ok_or_else(|| {
            let known = site.towns.join(", ");
            ApiError::bad_request(
                "bad_town",
                if known.is_empty() {
                    "this directory serves one town: leave out town".to_owned()
                } else {
                    format!("town must be one of: {known}")
                },
            )
        }),
    }
}

/// `GET /api/v1/search?q=&lang=&limit=&town=` and the filters, `near` and `near_place`; `q` may be left
/// out when a filter or a place to be near is given.
pub async fn search_handler(
    State(state): State<AppState>,
    params: Params,
) -> Result<Json<ApiSearch>, ApiError> {
    let lang = lang_param(&params)?;
    // Filters alone ("?free=1&lang_spoken=ar") list every offer they keep; without them q is needed.
    let q = params.get("q").unwrap_or("");
    let q_given = params.get("q").is_some();
    let limit = match params.get("limit") {
        None | Some("") => DEFAULT_LIMIT,
        Some(l) => l.parse::<usize>().map_err(|_| {
            ApiError::bad_request(
                "bad_limit",
                format!("limit must be a whole number from 1 to {MAX_LIMIT}"),
            )
        })?,
    };
    let req = SearchRequest::new(q, lang, limit).map_err(|e| match e {
        RequestError::TooLong { .. } => ApiError::bad_request(
            "query_too_long",
            format!("q is longer than {MAX_QUERY_CHARS} characters"),
        ),
        RequestError::BadLimit { .. } => ApiError::bad_request(
            "bad_limit",
            format!("limit must be a whole number from 1 to {MAX_LIMIT}"),
        ),
    })?;
    let engine = state.live.engine();
    let town = town_param(&engine.catalogue().site, &params)?;
    let filters = Filters::parse(|n| params.get(n), engine.catalogue()).map_err(|e| {
        ApiError::bad_request(
            "bad_filter",
            format!("unknown value for the filter {}", e.name),
        )
    })?;
    let near = match params.get("near").map(str::trim) {
        None | Some("") => None,
        Some(v) => Some(
            crate::present::near::Origin::parse(v)
                .map_err(|e| ApiError::bad_request("bad_near", e.to_string()))?,
        ),
    };
    // A place of the gazetteer instead of coordinates: distances from its sourced centre.
    let near = match params.get("near_place").map(str::trim) {
        None | Some("") => near,
        Some(_) if near.is_some() => {
            return Err(ApiError::bad_request(
                "bad_near_place",
                "give near or near_place, not both".to_owned(),
            ));
        }
        Some(id) => {
            use crate::present::near::{BadPlace, place_origin};
            let (origin, _) = place_origin(&engine.catalogue().gazetteer, id).map_err(|e| {
                let code = match e {
                    BadPlace::Unknown => "unknown_near_place",
                    BadPlace::NoCentre => "near_place_without_centre",
                };
                ApiError::bad_request(code, e.to_string())
            })?;
            Some(origin)
        }
    };
    if !q_given && filters.is_empty() && near.is_none() {
        return Err(ApiError::bad_request(
            "missing_q",
            "the parameter q is required, unless a filter or near is given",
        ));
    }
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
                WorkError::Busy => ApiError::busy(),
                WorkError::Failed => ApiError::internal(),
            })?
    };
    if !req.text().is_empty() {
        state.count(crate::store::Channel::Api, lang, &answer.need());
    }
    let catalogue = engine.catalogue();
    let now = crate::present::now();
    let selection = crate::present::filter::select(
        &filters,
        catalogue,
        crate::present::filter::browses(req.text().is_empty(), &filters, near.is_some()),
        answer
            .hits
            .iter()
            .filter_map(|h| catalogue.offer(&h.offer_id).map(|o| (o, h))),
        &now,
    );
    let filtered_out = selection.filtered_out;
    // Nearest first when the reader says where they are; otherwise in ranked order.
    let placed: Vec<_> = match near {
        Some(origin) => crate::present::near::by_distance(selection.offers, origin, |(o, _)| o)
            .into_iter()
            .map(|(item, d)| (item, Some(d)))
            .collect(),
        None => selection.offers.into_iter().map(|i| (i, None)).collect(),
    };
    let mut results: Vec<ApiHit> = placed
        .into_iter()
        .map(|((offer, hit), distance)| {
            let texts = offer.texts(lang);
            ApiHit {
                id: offer.id.clone(),
                name: texts.name.to_owned(),
                summary: texts.summary.to_owned(),
                snippet: hit.map(|h| h.snippet.plain()).unwrap_or_default(),
                categories: offer.categories.clone(),
                status: offer.status.id(),
                url: format!("/{}/offer/{}", lang.code(), offer.id),
                score: hit.map_or(0.0, |h| h.score),
                open: ApiOpen::of(offer, &now),
                distance_m: distance.map(|d| d.map(|d| d.metres)),
                distance_precision: distance.map(|d| d.map(|d| d.precision.id())),
            }
        })
        .collect();
    results.truncate(limit);
    let crisis_lines = if answer.crisis_level > CrisisLevel::None {
        catalogue
            .crisis_lines()
            .into_iter()
            .map(|o| api_offer(o, lang, &now))
            .collect()
    } else {
        Vec::new()
    };
    Ok(Json(ApiSearch {
        query: answer.query,
        lang,
        crisis: answer.crisis,
        crisis_level: answer.crisis_level,
        kind: answer.kind,
        categories: answer.categories,
        results,
        crisis_lines,
        reachable_fallback: answer.reachable_fallback,
        filtered_out,
    }))
}

/// `GET /api/v1/offers?lang=`
pub async fn offers_handler(
    State(state): State<AppState>,
    params: Params,
) -> Result<Json<Vec<ApiOffer>>, ApiError> {
    let lang = lang_param(&params)?;
    let engine = state.live.engine();
    let now = crate::present::now();
    Ok(Json(
        engine
            .catalogue()
            .offers
            .iter()
            .map(|o| api_offer(o, lang, &now))
            .collect(),
    ))
}

/// `GET /api/v1/offers/{id}?lang=`
pub async fn offer_handler(
    State(state): State<AppState>,
    uri: axum::http::Uri,
    params: Params,
) -> Result<Json<ApiOffer>, ApiError> {
    let lang = lang_param(&params)?;
    let engine = state.live.engine();
    // Read from the URI ourselves: a segment that is not UTF-8 gets this JSON 404, not axum's text.
    let id = last_segment(uri.path()).unwrap_or_default();
    let offer = engine
        .catalogue()
        .offer(&id)
        .ok_or_else(|| ApiError::not_found(format!("no offer with id `{id}`")))?;
    Ok(Json(api_offer(offer, lang, &crate::present::now())))
}

#[derive(Serialize)]
struct Health {
    status: &'static str,
    generation: String,
    offers: usize,
}

/// `GET /healthz`: 200 once an index is loaded (the server does not start without one).
pub async fn health_handler(State(state): State<AppState>) -> Response {
    let engine = state.live.engine();
    let body = Health {
        status: "ok",
        generation: engine.fingerprint().to_owned(),
        offers: engine.catalogue().offers.len(),
    };
    (StatusCode::OK, Json(body)).into_response()
}
