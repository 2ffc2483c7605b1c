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
/// Offers farther away than this are not "near" (Wermelskirchen to Cologne is about 25 km).
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
    /// Answers one input in `lang`. Always at least one reply: no input is met with silence.
    pub fn respond(&self, lang: Lang, input: Incoming) -> Response {
        let view = self.view(lang);
        match input {
            Incoming::Command(command) => Response::replies(view.command(command)),
            Incoming::Text(text) => Response::replies(self.text(&view, &text)),
            Incoming::Location { lat, lon } => Response::replies(vec![view.nearby(lat, lon)]),
            Incoming::NonText => Response::replies(vec![view.non_text()]),
            Incoming::Button(data) => self.press(&view, &data),
        }
    }

    /// The cards for an inline query: search results, or the crisis lines for an empty query.
    pub fn inline(&self, lang: Lang, query: &str) -> Vec<Article> {
        let view = self.view(lang);
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
        View {
            catalogue: self.engine.catalogue(),
            base: self.public_url.as_str().trim_end_matches('/').to_owned(),
            now: self.now,
            lang,
        }
    }

    fn text(&self, view: &View<'_>, text: &str) -> Vec<Reply> {
        if text.trim_start().starts_with('/') {
            // An unknown command: the help says which ones exist.
            return view.command(Command::Help);
        }
        let mut replies = Vec::new();
        if text.chars().count() > MAX_QUERY_CHARS {
            replies.push(Reply::text(esc(&t_args(
                view.lang,
                "bot-too-long",
                &[("max", num(MAX_QUERY_CHARS as f64))],
            ))));
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
        replies
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
            Press::More { offset, query } => {
                let limit = (offset + CARDS_PER_PAGE).min(MAX_LIMIT);
                let answer = self
                    .engine
                    .search(&SearchRequest::truncating(&query, view.lang, limit));
                Response::replies(view.results(&answer, offset))
            }
            Press::Lang(lang) => {
                let chosen = View {
                    lang,
                    ..view.clone()
                };
                Response {
                    replies: vec![chosen.language_set().editing()],
                    set_lang: Some(lang),
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
        }
    }
}

/// A button's meaning, encoded into its callback data.
#[derive(Debug, Clone, PartialEq)]
enum Press {
    /// `t`: the booklet's groups.
    Topics,
    /// `L`: the language list.
    Languages,
    /// `g:<group>`: the categories of a group.
    Group(String),
    /// `c:<category>:<offset>`: a page of a category's offers.
    Category { id: String, offset: usize },
    /// `o:<offer>`: an offer's details.
    Offer(String),
    /// `m:<offset>:<query>`: more results of a search.
    More { offset: usize, query: String },
    /// `l:<code>`: choose a language.
    Lang(Lang),
    /// `e`: "I need help now": the crisis lines.
    HelpNow,
}

impl Press {
    /// The callback data; `None` if it would not fit (ids are short, so only a bug gets here).
    fn encode(&self) -> Option<String> {
        let data = match self {
            Press::Topics => "t".to_owned(),
            Press::Languages => "L".to_owned(),
            Press::Group(id) => format!("g:{id}"),
            Press::Category { id, offset } => format!("c:{id}:{offset}"),
            Press::Offer(id) => format!("o:{id}"),
            Press::Lang(lang) => format!("l:{}", lang.code()),
            Press::HelpNow => "e".to_owned(),
            Press::More { offset, query } => {
                let head = format!("m:{offset}:");
                // The query is cut to fit, on a character boundary: "more" then searches for a
                // slightly shorter text, which is better than no button.
                return Some(
                    head.clone() + cut_bytes(query.trim(), CALLBACK_MAX_BYTES - head.len()),
                );
            }
        };
        (data.len() <= CALLBACK_MAX_BYTES).then_some(data)
    }

    /// Reads callback data; anything malformed is `None` (data comes from the client: never trust it).
    fn decode(data: &str) -> Option<Press> {
        if data.len() > CALLBACK_MAX_BYTES {
            return None;
        }
        match data.split_once(':') {
            None if data == "t" => Some(Press::Topics),
            None if data == "L" => Some(Press::Languages),
            None if data == "e" => Some(Press::HelpNow),
            None => None,
            Some(("g", id)) => Some(Press::Group(id.to_owned())),
            Some(("o", id)) => Some(Press::Offer(id.to_owned())),
            Some(("l", code)) => code.parse().ok().map(Press::Lang),
            Some(("c", rest)) => {
                let (id, offset) = rest.rsplit_once(':')?;
                Some(Press::Category {
                    id: id.to_owned(),
                    offset: offset.parse().ok()?,
                })
            }
            Some(("m", rest)) => {
                let (offset, query) = rest.split_once(':')?;
                let offset: usize = offset.parse().ok()?;
                (offset < MAX_LIMIT).then(|| Press::More {
                    offset,
                    query: query.to_owned(),
                })
            }
            Some(_) => None,
        }
    }
}

fn callback(label: String, press: Press) -> Option<Button> {
    press.encode().map(|data| Button {
        label,
        action: Action::Callback(data),
    })
}

/// Renders replies in one language. Needs no index, so the rendering is tested without one.
#[derive(Clone)]
struct View<'a> {
    catalogue: &'a Catalogue,
    /// The public base URL without a trailing slash.
    base: String,
    now: &'a Zoned,
    lang: Lang,
}

impl View<'_> {
    fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }

    fn command(&self, command: Command) -> Vec<Reply> {
        match command {
            Command::Start => vec![Reply::text(esc(&self.t("bot-greeting"))), self.topics()],
            Command::Help => vec![self.help()],
            Command::Categories => vec![self.all_categories()],
            Command::Emergency => vec![self.crisis("emergency-title", "emergency-intro")],
            Command::Language => vec![self.languages()],
        }
    }

    fn help(&self) -> Reply {
        Reply {
            ask_location: true,
            ..Reply::text(esc(&self.t("bot-help")))
        }
    }

    fn non_text(&self) -> Reply {
        Reply {
            ask_location: true,
            ..Reply::text(esc(&self.t("bot-non-text")))
        }
    }

    /// The booklet's groups, plus the language switch.
    fn topics(&self) -> Reply {
        let mut rows: Vec<Vec<Button>> = self
            .catalogue
            .taxonomy
            .groups
            .iter()
            .filter_map(|g| callback(group_label(self.lang, &g.id), Press::Group(g.id.clone())))
            .map(|b| vec![b])
            .collect();
        rows.extend(
            callback(format!("🌐 {}", self.t("lang-switcher")), Press::Languages).map(|b| vec![b]),
        );
        Reply::with_buttons(esc(&self.t("bot-choose-topic")), rows)
    }

    fn group(&self, id: &str) -> Reply {
        if self.catalogue.taxonomy.group(id).is_none() {
            return self.topics();
        }
        let mut rows = self.category_rows(self.catalogue.taxonomy.categories_in(id));
        rows.extend(
            callback(format!("↩ {}", self.t("home-topics")), Press::Topics).map(|b| vec![b]),
        );
        let html = format!(
            "<b>{}</b>\n{}",
            esc(&group_label(self.lang, id)),
            esc(&self.t("bot-choose-topic"))
        );
        Reply::with_buttons(html, rows)
    }

    fn all_categories(&self) -> Reply {
        let rows = self.category_rows(self.catalogue.taxonomy.categories.iter());
        Reply::with_buttons(esc(&self.t("bot-choose-topic")), rows)
    }

    /// One button per category, each on its own row.
    fn category_rows<'c>(
        &self,
        categories: impl Iterator<Item = &'c Category>,
    ) -> Vec<Vec<Button>> {
        categories
            .filter_map(|c| {
                callback(
                    category_label(self.lang, &c.id),
                    Press::Category {
                        id: c.id.clone(),
                        offset: 0,
                    },
                )
            })
            .map(|b| vec![b])
            .collect()
    }

    fn languages(&self) -> Reply {
        let rows = Lang::ALL
            .chunks(3)
            .map(|chunk| {
                chunk
                    .iter()
                    .filter_map(|l| callback(l.native_name().to_owned(), Press::Lang(*l)))
                    .collect()
            })
            .collect();
        Reply::with_buttons(esc(&self.t("bot-choose-language")), rows)
    }

    fn language_set(&self) -> Reply {
        Reply::text(esc(&self.t("bot-language-set")))
    }

    /// The crisis lines with their numbers written out, so that Telegram makes them tappable.
    fn crisis(&self, title_key: &str, text_key: &str) -> Reply {
        let mut html = format!(
            "<b>{}</b>\n{}\n",
            esc(&self.t(title_key)),
            esc(&self.t(text_key))
        );
        for line in self.catalogue.crisis_lines() {
            let numbers: Vec<String> = line.contact.phones.iter().map(phone_text).collect();
            let call = t_args(
                self.lang,
                "crisis-call",
                &[
                    ("name", arg(line.texts(self.lang).name)),
                    ("number", arg(numbers.join(" / "))),
                ],
            );
            html.push_str(&format!("\n☎️ {}", esc(&self.unisolate(&call))));
        }
        Reply::text(html)
    }

    /// The concern answer's first message: the crisis lines, calmly, and "are you safe right now?" with
    /// two buttons: the crisis lines again as the urgent answer, or the results of `query`.
    fn concern(&self, query: &str) -> Reply {
        let mut reply = self.crisis("concern-title", "concern-text");
        reply.html.push_str(&format!(
            "\n\n<b>{}</b>",
            esc(&self.t("bot-concern-question"))
        ));
        let buttons: Vec<Button> = [
            callback(self.t("bot-concern-help-now"), Press::HelpNow),
            callback(
                self.t("bot-concern-offers"),
                Press::More {
                    offset: 0,
                    query: query.to_owned(),
                },
            ),
        ]
        .into_iter()
        .flatten()
        .collect();
        reply.buttons = buttons.into_iter().map(|b| vec![b]).collect();
        reply
    }

    /// Fluent wraps arguments in invisible direction marks. Right-to-left text needs them; in
    /// left-to-right text they only get in the way of Telegram's phone-number detection.
    fn unisolate(&self, text: &str) -> String {
        if self.lang.is_rtl() {
            text.to_owned()
        } else {
            text.replace(['\u{2068}', '\u{2069}'], "")
        }
    }

    /// A search answer from result `offset` on: header, up to three cards, buttons for details and more.
    fn results(&self, answer: &Answer, offset: usize) -> Vec<Reply> {
        if answer.kind == AnswerKind::Empty {
            return vec![
                Reply::text(esc(&self.t("results-empty-query"))),
                self.topics(),
            ];
        }
        let offers: Vec<&Offer> = answer
            .hits
            .iter()
            .skip(offset)
            .take(CARDS_PER_PAGE)
            .filter_map(|h| self.catalogue.offer(&h.offer_id))
            .collect();
        if offers.is_empty() {
            return vec![Reply::text(esc(&self.t("bot-no-more"))), self.topics()];
        }
        let header = match (answer.kind, offset) {
            (AnswerKind::NoMatch, 0) => {
                format!(
                    "{}\n{}",
                    esc(&self.t("results-weak")),
                    esc(&self.t("results-fallback"))
                )
            }
            (_, 0) if answer.reachable_fallback.is_some() => format!(
                "{}\n{}",
                esc(&self.t("bot-results")),
                esc(&self.t("results-unreachable"))
            ),
            _ => esc(&self.t("bot-results")),
        };
        let next = offset + offers.len();
        let more = (answer.total > next && next < MAX_LIMIT).then(|| Press::More {
            offset: next,
            query: answer.query.clone(),
        });
        let mut replies = vec![self.cards(header, &offers, offset, more)];
        if answer.kind == AnswerKind::NoMatch && offset == 0 {
            // A question the directory does not understand still gets a way forward: the topics.
            replies.push(Reply {
                html: esc(&self.t("results-browse")),
                ..self.topics()
            });
        }
        replies
    }

    /// Numbered cards in one message, a details button per card, and an optional "more" button.
    fn cards(&self, header: String, offers: &[&Offer], first: usize, more: Option<Press>) -> Reply {
        let mut html = header;
        let mut rows = Vec::new();
        for (i, offer) in offers.iter().enumerate() {
            let n = first + i + 1;
            html.push_str("\n\n");
            html.push_str(&self.card(offer, Some(n), None));
            let label = format!("ℹ️ {n}. {}", cut(offer.texts(self.lang).name, 40));
            rows.extend(callback(label, Press::Offer(offer.id.clone())).map(|b| vec![b]));
        }
        if let Some(more) = more {
            rows.extend(callback(format!("➕ {}", self.t("bot-more")), more).map(|b| vec![b]));
        }
        Reply::with_buttons(html, rows)
    }

    /// A compact card: name, what it offers, caveat, address, phone, next opening, link.
    fn card(&self, offer: &Offer, number: Option<usize>, km: Option<f64>) -> String {
        let texts = offer.texts(self.lang);
        let mut lines = Vec::new();
        let name = match number {
            Some(n) => format!("<b>{n}. {}</b>", esc(texts.name)),
            None => format!("<b>{}</b>", esc(texts.name)),
        };
        lines.push(match km {
            Some(km) => format!("{name} · {}", esc(&self.distance(km))),
            None => name,
        });
        lines.push(esc(&cut(texts.summary, 200)));
        if !offer.is_active() {
            lines.push(format!(
                "⚠️ {}",
                esc(&self.t(&format!("status-{}", offer.status.id())))
            ));
        }
        if let Some(caveat) = texts.caveat {
            lines.push(format!("⚠️ {}", esc(&cut(caveat, 200))));
        }
        if let Some(address) = &offer.address {
            lines.push(format!("📍 {}", esc(&address.one_line())));
        }
        if let Some(phone) = offer.contact.phones.first() {
            lines.push(format!("📞 {}", esc(&phone_text(phone))));
        }
        if let Some(next) = present::next_opening_text(self.lang, offer, self.now) {
            lines.push(format!("🕒 {}", esc(&self.unisolate(&next))));
        }
        lines.push(format!(
            "🔗 <a href=\"{}\">{}</a>",
            esc(&self.offer_url(offer)),
            esc(&self.t("bot-web"))
        ));
        lines.join("\n")
    }

    fn offer_url(&self, offer: &Offer) -> String {
        format!("{}/{}/offer/{}", self.base, self.lang.code(), offer.id)
    }

    fn distance(&self, km: f64) -> String {
        // "0.0 km" would read as "here"; a street away is as close as straight-line distance can tell.
        let text = format!("{:.1}", km.max(0.1));
        // A decimal comma where the language writes one.
        let text = if matches!(self.lang, Lang::En | Lang::Ar | Lang::Fa) {
            text
        } else {
            text.replace('.', ",")
        };
        self.unisolate(&t_args(self.lang, "bot-distance", &[("km", arg(text))]))
    }

    /// Everything known about an offer.
    fn details(&self, id: &str) -> Reply {
        let Some(offer) = self.catalogue.offer(id) else {
            return self.topics();
        };
        let texts = offer.texts(self.lang);
        let mut html = format!(
            "<b>{}</b>\n<i>{}</i>",
            esc(texts.name),
            esc(&offer.provider)
        );
        if !offer.is_active() {
            html.push_str(&format!(
                "\n⚠️ {}",
                esc(&self.t(&format!("status-{}", offer.status.id())))
            ));
        }
        if let Some(caveat) = texts.caveat {
            html.push_str(&format!(
                "\n⚠️ <b>{}</b>: {}",
                esc(&self.t("offer-caveat")),
                esc(caveat)
            ));
        }
        html.push_str(&format!(
            "\n\n{}\n\n{}",
            esc(texts.summary),
            esc(&cut(texts.description.trim(), DESCRIPTION_CHARS))
        ));
        let mut facts: Vec<String> = Vec::new();
        if let Some(address) = &offer.address {
            let mut line = format!(
                "📍 <b>{}</b>: {}",
                esc(&self.t("offer-address")),
                esc(&address.one_line())
            );
            if let Some(note) = &address.note {
                line.push_str(&format!(" ({})", esc(note)));
            }
            if let Some(map) = present::map_link(Some(address), offer.location.as_ref()) {
                line.push_str(&format!(
                    " · <a href=\"{}\">{}</a>",
                    esc(&map),
                    esc(&self.t("offer-map"))
                ));
            }
            facts.push(line);
        }
        for phone in &offer.contact.phones {
            let label = phone
                .label
                .as_deref()
                .map(|l| format!(" ({})", esc(l)))
                .unwrap_or_default();
            facts.push(format!("📞 {}{label}", esc(&phone_text(phone))));
        }
        if let Some(email) = &offer.contact.email {
            facts.push(format!("✉️ {}", esc(email)));
        }
        if let Some(website) = &offer.contact.website {
            facts.push(format!(
                "🌐 <a href=\"{}\">{}</a>",
                esc(website),
                esc(website)
            ));
        }
        if let Some(hours) = &offer.hours {
            let mut block = format!("🕒 <b>{}</b>", esc(&self.t("offer-hours")));
            for slot in &hours.slots {
                block.push_str(&format!(
                    "\n{}",
                    esc(&self.unisolate(&present::slot_line(self.lang, slot)))
                ));
            }
            if hours.by_appointment {
                block.push_str(&format!("\n{}", esc(&self.t("hours-by-appointment"))));
            }
            if let Some(note) = &hours.note {
                block.push_str(&format!("\n{}", esc(note)));
            }
            if let Some(as_of) = &hours.as_of {
                let text = t_args(
                    self.lang,
                    "hours-as-of",
                    &[("date", arg(present::date(self.lang, as_of)))],
                );
                block.push_str(&format!("\n<i>{}</i>", esc(&self.unisolate(&text))));
            }
            if let Some(next) = present::next_opening_text(self.lang, offer, self.now) {
                block.push_str(&format!("\n{}", esc(&self.unisolate(&next))));
            }
            facts.push(block);
        }
        if let Some(appointment) = offer.appointment {
            facts.push(format!(
                "📅 {}",
                esc(&self.t(&format!("appointment-{}", appointment.id())))
            ));
        }
        if let Some(cost) = texts.cost {
            facts.push(format!(
                "💶 <b>{}</b>: {}",
                esc(&self.t("offer-cost")),
                esc(cost)
            ));
        }
        if !offer.languages.is_empty() {
            facts.push(format!(
                "🗣 <b>{}</b>: {}",
                esc(&self.t("offer-languages")),
                esc(&offer.languages.join(", "))
            ));
        }
        if offer.anonymous == Some(true) {
            facts.push(esc(&self.t("offer-anonymous")));
        }
        if !facts.is_empty() {
            html.push_str("\n\n");
            html.push_str(&facts.join("\n"));
        }
        if texts.review == Some(Review::Draft) {
            html.push_str(&format!("\n\n<i>{}</i>", esc(&self.t("translation-draft"))));
        }
        html.push_str(&format!(
            "\n\n🔗 <a href=\"{}\">{}</a>",
            esc(&self.offer_url(offer)),
            esc(&self.t("bot-web"))
        ));
        let buttons = offer
            .contact
            .website
            .as_deref()
            .filter(|w| is_public_web_url(w))
            .map(|w| {
                vec![vec![Button {
                    label: format!("🌐 {}", self.t("offer-website")),
                    action: Action::Url(w.to_owned()),
                }]]
            })
            .unwrap_or_default();
        Reply::with_buttons(html, buttons)
    }

    /// A page of a category's offers (active ones first).
    fn category(&self, id: &str, offset: usize) -> Reply {
        if self.catalogue.taxonomy.category(id).is_none() {
            return self.topics();
        }
        let all = self.catalogue.offers_in(id);
        let page: Vec<&Offer> = all
            .iter()
            .skip(offset)
            .take(CATEGORY_PAGE)
            .copied()
            .collect();
        if page.is_empty() {
            return Reply::with_buttons(esc(&self.t("bot-no-more")), self.topics().buttons);
        }
        let count = t_args(
            self.lang,
            "category-offers",
            &[("count", num(all.len() as f64))],
        );
        let header = format!(
            "<b>{}</b> · {}",
            esc(&category_label(self.lang, id)),
            esc(&self.unisolate(&count))
        );
        let next = offset + page.len();
        let more = (all.len() > next).then(|| Press::Category {
            id: id.to_owned(),
            offset: next,
        });
        self.cards(header, &page, offset, more)
    }

    /// The nearest offers with known coordinates, with their straight-line distance.
    fn nearby(&self, lat: f64, lon: f64) -> Reply {
        let mut near: Vec<(f64, &Offer)> = Vec::new();
        let mut skipped = 0;
        for offer in self.catalogue.offers.iter().filter(|o| o.is_active()) {
            match offer
                .location
                .as_ref()
                .filter(|l| l.precision != Precision::Town)
            {
                Some(loc) => {
                    let km = present::distance_km(lat, lon, loc.lat, loc.lon);
                    if km <= NEARBY_RADIUS_KM {
                        near.push((km, offer));
                    }
                }
                // Only places count as left out: hotlines and online offers have no place to be near.
                // A town-wide coordinate says nothing about distance, so it counts as unknown.
                None if offer.address.is_some() => skipped += 1,
                None => {}
            }
        }
        near.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
        near.truncate(NEARBY_LIMIT);
        let skipped_note = (skipped > 0).then(|| {
            esc(&self.unisolate(&t_args(
                self.lang,
                "bot-nearby-skipped",
                &[("count", num(skipped as f64))],
            )))
        });
        if near.is_empty() {
            let mut html = esc(&self.t("bot-nearby-none"));
            if let Some(note) = skipped_note {
                html.push_str(&format!("\n\n{note}"));
            }
            return Reply::with_buttons(html, self.topics().buttons);
        }
        let mut html = esc(&self.t("bot-nearby"));
        let mut rows = Vec::new();
        for (i, (km, offer)) in near.iter().enumerate() {
            html.push_str("\n\n");
            html.push_str(&self.card(offer, Some(i + 1), Some(*km)));
            let label = format!("ℹ️ {}. {}", i + 1, cut(offer.texts(self.lang).name, 40));
            rows.extend(callback(label, Press::Offer(offer.id.clone())).map(|b| vec![b]));
        }
        if let Some(note) = skipped_note {
            html.push_str(&format!("\n\n<i>{note}</i>"));
        }
        Reply::with_buttons(html, rows)
    }
}

/// A phone number as Telegram makes it tappable: international (`+49 2196 8824557`) when it is a German
/// number, which also works from a foreign SIM card; short numbers (`112`, `116 117`) as written.
fn phone_text(phone: &Phone) -> String {
    let display = phone.display.trim();
    if let Some(national) = phone.tel.strip_prefix("+49") {
        let digits: String = display.chars().filter(char::is_ascii_digit).collect();
        if digits.strip_prefix('0') == Some(national)
            && let Some(rest) = display.strip_prefix('0')
        {
            return format!("+49 {rest}");
        }
    }
    display.to_owned()
}

/// Only public web addresses make URL buttons: Telegram refuses buttons to `localhost` or bare IPs, and
/// a refused button would lose the whole message.
fn is_public_web_url(url: &str) -> bool {
    let Ok(url) = Url::parse(url) else {
        return false;
    };
    matches!(url.scheme(), "http" | "https")
        && matches!(url.host(), Some(url::Host::Domain(d)) if d.contains('.') && !d.ends_with(".localhost"))
}

/// Escapes text for Telegram's HTML.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// At most `max` characters, with "…" when cut (at a word boundary if one is near).
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let head: String = text.chars().take(max.saturating_sub(1)).collect();
    let head = match head.rfind(char::is_whitespace) {
        Some(i) if i > head.len() / 2 => &head[..i],
        _ => head.as_str(),
    };
    format!("{}…", head.trim_end())
}

/// At most `max` bytes, cut on a character boundary.
fn cut_bytes(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Renders a reply for a terminal: the text without markup (links as `label <url>`) and the buttons as
/// numbered choices starting at `first`.
pub fn to_plain(reply: &Reply, first: usize) -> String {
    let mut out = html_to_plain(&reply.html);
    let mut n = first;
    for row in &reply.buttons {
        for button in row {
            out.push_str(&format!("\n  [{n}] {}", button.label));
            if let Action::Url(url) = &button.action {
                out.push_str(&format!(" <{url}>"));
            }
            n += 1;
        }
    }
    if reply.ask_location {
        out.push_str("\n  (/location LAT LON)");
    }
    out
}

/// Strips Telegram's HTML subset: tags go, `<a href="u">label</a>` becomes `label <u>`, entities are decoded.
pub fn html_to_plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    // The open link's target and where its label starts in `out`.
    let mut href: Option<(String, usize)> = None;
    while let Some(start) = rest.find('<') {
        out.push_str(&unescape(&rest[..start]));
        let Some(end) = rest[start..].find('>') else {
            out.push_str(&unescape(&rest[start..]));
            rest = "";
            break;
        };
        let tag = &rest[start + 1..start + end];
        if let Some(attrs) = tag.strip_prefix("a ") {
            href = attrs
                .split_once("href=\"")
                .and_then(|(_, v)| v.split_once('"'))
                .map(|(v, _)| (unescape(v), out.len()));
        } else if tag == "/a" {
            // A link that shows its own address needs it only once.
            if let Some((url, _)) = href.take().filter(|(url, label)| out[*label..] != **url) {
                out.push_str(&format!(" <{url}>"));
            }
        }
        rest = &rest[start + end + 1..];
    }
    out.push_str(&unescape(rest));
    out
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::content::{Address, Contact, Location, Status, Taxonomy, Verification};

    fn offer(id: &str, name: &str) -> Offer {
        Offer {
            id: id.to_owned(),
            name: name.to_owned(),
            provider: "Träger <e.V.>".to_owned(),
            categories: vec!["debt-counselling".to_owned()],
            audience: Vec::new(),
            status: Status::Active,
            summary: "Hilfe bei Schulden & Mahnungen.".to_owned(),
            description: "Beratung.".to_owned(),
            caveat: None,
            cost: None,
            languages: Vec::new(),
            accessibility: None,
            appointment: None,
            anonymous: None,
            crisis_line: false,
            address: Some(Address {
                street: Some("Telegrafenstraße 29".to_owned()),
                postcode: Some("42929".to_owned()),
                city: "Wermelskirchen".to_owned(),
                district: None,
                note: None,
            }),
            location: None,
            contact: Contact {
                email: None,
                website: None,
                phones: vec![Phone {
                    display: "02196 8824557".to_owned(),
                    tel: "+4921968824557".to_owned(),
                    label: None,
                }],
            },
            hours: None,
            verification: Verification {
                checked: "2026-11-21".to_owned(),
                confirmed_by_provider: false,
                sources: Vec::new(),
            },
            translations: BTreeMap::new(),
        }
    }

    fn hotline(id: &str, name: &str, number: &str) -> Offer {
        Offer {
            crisis_line: true,
            categories: vec!["crisis-hotline".to_owned()],
            address: None,
            contact: Contact {
                email: None,
                website: None,
                phones: vec![Phone {
                    display: number.to_owned(),
                    tel: number.replace(' ', ""),
                    label: None,
                }],
            },
            ..offer(id, name)
        }
    }

    fn catalogue(mut offers: Vec<Offer>) -> Catalogue {
        offers.sort_by(|a, b| a.id.cmp(&b.id));
        Catalogue {
            taxonomy: Taxonomy::default(),
            offers,
            thesaurus: Default::default(),
            examples: Vec::new(),
        }
    }

    fn view<'a>(catalogue: &'a Catalogue, now: &'a Zoned, lang: Lang) -> View<'a> {
        View {
            catalogue,
            base: "https://lotse.example".to_owned(),
            now,
            lang,
        }
    }

    #[test]
    fn commands_are_read_with_bot_names_case_and_payloads() {
        assert_eq!(Command::parse("/start"), Some(Command::Start));
        assert_eq!(Command::parse("/Start@lotse_bot"), Some(Command::Start));
        assert_eq!(Command::parse("/start deep-link"), Some(Command::Start));
        assert_eq!(Command::parse("  /emergency"), Some(Command::Emergency));
        assert_eq!(Command::parse("/unknown"), None);
        assert_eq!(Command::parse("start"), None);
        assert_eq!(Command::parse("/"), None);
    }

    #[test]
    fn callback_data_round_trips_and_fits_in_64_bytes() {
        for press in [
            Press::Topics,
            Press::Languages,
            Press::Group("food".into()),
            Press::Category {
                id: "debt-counselling".into(),
                offset: 5,
            },
            Press::Offer("de-hilfetelefon-sexueller-missbrauch".into()),
            Press::Lang(Lang::DeLeicht),
            Press::HelpNow,
            Press::More {
                offset: 3,
                query: "Schulden".into(),
            },
        ] {
            let data = press.encode().expect("fits");
            assert!(data.len() <= CALLBACK_MAX_BYTES, "{data}");
            assert_eq!(Press::decode(&data), Some(press));
        }
    }

    #[test]
    fn a_long_query_is_cut_on_a_character_boundary_to_fit_a_button() {
        let query = "безкоштовна їжа для родини з дітьми у Вермельскірхені будь ласка";
        let data = Press::More {
            offset: 3,
            query: query.into(),
        }
        .encode()
        .unwrap();
        assert!(data.len() <= CALLBACK_MAX_BYTES);
        let Some(Press::More {
            offset: 3,
            query: cut,
        }) = Press::decode(&data)
        else {
            panic!("{data}")
        };
        assert!(query.starts_with(&cut) && !cut.is_empty());
    }

    #[test]
    fn malformed_callback_data_is_refused() {
        for data in [
            "",
            "x",
            "m:abc:q",
            "m:999:q",
            "c:food",
            "l:xx",
            "z:1",
            &"o:".repeat(40),
        ] {
            assert_eq!(Press::decode(data), None, "{data}");
        }
    }

    #[test]
    fn a_card_escapes_content_and_links_to_the_offer_page_in_the_readers_language() {
        let cat = catalogue(vec![offer(
            "wk-schuldnerberatung-awo",
            "Schuldner<beratung> & Co",
        )]);
        let now = present::now();
        let card = view(&cat, &now, Lang::Uk).card(&cat.offers[0], Some(2), None);
        assert!(
            card.starts_with("<b>2. Schuldner&lt;beratung&gt; &amp; Co</b>"),
            "{card}"
        );
        assert!(card.contains("Schulden &amp; Mahnungen"), "{card}");
        assert!(
            card.contains("📍 Telegrafenstraße 29, 42929 Wermelskirchen"),
            "{card}"
        );
        assert!(card.contains("📞 +49 2196 8824557"), "{card}");
        assert!(
            card.contains("href=\"https://lotse.example/uk/offer/wk-schuldnerberatung-awo\""),
            "{card}"
        );
    }

    #[test]
    fn german_numbers_are_written_internationally_and_short_numbers_as_they_are() {
        let p = |display: &str, tel: &str| Phone {
            display: display.into(),
            tel: tel.into(),
            label: None,
        };
        assert_eq!(
            phone_text(&p("0800 111 0 111", "+498001110111")),
            "+49 800 111 0 111"
        );
        assert_eq!(phone_text(&p("112", "112")), "112");
        assert_eq!(phone_text(&p("+49 30 123", "+4930123")), "+49 30 123");
    }

    #[test]
    fn the_crisis_reply_lists_every_line_with_its_number() {
        let cat = catalogue(vec![
            hotline("de-telefonseelsorge", "TelefonSeelsorge", "0800 111 0 111"),
            hotline("de-notruf-112", "Notruf", "112"),
            offer("wk-tafel", "Tafel"),
        ]);
        let now = present::now();
        let reply = view(&cat, &now, Lang::De).crisis("crisis-title", "crisis-text");
        assert!(
            reply
                .html
                .starts_with(&format!("<b>{}</b>", esc(&t(Lang::De, "crisis-title"))))
        );
        let notruf = reply.html.find("Notruf: 112").expect("112 listed");
        let seelsorge = reply
            .html
            .find("TelefonSeelsorge: 0800 111 0 111")
            .expect("Seelsorge listed");
        assert!(
            notruf < seelsorge,
            "the shortest numbers come first: {}",
            reply.html
        );
        assert!(!reply.html.contains("Tafel"));
    }

    #[test]
    fn a_shared_location_lists_near_offers_by_distance_and_counts_places_without_coordinates() {
        let at = |id: &str, lat: f64, lon: f64| Offer {
            location: Some(Location {
                lat,
                lon,
                precision: Precision::Building,
                source: "test".into(),
            }),
            ..offer(id, id)
        };
        let cat = catalogue(vec![
            at("far", 51.20, 7.30),
            at("near", 51.145, 7.2156),
            at("cologne-is-too-far", 50.94, 6.96),
            offer("no-coordinates", "x"),
            hotline("hotline", "Hotline", "116 117"),
        ]);
        let now = present::now();
        let reply = view(&cat, &now, Lang::De).nearby(51.1411, 7.2156);
        let near = reply.html.find("<b>1. near</b>").expect("nearest first");
        let far = reply.html.find("<b>2. far</b>").expect("second");
        assert!(near < far);
        assert!(!reply.html.contains("cologne"));
        assert!(reply.html.contains("near</b> · 0,4 km"), "{}", reply.html);
        let skipped = t_args(Lang::De, "bot-nearby-skipped", &[("count", num(1))])
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(reply.html.contains(&esc(&skipped)), "{}", reply.html);
        assert_eq!(reply.buttons.len(), 2);

        let nothing = view(&cat, &now, Lang::En).nearby(-33.9, 18.4);
        assert!(
            nothing
                .html
                .starts_with(&esc(&t(Lang::En, "bot-nearby-none"))),
            "{}",
            nothing.html
        );
    }

    #[test]
    fn the_language_list_shows_each_language_in_its_own_name() {
        let cat = catalogue(Vec::new());
        let now = present::now();
        let reply = view(&cat, &now, Lang::De).languages();
        let labels: Vec<&str> = reply
            .buttons
            .iter()
            .flatten()
            .map(|b| b.label.as_str())
            .collect();
        assert_eq!(labels.len(), 9);
        assert!(labels.contains(&"Українська") && labels.contains(&"فارسی"));
    }

    #[test]
    fn plain_text_keeps_links_and_numbers_the_buttons() {
        let reply = Reply {
            html: "<b>A &amp; B</b>\n🔗 <a href=\"https://x.example/de/offer/a?b=1&amp;c=2\">Webseite</a>".into(),
            buttons: vec![
                vec![Button { label: "Details".into(), action: Action::Callback("o:a".into()) }],
                vec![Button { label: "Web".into(), action: Action::Url("https://x.example".into()) }],
            ],
            edit: false,
            ask_location: false,
        };
        assert_eq!(
            html_to_plain("<a href=\"https://x.example\">https://x.example</a>"),
            "https://x.example"
        );
        let plain = to_plain(&reply, 3);
        assert_eq!(
            plain,
            "A & B\n🔗 Webseite <https://x.example/de/offer/a?b=1&c=2>\n  [3] Details\n  [4] Web <https://x.example>"
        );
    }

    #[test]
    fn url_buttons_only_point_to_public_web_sites() {
        assert!(is_public_web_url("https://www.telefonseelsorge.de"));
        assert!(is_public_web_url("http://wermelskirchener-tafel.de/"));
        assert!(!is_public_web_url("http://127.0.0.1:8080/de/offer/x"));
        assert!(!is_public_web_url("http://localhost:8080/"));
        assert!(!is_public_web_url("mailto:a@b.de"));
    }

    #[test]
    fn cutting_text_respects_characters_and_words() {
        assert_eq!(cut("kurz", 10), "kurz");
        assert_eq!(cut("eins zwei drei vier", 12), "eins zwei…");
        assert_eq!(cut_bytes("їжа", 3), "ї");
    }
}
