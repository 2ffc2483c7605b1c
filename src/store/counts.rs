//! The anonymous daily counts of the needs report: per day, channel, language, category meant and
//! outcome, how many questions there were. Nothing else about a question is kept.
//!
//! Counting must not slow a search or fail it: [`Store::count`] only adds to a table in memory; a
//! background task calls [`Store::flush`] every few seconds and once at shutdown, which writes the
//! batch in one transaction. Killing the process loses at most the batch not yet flushed.

use std::collections::HashMap;

use jiff::civil::Date;
use rusqlite::params;

use super::{Store, StoreError, lock};
use crate::lang::Lang;
use crate::search::{Need, Outcome};

/// The category row that counts every question once (a question may mean several categories).
pub const ALL_QUESTIONS: &str = "*";
/// The category of a question that meant none.
pub const NO_CATEGORY: &str = "-";
/// The most distinct rows kept in memory while the file cannot be written: beyond it, new counts are
/// dropped (and said so), so that a broken disk cannot grow the process.
const MAX_PENDING_ROWS: usize = 20_000;

/// Where a question came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    /// The results page and the category pages.
    Web,
    /// `/api/v1/search`.
    Api,
    /// A question in the Telegram bot.
    Bot,
}

impl Channel {
    /// Every channel.
    pub const ALL: [Channel; 3] = [Channel::Web, Channel::Api, Channel::Bot];

    /// The id stored and printed.
    pub fn id(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Api => "api",
            Channel::Bot => "bot",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    day: Date,
    channel: Channel,
    lang: Lang,
    category: String,
    outcome: Outcome,
}

/// Counts waiting for the next flush.
#[derive(Debug, Default)]
pub(super) struct Pending {
    rows: HashMap<Key, u64>,
    dropped: u64,
}

impl Pending {
    fn add(&mut self, key: Key, n: u64) {
        if let Some(count) = self.rows.get_mut(&key) {
            *count += n;
        } else if self.rows.len() < MAX_PENDING_ROWS {
            self.rows.insert(key, n);
        } else {
            self.dropped += n;
        }
    }
}

impl Store {
    /// Counts one question of `channel` in `lang` that meant `need`, on `today`.
    pub fn count(&self, channel: Channel, lang: Lang, need: &Need, today: Date) {
        let key = |category: &str| Key {
            day: today,
            channel,
            lang,
            category: category.to_owned(),
            outcome: need.outcome,
        };
        let mut pending = lock(&self.inner.pending);
        pending.add(key(ALL_QUESTIONS), 1);
        if need.categories.is_empty() {
            pending.add(key(NO_CATEGORY), 1);
        }
        for category in &need.categories {
            pending.add(key(category), 1);
        }
    }

    /// Writes the counts gathered since the last flush in one transaction; returns how many rows it
    /// wrote. When that fails, the counts go back into memory for the next try.
    pub fn flush(&self) -> Result<usize, StoreError> {
        let batch = std::mem::take(&mut lock(&self.inner.pending).rows);
        if batch.is_empty() {
            return Ok(0);
        }
        let written = self.with_conn(|conn| {
            let tx = conn.transaction()?;
            {
                let mut stmt = tx.prepare_cached(
                    "INSERT INTO counts (day, channel, lang, category, outcome, count) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
                     ON CONFLICT (day, channel, lang, category, outcome) \
                     DO UPDATE SET count = count + excluded.count",
                )?;
                for (k, n) in &batch {
                    stmt.execute(params![
                        k.day.to_string(),
                        k.channel.id(),
                        k.lang.code(),
                        k.category,
                        k.outcome.id(),
                        i64::try_from(*n).unwrap_or(i64::MAX)
                    ])?;
                }
            }
            tx.commit()?;
            Ok(batch.len())
        });
        if written.is_err() {
            let mut pending = lock(&self.inner.pending);
            for (k, n) in batch {
                pending.add(k, n);
            }
            if pending.dropped > 0 {
                tracing::warn!(
                    dropped = pending.dropped,
                    "the data file cannot be written: counts were dropped"
                );
                pending.dropped = 0;
            }
        }
        written
    }

    /// Counts not yet flushed (rows), for tests and the shutdown log.
    pub fn pending_rows(&self) -> usize {
        lock(&self.inner.pending).rows.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn need(categories: &[&str], outcome: Outcome) -> Need {
        Need {
            categories: categories.iter().map(|c| (*c).to_owned()).collect(),
            outcome,
        }
    }

    #[test]
    fn counts_are_kept_in_memory_until_a_flush_writes_and_adds_them_up() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let store = Store::open_strict(&dir.path().join("d.sqlite")).expect("opens");
        let day: Date = "2026-12-03".parse().expect("a date");
        for _ in 0..3 {
            store.count(
                Channel::Web,
                Lang::De,
                &need(&["food-bank"], Outcome::Matched),
                day,
            );
        }
        store.count(Channel::Bot, Lang::Ar, &need(&[], Outcome::Fallback), day);
        let report = store.report(day, day).expect("reads");
        assert_eq!(report.total(), 0, "nothing is written before a flush");
        assert_eq!(store.flush().expect("flushes"), 4);
        store.count(
            Channel::Web,
            Lang::De,
            &need(&["food-bank"], Outcome::Matched),
            day,
        );
        store.flush().expect("flushes");
        let report = store.report(day, day).expect("reads");
        assert_eq!(report.total(), 5);
        assert_eq!(report.category_total("food-bank"), 4);
        assert_eq!(report.category_total(NO_CATEGORY), 1);
        assert_eq!(store.pending_rows(), 0);
    }

    #[test]
    fn counts_wait_in_memory_while_the_file_cannot_be_written() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("d.sqlite");
        std::fs::write(&path, vec![0x5a; 4096]).expect("a corrupt file");
        let store = Store::open(&path);
        let day: Date = "2026-12-03".parse().expect("a date");
        store.count(
            Channel::Api,
            Lang::En,
            &need(&["debt"], Outcome::Matched),
            day,
        );
        assert!(store.flush().is_err());
        assert_eq!(
            store.pending_rows(),
            2,
            "all questions and the category: kept"
        );
        std::fs::remove_file(&path).expect("removes");
        assert_eq!(store.flush().expect("a fresh file"), 2);
    }
}
