//! What Lotse keeps between runs: readers' corrections and the anonymous daily counts of the needs
//! report, in one embedded SQLite file (`LOTSE_DATA`, default `data/lotse.sqlite`).
//!
//! The store never stops search or pages. It is opened (created and migrated) at the start; when that
//! fails — a read-only folder, a full disk, a locked or corrupt file — it stays *unavailable*, says so
//! once in the log, and tries again on the next write. Corrections then fail with
//! [`StoreError::Unavailable`], which the web turns into "could not be saved – please call …"; counts
//! wait in memory (bounded) for the next flush.
//!
//! What is stored is listed in the README's privacy section: never a query, an address, a chat id or a
//! time finer than a day.

pub mod corrections;
pub mod counts;
pub mod report;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use jiff::civil::Date;
use rusqlite::Connection;

pub use corrections::{Correction, CorrectionStatus, Kind, NewCorrection};
pub use counts::Channel;
pub use report::Report;

/// The default place of the database file.
pub const DEFAULT_PATH: &str = "data/lotse.sqlite";
/// The schema version [`migrate`] brings a file to (`PRAGMA user_version`).
pub const SCHEMA_VERSION: i64 = 1;
/// How long a write waits for another process's lock before it gives up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(2);

/// Why the store could not do something.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file cannot be opened, created, migrated or written.
    #[error("the data file cannot be used: {0}")]
    Unavailable(String),
    /// No correction has this id.
    #[error("no correction {0}")]
    NoSuchCorrection(i64),
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> StoreError {
        StoreError::Unavailable(err.to_string())
    }
}

/// The store, shared by the web, the bot and the command line (cheap to clone).
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    /// `None` while the file cannot be used.
    conn: Mutex<Option<Connection>>,
    /// Counts not yet written (see [`counts`]).
    pending: Mutex<counts::Pending>,
}

impl Store {
    /// Opens (creating and migrating) the file at `path`. Never fails: an unusable file leaves the
    /// store unavailable until a later write succeeds in opening it.
    pub fn open(path: &Path) -> Store {
        let store = Store {
            inner: Arc::new(Inner {
                path: path.to_owned(),
                conn: Mutex::new(None),
                pending: Mutex::new(counts::Pending::default()),
            }),
        };
        if let Err(err) = store.with_conn(|_| Ok(())) {
            tracing::error!(path = %path.display(), %err, "the data file cannot be used: corrections cannot be saved and counts are kept in memory; search and pages are not affected");
        }
        store
    }

    /// Opens the file at `path` or says why not (for the command line, which has nothing to serve).
    pub fn open_strict(path: &Path) -> Result<Store, StoreError> {
        let store = Store::open(path);
        store.with_conn(|_| Ok(()))?;
        Ok(store)
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// `true` if the file is open and migrated.
    pub fn is_available(&self) -> bool {
        self.with_conn(|_| Ok(())).is_ok()
    }

    /// Runs `work` on the open connection, opening the file first if needed. A failure that says the
    /// file itself is unusable closes it, so the next call opens it afresh.
    fn with_conn<T>(
        &self,
        work: impl FnOnce(&mut Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut conn = lock(&self.inner.conn);
        if conn.is_none() {
            *conn = Some(connect(&self.inner.path)?);
        }
        let result = work(conn.as_mut().expect("opened above"));
        if let Err(StoreError::Unavailable(_)) = &result {
            *conn = None;
        }
        result
    }

    /// Deletes the personal data (text, e-mail) of corrections created more than
    /// [`corrections::RETENTION_DAYS`] days before `today`; returns how many were cleared.
    pub fn purge(&self, today: Date) -> Result<usize, StoreError> {
        self.with_conn(|c| corrections::purge(c, today))
    }
}

/// Locks `m`, also after a panic elsewhere held it (the data inside stays consistent: every change
/// to it is a single assignment or a committed transaction).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Opens and migrates the file, creating its folder.
fn connect(path: &Path) -> Result<Connection, StoreError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| StoreError::Unavailable(format!("{}: {e}", dir.display())))?;
    }
    let mut conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // WAL: readers (the report, `lotse corrections`) never block the server's writes. FULL: a
    // correction acknowledged to a reader is on disk, also after a power cut.
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        tracing::warn!(mode, "the data file is not in WAL mode");
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// Brings the schema to [`SCHEMA_VERSION`], one step per version, each in its own transaction.
fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::Unavailable(format!(
            "the data file has schema version {version}, newer than this program's {SCHEMA_VERSION}"
        )));
    }
    if version < 1 {
        let tx = conn.transaction()?;
        tx.execute_batch(
            "CREATE TABLE corrections (
                 id INTEGER PRIMARY KEY,
                 offer_id TEXT NOT NULL,
                 kind TEXT NOT NULL CHECK (kind IN ('phone', 'hours', 'address', 'closed', 'other')),
                 text TEXT CHECK (text IS NULL OR length(text) <= 1000),
                 email TEXT CHECK (email IS NULL OR length(email) <= 254),
                 lang TEXT NOT NULL,
                 created TEXT NOT NULL,
                 status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
                 resolved TEXT
             );
             CREATE INDEX corrections_open ON corrections (status, offer_id);
             CREATE TABLE counts (
                 day TEXT NOT NULL,
                 channel TEXT NOT NULL,
                 lang TEXT NOT NULL,
                 category TEXT NOT NULL,
                 outcome TEXT NOT NULL,
                 count INTEGER NOT NULL,
                 PRIMARY KEY (day, channel, lang, category, outcome)
             ) WITHOUT ROWID;
             PRAGMA user_version = 1;",
        )?;
        tx.commit()?;
    }
    Ok(())
}

/// Today in the town (Europe/Berlin): the only time the store records.
pub fn today() -> Date {
    crate::present::now().date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_is_created_migrated_and_in_wal_mode() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("sub/lotse.sqlite");
        let store = Store::open_strict(&path).expect("opens");
        assert!(path.exists());
        let (version, mode): (i64, String) = store
            .with_conn(|c| {
                Ok((
                    c.pragma_query_value(None, "user_version", |r| r.get(0))?,
                    c.query_row("PRAGMA journal_mode", [], |r| r.get(0))?,
                ))
            })
            .expect("reads");
        assert_eq!(version, SCHEMA_VERSION);
        assert_eq!(mode, "wal");
        // Opening again migrates nothing and keeps the file usable.
        drop(store);
        assert!(Store::open_strict(&path).is_ok());
    }

    #[test]
    fn a_corrupt_file_leaves_the_store_unavailable_without_failing_open() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("lotse.sqlite");
        std::fs::write(&path, vec![0x5a; 8192]).expect("writes");
        let store = Store::open(&path);
        assert!(!store.is_available());
        assert!(matches!(
            Store::open_strict(&path),
            Err(StoreError::Unavailable(_))
        ));
    }

    #[test]
    fn a_file_of_a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("lotse.sqlite");
        {
            let c = Connection::open(&path).expect("opens");
            c.pragma_update(None, "user_version", 7).expect("sets");
        }
        assert!(matches!(
            Store::open_strict(&path),
            Err(StoreError::Unavailable(m)) if m.contains("version 7")
        ));
    }
}
