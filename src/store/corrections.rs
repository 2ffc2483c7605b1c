//! Readers' corrections: "Angabe falsch oder veraltet?" from an offer page.
//!
//! A correction is acknowledged to the reader only after its transaction committed. Its personal data
//! — the free text and the e-mail address — is deleted when an editor resolves it, and after
//! [`RETENTION_DAYS`] days whatever its state; the offer, the kind and the days stay for the record.

use jiff::ToSpan;
use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Store, StoreError};
use crate::lang::Lang;

/// The longest free text, in characters.
pub const MAX_TEXT_CHARS: usize = 1000;
/// The longest e-mail address (RFC 5321's path limit).
pub const MAX_EMAIL_CHARS: usize = 254;
/// After this many days a correction's text and e-mail address are deleted.
pub const RETENTION_DAYS: i64 = 90;

/// What a reader says is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Phone,
    Hours,
    Address,
    Closed,
    Other,
}

impl Kind {
    /// Every kind, in the order the form lists them.
    pub const ALL: [Kind; 5] = [
        Kind::Phone,
        Kind::Hours,
        Kind::Address,
        Kind::Closed,
        Kind::Other,
    ];

    /// The id in the form and the file.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Phone => "phone",
            Kind::Hours => "hours",
            Kind::Address => "address",
            Kind::Closed => "closed",
            Kind::Other => "other",
        }
    }

    /// Parses a form's or the file's id.
    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// Whether an editor has dealt with a correction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CorrectionStatus {
    Open,
    Resolved,
}

impl CorrectionStatus {
    /// The id in the file.
    pub fn id(self) -> &'static str {
        match self {
            CorrectionStatus::Open => "open",
            CorrectionStatus::Resolved => "resolved",
        }
    }
}

/// A correction as the form sends it (already checked by the web layer; the store checks the limits
/// again, so that no caller can store more).
#[derive(Debug, Clone, PartialEq)]
pub struct NewCorrection {
    pub offer_id: String,
    pub kind: Kind,
    pub text: Option<String>,
    pub email: Option<String>,
    pub lang: Lang,
}

/// A stored correction.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    pub id: i64,
    pub offer_id: String,
    pub kind: Kind,
    /// `None` once resolved or older than [`RETENTION_DAYS`].
    pub text: Option<String>,
    pub email: Option<String>,
    /// The language the reader wrote in (the page's).
    pub lang: String,
    /// `YYYY-MM-DD`.
    pub created: String,
    pub status: CorrectionStatus,
    pub resolved: Option<String>,
}

impl Store {
    /// Stores `c` on `today`; returns its id once the transaction committed.
    pub fn add_correction(&self, c: &NewCorrection, today: Date) -> Result<i64, StoreError> {
        let text = c.text.as_deref().map(str::trim).filter(|t| !t.is_empty());
        let email = c.email.as_deref().map(str::trim).filter(|e| !e.is_empty());
        if text.is_some_and(|t| t.chars().count() > MAX_TEXT_CHARS)
            || email.is_some_and(|e| e.chars().count() > MAX_EMAIL_CHARS)
        {
            return Err(StoreError::Unavailable(
                "a correction over the limits".into(),
            ));
        }
        self.with_conn(|conn| {
            let tx = conn.transaction()?;
            tx.execute(
                "INSERT INTO corrections (offer_id, kind, text, email, lang, created) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    c.offer_id,
                    c.kind.id(),
                    text,
                    email,
                    c.lang.code(),
                    today.to_string()
                ],
            )?;
            let id = tx.last_insert_rowid();
            tx.commit()?;
            Ok(id)
        })
    }

    /// The corrections, newest first; only open ones unless `all`.
    pub fn corrections(&self, all: bool) -> Result<Vec<Correction>, StoreError> {
        self.with_conn(|conn| {
            let sql = if all {
                "SELECT * FROM corrections ORDER BY id DESC"
            } else {
                "SELECT * FROM corrections WHERE status = 'open' ORDER BY id DESC"
            };
            let mut stmt = conn.prepare(sql)?;
            let rows = stmt.query_map([], from_row)?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// One correction.
    pub fn correction(&self, id: i64) -> Result<Correction, StoreError> {
        self.with_conn(|conn| {
            conn.query_row("SELECT * FROM corrections WHERE id = ?1", [id], from_row)
                .optional()?
                .ok_or(StoreError::NoSuchCorrection(id))
        })
    }

    /// Marks a correction resolved on `today` and deletes its text and e-mail address.
    pub fn resolve_correction(&self, id: i64, today: Date) -> Result<(), StoreError> {
        self.with_conn(|conn| {
            let changed = conn.execute(
                "UPDATE corrections SET status = 'resolved', resolved = ?2, text = NULL, email = NULL \
                 WHERE id = ?1",
                params![id, today.to_string()],
            )?;
            if changed == 0 {
                return Err(StoreError::NoSuchCorrection(id));
            }
            Ok(())
        })
    }
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Correction> {
    let kind: String = r.get("kind")?;
    let status: String = r.get("status")?;
    Ok(Correction {
        id: r.get("id")?,
        offer_id: r.get("offer_id")?,
        // The table's CHECK admits only the five kinds.
        kind: Kind::from_id(&kind).unwrap_or(Kind::Other),
        text: r.get("text")?,
        email: r.get("email")?,
        lang: r.get("lang")?,
        created: r.get("created")?,
        status: if status == "resolved" {
            CorrectionStatus::Resolved
        } else {
            CorrectionStatus::Open
        },
        resolved: r.get("resolved")?,
    })
}

/// Deletes the text and e-mail of corrections created more than [`RETENTION_DAYS`] before `today`.
pub(super) fn purge(conn: &mut Connection, today: Date) -> Result<usize, StoreError> {
    let limit = today
        .checked_sub(RETENTION_DAYS.days())
        .map_err(|e| StoreError::Unavailable(e.to_string()))?;
    Ok(conn.execute(
        "UPDATE corrections SET text = NULL, email = NULL \
         WHERE created < ?1 AND (text IS NOT NULL OR email IS NOT NULL)",
        [limit.to_string()],
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(text: &str, email: Option<&str>) -> NewCorrection {
        NewCorrection {
            offer_id: "wk-tafel".into(),
            kind: Kind::Phone,
            text: Some(text.into()),
            email: email.map(str::to_owned),
            lang: Lang::Ar,
        }
    }

    fn day(s: &str) -> Date {
        s.parse().expect("a date")
    }

    #[test]
    fn a_stored_correction_is_listed_until_resolved_and_then_loses_its_personal_data() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let store = Store::open_strict(&dir.path().join("d.sqlite")).expect("opens");
        let id = store
            .add_correction(
                &report("Die Nummer ist 02196 1234", Some("a@example.org")),
                day("2026-12-03"),
            )
            .expect("stored");
        let open = store.corrections(false).expect("lists");
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].text.as_deref(), Some("Die Nummer ist 02196 1234"));
        assert_eq!(open[0].email.as_deref(), Some("a@example.org"));
        assert_eq!(open[0].lang, "ar");
        assert_eq!(open[0].created, "2026-12-03");
        store
            .resolve_correction(id, day("2026-12-04"))
            .expect("resolves");
        assert!(store.corrections(false).expect("lists").is_empty());
        let done = store.correction(id).expect("still there");
        assert_eq!(done.status, CorrectionStatus::Resolved);
        assert_eq!(done.resolved.as_deref(), Some("2026-12-04"));
        assert_eq!((done.text, done.email), (None, None));
        assert!(matches!(
            store.resolve_correction(id + 1, day("2026-12-04")),
            Err(StoreError::NoSuchCorrection(_))
        ));
    }

    #[test]
    fn personal_data_older_than_ninety_days_is_deleted_and_newer_kept() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let store = Store::open_strict(&dir.path().join("d.sqlite")).expect("opens");
        let old = store
            .add_correction(&report("alt", Some("a@example.org")), day("2026-09-03"))
            .expect("stored");
        let new = store
            .add_correction(&report("neu", None), day("2026-09-04"))
            .expect("stored");
        // On 3 December the first is 91 days old, the second 90.
        assert_eq!(store.purge(day("2026-12-03")).expect("purges"), 1);
        assert_eq!(store.correction(old).expect("kept").text, None);
        assert_eq!(store.correction(old).expect("kept").email, None);
        assert_eq!(
            store.correction(new).expect("kept").text.as_deref(),
            Some("neu")
        );
    }

    #[test]
    fn a_text_over_the_limit_is_not_stored() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let store = Store::open_strict(&dir.path().join("d.sqlite")).expect("opens");
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        assert!(
            store
                .add_correction(&report(&long, None), day("2026-12-03"))
                .is_err()
        );
        assert!(store.corrections(true).expect("lists").is_empty());
    }
}
