//! The labelled example messages (`content/crisis-examples.tsv`) that the semantic crisis signal is
//! trained on. This module only reads and validates the file; training lives in [`crate::semantic`].

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::problem::{Message, Problem, msg};
use super::thesaurus::unknown_language;
use crate::lang::Lang;

/// The longest example accepted, in characters (the longest query the search accepts).
pub const MAX_EXAMPLE_CHARS: usize = 500;

/// Whether an example message comes from a person in crisis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Label {
    Crisis,
    None,
}

/// The kinds of example, so that editors keep every kind of crisis and every kind of look-alike covered.
pub const CRISIS_CLASSES: [&str; 6] = [
    "suicide-direct",
    "suicide-indirect",
    "overdose",
    "self-harm",
    "violence-now",
    "sexual-violence",
];
/// The kinds of non-crisis example.
pub const NONE_CLASSES: [&str; 4] = ["idiom", "topic", "stress", "need"];

/// One validated example message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Example {
    pub label: Label,
    pub class: String,
    pub lang: Lang,
    pub text: String,
}

const HEADER: [&str; 4] = ["label", "class", "lang", "text"];

/// Parses the examples file; every problem names the file, line and column.
pub fn parse(file: &Path, source: &str, problems: &mut Vec<Problem>) -> Vec<Example> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut header_seen = false;
    let mut problem = |line: usize, field: &str, message: Message| {
        problems.push(Problem {
            file: file.to_path_buf(),
            line: Some(line),
            column: None,
            field: field.to_owned(),
            message,
        })
    };
    for (i, line) in source.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if !header_seen {
            header_seen = true;
            if cols != HEADER {
                let header = HEADER.join("  ");
                problem(
                    n,
                    "-",
                    msg!(
                        "die erste Zeile muss die Kopfzeile `{header}` sein (durch Tabulatoren getrennt)",
                        "the first line must be the header `{header}` (tab-separated)"
                    ),
                );
            }
            continue;
        }
        let [label, class, lang, text] = cols.as_slice() else {
            let found = cols.len();
            problem(
                n,
                "-",
                msg!(
                    "erwartet: 4 durch Tabulatoren getrennte Spalten (label, class, lang, text), gefunden: {found}",
                    "expected 4 tab-separated columns (label, class, lang, text), found {found}"
                ),
            );
            continue;
        };
        let label = match *label {
            "crisis" => Label::Crisis,
            "none" => Label::None,
            other => {
                problem(
                    n,
                    "label",
                    msg!(
                        "`{other}` ist kein Label: bitte crisis oder none verwenden",
                        "`{other}` is not a label: use crisis or none"
                    ),
                );
                continue;
            }
        };
        let classes: &[&str] = match label {
            Label::Crisis => &CRISIS_CLASSES,
            Label::None => &NONE_CLASSES,
        };
        if !classes.contains(class) {
            let known = classes.join(", ");
            problem(
                n,
                "class",
                msg!(
                    "`{class}` ist keine Klasse für dieses Label: bitte eine von {known} verwenden",
                    "`{class}` is not a class for this label: use one of {known}"
                ),
            );
            continue;
        }
        let lang = match lang.parse::<Lang>() {
            Ok(lang) => lang,
            Err(_) => {
                problem(n, "lang", unknown_language(lang));
                continue;
            }
        };
        let text = text.trim();
        if text.is_empty() {
            problem(
                n,
                "text",
                msg!("die Nachricht ist leer", "the message is empty"),
            );
            continue;
        }
        if text.chars().count() > MAX_EXAMPLE_CHARS {
            problem(
                n,
                "text",
                msg!(
                    "länger als {MAX_EXAMPLE_CHARS} Zeichen",
                    "longer than {MAX_EXAMPLE_CHARS} characters"
                ),
            );
            continue;
        }
        if let Some(first) = seen.insert(text.to_lowercase(), n) {
            problem(
                n,
                "text",
                msg!(
                    "dieselbe Nachricht steht schon in Zeile {first}",
                    "the same message is already on line {first}"
                ),
            );
            continue;
        }
        out.push(Example {
            label,
            class: (*class).to_owned(),
            lang,
            text: text.to_owned(),
        });
    }
    if !header_seen {
        problems.push(Problem::whole(
            file,
            "-",
            msg!(
                "weder Kopfzeile noch Beispiele",
                "no header and no examples"
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(src: &str) -> (Vec<Example>, Vec<String>) {
        let mut problems = Vec::new();
        let got = parse(Path::new("crisis-examples.tsv"), src, &mut problems);
        let shown = problems
            .iter()
            .map(|p| p.in_lang(crate::content::Language::En).to_string())
            .collect();
        (got, shown)
    }

    #[test]
    fn valid_lines_become_examples() {
        let (got, problems) = run(
            "# comment\nlabel\tclass\tlang\ttext\ncrisis\tself-harm\tde\tich ritz mich\nnone\tidiom\ten\tmy laptop is dead\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].label, Label::Crisis);
        assert_eq!(got[1].lang, Lang::En);
    }

    #[test]
    fn every_broken_line_is_reported_with_line_and_field() {
        let (got, problems) = run(
            "label\tclass\tlang\ttext\nmaybe\tidiom\tde\tx\nnone\tself-harm\tde\tx\nnone\tidiom\txx\tx\nnone\tidiom\tde\t \nnone\tidiom\tde\n crisis\tovedose\tde\tq\nnone\tneed\tde\tTafel\nnone\tneed\ten\ttafel\n",
        );
        assert_eq!(got.len(), 1);
        let expected = [
            "crisis-examples.tsv:2: label:",
            "crisis-examples.tsv:3: class:",
            "crisis-examples.tsv:4: lang:",
            "crisis-examples.tsv:5: text:",
            "crisis-examples.tsv:6: -:",
            "crisis-examples.tsv:7: label:",
            "crisis-examples.tsv:9: text: the same message is already on line 8",
        ];
        assert_eq!(problems.len(), expected.len(), "{problems:#?}");
        for (p, e) in problems.iter().zip(expected) {
            assert!(p.starts_with(e), "{p} should start with {e}");
        }
    }

    #[test]
    fn a_wrong_header_is_reported() {
        let (_, problems) = run("text\tlabel\nnone\tneed\tde\tTafel\n");
        assert!(
            problems[0].starts_with("crisis-examples.tsv:1: -: the first line must be the header")
        );
    }
}
