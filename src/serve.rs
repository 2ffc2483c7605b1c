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
use crate::web;

/// How long the bot gets to stop after the web has.
const BOT_STOP: Duration = Duration::from_secs(5);
/// How long a running search or index build may hold the exit.
const BLOCKING_STOP: Duration = Duration::from_secs(5);

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
    let (app, bot) = compose(&config, Arc::clone(&live));
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    tracing::info!(addr = %listener.local_addr()?, "serving");
    let served = web::serve(listener, app, limits(&config), shutdown).await;
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
    // Read once at the start: a changed `public_url` in site.toml takes effect on the next start.
    let public_url = config.public_url_for(&live.engine().catalogue().site);
    let app =
        web::routes(web::AppState::new(Arc::clone(&live)).with_public_url(public_url.clone()));
    let (app, handle) = match bot::Settings::from_config(&config.telegram, &public_url) {
        Ok(None) => {
            tracing::info!("LOTSE_TELEGRAM_TOKEN is not set: the Telegram bot is off");
            (app, None)
        }
        Ok(Some(settings)) => {
            let started = bot::start(settings, live);
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
