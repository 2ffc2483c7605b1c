//! The sweep: every page of the site loaded once and measured at its viewports, and the checks that
//! read it (1 wrapping, 2 first screen, 3 language of parts, 4 ISO dates, 7 tap targets).
//!
//! Each page loads at 390 px; the other viewports are set on the loaded page (the layout follows a
//! resize, and 200 % text is set on `<html>`), so a page loads once. Pages of every type are measured at
//! 390 and 320 px, each with 100 % and 200 % text, and at 1024 px; the offers that are not featured at
//! 390 px and at 320 px with 200 % text.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use anyhow::{Context, Result};
use base64::Engine as _;
use lotse::lang::Lang;
use serde::Deserialize;
use serde_json::{Value, json};

use super::report::{Report, target_dir};
use super::{Kind, PageSpec, Suite, V320, V320_200, V390, V390_200, V1024, View};

/// The measuring script (see its head).
const PAGE_JS: &str = include_str!("page.js");

/// A call of one of `page.js`'s operations.
pub fn js(op: &str, args: &Value) -> String {
    format!("({PAGE_JS})({}, {args})", json!(op))
}

#[derive(Deserialize, Debug, Clone)]
pub struct Probe {
    pub status: Option<u16>,
    pub inner_width: f64,
    pub inner_height: f64,
    pub client_width: f64,
    pub scroll_y: f64,
    pub html_lang: String,
    pub root_font_size: String,
    pub nowrap: Vec<Wrap>,
    pub boxes: Boxes,
    /// Words of the site's name broken over two lines.
    pub brand_broken: Vec<String>,
    pub lang_links: Vec<LangLink>,
    pub tap: Vec<Tap>,
    pub hide_link: bool,
    pub iso: Vec<Iso>,
    pub foreign: Vec<TextNode>,
    pub texts: Vec<TextNode>,
}

#[derive(Deserialize, Debug, Clone)]
pub struct Wrap {
    pub desc: String,
    pub text: String,
    pub lines: u32,
    pub tops: Vec<f64>,
}

#[derive(Deserialize, Debug, Clone)]
pub struct Boxes {
    pub quick_exit: Option<Rect>,
    pub langpick: Option<Rect>,
    pub sos: Option<Rect>,
    pub brand: Option<Rect>,
}

#[derive(Deserialize, Debug, Clone)]
pub struct Rect {
    pub desc: String,
    pub text: String,
    pub visible: bool,
    pub top: f64,
    pub bottom: f64,
    pub left: f64,
    pub right: f64,
}

#[derive(Deserialize, Debug, Clone)]
pub struct LangLink {
    pub lang: Option<String>,
    pub hreflang: Option<String>,
    pub text: String,
    pub href: Option<String>,
}

#[derive(Deserialize, Debug, Clone)]
pub struct Tap {
    pub desc: String,
    pub text: String,
    pub big: bool,
    pub width: f64,
    pub height: f64,
}

#[derive(Deserialize, Debug, Clone)]
pub struct Iso {
    pub found: String,
    pub context: String,
}

#[derive(Deserialize, Debug, Clone)]
pub struct TextNode {
    pub text: String,
    pub desc: String,
    pub lang: Option<String>,
}

/// One page measured at one viewport (or why it could not be).
pub struct Measured {
    /// Index into `Site::pages`.
    pub page: usize,
    pub view: View,
    pub probe: Result<Probe, String>,
}

/// Loads and measures every page.
pub fn run(suite: &mut Suite) -> Vec<Measured> {
    let started = Instant::now();
    let shots = target_dir().join("browser-shots");
    if let Err(e) = std::fs::create_dir_all(&shots) {
        println!("no screenshots: {}: {e}", shots.display());
    }
    let mut out = Vec::new();
    let count = suite.site.pages.len();
    for i in 0..count {
        let page = suite.site.pages[i].clone();
        let views: &[View] = if suite.site.representative(&page) {
            &[V390, V390_200, V320, V320_200, V1024]
        } else {
            &[V390, V320_200]
        };
        let url = suite.url(&page);
        let loaded = suite
            .browser
            .viewport(V390.width)
            .and_then(|()| suite.browser.goto(&url));
        for &view in views {
            let probe = match &loaded {
                Ok(()) => measure(suite, &page, view),
                Err(e) => Err(anyhow::anyhow!("{e:#}")),
            };
            if probe.is_ok()
                && let Some(name) = shot_name(suite, &page, view)
                && let Err(e) = screenshot(suite, &shots.join(&name))
            {
                println!("screenshot {name} failed: {e:#}");
            }
            out.push(Measured {
                page: i,
                view,
                probe: probe.map_err(|e| format!("{e:#}")),
            });
        }
        if (i + 1) % 64 == 0 || i + 1 == count {
            println!(
                "browser sweep: {}/{count} pages measured in {:.0?}",
                i + 1,
                started.elapsed()
            );
        }
    }
    out
}

fn measure(suite: &mut Suite, page: &PageSpec, view: View) -> Result<Probe> {
    suite.browser.viewport(view.width)?;
    let size = if view.text200 { "'200%'" } else { "''" };
    suite
        .browser
        .eval(&format!("document.documentElement.style.fontSize = {size}"))?;
    let script = match page.lang {
        Lang::Ar | Lang::Fa => Some("Arabic"),
        Lang::Uk | Lang::Ru => Some("Cyrillic"),
        _ => None,
    };
    let text = view == V390;
    let args = json!({
        "width": view.width,
        "text": text,
        "texts": text && matches!(page.kind, Kind::Offer(_)),
        "script": script,
        "site_name": suite.site_name,
    });
    let value = suite.browser.eval(&js("probe", &args))?;
    serde_json::from_value(value).context("reading the measurements")
}

/// `<lang>-<page>-<width>[-200].png` for the phone views of home, results, the first featured offer
/// and the emergency page in German, Arabic and Ukrainian.
fn shot_name(suite: &Suite, page: &PageSpec, view: View) -> Option<String> {
    if ![V390, V320_200].contains(&view) || ![Lang::De, Lang::Ar, Lang::Uk].contains(&page.lang) {
        return None;
    }
    let name = match &page.kind {
        Kind::Home | Kind::Results | Kind::Emergency => page.kind.name(),
        Kind::Offer(id) if *id == suite.site.featured[0] => "offer",
        _ => return None,
    };
    let size = if view.text200 { "-200" } else { "" };
    Some(format!(
        "{}-{name}-{}{size}.png",
        page.lang.code(),
        view.width
    ))
}

/// A full-page PNG of the current tab.
fn screenshot(suite: &mut Suite, path: &std::path::Path) -> Result<()> {
    let metrics = suite.browser.call("Page.getLayoutMetrics", json!({}))?;
    let size = &metrics["cssContentSize"];
    let shot = suite.browser.call(
        "Page.captureScreenshot",
        json!({
            "format": "png",
            "captureBeyondViewport": true,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1},
        }),
    )?;
    let data = shot["data"].as_str().context("no screenshot data")?;
    let png = base64::engine::general_purpose::STANDARD.decode(data)?;
    std::fs::write(path, png)?;
    Ok(())
}

/// The last part of an element description without its href: `a.call.big`, `span.nw`.
pub fn element_kind(desc: &str) -> String {
    let last = desc.rsplit(" > ").next().unwrap_or(desc);
    last.split('[').next().unwrap_or(last).to_string()
}

/// The measurements of the pages at `views`, with their page; failures to measure go to `report`.
fn measured<'a>(
    suite: &'a mut Suite,
    views: &'a [View],
    report: &mut Report,
) -> Vec<(&'a PageSpec, View, &'a Probe)> {
    let (site, sweep) = suite.swept();
    let mut out = Vec::new();
    for m in sweep {
        if !views.contains(&m.view) {
            continue;
        }
        let page = &site.pages[m.page];
        match &m.probe {
            Ok(probe) => out.push((page, m.view, probe)),
            Err(e) => report.fail(
                "page could not be measured",
                &page.path,
                m.view.to_string(),
                e,
            ),
        }
    }
    out
}

const ALL_VIEWS: [View; 5] = [V320, V320_200, V390, V390_200, V1024];

/// Check 1.
pub fn check_nowrap(suite: &mut Suite) -> Report {
    let mut report = Report::new("1-nowrap");
    for (page, view, probe) in measured(suite, &ALL_VIEWS, &mut report) {
        for w in &probe.nowrap {
            report.checked += 1;
            if w.lines > 1 {
                report.fail(
                    format!("wraps onto {} lines: {}", w.lines, element_kind(&w.desc)),
                    &page.path,
                    view.to_string(),
                    format!("{} \"{}\" (line tops {:?})", w.desc, w.text, w.tops),
                );
            }
        }
    }
    report
}

/// Check 2.
pub fn check_first_screen(suite: &mut Suite) -> Report {
    let mut report = Report::new("2-first-screen");
    for (page, view, probe) in measured(suite, &ALL_VIEWS, &mut report) {
        report.checked += 1;
        let at = view.to_string();
        if (probe.inner_width - f64::from(view.width)).abs() > 1.0 {
            report.fail(
                "the page is wider than the viewport (the browser zoomed out)",
                &page.path,
                &at,
                format!(
                    "innerWidth {} for a {} px viewport",
                    probe.inner_width, view.width
                ),
            );
        }
        if probe.scroll_y != 0.0 {
            report.fail(
                "not at scroll 0 when measured",
                &page.path,
                &at,
                format!("scrollY {}", probe.scroll_y),
            );
        }
        if view.text200 && probe.root_font_size != "32px" {
            report.fail(
                "200 % text not applied",
                &page.path,
                &at,
                format!("root font size {}", probe.root_font_size),
            );
        }
        let b = &probe.boxes;
        for (name, rect) in [
            ("header a.quick-exit", &b.quick_exit),
            ("header .langpick summary", &b.langpick),
            ("header .sos", &b.sos),
        ] {
            let Some(r) = rect else {
                report.fail(
                    format!("{name} missing"),
                    &page.path,
                    &at,
                    "not in the page",
                );
                continue;
            };
            if !r.visible {
                report.fail(
                    format!("{name} not visible"),
                    &page.path,
                    &at,
                    format!("{} \"{}\"", r.desc, r.text),
                );
                continue;
            }
            if r.top < -0.5 || r.bottom > probe.inner_height + 0.5 {
                report.fail(
                    format!("{name} not within the first screen's height"),
                    &page.path,
                    &at,
                    format!(
                        "\"{}\" top {:.0}, bottom {:.0}, viewport height {:.0}",
                        r.text, r.top, r.bottom, probe.inner_height
                    ),
                );
            }
            if r.left < -0.5 || r.right > probe.client_width + 0.5 {
                report.fail(
                    format!("{name} not within the first screen's width"),
                    &page.path,
                    &at,
                    format!(
                        "\"{}\" left {:.0}, right {:.0}, viewport width {:.0}",
                        r.text, r.left, r.right, probe.client_width
                    ),
                );
            }
        }
        if !probe.brand_broken.is_empty() {
            report.fail(
                "the site's name is broken inside a word",
                &page.path,
                &at,
                format!("{:?}", probe.brand_broken),
            );
        }
        match (&b.sos, &b.brand) {
            (Some(sos), Some(brand)) if sos.visible => {
                let overlap = sos.bottom.min(brand.bottom) - sos.top.max(brand.top);
                if overlap <= 0.0 {
                    report.fail(
                        "header .sos not on the same row as header .brand",
                        &page.path,
                        &at,
                        format!(
                            ".sos {:.0}–{:.0}, .brand {:.0}–{:.0} (top–bottom)",
                            sos.top, sos.bottom, brand.top, brand.bottom
                        ),
                    );
                }
            }
            (_, None) => report.fail("header .brand missing", &page.path, &at, "not in the page"),
            _ => {}
        }
        if view == V390 && b.langpick.is_some() {
            check_language_links(&mut report, page, &probe.lang_links);
        }
    }
    report
}

/// The language choice's links carry `lang` and `hreflang` and name the language in itself.
fn check_language_links(report: &mut Report, page: &PageSpec, links: &[LangLink]) {
    let at = V390.to_string();
    if links.len() < Lang::ALL.len() - 1 {
        report.fail(
            "the language choice has too few links",
            &page.path,
            &at,
            format!(
                "{} links in header .langpick, expected at least {}",
                links.len(),
                Lang::ALL.len() - 1
            ),
        );
    }
    for link in links {
        let detail = format!(
            "<a href={:?} lang={:?} hreflang={:?}>{}</a>",
            link.href.as_deref().unwrap_or(""),
            link.lang.as_deref().unwrap_or("(none)"),
            link.hreflang.as_deref().unwrap_or("(none)"),
            link.text
        );
        let (Some(lang), Some(hreflang)) = (&link.lang, &link.hreflang) else {
            report.fail(
                "language link without lang or hreflang",
                &page.path,
                &at,
                detail,
            );
            continue;
        };
        if !lang.eq_ignore_ascii_case(hreflang) {
            report.fail(
                "language link whose lang and hreflang differ",
                &page.path,
                &at,
                &detail,
            );
        }
        match lang.parse::<Lang>() {
            Ok(l) if link.text == l.native_name() => {}
            Ok(l) => report.fail(
                "language link that does not name its language in itself",
                &page.path,
                &at,
                format!("{detail}, expected \"{}\"", l.native_name()),
            ),
            Err(_) => report.fail(
                "language link with an unknown lang",
                &page.path,
                &at,
                detail,
            ),
        }
    }
}

/// The primary subtag, lowercased: `de-leicht` → `de`.
fn primary(tag: &str) -> String {
    tag.split('-').next().unwrap_or(tag).to_ascii_lowercase()
}

/// Check 3.
pub fn check_language_of_parts(suite: &mut Suite) -> Report {
    let mut report = Report::new("3-language-of-parts");
    let pages = measured(suite, &[V390], &mut report);
    // (a) Latin text on pages in Arabic or Cyrillic script.
    for &(page, _, probe) in &pages {
        if probe.html_lang != page.lang.code() {
            report.fail(
                "<html lang> is not the page's language",
                &page.path,
                "390px",
                format!(
                    "lang=\"{}\", expected \"{}\"",
                    probe.html_lang,
                    page.lang.code()
                ),
            );
        }
        if !matches!(page.lang, Lang::Ar | Lang::Fa | Lang::Uk | Lang::Ru) {
            continue;
        }
        report.checked += 1;
        for t in &probe.foreign {
            let own = t.lang.as_deref().map(primary);
            if own.is_none() || own == Some(primary(&probe.html_lang)) {
                report.fail(
                    format!(
                        "Latin text without a language of its own: {}",
                        element_kind(&t.desc)
                    ),
                    &page.path,
                    "390px",
                    format!(
                        "{} \"{}\" (closest lang: {})",
                        t.desc,
                        t.text,
                        t.lang.as_deref().unwrap_or("none")
                    ),
                );
            }
        }
    }
    // (b) German texts on foreign offer pages.
    let german: HashMap<&str, HashSet<&str>> = pages
        .iter()
        .filter_map(|&(page, _, probe)| match &page.kind {
            Kind::Offer(id) if page.lang == Lang::De => Some((
                id.as_str(),
                probe.texts.iter().map(|t| t.text.as_str()).collect(),
            )),
            _ => None,
        })
        .collect();
    for &(page, _, probe) in &pages {
        let Kind::Offer(id) = &page.kind else {
            continue;
        };
        // Easy German pages are German: a German text there needs no mark.
        if matches!(page.lang, Lang::De | Lang::DeLeicht) {
            continue;
        }
        let Some(source) = german.get(id.as_str()) else {
            report.fail(
                "the German offer page was not measured",
                format!("/de/offer/{id}"),
                "390px",
                "cannot compare",
            );
            continue;
        };
        report.checked += 1;
        for t in &probe.texts {
            if !source.contains(t.text.as_str()) {
                continue;
            }
            if t.lang.as_deref().map(primary).as_deref() != Some("de") {
                report.fail(
                    format!(
                        "German text shown without lang=\"de\": {}",
                        element_kind(&t.desc)
                    ),
                    &page.path,
                    "390px",
                    format!(
                        "{} \"{}\" (closest lang: {})",
                        t.desc,
                        t.text,
                        t.lang.as_deref().unwrap_or("none")
                    ),
                );
            }
        }
    }
    report
}

/// Check 4.
pub fn check_iso_dates(suite: &mut Suite) -> Report {
    let mut report = Report::new("4-iso-dates");
    for (page, view, probe) in measured(suite, &[V390], &mut report) {
        report.checked += 1;
        for d in &probe.iso {
            report.fail(
                format!("ISO date in the text on {} pages", page.kind.name()),
                &page.path,
                view.to_string(),
                format!("\"{}\" in \"…{}…\"", d.found, d.context),
            );
        }
    }
    report
}

/// Check 7.
pub fn check_tap_targets(suite: &mut Suite) -> Report {
    let mut report = Report::new("7-tap-targets");
    for (page, view, probe) in measured(suite, &[V390, V320_200], &mut report) {
        for t in &probe.tap {
            report.checked += 1;
            // A twentieth of a pixel for rounding in the layout.
            let (min_w, min_h) = if t.big { (44.0, 44.0) } else { (0.0, 24.0) };
            if t.width + 0.05 < min_w || t.height + 0.05 < min_h {
                let what = if t.big {
                    "smaller than 44×44 px"
                } else {
                    "link lower than 24 px"
                };
                report.fail(
                    format!("{what}: {}", element_kind(&t.desc)),
                    &page.path,
                    view.to_string(),
                    format!("{} \"{}\": {:.1}×{:.1}", t.desc, t.text, t.width, t.height),
                );
            }
        }
    }
    report
}
