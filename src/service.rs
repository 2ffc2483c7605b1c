//! The live directory: the engine a server answers from, swapped atomically when content changes.
//!
//! Reloading is all-or-nothing: new content is validated and indexed into a new generation first; only
//! then does the engine swap. Invalid content is reported (file, line, field) and the last good engine
//! keeps serving. In-flight requests keep the `Arc` of the engine they started with.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;

use crate::index::{self, IndexError, Outcome};
use crate::search::Engine;
use crate::workers::Workers;

/// The engine being served and where it comes from.
pub struct Live {
    engine: ArcSwap<Engine>,
    content: PathBuf,
    index: PathBuf,
    /// The last failure reported, so a broken or unreadable state is reported once, not on every poll.
    failed: std::sync::Mutex<Option<Failed>>,
    /// The threads searches and dialogues run on.
    workers: Workers,
}

/// A state of the content that failed and has been reported.
#[derive(Debug, PartialEq, Eq)]
enum Failed {
    /// Content with this fingerprint failed to validate or build.
    Build(String),
    /// The content could not be fingerprinted; the error as reported (it names the file).
    Unreadable(String),
}

/// What a reload did.
#[derive(Debug)]
pub enum Reload {
    /// Nothing changed.
    Unchanged,
    /// A new generation is being served.
    Swapped(String),
    /// The content is broken (or the build failed); the previous engine keeps serving.
    Kept(IndexError),
}

impl Live {
    /// Brings the index up to date with the content (if the content is valid) and opens it.
    ///
    /// Invalid content is logged and the last good index is opened instead; only when there is no
    /// index at all does this fail.
    pub fn start(content: &Path, index_root: &Path) -> Result<Live, IndexError> {
        match index::ensure(content, index_root) {
            Ok(Outcome::Built(fp)) => tracing::info!(generation = %fp, "built a new index"),
            Ok(Outcome::UpToDate(fp)) => tracing::info!(generation = %fp, "index is up to date"),
            Err(IndexError::Content(problems)) => {
                for p in &problems {
                    tracing::error!(problem = %p, "content problem");
                }
                tracing::warn!(
                    count = problems.len(),
                    "content is invalid: serving the last good index"
                );
            }
            Err(err) => {
                tracing::error!(%err, "could not build the index: serving the last good one")
            }
        }
        let engine = Engine::open(index_root)?;
        Ok(Live::from_engine(engine, content, index_root))
    }

    /// Serves a given engine (tests, `lotse chat`); reloads are still possible if the paths are real.
    pub fn from_engine(engine: Engine, content: &Path, index_root: &Path) -> Live {
        Live {
            engine: ArcSwap::from_pointee(engine),
            content: content.to_path_buf(),
            index: index_root.to_path_buf(),
            failed: std::sync::Mutex::new(None),
            workers: Workers::per_core(),
        }
    }

    /// The same, with searches on `workers` (tests use a small pool to see it saturated).
    pub fn with_workers(mut self, workers: Workers) -> Live {
        self.workers = workers;
        self
    }

    /// The bounded pool that searches and dialogues run on, off the async workers.
    pub fn workers(&self) -> &Workers {
        &self.workers
    }

    /// The engine to answer the current request with.
    pub fn engine(&self) -> Arc<Engine> {
        self.engine.load_full()
    }

    /// Rebuilds if the content changed and swaps the engine. Blocking: call it off the async runtime.
    pub fn reload(&self) -> Reload {
        let current = self.engine.load().fingerprint().to_owned();
        let mut failed = self.failed.lock().unwrap_or_else(|e| e.into_inner());
        let wanted = match index::content_fingerprint(&self.content) {
            Ok(fp) => fp,
            Err(err) => {
                let state = Failed::Unreadable(err.to_string());
                if failed.as_ref() == Some(&state) {
                    return Reload::Unchanged; // already reported; wait until it changes
                }
                *failed = Some(state);
                return Reload::Kept(err);
            }
        };
        if wanted == current {
            // Back to what is served: a failure after this is news again.
            *failed = None;
            return Reload::Unchanged;
        }
        if failed.as_ref() == Some(&Failed::Build(wanted.clone())) {
            return Reload::Unchanged; // already reported; wait for the next edit
        }
        match index::ensure(&self.content, &self.index).and_then(|_| Engine::open(&self.index)) {
            Ok(engine) => {
                let fp = engine.fingerprint().to_owned();
                self.engine.store(Arc::new(engine));
                *failed = None;
                Reload::Swapped(fp)
            }
            Err(err) => {
                *failed = Some(Failed::Build(wanted));
                Reload::Kept(err)
            }
        }
    }

    /// Logs the outcome of a reload (content problems name file, line and field; no user data exists here).
    pub fn log(reload: &Reload) {
        match reload {
            Reload::Unchanged => {}
            Reload::Swapped(fp) => {
                tracing::info!(generation = %fp, "content changed: now serving the new index")
            }
            Reload::Kept(IndexError::Content(problems)) => {
                for p in problems {
                    tracing::error!(problem = %p, "content problem");
                }
                tracing::warn!(
                    count = problems.len(),
                    "content is invalid: still serving the last good index"
                );
            }
            Reload::Kept(err) => {
                tracing::error!(%err, "reload failed: still serving the last good index")
            }
        }
    }

    /// Watches the content folder every `interval` and on SIGHUP, reloading when it changed.
    pub fn spawn_watcher(self: &Arc<Self>, interval: Option<Duration>) {
        let live = Arc::clone(self);
        tokio::spawn(async move {
            #[cfg(unix)]
            let mut hup =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
            let mut tick = interval.map(tokio::time::interval);
            loop {
                let tick_fut = async {
                    match tick.as_mut() {
                        Some(t) => {
                            t.tick().await;
                        }
                        None => std::future::pending::<()>().await,
                    }
                };
                #[cfg(unix)]
                let hup_fut = async {
                    match hup.as_mut() {
                        Some(h) => {
                            h.recv().await;
                        }
                        None => std::future::pending::<()>().await,
                    }
                };
                #[cfg(not(unix))]
                let hup_fut = std::future::pending::<()>();
                tokio::select! {
                    _ = tick_fut => {}
                    _ = hup_fut => {}
                }
                let worker = Arc::clone(&live);
                // Index builds block (tantivy commits): keep them off the async workers.
                match tokio::task::spawn_blocking(move || worker.reload()).await {
                    Ok(reload) => Live::log(&reload),
                    Err(err) => tracing::error!(%err, "reload task failed"),
                }
            }
        });
    }
}
