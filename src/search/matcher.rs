//! Matches a query's words against the thesaurus: which categories it means, whether it is a crisis
//! message, and which words are filler.
//!
//! Rules (documented for editors in `content/thesaurus.toml`):
//! * text is folded first ([`crate::text::fold`]): case, accents, umlaut spellings and script variants
//!   do not matter;
//! * a one-word entry matches a query word that *starts with* it (entries are stems: "борг" matches
//!   "боргами"), and entries of five or more letters also match *inside* a word (German compounds:
//!   "schulden" in "mietschulden") or with a typo scaled to their length;
//! * a multi-word entry matches when every one of its words matches a different query word;
//! * filler and generic entries match whole words only (otherwise "wo" would swallow "wohnung"), and
//!   crisis entries never match through typos (a false alarm frightens; see the eval's false-alarm count).

use std::collections::BTreeMap;

use crate::content::Thesaurus;
use crate::text::{edit_distance, fold_words, typo_budget};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Category(usize),
    Crisis,
    Filler,
    Generic,
}

#[derive(Debug, Clone)]
struct Pattern {
    /// Ids into [`Matcher::vocab`].
    words: Vec<u32>,
    target: Target,
    /// The entry as the editor wrote it (for `--explain`).
    source: String,
}

/// A distinct folded word of the thesaurus, prepared for fast comparison.
#[derive(Debug, Clone)]
struct VocabWord {
    text: String,
    chars: Vec<char>,
}

/// The compiled thesaurus.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    categories: Vec<String>,
    vocab: Vec<VocabWord>,
    /// Vocabulary lookups, so that a query word is compared with a handful of entries, not all.
    by_text: std::collections::HashMap<String, u32>,
    /// Vocabulary ids sorted by text (for "the query word is the start of an entry").
    sorted: Vec<u32>,
    /// Vocabulary ids by first letter (typo candidates).
    by_first: std::collections::HashMap<char, Vec<u32>>,
    /// For each vocabulary word, the patterns that contain it.
    postings: Vec<Vec<u32>>,
    patterns: Vec<Pattern>,
}

/// How a query's words relate to the thesaurus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matches {
    /// Categories the query means, strongest first, with their weight and the entries that matched.
    pub categories: Vec<CategoryMatch>,
    /// The crisis entry that matched, if any.
    pub crisis: Option<String>,
    /// Per query word: `true` if it is filler (carries no need).
    pub filler: Vec<bool>,
    /// Per query word: `true` if it only says "help" or "advice".
    pub generic: Vec<bool>,
}

/// One category the query means.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryMatch {
    pub id: String,
    pub weight: f32,
    pub entries: Vec<String>,
}

impl Matches {
    /// The weight of a category relative to the strongest one (0 if the query does not mean it).
    pub fn strength(&self, category: &str) -> f32 {
        let max = self.categories.first().map_or(0.0, |c| c.weight);
        self.categories
            .iter()
            .find(|c| c.id == category)
            .map_or(0.0, |c| if max > 0.0 { c.weight / max } else { 0.0 })
    }
}

/// Quality levels of a word match (see [`word_quality`]).
const EXACT: f32 = 1.0;
const PREFIX: f32 = 0.9;
const INSIDE: f32 = 0.8;
const SHORTENED: f32 = 0.75;

impl Matcher {
    /// Compiles a thesaurus.
    pub fn new(thesaurus: &Thesaurus) -> Matcher {
        let mut m = Matcher::default();
        let mut ids: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
        let mut add = |m: &mut Matcher, text: &str, target: Target| {
            let words: Vec<u32> = fold_words(text)
                .into_iter()
                .map(|w| {
                    *ids.entry(w.clone()).or_insert_with(|| {
                        m.vocab.push(VocabWord {
                            chars: w.chars().collect(),
                            text: w,
                        });
                        m.postings.push(Vec::new());
                        (m.vocab.len() - 1) as u32
                    })
                })
                .collect();
            if words.is_empty() {
                return;
            }
            let idx = m.patterns.len() as u32;
            for w in &words {
                let list = &mut m.postings[*w as usize];
                if list.last() != Some(&idx) {
                    list.push(idx);
                }
            }
            m.patterns.push(Pattern {
                words,
                target,
                source: text.to_owned(),
            });
        };
        for (id, entries) in &thesaurus.categories {
            let idx = m.categories.len();
            m.categories.push(id.clone());
            for e in entries {
                add(&mut m, &e.text, Target::Category(idx));
            }
        }
        for e in &thesaurus.crisis {
            add(&mut m, &e.text, Target::Crisis);
        }
        for e in &thesaurus.filler {
            add(&mut m, &e.text, Target::Filler);
        }
        for e in &thesaurus.generic {
            add(&mut m, &e.text, Target::Generic);
        }
        m.by_text = ids;
        m.sorted = (0..m.vocab.len() as u32).collect();
        m.sorted
            .sort_by(|a, b| m.vocab[*a as usize].text.cmp(&m.vocab[*b as usize].text));
        for (i, w) in m.vocab.iter().enumerate() {
            if let Some(c) = w.chars.first() {
                m.by_first.entry(*c).or_default().push(i as u32);
            }
        }
        m
    }

    /// Every vocabulary word that query word `word` matches, with the quality (see [`word_quality`]).
    fn word_hits(&self, word: &str, chars: &[char]) -> Vec<(u32, f32)> {
        let mut found: std::collections::HashMap<u32, f32> = std::collections::HashMap::new();
        let note = |found: &mut std::collections::HashMap<u32, f32>, v: u32, q: f32| {
            let slot = found.entry(v).or_insert(0.0);
            *slot = slot.max(q);
        };
        let bounds: Vec<usize> = word
            .char_indices()
            .map(|(i, _)| i)
            .chain([word.len()])
            .collect();
        let n = chars.len();
        // Equal (short words too), or the word starts with the entry (entries are stems).
        if let Some(&v) = self.by_text.get(word) {
            note(&mut found, v, EXACT);
        }
        for k in 3..n {
            if let Some(&v) = self.by_text.get(&word[..bounds[k]]) {
                note(&mut found, v, PREFIX);
            }
        }
        // The entry (5+ letters) inside a compound.
        for start in 1..n {
            for end in (start + 5)..=n {
                if let Some(&v) = self.by_text.get(&word[bounds[start]..bounds[end]]) {
                    note(&mut found, v, INSIDE);
                }
            }
        }
        // A shortened word: the entry starts with it.
        if n >= 5 {
            let from = self
                .sorted
                .partition_point(|v| self.vocab[*v as usize].text.as_str() < word);
            for &v in &self.sorted[from..] {
                let entry = &self.vocab[v as usize];
                if !entry.text.starts_with(word) {
                    break;
                }
                if entry.chars.len() > n {
                    note(&mut found, v, SHORTENED);
                }
            }
        }
        // Typos: only entries with the same first letter.
        if let Some(candidates) = chars.first().and_then(|c| self.by_first.get(c)) {
            for &v in candidates {
                if found.get(&v).is_some_and(|q| *q >= SHORTENED) {
                    continue;
                }
                let entry = &self.vocab[v as usize];
                if let Some(q) = word_quality(&entry.text, &entry.chars, word, chars) {
                    note(&mut found, v, q);
                }
            }
        }
        found.into_iter().collect()
    }

    /// Matches folded query words.
    pub fn matches(&self, words: &[String]) -> Matches {
        let mut out = Matches {
            filler: vec![false; words.len()],
            generic: vec![false; words.len()],
            ..Matches::default()
        };
        // Compare every query word with every distinct thesaurus word once; remember the hits.
        let query: Vec<Vec<char>> = words.iter().map(|w| w.chars().collect()).collect();
        let mut hits: std::collections::HashMap<u32, Vec<(usize, f32)>> =
            std::collections::HashMap::new();
        for (i, (w, wc)) in words.iter().zip(&query).enumerate() {
            for (v, q) in self.word_hits(w, wc) {
                hits.entry(v).or_default().push((i, q));
            }
        }
        let mut candidates: Vec<u32> = hits
            .keys()
            .flat_map(|v| self.postings[*v as usize].iter().copied())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();

        // Per category and query word: the best evidence any entry gives. Summing per word (not per
        // entry) keeps a category with many overlapping entries ("antrag", "anträge", "beantragen")
        // from outweighing one specific word.
        let mut best: BTreeMap<(usize, usize), f32> = BTreeMap::new();
        let mut entries: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        let mut best_crisis: Option<(usize, &str)> = None;
        for &p in &candidates {
            let pattern = &self.patterns[p as usize];
            let floor = match pattern.target {
                Target::Filler | Target::Generic => EXACT,
                // Crisis entries never match through typos or shortened words: a false alarm frightens.
                Target::Crisis => INSIDE,
                Target::Category(_) => 0.0,
            };
            let Some((quality, used)) = match_pattern(&pattern.words, &hits, floor) else {
                continue;
            };
            match pattern.target {
                Target::Category(idx) => {
                    // Longer phrases are stronger evidence than single words, but a phrase's weight is
                    // shared among its words so that it does not count once per word.
                    let n = pattern.words.len() as f32;
                    let weight = quality * (1.0 + 0.5 * (n - 1.0)) / n;
                    for &w in &used {
                        let slot = best.entry((idx, w)).or_default();
                        *slot = slot.max(weight);
                    }
                    entries.entry(idx).or_default().push(pattern.source.clone());
                }
                Target::Crisis => {
                    if best_crisis.is_none_or(|(n, _)| pattern.words.len() > n) {
                        best_crisis = Some((pattern.words.len(), &pattern.source));
                    }
                }
                Target::Filler => used.iter().for_each(|&i| out.filler[i] = true),
                Target::Generic => used.iter().for_each(|&i| out.generic[i] = true),
            }
        }
        // A word that points to many categories ("Senioren") says less than one that points to a single
        // category ("Tablet"): weight each word's evidence by its specificity.
        let mut spread = vec![0usize; words.len()];
        for (_, w) in best.keys() {
            spread[*w] += 1;
        }
        let mut weights: BTreeMap<usize, f32> = BTreeMap::new();
        for ((cat, w), value) in &best {
            *weights.entry(*cat).or_default() += value / (spread[*w] as f32).sqrt();
        }
        out.crisis = best_crisis.map(|(_, s)| s.to_owned());
        out.categories = weights
            .into_iter()
            .map(|(idx, weight)| CategoryMatch {
                id: self.categories[idx].clone(),
                weight,
                entries: entries.remove(&idx).unwrap_or_default(),
            })
            .collect();
        out.categories
            .sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.id.cmp(&b.id)));
        out
    }
}

/// Matches all words of a pattern against distinct query words (each at least `floor` good); returns
/// the weakest quality and the query words used.
fn match_pattern(
    pattern: &[u32],
    hits: &std::collections::HashMap<u32, Vec<(usize, f32)>>,
    floor: f32,
) -> Option<(f32, Vec<usize>)> {
    let mut used = Vec::with_capacity(pattern.len());
    let mut quality: f32 = 1.0;
    for v in pattern {
        let best = hits
            .get(v)?
            .iter()
            .filter(|(i, q)| *q >= floor && !used.contains(i))
            .max_by(|a, b| a.1.total_cmp(&b.1))?;
        used.push(best.0);
        quality = quality.min(best.1);
    }
    Some((quality, used))
}

/// How well query word `word` matches entry word `entry` (both folded), if at all:
/// 1.0 equal, 0.9 prefix (entries are stems), 0.8 inside a compound, 0.75 a shortened word,
/// 0.7 / 0.6 with typos.
fn word_quality(entry: &str, entry_chars: &[char], word: &str, word_chars: &[char]) -> Option<f32> {
    if entry == word {
        return Some(EXACT);
    }
    let entry_len = entry_chars.len();
    let word_len = word_chars.len();
    if entry_len >= 3 && word.starts_with(entry) {
        return Some(PREFIX);
    }
    if entry_len >= 5 && word_len > entry_len && word.contains(entry) {
        return Some(INSIDE);
    }
    // A shortened word ("schuld" for "schulden"): only for longer words, and as a weaker signal.
    if word_len >= 5 && entry_len > word_len && entry.starts_with(word) {
        return Some(SHORTENED);
    }
    let budget = typo_budget(entry);
    // Typos rarely hit the first letter; requiring it keeps matching fast and precise.
    if budget == 0 || entry_chars.first() != word_chars.first() {
        return None;
    }
    if word_len.abs_diff(entry_len) <= budget && edit_distance(entry, word, budget) <= budget {
        return Some(0.7);
    }
    // An inflected or compound word with a typo in its stem: compare the stem-long prefix. Only for
    // long stems: for short ones this turns unrelated words into matches ("schuld…" ≈ "schule").
    if word_len > entry_len && entry_len >= 7 {
        let prefix: String = word_chars[..entry_len].iter().collect();
        if edit_distance(entry, &prefix, budget) <= budget {
            return Some(0.6);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::thesaurus::Entry;
    use crate::lang::Lang;

    fn thesaurus() -> Thesaurus {
        let e = |lang, text: &str| Entry {
            lang,
            text: text.to_owned(),
        };
        Thesaurus {
            categories: BTreeMap::from([
                (
                    "debt-counselling".to_owned(),
                    vec![
                        e(Lang::De, "schulden"),
                        e(Lang::Uk, "борг"),
                        e(Lang::De, "miete nicht zahlen"),
                    ],
                ),
                ("housing-help".to_owned(), vec![e(Lang::De, "wohnung")]),
            ]),
            crisis: vec![e(Lang::De, "nicht mehr leben"), e(Lang::De, "suizid")],
            filler: vec![e(Lang::De, "ich"), e(Lang::De, "wo")],
            generic: vec![e(Lang::De, "hilfe")],
        }
    }

    fn m(q: &str) -> Matches {
        Matcher::new(&thesaurus()).matches(&fold_words(q))
    }

    #[test]
    fn stems_compounds_and_typos_find_the_category() {
        assert_eq!(m("Mietschulden").categories[0].id, "debt-counselling");
        assert_eq!(m("боргами").categories[0].id, "debt-counselling");
        assert_eq!(m("schlden").categories[0].id, "debt-counselling");
        assert!(m("Tafel").categories.is_empty());
    }

    #[test]
    fn phrases_need_all_their_words() {
        assert_eq!(
            m("ich kann die Miete nicht zahlen").categories[0].id,
            "debt-counselling"
        );
        assert!(m("Miete").categories.is_empty());
    }

    #[test]
    fn filler_matches_whole_words_only() {
        let got = m("wo Wohnung");
        assert_eq!(got.filler, vec![true, false]);
        assert_eq!(got.categories[0].id, "housing-help");
    }

    #[test]
    fn crisis_phrases_are_found_but_not_through_typos() {
        assert!(m("ich will nicht mehr leben").crisis.is_some());
        assert!(m("Suizidgedanken").crisis.is_some());
        assert!(m("suzid").crisis.is_none());
        assert!(m("Suchtberatung").crisis.is_none());
    }
}
