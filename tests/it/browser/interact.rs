//! The checks that drive the page rather than read the sweep: 5 axe-core, 6 keyboard, 8 forced
//! colours, 9 print, 10 quick exit, 11 near me.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow};
use base64::Engine as _;
use lotse::lang::Lang;
use serde::Deserialize;
use serde_json::{Value, json};

use super::report::{Report, target_dir};
use super::sweep::{element_kind, js};
use super::{Kind, PageSpec, Suite, V320_200, V390, View};

/// Loads `page` at `view` (with 200 % text if the view says so).
fn open(suite: &mut Suite, page: &PageSpec, view: View) -> Result<()> {
    let url = suite.url(page);
    suite.browser.viewport(view.width)?;
    suite.browser.goto(&url)?;
    if view.text200 {
        suite
            .browser
            .eval("document.documentElement.style.fontSize = '200%'")?;
    }
    Ok(())
}

#[derive(Deserialize)]
struct Violation {
    id: String,
    impact: Option<String>,
    help: String,
    nodes: Vec<String>,
}

const AXE_RUN: &str = "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', \
    'wcag21a', 'wcag21aa', 'best-practice']}, resultTypes: ['violations']}).then((r) => \
    r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help, \
    nodes: v.nodes.map((n) => n.target.join(' '))})))";

/// Check 5: axe on every page type in every language at 390 px (the featured offers stand for all),
/// and home and the featured offers also at 320 px with 200 % text.
pub fn check_axe(suite: &mut Suite) -> Report {
    let mut report = Report::new("5-axe");
    let mut runs = Vec::new();
    for page in &suite.site.pages {
        let featured = suite.site.representative(page);
        if featured {
            runs.push((page.clone(), V390));
        }
        if featured && matches!(page.kind, Kind::Home | Kind::Offer(_)) {
            runs.push((page.clone(), V320_200));
        }
    }
    let started = Instant::now();
    for (page, view) in runs {
        let found = open(suite, &page, view)
            .and_then(|()| suite.browser.eval(&suite.axe.clone()))
            .and_then(|_| suite.browser.eval(AXE_RUN))
            .and_then(|v| Ok(serde_json::from_value::<Vec<Violation>>(v)?));
        let violations = match found {
            Ok(v) => v,
            Err(e) => {
                report.fail(
                    "axe could not run",
                    &page.path,
                    view.to_string(),
                    format!("{e:#}"),
                );
                continue;
            }
        };
        report.checked += 1;
        for v in violations {
            let shown: Vec<&str> = v.nodes.iter().take(4).map(String::as_str).collect();
            report.fail(
                format!(
                    "{} ({}): {}",
                    v.id,
                    v.impact.as_deref().unwrap_or("-"),
                    v.help
                ),
                &page.path,
                view.to_string(),
                format!(
                    "{} element(s): {}{}",
                    v.nodes.len(),
                    shown.join(" | "),
                    if v.nodes.len() > shown.len() {
                        " | …"
                    } else {
                        ""
                    }
                ),
            );
        }
    }
    println!("axe: {} pages in {:.0?}", report.checked, started.elapsed());
    report
}

#[derive(Deserialize)]
struct Focusable {
    index: i64,
    desc: String,
    text: String,
}

#[derive(Deserialize)]
struct Focused {
    index: i64,
    desc: String,
    text: String,
    quick_exit: bool,
    langpick: bool,
    sos: bool,
    outline_style: String,
    outline_width: f64,
    outline_color: [f64; 4],
    background: [f64; 3],
}

/// WCAG 2 relative luminance of an sRGB colour (0–255 channels).
fn luminance(rgb: [f64; 3]) -> f64 {
    let channel = |c: f64| {
        let c = c / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

/// WCAG contrast ratio of a colour (with alpha) drawn over an opaque background.
fn contrast(color: [f64; 4], background: [f64; 3]) -> f64 {
    let a = color[3];
    let over = [0, 1, 2].map(|i| color[i] * a + background[i] * (1.0 - a));
    let (l1, l2) = (luminance(over), luminance(background));
    (l1.max(l2) + 0.05) / (l1.min(l2) + 0.05)
}

fn css_rgb(c: &[f64]) -> String {
    format!("rgb({:.0} {:.0} {:.0})", c[0], c[1], c[2])
}

/// Tab presses until focus comes back to an element seen before or to the body (at most 400).
const TAB_CAP: usize = 400;

/// Check 6: keyboard on home, results, the first featured offer and emergency, in German and Arabic.
pub fn check_keyboard(suite: &mut Suite) -> Report {
    let mut report = Report::new("6-keyboard");
    let offer = Kind::Offer(suite.site.featured[0].clone());
    let mut pages = Vec::new();
    for lang in [Lang::De, Lang::Ar] {
        for kind in [Kind::Home, Kind::Results, offer.clone(), Kind::Emergency] {
            pages.push(suite.site.page(lang, &kind).clone());
        }
    }
    for page in pages {
        if let Err(e) = keyboard_page(suite, &page, &mut report) {
            report.fail(
                "keyboard check could not run",
                &page.path,
                "390px",
                format!("{e:#}"),
            );
        }
    }
    report
}

fn keyboard_page(suite: &mut Suite, page: &PageSpec, report: &mut Report) -> Result<()> {
    let at = "390px";
    open(suite, page, V390)?;
    let focusables: Vec<Focusable> =
        serde_json::from_value(suite.browser.eval(&js("focusables", &json!({})))?)?;
    let mut seen: Vec<Focused> = Vec::new();
    let mut indices = HashSet::new();
    let mut capped = true;
    for _ in 0..TAB_CAP {
        suite.browser.press("Tab", "Tab", 9, 0)?;
        let now: Option<Focused> =
            serde_json::from_value(suite.browser.eval(&js("focused", &json!({})))?)?;
        match now {
            Some(f) if indices.insert(f.index) => seen.push(f),
            _ => {
                capped = false;
                break;
            }
        }
    }
    report.checked += 1;
    if capped {
        report.fail(
            format!("focus did not come back around within {TAB_CAP} Tab presses"),
            &page.path,
            at,
            format!("{} elements reached", seen.len()),
        );
    }
    // (a) The first six presses reach the quick exit, the language choice and the emergency button.
    let first: Vec<String> = seen
        .iter()
        .take(6)
        .map(|f| format!("{} \"{}\"", element_kind(&f.desc), f.text))
        .collect();
    for (name, position) in [
        (".quick-exit", seen.iter().position(|f| f.quick_exit)),
        (".langpick summary", seen.iter().position(|f| f.langpick)),
        (".sos", seen.iter().position(|f| f.sos)),
    ] {
        match position {
            Some(p) if p < 6 => {}
            Some(p) => report.fail(
                format!("{name} not reached within the first 6 Tab presses"),
                &page.path,
                at,
                format!(
                    "reached at press {}; the first six: {}",
                    p + 1,
                    first.join(", ")
                ),
            ),
            None => report.fail(
                format!("{name} never reached by Tab"),
                &page.path,
                at,
                format!("the first six: {}", first.join(", ")),
            ),
        }
    }
    // (b) Every visible focusable element is reached.
    for f in &focusables {
        if !indices.contains(&f.index) {
            report.fail(
                format!(
                    "focusable element never reached by Tab: {}",
                    element_kind(&f.desc)
                ),
                &page.path,
                at,
                format!("{} \"{}\"", f.desc, f.text),
            );
        }
    }
    // (c) Tab follows the reading (DOM) order: the first element that comes earlier than its
    // predecessor.
    if let Some(pair) = seen.windows(2).find(|w| w[1].index < w[0].index) {
        report.fail(
            "Tab order leaves the reading order",
            &page.path,
            at,
            format!(
                "{} \"{}\" comes after {} \"{}\" but stands before it",
                pair[1].desc, pair[1].text, pair[0].desc, pair[0].text
            ),
        );
    }
    // (d) A visible focus outline: not none, at least 2 px, 3:1 against what lies behind it.
    for f in &seen {
        let kind = element_kind(&f.desc);
        let detail = format!(
            "{} \"{}\": outline {} {}px {}",
            f.desc,
            f.text,
            f.outline_style,
            f.outline_width,
            css_rgb(&f.outline_color)
        );
        if f.outline_style == "none" {
            report.fail(format!("no focus outline: {kind}"), &page.path, at, detail);
        } else if f.outline_width < 2.0 - 0.01 {
            report.fail(
                format!("focus outline thinner than 2 px: {kind}"),
                &page.path,
                at,
                detail,
            );
        } else {
            let ratio = contrast(f.outline_color, f.background);
            if ratio < 3.0 {
                report.fail(
                    format!("focus outline contrast below 3:1: {kind}"),
                    &page.path,
                    at,
                    format!("{detail} on {}: {ratio:.2}:1", css_rgb(&f.background)),
                );
            }
        }
    }
    Ok(())
}

#[derive(Deserialize)]
struct Forced {
    active: bool,
    elements: Vec<ForcedElement>,
}

#[derive(Deserialize)]
struct ForcedElement {
    selector: String,
    desc: String,
    text: String,
    borders: Vec<Side>,
    outline_style: String,
    outline_width: f64,
}

#[derive(Deserialize)]
struct Side {
    style: String,
    width: f64,
}

const FORCED_SELECTORS: [&str; 4] = [".search button", ".sos", ".quick-exit", "a[href^=\"tel:\"]"];

/// Check 8: with forced colours, the controls keep a border or outline (home, results, the first
/// featured offer and emergency, in every language, at 390 px).
pub fn check_forced_colours(suite: &mut Suite) -> Report {
    let mut report = Report::new("8-forced-colours");
    let offer = Kind::Offer(suite.site.featured[0].clone());
    let mut pages = Vec::new();
    for lang in Lang::ALL {
        for kind in [Kind::Home, Kind::Results, offer.clone(), Kind::Emergency] {
            pages.push(suite.site.page(lang, &kind).clone());
        }
    }
    let emulate = |suite: &mut Suite, on: bool| {
        let features = if on {
            json!([{"name": "forced-colors", "value": "active"}])
        } else {
            json!([])
        };
        suite
            .browser
            .call("Emulation.setEmulatedMedia", json!({"features": features}))
    };
    if let Err(e) = emulate(suite, true) {
        report.fail(
            "forced colours could not be emulated",
            "-",
            "-",
            format!("{e:#}"),
        );
        return report;
    }
    for page in pages {
        let measured = open(suite, &page, V390).and_then(|()| {
            let args = json!({"selectors": FORCED_SELECTORS});
            Ok(serde_json::from_value::<Forced>(
                suite.browser.eval(&js("forced", &args))?,
            )?)
        });
        let forced = match measured {
            Ok(f) => f,
            Err(e) => {
                report.fail(
                    "page could not be measured",
                    &page.path,
                    "390px",
                    format!("{e:#}"),
                );
                continue;
            }
        };
        report.checked += 1;
        if !forced.active {
            report.fail(
                "forced-colors emulation not active",
                &page.path,
                "390px",
                "(forced-colors: active) does not match",
            );
        }
        let mut expected = vec![".sos", ".quick-exit"];
        if matches!(page.kind, Kind::Home | Kind::Results) {
            expected.push(".search button");
        }
        if page.kind == Kind::Emergency {
            expected.push("a[href^=\"tel:\"]");
        }
        for selector in expected {
            if !forced.elements.iter().any(|e| e.selector == selector) {
                report.fail(
                    format!("{selector} missing"),
                    &page.path,
                    "390px",
                    "not rendered in forced colours",
                );
            }
        }
        for e in &forced.elements {
            let border = e
                .borders
                .iter()
                .any(|s| s.style != "none" && s.style != "hidden" && s.width >= 1.0);
            let outline = e.outline_style != "none" && e.outline_width >= 1.0;
            if !border && !outline {
                let sides: Vec<String> = e
                    .borders
                    .iter()
                    .map(|s| format!("{} {}px", s.style, s.width))
                    .collect();
                report.fail(
                    format!("no border or outline in forced colours: {}", e.selector),
                    &page.path,
                    "390px",
                    format!(
                        "{} \"{}\": border {}; outline {} {}px",
                        e.desc,
                        e.text,
                        sides.join(" / "),
                        e.outline_style,
                        e.outline_width
                    ),
                );
            }
        }
    }
    if let Err(e) = emulate(suite, false) {
        report.fail(
            "forced colours could not be switched off",
            "-",
            "-",
            format!("{e:#}"),
        );
    }
    report
}

#[derive(Deserialize)]
struct Printed {
    print: bool,
    location: String,
    url_found: bool,
    url_visible: bool,
    url_text: Option<String>,
    qr_found: bool,
    qr_visible: bool,
    sources_font_px: Option<f64>,
    website_text: Option<String>,
    website_count: usize,
}

/// Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`), checked against the root's
/// `/Count` (the largest, since inner page-tree nodes count fewer); either alone if the other cannot
/// be seen (compressed object streams).
pub fn pdf_pages(pdf: &[u8]) -> Result<usize, String> {
    let mut objects = 0;
    let mut i = 0;
    while let Some(at) = find(&pdf[i..], b"/Type") {
        let mut j = i + at + 5;
        while j < pdf.len() && pdf[j].is_ascii_whitespace() {
            j += 1;
        }
        if pdf[j..].starts_with(b"/Page") && !pdf.get(j + 5).is_some_and(u8::is_ascii_alphanumeric)
        {
            objects += 1;
        }
        i = j;
    }
    let mut count = 0;
    let mut i = 0;
    while let Some(at) = find(&pdf[i..], b"/Count") {
        let digits: String = pdf[i + at + 6..]
            .iter()
            .skip_while(|b| b.is_ascii_whitespace())
            .take_while(|b| b.is_ascii_digit())
            .map(|&b| char::from(b))
            .collect();
        count = count.max(digits.parse().unwrap_or(0));
        i += at + 6;
    }
    match (objects, count) {
        (0, 0) => Err("no pages found in the PDF".into()),
        (n, 0) | (0, n) => Ok(n),
        (n, c) if n == c => Ok(n),
        (n, c) => Err(format!("{n} page objects but /Count {c}")),
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Check 9: every offer in German and Arabic, and the three longest in every language, printed to A4.
pub fn check_print(suite: &mut Suite) -> Report {
    let mut report = Report::new("9-print");
    let mut pages = Vec::new();
    for page in &suite.site.pages {
        let Kind::Offer(id) = &page.kind else {
            continue;
        };
        if matches!(page.lang, Lang::De | Lang::Ar) || suite.site.longest.contains(id) {
            pages.push((page.clone(), id.clone()));
        }
    }
    let started = Instant::now();
    for (page, id) in pages {
        let website = suite.site.offer(&id).website.clone();
        match print_page(suite, &page, website.as_deref()) {
            Ok((printed, sheets)) => {
                report.checked += 1;
                judge_print(&mut report, &page, &printed, sheets);
            }
            Err(e) => report.fail(
                "page could not be printed",
                &page.path,
                "A4",
                format!("{e:#}"),
            ),
        }
    }
    let _ = suite
        .browser
        .call("Emulation.setEmulatedMedia", json!({"media": ""}));
    println!(
        "print: {} pages in {:.0?}",
        report.checked,
        started.elapsed()
    );
    report
}

fn print_page(
    suite: &mut Suite,
    page: &PageSpec,
    website: Option<&str>,
) -> Result<(Printed, usize)> {
    open(suite, page, V390)?;
    suite
        .browser
        .call("Emulation.setEmulatedMedia", json!({"media": "print"}))?;
    let printed: Printed = serde_json::from_value(
        suite
            .browser
            .eval(&js("print", &json!({"website": website})))?,
    )?;
    let pdf = suite.browser.call(
        "Page.printToPDF",
        json!({"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": false}),
    )?;
    let data = pdf["data"].as_str().context("no PDF data")?;
    let bytes = base64::engine::general_purpose::STANDARD.decode(data)?;
    suite
        .browser
        .call("Emulation.setEmulatedMedia", json!({"media": ""}))?;
    if let Some(name) = pdf_name(suite, page) {
        let dir = target_dir().join("browser-shots");
        if let Err(e) =
            std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(dir.join(&name), &bytes))
        {
            println!("{name} not saved: {e}");
        }
    }
    let sheets = pdf_pages(&bytes).map_err(|e| anyhow!("{e}"))?;
    Ok((printed, sheets))
}

/// `<lang>-offer-<id>.pdf` for the longest offers in German and Arabic (for people to look at).
fn pdf_name(suite: &Suite, page: &PageSpec) -> Option<String> {
    match &page.kind {
        Kind::Offer(id)
            if suite.site.longest.contains(id) && matches!(page.lang, Lang::De | Lang::Ar) =>
        {
            Some(format!("{}-offer-{id}.pdf", page.lang.code()))
        }
        _ => None,
    }
}

fn judge_print(report: &mut Report, page: &PageSpec, p: &Printed, sheets: usize) {
    let path = &page.path;
    if sheets != 1 {
        report.fail(
            format!(
                "prints on {} A4 pages",
                if sheets > 3 {
                    "4+".into()
                } else {
                    sheets.to_string()
                }
            ),
            path,
            "A4",
            format!("{sheets} pages"),
        );
    }
    if !p.print {
        report.fail(
            "print emulation not active",
            path,
            "print",
            "matchMedia('print') is false",
        );
    }
    if !p.url_found {
        report.fail(
            ".print-only .print-url missing",
            path,
            "print",
            "not in the page",
        );
    } else if !p.url_visible {
        report.fail(
            ".print-only .print-url not visible in print",
            path,
            "print",
            "",
        );
    } else {
        // The page's own absolute URL; the origin may be a configured public one.
        let text = p.url_text.as_deref().unwrap_or("");
        let own = text == p.location
            || url::Url::parse(text).is_ok_and(|u| {
                matches!(u.scheme(), "http" | "https")
                    && u.host().is_some()
                    && format!(
                        "{}{}",
                        u.path(),
                        u.query().map(|q| format!("?{q}")).unwrap_or_default()
                    ) == *path
            });
        if !own {
            report.fail(
                ".print-url is not the page's own absolute URL",
                path,
                "print",
                format!("\"{text}\", page is {}", p.location),
            );
        }
    }
    if !p.qr_found {
        report.fail(
            ".print-only svg.qr missing",
            path,
            "print",
            "not in the page",
        );
    } else if !p.qr_visible {
        report.fail(".print-only svg.qr not visible in print", path, "print", "");
    }
    match p.sources_font_px {
        None => report.fail(".sources missing", path, "print", "not in the page"),
        Some(px) if px > 13.5 => report.fail(
            ".sources font-size above 13.5 px (10 pt) in print",
            path,
            "print",
            format!("{px} px"),
        ),
        Some(_) => {}
    }
    if p.website_count > 1 {
        report.fail(
            "website link text appears more than once in print",
            path,
            "print",
            format!(
                "\"{}\" {} times",
                p.website_text.as_deref().unwrap_or(""),
                p.website_count
            ),
        );
    }
}

/// A neutral page standing in for the quick exit's target.
const NEUTRAL: &str = "<!doctype html><html lang=en><title>Weather</title><p>Sunny.</p></html>";

/// Check 10: the quick exit by three Shift presses and by a click, and the hide-visit page.
pub fn check_quick_exit(suite: &mut Suite) -> Report {
    let mut report = Report::new("10-quick-exit");
    {
        let (site, sweep) = suite.swept();
        for m in sweep.iter().filter(|m| m.view == V390) {
            let page = &site.pages[m.page];
            let Ok(probe) = &m.probe else {
                report.fail(
                    "page could not be measured",
                    &page.path,
                    "390px",
                    m.probe.as_ref().err().cloned().unwrap_or_default(),
                );
                continue;
            };
            report.checked += 1;
            if probe.status != Some(page.status) {
                report.fail(
                    format!(
                        "{} page answers another status than {}",
                        page.kind.name(),
                        page.status
                    ),
                    &page.path,
                    "390px",
                    format!("status {:?}", probe.status),
                );
            }
            // Every page links to the hide-visit page (which need not link to itself).
            if !probe.hide_link && page.kind != Kind::HideVisit {
                report.fail(
                    format!(
                        "no link to the hide-visit page on {} pages",
                        page.kind.name()
                    ),
                    &page.path,
                    "390px",
                    "no a[href$=\"/hide-visit\"]",
                );
            }
        }
    }
    for by_keys in [true, false] {
        let how = if by_keys {
            "three Shift presses"
        } else {
            "a click on .quick-exit"
        };
        let opened = in_fresh_tab(
            suite,
            &mut report,
            &format!("the quick exit by {how} could not be tried"),
            |suite, report| quick_exit(suite, by_keys, report),
            |suite| {
                let _ = suite.browser.call("Fetch.disable", json!({}));
            },
        );
        if !opened {
            break;
        }
    }
    report
}

/// Runs `body` on `/de/` in a fresh tab, then `undo` (what the body set in the browser) and closes the
/// tab; failures to try, open or close are reported. `false` if no tab could be opened.
fn in_fresh_tab(
    suite: &mut Suite,
    report: &mut Report,
    not_tried: &str,
    body: impl FnOnce(&mut Suite, &mut Report) -> Result<()>,
    undo: impl FnOnce(&mut Suite),
) -> bool {
    let previous = match suite.browser.open_tab() {
        Ok(p) => p,
        Err(e) => {
            report.fail(
                "a fresh tab could not be opened",
                "/de/",
                "390px",
                format!("{e:#}"),
            );
            return false;
        }
    };
    if let Err(e) = body(suite, report) {
        report.fail(not_tried, "/de/", "390px", format!("{e:#}"));
    }
    undo(suite);
    if let Err(e) = suite.browser.close_tab(previous) {
        report.fail(
            "the fresh tab could not be closed",
            "/de/",
            "390px",
            format!("{e:#}"),
        );
    }
    true
}

fn quick_exit(suite: &mut Suite, by_keys: bool, report: &mut Report) -> Result<()> {
    let home = format!("{}/de/", suite.base);
    suite.browser.viewport(V390.width)?;
    suite.browser.goto(&home)?;
    let href = suite.browser.eval(
        "(() => { const a = document.querySelector('.quick-exit'); return a ? a.href : null; })()",
    )?;
    let Some(exit) = href.as_str().map(str::to_string) else {
        report.fail(
            ".quick-exit missing",
            "/de/",
            "390px",
            if by_keys {
                "cannot try three Shift presses"
            } else {
                "cannot try a click"
            },
        );
        return Ok(());
    };
    let parsed = url::Url::parse(&exit).with_context(|| format!("the exit URL {exit}"))?;
    let host = parsed
        .host_str()
        .ok_or_else(|| anyhow!("the exit URL {exit} has no host"))?;
    if exit.starts_with(&suite.base) {
        report.fail(
            ".quick-exit leads to Lotse itself",
            "/de/",
            "390px",
            exit.clone(),
        );
    }
    suite.browser.call(
        "Fetch.enable",
        json!({"patterns": [{"urlPattern": format!("*://{host}*"), "requestStage": "Request"}]}),
    )?;
    let before = suite.browser.eval("history.length")?;
    report.checked += 1;
    let how = if by_keys {
        for _ in 0..3 {
            suite.browser.press("Shift", "ShiftLeft", 16, 8)?;
        }
        "three Shift presses"
    } else {
        suite
            .browser
            .eval("document.querySelector('.quick-exit').click()")?;
        "a click on .quick-exit"
    };
    match wait_for(suite, &exit, Duration::from_secs(5))? {
        (true, _, after) => {
            if by_keys && after != before {
                report.fail(
                    "the quick exit by Shift added a history entry (pushed instead of replaced)",
                    "/de/",
                    "390px",
                    format!("history.length {before} before, {after} after"),
                );
            }
        }
        (false, location, _) => report.fail(
            format!("{how} did not lead to the exit page within 5 s"),
            "/de/",
            "390px",
            format!("expected {exit}, location is {location}"),
        ),
    }
    Ok(())
}

/// Waits until the tab shows `exit` (answering intercepted requests with [`NEUTRAL`]); returns
/// whether it did, the last location and `history.length`.
fn wait_for(suite: &mut Suite, exit: &str, timeout: Duration) -> Result<(bool, String, Value)> {
    let deadline = Instant::now() + timeout;
    let body = base64::engine::general_purpose::STANDARD.encode(NEUTRAL);
    let mut last = (String::new(), Value::Null);
    while Instant::now() < deadline {
        // Paces the loop: waits a little for the request the exit makes.
        if let Ok(paused) = suite
            .browser
            .wait_event("Fetch.requestPaused", Duration::from_millis(50))
        {
            suite.browser.call(
                "Fetch.fulfillRequest",
                json!({
                    "requestId": paused["requestId"],
                    "responseCode": 200,
                    "responseHeaders": [{"name": "Content-Type", "value": "text/html; charset=utf-8"}],
                    "body": body,
                }),
            )?;
        }
        // A document being replaced may not answer; that is not yet the end.
        if let Ok(now) = suite.browser.eval("[location.href, history.length]") {
            last = (now[0].as_str().unwrap_or("").to_string(), now[1].clone());
            let ready = suite
                .browser
                .eval("document.readyState")
                .is_ok_and(|s| s == "complete");
            if last.0 == exit && ready {
                return Ok((true, last.0, last.1));
            }
        }
    }
    Ok((false, last.0, last.1))
}

/// A position in Dhünn (a district of the bundled content), as the browser would report it.
const HERE: (f64, f64) = (51.08261, 7.21139);

pub fn check_near_me(suite: &mut Suite) -> Report {
    let mut report = Report::new("11-near-me");
    in_fresh_tab(
        suite,
        &mut report,
        "near me could not be tried",
        near_me,
        |suite| {
            let _ = suite
                .browser
                .call("Emulation.clearGeolocationOverride", json!({}));
            let _ = suite
                .browser
                .call_browser("Browser.resetPermissions", json!({}));
        },
    );
    report
}

/// Waits until `js` is true in the page (which may be navigating meanwhile).
fn wait_until(suite: &mut Suite, js: &str, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if suite.browser.eval(js).is_ok_and(|v| v == Value::Bool(true)) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

fn near_me(suite: &mut Suite, report: &mut Report) -> Result<()> {
    let home = format!("{}/de/", suite.base);
    suite.browser.viewport(V390.width)?;
    suite.browser.call_browser(
        "Browser.grantPermissions",
        json!({"origin": suite.base, "permissions": ["geolocation"]}),
    )?;
    suite.browser.call(
        "Emulation.setGeolocationOverride",
        json!({"latitude": HERE.0, "longitude": HERE.1, "accuracy": 30}),
    )?;
    suite.browser.goto(&home)?;
    report.checked += 1;
    let shown = suite
        .browser
        .eval("(() => { const b = document.querySelector('form.near .near-me'); return !!b && !b.hidden && b.offsetHeight > 0; })()")?;
    if shown != Value::Bool(true) {
        report.fail(
            "the near-me button is not shown where the browser has a position",
            "/de/",
            "390px",
            format!("{shown}"),
        );
        return Ok(());
    }
    suite
        .browser
        .eval("document.querySelector('form.near .near-me button').click()")?;
    let arrived = wait_until(
        suite,
        "location.pathname.endsWith('/search') && document.readyState === 'complete'",
        Duration::from_secs(10),
    );
    if !arrived {
        let at = suite.browser.eval("location.href").unwrap_or(Value::Null);
        report.fail(
            "a tap on near me did not lead to the results",
            "/de/",
            "390px",
            format!("at {at}"),
        );
        return Ok(());
    }
    let page = suite.browser.eval(
        "(() => { const u = new URL(location.href); return { near: u.searchParams.get('near'), \
         place: u.searchParams.get('near_place'), here: (document.querySelector('.near-here') || {}).textContent || '', \
         distances: [...document.querySelectorAll('.card .distance')].map(d => d.textContent), \
         cards: document.querySelectorAll('.card').length }; })()",
    )?;
    let rounded = format!("{:.3},{:.3}", HERE.0, HERE.1);
    report.checked += 1;
    if page["near"] != Value::String(rounded.clone()) || !page["place"].is_null() {
        report.fail(
            "near me sends another position than the rounded one, or a place as well",
            "/de/search",
            "390px",
            format!("expected near={rounded}, got {page}"),
        );
    }
    if !page["here"]
        .as_str()
        .unwrap_or("")
        .contains("Ihrem Standort")
    {
        report.fail(
            "the results do not say they are sorted from the reader's position",
            "/de/search",
            "390px",
            format!("{page}"),
        );
    }
    let distances = page["distances"].as_array().cloned().unwrap_or_default();
    if distances.is_empty() || distances.len() as u64 != page["cards"].as_u64().unwrap_or(0) {
        report.fail(
            "not every card says how far it is",
            "/de/search",
            "390px",
            format!("{page}"),
        );
    }

    // The browser cannot tell where it is: the button says so, and the list of places still works.
    suite
        .browser
        .call("Emulation.setGeolocationOverride", json!({}))?;
    suite.browser.goto(&home)?;
    suite
        .browser
        .eval("document.querySelector('form.near .near-me button').click()")?;
    report.checked += 1;
    let told = wait_until(
        suite,
        "(() => { const f = document.querySelector('.near-me-failed'); return !!f && f.textContent.length > 0 && !document.querySelector('form.near .near-me button').disabled; })()",
        Duration::from_secs(20),
    );
    if !told {
        let at = suite
            .browser
            .eval("[location.href, (document.querySelector('.near-me-failed') || {}).textContent]")
            .unwrap_or(Value::Null);
        report.fail(
            "without a position, near me does not say so",
            "/de/",
            "390px",
            format!("{at}"),
        );
    }
    Ok(())
}

#[test]
fn pdf_pages_are_counted_from_page_objects_and_the_root_count() {
    let two = b"1 0 obj << /Type /Pages /Count 2 /Kids [2 0 R 3 0 R] >> endobj \
        2 0 obj << /Type /Page /Parent 1 0 R >> endobj 3 0 obj <</Type/Page/Parent 1 0 R>> endobj";
    assert_eq!(pdf_pages(two), Ok(2));
    assert!(pdf_pages(b"<< /Type /Pages /Count 3 >> << /Type /Page >>").is_err());
    assert_eq!(pdf_pages(b"<< /Type /Pages /Count 1 >> stream..."), Ok(1));
}

#[test]
fn contrast_follows_wcag() {
    let white = [255.0, 255.0, 255.0];
    assert!((contrast([0.0, 0.0, 0.0, 1.0], white) - 21.0).abs() < 0.01);
    assert!((contrast([255.0, 140.0, 0.0, 1.0], white) - 2.33).abs() < 0.01);
    // A translucent outline counts as the colour it shows over the background.
    assert!((contrast([0.0, 0.0, 0.0, 0.0], white) - 1.0).abs() < 0.01);
}
