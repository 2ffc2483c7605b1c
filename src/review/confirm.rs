//! `lotse review confirm ID --by NAME [--date D]`: records that the provider confirmed an offer, in its
//! file, with `toml_edit`, so that comments, order and layout stay as the editors wrote them.
//!
//! It sets `[verification]` `confirmed_by_provider = true`, `confirmed_on = D` and `confirmed_by = NAME`
//! (and `checked = D` when that is later: speaking to the provider is a check). Nothing is written
//! unless the whole content folder with the edit passes `lotse check` (tried in a temporary copy); then
//! the file is replaced at once (a temporary file beside it, renamed over it), so a running server
//! never reads half of it.

use std::fs;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use toml_edit::{DocumentMut, Item, Table, Value};

use crate::content::{self, Language, OFFERS_DIR, Problem};
use crate::export::sheet::{copy_dir, write_atomically};

/// Why a confirmation was not recorded.
#[derive(Debug, thiserror::Error)]
pub enum ConfirmError {
    #[error("no offer file {0}")]
    NoSuchOffer(PathBuf),
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error("{0}: not TOML: {1}")]
    Syntax(PathBuf, toml_edit::TomlError),
    #[error("{0}: no [verification] table")]
    NoVerification(PathBuf),
    #[error("the name of who confirmed is empty")]
    NoName,
    /// The content with the edit does not pass the checks (nothing was written).
    #[error("the content would not pass `lotse check`")]
    Invalid(Vec<Problem>),
}

impl ConfirmError {
    /// The problems to list, when the content would be invalid.
    pub fn problems(&self) -> &[Problem] {
        match self {
            ConfirmError::Invalid(p) => p,
            _ => &[],
        }
    }
}

/// Records the confirmation of the offer `id` by `by` on `date` in the content folder `content`;
/// returns the file it changed.
pub fn confirm(content: &Path, id: &str, by: &str, date: Date) -> Result<PathBuf, ConfirmError> {
    let by = by.trim();
    if by.is_empty() {
        return Err(ConfirmError::NoName);
    }
    // An id names a file in the offers folder, never a path elsewhere.
    if id.is_empty() || id.contains(['/', '\\']) || id.starts_with('.') {
        return Err(ConfirmError::NoSuchOffer(PathBuf::from(id)));
    }
    let rel = Path::new(OFFERS_DIR).join(format!("{id}.toml"));
    let path = content.join(&rel);
    if !path.is_file() {
        return Err(ConfirmError::NoSuchOffer(path));
    }
    let text = fs::read_to_string(&path).map_err(|e| ConfirmError::Io(path.clone(), e))?;
    let edited = edit(&text, by, date).map_err(|e| match e {
        EditError::Syntax(err) => ConfirmError::Syntax(path.clone(), err),
        EditError::NoVerification => ConfirmError::NoVerification(path.clone()),
    })?;
    check_in_copy(content, &rel, &edited)?;
    write_atomically(&path, edited.as_bytes()).map_err(|e| ConfirmError::Io(path.clone(), e))?;
    Ok(path)
}

enum EditError {
    Syntax(toml_edit::TomlError),
    NoVerification,
}

/// The file's text with the confirmation recorded.
fn edit(text: &str, by: &str, date: Date) -> Result<String, EditError> {
    let mut doc: DocumentMut = text.parse().map_err(EditError::Syntax)?;
    let table = doc
        .get_mut("verification")
        .and_then(Item::as_table_mut)
        .ok_or(EditError::NoVerification)?;
    let day = date.to_string();
    set(table, "confirmed_by_provider", Value::from(true));
    set(table, "confirmed_on", Value::from(day.as_str()));
    set(table, "confirmed_by", Value::from(by));
    let checked_earlier = table
        .get("checked")
        .and_then(Item::as_str)
        .and_then(|c| c.parse::<Date>().ok())
        .is_none_or(|c| c < date);
    if checked_earlier {
        set(table, "checked", Value::from(day.as_str()));
    }
    Ok(doc.to_string())
}

/// Sets `key` to `value`, keeping the spaces and the comment around an existing value.
fn set(table: &mut Table, key: &str, mut value: Value) {
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) => {
            *value.decor_mut() = old.decor().clone();
            *old = value;
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// Loads the content folder as it will be with `text` in `rel`, in a temporary copy.
fn check_in_copy(content: &Path, rel: &Path, text: &str) -> Result<(), ConfirmError> {
    let copy = tempfile::tempdir().map_err(|e| ConfirmError::Io(content.to_owned(), e))?;
    copy_dir(content, copy.path()).map_err(|e| ConfirmError::Io(content.to_owned(), e))?;
    fs::write(copy.path().join(rel), text).map_err(|e| ConfirmError::Io(rel.to_owned(), e))?;
    content::load(copy.path())
        .map(|_| ())
        .map_err(ConfirmError::Invalid)
}

/// What `lotse review confirm` prints on success.
pub fn done(path: &Path, id: &str, date: Date, lang: Language) -> String {
    match lang {
        Language::De => format!(
            "{id}: Bestätigung vom {date} eingetragen in {}",
            path.display()
        ),
        Language::En => format!(
            "{id}: confirmation of {date} recorded in {}",
            path.display()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"# Tafel – a comment the editors wrote
id = "x"

[verification]
checked = "2026-11-21"                        # when an editor last compared this file
confirmed_by_provider = false                 # true only after the provider confirmed the data
[[verification.sources]]
url = "https://example.org/"
date = "2023-07"                              # the source's date
"#;

    #[test]
    fn a_confirmation_keeps_the_comments_and_the_layout_of_the_file() {
        let out = edit(FILE, "Frau Beispiel (Tafel)", Date::constant(2026, 12, 3))
            .ok()
            .expect("edits");
        assert!(out.starts_with("# Tafel – a comment the editors wrote\n"));
        assert!(out.contains(
            "confirmed_by_provider = true                 # true only after the provider confirmed the data\n"
        ), "{out}");
        assert!(out.contains(
            "checked = \"2026-12-03\"                        # when an editor last compared this file\n"
        ), "{out}");
        assert!(out.contains("confirmed_on = \"2026-12-03\"\n"));
        assert!(out.contains("confirmed_by = \"Frau Beispiel (Tafel)\"\n"));
        assert!(
            out.contains("date = \"2023-07\"                              # the source's date\n")
        );
        // The new keys stay in [verification], before its sources.
        let on = out.find("confirmed_on").expect("present");
        assert!(on < out.find("[[verification.sources]]").expect("present"));
    }

    #[test]
    fn a_later_check_is_not_moved_back_to_an_earlier_confirmation() {
        let out = edit(FILE, "A", Date::constant(2026, 10, 1))
            .ok()
            .expect("edits");
        assert!(out.contains("checked = \"2026-11-21\""));
        assert!(out.contains("confirmed_on = \"2026-10-01\""));
    }
}
