//! Typo tolerance in one index field: the documents holding any of a word's near terms, found by
//! [`super::vocabulary::Vocabulary`], with one constant score.
//!
//! This is what tantivy's `FuzzyTermQuery` matches and scores (its `AutomatonWeight`: a bit set of the
//! documents of every accepted term, `ConstScorer`), with the terms given instead of an automaton
//! walked over the whole term dictionary, which was a quarter of a thesaurus-only search.

use std::sync::Arc;

use tantivy::query::{
    BitSetDocSet, ConstScorer, EnableScoring, Explanation, Query, Scorer, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{BitSet, DocId, DocSet, Score, SegmentReader, TantivyError, Term};

/// The documents whose `field` holds any of `terms`, each scored 1 (times a boost).
#[derive(Clone, Debug)]
pub struct TermsInField {
    field: Field,
    terms: Arc<[Box<str>]>,
}

impl TermsInField {
    /// A query for any of the terms (as indexed: analysed) in the field.
    pub fn new(field: Field, terms: Vec<Box<str>>) -> TermsInField {
        TermsInField {
            field,
            terms: terms.into(),
        }
    }
}

impl Query for TermsInField {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for TermsInField {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut docs = BitSet::with_max_value(reader.max_doc());
        let index = reader.inverted_index(self.field)?;
        for text in self.terms.iter() {
            let term = Term::from_field_text(self.field, text);
            // A term of another segment is not in this one's dictionary.
            let Some(info) = index.get_term_info(&term)? else {
                continue;
            };
            let mut postings =
                index.read_block_postings_from_terminfo(&info, IndexRecordOption::Basic)?;
            while !postings.docs().is_empty() {
                for &doc in postings.docs() {
                    docs.insert(doc);
                }
                postings.advance();
            }
        }
        Ok(Box::new(ConstScorer::new(BitSetDocSet::from(docs), boost)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) == doc {
            Ok(Explanation::new("TermsInField", 1.0))
        } else {
            Err(TantivyError::InvalidArgument(
                "the document holds none of the terms".to_owned(),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::vocabulary::Vocabulary;
    use tantivy::collector::{DocSetCollector, TopDocs};
    use tantivy::query::FuzzyTermQuery;
    use tantivy::schema::{Schema, TEXT};
    use tantivy::{Index, IndexWriter, doc};

    #[test]
    fn the_near_terms_find_and_score_what_tantivys_fuzzy_query_does_in_every_field() {
        let mut schema = Schema::builder();
        let name = schema.add_text_field("name", TEXT);
        let body = schema.add_text_field("body", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer
            .add_document(doc!(name => "Schuldnerberatung", body => "bei schulden"))
            .unwrap();
        writer
            .add_document(doc!(name => "Tafel", body => "lebensmittel tafle"))
            .unwrap();
        writer.commit().unwrap();
        // A second segment: terms of one segment are absent from the other's dictionary.
        writer
            .add_document(doc!(name => "schulen", body => "lernen schleden"))
            .unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        assert_eq!(searcher.segment_readers().len(), 2);
        let vocabulary = Vocabulary::read(&searcher, name, body);
        for word in ["schlden", "tafel", "schulenn", "lebensmitel", "xyz"] {
            let near = vocabulary.one_edit_from(word);
            for (field, in_field) in [(name, true), (body, false)] {
                let terms: Vec<Box<str>> = near
                    .iter()
                    .filter(|(_, h)| if in_field { h.name > 0 } else { h.body > 0 })
                    .map(|(t, _)| (*t).into())
                    .collect();
                let ours = TermsInField::new(field, terms);
                let theirs = FuzzyTermQuery::new(Term::from_field_text(field, word), 1, true);
                // The word itself (distance 0) is not among the near terms: searches ask only for
                // words no field holds.
                if vocabulary.holders(word).any() {
                    continue;
                }
                assert_eq!(
                    searcher.search(&ours, &DocSetCollector).unwrap(),
                    searcher.search(&theirs, &DocSetCollector).unwrap(),
                    "{word} in {field:?}"
                );
                let scores = |q: &dyn Query| {
                    searcher
                        .search(q, &TopDocs::with_limit(10).order_by_score())
                        .unwrap()
                        .into_iter()
                        .map(|(s, a)| (s.to_bits(), a))
                        .collect::<Vec<_>>()
                };
                assert_eq!(scores(&ours), scores(&theirs));
            }
        }
        // "schlden" is one edit from "schulden" (body of the first offer) and "schleden" (the third, in the second segment).
        let near: Vec<&str> = vocabulary
            .one_edit_from("schlden")
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(near, ["schleden", "schulden"]);
    }
}
