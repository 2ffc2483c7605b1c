//! How updates get in: a webhook route on the web server, or long polling. Both end in the same place.
//!
//! teloxide's dispatcher reads updates from a listener. The listener used here, in both modes, is
//! teloxide's own axum webhook listener (`axum_no_setup`), whose route we never expose directly:
//!
//! ```text
//! Telegram ──POST──▶ webhook_handler ─┐   (constant-time secret check, readable-update check)
//!                                     ├─▶ Intake::forward ─▶ teloxide's route ─▶ dispatcher ─▶ schema()
//! Telegram ◀─getUpdates── poll() ─────┘
//! ```
//!
//! Why a front instead of a layer on teloxide's route:
//! - teloxide compares the secret header with `!=` (not constant-time, see its source), so the check
//!   must happen before its route is reached;
//! - teloxide logs updates it cannot read, with their full text, and so does its dispatcher for updates
//!   its own polling could not parse; here such updates are dropped first, logged by id only;
//! - the dispatcher (and with it teloxide's route) can be restarted after a failed start without
//!   re-registering routes on the web server, and polling uses the very same path, so tests of one
//!   mode cover the other.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{Request, StatusCode};
use axum::routing::post;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use teloxide::prelude::*;
use teloxide::requests::Request as _;
use teloxide::types::{AllowedUpdate, Update, UpdateKind};
use tokio::sync::watch;
use tower::ServiceExt;

use super::telegram::describe;

/// The header Telegram sends the webhook secret in.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";
/// The largest update body read. Telegram's updates are a few kilobytes (a message is at most 4,096
/// characters, with its entities and the sender); anything far larger is not from Telegram.
pub const MAX_UPDATE_BYTES: usize = 256 * 1024;
/// The update kinds the bot handles (everything else is not even requested from Telegram).
pub const ALLOWED_UPDATES: [AllowedUpdate; 3] = [
    AllowedUpdate::Message,
    AllowedUpdate::CallbackQuery,
    AllowedUpdate::InlineQuery,
];

/// The path and secret of teloxide's route. It is only ever called in-process (never served), so
/// the secret protects nothing; teloxide simply requires one.
const INNER_PATH: &str = "/update";
const INNER_SECRET: &str = "lotse-in-process";

/// teloxide's route of the running dispatcher, if one is running.
#[derive(Clone)]
pub struct Intake {
    inner: watch::Sender<Option<Router>>,
}

/// Why an update could not be handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// No dispatcher is running (starting, restarting or stopped).
    NotRunning,
}

impl Intake {
    /// An intake with no dispatcher yet.
    pub fn new() -> Intake {
        Intake {
            inner: watch::Sender::new(None),
        }
    }

    /// A fresh teloxide listener whose updates come from this intake; the previous one is replaced.
    pub fn listen(
        &self,
    ) -> impl teloxide::update_listeners::UpdateListener<Err = std::convert::Infallible> + Send + use<>
    {
        let address = ([127, 0, 0, 1], 0).into();
        let url = url::Url::parse("http://127.0.0.1/update").expect("a valid constant URL");
        let options = teloxide::update_listeners::webhooks::Options::new(address, url)
            .path(INNER_PATH.to_owned())
            .secret_token(INNER_SECRET.to_owned());
        let (listener, _stopped, router) =
            teloxide::update_listeners::webhooks::axum_no_setup(options);
        self.inner.send_replace(Some(router));
        listener
    }

    /// Drops teloxide's route. Its update stream then ends (once the queued updates are read), which
    /// lets the dispatcher finish.
    pub fn close(&self) {
        self.inner.send_replace(None);
    }

    /// Hands a raw update (JSON) to the dispatcher, if one is running.
    pub async fn forward(&self, json: Bytes) -> Result<(), Refused> {
        let router = self.inner.borrow().clone().ok_or(Refused::NotRunning)?;
        self.send(router, json).await
    }

    /// Like [`Intake::forward`], but waits for a dispatcher to be running (polling has time).
    async fn forward_when_running(&self, json: Bytes) -> Result<(), Refused> {
        let mut rx = self.inner.subscribe();
        let router = match rx.wait_for(Option::is_some).await {
            Ok(router) => router.clone().ok_or(Refused::NotRunning)?,
            Err(_) => return Err(Refused::NotRunning),
        };
        self.send(router, json).await
    }

    async fn send(&self, router: Router, json: Bytes) -> Result<(), Refused> {
        let request = Request::post(INNER_PATH)
            .header("content-type", "application/json")
            .header(SECRET_HEADER, INNER_SECRET)
            .body(Body::from(json))
            .expect("a valid constant request");
        match router.oneshot(request).await {
            Ok(response) if response.status().is_success() => Ok(()),
            // teloxide answers 503 once its listener was stopped.
            _ => Err(Refused::NotRunning),
        }
    }
}

impl Default for Intake {
    fn default() -> Self {
        Intake::new()
    }
}

/// `Ok` if the JSON is an update the dispatcher can handle. Unreadable updates are refused here, with
/// their id if it can be read (teloxide would log them with their full content).
fn readable(json: &[u8]) -> Result<(), Option<u32>> {
    match serde_json::from_slice::<Update>(json) {
        Ok(update) if matches!(update.kind, UpdateKind::Error(_)) => Err(Some(update.id.0)),
        Ok(_) => Ok(()),
        Err(_) => Err(None),
    }
}

struct Hook {
    /// The SHA-256 of the secret: comparing digests takes the same time whatever the header's length.
    secret_digest: [u8; 32],
    intake: Intake,
}

/// The webhook route at `path`: checks the secret in constant time, then hands the update on.
pub fn webhook_router(path: &str, secret: &str, intake: Intake) -> Router {
    let hook = Arc::new(Hook {
        secret_digest: Sha256::digest(secret.as_bytes()).into(),
        intake,
    });
    Router::new()
        .route(path, post(webhook_handler))
        .with_state(hook)
}

async fn webhook_handler(State(hook): State<Arc<Hook>>, request: Request<Body>) -> StatusCode {
    // The secret first: a client without it gets nothing read, not even the body.
    let given = request
        .headers()
        .get(SECRET_HEADER)
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    let given: [u8; 32] = Sha256::digest(given).into();
    if !bool::from(given.ct_eq(&hook.secret_digest)) {
        tracing::warn!("webhook request without the right secret refused");
        return StatusCode::UNAUTHORIZED;
    }
    let announced = request
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if announced.is_some_and(|len| len > MAX_UPDATE_BYTES) {
        return StatusCode::PAYLOAD_TOO_LARGE;
    }
    let Ok(body) = axum::body::to_bytes(request.into_body(), MAX_UPDATE_BYTES).await else {
        // Too long, or the sender broke off.
        return StatusCode::PAYLOAD_TOO_LARGE;
    };
    if let Err(id) = readable(&body) {
        // Answer 200 all the same: Telegram would otherwise send the same unreadable update forever.
        tracing::warn!(update_id = id, "skipped an update that cannot be read");
        return StatusCode::OK;
    }
    match hook.intake.forward(body).await {
        Ok(()) => StatusCode::OK,
        // Telegram keeps the update and tries again later.
        Err(Refused::NotRunning) => StatusCode::SERVICE_UNAVAILABLE,
    }
}

/// Long polling: asks Telegram for updates until `stop` turns true, then confirms the last offset.
pub async fn poll(bot: Bot, intake: Intake, timeout: Duration, mut stop: watch::Receiver<bool>) {
    let mut offset: i32 = 0;
    let mut failures: u32 = 0;
    'polling: loop {
        let request = bot
            .get_updates()
            .offset(offset)
            .timeout(timeout.as_secs() as u32)
            .allowed_updates(ALLOWED_UPDATES);
        let result = tokio::select! {
            result = request.send() => result,
            _ = stop.wait_for(|s| *s) => break 'polling,
        };
        let updates = match result {
            Ok(updates) => {
                failures = 0;
                updates
            }
            Err(err) => {
                let wait = match &err {
                    teloxide::RequestError::RetryAfter(secs) => secs.duration(),
                    _ => backoff(failures),
                };
                failures = failures.saturating_add(1);
                tracing::warn!(error = %describe(&err), retry_in_s = wait.as_secs(), "getting updates failed");
                if let teloxide::RequestError::Api(
                    teloxide::ApiError::TerminatedByOtherGetUpdates,
                ) = err
                {
                    tracing::warn!("another process is polling with this token");
                }
                if sleep_or_stop(wait, &mut stop).await {
                    break 'polling;
                }
                continue;
            }
        };
        for update in updates {
            let next = update.id.as_offset();
            if matches!(update.kind, UpdateKind::Error(_)) {
                tracing::warn!(
                    update_id = update.id.0,
                    "skipped an update that cannot be read"
                );
            } else if let Ok(json) = serde_json::to_vec(&update) {
                let handed = tokio::select! {
                    handed = intake.forward_when_running(json.into()) => handed,
                    // Not handed over, so not confirmed: Telegram sends it again after a restart.
                    _ = stop.wait_for(|s| *s) => break 'polling,
                };
                if handed.is_err() {
                    tracing::warn!(
                        update_id = update.id.0,
                        "the dispatcher stopped: update not handled"
                    );
                }
            } else {
                tracing::warn!(
                    update_id = update.id.0,
                    "skipped an update that cannot be passed on"
                );
            }
            offset = offset.max(next);
        }
    }
    if offset > 0 {
        // Tell Telegram which updates were handed over, so that a restart does not answer them twice.
        let confirm = bot.get_updates().offset(offset).limit(1).timeout(0);
        if let Err(err) = confirm.send().await {
            tracing::debug!(error = %describe(&err), "could not confirm the last updates");
        }
    }
}

/// 1 s, 2 s, 4 s … up to a minute.
pub fn backoff(failures: u32) -> Duration {
    Duration::from_secs(1u64 << failures.min(6)).min(Duration::from_secs(60))
}

/// Sleeps for `wait` unless `stop` turns true first; `true` if stopped.
pub async fn sleep_or_stop(wait: Duration, stop: &mut watch::Receiver<bool>) -> bool {
    if *stop.borrow() {
        return true;
    }
    tokio::select! {
        _ = tokio::time::sleep(wait) => false,
        _ = stop.wait_for(|s| *s) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn updates_teloxide_cannot_read_are_refused_by_id() {
        let unknown = br#"{"update_id": 7, "some_future_kind": {"text": "Ich habe Schulden"}}"#;
        assert_eq!(readable(unknown).err(), Some(Some(7)));
        assert_eq!(readable(b"not json").err(), Some(None));
        let text = br#"{"update_id": 8, "message": {"message_id": 1, "date": 1700000000,
            "chat": {"id": 5, "type": "private", "first_name": "A"}, "text": "Hallo"}}"#;
        assert!(readable(text).is_ok());
    }

    #[test]
    fn backoff_doubles_up_to_a_minute() {
        assert_eq!(backoff(0), Duration::from_secs(1));
        assert_eq!(backoff(3), Duration::from_secs(8));
        assert_eq!(backoff(30), Duration::from_secs(60));
    }
}
