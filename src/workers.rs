//! CPU work (searching, the bot's dialogue) off the async workers, on a bounded number of threads.
//!
//! A search takes from a fraction of a millisecond to tens of milliseconds (the sentence model).
//! Run on the async workers, a flood of long queries would stall every connection, `/healthz` included;
//! run on tokio's blocking pool without a bound, it would start hundreds of threads. Here at most
//! `size` run at once; a caller waits for a free worker for at most `wait`, and is then told the
//! service is busy, so it can answer 503 at once instead of queueing without end.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

/// A bounded pool of threads for CPU work.
#[derive(Debug, Clone)]
pub struct Workers {
    permits: Arc<Semaphore>,
    size: usize,
    wait: Duration,
}

/// Why work did not run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WorkError {
    /// Every worker stayed busy for the whole wait.
    #[error("every worker is busy")]
    Busy,
    /// The work panicked (a bug; the panic is in the log).
    #[error("the work failed")]
    Failed,
}

impl Workers {
    /// How long a caller waits for a worker by default: long enough to ride out a burst, short
    /// enough to answer before a person gives up.
    pub const WAIT: Duration = Duration::from_secs(2);

    /// A pool of `size` threads (at least one); callers wait at most `wait` for one.
    pub fn new(size: usize, wait: Duration) -> Workers {
        let size = size.max(1);
        Workers {
            permits: Arc::new(Semaphore::new(size)),
            size,
            wait,
        }
    }

    /// One worker per core.
    pub fn per_core() -> Workers {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Workers::new(cores, Self::WAIT)
    }

    /// The same pool, with callers waiting up to `wait` (the bot waits longer than a web page: a
    /// message must not go unanswered because of a burst).
    pub fn with_wait(&self, wait: Duration) -> Workers {
        Workers {
            wait,
            ..self.clone()
        }
    }

    /// How many run at once.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Runs `work` on a worker thread. The worker stays taken until `work` returns, even when the
    /// caller has gone (a client that hangs up does not free the CPU its search is using).
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, WorkError> {
        let permit = tokio::time::timeout(self.wait, Arc::clone(&self.permits).acquire_owned())
            .await
            .map_err(|_| WorkError::Busy)?
            .map_err(|_| WorkError::Busy)?;
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            work()
        })
        .await
        .map_err(|_| WorkError::Failed)
    }
}

impl Default for Workers {
    fn default() -> Self {
        Workers::per_core()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn work_runs_and_returns_its_value() {
        let workers = Workers::new(2, Duration::from_millis(100));
        assert_eq!(workers.run(|| 6 * 7).await, Ok(42));
    }

    #[tokio::test]
    async fn a_full_pool_says_busy_after_the_wait_and_frees_up_when_the_work_ends() {
        let workers = Workers::new(1, Duration::from_millis(50));
        let (release, released) = std::sync::mpsc::channel::<()>();
        let (started, running) = tokio::sync::oneshot::channel();
        let busy = {
            let workers = workers.clone();
            tokio::spawn(async move {
                workers
                    .run(move || {
                        let _ = started.send(());
                        let _ = released.recv();
                    })
                    .await
            })
        };
        running.await.expect("the first work starts");
        assert_eq!(workers.run(|| ()).await, Err(WorkError::Busy));
        release.send(()).expect("the first work waits");
        assert_eq!(busy.await.expect("joins"), Ok(()));
        assert_eq!(workers.run(|| 1).await, Ok(1));
    }

    #[tokio::test]
    async fn a_panic_is_a_failure_not_a_crash() {
        let workers = Workers::new(1, Duration::from_millis(50));
        assert_eq!(
            workers.run(|| panic!("a bug")).await,
            Err::<(), _>(WorkError::Failed)
        );
        assert_eq!(workers.run(|| 2).await, Ok(2), "the worker is free again");
    }
}
