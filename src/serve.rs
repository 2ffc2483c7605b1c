//! `lotse serve`: the web and, when a token is set, the Telegram bot, in one process and on one port.
//!
//! This is the only place that knows both front ends: the web ([`crate::web`]) and the bot
//! ([`crate::bot`]) never import each other. The bot can only ever add to the web (a webhook route);
//! whatever goes wrong with Telegram is logged and retried in the background while the web serves.

use std::future::Future;
use std::sync::Arc;

use axum::Router;

use crate::bot;
use crate::config::ServeConfig;
use crate::service::Live;
use crate::web;

/// Runs `lotse serve` until Ctrl-C or SIGTERM.
pub fn run(config: ServeConfig) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(serve(config, shutdown_signal()))
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
    let served = web::serve(listener, app, shutdown).await;
    if let Some(bot) = bot {
        bot.shutdown().await;
    }
    served?;
    Ok(())
}

/// The web's routes, plus the bot's webhook route when the bot takes updates as a webhook, and the
/// bot's handle when it runs. Must be called on a tokio runtime (the bot starts in the background).
pub fn compose(config: &ServeConfig, live: Arc<Live>) -> (Router, Option<bot::Handle>) {
    let app = web::router(web::AppState {
        live: Arc::clone(&live),
    });
    match bot::Settings::from_config(&config.telegram, &config.public_url) {
        Ok(None) => {
            tracing::info!("LOTSE_TELEGRAM_TOKEN is not set: the Telegram bot is off");
            (app, None)
        }
        Ok(Some(settings)) => {
            let started = bot::start(settings, live);
            let app = match started.webhook {
                Some(webhook) => app.merge(webhook),
                None => app,
            };
            (app, Some(started.handle))
        }
        Err(err) => {
            tracing::error!(%err, "the Telegram bot is misconfigured and stays off; the web serves on");
            (app, None)
        }
    }
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
