//! Problems found in content files, each pointing at a file, a line and a field.

use std::fmt;
use std::path::{Path, PathBuf};

/// One thing wrong with the content, precise enough for an editor to fix it without reading code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, relative to the content folder.
    pub file: PathBuf,
    /// 1-based line, when the problem has a place in the file.
    pub line: Option<usize>,
    /// The field (dotted path such as `contact.phones[1].number`), or `-` for the whole file.
    pub field: String,
    /// What is wrong, and where useful what is expected.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(
                f,
                "{}:{}: {}: {}",
                self.file.display(),
                line,
                self.field,
                self.message
            ),
            None => write!(
                f,
                "{}: {}: {}",
                self.file.display(),
                self.field,
                self.message
            ),
        }
    }
}

/// Collects problems for one file and turns byte offsets into line numbers.
pub struct FileProblems<'a> {
    file: &'a Path,
    source: &'a str,
    problems: &'a mut Vec<Problem>,
}

impl<'a> FileProblems<'a> {
    /// Starts collecting problems for `file`, whose text is `source`.
    pub fn new(file: &'a Path, source: &'a str, problems: &'a mut Vec<Problem>) -> Self {
        FileProblems {
            file,
            source,
            problems,
        }
    }

    /// Records a problem at byte offset `at` (a span start from the TOML parser).
    pub fn at(&mut self, at: usize, field: impl Into<String>, message: impl Into<String>) {
        let line = line_of(self.source, at);
        self.problems.push(Problem {
            file: self.file.to_path_buf(),
            line: Some(line),
            field: field.into(),
            message: message.into(),
        });
    }

    /// Records a problem that concerns the file as a whole.
    pub fn whole(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.to_path_buf(),
            line: None,
            field: field.into(),
            message: message.into(),
        });
    }

    /// Records a TOML syntax or shape error (serde stops at the first one in a file).
    pub fn toml_error(&mut self, err: &toml::de::Error) {
        let field = field_in_message(err.message()).unwrap_or_else(|| "-".to_owned());
        let message = err.message().trim().replace('\n', " ");
        match err.span() {
            Some(span) => self.at(span.start, field, message),
            None => self.whole(field, message),
        }
    }
}

/// The 1-based line that byte offset `at` of `source` is on.
pub fn line_of(source: &str, at: usize) -> usize {
    let at = at.min(source.len());
    source.as_bytes()[..at]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Pulls the field name out of serde messages such as "unknown field `foo`, expected …".
fn field_in_message(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(message[start..start + len].to_owned())
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
    fn field_names_are_taken_from_serde_messages() {
        assert_eq!(
            field_in_message("unknown field `phone`, expected one of `a`").as_deref(),
            Some("phone")
        );
        assert_eq!(
            field_in_message("missing field `name`").as_deref(),
            Some("name")
        );
        assert_eq!(field_in_message("invalid type"), None);
    }
}
