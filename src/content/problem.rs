//! Problems found in content files, each pointing at a file, a line and a field, and saying what is wrong
//! in German (the editors' language) and in English.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The text of a problem in both languages: German for the editors, English for everyone else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// German (shown by `lotse check` unless `--lang en` is given).
    pub de: String,
    /// English.
    pub en: String,
}

impl Message {
    /// A message with its German and English text.
    pub fn new(de: impl Into<String>, en: impl Into<String>) -> Message {
        Message {
            de: de.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Language) -> &str {
        match lang {
            Language::De => &self.de,
            Language::En => &self.en,
        }
    }
}

/// Builds a [`Message`] from a German and an English format string (arguments are captured inline).
macro_rules! msg {
    ($de:literal, $en:literal $(,)?) => {
        $crate::content::problem::Message::new(format!($de), format!($en))
    };
}
pub(crate) use msg;

/// The languages problems are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    /// German, the editors' language and the default.
    #[default]
    De,
    /// English.
    En,
}

impl FromStr for Language {
    type Err = String;

    fn from_str(s: &str) -> Result<Language, String> {
        match s {
            "de" => Ok(Language::De),
            "en" => Ok(Language::En),
            other => Err(format!("`{other}`: problems are written in de or en")),
        }
    }
}

/// One thing wrong with the content, precise enough for an editor to fix it without reading code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, relative to the content folder.
    pub file: PathBuf,
    /// 1-based line, when the problem has a place in the file.
    pub line: Option<usize>,
    /// 1-based column (in characters), where the exact character matters: syntax errors and bytes that
    /// are not UTF-8. Other problems are placed by line and field.
    pub column: Option<usize>,
    /// The field (dotted path such as `contact.phones[1].number`), or `-` for the whole file.
    pub field: String,
    /// What is wrong, and where useful what is expected.
    pub message: Message,
}

impl Problem {
    /// A problem of a whole file (or folder), without a line.
    pub fn whole(file: impl Into<PathBuf>, field: impl Into<String>, message: Message) -> Problem {
        Problem {
            file: file.into(),
            line: None,
            column: None,
            field: field.into(),
            message,
        }
    }

    /// The problem as `file:line: field: message` in one language (what `lotse check` prints).
    pub fn in_lang(&self, lang: Language) -> InLang<'_> {
        InLang {
            problem: self,
            lang,
        }
    }

    fn write_place(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}: ", self.field)
    }
}

/// A [`Problem`] shown in one language; see [`Problem::in_lang`].
pub struct InLang<'a> {
    problem: &'a Problem,
    lang: Language,
}

impl fmt::Display for InLang<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.problem.write_place(f)?;
        f.write_str(self.problem.message.get(self.lang))
    }
}

/// Both languages in one line, `file:line: field: German [en: English]`: the form of log lines, which
/// editors and operators both read.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_place(f)?;
        write!(f, "{} [en: {}]", self.message.de, self.message.en)
    }
}

/// Collects problems for one file and turns byte offsets into line numbers.
///
/// Once a field is known to be broken in shape (a wrong type, missing), later problems about that field
/// or anything inside it are dropped: they would only repeat the first one.
pub struct FileProblems<'a> {
    file: &'a Path,
    source: &'a str,
    problems: &'a mut Vec<Problem>,
    broken: BTreeSet<String>,
}

impl<'a> FileProblems<'a> {
    /// Starts collecting problems for `file`, whose text is `source`.
    pub fn new(file: &'a Path, source: &'a str, problems: &'a mut Vec<Problem>) -> Self {
        FileProblems {
            file,
            source,
            problems,
            broken: BTreeSet::new(),
        }
    }

    /// How many problems have been recorded so far (of every file).
    pub fn count(&self) -> usize {
        self.problems.len()
    }

    /// The file's text.
    pub fn source(&self) -> &'a str {
        self.source
    }

    /// Records a problem at byte offset `at` (a span start from the TOML parser).
    pub fn at(&mut self, at: usize, field: impl Into<String>, message: Message) {
        let field = field.into();
        if self.is_inside_broken(&field) {
            return;
        }
        self.problems.push(Problem {
            file: self.file.to_path_buf(),
            line: Some(line_of(self.source, at)),
            column: None,
            field,
            message,
        });
    }

    /// Records a problem at byte offset `at` with its column (syntax errors).
    pub fn at_column(&mut self, at: usize, field: impl Into<String>, message: Message) {
        let (line, column) = line_and_column(self.source, at);
        self.problems.push(Problem {
            file: self.file.to_path_buf(),
            line: Some(line),
            column: Some(column),
            field: field.into(),
            message,
        });
    }

    /// Records a problem that concerns the file as a whole.
    pub fn whole(&mut self, field: impl Into<String>, message: Message) {
        self.problems
            .push(Problem::whole(self.file, field, message));
    }

    /// Records a shape problem of `field` (wrong type, missing, too long): later problems about the field
    /// or its parts are not reported again.
    pub fn broken(&mut self, at: usize, field: impl Into<String>, message: Message) {
        let field = field.into();
        self.at(at, field.clone(), message);
        self.broken.insert(field);
    }

    /// `true` if `field` is a broken field or lies inside one (`contact` covers `contact.phones[0]`).
    fn is_inside_broken(&self, field: &str) -> bool {
        self.broken.iter().any(|b| {
            field
                .strip_prefix(b.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
        })
    }
}

/// The 1-based line that byte offset `at` of `source` is on.
pub fn line_of(source: &str, at: usize) -> usize {
    line_and_column_of_bytes(source.as_bytes(), at).0
}

/// The 1-based line and column (in characters) of byte offset `at` of `source`.
pub fn line_and_column(source: &str, at: usize) -> (usize, usize) {
    line_and_column_of_bytes(source.as_bytes(), at)
}

/// The 1-based line and column of byte offset `at`; the column counts UTF-8 characters, so `bytes[..at]`
/// should be valid UTF-8 (it is for text, and for the valid prefix before a bad byte).
pub fn line_and_column_of_bytes(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    // Count characters, not bytes: continuation bytes (0b10xx_xxxx) do not start a character.
    let column = before[line_start..]
        .iter()
        .filter(|b| (**b & 0xC0) != 0x80)
        .count()
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_from_one() {
        let src = "a = 1\nb = 2\nc = 3\n";
        assert_eq!(line_of(src, 0), 1);
        assert_eq!(line_of(src, 6), 2);
        assert_eq!(line_of(src, 12), 3);
        assert_eq!(line_of(src, 10_000), 4);
    }

    #[test]
    fn columns_count_characters_from_one() {
        let src = "a = 1\nä = \"ö\"\n";
        assert_eq!(line_and_column(src, 0), (1, 1));
        assert_eq!(line_and_column(src, 6), (2, 1));
        // `=` after the two-byte `ä` and a space is the third character of line 2.
        assert_eq!(line_and_column(src, 9), (2, 3));
    }

    #[test]
    fn problems_show_german_english_or_both() {
        let p = Problem {
            file: PathBuf::from("offers/x.toml"),
            line: Some(3),
            column: None,
            field: "name".into(),
            message: Message::new("darf nicht leer sein", "must not be empty"),
        };
        assert_eq!(
            p.in_lang(Language::De).to_string(),
            "offers/x.toml:3: name: darf nicht leer sein"
        );
        assert_eq!(
            p.in_lang(Language::En).to_string(),
            "offers/x.toml:3: name: must not be empty"
        );
        assert_eq!(
            p.to_string(),
            "offers/x.toml:3: name: darf nicht leer sein [en: must not be empty]"
        );
        assert_eq!("en".parse::<Language>(), Ok(Language::En));
        assert!("fr".parse::<Language>().is_err());
    }

    #[test]
    fn problems_inside_a_broken_field_are_not_repeated() {
        let mut problems = Vec::new();
        let mut p = FileProblems::new(Path::new("x.toml"), "a = 1\n", &mut problems);
        p.broken(0, "contact", Message::new("kaputt", "broken"));
        p.at(0, "contact.phones[0].number", Message::new("x", "x"));
        p.at(0, "contact", Message::new("x", "x"));
        p.at(0, "contacts", Message::new("anderes Feld", "another field"));
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["contact", "contacts"]);
    }
}
