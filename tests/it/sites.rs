//! The town is configuration: the same `lotse` binary serves the bundled site and a second,
//! district-wide fixture site (`tests/fixtures/district/`), each with the name, places, languages,
//! editors, crisis lines and public address of its own `site.toml`, and nothing of the other's.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, LOCATION};
use scraper::{Html, Selector};
use serde_json::Value;

/// A `lotse serve` process on a loopback port; killed when dropped.
struct Served {
    child: Child,
    base: String,
    http: reqwest::Client,
    /// Keeps the index folder of a fixture site alive.
    _index: Option<tempfile::TempDir>,
}

impl Served {
    /// Starts the binary on `content`; `index` is an index folder to reuse, else a fresh one.
    fn start(content: &Path, index: Option<&Path>) -> Served {
        let own_index = index
            .is_none()
            .then(|| tempfile::tempdir().expect("a temporary folder"));
        let index_dir: PathBuf = index
            .map(Path::to_path_buf)
            .unwrap_or_else(|| own_index.as_ref().unwrap().path().to_path_buf());
        let mut child = Command::new(env!("CARGO_BIN_EXE_lotse"))
            .args(["serve", "--addr", "127.0.0.1:0", "--watch-secs", "0"])
            .arg("--content")
            .arg(content)
            .arg("--index")
            .arg(&index_dir)
            .env("LOTSE_LOG", "info")
            .env("NO_COLOR", "1")
            .env_remove("LOTSE_PUBLIC_URL")
            .env_remove("LOTSE_TELEGRAM_TOKEN")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the lotse binary starts");
        let stderr = child.stderr.take().expect("stderr is piped");
        let (tx, rx) = std::sync::mpsc::channel();
        // Reads the log to its end (a full pipe would block the server) and reports the address.
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(addr) = served_address(&line) {
                    let _ = tx.send(addr);
                }
            }
        });
        let addr = rx
            .recv_timeout(std::time::Duration::from_secs(300))
            .expect("the server logs the address it serves on");
        Served {
            child,
            base: format!("http://{addr}"),
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("a client"),
            _index: own_index,
        }
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.get_with(path, None).await
    }

    async fn get_with(&self, path: &str, accept_language: Option<&str>) -> reqwest::Response {
        let mut req = self.http.get(format!("{}{path}", self.base));
        if let Some(al) = accept_language {
            req = req.header(ACCEPT_LANGUAGE, al);
        }
        req.send().await.expect("the server answers")
    }

    async fn page(&self, path: &str) -> Html {
        let res = self.get(path).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        Html::parse_document(&res.text().await.expect("a body"))
    }

    async fn json(&self, path: &str) -> (StatusCode, Value) {
        let res = self.get(path).await;
        let status = res.status();
        (status, res.json().await.expect("a JSON body"))
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The address in the server's "serving" log line (`… serving addr=127.0.0.1:40123`).
fn served_address(line: &str) -> Option<SocketAddr> {
    if !line.contains("serving") {
        return None;
    }
    line.split_whitespace()
        .find_map(|w| w.strip_prefix("addr="))
        .and_then(|a| a.parse().ok())
}

fn district() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/district")
}

fn bundled() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

fn texts(doc: &Html, css: &str) -> Vec<String> {
    doc.select(&sel(css))
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect()
}

fn attrs(doc: &Html, css: &str, attr: &str) -> Vec<String> {
    doc.select(&sel(css))
        .filter_map(|e| e.value().attr(attr).map(str::to_owned))
        .collect()
}

/// The offer ids of a results page's cards, in order.
fn card_ids(doc: &Html) -> Vec<String> {
    attrs(doc, ".card h2 a", "href")
        .into_iter()
        .filter_map(|h| h.rsplit('/').next().map(str::to_owned))
        .collect()
}

/// Text without the Unicode isolation marks Fluent puts around placeables.
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_binary_serves_each_site_with_its_own_name_languages_editors_and_exit() {
    let site = Served::start(&district(), None);
    let wk = Served::start(&bundled(), Some(crate::bundled_index()));

    // The district's own name, area and editors; nothing of the bundled town.
    let home = site.page("/en/").await;
    let html = plain(&home.html());
    assert!(
        texts(&home, "title")[0].contains("Hilfe im Kreis Beispiel"),
        "{:?}",
        texts(&home, "title")
    );
    assert_eq!(texts(&home, ".brand"), ["Hilfe im Kreis Beispiel"]);
    assert!(plain(&texts(&home, "h1")[0]).contains("Kreis Beispiel"));
    assert!(
        !html.contains("Wermelskirchen"),
        "no trace of the other town"
    );
    let editors = plain(&texts(&home, ".editors")[0]);
    assert!(
        editors.contains("Kreis Beispiel, Sozialplanung"),
        "{editors}"
    );
    assert_eq!(
        attrs(&home, ".editors a[href^='mailto:']", "href"),
        ["mailto:sozialplanung@kreis-beispiel.example"]
    );
    assert_eq!(
        attrs(&home, ".editors a[href^='tel:']", "href"),
        ["tel:+49210012345"]
    );
    assert_eq!(
        attrs(&home, "a.quick-exit", "href"),
        ["https://www.example.org/wetter"]
    );
    // Only its three languages, in its order; the others are not pages of this site.
    assert_eq!(attrs(&home, ".langpick a", "hreflang"), ["de", "en", "tr"]);
    assert_eq!(site.get("/fa/").await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        site.get("/ar/offer/bd-tafel-adorf").await.status(),
        StatusCode::NOT_FOUND
    );
    // A browser asking for a language the site does not offer gets the site's default (English).
    let root = site.get_with("/", Some("fa, ar;q=0.8")).await;
    assert_eq!(root.headers()[LOCATION], "/en/");
    let root = site.get_with("/", Some("tr")).await;
    assert_eq!(root.headers()[LOCATION], "/tr/");
    // The town choice of a district-wide site.
    assert_eq!(
        texts(&home, "select#town option"),
        ["All towns", "Adorf", "Bedorf"]
    );

    // The bundled site keeps its own.
    let wk_home = wk.page("/de/").await;
    assert_eq!(texts(&wk_home, ".brand"), ["Lotse Wermelskirchen"]);
    assert!(!plain(&wk_home.html()).contains("Kreis Beispiel"));
    assert_eq!(attrs(&wk_home, ".langpick a", "hreflang").len(), 9);
    assert_eq!(
        attrs(&wk_home, "a.quick-exit", "href"),
        ["https://www.dwd.de/"]
    );
    assert!(
        texts(&wk_home, "select#town").is_empty(),
        "one town: no choice"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn home_places_rank_first_until_the_reader_chooses_a_town() {
    let site = Served::start(&district(), None);

    let ids = |v: &Value| -> Vec<String> {
        v["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    // The two food banks are written alike; only the place tells them apart.
    let (status, none) = site.json("/api/v1/search?q=Tafel&lang=de").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ids(&none)[..2], ["bd-tafel-adorf", "bd-tafel-bedorf"]);
    let (_, bedorf) = site
        .json("/api/v1/search?q=Tafel&lang=de&town=bedorf")
        .await;
    assert_eq!(ids(&bedorf)[..2], ["bd-tafel-bedorf", "bd-tafel-adorf"]);
    let (status, bad) = site.json("/api/v1/search?q=Tafel&town=Cedorf").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(bad["error"]["code"], "bad_town");

    // The web page: the same ranking, the town kept in the form and in the language links.
    let page = site.page("/de/search?q=Tafel&town=Bedorf").await;
    assert_eq!(card_ids(&page)[..2], ["bd-tafel-bedorf", "bd-tafel-adorf"]);
    assert_eq!(texts(&page, "select#town option[selected]"), ["Bedorf"]);
    assert!(
        attrs(&page, ".langpick a[hreflang='tr']", "href")[0].contains("town=Bedorf"),
        "the language choice keeps the town"
    );
    let page = site.page("/de/search?q=Tafel").await;
    assert_eq!(card_ids(&page)[..2], ["bd-tafel-adorf", "bd-tafel-bedorf"]);
    assert_eq!(
        site.get("/de/search?q=Tafel&town=Cedorf").await.status(),
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crisis_answers_lead_with_the_sites_own_lines_and_printouts_carry_its_address() {
    let site = Served::start(&district(), None);

    let (_, answer) = site
        .json("/api/v1/search?q=ich%20will%20nicht%20mehr%20leben&lang=de")
        .await;
    assert_eq!(answer["crisis_level"], "acute");
    assert_eq!(answer["crisis_lines"][0]["id"], "bd-krisentelefon");
    let page = site.page("/de/emergency").await;
    assert!(
        attrs(&page, "a[href^='tel:']", "href").contains(&"tel:+498001000100".to_owned()),
        "the emergency page has the site's crisis line"
    );

    // No LOTSE_PUBLIC_URL: the printout's address comes from the site's `public_url`.
    let offer = site.page("/en/offer/bd-tafel-adorf").await;
    let body = offer.html();
    assert!(
        body.contains("https://hilfe.kreis-beispiel.example/en/offer/bd-tafel-adorf"),
        "the print block names the public address"
    );
}

#[test]
fn the_bot_greets_in_the_sites_area_and_offers_only_its_languages() {
    let index = tempfile::tempdir().expect("a temporary folder");
    lotse::index::ensure(&district(), index.path()).expect("the district fixture indexes");
    let out = Command::new(env!("CARGO_BIN_EXE_lotse"))
        .args(["chat", "--lang", "de"])
        .arg("--content")
        .arg(district())
        .arg("--index")
        .arg(index.path())
        .env_remove("LOTSE_PUBLIC_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(b"/start\n/language\n")?;
            child.wait_with_output()
        })
        .expect("lotse chat runs");
    let text = plain(&String::from_utf8_lossy(&out.stdout));
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("Kreis Beispiel"),
        "the greeting names the area: {text}"
    );
    assert!(!text.contains("Wermelskirchen"), "{text}");
    assert!(
        text.contains("Türkçe") && text.contains("English"),
        "{text}"
    );
    assert!(
        !text.contains("فارسی") && !text.contains("Polski"),
        "{text}"
    );
}

#[test]
fn no_code_template_or_ui_string_names_the_bundled_town() {
    let catalogue = lotse::content::load(&bundled()).expect("the bundled content loads");
    let site = &catalogue.site;
    let names: Vec<&str> = site
        .home_places
        .iter()
        .map(String::as_str)
        .chain([site.area.as_str(), site.name.as_str()])
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut stack: Vec<PathBuf> = ["src", "templates", "locales"]
        .iter()
        .map(|d| root.join(d))
        .collect();
    let mut files = 0;
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        files += 1;
        for name in &names {
            if text.to_lowercase().contains(&name.to_lowercase()) {
                found.push(format!("{}: {name}", path.display()));
            }
        }
    }
    assert!(files > 50, "the scan saw the sources ({files} files)");
    assert!(found.is_empty(), "the town is configuration: {found:#?}");
}

/// A copy of the district fixture whose Adorf food bank has hours dated this month, open around the
/// clock, and whose Bedorf food bank has the same hours dated two years ago.
fn district_with_hours() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    crate::content::copy_dir(&district(), dir.path());
    let today = jiff::Zoned::now().date();
    let hours = |as_of: String| {
        format!(
            "\n[hours]\nas_of = \"{as_of}\"\n[[hours.slots]]\n\
             days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"]\n\
             opens = \"00:00\"\ncloses = \"24:00\"\n"
        )
    };
    for (file, as_of) in [
        (
            "bd-tafel-adorf",
            format!("{:04}-{:02}", today.year(), today.month()),
        ),
        ("bd-tafel-bedorf", format!("{:04}", today.year() - 2)),
    ] {
        let path = dir.path().join(format!("offers/{file}.toml"));
        let text = std::fs::read_to_string(&path).unwrap();
        let (head, tail) = text.split_once("\n[verification]").unwrap();
        std::fs::write(
            &path,
            format!("{head}{}\n[verification]{tail}", hours(as_of)),
        )
        .unwrap();
    }
    dir
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_current_hours_say_open_now_on_the_web_and_in_the_api() {
    let content = district_with_hours();
    let site = Served::start(content.path(), None);
    let (_, answer) = site.json("/api/v1/search?q=Tafel&lang=de").await;
    let by_id = |id: &str| {
        answer["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("{id} in {answer}"))
    };
    let fresh = by_id("bd-tafel-adorf");
    assert_eq!(fresh["open_now"], true, "{fresh}");
    assert_eq!(fresh["open_now_reason"], "current_hours");
    let old = by_id("bd-tafel-bedorf");
    assert!(old["open_now"].is_null(), "{old}");
    assert_eq!(old["open_now_reason"], "hours_older_than_12_months");

    let page = site.page("/de/search?q=Tafel").await;
    let claims: Vec<(String, String)> = page
        .select(&sel(".card"))
        .map(|card| {
            let id = card
                .select(&sel("h2 a"))
                .next()
                .and_then(|a| a.value().attr("href"))
                .and_then(|h| h.rsplit('/').next())
                .unwrap_or_default()
                .to_owned();
            let live = card
                .select(&sel(".open"))
                .map(|e| e.text().collect::<String>())
                .collect::<String>();
            (id, live)
        })
        .collect();
    assert!(
        claims.contains(&("bd-tafel-adorf".into(), "Rund um die Uhr erreichbar".into())),
        "{claims:?}"
    );
    assert!(
        claims.contains(&("bd-tafel-bedorf".into(), String::new())),
        "{claims:?}"
    );
    // The old hours are still its hours: around the clock, as a note, not a claim.
    let old_page = site.page("/de/offer/bd-tafel-bedorf").await;
    assert_eq!(
        texts(&old_page, ".hours-note"),
        ["Rund um die Uhr erreichbar"]
    );
}
