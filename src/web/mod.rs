//! The web front end: server-rendered pages (askama) and the JSON API (axum), both over the shared
//! engine. Works without JavaScript; sets no cookies; logs no query text.

pub mod api;
pub mod assets;
pub mod error;
pub mod extract;
pub mod handlers;
pub mod pages;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::routing::get;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use crate::service::Live;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub live: Arc<Live>,
}

/// The route table: every URL the site answers.
pub fn router(state: AppState) -> Router {
    let routes = Router::new()
        .route("/", get(handlers::root_handler))
        .route("/healthz", get(api::health_handler))
        .route("/api/v1/search", get(api::search_handler))
        .route("/api/v1/offers", get(api::offers_handler))
        .route("/api/v1/offers/{id}", get(api::offer_handler))
        .route("/static/{file}", get(assets::asset_handler))
        .route("/favicon.ico", get(assets::favicon_handler))
        .route("/robots.txt", get(assets::robots_handler))
        .route("/{lang}", get(handlers::lang_root_handler))
        .route("/{lang}/", get(handlers::home_handler))
        .route("/{lang}/search", get(handlers::search_handler))
        .route("/{lang}/emergency", get(handlers::emergency_handler))
        .route("/{lang}/category/{id}", get(handlers::category_handler))
        .route("/{lang}/offer/{id}", get(handlers::offer_handler))
        .fallback(handlers::not_found_handler)
        .with_state(state);
    with_middleware(routes)
}

/// Security headers, compression, a request timeout and privacy-preserving request logging.
pub fn with_middleware(router: Router) -> Router {
    let csp = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
               base-uri 'none'; frame-ancestors 'none'";
    router
        .layer(axum::middleware::from_fn(log_request))
        .layer(CompressionLayer::new())
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
        .layer(SetResponseHeaderLayer::if_not_present(
            header::HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(
                "geolocation=(), camera=(), microphone=(), interest-cohort=()",
            ),
        ))
}

/// Logs method, route shape and status. Never the query string (search words are private) and never the
/// concrete path of an offer page (it says what someone looked at).
async fn log_request(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "<unmatched>".to_owned());
    let started = std::time::Instant::now();
    let response = next.run(req).await;
    tracing::info!(%method, route, status = response.status().as_u16(), micros = started.elapsed().as_micros() as u64, "request");
    response
}

/// Serves the web until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}
