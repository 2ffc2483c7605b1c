//! Polish and Turkish typed without their letters ("nikt nic nie tlumaczy", "param yok, cok zor"),
//! read with them again ("tłumaczy", "çok") before the language model hears the message.
//!
//! The thesaurus and the index fold both sides ([`super::fold`]), so to them a missing mark costs
//! nothing. The sentence-embedding model does not fold: its tokenizer cuts "tlumaczy" into pieces that
//! mean little, and it heard "mam jazde z urzedem, obcieli mi kase i nikt nic nie tlumaczy" (a row of
//! the untouched half) as a crisis at 0.99, the same message with Polish letters at 0.43. Many people
//! type Polish and Turkish on phones without those letters.
//!
//! No maintained crate restores lost marks: ICU4X transliterates between scripts and cannot guess
//! which "l" was a "ł". So the forms come from the directory itself, per language: every word of its
//! texts in that language (offers, examples, thesaurus), keyed by the word without marks, each key
//! read as its most frequent written form. A sentence written entirely without marks teaches nothing
//! (it is likely typed the way we are trying to undo). A word no text holds is read through the
//! longest known word it starts with ("tlumaczy" through "tłumacz"), but never its last two letters,
//! where Polish endings change the vowel ("wieczór", "wieczorem").
//!
//! Which language a message is in comes from its words: a table is used only when more of them are
//! words of that language's texts than of any other's, the reader's language breaking ties.

use std::collections::{HashMap, HashSet};

use unicode_normalization::UnicodeNormalization;

use super::reading::most_frequent;
use super::rewrite_words;
use crate::lang::Lang;

/// The languages whose writers often leave the marks out, and whose marks a table can put back.
pub const RESTORED: [Lang; 2] = [Lang::Pl, Lang::Tr];

/// Words shorter than this are read only as whole known words, never through a longer one.
const MIN_PREFIX_CHARS: usize = 4;
/// The last letters of a known word that a longer word never borrows (see the module documentation).
const UNSURE_ENDING_CHARS: usize = 2;

/// The written forms of the restored languages, learned from the directory's texts.
#[derive(Debug, Default)]
pub struct Diacritics {
    tables: Vec<Table>,
    /// The words of every language's texts, without marks: which language a message is in.
    words: Vec<(Lang, HashSet<Box<str>>)>,
}

#[derive(Debug)]
struct Table {
    lang: Lang,
    /// Word without marks → its most frequent written form (only keys whose form has marks).
    forms: HashMap<Box<str>, Box<str>>,
    /// Every key with marks in its form, sorted: the known words an unknown word may begin like.
    sorted: Vec<Box<str>>,
}

impl Diacritics {
    /// Learns the written forms from `(language, text)` pairs: every text of the directory.
    pub fn learn<'a>(texts: impl IntoIterator<Item = (Lang, &'a str)>) -> Diacritics {
        let mut counts: HashMap<Lang, HashMap<String, HashMap<String, u32>>> = HashMap::new();
        let mut keys_by_lang: HashMap<Lang, HashSet<Box<str>>> = HashMap::new();
        for (lang, text) in texts {
            let lang = lang.search_lang();
            let words = words_of(text);
            let keys = keys_by_lang.entry(lang).or_default();
            keys.extend(words.iter().map(|w| bare(w).into_boxed_str()));
            if !RESTORED.contains(&lang) || words.iter().all(|w| bare(w) == *w) {
                continue;
            }
            let table = counts.entry(lang).or_default();
            for w in words {
                *table.entry(bare(&w)).or_default().entry(w).or_default() += 1;
            }
        }
        let tables = RESTORED
            .iter()
            .filter_map(|&lang| {
                let table = counts.remove(&lang)?;
                let forms: HashMap<Box<str>, Box<str>> = table
                    .into_iter()
                    .filter_map(|(key, written)| {
                        let form = most_frequent(written)?;
                        (form != key).then(|| (key.into(), form.into()))
                    })
                    .collect();
                let mut sorted: Vec<Box<str>> = forms.keys().cloned().collect();
                sorted.sort();
                Some(Table {
                    lang,
                    forms,
                    sorted,
                })
            })
            .collect();
        let mut words: Vec<(Lang, HashSet<Box<str>>)> = keys_by_lang.into_iter().collect();
        words.sort_by_key(|(lang, _)| *lang);
        Diacritics { tables, words }
    }

    /// `text` with the marks put back, when it is in a restored language and written without some of
    /// them; `None` when nothing would change. `reader` is the language the reader chose.
    ///
    /// A message is read as a restored language when more of its words are words of that language's
    /// texts than of any other language's (as many, when it is the reader's language): a Polish
    /// message names German offices, a German one may hold a word that Polish texts hold too.
    pub fn restore(&self, text: &str, reader: Lang) -> Option<String> {
        let words: Vec<String> = words_of(text).iter().map(|w| bare(w)).collect();
        let known = |lang: Lang| {
            self.words
                .iter()
                .find(|(l, _)| *l == lang)
                .map_or(0, |(_, keys)| {
                    words.iter().filter(|w| keys.contains(w.as_str())).count()
                })
        };
        let table = self.tables.iter().find(|t| {
            let own = known(t.lang);
            let rival = self
                .words
                .iter()
                .filter(|(l, _)| *l != t.lang)
                .map(|(l, _)| known(*l))
                .max()
                .unwrap_or(0);
            own > rival || (own == rival && own > 0 && t.lang == reader.search_lang())
        })?;
        let elsewhere = |key: &str| {
            self.words
                .iter()
                .any(|(l, keys)| *l != table.lang && keys.contains(key))
        };
        rewrite_words(text, |word| table.restore_word(word, elsewhere))
    }
}

impl Table {
    /// The word with its marks, if it is written without any and the table knows better. A word no
    /// text of the language holds, but another language's do ("Handy"), is that language's word.
    fn restore_word(&self, word: &str, elsewhere: impl Fn(&str) -> bool) -> Option<String> {
        let lower: String = word.chars().flat_map(char::to_lowercase).collect();
        let key = bare(&lower);
        if key != lower || key.chars().count() != word.chars().count() {
            return None; // written with marks (or a letter whose case changes its length): as typed
        }
        let marks: Vec<char> = match self.forms.get(key.as_str()) {
            Some(form) => form.chars().collect(),
            None if elsewhere(&key) => return None,
            None => self.borrowed_marks(&key)?,
        };
        let restored: String = word
            .chars()
            .zip(marks.iter().copied().chain(std::iter::repeat(' ')))
            .map(|(typed, form)| match form {
                ' ' => typed,
                f if typed.is_uppercase() => f.to_uppercase().next().unwrap_or(f),
                f => f,
            })
            .collect();
        (restored != word).then_some(restored)
    }

    /// The marks of the known words that share the longest beginning with `key` (at least
    /// [`MIN_PREFIX_CHARS`] letters), where they agree, and never from their unsure endings; `' '`
    /// stands for "as typed".
    fn borrowed_marks(&self, key: &str) -> Option<Vec<char>> {
        let chars: Vec<char> = key.chars().collect();
        if chars.len() <= MIN_PREFIX_CHARS {
            return None;
        }
        // The keys sharing the longest beginning with `key` sit around its place in sorted order.
        let at = self.sorted.partition_point(|k| k.as_ref() < key);
        let shared = |k: &str| k.chars().zip(&chars).take_while(|(a, b)| a == *b).count();
        let neighbours: Vec<(&str, usize)> = [at.checked_sub(1), Some(at)]
            .into_iter()
            .flatten()
            .filter_map(|i| self.sorted.get(i))
            .map(|k| (k.as_ref(), shared(k)))
            .collect();
        let longest = neighbours.iter().map(|(_, n)| *n).max()?;
        if longest < MIN_PREFIX_CHARS {
            return None;
        }
        let borrowed: Vec<Vec<char>> = neighbours
            .iter()
            .filter(|(_, n)| *n == longest)
            .filter_map(|(known, _)| {
                let form: Vec<char> = self.forms.get(*known)?.chars().collect();
                let sure = longest.min(form.len().saturating_sub(UNSURE_ENDING_CHARS));
                Some(
                    (0..chars.len())
                        .map(|i| if i < sure { form[i] } else { ' ' })
                        .collect(),
                )
            })
            .collect();
        // Where two known words disagree, the letter stays as typed.
        let marks: Vec<char> = (0..chars.len())
            .map(|i| match borrowed.first().map(|b| b[i]) {
                Some(m) if borrowed.iter().all(|b| b[i] == m) && m != chars[i] => m,
                _ => ' ',
            })
            .collect();
        marks.iter().any(|m| *m != ' ').then_some(marks)
    }
}

/// The lower-case words of a text.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().flat_map(char::to_lowercase).collect())
        .collect()
}

/// A lower-case word without its marks, letter for letter ("tłumaczę" → "tlumacze", "çok" → "cok").
fn bare(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'ł' => 'l',
            'ı' => 'i',
            c => c.nfd().next().unwrap_or(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learned() -> Diacritics {
        Diacritics::learn([
            (Lang::Pl, "Nikt mi nie tłumaczy, co się dzieje."),
            (Lang::Pl, "Pomoc dla osób z długami, tłumacz na miejscu."),
            (Lang::Pl, "Mam kłopot z urzędem. Dobry wieczór."),
            (Lang::Pl, "sie nie da, sie nie uda"),
            (Lang::Tr, "Çok zor, param yok ve kira ödeyemiyorum."),
            (
                Lang::De,
                "Ich habe Schulden und mir geht es nicht gut, die Miete.",
            ),
            (Lang::En, "Help with debt, rent and food."),
        ])
    }

    #[test]
    fn puts_back_the_marks_of_known_words_as_typed() {
        let d = learned();
        assert_eq!(
            d.restore("Mam klopot z urzedem, nikt nic nie tlumaczy!", Lang::Pl)
                .as_deref(),
            Some("Mam kłopot z urzędem, nikt nic nie tłumaczy!")
        );
        assert_eq!(
            d.restore("COK zor, kira odeyemiyorum", Lang::De).as_deref(),
            Some("ÇOK zor, kira ödeyemiyorum")
        );
    }

    #[test]
    fn reads_an_unknown_word_through_the_known_word_it_starts_with_but_not_its_ending() {
        let d = learned();
        // "tłumaczami" is in no text; "tłumacz" is.
        assert_eq!(
            d.restore("nie ma tlumaczami", Lang::Pl).as_deref(),
            Some("nie ma tłumaczami")
        );
        // "wieczór" ends in its unsure letters: "wieczorem" keeps its "o".
        assert_eq!(d.restore("nie ma wieczorem", Lang::Pl), None);
    }

    #[test]
    fn leaves_other_languages_and_written_marks_alone() {
        let d = learned();
        // German with a word the Polish texts also hold ("mir"): no Polish-only word, no change.
        assert_eq!(
            d.restore("ich habe schulden, mir geht es schlecht", Lang::Pl),
            None
        );
        assert_eq!(d.restore("nikt nie tłumaczy", Lang::Pl), None);
    }

    #[test]
    fn a_word_another_language_holds_borrows_no_marks() {
        let d = Diacritics::learn([
            (Lang::Tr, "Händi kafede çok güzel, zor değil, yok"),
            (Lang::De, "Ich habe ein Handy und kein Geld"),
        ]);
        // "handy" begins like "händi", but it is a German word: as typed.
        assert_eq!(
            d.restore("cok zor, handy yok", Lang::Tr).as_deref(),
            Some("çok zor, handy yok")
        );
    }

    #[test]
    fn a_sentence_typed_without_marks_teaches_nothing() {
        // "sie" twice in a sentence without marks, "się" once in one with them.
        assert_eq!(
            learned()
                .restore("nie wiem co sie dzieje", Lang::Pl)
                .as_deref(),
            Some("nie wiem co się dzieje")
        );
    }
}
