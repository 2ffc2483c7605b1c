//! Thin Telegram I/O: turning [`Reply`]s into Bot API calls, retrying failed calls, and describing
//! errors without leaking anything.
//!
//! teloxide's errors are not safe to log as they are: `InvalidJson` carries the raw response (which can
//! hold a user's message text) and a network error's URL can hold the bot token. [`describe`] keeps only
//! what an operator needs.

use std::time::Duration;

use teloxide::prelude::*;
use teloxide::requests::{Payload, Request};
use teloxide::types::{
    BotCommand, ButtonRequest, InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton,
    KeyboardMarkup, LinkPreviewOptions, MessageId, ParseMode, ReplyMarkup,
};
use teloxide::{ApiError, RequestError};

use crate::dialogue::{Action, Command, Reply};
use crate::i18n::t;
use crate::lang::Lang;

/// Waits between tries of one Bot API call (three retries, then the error is reported).
const BACKOFF: [Duration; 3] = [
    Duration::from_millis(500),
    Duration::from_secs(1),
    Duration::from_secs(2),
];
/// A flood-control wait longer than this is not waited out for one message: the chat's worker would stall.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// Why handling an update failed. Its text never holds message text, tokens or URLs.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    /// A Bot API call failed (after retries).
    #[error("Telegram request failed: {0}")]
    Telegram(String),
    /// The blocking dialogue task panicked or was cancelled.
    #[error("the dialogue task failed")]
    Task,
}

impl From<RequestError> for BotError {
    fn from(err: RequestError) -> Self {
        BotError::Telegram(describe(&err))
    }
}

/// A loggable account of a Bot API error.
pub fn describe(err: &RequestError) -> String {
    match err {
        // Telegram's own descriptions ("Bad Request: chat not found") name no user content.
        RequestError::Api(api) => format!("API error: {api}"),
        RequestError::MigrateToChatId(_) => "the group became a supergroup".to_owned(),
        RequestError::RetryAfter(secs) => format!("flood control: retry after {}s", secs.seconds()),
        RequestError::Network(e) => {
            // Only the kind: the error's URL would contain the bot token.
            let kind = if e.is_timeout() {
                "timeout"
            } else if e.is_connect() {
                "cannot connect"
            } else if e.is_body() || e.is_decode() {
                "broken response"
            } else {
                "request failed"
            };
            match e.status() {
                Some(status) => format!("network error: {kind} (HTTP {})", status.as_u16()),
                None => format!("network error: {kind}"),
            }
        }
        // The raw response may contain updates, that is, messages people wrote.
        RequestError::InvalidJson { .. } => "unreadable response from the Bot API".to_owned(),
        RequestError::Io(e) => format!("I/O error: {:?}", e.kind()),
    }
}

/// How long to wait before try number `retry` (0-based), or `None` if the error is final.
fn retry_delay(err: &RequestError, retry: usize) -> Option<Duration> {
    let backoff = *BACKOFF.get(retry)?;
    match err {
        RequestError::RetryAfter(secs) => {
            Some(secs.duration().max(backoff)).filter(|d| *d <= MAX_RETRY_AFTER)
        }
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => {
            Some(backoff)
        }
        RequestError::Api(_) | RequestError::MigrateToChatId(_) => None,
    }
}

/// Sends a request, retrying network trouble and flood control with back-off.
pub async fn call<R>(request: R) -> Result<<R::Payload as Payload>::Output, RequestError>
where
    R: Request<Err = RequestError>,
{
    let mut retry = 0;
    loop {
        match request.send_ref().await {
            Ok(output) => return Ok(output),
            Err(err) => match retry_delay(&err, retry) {
                Some(wait) => {
                    tracing::debug!(error = %describe(&err), wait_ms = wait.as_millis() as u64, "retrying a Bot API call");
                    tokio::time::sleep(wait).await;
                    retry += 1;
                }
                None => return Err(err),
            },
        }
    }
}

/// Sends the replies to a chat in order. A reply marked `edit` replaces the message whose button was
/// pressed (`pressed`), falling back to a new message if that message can no longer be edited.
pub async fn deliver(
    bot: &Bot,
    chat: ChatId,
    pressed: Option<MessageId>,
    lang: Lang,
    replies: Vec<Reply>,
) -> Result<(), BotError> {
    for reply in replies {
        if let (true, Some(message)) = (reply.edit, pressed) {
            let mut edit = bot
                .edit_message_text(chat, message, reply.html.clone())
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview());
            if let Some(keyboard) = inline_keyboard(&reply) {
                edit = edit.reply_markup(keyboard);
            }
            match call(edit).await {
                Ok(_) => continue,
                // Pressing the same menu button twice: nothing to change.
                Err(RequestError::Api(ApiError::MessageNotModified)) => continue,
                Err(err) => {
                    tracing::debug!(error = %describe(&err), "cannot edit the message: sending a new one")
                }
            }
        }
        let mut send = bot
            .send_message(chat, reply.html.clone())
            .parse_mode(ParseMode::Html)
            .link_preview_options(no_preview());
        if let Some(keyboard) = inline_keyboard(&reply) {
            send = send.reply_markup(keyboard);
        } else if reply.ask_location {
            send = send.reply_markup(location_keyboard(lang));
        }
        call(send).await?;
    }
    Ok(())
}

/// Cards carry several links; a preview of the first one would push the others out of sight.
pub fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

/// The reply's buttons as an inline keyboard; `None` when it has none.
pub fn inline_keyboard(reply: &Reply) -> Option<InlineKeyboardMarkup> {
    let rows: Vec<Vec<InlineKeyboardButton>> = reply
        .buttons
        .iter()
        .map(|row| {
            row.iter()
                .filter_map(|b| match &b.action {
                    Action::Callback(data) => Some(InlineKeyboardButton::callback(
                        b.label.clone(),
                        data.clone(),
                    )),
                    Action::Url(url) => url
                        .parse()
                        .ok()
                        .map(|url| InlineKeyboardButton::url(b.label.clone(), url)),
                })
                .collect::<Vec<_>>()
        })
        .filter(|row| !row.is_empty())
        .collect();
    (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
}

/// A one-tap "send location" keyboard (Telegram only lets reply keyboards ask for a location).
fn location_keyboard(lang: Lang) -> ReplyMarkup {
    let button = KeyboardButton::new(format!("📍 {}", t(lang, "bot-send-location")))
        .request(ButtonRequest::Location);
    ReplyMarkup::Keyboard(
        KeyboardMarkup::new(vec![vec![button]])
            .resize_keyboard()
            .one_time_keyboard(),
    )
}

/// Registers the command menu in every language with a two-letter code, and German as the default.
pub async fn set_commands(bot: &Bot) -> Result<(), RequestError> {
    let commands = |lang: Lang| -> Vec<BotCommand> {
        Command::ALL
            .iter()
            .map(|c| BotCommand::new(c.name(), c.description(lang)))
            .collect()
    };
    for lang in Lang::ALL.into_iter().filter(|l| l.code().len() == 2) {
        call(
            bot.set_my_commands(commands(lang))
                .language_code(lang.code()),
        )
        .await?;
    }
    call(bot.set_my_commands(commands(Lang::De))).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use teloxide::types::Seconds;

    use super::*;
    use crate::dialogue::Button;

    #[test]
    fn network_trouble_and_flood_control_are_retried_three_times_and_api_errors_never() {
        let io = RequestError::Io(Arc::new(std::io::Error::other("x")));
        let delays: Vec<_> = (0..4).map(|i| retry_delay(&io, i)).collect();
        assert_eq!(
            delays,
            [
                Some(Duration::from_millis(500)),
                Some(Duration::from_secs(1)),
                Some(Duration::from_secs(2)),
                None
            ]
        );
        let flood = RequestError::RetryAfter(Seconds::from_seconds(5));
        assert_eq!(retry_delay(&flood, 0), Some(Duration::from_secs(5)));
        let long_flood = RequestError::RetryAfter(Seconds::from_seconds(600));
        assert_eq!(retry_delay(&long_flood, 0), None);
        assert_eq!(
            retry_delay(&RequestError::Api(ApiError::BotBlocked), 0),
            None
        );
    }

    #[test]
    fn unreadable_responses_are_described_without_their_content() {
        let source = serde_json::from_str::<u8>("x").unwrap_err();
        let err = RequestError::InvalidJson {
            source: Arc::new(source),
            raw: "Ich habe Schulden".into(),
        };
        assert!(!describe(&err).contains("Schulden"));
    }

    #[test]
    fn buttons_become_an_inline_keyboard_and_broken_urls_are_dropped() {
        let reply = Reply {
            html: String::new(),
            buttons: vec![
                vec![Button {
                    label: "a".into(),
                    action: Action::Callback("o:a".into()),
                }],
                vec![Button {
                    label: "b".into(),
                    action: Action::Url("not a url".into()),
                }],
            ],
            edit: false,
            ask_location: false,
        };
        let keyboard = inline_keyboard(&reply).expect("one row left");
        assert_eq!(keyboard.inline_keyboard.len(), 1);
    }
}
