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
    words: Vec<String>,
    target: Target,
    /// The entry as the editor wrote it (for `--explain`).
    source: String,
}

/// The compiled thesaurus.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    categories: Vec<String>,
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

impl Matcher {
    /// Compiles a thesaurus.
    pub fn new(thesaurus: &Thesaurus) -> Matcher {
        let mut categories = Vec::new();
        let mut patterns = Vec::new();
        let add = |patterns: &mut Vec<Pattern>, text: &str, target: Target| {
            let words = fold_words(text);
            if !words.is_empty() {
                patterns.push(Pattern { words, target, source: text.to_owned() });
            }
        };
        for (id, entries) in &thesaurus.categories {
            let idx = categories.len();
            categories.push(id.clone());
            for e in entries {
                add(&mut patterns, &e.text, Target::Category(idx));
            }
        }
        for e in &thesaurus.crisis {
            add(&mut patterns, &e.text, Target::Crisis);
        }
        for e in &thesaurus.filler {
            add(&mut patterns, &e.text, Target::Filler);
        }
        for e in &thesaurus.generic {
            add(&mut patterns, &e.text, Target::Generic);
        }
        Matcher { categories, patterns }
    }

    /// Matches folded query words.
    pub fn matches(&self, words: &[String]) -> Matches {
        let mut out = Matches {
            filler: vec![false; words.len()],
            generic: vec![false; words.len()],
            ..Matches::default()
        };
        let mut weights: BTreeMap<usize, (f32, Vec<String>)> = BTreeMap::new();
        let mut best_crisis: Option<(usize, &str)> = None;
        for pattern in &self.patterns {
            let mode = match pattern.target {
                Target::Filler | Target::Generic => Mode::Exact,
                Target::Crisis => Mode::NoTypos,
                Target::Category(_) => Mode::Full,
            };
            let Some((quality, used)) = match_pattern(&pattern.words, words, mode) else { continue };
            match pattern.target {
                Target::Category(idx) => {
                    // Longer phrases are stronger evidence than single words.
                    let weight = quality * (1.0 + 0.5 * (pattern.words.len() as f32 - 1.0));
                    let entry = weights.entry(idx).or_default();
                    entry.0 += weight;
                    entry.1.push(pattern.source.clone());
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
        out.crisis = best_crisis.map(|(_, s)| s.to_owned());
        out.categories = weights
            .into_iter()
            .map(|(idx, (weight, entries))| CategoryMatch { id: self.categories[idx].clone(), weight, entries })
            .collect();
        out.categories.sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.id.cmp(&b.id)));
        out
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Exact,
    NoTypos,
    Full,
}

/// Matches all words of a pattern against distinct query words; returns the weakest quality and the
/// query words used.
fn match_pattern(pattern: &[String], words: &[String], mode: Mode) -> Option<(f32, Vec<usize>)> {
    let mut used = Vec::with_capacity(pattern.len());
    let mut quality: f32 = 1.0;
    for p in pattern {
        let best = words
            .iter()
            .enumerate()
            .filter(|(i, _)| !used.contains(i))
            .filter_map(|(i, w)| word_quality(p, w, mode).map(|q| (i, q)))
            .max_by(|a, b| a.1.total_cmp(&b.1))?;
        used.push(best.0);
        quality = quality.min(best.1);
    }
    Some((quality, used))
}

/// How well query word `word` matches entry word `entry` (both folded), if at all.
fn word_quality(entry: &str, word: &str, mode: Mode) -> Option<f32> {
    if entry == word {
        return Some(1.0);
    }
    if mode == Mode::Exact {
        return None;
    }
    let entry_len = entry.chars().count();
    let word_len = word.chars().count();
    if entry_len >= 3 && word.starts_with(entry) {
        return Some(0.9);
    }
    if entry_len >= 5 && word.contains(entry) {
        return Some(0.8);
    }
    // A shortened word ("schuld" for "schulden"): only for longer words, and as a weaker signal.
    if word_len >= 5 && entry.starts_with(word) {
        return Some(0.75);
    }
    if mode == Mode::NoTypos {
        return None;
    }
    let budget = typo_budget(entry);
    // Typos rarely hit the first letter; requiring it keeps matching fast and precise.
    if budget == 0 || entry.chars().next() != word.chars().next() {
        return None;
    }
    if edit_distance(entry, word, budget) <= budget {
        return Some(0.7);
    }
    // An inflected or compound word with a typo in its stem: compare the stem-long prefix.
    if word_len > entry_len {
        let prefix: String = word.chars().take(entry_len).collect();
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
        let e = |lang, text: &str| Entry { lang, text: text.to_owned() };
        Thesaurus {
            categories: BTreeMap::from([
                ("debt-counselling".to_owned(), vec![e(Lang::De, "schulden"), e(Lang::Uk, "борг"), e(Lang::De, "miete nicht zahlen")]),
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
        assert_eq!(m("ich kann die Miete nicht zahlen").categories[0].id, "debt-counselling");
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
