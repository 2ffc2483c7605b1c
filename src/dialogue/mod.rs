//! The conversation, independent of any messenger: what Lotse answers to a message, a button press or a
//! shared location. The Telegram bot ([`crate::bot`]) and the terminal chat ([`crate::chat`]) both run
//! this; neither adds words of its own.
//!
//! Input is an [`Incoming`] plus the reader's language; output is a list of [`Reply`]s. A reply is a text
//! in the HTML subset Telegram understands (`<b>`, `<i>`, `<a href>`; every piece of content escaped) and
//! rows of [`Button`]s. [`to_plain`] renders a reply for a terminal.
//!
//! Nothing is remembered here. Buttons carry everything they need in their callback data (at most
//! [`CALLBACK_MAX_BYTES`]): `o:<offer>`, `c:<category>:<offset>`, `m:<offset>:<query>` … so no query has
//! to be kept on the server. The only thing a front end keeps per chat is the language choice
//! ([`Response::set_lang`]).

use jiff::Zoned;
use url::Url;

use crate::content::{Catalogue, Category, Offer, Phone, Precision, Review};
use crate::i18n::{arg, category_label, group_label, num, t, t_args};
use crate::lang::Lang;
use crate::present;
use crate::search::engine::AnswerKind;
use crate::search::{Answer, CrisisLevel, Engine, MAX_LIMIT, MAX_QUERY_CHARS, SearchRequest};

/// Telegram's limit for a button's callback data, in bytes.
pub const CALLBACK_MAX_BYTES: usize = 64;
/// How many offers one search asks the engine for.
pub const SEARCH_LIMIT: usize = 10;
/// How many offer cards one answer shows.
pub const CARDS_PER_PAGE: usize = 3;
/// How many offers a category page shows.
const CATEGORY_PAGE: usize = 5;
/// How many offers a shared location lists.
const NEARBY_LIMIT: usize = 5;
/// Offers farther away than this are not "near" (about the distance across a district of NRW).
pub const NEARBY_RADIUS_KM: f64 = 25.0;
/// Long offer descriptions are cut so that a details message stays well under Telegram's 4096 characters.
const DESCRIPTION_CHARS: usize = 1200;

/// The commands of the conversation (the command menu of the bot).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Greeting, how to ask, and the booklet's topics.
    Start,
    /// How Lotse works.
    Help,
    /// All categories as buttons.
    Categories,
    /// The crisis lines.
    Emergency,
    /// Choose the language.
    Language,
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 5] = [
        Command::Start,
        Command::Help,
        Command::Categories,
        Command::Emergency,
        Command::Language,
    ];

    /// The command's name without the slash (lower case, as Telegram requires).
    pub fn name(self) -> &'static str {
        match self {
            Command::Start => "start",
            Command::Help => "help",
            Command::Categories => "categories",
            Command::Emergency => "emergency",
            Command::Language => "language",
        }
    }

    /// The command's description for the menu, in `lang`.
    pub fn description(self, lang: Lang) -> String {
        t(lang, &format!("bot-cmd-{}", self.name()))
    }

    /// Reads `/start`, `/Start@lotse_bot` or `/start some-payload`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Command> {
        let word = text
            .trim_start()
            .strip_prefix('/')?
            .split_whitespace()
            .next()?;
        // In groups Telegram appends the bot's name; this bot only ever sees commands meant for it.
        let name = word.split('@').next()?.to_lowercase();
        Command::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// What a reader did.
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    /// A command from the menu.
    Command(Command),
    /// Free text: a search (or an unknown `/command`, which gets the help).
    Text(String),
    /// A shared location.
    Location {
        /// Latitude in degrees.
        lat: f64,
        /// Longitude in degrees.
        lon: f64,
    },
    /// A button was pressed; its callback data.
    Button(String),
    /// A photo, sticker, voice message or anything else that is not text.
    NonText,
}

/// One message to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// Telegram's HTML subset; all content is escaped.
    pub html: String,
    /// Rows of buttons under the message.
    pub buttons: Vec<Vec<Button>>,
    /// Replace the message whose button was pressed instead of sending a new one (menus).
    pub edit: bool,
    /// Offer a "send location" button (a reply keyboard in Telegram).
    pub ask_location: bool,
}

impl Reply {
    fn text(html: String) -> Reply {
        Reply {
            html,
            buttons: Vec::new(),
            edit: false,
            ask_location: false,
        }
    }

    fn with_buttons(html: String, buttons: Vec<Vec<Button>>) -> Reply {
        Reply {
            html,
            buttons,
            edit: false,
            ask_location: false,
        }
    }

    fn editing(self) -> Reply {
        Reply { edit: true, ..self }
    }
}

/// A button under a message.
#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    /// What the button says.
    pub label: String,
    /// What pressing it does.
    pub action: Action,
}

/// What a button does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Comes back as [`Incoming::Button`] with this data (at most [`CALLBACK_MAX_BYTES`]).
    Callback(String),
    /// Opens a web page.
    Url(String),
}

/// The answer to one input.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Response {
    /// The messages to send, in order (never empty).
    pub replies: Vec<Reply>,
    /// The reader chose this language: remember it for the chat.
    pub set_lang: Option<Lang>,
    /// A question was searched: what it asked for, for the anonymous needs report (never its words).
    pub need: Option<crate::search::Need>,
}

/// An offer as a card to share from inline mode (`@bot Schulden` in any chat).
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// A stable id (the offer's id; at most 64 bytes).
    pub id: String,
    /// The title in the result list.
    pub title: String,
    /// The line under the title.
    pub description: String,
    /// The message that is sent when the article is chosen.
    pub html: String,
}

/// What a conversation needs to answer: the engine, where the web pages are, and the time.
pub struct Context<'a> {
    /// The engine to search with.
    pub engine: &'a Engine,
    /// The public base URL of the web pages (offer links point there).
    pub public_url: &'a Url,
    /// Now, in Berlin (for "next opening").
    pub now: &'a Zoned,
}

impl Context<'_> {
    /// Answers one input in `lang` (the site's default language if the site does not offer it).
    /// Always at least one reply: no input is met with silence.
    pub fn respond(&self, lang: Lang, input: Incoming) -> Response {
        let view = self.view(lang);
        match input {
            Incoming::Command(command) => Response::replies(view.command(command)),
            Incoming::Text(text) => self.text(&view, &text),
            Incoming::Location { lat, lon } => Response::replies(vec![view.nearby(lat, lon)]),
            Incoming::NonText => Response::replies(vec![view.non_text()]),
            Incoming::Button(data) => self.press(&view, &data),
        }
    }

    /// The cards for an inline query: search results, or the crisis lines for an empty query.
    pub fn inline(&self, lang: Lang, query: &str) -> Vec<Article> {
        let view = self.view(lang);
        let lang = view.lang;
        let catalogue = view.catalogue;
        let offers: Vec<&Offer> = if query.trim().is_empty() {
            catalogue.crisis_lines()
        } else {
            let answer = self
                .engine
                .search(&SearchRequest::truncating(query, lang, SEARCH_LIMIT));
            answer
                .hits
                .iter()
                .filter_map(|h| catalogue.offer(&h.offer_id))
                .collect()
        };
        offers
            .into_iter()
            .filter(|o| o.id.len() <= 64)
            .map(|o| {
                let texts = o.texts(lang);
                Article {
                    id: o.id.clone(),
                    title: texts.name.to_owned(),
                    description: cut(texts.summary, 120),
                    html: view.card(o, None, None),
                }
            })
            .collect()
    }

    fn view(&self, lang: Lang) -> View<'_> {
        let catalogue = self.engine.catalogue();
        View {
            catalogue,
            base: self.public_url.as_str().trim_end_matches('/').to_owned(),
            now: self.now,
            lang: catalogue.site.language_or_default(lang),
        }
    }

    fn text(&self, view: &View<'_>, text: &str) -> Response {
        if text.trim_start().starts_with('/') {
            // An unknown command: the help says which ones exist.
            return Response::replies(view.command(Command::Help));
        }
        let mut replies = Vec::new();
        if text.chars().count() > MAX_QUERY_CHARS {
            replies.push(Reply::text(esc(&t_args(
                view.lang,
                "bot-too-long",
                &[("max", num(MAX_QUERY_CHARS as f64))],
            ))));
        }
        // "Tafel offen heute": the hours asked for in words filter the rest, as on the web.
        if let Some((open, rest)) = present::filter::open_words(self.engine.catalogue(), text) {
            let answer = self
                .engine
                .search(&SearchRequest::truncating(&rest, view.lang, MAX_LIMIT));
            // A crisis is never filtered away: the level decides first, as below.
            if answer.crisis_level == CrisisLevel::None {
                let filter = match open {
                    present::filter::Open::Now => QuickFilter::OpenNow,
                    present::filter::Open::Today => QuickFilter::OpenToday,
                };
                if view.filter_keeps_any(&answer, filter) {
                    replies.push(view.filtered(&answer, filter));
                } else {
                    // No open door can be promised: say so, and show what fits, never a dead end.
                    replies.push(view.filter_left_nothing(filter));
                    replies.extend(view.results(&answer, 0));
                }
                return Response {
                    replies,
                    set_lang: None,
                    need: Some(answer.need()),
                };
            }
        }
        let request = SearchRequest::truncating(text, view.lang, SEARCH_LIMIT);
        let answer = self.engine.search(&request);
        match answer.crisis_level {
            // Someone in danger reads the numbers first, before any result.
            CrisisLevel::Acute => replies.push(view.crisis("crisis-title", "crisis-text")),
            // Signs of distress: the numbers first, then the question whether the person is safe; the
            // results follow at once.
            CrisisLevel::Concern => replies.push(view.concern(request.text())),
            CrisisLevel::None => {}
        }
        replies.extend(view.results(&answer, 0));
        Response {
            replies,
            set_lang: None,
            need: Some(answer.need()),
        }
    }

    fn press(&self, view: &View<'_>, data: &str) -> Response {
        let Some(press) = Press::decode(data) else {
            // Stale or foreign data: show the way forward instead of nothing.
            return Response::replies(vec![view.help(), view.topics()]);
        };
        match press {
            Press::Topics => Response::replies(vec![view.topics().editing()]),
            Press::HelpNow => Response::replies(vec![view.crisis("crisis-title", "crisis-text")]),
            Press::Languages => Response::replies(vec![view.languages().editing()]),
            Press::Group(id) => Response::replies(vec![view.group(&id).editing()]),
            Press::Category { id, offset } => Response::replies(vec![view.category(&id, offset)]),
            Press::Offer(id) => Response::replies(vec![view.details(&id)]),
            Press::Report(id) => Response::replies(vec![view.report_how(&id)]),
            Press::More { offset, query } => {
                let limit = (offset + CARDS_PER_PAGE).min(MAX_LIMIT);
                let answer = self
                    .engine
                    .search(&SearchRequest::truncating(&query, view.lang, limit));
                Response::replies(view.results(&answer, offset))
            }
            Press::Filtered { filter, query } => {
                let answer = self
                    .engine
                    .search(&SearchRequest::truncating(&query, view.lang, MAX_LIMIT));
                Response::replies(vec![view.filtered(&answer, filter)])
            }
            // A language the site does not offer (an old button): the choice of those it does.
            Press::Lang(lang) if !view.catalogue.site.offers(lang) => {
                Response::replies(vec![view.languages()])
            }
            Press::Lang(lang) => {
                let chosen = View {
                    lang,
                    ..view.clone()
                };
                Response {
                    replies: vec![chosen.language_set().editing()],
                    set_lang: Some(lang),
                    need: None,
                }
            }
        }
    }
}

impl Response {
    fn replies(replies: Vec<Reply>) -> Response {
        Response {
            replies,
            set_lang: None,
            need: None,
        }
    }
}

mod callback;
mod format;
#[cfg(test)]
mod tests;
mod view;

use callback::{Press, QuickFilter, callback};
use format::{cut, cut_bytes, is_public_web_url, phone_text};
pub use format::{esc, html_to_plain, to_plain};
use view::View;
