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

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

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
        let minute = jiff::Timestamp::now().as_second().div_euclid(60);
        {
            let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
            if state.generation != generation || state.minute != minute {
                state.pages.clear();
                state.generation = generation.to_owned();
                state.minute = minute;
            } else if let Some(page) = state.pages.get(key) {
                return Some(Arc::clone(page));
            }
        }
        // Rendered outside the lock: two readers of one new page may both render it, nobody waits.
        let page = Arc::new(Prepared::new(render()?));
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.generation == generation && state.minute == minute {
            state.pages.insert(key.to_owned(), Arc::clone(&page));
        }
        Some(page)
    }
}

/// A body served from memory: its bytes, compressed forms made on demand, and its ETag.
pub struct Prepared {
    content_type: &'static str,
    identity: Bytes,
    gzip: OnceLock<Bytes>,
    brotli: OnceLock<Bytes>,
    etag: HeaderValue,
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
            let encoding = preferred(request);
            let body = match encoding {
                Encoding::Brotli => self.brotli.get_or_init(|| brotli(&self.identity)).clone(),
                Encoding::Gzip => self.gzip.get_or_init(|| gzip(&self.identity)).clone(),
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

/// Brotli if the client takes it, else gzip, else the plain body (`q=0` refuses an encoding).
fn preferred(request: &HeaderMap) -> Encoding {
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
    if brotli {
        Encoding::Brotli
    } else if gzip {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

fn gzip(body: &[u8]) -> Bytes {
    let mut out = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
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

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn the_best_accepted_encoding_is_chosen_and_q_zero_refuses() {
        assert_eq!(preferred(&headers(&[])), Encoding::Identity);
        assert_eq!(
            preferred(&headers(&[("accept-encoding", "gzip, deflate, br")])),
            Encoding::Brotli
        );
        assert_eq!(
            preferred(&headers(&[("accept-encoding", "br;q=0, gzip;q=0.5")])),
            Encoding::Gzip
        );
        assert_eq!(
            preferred(&headers(&[("accept-encoding", "identity")])),
            Encoding::Identity
        );
    }

    #[test]
    fn compressed_bodies_decompress_to_the_page() {
        let html = "<p>Tafel Musterstadt</p>".repeat(100);
        let page = Prepared::new(html.clone());
        let mut unzipped = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(&gzip(html.as_bytes())[..]),
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
}
