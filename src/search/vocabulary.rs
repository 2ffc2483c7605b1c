//! The terms of one language's name and body fields, read once per generation from the index's term
//! dictionaries: which field holds a term, and which terms are one typo away from a word.
//!
//! A search asks both questions for every word in every language. Asked of tantivy, each is a walk of
//! a term dictionary per field: a lookup for "does the field hold it", and for a typo an automaton
//! built for the word and intersected with the whole dictionary (measured on the bundled catalogue: a
//! quarter of a thesaurus-only search). Here one hash lookup answers the first for both fields, and
//! the second scans only the terms of a possible length whose letter set allows one edit, with the
//! same answer as tantivy's Levenshtein automaton (distance 1, a transposition counting as one).
//! BM25's statistics for the two fields come from here too ([`Statistics`]), read with the terms.

use std::collections::HashSet;

use rustc_hash::FxHashMap;
use tantivy::query::Bm25StatisticsProvider;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use crate::text::letter_set;

/// How many documents hold a term in each of a language's two fields.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Holders {
    /// In the offer names of the language.
    pub name: u32,
    /// In the other texts of the language.
    pub body: u32,
}

impl Holders {
    /// Whether any of the two fields holds the term.
    pub fn any(self) -> bool {
        self.name > 0 || self.body > 0
    }
}

/// A term of the typo index: its letters as a 64-bit set and where it is in [`Vocabulary::terms`].
#[derive(Clone, Copy)]
struct Candidate {
    letters: u64,
    term: u32,
}

/// The terms of a language's name and body fields.
pub struct Vocabulary {
    name: Field,
    body: Field,
    /// How many tokens each of the two fields holds in all documents (BM25's field length).
    name_tokens: u64,
    body_tokens: u64,
    /// Every term with the fields that hold it, in the term dictionaries' (byte) order.
    terms: Vec<(Box<str>, Holders)>,
    /// A term's place in `terms`.
    position: FxHashMap<Box<str>, u32>,
    /// The typo index: the terms of each length in characters.
    by_len: Vec<Vec<Candidate>>,
    /// Every letter of the terms (a word with two letters outside it is no term's typo).
    alphabet: HashSet<char>,
}

impl Vocabulary {
    /// Reads the terms of the two fields from every segment of the index.
    pub fn read(searcher: &Searcher, name: Field, body: Field) -> Vocabulary {
        let mut holders: std::collections::BTreeMap<Box<str>, Holders> = Default::default();
        let name_tokens = each_term(searcher, name, |term, docs| {
            holders.entry(term.into()).or_default().name += docs;
        });
        let body_tokens = each_term(searcher, body, |term, docs| {
            holders.entry(term.into()).or_default().body += docs;
        });
        let terms: Vec<(Box<str>, Holders)> = holders.into_iter().collect();
        let mut by_len: Vec<Vec<Candidate>> = Vec::new();
        let mut alphabet = HashSet::new();
        let mut position = FxHashMap::default();
        for (i, (term, _)) in terms.iter().enumerate() {
            let len = term.chars().count();
            if by_len.len() <= len {
                by_len.resize_with(len + 1, Vec::new);
            }
            by_len[len].push(Candidate {
                letters: letter_set(term.chars()),
                term: i as u32,
            });
            alphabet.extend(term.chars());
            position.insert(term.clone(), i as u32);
        }
        Vocabulary {
            name,
            body,
            name_tokens,
            body_tokens,
            terms,
            position,
            by_len,
            alphabet,
        }
    }

    /// Which fields hold a term (none for a term the language's texts never use).
    pub fn holders(&self, term: &str) -> Holders {
        self.position
            .get(term)
            .map_or_else(Holders::default, |&i| self.terms[i as usize].1)
    }

    /// Whether a letter occurs in any term.
    pub fn has_letter(&self, c: char) -> bool {
        self.alphabet.contains(&c)
    }

    /// The terms exactly one edit from `word` (a letter inserted, left out or changed, or two
    /// neighbours swapped), with the fields that hold them.
    pub fn one_edit_from<'v>(&'v self, word: &str) -> Vec<(&'v str, Holders)> {
        let chars: Vec<char> = word.chars().collect();
        let letters = letter_set(chars.iter().copied());
        let mut found = Vec::new();
        let lens = chars.len().saturating_sub(1)..=chars.len() + 1;
        for bucket in lens.filter_map(|len| self.by_len.get(len)) {
            for c in bucket {
                // One edit adds at most one letter to the set and takes at most one away.
                if (c.letters & !letters).count_ones() > 1
                    || (letters & !c.letters).count_ones() > 1
                {
                    continue;
                }
                let (term, holders) = &self.terms[c.term as usize];
                if one_edit_apart(&chars, term) {
                    found.push((&**term, *holders));
                }
            }
        }
        found
    }
}

/// The terms of one more field (the character n-grams), with the documents holding each.
pub struct FieldTerms {
    field: Field,
    tokens: u64,
    docs: FxHashMap<Box<str>, u32>,
}

impl FieldTerms {
    /// Reads the field's terms from every segment of the index.
    pub fn read(searcher: &Searcher, field: Field) -> FieldTerms {
        let mut docs: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let tokens = each_term(searcher, field, |term, n| {
            *docs.entry(term.into()).or_default() += n
        });
        FieldTerms {
            field,
            tokens,
            docs,
        }
    }

    /// How many documents hold the term (0: none, the term is not in the field).
    pub fn docs(&self, term: &str) -> u32 {
        self.docs.get(term).copied().unwrap_or(0)
    }
}

/// Calls `each` with every term of a field and the documents holding it, segment by segment (a term in
/// two segments comes twice); returns the tokens the field holds in all documents.
fn each_term(searcher: &Searcher, field: Field, mut each: impl FnMut(&str, u32)) -> u64 {
    let mut tokens = 0;
    for segment in searcher.segment_readers() {
        let Ok(index) = segment.inverted_index(field) else {
            continue;
        };
        tokens += index.total_num_tokens();
        let Ok(mut stream) = index.terms().stream() else {
            continue;
        };
        while stream.advance() {
            if let Ok(term) = std::str::from_utf8(stream.key()) {
                each(term, stream.value().doc_freq);
            }
        }
    }
    tokens
}

/// BM25's statistics for a query: the vocabularies' and the n-grams' counts for their fields, the
/// searcher's for any other. The same numbers as the searcher's own, without a dictionary lookup per
/// term and field.
pub struct Statistics<'a> {
    pub vocabularies: &'a [(crate::lang::Lang, Vocabulary)],
    pub grams: &'a FieldTerms,
    pub searcher: &'a Searcher,
}

impl Statistics<'_> {
    /// The vocabulary covering a field, and whether the field is its names.
    fn covering(&self, field: Field) -> Option<(&Vocabulary, bool)> {
        self.vocabularies
            .iter()
            .find_map(|(_, v)| (v.name == field || v.body == field).then_some((v, v.name == field)))
    }
}

impl Bm25StatisticsProvider for Statistics<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        if field == self.grams.field {
            return Ok(self.grams.tokens);
        }
        match self.covering(field) {
            Some((v, true)) => Ok(v.name_tokens),
            Some((v, false)) => Ok(v.body_tokens),
            None => self.searcher.total_num_tokens(field),
        }
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        self.searcher.total_num_docs()
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        if term.field() == self.grams.field {
            return Ok(term
                .value()
                .as_str()
                .map_or(0, |t| self.grams.docs(t))
                .into());
        }
        let Some((v, is_name)) = self.covering(term.field()) else {
            return self.searcher.doc_freq(term);
        };
        let holders = term
            .value()
            .as_str()
            .map_or_else(Holders::default, |t| v.holders(t));
        Ok(u64::from(if is_name { holders.name } else { holders.body }))
    }
}

/// Whether two words are exactly one edit apart (insertion, deletion, substitution or the swap of two
/// neighbouring letters), counted in characters.
fn one_edit_apart(word: &[char], term: &str) -> bool {
    let other: Vec<char> = term.chars().collect();
    let (a, b) = (word, other.as_slice());
    let Some(i) = a.iter().zip(b).position(|(x, y)| x != y) else {
        // One is a prefix of the other: one edit exactly when it is one letter shorter.
        return a.len().abs_diff(b.len()) == 1;
    };
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Equal => {
            a[i + 1..] == b[i + 1..]
                || (i + 1 < a.len()
                    && a[i] == b[i + 1]
                    && a[i + 1] == b[i]
                    && a[i + 2..] == b[i + 2..])
        }
        std::cmp::Ordering::Less => a[i..] == b[i + 1..],
        std::cmp::Ordering::Greater => a[i + 1..] == b[i..],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use levenshtein_automata::{Distance, LevenshteinAutomatonBuilder};

    #[test]
    fn the_statistics_are_the_searchers_own_over_several_segments() {
        use crate::lang::Lang;
        use tantivy::schema::{Schema, TEXT};
        use tantivy::{Index, IndexWriter, doc};
        let mut schema = Schema::builder();
        let name = schema.add_text_field("name", TEXT);
        let body = schema.add_text_field("body", TEXT);
        let other = schema.add_text_field("other", TEXT);
        let unread = schema.add_text_field("unread", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer
            .add_document(doc!(name => "tafel tafel", body => "essen tafel", other => "taf afe"))
            .unwrap();
        writer.commit().unwrap();
        writer
            .add_document(doc!(name => "beratung", body => "tafel essen essen", unread => "essen"))
            .unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        assert_eq!(searcher.segment_readers().len(), 2);
        let vocabularies = [(Lang::De, Vocabulary::read(&searcher, name, body))];
        let grams = FieldTerms::read(&searcher, other);
        let ours = Statistics {
            vocabularies: &vocabularies,
            grams: &grams,
            searcher: &searcher,
        };
        for field in [name, body, other, unread] {
            assert_eq!(
                ours.total_num_tokens(field).unwrap(),
                searcher.total_num_tokens(field).unwrap()
            );
            for word in ["tafel", "essen", "beratung", "taf", "afe", "fehlt"] {
                let term = Term::from_field_text(field, word);
                assert_eq!(
                    Bm25StatisticsProvider::doc_freq(&ours, &term).unwrap(),
                    searcher.doc_freq(&term).unwrap(),
                    "{word} in {field:?}"
                );
            }
        }
        assert_eq!(ours.total_num_docs().unwrap(), 2);
        assert_eq!(
            vocabularies[0].1.holders("tafel"),
            Holders { name: 1, body: 2 }
        );
    }

    #[test]
    fn one_edit_is_what_tantivys_automaton_accepts_at_distance_one() {
        let builder = LevenshteinAutomatonBuilder::new(1, true);
        let words = [
            "schulden",
            "schlden",
            "schuldne",
            "chulden",
            "schuldenn",
            "schulen",
            "sucht",
            "suhct",
            "tafel",
            "tafle",
            "atfel",
            "tafe",
            "tafell",
            "ab",
            "ba",
            "a",
            "",
            "дом",
            "дмо",
            "до",
            "خانه",
            "خانة",
            "straße",
            "strase",
            "ağrı",
            "agrı",
            "xschulden",
            "schuldex",
            "tafelx",
        ];
        for a in words {
            let dfa = builder.build_dfa(a);
            for b in words {
                let theirs = matches!(dfa.eval(b), Distance::Exact(1));
                let ours = one_edit_apart(&a.chars().collect::<Vec<_>>(), b);
                assert_eq!(ours, theirs, "{a:?} ~ {b:?}");
            }
        }
    }
}
