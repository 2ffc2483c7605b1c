//! Short excerpts of an offer's text with the query's words marked, for result lists.

use serde::Serialize;

use crate::text::{fold, letter_set};

/// A piece of an excerpt: plain text or a highlighted match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub text: String,
    pub highlight: bool,
}

/// An excerpt made of segments; renderers decide how to mark highlights (HTML `<mark>`, Telegram bold).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Snippet {
    pub segments: Vec<Segment>,
}

impl Snippet {
    /// The excerpt as plain text.
    pub fn plain(&self) -> String {
        self.segments.iter().map(|s| s.text.as_str()).collect()
    }

    /// `true` if any word is highlighted.
    pub fn has_highlight(&self) -> bool {
        self.segments.iter().any(|s| s.highlight)
    }
}

/// The number of characters shown around the first match.
const WINDOW_CHARS: usize = 180;

/// Folded query words, prepared once per search (deduplicated, with their lengths and letter sets):
/// an answer makes up to twenty excerpts from the same words.
#[derive(Debug, Clone, Default)]
pub struct Needles {
    words: Vec<Needle>,
}

/// One folded query word.
#[derive(Debug, Clone)]
struct Needle {
    text: String,
    len: usize,
    letters: u64,
    /// [`start_key`] of the word, and [`gram_key`] of its first five letters when it has five.
    start: u64,
    gram: Option<u64>,
}

impl Needles {
    /// Prepares folded words.
    pub fn new(words: impl IntoIterator<Item = String>) -> Needles {
        let mut seen = std::collections::HashSet::new();
        let words = words
            .into_iter()
            .filter(|w| !w.is_empty() && seen.insert(w.clone()))
            .map(|w| {
                let chars: Vec<char> = w.chars().collect();
                Needle {
                    len: chars.len(),
                    letters: letter_set(chars.iter().copied()),
                    start: start_key(&chars),
                    gram: chars.get(..GRAM).map(gram_key),
                    text: w,
                }
            })
            .collect();
        Needles { words }
    }

    /// The needles that may hit a word of a text, told by the text's keys: a word equal to a needle,
    /// starting with one or the start of one shares its first four letters (all, if shorter), and a
    /// word containing a needle of five letters or more holds its first five in a row.
    fn for_text<'n>(&'n self, prepared: &Prepared) -> Vec<&'n Needle> {
        self.words
            .iter()
            .filter(|n| {
                prepared.keys.contains(&n.start)
                    || n.gram.is_some_and(|g| prepared.keys.contains(&g))
            })
            .collect()
    }
}

/// Whether the folded word `f` (of `f_len` characters, with the letter set `f_letters`) is one of the
/// needles, an inflection of one, or contains a long one. Most pairs share no such relation, and the
/// letter sets tell so before any text is compared (a word that starts with or contains another has
/// all its letters).
fn hit(needles: &[&Needle], f: &str, f_len: usize, f_letters: u64) -> bool {
    needles.iter().any(|n| {
        let n_in_f = n.letters & !f_letters == 0;
        let f_in_n = f_letters & !n.letters == 0;
        (n_in_f && f_in_n && f == n.text)
            || (n_in_f && n.len >= 4 && f.starts_with(n.text.as_str()))
            || (f_in_n && f_len >= 4 && n.text.starts_with(f) && n.len - f_len <= 3)
            || (n_in_f && n.len >= 5 && f.contains(n.text.as_str()))
    })
}

/// Letters a word and a needle it is, starts with or begins share at the start.
const START: usize = 4;
/// Letters in a row a word holds of every needle it contains (needles this long or longer).
const GRAM: usize = 5;

/// The key of a word's first four letters, or of the whole word when it is shorter.
fn start_key(chars: &[char]) -> u64 {
    key(0, &chars[..chars.len().min(START)])
}

/// The key of five letters in a row.
fn gram_key(chars: &[char]) -> u64 {
    key(1, chars)
}

fn key(kind: u8, chars: &[char]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    kind.hash(&mut h);
    chars.hash(&mut h);
    h.finish()
}

/// A text's words with their folded forms, made once per text: the same offer's excerpt is made on
/// many searches, and folding every word of a description was a fifth of a search's time.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    /// Byte ranges of the words in the text.
    spans: Vec<(usize, usize)>,
    /// Each word folded, with its length in characters and its letter set.
    folded: Vec<(String, usize, u64)>,
    /// The words' start keys and the keys of their runs of five letters, so that the needles that
    /// cannot hit any word are known at once (most needles, for most texts).
    keys: rustc_hash::FxHashSet<u64>,
}

impl Prepared {
    /// Splits `text` into words and folds each.
    pub fn new(text: &str) -> Prepared {
        let spans = word_spans(text);
        let mut keys = rustc_hash::FxHashSet::default();
        let folded = spans
            .iter()
            .map(|&(s, e)| {
                let f = fold(&text[s..e]);
                let chars: Vec<char> = f.chars().collect();
                keys.insert(start_key(&chars));
                keys.extend(chars.windows(GRAM).map(gram_key));
                (f, chars.len(), letter_set(chars.iter().copied()))
            })
            .collect();
        Prepared {
            spans,
            folded,
            keys,
        }
    }
}

/// Builds an excerpt of `text` around the first word that matches one of `needles` (folded query words).
/// Without a match, the start of the text.
pub fn make(text: &str, needles: &[String]) -> Snippet {
    make_with(text, &Needles::new(needles.iter().cloned()))
}

/// [`make`] with needles prepared once.
pub fn make_with(text: &str, needles: &Needles) -> Snippet {
    make_prepared(text, &Prepared::new(text), needles)
}

/// [`make`] with the text's words (`prepared` from this `text`) and the needles prepared once.
pub fn make_prepared(text: &str, prepared: &Prepared, needles: &Needles) -> Snippet {
    let words = &prepared.spans;
    let needles = needles.for_text(prepared);
    // Asked only up to the first hit and inside the window: most of a long text is neither.
    let hit = |i: usize| {
        let (f, len, letters) = &prepared.folded[i];
        !needles.is_empty() && hit(&needles, f, *len, *letters)
    };
    let first_hit = (0..words.len()).find(|&i| hit(i)).map(|i| words[i].0);
    // Start the window a little before the first hit, at a word boundary.
    let start = match first_hit {
        Some(at) if char_count(&text[..at]) > WINDOW_CHARS / 3 => {
            let back = nth_char_back(text, at, WINDOW_CHARS / 4);
            words
                .iter()
                .map(|(s, _)| *s)
                .find(|s| *s >= back)
                .unwrap_or(at)
        }
        _ => 0,
    };
    let end = nth_char_forward(text, start, WINDOW_CHARS);
    let end = if end < text.len() {
        words
            .iter()
            .map(|(_, e)| *e)
            .filter(|e| *e <= end)
            .max()
            .unwrap_or(end)
    } else {
        end
    };
    let mut segments = Vec::new();
    let mut push = |s: &str, highlight: bool| {
        if s.is_empty() {
            return;
        }
        match segments.last_mut() {
            Some(Segment { text, highlight: h }) if *h == highlight => text.push_str(s),
            _ => segments.push(Segment {
                text: s.to_owned(),
                highlight,
            }),
        }
    };
    if start > 0 {
        push("… ", false);
    }
    let mut cursor = start;
    for (i, &(s, e)) in words
        .iter()
        .enumerate()
        .filter(|(_, (s, e))| *s >= start && *e <= end)
    {
        push(&text[cursor..s], false);
        push(&text[s..e], hit(i));
        cursor = e;
    }
    push(&text[cursor..end], false);
    if end < text.len() {
        push(" …", false);
    }
    Snippet { segments }
}

fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inside = c.is_alphanumeric() || c == '\u{200C}';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

fn char_count(s: &str) -> usize {
    s.chars().count()
}

fn nth_char_back(text: &str, from: usize, n: usize) -> usize {
    text[..from]
        .char_indices()
        .rev()
        .nth(n)
        .map_or(0, |(i, _)| i)
}

fn nth_char_forward(text: &str, from: usize, n: usize) -> usize {
    text[from..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_letter_sets_never_change_which_words_are_hits() {
        // The plain rule, without the letter sets.
        let plain = |f: &str, n: &str| {
            let (f_len, n_len) = (f.chars().count(), n.chars().count());
            f == n
                || (n_len >= 4 && f.starts_with(n))
                || (f_len >= 4 && n.starts_with(f) && n_len - f_len <= 3)
                || (n_len >= 5 && f.contains(n))
        };
        let words = [
            "schulden",
            "mietschulden",
            "schuld",
            "schule",
            "tafel",
            "tafeln",
            "lebensmittel",
            "mittel",
            "борг",
            "боргами",
            "бор",
            "بدهکار",
            "بدهی",
            "pflege",
            "pflegegrad",
            "pfleg",
            "sucht",
            "suchtberatung",
            "schuldnerberatung",
            "nerbe",
            "beratungsstelle",
            "ratung",
            "a",
            "",
        ];
        for n in words {
            let needles = Needles::new([n.to_owned()]);
            for f in words {
                let all: Vec<&Needle> = needles.words.iter().collect();
                let got = hit(&all, f, f.chars().count(), letter_set(f.chars()));
                assert_eq!(
                    got,
                    !n.is_empty() && plain(f, n),
                    "word {f:?}, needle {n:?}"
                );
                // The text's keys never rule out a needle that hits one of its words.
                let text = format!("vorher {f} nachher");
                let kept = needles.for_text(&Prepared::new(&text));
                assert_eq!(
                    hit(&kept, f, f.chars().count(), letter_set(f.chars())),
                    got,
                    "word {f:?}, needle {n:?}, kept {}",
                    kept.len()
                );
            }
        }
    }

    #[test]
    fn matching_words_are_highlighted_whatever_their_case_and_ending() {
        let s = make(
            "Beratung bei Schulden und Krediten.",
            &["schuld".to_owned()],
        );
        let marked: Vec<&str> = s
            .segments
            .iter()
            .filter(|s| s.highlight)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(marked, ["Schulden"]);
        assert_eq!(s.plain(), "Beratung bei Schulden und Krediten.");
    }

    #[test]
    fn long_texts_are_cut_around_the_first_match_at_word_boundaries() {
        let text = format!(
            "{} Tafel am Ende. {}",
            "Wort ".repeat(100),
            "Schluss ".repeat(100)
        );
        let s = make(&text, &["tafel".to_owned()]);
        let plain = s.plain();
        assert!(plain.starts_with("… "));
        assert!(plain.ends_with(" …"));
        assert!(s.has_highlight());
        assert!(plain.chars().count() < 200);
    }

    #[test]
    fn multibyte_text_is_cut_safely() {
        let text = "مساعدة ".repeat(200);
        let s = make(&text, &["xyz".to_owned()]);
        assert!(!s.has_highlight());
        assert!(s.plain().len() < text.len());
    }
}
