//! The thesaurus of needs (`content/thesaurus.toml`): everyday words in nine languages that point to
//! categories, crisis phrases, filler words and generic "help" words. The matching rules live in
//! [`crate::search::matcher`]; this module only reads and validates the file.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::limits::Kind;
use super::problem::{FileProblems, Message, Problem, msg};
use super::shape;
use super::taxonomy::Taxonomy;
use crate::lang::Lang;

/// One word or phrase of the thesaurus, in the language it was written for.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Entry {
    pub lang: Lang,
    pub text: String,
}

/// The validated thesaurus.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Thesaurus {
    /// Category id → the words that mean it.
    pub categories: BTreeMap<String, Vec<Entry>>,
    /// Phrases that signal suicide, self-harm or acute violence: the answer leads with the crisis lines.
    pub crisis: Vec<Entry>,
    /// Phrases that signal distress or danger without being clear enough for an acute answer
    /// ("ich mag einfach nicht mehr"): the crisis lines appear above the results.
    #[serde(default)]
    pub concern: Vec<Entry>,
    /// Idioms of exaggeration and topic words that only *sound* like a crisis ("ich lach mich tot",
    /// "Vortrag Suizidprävention"): a crisis or concern phrase whose words they cover does not count.
    #[serde(default)]
    pub not_crisis: Vec<Entry>,
    /// Negation words ("nicht", "not", "не"): right before a crisis phrase that has none of its own, they
    /// turn it into concern.
    #[serde(default)]
    pub negation: Vec<Entry>,
    /// Words that put what a message tells in the past ("vor fünf Jahren", "years ago"): a crisis
    /// phrase in such a message is acute only if the model hears a crisis too; otherwise it is concern,
    /// never nothing.
    #[serde(default)]
    pub past: Vec<Entry>,
    /// Words that say the danger is back or going on right now ("wieder", "last night", "gerade"): beside
    /// a `past` entry, the message is read as about now.
    #[serde(default)]
    pub now: Vec<Entry>,
    /// Phrases that say the person is safe now ("in Sicherheit", "safe now"): they outweigh a `now`
    /// word beside a `past` entry ("jetzt bin ich in Sicherheit"). Alone they change nothing.
    #[serde(default)]
    pub safe: Vec<Entry>,
    /// Words that name a person close to the writer ("mein Sohn", "my daughter", "oğlum"): in a
    /// category's list they say who needs help, not what is needed, so they count for their category
    /// only when the message names no other need ("mein Sohn ist Autist" is about disability).
    #[serde(default)]
    pub person: Vec<Entry>,
    /// Words that carry no need ("ich brauche", "where can i").
    pub filler: Vec<Entry>,
    /// Words that only say "help" or "advice".
    pub generic: Vec<Entry>,
    /// Phrases that ask for what is open now ("jetzt offen", "open now"): they become the filter
    /// `open=now` instead of search words.
    #[serde(default)]
    pub open_now: Vec<Entry>,
    /// Phrases that ask for what is open today ("offen heute"): the filter `open=today`.
    #[serde(default)]
    pub open_today: Vec<Entry>,
}

type RawLists = BTreeMap<Spanned<String>, Vec<Spanned<String>>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawThesaurus {
    categories: BTreeMap<Spanned<String>, RawLists>,
    crisis: RawLists,
    #[serde(default)]
    concern: RawLists,
    #[serde(default)]
    not_crisis: RawLists,
    #[serde(default)]
    negation: RawLists,
    #[serde(default)]
    past: RawLists,
    #[serde(default)]
    now: RawLists,
    #[serde(default)]
    safe: RawLists,
    #[serde(default)]
    person: RawLists,
    filler: RawLists,
    generic: RawLists,
    #[serde(default)]
    open_now: RawLists,
    #[serde(default)]
    open_today: RawLists,
}

impl Thesaurus {
    /// Every entry of every list, categories first.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        let lists = [
            &self.crisis,
            &self.concern,
            &self.not_crisis,
            &self.negation,
            &self.past,
            &self.now,
            &self.safe,
            &self.person,
            &self.filler,
            &self.generic,
            &self.open_now,
            &self.open_today,
        ];
        self.categories.values().chain(lists).flatten()
    }

    /// Parses and validates `thesaurus.toml` against the taxonomy.
    pub fn parse(
        file: &Path,
        source: &str,
        taxonomy: &Taxonomy,
        problems: &mut Vec<Problem>,
    ) -> Option<Thesaurus> {
        let before = problems.len();
        let mut p = FileProblems::new(file, source, problems);
        let raw: RawThesaurus = shape::parse(Kind::Thesaurus, &mut p)?;
        let mut categories = BTreeMap::new();
        for (cat, lists) in raw.categories {
            let field = format!("categories.{}", cat.get_ref());
            let pos = cat.span().start;
            if taxonomy.category(cat.get_ref()).is_none() {
                let cat = cat.get_ref();
                p.at(
                    pos,
                    &field,
                    msg!("unbekannte Kategorie `{cat}`", "unknown category `{cat}`"),
                );
                continue;
            }
            let entries = entries(lists, &field, 3, &mut p);
            categories.insert(cat.into_inner(), entries);
        }
        let crisis = entries(raw.crisis, "crisis", 3, &mut p);
        let concern = entries(raw.concern, "concern", 3, &mut p);
        let not_crisis = entries(raw.not_crisis, "not_crisis", 3, &mut p);
        let negation = entries(raw.negation, "negation", 2, &mut p);
        let past = entries(raw.past, "past", 3, &mut p);
        let now = entries(raw.now, "now", 3, &mut p);
        let safe = entries(raw.safe, "safe", 3, &mut p);
        let person = entries(raw.person, "person", 3, &mut p);
        let filler = entries(raw.filler, "filler", 1, &mut p);
        let generic = entries(raw.generic, "generic", 2, &mut p);
        let open_now = entries(raw.open_now, "open_now", 2, &mut p);
        let open_today = entries(raw.open_today, "open_today", 2, &mut p);
        if problems.len() > before {
            return None;
        }
        Some(Thesaurus {
            categories,
            crisis,
            concern,
            not_crisis,
            negation,
            past,
            now,
            safe,
            person,
            filler,
            generic,
            open_now,
            open_today,
        })
    }
}

fn entries(
    lists: RawLists,
    section: &str,
    min_chars: usize,
    p: &mut FileProblems<'_>,
) -> Vec<Entry> {
    let mut out = Vec::new();
    for (tag, words) in lists {
        let field = format!("{section}.{}", tag.get_ref());
        let lang = match tag.get_ref().parse::<Lang>() {
            Ok(lang) => lang,
            Err(_) => {
                p.at(tag.span().start, &field, unknown_language(tag.get_ref()));
                continue;
            }
        };
        for w in words {
            let text = w.get_ref().trim();
            // Short words are fine inside a phrase ("place to sleep"): there they only match exactly,
            // and the phrase's longest word carries it.
            let words: Vec<usize> = text.split_whitespace().map(|t| t.chars().count()).collect();
            let shortest = if words.len() > 1 {
                words.iter().copied().max().unwrap_or(0)
            } else {
                words.first().copied().unwrap_or(0)
            };
            if text.is_empty() {
                p.at(
                    w.span().start,
                    &field,
                    msg!("leerer Eintrag", "empty entry"),
                );
            } else if shortest < min_chars {
                p.at(
                    w.span().start,
                    &field,
                    msg!(
                        "`{text}`: ein einzelnes Wort braucht hier mindestens {min_chars} Buchstaben, kürzere passen auf zu vieles",
                        "`{text}`: a single word here needs at least {min_chars} letters, shorter ones match too much"
                    ),
                );
            } else {
                out.push(Entry {
                    lang,
                    text: text.to_owned(),
                });
            }
        }
    }
    out
}

/// The problem of a language tag that is not one of the site's languages.
pub(crate) fn unknown_language(tag: &str) -> Message {
    let known = Lang::ALL.map(Lang::code).join(", ");
    msg!(
        "unbekannte Sprache `{tag}` (bekannt: {known})",
        "unknown language `{tag}` (known: {known})"
    )
}
