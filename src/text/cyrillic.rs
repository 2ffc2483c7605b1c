//! Russian and Ukrainian typed in Latin letters ("cholovik pye kozhen den, shcho robyty"), read back in
//! Cyrillic ("чоловік п'є кожен день, що робити") before the language model hears the message.
//!
//! The thesaurus reads such words through their transliteration keys ([`super::translit`]); the
//! sentence-embedding model cannot: to it, Latin Ukrainian is a string of unknown pieces, and it heard
//! plain requests for clothes or help with a husband's drinking as distress (concern 0.6–0.9 on
//! normal messages). Each Latin word is read as the most frequent Cyrillic word of the directory's
//! texts in that language with the same key; a word no text holds stays as typed. No crate turns the
//! many informal ways of typing Cyrillic back (see [`super::translit`] for why not ICU4X).
//!
//! A message is read so only when more of its words read as words of the language than are words of
//! the directory's Latin-script texts (German, English, Polish, Turkish), and at least two do.

use std::collections::{HashMap, HashSet};

use super::reading::most_frequent;
use super::translit::{cyrillic_key, latin_key};
use super::{fold, pieces, rewrite_words};
use crate::lang::Lang;

/// The languages read back from Latin letters.
const READ: [Lang; 2] = [Lang::Ru, Lang::Uk];
/// So many words of a message must read as words of the language.
const MIN_KNOWN_WORDS: usize = 2;

/// A language's Cyrillic words by their Latin keys.
type Words = HashMap<Box<str>, Box<str>>;

/// The Cyrillic words of Russian and Ukrainian texts by their Latin keys, and the words of the
/// Latin-script texts.
#[derive(Debug, Default)]
pub struct CyrillicReading {
    tables: Vec<(Lang, Words)>,
    latin: HashSet<Box<str>>,
}

impl CyrillicReading {
    /// Learns the words from `(language, text)` pairs: every text of the directory.
    pub fn learn<'a>(texts: impl IntoIterator<Item = (Lang, &'a str)>) -> CyrillicReading {
        let mut counts: HashMap<Lang, HashMap<String, HashMap<String, u32>>> = HashMap::new();
        let mut latin = HashSet::new();
        for (lang, text) in texts {
            let lang = lang.search_lang();
            let folded = fold(text);
            let words = folded
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != 'ʼ')
                .map(|w| w.trim_matches(['\'', 'ʼ']))
                .filter(|w| !w.is_empty());
            if !READ.contains(&lang) {
                latin.extend(
                    words
                        .filter(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
                        .map(Box::from),
                );
                continue;
            }
            let table = counts.entry(lang).or_default();
            for word in words {
                // Ukrainians type г as h or g ("odyah", "odyag"): a Ukrainian word has both keys.
                let keys = [
                    cyrillic_key(word, lang == Lang::Uk),
                    cyrillic_key(word, false),
                ];
                let distinct = if keys[0] == keys[1] { 1 } else { 2 };
                for key in keys.into_iter().take(distinct).flatten() {
                    *table
                        .entry(key)
                        .or_default()
                        .entry(word.to_owned())
                        .or_default() += 1;
                }
            }
        }
        let tables = READ
            .iter()
            .filter_map(|&lang| {
                let table = counts.remove(&lang)?;
                let forms = table
                    .into_iter()
                    .filter_map(|(key, forms)| {
                        let form = most_frequent(forms)?;
                        Some((key.into_boxed_str(), form.into_boxed_str()))
                    })
                    .collect();
                Some((lang, forms))
            })
            .collect();
        CyrillicReading { tables, latin }
    }

    /// `text` with its Latin words read in Cyrillic, when it is Russian or Ukrainian typed in Latin
    /// letters; `None` otherwise. `reader` is the language the reader chose (it breaks a tie).
    pub fn read(&self, text: &str, reader: Lang) -> Option<String> {
        let words: Vec<String> = pieces(text)
            .filter(|(is_word, _)| *is_word)
            .map(|(_, w)| w.to_lowercase())
            .filter(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
            .collect();
        let latin_known = words
            .iter()
            .filter(|w| self.latin.contains(w.as_str()))
            .count();
        let known = |table: &Words| {
            words
                .iter()
                .filter_map(|w| latin_key(w))
                .filter(|k| table.contains_key(k.as_str()))
                .count()
        };
        let (_, table) = self
            .tables
            .iter()
            .map(|(lang, table)| (lang, table, known(table)))
            .filter(|(_, _, n)| *n >= MIN_KNOWN_WORDS && *n > latin_known)
            .max_by_key(|(lang, _, n)| (*n, **lang == reader.search_lang()))
            .map(|(lang, table, _)| (lang, table))?;
        rewrite_words(text, |word| {
            latin_key(&word.to_lowercase()).and_then(|key| table.get(key.as_str()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learned() -> CyrillicReading {
        CyrillicReading::learn([
            (
                Lang::Uk,
                "Де можна взяти одяг для дітей? Чоловік п'є кожен день.",
            ),
            (Lang::Ru, "Муж бьет меня, где можно взять одежду для детей?"),
            (
                Lang::De,
                "Wo gibt es Kleidung für Kinder? Mein Mann trinkt jeden Tag.",
            ),
            (Lang::En, "Where can I get clothes for the kids? Help me."),
        ])
    }

    #[test]
    fn latin_russian_and_ukrainian_are_read_in_cyrillic() {
        let r = learned();
        assert_eq!(
            r.read("de mozhna vzyaty odyag dlya ditey?", Lang::De)
                .as_deref(),
            Some("де можна взяти одяг для дітей?")
        );
        assert_eq!(
            r.read("Muzh menya bet, help", Lang::Ru).as_deref(),
            Some("муж меня бьет, help")
        );
    }

    #[test]
    fn a_message_in_a_latin_language_is_read_as_typed() {
        let r = learned();
        assert_eq!(
            r.read("where can i get clothes for the kids", Lang::Uk),
            None
        );
        assert_eq!(r.read("wo gibt es kleidung", Lang::Ru), None);
        // One word that reads as Russian is not enough.
        assert_eq!(r.read("muzh", Lang::Ru), None);
    }
}
