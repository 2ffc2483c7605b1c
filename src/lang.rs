//! The languages Lotse speaks, as one closed set.
//!
//! Every language is a [`unic_langid::LanguageIdentifier`] underneath (so tags are parsed and validated the
//! same way everywhere), but the set is closed: content, URLs and the bot may only name one of these nine.
//! Easy German (Leichte Sprache) is its own choice, tagged `de-leicht` (a 5–8 letter variant subtag, which
//! unic-langid accepts; `de-easy` would be read as a script and `de-x-easy` is rejected).

use std::fmt;
use std::str::FromStr;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use serde::{Deserialize, Serialize};
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// One of the nine languages of the service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Lang {
    /// German, the source language of all content.
    De,
    /// Leichte Sprache: easy-to-read German.
    DeLeicht,
    /// English.
    En,
    /// Turkish.
    Tr,
    /// Arabic (right to left).
    Ar,
    /// Ukrainian.
    Uk,
    /// Russian.
    Ru,
    /// Polish.
    Pl,
    /// Farsi / Persian (right to left).
    Fa,
}

/// A tag that is not a valid BCP 47 identifier or not one of the nine languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}` (expected one of: de, de-leicht, en, tr, ar, uk, ru, pl, fa)")]
pub struct UnknownLang(pub String);

impl Lang {
    /// All languages, in the order the language switcher shows them (German first: the source).
    pub const ALL: [Lang; 9] = [
        Lang::De,
        Lang::DeLeicht,
        Lang::En,
        Lang::Tr,
        Lang::Ar,
        Lang::Uk,
        Lang::Ru,
        Lang::Pl,
        Lang::Fa,
    ];

    /// The languages with their own analysis and search fields (easy German is read through German).
    pub const SEARCH: [Lang; 8] = [
        Lang::De,
        Lang::En,
        Lang::Tr,
        Lang::Ar,
        Lang::Uk,
        Lang::Ru,
        Lang::Pl,
        Lang::Fa,
    ];

    /// The languages offer texts are translated into (all but the German source).
    pub const TRANSLATIONS: [Lang; 8] = [
        Lang::DeLeicht,
        Lang::En,
        Lang::Tr,
        Lang::Ar,
        Lang::Uk,
        Lang::Ru,
        Lang::Pl,
        Lang::Fa,
    ];

    /// The canonical tag, as used in URLs, content files and the API.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::DeLeicht => "de-leicht",
            Lang::En => "en",
            Lang::Tr => "tr",
            Lang::Ar => "ar",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::Pl => "pl",
            Lang::Fa => "fa",
        }
    }

    /// The language's name written in that language (for the switcher).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::DeLeicht => "Leichte Sprache",
            Lang::En => "English",
            Lang::Tr => "Türkçe",
            Lang::Ar => "العربية",
            Lang::Uk => "Українська",
            Lang::Ru => "Русский",
            Lang::Pl => "Polski",
            Lang::Fa => "فارسی",
        }
    }

    /// The parsed identifier.
    pub fn langid(self) -> LanguageIdentifier {
        // The codes above are valid BCP 47 by construction (tested).
        self.code()
            .parse()
            .expect("Lang codes are valid identifiers")
    }

    /// `true` for scripts written right to left (Arabic, Farsi).
    pub fn is_rtl(self) -> bool {
        self.langid().character_direction() == CharacterDirection::RTL
    }

    /// The value of the HTML `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The language whose search fields serve this language (easy German is searched as German).
    pub fn search_lang(self) -> Lang {
        match self {
            Lang::DeLeicht => Lang::De,
            other => other,
        }
    }

    /// `true` for the German source and easy German, which read the German source text.
    pub fn is_german(self) -> bool {
        matches!(self, Lang::De | Lang::DeLeicht)
    }

    /// Picks the best language for an `Accept-Language` header; German when nothing fits.
    ///
    /// Easy German is never chosen this way: browsers cannot ask for it, readers pick it in the switcher.
    pub fn negotiate(accept_language: &str) -> Lang {
        Lang::negotiate_among(accept_language, &Lang::ALL, Lang::De)
    }

    /// Picks the best of `offered` for an `Accept-Language` header; `default` when nothing fits.
    pub fn negotiate_among(accept_language: &str, offered: &[Lang], default: Lang) -> Lang {
        let requested = fluent_langneg::accepted_languages::parse(accept_language);
        let available: Vec<LanguageIdentifier> = offered
            .iter()
            .filter(|l| **l != Lang::DeLeicht)
            .map(|l| l.langid())
            .collect();
        let fallback = default.langid();
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&fallback),
            NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| Lang::from_langid(id))
            .filter(|l| offered.contains(l))
            .unwrap_or(default)
    }

    /// Maps a parsed identifier onto the closed set (region and script are ignored: `de-AT` is German).
    pub fn from_langid(id: &LanguageIdentifier) -> Option<Lang> {
        let has_leicht = id.variants().any(|v| v.as_str() == "leicht");
        match id.language.as_str() {
            "de" if has_leicht => Some(Lang::DeLeicht),
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            "tr" => Some(Lang::Tr),
            "ar" => Some(Lang::Ar),
            "uk" => Some(Lang::Uk),
            "ru" => Some(Lang::Ru),
            "pl" => Some(Lang::Pl),
            "fa" | "prs" => Some(Lang::Fa),
            _ => None,
        }
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        let id: LanguageIdentifier = tag.parse().map_err(|_| UnknownLang(tag.to_owned()))?;
        Lang::from_langid(&id).ok_or_else(|| UnknownLang(tag.to_owned()))
    }
}

impl TryFrom<String> for Lang {
    type Error = UnknownLang;

    fn try_from(tag: String) -> Result<Self, Self::Error> {
        tag.parse()
    }
}

impl From<Lang> for String {
    fn from(lang: Lang) -> String {
        lang.code().to_owned()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_parses_back_to_its_language() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
            assert_eq!(lang.langid().to_string(), lang.code());
        }
    }

    #[test]
    fn arabic_and_farsi_are_right_to_left_and_others_are_not() {
        let rtl: Vec<Lang> = Lang::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(rtl, vec![Lang::Ar, Lang::Fa]);
    }

    #[test]
    fn negotiation_follows_the_header_and_falls_back_to_german() {
        assert_eq!(Lang::negotiate("uk"), Lang::Uk);
        assert_eq!(Lang::negotiate("ar-EG,ar;q=0.9,en;q=0.5"), Lang::Ar);
        assert_eq!(Lang::negotiate("fa-IR"), Lang::Fa);
        assert_eq!(Lang::negotiate("ja-JP"), Lang::De);
        assert_eq!(Lang::negotiate(""), Lang::De);
        assert_eq!(Lang::negotiate("\u{0}garbage;;q=x"), Lang::De);
    }

    #[test]
    fn unknown_and_malformed_tags_are_rejected() {
        assert!("xx".parse::<Lang>().is_err());
        assert!("de-x-easy".parse::<Lang>().is_err());
        assert!("".parse::<Lang>().is_err());
        assert_eq!("de-AT".parse::<Lang>(), Ok(Lang::De));
    }
}
