//! The HTTP server against real clients on loopback: timeouts, connection bounds, shutdown, a saturated
//! search pool, and the headers that keep private answers out of caches.
//!
//! No test here measures speed. Where a test waits, it waits for an event with a generous deadline; a
//! server that never closes, answers or stops makes the deadline pass and the test fail.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use lotse::service::Live;
use lotse::web::server::Limits;
use lotse::web::{AppState, router};
use lotse::workers::Workers;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio::sync::oneshot;

/// Longer than any limit under test, far shorter than "forever".
const DEADLINE: Duration = Duration::from_secs(20);

fn live(workers: Workers) -> Arc<Live> {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let live = Live::start(&content, crate::bundled_index()).expect("the index opens");
    Arc::new(live.with_workers(workers))
}

/// A server over the bundled content with `limits`, and the switch that stops it.
struct Server {
    address: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    stopped: tokio::task::JoinHandle<std::io::Result<()>>,
    live: Arc<Live>,
}

impl Server {
    async fn start(limits: Limits, workers: Workers) -> Server {
        let live = live(workers);
        let app = router(AppState::new(Arc::clone(&live)));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let (stop, stopping) = oneshot::channel::<()>();
        let stopped = tokio::spawn(lotse::web::serve(listener, app, limits, async move {
            let _ = stopping.await;
        }));
        Server {
            address,
            stop: Some(stop),
            stopped,
            live,
        }
    }

    /// Stops the server and waits for it to have stopped.
    async fn stop(mut self) {
        let _ = self.stop.take().expect("stopped once").send(());
        tokio::time::timeout(DEADLINE, self.stopped)
            .await
            .expect("the server stops within the deadline")
            .expect("joins")
            .expect("serves without error");
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        reqwest::Client::new()
            .get(format!("http://{}{path}", self.address))
            .timeout(DEADLINE)
            .send()
            .await
            .expect("an answer")
    }
}

fn quick() -> Limits {
    Limits {
        header_read: Duration::from_millis(300),
        ..Limits::default()
    }
}

/// Reads until the server closes the connection; panics if it is still open at the deadline.
async fn closed_by_server(mut stream: TcpStream) -> Vec<u8> {
    let mut seen = Vec::new();
    tokio::time::timeout(DEADLINE, stream.read_to_end(&mut seen))
        .await
        .expect("the server closes the connection")
        .ok();
    seen
}

/// A connection from another loopback address (Linux answers on all of 127.0.0.0/8).
async fn connect_from(local: [u8; 4], server: SocketAddr) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket
        .bind(SocketAddr::from((local, 0)))
        .expect("bind another loopback address");
    socket.connect(server).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_connection_and_a_half_sent_request_are_closed() {
    let server = Server::start(quick(), Workers::per_core()).await;
    let idle = TcpStream::connect(server.address).await.unwrap();
    let mut half = TcpStream::connect(server.address).await.unwrap();
    half.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        .await
        .unwrap();
    closed_by_server(idle).await;
    closed_by_server(half).await;
    // An idle keep-alive connection after a request is closed too.
    let mut kept = TcpStream::connect(server.address).await.unwrap();
    kept.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let answer = closed_by_server(kept).await;
    assert!(answer.starts_with(b"HTTP/1.1 200"), "answered first");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_ends_within_the_grace_time_though_a_request_is_half_sent() {
    let limits = Limits {
        header_read: Duration::from_secs(600),
        grace: Duration::from_millis(200),
        ..Limits::default()
    };
    let server = Server::start(limits, Workers::per_core()).await;
    let mut half = TcpStream::connect(server.address).await.unwrap();
    half.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    // The request has reached the server before it is told to stop.
    tokio::time::sleep(Duration::from_millis(50)).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_client_cannot_take_every_connection() {
    let limits = Limits {
        header_read: Duration::from_secs(600),
        max_per_client: 3,
        ..Limits::default()
    };
    let server = Server::start(limits, Workers::per_core()).await;
    let mut hoarded = Vec::new();
    for _ in 0..3 {
        hoarded.push(connect_from([127, 0, 0, 7], server.address).await);
    }
    // The fourth from the same address is closed at once, unanswered.
    let mut extra = connect_from([127, 0, 0, 7], server.address).await;
    let _ = extra
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await;
    let answer = closed_by_server(extra).await;
    assert!(answer.is_empty(), "{}", String::from_utf8_lossy(&answer));
    // Everyone else is served.
    assert_eq!(server.get("/healthz").await.status(), 200);
    drop(hoarded);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn at_the_connection_bound_new_clients_wait_and_are_served_when_a_slot_frees() {
    let limits = Limits {
        header_read: Duration::from_secs(600),
        max_connections: 2,
        ..Limits::default()
    };
    let server = Server::start(limits, Workers::per_core()).await;
    let first = TcpStream::connect(server.address).await.unwrap();
    let _second = TcpStream::connect(server.address).await.unwrap();
    let waiting = {
        let address = server.address;
        tokio::spawn(async move {
            let mut third = TcpStream::connect(address).await.unwrap();
            third
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .await
                .unwrap();
            closed_by_server(third).await
        })
    };
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        !waiting.is_finished(),
        "the third connection waits for a slot"
    );
    drop(first);
    let answer = tokio::time::timeout(DEADLINE, waiting)
        .await
        .expect("served once a slot is free")
        .unwrap();
    assert!(
        answer.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&answer)
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_health_check_and_pages_answer_while_every_search_worker_is_busy() {
    let workers = Workers::new(1, Duration::from_millis(100));
    let server = Server::start(quick(), workers).await;
    // Take the only worker until the test lets go.
    let (release, released) = std::sync::mpsc::channel::<()>();
    let (taken, is_taken) = oneshot::channel();
    let hog = {
        let workers = server.live.workers().clone();
        tokio::spawn(async move {
            workers
                .run(move || {
                    let _ = taken.send(());
                    let _ = released.recv();
                })
                .await
        })
    };
    is_taken.await.unwrap();

    assert_eq!(server.get("/healthz").await.status(), 200);
    assert_eq!(server.get("/de/").await.status(), 200);
    let page = server.get("/de/search?q=Tafel").await;
    assert_eq!(page.status(), 503);
    assert!(page.headers().contains_key("retry-after"));
    let text = page.text().await.unwrap();
    assert!(
        text.contains("112"),
        "the busy page still names the emergency number"
    );
    let api = server.get("/api/v1/search?q=Tafel&lang=de").await;
    assert_eq!(api.status(), 503);
    let json: serde_json::Value = api.json().await.unwrap();
    assert_eq!(json["error"]["code"], "busy");

    release.send(()).unwrap();
    hog.await.unwrap().unwrap();
    assert_eq!(server.get("/de/search?q=Tafel").await.status(), 200);
    server.stop().await;
}
