//! What the log says about requests: one line per request at DEBUG, and counts once a minute at INFO.
//!
//! A line per request at INFO filled 87 MB for 420,000 requests and said little; the counts by status
//! class say what an operator needs (is it up, are clients getting errors). Neither ever carries a
//! query string, an offer's path or chat text: a route is logged by its pattern (`/{lang}/offer/{id}`),
//! or by the label a route gives itself ([`RouteLabel`]) when its literal path is not to be shown.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;

/// A name a route logs under instead of its path (the bot's webhook path may be secret). Set it as a
/// response extension.
#[derive(Debug, Clone, Copy)]
pub struct RouteLabel(pub &'static str);

/// Requests answered since the start, by status class.
struct Counts {
    ok: AtomicU64,
    redirect: AtomicU64,
    client_error: AtomicU64,
    server_error: AtomicU64,
}

static COUNTS: Counts = Counts {
    ok: AtomicU64::new(0),
    redirect: AtomicU64::new(0),
    client_error: AtomicU64::new(0),
    server_error: AtomicU64::new(0),
};

impl Counts {
    fn count(&self, status: u16) {
        let class = match status {
            500.. => &self.server_error,
            400..=499 => &self.client_error,
            300..=399 => &self.redirect,
            _ => &self.ok,
        };
        class.fetch_add(1, Ordering::Relaxed);
    }

    fn read(&self) -> [u64; 4] {
        [
            self.ok.load(Ordering::Relaxed),
            self.redirect.load(Ordering::Relaxed),
            self.client_error.load(Ordering::Relaxed),
            self.server_error.load(Ordering::Relaxed),
        ]
    }
}

/// Counts every request and logs its method, route pattern, status and time at DEBUG.
pub async fn log_request(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let pattern = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned());
    let started = Instant::now();
    let response = next.run(req).await;
    let status = response.status().as_u16();
    COUNTS.count(status);
    if tracing::enabled!(tracing::Level::DEBUG) {
        let route = match (response.extensions().get::<RouteLabel>(), &pattern) {
            (Some(label), _) => label.0,
            (None, Some(pattern)) => pattern.as_str(),
            (None, None) => "<unmatched>",
        };
        let micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
        tracing::debug!(%method, route, status, micros, "request");
    }
    response
}

/// Logs the requests of each `every` by status class, skipping quiet minutes.
pub async fn log_counts(every: Duration) {
    let mut tick = tokio::time::interval(every);
    tick.tick().await;
    let mut before = COUNTS.read();
    loop {
        tick.tick().await;
        let now = COUNTS.read();
        let [ok, redirect, client_error, server_error] =
            std::array::from_fn(|i| now[i] - before[i]);
        before = now;
        if ok + redirect + client_error + server_error > 0 {
            tracing::info!(
                ok,
                redirect,
                client_error,
                server_error,
                seconds = every.as_secs(),
                "requests"
            );
        }
    }
}
