//! The category taxonomy (`content/taxonomy.toml`): ids, labels and the booklet's groups.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::limits::Kind;
use super::problem::{FileProblems, Problem, msg};
use super::shape;

/// A group of the printed booklet (counselling, youth, 50+, food, emergency).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Group {
    pub id: String,
    pub de: String,
    pub en: String,
}

/// A category every offer is filed under.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Category {
    pub id: String,
    pub groups: Vec<String>,
    pub de: String,
    pub en: String,
}

/// The whole taxonomy, in file order.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Taxonomy {
    pub groups: Vec<Group>,
    pub categories: Vec<Category>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTaxonomy {
    groups: BTreeMap<String, toml::Spanned<RawLabels>>,
    categories: toml::Spanned<BTreeMap<String, toml::Spanned<RawCategory>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLabels {
    de: String,
    en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    groups: Vec<String>,
    de: String,
    en: String,
}

impl Taxonomy {
    /// Looks a category up by id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// Looks a group up by id.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The categories of a group, in taxonomy order.
    pub fn categories_in<'a>(&'a self, group: &'a str) -> impl Iterator<Item = &'a Category> + 'a {
        self.categories
            .iter()
            .filter(move |c| c.groups.iter().any(|g| g == group))
    }

    /// Parses `taxonomy.toml`; `file` is the name used in problems.
    pub fn parse(file: &Path, source: &str, problems: &mut Vec<Problem>) -> Option<Taxonomy> {
        let mut p = FileProblems::new(file, source, problems);
        let raw: RawTaxonomy = shape::parse(Kind::Taxonomy, &mut p)?;
        // Keep the file's order (it is the booklet's order): the maps are sorted by key, so sort by span.
        let mut groups: Vec<(usize, Group)> = raw
            .groups
            .into_iter()
            .map(|(id, labels)| {
                let pos = labels.span().start;
                let labels = labels.into_inner();
                (
                    pos,
                    Group {
                        id,
                        de: labels.de,
                        en: labels.en,
                    },
                )
            })
            .collect();
        groups.sort_by_key(|(pos, _)| *pos);
        let groups: Vec<Group> = groups.into_iter().map(|(_, g)| g).collect();

        let mut categories = Vec::new();
        for (id, cat) in raw.categories.into_inner() {
            let span = cat.span();
            let cat = cat.into_inner();
            if !is_valid_id(&id) {
                p.at(
                    span.start,
                    format!("categories.{id}"),
                    msg!(
                        "Kennungen bestehen aus Kleinbuchstaben, Ziffern und Bindestrichen",
                        "ids are lower-case letters, digits and hyphens"
                    ),
                );
            }
            for g in &cat.groups {
                if !groups.iter().any(|known| &known.id == g) {
                    p.at(
                        span.start,
                        format!("categories.{id}.groups"),
                        msg!("unbekannte Gruppe `{g}`", "unknown group `{g}`"),
                    );
                }
            }
            categories.push((
                span.start,
                Category {
                    id,
                    groups: cat.groups,
                    de: cat.de,
                    en: cat.en,
                },
            ));
        }
        categories.sort_by_key(|(pos, _)| *pos);
        Some(Taxonomy {
            groups,
            categories: categories.into_iter().map(|(_, c)| c).collect(),
        })
    }
}

/// `true` for ids of lower-case ASCII letters and digits joined by single hyphens.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_must_be_lowercase_words_joined_by_hyphens() {
        assert!(is_valid_id("wk-tafel"));
        assert!(is_valid_id("de-116117"));
        assert!(!is_valid_id("WK-Tafel"));
        assert!(!is_valid_id("wk--tafel"));
        assert!(!is_valid_id("-x"));
        assert!(!is_valid_id("a_b"));
        assert!(!is_valid_id(""));
    }

    #[test]
    fn the_bundled_taxonomy_keeps_the_booklet_order() {
        let src = include_str!("../../content/taxonomy.toml");
        let mut problems = Vec::new();
        let tax = Taxonomy::parse(Path::new("taxonomy.toml"), src, &mut problems).expect("parses");
        assert!(problems.is_empty(), "{problems:?}");
        let groups: Vec<&str> = tax.groups.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(
            groups,
            ["counselling", "youth", "fifty-plus", "food", "emergency"]
        );
        assert_eq!(
            tax.categories.first().map(|c| c.id.as_str()),
            Some("social-counselling")
        );
        assert_eq!(tax.categories.len(), 23);
    }
}
