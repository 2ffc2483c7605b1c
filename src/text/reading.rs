//! How the language model is given a message: Russian and Ukrainian typed in Latin letters in
//! Cyrillic ([`super::cyrillic`]), Polish and Turkish typed without their letters with them
//! ([`super::diacritics`]), anything else as typed. The thesaurus needs none of this (it folds and
//! transliterates both sides); the model hears a word only as it is written.
//!
//! Searches and the training of the crisis classifier read alike, so that an example typed one way
//! and a message typed the other are heard as the same words.

use std::collections::HashMap;

use super::cyrillic::CyrillicReading;
use super::diacritics::Diacritics;
use crate::lang::Lang;

/// The readings learned from one generation's texts.
#[derive(Debug, Default)]
pub struct ModelReading {
    cyrillic: CyrillicReading,
    diacritics: Diacritics,
}

impl ModelReading {
    /// Learns from `(language, text)` pairs: every text of the directory.
    pub fn learn<'a>(texts: impl IntoIterator<Item = (Lang, &'a str)>) -> ModelReading {
        let texts: Vec<(Lang, &str)> = texts.into_iter().collect();
        ModelReading {
            cyrillic: CyrillicReading::learn(texts.iter().copied()),
            diacritics: Diacritics::learn(texts),
        }
    }

    /// How the model should read `text`, when that differs from how it is typed. `reader` is the
    /// language the reader chose.
    pub fn read(&self, text: &str, reader: Lang) -> Option<String> {
        self.cyrillic
            .read(text, reader)
            .or_else(|| self.diacritics.restore(text, reader))
    }
}

/// The most frequent of the forms a text wrote for one key, the smaller string on a tie (so that a
/// table learned from the same texts is always the same).
pub(super) fn most_frequent(forms: HashMap<String, u32>) -> Option<String> {
    forms
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map(|(form, _)| form)
}
