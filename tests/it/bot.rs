//! The Telegram bot against a stand-in Bot API server on loopback, over real HTTP: long polling, the
//! webhook on the web server (with its secret), and the server's log output.
//!
//! Nothing here waits a fixed time: every test waits for the request it expects, with a deadline.

use std::path::Path;
use std::sync::atomic::{AtomicI64, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path as UrlPath, State};
use axum::http::HeaderMap;
use axum::routing::post;
use lotse::bot::{self, Mode, Settings};
use lotse::config::{Paths, ServeConfig, TelegramConfig};
use lotse::dialogue::esc;
use lotse::i18n::t;
use lotse::lang::Lang;
use lotse::service::Live;
use serde_json::{Value, json};
use tokio::sync::Notify;
use tokio::time::Instant;

/// Looks like a real token (digits, colon, 35 characters), so that a leak would be recognisable.
const TOKEN: &str = "7345123:AAFakeTokenForTestsOnly-_abcdefghijk";
/// How long a test waits for an expected request before it fails.
const DEADLINE: Duration = Duration::from_secs(30);
const PUBLIC_URL: &str = "https://lotse.example";

// ---------------------------------------------------------------------------------------------------
// The stand-in Bot API server
// ---------------------------------------------------------------------------------------------------

/// One recorded Bot API call.
#[derive(Debug, Clone)]
struct Call {
    /// The method, lower case (teloxide writes `SendMessage`).
    method: String,
    /// The JSON body, or `{"raw": …}` for multipart bodies (setWebhook).
    body: Value,
}

impl Call {
    fn chat(&self) -> Option<i64> {
        self.body["chat_id"].as_i64()
    }

    fn text(&self) -> &str {
        self.body["text"].as_str().unwrap_or_default()
    }
}

#[derive(Default)]
struct Api {
    /// Every update ever queued; getUpdates serves those at or above the offset.
    updates: Mutex<Vec<Value>>,
    queued: Notify,
    calls: Mutex<Vec<Call>>,
    recorded: Notify,
    message_ids: AtomicI64,
    /// getMe fails this many times before it works (to exercise retries).
    get_me_failures: AtomicU32,
}

struct FakeTelegram {
    api: Arc<Api>,
    url: url::Url,
}

impl FakeTelegram {
    async fn start() -> FakeTelegram {
        let api = Arc::new(Api::default());
        let app = axum::Router::new()
            .route("/{bot}/{method}", post(bot_api))
            .with_state(Arc::clone(&api));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let url = format!("http://{}", listener.local_addr().unwrap())
            .parse()
            .unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        FakeTelegram { api, url }
    }

    fn push(&self, update: Value) {
        self.api.updates.lock().unwrap().push(update);
        self.api.queued.notify_waiters();
    }

    fn calls(&self, method: &str) -> Vec<Call> {
        self.api
            .calls
            .lock()
            .unwrap()
            .iter()
            .filter(|c| c.method == method)
            .cloned()
            .collect()
    }

    /// The messages sent to a chat, in order.
    fn sent_to(&self, chat: i64) -> Vec<String> {
        self.calls("sendmessage")
            .iter()
            .filter(|c| c.chat() == Some(chat))
            .map(|c| c.text().to_owned())
            .collect()
    }

    /// Waits until a call matching `pred` was recorded.
    async fn wait_for(&self, what: &str, pred: impl Fn(&Call) -> bool) -> Call {
        let deadline = Instant::now() + DEADLINE;
        loop {
            // Registered before looking, so a call recorded in between still wakes us.
            let recorded = self.api.recorded.notified();
            if let Some(call) = self
                .api
                .calls
                .lock()
                .unwrap()
                .iter()
                .find(|c| pred(c))
                .cloned()
            {
                return call;
            }
            if tokio::time::timeout_at(deadline, recorded).await.is_err() {
                let seen: Vec<String> = self
                    .api
                    .calls
                    .lock()
                    .unwrap()
                    .iter()
                    .map(|c| format!("{} {}", c.method, c.body))
                    .collect();
                panic!("no {what} within {DEADLINE:?}; calls: {seen:#?}");
            }
        }
    }

    /// Waits for a message to `chat` that contains `needle`.
    async fn wait_for_message(&self, chat: i64, needle: &str) -> Call {
        self.wait_for(&format!("message to {chat} containing {needle:?}"), |c| {
            c.method == "sendmessage" && c.chat() == Some(chat) && c.text().contains(needle)
        })
        .await
    }
}

async fn bot_api(
    State(api): State<Arc<Api>>,
    UrlPath((bot, method)): UrlPath<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Json<Value> {
    if bot != format!("bot{TOKEN}") {
        return Json(json!({"ok": false, "error_code": 401, "description": "Unauthorized"}));
    }
    let method = method.to_lowercase();
    let is_json = headers
        .get("content-type")
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let body: Value = if is_json {
        serde_json::from_slice(&body).unwrap_or(Value::Null)
    } else {
        json!({ "raw": String::from_utf8_lossy(&body) })
    };
    let result = match method.as_str() {
        "getme" => {
            if api
                .get_me_failures
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                .is_ok()
            {
                return Json(json!({"ok": false, "error_code": 502, "description": "Bad Gateway"}));
            }
            json!({"id": 7345123, "is_bot": true, "first_name": "Lotse", "username": "lotse_test_bot",
                   "can_join_groups": true, "can_read_all_group_messages": false,
                   "supports_inline_queries": true, "has_main_web_app": false})
        }
        "getupdates" => {
            return Json(json!({"ok": true, "result": updates_from(&api, &body).await}));
        }
        "getwebhookinfo" => {
            json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0})
        }
        "sendmessage" | "editmessagetext" => json!({
            "message_id": body["message_id"].as_i64().unwrap_or_else(|| api.message_ids.fetch_add(1, Ordering::SeqCst) + 1000),
            "date": 1_700_000_000,
            "chat": {"id": body["chat_id"], "type": "private", "first_name": "Test"},
            "text": body["text"],
        }),
        _ => json!(true),
    };
    api.calls.lock().unwrap().push(Call { method, body });
    api.recorded.notify_waiters();
    Json(json!({"ok": true, "result": result}))
}

/// Queued updates at or above the offset; when there are none, waits a little for some (long-poll-ish).
async fn updates_from(api: &Api, body: &Value) -> Vec<Value> {
    let offset = body["offset"].as_i64().unwrap_or(0);
    let until = Instant::now() + Duration::from_millis(300);
    loop {
        let queued = api.queued.notified();
        let ready: Vec<Value> = api
            .updates
            .lock()
            .unwrap()
            .iter()
            .filter(|u| u["update_id"].as_i64().unwrap_or(0) >= offset)
            .cloned()
            .collect();
        if !ready.is_empty() || tokio::time::timeout_at(until, queued).await.is_err() {
            return ready;
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Updates as Telegram sends them
// ---------------------------------------------------------------------------------------------------

fn user(id: i64, lang: &str) -> Value {
    json!({"id": id, "is_bot": false, "first_name": "Test", "language_code": lang})
}

fn chat(id: i64) -> Value {
    json!({"id": id, "type": "private", "first_name": "Test"})
}

fn message(update_id: i64, chat_id: i64, lang: &str, content: Value) -> Value {
    let mut msg = json!({"message_id": update_id, "date": 1_700_000_000, "chat": chat(chat_id), "from": user(chat_id, lang)});
    for (k, v) in content.as_object().expect("an object") {
        msg[k] = v.clone();
    }
    json!({"update_id": update_id, "message": msg})
}

fn text(update_id: i64, chat_id: i64, lang: &str, text: &str) -> Value {
    message(update_id, chat_id, lang, json!({"text": text}))
}

fn location(update_id: i64, chat_id: i64, lat: f64, lon: f64) -> Value {
    message(
        update_id,
        chat_id,
        "de",
        json!({"location": {"latitude": lat, "longitude": lon}}),
    )
}

fn sticker(update_id: i64, chat_id: i64) -> Value {
    let sticker = json!({"file_id": "CAAC", "file_unique_id": "AgAD", "type": "regular", "width": 512,
                         "height": 512, "is_animated": false, "is_video": false});
    message(update_id, chat_id, "en", json!({ "sticker": sticker }))
}

fn button(update_id: i64, chat_id: i64, lang: &str, data: &str) -> Value {
    json!({"update_id": update_id, "callback_query": {
        "id": format!("cb{update_id}"), "from": user(chat_id, lang), "chat_instance": "ci", "data": data,
        "message": {"message_id": 99, "date": 1_700_000_000, "chat": chat(chat_id), "text": "…"}}})
}

fn inline(update_id: i64, user_id: i64, lang: &str, query: &str) -> Value {
    json!({"update_id": update_id, "inline_query": {
        "id": format!("iq{update_id}"), "from": user(user_id, lang), "query": query, "offset": ""}})
}

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

/// The bundled content (the shared index of this test run).
fn live() -> (&'static Path, Arc<Live>) {
    let dir = crate::bundled_index();
    let live = Live::start(Path::new("content"), dir).expect("the index opens");
    (dir, Arc::new(live))
}

/// The ids of the offers a message links to, in order.
fn linked_offers(text: &str) -> Vec<String> {
    text.split("/offer/")
        .skip(1)
        .map(|rest| rest.chars().take_while(|c| *c != '"').collect())
        .collect()
}

fn categories_of(live: &Live, offer: &str) -> Vec<String> {
    live.engine()
        .catalogue()
        .offer(offer)
        .map(|o| o.categories.clone())
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polling_answers_commands_searches_locations_stickers_crises_buttons_and_inline_queries() {
    let (_dir, live) = live();
    let telegram = FakeTelegram::start().await;
    let settings = Settings {
        token: TOKEN.into(),
        api_url: Some(telegram.url.clone()),
        public_url: PUBLIC_URL.parse().unwrap(),
        mode: Mode::Polling,
        poll_timeout: Duration::from_secs(1),
    };
    let started = bot::start(settings, Arc::clone(&live), None);
    assert!(started.webhook.is_none(), "polling needs no route");

    telegram.push(text(1, 101, "de", "/start"));
    telegram.push(text(2, 102, "de", "Ich habe Schulden"));
    telegram.push(text(3, 103, "en", "where is the food bank"));
    telegram.push(text(4, 104, "uk", "безкоштовна їжа"));
    telegram.push(location(5, 105, 51.14, 7.21));
    telegram.push(sticker(6, 106));
    telegram.push(text(7, 107, "de", "Ich will nicht mehr leben"));
    telegram.push(button(8, 108, "de", "o:wk-tafel"));
    telegram.push(inline(9, 109, "de", "Schulden"));
    telegram.push(button(10, 110, "de", "l:uk"));
    telegram.push(text(11, 110, "de", "/help"));
    telegram.push(text(
        12,
        112,
        "en",
        "I can't take it anymore with my landlord",
    ));
    telegram.push(button(13, 113, "en", "e"));
    // One chat sending more than the limit allows in a minute.
    for i in 0..=bot::MESSAGES_PER_MINUTE as i64 {
        telegram.push(text(100 + i, 111, "de", "Tafel"));
    }

    // The command menu: every two-letter language, then the German default.
    telegram
        .wait_for("the default command menu", |c| {
            c.method == "setmycommands" && c.body.get("language_code").is_none()
        })
        .await;
    let menus = telegram.calls("setmycommands");
    assert_eq!(menus.len(), 9, "{menus:?}");
    let uk = menus
        .iter()
        .find(|c| c.body["language_code"] == "uk")
        .expect("a Ukrainian menu");
    assert_eq!(uk.body["commands"][0]["command"], "start");
    assert_eq!(
        uk.body["commands"][0]["description"],
        t(Lang::Uk, "bot-cmd-start")
    );
    // The menu is registered beside the start of polling, so the two calls may come in either order.
    telegram
        .wait_for("polling removes a stale webhook first", |c| {
            c.method == "deletewebhook"
        })
        .await;

    // /start: the greeting, then the booklet's groups as buttons.
    telegram
        .wait_for_message(101, &esc(&t(Lang::De, "bot-choose-topic")))
        .await;
    let start = telegram.sent_to(101);
    let area = lotse::content::load(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("content")
            .as_path(),
    )
    .expect("the bundled content loads")
    .site
    .area;
    // The area in its words, without the isolation marks a left-to-right message does not need.
    assert_eq!(
        start[0],
        esc(&lotse::i18n::t_args(
            Lang::De,
            "bot-greeting",
            &[("area", lotse::i18n::arg(area))]
        ))
        .replace(['\u{2068}', '\u{2069}'], "")
    );
    let topics = telegram
        .calls("sendmessage")
        .into_iter()
        .find(|c| c.chat() == Some(101) && c.text() == start[1])
        .unwrap();
    let first_button = &topics.body["reply_markup"]["inline_keyboard"][0][0];
    assert_eq!(first_button["callback_data"], "g:counselling");

    // A German user with debts gets debt counselling first.
    let debts = telegram
        .wait_for_message(102, &esc(&t(Lang::De, "bot-results")))
        .await;
    let offers = linked_offers(debts.text());
    assert!(
        categories_of(&live, &offers[0]).contains(&"debt-counselling".to_owned()),
        "{offers:?}"
    );
    assert!(
        debts.text().contains("/de/offer/"),
        "links go to the German pages"
    );
    let keyboard = &debts.body["reply_markup"]["inline_keyboard"];
    assert_eq!(keyboard[0][0]["callback_data"], format!("o:{}", offers[0]));
    assert!(debts.body["parse_mode"] == "HTML");

    // An English user asking for the food bank gets it, in English.
    let food = telegram
        .wait_for_message(103, &esc(&t(Lang::En, "bot-results")))
        .await;
    let offers = linked_offers(food.text());
    assert!(
        categories_of(&live, &offers[0]).contains(&"food-bank".to_owned()),
        "{offers:?}"
    );
    assert!(food.text().contains("/en/offer/"));

    // A Ukrainian user asking for free food gets a food offer, in Ukrainian.
    let uk_food = telegram
        .wait_for_message(104, &esc(&t(Lang::Uk, "bot-results")))
        .await;
    let offers = linked_offers(uk_food.text());
    let food_categories = ["food-bank", "lunch-table"];
    assert!(
        categories_of(&live, &offers[0])
            .iter()
            .any(|c| food_categories.contains(&c.as_str())),
        "{offers:?}"
    );
    assert!(uk_food.text().contains("/uk/offer/"));

    // A shared location in Wermelskirchen: the offers with sourced coordinates are listed nearest
    // first with their distance, and the places without coordinates are counted.
    let near = telegram
        .wait_for_message(105, &esc(&t(Lang::De, "bot-nearby")))
        .await;
    let nearest = linked_offers(near.text());
    let located = |id: &String| {
        live.engine()
            .catalogue()
            .offer(id)
            .and_then(|o| o.location.clone())
            .is_some()
    };
    assert!(
        !nearest.is_empty() && nearest.iter().all(located),
        "{}",
        near.text()
    );
    // Rounded as `present::near` rounds for the web and the API: metres under a kilometre, whole
    // kilometres to a town-wide coordinate, which says so.
    let first = near
        .text()
        .lines()
        .find(|l| l.contains("<b>1. "))
        .unwrap_or_default();
    let distance = first.rsplit(" · ").next().unwrap_or_default();
    assert!(
        distance.ends_with(" km")
            || distance.ends_with("00 m")
            || distance.ends_with("km (bis zur Ortsmitte)"),
        "{}",
        near.text()
    );
    assert!(
        near.text().contains("ohne bekannten Standort"),
        "{}",
        near.text()
    );

    // A sticker gets the hint that only text is read.
    telegram
        .wait_for_message(106, &esc(&t(Lang::En, "bot-non-text")))
        .await;

    // A crisis message: the crisis lines come first, then the results.
    telegram
        .wait_for_message(107, &esc(&t(Lang::De, "bot-results")))
        .await;
    let crisis = telegram.sent_to(107);
    assert!(
        crisis[0].starts_with(&format!("<b>{}</b>", esc(&t(Lang::De, "crisis-title")))),
        "{crisis:?}"
    );
    assert!(crisis[0].contains("112"), "{}", crisis[0]);
    assert!(crisis.len() >= 2);

    // A message of concern: the lines first, calmly, with "are you safe?" and two buttons; the results
    // follow at once. "I need help now" gives the crisis lines.
    telegram
        .wait_for_message(112, &esc(&t(Lang::En, "bot-results")))
        .await;
    let concern = telegram
        .calls("sendmessage")
        .into_iter()
        .find(|c| c.chat() == Some(112))
        .expect("a first message");
    assert!(
        concern
            .text()
            .starts_with(&format!("<b>{}</b>", esc(&t(Lang::En, "concern-title")))),
        "{}",
        concern.text()
    );
    assert!(
        concern
            .text()
            .contains(&esc(&t(Lang::En, "bot-concern-question")))
    );
    let buttons = &concern.body["reply_markup"]["inline_keyboard"];
    assert_eq!(
        buttons[0][0]["text"],
        t(Lang::En, "bot-concern-help-now"),
        "{buttons}"
    );
    assert_eq!(buttons[0][0]["callback_data"], "e");
    assert_eq!(buttons[1][0]["text"], t(Lang::En, "bot-concern-offers"));
    let help_now = telegram
        .wait_for_message(113, &esc(&t(Lang::En, "crisis-title")))
        .await;
    assert!(help_now.text().contains("112"), "{}", help_now.text());

    // A details button: the spinner is stopped and the offer's details are sent.
    telegram
        .wait_for("the answered button", |c| {
            c.method == "answercallbackquery" && c.body["callback_query_id"] == "cb8"
        })
        .await;
    let details = telegram.wait_for_message(108, "Tafel").await;
    assert!(
        details.text().contains(&esc(&t(Lang::De, "offer-hours"))),
        "{}",
        details.text()
    );

    // An inline query: offer cards to share.
    let answer = telegram
        .wait_for("the inline answer", |c| c.method == "answerinlinequery")
        .await;
    assert_eq!(answer.body["inline_query_id"], "iq9");
    let results = answer.body["results"].as_array().expect("results");
    assert!(!results.is_empty());
    assert_eq!(results[0]["type"], "article");
    let first = results[0]["id"].as_str().unwrap();
    assert!(
        categories_of(&live, first).contains(&"debt-counselling".to_owned()),
        "{first}"
    );
    assert_eq!(results[0]["input_message_content"]["parse_mode"], "HTML");

    // Choosing a language edits the language message, and the chat keeps the choice.
    telegram
        .wait_for("the language confirmation", |c| {
            c.method == "editmessagetext" && c.body["text"] == esc(&t(Lang::Uk, "bot-language-set"))
        })
        .await;
    telegram
        .wait_for_message(110, &esc(&t(Lang::Uk, "bot-help")))
        .await;

    // Over the rate limit, the chat is asked to slow down.
    telegram
        .wait_for_message(111, &t(Lang::De, "bot-slow-down"))
        .await;
    let answered = telegram
        .sent_to(111)
        .iter()
        .filter(|m| m.contains("/offer/"))
        .count();
    assert_eq!(answered, bot::MESSAGES_PER_MINUTE as usize);

    started.handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_webhook_takes_updates_on_the_web_server_only_with_the_right_secret() {
    let (dir, live) = live();
    let telegram = FakeTelegram::start().await;
    let secret = "s3cret_T0ken-for-tests";
    let config = ServeConfig {
        paths: Paths {
            content: "content".into(),
            index: dir.to_owned(),
        },
        addr: "127.0.0.1:0".parse().unwrap(),
        public_url: Some(PUBLIC_URL.parse().unwrap()),
        watch_secs: 0,
        max_connections: 64,
        max_connections_per_client: 16,
        data: dir.join("lotse.sqlite"),
        admin_token: None,
        telegram: TelegramConfig {
            token: Some(TOKEN.into()),
            api_url: Some(telegram.url.clone()),
            webhook_url: Some("https://lotse.example/telegram/hook".parse().unwrap()),
            webhook_secret: Some(secret.into()),
        },
    };
    let (app, handle) = lotse::serve::compose(&config, Arc::clone(&live));
    let handle = handle.expect("the bot runs");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let web = format!("http://{address}");
    let limits = lotse::serve::limits(&config);
    tokio::spawn(lotse::web::serve(
        listener,
        app,
        limits,
        std::future::pending(),
    ));

    // The bot registers its webhook with the secret (multipart/form-data, since it could carry a certificate).
    let registered = telegram
        .wait_for("setWebhook", |c| c.method == "setwebhook")
        .await;
    let form = registered.body["raw"].as_str().unwrap_or_default();
    assert!(
        form.contains("https://lotse.example/telegram/hook") && form.contains(secret),
        "{form}"
    );

    let client = reqwest::Client::new();
    let hook = format!("{web}/telegram/hook");
    let post = |update: Value, secret: Option<&str>| {
        let mut request = client.post(&hook).json(&update);
        if let Some(secret) = secret {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        request.send()
    };

    let wrong = post(
        text(1, 201, "de", "Ich habe Schulden"),
        Some("s3cret_T0ken-for-test"),
    )
    .await
    .unwrap();
    assert_eq!(wrong.status(), 401);
    let missing = post(text(2, 202, "de", "Ich habe Schulden"), None)
        .await
        .unwrap();
    assert_eq!(missing.status(), 401);

    // Without the secret nothing is read: the refusal comes while a huge announced body is still unsent.
    let refused = raw_exchange(
        address,
        "POST /telegram/hook HTTP/1.1\r\nHost: lotse.example\r\nContent-Type: application/json\r\n\
         Content-Length: 2000000\r\n\r\n",
    )
    .await;
    assert!(refused.starts_with("HTTP/1.1 401"), "{refused}");
    // With it, a body larger than any update is refused by its announced length, before it is read.
    let too_long = raw_exchange(
        address,
        &format!(
            "POST /telegram/hook HTTP/1.1\r\nHost: lotse.example\r\n\
             X-Telegram-Bot-Api-Secret-Token: {secret}\r\nContent-Length: {}\r\n\r\n",
            lotse::bot::intake::MAX_UPDATE_BYTES + 1
        ),
    )
    .await;
    assert!(too_long.starts_with("HTTP/1.1 413"), "{too_long}");

    // The dispatcher may still be starting: Telegram would retry a 503 later, and so does this test.
    let deadline = Instant::now() + DEADLINE;
    loop {
        let status = post(text(3, 203, "de", "Ich habe Schulden"), Some(secret))
            .await
            .unwrap()
            .status();
        if status == 200 {
            break;
        }
        assert_eq!(status, 503, "only 'not ready yet' may delay a good request");
        assert!(Instant::now() < deadline, "the webhook never became ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let debts = telegram
        .wait_for_message(203, &esc(&t(Lang::De, "bot-results")))
        .await;
    let offers = linked_offers(debts.text());
    assert!(
        categories_of(&live, &offers[0]).contains(&"debt-counselling".to_owned()),
        "{offers:?}"
    );

    let ok = post(inline(4, 204, "en", ""), Some(secret)).await.unwrap();
    assert_eq!(ok.status(), 200);
    let crisis_lines = telegram
        .wait_for("the inline answer", |c| c.method == "answerinlinequery")
        .await;
    assert!(
        !crisis_lines.body["results"].as_array().unwrap().is_empty(),
        "an empty query shows the crisis lines"
    );

    // The refused requests were not answered: nothing was ever sent to their chats.
    assert!(telegram.sent_to(201).is_empty() && telegram.sent_to(202).is_empty());
    // Polling is off in webhook mode.
    assert!(telegram.calls("getupdates").is_empty());

    handle.shutdown().await;
}

/// Runs the real binary against the stand-in server and reads everything it logs (at debug level, more
/// than production's default): no message text and no token may appear.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_log_holds_neither_message_texts_nor_the_token() {
    let dir = crate::bundled_index();
    let telegram = FakeTelegram::start().await;
    // The first getMe fails, so that the retry path logs too.
    telegram.api.get_me_failures.store(1, Ordering::SeqCst);

    let secrets = [
        "Ich habe Schulden",
        "where is the food bank",
        "безкоштовна їжа",
        "Ich will nicht mehr leben",
    ];
    for (i, s) in secrets.iter().enumerate() {
        telegram.push(text(i as i64 + 1, 300 + i as i64, "de", s));
    }
    telegram.push(inline(10, 310, "de", "Mietschulden geheim"));

    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_lotse"))
        .args([
            "serve",
            "--content",
            "content",
            "--addr",
            "127.0.0.1:0",
            "--watch-secs",
            "0",
        ])
        .arg("--index")
        .arg(dir)
        .env("LOTSE_LOG", "debug")
        .env("LOTSE_TELEGRAM_TOKEN", TOKEN)
        .env("LOTSE_TELEGRAM_API_URL", telegram.url.as_str())
        .env_remove("LOTSE_TELEGRAM_WEBHOOK_URL")
        .env_remove("LOTSE_TELEGRAM_WEBHOOK_SECRET")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the lotse binary starts");
    // Read the log while the server runs, so that a full pipe never blocks it.
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut log = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut log).map(|_| log)
    });

    for i in 0..secrets.len() as i64 {
        telegram
            .wait_for(&format!("an answer to chat {}", 300 + i), |c| {
                c.chat() == Some(300 + i)
            })
            .await;
    }
    telegram
        .wait_for("the inline answer", |c| c.method == "answerinlinequery")
        .await;
    child.kill().expect("stop the server");
    child.wait().unwrap();
    let log = reader.join().unwrap().unwrap();

    assert!(
        log.contains("connected to Telegram"),
        "the log was captured: {log}"
    );
    assert!(
        log.contains("cannot reach Telegram"),
        "the failed getMe was logged: {log}"
    );
    for secret in secrets
        .iter()
        .chain(&["Mietschulden geheim", TOKEN, "AAFakeTokenForTestsOnly"])
    {
        assert!(!log.contains(secret), "the log contains {secret:?}:\n{log}");
    }
}

/// Sends `head` on a new connection and returns what the server answers before the deadline, without
/// ever sending more (a server that waits for the announced body answers nothing, and the test fails).
async fn raw_exchange(address: std::net::SocketAddr, head: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 4096];
    let read = tokio::time::timeout(DEADLINE, stream.read(&mut answer))
        .await
        .expect("the server answers before the body is sent")
        .unwrap();
    String::from_utf8_lossy(&answer[..read]).into_owned()
}
