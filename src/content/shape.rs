//! Reads a TOML file into its serde shape ([`super::raw`], the taxonomy, the thesaurus) and reports every
//! shape problem of the file, not just the first.
//!
//! `toml::from_str` stops at the first unknown field, wrong type or missing field, so an editor fixing a
//! file saw one problem per run. Here the file is parsed into a spanned table once and handed to the
//! derived `Deserialize` impls through a deserializer of our own that does not stop:
//!
//! * an **unknown field** (a key a struct does not list) is reported at the key and skipped, which keeps
//!   the `deny_unknown_fields` rule for every struct;
//! * a **wrong type** is reported at the value, and the struct gets a placeholder of the expected type
//!   (empty text, zero, empty list) so that its other fields are still read;
//! * a **missing field** can only be learnt from the derived code, which fails at the end of the struct:
//!   it is remembered and the file is read again, this time with a placeholder for the field;
//! * any other failure of a value (a number out of range) is reported at the value, which is a placeholder
//!   in the next reading.
//!
//! Every reading learns at least one new fact, so a file is read at most a few times more than it has
//! missing fields. Placeholders never reach the catalogue: a file with any problem is not loaded, and
//! problems that would only repeat a shape problem are dropped (see [`FileProblems::broken`]).

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt;
use std::ops::Range;

use serde::de::value::{BorrowedStrDeserializer, UsizeDeserializer};
use serde::de::{self, DeserializeOwned, DeserializeSeed, Visitor};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::limits::{self, Kind, join};
use super::problem::{FileProblems, Message, msg};

/// How often a file is read at most before giving up (a file has far fewer missing fields).
const MAX_READINGS: usize = 200;

/// The name serde_spanned gives the struct that carries a [`Spanned`] value's span.
const SPANNED_PREFIX: &str = "$__serde_spanned_private";

/// Parses `p`'s source as TOML and deserializes it into `T`, recording syntax, size and shape problems.
///
/// Returns `None` only if the file could not be read at all (a syntax error); otherwise a value, which
/// holds placeholders where problems were recorded.
pub fn parse<T: DeserializeOwned>(kind: Kind, p: &mut FileProblems<'_>) -> Option<T> {
    let source = p.source();
    let root = match DeTable::parse(source) {
        Ok(root) => root,
        Err(err) => {
            syntax_error(&err, p);
            return None;
        }
    };
    limits::check_texts(kind, root.get_ref(), p);
    let ctx = RefCell::new(Ctx::default());
    for _ in 0..MAX_READINGS {
        ctx.borrow_mut().found.clear();
        let node = Node {
            value: Val::Table(root.get_ref()),
            span: root.span(),
            path: String::new(),
            ctx: &ctx,
        };
        match T::deserialize(node) {
            Ok(value) => {
                ctx.into_inner().report(p);
                return Some(value);
            }
            Err(Abort::Retry) => {}
            Err(Abort::Stuck | Abort::Missing(_) | Abort::Custom(_)) => break,
        }
    }
    ctx.into_inner().report(p);
    p.whole(
        "-",
        msg!(
            "die Datei kann wegen der obigen Fehler nicht weiter gelesen werden",
            "the file cannot be read any further because of the problems above"
        ),
    );
    None
}

/// A TOML syntax error: at its line and column, with the key written there (if any) as the field.
fn syntax_error(err: &toml::de::Error, p: &mut FileProblems<'_>) {
    let detail = err
        .message()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    let at = err.span().map_or(0, |s| s.start);
    let field = key_at(p.source(), at).unwrap_or_else(|| "-".to_owned());
    p.at_column(
        at,
        field,
        msg!(
            "TOML-Syntaxfehler ({detail}): bitte Anführungszeichen, Klammern und `=` in dieser Zeile prüfen",
            "TOML syntax error ({detail}): check the quotes, brackets and `=` on this line"
        ),
    );
}

/// The dotted key written on the line of byte offset `at` (`[contact]` … `email = …` → `contact.email`),
/// or the table of a header line; `None` if the line has neither.
pub(crate) fn key_at(source: &str, at: usize) -> Option<String> {
    let at = at.min(source.len());
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    let line = source[line_start..line_end].trim();
    if let Some(header) = table_header(line) {
        return Some(header);
    }
    let (key, _) = line.split_once('=')?;
    let key = clean_key(key)?;
    let table = source[..line_start]
        .lines()
        .rev()
        .find_map(|l| table_header(l.trim()))
        .unwrap_or_default();
    Some(join(&table, &key))
}

/// The table name of a header line `[a.b]` or `[[a.b]]`.
fn table_header(line: &str) -> Option<String> {
    let inner = line.strip_prefix('[')?;
    let inner = inner.strip_prefix('[').unwrap_or(inner);
    let end = inner.find(']')?;
    clean_key(&inner[..end])
}

/// A key as written (`"a b".c`), without quotes and spaces; `None` if it does not look like a key.
fn clean_key(key: &str) -> Option<String> {
    let key: String = key
        .trim()
        .split('.')
        .map(|part| part.trim().trim_matches(['"', '\'']))
        .collect::<Vec<_>>()
        .join(".");
    let plausible = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ' '));
    plausible.then_some(key)
}

/// What earlier readings of a file learnt, and the problems of the current reading.
#[derive(Default)]
struct Ctx {
    /// `(struct path, field)`: required fields found missing; the next reading gives them placeholders.
    missing: BTreeSet<(String, &'static str)>,
    /// Values that made their type fail; later readings give them placeholders.
    poisoned: BTreeSet<String>,
    /// Problems that ended an earlier reading: their value is a placeholder now, so they are not found
    /// again.
    kept: Vec<Found>,
    /// Problems found in the current reading.
    found: Vec<Found>,
}

struct Found {
    at: usize,
    field: String,
    message: Message,
}

impl Ctx {
    fn report(mut self, p: &mut FileProblems<'_>) {
        self.kept.append(&mut self.found);
        self.kept.sort_by_key(|f| f.at);
        for f in self.kept {
            p.broken(f.at, f.field, f.message);
        }
    }
}

/// Why a reading stopped.
#[derive(Debug)]
enum Abort {
    /// The derived code found a required field missing (not yet recorded).
    Missing(&'static str),
    /// A value failed its type's own checks (not yet recorded).
    Custom(String),
    /// Something new was learnt and recorded: read the file again.
    Retry,
    /// Nothing new was learnt: reading again would fail the same way.
    Stuck,
}

impl fmt::Display for Abort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Abort::Missing(field) => write!(f, "missing field `{field}`"),
            Abort::Custom(msg) => f.write_str(msg),
            Abort::Retry => f.write_str("read again"),
            Abort::Stuck => f.write_str("cannot be read"),
        }
    }
}

impl std::error::Error for Abort {}

impl de::Error for Abort {
    fn custom<T: fmt::Display>(msg: T) -> Abort {
        Abort::Custom(msg.to_string())
    }

    fn missing_field(field: &'static str) -> Abort {
        Abort::Missing(field)
    }
}

/// A value of the document, seen through a [`Node`].
#[derive(Clone, Copy)]
enum Val<'a> {
    Value(&'a DeValue<'a>),
    Table(&'a DeTable<'a>),
    /// A table key (maps with text keys).
    Key(&'a str),
    /// Stands in for a missing or broken value: the expected type's empty value, reported elsewhere.
    Placeholder,
}

impl<'a> Val<'a> {
    /// Looks through a table value so that tables have one form.
    fn normal(self) -> Val<'a> {
        match self {
            Val::Value(DeValue::Table(t)) => Val::Table(t),
            other => other,
        }
    }
}

/// What a deserializer method was asked for, to name it in a message and to make its placeholder.
#[derive(Clone, Copy)]
enum Want {
    Text,
    Bool,
    Integer,
    Number,
    List,
    Table,
}

impl Want {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Want::Text => ("Text in Anführungszeichen", "text in quotes"),
            Want::Bool => ("true oder false", "true or false"),
            Want::Integer => ("eine ganze Zahl", "a whole number"),
            Want::Number => ("eine Zahl", "a number"),
            Want::List => ("eine Liste [ … ]", "a list [ … ]"),
            Want::Table => ("eine Tabelle", "a table"),
        }
    }
}

fn found_names(value: Val<'_>) -> (&'static str, &'static str) {
    match value {
        Val::Value(DeValue::String(_)) | Val::Key(_) => ("Text", "text"),
        Val::Value(DeValue::Integer(_)) => ("eine ganze Zahl", "a whole number"),
        Val::Value(DeValue::Float(_)) => ("eine Kommazahl", "a decimal number"),
        Val::Value(DeValue::Boolean(_)) => ("true/false", "true/false"),
        Val::Value(DeValue::Datetime(_)) => {
            ("ein Datum ohne Anführungszeichen", "a date without quotes")
        }
        Val::Value(DeValue::Array(_)) => ("eine Liste", "a list"),
        Val::Value(DeValue::Table(_)) | Val::Table(_) => ("eine Tabelle", "a table"),
        Val::Placeholder => ("nichts", "nothing"),
    }
}

/// One value of the document on its way into the serde shape.
struct Node<'a> {
    value: Val<'a>,
    span: Range<usize>,
    path: String,
    ctx: &'a RefCell<Ctx>,
}

impl<'a> Node<'a> {
    fn child(&self, path: String, value: Val<'a>, span: Range<usize>) -> Node<'a> {
        let value = if self.ctx.borrow().poisoned.contains(&path) {
            Val::Placeholder
        } else {
            value
        };
        Node {
            value,
            span,
            path,
            ctx: self.ctx,
        }
    }

    fn placeholder(self) -> Node<'a> {
        Node {
            value: Val::Placeholder,
            ..self
        }
    }

    fn found(&self, at: usize, field: String, message: Message) {
        self.ctx
            .borrow_mut()
            .found
            .push(Found { at, field, message });
    }

    /// Reports that this value has the wrong type; returns the placeholder to read instead.
    fn wrong_type(self, want: Want) -> Node<'a> {
        let (want_de, want_en) = want.names();
        let (found_de, found_en) = found_names(self.value);
        self.found(
            self.span.start,
            self.path.clone(),
            msg!(
                "falscher Typ: erwartet wird {want_de}, gefunden wurde {found_de}",
                "wrong type: expected {want_en}, found {found_en}"
            ),
        );
        self.placeholder()
    }

    /// Turns a failure that starts at this value into a recorded problem and a new reading.
    fn settle<T>(&self, result: Result<T, Abort>) -> Result<T, Abort> {
        let err = match result {
            Ok(value) => return Ok(value),
            Err(err) => err,
        };
        let mut ctx = self.ctx.borrow_mut();
        match err {
            Abort::Missing(field) => {
                let new = ctx.missing.insert((self.path.clone(), field));
                Err(if new { Abort::Retry } else { Abort::Stuck })
            }
            Abort::Custom(why) => {
                if !ctx.poisoned.insert(self.path.clone()) {
                    return Err(Abort::Stuck);
                }
                ctx.kept.push(Found {
                    at: self.span.start,
                    field: self.path.clone(),
                    message: msg!("ungültiger Wert ({why})", "{why}"),
                });
                Err(Abort::Retry)
            }
            other => Err(other),
        }
    }

    fn text<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        let r = match self.value {
            Val::Value(DeValue::String(s)) => visitor.visit_str(s),
            Val::Key(s) => visitor.visit_str(s),
            Val::Placeholder => visitor.visit_str(""),
            _ => return self.wrong_type(Want::Text).text(visitor),
        };
        self.settle(r)
    }

    fn boolean<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        let r = match self.value {
            Val::Value(DeValue::Boolean(b)) => visitor.visit_bool(*b),
            Val::Placeholder => visitor.visit_bool(false),
            _ => return self.wrong_type(Want::Bool).boolean(visitor),
        };
        self.settle(r)
    }

    fn integer<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        let r = match self.value {
            Val::Value(DeValue::Integer(i)) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => visitor.visit_i64(n),
                Err(_) => Err(Abort::Custom(format!("{i} is too large"))),
            },
            Val::Placeholder => visitor.visit_i64(0),
            _ => return self.wrong_type(Want::Integer).integer(visitor),
        };
        self.settle(r)
    }

    fn number<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        let r = match self.value {
            Val::Value(DeValue::Float(f)) => match f.as_str().parse::<f64>() {
                Ok(x) => visitor.visit_f64(x),
                Err(_) => Err(Abort::Custom(format!("{f} is not a number"))),
            },
            // Whole numbers are numbers too (`lat = 51`), as in the toml crate.
            Val::Value(DeValue::Integer(_)) => return self.integer(visitor),
            Val::Placeholder => visitor.visit_f64(0.0),
            _ => return self.wrong_type(Want::Number).number(visitor),
        };
        self.settle(r)
    }

    fn list<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        let items: &'a [Spanned<DeValue<'a>>] = match self.value {
            Val::Value(DeValue::Array(items)) => items,
            Val::Placeholder => &[],
            _ => return self.wrong_type(Want::List).list(visitor),
        };
        let access = ListAccess {
            parent: &self,
            items: items.iter().enumerate(),
        };
        let r = visitor.visit_seq(access);
        self.settle(r)
    }

    fn map<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        let table = match self.value.normal() {
            Val::Table(t) => Some(t),
            Val::Placeholder => None,
            _ => return self.wrong_type(Want::Table).map(visitor),
        };
        let access = TableAccess {
            parent: &self,
            entries: table.into_iter().flatten(),
            pending: None,
        };
        let r = visitor.visit_map(access);
        self.settle(r)
    }

    fn structure<V: Visitor<'a>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Abort> {
        let table = match self.value.normal() {
            Val::Table(t) => Some(t),
            Val::Placeholder => None,
            _ => return self.wrong_type(Want::Table).structure(fields, visitor),
        };
        let missing: Vec<&'static str> = {
            let ctx = self.ctx.borrow();
            fields
                .iter()
                .copied()
                .filter(|f| ctx.missing.contains(&(self.path.clone(), *f)))
                .filter(|f| table.is_none_or(|t| !t.contains_key(*f)))
                .collect()
        };
        let access = StructAccess {
            parent: &self,
            fields,
            entries: table.into_iter().flatten(),
            missing: missing.into_iter(),
            pending: None,
        };
        let r = visitor.visit_map(access);
        self.settle(r)
    }

    fn spanned<V: Visitor<'a>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Abort> {
        let access = SpannedAccess {
            fields,
            start: self.span.start,
            end: self.span.end,
            step: 0,
            value: Some(self),
        };
        visitor.visit_map(access)
    }

    fn any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        match self.value.normal() {
            Val::Value(DeValue::String(_)) | Val::Key(_) => self.text(visitor),
            Val::Value(DeValue::Integer(_)) => self.integer(visitor),
            Val::Value(DeValue::Float(_)) => self.number(visitor),
            Val::Value(DeValue::Boolean(_)) => self.boolean(visitor),
            Val::Value(DeValue::Datetime(d)) => {
                let r = visitor.visit_str(&d.to_string());
                self.settle(r)
            }
            Val::Value(DeValue::Array(_)) => self.list(visitor),
            Val::Table(_) | Val::Value(DeValue::Table(_)) => self.map(visitor),
            Val::Placeholder => {
                let r = visitor.visit_unit();
                self.settle(r)
            }
        }
    }
}

impl<'a> de::Deserializer<'a> for Node<'a> {
    type Error = Abort;

    fn deserialize_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.any(visitor)
    }

    fn deserialize_bool<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.boolean(visitor)
    }

    fn deserialize_i8<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.integer(visitor)
    }

    fn deserialize_i16<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.integer(visitor)
    }

    fn deserialize_i32<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.integer(visitor)
    }

    fn deserialize_i64<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.integer(visitor)
    }

    fn deserialize_u8<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.integer(visitor)
    }

    fn deserialize_u16<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.integer(visitor)
    }

    fn deserialize_u32<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.integer(visitor)
    }

    fn deserialize_u64<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.integer(visitor)
    }

    fn deserialize_f32<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.number(visitor)
    }

    fn deserialize_f64<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.number(visitor)
    }

    fn deserialize_char<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.text(visitor)
    }

    fn deserialize_str<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.text(visitor)
    }

    fn deserialize_string<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.text(visitor)
    }

    fn deserialize_bytes<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.any(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.any(visitor)
    }

    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        match self.value {
            Val::Placeholder => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.any(visitor)
    }

    fn deserialize_unit_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Abort> {
        self.any(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Abort> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.list(visitor)
    }

    fn deserialize_tuple<V: Visitor<'a>>(self, _len: usize, visitor: V) -> Result<V::Value, Abort> {
        self.list(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Abort> {
        self.list(visitor)
    }

    fn deserialize_map<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.map(visitor)
    }

    fn deserialize_struct<V: Visitor<'a>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Abort> {
        if name.starts_with(SPANNED_PREFIX) {
            self.spanned(fields, visitor)
        } else {
            self.structure(fields, visitor)
        }
    }

    fn deserialize_enum<V: Visitor<'a>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Abort> {
        // No content shape uses enums (values are checked by the validation for better messages).
        self.any(visitor)
    }

    fn deserialize_identifier<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        self.text(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Abort> {
        visitor.visit_unit()
    }
}

/// The items of a list.
struct ListAccess<'p, 'a, I> {
    parent: &'p Node<'a>,
    items: I,
}

impl<'a, I> de::SeqAccess<'a> for ListAccess<'_, 'a, I>
where
    I: Iterator<Item = (usize, &'a Spanned<DeValue<'a>>)>,
{
    type Error = Abort;

    fn next_element_seed<T: DeserializeSeed<'a>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Abort> {
        let Some((i, item)) = self.items.next() else {
            return Ok(None);
        };
        let path = format!("{}[{i}]", self.parent.path);
        let node = self
            .parent
            .child(path, Val::Value(item.get_ref()), item.span());
        seed.deserialize(node).map(Some)
    }
}

type Entry<'a> = (
    &'a Spanned<toml::de::DeString<'a>>,
    &'a Spanned<DeValue<'a>>,
);

/// The entries of a table read as a map (every key is data).
struct TableAccess<'p, 'a, I> {
    parent: &'p Node<'a>,
    entries: I,
    pending: Option<Entry<'a>>,
}

impl<'a, I: Iterator<Item = Entry<'a>>> de::MapAccess<'a> for TableAccess<'_, 'a, I> {
    type Error = Abort;

    fn next_key_seed<K: DeserializeSeed<'a>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Abort> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.pending = Some((key, value));
        let node = Node {
            value: Val::Key(key.get_ref()),
            span: key.span(),
            path: join(&self.parent.path, key.get_ref()),
            ctx: self.parent.ctx,
        };
        seed.deserialize(node).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'a>>(&mut self, seed: V) -> Result<V::Value, Abort> {
        let (key, value) = self.pending.take().ok_or(Abort::Stuck)?;
        let path = join(&self.parent.path, key.get_ref());
        seed.deserialize(
            self.parent
                .child(path, Val::Value(value.get_ref()), value.span()),
        )
    }
}

/// The entries of a table read as a struct: unknown keys are reported and skipped, missing required
/// fields learnt in an earlier reading come last, as placeholders.
struct StructAccess<'p, 'a, I> {
    parent: &'p Node<'a>,
    fields: &'static [&'static str],
    entries: I,
    missing: std::vec::IntoIter<&'static str>,
    pending: Option<(String, Val<'a>, Range<usize>)>,
}

impl<'a, I: Iterator<Item = Entry<'a>>> StructAccess<'_, 'a, I> {
    fn report_unknown(&self, key: &Spanned<toml::de::DeString<'a>>) {
        let name = key.get_ref();
        let known = self.fields.join(", ");
        self.parent.found(
            key.span().start,
            join(&self.parent.path, name),
            msg!(
                "unbekanntes Feld `{name}` (hier bekannt: {known})",
                "unknown field `{name}` (known here: {known})"
            ),
        );
    }

    fn report_missing(&self, field: &str) {
        // Missing inside a placeholder: the placeholder's own problem says it all.
        if matches!(self.parent.value, Val::Placeholder) {
            return;
        }
        self.parent.found(
            self.parent.span.start,
            join(&self.parent.path, field),
            msg!("das Pflichtfeld `{field}` fehlt", "missing field `{field}`"),
        );
    }
}

impl<'a, I: Iterator<Item = Entry<'a>>> de::MapAccess<'a> for StructAccess<'_, 'a, I> {
    type Error = Abort;

    fn next_key_seed<K: DeserializeSeed<'a>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Abort> {
        let (name, value, span): (&'a str, Val<'a>, Range<usize>) = loop {
            if let Some((key, value)) = self.entries.next() {
                if self.fields.contains(&key.get_ref().as_ref()) {
                    break (
                        key.get_ref().as_ref(),
                        Val::Value(value.get_ref()),
                        value.span(),
                    );
                }
                self.report_unknown(key);
                continue;
            }
            let Some(field) = self.missing.next() else {
                return Ok(None);
            };
            self.report_missing(field);
            break (field, Val::Placeholder, self.parent.span.clone());
        };
        self.pending = Some((join(&self.parent.path, name), value, span));
        seed.deserialize(BorrowedStrDeserializer::<Abort>::new(name))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'a>>(&mut self, seed: V) -> Result<V::Value, Abort> {
        let (path, value, span) = self.pending.take().ok_or(Abort::Stuck)?;
        seed.deserialize(self.parent.child(path, value, span))
    }
}

/// The three entries serde_spanned asks for: start, end and the value itself.
struct SpannedAccess<'a> {
    fields: &'static [&'static str],
    start: usize,
    end: usize,
    step: usize,
    value: Option<Node<'a>>,
}

impl<'a> de::MapAccess<'a> for SpannedAccess<'a> {
    type Error = Abort;

    fn next_key_seed<K: DeserializeSeed<'a>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Abort> {
        match self.fields.get(self.step) {
            Some(name) if self.step < 3 => seed
                .deserialize(BorrowedStrDeserializer::<Abort>::new(name))
                .map(Some),
            _ => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'a>>(&mut self, seed: V) -> Result<V::Value, Abort> {
        self.step += 1;
        match self.step {
            1 => seed.deserialize(UsizeDeserializer::<Abort>::new(self.start)),
            2 => seed.deserialize(UsizeDeserializer::<Abort>::new(self.end)),
            _ => seed.deserialize(self.value.take().ok_or(Abort::Stuck)?),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::Path;

    use serde::Deserialize;

    use super::*;
    use crate::content::Problem;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        name: Spanned<String>,
        count: Option<i8>,
        #[serde(default)]
        tags: Vec<Spanned<String>>,
        inner: Option<Inner>,
        map: Option<BTreeMap<Spanned<String>, Spanned<String>>>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        city: String,
        lat: f64,
    }

    fn run(src: &str) -> (Option<Doc>, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut p = FileProblems::new(Path::new("x.toml"), src, &mut problems);
        let doc = parse::<Doc>(Kind::Offer, &mut p);
        (doc, problems)
    }

    fn places(problems: &[Problem]) -> Vec<(Option<usize>, &str)> {
        problems
            .iter()
            .map(|p| (p.line, p.field.as_str()))
            .collect()
    }

    #[test]
    fn a_good_document_reads_like_toml_from_str_with_spans() {
        let src = "name = \"Tafel\"\ncount = 3\ntags = [\"a\", \"b\"]\n[inner]\ncity = \"W\"\nlat = 51\n[map]\nde = \"x\"\n";
        let (doc, problems) = run(src);
        assert!(problems.is_empty(), "{problems:?}");
        let doc = doc.expect("a document");
        let expected: Doc = toml::from_str(src).expect("toml reads it");
        assert_eq!(doc.name.span(), expected.name.span());
        assert_eq!(doc.name.get_ref(), "Tafel");
        assert_eq!(doc.count, Some(3));
        assert_eq!(doc.tags[1].span(), expected.tags[1].span());
        let inner = doc.inner.expect("inner");
        assert_eq!((inner.city.as_str(), inner.lat), ("W", 51.0));
        let map = doc.map.expect("map");
        let (k, v) = map.iter().next().expect("an entry");
        assert_eq!((k.get_ref().as_str(), v.get_ref().as_str()), ("de", "x"));
        assert_eq!(&src[k.span()], "de");
    }

    #[test]
    fn every_shape_problem_of_a_document_is_reported_at_its_line() {
        let src = "count = 300\ntags = \"a\"\nphone = \"1\"\n[inner]\nlat = \"north\"\nzip = 1\n";
        let (doc, problems) = run(src);
        assert!(doc.is_some());
        assert_eq!(
            places(&problems),
            [
                (Some(1), "name"),
                (Some(1), "count"),
                (Some(2), "tags"),
                (Some(3), "phone"),
                (Some(4), "inner.city"),
                (Some(5), "inner.lat"),
                (Some(6), "inner.zip"),
            ],
            "{problems:#?}"
        );
        let en: Vec<&str> = problems.iter().map(|p| p.message.en.as_str()).collect();
        assert!(en[0].contains("missing field `name`"), "{en:?}");
        assert!(en[2].contains("expected a list"), "{en:?}");
        assert!(problems[2].message.de.contains("erwartet wird eine Liste"));
        assert!(en[3].contains("unknown field `phone`"), "{en:?}");
        assert!(en[5].contains("expected a number"), "{en:?}");
    }

    #[test]
    fn a_syntax_error_names_the_key_on_its_line_or_dash() {
        let (_, problems) = run("name = \"x\"\n[inner]\ncity = \"W\nlat = 1\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, Some(3));
        assert!(problems[0].column.is_some());
        assert_eq!(problems[0].field, "inner.city");
        assert!(problems[0].message.de.contains("TOML-Syntaxfehler"));
        assert!(!problems[0].message.en.contains('\n'));

        let (_, problems) = run("name = \"x\"\n}}}\n");
        assert_eq!(places(&problems), [(Some(2), "-")], "{problems:?}");
    }

    #[test]
    fn keys_are_found_under_their_table() {
        let src = "a = 1\n[contact]\nemail = x\n[[hours.slots]]\n\"odd key\" = 2\n";
        assert_eq!(key_at(src, 0).as_deref(), Some("a"));
        assert_eq!(
            key_at(src, src.find("x\n").unwrap_or(0)).as_deref(),
            Some("contact.email")
        );
        assert_eq!(
            key_at(src, src.find("[[").unwrap_or(0)).as_deref(),
            Some("hours.slots")
        );
        assert_eq!(
            key_at(src, src.find("2\n").unwrap_or(0)).as_deref(),
            Some("hours.slots.odd key")
        );
    }
}
