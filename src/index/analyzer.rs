//! tantivy tokenizers backed by [`crate::text`], so the index and the query side analyse text alike.
//!
//! Tokenizers are not stored in the index: [`register`] must run after every `Index::create_*` or
//! `Index::open_*`, otherwise commits fail and lenient queries silently match nothing.

use tantivy::Index;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

use crate::lang::Lang;
use crate::text;

/// The name a language's tokenizer is registered under.
pub fn tokenizer_name(lang: Lang) -> String {
    format!("lotse_{}", lang.search_lang().code())
}

/// The name of the character n-gram tokenizer (German compounds: "Kleiderkammer" ↔ "Kleider").
pub const NGRAM_TOKENIZER: &str = "lotse_ngram";

/// Shortest and longest n-gram.
pub const NGRAM_MIN: usize = 3;
/// See [`NGRAM_MIN`].
pub const NGRAM_MAX: usize = 4;

/// Registers every tokenizer the schema uses.
pub fn register(index: &Index) {
    for lang in crate::index::SEARCH_LANGS {
        index.tokenizers().register(
            &tokenizer_name(lang),
            TextAnalyzer::from(LangTokenizer {
                lang,
                tokens: Vec::new(),
            }),
        );
    }
    index.tokenizers().register(
        NGRAM_TOKENIZER,
        TextAnalyzer::from(NgramTokenizer { tokens: Vec::new() }),
    );
}

/// Character n-grams of the folded words of `text` (each word padded so that starts and ends count).
pub fn ngrams(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text::fold_words(text) {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < NGRAM_MIN {
            continue;
        }
        for n in NGRAM_MIN..=NGRAM_MAX {
            for window in chars.windows(n) {
                out.push(window.iter().collect());
            }
        }
    }
    out
}

#[derive(Clone)]
struct LangTokenizer {
    lang: Lang,
    tokens: Vec<Token>,
}

impl Tokenizer for LangTokenizer {
    type TokenStream<'a> = VecTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream<'a> {
        self.tokens.clear();
        for (position, term) in text::analyze(self.lang, text).into_iter().enumerate() {
            self.tokens.push(Token {
                offset_from: term.from,
                offset_to: term.to,
                position,
                text: term.text,
                position_length: 1,
            });
        }
        VecTokenStream {
            tokens: &mut self.tokens,
            next: 0,
        }
    }
}

#[derive(Clone)]
struct NgramTokenizer {
    tokens: Vec<Token>,
}

impl Tokenizer for NgramTokenizer {
    type TokenStream<'a> = VecTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream<'a> {
        self.tokens.clear();
        for (position, gram) in ngrams(text).into_iter().enumerate() {
            self.tokens.push(Token {
                offset_from: 0,
                offset_to: 0,
                position,
                text: gram,
                position_length: 1,
            });
        }
        VecTokenStream {
            tokens: &mut self.tokens,
            next: 0,
        }
    }
}

/// Streams tokens that were analysed up front.
struct VecTokenStream<'a> {
    tokens: &'a mut Vec<Token>,
    next: usize,
}

impl TokenStream for VecTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next.saturating_sub(1)]
    }

    fn token_mut(&mut self) -> &mut Token {
        let i = self.next.saturating_sub(1);
        &mut self.tokens[i]
    }
}
