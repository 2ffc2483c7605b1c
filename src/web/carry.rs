//! State that lives in the URL and must survive navigation: mentor mode (`view=large`) and a referral
//! sheet being built (`o=ID…`, `also=xx`). Without cookies or script, the only place for it is every
//! link and form of the page, so one layer puts it there instead of every template and handler:
//!
//! * pages are rendered (and cached) as they always are; for a request that carries state, this layer
//!   rewrites the HTML on its way out (`lol_html`, a streaming HTML rewriter): each internal link that
//!   does not name a carried parameter gets it appended, each GET form gets hidden fields, `<html>`
//!   gets the class `large`, and the top of `<main>` gets the mentor bar (hand over, plain steps, a
//!   way out) or the sheet bar (how many offers, "show the sheet");
//! * the rewritten page has no ETag (the cached page's tag names other bytes) and is compressed by the
//!   outer compression layer; one that carries sheet ids is `no-store`, like the sheet itself.
//!
//! A link or form that manages the sheet's ids itself (the sheet's own links, which add or remove
//! one) names `o` already and is left as it is; `data-carry="view"` on a form limits it to the view.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};

use super::AppState;
use super::extract::{QueryPairs, lang_in_path};
use super::referral::MAX_OFFERS;
use crate::i18n::{num, t, t_args};
use crate::lang::Lang;

/// The largest page this layer rewrites (the booklet, the largest page, is never rewritten).
const MAX_PAGE_BYTES: usize = 4 * 1024 * 1024;

/// What the request's URL carries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Carried {
    /// Mentor mode: `view=large`.
    pub large: bool,
    /// The ids of the referral sheet being built, as given (each checked to look like an id).
    pub ids: Vec<String>,
    /// The sheet's second language, as given.
    pub also: Option<String>,
}

impl Carried {
    /// The carried state of a query string. Values that cannot be what they claim (an id with a
    /// space, a language code of 20 letters) are not carried; the pages that use them check them.
    pub fn from_query(query: &str) -> Carried {
        let pairs = QueryPairs::parse(query);
        let mut ids: Vec<String> = Vec::new();
        for id in pairs.all("o") {
            if looks_like_id(id) && !ids.iter().any(|i| i == id) && ids.len() < MAX_OFFERS {
                ids.push(id.to_owned());
            }
        }
        let also = pairs
            .get("also")
            .filter(|a| {
                !a.is_empty()
                    && a.len() <= 12
                    && a.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
            .map(str::to_owned);
        Carried {
            large: pairs.get("view") == Some("large"),
            also: also.filter(|_| !ids.is_empty()),
            ids,
        }
    }

    /// `true` if nothing is carried (the page goes out untouched).
    pub fn is_empty(&self) -> bool {
        !self.large && self.ids.is_empty()
    }

    /// `href` with the carried parameters it does not name yet; `None` for links this layer leaves
    /// alone (other sites, `tel:`, assets, the API, files).
    pub fn link(&self, href: &str, sheet: bool) -> Option<String> {
        if !href.starts_with('/') || href.starts_with("//") {
            return None;
        }
        let (rest, fragment) = match href.split_once('#') {
            Some((r, f)) => (r, Some(f)),
            None => (href, None),
        };
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        if path.starts_with("/static/")
            || path.starts_with("/api/")
            || path.ends_with(".vcf")
            || path.ends_with(".ics")
            || path.ends_with("/booklet")
        {
            return None;
        }
        let existing = QueryPairs::parse(query);
        let names = |n: &str| existing.0.iter().any(|(k, _)| k == n);
        let mut extra = url::form_urlencoded::Serializer::new(String::new());
        let mut added = false;
        if self.large && !names("view") {
            extra.append_pair("view", "large");
            added = true;
        }
        if sheet && !self.ids.is_empty() && !names("o") {
            for id in &self.ids {
                extra.append_pair("o", id);
            }
            if let Some(also) = self.also.as_deref().filter(|_| !names("also")) {
                extra.append_pair("also", also);
            }
            added = true;
        }
        if !added {
            return None;
        }
        let extra = extra.finish();
        let mut out = path.to_owned();
        out.push('?');
        if !query.is_empty() {
            out.push_str(query);
            out.push('&');
        }
        out.push_str(&extra);
        if let Some(f) = fragment {
            out.push('#');
            out.push_str(f);
        }
        Some(out)
    }

    /// Hidden form fields for what a GET form does not carry itself.
    fn hidden_fields(&self, sheet: bool) -> String {
        let mut out = String::new();
        if self.large {
            out.push_str(r#"<input type="hidden" name="view" value="large">"#);
        }
        if sheet {
            for id in &self.ids {
                out.push_str(&format!(
                    r#"<input type="hidden" name="o" value="{}">"#,
                    escape(id)
                ));
            }
            if let Some(also) = &self.also {
                out.push_str(&format!(
                    r#"<input type="hidden" name="also" value="{}">"#,
                    escape(also)
                ));
            }
        }
        out
    }
}

/// Offer ids are file names: lowercase letters, digits and hyphens.
fn looks_like_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An attribute value as written in HTML, with its character references decoded (askama writes `&`
/// as `&#38;`; other references are decoded as well, unknown ones kept as they are).
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest.find(';').filter(|end| *end <= 10).and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The page's path after its language segment with its query, without the carried parameters: the
/// page as the senior gets it on their own phone.
pub fn plain_rest(path: &str, query: Option<&str>, lang: Lang) -> String {
    let rest = path
        .strip_prefix(&format!("/{}", lang.code()))
        .filter(|r| r.is_empty() || r.starts_with('/'))
        .unwrap_or("/");
    let rest = if rest.is_empty() { "/" } else { rest };
    let kept: Vec<(String, String)> = QueryPairs::parse(query.unwrap_or_default())
        .0
        .into_iter()
        .filter(|(k, _)| !matches!(k.as_str(), "view" | "o" | "also" | "add"))
        .collect();
    if kept.is_empty() {
        return rest.to_owned();
    }
    let mut q = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in &kept {
        q.append_pair(k, v);
    }
    format!("{rest}?{}", q.finish())
}

/// The layer: rewrites HTML answers to requests that carry state (see the module doc).
pub async fn carry_state(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let carried = Carried::from_query(request.uri().query().unwrap_or_default());
    if carried.is_empty() {
        return next.run(request).await;
    }
    let path = request.uri().path().to_owned();
    let query = request.uri().query().map(str::to_owned);
    if path.ends_with("/booklet") {
        return next.run(request).await;
    }
    // The body is rewritten here: it must come uncompressed and whole, never as a 304.
    let headers = request.headers_mut();
    headers.remove(header::ACCEPT_ENCODING);
    headers.remove(header::IF_NONE_MATCH);
    let res = next.run(request).await;
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return res;
    }
    let engine = state.live.engine();
    let site = &engine.catalogue().site;
    let lang = lang_in_path(&path)
        .filter(|l| site.offers(*l))
        .unwrap_or(site.default_language);
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_PAGE_BYTES).await else {
        return super::pages::internal_error();
    };
    let html = String::from_utf8_lossy(&bytes);
    let on_sheet = path == format!("/{}/sheet", lang.code());
    let bar = bar(&carried, lang, &path, query.as_deref(), on_sheet);
    let Some(out) = rewrite(&html, &carried, !on_sheet, &bar, lang) else {
        return super::pages::internal_error();
    };
    parts.headers.remove(header::ETAG);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::CONTENT_ENCODING);
    if !carried.ids.is_empty() {
        parts
            .headers
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Response::from_parts(parts, Body::from(out))
}

/// The page with the carried state in its links and forms, `bar` at the top of `<main>`.
fn rewrite(html: &str, carried: &Carried, sheet: bool, bar: &str, lang: Lang) -> Option<String> {
    let on_sheet_text = t(lang, "sheet-on-it");
    rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("html", |el| {
                if carried.large {
                    let class = el.get_attribute("class").unwrap_or_default();
                    el.set_attribute("class", format!("{class} large").trim())?;
                }
                Ok(())
            }))
            .append_element_content_handler(element!("a[href]", |el| {
                // The rewriter gives attributes as written (`&#38;`) and writes them back as given
                // (escaping only `"`): decode, then escape `&` again.
                let href = unescape(&el.get_attribute("href").unwrap_or_default());
                if let Some(new) = carried.link(&href, sheet) {
                    el.set_attribute("href", &new.replace('&', "&amp;"))?;
                }
                // "Add to the sheet" on an offer already on it says so instead.
                if el
                    .get_attribute("class")
                    .is_some_and(|c| c.contains("add-sheet"))
                    && let Some((_, id)) = href.split_once("add=")
                    && carried.ids.iter().any(|i| i == id)
                {
                    el.set_inner_content(&on_sheet_text, ContentType::Text);
                }
                Ok(())
            }))
            .append_element_content_handler(element!("form", |el| {
                let get = el
                    .get_attribute("method")
                    .is_none_or(|m| m.eq_ignore_ascii_case("get"));
                let action = unescape(&el.get_attribute("action").unwrap_or_default());
                if get && action.starts_with('/') {
                    let sheet_too =
                        sheet && el.get_attribute("data-carry").as_deref() != Some("view");
                    el.append(&carried.hidden_fields(sheet_too), ContentType::Html);
                }
                Ok(())
            }))
            .append_element_content_handler(element!("main", |el| {
                el.prepend(bar, ContentType::Html);
                Ok(())
            })),
    )
    .ok()
}

/// The mentor bar and the sheet bar, as HTML (written here, so its links carry the state already).
fn bar(carried: &Carried, lang: Lang, path: &str, query: Option<&str>, on_sheet: bool) -> String {
    let mut out = String::new();
    let l = lang.code();
    if carried.large {
        let rest = plain_rest(path, query, lang);
        let mut handover = url::form_urlencoded::Serializer::new(String::new());
        handover.append_pair("path", &rest);
        handover.append_pair("view", "large");
        // The way out: the same page, without `view=large` (`view=normal` keeps it from being added).
        let mut leave = QueryPairs::parse(query.unwrap_or_default()).0;
        leave.retain(|(k, _)| k != "view");
        let mut leave_query = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &leave {
            leave_query.append_pair(k, v);
        }
        leave_query.append_pair("view", "normal");
        let handover_href = format!("/{l}/handover?{}", handover.finish());
        out.push_str(&format!(
            r#"<aside class="mentor-bar" aria-label="{label}"><p class="mentor-actions">{hand}<a class="mentor-leave" href="{leave}">{leave_text}</a></p><details class="mentor-help"><summary>{help}</summary><ol class="mentor-steps"><li>{s1}</li><li>{s2}</li><li>{s3}</li></ol></details></aside>"#,
            label = escape(&t(lang, "mentor-title")),
            help = escape(&t(lang, "mentor-help")),
            s1 = escape(&t(lang, "mentor-step-find")),
            s2 = escape(&t(lang, "mentor-step-read")),
            s3 = escape(&t(lang, "mentor-step-handover")),
            hand = if path.ends_with("/handover") {
                String::new()
            } else {
                format!(
                    r#"<a class="mentor-handover" href="{}">{}</a> "#,
                    escape(&handover_href),
                    escape(&t(lang, "mentor-handover"))
                )
            },
            leave = escape(&format!("{path}?{}", leave_query.finish())),
            leave_text = escape(&t(lang, "mentor-leave")),
        ));
    }
    if !carried.ids.is_empty() && !on_sheet {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        for id in &carried.ids {
            q.append_pair("o", id);
        }
        if let Some(also) = &carried.also {
            q.append_pair("also", also);
        }
        if carried.large {
            q.append_pair("view", "large");
        }
        out.push_str(&format!(
            r#"<p class="sheet-bar" role="status">{count} <a href="/{l}/sheet?{q}">{show}</a></p>"#,
            count = escape(&t_args(
                lang,
                "sheet-bar",
                &[("count", num(carried.ids.len() as f64))]
            )),
            q = escape(&q.finish()),
            show = escape(&t(lang, "sheet-show")),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_links_get_what_they_do_not_name_and_others_stay() {
        let c = Carried::from_query("view=large&o=wk-tafel&o=wk-cvjm&also=de");
        assert_eq!(
            c.link("/uk/search?q=x#top", true).unwrap(),
            "/uk/search?q=x&view=large&o=wk-tafel&o=wk-cvjm&also=de#top"
        );
        assert_eq!(
            c.link("/uk/sheet?o=wk-cvjm", true).unwrap(),
            "/uk/sheet?o=wk-cvjm&view=large"
        );
        assert_eq!(c.link("/uk/", false).unwrap(), "/uk/?view=large");
        assert_eq!(c.link("https://t.me/share/url?url=x", true), None);
        assert_eq!(c.link("//evil.example/", true), None);
        assert_eq!(c.link("/static/style.css", true), None);
        assert_eq!(c.link("/uk/offer/wk-tafel.ics", true), None);
    }

    #[test]
    fn carried_ids_must_look_like_ids_and_are_capped() {
        let many: Vec<String> = (0..20).map(|i| format!("o=x{i}")).collect();
        let c = Carried::from_query(&format!("{}&o=bad%20id&o=%3Cscript%3E", many.join("&")));
        assert_eq!(c.ids.len(), MAX_OFFERS);
        assert!(c.ids.iter().all(|i| looks_like_id(i)));
        assert!(Carried::from_query("view=small").is_empty());
    }

    #[test]
    fn attribute_values_are_read_with_their_references_decoded() {
        assert_eq!(
            unescape("/de/x?a=1&#38;b=2&amp;c=&#x26;&lt;"),
            "/de/x?a=1&b=2&c=&<"
        );
        assert_eq!(unescape("a & b &unknown; &#;"), "a & b &unknown; &#;");
    }

    #[test]
    fn a_rewritten_page_keeps_its_ampersands_escaped_and_its_links_whole() {
        let c = Carried::from_query("view=large");
        let html = r#"<html><body><main><a href="/de/handover?path=%2F&#38;to=uk">x</a><form action="/de/search"></form></main></body></html>"#;
        let out = rewrite(html, &c, true, "<p>bar</p>", Lang::De).unwrap();
        assert!(
            out.contains(r#"href="/de/handover?path=%2F&amp;to=uk&amp;view=large""#),
            "{out}"
        );
        assert!(out.contains(r#"<input type="hidden" name="view" value="large"></form>"#));
        assert!(out.contains(r#"<html class="large">"#));
        assert!(out.contains("<main><p>bar</p>"));
    }

    #[test]
    fn the_plain_page_drops_the_carried_parameters() {
        assert_eq!(
            plain_rest("/de/search", Some("q=Tafel&view=large&o=a"), Lang::De),
            "/search?q=Tafel"
        );
        assert_eq!(plain_rest("/de/", Some("view=large"), Lang::De), "/");
        assert_eq!(plain_rest("/de", None, Lang::De), "/");
    }
}
