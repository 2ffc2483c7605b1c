//! Content that is too large, not a regular file, unreadable, or broken in several ways at once: each case
//! is reported precisely (file, line, field; in German and English), and none can wedge or bloat the
//! server. Anything that could block runs under a timeout, so that a regression fails instead of hanging.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use lotse::content::{self, Problem, limits};
use lotse::index::IndexError;
use lotse::service::{Live, Reload};

use crate::content::{copy_dir, fixtures, list, lotse_check, set_age};

const TAFEL: &str = "offers/fx-tafel.toml";

/// A temporary copy of the valid fixture.
fn valid_content() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy_dir(&fixtures().join("valid"), dir.path());
    dir
}

/// Rewrites a file of `dir`, replacing each `(from, to)` (each must occur).
fn edit(dir: &Path, rel: &str, changes: &[(&str, &str)]) {
    let path = dir.join(rel);
    let mut text = fs::read_to_string(&path).expect("read the fixture");
    for (from, to) in changes {
        assert!(text.contains(from), "{rel} has no {from:?}");
        text = text.replacen(from, to, 1);
    }
    fs::write(&path, text).expect("write the fixture");
}

/// The 1-based line of `rel` that contains `needle`.
fn line_with(dir: &Path, rel: &str, needle: &str) -> usize {
    let text = fs::read_to_string(dir.join(rel)).expect("read the fixture");
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{rel} has no line with {needle:?}"))
        + 1
}

/// Runs `f` on a thread of its own and fails if it has not finished within `seconds`.
fn within<T: Send + 'static>(
    seconds: u64,
    what: &str,
    f: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(seconds))
        .unwrap_or_else(|_| panic!("{what} did not finish within {seconds} s: it blocks"))
}

fn load_within(dir: &Path) -> Result<content::Catalogue, Vec<Problem>> {
    let dir = dir.to_path_buf();
    within(20, "content::load", move || content::load(&dir))
}

fn fingerprint_within(dir: &Path) -> Result<String, content::FingerprintError> {
    let dir = dir.to_path_buf();
    within(20, "content::fingerprint", move || {
        content::fingerprint(&dir)
    })
}

fn problems_of(dir: &Path) -> Vec<Problem> {
    match load_within(dir) {
        Ok(c) => panic!("expected problems, but {} offers loaded", c.offers.len()),
        Err(problems) => problems,
    }
}

/// `(file, line, field)` of every problem, for comparing places.
fn places(problems: &[Problem]) -> Vec<(PathBuf, Option<usize>, String)> {
    problems
        .iter()
        .map(|p| (p.file.clone(), p.line, p.field.clone()))
        .collect()
}

fn place(file: &str, line: Option<usize>, field: &str) -> (PathBuf, Option<usize>, String) {
    (PathBuf::from(file), line, field.to_owned())
}

// ---------------------------------------------------------------------------------------------------
// Size limits
// ---------------------------------------------------------------------------------------------------

#[test]
fn a_huge_offer_file_is_refused_by_its_size_without_being_read() {
    let dir = valid_content();
    // A sparse file: 8 GiB to its metadata, nothing on disk. Reading it whole would take the memory.
    let huge = fs::File::create(dir.path().join("offers/riesig.toml")).expect("create");
    huge.set_len(8 << 30).expect("make it large");
    drop(huge);

    let problems = problems_of(dir.path());
    assert_eq!(
        places(&problems),
        [place("offers/riesig.toml", None, "-")],
        "{}",
        list(&problems)
    );
    let en = &problems[0].message.en;
    assert!(en.contains("8589934592 bytes"), "{en}");
    assert!(en.contains(&limits::MAX_OFFER_BYTES.to_string()), "{en}");
    assert!(problems[0].message.de.contains("zu groß"));
    fingerprint_within(dir.path()).expect("the fingerprint does not read it either");
}

#[test]
fn an_offer_file_at_its_size_limit_is_read_and_one_byte_more_is_refused() {
    let dir = valid_content();
    let path = dir.path().join(TAFEL);
    let mut text = fs::read_to_string(&path).expect("read the fixture");
    // Pad with a comment: still a valid offer, exactly at the limit.
    let limit = usize::try_from(limits::MAX_OFFER_BYTES).expect("a small limit");
    text.push('#');
    text.push_str(&"x".repeat(limit - text.len() - 1));
    text.push('\n');
    fs::write(&path, &text).expect("write");
    load_within(dir.path()).unwrap_or_else(|p| panic!("at the limit:\n{}", list(&p)));

    text.insert(0, '\n');
    fs::write(&path, &text).expect("write");
    let problems = problems_of(dir.path());
    assert_eq!(
        places(&problems),
        [place(TAFEL, None, "-")],
        "{}",
        list(&problems)
    );
}

#[test]
fn a_too_long_text_field_is_reported_with_its_file_line_and_field() {
    let dir = valid_content();
    let name = "N".repeat(limits::MAX_NAME_CHARS + 1);
    let description = "D".repeat(limits::MAX_DESCRIPTION_CHARS + 1);
    edit(
        dir.path(),
        TAFEL,
        &[
            ("name = \"Testtafel\"", &format!("name = \"{name}\"")),
            (
                "description = \"Volunteers hand out food every week to households with little money.\"",
                &format!("description = \"{description}\""),
            ),
        ],
    );
    let problems = problems_of(dir.path());
    let line = line_with(dir.path(), TAFEL, "DDDD");
    assert_eq!(
        places(&problems),
        [
            place(TAFEL, Some(1), "name"),
            place(TAFEL, Some(line), "i18n.en.description"),
        ],
        "one problem per field, no follow-ups:\n{}",
        list(&problems)
    );
    assert!(
        problems[0].message.en.contains("301 characters"),
        "{}",
        problems[0]
    );
}

#[test]
fn the_content_folder_as_a_whole_has_a_size_limit() {
    let dir = valid_content();
    // Many files each within its own limit, but together over the total (sparse: nothing on disk).
    let each = limits::MAX_OFFER_BYTES - 1;
    let count = limits::MAX_TOTAL_BYTES / each + 1;
    for i in 0..count {
        let f = fs::File::create(dir.path().join(format!("offers/viel-{i}.toml"))).expect("create");
        f.set_len(each).expect("size");
    }
    let problems = problems_of(dir.path());
    assert_eq!(
        places(&problems),
        [place(".", None, "-")],
        "one problem, and no file read:\n{}",
        list(&problems)
    );
    assert!(problems[0].message.en.contains("bytes together"));
    fingerprint_within(dir.path()).expect("a fingerprint");
}

// ---------------------------------------------------------------------------------------------------
// Only regular files
// ---------------------------------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn a_fifo_among_the_offers_is_reported_and_never_blocks_loading_or_the_fingerprint() {
    let dir = valid_content();
    let before = fingerprint_within(dir.path()).expect("a fingerprint");
    let fifo = dir.path().join("offers/sub/pipe.toml");
    let status = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo failed");

    let after = fingerprint_within(dir.path()).expect("a fingerprint despite the FIFO");
    assert_ne!(
        after, before,
        "the FIFO changes the fingerprint, so it gets reported"
    );
    let problems = problems_of(dir.path());
    assert_eq!(
        places(&problems),
        [place("offers/sub/pipe.toml", None, "-")],
        "{}",
        list(&problems)
    );
    assert!(problems[0].message.en.contains("not a regular file"));
    assert!(problems[0].message.de.contains("FIFO"));
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_to_a_regular_file_is_followed() {
    let dir = valid_content();
    let target = dir.path().join("fx-extra.toml.txt");
    fs::rename(dir.path().join(TAFEL), &target).expect("move the offer away");
    std::os::unix::fs::symlink(&target, dir.path().join(TAFEL)).expect("link it back");
    let catalogue = load_within(dir.path()).unwrap_or_else(|p| panic!("{}", list(&p)));
    assert!(catalogue.offer("fx-tafel").is_some());
}

// ---------------------------------------------------------------------------------------------------
// Unreadable files: named, and reported once
// ---------------------------------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_named_by_the_fingerprint_and_reported_once_by_reload() {
    let dir = valid_content();
    let index = tempfile::tempdir().expect("a temporary folder");
    let live = Live::start(dir.path(), index.path()).expect("the fixture indexes");
    // A link to itself cannot be read, not even by root.
    let looped = dir.path().join("offers/schleife.toml");
    let make_loop = || std::os::unix::fs::symlink("schleife.toml", &looped).expect("a loop");

    make_loop();
    let err = fingerprint_within(dir.path()).expect_err("unreadable");
    assert_eq!(err.file, Path::new("offers/schleife.toml"));
    let shown = err.to_string();
    assert!(
        shown.contains("content file offers/schleife.toml") && !shown.contains("index folder"),
        "{shown}"
    );

    match live.reload() {
        Reload::Kept(IndexError::Fingerprint(e)) => assert_eq!(e.file, err.file),
        other => panic!("expected the fingerprint error, got {other:?}"),
    }
    for _ in 0..3 {
        let again = live.reload();
        assert!(
            matches!(again, Reload::Unchanged),
            "reported again: {again:?}"
        );
    }

    // Repaired and broken again: that is news, and is reported again.
    fs::remove_file(&looped).expect("remove the loop");
    assert!(matches!(live.reload(), Reload::Unchanged));
    make_loop();
    assert!(matches!(
        live.reload(),
        Reload::Kept(IndexError::Fingerprint(_))
    ));
}

// ---------------------------------------------------------------------------------------------------
// Precise problem reports
// ---------------------------------------------------------------------------------------------------

#[test]
fn a_duplicate_id_is_blamed_on_the_newer_copy_even_when_it_sorts_first() {
    let dir = valid_content();
    copy_dir(&fixtures().join("broken/duplicate-id"), dir.path());
    // `a/` sorts first but was added later.
    set_age(&dir.path().join("offers/b/fx-doppelt.toml"), 3600);
    set_age(&dir.path().join("offers/a/fx-doppelt.toml"), 60);
    let problems = problems_of(dir.path());
    assert_eq!(
        places(&problems),
        [place("offers/a/fx-doppelt.toml", None, "id")],
        "{}",
        list(&problems)
    );
    assert!(problems[0].message.en.contains("offers/b/fx-doppelt.toml"));
    assert!(problems[0].message.de.contains("offers/b/fx-doppelt.toml"));
}

#[test]
fn invalid_utf8_is_reported_at_its_line_and_column() {
    let dir = valid_content();
    let path = dir.path().join(TAFEL);
    let text = fs::read(&path).expect("read");
    // Line 2 becomes `provider = "Gr?e"` with a Latin-1 `ü` (one byte, not UTF-8) as its 15th character.
    let mut bytes = b"name = \"Testtafel\"\nprovider = \"Gr".to_vec();
    bytes.extend_from_slice(b"\xfc\xdfe\"\n");
    let rest = text
        .split(|b| *b == b'\n')
        .skip(2)
        .collect::<Vec<_>>()
        .join(&b'\n');
    bytes.extend_from_slice(&rest);
    fs::write(&path, bytes).expect("write");

    let problems = problems_of(dir.path());
    assert_eq!(
        places(&problems),
        [place(TAFEL, Some(2), "-")],
        "{}",
        list(&problems)
    );
    assert_eq!(problems[0].column, Some(15), "{}", problems[0]);
    assert!(problems[0].message.de.contains("UTF-8"));
    assert!(
        problems[0]
            .to_string()
            .starts_with("offers/fx-tafel.toml:2:15: -: ")
    );
}

#[test]
fn a_syntax_error_names_the_key_on_its_line_and_says_it_plainly() {
    let dir = valid_content();
    edit(
        dir.path(),
        TAFEL,
        &[(
            "email = \"info@testtafel.example\"",
            "email = \"info@testtafel.example",
        )],
    );
    let problems = problems_of(dir.path());
    let line = line_with(dir.path(), TAFEL, "email = ");
    assert_eq!(
        places(&problems),
        [place(TAFEL, Some(line), "contact.email")],
        "{}",
        list(&problems)
    );
    let p = &problems[0];
    assert!(p.column.is_some());
    assert!(p.message.de.starts_with("TOML-Syntaxfehler"), "{p}");
    assert!(p.message.en.starts_with("TOML syntax error"), "{p}");
    assert!(!p.to_string().contains('\n'), "one line: {p}");

    // A line without a key: no field to name.
    let dir = valid_content();
    edit(dir.path(), TAFEL, &[("[hours]", "[hours]\n]]] = =")]);
    let problems = problems_of(dir.path());
    let line = line_with(dir.path(), TAFEL, "]]]");
    assert_eq!(
        places(&problems),
        [place(TAFEL, Some(line), "-")],
        "{}",
        list(&problems)
    );
}

#[test]
fn every_shape_problem_of_an_offer_is_reported_each_at_its_own_line_and_field() {
    let dir = valid_content();
    edit(
        dir.path(),
        TAFEL,
        &[
            // missing field
            (
                "summary = \"Lebensmittel einmal pro Woche für Haushalte mit wenig Geld.\"\n",
                "",
            ),
            // bad value (found by the validation, next to the shape problems)
            ("status = \"active\"", "status = \"offen\""),
            // wrong type
            ("cost = \"1 Euro pro Einkauf\"", "cost = 1"),
            // unknown field
            ("[address]", "[address]\nhausnummer = \"1\""),
            // wrong type inside a table, and a bad value after it
            (
                "phones = [{ number = \"02196 123456\" }]",
                "phones = \"02196 123456\"",
            ),
            ("opens = \"10:00\"", "opens = \"10 Uhr\""),
        ],
    );
    let problems = problems_of(dir.path());
    let at = |needle| Some(line_with(dir.path(), TAFEL, needle));
    let mut got = places(&problems);
    got.sort();
    let mut expected = vec![
        place(TAFEL, Some(1), "summary"),
        place(TAFEL, at("status = "), "status"),
        place(TAFEL, at("cost = "), "cost"),
        place(TAFEL, at("hausnummer"), "address.hausnummer"),
        place(TAFEL, at("phones = "), "contact.phones"),
        place(TAFEL, at("opens = "), "hours.slots[0].opens"),
    ];
    expected.sort();
    assert_eq!(got, expected, "{}", list(&problems));
    let en: String = problems
        .iter()
        .map(|p| format!("{}\n", p.message.en))
        .collect();
    for says in [
        "missing field `summary`",
        "unknown field `hausnummer`",
        "expected text in quotes",
        "offen",
    ] {
        assert!(en.contains(says), "no {says:?} in:\n{en}");
    }
}

// ---------------------------------------------------------------------------------------------------
// Two languages
// ---------------------------------------------------------------------------------------------------

#[test]
fn lotse_check_reports_limits_and_speaks_german_by_default_and_english_on_request() {
    let dir = valid_content();
    let name = "N".repeat(limits::MAX_NAME_CHARS + 1);
    edit(
        dir.path(),
        TAFEL,
        &[
            ("name = \"Testtafel\"", &format!("name = \"{name}\"")),
            ("[address]", "[address]\nhausnummer = \"1\""),
        ],
    );
    let prefix = format!("{}/{TAFEL}:1: name: ", dir.path().display());

    let (code, german) = lotse_check(dir.path(), &[]);
    assert_eq!(code, Some(1), "{german}");
    assert!(
        german
            .lines()
            .any(|l| l.starts_with(&prefix) && l.contains("Zeichen")),
        "{german}"
    );
    assert!(german.contains("unbekanntes Feld `hausnummer`"), "{german}");
    assert!(german.contains("2 Problem(e) gefunden"), "{german}");
    assert!(!german.contains("unknown field"), "{german}");

    let (code, english) = lotse_check(dir.path(), &["--lang", "en"]);
    assert_eq!(code, Some(1), "{english}");
    assert!(
        english
            .lines()
            .any(|l| l.starts_with(&prefix) && l.contains("characters")),
        "{english}"
    );
    assert!(english.contains("unknown field `hausnummer`"), "{english}");
    assert!(english.contains("2 problem(s) found"), "{english}");
}
