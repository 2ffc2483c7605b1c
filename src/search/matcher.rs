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

use std::collections::{BTreeMap, HashMap};

// A hash of small integer ids, for the maps built afresh for every query: SipHash's protection against
// crafted keys is not needed for ids the program itself hands out, and it cost a tenth of the matcher.
use rustc_hash::FxHashMap;

use serde::Serialize;

use crate::content::Thesaurus;
use crate::content::thesaurus::Entry;
use crate::lang::Lang;
use crate::text::{
    edit_distance_chars, fold_words, is_written_vowel, letter_set, stem_edit_distance_chars,
    translit, typo_budget_of_len,
};

/// Which transliterations a message's Latin words may be read as (see `Matcher::reading`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Typed {
    /// None: the words are read as written.
    Plain,
    /// Russian, Ukrainian or Arabic in Latin letters.
    Latin,
    /// Arabic in Latin letters and digits: not Cyrillic.
    Arabizi,
}

/// How far a query word may reach for an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// Every form: also a shortened word and a typo.
    Forms,
    /// Only entries the word holds whole (equal, a stem, inside a compound, transliterated): for a
    /// word that is already a guess, such as a verb with its spoken prefix taken off.
    Whole,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Category(usize),
    Crisis,
    Concern,
    NotCrisis,
    Negation,
    Past,
    Now,
    Safe,
    Person,
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
    /// Which letters the word has ([`letter_set`]), to rule out typo matches before comparing.
    letters: u64,
}

/// A vocabulary word as the typo scan first looks at it.
#[derive(Debug, Clone, Copy)]
struct TypoCandidate {
    /// [`VocabWord::letters`].
    letters: u64,
    /// How many typos the word forgives (at least one: others are not candidates).
    budget: u32,
    id: u32,
}

/// The compiled thesaurus.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    categories: Vec<String>,
    vocab: Vec<VocabWord>,
    /// Vocabulary lookups, so that a query word is compared with a handful of entries, not all.
    by_text: FxHashMap<String, u32>,
    /// The first five letters of every entry of five or more: an entry inside a compound starts
    /// where the compound holds one of them, so the scan of a word's inner parts asks only there.
    starts_of_five: rustc_hash::FxHashSet<String>,
    /// Vocabulary ids sorted by text (for "the query word is the start of an entry").
    sorted: Vec<u32>,
    /// Vocabulary ids by first letter (typo candidates). A transducer of the vocabulary (tantivy-fst)
    /// walked with a banded Levenshtein automaton was built and measured in its place: on this
    /// vocabulary the walk keeps most paths alive for three or four letters, and the matcher's median
    /// rose from 38 to 64 µs (the same walk for stems and compounds saved nothing over the hash
    /// lookups). A bucket's entries are mostly ruled out by the one-instruction letter-set test, so
    /// a bucket holds what that test needs beside the id, in one array; words too short for a typo
    /// are left out.
    by_first: HashMap<char, Vec<TypoCandidate>>,
    /// Cyrillic vocabulary by Latin key, and Arabic-script vocabulary by consonant key (see
    /// [`crate::text::translit`]): what people type in Latin letters.
    by_cyrillic_key: HashMap<String, Vec<u32>>,
    by_arabic_key: HashMap<String, Vec<u32>>,
    /// For each vocabulary word, the patterns that contain it.
    postings: Vec<Vec<u32>>,
    patterns: Vec<Pattern>,
    /// Vocabulary ids of the negation words (computed once: every crisis match asks).
    negation_words: std::collections::HashSet<u32>,
    /// Vocabulary ids of the one-word filler entries: complete words ("wann", "was"), never a shortened
    /// form of a longer entry ("wann" is not "wanna").
    filler_words: std::collections::HashSet<u32>,
    /// Vocabulary ids of the one-word category entries that no crisis or concern entry uses: the words
    /// of the directory itself ("Tafel", "Schuldnerberatung"), see [`Matcher::is_directory_word`].
    directory_words: std::collections::HashSet<u32>,
    /// The longest vocabulary word, in characters: no longer part of a compound can match, which keeps
    /// the compound scan linear in the length of a word (a 500-letter "word" is not a reason to work).
    longest: usize,
}

/// How much a category named only by a person counts beside one named by a need (see
/// [`crate::content::Thesaurus::person`]).
const PERSON_ONLY_WEIGHT: f32 = 0.35;

/// Whether a word ends in the reflexive -ся/-сь of Russian and Ukrainian verbs.
fn is_reflexive(chars: &[char]) -> bool {
    matches!(chars, [.., 'с', 'я' | 'ь'])
}

/// Whether a word ends like a Russian or Ukrainian infinitive (-ть, -ти, -чь). Such a verb is not
/// matched by a shorter word: that is its past tense or a stem ("помер", he died, is not "померти",
/// to die).
fn is_infinitive(chars: &[char]) -> bool {
    matches!(chars, [.., 'т', 'ь' | 'и'] | [.., 'ч', 'ь'])
}

/// The fewest letters of an entry found inside a compound ("schuld" in "mietschulden").
const COMPOUND_PART_MIN: usize = 5;

/// How a query word matched a thesaurus word (shown by `lotse search --explain`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum How {
    /// The same word.
    Exact,
    /// The query word starts with the entry (entries are stems).
    Stem,
    /// The entry stands inside the query word (a compound).
    Compound,
    /// The query word is the entry without its last letter or two ("schneid" for "schneide").
    Inflected,
    /// The query word is the start of a longer entry.
    Shortened,
    /// The query word and the entry share a stem of five letters or more and differ only in their
    /// last letter or two ("профилактики" for "профилактика", "wypadku" for "wypadek").
    Ending,
    /// With a typo.
    Typo,
    /// Typed in Latin letters for a Cyrillic or Arabic entry.
    Transliterated,
    /// A short word typed in Latin letters for an Arabic one ("mn" for من): counts only inside a
    /// phrase whose other words matched otherwise.
    TransliteratedShort,
}

/// One query word matched to one thesaurus entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WordMatch {
    /// The query word (folded).
    pub word: String,
    /// The entry as the editor wrote it.
    pub entry: String,
    /// What the entry stands for: a category id, `crisis`, `concern`, `not-crisis`, `negation`.
    pub target: String,
    pub how: How,
    /// The match quality (1 exact … 0.6 typo inside a compound).
    pub quality: f32,
}

/// How a query's words relate to the thesaurus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matches {
    /// Categories the query means, strongest first, with their weight and the entries that matched.
    pub categories: Vec<CategoryMatch>,
    /// The crisis entry that matched (acute: suicide, self-harm, violence now), if any.
    pub crisis: Option<String>,
    /// A sign of distress that is not clear enough for an acute answer: a concern entry, or a crisis
    /// entry that the message negates ("ich will mich *nicht* umbringen").
    pub concern: Option<String>,
    /// Crisis and concern entries that did not count, and why (an idiom or topic in the message, or a
    /// negation turned acute into concern).
    pub discounted: Vec<String>,
    /// Whether an idiom or topic entry (`not_crisis`) matched.
    pub idiom: bool,
    /// The longest entry that puts the message in the past (`past`: "vor Jahren", "years ago"), if any.
    pub past: Option<String>,
    /// The longest entry that says the danger is back or going on now (`now`: "wieder", "last night").
    pub now: Option<String>,
    /// The longest entry, not negated, that says the person is safe now (`safe`: "in Sicherheit",
    /// "safe now").
    pub safe: Option<String>,
    /// Per query word: `true` if it is filler (carries no need).
    pub filler: Vec<bool>,
    /// Per query word: `true` if it only says "help" or "advice".
    pub generic: Vec<bool>,
    /// Every word match that counted, for `--explain`.
    pub trace: Vec<WordMatch>,
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

    /// The weight of the strongest category (0 when none matched): how sure the thesaurus is.
    pub fn certainty(&self) -> f32 {
        self.categories.first().map_or(0.0, |c| c.weight)
    }
}

/// Quality levels of a word match (typos: see [`typo_quality`]).
/// Longer "words" (a pasted link, a key held down) get no typo scan: no need word is this long.
const MAX_TYPO_WORD_CHARS: usize = 40;
/// German separable verb prefixes (folded) that give a participle another meaning: "ab-", "vor-",
/// "um-" … Not those after which the participle keeps it ("zusammengeschlagen", "totgeschlagen",
/// "zugeschlagen", "eingeschlagen": still violence).
const SEPARABLE_PREFIXES: [&str; 13] = [
    "ab", "an", "auf", "aus", "durch", "herum", "hin", "nach", "nieder", "rum", "um", "vor", "weg",
];
/// The shortest consonant skeleton that counts as the stem of a longer chat-alphabet word.
const ARABIZI_STEM_CONSONANTS: usize = 4;
const EXACT: f32 = 1.0;
const PREFIX: f32 = 0.9;
const TRANSLIT: f32 = 0.85;
const INSIDE: f32 = 0.8;
const INFLECTED: f32 = 0.8;
const SHORTENED: f32 = 0.75;
/// The shortest stem two words with different endings must share to be read as one word.
const ENDING_MIN_STEM: usize = 5;

type Hits = FxHashMap<u32, Vec<(usize, f32, How)>>;

impl Matcher {
    /// Compiles a thesaurus.
    pub fn new(thesaurus: &Thesaurus) -> Matcher {
        let mut m = Matcher::default();
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut add = |m: &mut Matcher, entry: &Entry, target: Target| {
            let words: Vec<u32> = fold_words(&entry.text)
                .into_iter()
                .map(|w| {
                    *ids.entry(w.clone()).or_insert_with(|| {
                        // Ukrainians type г as h or as g ("dopomoha", "dopomoga"): a Ukrainian word
                        // is found by both keys.
                        let ukrainian = entry.lang == Lang::Uk;
                        let keys = [
                            translit::cyrillic_key(&w, ukrainian),
                            translit::cyrillic_key(&w, false).filter(|_| ukrainian),
                        ];
                        let mut keys: Vec<String> = keys.into_iter().flatten().collect();
                        keys.dedup();
                        for key in keys {
                            m.by_cyrillic_key
                                .entry(key)
                                .or_default()
                                .push(m.vocab.len() as u32);
                        }
                        if let Some(key) = translit::arabic_key(&w) {
                            m.by_arabic_key
                                .entry(key)
                                .or_default()
                                .push(m.vocab.len() as u32);
                        }
                        // The article is written on the word (البيت) but typed apart in the chat
                        // alphabet ("el bet", "al bayt"): the word is found by its key without it too.
                        if let Some(key) =
                            translit::without_article(&w).and_then(translit::arabic_key)
                        {
                            m.by_arabic_key
                                .entry(key)
                                .or_default()
                                .push(m.vocab.len() as u32);
                        }
                        let chars: Vec<char> = w.chars().collect();
                        m.vocab.push(VocabWord {
                            letters: letter_set(chars.iter().copied()),
                            chars,
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
                source: entry.text.clone(),
            });
        };
        for (id, entries) in &thesaurus.categories {
            let idx = m.categories.len();
            m.categories.push(id.clone());
            for e in entries {
                add(&mut m, e, Target::Category(idx));
            }
        }
        let lists = [
            (&thesaurus.crisis, Target::Crisis),
            (&thesaurus.concern, Target::Concern),
            (&thesaurus.not_crisis, Target::NotCrisis),
            (&thesaurus.negation, Target::Negation),
            (&thesaurus.past, Target::Past),
            (&thesaurus.now, Target::Now),
            (&thesaurus.safe, Target::Safe),
            (&thesaurus.person, Target::Person),
            (&thesaurus.filler, Target::Filler),
            (&thesaurus.generic, Target::Generic),
        ];
        for (entries, target) in lists {
            for e in entries {
                add(&mut m, e, target);
            }
        }
        m.negation_words = m
            .patterns
            .iter()
            .filter(|p| p.target == Target::Negation)
            .flat_map(|p| p.words.iter().copied())
            .collect();
        m.filler_words = m
            .patterns
            .iter()
            .filter(|p| p.target == Target::Filler && p.words.len() == 1)
            .flat_map(|p| p.words.iter().copied())
            .collect();
        let alarm_words: std::collections::HashSet<u32> = m
            .patterns
            .iter()
            .filter(|p| matches!(p.target, Target::Crisis | Target::Concern))
            .flat_map(|p| p.words.iter().copied())
            .collect();
        m.directory_words = m
            .patterns
            .iter()
            .filter(|p| matches!(p.target, Target::Category(_)) && p.words.len() == 1)
            .map(|p| p.words[0])
            .filter(|w| !alarm_words.contains(w))
            .collect();
        m.by_text = ids;
        m.starts_of_five = m
            .vocab
            .iter()
            .filter_map(|w| w.chars.get(..COMPOUND_PART_MIN).map(|c| c.iter().collect()))
            .collect();
        m.longest = m.vocab.iter().map(|w| w.chars.len()).max().unwrap_or(0);
        m.sorted = (0..m.vocab.len() as u32).collect();
        m.sorted
            .sort_by(|a, b| m.vocab[*a as usize].text.cmp(&m.vocab[*b as usize].text));
        for (i, w) in m.vocab.iter().enumerate() {
            let budget = typo_budget_of_len(w.chars.len());
            if let Some(c) = w.chars.first().filter(|_| budget > 0) {
                m.by_first.entry(*c).or_default().push(TypoCandidate {
                    letters: w.letters,
                    budget: budget as u32,
                    id: i as u32,
                });
            }
        }
        m
    }

    /// The vocabulary words that start with `prefix`, found by binary search in the sorted list.
    fn starting_with<'s>(
        &'s self,
        prefix: &'s str,
    ) -> impl Iterator<Item = (u32, &'s VocabWord)> + 's {
        let from = self
            .sorted
            .partition_point(|v| self.vocab[*v as usize].text.as_str() < prefix);
        self.sorted[from..]
            .iter()
            .map(|&v| (v, &self.vocab[v as usize]))
            .take_while(move |(_, entry)| entry.text.starts_with(prefix))
    }

    /// Every vocabulary word that query word `word` matches, with the quality and the way it matched.
    fn word_hits(
        &self,
        word: &str,
        chars: &[char],
        translit: Typed,
        reach: Reach,
    ) -> Vec<(u32, f32, How)> {
        let mut found: FxHashMap<u32, (f32, How)> = FxHashMap::default();
        let note = |found: &mut FxHashMap<u32, (f32, How)>, v: u32, q: f32, how: How| {
            let slot = found.entry(v).or_insert((0.0, how));
            if q > slot.0 {
                *slot = (q, how);
            }
        };
        let bounds: Vec<usize> = word
            .char_indices()
            .map(|(i, _)| i)
            .chain([word.len()])
            .collect();
        let n = chars.len();
        // Equal (short words too), or the word starts with the entry (entries are stems).
        let exact = self.by_text.get(word).copied();
        if let Some(v) = exact {
            note(&mut found, v, EXACT, How::Exact);
        }
        // A filler word is complete as it is and names nothing through another form of itself: not
        // through a stem, a compound part, a shortened form, another ending or a typo ("wegen" is not
        // "Wehen", "Woche" not the start of "Wochenbett", German "wann" + "die" not English "wanna
        // die"). Typed in Latin letters for another script, it is still read as that script below.
        let complete = exact.is_some_and(|v| self.filler_words.contains(&v));
        for k in (3..n).filter(|_| !complete) {
            if let Some(&v) = self.by_text.get(&word[..bounds[k]]) {
                note(&mut found, v, PREFIX, How::Stem);
            }
        }
        // The entry (5+ letters) inside a compound.
        for start in (1..n.saturating_sub(COMPOUND_PART_MIN - 1)).filter(|_| !complete) {
            let five = &word[bounds[start]..bounds[start + COMPOUND_PART_MIN]];
            if !self.starts_of_five.contains(five) {
                continue;
            }
            // A German participle behind a separable prefix is another verb: "abgehauen" (ran away)
            // is not "gehauen" (hit), "vorgeschlagen" (suggested) not "geschlagen" (beaten).
            if five.starts_with("ge") && SEPARABLE_PREFIXES.contains(&&word[..bounds[start]]) {
                continue;
            }
            for end in (start + COMPOUND_PART_MIN)..=n.min(start + self.longest) {
                if let Some(&v) = self.by_text.get(&word[bounds[start]..bounds[end]]) {
                    note(&mut found, v, INSIDE, How::Compound);
                }
            }
        }
        // A Russian or Ukrainian reflexive verb is another verb than the plain one, whatever the
        // ending: "повесить" (hang up a poster) is not "повеситься" (hang oneself).
        let other_verb = |entry: &VocabWord| is_reflexive(&entry.chars) && !is_reflexive(chars);
        // A shorter word is not an infinitive's form: "чоловік давно помер" (died) is not "померти".
        let infinitive = |entry: &VocabWord| is_infinitive(&entry.chars);
        // A shortened word: the entry starts with it. Short by one or two letters it is an inflection
        // ("schneid" → "schneide", "ritz" → "ritze"): strong enough even for crisis entries.
        // In Arabizi the Latin words are Arabic (read by their keys below) or loanwords written whole
        // ("tani", another, is not Polish "taniec").
        if reach == Reach::Forms && translit != Typed::Arabizi && n >= 4 && !complete {
            for (v, entry) in self.starting_with(word) {
                let extra = entry.chars.len().saturating_sub(n);
                if other_verb(entry) || infinitive(entry) {
                    continue;
                }
                if (1..=2).contains(&extra) {
                    note(&mut found, v, INFLECTED, How::Inflected);
                } else if extra > 2 && n >= 5 {
                    note(&mut found, v, SHORTENED, How::Shortened);
                }
            }
        }
        // Another ending on the same stem: both words have one. The stem is the word without its last
        // one or two letters, five letters at least, and the entry adds at most two of its own; both
        // endings hold a vowel, as inflectional endings do.
        if reach == Reach::Forms && translit != Typed::Arabizi && n >= 6 && !complete {
            for cut in 1..=2 {
                let stem = &word[..bounds[n - cut]];
                let stem_chars = n - cut;
                if stem_chars < ENDING_MIN_STEM {
                    break;
                }
                if !chars[stem_chars..].iter().any(|&c| is_written_vowel(c)) {
                    continue;
                }
                for (v, entry) in self.starting_with(stem) {
                    let extra = entry.chars.len() - stem_chars;
                    // Equal to the stem or a prefix of the word: found above already.
                    if (1..=2).contains(&extra)
                        && !other_verb(entry)
                        && !word.starts_with(entry.text.as_str())
                        && entry.chars[stem_chars..]
                            .iter()
                            .any(|&c| is_written_vowel(c))
                    {
                        note(&mut found, v, INFLECTED, How::Ending);
                    }
                }
            }
        }
        // Latin letters typed for Cyrillic or Arabic words.
        if let Some(key) = (translit == Typed::Latin)
            .then(|| translit::latin_key(word))
            .flatten()
        {
            for (list, whole) in self.cyrillic_readings(&key) {
                let quality = if whole { TRANSLIT } else { INSIDE };
                list.iter()
                    .for_each(|&v| note(&mut found, v, quality, How::Transliterated));
            }
        }
        // The skeletons leave vowels out; an entry whose long vowels the word does not type ("bank" is
        // not پانیک) is another word.
        let typed = |v: u32| translit::spellings_agree(word, &self.vocab[v as usize].text);
        // A 2 is a hamza or, in Levantine and Egyptian writing, a ق: the word is looked up as both;
        // and Persian chat writing's "ch", "zh" and "gh" as چ, ژ and ق too.
        let arabizi_keys = (translit != Typed::Plain)
            .then(|| {
                [
                    translit::arabizi_key(word),
                    translit::arabizi_qaf_key(word),
                    translit::finglish_key(word),
                ]
            })
            .into_iter()
            .flatten()
            .flatten();
        for key in arabizi_keys {
            if let Some(list) = self.by_arabic_key.get(&key) {
                list.iter()
                    .filter(|&&v| typed(v))
                    .for_each(|&v| note(&mut found, v, TRANSLIT, How::Transliterated));
            }
            // A stem with an ending ("bedehkaram" for بدهکارم, the entry بدهکار): as for Cyrillic, but
            // from four consonants, since the skeleton has no vowels.
            let kb: Vec<usize> = key.char_indices().map(|(i, _)| i).collect();
            for &k in kb.iter().skip(ARABIZI_STEM_CONSONANTS) {
                if let Some(list) = self.by_arabic_key.get(&key[..k]) {
                    list.iter()
                        .filter(|&&v| typed(v))
                        .for_each(|&v| note(&mut found, v, INSIDE, How::Transliterated));
                }
            }
        }
        if let Some(key) = (translit != Typed::Plain)
            .then(|| translit::arabizi_short_key(word))
            .flatten()
            && let Some(list) = self.by_arabic_key.get(&key)
        {
            list.iter()
                .filter(|&&v| typed(v))
                .for_each(|&v| note(&mut found, v, TRANSLIT, How::TransliteratedShort));
        }
        // Typos: only entries with the same first letter, and only in words of natural length.
        let candidates = chars.first().and_then(|c| self.by_first.get(c));
        if let Some(candidates) =
            candidates.filter(|_| reach == Reach::Forms && !complete && n <= MAX_TYPO_WORD_CHARS)
        {
            let letters = letter_set(chars.iter().copied());
            for candidate in candidates {
                // Each letter of the entry the word lacks costs an edit (see `typo_quality`).
                if (candidate.letters & !letters).count_ones() > candidate.budget {
                    continue;
                }
                let v = candidate.id;
                if found.get(&v).is_some_and(|(q, _)| *q >= SHORTENED) {
                    continue;
                }
                let entry = &self.vocab[v as usize];
                if let Some(q) = typo_quality(entry, chars, letters) {
                    note(&mut found, v, q, How::Typo);
                }
            }
        }
        found.into_iter().map(|(v, (q, how))| (v, q, how)).collect()
    }

    /// How a message's Latin words may be read: as Russian, Ukrainian or Arabic typed in Latin letters
    /// when fewer than half of them are words of the Latin-script languages the thesaurus knows exactly
    /// ("und", "the", "ve", "nie" …; otherwise German "Bett" would read as Russian "бьет"); and as Arabic
    /// only when a word writes a letter with a digit ("7amel", "ta2meen"): then Arabic "bet" (بيت,
    /// house) is not Russian "бьет". A word typed with letters of its own language ("sąsiadce",
    /// "kuruş", `native`) counts as a word of such a language: Polish "kursy" is no Arabic "كورس".
    fn reading(&self, words: &[String], native: &[String]) -> Typed {
        if !self.looks_transliterated(words, native) {
            Typed::Plain
        } else if words.iter().any(|w| translit::writes_letter_with_digit(w)) {
            Typed::Arabizi
        } else {
            Typed::Latin
        }
    }

    fn looks_transliterated(&self, words: &[String], native: &[String]) -> bool {
        let latin: Vec<&String> = words
            .iter()
            .filter(|w| {
                w.bytes().all(|b| b.is_ascii_alphanumeric())
                    && w.bytes().any(|b| b.is_ascii_alphabetic())
            })
            .collect();
        if latin.is_empty() {
            return false;
        }
        let known = latin
            .iter()
            .filter(|w| self.by_text.contains_key(w.as_str()) || native.contains(w))
            .count();
        known * 2 < latin.len()
    }

    /// Whether a Latin word reads as a Cyrillic word of the thesaurus, whole or as a stem with an ending
    /// (the readings [`Matcher::word_hits`] makes).
    pub fn reads_as_cyrillic(&self, word: &str) -> bool {
        translit::latin_key(word).is_some_and(|key| self.cyrillic_readings(&key).next().is_some())
    }

    /// The Cyrillic words a Latin key reads as: those with the whole key (`true`), and those whose key
    /// is a beginning of it, five letters at least (`false`: a stem with an ending).
    fn cyrillic_readings<'a>(&'a self, key: &'a str) -> impl Iterator<Item = (&'a [u32], bool)> {
        let whole = self.by_cyrillic_key.get(key).map(|l| (l.as_slice(), true));
        let stems = key
            .char_indices()
            .skip(5)
            .filter_map(|(k, _)| self.by_cyrillic_key.get(&key[..k]))
            .map(|l| (l.as_slice(), false));
        whole.into_iter().chain(stems)
    }

    /// Whether folded `words` are exactly one word of the directory: a one-word category entry that no
    /// crisis or concern entry uses ("tafel", "schuldnerberatung"). Such a query says nothing about a
    /// person beyond the need the statistics count anyway, so its answer may be kept like a page that
    /// depends only on the content.
    pub fn is_directory_word(&self, words: &[String]) -> bool {
        match words {
            [word] => self
                .by_text
                .get(word.as_str())
                .is_some_and(|id| self.directory_words.contains(id)),
            _ => false,
        }
    }

    /// Matches folded query words.
    pub fn matches(&self, words: &[String]) -> Matches {
        self.matches_lettered(words, &[])
    }

    /// Matches folded query words, of which those in `native` were typed in the letters of a
    /// Latin-script language ([`crate::text::natively_lettered_words`]): they count as words of such a
    /// language when telling whether the message is typed in transliteration.
    pub fn matches_lettered(&self, words: &[String], native: &[String]) -> Matches {
        let mut out = Matches {
            filler: vec![false; words.len()],
            generic: vec![false; words.len()],
            ..Matches::default()
        };
        // Compare every query word with every distinct thesaurus word once; remember the hits.
        let query: Vec<Vec<char>> = words.iter().map(|w| w.chars().collect()).collect();
        let translit = self.reading(words, native);
        let mut hits: Hits = FxHashMap::default();
        for (i, (w, wc)) in words.iter().zip(&query).enumerate() {
            for (v, q, how) in self.word_hits(w, wc, translit, Reach::Forms) {
                hits.entry(v).or_default().push((i, q, how));
            }
            // Arabic writes the article and some particles onto the word ("التافل", "بالمدرسة"); the
            // entries are written without them.
            if let Some(bare) = strip_arabic_article(w) {
                let chars: Vec<char> = bare.chars().collect();
                for (v, q, how) in self.word_hits(bare, &chars, Typed::Plain, Reach::Forms) {
                    hits.entry(v).or_default().push((i, q, how));
                }
            }
            // Levantine and Egyptian Arabic mark the present with a b- before the verb ("بيضربني",
            // typed "bydrobni", for يضربني "he beats me"), Egyptian the future with an h- ("هيضربني");
            // the entries are written without them.
            // The bare verb must hold the whole entry: no typo, no shortened form on top, since two
            // guesses at once reach too far (Persian بی- "without"; بيسمع "he hears" is not يسمعني).
            if let Some(bare) = strip_spoken_verb_prefix(w, translit != Typed::Plain) {
                let chars: Vec<char> = bare.chars().collect();
                for (v, q, how) in self.word_hits(bare, &chars, translit, Reach::Whole) {
                    hits.entry(v).or_default().push((i, q, how));
                }
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
        // Crisis-like matches are decided after all matches are known (idioms and negations).
        let mut alarms: Vec<(Target, &Pattern, Vec<usize>)> = Vec::new();
        let mut idiom_words: Vec<usize> = Vec::new();
        let mut negations: Vec<usize> = Vec::new();
        let mut safes: Vec<(&Pattern, Vec<usize>)> = Vec::new();
        let mut person_words: Vec<usize> = Vec::new();
        for &p in &candidates {
            let pattern = &self.patterns[p as usize];
            let floor = match pattern.target {
                Target::Filler | Target::Generic | Target::Negation => EXACT,
                // Crisis entries never match through typos or shortened words: a false alarm frightens.
                Target::Crisis | Target::Concern | Target::NotCrisis => INSIDE,
                // Whole words or stems (also typed in Latin letters), never inside another word or
                // another form of it: the past softens an alarm, so it must be meant (and so must
                // what outweighs it).
                Target::Past | Target::Now | Target::Safe | Target::Person => TRANSLIT,
                Target::Category(_) => 0.0,
            };
            // A word of now is a whole word: "again" is not "against".
            let whole = pattern.target == Target::Now;
            let Some((quality, used)) = match_pattern(&pattern.words, &hits, floor, whole) else {
                continue;
            };
            let target_name = match pattern.target {
                Target::Category(idx) => self.categories[idx].clone(),
                Target::Crisis => "crisis".into(),
                Target::Concern => "concern".into(),
                Target::NotCrisis => "not-crisis".into(),
                Target::Negation => "negation".into(),
                Target::Past => "past".into(),
                Target::Now => "now".into(),
                Target::Safe => "safe".into(),
                Target::Person => "person".into(),
                Target::Filler => "filler".into(),
                Target::Generic => "generic".into(),
            };
            if !matches!(pattern.target, Target::Filler) {
                for (&w, &v) in used.iter().zip(&pattern.words) {
                    let (q, how) = hits[&v]
                        .iter()
                        .filter(|(i, _, _)| *i == w)
                        .map(|(_, q, how)| (*q, *how))
                        .fold((0.0, How::Exact), |a, b| if b.0 > a.0 { b } else { a });
                    out.trace.push(WordMatch {
                        word: words[w].clone(),
                        entry: pattern.source.clone(),
                        target: target_name.clone(),
                        how,
                        quality: q,
                    });
                }
            }
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
                Target::Crisis | Target::Concern => alarms.push((pattern.target, pattern, used)),
                Target::NotCrisis => idiom_words.extend(used),
                Target::Negation => negations.extend(used),
                Target::Past => keep_longest(&mut out.past, &pattern.source),
                Target::Now => keep_longest(&mut out.now, &pattern.source),
                Target::Safe => safes.push((pattern, used)),
                Target::Person => person_words.extend(used),
                Target::Filler => used.iter().for_each(|&i| out.filler[i] = true),
                Target::Generic => used.iter().for_each(|&i| out.generic[i] = true),
            }
        }
        out.idiom = !idiom_words.is_empty();
        self.decide_alarm(&mut out, alarms, &idiom_words, &negations);
        // "Ich bin nicht in Sicherheit", "güvende değilim", "در امان نیستم": a negation up to two words
        // before, inside or after a safety phrase turns it round, so it does not count.
        for (pattern, used) in safes {
            let first = used.iter().copied().min().unwrap_or(0);
            let last = used.iter().copied().max().unwrap_or(0);
            let negated = negations
                .iter()
                .any(|&n| !used.contains(&n) && n + 2 >= first && n <= last + 2);
            if !negated {
                keep_longest(&mut out.safe, &pattern.source);
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
        // A category named only by a person ("mein Sohn" for family counselling) says who needs help;
        // beside a category named by a need ("Autist"), the need leads.
        let by_person_only = |cat: usize| {
            best.keys()
                .filter(|(c, _)| *c == cat)
                .all(|(_, w)| person_words.contains(w))
        };
        let named_by_need = weights.keys().any(|&c| !by_person_only(c));
        if named_by_need {
            for (cat, weight) in weights.iter_mut() {
                if by_person_only(*cat) {
                    *weight *= PERSON_ONLY_WEIGHT;
                }
            }
        }
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

    /// Decides which crisis and concern entries count:
    /// * an idiom or topic entry (`not_crisis`) anywhere in the message discounts them all ("ich lach
    ///   mich *tot*", "Vortrag über Suizid*prävention*"): then the model decides alone;
    /// * a negation word right before a crisis entry that has none of its own, or among its words,
    ///   turns it into concern ("ich bin *nicht* suizidal", "ich bin *nicht* in Gefahr": not acute,
    ///   but never nothing);
    /// * the longest remaining entry wins.
    fn decide_alarm(
        &self,
        out: &mut Matches,
        alarms: Vec<(Target, &Pattern, Vec<usize>)>,
        idiom_words: &[usize],
        negations: &[usize],
    ) {
        let mut acute: Option<(usize, &str)> = None;
        let mut concern: Option<(usize, &str)> = None;
        for (target, pattern, used) in alarms {
            if !idiom_words.is_empty() {
                out.discounted
                    .push(format!("{} (idiom or topic)", pattern.source));
                continue;
            }
            let first = used.iter().copied().min().unwrap_or(0);
            let own_negation = pattern
                .words
                .iter()
                .any(|w| self.negation_words.contains(w));
            // Right before the phrase, or among its words when they stand together: German puts
            // "nicht" inside ("ich bin nicht in Gefahr", "ich will nicht sterben"). (The words of a
            // phrase may stand anywhere in a message, and a negation between two far apart belongs to
            // another thought: "tne sie … nikt nie wie, boje sie".)
            let last = used.iter().copied().max().unwrap_or(0);
            let together = last - first < pattern.words.len() + 2;
            let negated = !own_negation
                && negations.iter().any(|&n| {
                    (n < first && first - n <= 2)
                        || (together && n > first && n < last && !used.contains(&n))
                });
            let level = if target == Target::Crisis && !negated {
                &mut acute
            } else {
                if negated {
                    out.discounted
                        .push(format!("{} (negated: concern)", pattern.source));
                }
                &mut concern
            };
            if level.is_none_or(|(n, _)| pattern.words.len() > n) {
                *level = Some((pattern.words.len(), &pattern.source));
            }
        }
        out.crisis = acute.map(|(_, s)| s.to_owned());
        out.concern = concern.map(|(_, s)| s.to_owned());
    }
}

/// Keeps the longer of two entries: a longer phrase says more precisely what the message means.
fn keep_longest(slot: &mut Option<String>, source: &str) {
    if slot.as_ref().is_none_or(|s| source.len() > s.len()) {
        *slot = Some(source.to_owned());
    }
}

/// The word without a leading Arabic article or particle + article (ال، وال، بال، لل، فال، كال, and
/// the spoken عال for على ال, "to the": "عالجوب سنتر"), if at least three letters remain.
fn strip_arabic_article(word: &str) -> Option<&str> {
    // Folded words: the Arabic kaf is already the Persian ک.
    ["وال", "بال", "فال", "کال", "عال", "لل", "ال"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .filter(|rest| rest.chars().count() >= 3)
}

/// The verb without the present-tense b- of spoken Arabic (or the Egyptian future h-, in Arabic script),
/// if a verb's own prefix follows it (ی, ت, ن, ا in Arabic script; y, i, e, t, n typed in the chat
/// alphabet, only in a message that looks typed so) and at least four letters remain: "بيضربني" →
/// "يضربني", "هيضربني" → "يضربني", "bydrobni" → "ydrobni".
fn strip_spoken_verb_prefix(word: &str, translit: bool) -> Option<&str> {
    let rest = word.strip_prefix(['ب', 'ه']).or_else(|| {
        translit
            .then(|| word.strip_prefix('b'))
            .flatten()
            .filter(|r| r.starts_with(['y', 'i', 'e', 't', 'n']))
    })?;
    let arabic_prefix = rest.starts_with(['ی', 'ت', 'ن', 'ا']);
    (rest.chars().count() >= 4 && (arabic_prefix || rest.is_ascii())).then_some(rest)
}

/// Matches all words of a pattern against distinct query words (each at least `floor` good, and with
/// `whole` the word itself rather than a longer one that starts with it); returns the weakest quality
/// and the query words used.
fn match_pattern(
    pattern: &[u32],
    hits: &Hits,
    floor: f32,
    whole: bool,
) -> Option<(f32, Vec<usize>)> {
    let mut used = Vec::with_capacity(pattern.len());
    let mut quality: f32 = 1.0;
    let mut vouched = false;
    for v in pattern {
        let best = hits
            .get(v)?
            .iter()
            .filter(|(i, q, how)| {
                *q >= floor
                    && !used.contains(i)
                    && !(whole && *how == How::Stem)
                    && (pattern.len() > 1 || *how != How::TransliteratedShort)
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))?;
        vouched |= best.2 != How::TransliteratedShort;
        used.push(best.0);
        quality = quality.min(best.1);
    }
    // A phrase of short transliterated words only ("mn kl") is no evidence.
    vouched.then_some((quality, used))
}

/// How well query word `word` matches entry word `entry` (both folded) with a typo or two, if at
/// all: 0.7, or 0.6 for a typo in the stem of a longer word. The equal (1.0), prefix (0.9; entries are
/// stems), inside a compound (0.8) and shortened (0.75) matches are found by hash and range lookups
/// before the typo scan.
fn typo_quality(entry: &VocabWord, word_chars: &[char], word_letters: u64) -> Option<f32> {
    let entry_chars = &entry.chars;
    let entry_len = entry_chars.len();
    let word_len = word_chars.len();
    let budget = typo_budget_of_len(entry_len);
    // Typos rarely hit the first letter; requiring it keeps matching fast and precise.
    if budget == 0 || entry_chars.first() != word_chars.first() {
        return None;
    }
    // Letters of the entry the word lacks: each costs an edit, in the whole word and in its stem alike.
    let missing = (entry.letters & !word_letters).count_ones() as usize;
    if missing > budget {
        return None;
    }
    if word_len.abs_diff(entry_len) <= budget
        && (word_letters & !entry.letters).count_ones() as usize <= budget
        && edit_distance_chars(entry_chars, word_chars, budget) <= budget
    {
        return Some(0.7);
    }
    // An inflected or compound word with a typo in its stem: compare the stem with the closest
    // beginning of the word (a letter changed, missing or added in the stem). Only for long stems: for short ones this turns unrelated words into matches ("schuld…" ≈ "schule").
    if word_len + budget >= entry_len
        && entry_len >= 7
        && stem_edit_distance_chars(entry_chars, word_chars, budget) <= budget
    {
        return Some(0.6);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
                        e(Lang::Fa, "بدهکار"),
                    ],
                ),
                ("food-bank".to_owned(), vec![e(Lang::Uk, "продукт")]),
                ("clothing-household".to_owned(), vec![e(Lang::Uk, "одяг")]),
                (
                    "housing-help".to_owned(),
                    vec![e(Lang::De, "wohnung"), e(Lang::Ar, "صاحب البيت")],
                ),
                ("senior-meeting".to_owned(), vec![e(Lang::Pl, "spotkanie")]),
                (
                    "violence-protection".to_owned(),
                    vec![e(Lang::De, "schlägt"), e(Lang::Ru, "бьет")],
                ),
            ]),
            crisis: vec![
                e(Lang::De, "nicht mehr leben"),
                e(Lang::De, "suizid"),
                e(Lang::De, "schneide mich"),
                e(Lang::Ru, "муж бьет"),
                e(Lang::Ru, "не-хочу жить"),
                e(Lang::Ar, "بیضربنی"),
                e(Lang::Ar, "یضربها"),
                e(Lang::Ar, "اقتل حالي"),
                e(Lang::En, "kill me"),
                e(Lang::En, "wanna die"),
            ],
            concern: vec![e(Lang::De, "mag nicht mehr")],
            not_crisis: vec![
                e(Lang::De, "suizidprävention"),
                e(Lang::En, "bills kill me"),
            ],
            negation: vec![
                e(Lang::De, "nicht"),
                e(Lang::En, "not"),
                e(Lang::Tr, "değilim"),
            ],
            past: vec![e(Lang::En, "years ago"), e(Lang::Ru, "лет назад")],
            now: vec![
                e(Lang::En, "again"),
                e(Lang::En, "last night"),
                e(Lang::De, "wieder"),
                e(Lang::De, "gestern"),
                e(Lang::Tr, "yine"),
                e(Lang::Ru, "вчера"),
            ],
            safe: vec![
                e(Lang::En, "safe now"),
                e(Lang::De, "in sicherheit"),
                e(Lang::Tr, "güvende"),
            ],
            filler: vec![e(Lang::De, "ich"), e(Lang::De, "wo"), e(Lang::De, "wann")],
            generic: vec![e(Lang::De, "hilfe")],
            ..Thesaurus::default()
        }
    }

    fn m(q: &str) -> Matches {
        Matcher::new(&thesaurus()).matches(&fold_words(q))
    }

    #[test]
    fn words_typed_with_the_letters_of_their_own_language_are_no_transliteration() {
        let lettered = |q: &str| {
            Matcher::new(&thesaurus())
                .matches_lettered(&fold_words(q), &crate::text::natively_lettered_words(q))
        };
        // Polish "produkty" is no Ukrainian "продукти" when the message writes Polish letters …
        assert!(
            lettered("potrzebuję produkty żywnościowe")
                .categories
                .is_empty()
        );
        // … but one German office word does not make Russian typed in Latin letters German.
        assert_eq!(
            lettered("muzh bet, Bürgergeld weg").crisis.as_deref(),
            Some("муж бьет")
        );
    }

    #[test]
    fn a_participle_behind_a_separable_prefix_is_another_verb() {
        let beaten = with_crisis_entry(Lang::De, "hat mich geschlagen");
        let hit = with_crisis_entry(Lang::De, "mich gehauen");
        let alarm = |q: &str| beaten(q).crisis.or(hit(q).crisis);
        assert!(alarm("er hat mich zusammengeschlagen").is_some());
        assert!(alarm("er hat mich gehauen").is_some());
        assert_eq!(alarm("das Amt hat mich für einen Kurs vorgeschlagen"), None);
        assert_eq!(
            alarm("mein Mann ist abgehauen und hat mich mit den Schulden allein gelassen"),
            None
        );
    }

    #[test]
    fn persian_chat_writing_reads_ch_and_gh_as_persian_letters() {
        let knife = with_crisis_entry(Lang::Fa, "با چاقو");
        assert_eq!(
            knife("dadasham ba chaghoo oftade donbale babam")
                .crisis
                .as_deref(),
            Some("با چاقو")
        );
        // Levantine "ch" is still ش.
        let what = with_crisis_entry(Lang::Ar, "شو بعمل");
        assert!(what("chou ba3mel hala2").crisis.is_some());
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
    fn another_ending_on_the_same_stem_is_the_same_word_but_another_consonant_is_not() {
        // Polish "spotkania" (genitive) for the entry "spotkanie": neither starts with the other.
        let hit = m("spotkania dla seniorów");
        assert_eq!(hit.categories[0].id, "senior-meeting");
        assert_eq!(hit.trace[0].how, How::Ending);
        // "schlafe" shares "schla" with "schlägt", but -gt is no ending: sleeping is not beating.
        assert!(m("ich schlafe bei freunden").categories.is_empty());
        // Four letters are no stem to read an ending on.
        assert!(m("spot").categories.is_empty());
    }

    #[test]
    fn a_message_in_arabizi_is_not_read_as_latin_russian() {
        // Latin Russian: "bet" is бьет (beats).
        let latin = m("on menya bet");
        assert_eq!(latin.categories[0].id, "violence-protection");
        // Arabizi, shown by its digits: "bet" is بيت (house), "sa7eb el bet" the landlord (صاحب البيت,
        // the article typed apart).
        let arabizi = m("sa7eb el bet bado ytall3na");
        assert_eq!(arabizi.categories[0].id, "housing-help");
        assert!(
            arabizi
                .categories
                .iter()
                .all(|c| c.id != "violence-protection")
        );
    }

    #[test]
    fn a_typo_in_the_stem_of_an_inflected_word_is_forgiven() {
        // "продкти": a letter missing inside the stem, then an ending.
        assert_eq!(m("продкти").categories[0].id, "food-bank");
        // Two changes in a seven-letter stem are another word.
        assert!(m("прадкти").categories.is_empty());
    }

    #[test]
    fn a_chat_alphabet_stem_takes_an_ending() {
        assert_eq!(
            m("man bedehkaram nemidoonam").categories[0].id,
            "debt-counselling"
        );
        assert!(m("man bedam nemidoonam").categories.is_empty());
    }

    #[test]
    fn the_present_b_of_spoken_arabic_is_read_off_the_verb() {
        // يضربها "he beats her"; Levantine says بيضربها, typed "bydrobha".
        assert!(m("جوزي بيضربها").crisis.is_some());
        assert!(m("jozi bydrobha kel yom").crisis.is_some());
        assert!(m("jozi ydrobha kel yom").crisis.is_some());
        // Egyptian: the future h-, هيضربها "he will beat her".
        assert!(m("جوزي هيضربها").crisis.is_some());
        // Only before a verb's own prefix, and never with a typo on top.
        assert!(m("jozi bdrobha").crisis.is_none());
        assert!(m("جوزي بضربها").crisis.is_none());
        // The bare verb must hold the whole entry (the fixture has only يضربها): يضربه is not that
        // entry shortened, once b- is gone.
        assert!(m("جوزي بيضربه").crisis.is_none());
    }

    #[test]
    fn the_letter_test_never_rules_out_a_word_within_the_typo_budget() {
        // Every word within one edit of an entry (all single substitutions, insertions, deletions and
        // transpositions over its letters and a few others) passes the letter test.
        for entry in ["schulden", "продукт", "بدهکار", "tablet"] {
            let e: Vec<char> = entry.chars().collect();
            let alphabet: Vec<char> = e.iter().copied().chain("xaяه".chars()).collect();
            let mut variants: Vec<Vec<char>> = Vec::new();
            for i in 0..=e.len() {
                for &c in &alphabet {
                    let mut v = e.clone();
                    v.insert(i, c);
                    variants.push(v);
                    if i < e.len() {
                        let mut v = e.clone();
                        v[i] = c;
                        variants.push(v);
                    }
                }
                if i < e.len() {
                    let mut v = e.clone();
                    v.remove(i);
                    variants.push(v);
                }
                if i + 1 < e.len() {
                    let mut v = e.clone();
                    v.swap(i, i + 1);
                    variants.push(v);
                }
            }
            let (me, budget) = (letter_set(e.iter().copied()), typo_budget_of_len(e.len()));
            for v in variants {
                let mv = letter_set(v.iter().copied());
                assert!((me & !mv).count_ones() as usize <= budget, "{entry} {v:?}");
                assert!((mv & !me).count_ones() as usize <= budget, "{entry} {v:?}");
            }
        }
        // And it rules out most other words cheaply.
        let e: Vec<char> = "schulden".chars().collect();
        let w: Vec<char> = "schwanger".chars().collect();
        assert!((letter_set(e.iter().copied()) & !letter_set(w.iter().copied())).count_ones() > 1);
    }

    #[test]
    fn a_filler_word_is_not_a_shortened_crisis_word() {
        assert!(m("Wann hat die Kleiderkammer offen").crisis.is_none());
        assert!(m("i wanna die").crisis.is_some());
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

    #[test]
    fn short_verb_forms_match_the_dictionary_form() {
        assert!(m("ich schneid mich wieder").crisis.is_some());
        assert!(m("ich schneid brot").crisis.is_none());
    }

    #[test]
    fn a_ukrainian_g_typed_as_h_or_as_g_matches() {
        for typed in ["odyah dlya ditey", "odyag dlya ditey"] {
            let ids: Vec<String> = m(typed).categories.into_iter().map(|c| c.id).collect();
            assert_eq!(ids, ["clothing-household"], "{typed}");
        }
    }

    #[test]
    fn latin_letters_match_cyrillic_and_arabic_entries() {
        let got = m("muzh menya bet");
        assert_eq!(got.crisis.as_deref(), Some("муж бьет"));
        assert!(got.trace.iter().any(|t| t.how == How::Transliterated));
        assert!(m("ne hochu zhit").crisis.is_some());
        assert!(m("hochu zhit v germanii").crisis.is_none());
        assert!(
            m("hwa bydros").crisis.is_none(),
            "a different word is not the entry"
        );
        assert!(m("bidrabni").crisis.is_some());
        // "a2tel 7ali": اقتل حالي with the ق typed as 2, as Levantine Arabic says it.
        assert!(m("ana bde a2tel 7ali").crisis.is_some());
    }

    #[test]
    fn a_category_named_only_by_a_person_yields_to_a_named_need() {
        let e = |lang, text: &str| Entry {
            lang,
            text: text.to_owned(),
        };
        let with_person = |person: bool| Thesaurus {
            categories: [
                (
                    "family-counselling".to_owned(),
                    vec![e(Lang::De, "sohn"), e(Lang::De, "hört nicht")],
                ),
                (
                    "disability-counselling".to_owned(),
                    vec![e(Lang::De, "autist")],
                ),
            ]
            .into(),
            person: if person {
                vec![e(Lang::De, "sohn")]
            } else {
                Vec::new()
            },
            ..Thesaurus::default()
        };
        let read =
            |person: bool, q: &str| Matcher::new(&with_person(person)).matches(&fold_words(q));
        // Exact "sohn" outweighs the stem "autist" in "autistisch" until the person is known as one.
        let q = "mein Sohn ist autistisch";
        assert_eq!(read(false, q).categories[0].id, "family-counselling");
        let got = read(true, q);
        assert_eq!(got.categories[0].id, "disability-counselling");
        assert!(got.strength("family-counselling") < 0.5);
        // A need of the family itself, or the person alone, keeps family counselling as it was.
        for q in ["mein Sohn hört nicht", "Probleme mit meinem Sohn"] {
            assert_eq!(read(true, q).categories, read(false, q).categories, "{q}");
            assert_eq!(read(true, q).categories[0].id, "family-counselling");
        }
    }

    /// A matcher whose thesaurus holds the one crisis entry `text`, in `lang`.
    fn with_crisis_entry(lang: Lang, text: &str) -> impl Fn(&str) -> Matches {
        let matcher = Matcher::new(&Thesaurus {
            crisis: vec![Entry {
                lang,
                text: text.to_owned(),
            }],
            ..Thesaurus::default()
        });
        move |q: &str| matcher.matches(&fold_words(q))
    }

    #[test]
    fn a_filler_word_names_a_need_only_as_itself() {
        let entry = |text: &str| Entry {
            lang: Lang::De,
            text: text.to_owned(),
        };
        let thesaurus = |filler: Vec<Entry>| Thesaurus {
            categories: BTreeMap::from([
                ("pregnancy-counselling".to_owned(), vec![entry("wehen")]),
                ("debt-counselling".to_owned(), vec![entry("miete")]),
            ]),
            filler,
            ..Thesaurus::default()
        };
        let ids = |m: Matches| m.categories.into_iter().map(|c| c.id).collect::<Vec<_>>();
        let query = fold_words("Ärger wegen der Miete");
        // Without the filler entry, "wegen" is "Wehen" (labour pains) with a typo.
        let plain = Matcher::new(&thesaurus(Vec::new()));
        assert!(ids(plain.matches(&query)).contains(&"pregnancy-counselling".to_owned()));
        // As filler it names no need through a typo or a stem, while the other words still count.
        let filled = Matcher::new(&thesaurus(vec![entry("wegen"), entry("der")]));
        let m = filled.matches(&query);
        assert!(m.filler[1] && m.filler[2]);
        assert_eq!(ids(m), ["debt-counselling"]);
    }

    #[test]
    fn a_reflexive_verb_is_not_matched_by_its_plain_verb() {
        let read = with_crisis_entry(Lang::Ru, "повеситься");
        assert!(read("хочу повеситься").crisis.is_some());
        // One or two letters shorter is an inflection, but not when it is the -ся that goes.
        assert!(read("хотим повесить плакаты").crisis.is_none());
    }

    #[test]
    fn an_infinitive_is_not_matched_by_its_past_tense() {
        let read = with_crisis_entry(Lang::Uk, "хочу померти");
        assert!(read("я хочу померти").crisis.is_some());
        // "помер" (he died) is two letters shorter, which elsewhere is an inflection.
        assert!(
            read("чоловік давно помер. хочу гуляти з ровесниками")
                .crisis
                .is_none()
        );
    }

    #[test]
    fn idioms_and_topics_discount_crisis_words() {
        let got = m("these bills kill me");
        assert_eq!(got.crisis, None);
        assert_eq!(got.discounted.len(), 1);
        assert!(m("Vortrag Suizidprävention Schule").crisis.is_none());
        assert!(m("kill me now").crisis.is_some());
    }

    #[test]
    fn a_negated_crisis_phrase_is_concern_never_nothing() {
        let got = m("ich bin nicht suizid gefährdet");
        assert_eq!(got.crisis, None);
        assert_eq!(got.concern.as_deref(), Some("suizid"));
        // Among the phrase's words, too.
        let mut with_danger = thesaurus();
        with_danger.crisis.push(Entry {
            lang: Lang::De,
            text: "bin in-gefahr".into(),
        });
        let matcher = Matcher::new(&with_danger);
        let danger = |q: &str| matcher.matches(&fold_words(q));
        assert!(danger("ich bin jetzt in Gefahr").crisis.is_some());
        let got = danger("Ich bin traurig. Ich bin nicht in Gefahr.");
        assert_eq!(
            (got.crisis, got.concern.as_deref()),
            (None, Some("bin in-gefahr"))
        );
        // The phrase's own negation does not count twice.
        assert!(m("ich will nicht mehr leben").crisis.is_some());
        assert_eq!(
            m("ich mag einfach nicht mehr").concern.as_deref(),
            Some("mag nicht mehr")
        );
    }

    #[test]
    fn past_words_are_found_beside_the_crisis_phrase_and_typed_in_latin_letters_too() {
        let got = m("five years ago he said he would kill me");
        assert_eq!(got.crisis.as_deref(), Some("kill me"));
        assert_eq!(got.past.as_deref(), Some("years ago"));
        assert_eq!(
            m("muzh bil menya pyat let nazad").past.as_deref(),
            Some("лет назад")
        );
        // A phrase needs all its words: "ago" alone is not the past of anything.
        assert_eq!(m("he wants to kill me, it started ago").past, None);
    }

    #[test]
    fn words_of_now_are_found_and_safety_counts_only_when_not_negated() {
        let got = m("years ago he hit me, last night again, but i am safe now");
        assert_eq!(got.past.as_deref(), Some("years ago"));
        assert_eq!(got.now.as_deref(), Some("last night"));
        assert_eq!(got.safe.as_deref(), Some("safe now"));
        assert_eq!(m("opyat bil menya vchera").now.as_deref(), Some("вчера"));
        // A word of now is whole: "against" is not "again".
        assert_eq!(m("years ago, violence against me").now, None);
        // A negation before, inside or right after a safety phrase turns it round.
        for q in [
            "years ago he hit me, again now, i am not safe now",
            "years ago, again, not safe now",
            "ich bin nicht mehr in sicherheit, er ist wieder da",
            "güvende değilim, yine geldi",
        ] {
            let got = m(q);
            assert_eq!(got.safe, None, "{q}");
            assert!(got.now.is_some(), "{q}");
        }
        assert_eq!(
            m("ich bin in sicherheit, er war gestern da")
                .safe
                .as_deref(),
            Some("in sicherheit")
        );
    }

    #[test]
    fn spoken_arabic_writes_to_the_onto_the_word() {
        // عالبيت: على البيت. The fixture's only Arabic entries are verbs: a made-up one shows the rule.
        let th = Thesaurus {
            categories: BTreeMap::from([(
                "food-bank".to_owned(),
                vec![Entry {
                    lang: Lang::Ar,
                    text: "تافل".to_owned(),
                }],
            )]),
            ..thesaurus()
        };
        let matcher = Matcher::new(&th);
        let got = matcher.matches(&fold_words("بدي روح عالتافل بكرا"));
        assert_eq!(got.categories[0].id, "food-bank");
        // "عالم" (world) is no article on a word: too little is left.
        assert!(strip_arabic_article("عالم").is_none());
    }
}
