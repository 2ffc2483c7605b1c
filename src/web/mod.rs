//! The web front end: server-rendered pages (askama) and the JSON API (axum), both over the shared
//! engine. Works without JavaScript; sets no cookies; logs no query text.

pub mod admin;
pub mod api;
pub mod assets;
pub mod cache;
pub mod error;
pub mod extract;
pub mod handlers;
pub mod hsds;
pub mod pages;
pub mod plan;
pub mod report;
pub mod server;
pub mod traffic;
// issue 10: helpers' tools (referral sheet, mentor mode, share, contact card and calendar, booklet).
pub mod block;
pub mod booklet;
pub mod carry;
pub mod files;
pub mod mentor;
pub mod referral;
pub mod share;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::routing::get;
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use crate::service::Live;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub live: Arc<Live>,
    /// Pages rendered for the current generation and minute.
    pub pages: Arc<cache::PageCache>,
    /// The site's public address, for the page addresses a printout shows. Never taken from a
    /// request's `Host` header: pages are cached, and one forged header must not reach every reader.
    pub public_url: Arc<url::Url>,
    // issue 12: corrections and the needs report.
    /// Where corrections and counts go (`None`: nothing is stored; the form says it cannot save).
    pub store: Option<crate::store::Store>,
    /// `LOTSE_ADMIN_TOKEN`: without it, `/admin/*` does not exist.
    pub admin_token: Option<Arc<str>>,
    /// The corrections form's rate limit (in memory only).
    pub reports: Arc<report::Limiter>,
}

impl AppState {
    /// The state over the directory being served, at the default local address.
    pub fn new(live: Arc<Live>) -> AppState {
        AppState {
            live,
            pages: Arc::default(),
            public_url: Arc::new(
                url::Url::parse("http://127.0.0.1:8080/").expect("a valid default URL"),
            ),
            store: None,
            admin_token: None,
            reports: Arc::default(),
        }
    }

    /// The same state, storing corrections and counts in `store`.
    pub fn with_store(self, store: crate::store::Store) -> AppState {
        AppState {
            store: Some(store),
            ..self
        }
    }

    /// The same state, with the admin pages behind `token` (none for an empty one).
    pub fn with_admin_token(self, token: Option<&str>) -> AppState {
        AppState {
            admin_token: token.filter(|t| !t.trim().is_empty()).map(Arc::from),
            ..self
        }
    }

    /// Counts a question for the needs report (in memory; flushed in the background).
    pub fn count(
        &self,
        channel: crate::store::Channel,
        lang: crate::lang::Lang,
        need: &crate::search::Need,
    ) {
        if let Some(store) = &self.store {
            store.count(channel, lang, need, crate::store::today());
        }
    }

    /// The same state, published at `public_url`.
    pub fn with_public_url(self, public_url: url::Url) -> AppState {
        AppState {
            public_url: Arc::new(public_url),
            ..self
        }
    }

    /// The absolute address of `path` (which starts with `/`).
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.as_str().trim_end_matches('/'))
    }
}

/// The site with its middleware: every URL it answers.
pub fn router(state: AppState) -> Router {
    with_middleware(routes(state))
}

/// The route table without middleware, so that other routes (the bot's webhook) can join it before
/// [`with_middleware`] puts the same layers around all of them.
pub fn routes(state: AppState) -> Router {
    Router::new()
        .route("/", get(handlers::root_handler))
        .route("/healthz", get(api::health_handler))
        .route("/api/v1/search", get(api::search_handler).layer(private()))
        .route("/api/v1/offers", get(api::offers_handler))
        .route("/api/v1/offers/{id}", get(api::offer_handler))
        .route("/api/hsds", get(hsds::about_handler))
        .route("/api/hsds/", get(hsds::about_handler))
        .route("/api/hsds/services", get(hsds::services_handler))
        .route("/api/hsds/services/{id}", get(hsds::service_handler))
        .route("/api/hsds/organizations", get(hsds::organizations_handler))
        .route(
            "/api/hsds/organizations/{id}",
            get(hsds::organization_handler),
        )
        .route("/static/{file}", get(assets::asset_handler))
        .route("/favicon.ico", get(assets::favicon_handler))
        .route("/robots.txt", get(assets::robots_handler))
        .route("/{lang}", get(handlers::lang_root_handler))
        .route("/{lang}/", get(handlers::home_handler))
        .route(
            "/{lang}/search",
            get(handlers::search_handler).layer(private()),
        )
        .route("/{lang}/emergency", get(handlers::emergency_handler))
        .route("/{lang}/hide-visit", get(handlers::hide_visit_handler))
        .route("/{lang}/category/{id}", get(handlers::category_handler))
        // The offer page, its `.vcf` and `.ics` (one route: `{id}` captures the suffix).
        .route("/{lang}/offer/{id}", get(files::offer_route_handler))
        .route(
            "/{lang}/offer/{id}/report",
            get(report::report_form_handler)
                .post(report::report_handler)
                .layer(private()),
        )
        .route("/admin/report", get(admin::report_handler).layer(private()))
        .route(
            "/{lang}/sheet",
            get(referral::sheet_handler).layer(private()),
        )
        .route("/{lang}/handover", get(mentor::handover_handler))
        .route("/{lang}/booklet", get(booklet::booklet_handler))
        .fallback(handlers::not_found_handler)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            error::render_error_pages,
        ))
        // issue 10: mentor mode and the sheet's ids, carried through every link (after the error
        // pages, so that they carry them too).
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            carry::carry_state,
        ))
        .with_state(state)
}

/// Search answers say what someone looked for: no browser or proxy may keep them.
fn private() -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))
}

/// Security headers, compression, a request timeout and privacy-preserving request logging.
pub fn with_middleware(router: Router) -> Router {
    let csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
               base-uri 'none'; frame-ancestors 'none'";
    router
        .layer(axum::middleware::from_fn(traffic::log_request))
        // Only what is made per request comes through here (search pages, the API): pages that change
        // with the content are pre-compressed at the best quality (`cache`). Per request, gzip at its
        // fastest level is about as small as brotli's fastest (4.4 kB of a 10 kB results page) in
        // under half the time (38 against 88 µs), and brotli at tower-http's default quality (4) was a
        // third of a results page's time in the server: so only gzip is offered here.
        .layer(CompressionLayer::new().quality(CompressionLevel::Fastest))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(10),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        // The page's own script may ask for the position ("near me", on the reader's tap); no frame or
        // other origin may.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(
                "geolocation=(self), camera=(), microphone=(), interest-cohort=()",
            ),
        ))
}

/// Serves the web until `shutdown` resolves, with the connection limits of [`server::Limits`], and
/// logs the traffic counts once a minute meanwhile.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    limits: server::Limits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let counts = tokio::spawn(traffic::log_counts(Duration::from_secs(60)));
    let served = server::serve(listener, app, limits, shutdown).await;
    counts.abort();
    served
}
