//! The one query engine both front ends use: request in, ranked answer out. No axum, no teloxide.
//!
//! A search runs in four steps:
//! 1. fold the query into words and match them against the thesaurus ([`matcher`]): which categories
//!    it means, whether it is a crisis message, which words are filler;
//! 2. ask the tantivy index with a hand-built query over every language's fields: exact terms (BM25),
//!    typo-tolerant terms (fuzzy, constant-scored, so only added to the exact query) and character
//!    n-grams for German compounds;
//! 3. rank: text relevance plus a boost for offers filed under a category the query means, a penalty for
//!    offers that are planned or ended, and the crisis lines first for crisis messages;
//! 4. never end empty: when nothing matches well, the answer says so and offers general counselling.

pub mod crisis;
pub mod engine;
mod fuzzy;
pub mod matcher;
pub mod snippet;
mod vocabulary;

pub use crisis::{CrisisLevel, CrisisReading, Signals};
pub use engine::{Answer, Engine, Explanation, Hit, Need, Outcome};
pub use snippet::Snippet;

use crate::lang::Lang;

/// The longest query accepted, in characters. Longer messages are cut (bot) or refused (web/API).
pub const MAX_QUERY_CHARS: usize = 500;
/// The most distinct words of one query that are looked up in the index (per language). A 500-character
/// message has at most about 80 words; the first 32 carry what it is about, and the thesaurus and the
/// model still read the whole message, so a crisis at its end is never cut off.
pub const MAX_QUERY_WORDS: usize = 32;
/// The most words of one query given typo tolerance (per language): a typo lookup scans the language's
/// terms of about the word's length, and a message of unknown words must not be able to make a search
/// expensive.
pub const MAX_TYPO_WORDS: usize = 6;
/// The most words of one query looked up by character n-grams (German compounds).
pub const MAX_COMPOUND_WORDS: usize = 8;
/// The default number of results.
pub const DEFAULT_LIMIT: usize = 10;
/// The largest number of results one request may ask for.
pub const MAX_LIMIT: usize = 50;

/// A validated search request.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRequest {
    text: String,
    lang: Lang,
    limit: usize,
    /// The town the reader chose in a district-wide directory (see [`crate::content::Site::towns`]).
    town: Option<String>,
}

/// Why a request was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    #[error("the query is longer than {max} characters")]
    TooLong { max: usize },
    #[error("limit must be between 1 and {max}")]
    BadLimit { max: usize },
}

impl SearchRequest {
    /// Validates a request. Control characters are replaced by spaces; an empty query is allowed
    /// (it gets the "what are you looking for" answer, not an error).
    pub fn new(text: &str, lang: Lang, limit: usize) -> Result<SearchRequest, RequestError> {
        if text.chars().count() > MAX_QUERY_CHARS {
            return Err(RequestError::TooLong {
                max: MAX_QUERY_CHARS,
            });
        }
        if limit == 0 || limit > MAX_LIMIT {
            return Err(RequestError::BadLimit { max: MAX_LIMIT });
        }
        let text: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        Ok(SearchRequest {
            text: text.trim().to_owned(),
            lang,
            limit,
            town: None,
        })
    }

    /// The same request from a reader who chose `town` (one of the site's towns): its offers rank
    /// first instead of the site's home places.
    pub fn in_town(self, town: Option<&str>) -> SearchRequest {
        SearchRequest {
            town: town.map(str::to_owned),
            ..self
        }
    }

    /// Like [`SearchRequest::new`], but cuts an overlong text instead of refusing it (chat messages).
    pub fn truncating(text: &str, lang: Lang, limit: usize) -> SearchRequest {
        let cut: String = text.chars().take(MAX_QUERY_CHARS).collect();
        SearchRequest::new(&cut, lang, limit.clamp(1, MAX_LIMIT)).expect("cut to the limits")
    }

    /// The query text (trimmed, control characters removed).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The reader's language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// How many results to return.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// The town the reader chose, if any.
    pub fn town(&self) -> Option<&str> {
        self.town.as_deref()
    }
}
