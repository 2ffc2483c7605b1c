//! Issue 12 through the real router and a real SQLite file: readers' corrections from an offer page,
//! what happens when the file cannot be written, the anonymous counts of the needs report (and that the
//! file never holds a query), the admin report, and the editors' confirmation in an offer's file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::{HeaderMap, Request, StatusCode, header};
use lotse::content::Language;
use lotse::lang::Lang;
use lotse::service::Live;
use lotse::store::{CorrectionStatus, Kind, Store};
use lotse::web::report::ClientIp;
use lotse::web::{AppState, router};
use scraper::{Html, Selector};
use tower::ServiceExt;

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

fn live() -> Arc<Live> {
    Arc::new(Live::start(&content(), crate::bundled_index()).expect("the index opens"))
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Reply {
    fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    fn select(&self, css: &str) -> Vec<String> {
        let sel = Selector::parse(css).expect("a selector");
        self.html()
            .select(&sel)
            .map(|e| e.text().collect::<String>())
            .collect()
    }

    fn attr(&self, css: &str, name: &str) -> Option<String> {
        let sel = Selector::parse(css).expect("a selector");
        self.html()
            .select(&sel)
            .next()
            .and_then(|e| e.value().attr(name).map(str::to_owned))
    }
}

async fn send(app: &Router, req: Request<Body>) -> Reply {
    let res = app.clone().oneshot(req).await.expect("the router answers");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = to_bytes(res.into_body(), usize::MAX).await.expect("a body");
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

async fn get(app: &Router, uri: &str) -> Reply {
    send(
        app,
        Request::get(uri).body(Body::empty()).expect("a request"),
    )
    .await
}

/// A form post from `ip`, as a browser sends it.
fn form(uri: &str, body: &str, ip: [u8; 4]) -> Request<Body> {
    let mut req = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body.to_owned()))
        .expect("a request");
    req.extensions_mut().insert(ClientIp(ip.into()));
    req
}

fn app_with(store: Store) -> Router {
    router(AppState::new(live()).with_store(store))
}

fn assert_no_cookie(reply: &Reply) {
    assert!(
        reply.headers.get(header::SET_COOKIE).is_none(),
        "no cookie is ever set"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reader_reports_a_wrong_phone_number_in_arabic_and_an_editor_sees_and_resolves_it() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store = Store::open(&dir.path().join("data/lotse.sqlite"));
    let app = app_with(store.clone());

    // The offer page carries the form, folded, posting to the offer's report address.
    let page = get(&app, "/ar/offer/wk-tafel").await;
    assert_eq!(page.status, StatusCode::OK);
    let summary = page.select("details.report > summary");
    assert_eq!(summary, vec![lotse::i18n::t(Lang::Ar, "report-link")]);
    assert_eq!(
        page.attr("details.report form", "action").as_deref(),
        Some("/ar/offer/wk-tafel/report")
    );
    assert_eq!(
        page.attr("details.report form", "method").as_deref(),
        Some("post")
    );
    let kinds: Vec<String> = {
        let sel = Selector::parse("details.report input[name=kind]").unwrap();
        page.html()
            .select(&sel)
            .filter_map(|e| e.value().attr("value").map(str::to_owned))
            .collect()
    };
    assert_eq!(kinds, ["phone", "hours", "address", "closed", "other"]);
    assert_eq!(
        page.attr("details.report textarea[name=text]", "maxlength")
            .as_deref(),
        Some("1000")
    );
    // Every field has its label.
    for id in ["report-text", "report-email", "report-homepage"] {
        assert_eq!(page.select(&format!("label[for={id}]")).len(), 1, "{id}");
    }
    assert_no_cookie(&page);

    let sent = send(
        &app,
        form(
            "/ar/offer/wk-tafel/report",
            "kind=phone&text=%D8%A7%D9%84%D8%B1%D9%82%D9%85+%D8%AE%D8%B7%D8%A3%3A+02196+999&email=&homepage=",
            [192, 0, 2, 10],
        ),
    )
    .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    assert_eq!(sent.attr("html", "lang").as_deref(), Some("ar"));
    assert_eq!(sent.attr("html", "dir").as_deref(), Some("rtl"));
    assert_eq!(
        sent.select("main h1"),
        vec![lotse::i18n::t(Lang::Ar, "report-thanks-title")]
    );
    assert_eq!(
        sent.headers
            .get(header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    assert_no_cookie(&sent);

    // Acknowledged means committed: a second connection to the file sees it at once.
    let other = Store::open_strict(store.path()).expect("opens");
    let open = other.corrections(false).expect("lists");
    assert_eq!(open.len(), 1);
    let c = &open[0];
    assert_eq!(
        (c.offer_id.as_str(), c.kind, c.lang.as_str()),
        ("wk-tafel", Kind::Phone, "ar")
    );
    assert_eq!(c.text.as_deref(), Some("الرقم خطأ: 02196 999"));
    assert_eq!(c.email, None);

    // The editors' work list names it, with the offer's phone to call.
    let catalogue = lotse::content::load(&content()).expect("loads");
    let due = lotse::review::due(&catalogue, &open, lotse::store::today());
    let tafel = due
        .iter()
        .find(|e| e.offer.id == "wk-tafel")
        .expect("listed");
    assert_eq!(tafel.corrections, vec![c.id]);
    assert_eq!(tafel.contact(), "02196 8824557");

    other
        .resolve_correction(c.id, lotse::store::today())
        .expect("resolves");
    let done = other.correction(c.id).expect("kept");
    assert_eq!(done.status, CorrectionStatus::Resolved);
    assert_eq!(done.text, None, "the text is deleted on resolve");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_forms_get_a_localized_4xx_page_and_store_nothing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store = Store::open(&dir.path().join("lotse.sqlite"));
    let app = app_with(store.clone());
    let uri = "/de/offer/wk-tafel/report";

    let no_kind = send(&app, form(uri, "kind=weather&text=x", [192, 0, 2, 20])).await;
    assert_eq!(no_kind.status, StatusCode::BAD_REQUEST);
    assert_eq!(no_kind.attr("html", "lang").as_deref(), Some("de"));
    assert!(
        no_kind
            .body
            .contains(&lotse::i18n::t(Lang::De, "report-error-kind"))
    );

    let long = format!("kind=other&text={}", "x".repeat(1001));
    let too_long = send(
        &app,
        form("/en/offer/wk-tafel/report", &long, [192, 0, 2, 21]),
    )
    .await;
    assert_eq!(too_long.status, StatusCode::BAD_REQUEST);
    assert_eq!(too_long.attr("html", "lang").as_deref(), Some("en"));

    let mail = send(
        &app,
        form(uri, "kind=hours&email=not+an+address", [192, 0, 2, 22]),
    )
    .await;
    assert_eq!(mail.status, StatusCode::BAD_REQUEST);

    let huge = format!("kind=other&text={}", "%41".repeat(20_000));
    let too_big = send(&app, form(uri, &huge, [192, 0, 2, 23])).await;
    assert_eq!(too_big.status, StatusCode::BAD_REQUEST);

    let json = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{\"kind\":\"phone\"}"))
        .unwrap();
    assert_eq!(send(&app, json).await.status, StatusCode::BAD_REQUEST);

    let unknown = send(
        &app,
        form(
            "/de/offer/no-such-offer/report",
            "kind=phone",
            [192, 0, 2, 24],
        ),
    )
    .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);

    // A robot that fills the hidden field is thanked, and nothing is stored.
    let robot = send(
        &app,
        form(
            uri,
            "kind=other&text=buy+now&homepage=http%3A%2F%2Fspam.example",
            [192, 0, 2, 25],
        ),
    )
    .await;
    assert_eq!(robot.status, StatusCode::OK);
    assert!(store.corrections(true).expect("lists").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_address_may_send_five_reports_in_ten_minutes_and_then_gets_a_429_page() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store = Store::open(&dir.path().join("lotse.sqlite"));
    let app = app_with(store.clone());
    for _ in 0..5 {
        let ok = send(
            &app,
            form("/de/offer/wk-tafel/report", "kind=hours", [198, 51, 100, 1]),
        )
        .await;
        assert_eq!(ok.status, StatusCode::OK);
    }
    let limited = send(
        &app,
        form("/tr/offer/wk-tafel/report", "kind=hours", [198, 51, 100, 1]),
    )
    .await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.attr("html", "lang").as_deref(), Some("tr"));
    let other = send(
        &app,
        form("/de/offer/wk-tafel/report", "kind=hours", [198, 51, 100, 2]),
    )
    .await;
    assert_eq!(
        other.status,
        StatusCode::OK,
        "another address is not limited"
    );
    assert_eq!(store.corrections(false).expect("lists").len(), 6);
}

/// Checks that with the store at `path` search and offer pages work, and that a report says it could
/// not be saved and gives the offer's phone.
async fn pages_work_and_the_form_asks_to_call(path: &Path) {
    let store = Store::open(path);
    assert!(!store.is_available());
    let app = app_with(store);
    let search = get(&app, "/de/search?q=Tafel").await;
    assert_eq!(search.status, StatusCode::OK);
    assert!(!search.select(".card").is_empty(), "results as always");
    assert_eq!(get(&app, "/de/offer/wk-tafel").await.status, StatusCode::OK);
    let failed = send(
        &app,
        form(
            "/ar/offer/wk-tafel/report",
            "kind=phone&text=x",
            [203, 0, 113, 1],
        ),
    )
    .await;
    assert_eq!(failed.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(failed.attr("html", "dir").as_deref(), Some("rtl"));
    assert_eq!(
        failed.select("main h1"),
        vec![lotse::i18n::t(Lang::Ar, "report-failed-title")]
    );
    assert_eq!(
        failed.attr("main a.call", "href").as_deref(),
        Some("tel:+4921968824557"),
        "{}",
        failed.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_only_data_folder_keeps_search_and_pages_working_and_the_form_asks_to_call() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).expect("creates");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    // Root writes into a mode-555 folder regardless; sysfs refuses new files even to root, so it is
    // the read-only folder then.
    let writable = std::fs::write(ro.join("probe"), b"x").is_ok();
    let folder = if writable {
        PathBuf::from("/sys/lotse-read-only-test")
    } else {
        ro.clone()
    };
    assert!(
        std::fs::create_dir_all(&folder).is_err() || !writable,
        "{} is not read-only",
        folder.display()
    );
    pages_work_and_the_form_asks_to_call(&folder.join("lotse.sqlite")).await;
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).expect("chmod back");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_corrupt_data_file_keeps_search_and_pages_working_and_the_form_asks_to_call() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("lotse.sqlite");
    std::fs::write(
        &path,
        "not a database, just text that happens to be here\n".repeat(200),
    )
    .expect("writes");
    pages_work_and_the_form_asks_to_call(&path).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_locked_data_file_makes_the_form_ask_to_call_instead_of_waiting_forever() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("lotse.sqlite");
    let store = Store::open_strict(&path).expect("opens");
    // Another process holds the write lock (as a backup tool or a stuck editor's shell might).
    let holder = rusqlite::Connection::open(&path).expect("opens");
    holder.execute_batch("BEGIN EXCLUSIVE").expect("locks");
    let app = app_with(store.clone());
    let failed = send(
        &app,
        form("/de/offer/wk-tafel/report", "kind=phone", [203, 0, 113, 2]),
    )
    .await;
    assert_eq!(failed.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        get(&app, "/de/search?q=Schulden").await.status,
        StatusCode::OK
    );
    holder.execute_batch("ROLLBACK").expect("unlocks");
    let saved = send(
        &app,
        form("/de/offer/wk-tafel/report", "kind=phone", [203, 0, 113, 3]),
    )
    .await;
    assert_eq!(saved.status, StatusCode::OK, "the file is usable again");
    assert_eq!(store.corrections(false).expect("lists").len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hundreds_of_searches_are_counted_by_category_and_the_file_holds_no_query_text() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("lotse.sqlite");
    let store = Store::open(&path);
    let app = app_with(store.clone());
    // Each query carries a word of its own, so that any trace of a query in the file would show.
    let asked = [
        (Lang::De, "Schulden Beratung"),
        (Lang::De, "Tafel Essen"),
        (Lang::Ar, "مساعدة ديون"),
        (Lang::Uk, "борги допомога"),
        (Lang::En, "xylophone lessons for cats"),
    ];
    let live = live();
    let engine = live.engine();
    // What the report must say: each question's need as the engine itself reads it.
    let mut expected: BTreeMap<(String, String, String, String), u64> = BTreeMap::new();
    let mut tally = |channel: &str, lang: Lang, need: &lotse::search::Need| {
        let mut add = |category: &str| {
            *expected
                .entry((
                    channel.to_owned(),
                    lang.code().to_owned(),
                    category.to_owned(),
                    need.outcome.id().to_owned(),
                ))
                .or_default() += 1;
        };
        add("*");
        if need.categories.is_empty() {
            add("-");
        }
        for c in &need.categories {
            add(c);
        }
    };
    let mut queries = Vec::new();
    for i in 0..240 {
        let (lang, words) = asked[i % asked.len()];
        let query = format!("{words} qzx{i}wv");
        let (uri, channel) = if i % 3 == 0 {
            (
                format!("/api/v1/search?lang={}&q={}", lang.code(), enc(&query)),
                "api",
            )
        } else {
            (format!("/{}/search?q={}", lang.code(), enc(&query)), "web")
        };
        assert_eq!(get(&app, &uri).await.status, StatusCode::OK);
        let need = engine
            .search(&lotse::search::SearchRequest::new(&query, lang, 10).expect("valid"))
            .need();
        tally(channel, lang, &need);
        queries.push(query);
    }
    assert_eq!(
        get(&app, "/de/category/food-bank").await.status,
        StatusCode::OK
    );
    tally(
        "web",
        Lang::De,
        &lotse::search::Need {
            categories: vec!["food-bank".into()],
            outcome: lotse::search::Outcome::Matched,
        },
    );
    assert!(store.pending_rows() > 0, "counted in memory");
    store.flush().expect("flushes");

    let today = lotse::store::today();
    let report = store.report(today, today).expect("reads");
    assert_eq!(report.total(), 241);
    let found: BTreeMap<(String, String, String, String), u64> = report
        .rows
        .iter()
        .map(|r| {
            (
                (
                    r.channel.clone(),
                    r.lang.clone(),
                    r.category.clone(),
                    r.outcome.clone(),
                ),
                r.count,
            )
        })
        .collect();
    assert_eq!(
        found, expected,
        "the counts are exactly the questions' needs"
    );
    assert!(
        report.category_total("debt-counselling") >= 48,
        "{:?}",
        report.by_category()
    );
    assert!(
        !report.gaps().is_empty(),
        "some question found nothing fitting"
    );

    // The file and its write-ahead log hold no query and no word only a query had.
    let mut bytes = std::fs::read(&path).expect("reads");
    if let Ok(wal) = std::fs::read(dir.path().join("lotse.sqlite-wal")) {
        bytes.extend(wal);
    }
    let text = String::from_utf8_lossy(&bytes);
    for q in &queries {
        assert!(!text.contains(q.as_str()), "{q} is in the file");
    }
    for word in ["qzx", "xylophone", "Schulden", "مساعدة", "борги"] {
        assert!(!text.contains(word), "{word} is in the file");
        let bytes_of = word.as_bytes();
        assert!(!bytes.windows(bytes_of.len()).any(|w| w == bytes_of));
    }

    // `lotse report` shows the categories and the gaps, small counts as "< 5".
    let printed = report.render(Language::En);
    assert!(printed.contains("debt-counselling"), "{printed}");
    assert!(printed.contains("Gaps"), "{printed}");
    let food_web = report
        .rows
        .iter()
        .filter(|r| r.channel == "web" && r.category == "food-bank" && r.lang == "de")
        .map(|r| r.count)
        .sum::<u64>();
    assert!(food_web > 0);
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("reads") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).expect("creates");
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copies");
        }
    }
}

fn enc(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admin_report_exists_only_with_a_token_and_answers_only_that_bearer() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store = Store::open(&dir.path().join("lotse.sqlite"));
    let without = router(AppState::new(live()).with_store(store.clone()));
    assert_eq!(
        get(&without, "/admin/report").await.status,
        StatusCode::NOT_FOUND
    );

    let app = router(
        AppState::new(live())
            .with_store(store.clone())
            .with_admin_token(Some("planner-token-42")),
    );
    for _ in 0..7 {
        get(&app, "/de/search?q=Schulden").await;
    }
    get(&app, "/ar/search?q=xylophone").await;
    assert_eq!(
        get(&app, "/admin/report").await.status,
        StatusCode::UNAUTHORIZED
    );
    let wrong = Request::get("/admin/report")
        .header(header::AUTHORIZATION, "Bearer planner-token-43")
        .body(Body::empty())
        .unwrap();
    assert_eq!(send(&app, wrong).await.status, StatusCode::UNAUTHORIZED);
    let right = Request::get("/admin/report?lang=en")
        .header(header::AUTHORIZATION, "Bearer planner-token-42")
        .body(Body::empty())
        .unwrap();
    let page = send(&app, right).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.attr("html", "lang").as_deref(), Some("en"));
    assert!(!page.select("svg.bars rect").is_empty());
    let cells = page.select(".report-table td");
    // Eight questions are shown rounded to 5, so that no hidden count can be subtracted out.
    assert!(cells.iter().any(|c| c == "10"), "{cells:?}");
    assert!(!cells.iter().any(|c| c == "8"), "{cells:?}");
    assert!(
        cells.iter().any(|c| c == "< 5"),
        "the one Arabic question: {cells:?}"
    );
    assert!(
        !cells.iter().any(|c| c == "1"),
        "never a count below 5: {cells:?}"
    );
    assert!(page.select("script").is_empty(), "no script");
}

#[test]
fn confirming_an_offer_keeps_the_comments_of_its_file_passes_the_check_and_shows_on_the_page() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy_dir(&content(), dir.path());
    let file = dir.path().join("offers/wk-tafel.toml");
    let text = std::fs::read_to_string(&file).expect("reads");
    let commented = text.replacen(
        "[verification]\nchecked = \"2026-11-21\"\n",
        "# Geprüft von der Redaktion: bitte nach jedem Anruf ergänzen.\n[verification]\nchecked = \"2026-11-21\"   # letzter Abgleich\n",
        1,
    );
    assert_ne!(commented, text, "the comments went in");
    std::fs::write(&file, &commented).expect("writes");
    assert!(
        lotse::content::load(dir.path()).is_ok(),
        "the commented file is valid"
    );

    let date = jiff::civil::Date::constant(2026, 12, 3);
    lotse::review::confirm::confirm(dir.path(), "wk-tafel", "Frau Beispiel (Tafel)", date)
        .expect("confirms");
    let after = std::fs::read_to_string(&file).expect("reads");
    assert!(after.contains("# Geprüft von der Redaktion: bitte nach jedem Anruf ergänzen.\n"));
    assert!(
        after.contains("checked = \"2026-12-03\"   # letzter Abgleich\n"),
        "{after}"
    );
    // Everything but [verification] is byte for byte as before.
    let head = |s: &str| s[..s.find("[verification]").unwrap()].to_owned();
    assert_eq!(head(&after), head(&commented));
    // No temporary file is left beside it.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("offers"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty());

    let catalogue = lotse::content::load(dir.path()).expect("`lotse check` passes afterwards");
    let offer = catalogue.offer("wk-tafel").expect("there");
    assert_eq!(offer.verification.confirmation_date(), Some("2026-12-03"));
    assert_eq!(
        offer.verification.confirmed_by.as_deref(),
        Some("Frau Beispiel (Tafel)")
    );
    let now: jiff::Zoned = "2026-12-04T10:00[Europe/Berlin]".parse().unwrap();
    let view = lotse::web::pages::OfferView::new(Lang::De, offer, &now);
    assert_eq!(
        view.freshness.text.replace(['\u{2068}', '\u{2069}'], ""),
        "Vom Anbieter bestätigt am 3. Dezember 2026."
    );
    assert_eq!(
        view.freshness.warning, None,
        "a fresh confirmation lifts the warning"
    );

    // An unknown offer or an empty name changes nothing.
    assert!(lotse::review::confirm::confirm(dir.path(), "no-such", "A", date).is_err());
    assert!(lotse::review::confirm::confirm(dir.path(), "../site", "A", date).is_err());
    assert!(lotse::review::confirm::confirm(dir.path(), "wk-tafel", " ", date).is_err());
}

#[test]
fn an_unknown_status_value_is_rejected_with_file_line_and_field() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy_dir(&content(), dir.path());
    let file = dir.path().join("offers/wk-tafel.toml");
    let text = std::fs::read_to_string(&file).expect("reads");
    let line = text
        .lines()
        .position(|l| l.starts_with("status = "))
        .expect("a status line")
        + 1;
    std::fs::write(
        &file,
        text.replacen("status = \"active\"", "status = \"vielleicht\"", 1),
    )
    .expect("writes");
    let problems = lotse::content::load(dir.path()).expect_err("rejected");
    let p = problems
        .iter()
        .find(|p| p.field == "status")
        .expect("a status problem");
    assert_eq!(p.file, Path::new("offers/wk-tafel.toml"));
    assert_eq!(p.line, Some(line));
    assert!(p.in_lang(Language::En).to_string().contains("unknown"));
}

#[test]
fn the_four_offers_of_unknown_status_stay_findable_and_say_why_in_every_language_they_have() {
    let live = live();
    let engine = live.engine();
    let catalogue = engine.catalogue();
    for (id, query) in [
        ("wk-offener-mittagstisch", "Offener Mittagstisch"),
        ("wk-drk-sachspenden", "DRK Sachspenden"),
        ("wk-jugendtreff-dabringhausen", "Jugendtreff Dabringhausen"),
        ("wk-ue50-party-haus-eifgen", "Ü50 Party"),
    ] {
        let offer = catalogue.offer(id).expect("still in the catalogue");
        assert_eq!(offer.status, lotse::content::Status::Unknown, "{id}");
        let german = offer.caveat.as_deref().expect("a German caveat");
        for (lang, tr) in &offer.translations {
            let caveat = tr.caveat.as_deref().unwrap_or_default();
            assert!(!caveat.is_empty() && caveat != german, "{id}: {lang:?}");
        }
        let answer = engine.search(&lotse::search::SearchRequest::truncating(
            query,
            Lang::De,
            10,
        ));
        assert!(
            answer.hits.iter().any(|h| h.offer_id == id),
            "{id} is found by {query:?}"
        );
    }
}

#[test]
fn a_question_in_the_bot_carries_its_need_for_the_counts_and_a_button_press_does_not() {
    use lotse::dialogue::Incoming;
    let live = live();
    let engine = live.engine();
    crate::in_dialogue(&engine, |cx| {
        let asked = cx.respond(Lang::Uk, Incoming::Text("борги допомога".into()));
        let need = asked.need.expect("a question is counted");
        let direct = engine
            .search(&lotse::search::SearchRequest::truncating(
                "борги допомога",
                Lang::Uk,
                10,
            ))
            .need();
        assert_eq!(need, direct, "the same need the engine reads");
        assert!(
            need.categories.iter().any(|c| c == "debt-counselling"),
            "{need:?}"
        );
        let pressed = cx.respond(Lang::Uk, Incoming::Button("o:wk-tafel".into()));
        assert_eq!(pressed.need, None, "opening an offer is not a question");
        // The offer details say how current they are and offer the report button.
        let html = &pressed.replies[0].html;
        assert!(
            html.contains(&lotse::i18n::t(Lang::Uk, "report-link"))
                || pressed.replies[0]
                    .buttons
                    .iter()
                    .flatten()
                    .any(|b| b.label.contains(&lotse::i18n::t(Lang::Uk, "report-link")))
        );
        let report = cx.respond(Lang::Uk, Incoming::Button("r:wk-tafel".into()));
        assert!(
            report.replies[0]
                .html
                .contains("https://lotse.example/uk/offer/wk-tafel/report"),
            "{}",
            report.replies[0].html
        );
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_directory_word_is_answered_from_memory_and_counted_every_time_and_free_text_is_never_kept()
 {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store = Store::open(&dir.path().join("lotse.sqlite"));
    let state = AppState::new(live()).with_store(store.clone());
    let app = router(state.clone());
    let engine = state.live.engine();
    for word in ["Tafel", "tafel", "Seniorentreff", "Schuldenberatung"] {
        assert!(engine.is_directory_word(word), "{word}");
    }
    for text in ["Tafel heute", "ich will sterben", "Suizid", "qzxwv", ""] {
        assert!(!engine.is_directory_word(text), "{text:?}");
    }

    let first = get(&app, "/de/search?q=Tafel").await;
    assert_eq!(first.status, StatusCode::OK);
    let mut asked_tafel = 1;
    // The minute may turn between two requests (the kept page is then rendered again): once more.
    let mut kept = state.pages.kept_results_pages();
    if kept == 0 {
        assert_eq!(get(&app, "/de/search?q=Tafel").await.status, StatusCode::OK);
        asked_tafel += 1;
        kept = state.pages.kept_results_pages();
    }
    assert_eq!(kept, 1, "the page of a directory word is kept");
    let again = get(&app, "/de/search?q=Tafel").await;
    asked_tafel += 1;
    assert_eq!(again.body, first.body, "the kept page is the page");
    assert_eq!(again.headers[header::CACHE_CONTROL], "no-store");

    // Free text, a crisis word, another parameter, a word of the thesaurus inside a sentence: never.
    for uri in [
        format!("/de/search?q={}", enc("ich will sterben")),
        format!("/de/search?q={}", enc("Tafel heute offen")),
        format!("/de/search?q={}", enc("Suizid")),
        "/de/search?q=Tafel&n=5".to_owned(),
        format!("/de/search?q={}", enc("Wo ist die Tafel")),
    ] {
        let before = state.pages.kept_results_pages();
        assert_eq!(get(&app, &uri).await.status, StatusCode::OK, "{uri}");
        assert!(
            state.pages.kept_results_pages() <= before,
            "{uri} is not kept"
        );
    }

    // Every request is counted for the needs report, the ones answered from memory too.
    store.flush().expect("flushes");
    let today = lotse::store::today();
    let report = store.report(today, today).expect("reads");
    let food_bank_web: u64 = report
        .rows
        .iter()
        .filter(|r| r.channel == "web" && r.lang == "de" && r.category == "food-bank")
        .map(|r| r.count)
        .sum();
    // "Tafel" (two or three times), "Tafel heute offen", "Tafel&n=5", "Wo ist die Tafel".
    assert_eq!(food_bank_web, asked_tafel + 3);
}
