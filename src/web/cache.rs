//! Pages that depend only on the content and the language, rendered once and served from memory.
//!
//! Home, category, offer and emergency pages change when the content changes, and with the clock: an
//! offer page says whether the offer is open now. So a rendered page is kept for its content
//! generation and the current minute (opening hours have minute precision), then rendered again on its
//! next request. Each page keeps its HTML and, made on first demand, its gzip and brotli bodies; its
//! ETag is a digest of the HTML, so a page that did not change answers `304 Not Modified` across
//! minutes and generations alike.
//!
//! Only pages that exist are kept (their keys come from the catalogue's languages and ids, not from
//! whatever a client asks for), and everything is dropped when the generation or the minute changes:
//! the memory is bounded by the size of the site.
//!
//! Results pages are kept the same way for one kind of query only: a single word of the directory
//! itself ("Tafel", see [`crate::search::Engine::is_directory_word`]), which says nothing about the
//! reader beyond the need the statistics count anyway. Free text, a crisis answer or a query with
//! filters is never kept. They are bounded by [`MAX_SEARCH_PAGES`] per minute, and compressed at
//! gzip's fastest level only (like every answer made per request), so cycling through the vocabulary
//! costs no more than searching it.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::search::Need;

/// The rendered pages of one generation and minute.
#[derive(Default)]
pub struct PageCache {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    generation: String,
    minute: i64,
    pages: HashMap<String, Arc<Prepared>>,
    searches: HashMap<String, (Arc<Prepared>, Need)>,
}

/// At most this many results pages are kept per generation and minute (a few hundred kilobytes).
pub const MAX_SEARCH_PAGES: usize = 64;

impl State {
    /// The state for `generation` and `minute`, emptied if either changed.
    fn at(&mut self, generation: &str, minute: i64) -> &mut State {
        if self.generation != generation || self.minute != minute {
            self.pages.clear();
            self.searches.clear();
            self.generation = generation.to_owned();
            self.minute = minute;
        }
        self
    }
}

fn this_minute() -> i64 {
    jiff::Timestamp::now().as_second().div_euclid(60)
}

impl PageCache {
    /// The page at `key` for `generation`, rendered by `render` unless it already was this minute.
    /// `None` when rendering failed (logged by the caller's `render`).
    pub fn get_or_render(
        &self,
        generation: &str,
        key: &str,
        render: impl FnOnce() -> Option<String>,
    ) -> Option<Arc<Prepared>> {
        let minute = this_minute();
        {
            let mut state = self.lock();
            if let Some(page) = state.at(generation, minute).pages.get(key) {
                return Some(Arc::clone(page));
            }
        }
        // Rendered outside the lock: two readers of one new page may both render it, nobody waits.
        let page = Arc::new(Prepared::new(render()?));
        let mut state = self.lock();
        if state.generation == generation && state.minute == minute {
            state.pages.insert(key.to_owned(), Arc::clone(&page));
        }
        Some(page)
    }

    /// The results page kept at `key` (see the module's note) for `generation` this minute, with the
    /// need it answered (which the statistics count on every request).
    pub fn search_page(&self, generation: &str, key: &str) -> Option<(Arc<Prepared>, Need)> {
        let mut state = self.lock();
        let (page, need) = state.at(generation, this_minute()).searches.get(key)?;
        Some((Arc::clone(page), need.clone()))
    }

    /// Keeps a results page rendered for `generation` at `key`, unless the minute has turned since
    /// `minute` or [`MAX_SEARCH_PAGES`] are kept already. The caller decides what may be kept.
    pub fn keep_search_page(
        &self,
        generation: &str,
        minute: i64,
        key: &str,
        page: Arc<Prepared>,
        need: Need,
    ) {
        let mut state = self.lock();
        let state = state.at(generation, this_minute());
        if state.minute == minute && state.searches.len() < MAX_SEARCH_PAGES {
            state.searches.insert(key.to_owned(), (page, need));
        }
    }

    /// How many results pages are kept now.
    pub fn kept_results_pages(&self) -> usize {
        self.lock().searches.len()
    }

    /// The minute a page rendered now belongs to.
    pub fn minute(&self) -> i64 {
        this_minute()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A body served from memory: its bytes, compressed forms made on demand, and its ETag.
pub struct Prepared {
    content_type: &'static str,
    identity: Bytes,
    gzip: OnceLock<Bytes>,
    brotli: OnceLock<Bytes>,
    etag: HeaderValue,
    /// Compressed as an answer made per request is: gzip at its fastest level, no brotli (a results
    /// page kept for a minute is not worth brotli's best quality, some milliseconds per page).
    fast: bool,
}

/// How a body may be sent, as the client's `Accept-Encoding` allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Prepared {
    /// An HTML page.
    pub fn new(html: String) -> Prepared {
        Prepared::with_type("text/html; charset=utf-8", Bytes::from(html))
    }

    /// Any body, with its content type.
    pub fn with_type(content_type: &'static str, body: Bytes) -> Prepared {
        let digest = Sha256::digest(&body);
        let tag: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
        Prepared {
            content_type,
            identity: body,
            gzip: OnceLock::new(),
            brotli: OnceLock::new(),
            etag: HeaderValue::from_str(&format!("\"{tag}\"")).expect("hex is a valid header"),
            fast: false,
        }
    }

    /// A results page kept for a minute (see the module's note): compressed like any answer made per
    /// request.
    pub fn results_page(html: String) -> Prepared {
        Prepared {
            fast: true,
            ..Prepared::new(html)
        }
    }

    /// The ETag (quoted), also usable as a version in URLs.
    pub fn etag(&self) -> &HeaderValue {
        &self.etag
    }

    /// The answer to a GET with `request` headers: `304` when the client has this version, else the
    /// body in the best encoding the client accepts, with `cache_control`.
    pub fn respond(&self, request: &HeaderMap, cache_control: &'static str) -> Response {
        let mut res = if self.is_cached_by(request) {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let encoding = preferred(request, !self.fast);
            let body = match encoding {
                Encoding::Brotli => self.brotli.get_or_init(|| brotli(&self.identity)).clone(),
                Encoding::Gzip => {
                    let level = if self.fast {
                        flate2::Compression::fast()
                    } else {
                        flate2::Compression::best()
                    };
                    self.gzip
                        .get_or_init(|| gzip(&self.identity, level))
                        .clone()
                }
                Encoding::Identity => self.identity.clone(),
            };
            let mut res = Response::new(Body::from(body));
            let headers = res.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(self.content_type),
            );
            match encoding {
                Encoding::Brotli => {
                    headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
                }
                Encoding::Gzip => {
                    headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                }
                Encoding::Identity => {}
            }
            res
        };
        let headers = res.headers_mut();
        headers.insert(header::ETAG, self.etag.clone());
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(cache_control),
        );
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        res
    }

    fn is_cached_by(&self, request: &HeaderMap) -> bool {
        let etag = self.etag.as_bytes();
        request
            .get_all(header::IF_NONE_MATCH)
            .iter()
            .flat_map(|v| v.as_bytes().split(|b| *b == b','))
            .map(|t| t.trim_ascii())
            .any(|t| t == b"*" || t == etag || t.strip_prefix(b"W/") == Some(etag))
    }
}

/// Brotli if the client takes it (and `brotli_too`), else gzip, else the plain body (`q=0` refuses an
/// encoding).
fn preferred(request: &HeaderMap, brotli_too: bool) -> Encoding {
    let mut brotli = false;
    let mut gzip = false;
    for value in request.get_all(header::ACCEPT_ENCODING) {
        let Ok(value) = value.to_str() else { continue };
        for item in value.split(',') {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or_default().trim();
            let refused = parts.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            if refused {
                continue;
            }
            match name {
                n if n.eq_ignore_ascii_case("br") => brotli = true,
                n if n.eq_ignore_ascii_case("gzip") => gzip = true,
                _ => {}
            }
        }
    }
    if brotli && brotli_too {
        Encoding::Brotli
    } else if gzip {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

fn gzip(body: &[u8], level: flate2::Compression) -> Bytes {
    let mut out = flate2::write::GzEncoder::new(Vec::new(), level);
    out.write_all(body).expect("writing to memory");
    Bytes::from(out.finish().expect("writing to memory"))
}

fn brotli(body: &[u8]) -> Bytes {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 20,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &body[..], &mut out, &params).expect("writing to memory");
    Bytes::from(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn preferred_of(request: &HeaderMap) -> Encoding {
        preferred(request, true)
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn the_best_accepted_encoding_is_chosen_and_q_zero_refuses() {
        assert_eq!(preferred_of(&headers(&[])), Encoding::Identity);
        assert_eq!(
            preferred_of(&headers(&[("accept-encoding", "gzip, deflate, br")])),
            Encoding::Brotli
        );
        assert_eq!(
            preferred_of(&headers(&[("accept-encoding", "br;q=0, gzip;q=0.5")])),
            Encoding::Gzip
        );
        assert_eq!(
            preferred_of(&headers(&[("accept-encoding", "identity")])),
            Encoding::Identity
        );
    }

    #[test]
    fn compressed_bodies_decompress_to_the_page() {
        let html = "<p>Tafel Musterstadt</p>".repeat(100);
        let page = Prepared::new(html.clone());
        let mut unzipped = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(
                &gzip(html.as_bytes(), flate2::Compression::best())[..],
            ),
            &mut unzipped,
        )
        .unwrap();
        assert_eq!(unzipped, html);
        let mut unbrotlied = Vec::new();
        brotli::BrotliDecompress(&mut &brotli(html.as_bytes())[..], &mut unbrotlied).unwrap();
        assert_eq!(unbrotlied, html.as_bytes());
        assert!(page.etag().to_str().unwrap().starts_with('"'));
    }

    #[test]
    fn a_known_etag_gets_304_and_another_gets_the_page() {
        let page = Prepared::new("<p>x</p>".into());
        let mut request = HeaderMap::new();
        request.insert(header::IF_NONE_MATCH, page.etag().clone());
        assert_eq!(
            page.respond(&request, "no-cache").status(),
            StatusCode::NOT_MODIFIED
        );
        let other = headers(&[("if-none-match", "\"0123\"")]);
        assert_eq!(page.respond(&other, "no-cache").status(), StatusCode::OK);
    }

    #[test]
    fn a_page_is_rendered_once_per_generation() {
        let cache = PageCache::default();
        let mut renders = 0;
        for _ in 0..3 {
            cache.get_or_render("g1", "/de/", || {
                renders += 1;
                Some("<p>home</p>".into())
            });
        }
        // Two renders at most: the minute may turn during the loop.
        assert!((1..=2).contains(&renders), "{renders}");
        let before = renders;
        cache.get_or_render("g2", "/de/", || {
            renders += 1;
            Some("<p>new</p>".into())
        });
        assert_eq!(renders, before + 1, "a new generation renders again");
    }

    #[test]
    fn results_pages_are_kept_up_to_the_bound_and_only_for_their_generation() {
        let cache = PageCache::default();
        let need = Need {
            categories: vec!["food-bank".into()],
            outcome: crate::search::Outcome::Matched,
        };
        let minute = cache.minute();
        for i in 0..MAX_SEARCH_PAGES + 10 {
            let page = Arc::new(Prepared::results_page(format!("<p>{i}</p>")));
            cache.keep_search_page("g1", minute, &format!("de/w{i}"), page, need.clone());
        }
        if cache.minute() == minute {
            assert_eq!(cache.kept_results_pages(), MAX_SEARCH_PAGES);
            let (page, kept_need) = cache.search_page("g1", "de/w3").expect("kept");
            assert_eq!(kept_need, need);
            // Compressed at gzip's fastest level only, also for a client that takes brotli.
            let res = page.respond(&headers(&[("accept-encoding", "br, gzip")]), "no-store");
            assert_eq!(res.headers()[header::CONTENT_ENCODING], "gzip");
            assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
        }
        assert!(
            cache.search_page("g2", "de/w3").is_none(),
            "a new generation"
        );
        assert_eq!(cache.kept_results_pages(), 0);
        // A page rendered in a minute that has turned is not kept.
        let page = Arc::new(Prepared::results_page("<p>late</p>".into()));
        cache.keep_search_page("g2", minute - 1, "de/late", page, need);
        assert_eq!(cache.kept_results_pages(), 0);
    }
}
