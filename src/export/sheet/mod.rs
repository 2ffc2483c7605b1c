//! The editors' spreadsheet: every offer as one row of a CSV file (`lotse export --csv`), and the edited
//! sheet applied back to the offer files (`lotse import --csv`).
//!
//! The sheet is a *view* of the files, not a second source: an import compares each cell with what the
//! file says ([`columns`]) and edits only the fields that differ, in place, with `toml_edit`, so comments,
//! order and layout stay and an unchanged sheet changes no byte. Nothing is written unless every row is
//! valid *and* the content folder with the edits applied passes the checks of `lotse check` (in a
//! temporary copy); then each changed file is replaced atomically.
//!
//! Only `offers/*.toml` are read and written; the site, taxonomy and thesaurus files are left alone.

pub mod columns;
pub mod hours;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use toml_edit::DocumentMut;

use crate::content::problem::{Message, msg};
use crate::content::{self, OFFERS_DIR, Problem};
use columns::{Column, ID, columns, letter};

/// The sheet's field separator: German Excel splits CSV files at `;` (a `,` is the decimal mark there),
/// and LibreOffice offers `;` in its import dialogue. An import also reads `,`-separated sheets.
pub const DELIMITER: u8 = b';';

/// The UTF-8 byte order mark the sheet starts with: without it Excel reads a CSV file in the legacy code
/// page and breaks every umlaut; LibreOffice recognises it too. An import reads sheets with or without it.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The format in short, for `lotse export --help` (the whole description is in `content/README.md`).
pub const FORMAT_HELP: &str = "\
The sheet (content/README.md, \"Tabelle / spreadsheet\"): UTF-8 with BOM, fields separated by `;`, one row
per offer, first column `id` (the file name). Columns: the German fields by name (`name`, `address.city`,
`contact.phones`, `hours.slots`, ...), then per language `<field>.<lang>` (`name.en`, `labels.tr`, ...).
  lists (categories, audience, languages): ids separated by `,`
  contact.phones: `number | label` entries separated by `;`   e.g. `02196 1750 | Büro; 116 016`
  hours.slots: `[rhythm] days HH:MM[-HH:MM] [\"label\"]` separated by `;`
      days Mo Di Mi Do Fr Sa So (`Mo,Di`, `Mo-Fr`); rhythm: ungerade, gerade, 14-tägig, 1.,3. or letzter
      e.g. `Mo,Di 09:00-12:00; 1. Mi 15:30-17:00 \"Elterncafé\"; ungerade Fr 15:00`
  yes/no fields: ja / nein; dates: 2026-11-21 (21.11.2026 is read too); labels.<lang>: `German = translation` per line
  an empty cell removes an optional field.
`lotse import --csv FILE` changes only the fields whose cells differ from the files, and writes nothing
unless the whole content then passes `lotse check`. Rows with an unknown id are reported, not created.";

/// An offer file as it is on disk.
struct OfferFile {
    /// Relative to the content folder.
    rel: PathBuf,
    /// The full path, for problems.
    path: PathBuf,
    text: String,
}

/// The changes an import would make to one offer file.
#[derive(Debug, Clone)]
pub struct Edit {
    /// The offer's id.
    pub id: String,
    /// The file, relative to the content folder.
    pub rel: PathBuf,
    /// The row of the sheet (1 = the header).
    pub row: usize,
    /// The headers of the changed columns.
    pub fields: Vec<String>,
    /// The file's text before.
    pub original: String,
    /// The file's text after.
    pub text: String,
}

/// What an import did (or, from [`plan`], would do).
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// The changed offers.
    pub edits: Vec<Edit>,
    /// Rows whose offer stayed as it was.
    pub unchanged: usize,
    /// Offers of the content folder that have no row (left as they are).
    pub not_in_sheet: Vec<String>,
    /// The sheet position of each column, by header (problems found after the edits name it).
    positions: BTreeMap<String, usize>,
}

/// Writes the sheet of the content folder `content` to `out` (atomically). Returns the number of rows.
pub fn export_to(content: &Path, out: &Path) -> Result<usize, Vec<Problem>> {
    let (bytes, rows) = export(content)?;
    write_atomically(out, &bytes).map_err(|err| {
        vec![Problem::whole(
            out,
            "-",
            msg!(
                "kann nicht geschrieben werden: {err}",
                "cannot be written: {err}"
            ),
        )]
    })?;
    Ok(rows)
}

/// The sheet of the content folder `content` (BOM, header, one row per offer) and its number of rows.
///
/// Only valid content is exported (the sheet must describe what `lotse check` accepts), and every
/// cell is read back before it is written: a value the short forms cannot say is a problem here, not
/// a change at the next import.
pub fn export(content: &Path) -> Result<(Vec<u8>, usize), Vec<Problem>> {
    content::load(content).map_err(|p| in_folder(content, p))?;
    let files = offer_files(content)?;
    let cols = columns();
    let mut out = csv::WriterBuilder::new()
        .delimiter(DELIMITER)
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    let mut problems = Vec::new();
    let header = std::iter::once(ID).chain(cols.iter().map(|c| c.header.as_str()));
    let mut records = vec![header.map(str::to_owned).collect::<Vec<_>>()];
    for (id, file) in &files {
        match export_row(id, file, &cols) {
            Ok(record) => records.push(record),
            Err(p) => problems.extend(p),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for record in &records {
        out.write_record(record)
            .map_err(|err| io_problem(content, err))?;
    }
    let bytes = out
        .into_inner()
        .map_err(|err| io_problem(content, err.into_error()))?;
    Ok((bytes, files.len()))
}

fn export_row(id: &str, file: &OfferFile, cols: &[Column]) -> Result<Vec<String>, Vec<Problem>> {
    let doc = parse_doc(file)?;
    let mut record = vec![id.to_owned()];
    let mut problems = Vec::new();
    for col in cols {
        let header = &col.header;
        let value = match col.read(&doc) {
            Ok(value) => value,
            Err(m) => {
                problems.push(Problem::whole(&file.path, header, m));
                record.push(String::new());
                continue;
            }
        };
        let text = value.as_ref().map(|v| col.render(v)).unwrap_or_default();
        if col.parse(&text).ok().as_ref() != Some(&value) {
            problems.push(Problem::whole(
                &file.path,
                header,
                msg!(
                    "`{text}` lässt sich in der Tabelle nicht eindeutig schreiben (Trennzeichen ; | = oder \" im Text?): bitte in der Datei ändern",
                    "`{text}` cannot be written unambiguously in the sheet (a separator ; | = or \" in the text?): change it in the file"
                ),
            ));
        }
        record.push(text);
    }
    if problems.is_empty() {
        Ok(record)
    } else {
        Err(problems)
    }
}

/// Applies the sheet `sheet` to the content folder: checks every row and the content with the edits,
/// then writes the changed files. On any problem nothing is written.
pub fn import(content: &Path, sheet: &Path) -> Result<Summary, Vec<Problem>> {
    let bytes = fs::read(sheet).map_err(|err| {
        vec![Problem::whole(
            sheet,
            "-",
            msg!("kann nicht gelesen werden: {err}", "cannot be read: {err}"),
        )]
    })?;
    let summary = plan(content, &bytes, sheet)?;
    if !summary.edits.is_empty() {
        check_edited(content, &summary, sheet)?;
        write_edits(content, &summary.edits)?;
    }
    Ok(summary)
}

/// Where a problem of the sheet is: its row and, where known, its column.
struct At<'a> {
    sheet: &'a Path,
    row: usize,
}

impl At<'_> {
    fn problem(&self, column: Option<(usize, &str)>, message: Message) -> Problem {
        let field = match column {
            Some((index, header)) => format!("{header} ({})", letter(index)),
            None => "-".to_owned(),
        };
        Problem {
            file: self.sheet.to_path_buf(),
            line: Some(self.row),
            column: None,
            field,
            message,
        }
    }
}

/// Reads the sheet and works out every file's new text without writing anything. `sheet` names the
/// sheet in problems.
pub fn plan(content: &Path, bytes: &[u8], sheet: &Path) -> Result<Summary, Vec<Problem>> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let delimiter = if !first_line.contains(&b';') && first_line.contains(&b',') {
        b','
    } else {
        DELIMITER
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);
    let mut problems = Vec::new();
    let mut rows = Vec::new();
    for (i, record) in reader.byte_records().enumerate() {
        let at = At { sheet, row: i + 1 };
        match record {
            Ok(record) => rows.push((at.row, record)),
            Err(err) => problems.push(at.problem(
                None,
                msg!(
                    "die Zeile ist kein gültiges CSV: {err}",
                    "the row is not valid CSV: {err}"
                ),
            )),
        }
    }
    let Some((_, header)) = rows.first() else {
        return Err(vec![
            At { sheet, row: 1 }.problem(None, msg!("die Tabelle ist leer", "the sheet is empty")),
        ]);
    };
    let header = decode(header, &[], &At { sheet, row: 1 }, &mut problems);
    let Some(header) = header else {
        return Err(problems);
    };
    let cols = columns();
    let layout = Layout::new(&cols, &header, sheet).map_err(|mut found| {
        problems.append(&mut found);
        std::mem::take(&mut problems)
    })?;
    let files = offer_files(content)?;
    let mut summary = Summary {
        positions: layout
            .columns
            .iter()
            .map(|(i, c)| (c.header.clone(), *i))
            .collect(),
        ..Summary::default()
    };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (row, record) in &rows[1..] {
        let at = At { sheet, row: *row };
        if let Some(edit) = plan_row(
            &at,
            record,
            &layout,
            &files,
            &mut seen,
            &mut problems,
            &mut summary,
        ) {
            summary.edits.push(edit);
        }
    }
    summary.not_in_sheet = files
        .keys()
        .filter(|id| !seen.contains_key(*id))
        .cloned()
        .collect();
    if problems.is_empty() {
        Ok(summary)
    } else {
        Err(problems)
    }
}

/// Which column of the sheet holds which field.
struct Layout<'a> {
    /// The header, cell by cell.
    names: Vec<String>,
    width: usize,
    id: usize,
    /// Sheet position and column.
    columns: Vec<(usize, &'a Column)>,
}

impl<'a> Layout<'a> {
    /// Matches the header to the columns; a missing, unknown or repeated header is a problem (a renamed
    /// column would otherwise be read as an empty one and clear a field in every file).
    fn new(
        cols: &'a [Column],
        header: &[String],
        sheet: &Path,
    ) -> Result<Layout<'a>, Vec<Problem>> {
        let at = At { sheet, row: 1 };
        let mut problems = Vec::new();
        let mut position: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, name) in header.iter().enumerate() {
            let name = name.trim();
            let known = name == ID || cols.iter().any(|c| c.header == name);
            if !known {
                problems.push(at.problem(
                    Some((i, name)),
                    msg!(
                        "unbekannte Spalte `{name}` (umbenannt? die Kopfzeile muss so bleiben, wie `lotse export` sie schreibt)",
                        "unknown column `{name}` (renamed? the header must stay as `lotse export` writes it)"
                    ),
                ));
            } else if let Some(first) = position.insert(name, i) {
                let first = letter(first);
                problems.push(at.problem(
                    Some((i, name)),
                    msg!(
                        "die Spalte `{name}` gibt es schon in Spalte {first}",
                        "column `{name}` is already in column {first}"
                    ),
                ));
            }
        }
        let mut find = |name: &str| {
            let found = position.get(name).copied();
            if found.is_none() {
                problems.push(at.problem(
                    None,
                    msg!(
                        "die Spalte `{name}` fehlt (gelöscht oder umbenannt?)",
                        "column `{name}` is missing (deleted or renamed?)"
                    ),
                ));
            }
            found
        };
        let id = find(ID);
        let columns: Vec<(usize, &Column)> = cols
            .iter()
            .filter_map(|c| find(&c.header).map(|i| (i, c)))
            .collect();
        match id {
            Some(id) if problems.is_empty() => Ok(Layout {
                names: header.to_vec(),
                width: header.len(),
                id,
                columns,
            }),
            _ => Err(problems),
        }
    }
}

/// The row's cells as text; a cell that is not UTF-8 is a problem at its column.
fn decode(
    record: &csv::ByteRecord,
    names: &[String],
    at: &At<'_>,
    problems: &mut Vec<Problem>,
) -> Option<Vec<String>> {
    let mut cells = Vec::with_capacity(record.len());
    let mut ok = true;
    for (i, bytes) in record.iter().enumerate() {
        match std::str::from_utf8(bytes) {
            Ok(text) => cells.push(text.to_owned()),
            Err(err) => {
                let valid = err.valid_up_to();
                let character = String::from_utf8_lossy(&bytes[..valid]).chars().count() + 1;
                let name = names.get(i).map_or("", String::as_str);
                problems.push(at.problem(
                    Some((i, name)),
                    msg!(
                        "Zeichen {character} der Zelle ist kein UTF-8: bitte die Tabelle als „CSV UTF-8“ speichern",
                        "character {character} of the cell is not UTF-8: save the sheet as \"CSV UTF-8\""
                    ),
                ));
                ok = false;
            }
        }
    }
    ok.then_some(cells)
}

/// Checks one row and applies it to its offer's file (in memory); `Some` if the file would change.
#[allow(clippy::too_many_arguments)]
fn plan_row(
    at: &At<'_>,
    record: &csv::ByteRecord,
    layout: &Layout<'_>,
    files: &BTreeMap<String, OfferFile>,
    seen: &mut BTreeMap<String, usize>,
    problems: &mut Vec<Problem>,
    summary: &mut Summary,
) -> Option<Edit> {
    if record
        .iter()
        .all(|cell| cell.iter().all(u8::is_ascii_whitespace))
    {
        return None; // spreadsheets keep empty rows at the end
    }
    if record.len() != layout.width {
        let (found, wanted) = (record.len(), layout.width);
        problems.push(at.problem(
            None,
            msg!(
                "die Zeile hat {found} Felder, die Kopfzeile {wanted}: ist ein Trennzeichen ; oder ein Anführungszeichen zu viel oder zu wenig?",
                "the row has {found} fields, the header {wanted}: is there a separator ; or a quote too many or too few?"
            ),
        ));
        return None;
    }
    let cells = decode(record, &layout.names, at, problems)?;
    let id = cells[layout.id].trim().to_owned();
    let id_column = Some((layout.id, ID));
    if id.is_empty() {
        problems.push(at.problem(id_column, msg!("die Kennung fehlt", "the id is missing")));
        return None;
    }
    if let Some(first) = seen.insert(id.clone(), at.row) {
        problems.push(at.problem(
            id_column,
            msg!(
                "die Kennung `{id}` steht schon in Zeile {first}",
                "id `{id}` is already in row {first}"
            ),
        ));
        return None;
    }
    let Some(file) = files.get(&id) else {
        problems.push(at.problem(
            id_column,
            msg!(
                "es gibt kein Angebot `{id}` (keine Datei offers/{id}.toml): neue Angebote bitte als Datei anlegen (siehe content/README.md), dann exportieren",
                "there is no offer `{id}` (no file offers/{id}.toml): create new offers as files (see content/README.md), then export"
            ),
        ));
        return None;
    };
    let mut doc = match parse_doc(file) {
        Ok(doc) => doc,
        Err(p) => {
            problems.extend(p);
            return None;
        }
    };
    let mut fields = Vec::new();
    let mut tables: BTreeSet<Vec<String>> = BTreeSet::new();
    for (i, col) in &layout.columns {
        let column = Some((*i, col.header.as_str()));
        let result = col.parse(&cells[*i]).and_then(|new| {
            let old = col.read(&doc)?;
            if new == old {
                return Ok(false);
            }
            col.write(&mut doc, new.as_ref()).map(|()| true)
        });
        match result {
            Ok(false) => {}
            Ok(true) => {
                fields.push(col.header.clone());
                let table = col.table();
                for n in 1..=table.len() {
                    tables.insert(table[..n].to_vec());
                }
            }
            Err(m) => problems.push(at.problem(column, m)),
        }
    }
    // A table whose every field was cleared goes too (`[address]` without a city is no address);
    // inner tables first (`[i18n.en]` before `i18n`).
    for table in tables.iter().rev() {
        if columns::is_empty_table(&doc, table) {
            columns::remove_table(&mut doc, table);
        }
    }
    let text = doc.to_string();
    if fields.is_empty() || text == file.text {
        summary.unchanged += 1;
        return None;
    }
    Some(Edit {
        id,
        rel: file.rel.clone(),
        row: at.row,
        fields,
        original: file.text.clone(),
        text,
    })
}

/// Validates the content folder as it will be after the edits, in a temporary copy, and reports its
/// problems at the row and column they come from.
fn check_edited(content: &Path, summary: &Summary, sheet: &Path) -> Result<(), Vec<Problem>> {
    let edits = &summary.edits;
    let copy = tempfile::tempdir().map_err(|err| io_problem(content, err))?;
    copy_dir(content, copy.path()).map_err(|err| io_problem(content, err))?;
    for edit in edits {
        fs::write(copy.path().join(&edit.rel), &edit.text)
            .map_err(|err| io_problem(&edit.rel, err))?;
    }
    let Err(found) = content::load(copy.path()) else {
        return Ok(());
    };
    let cols = columns();
    Err(found
        .into_iter()
        .map(|p| locate(p, summary, &cols, content, sheet))
        .collect())
}

/// A problem of the edited content at its row and column, if it is in an edited file and its field
/// has a column; otherwise at its file in the content folder.
fn locate(p: Problem, summary: &Summary, cols: &[Column], content: &Path, sheet: &Path) -> Problem {
    let Some(edit) = summary.edits.iter().find(|e| e.rel == p.file) else {
        return Problem {
            file: content.join(&p.file),
            ..p
        };
    };
    // `hours.slots[1].opens` → `hours.slots.opens`, which lies in the column `hours.slots`.
    let mut field = String::new();
    let mut depth = 0;
    for c in p.field.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            c if depth == 0 => field.push(c),
            _ => {}
        }
    }
    let column = cols
        .iter()
        .filter(|c| {
            let path = c.path.join(".");
            field == path || field.starts_with(&format!("{path}."))
        })
        .max_by_key(|c| c.path.len())
        .and_then(|c| Some((*summary.positions.get(&c.header)?, c.header.as_str())));
    let at = At {
        sheet,
        row: edit.row,
    };
    let mut problem = at.problem(column, p.message);
    if column.is_none() {
        problem.field = p.field;
    }
    problem
}

/// Writes every edit, each file by a temporary file and a rename, so that the server never reads
/// half a file. A file changed on disk since the sheet was read is not overwritten.
fn write_edits(content: &Path, edits: &[Edit]) -> Result<(), Vec<Problem>> {
    for edit in edits {
        let path = content.join(&edit.rel);
        let now = fs::read_to_string(&path).map_err(|err| io_problem(&path, err))?;
        if now != edit.original {
            return Err(vec![Problem::whole(
                &path,
                "-",
                msg!(
                    "die Datei wurde während des Imports geändert: bitte den Import wiederholen",
                    "the file changed during the import: run the import again"
                ),
            )]);
        }
    }
    for edit in edits {
        let path = content.join(&edit.rel);
        write_atomically(&path, edit.text.as_bytes()).map_err(|err| io_problem(&path, err))?;
    }
    Ok(())
}

/// Writes `bytes` to a hidden temporary file beside `path` (content loading skips names starting with
/// `.`) and renames it over `path`.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    fs::write(&tmp, bytes)?;
    fs::rename(&tmp, path).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}

pub(crate) fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            fs::create_dir_all(&target)?;
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Problems of content files, named with their folder (they are printed beside the sheet's rows).
fn in_folder(content: &Path, problems: Vec<Problem>) -> Vec<Problem> {
    problems
        .into_iter()
        .map(|p| Problem {
            file: content.join(&p.file),
            ..p
        })
        .collect()
}

fn io_problem(path: &Path, err: impl std::fmt::Display) -> Vec<Problem> {
    vec![Problem::whole(
        path,
        "-",
        msg!(
            "Lese- oder Schreibfehler: {err}",
            "read or write error: {err}"
        ),
    )]
}

fn parse_doc(file: &OfferFile) -> Result<DocumentMut, Vec<Problem>> {
    file.text.parse::<DocumentMut>().map_err(|err| {
        let detail = err.message().to_owned();
        vec![Problem::whole(
            &file.path,
            "-",
            msg!(
                "TOML-Syntaxfehler ({detail}): bitte `lotse check` ausführen",
                "TOML syntax error ({detail}): run `lotse check`"
            ),
        )]
    })
}

/// The offer files by id (the file name), as `content::load` finds them (sub-folders of `offers/`,
/// no hidden files).
fn offer_files(content: &Path) -> Result<BTreeMap<String, OfferFile>, Vec<Problem>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![content.join(OFFERS_DIR)];
    while let Some(folder) = stack.pop() {
        let entries = fs::read_dir(&folder).map_err(|err| io_problem(&folder, err))?;
        for entry in entries {
            let entry = entry.map_err(|err| io_problem(&folder, err))?;
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path);
            } else if let Some(id) = name.strip_suffix(".toml") {
                let text = fs::read_to_string(&path).map_err(|err| io_problem(&path, err))?;
                let rel = path.strip_prefix(content).unwrap_or(&path).to_path_buf();
                out.insert(id.to_owned(), OfferFile { rel, path, text });
            }
        }
    }
    Ok(out)
}

impl Summary {
    /// The summary for the editor: how many offers changed, and which fields of each.
    pub fn describe(&self, lang: content::Language) -> String {
        let n = self.edits.len();
        let mut out = match lang {
            content::Language::De => {
                format!("{n} Angebot(e) geändert, {} unverändert\n", self.unchanged)
            }
            content::Language::En => {
                format!("{n} offer(s) changed, {} unchanged\n", self.unchanged)
            }
        };
        for edit in &self.edits {
            out.push_str(&format!(
                "  {} ({}): {}\n",
                edit.id,
                edit.rel.display(),
                edit.fields.join(", ")
            ));
        }
        if !self.not_in_sheet.is_empty() {
            let ids = self.not_in_sheet.join(", ");
            out.push_str(&match lang {
                content::Language::De => format!("nicht in der Tabelle (unverändert): {ids}\n"),
                content::Language::En => format!("not in the sheet (left as they are): {ids}\n"),
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFER: &str = "\
name = \"Treff\" # wie der Träger es nennt
summary = \"Kurz.\"

[address]
street = \"Markt 1\"
city = \"Musterstadt\"

[hours]
[[hours.slots]]
days = [\"mon\"]
opens = \"10:00\"
";

    /// A content folder with one offer file and the sheet `lotse export` would write for it.
    fn folder() -> (tempfile::TempDir, Vec<String>, Vec<String>) {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join(OFFERS_DIR)).unwrap();
        fs::write(dir.path().join("offers/treff.toml"), OFFER).unwrap();
        let files = offer_files(dir.path()).unwrap();
        let row = export_row("treff", &files["treff"], &columns()).unwrap();
        let header = std::iter::once(ID.to_owned())
            .chain(columns().into_iter().map(|c| c.header))
            .collect();
        (dir, header, row)
    }

    fn sheet(header: &[String], row: &[String]) -> Vec<u8> {
        let mut out = csv::WriterBuilder::new()
            .delimiter(DELIMITER)
            .from_writer(Vec::new());
        out.write_record(header).unwrap();
        out.write_record(row).unwrap();
        out.into_inner().unwrap()
    }

    fn set(header: &[String], row: &mut [String], name: &str, value: &str) {
        let i = header.iter().position(|h| h == name).unwrap();
        row[i] = value.to_owned();
    }

    #[test]
    fn an_unchanged_row_is_no_edit() {
        let (dir, header, row) = folder();
        let summary = plan(dir.path(), &sheet(&header, &row), Path::new("s.csv")).unwrap();
        assert!(summary.edits.is_empty());
        assert_eq!(summary.unchanged, 1);
    }

    #[test]
    fn clearing_every_field_of_a_table_removes_the_table() {
        let (dir, header, mut row) = folder();
        set(&header, &mut row, "address.street", "");
        set(&header, &mut row, "address.city", "");
        set(&header, &mut row, "name", "Treff am Markt");
        let summary = plan(dir.path(), &sheet(&header, &row), Path::new("s.csv")).unwrap();
        let edit = &summary.edits[0];
        assert_eq!(edit.fields, ["name", "address.street", "address.city"]);
        assert_eq!(
            edit.text,
            OFFER
                .replace("\"Treff\" #", "\"Treff am Markt\" #")
                .replace(
                    "[address]\nstreet = \"Markt 1\"\ncity = \"Musterstadt\"\n\n",
                    ""
                )
        );
    }

    #[test]
    fn a_problem_after_the_edits_is_placed_at_its_row_and_column() {
        let (dir, header, mut row) = folder();
        // Columns in another order than exported: the letter follows the sheet.
        let mut header = header;
        header.swap(1, 2);
        row.swap(1, 2);
        set(&header, &mut row, "hours.slots", "Mo 10:00; Di 11:00");
        let summary = plan(dir.path(), &sheet(&header, &row), Path::new("s.csv")).unwrap();
        let found = Problem {
            file: PathBuf::from("offers/treff.toml"),
            line: Some(12),
            column: None,
            field: "hours.slots[1].opens".into(),
            message: Message::new("x", "x"),
        };
        let cols = columns();
        let at = locate(found, &summary, &cols, dir.path(), Path::new("s.csv"));
        let slots = header.iter().position(|h| h == "hours.slots").unwrap();
        assert_eq!(at.line, Some(2));
        assert_eq!(at.field, format!("hours.slots ({})", letter(slots)));
        let name = Problem {
            field: "name".into(),
            ..at.clone()
        };
        let other = Problem {
            file: PathBuf::from("offers/other.toml"),
            ..name
        };
        let at = locate(other, &summary, &cols, dir.path(), Path::new("s.csv"));
        assert_eq!(at.file, dir.path().join("offers/other.toml"));
    }
}
