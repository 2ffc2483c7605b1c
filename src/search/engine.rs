//! The engine: an opened index generation plus the compiled thesaurus.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use super::SearchRequest;
use super::crisis::{self, CrisisLevel, CrisisReading, Signals};
use super::fuzzy::TermsInField;
use super::matcher::{Matcher, Matches, WordMatch};
use super::snippet::{self, Snippet};
use super::vocabulary::{FieldTerms, Holders, Statistics, Vocabulary};
use crate::content::{Catalogue, Offer, Status};
use crate::index::{self, Generation, IndexError, SEARCH_LANGS, analyzer};
use crate::lang::Lang;
use crate::semantic::{Embedder, Kind, Semantic};
use crate::text::reading::ModelReading;
use crate::text::{self, fold, fold_words, typo_budget};

/// The category whose offers answer general or unmatched questions.
pub const GENERAL_CATEGORY: &str = "social-counselling";
/// The category of crisis lines.
pub const CRISIS_CATEGORY: &str = "crisis-hotline";
/// The category a message of concern means when it names no other need.
pub const DISTRESS_CATEGORY: &str = "mental-health";

/// How many candidates each index query returns; a town's catalogue is far smaller.
const CANDIDATES: usize = 200;

/// The model reads at most this many characters of a message (its cost grows with the length; the
/// thesaurus always reads the whole message).
pub const MODEL_MAX_CHARS: usize = 300;
/// How many offers the dense retriever adds as candidates.
const DENSE_CANDIDATES: usize = 6;
/// From this many content words on, a message is long enough that one matching word may be incidental
/// ("the neighbour is beating his wife again": *neighbour* is a word of the meeting places), so the
/// thesaurus' categories are checked against the meaning of the whole message.
const LONG_MESSAGE_WORDS: usize = 5;
/// What a category of the thesaurus keeps of its weight in a long message when no offer of it is
/// close in meaning; it keeps all of it when one of its offers is the closest.
const UNSUPPORTED_CATEGORY_WEIGHT: f32 = 0.4;

/// A loaded, searchable directory.
pub struct Engine {
    generation: Generation,
    matcher: Matcher,
    /// Offer id of every document, by segment and doc id: reading stored fields per hit would
    /// decompress doc-store blocks on every search.
    /// For each segment and document, the offer's index in the catalogue (no id strings per hit).
    doc_offers: Vec<Vec<Option<u32>>>,
    /// Each category's offers (indices), in the order of [`Catalogue::offers_in`]; computed once, so a
    /// search never walks the whole catalogue.
    members: HashMap<String, Vec<u32>>,
    /// The offers marked as crisis lines (indices).
    crisis_lines: Vec<u32>,
    /// The semantic signal: the generation's trained part and the process's model, when both exist.
    semantic: Option<(Semantic, &'static Embedder)>,
    /// How the model reads a message typed in Latin letters for Cyrillic, or without Polish or Turkish
    /// letters.
    reading: ModelReading,
    signals: Signals,
    /// Each offer's summary and description split into folded words, per language: made the first
    /// time an excerpt of it is needed, then kept for the generation.
    prepared_texts: Vec<OnceLock<snippet::Prepared>>,
    /// The terms of each search language's name and body fields: which field holds a term, and the
    /// terms one typo from a word (see [`Engine::exact_query`], [`Engine::fuzzy_query`]).
    vocabularies: Vec<(Lang, Vocabulary)>,
    /// The terms of the n-gram field (see [`Engine::ngram_query`]).
    grams: FieldTerms,
    /// For each offer, whether it is here when the reader chose no town ([`crate::content::Site::is_home`],
    /// asked once per generation rather than for every candidate of every search).
    home_by_default: Vec<bool>,
}

/// What kind of answer this is, so that front ends can say so honestly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerKind {
    /// The results match the query.
    Matched,
    /// The query only asked for "help": general counselling is the answer.
    General,
    /// Nothing matched well: the results are general counselling (and weak matches).
    NoMatch,
    /// The query was empty.
    Empty,
}

/// The answer to a search.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    pub query: String,
    pub lang: Lang,
    pub kind: AnswerKind,
    /// An acute crisis message: lead with the crisis lines (`crisis_level == Acute`).
    pub crisis: bool,
    /// How urgently the answer leads with the crisis lines.
    pub crisis_level: CrisisLevel,
    /// Why that level (for `--explain`).
    pub crisis_reading: CrisisReading,
    /// Which query words matched which thesaurus entries (for `--explain`).
    pub word_matches: Vec<WordMatch>,
    /// The message as the model read it, when that differs from how it was typed: Latin letters read
    /// as Cyrillic, Polish or Turkish letters with their marks (for `--explain`).
    #[serde(skip)]
    pub model_reading: Option<String>,
    /// When the offers that fit the need cannot be reached (ended, planned, no way to contact them),
    /// the reachable offer added so the answer is never a dead end.
    pub reachable_fallback: Option<String>,
    /// The categories the query means, strongest first.
    pub categories: Vec<String>,
    /// For a long message, how close in meaning each category's nearest offer is (0–1): the share of its
    /// thesaurus weight a category keeps depends on it (for `--explain`).
    pub category_support: Vec<(String, f32)>,
    pub hits: Vec<Hit>,
    /// All hits before the limit was applied (for "more results").
    pub total: usize,
}

/// What an answer was, for the anonymous needs report: matched, a fallback (nothing fitting: general
/// counselling, no match, or a reachable substitute), or a crisis level. A crisis level wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Matched,
    Fallback,
    Concern,
    Acute,
}

impl Outcome {
    /// Every outcome, in the order reports list them.
    pub const ALL: [Outcome; 4] = [
        Outcome::Matched,
        Outcome::Fallback,
        Outcome::Concern,
        Outcome::Acute,
    ];

    /// The id stored and printed.
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Matched => "matched",
            Outcome::Fallback => "fallback",
            Outcome::Concern => "concern",
            Outcome::Acute => "acute",
        }
    }

    /// Parses an id written by [`Outcome::id`].
    pub fn from_id(id: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.id() == id)
    }
}

/// What a question asked for, without its words: the categories it meant and how it was answered.
/// This, and never the query, is what the needs report counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Need {
    pub categories: Vec<String>,
    pub outcome: Outcome,
}

impl Answer {
    /// The need this answer stands for (see [`Need`]).
    pub fn need(&self) -> Need {
        let outcome = match self.crisis_level {
            CrisisLevel::Acute => Outcome::Acute,
            CrisisLevel::Concern => Outcome::Concern,
            CrisisLevel::None => match self.kind {
                AnswerKind::Matched if self.reachable_fallback.is_none() => Outcome::Matched,
                _ => Outcome::Fallback,
            },
        };
        Need {
            categories: self.categories.clone(),
            outcome,
        }
    }
}

/// One ranked offer.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub offer_id: String,
    pub score: f32,
    pub snippet: Snippet,
    pub explanation: Explanation,
}

/// Why a hit ranks where it does (`lotse search --explain`).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Explanation {
    /// Exact-term relevance (BM25), relative to the best hit (0–1).
    pub exact: f32,
    /// Typo-tolerant relevance, relative to the best hit (0–1).
    pub fuzzy: f32,
    /// Compound-word (n-gram) relevance, relative to the best hit (0–1).
    pub ngram: f32,
    /// Meant categories this offer is filed under, with their boost.
    pub categories: Vec<(String, f32)>,
    /// The factor for planned, closed or ended offers (1 for active ones).
    pub status_factor: f32,
    /// The factor for offers whose newest source is old.
    pub age_factor: f32,
    /// The factor for offers located elsewhere than the reader's town (the site's home places, or the
    /// town the reader chose).
    pub place_factor: f32,
    /// How close the offer's meaning is to the message (dense retrieval), relative to the closest offer
    /// (0–1), and the weight it was given.
    pub semantic: f32,
    pub semantic_weight: f32,
    /// Raised to the top as a crisis line.
    pub crisis_line: bool,
    /// Added because nothing matched well.
    pub fallback: bool,
}

impl Engine {
    /// Wraps an opened generation.
    pub fn new(generation: Generation) -> Engine {
        let matcher = Matcher::new(&generation.catalogue.thesaurus);
        let searcher = generation.reader.searcher();
        let catalogue = &generation.catalogue;
        let position: HashMap<&str, u32> = catalogue
            .offers
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i as u32))
            .collect();
        let doc_offers = searcher
            .segment_readers()
            .iter()
            .enumerate()
            .map(|(ord, segment)| {
                (0..segment.max_doc())
                    .map(|doc| {
                        let doc: TantivyDocument =
                            searcher.doc(DocAddress::new(ord as u32, doc)).ok()?;
                        let id = doc.get_first(generation.fields.id)?.as_str()?;
                        position.get(id).copied()
                    })
                    .collect()
            })
            .collect();
        let members = catalogue
            .taxonomy
            .categories
            .iter()
            .map(|c| {
                let list = catalogue
                    .offers_in(&c.id)
                    .into_iter()
                    .filter_map(|o| position.get(o.id.as_str()).copied())
                    .collect();
                (c.id.clone(), list)
            })
            .collect();
        let crisis_lines = catalogue
            .offers
            .iter()
            .enumerate()
            .filter(|(_, o)| o.crisis_line)
            .map(|(i, _)| i as u32)
            .collect();
        let prepared_texts = (0..catalogue.offers.len() * Lang::ALL.len() * 2)
            .map(|_| OnceLock::new())
            .collect();
        let semantic = match (generation.semantic.clone(), Embedder::shared()) {
            (Some(s), Ok(model)) => Some((s, model)),
            _ => None,
        };
        let vocabularies = SEARCH_LANGS
            .iter()
            .map(|&lang| {
                let f = &generation.fields;
                (
                    lang,
                    Vocabulary::read(&searcher, f.name_of(lang), f.body_of(lang)),
                )
            })
            .collect();
        let grams = FieldTerms::read(&searcher, generation.fields.ngram);
        let home_by_default = catalogue
            .offers
            .iter()
            .map(|o| catalogue.site.is_home(o, None))
            .collect();
        let reading = ModelReading::learn(catalogue.texts());
        Engine {
            reading,
            home_by_default,
            vocabularies,
            grams,
            generation,
            matcher,
            doc_offers,
            members,
            crisis_lines,
            semantic,
            signals: Signals::Both,
            prepared_texts,
        }
    }

    /// Whether an offer is here for the reader, who may have chosen a town.
    fn is_home(&self, offer: &Offer, town: Option<&str>) -> bool {
        let offers = &self.catalogue().offers;
        match (town, offers.binary_search_by(|o| o.id.cmp(&offer.id))) {
            (None, Ok(i)) => self.home_by_default[i],
            _ => self.catalogue().site.is_home(offer, town),
        }
    }

    /// The offers of a category, in the order of its page.
    fn members<'s>(&'s self, category: &str) -> impl Iterator<Item = &'s Offer> + use<'s> {
        let offers = &self.catalogue().offers;
        self.members
            .get(category)
            .into_iter()
            .flatten()
            .map(move |&i| &offers[i as usize])
    }

    /// Chooses which signals decide the crisis level (`lotse eval --signals`, to measure each alone).
    pub fn set_signals(&mut self, signals: Signals) {
        self.signals = signals;
    }

    /// Whether the semantic signal is available (the model loaded and the generation was built with it).
    pub fn has_model(&self) -> bool {
        self.semantic.is_some()
    }

    /// Opens the current generation of an index folder.
    pub fn open(index_root: &Path) -> Result<Engine, IndexError> {
        index::open(index_root).map(Engine::new)
    }

    /// The catalogue the index was built from.
    pub fn catalogue(&self) -> &Catalogue {
        &self.generation.catalogue
    }

    /// The fingerprint of the loaded generation.
    pub fn fingerprint(&self) -> &str {
        &self.generation.fingerprint
    }

    /// How the thesaurus reads a text (used by the bot to spot crisis messages cheaply).
    pub fn understand(&self, text: &str) -> Matches {
        self.matcher
            .matches_lettered(&self.words_of(text), &text::natively_lettered_words(text))
    }

    /// Whether `text` is one word of the directory itself ("Tafel"): see [`Matcher::is_directory_word`].
    pub fn is_directory_word(&self, text: &str) -> bool {
        self.matcher.is_directory_word(&self.words_of(text))
    }

    /// The folded words of a message, a Latin word parted by an apostrophe kept whole where it reads
    /// as a Cyrillic word of the thesaurus ("b'et" is бьет).
    fn words_of(&self, text: &str) -> Vec<String> {
        text::fold_words_joining(text, |joined| self.matcher.reads_as_cyrillic(joined))
    }

    /// Runs a search.
    pub fn search(&self, req: &SearchRequest) -> Answer {
        let words = self.words_of(req.text());
        let lang = req.lang();
        if words.is_empty() {
            return Answer {
                query: req.text().to_owned(),
                lang,
                kind: AnswerKind::Empty,
                crisis: false,
                crisis_level: CrisisLevel::None,
                crisis_reading: crisis::decide(&Matches::default(), None),
                word_matches: Vec::new(),
                model_reading: None,
                reachable_fallback: None,
                categories: Vec::new(),
                category_support: Vec::new(),
                hits: Vec::new(),
                total: 0,
            };
        }
        let mut m = self
            .matcher
            .matches_lettered(&words, &text::natively_lettered_words(req.text()));
        if self.signals == Signals::Model {
            m.crisis = None;
            m.concern = None;
        }
        // The model runs where it can change the answer: not for a single word the thesaurus
        // understood. (For a crisis phrase it runs too: it can tell an idiom the thesaurus does not
        // know yet from a crisis, and turn the urgent answer into the calm box, never into nothing.)
        let mut model_reading = None;
        let embedding = match &self.semantic {
            Some((_, model))
                if self.signals != Signals::Lexicon
                    && (words.len() >= 2 || m.categories.is_empty()) =>
            {
                let text: String = req.text().chars().take(MODEL_MAX_CHARS).collect();
                model_reading = self.reading.read(&text, lang);
                model
                    .embed(model_reading.as_deref().unwrap_or(&text), Kind::Query)
                    .ok()
            }
            _ => None,
        };
        let semantic = self.semantic.as_ref().map(|(s, _)| s);
        let probability = embedding
            .as_deref()
            .and_then(|e| semantic?.crisis_probability(e));
        let similarities: BTreeMap<&str, f32> = match (&embedding, semantic) {
            (Some(e), Some(s)) => relative_similarities(&s.offer_similarities(e, lang)),
            _ => BTreeMap::new(),
        };
        let content_word_count = (0..words.len())
            .filter(|i| !m.filler[*i] && !m.generic[*i])
            .count();
        let category_support = if content_word_count >= LONG_MESSAGE_WORDS {
            weigh_by_meaning(&mut m, self.catalogue(), &similarities)
        } else {
            Vec::new()
        };
        let reading = crisis::decide(&m, probability);
        let level = reading.level;
        // Dense retrieval counts most where the thesaurus is unsure what kind of help is meant.
        let semantic_weight = if m.certainty() >= 0.9 { 0.35 } else { 1.0 };
        let skip: HashSet<&str> = words
            .iter()
            .enumerate()
            .filter(|(i, _)| m.filler[*i] || m.generic[*i])
            .map(|(_, w)| w.as_str())
            .collect();
        let content_words: Vec<String> = words
            .iter()
            .filter(|w| !skip.contains(String::as_str(w)))
            .cloned()
            .collect();
        let only_generic = content_words.is_empty() && m.generic.iter().any(|g| *g);

        let searcher = self.generation.reader.searcher();
        // The query analysed once per language, for the exact and the typo-tolerant lookups.
        let query_words = QueryWords::new(req.text(), &skip);
        let analysed: Vec<(Lang, Vec<(String, String)>)> = SEARCH_LANGS
            .iter()
            .map(|&l| (l, query_words.terms(l)))
            .collect();
        let exact = self.run(&searcher, self.exact_query(&analysed, lang));
        let fuzzy = self.run(&searcher, self.fuzzy_query(&analysed, lang));
        let ngram = self.run(&searcher, self.ngram_query(&content_words));

        let catalogue = self.catalogue();
        let mut scored: BTreeMap<&str, Explanation> = BTreeMap::new();
        for (hits, slot) in [(&exact, 0), (&fuzzy, 1), (&ngram, 2)] {
            let max = hits.values().copied().fold(0.0_f32, f32::max);
            for (id, score) in hits {
                let e = scored.entry(*id).or_default();
                let rel = if max > 0.0 { score / max } else { 0.0 };
                match slot {
                    0 => e.exact = rel,
                    1 => e.fuzzy = rel,
                    _ => e.ngram = rel,
                }
            }
        }
        // A category's offers are candidates whether or not their text matched; a large catalogue
        // (a district's) contributes its first CANDIDATES per category, in the category page's order.
        for cat in &m.categories {
            for offer in self.members(&cat.id).take(CANDIDATES) {
                scored.entry(offer.id.as_str()).or_default();
            }
        }
        if level > CrisisLevel::None {
            for &i in &self.crisis_lines {
                scored
                    .entry(catalogue.offers[i as usize].id.as_str())
                    .or_default();
            }
        }
        let mut closest: Vec<(&str, f32)> = similarities.iter().map(|(k, v)| (*k, *v)).collect();
        closest.sort_by(|a, b| b.1.total_cmp(&a.1));
        for (id, sim) in closest.iter().take(DENSE_CANDIDATES) {
            if *sim > 0.0 {
                scored.entry(id).or_default();
            }
        }
        for (id, e) in scored.iter_mut() {
            e.semantic = similarities.get(id).copied().unwrap_or(0.0);
            e.semantic_weight = semantic_weight;
        }

        // Distress without a named need: psychosocial help is what fits.
        let implied =
            (level == CrisisLevel::Concern && m.categories.is_empty()).then_some(DISTRESS_CATEGORY);
        if let Some(cat) = implied {
            for offer in self.members(cat).take(CANDIDATES) {
                scored.entry(offer.id.as_str()).or_default();
            }
        }
        let strong_text = !exact.is_empty() || !fuzzy.is_empty();
        let mut ranked: Vec<(f32, &Offer, Explanation)> = scored
            .into_iter()
            .filter_map(|(id, mut e)| {
                let offer = catalogue.offer(id)?;
                let home = self.is_home(offer, req.town());
                let score = rank(offer, &m, level, implied, home, &mut e);
                (score > 0.05).then_some((score, offer, e))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));

        let matched = !m.categories.is_empty() || strong_text || level > CrisisLevel::None;
        let kind = if matched {
            AnswerKind::Matched
        } else if only_generic {
            AnswerKind::General
        } else {
            AnswerKind::NoMatch
        };
        if kind != AnswerKind::Matched {
            // Never a dead end: general counselling first, then whatever matched weakly.
            let weak: Vec<_> = std::mem::take(&mut ranked);
            for offer in self.members(GENERAL_CATEGORY).take(CANDIDATES) {
                let e = Explanation {
                    fallback: true,
                    status_factor: status_factor(offer.status),
                    age_factor: 1.0,
                    ..Default::default()
                };
                ranked.push((0.0, offer, e));
            }
            for w in weak {
                if !ranked.iter().any(|(_, o, _)| o.id == w.1.id) {
                    ranked.push(w);
                }
            }
        }

        keep_a_crisis_line_in_view(&mut ranked, level);
        let reachable_fallback = never_a_dead_end(
            |c| self.members(c).take(CANDIDATES),
            &mut ranked,
            level,
            kind,
            &similarities,
            |o| self.is_home(o, req.town()),
        );

        let needles = snippet::Needles::new(
            content_words.iter().cloned().chain(
                m.categories
                    .iter()
                    .flat_map(|c| c.entries.iter().flat_map(|e| fold_words(e))),
            ),
        );
        let total = ranked.len();
        let hits = ranked
            .into_iter()
            .take(req.limit())
            .map(|(score, offer, explanation)| {
                let texts = offer.texts(lang);
                let summary_snip = snippet::make_prepared(
                    texts.summary,
                    self.prepared_text(offer, lang, texts.summary, 0),
                    &needles,
                );
                let snippet = if summary_snip.has_highlight() {
                    summary_snip
                } else {
                    let desc = snippet::make_prepared(
                        texts.description,
                        self.prepared_text(offer, lang, texts.description, 1),
                        &needles,
                    );
                    if desc.has_highlight() {
                        desc
                    } else {
                        summary_snip
                    }
                };
                Hit {
                    offer_id: offer.id.clone(),
                    score,
                    snippet,
                    explanation,
                }
            })
            .collect();
        Answer {
            query: req.text().to_owned(),
            lang,
            kind,
            crisis: level == CrisisLevel::Acute,
            crisis_level: level,
            crisis_reading: reading,
            word_matches: m.trace.clone(),
            model_reading,
            reachable_fallback,
            categories: m.categories.iter().map(|c| c.id.clone()).collect(),
            category_support,
            hits,
            total,
        }
    }

    /// The prepared words of one of an offer's texts in a language (`field` 0: summary, 1: description).
    fn prepared_text(
        &self,
        offer: &Offer,
        lang: Lang,
        text: &str,
        field: usize,
    ) -> &snippet::Prepared {
        let position = self
            .catalogue()
            .offers
            .binary_search_by(|o| o.id.cmp(&offer.id))
            .unwrap_or(0);
        let lang_index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        let slot = (position * Lang::ALL.len() + lang_index) * 2 + field;
        self.prepared_texts[slot].get_or_init(|| snippet::Prepared::new(text))
    }

    fn run(&self, searcher: &Searcher, query: Option<Box<dyn Query>>) -> BTreeMap<&str, f32> {
        let Some(query) = query else {
            return BTreeMap::new();
        };
        let statistics = Statistics {
            vocabularies: &self.vocabularies,
            grams: &self.grams,
            searcher,
        };
        let collector = TopDocs::with_limit(CANDIDATES).order_by_score();
        let top = match searcher.search_with_statistics_provider(&*query, &collector, &statistics) {
            Ok(top) => top,
            Err(err) => {
                tracing::error!(%err, "index query failed");
                return BTreeMap::new();
            }
        };
        top.into_iter()
            .filter_map(|(score, addr)| Some((self.offer_id(addr)?, score)))
            .collect()
    }

    fn offer_id(&self, addr: DocAddress) -> Option<&str> {
        let i = (*self
            .doc_offers
            .get(addr.segment_ord as usize)?
            .get(addr.doc_id as usize)?)?;
        Some(self.catalogue().offers[i as usize].id.as_str())
    }

    /// Language weight: the reader's language and German count fully, others half (queries are often
    /// typed in another language than the page's).
    fn lang_weight(reader: Lang, field_lang: Lang) -> f32 {
        if field_lang == reader.search_lang() || field_lang == Lang::De {
            1.0
        } else {
            0.5
        }
    }

    /// The vocabulary of a search language's fields.
    fn vocabulary(&self, lang: Lang) -> Option<&Vocabulary> {
        self.vocabularies
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, v)| v)
    }

    /// Every analysed term in its language's name and body fields. A term a field does not hold is left
    /// out before it becomes a clause: it would score nothing, and most terms are absent from most of
    /// the nine languages' fields, so this spares a weight and a dictionary lookup for each.
    fn exact_query(
        &self,
        analysed: &[(Lang, Vec<(String, String)>)],
        reader: Lang,
    ) -> Option<Box<dyn Query>> {
        let f = &self.generation.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (lang, terms) in analysed {
            let lang = *lang;
            let Some(vocabulary) = self.vocabulary(lang) else {
                continue;
            };
            let w = Self::lang_weight(reader, lang);
            for (term, _) in terms {
                let holders = vocabulary.holders(term);
                for (field, boost, held) in [
                    (f.name_of(lang), 2.0, holders.name > 0),
                    (f.body_of(lang), 1.0, holders.body > 0),
                ] {
                    if !held {
                        continue;
                    }
                    let q = TermQuery::new(
                        Term::from_field_text(field, term),
                        IndexRecordOption::WithFreqs,
                    );
                    clauses.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(q), boost * w)),
                    ));
                }
            }
        }
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }

    /// Typo tolerance, only for words the index does not know (a known word is no typo), in the reader's
    /// language and German: the documents of the terms one edit away, constant-scored, so this only ever
    /// adds to the exact query.
    fn fuzzy_query(
        &self,
        analysed: &[(Lang, Vec<(String, String)>)],
        reader: Lang,
    ) -> Option<Box<dyn Query>> {
        let f = &self.generation.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut langs = vec![Lang::De];
        if reader.search_lang() != Lang::De {
            langs.push(reader.search_lang());
        }
        for lang in langs {
            let Some(vocabulary) = self.vocabulary(lang) else {
                continue;
            };
            let mut typo_words = 0;
            let terms = analysed
                .iter()
                .find(|(l, _)| *l == lang)
                .map_or(&[][..], |(_, t)| t.as_slice());
            for (term, _) in terms {
                if typo_words == super::MAX_TYPO_WORDS {
                    break;
                }
                // At most one edit here: the thesaurus already forgives two typos in long need words.
                if typo_budget(term) == 0 || vocabulary.holders(term).any() {
                    continue;
                }
                typo_words += 1;
                // A term within one edit of the word has all of its letters but one: with two letters
                // that no term of the language has (a word of another script), there is none, and the
                // typo index need not be scanned. The word still counts towards the cap, which keeps
                // the results what they were before this shortcut.
                let foreign = term.chars().filter(|c| !vocabulary.has_letter(*c)).nth(1);
                if foreign.is_some() {
                    continue;
                }
                let near = vocabulary.one_edit_from(term);
                for (field, boost, in_field) in [
                    (
                        f.name_of(lang),
                        1.5,
                        (|h: Holders| h.name > 0) as fn(Holders) -> bool,
                    ),
                    (f.body_of(lang), 1.0, |h: Holders| h.body > 0),
                ] {
                    let terms: Vec<Box<str>> = near
                        .iter()
                        .filter(|(_, h)| in_field(*h))
                        .map(|(t, _)| (*t).into())
                        .collect();
                    if terms.is_empty() {
                        continue;
                    }
                    let q = TermsInField::new(field, terms);
                    clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(q), boost))));
                }
            }
        }
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }

    /// German compounds: a word matches when most of its character n-grams occur in a name or label.
    fn ngram_query(&self, content_words: &[String]) -> Option<Box<dyn Query>> {
        let field = self.generation.fields.ngram;
        let mut per_word: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let compounds = content_words.iter().filter(|w| w.chars().count() >= 5);
        for word in compounds.take(super::MAX_COMPOUND_WORDS) {
            let mut grams: Vec<String> = analyzer::ngrams(word);
            grams.sort_unstable();
            grams.dedup();
            if grams.is_empty() {
                continue;
            }
            let needed = (grams.len() * 7).div_ceil(10);
            // A gram no name or label has matches nothing, but it still counts towards `needed`: left
            // out, it spares a clause, and a word with too few grams left cannot match at all.
            let clauses: Vec<(Occur, Box<dyn Query>)> = grams
                .iter()
                .filter(|g| self.grams.docs(g) > 0)
                .map(|g| {
                    let q =
                        TermQuery::new(Term::from_field_text(field, g), IndexRecordOption::Basic);
                    (Occur::Should, Box::new(q) as Box<dyn Query>)
                })
                .collect();
            if clauses.len() < needed {
                continue;
            }
            per_word.push((
                Occur::Should,
                Box::new(BooleanQuery::with_minimum_required_clauses(clauses, needed)),
            ));
        }
        (!per_word.is_empty()).then(|| Box::new(BooleanQuery::new(per_word)) as Box<dyn Query>)
    }
}

/// The words of a query, cut and folded once, to be analysed in every search language: cutting and
/// folding is the same in all of them, only lower-casing and stemming differ.
struct QueryWords<'t> {
    /// Each word that is not filler: its original text and its folded form.
    words: Vec<(&'t str, String)>,
}

impl<'t> QueryWords<'t> {
    fn new(text: &'t str, skip: &HashSet<&str>) -> QueryWords<'t> {
        let words = text::word_spans(text)
            .into_iter()
            .map(|(from, to)| (&text[from..to], fold(&text[from..to])))
            .filter(|(_, folded)| !skip.contains(folded.as_str()))
            .collect();
        QueryWords { words }
    }

    /// The analysed terms of the query in one language, each with its folded word: without filler,
    /// each term once, at most [`super::MAX_QUERY_WORDS`].
    fn terms(&self, lang: Lang) -> Vec<(String, String)> {
        let mut terms: Vec<(String, String)> = Vec::new();
        for (word, folded) in &self.words {
            text::analyze_word(lang, word, |term| {
                // At most MAX_QUERY_WORDS terms: a scan finds a repeated one without a set to fill.
                if terms.len() < super::MAX_QUERY_WORDS && terms.iter().all(|(t, _)| t != term) {
                    terms.push((term.to_owned(), folded.clone()));
                }
            });
            if terms.len() == super::MAX_QUERY_WORDS {
                break;
            }
        }
        terms
    }
}

fn status_factor(status: Status) -> f32 {
    match status {
        Status::Active => 1.0,
        // It may well still exist (and is never hidden), but a confirmed active offer comes first.
        Status::Unknown => 0.6,
        Status::TemporarilyClosed => 0.5,
        Status::Planned => 0.35,
        Status::Ended => 0.25,
    }
}

/// Combines the signals into one score and fills in the explanation.
fn rank(
    offer: &Offer,
    m: &Matches,
    level: CrisisLevel,
    implied: Option<&str>,
    home: bool,
    e: &mut Explanation,
) -> f32 {
    let text = e.exact + 0.6 * e.fuzzy + 0.3 * e.ngram + e.semantic_weight * e.semantic;
    // A category the query means is the strongest signal; an offer whose main category it is ranks
    // above one that merely lists it.
    let mut boosts: Vec<(String, f32)> = offer
        .categories
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let s = if implied == Some(c.as_str()) {
                1.0
            } else {
                m.strength(c)
            };
            (s > 0.0).then(|| (c.clone(), s * if i == 0 { 1.6 } else { 1.1 }))
        })
        .collect();
    boosts.sort_by(|a, b| b.1.total_cmp(&a.1));
    let category: f32 = boosts
        .iter()
        .enumerate()
        .map(|(i, (_, b))| if i == 0 { *b } else { 0.2 * b })
        .sum();
    e.categories = boosts;
    e.status_factor = status_factor(offer.status);
    e.age_factor = match offer.newest_source_date() {
        Some(d) if d < "2020" => 0.9,
        None => 0.95,
        _ => 1.0,
    };
    // Offers in neighbouring towns help too, but the one here comes first (offers without an
    // address are phone lines or online and reach everyone: see `Site::is_home`).
    e.place_factor = if home { 1.0 } else { 0.7 };
    let mut score = (text + category) * e.status_factor * e.age_factor * e.place_factor;
    if offer.crisis_line {
        match level {
            CrisisLevel::Acute => {
                e.crisis_line = true;
                // Lines for everyone before lines for a group, unless the message is about that group
                // (then the category and text signals above decide).
                score += if offer.is_for_everyone() { 3.5 } else { 3.0 };
            }
            CrisisLevel::Concern => {
                // The box above the results shows the lines; among the results they rise only as far
                // as a weak need match, so that what the person asked for still comes first.
                e.crisis_line = true;
                score += if offer.is_for_everyone() { 0.9 } else { 0.6 };
            }
            CrisisLevel::None => {}
        }
    }
    score
}

/// In a long message, a category of the thesaurus counts as far as the meaning of the whole message
/// supports it: by how close its nearest offer is (see [`relative_similarities`]). A stray word then no
/// longer outweighs what the message is about, and the thesaurus' certainty (which also decides whether
/// a message is a practical request, see [`crisis::decide`]) falls with it. Without the model nothing
/// changes. Returns each category's support.
fn weigh_by_meaning(
    m: &mut Matches,
    catalogue: &Catalogue,
    similarities: &BTreeMap<&str, f32>,
) -> Vec<(String, f32)> {
    if similarities.is_empty() {
        return Vec::new();
    }
    let mut support = Vec::new();
    for cat in &mut m.categories {
        let s = catalogue
            .offers_in(&cat.id)
            .into_iter()
            .filter_map(|o| similarities.get(o.id.as_str()))
            .copied()
            .fold(0.0_f32, f32::max);
        cat.weight *= UNSUPPORTED_CATEGORY_WEIGHT + (1.0 - UNSUPPORTED_CATEGORY_WEIGHT) * s;
        support.push((cat.id.clone(), s));
    }
    m.categories
        .sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.id.cmp(&b.id)));
    support
}

/// Each offer's similarity to the message, relative to the spread over all offers: 1 for the closest,
/// 0 for the average and below. e5 similarities are all high (0.7–0.9); only the differences speak.
fn relative_similarities<'a>(sims: &[(&'a str, f32)]) -> BTreeMap<&'a str, f32> {
    if sims.is_empty() {
        return BTreeMap::new();
    }
    let mean = sims.iter().map(|(_, s)| s).sum::<f32>() / sims.len() as f32;
    let max = sims.iter().map(|(_, s)| *s).fold(f32::MIN, f32::max);
    let span = (max - mean).max(1e-6);
    sims.iter()
        .map(|(id, s)| (*id, ((s - mean) / span).clamp(0.0, 1.0).powi(2)))
        .collect()
}

/// Whether a person can reach an offer: it is active and has a phone, an e-mail or a street address.
/// (A website alone is not enough for someone without internet at home, or in a hurry.)
fn reachable(offer: &Offer) -> bool {
    offer.is_active()
        && (!offer.contact.phones.is_empty()
            || offer.contact.email.is_some()
            || offer.address.as_ref().is_some_and(|a| a.street.is_some()))
}

/// The categories whose offers help with anything or know who does, in the order they are tried.
const FALLBACK_CATEGORIES: [&str; 2] = [GENERAL_CATEGORY, "benefits-office"];

/// If none of the first three results can be reached, puts the best reachable general offer (social
/// counselling, else the town's office; a phone number and the home town preferred) third, or last if
/// there are fewer results, and says which one.
/// Where the first results of a concern answer hold a crisis line: at concern the lines rise only as
/// far as a weak need match (see [`rank`]), so a message whose need words are strong can push them all
/// below the first three. The calm box shows them on the web and in the bot, but a client of the API
/// that shows only the first results must see one too: the best-ranked line then takes the third place
/// (what the person asked for keeps the first two).
const CONCERN_LINE_RANK: usize = 2;

fn keep_a_crisis_line_in_view(ranked: &mut Vec<(f32, &Offer, Explanation)>, level: CrisisLevel) {
    if level != CrisisLevel::Concern {
        return;
    }
    let in_view = ranked
        .iter()
        .take(CONCERN_LINE_RANK + 1)
        .any(|(_, o, _)| o.crisis_line);
    if in_view {
        return;
    }
    if let Some(at) = ranked.iter().position(|(_, o, _)| o.crisis_line) {
        let line = ranked.remove(at);
        ranked.insert(CONCERN_LINE_RANK.min(ranked.len()), line);
    }
}

fn never_a_dead_end<'a, I: Iterator<Item = &'a Offer>>(
    members: impl Fn(&str) -> I,
    ranked: &mut Vec<(f32, &'a Offer, Explanation)>,
    level: CrisisLevel,
    kind: AnswerKind,
    similarities: &BTreeMap<&str, f32>,
    is_home: impl Fn(&Offer) -> bool,
) -> Option<String> {
    if kind != AnswerKind::Matched || level == CrisisLevel::Acute || ranked.is_empty() {
        return None;
    }
    if ranked.iter().take(3).any(|(_, o, _)| reachable(o)) {
        return None;
    }
    let mut candidates: Vec<&Offer> = FALLBACK_CATEGORIES
        .iter()
        .flat_map(|c| members(c))
        .filter(|o| reachable(o))
        .collect();
    // A phone first, then general social counselling before an office (counsellors help with any need,
    // an office with its own), then the home town, then the one closest in meaning to the message.
    let closeness = |o: &Offer| similarities.get(o.id.as_str()).copied().unwrap_or(0.0);
    let key = |o: &Offer| {
        (
            o.contact.phones.is_empty(),
            FALLBACK_CATEGORIES
                .iter()
                .position(|c| o.categories.iter().any(|oc| oc == c))
                .unwrap_or(usize::MAX),
            !is_home(o),
        )
    };
    candidates.sort_by(|a, b| {
        key(a)
            .cmp(&key(b))
            .then_with(|| closeness(b).total_cmp(&closeness(a)))
    });
    let general = *candidates.first()?;
    let entry = match ranked.iter().position(|(_, o, _)| o.id == general.id) {
        Some(i) => ranked.remove(i),
        None => (
            0.0,
            general,
            Explanation {
                fallback: true,
                status_factor: 1.0,
                age_factor: 1.0,
                place_factor: 1.0,
                ..Default::default()
            },
        ),
    };
    let at = ranked.len().min(2);
    ranked.insert(at, entry);
    Some(general.id.clone())
}

impl Explanation {
    /// A one-line account for the command line.
    pub fn describe(&self) -> String {
        let mut parts = vec![format!("exact {:.2}", self.exact)];
        if self.fuzzy > 0.0 {
            parts.push(format!("typo {:.2}", self.fuzzy));
        }
        if self.ngram > 0.0 {
            parts.push(format!("compound {:.2}", self.ngram));
        }
        for (c, b) in &self.categories {
            parts.push(format!("category {c} +{b:.2}"));
        }
        if self.status_factor < 1.0 {
            parts.push(format!("status ×{:.2}", self.status_factor));
        }
        if self.age_factor < 1.0 {
            parts.push(format!("old sources ×{:.2}", self.age_factor));
        }
        if self.place_factor < 1.0 {
            parts.push(format!("other town ×{:.2}", self.place_factor));
        }
        if self.semantic > 0.0 {
            parts.push(format!(
                "meaning {:.2} ×{:.2}",
                self.semantic, self.semantic_weight
            ));
        }
        if self.crisis_line {
            parts.push("crisis line raised".into());
        }
        if self.fallback {
            parts.push("fallback: general counselling".into());
        }
        parts.join(", ")
    }
}

#[cfg(test)]
mod status_tests {
    use super::*;

    #[test]
    fn an_offer_of_unknown_status_ranks_below_an_active_one_but_above_paused_planned_or_ended_ones()
    {
        let unknown = status_factor(Status::Unknown);
        assert!(unknown < status_factor(Status::Active));
        assert!(unknown > 0.0, "never hidden");
        for lower in [Status::TemporarilyClosed, Status::Planned, Status::Ended] {
            assert!(unknown > status_factor(lower), "{lower:?}");
        }
    }
}
