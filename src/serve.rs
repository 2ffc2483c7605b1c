//! `lotse serve`: the web and, when a token is set, the Telegram bot, in one process and on one port.
//!
//! This is the only place that knows both front ends: the web ([`crate::web`]) and the bot
//! ([`crate::bot`]) never import each other. The bot can only ever add to the web (a webhook route);
//! whatever goes wrong with Telegram is logged and retried in the background while the web serves.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;

use crate::bot;
use crate::config::ServeConfig;
use crate::service::Live;
use crate::store::Store;
use crate::web;

/// How long the bot gets to stop after the web has.
const BOT_STOP: Duration = Duration::from_secs(5);
/// How long a running search or index build may hold the exit.
const BLOCKING_STOP: Duration = Duration::from_secs(5);
/// How often the needs report's counts are written: a killed server loses at most this much.
pub const FLUSH_EVERY: Duration = Duration::from_secs(5);

/// Runs `lotse serve` until Ctrl-C or SIGTERM.
pub fn run(config: ServeConfig) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let served = runtime.block_on(serve(config, shutdown_signal()));
    runtime.shutdown_timeout(BLOCKING_STOP);
    served
}

/// Loads the directory, serves until `shutdown` resolves, then stops the bot.
pub async fn serve(
    config: ServeConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let live = {
        let (content, index) = (config.paths.content.clone(), config.paths.index.clone());
        // Building an index blocks (tantivy commits): keep it off the async workers.
        tokio::task::spawn_blocking(move || Live::start(&content, &index)).await??
    };
    let live = Arc::new(live);
    live.spawn_watcher(config.watch_interval());
    let store = {
        let path = config.data.clone();
        // Opening migrates, and the first purge may write: off the async workers.
        tokio::task::spawn_blocking(move || Store::open(&path)).await?
    };
    let flusher = tokio::spawn(keep_store(store.clone(), FLUSH_EVERY));
    let (app, bot) = compose_with(&config, Arc::clone(&live), Some(store.clone()));
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    tracing::info!(addr = %listener.local_addr()?, "serving");
    let served = web::serve(listener, app, limits(&config), shutdown).await;
    flusher.abort();
    // The last batch of counts, after the last request was answered.
    match tokio::task::spawn_blocking(move || store.flush()).await {
        Ok(Err(err)) => tracing::warn!(%err, "the last counts could not be written"),
        Err(err) => tracing::warn!(%err, "writing the last counts failed"),
        Ok(Ok(_)) => {}
    }
    if let Some(bot) = bot {
        // The bot's last Telegram call must not hold the exit either.
        if tokio::time::timeout(BOT_STOP, bot.shutdown())
            .await
            .is_err()
        {
            tracing::warn!("the bot did not stop in time");
        }
    }
    served?;
    Ok(())
}

/// The web's routes, plus the bot's webhook route when the bot takes updates as a webhook, and the
/// bot's handle when it runs. Must be called on a tokio runtime (the bot starts in the background).
/// The webhook and the pages pass the same layers (timeout, security headers, logging).
pub fn compose(config: &ServeConfig, live: Arc<Live>) -> (Router, Option<bot::Handle>) {
    compose_with(config, live, None)
}

/// [`compose`], with the store of corrections and counts for the web and the bot.
pub fn compose_with(
    config: &ServeConfig,
    live: Arc<Live>,
    store: Option<Store>,
) -> (Router, Option<bot::Handle>) {
    // Read once at the start: a changed `public_url` in site.toml takes effect on the next start.
    let public_url = config.public_url_for(&live.engine().catalogue().site);
    let mut state = web::AppState::new(Arc::clone(&live))
        .with_public_url(public_url.clone())
        .with_admin_token(config.admin_token.as_deref());
    if let Some(store) = &store {
        state = state.with_store(store.clone());
    }
    let app = web::routes(state);
    let (app, handle) = match bot::Settings::from_config(&config.telegram, &public_url) {
        Ok(None) => {
            tracing::info!("LOTSE_TELEGRAM_TOKEN is not set: the Telegram bot is off");
            (app, None)
        }
        Ok(Some(settings)) => {
            let started = bot::start(settings, live, store);
            let app = match started.webhook {
                // Logged as "telegram-webhook": its path may be as secret as its header.
                Some(webhook) => {
                    app.merge(webhook.layer(axum::middleware::map_response(label_webhook)))
                }
                None => app,
            };
            (app, Some(started.handle))
        }
        Err(err) => {
            tracing::error!(%err, "the Telegram bot is misconfigured and stays off; the web serves on");
            (app, None)
        }
    };
    (web::with_middleware(app), handle)
}

/// Writes the counts every `every` and deletes personal data older than the retention time, at the
/// start and whenever the day changes. Runs until aborted; each step runs off the async workers.
pub async fn keep_store(store: Store, every: Duration) {
    let mut purged_on = None;
    let mut failing = false;
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let today = crate::store::today();
        let purge = purged_on != Some(today);
        let store = store.clone();
        let done = tokio::task::spawn_blocking(move || {
            let purged = if purge {
                Some(store.purge(today))
            } else {
                None
            };
            (purged, store.flush())
        })
        .await;
        match done {
            Ok((purged, flushed)) => {
                match purged {
                    Some(Ok(n)) => {
                        purged_on = Some(today);
                        if n > 0 {
                            tracing::info!(
                                corrections = n,
                                "personal data of old corrections deleted"
                            );
                        }
                    }
                    Some(Err(err)) => tracing::warn!(%err, "old corrections could not be purged"),
                    None => {}
                }
                // Said once when writing stops working and once when it works again, not every tick.
                match (flushed, failing) {
                    (Err(err), false) => {
                        tracing::warn!(%err, "counts could not be written; kept in memory for the next try");
                        failing = true;
                    }
                    (Ok(_), true) => {
                        tracing::info!("counts are written again");
                        failing = false;
                    }
                    _ => {}
                }
            }
            Err(err) => tracing::warn!(%err, "the store's background step failed"),
        }
    }
}

/// The web server's connection limits from the settings.
pub fn limits(config: &ServeConfig) -> web::server::Limits {
    web::server::Limits {
        max_connections: web::server::connection_bound(config.max_connections),
        max_per_client: config.max_connections_per_client,
        ..Default::default()
    }
}

async fn label_webhook(mut res: axum::response::Response) -> axum::response::Response {
    res.extensions_mut()
        .insert(web::traffic::RouteLabel("telegram-webhook"));
    res
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
