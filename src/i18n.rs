//! Localized UI strings (Fluent, via fluent-templates), shared by the web and the bot.
//!
//! The `.ftl` files in `locales/<lang>/main.ftl` are compiled into the binary, so a deployed server
//! cannot lose them. German is the fallback language, but a missing key is treated as a bug: the test
//! `every_locale_has_every_key` fails when any locale lacks a key of the German source.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};

use crate::lang::Lang;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "de",
        // Keep Unicode isolation marks around placeables: they keep phone numbers and Latin names
        // readable inside right-to-left Arabic and Farsi sentences.
        customise: |bundle| bundle.set_use_isolating(true),
    };
}

/// Looks up a UI string. A missing key returns the key itself (and is caught by tests), never a panic.
pub fn t(lang: Lang, key: &str) -> String {
    LOCALES
        .try_lookup(&lang.langid(), key)
        .unwrap_or_else(|| missing(key))
}

/// Looks up a UI string with arguments (`$name` placeables).
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
        .collect();
    LOCALES
        .try_lookup_with_args(&lang.langid(), key, &args)
        .unwrap_or_else(|| missing(key))
}

/// Shorthand for a string argument.
pub fn arg(value: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(value.into())
}

/// Shorthand for a number argument (selects plural forms).
pub fn num(value: impl Into<f64>) -> FluentValue<'static> {
    FluentValue::from(value.into())
}

fn missing(key: &str) -> String {
    tracing::warn!(key, "missing UI string");
    key.to_owned()
}

/// The localized label of a taxonomy category.
pub fn category_label(lang: Lang, id: &str) -> String {
    t(lang, &format!("category-{id}"))
}

/// The localized label of a booklet group.
pub fn group_label(lang: Lang, id: &str) -> String {
    t(lang, &format!("group-{id}"))
}

/// A localized helper for templates: `{{ tr.t("key") }}`.
#[derive(Debug, Clone, Copy)]
pub struct Tr(pub Lang);

impl Tr {
    /// Looks up `key` in this language.
    pub fn t(&self, key: &str) -> String {
        t(self.0, key)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn keys(lang: Lang) -> BTreeSet<String> {
        let path = format!(
            "{}/locales/{}/main.ftl",
            env!("CARGO_MANIFEST_DIR"),
            lang.code()
        );
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        text.lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
            .collect()
    }

    #[test]
    fn every_locale_has_every_key() {
        let source = keys(Lang::De);
        assert!(source.len() > 100, "the German source looks truncated");
        for lang in Lang::TRANSLATIONS {
            let have = keys(lang);
            let missing: Vec<_> = source.difference(&have).collect();
            let extra: Vec<_> = have.difference(&source).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has keys German lacks: {extra:?}");
        }
    }

    #[test]
    fn every_key_resolves_in_every_language_without_fallback_markers() {
        for lang in Lang::ALL {
            for key in keys(Lang::De) {
                let value = LOCALES.try_lookup_with_args(
                    &lang.langid(),
                    &key,
                    &HashMap::from([
                        (Cow::Borrowed("query"), arg("x")),
                        (Cow::Borrowed("count"), num(2)),
                        (Cow::Borrowed("date"), arg("2026-01-01")),
                        (Cow::Borrowed("name"), arg("x")),
                        (Cow::Borrowed("number"), arg("112")),
                        (Cow::Borrowed("max"), num(500)),
                        (Cow::Borrowed("reason"), arg("x")),
                        (Cow::Borrowed("time"), arg("10:00")),
                        (Cow::Borrowed("when"), arg("x")),
                        (Cow::Borrowed("from"), arg("10:00")),
                        (Cow::Borrowed("to"), arg("12:00")),
                        (Cow::Borrowed("days"), arg("x")),
                        (Cow::Borrowed("weeks"), arg("x")),
                        (Cow::Borrowed("weekday"), arg("x")),
                        (Cow::Borrowed("km"), arg("1.2")),
                        (Cow::Borrowed("area"), arg("x")),
                        (Cow::Borrowed("kb"), num(16)),
                        (Cow::Borrowed("distance"), arg("2 km")),
                        (Cow::Borrowed("place"), arg("x")),
                    ]),
                );
                let value = value.unwrap_or_else(|| panic!("{lang}: {key} does not resolve"));
                assert!(!value.trim().is_empty(), "{lang}: {key} is empty");
            }
        }
    }

    #[test]
    fn the_language_set_message_is_written_in_its_own_language() {
        let german = t(Lang::De, "bot-language-set");
        for lang in Lang::TRANSLATIONS.into_iter().filter(|l| !l.is_german()) {
            assert_ne!(t(lang, "bot-language-set"), german, "{lang}");
        }
    }
}
