//! Typo tolerance for one query word in several index fields, with its Levenshtein automaton built once.
//!
//! Building the automaton is most of what a fuzzy query costs (measured with callgrind on the bundled
//! catalogue: 13 % of a thesaurus-only search), and tantivy's `FuzzyTermQuery` builds one per field it is
//! asked about. Here the automaton is built once per word and shared, through an `Arc`, by the weights
//! of every field; matching and the constant score are tantivy's own (`AutomatonWeight`).

use std::sync::Arc;

use tantivy::Term;
use tantivy::query::{AutomatonWeight, DfaWrapper, EnableScoring, FuzzyTermQuery, Query, Weight};
use tantivy::schema::Field;

/// A word's Levenshtein automaton (distance and transpositions as `FuzzyTermQuery` builds it), to
/// be searched in as many fields as needed.
#[derive(Clone)]
pub struct SharedAutomaton(Arc<DfaWrapper>);

impl SharedAutomaton {
    /// The automaton accepting `text` within `distance` edits (a transposition counts as one).
    /// `None` if tantivy cannot build one (a distance above its limit).
    pub fn new(field: Field, text: &str, distance: u8) -> Option<SharedAutomaton> {
        FuzzyTermQuery::new(Term::from_field_text(field, text), distance, true)
            .automaton()
            .ok()
            .map(|a| SharedAutomaton(Arc::new(a)))
    }

    /// The query for this word in `field`.
    pub fn in_field(&self, field: Field) -> FuzzyInField {
        FuzzyInField {
            field,
            automaton: self.clone(),
        }
    }
}

/// A shared automaton searched in one field: every term of the field it accepts, constant score.
#[derive(Clone)]
pub struct FuzzyInField {
    field: Field,
    automaton: SharedAutomaton,
}

impl std::fmt::Debug for FuzzyInField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FuzzyInField")
            .field("field", &self.field)
            .finish_non_exhaustive()
    }
}

impl Query for FuzzyInField {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(AutomatonWeight::<DfaWrapper>::new(
            self.field,
            Arc::clone(&self.automaton.0),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::DocSetCollector;
    use tantivy::schema::{Schema, TEXT};
    use tantivy::{Index, IndexWriter, doc};

    #[test]
    fn one_automaton_finds_the_word_with_a_typo_in_every_field_as_tantivys_own_query_does() {
        let mut schema = Schema::builder();
        let name = schema.add_text_field("name", TEXT);
        let body = schema.add_text_field("body", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer
            .add_document(doc!(name => "Schuldnerberatung", body => "bei schulden"))
            .unwrap();
        writer
            .add_document(doc!(name => "Tafel", body => "lebensmittel"))
            .unwrap();
        writer
            .add_document(doc!(name => "schulen", body => "lernen"))
            .unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let automaton = SharedAutomaton::new(name, "schlden", 1).unwrap();
        for field in [name, body] {
            let ours = searcher
                .search(&automaton.in_field(field), &DocSetCollector)
                .unwrap();
            let theirs = searcher
                .search(
                    &FuzzyTermQuery::new(Term::from_field_text(field, "schlden"), 1, true),
                    &DocSetCollector,
                )
                .unwrap();
            assert_eq!(ours, theirs);
        }
        // "schlden" is one edit from "schulden" (body of the first offer), not from "schulen".
        let found = searcher
            .search(&automaton.in_field(body), &DocSetCollector)
            .unwrap();
        assert_eq!(found.len(), 1);
    }
}
