//! The HTTP server: HTTP/1.1 connections with limits, so that no client can hold the server.
//!
//! `axum::serve` has no timeouts and no bound on connections: idle or half-sent connections were held
//! forever, 300 idle sockets under a 256 file-descriptor limit made `/healthz` fail for everyone, and one
//! half-sent request kept SIGTERM from finishing. This accept loop adds, per connection:
//! - a header-read timeout that is also the idle keep-alive timeout (hyper starts it whenever it waits
//!   for a request head);
//! - a maximum age, after which the connection is closed gracefully (a slow reader cannot keep it);
//!
//! and for the server:
//! - a bound on concurrent connections, derived from the file-descriptor limit, with a log line when it
//!   is reached (the accept loop then waits: the kernel's backlog holds new clients);
//! - a bound per client address, so one client cannot take every slot;
//! - a graceful shutdown that ends within a fixed time.
//!
//! HTTP/2 is not offered: browsers speak it only over TLS, which a reverse proxy terminates, and
//! Telegram posts webhooks over HTTP/1.1.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::middleware::AddExtension;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tower::Layer;

/// File descriptors kept free for everything that is not a client connection (index files, the model,
/// outgoing Telegram requests, logs).
const RESERVED_DESCRIPTORS: usize = 64;

/// How the server treats connections.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Time a client has to send a request's headers; also how long an idle keep-alive connection stays.
    pub header_read: Duration,
    /// After this long a connection is asked to close (after its current request).
    pub max_age: Duration,
    /// Time the in-flight requests get when the server stops, and an old connection gets to finish.
    pub grace: Duration,
    /// Connections served at once.
    pub max_connections: usize,
    /// Connections served at once from one client address (0 = no bound, for a reverse proxy that
    /// sends everything from one address).
    pub max_per_client: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_read: Duration::from_secs(10),
            max_age: Duration::from_secs(120),
            grace: Duration::from_secs(5),
            max_connections: connection_bound(1024),
            max_per_client: 64,
        }
    }
}

/// At most `wanted` connections, and never more than the file-descriptor limit leaves room for.
pub fn connection_bound(wanted: usize) -> usize {
    let descriptors = descriptor_limit().unwrap_or(1024);
    wanted
        .min(descriptors.saturating_sub(RESERVED_DESCRIPTORS))
        .max(8)
}

#[cfg(unix)]
fn descriptor_limit() -> Option<usize> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes into the struct we own and reads nothing else.
    let ok = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } == 0;
    ok.then(|| usize::try_from(limit.rlim_cur).unwrap_or(usize::MAX))
}

#[cfg(not(unix))]
fn descriptor_limit() -> Option<usize> {
    None
}

/// Serves `app` on `listener` until `shutdown` resolves, then gives open connections `limits.grace` to
/// finish and returns.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // Every connection holds a slot until it has closed: holding all slots means all are closed.
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let clients = Clients::new(limits.max_per_client);
    let (stop, stopping) = watch::channel(false);
    let mut full = Throttled::new("all connection slots are taken: new clients wait");
    let mut crowded =
        Throttled::new("a client address holds its share of connections: refused more");
    let mut failing = Throttled::new("accepting a connection failed");
    tokio::pin!(shutdown);
    loop {
        if slots.available_permits() == 0 {
            full.log(limits.max_connections);
        }
        let slot = tokio::select! {
            slot = Arc::clone(&slots).acquire_owned() => slot.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    failing.log_error(&err);
                    // Out of descriptors or memory: wait a little instead of spinning on the error.
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(client) = clients.admit(peer.ip()) else {
            crowded.log(limits.max_per_client);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_read)
            .max_buf_size(64 * 1024)
            // The client's address reaches only the corrections form's rate limit (issue 12).
            .serve_connection(
                TokioIo::new(stream),
                TowerToHyperService::new(
                    axum::Extension(super::report::ClientIp(peer.ip())).layer(app.clone()),
                ),
            );
        let (limits, stopping) = (limits.clone(), stopping.clone());
        tokio::spawn(async move {
            serve_connection(connection, &limits, stopping).await;
            drop((slot, client));
        });
    }
    drop(listener);
    let _ = stop.send(true);
    let all = u32::try_from(limits.max_connections).unwrap_or(u32::MAX);
    if tokio::time::timeout(limits.grace, slots.acquire_many(all))
        .await
        .is_err()
    {
        tracing::warn!(
            grace_s = limits.grace.as_secs(),
            "connections still open at shutdown were closed"
        );
    }
    Ok(())
}

type Connection = hyper::server::conn::http1::Connection<
    TokioIo<tokio::net::TcpStream>,
    TowerToHyperService<AddExtension<Router, super::report::ClientIp>>,
>;

/// Runs one connection until it ends, reaches its maximum age, or the server stops; then lets its
/// current request finish within the grace time and closes it.
async fn serve_connection(
    connection: Connection,
    limits: &Limits,
    mut stopping: watch::Receiver<bool>,
) {
    tokio::pin!(connection);
    tokio::select! {
        _ = connection.as_mut() => return,
        () = tokio::time::sleep(limits.max_age) => {}
        _ = stopping.wait_for(|stop| *stop) => {}
    }
    connection.as_mut().graceful_shutdown();
    let _ = tokio::time::timeout(limits.grace, connection).await;
}

/// Open connections per client address.
#[derive(Clone)]
struct Clients {
    max: usize,
    open: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

/// One admitted connection; gives its place back when dropped.
struct Admitted {
    ip: IpAddr,
    open: Option<Arc<Mutex<HashMap<IpAddr, usize>>>>,
}

impl Clients {
    fn new(max: usize) -> Clients {
        Clients {
            max,
            open: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    fn admit(&self, ip: IpAddr) -> Option<Admitted> {
        if self.max == 0 {
            return Some(Admitted { ip, open: None });
        }
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let count = open.entry(ip).or_insert(0);
        if *count >= self.max {
            return None;
        }
        *count += 1;
        Some(Admitted {
            ip,
            open: Some(Arc::clone(&self.open)),
        })
    }
}

impl Drop for Admitted {
    fn drop(&mut self) {
        let Some(open) = &self.open else { return };
        let mut open = open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(count) = open.get_mut(&self.ip) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

/// A warning logged at most once a minute, with how often it happened meanwhile.
struct Throttled {
    what: &'static str,
    last: Option<Instant>,
    since: u64,
}

impl Throttled {
    const EVERY: Duration = Duration::from_secs(60);

    fn new(what: &'static str) -> Throttled {
        Throttled {
            what,
            last: None,
            since: 0,
        }
    }

    fn due(&mut self) -> Option<u64> {
        self.since += 1;
        if self.last.is_some_and(|at| at.elapsed() < Self::EVERY) {
            return None;
        }
        self.last = Some(Instant::now());
        Some(std::mem::take(&mut self.since))
    }

    fn log(&mut self, limit: usize) {
        if let Some(times) = self.due() {
            tracing::warn!(limit, times, "{}", self.what);
        }
    }

    fn log_error(&mut self, err: &std::io::Error) {
        if let Some(times) = self.due() {
            tracing::warn!(%err, times, "{}", self.what);
        }
    }
}
