//! The Telegram front end (teloxide). The conversation itself is [`crate::dialogue`]; this module only
//! turns Telegram updates into [`Incoming`]s and [`Reply`](crate::dialogue::Reply)s into Bot API calls.
//!
//! - [`schema`]: the whole handler tree, one named endpoint per kind of update;
//! - [`start`]: connects in the background (retrying until Telegram answers), registers the command menu,
//!   then receives updates by long polling or as a webhook ([`intake`]);
//! - [`chats`]: the per-chat language choice and rate limit, in memory;
//! - [`telegram`]: sending with retries, and error descriptions that are safe to log.
//!
//! Privacy: no message text is logged or stored. Logs name update ids, chat-free error kinds and
//! counts. The token is never logged: no request URL is ever printed (they contain it).

pub mod chats;
pub mod intake;
pub mod telegram;

use std::sync::Arc;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use teloxide::dispatching::{Dispatcher, UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;
use teloxide::types::{
    InlineQueryResult, InlineQueryResultArticle, InputMessageContent, InputMessageContentText,
    Location, ParseMode, UpdateKind, User,
};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use url::Url;

use self::chats::{Languages, RateLimit, Verdict};
use self::intake::{Intake, sleep_or_stop};
use self::telegram::{BotError, call, deliver, describe};
use crate::config::TelegramConfig;
use crate::dialogue::{Article, Command, Context, Incoming, Response};
use crate::i18n::t;
use crate::lang::Lang;
use crate::present;
use crate::service::Live;
use crate::store::{Channel, Store};

/// Messages (and button presses) one chat may send per minute before the bot asks it to slow down.
pub const MESSAGES_PER_MINUTE: u32 = 20;
/// Inline queries per user and minute (Telegram sends one per keystroke, so this is higher).
pub const INLINE_QUERIES_PER_MINUTE: u32 = 60;
/// Long-polling timeout. teloxide's HTTP client gives up after 17 s, so stay well below.
pub const POLL_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a shutdown waits for updates in hand to be answered.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Everything the bot needs to start.
#[derive(Clone)]
pub struct Settings {
    /// The bot token (never logged).
    pub token: String,
    /// The Bot API base URL; Telegram's own when `None`.
    pub api_url: Option<Url>,
    /// The public base URL of the web pages (offer links).
    pub public_url: Url,
    /// How updates arrive.
    pub mode: Mode,
    /// The long-polling timeout (tests shorten it).
    pub poll_timeout: Duration,
}

impl std::fmt::Debug for Settings {
    // Hand-written so that the token and the webhook secret can never reach a log line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mode = match &self.mode {
            Mode::Polling => "polling".to_owned(),
            Mode::Webhook { url, .. } => format!("webhook at {}", url.path()),
        };
        f.debug_struct("Settings")
            .field("mode", &mode)
            .field("public_url", &self.public_url.as_str())
            .finish()
    }
}

/// How updates arrive.
#[derive(Clone, PartialEq, Eq)]
pub enum Mode {
    /// The bot asks Telegram for updates (works behind NAT, needs no public URL).
    Polling,
    /// Telegram posts updates to `url` on this server, with `secret` in a header.
    Webhook {
        /// The public URL Telegram posts to; its path is routed on the web server.
        url: Url,
        /// The secret Telegram sends along.
        secret: String,
    },
}

/// The bot's configuration is unusable (the web still runs).
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error(
        "LOTSE_TELEGRAM_WEBHOOK_SECRET may only use A–Z, a–z, 0–9, _ and - (1 to 256 characters)"
    )]
    BadSecret,
    #[error("the webhook URL needs a path of its own (such as /telegram/<something>), not `/`")]
    BadWebhookPath,
    #[error("the webhook URL must use https (Telegram only posts to https)")]
    NotHttps,
}

impl Settings {
    /// Reads the bot's settings; `Ok(None)` when no token is set (the bot is off).
    pub fn from_config(
        config: &TelegramConfig,
        public_url: &Url,
    ) -> Result<Option<Settings>, SettingsError> {
        let Some(token) = config.token.clone() else {
            return Ok(None);
        };
        let mode = match &config.webhook_url {
            None => Mode::Polling,
            Some(url) => {
                if url.scheme() != "https" {
                    return Err(SettingsError::NotHttps);
                }
                if url.path().trim_matches('/').is_empty() {
                    return Err(SettingsError::BadWebhookPath);
                }
                let secret = match &config.webhook_secret {
                    Some(secret) if is_valid_secret(secret) => secret.clone(),
                    Some(_) => return Err(SettingsError::BadSecret),
                    // No secret set: derive one from the token, so that it survives restarts and
                    // nobody without the token can guess it.
                    None => derived_secret(&token),
                };
                Mode::Webhook {
                    url: url.clone(),
                    secret,
                }
            }
        };
        Ok(Some(Settings {
            token,
            api_url: config.api_url.clone(),
            public_url: public_url.clone(),
            mode,
            poll_timeout: POLL_TIMEOUT,
        }))
    }
}

fn is_valid_secret(secret: &str) -> bool {
    (1..=256).contains(&secret.len())
        && secret
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

fn derived_secret(token: &str) -> String {
    let digest = Sha256::digest(format!("lotse-webhook-secret:{token}").as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the handlers share.
pub struct State {
    live: Arc<Live>,
    public_url: Url,
    languages: Languages,
    messages: RateLimit,
    inline: RateLimit,
    /// Where the needs report's counts go (`None`: not counted).
    store: Option<Store>,
}

impl State {
    /// A fresh state: no language choices, empty rate-limit windows.
    pub fn new(live: Arc<Live>, public_url: Url) -> State {
        State {
            live,
            public_url,
            languages: Languages::default(),
            messages: RateLimit::new(MESSAGES_PER_MINUTE, Duration::from_secs(60)),
            inline: RateLimit::new(INLINE_QUERIES_PER_MINUTE, Duration::from_secs(60)),
            store: None,
        }
    }

    /// The same state, counting questions for the needs report in `store`.
    pub fn with_store(self, store: Option<Store>) -> State {
        State { store, ..self }
    }

    /// The chat's chosen language, else the one Telegram reports for the user, else German (the
    /// dialogue answers in the site's default language where the site does not offer this one).
    fn lang(&self, chat: ChatId, user: Option<&User>) -> Lang {
        self.languages
            .get(chat.0)
            .or_else(|| {
                user.and_then(|u| u.language_code.as_deref())
                    .map(Lang::negotiate)
            })
            .unwrap_or(Lang::De)
    }

    /// Runs the dialogue off the async workers (searching is CPU work).
    async fn respond(&self, lang: Lang, input: Incoming) -> Result<Response, BotError> {
        self.in_context(move |cx| cx.respond(lang, input)).await
    }

    async fn articles(&self, lang: Lang, query: String) -> Result<Vec<Article>, BotError> {
        self.in_context(move |cx| cx.inline(lang, &query)).await
    }

    /// Runs `work` with a dialogue context over the current engine, on a blocking thread.
    async fn in_context<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Context<'_>) -> T + Send + 'static,
    ) -> Result<T, BotError> {
        let engine = self.live.engine();
        let public_url = self.public_url.clone();
        self.live
            .workers()
            .with_wait(DIALOGUE_WAIT)
            .run(move || {
                let now = present::now();
                work(&Context {
                    engine: &engine,
                    public_url: &public_url,
                    now: &now,
                })
            })
            .await
            .map_err(|_| BotError::Task)
    }
}

/// How long a message waits for a free worker before it is given up (and logged).
const DIALOGUE_WAIT: Duration = Duration::from_secs(30);

type HandlerResult = Result<(), BotError>;

/// The whole handler tree. Every update is first counted against its chat's rate limit.
pub fn schema() -> UpdateHandler<BotError> {
    dptree::entry()
        .branch(dptree::filter_map(over_limit).endpoint(slow_down))
        .branch(
            Update::filter_message()
                .branch(
                    dptree::filter_map(|msg: Message| msg.text().and_then(Command::parse))
                        .endpoint(on_command),
                )
                .branch(Message::filter_text().endpoint(on_text))
                .branch(Message::filter_location().endpoint(on_location))
                .branch(dptree::endpoint(on_non_text)),
        )
        .branch(Update::filter_callback_query().endpoint(on_button))
        .branch(Update::filter_inline_query().endpoint(on_inline))
}

/// A chat over its rate limit, and whether to tell it so.
#[derive(Debug, Clone, Copy)]
struct Throttled {
    warn: bool,
}

fn over_limit(update: Update, state: Arc<State>) -> Option<Throttled> {
    let now = Instant::now();
    let verdict = match &update.kind {
        UpdateKind::InlineQuery(q) => state.inline.check(q.from.id.0 as i64, now),
        _ => state.messages.check(update.chat()?.id.0, now),
    };
    match verdict {
        Verdict::Allow => None,
        Verdict::Warn => Some(Throttled { warn: true }),
        Verdict::Drop => Some(Throttled { warn: false }),
    }
}

async fn slow_down(
    bot: Bot,
    update: Update,
    throttled: Throttled,
    state: Arc<State>,
) -> HandlerResult {
    tracing::info!(update_id = update.id.0, "rate limit reached");
    match &update.kind {
        UpdateKind::Message(msg) if throttled.warn => {
            let text = t(state.lang(msg.chat.id, msg.from.as_ref()), "bot-slow-down");
            call(bot.send_message(msg.chat.id, text)).await?;
        }
        UpdateKind::CallbackQuery(q) => {
            let mut answer = bot.answer_callback_query(q.id.clone());
            if throttled.warn {
                answer = answer.text(t(
                    state.lang(ChatId(q.from.id.0 as i64), Some(&q.from)),
                    "bot-slow-down",
                ));
            }
            call(answer).await?;
        }
        // An inline query over the limit gets no answer; Telegram shows nothing.
        _ => {}
    }
    Ok(())
}

async fn on_command(bot: Bot, msg: Message, command: Command, state: Arc<State>) -> HandlerResult {
    reply(&bot, &msg, &state, Incoming::Command(command)).await
}

async fn on_text(bot: Bot, msg: Message, text: String, state: Arc<State>) -> HandlerResult {
    reply(&bot, &msg, &state, Incoming::Text(text)).await
}

async fn on_location(
    bot: Bot,
    msg: Message,
    location: Location,
    state: Arc<State>,
) -> HandlerResult {
    reply(
        &bot,
        &msg,
        &state,
        Incoming::Location {
            lat: location.latitude,
            lon: location.longitude,
        },
    )
    .await
}

/// Photos, stickers, voice messages, documents …
async fn on_non_text(bot: Bot, msg: Message, state: Arc<State>) -> HandlerResult {
    reply(&bot, &msg, &state, Incoming::NonText).await
}

async fn reply(bot: &Bot, msg: &Message, state: &State, input: Incoming) -> HandlerResult {
    let lang = state.lang(msg.chat.id, msg.from.as_ref());
    let response = state.respond(lang, input).await?;
    if let (Some(store), Some(need)) = (&state.store, &response.need) {
        // Only the need and the day: never the message, the chat or the user.
        store.count(Channel::Bot, lang, need, crate::store::today());
    }
    deliver(bot, msg.chat.id, None, lang, response.replies).await
}

async fn on_button(bot: Bot, q: CallbackQuery, state: Arc<State>) -> HandlerResult {
    // Stop the button's spinner first, whatever happens next.
    call(bot.answer_callback_query(q.id.clone())).await?;
    let (Some(data), Some(message)) = (q.data.clone(), q.message.as_ref()) else {
        // A button under a message shared from inline mode: the bot is not in that chat.
        return Ok(());
    };
    let chat = message.chat().id;
    let lang = state.lang(chat, Some(&q.from));
    let response = state.respond(lang, Incoming::Button(data)).await?;
    let lang = match response.set_lang {
        Some(chosen) => {
            state.languages.set(chat.0, chosen);
            chosen
        }
        None => lang,
    };
    deliver(&bot, chat, Some(message.id()), lang, response.replies).await
}

async fn on_inline(bot: Bot, q: InlineQuery, state: Arc<State>) -> HandlerResult {
    let lang = state.lang(ChatId(q.from.id.0 as i64), Some(&q.from));
    let articles = state.articles(lang, q.query.clone()).await?;
    let results: Vec<InlineQueryResult> = articles
        .into_iter()
        .map(|a| {
            let content = InputMessageContentText::new(a.html)
                .parse_mode(ParseMode::Html)
                .link_preview_options(telegram::no_preview());
            InlineQueryResult::Article(
                InlineQueryResultArticle::new(a.id, a.title, InputMessageContent::Text(content))
                    .description(a.description),
            )
        })
        .collect();
    // Answers depend on the reader's language: never share them between users.
    call(
        bot.answer_inline_query(q.id.clone(), results)
            .cache_time(60)
            .is_personal(true),
    )
    .await?;
    Ok(())
}

/// A running bot: its webhook route (in webhook mode) and the handle that stops it.
pub struct Started {
    /// The webhook route to merge into the web server (`None` when polling).
    pub webhook: Option<axum::Router>,
    /// Stops the bot.
    pub handle: Handle,
}

/// Stops a running bot.
pub struct Handle {
    stop: watch::Sender<bool>,
    intake: Intake,
    task: JoinHandle<()>,
}

impl Handle {
    /// Stops receiving updates, lets the updates in hand be answered (for a few seconds at most),
    /// and returns.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let mut task = self.task;
        if tokio::time::timeout(SHUTDOWN_GRACE, &mut task)
            .await
            .is_err()
        {
            tracing::warn!("the bot did not stop in time");
            task.abort();
        }
        self.intake.close();
    }
}

/// Starts the bot in the background; must be called on a tokio runtime. Never fails and never blocks:
/// if Telegram cannot be reached, the bot logs it and keeps trying while the web serves.
pub fn start(settings: Settings, live: Arc<Live>, store: Option<Store>) -> Started {
    let mut bot = Bot::new(settings.token.clone());
    if let Some(api_url) = &settings.api_url {
        bot = bot.set_api_url(api_url.clone());
    }
    let intake = Intake::new();
    let (stop, stopped) = watch::channel(false);
    let webhook = match &settings.mode {
        Mode::Webhook { url, secret } => {
            Some(intake::webhook_router(url.path(), secret, intake.clone()))
        }
        Mode::Polling => None,
    };
    let state = Arc::new(State::new(live, settings.public_url.clone()).with_store(store));
    let task = tokio::spawn(run(bot, settings, state, intake.clone(), stopped));
    Started {
        webhook,
        handle: Handle { stop, intake, task },
    }
}

/// Connects, then dispatches until stopped; every failure is logged and retried.
async fn run(
    bot: Bot,
    settings: Settings,
    state: Arc<State>,
    intake: Intake,
    mut stop: watch::Receiver<bool>,
) {
    let mut failures = 0;
    let me = loop {
        let result = tokio::select! {
            result = bot.get_me().send() => result,
            _ = stop.wait_for(|s| *s) => return,
        };
        match result {
            Ok(me) => break me,
            Err(err) => {
                let wait = intake::backoff(failures);
                failures += 1;
                tracing::warn!(error = %describe(&err), retry_in_s = wait.as_secs(), "cannot reach Telegram");
                if sleep_or_stop(wait, &mut stop).await {
                    return;
                }
            }
        }
    };
    tracing::info!(bot = %me.username(), settings = ?settings, "connected to Telegram");

    let menu = {
        let bot = bot.clone();
        tokio::spawn(async move {
            match telegram::set_commands(&bot).await {
                Ok(()) => tracing::debug!("command menu registered"),
                Err(err) => {
                    tracing::warn!(error = %describe(&err), "could not register the command menu")
                }
            }
        })
    };
    let dispatcher = tokio::spawn(dispatch(bot.clone(), state, intake.clone(), stop.clone()));
    match &settings.mode {
        Mode::Polling => {
            delete_webhook(&bot, &mut stop).await;
            intake::poll(bot, intake.clone(), settings.poll_timeout, stop.clone()).await;
        }
        Mode::Webhook { url, secret } => {
            set_webhook(&bot, url, secret, &mut stop).await;
            let _ = stop.wait_for(|s| *s).await;
        }
    }
    // Stopped: dropping teloxide's route ends its update stream; the dispatcher answers what it holds.
    intake.close();
    menu.abort();
    let _ = dispatcher.await;
}

/// Runs teloxide's dispatcher over the intake, restarting it if it fails to start.
async fn dispatch(bot: Bot, state: Arc<State>, intake: Intake, mut stop: watch::Receiver<bool>) {
    let mut failures = 0;
    while !*stop.borrow() {
        let listener = intake.listen();
        let mut dispatcher = Dispatcher::builder(bot.clone(), schema())
            .dependencies(dptree::deps![Arc::clone(&state)])
            // One worker per chat keeps a chat's answers in order. Inline queries have no chat: key them
            // by user, or every user's queries would wait in one shared queue.
            .distribution_function(|update| {
                update
                    .chat()
                    .map(|c| c.id.0)
                    .or_else(|| update.from().map(|u| u.id.0 as i64))
            })
            // The default handler would log the whole update (text included).
            .default_handler(|_| async {})
            .error_handler(Arc::new(|err: BotError| async move {
                tracing::warn!(error = %err, "an update could not be answered");
            }))
            .build();
        let ignore = Arc::new(|_: std::convert::Infallible| async {});
        match dispatcher
            .try_dispatch_with_listener(listener, ignore)
            .await
        {
            Ok(()) => return,
            Err(err) => {
                intake.close();
                let wait = intake::backoff(failures);
                failures += 1;
                tracing::warn!(error = %describe(&err), retry_in_s = wait.as_secs(), "the dispatcher could not start");
                if sleep_or_stop(wait, &mut stop).await {
                    return;
                }
            }
        }
    }
}

/// Polling and a webhook exclude each other: remove a webhook left from an earlier run.
async fn delete_webhook(bot: &Bot, stop: &mut watch::Receiver<bool>) {
    let mut failures = 0;
    loop {
        match call(bot.delete_webhook()).await {
            Ok(_) => return,
            Err(err) => {
                let wait = intake::backoff(failures);
                failures += 1;
                tracing::warn!(error = %describe(&err), retry_in_s = wait.as_secs(), "could not remove the webhook");
                if sleep_or_stop(wait, stop).await {
                    return;
                }
            }
        }
    }
}

/// Tells Telegram where to post updates, retrying until it works.
async fn set_webhook(bot: &Bot, url: &Url, secret: &str, stop: &mut watch::Receiver<bool>) {
    let mut failures = 0;
    loop {
        let request = bot
            .set_webhook(url.clone())
            .secret_token(secret.to_owned())
            .allowed_updates(intake::ALLOWED_UPDATES);
        match call(request).await {
            Ok(_) => {
                tracing::info!(path = url.path(), "webhook registered");
                return;
            }
            Err(err) => {
                let wait = intake::backoff(failures);
                failures += 1;
                tracing::warn!(error = %describe(&err), retry_in_s = wait.as_secs(), "could not register the webhook");
                if sleep_or_stop(wait, stop).await {
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(webhook: Option<&str>, secret: Option<&str>) -> TelegramConfig {
        TelegramConfig {
            token: Some("123:abc".into()),
            api_url: None,
            webhook_url: webhook.map(|u| u.parse().unwrap()),
            webhook_secret: secret.map(str::to_owned),
        }
    }

    fn public() -> Url {
        "https://lotse.example".parse().unwrap()
    }

    #[test]
    fn without_a_token_the_bot_is_off() {
        let off = TelegramConfig::default();
        assert!(Settings::from_config(&off, &public()).unwrap().is_none());
    }

    #[test]
    fn a_webhook_needs_https_a_path_and_a_valid_secret() {
        let ok = Settings::from_config(
            &config(Some("https://x.example/tg/hook"), Some("s3cret_T0-k")),
            &public(),
        );
        assert!(matches!(ok.unwrap().unwrap().mode, Mode::Webhook { .. }));
        let bad = |w, s| Settings::from_config(&config(Some(w), s), &public()).err();
        assert!(matches!(
            bad("http://x.example/tg", None),
            Some(SettingsError::NotHttps)
        ));
        assert!(matches!(
            bad("https://x.example/", None),
            Some(SettingsError::BadWebhookPath)
        ));
        assert!(matches!(
            bad("https://x.example/tg", Some("no spaces")),
            Some(SettingsError::BadSecret)
        ));
    }

    #[test]
    fn a_missing_secret_is_derived_from_the_token_and_is_valid() {
        let settings =
            Settings::from_config(&config(Some("https://x.example/tg"), None), &public())
                .unwrap()
                .unwrap();
        let Mode::Webhook { secret, .. } = settings.mode.clone() else {
            panic!("webhook mode")
        };
        assert!(is_valid_secret(&secret));
        assert!(!secret.contains("abc"));
        assert!(!format!("{settings:?}").contains(&secret));
    }
}
