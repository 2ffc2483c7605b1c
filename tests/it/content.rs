//! Content loading (`content::load`), the `lotse check` command, and how the index reacts to content
//! changes: broken content never replaces a working generation.
//!
//! Fixtures live in `tests/fixtures/`: `valid/` is a complete minimal content folder, and each
//! `broken/<kind>/` holds only the files that differ from it. A test copies `valid/` into a temporary
//! folder and lays the broken files over it (see `tests/fixtures/README.md`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use lotse::content::{self, Problem};
use lotse::index::{self, IndexError, Outcome};
use lotse::lang::Lang;
use lotse::search::{Engine, SearchRequest};

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

pub(crate) fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn bundled_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
    for entry in fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.expect("a directory entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap_or_else(|e| {
                panic!("{} → {}: {e}", entry.path().display(), target.display())
            });
        }
    }
}

/// Lays the files of `broken/<kind>/` over a content folder.
fn overlay(dir: &Path, kind: &str) {
    let from = fixtures().join("broken").join(kind);
    assert!(from.is_dir(), "no fixture folder {}", from.display());
    copy_dir(&from, dir);
}

/// A temporary content folder: the valid fixture with the given broken fixtures laid over it.
fn content_with(kinds: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy_dir(&fixtures().join("valid"), dir.path());
    for kind in kinds {
        overlay(dir.path(), kind);
    }
    if kinds.contains(&"duplicate-id") {
        // The copy is told by its modification time, which copying sets at random: `b/` is the copy.
        set_age(&dir.path().join("offers/a/fx-doppelt.toml"), 3600);
        set_age(&dir.path().join("offers/b/fx-doppelt.toml"), 60);
    }
    dir
}

/// Sets a file's modification time to `seconds` ago.
pub(crate) fn set_age(path: &Path, seconds: u64) {
    let when = std::time::SystemTime::now() - std::time::Duration::from_secs(seconds);
    fs::File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(when))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn problems_of(dir: &Path) -> Vec<Problem> {
    match content::load(dir) {
        Ok(catalogue) => panic!(
            "expected problems, but the content loaded ({} offers)",
            catalogue.offers.len()
        ),
        Err(problems) => problems,
    }
}

pub(crate) fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {p}\n"))
        .collect::<String>()
}

/// What one broken fixture must be reported as.
struct Expected {
    kind: &'static str,
    /// The file, relative to the content folder.
    file: &'static str,
    /// The text on the faulty line (the line number is looked up in the fixture, so fixtures can be
    /// edited); `None` for a problem of the whole file.
    line_with: Option<&'static str>,
    field: &'static str,
    /// Something the message must say (usually the faulty value).
    says: &'static str,
}

const EXPECTED: &[Expected] = &[
    Expected {
        kind: "unknown-field",
        file: "offers/unknown-field.toml",
        line_with: Some("phone = "),
        field: "phone",
        says: "unknown field",
    },
    Expected {
        kind: "unknown-category",
        file: "offers/unknown-category.toml",
        line_with: Some("\"food-banks\""),
        field: "categories[1]",
        says: "food-banks",
    },
    Expected {
        kind: "bad-phone",
        file: "offers/bad-phone.toml",
        line_with: Some("oder 111333"),
        field: "contact.phones[0].number",
        says: "02196 111222 oder 111333",
    },
    Expected {
        kind: "bad-email",
        file: "offers/bad-email.toml",
        line_with: Some("info at test.example"),
        field: "contact.email",
        says: "info at test.example",
    },
    Expected {
        kind: "bad-url",
        file: "offers/bad-url.toml",
        line_with: Some("www.test.example"),
        field: "contact.website",
        says: "www.test.example",
    },
    Expected {
        kind: "bad-time",
        file: "offers/bad-time.toml",
        line_with: Some("11 Uhr"),
        field: "hours.slots[0].closes",
        says: "11 Uhr",
    },
    Expected {
        kind: "duplicate-id",
        file: "offers/b/fx-doppelt.toml",
        line_with: None,
        field: "id",
        says: "offers/a/fx-doppelt.toml",
    },
    Expected {
        kind: "missing-field",
        // A missing key has no line of its own: the problem points at the top of the file.
        file: "offers/missing-field.toml",
        line_with: Some("name = "),
        field: "summary",
        says: "missing field",
    },
    Expected {
        kind: "unknown-language",
        file: "offers/unknown-language.toml",
        line_with: Some("[i18n.xx]"),
        field: "i18n.xx",
        says: "unknown language `xx`",
    },
    Expected {
        kind: "bad-date",
        file: "offers/bad-date.toml",
        line_with: Some("2026-02-30"),
        field: "verification.checked",
        says: "2026-02-30",
    },
    Expected {
        kind: "site-crisis-line",
        file: "site.toml",
        line_with: Some("\"fx-tafel\""),
        field: "crisis_lines[0]",
        says: "crisis_line = true",
    },
    Expected {
        kind: "site-default-language",
        file: "site.toml",
        line_with: Some("default_language = "),
        field: "default_language",
        says: "`de` fehlt in `languages`",
    },
    Expected {
        kind: "unknown-wheelchair",
        file: "offers/unknown-wheelchair.toml",
        line_with: Some("wheelchair = "),
        field: "wheelchair",
        says: "mit Hilfe",
    },
];

impl Expected {
    fn get(kind: &str) -> &'static Expected {
        EXPECTED
            .iter()
            .find(|e| e.kind == kind)
            .unwrap_or_else(|| panic!("no expectation for {kind}"))
    }

    /// The 1-based line of the fixture file holding `line_with`.
    fn line(&self) -> Option<usize> {
        let needle = self.line_with?;
        let path = fixtures().join("broken").join(self.kind).join(self.file);
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let line = text
            .lines()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{} has no line with {needle:?}", path.display()));
        Some(line + 1)
    }

    /// The start of the problem's `Display` form: `file:line: field: ` (or `file: field: `).
    fn prefix(&self) -> String {
        match self.line() {
            Some(line) => format!("{}:{line}: {}: ", self.file, self.field),
            None => format!("{}: {}: ", self.file, self.field),
        }
    }

    /// `true` if `p` is this problem, judged by its printed form (what editors read).
    fn matches(&self, p: &Problem) -> bool {
        let shown = p.to_string();
        shown.starts_with(&self.prefix()) && shown.contains(self.says)
    }
}

/// Loads the valid fixture with one broken fixture over it and checks that exactly the expected problem
/// is reported, with its file, line and field.
fn only_problem(kind: &str) {
    let expected = Expected::get(kind);
    let dir = content_with(&[kind]);
    let problems = problems_of(dir.path());
    assert_eq!(
        problems.len(),
        1,
        "{kind}: expected exactly one problem, got:\n{}",
        list(&problems)
    );
    let p = &problems[0];
    assert_eq!(p.file, Path::new(expected.file), "{kind}: file of {p}");
    assert_eq!(p.line, expected.line(), "{kind}: line of {p}");
    assert_eq!(p.field, expected.field, "{kind}: field of {p}");
    assert!(
        expected.matches(p),
        "{kind}: `{p}` should start with `{}` and say `{}`",
        expected.prefix(),
        expected.says
    );
}

// ---------------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------------

#[test]
fn the_valid_fixture_loads_with_offers_from_sub_folders() {
    let catalogue = content::load(&fixtures().join("valid"))
        .unwrap_or_else(|p| panic!("the valid fixture has problems:\n{}", list(&p)));
    let ids: Vec<&str> = catalogue.offers.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "fx-krisentelefon",
            "fx-mittagstisch",
            "fx-schuldnerberatung",
            "fx-tafel"
        ]
    );
    let tafel = catalogue.offer("fx-tafel").expect("fx-tafel");
    assert_eq!(tafel.contact.phones[0].tel, "+492196123456");
    assert_eq!(tafel.texts(Lang::En).name, "Test food bank");
}

#[test]
fn a_site_leading_with_an_offer_that_is_no_crisis_line_is_reported() {
    only_problem("site-crisis-line");
}

#[test]
fn a_site_whose_default_language_it_does_not_offer_is_reported() {
    only_problem("site-default-language");
}

#[test]
fn content_without_a_site_file_is_reported() {
    let dir = content_with(&[]);
    fs::remove_file(dir.path().join("site.toml")).expect("remove site.toml");
    let problems = problems_of(dir.path());
    assert_eq!(problems.len(), 1, "{}", list(&problems));
    assert_eq!(problems[0].file, Path::new("site.toml"));
    assert!(
        problems[0].to_string().contains("die Datei fehlt"),
        "{}",
        problems[0]
    );
}

#[test]
fn an_unknown_field_is_reported_with_its_file_line_and_name() {
    only_problem("unknown-field");
}

#[test]
fn an_unknown_category_is_reported_with_its_file_line_and_index() {
    only_problem("unknown-category");
}

#[test]
fn an_unknown_wheelchair_value_is_reported_with_its_file_line_and_field() {
    only_problem("unknown-wheelchair");
}

#[test]
fn a_malformed_phone_number_is_reported_with_its_file_line_and_field() {
    only_problem("bad-phone");
}

#[test]
fn a_malformed_email_address_is_reported_with_its_file_line_and_field() {
    only_problem("bad-email");
}

#[test]
fn a_malformed_web_address_is_reported_with_its_file_line_and_field() {
    only_problem("bad-url");
}

#[test]
fn a_malformed_time_is_reported_with_its_file_line_and_field() {
    only_problem("bad-time");
}

#[test]
fn two_offer_files_with_the_same_name_in_different_folders_are_a_duplicate_id() {
    only_problem("duplicate-id");
}

#[test]
fn a_missing_required_field_is_reported_with_its_file_and_name() {
    only_problem("missing-field");
}

#[test]
fn an_unknown_translation_language_is_reported_with_its_file_line_and_tag() {
    only_problem("unknown-language");
}

#[test]
fn an_impossible_date_is_reported_with_its_file_line_and_field() {
    only_problem("bad-date");
}

#[test]
fn a_category_without_offers_is_reported_against_the_taxonomy() {
    let dir = content_with(&[]);
    fs::remove_file(dir.path().join("offers/fx-schuldnerberatung.toml")).expect("remove an offer");
    let problems = problems_of(dir.path());
    assert!(
        problems.iter().any(|p| p.file == Path::new("taxonomy.toml")
            && p.field == "categories.debt-counselling"
            && p.message.en.contains("no offer")),
        "expected the empty category debt-counselling to be reported:\n{}",
        list(&problems)
    );
}

#[test]
fn every_problem_in_every_file_is_reported_in_one_run() {
    // The two broken sites are the same file: the one laid over last is the one read.
    let kinds: Vec<&str> = EXPECTED
        .iter()
        .map(|e| e.kind)
        .filter(|k| *k != "site-crisis-line")
        .collect();
    let mut all = kinds.clone();
    all.push("several");
    let dir = content_with(&all);
    let problems = problems_of(dir.path());

    let mut missing = Vec::new();
    for kind in &kinds {
        let expected = Expected::get(kind);
        if !problems.iter().any(|p| expected.matches(p)) {
            missing.push(format!("{kind} ({}…)", expected.prefix()));
        }
    }
    // `several/` has four problems in one offer file and one in the thesaurus.
    let several: &[(&str, Option<usize>, &str)] = &[
        ("thesaurus.toml", Some(7), "categories.food-banks"),
        ("offers/several-problems.toml", Some(4), "categories[1]"),
        ("offers/several-problems.toml", Some(11), "contact.email"),
        (
            "offers/several-problems.toml",
            Some(12),
            "contact.phones[1].number",
        ),
        (
            "offers/several-problems.toml",
            Some(17),
            "hours.slots[0].opens",
        ),
        (
            "offers/several-problems.toml",
            Some(23),
            "verification.sources[0].date",
        ),
    ];
    for (file, line, field) in several {
        if !problems
            .iter()
            .any(|p| p.file == Path::new(file) && p.line == *line && p.field == *field)
        {
            missing.push(format!("{file}:{line:?}: {field}"));
        }
    }
    assert!(
        missing.is_empty(),
        "not reported: {missing:#?}\nreported:\n{}",
        list(&problems)
    );
    assert_eq!(
        problems.len(),
        kinds.len() + several.len(),
        "one problem per mistake, no more:\n{}",
        list(&problems)
    );
}

#[test]
fn the_bundled_content_loads_complete_translated_and_sourced() {
    let dir = bundled_content();
    let catalogue = content::load(&dir)
        .unwrap_or_else(|p| panic!("the bundled content has problems:\n{}", list(&p)));

    let mut files = 0;
    let mut stack = vec![dir.join("offers")];
    while let Some(folder) = stack.pop() {
        for entry in fs::read_dir(&folder).expect("the offers folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                files += 1;
            }
        }
    }
    assert_eq!(
        catalogue.offers.len(),
        files,
        "every offer file is an offer"
    );

    for cat in &catalogue.taxonomy.categories {
        assert!(
            !catalogue.offers_in(&cat.id).is_empty(),
            "category {} has no offer",
            cat.id
        );
    }
    for offer in &catalogue.offers {
        let missing: Vec<Lang> = Lang::TRANSLATIONS
            .into_iter()
            .filter(|l| !offer.translations.contains_key(l))
            .collect();
        assert!(
            missing.is_empty(),
            "{} lacks translations {missing:?}",
            offer.id
        );
        assert!(
            !offer.verification.sources.is_empty(),
            "{} has no source",
            offer.id
        );
    }
}

// ---------------------------------------------------------------------------------------------------
// `lotse check`
// ---------------------------------------------------------------------------------------------------

/// Runs `lotse check` on `content` with `args`: its exit code and standard output.
pub(crate) fn lotse_check(content: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lotse"))
        .arg("check")
        .arg("--content")
        .arg(content)
        .args(args)
        .env_remove("LOTSE_CONTENT")
        .env("LOTSE_LOG", "warn")
        .output()
        .expect("run lotse check");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn lotse_check_exits_1_and_prints_file_and_line_for_broken_content() {
    let dir = content_with(&["bad-phone", "bad-time"]);
    let (code, stdout) = lotse_check(dir.path(), &[]);
    assert_eq!(code, Some(1), "stdout:\n{stdout}");
    for kind in ["bad-phone", "bad-time"] {
        let expected = Expected::get(kind);
        let shown = format!("{}/{}", dir.path().display(), expected.prefix());
        assert!(
            stdout.lines().any(|l| l.starts_with(&shown)),
            "no line starting with {shown:?} in:\n{stdout}"
        );
    }
    assert!(
        stdout.contains("2 Problem(e) gefunden"),
        "stdout:\n{stdout}"
    );
}

#[test]
fn lotse_check_exits_0_on_the_bundled_content() {
    let (code, stdout) = lotse_check(&bundled_content(), &[]);
    assert_eq!(code, Some(0), "stdout:\n{stdout}");
    assert!(stdout.starts_with("ok:"), "stdout:\n{stdout}");
}

// ---------------------------------------------------------------------------------------------------
// Index generations
// ---------------------------------------------------------------------------------------------------

fn generations(index_root: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(index_root)
        .expect("the index folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.starts_with("gen-") || n.starts_with(".tmp-"))
        .collect();
    names.sort();
    names
}

#[test]
fn broken_content_keeps_the_previous_index_generation_and_its_catalogue() {
    let content = content_with(&[]);
    let index_root = tempfile::tempdir().expect("a temporary folder");

    let first = index::ensure(content.path(), index_root.path()).expect("valid content indexes");
    assert!(matches!(first, Outcome::Built(_)), "{first:?}");
    let old_catalogue = index::open(index_root.path())
        .expect("the new generation opens")
        .catalogue;

    overlay(content.path(), "bad-phone");
    match index::ensure(content.path(), index_root.path()) {
        Err(IndexError::Content(problems)) => assert!(
            problems
                .iter()
                .any(|p| p.file == Path::new("offers/bad-phone.toml")),
            "{}",
            list(&problems)
        ),
        other => panic!("expected IndexError::Content, got {other:?}"),
    }

    let generation = index::open(index_root.path()).expect("the old generation still opens");
    assert_eq!(generation.fingerprint, first.fingerprint());
    assert_eq!(generation.catalogue, old_catalogue);
    assert!(generation.catalogue.offer("bad-phone").is_none());
    assert_eq!(
        generations(index_root.path()),
        [format!("gen-{}", first.fingerprint())],
        "no half-built generation is left behind"
    );
    // The old generation still answers searches.
    let engine = Engine::new(generation);
    let req = SearchRequest::new("Testtafel", Lang::De, 5).expect("a valid request");
    let answer = engine.search(&req);
    assert_eq!(
        answer.hits.first().map(|h| h.offer_id.as_str()),
        Some("fx-tafel")
    );

    // Repairing the content brings back the same content, so the index is up to date again.
    fs::remove_file(content.path().join("offers/bad-phone.toml")).expect("remove the broken file");
    let repaired = index::ensure(content.path(), index_root.path()).expect("valid again");
    assert_eq!(repaired, Outcome::UpToDate(first.fingerprint().to_owned()));
}

#[test]
fn changed_valid_content_builds_a_new_generation_and_unchanged_content_is_up_to_date() {
    let content = content_with(&[]);
    let index_root = tempfile::tempdir().expect("a temporary folder");
    let first = index::ensure(content.path(), index_root.path()).expect("valid content indexes");
    assert!(matches!(first, Outcome::Built(_)), "{first:?}");

    let again = index::ensure(content.path(), index_root.path()).expect("still valid");
    assert_eq!(again, Outcome::UpToDate(first.fingerprint().to_owned()));

    let file = content.path().join("offers/fx-schuldnerberatung.toml");
    let text = fs::read_to_string(&file).expect("read the offer");
    let changed = text.replace(
        "summary = \"Beratung bei Schulden und Privatinsolvenz.\"",
        "summary = \"Beratung bei Schulden, Mahnungen und Privatinsolvenz.\"",
    );
    assert_ne!(changed, text, "the fixture's summary changed");
    fs::write(&file, changed).expect("write the offer");

    let second = index::ensure(content.path(), index_root.path()).expect("valid content indexes");
    assert!(matches!(second, Outcome::Built(_)), "{second:?}");
    assert_ne!(second.fingerprint(), first.fingerprint());
    let generation = index::open(index_root.path()).expect("the new generation opens");
    assert_eq!(generation.fingerprint, second.fingerprint());
    assert_eq!(
        generation
            .catalogue
            .offer("fx-schuldnerberatung")
            .map(|o| o.summary.as_str()),
        Some("Beratung bei Schulden, Mahnungen und Privatinsolvenz.")
    );

    let third = index::ensure(content.path(), index_root.path()).expect("still valid");
    assert_eq!(third, Outcome::UpToDate(second.fingerprint().to_owned()));
}
