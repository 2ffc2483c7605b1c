//! Size limits of the content: per file, per text field and for the whole folder.
//!
//! Every file is read whole and every text ends up in the index, the catalogue snapshot and the pages, so a
//! runaway file (a 50 MB offer pasted together by a script) would cost memory and time on every search.
//! The limits lie far above what real editing produces (see `content/README.md`, which states them and
//! the largest values of the bundled content), so only such a runaway file meets them.

use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::problem::{FileProblems, Message, msg};
use super::{EXAMPLES_FILE, PLACES_FILE, SITE_FILE, TAXONOMY_FILE, THESAURUS_FILE};

const KIB: u64 = 1024;

/// The largest offer file, in bytes (the largest bundled one has 15 KB).
pub const MAX_OFFER_BYTES: u64 = 128 * KIB;
/// The largest `taxonomy.toml`, in bytes (bundled: 4.5 KB).
pub const MAX_TAXONOMY_BYTES: u64 = 64 * KIB;
/// The largest `site.toml`, in bytes (bundled: 1.5 KB).
pub const MAX_SITE_BYTES: u64 = 16 * KIB;
/// The largest `places.toml`, in bytes (bundled: 5 KB).
pub const MAX_PLACES_BYTES: u64 = 256 * KIB;
/// The largest `thesaurus.toml`, in bytes (bundled: 117 KB).
pub const MAX_THESAURUS_BYTES: u64 = 1024 * KIB;
/// The largest `crisis-examples.tsv`, in bytes (bundled: 255 KB).
pub const MAX_EXAMPLES_BYTES: u64 = 2048 * KIB;
/// All content files together, in bytes (bundled: 0.9 MB).
pub const MAX_TOTAL_BYTES: u64 = 16 * 1024 * KIB;

/// The longest description, in characters, German or translated (bundled: 767).
pub const MAX_DESCRIPTION_CHARS: usize = 6_000;
/// The longest note, caveat, cost or accessibility text (bundled: 326).
pub const MAX_NOTE_CHARS: usize = 2_000;
/// The longest web address (bundled: 208).
pub const MAX_URL_CHARS: usize = 2_000;
/// The longest name, provider, source title, label, street, city or district (bundled: 118).
pub const MAX_NAME_CHARS: usize = 300;
/// The longest thesaurus entry (bundled: 37).
pub const MAX_THESAURUS_ENTRY_CHARS: usize = 200;
/// The longest of any other text: ids, dates, times, phone numbers, taxonomy labels, table keys
/// (bundled: 45).
pub const MAX_OTHER_CHARS: usize = 300;

/// The kinds of content file; each has its own size limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `taxonomy.toml`.
    Taxonomy,
    /// `thesaurus.toml`.
    Thesaurus,
    /// `crisis-examples.tsv`.
    Examples,
    /// `site.toml`.
    Site,
    /// `places.toml`, the gazetteer.
    Places,
    /// `offers/**/<id>.toml`.
    Offer,
}

impl Kind {
    /// The kind of the file at `rel` (relative to the content folder).
    pub fn of(rel: &Path) -> Kind {
        if rel == Path::new(TAXONOMY_FILE) {
            Kind::Taxonomy
        } else if rel == Path::new(THESAURUS_FILE) {
            Kind::Thesaurus
        } else if rel == Path::new(EXAMPLES_FILE) {
            Kind::Examples
        } else if rel == Path::new(SITE_FILE) {
            Kind::Site
        } else if rel == Path::new(PLACES_FILE) {
            Kind::Places
        } else {
            Kind::Offer
        }
    }

    /// The largest file of this kind, in bytes.
    pub fn max_bytes(self) -> u64 {
        match self {
            Kind::Taxonomy => MAX_TAXONOMY_BYTES,
            Kind::Thesaurus => MAX_THESAURUS_BYTES,
            Kind::Examples => MAX_EXAMPLES_BYTES,
            Kind::Site => MAX_SITE_BYTES,
            Kind::Places => MAX_PLACES_BYTES,
            Kind::Offer => MAX_OFFER_BYTES,
        }
    }

    /// The longest text allowed in `field` (a dotted path) of a file of this kind, in characters.
    pub fn max_chars(self, field: &str) -> usize {
        match self {
            Kind::Thesaurus => MAX_THESAURUS_ENTRY_CHARS,
            Kind::Taxonomy | Kind::Examples => MAX_OTHER_CHARS,
            Kind::Site => match last_key(field) {
                "public_url" | "quick_exit_url" | "website" => MAX_URL_CHARS,
                _ => MAX_NAME_CHARS,
            },
            Kind::Places => match last_key(field) {
                "source" | "postcodes_source" => MAX_URL_CHARS,
                _ => MAX_NAME_CHARS,
            },
            Kind::Offer => offer_field_max_chars(last_key(field)),
        }
    }
}

fn offer_field_max_chars(key: &str) -> usize {
    match key {
        "description" => MAX_DESCRIPTION_CHARS,
        // A summary's real limit (one line) is checked with a precise message by the validation.
        "summary" | "caveat" | "note" | "hours_note" | "address_note" | "cost" | "bring"
        | "accessibility" => MAX_NOTE_CHARS,
        "url" | "website" | "source" => MAX_URL_CHARS,
        "name" | "provider" | "title" | "label" | "street" | "city" | "district" => MAX_NAME_CHARS,
        _ => MAX_OTHER_CHARS,
    }
}

/// The last key of a dotted path without its index: `contact.phones[0].label` → `label`.
fn last_key(field: &str) -> &str {
    let key = field.rsplit('.').next().unwrap_or(field);
    key.split('[').next().unwrap_or(key)
}

/// Reports every text (values and keys) of a parsed TOML file that is longer than its limit, in the
/// order of the file.
pub fn check_texts(kind: Kind, root: &DeTable<'_>, p: &mut FileProblems<'_>) {
    let mut found = Vec::new();
    check_table(kind, root, "", &mut found);
    found.sort_by_key(|(at, _, _)| *at);
    for (at, field, message) in found {
        p.broken(at, field, message);
    }
}

type TooLong = Vec<(usize, String, Message)>;

fn check_table(kind: Kind, table: &DeTable<'_>, prefix: &str, found: &mut TooLong) {
    for (key, value) in table {
        let field = join(prefix, key.get_ref());
        check_text(
            key.get_ref(),
            MAX_OTHER_CHARS,
            key.span().start,
            &field,
            found,
        );
        check_value(kind, value, &field, found);
    }
}

fn check_value(kind: Kind, value: &Spanned<DeValue<'_>>, field: &str, found: &mut TooLong) {
    match value.get_ref() {
        DeValue::String(text) => check_text(
            text,
            kind.max_chars(field),
            value.span().start,
            field,
            found,
        ),
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check_value(kind, item, &format!("{field}[{i}]"), found);
            }
        }
        DeValue::Table(table) => check_table(kind, table, field, found),
        DeValue::Integer(_) | DeValue::Float(_) | DeValue::Boolean(_) | DeValue::Datetime(_) => {}
    }
}

fn check_text(text: &str, max: usize, at: usize, field: &str, found: &mut TooLong) {
    // Cheap first: a text of at most `max` bytes has at most `max` characters.
    if text.len() <= max {
        return;
    }
    let chars = text.chars().count();
    if chars > max {
        found.push((
            at,
            field.to_owned(),
            msg!(
                "{chars} Zeichen sind zu lang: höchstens {max} Zeichen erlaubt",
                "{chars} characters are too long: at most {max} are allowed"
            ),
        ));
    }
}

/// `prefix.key`, or `key` at the top.
pub(crate) fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_get_the_limit_of_their_last_key() {
        assert_eq!(
            Kind::Offer.max_chars("i18n.en.description"),
            MAX_DESCRIPTION_CHARS
        );
        assert_eq!(
            Kind::Offer.max_chars("contact.phones[0].label"),
            MAX_NAME_CHARS
        );
        assert_eq!(Kind::Offer.max_chars("hours.note"), MAX_NOTE_CHARS);
        assert_eq!(
            Kind::Offer.max_chars("verification.sources[1].url"),
            MAX_URL_CHARS
        );
        assert_eq!(Kind::Offer.max_chars("status"), MAX_OTHER_CHARS);
        assert_eq!(
            Kind::Thesaurus.max_chars("crisis.de[3]"),
            MAX_THESAURUS_ENTRY_CHARS
        );
        assert_eq!(Kind::of(Path::new("offers/a/x.toml")), Kind::Offer);
        assert_eq!(Kind::of(Path::new("thesaurus.toml")), Kind::Thesaurus);
        assert_eq!(Kind::of(Path::new("places.toml")), Kind::Places);
        assert_eq!(
            Kind::Places.max_chars("place[0].centre.source"),
            MAX_URL_CHARS
        );
        assert_eq!(
            Kind::Places.max_chars("place[0].variants[1]"),
            MAX_NAME_CHARS
        );
    }

    #[test]
    fn too_long_texts_are_reported_with_line_and_field() {
        let long = "x".repeat(MAX_DESCRIPTION_CHARS + 1);
        let src = format!("name = \"ok\"\n[i18n.en]\ndescription = \"{long}\"\n");
        let root = DeTable::parse(&src).expect("valid TOML");
        let mut problems = Vec::new();
        let mut p = FileProblems::new(Path::new("offers/x.toml"), &src, &mut problems);
        check_texts(Kind::Offer, root.get_ref(), &mut p);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, Some(3));
        assert_eq!(problems[0].field, "i18n.en.description");
        assert!(problems[0].message.en.contains("6001 characters"));
    }
}
