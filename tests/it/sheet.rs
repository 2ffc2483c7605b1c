//! The editors' spreadsheet against the bundled content: export and import are the identity, one
//! edited cell changes one field of one file, broken sheets are reported by row and column and change
//! nothing, and an imported edit reaches the served page.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use lotse::content::{Language, Problem};
use lotse::export::sheet;

/// A copy of the bundled content folder.
fn content_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    copy_dir(&from, &dir.path().join("content"));
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().to_path_buf();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

/// The exported sheet as header and rows of cells.
struct Sheet {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Sheet {
    fn export(content: &Path) -> Sheet {
        let (bytes, _) = sheet::export(content).expect("the bundled content exports");
        assert!(bytes.starts_with(sheet::BOM));
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(sheet::DELIMITER)
            .has_headers(false)
            .from_reader(&bytes[sheet::BOM.len()..]);
        let mut records = reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>());
        let header = records.next().unwrap();
        Sheet {
            header,
            rows: records.collect(),
        }
    }

    fn column(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    }

    /// The 1-based sheet row of an offer (the header is row 1).
    fn row_of(&self, id: &str) -> usize {
        self.rows.iter().position(|r| r[0] == id).unwrap() + 2
    }

    fn get(&self, id: &str, column: &str) -> &str {
        let c = self.column(column);
        &self.rows[self.row_of(id) - 2][c]
    }

    fn set(&mut self, id: &str, column: &str, value: &str) {
        let c = self.column(column);
        let r = self.row_of(id) - 2;
        self.rows[r][c] = value.to_owned();
    }

    fn bytes(&self) -> Vec<u8> {
        let mut out = csv::WriterBuilder::new()
            .delimiter(sheet::DELIMITER)
            .flexible(true)
            .from_writer(sheet::BOM.to_vec());
        out.write_record(&self.header).unwrap();
        for row in &self.rows {
            out.write_record(row).unwrap();
        }
        out.into_inner().unwrap()
    }

    fn write(&self, path: &Path) {
        std::fs::write(path, self.bytes()).unwrap();
    }
}

/// The spreadsheet letter of a 0-based column.
fn letter(index: usize) -> String {
    let (mut n, mut out) = (index + 1, Vec::new());
    while n > 0 {
        out.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap()
}

fn read(content: &Path, id: &str) -> String {
    std::fs::read_to_string(content.join("offers").join(format!("{id}.toml"))).unwrap()
}

/// Replaces `from` (which must occur exactly once) by `to`.
fn replaced(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "`{from}` once in the file");
    text.replacen(from, to, 1)
}

#[test]
fn export_then_import_changes_no_byte_of_any_bundled_file() {
    let dir = content_copy();
    let content = dir.path().join("content");
    let before = snapshot(&content);
    let offers = before
        .keys()
        .filter(|p| p.starts_with("offers") && p.extension().is_some_and(|e| e == "toml"))
        .count();
    let path = dir.path().join("offers.csv");
    let rows = sheet::export_to(&content, &path).expect("exports");
    assert_eq!(rows, offers);

    let summary = sheet::import(&content, &path).expect("the unchanged sheet imports");
    assert!(
        summary.edits.is_empty(),
        "{}",
        summary.describe(Language::En)
    );
    assert_eq!(summary.unchanged, offers);
    assert!(summary.not_in_sheet.is_empty());
    assert_eq!(
        snapshot(&content),
        before,
        "every file byte for byte as it was"
    );
    // The sheet of the imported content is the sheet that was imported.
    assert_eq!(
        sheet::export(&content).unwrap().0,
        std::fs::read(&path).unwrap()
    );
}

#[test]
fn a_sheet_saved_with_commas_and_without_bom_imports_the_same() {
    let dir = content_copy();
    let content = dir.path().join("content");
    let before = snapshot(&content);
    let sheet = Sheet::export(&content);
    let mut out = csv::WriterBuilder::new().from_writer(Vec::new());
    out.write_record(&sheet.header).unwrap();
    for row in &sheet.rows {
        out.write_record(row).unwrap();
    }
    let path = dir.path().join("comma.csv");
    std::fs::write(&path, out.into_inner().unwrap()).unwrap();
    let summary = sheet::import(&content, &path).expect("imports");
    assert!(summary.edits.is_empty());
    assert_eq!(snapshot(&content), before);
}

#[test]
fn one_edited_cell_changes_only_its_field_and_keeps_comments() {
    let dir = content_copy();
    let content = dir.path().join("content");
    let before = snapshot(&content);
    let tafel = read(&content, "wk-tafel");
    let depression = read(&content, "de-info-telefon-depression");
    assert!(
        depression.contains("\n# Nummer 0800 33 44 5 33"),
        "a file with comments"
    );

    let mut sheet = Sheet::export(&content);
    assert_eq!(
        sheet.get("wk-tafel", "hours.slots"),
        "Di 10:00-12:00 \"Neuanmeldung (Stand 2020)\""
    );
    // A phone number, a translation and a cleared optional field in a file with comments …
    sheet.set(
        "de-info-telefon-depression",
        "contact.phones",
        "0800 33 44 534",
    );
    sheet.set(
        "de-info-telefon-depression",
        "summary.en",
        "Free phone information on depression.",
    );
    sheet.set("de-info-telefon-depression", "hours.as_of", "");
    // … and the hours, with one more slot, in another file.
    sheet.set(
        "wk-tafel",
        "hours.slots",
        "Di 10:00-12:30 \"Neuanmeldung (Stand 2020)\"; 1.,letzter Mi 15:00",
    );
    let path = dir.path().join("edited.csv");
    sheet.write(&path);

    let summary = sheet::import(&content, &path).expect("the edited sheet imports");
    let changed: BTreeMap<&str, Vec<&str>> = summary
        .edits
        .iter()
        .map(|e| (e.id.as_str(), e.fields.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        changed,
        BTreeMap::from([
            (
                "de-info-telefon-depression",
                vec!["contact.phones", "hours.as_of", "summary.en"]
            ),
            ("wk-tafel", vec!["hours.slots"]),
        ])
    );

    let old_summary_en = depression
        .lines()
        .skip_while(|l| *l != "[i18n.en]")
        .find(|l| l.starts_with("summary = "))
        .unwrap()
        .to_owned();
    let mut expected = replaced(&depression, "\"0800 33 44 533\" }", "\"0800 33 44 534\" }");
    expected = replaced(&expected, "[hours]\nas_of = \"2016-04\"\n", "[hours]\n");
    expected = replaced(
        &expected,
        &format!("{old_summary_en}\n"),
        "summary = \"Free phone information on depression.\"\n",
    );
    assert_eq!(read(&content, "de-info-telefon-depression"), expected);

    let expected = replaced(
        &tafel,
        "closes = \"12:00\"\nlabel = \"Neuanmeldung (Stand 2020)\"\n",
        "closes = \"12:30\"\nlabel = \"Neuanmeldung (Stand 2020)\"\n\
         [[hours.slots]]\ndays = [\"wed\"]\nopens = \"15:00\"\nevery = \"month\"\nweeks_of_month = [1, -1]\n",
    );
    assert_eq!(read(&content, "wk-tafel"), expected);

    // Nothing else changed, and the result is what `lotse check` accepts.
    let after = snapshot(&content);
    let others = |s: &BTreeMap<PathBuf, Vec<u8>>| {
        s.iter()
            .filter(|(p, _)| {
                !p.ends_with("wk-tafel.toml") && !p.ends_with("de-info-telefon-depression.toml")
            })
            .map(|(p, b)| (p.clone(), b.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(others(&after), others(&before));
    let catalogue = lotse::content::load(&content).expect("valid after the import");
    let offer = catalogue.offer("wk-tafel").unwrap();
    assert_eq!(offer.hours.as_ref().unwrap().slots.len(), 2);
}

/// Imports `sheet` and returns its problems (it must fail), checking that no file changed.
fn problems_of(dir: &Path, content: &Path, bytes: &[u8]) -> Vec<Problem> {
    let before = snapshot(content);
    let path = dir.join("broken.csv");
    std::fs::write(&path, bytes).unwrap();
    let problems = sheet::import(content, &path).expect_err("the broken sheet is refused");
    assert_eq!(snapshot(content), before, "nothing written");
    problems
}

/// `true` if a problem is at `row` and names `column` with its letter.
fn has(problems: &[Problem], row: usize, field: &str) -> bool {
    problems
        .iter()
        .any(|p| p.line == Some(row) && p.field == field && !p.message.de.is_empty())
}

fn listing(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| p.in_lang(Language::En).to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn broken_cells_are_reported_by_row_and_column_and_nothing_is_written() {
    let dir = content_copy();
    let content = dir.path().join("content");
    let clean = Sheet::export(&content);
    let at = |s: &Sheet, name: &str| format!("{name} ({})", letter(s.column(name)));

    // Every problem of the sheet at once: hours, a yes/no and a number in three rows.
    let mut sheet = Sheet::export(&content);
    sheet.set("wk-tafel", "hours.slots", "Di 25:00-12:00");
    sheet.set("de-telefonseelsorge", "anonymous", "vielleicht");
    sheet.set("wk-tafel", "location.lat", "Nord");
    let problems = problems_of(dir.path(), &content, &sheet.bytes());
    let tafel = sheet.row_of("wk-tafel");
    assert!(
        has(&problems, tafel, &at(&sheet, "hours.slots")),
        "{}",
        listing(&problems)
    );
    assert!(
        has(&problems, tafel, &at(&sheet, "location.lat")),
        "{}",
        listing(&problems)
    );
    let seelsorge = sheet.row_of("de-telefonseelsorge");
    assert!(
        has(&problems, seelsorge, &at(&sheet, "anonymous")),
        "{}",
        listing(&problems)
    );
    assert_eq!(problems.len(), 3, "{}", listing(&problems));
    assert!(problems[0].to_string().contains("broken.csv:"));

    // An unknown category: found by the checks of `lotse check`, reported at its cell.
    let mut sheet = Sheet::export(&content);
    sheet.set("wk-tafel", "categories", "food-bank, no-such-category");
    let problems = problems_of(dir.path(), &content, &sheet.bytes());
    assert!(
        has(&problems, tafel, &at(&sheet, "categories")),
        "{}",
        listing(&problems)
    );
    assert!(problems[0].message.en.contains("no-such-category"));

    // A translation without its German source text.
    let mut sheet = Sheet::export(&content);
    assert_eq!(sheet.get("wk-tafel", "address.note"), "");
    sheet.set("wk-tafel", "address_note.en", "Behind the church.");
    let problems = problems_of(dir.path(), &content, &sheet.bytes());
    assert!(
        has(&problems, tafel, &at(&sheet, "address_note.en")),
        "{}",
        listing(&problems)
    );

    // A cell that is not UTF-8 (a sheet saved as Latin-1 in one place).
    let mut sheet = Sheet::export(&content);
    sheet.set("wk-tafel", "name", "Tafel W\u{1}rmelskirchen");
    let bytes = sheet.bytes();
    let bad: Vec<u8> = bytes
        .iter()
        .map(|b| if *b == 1 { 0xE4 } else { *b })
        .collect();
    let problems = problems_of(dir.path(), &content, &bad);
    assert!(
        has(&problems, tafel, &at(&sheet, "name")),
        "{}",
        listing(&problems)
    );
    assert!(
        problems[0].message.en.contains("character 8"),
        "{}",
        listing(&problems)
    );

    // A missing column is a problem, not an empty column that clears a field in every file.
    let mut sheet = Sheet::export(&content);
    let cost = sheet.column("cost");
    sheet.header.remove(cost);
    for row in &mut sheet.rows {
        row.remove(cost);
    }
    let problems = problems_of(dir.path(), &content, &sheet.bytes());
    assert!(
        problems
            .iter()
            .any(|p| p.line == Some(1) && p.message.en.contains("`cost` is missing")),
        "{}",
        listing(&problems)
    );

    // A renamed column: the new name is unknown, the old one missing.
    let mut sheet = Sheet::export(&content);
    let c = sheet.column("summary.en");
    sheet.header[c] = "summary-en".into();
    let problems = problems_of(dir.path(), &content, &sheet.bytes());
    assert!(
        has(&problems, 1, &format!("summary-en ({})", letter(c))),
        "{}",
        listing(&problems)
    );
    assert!(
        problems
            .iter()
            .any(|p| p.message.en.contains("`summary.en` is missing"))
    );

    // A duplicate id: reported at the second row, with the first.
    let mut sheet = Sheet::export(&content);
    let copy = sheet.rows[sheet.row_of("wk-tafel") - 2].clone();
    sheet.rows.push(copy);
    let last = sheet.rows.len() + 1;
    let problems = problems_of(dir.path(), &content, &sheet.bytes());
    assert!(
        has(&problems, last, &at(&sheet, "id")),
        "{}",
        listing(&problems)
    );
    assert!(problems[0].message.en.contains(&format!("row {tafel}")));

    // A row with a field too many (a stray separator).
    let mut sheet = Sheet::export(&content);
    sheet.rows[0].push(String::new());
    let problems = problems_of(dir.path(), &content, &sheet.bytes());
    assert!(has(&problems, 2, "-"), "{}", listing(&problems));
    assert!(
        problems[0]
            .message
            .en
            .contains(&format!("{} fields", clean.header.len() + 1))
    );

    // A new id is reported, not created.
    let mut sheet = Sheet::export(&content);
    let mut new = sheet.rows[0].clone();
    new[0] = "wk-new-offer".into();
    sheet.rows.push(new);
    let last = sheet.rows.len() + 1;
    let problems = problems_of(dir.path(), &content, &sheet.bytes());
    assert!(
        has(&problems, last, &at(&sheet, "id")),
        "{}",
        listing(&problems)
    );
    assert!(!content.join("offers/wk-new-offer.toml").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edit_in_the_sheet_shows_on_the_page_after_the_reload() {
    let dir = content_copy();
    let content = dir.path().join("content");
    let index = dir.path().join("index");
    std::fs::create_dir_all(&index).unwrap();
    // The content embeddings and the trained classifier of the shared index, as a server has them
    // from its last build: only the edited text is embedded again, and the examples are not retrained.
    for entry in std::fs::read_dir(crate::bundled_index()).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(".embeddings") || name.starts_with(".classifier") {
            std::fs::copy(entry.path(), index.join(entry.file_name())).unwrap();
        }
    }
    let live = Arc::new(lotse::service::Live::start(&content, &index).expect("the copy indexes"));
    live.spawn_watcher(Some(Duration::from_millis(200)));
    let app = lotse::web::router(lotse::web::AppState::new(Arc::clone(&live)));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopping) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(lotse::web::serve(
        listener,
        app,
        lotse::web::server::Limits::default(),
        async move {
            let _ = stopping.await;
        },
    ));
    let page = || async {
        let url = format!("http://{address}/de/offer/wk-tafel");
        let response = reqwest::get(&url).await.expect("an answer");
        assert_eq!(response.status(), 200);
        response.text().await.unwrap()
    };
    let new_summary = "Lebensmittel jede Woche, geändert in der Tabelle 4711.";
    assert!(!page().await.contains(new_summary));

    let mut sheet = Sheet::export(&content);
    sheet.set("wk-tafel", "summary", new_summary);
    let path = dir.path().join("edited.csv");
    sheet.write(&path);
    let imported = {
        let content = content.clone();
        tokio::task::spawn_blocking(move || sheet::import(&content, &path))
            .await
            .unwrap()
            .expect("imports")
    };
    assert_eq!(imported.edits.len(), 1);

    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if page().await.contains(new_summary) {
            break;
        }
        assert!(Instant::now() < deadline, "the edit never reached the page");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}
