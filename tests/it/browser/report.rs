//! Failures of one check, collected over all pages and viewports before the test fails, printed as a
//! to-do list: grouped by what is wrong, each group with its count and first examples; the whole list
//! goes to `target/browser-report/<check>.txt`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

/// How many examples of one kind of failure the panic message shows.
const EXAMPLES: usize = 6;

pub struct Failure {
    /// What is wrong, the same words for the same fault (the group key).
    pub what: String,
    /// Where: the page's path.
    pub page: String,
    /// At which viewport (`390px`, `320px@200%`, …), or `-`.
    pub viewport: String,
    /// The element and the measured value.
    pub detail: String,
}

pub struct Report {
    check: &'static str,
    failures: Vec<Failure>,
    /// Pages or elements looked at, so that "0 failures" can be told from "nothing checked".
    pub checked: usize,
}

impl Report {
    pub fn new(check: &'static str) -> Report {
        Report {
            check,
            failures: Vec::new(),
            checked: 0,
        }
    }

    pub fn fail(
        &mut self,
        what: impl Into<String>,
        page: impl Into<String>,
        viewport: impl Into<String>,
        detail: impl Into<String>,
    ) {
        self.failures.push(Failure {
            what: what.into(),
            page: page.into(),
            viewport: viewport.into(),
            detail: detail.into(),
        });
    }

    /// Writes the full list and panics with the summary if anything failed (or nothing was checked).
    pub fn finish(self) {
        let path = report_dir().join(format!("{}.txt", self.check));
        let mut full = String::new();
        for f in &self.failures {
            let _ = writeln!(full, "{}\t{}\t{}\t{}", f.what, f.page, f.viewport, f.detail);
        }
        let written = std::fs::create_dir_all(report_dir())
            .and_then(|()| std::fs::write(&path, &full))
            .is_ok();
        if self.checked == 0 {
            panic!(
                "{}: nothing was checked (no page or element found)",
                self.check
            );
        }
        if self.failures.is_empty() {
            println!("{}: {} checked, no failures", self.check, self.checked);
            return;
        }
        let mut groups: BTreeMap<&str, Vec<&Failure>> = BTreeMap::new();
        for f in &self.failures {
            groups.entry(f.what.as_str()).or_default().push(f);
        }
        let mut text = format!(
            "{}: {} failures of {} kinds ({} checked)",
            self.check,
            self.failures.len(),
            groups.len(),
            self.checked
        );
        if written {
            let _ = write!(text, "; full list: {}", path.display());
        }
        text.push('\n');
        for (what, list) in &groups {
            let _ = writeln!(text, "  [{}×] {what}", list.len());
            for f in list.iter().take(EXAMPLES) {
                let _ = writeln!(text, "      {} @ {}: {}", f.page, f.viewport, f.detail);
            }
            if list.len() > EXAMPLES {
                let _ = writeln!(text, "      … and {} more", list.len() - EXAMPLES);
            }
        }
        panic!("{text}");
    }
}

/// `target/` (or `$CARGO_TARGET_DIR`), where reports and screenshots go.
pub fn target_dir() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => manifest.join(dir),
        None => manifest.join("target"),
    }
}

fn report_dir() -> PathBuf {
    target_dir().join("browser-report")
}
