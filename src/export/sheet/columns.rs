//! The sheet's columns: which field of an offer file each one shows, how its cell is written and read,
//! and how a changed cell is put back into the file without touching anything else.
//!
//! Every column compares *values*, not text: an import changes a field only when the cell means
//! something else than the file says, so an unchanged sheet leaves every file byte for byte as it was.

use toml_edit::{ArrayOfTables, DocumentMut, InlineTable, Item, Table, TableLike, Value};

use super::hours::{self, Every, SlotCell};
use crate::content::problem::{Message, msg};
use crate::lang::Lang;

/// What a column holds, which decides how its cell is written and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One line of text (a cell with line breaks becomes a multi-line string).
    Text,
    /// Text written as a multi-line string (`description`).
    LongText,
    /// `ja`/`nein` (also `true`/`false`, `wahr`/`falsch`, `yes`/`no`).
    Bool,
    /// A decimal number, `.` or `,` as decimal mark.
    Number,
    /// Ids separated by `,`.
    List,
    /// A date `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `TT.MM.JJJJ` and `MM.JJJJ` are read too.
    Date,
    /// `number | label` entries separated by `;`.
    Phones,
    /// The opening hours short form ([`hours`]).
    Slots,
    /// `German label = translation`, one per line.
    Labels,
}

/// One column: its header and the dotted path of its field in an offer file.
#[derive(Debug, Clone)]
pub struct Column {
    /// The header in the sheet's first row (`name`, `address.city`, `name.en`).
    pub header: String,
    /// The keys leading to the field (`["i18n", "en", "name"]`).
    pub path: Vec<String>,
    /// How the cell is written and read.
    pub kind: Kind,
}

/// A cell's meaning; equal values mean "unchanged".
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Bool(bool),
    Number(f64),
    List(Vec<String>),
    Phones(Vec<(String, Option<String>)>),
    Slots(Vec<SlotCell>),
    Labels(Vec<(String, String)>),
}

/// The header of the first column: the offer's id (its file name).
pub const ID: &str = "id";

/// The German fields, in the order of the README.
const GERMAN: &[(&str, Kind)] = &[
    ("name", Kind::Text),
    ("provider", Kind::Text),
    ("categories", Kind::List),
    ("audience", Kind::List),
    ("status", Kind::Text),
    ("summary", Kind::Text),
    ("description", Kind::LongText),
    ("caveat", Kind::Text),
    ("cost", Kind::Text),
    ("bring", Kind::Text),
    ("languages", Kind::List),
    ("accessibility", Kind::Text),
    ("wheelchair", Kind::Text),
    ("appointment", Kind::Text),
    ("anonymous", Kind::Bool),
    ("crisis_line", Kind::Bool),
    ("address.street", Kind::Text),
    ("address.postcode", Kind::Text),
    ("address.city", Kind::Text),
    ("address.district", Kind::Text),
    ("address.note", Kind::Text),
    ("location.lat", Kind::Number),
    ("location.lon", Kind::Number),
    ("location.precision", Kind::Text),
    ("location.source", Kind::Text),
    ("contact.email", Kind::Text),
    ("contact.website", Kind::Text),
    ("contact.phones", Kind::Phones),
    ("hours.slots", Kind::Slots),
    ("hours.by_appointment", Kind::Bool),
    ("hours.as_of", Kind::Date),
    ("hours.note", Kind::Text),
    ("verification.checked", Kind::Date),
    ("verification.confirmed_by_provider", Kind::Bool),
];

/// The fields of an `[i18n.xx]` table; their columns are `<field>.<xx>`.
const TRANSLATED: &[(&str, Kind)] = &[
    ("review", Kind::Text),
    ("name", Kind::Text),
    ("summary", Kind::Text),
    ("description", Kind::LongText),
    ("caveat", Kind::Text),
    ("cost", Kind::Text),
    ("bring", Kind::Text),
    ("hours_note", Kind::Text),
    ("address_note", Kind::Text),
    ("accessibility", Kind::Text),
    ("labels", Kind::Labels),
];

/// Every column after `id`, in sheet order: the German fields, then each translation language.
pub fn columns() -> Vec<Column> {
    let german = GERMAN.iter().map(|(dotted, kind)| Column {
        header: (*dotted).to_owned(),
        path: dotted.split('.').map(str::to_owned).collect(),
        kind: *kind,
    });
    let translated = Lang::TRANSLATIONS.into_iter().flat_map(|lang| {
        TRANSLATED.iter().map(move |(field, kind)| Column {
            header: format!("{field}.{}", lang.code()),
            path: vec!["i18n".into(), lang.code().into(), (*field).to_owned()],
            kind: *kind,
        })
    });
    german.chain(translated).collect()
}

/// The spreadsheet name of the 0-based column `index`: A … Z, AA …
pub fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

impl Column {
    /// The table holding the field (`["i18n", "en"]`), empty for top-level fields.
    pub fn table(&self) -> &[String] {
        &self.path[..self.path.len() - 1]
    }

    fn key(&self) -> &str {
        &self.path[self.path.len() - 1]
    }

    /// What the file says, `None` if the field is absent (or empty).
    pub fn read(&self, doc: &DocumentMut) -> Result<Option<Cell>, Message> {
        let Some(item) = lookup(doc, &self.path) else {
            return Ok(None);
        };
        let header = &self.header;
        let wrong = || {
            msg!(
                "`{header}` hat in der Datei einen unerwarteten Typ",
                "`{header}` has an unexpected type in the file"
            )
        };
        let cell = match self.kind {
            Kind::Text | Kind::LongText | Kind::Date => {
                let text = item.as_str().ok_or_else(wrong)?.trim();
                (!text.is_empty()).then(|| Cell::Text(text.to_owned()))
            }
            Kind::Bool => Some(Cell::Bool(item.as_bool().ok_or_else(wrong)?)),
            Kind::Number => {
                let n = item
                    .as_float()
                    .or_else(|| item.as_integer().map(|i| i as f64))
                    .ok_or_else(wrong)?;
                Some(Cell::Number(n))
            }
            Kind::List => {
                let list = item.as_array().ok_or_else(wrong)?;
                let ids: Option<Vec<String>> =
                    list.iter().map(|v| v.as_str().map(str::to_owned)).collect();
                let ids = ids.ok_or_else(wrong)?;
                (!ids.is_empty()).then_some(Cell::List(ids))
            }
            Kind::Phones => {
                let phones: Option<Vec<_>> = rows(item)
                    .ok_or_else(wrong)?
                    .into_iter()
                    .map(|t| Some((text_of(t, "number")?.to_owned(), opt_text(t, "label"))))
                    .collect();
                let phones = phones.ok_or_else(wrong)?;
                (!phones.is_empty()).then_some(Cell::Phones(phones))
            }
            Kind::Slots => {
                let slots: Option<Vec<_>> = rows(item)
                    .ok_or_else(wrong)?
                    .into_iter()
                    .map(read_slot)
                    .collect();
                let slots = slots.ok_or_else(wrong)?;
                (!slots.is_empty()).then_some(Cell::Slots(slots))
            }
            Kind::Labels => {
                let table = item.as_table_like().ok_or_else(wrong)?;
                let pairs: Option<Vec<_>> = table
                    .iter()
                    .map(|(k, v)| Some((k.to_owned(), v.as_str()?.to_owned())))
                    .collect();
                let pairs = pairs.ok_or_else(wrong)?;
                (!pairs.is_empty()).then_some(Cell::Labels(pairs))
            }
        };
        Ok(cell)
    }

    /// The cell's text for a value.
    pub fn render(&self, cell: &Cell) -> String {
        match cell {
            Cell::Text(t) => t.clone(),
            Cell::Bool(b) => if *b { "ja" } else { "nein" }.to_owned(),
            Cell::Number(n) => n.to_string(),
            Cell::List(ids) => ids.join(", "),
            Cell::Phones(phones) => phones
                .iter()
                .map(|(number, label)| match label {
                    Some(label) => format!("{number} | {label}"),
                    None => number.clone(),
                })
                .collect::<Vec<_>>()
                .join("; "),
            Cell::Slots(slots) => hours::render(slots),
            Cell::Labels(pairs) => pairs
                .iter()
                .map(|(de, tr)| format!("{de} = {tr}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// What a cell means; `None` for an empty cell (the field is left out).
    pub fn parse(&self, text: &str) -> Result<Option<Cell>, Message> {
        let text = text.replace("\r\n", "\n");
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let cell = match self.kind {
            Kind::Text | Kind::LongText => Cell::Text(text.to_owned()),
            Kind::Date => Cell::Text(iso_date(text)),
            Kind::Bool => Cell::Bool(parse_bool(text)?),
            Kind::Number => Cell::Number(text.replace(',', ".").parse().map_err(|_| {
                msg!(
                    "`{text}` ist keine Zahl (z. B. 51.1411)",
                    "`{text}` is not a number (e.g. 51.1411)"
                )
            })?),
            Kind::List => Cell::List(
                text.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect(),
            ),
            Kind::Phones => Cell::Phones(parse_phones(text)),
            Kind::Slots => Cell::Slots(hours::parse(text)?),
            Kind::Labels => Cell::Labels(parse_labels(text)?),
        };
        Ok(Some(cell))
    }

    /// Puts `cell` into the file (`None`: removes the field), changing nothing else.
    pub fn write(&self, doc: &mut DocumentMut, cell: Option<&Cell>) -> Result<(), Message> {
        let old = self.read(doc)?;
        let key = self.key().to_owned();
        let Some(cell) = cell else {
            if let Some(table) = table_mut(doc, self.table(), false)? {
                table.remove(&key);
            }
            return Ok(());
        };
        let Some(table) = table_mut(doc, self.table(), true)? else {
            return Ok(());
        };
        match (cell, old) {
            (Cell::Text(t), _) => {
                let long = self.kind == Kind::LongText || t.contains('\n');
                set_value(
                    table,
                    &key,
                    if long {
                        long_text(t)
                    } else {
                        Value::from(t.as_str())
                    },
                );
            }
            (Cell::Bool(b), _) => set_value(table, &key, Value::from(*b)),
            (Cell::Number(n), _) => set_value(table, &key, Value::from(*n)),
            (Cell::List(ids), _) => set_value(table, &key, string_array(ids)),
            (Cell::Labels(pairs), _) => {
                let mut inline = InlineTable::new();
                for (de, tr) in pairs {
                    inline.insert(de, Value::from(tr.as_str()));
                }
                inline.fmt();
                set_value(table, &key, Value::InlineTable(inline));
            }
            (Cell::Phones(phones), old) => write_phones(table, &key, phones, old),
            (Cell::Slots(slots), old) => write_slots(table, &key, slots, old),
        }
        Ok(())
    }
}

/// Follows `path` through tables and inline tables.
fn lookup<'a>(doc: &'a DocumentMut, path: &[String]) -> Option<&'a Item> {
    let mut item = doc.as_item();
    for key in path {
        item = item.get(key.as_str())?;
    }
    Some(item)
}

/// The table at `path`; with `create`, missing tables are added (`[i18n.en]` under an implicit `i18n`).
fn table_mut<'a>(
    doc: &'a mut DocumentMut,
    path: &[String],
    create: bool,
) -> Result<Option<&'a mut dyn TableLike>, Message> {
    let mut table: &mut dyn TableLike = doc.as_table_mut();
    for key in path {
        if !table.contains_key(key) {
            if !create {
                return Ok(None);
            }
            let mut new = Table::new();
            // `[i18n.en]` needs no `[i18n]` header of its own.
            new.set_implicit(key == "i18n");
            table.insert(key, Item::Table(new));
        }
        table = match table.get_mut(key).and_then(Item::as_table_like_mut) {
            Some(t) => t,
            None => {
                return Err(msg!(
                    "`{key}` ist in der Datei keine Tabelle",
                    "`{key}` is not a table in the file"
                ));
            }
        };
    }
    Ok(Some(table))
}

/// `true` if the table at `path` exists and holds nothing.
pub fn is_empty_table(doc: &DocumentMut, path: &[String]) -> bool {
    lookup(doc, path)
        .and_then(Item::as_table_like)
        .is_some_and(|t| t.is_empty())
}

/// Removes the table at `path` (its parent must exist).
pub fn remove_table(doc: &mut DocumentMut, path: &[String]) {
    if let Some((last, parent)) = path.split_last()
        && let Ok(Some(parent)) = table_mut(doc, parent, false)
    {
        parent.remove(last);
    }
}

/// Sets `key` to `value`; an existing value keeps its place, its key's comments and its own trailing
/// comment.
fn set_value(table: &mut dyn TableLike, key: &str, mut value: Value) {
    match table.get_mut(key) {
        Some(item) => {
            if let Some(old) = item.as_value() {
                *value.decor_mut() = old.decor().clone();
            }
            *item = Item::Value(value);
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// Sets or removes an optional text field.
fn set_opt_text(table: &mut dyn TableLike, key: &str, text: Option<&str>) {
    match text {
        Some(t) => set_value(table, key, Value::from(t)),
        None => {
            table.remove(key);
        }
    }
}

fn string_array(items: &[String]) -> Value {
    Value::Array(items.iter().map(String::as_str).collect())
}

/// A multi-line basic string, as the files write descriptions.
fn long_text(text: &str) -> Value {
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '"' => escaped.push_str("\\\""),
            '\n' | '\t' => escaped.push(c),
            c if c.is_control() => escaped.push_str(&format!("\\u{:04X}", c as u32)),
            c => escaped.push(c),
        }
    }
    format!("\"\"\"\n{escaped}\n\"\"\"")
        .parse::<Value>()
        .unwrap_or_else(|_| Value::from(text))
}

/// The tables of an array of tables or of an array of inline tables.
fn rows(item: &Item) -> Option<Vec<&dyn TableLike>> {
    match item {
        Item::ArrayOfTables(aot) => Some(aot.iter().map(|t| t as &dyn TableLike).collect()),
        Item::Value(Value::Array(list)) => list
            .iter()
            .map(|v| v.as_inline_table().map(|t| t as &dyn TableLike))
            .collect(),
        _ => None,
    }
}

fn text_of<'a>(table: &'a dyn TableLike, key: &str) -> Option<&'a str> {
    table.get(key)?.as_str()
}

fn opt_text(table: &dyn TableLike, key: &str) -> Option<String> {
    text_of(table, key)
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

fn read_slot(t: &dyn TableLike) -> Option<SlotCell> {
    let days: Option<Vec<String>> = t
        .get("days")?
        .as_array()?
        .iter()
        .map(|d| d.as_str().map(str::to_owned))
        .collect();
    let every = match t.get("every").map(|e| e.as_str()) {
        None | Some(Some("week")) => Every::Week,
        Some(Some("odd-weeks")) => Every::OddWeeks,
        Some(Some("even-weeks")) => Every::EvenWeeks,
        Some(Some("second-week")) => Every::SecondWeek,
        Some(Some("month")) => {
            let weeks: Option<Vec<i64>> = t
                .get("weeks_of_month")?
                .as_array()?
                .iter()
                .map(|w| w.as_integer())
                .collect();
            Every::Month(weeks?)
        }
        _ => return None,
    };
    // `weeks_of_month` without `month` is not something the sheet can say.
    if every.id() != Some("month") && t.contains_key("weeks_of_month") {
        return None;
    }
    Some(SlotCell {
        days: days?,
        opens: text_of(t, "opens")?.to_owned(),
        closes: text_of(t, "closes").map(str::to_owned),
        every,
        label: opt_text(t, "label"),
    })
}

/// Writes the fields of `new` that differ from `old` (all of them into a new table).
fn write_slot(t: &mut dyn TableLike, old: Option<&SlotCell>, new: &SlotCell) {
    if old.map(|o| &o.days) != Some(&new.days) {
        set_value(t, "days", string_array(&new.days));
    }
    if old.map(|o| &o.opens) != Some(&new.opens) {
        set_value(t, "opens", Value::from(new.opens.as_str()));
    }
    if old.map(|o| &o.closes) != Some(&new.closes) {
        set_opt_text(t, "closes", new.closes.as_deref());
    }
    if old.map(|o| &o.every) != Some(&new.every) {
        set_opt_text(t, "every", new.every.id());
        match &new.every {
            Every::Month(weeks) => {
                let weeks: toml_edit::Array = weeks.iter().copied().collect();
                set_value(t, "weeks_of_month", Value::Array(weeks));
            }
            _ => {
                t.remove("weeks_of_month");
            }
        }
    }
    if old.map(|o| &o.label) != Some(&new.label) {
        set_opt_text(t, "label", new.label.as_deref());
    }
}

/// A new `[[hours.slots]]` table, written as the files write them: no blank line before its header.
fn slot_table() -> Table {
    let mut t = Table::new();
    t.decor_mut().set_prefix("");
    t
}

fn write_slots(table: &mut dyn TableLike, key: &str, slots: &[SlotCell], old: Option<Cell>) {
    let old = match old {
        Some(Cell::Slots(old)) => old,
        _ => Vec::new(),
    };
    // Slots are edited where they stand, so an unchanged slot keeps its comments.
    if let Some(Item::ArrayOfTables(aot)) = table.get_mut(key) {
        while aot.len() > slots.len() {
            aot.remove(aot.len() - 1);
        }
        for (i, new) in slots.iter().enumerate() {
            if i >= aot.len() {
                aot.push(slot_table());
            }
            if let Some(t) = aot.get_mut(i) {
                write_slot(t, old.get(i), new);
            }
        }
        return;
    }
    if let Some(Item::Value(Value::Array(list))) = table.get_mut(key)
        && list.len() == slots.len()
    {
        for (i, new) in slots.iter().enumerate() {
            if let Some(t) = list.get_mut(i).and_then(Value::as_inline_table_mut) {
                write_slot(t, old.get(i), new);
            }
        }
        return;
    }
    let mut aot = ArrayOfTables::new();
    for new in slots {
        let mut t = slot_table();
        write_slot(&mut t, None, new);
        aot.push(t);
    }
    table.remove(key);
    table.insert(key, Item::ArrayOfTables(aot));
}

fn write_phones(
    table: &mut dyn TableLike,
    key: &str,
    phones: &[(String, Option<String>)],
    old: Option<Cell>,
) {
    let old = match old {
        Some(Cell::Phones(old)) => old,
        _ => Vec::new(),
    };
    // The same number of phones: edit them where they stand.
    if old.len() == phones.len()
        && let Some(item) = table.get_mut(key)
    {
        let edit = |i: usize, t: &mut dyn TableLike| {
            let ((number, label), (old_number, old_label)) = (&phones[i], &old[i]);
            if number != old_number {
                set_value(t, "number", Value::from(number.as_str()));
            }
            if label != old_label {
                set_opt_text(t, "label", label.as_deref());
            }
        };
        match item {
            Item::ArrayOfTables(aot) => {
                for (i, t) in aot.iter_mut().enumerate() {
                    edit(i, t);
                }
                return;
            }
            Item::Value(Value::Array(list)) => {
                for (i, v) in list.iter_mut().enumerate() {
                    if let Some(t) = v.as_inline_table_mut() {
                        edit(i, t);
                    }
                }
                return;
            }
            _ => {}
        }
    }
    let entries: Vec<String> = phones
        .iter()
        .map(|(number, label)| {
            let number = Value::from(number.as_str());
            match label {
                Some(label) => format!(
                    "{{ number = {number}, label = {} }}",
                    Value::from(label.as_str())
                ),
                None => format!("{{ number = {number} }}"),
            }
        })
        .collect();
    // One phone on one line, several one per line, as the files write them.
    let text = if entries.len() <= 1 {
        format!("[{}]", entries.join(""))
    } else {
        format!("[\n  {},\n]", entries.join(",\n  "))
    };
    let Ok(value) = text.parse::<Value>() else {
        return;
    };
    if matches!(table.get(key), Some(Item::ArrayOfTables(_))) {
        table.remove(key);
    }
    set_value(table, key, value);
}

fn parse_bool(text: &str) -> Result<bool, Message> {
    match text.to_lowercase().as_str() {
        "ja" | "true" | "wahr" | "yes" | "1" => Ok(true),
        "nein" | "false" | "falsch" | "no" | "0" => Ok(false),
        _ => Err(msg!(
            "`{text}` ist weder ja noch nein",
            "`{text}` is neither ja (yes) nor nein (no)"
        )),
    }
}

/// `21.11.2026` → `2026-11-21`, `07.2023` → `2023-07` (spreadsheets turn ISO dates into local ones);
/// anything else as written (`lotse check` judges it).
fn iso_date(text: &str) -> String {
    let parts: Vec<&str> = text.split('.').collect();
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    let pad = |s: &str| format!("{s:0>2}");
    match parts.as_slice() {
        [d, m, y] if digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 4..=4) => {
            format!("{y}-{}-{}", pad(m), pad(d))
        }
        [m, y] if digits(m, 1..=2) && digits(y, 4..=4) => format!("{y}-{}", pad(m)),
        _ => text.to_owned(),
    }
}

fn parse_phones(text: &str) -> Vec<(String, Option<String>)> {
    text.split(';')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(|entry| match entry.split_once('|') {
            Some((number, label)) => {
                let label = label.trim();
                (
                    number.trim().to_owned(),
                    (!label.is_empty()).then(|| label.to_owned()),
                )
            }
            None => (entry.to_owned(), None),
        })
        .collect()
}

fn parse_labels(text: &str) -> Result<Vec<(String, String)>, Message> {
    let mut pairs = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.split_once(" = ") {
            Some((de, tr)) if !de.trim().is_empty() && !tr.trim().is_empty() => {
                pairs.push((de.trim().to_owned(), tr.trim().to_owned()))
            }
            _ => {
                return Err(msg!(
                    "`{line}`: je Zeile eine Übersetzung „deutsches Label = Übersetzung“",
                    "`{line}`: one translation per line, \"German label = translation\""
                ));
            }
        }
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_count_like_a_spreadsheet() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(27), "AB");
        assert_eq!(letter(52), "BA");
        assert_eq!(letter(702), "AAA");
    }

    #[test]
    fn dates_from_spreadsheets_become_iso() {
        assert_eq!(iso_date("21.11.2026"), "2026-11-21");
        assert_eq!(iso_date("1.2.2026"), "2026-02-01");
        assert_eq!(iso_date("07.2023"), "2023-07");
        assert_eq!(iso_date("2023-07"), "2023-07");
        assert_eq!(iso_date("a.b.2023"), "a.b.2023");
    }

    #[test]
    fn every_column_reads_back_what_it_writes() {
        let src = "name = \"A\" # Kommentar\n\n[contact]\nphones = [{ number = \"112\" }]\n";
        let mut doc: DocumentMut = src.parse().unwrap();
        let cols = columns();
        let col = |h: &str| cols.iter().find(|c| c.header == h).unwrap().clone();
        let name = col("name");
        name.write(&mut doc, Some(&Cell::Text("B".into()))).unwrap();
        assert!(doc.to_string().starts_with("name = \"B\" # Kommentar\n"));
        let phones = col("contact.phones");
        let cell = phones.parse("116 016 | Kinder; 112").unwrap();
        phones.write(&mut doc, cell.as_ref()).unwrap();
        assert_eq!(phones.read(&doc).unwrap(), cell);
        let labels = col("labels.en");
        let cell = labels.parse("Kinder = Children\n").unwrap();
        labels.write(&mut doc, cell.as_ref()).unwrap();
        assert_eq!(labels.read(&doc).unwrap(), cell);
        assert!(
            doc.to_string()
                .contains("[i18n.en]\nlabels = { Kinder = \"Children\" }")
        );
        assert!(!doc.to_string().contains("[i18n]\n"));
        let lat = col("location.lat");
        assert_eq!(lat.parse("51,25").unwrap(), Some(Cell::Number(51.25)));
        assert!(lat.parse("Nord").is_err());
        assert!(col("anonymous").parse("vielleicht").is_err());
    }
}
