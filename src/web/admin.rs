//! `GET /admin/report`: the needs report for social planners, as a server-rendered page with SVG bars
//! (no script). It exists only when `LOTSE_ADMIN_TOKEN` is set, and answers only a request that sends
//! `Authorization: Bearer <token>`, compared in constant time; without the setting it is a 404 like any
//! unknown address. German by default, English with `?lang=en`.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use jiff::ToSpan;
use jiff::civil::Date;
use subtle::ConstantTimeEq;

use super::AppState;
use super::error::WebError;
use super::extract::Params;
use crate::content::Language;
use crate::lang::Lang;
use crate::store::report::{MIN_SHOWN, Words, rounded, shown};
use crate::store::{Report, counts::NO_CATEGORY};

/// How many days the report covers when no `from` is given.
const DEFAULT_DAYS: i64 = 30;
/// The width of the longest bar, in SVG units.
const BAR_WIDTH: u64 = 300;
/// The height of one bar's row.
const ROW_HEIGHT: u32 = 24;

/// One bar: its label, the count as shown, and its geometry.
pub struct Bar {
    pub label: String,
    pub value: String,
    pub width: u64,
    pub y: u32,
    pub class: &'static str,
}

/// A chart: a heading and its bars.
pub struct Chart {
    pub heading: &'static str,
    pub bars: Vec<Bar>,
    pub height: u32,
}

/// The admin page.
#[derive(Template)]
#[template(path = "admin_report.html")]
pub struct AdminReportPage {
    pub lang: &'static str,
    pub title: String,
    pub note: &'static str,
    pub charts: Vec<Chart>,
}

/// `GET /admin/report?from=&to=&lang=`.
pub async fn report_handler(
    State(state): State<AppState>,
    headers: HeaderMap,
    params: Params,
) -> Result<Response, WebError> {
    let Some(token) = state.admin_token.as_deref() else {
        return Err(WebError::NotFound(Lang::De));
    };
    if !authorized(&headers, token) {
        let mut res = (StatusCode::UNAUTHORIZED, "401 Unauthorized\n").into_response();
        res.headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        return Ok(res);
    }
    let language = match params.get("lang") {
        Some("en") => Language::En,
        _ => Language::De,
    };
    let bad = |name: &str| WebError::BadRequest {
        lang: Lang::De,
        reason: format!("`{name}`: YYYY-MM-DD"),
    };
    let to = match params.get("to").filter(|s| !s.is_empty()) {
        Some(d) => d.parse::<Date>().map_err(|_| bad("to"))?,
        None => crate::store::today(),
    };
    let from = match params.get("from").filter(|s| !s.is_empty()) {
        Some(d) => d.parse::<Date>().map_err(|_| bad("from"))?,
        None => to.checked_sub(DEFAULT_DAYS.days()).unwrap_or(to),
    };
    let Some(store) = state.store.clone() else {
        return Err(WebError::Internal(Lang::De, "no data file".into()));
    };
    let report = tokio::task::spawn_blocking(move || {
        // What is still in memory belongs in the report too.
        let _ = store.flush();
        store.report(from, to)
    })
    .await
    .map_err(|e| WebError::Internal(Lang::De, e.to_string()))?
    .map_err(|e| WebError::Internal(Lang::De, e.to_string()))?;
    let page = page(&report, language);
    let mut res = Html(
        page.render()
            .map_err(|e| WebError::Internal(Lang::De, e.to_string()))?,
    )
    .into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

/// `true` if `headers` carry `Authorization: Bearer <token>`; the comparison takes the same time
/// wherever the tokens differ.
fn authorized(headers: &HeaderMap, token: &str) -> bool {
    let Some(sent) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    bool::from(sent.trim().as_bytes().ct_eq(token.as_bytes()))
}

fn page(report: &Report, language: Language) -> AdminReportPage {
    let w = Words::of(language);
    let ui = match language {
        Language::De => Lang::De,
        Language::En => Lang::En,
    };
    // A planner reads the category's name; the id stays beside it for the CSV of `lotse report`.
    let label = |c: &str| {
        if c == NO_CATEGORY {
            w.no_category.to_owned()
        } else {
            format!("{} ({c})", crate::i18n::category_label(ui, c))
        }
    };
    let chart = |heading, rows: Vec<(String, u64)>, class| {
        // A count below 5 is drawn as 5 and labelled "< 5": the bar must not tell what the number hides.
        let max = rows
            .iter()
            .map(|r| rounded(r.1).max(MIN_SHOWN))
            .max()
            .unwrap_or(1);
        let bars: Vec<Bar> = rows
            .into_iter()
            .enumerate()
            .map(|(i, (l, n))| Bar {
                label: l,
                value: shown(n),
                width: (rounded(n).max(MIN_SHOWN) * BAR_WIDTH).div_ceil(max),
                y: u32::try_from(i).unwrap_or(0) * ROW_HEIGHT,
                class,
            })
            .collect();
        Chart {
            heading,
            height: u32::try_from(bars.len()).unwrap_or(0) * ROW_HEIGHT + 4,
            bars,
        }
    };
    let sums = |rows: Vec<(String, [u64; 4])>, categories: bool| -> Vec<(String, u64)> {
        rows.into_iter()
            .map(|(k, c)| {
                let name = if categories { label(&k) } else { k };
                (name, c.iter().sum())
            })
            .collect()
    };
    AdminReportPage {
        lang: match language {
            Language::De => "de",
            Language::En => "en",
        },
        title: format!(
            "{} {} – {}: {} {}",
            w.title,
            report.from,
            report.to,
            shown(report.total()),
            w.questions
        ),
        note: w.note,
        charts: vec![
            chart(w.by_category, sums(report.by_category(), true), "matched"),
            chart(
                w.gaps,
                report
                    .gaps()
                    .into_iter()
                    .map(|(l, c, n)| (format!("{l} · {}", label(&c)), n))
                    .collect(),
                "fallback",
            ),
            chart(w.by_lang, sums(report.by_lang(), false), "matched"),
            chart(w.by_channel, sums(report.by_channel(), false), "matched"),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_exact_bearer_token_is_authorized() {
        let mut h = HeaderMap::new();
        assert!(!authorized(&h, "s3cret"));
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer s3cret"),
        );
        assert!(authorized(&h, "s3cret"));
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer s3cre"),
        );
        assert!(!authorized(&h, "s3cret"));
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Basic s3cret"),
        );
        assert!(!authorized(&h, "s3cret"));
    }
}
