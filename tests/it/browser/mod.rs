//! The pages in a real browser: headless Chromium driven over the DevTools protocol, against a server
//! on loopback, checking the "done when" list of the accessibility issue (see each test).
//!
//! Needs `chromium` (Debian package) and axe-core (`npm ci --prefix tests/browser`). Without them the
//! tests print one line and pass, unless `LOTSE_REQUIRE_BROWSER=1` (CI), which makes that a failure.
//!
//! One browser, one server and one tab serve every test (behind a lock, so the tests take turns). Most
//! checks read one shared sweep: every page in every language loaded once and measured at each viewport
//! (see [`sweep`]). Failures are collected over all pages before a test fails, grouped by kind, with the
//! full list in `target/browser-report/<check>.txt`. Phone-sized screenshots go to
//! `target/browser-shots/` for people to look at; nothing asserts on them.

mod cdp;
mod interact;
mod report;
mod sweep;

use std::net::SocketAddr;
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, mpsc};

use lotse::lang::Lang;
use lotse::service::Live;
use lotse::web::server::Limits;
use lotse::web::{AppState, router};

use cdp::Browser;
use sweep::Measured;

/// A viewport: its width in CSS px, and whether the user's text size is doubled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    pub width: u32,
    pub text200: bool,
}

pub const V320: View = View {
    width: 320,
    text200: false,
};
pub const V320_200: View = View {
    width: 320,
    text200: true,
};
pub const V390: View = View {
    width: 390,
    text200: false,
};
pub const V390_200: View = View {
    width: 390,
    text200: true,
};
pub const V1024: View = View {
    width: 1024,
    text200: false,
};

impl std::fmt::Display for View {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}px", self.width)?;
        if self.text200 {
            write!(f, "@200%")?;
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Home,
    Results,
    CrisisResults,
    Category,
    Offer(String),
    Emergency,
    HideVisit,
    Error,
}

impl Kind {
    /// The page type's short name (offer pages share one).
    pub fn name(&self) -> &'static str {
        match self {
            Kind::Home => "home",
            Kind::Results => "results",
            Kind::CrisisResults => "crisis-results",
            Kind::Category => "category",
            Kind::Offer(_) => "offer",
            Kind::Emergency => "emergency",
            Kind::HideVisit => "hide-visit",
            Kind::Error => "error",
        }
    }
}

/// One page of the site in one language.
#[derive(Clone, Debug)]
pub struct PageSpec {
    pub lang: Lang,
    pub kind: Kind,
    /// Path and query, e.g. `/ar/search?q=…`.
    pub path: String,
    /// The HTTP status the page should answer with.
    pub status: u16,
}

/// What the tests need to know about one offer (from its content file).
#[derive(Clone, Debug)]
pub struct OfferInfo {
    pub id: String,
    pub phones: usize,
    pub hours: usize,
    pub description_len: usize,
    pub website: Option<String>,
}

/// Every page the tests visit.
pub struct Site {
    pub pages: Vec<PageSpec>,
    pub offers: Vec<OfferInfo>,
    /// The three offers with the most phone numbers and opening hours (axe, keyboard, all viewports).
    pub featured: Vec<String>,
    /// The three offers with the longest German description (printed in every language).
    pub longest: Vec<String>,
}

impl Site {
    fn load() -> Site {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut offers = Vec::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("content/offers"))
            .expect("content/offers")
            .map(|e| e.expect("a directory entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("an offer file");
            let value: toml::Value =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{} parses: {e}", file.display()));
            let count = |v: Option<&toml::Value>| v.and_then(|v| v.as_array()).map_or(0, Vec::len);
            offers.push(OfferInfo {
                id: file.file_stem().unwrap().to_string_lossy().into_owned(),
                phones: count(value.get("contact").and_then(|c| c.get("phones"))),
                hours: count(value.get("hours").and_then(|h| h.get("slots"))),
                description_len: value
                    .get("description")
                    .and_then(|d| d.as_str())
                    .map_or(0, |d| d.chars().count()),
                website: value
                    .get("contact")
                    .and_then(|c| c.get("website"))
                    .and_then(|w| w.as_str())
                    .map(str::to_string),
            });
        }
        let mut by_contacts: Vec<&OfferInfo> = offers.iter().collect();
        by_contacts.sort_by(|a, b| {
            (b.phones + b.hours)
                .cmp(&(a.phones + a.hours))
                .then(a.id.cmp(&b.id))
        });
        let featured = by_contacts.iter().take(3).map(|o| o.id.clone()).collect();
        let mut by_length: Vec<&OfferInfo> = offers.iter().collect();
        by_length.sort_by(|a, b| {
            b.description_len
                .cmp(&a.description_len)
                .then(a.id.cmp(&b.id))
        });
        let longest = by_length.iter().take(3).map(|o| o.id.clone()).collect();

        let queries = read_tsv(&root.join("eval/queries.tsv"));
        let issue8 = read_tsv(&root.join("eval/issue-8.tsv"));
        let mut pages = Vec::new();
        for lang in Lang::ALL {
            let code = lang.code();
            let ordinary = first_query(&queries, code, false)
                // Easy German has no row of its own; it is searched through German.
                .or_else(|| first_query(&queries, "de", false))
                .unwrap_or_else(|| panic!("an ordinary query for {code}"));
            let crisis = first_query(&queries, code, true)
                .or_else(|| first_query(&issue8, code, true))
                .unwrap_or_else(|| panic!("a crisis query for {code}"));
            let q =
                |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
            let mut add = |kind: Kind, path: String, status: u16| {
                pages.push(PageSpec {
                    lang,
                    kind,
                    path,
                    status,
                })
            };
            add(Kind::Home, format!("/{code}/"), 200);
            add(
                Kind::Results,
                format!("/{code}/search?q={}", q(&ordinary)),
                200,
            );
            add(
                Kind::CrisisResults,
                format!("/{code}/search?q={}", q(&crisis)),
                200,
            );
            add(Kind::Category, format!("/{code}/category/food-bank"), 200);
            add(Kind::Emergency, format!("/{code}/emergency"), 200);
            add(Kind::HideVisit, format!("/{code}/hide-visit"), 200);
            add(Kind::Error, format!("/{code}/offer/does-not-exist"), 404);
            for o in &offers {
                add(
                    Kind::Offer(o.id.clone()),
                    format!("/{code}/offer/{}", o.id),
                    200,
                );
            }
        }
        Site {
            pages,
            offers,
            featured,
            longest,
        }
    }

    pub fn offer(&self, id: &str) -> &OfferInfo {
        self.offers
            .iter()
            .find(|o| o.id == id)
            .expect("a known offer")
    }

    /// The page of `kind` in `lang`.
    pub fn page(&self, lang: Lang, kind: &Kind) -> &PageSpec {
        self.pages
            .iter()
            .find(|p| p.lang == lang && &p.kind == kind)
            .expect("a page of that kind")
    }

    /// Whether a page is one of every type's representatives (measured at every viewport): all but the
    /// offers that are not featured.
    pub fn representative(&self, page: &PageSpec) -> bool {
        match &page.kind {
            Kind::Offer(id) => self.featured.contains(id),
            _ => true,
        }
    }
}

fn read_tsv(path: &Path) -> Vec<Vec<String>> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

/// The first query of `lang` (columns lang, query, expect, crisis) with the given crisis flag.
fn first_query(rows: &[Vec<String>], lang: &str, crisis: bool) -> Option<String> {
    let flag = if crisis { "1" } else { "0" };
    rows.iter()
        .find(|r| r.len() >= 4 && r[0] == lang && r[3].trim() == flag)
        .map(|r| r[1].clone())
}

/// The shared browser, server and site, and what has been measured so far.
pub struct Suite {
    pub browser: Browser,
    /// `http://127.0.0.1:PORT`
    pub base: String,
    pub site: Site,
    /// The axe-core source, injected into pages.
    pub axe: String,
    /// The site name, the same in every language (not a text that needs a language).
    pub site_name: String,
    sweep: Option<Vec<Measured>>,
}

impl Suite {
    pub fn url(&self, page: &PageSpec) -> String {
        format!("{}{}", self.base, page.path)
    }

    /// The site and the shared sweep (measured on first use).
    pub fn swept(&mut self) -> (&Site, &[Measured]) {
        if self.sweep.is_none() {
            let measured = sweep::run(self);
            self.sweep = Some(measured);
        }
        (&self.site, self.sweep.as_deref().unwrap_or(&[]))
    }
}

/// The suite, for one test at a time; `None` (after printing why) when the tests are skipped.
pub struct Held(MutexGuard<'static, Option<Suite>>);

impl Deref for Held {
    type Target = Suite;
    fn deref(&self) -> &Suite {
        self.0.as_ref().expect("the suite is set up")
    }
}

impl DerefMut for Held {
    fn deref_mut(&mut self) -> &mut Suite {
        self.0.as_mut().expect("the suite is set up")
    }
}

enum Setup {
    Ready(Box<Mutex<Option<Suite>>>),
    Skipped(String),
}

static SUITE: OnceLock<Setup> = OnceLock::new();

const SKIP_HINT: &str = "apt-get install chromium, npm ci --prefix tests/browser";

/// The shared suite, or `None` when chromium or axe-core is missing and `LOTSE_REQUIRE_BROWSER` is not
/// set (then it prints one line saying so).
pub fn suite() -> Option<Held> {
    let setup = SUITE.get_or_init(|| {
        let required = std::env::var("LOTSE_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
        let missing = match (chromium(), axe_path()) {
            (None, _) => Some("chromium not found"),
            (_, p) if !p.is_file() => Some("axe-core not found"),
            _ => None,
        };
        if let Some(what) = missing {
            if required {
                panic!("LOTSE_REQUIRE_BROWSER=1 but {what}; {SKIP_HINT}");
            }
            return Setup::Skipped(format!("browser tests skipped: {what}; {SKIP_HINT}"));
        }
        Setup::Ready(Box::new(Mutex::new(Some(start()))))
    });
    match setup {
        Setup::Skipped(line) => {
            println!("{line}");
            None
        }
        Setup::Ready(lock) => Some(Held(lock.lock().unwrap_or_else(|e| e.into_inner()))),
    }
}

fn chromium() -> Option<PathBuf> {
    // LOTSE_CHROMIUM names another browser binary (Chrome, a newer Chromium).
    if let Some(p) = std::env::var_os("LOTSE_CHROMIUM") {
        return Some(PathBuf::from(p)).filter(|p| p.is_file());
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser"].iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

fn axe_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/node_modules/axe-core/axe.min.js")
}

fn start() -> Suite {
    let base = format!("http://{}", start_server());
    let chromium = chromium().expect("found before");
    // The browser is started from a thread that lives as long as the test process: it dies with the
    // process (PR_SET_PDEATHSIG), and the exit hook kills it when the tests end normally.
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("chromium-parent".into())
        .spawn(move || {
            let _ = tx.send(Browser::launch(&chromium));
            loop {
                std::thread::park();
            }
        })
        .expect("a thread");
    let mut browser = rx
        .recv()
        .expect("the launcher answers")
        .unwrap_or_else(|e| panic!("chromium starts: {e:#}"));
    // SAFETY: registers a plain function to run at exit.
    unsafe {
        libc::atexit(stop_browser);
    }
    browser.open_tab().expect("a tab opens");
    let site_name = lotse::content::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"))
        .expect("the bundled content loads")
        .site
        .name;
    Suite {
        browser,
        base,
        site: Site::load(),
        axe: std::fs::read_to_string(axe_path()).expect("axe-core reads"),
        site_name,
        sweep: None,
    }
}

/// At exit: drops the suite, which kills the browser and removes its profile.
extern "C" fn stop_browser() {
    if let Some(Setup::Ready(lock)) = SUITE.get()
        && let Ok(mut suite) = lock.try_lock()
    {
        drop(suite.take());
    }
}

/// Serves the bundled content on 127.0.0.1 from a runtime on its own thread; returns the address.
fn start_server() -> SocketAddr {
    let index = crate::bundled_index();
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("lotse-server".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("a runtime");
            runtime.block_on(async move {
                let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
                let live = Arc::new(Live::start(&content, index).expect("the index opens"));
                let app = router(AppState::new(live));
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                    .await
                    .expect("a port");
                tx.send(listener.local_addr().expect("an address"))
                    .expect("the test waits");
                lotse::web::serve(listener, app, Limits::default(), std::future::pending())
                    .await
                    .expect("serves");
            });
        })
        .expect("a thread");
    rx.recv().expect("the server starts")
}

/// Check 1: No phone number, time, time range or date (`.nw`) wraps onto a second line.
#[test]
fn phone_numbers_and_times_do_not_wrap() {
    let Some(mut suite) = suite() else { return };
    sweep::check_nowrap(&mut suite).finish();
}

/// Check 2: Quick exit, language choice and the emergency button are on the first screen; the emergency
/// button shares the brand's row, and the brand (the site's name) is never broken inside a word; the
/// language links name their language in itself.
#[test]
fn quick_exit_and_language_choice_are_on_the_first_screen() {
    let Some(mut suite) = suite() else { return };
    sweep::check_first_screen(&mut suite).finish();
}

/// Check 3: Text in another language than the page's says its language (Latin text on Arabic, Persian,
/// Ukrainian and Russian pages; German texts shown untranslated on foreign offer pages).
#[test]
fn text_in_another_language_says_its_language() {
    let Some(mut suite) = suite() else { return };
    sweep::check_language_of_parts(&mut suite).finish();
}

/// Check 4: No ISO date (2026-11-21, 2026-11) in any page's text.
#[test]
fn pages_show_no_iso_dates() {
    let Some(mut suite) = suite() else { return };
    sweep::check_iso_dates(&mut suite).finish();
}

/// Check 5: axe-core (WCAG 2.1 A/AA and best practice) finds no violation on any page type in any language.
#[test]
fn axe_finds_no_violations() {
    let Some(mut suite) = suite() else { return };
    interact::check_axe(&mut suite).finish();
}

/// Check 6: Tab reaches the quick exit, language choice and emergency button first, then everything else in
/// reading order, with a visible focus outline.
#[test]
fn keyboard_reaches_everything_in_order_with_visible_focus() {
    let Some(mut suite) = suite() else { return };
    interact::check_keyboard(&mut suite).finish();
}

/// Check 7: Tap targets: 44×44 px for calls, buttons, fields, summaries, quick exit, emergency and card
/// titles; 24 px high for other links.
#[test]
fn tap_targets_are_large_enough() {
    let Some(mut suite) = suite() else { return };
    sweep::check_tap_targets(&mut suite).finish();
}

/// Check 8: In forced colours the search button, emergency button, quick exit and call links keep a border
/// or outline.
#[test]
fn forced_colours_keep_the_controls_shapes() {
    let Some(mut suite) = suite() else { return };
    interact::check_forced_colours(&mut suite).finish();
}

/// Check 9: Offer pages print on one A4 page, with their own URL and a QR code, small sources and the
/// website not twice.
#[test]
fn offer_pages_print_on_one_a4_page() {
    let Some(mut suite) = suite() else { return };
    interact::check_print(&mut suite).finish();
}

/// Check 10: The quick exit (three Shift presses or a click) replaces the visit with the exit page; the
/// hide-visit page answers in every language and is linked from every page.
#[test]
fn quick_exit_replaces_the_visit() {
    let Some(mut suite) = suite() else { return };
    interact::check_quick_exit(&mut suite).finish();
}

/// Check 11: "Near me" on the home page: with the browser's position, one tap lists the offers by
/// distance from it (sent rounded, no place as well); without one, the button says so.
#[test]
fn near_me_sorts_from_the_browsers_position() {
    let Some(mut suite) = suite() else { return };
    interact::check_near_me(&mut suite).finish();
}
