//! "Angabe falsch oder veraltet? Melden": the corrections form of an offer page and its answer.
//!
//! A plain HTML form (no script, no cookie, no account). `POST /{lang}/offer/{id}/report` takes
//! `kind`, `text` and `email`; a hidden honeypot field catches form-filling robots, a per-address rate
//! limit held in memory (only a keyed hash of the address, never stored or logged) bounds what one
//! client can send, and the body is read only up to [`MAX_FORM_BYTES`]. The reader is thanked only after
//! the store committed the correction; when it cannot, the page says so and gives the offer's phone.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use askama::Template;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::error::WebError;
use super::extract::{PageLang, ReportOffer};
use super::pages::{Chrome, PhoneLink, render};
use crate::i18n::{arg, num, t, t_args};
use crate::lang::Lang;
use crate::store::corrections::{MAX_EMAIL_CHARS, MAX_TEXT_CHARS};
use crate::store::{Kind, NewCorrection};

/// The largest form body read (1,000 characters of text are at most 4 KB, percent-encoded three times
/// that; the rest is room for the other fields).
pub const MAX_FORM_BYTES: usize = 16 * 1024;
/// How many reports one address may send per [`RATE_WINDOW`].
pub const REPORTS_PER_WINDOW: u32 = 5;
/// The rate limit's window.
pub const RATE_WINDOW: Duration = Duration::from_secs(10 * 60);
/// The honeypot field's name: hidden from people, filled in by robots.
pub const HONEYPOT: &str = "homepage";

/// The client's address, put on each request by the server (for the rate limit only).
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

/// Reports per address in the current window, keyed by a hash with a key chosen at start, so that
/// not even the memory holds an address in the clear.
pub struct Limiter {
    hasher: std::collections::hash_map::RandomState,
    windows: Mutex<HashMap<u64, (Instant, u32)>>,
}

impl Default for Limiter {
    fn default() -> Limiter {
        Limiter {
            hasher: std::collections::hash_map::RandomState::new(),
            windows: Mutex::new(HashMap::new()),
        }
    }
}

impl Limiter {
    /// Counts a report of `ip` at `now`; `false` if it is over the limit.
    pub fn admit(&self, ip: Option<IpAddr>, now: Instant) -> bool {
        let key = self.hasher.hash_one(ip);
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        if windows.len() > 10_000 {
            windows.retain(|_, (start, _)| now.duration_since(*start) < RATE_WINDOW);
        }
        let entry = windows.entry(key).or_insert((now, 0));
        if now.duration_since(entry.0) >= RATE_WINDOW {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= REPORTS_PER_WINDOW
    }
}

/// One choice of "what is wrong".
#[derive(Debug, Clone)]
pub struct KindChoice {
    pub id: &'static str,
    pub label: String,
}

/// The form as an offer page and the form page show it.
#[derive(Debug, Clone)]
pub struct ReportForm {
    pub action: String,
    pub kinds: Vec<KindChoice>,
    /// Shown open (the form page), or folded under its summary (the offer page).
    pub open: bool,
    pub max_text: usize,
    pub max_email: usize,
}

impl ReportForm {
    /// The form for the offer `id` in `lang`.
    pub fn new(lang: Lang, id: &str, open: bool) -> ReportForm {
        ReportForm {
            action: format!("/{}/offer/{id}/report", lang.code()),
            kinds: Kind::ALL
                .into_iter()
                .map(|k| KindChoice {
                    id: k.id(),
                    label: t(lang, &format!("report-kind-{}", k.id())),
                })
                .collect(),
            open,
            max_text: MAX_TEXT_CHARS,
            max_email: MAX_EMAIL_CHARS,
        }
    }
}

/// The form on a page of its own (the bot links here).
#[derive(Template)]
#[template(path = "report.html")]
pub struct ReportPage {
    pub chrome: Chrome,
    pub name: String,
    pub text_lang: &'static str,
    pub text_dir: &'static str,
    pub offer_href: String,
    pub report: ReportForm,
}

/// The answer to a report: thanks, or "could not be saved" with the offer's phone.
#[derive(Template)]
#[template(path = "report_done.html")]
pub struct ReportDonePage {
    pub chrome: Chrome,
    pub title: String,
    pub text: String,
    pub phones: Vec<PhoneLink>,
    pub offer_href: String,
}

/// `GET /{lang}/offer/{id}/report`: the form alone.
pub async fn report_form_handler(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ReportOffer(id): ReportOffer,
) -> Result<Response, WebError> {
    let engine = state.live.engine();
    let offer = engine
        .catalogue()
        .offer(&id)
        .ok_or(WebError::NotFound(lang))?;
    let texts = offer.texts(lang);
    let title = t(lang, "report-title");
    Ok(render(&ReportPage {
        chrome: Chrome::new(
            &engine.catalogue().site,
            lang,
            &format!("{title}: {}", texts.name),
            Some(&format!("/offer/{id}/report")),
        ),
        name: texts.name.to_owned(),
        text_lang: texts.lang.code(),
        text_dir: texts.lang.dir(),
        offer_href: format!("/{}/offer/{id}", lang.code()),
        report: ReportForm::new(lang, &id, true),
    }))
}

/// `POST /{lang}/offer/{id}/report`: checks the form, stores the correction, answers.
pub async fn report_handler(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ReportOffer(id): ReportOffer,
    request: Request,
) -> Result<Response, WebError> {
    let engine = state.live.engine();
    let offer = engine
        .catalogue()
        .offer(&id)
        .ok_or(WebError::NotFound(lang))?
        .clone();
    let bad = |key: &str| WebError::BadRequest {
        lang,
        reason: t_args(
            lang,
            key,
            &[
                ("max", num(MAX_TEXT_CHARS as f64)),
                ("kb", num((MAX_FORM_BYTES / 1024) as f64)),
            ],
        ),
    };
    let is_form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Err(bad("report-error-form"));
    }
    let ip = request.extensions().get::<ClientIp>().map(|c| c.0);
    let body = axum::body::to_bytes(request.into_body(), MAX_FORM_BYTES)
        .await
        .map_err(|_| bad("report-error-too-large"))?;
    let form = Form::parse(&body);
    if !state.reports.admit(ip, Instant::now()) {
        return Err(WebError::TooManyReports(lang));
    }
    let correction = form.check(lang, &offer.id).map_err(bad)?;
    let site = &engine.catalogue().site;
    let offer_href = format!("/{}/offer/{id}", lang.code());
    let name = offer.texts(lang).name.to_owned();
    // A robot filled in the hidden field: thank it as a person would be thanked, and store nothing.
    let saved = if form.honeypot {
        Ok(())
    } else {
        save(&state, correction).await
    };
    let (status, title, text, phones) = match saved {
        Ok(()) => (
            StatusCode::OK,
            t(lang, "report-thanks-title"),
            t_args(lang, "report-thanks-text", &[("name", arg(name))]),
            Vec::new(),
        ),
        Err(()) => {
            let phones = super::pages::phones(lang, &offer);
            let text = if phones.is_empty() {
                t(lang, "report-failed-later")
            } else {
                t(lang, "report-failed-call")
            };
            (
                StatusCode::SERVICE_UNAVAILABLE,
                t(lang, "report-failed-title"),
                text,
                phones,
            )
        }
    };
    let mut res = render(&ReportDonePage {
        chrome: Chrome::new(site, lang, &title, Some(&format!("/offer/{id}"))),
        title,
        text,
        phones,
        offer_href,
    });
    *res.status_mut() = status;
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res.into_response())
}

/// Stores `c` off the async workers; `Err` when it was not committed (logged without its content).
async fn save(state: &AppState, c: NewCorrection) -> Result<(), ()> {
    let Some(store) = state.store.clone() else {
        tracing::warn!("a correction could not be saved: no data file is configured");
        return Err(());
    };
    let today = crate::store::today();
    match tokio::task::spawn_blocking(move || store.add_correction(&c, today)).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(err)) => {
            tracing::error!(%err, "a correction could not be saved");
            Err(())
        }
        Err(err) => {
            tracing::error!(%err, "saving a correction failed");
            Err(())
        }
    }
}

/// The fields of a report form, as sent.
#[derive(Debug, Default)]
struct Form {
    kind: Option<String>,
    text: Option<String>,
    email: Option<String>,
    honeypot: bool,
}

impl Form {
    fn parse(body: &[u8]) -> Form {
        let mut form = Form::default();
        for (name, value) in url::form_urlencoded::parse(body) {
            match name.as_ref() {
                "kind" => form.kind = Some(value.into_owned()),
                "text" => form.text = Some(value.into_owned()),
                "email" => form.email = Some(value.into_owned()),
                HONEYPOT => form.honeypot |= !value.trim().is_empty(),
                _ => {}
            }
        }
        form
    }

    /// The correction, or the key of the message that says what is wrong with the form.
    fn check(&self, lang: Lang, offer_id: &str) -> Result<NewCorrection, &'static str> {
        let kind = self
            .kind
            .as_deref()
            .and_then(Kind::from_id)
            .ok_or("report-error-kind")?;
        let text = self
            .text
            .as_deref()
            .map(|t| t.trim().replace("\r\n", "\n"))
            .filter(|t| !t.is_empty());
        if text
            .as_deref()
            .is_some_and(|t| t.chars().count() > MAX_TEXT_CHARS)
        {
            return Err("report-error-text-long");
        }
        let email = self
            .email
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty());
        if email.is_some_and(|e| !plausible_email(e)) {
            return Err("report-error-email");
        }
        Ok(NewCorrection {
            offer_id: offer_id.to_owned(),
            kind,
            text,
            email: email.map(str::to_owned),
            lang,
        })
    }
}

/// A reply address needs a local part, an `@`, a domain with a dot, and no space; anything more the
/// editors find out by writing.
fn plausible_email(e: &str) -> bool {
    let Some((local, domain)) = e.rsplit_once('@') else {
        return false;
    };
    e.chars().count() <= MAX_EMAIL_CHARS
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !e.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rate_limit_admits_five_reports_per_address_and_window() {
        let limiter = Limiter::default();
        let (a, b): (IpAddr, IpAddr) = ("192.0.2.1".parse().unwrap(), "192.0.2.2".parse().unwrap());
        let start = Instant::now();
        for _ in 0..REPORTS_PER_WINDOW {
            assert!(limiter.admit(Some(a), start));
        }
        assert!(!limiter.admit(Some(a), start));
        assert!(
            limiter.admit(Some(b), start),
            "another address has its own count"
        );
        assert!(limiter.admit(Some(a), start + RATE_WINDOW), "a new window");
    }

    #[test]
    fn a_form_needs_a_known_kind_a_short_text_and_a_plausible_address() {
        let ok = Form::parse(b"kind=phone&text=Neue+Nummer%3A+02196+1&email=a%40example.org");
        let c = ok.check(Lang::Ar, "wk-tafel").expect("valid");
        assert_eq!(c.kind, Kind::Phone);
        assert_eq!(c.text.as_deref(), Some("Neue Nummer: 02196 1"));
        assert_eq!(c.email.as_deref(), Some("a@example.org"));
        assert_eq!(
            Form::parse(b"kind=weather")
                .check(Lang::De, "x")
                .unwrap_err(),
            "report-error-kind"
        );
        let long = format!("kind=other&text={}", "x".repeat(MAX_TEXT_CHARS + 1));
        assert_eq!(
            Form::parse(long.as_bytes())
                .check(Lang::De, "x")
                .unwrap_err(),
            "report-error-text-long"
        );
        assert_eq!(
            Form::parse(b"kind=other&email=nobody")
                .check(Lang::De, "x")
                .unwrap_err(),
            "report-error-email"
        );
        assert!(Form::parse(b"kind=other&homepage=http%3A%2F%2Fspam").honeypot);
    }
}
