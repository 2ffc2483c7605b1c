//! Configuration: command-line flags, each also readable from a `LOTSE_*` environment variable.
//!
//! Defaults run the bundled content from the repository root: `content/` in, `index/` out, the web on
//! 127.0.0.1:8080. The Telegram token is only ever read from the environment (never a flag: flags show up
//! in process lists) and never printed.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Where content and index live.
#[derive(Debug, Clone, clap::Args)]
pub struct Paths {
    /// The content folder (offers, taxonomy, thesaurus).
    #[arg(long, env = "LOTSE_CONTENT", default_value = "content")]
    pub content: PathBuf,
    /// The index folder (built generations).
    #[arg(long, env = "LOTSE_INDEX", default_value = "index")]
    pub index: PathBuf,
}

/// Settings of `lotse serve`.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeConfig {
    #[command(flatten)]
    pub paths: Paths,
    /// The address the web server listens on.
    #[arg(long, env = "LOTSE_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// The public base URL of the web pages (bot messages, printouts, QR codes). Overrides the site's
    /// `public_url` (content/site.toml); without either, the address the server listens on.
    #[arg(long, env = "LOTSE_PUBLIC_URL")]
    pub public_url: Option<url::Url>,
    /// How often to look for content changes, in seconds (0 = never; SIGHUP always reloads).
    #[arg(long, env = "LOTSE_WATCH_SECS", default_value_t = 5)]
    pub watch_secs: u64,
    /// Connections served at once from one client address (0 = no bound: set 0 behind a reverse proxy
    /// that connects from one address).
    #[arg(long, env = "LOTSE_MAX_CONNECTIONS_PER_CLIENT", default_value_t = 64)]
    pub max_connections_per_client: usize,
    /// Connections served at once in all (bounded further by the file-descriptor limit).
    #[arg(long, env = "LOTSE_MAX_CONNECTIONS", default_value_t = 1024)]
    pub max_connections: usize,
    /// The SQLite file of readers' corrections and the needs report's counts (created if missing).
    #[arg(long, env = "LOTSE_DATA", default_value = crate::store::DEFAULT_PATH)]
    pub data: PathBuf,
    /// `LOTSE_ADMIN_TOKEN`: the bearer token of `/admin/report` (read from the environment only, so
    /// that it never shows in a process list); without it the admin pages do not exist.
    #[arg(skip = std::env::var("LOTSE_ADMIN_TOKEN").ok().filter(|t| !t.trim().is_empty()))]
    pub admin_token: Option<String>,
    #[command(flatten)]
    pub telegram: TelegramConfig,
}

impl ServeConfig {
    /// The public base URL: the flag, else the site's own, else the address the server listens on.
    pub fn public_url_for(&self, site: &crate::content::Site) -> url::Url {
        resolve_public_url(self.public_url.as_ref(), site, self.addr)
    }

    /// The content watch interval, if watching is on.
    pub fn watch_interval(&self) -> Option<Duration> {
        (self.watch_secs > 0).then(|| Duration::from_secs(self.watch_secs))
    }
}

/// The public base URL from a flag, else the site's `public_url`, else `http://<addr>/`.
pub fn resolve_public_url(
    flag: Option<&url::Url>,
    site: &crate::content::Site,
    addr: SocketAddr,
) -> url::Url {
    flag.cloned()
        .or_else(|| {
            site.public_url
                .as_deref()
                .and_then(|u| url::Url::parse(u).ok())
        })
        .unwrap_or_else(|| {
            url::Url::parse(&format!("http://{addr}/")).expect("a socket address makes a valid URL")
        })
}

/// The Telegram bot's settings; the bot runs only when a token is set.
#[derive(Clone, Default, clap::Args)]
pub struct TelegramConfig {
    /// The bot token (environment only).
    #[arg(skip = std::env::var("LOTSE_TELEGRAM_TOKEN").ok().filter(|t| !t.trim().is_empty()))]
    pub token: Option<String>,
    /// The Bot API base URL (a self-hosted Bot API server, or a stand-in in tests).
    #[arg(long = "telegram-api-url", env = "LOTSE_TELEGRAM_API_URL")]
    pub api_url: Option<url::Url>,
    /// Receive updates as a webhook at this public URL instead of long polling.
    #[arg(long = "telegram-webhook-url", env = "LOTSE_TELEGRAM_WEBHOOK_URL")]
    pub webhook_url: Option<url::Url>,
    /// The secret Telegram sends with every webhook request (A–Z, a–z, 0–9, _ and -; up to 256).
    #[arg(skip = std::env::var("LOTSE_TELEGRAM_WEBHOOK_SECRET").ok().filter(|t| !t.is_empty()))]
    pub webhook_secret: Option<String>,
}

impl std::fmt::Debug for TelegramConfig {
    // Hand-written so that the token and the secret can never end up in a log line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TelegramConfig")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("api_url", &self.api_url.as_ref().map(|u| u.as_str()))
            .field(
                "webhook_url",
                &self.webhook_url.as_ref().map(|u| u.as_str()),
            )
            .field(
                "webhook_secret",
                &self.webhook_secret.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}
