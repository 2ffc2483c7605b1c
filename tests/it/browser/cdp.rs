//! A small client for the Chrome DevTools Protocol: one headless Chromium, one websocket to its browser
//! target, and tabs attached with `flatten: true` (their messages carry a `sessionId`).
//!
//! Calls are synchronous: [`Browser::call`] sends a command and reads until its answer arrives, keeping
//! the events that came meanwhile; [`Browser::wait_event`] waits for an event with a deadline. Nothing
//! here sleeps for a fixed time.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use serde_json::{Value, json};
use tungstenite::{Message, WebSocket};

/// How long one command may take before the browser counts as stuck (axe on a long page, a PDF).
const CALL_TIMEOUT: Duration = Duration::from_secs(60);
/// Events kept while nobody waits for them; older ones are dropped.
const QUEUE_CAP: usize = 2000;

/// A headless Chromium, killed (with its whole process group) on drop.
pub struct Browser {
    ws: WebSocket<TcpStream>,
    next_id: u64,
    events: VecDeque<Value>,
    /// The tab commands go to (its flat-mode session id).
    session: Option<String>,
    target: Option<String>,
    child: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts `chromium` headless with a fresh profile and connects to its DevTools endpoint.
    pub fn launch(chromium: &Path) -> Result<Browser> {
        let profile = tempfile::tempdir().context("a profile folder")?;
        let mut command = Command::new(chromium);
        command
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--mute-audio",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(["--remote-debugging-port=0", "about:blank"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            // Its own process group, so that drop can kill the renderers too.
            .process_group(0);
        // SAFETY: prctl is async-signal-safe; it only asks the kernel to kill the browser when the thread
        // that started it ends (see `suite`, which starts it from a thread that lives as long as the
        // test process), so an interrupted test run leaves no browser behind.
        unsafe {
            command.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let mut child = command
            .spawn()
            .with_context(|| format!("starting {}", chromium.display()))?;
        let stderr = child.stderr.take().expect("piped");
        let (found, endpoint) = mpsc::channel::<String>();
        std::thread::spawn(move || {
            // Reads the DevTools line, then keeps draining stderr so the browser never blocks on it.
            let mut found = Some(found);
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.strip_prefix("DevTools listening on ")
                    && let Some(tx) = found.take()
                {
                    let _ = tx.send(rest.trim().to_string());
                }
            }
        });
        let url = match endpoint.recv_timeout(Duration::from_secs(30)) {
            Ok(url) => url,
            Err(_) => {
                let _ = child.kill();
                bail!("chromium printed no `DevTools listening on ws://…` line within 30 s");
            }
        };
        let address = url
            .strip_prefix("ws://")
            .and_then(|rest| rest.split('/').next())
            .ok_or_else(|| anyhow!("unexpected DevTools address {url}"))?
            .to_string();
        let stream = TcpStream::connect(&address).with_context(|| format!("connecting {url}"))?;
        stream.set_nodelay(true)?;
        let (ws, _) = tungstenite::client(url.as_str(), stream)
            .map_err(|e| anyhow!("websocket handshake with {url}: {e}"))?;
        // Reads wake up regularly so that deadlines are checked.
        ws.get_ref()
            .set_read_timeout(Some(Duration::from_millis(50)))?;
        Ok(Browser {
            ws,
            next_id: 1,
            events: VecDeque::new(),
            session: None,
            target: None,
            child,
            _profile: profile,
        })
    }

    /// Opens a new tab, attaches to it and makes it the tab that [`Browser::call`] talks to. Returns
    /// the previous tab's session and target, for [`Browser::close_tab`].
    pub fn open_tab(&mut self) -> Result<(Option<String>, Option<String>)> {
        let created = self.call_browser("Target.createTarget", json!({"url": "about:blank"}))?;
        let target = created["targetId"]
            .as_str()
            .ok_or_else(|| anyhow!("no targetId in {created}"))?
            .to_string();
        let attached = self.call_browser(
            "Target.attachToTarget",
            json!({"targetId": target, "flatten": true}),
        )?;
        let session = attached["sessionId"]
            .as_str()
            .ok_or_else(|| anyhow!("no sessionId in {attached}"))?
            .to_string();
        let previous = (self.session.replace(session), self.target.replace(target));
        self.call("Page.enable", json!({}))?;
        self.call("Page.setBypassCSP", json!({"enabled": true}))?;
        self.call(
            "Emulation.setFocusEmulationEnabled",
            json!({"enabled": true}),
        )?;
        Ok(previous)
    }

    /// Closes the current tab and returns to `previous` (what [`Browser::open_tab`] returned).
    pub fn close_tab(&mut self, previous: (Option<String>, Option<String>)) -> Result<()> {
        if let Some(target) = self.target.take() {
            self.call_browser("Target.closeTarget", json!({"targetId": target}))?;
        }
        self.session = previous.0;
        self.target = previous.1;
        Ok(())
    }

    /// A command to the current tab.
    pub fn call(&mut self, method: &str, params: Value) -> Result<Value> {
        let session = self.session.clone();
        self.command(session.as_deref(), method, params)
    }

    /// A command to the browser target itself.
    pub fn call_browser(&mut self, method: &str, params: Value) -> Result<Value> {
        self.command(None, method, params)
    }

    fn command(&mut self, session: Option<&str>, method: &str, params: Value) -> Result<Value> {
        let id = self.next_id;
        self.next_id += 1;
        let mut message = json!({"id": id, "method": method, "params": params});
        if let Some(s) = session {
            message["sessionId"] = json!(s);
        }
        self.ws
            .send(Message::text(message.to_string()))
            .with_context(|| format!("sending {method}"))?;
        let deadline = Instant::now() + CALL_TIMEOUT;
        loop {
            let answer = self
                .read(deadline)
                .with_context(|| format!("waiting for the answer to {method}"))?;
            if answer.get("id").and_then(Value::as_u64) == Some(id) {
                if let Some(error) = answer.get("error") {
                    bail!("{method} failed: {error}");
                }
                return Ok(answer.get("result").cloned().unwrap_or(Value::Null));
            }
            if answer.get("method").is_some() {
                self.keep(answer);
            }
        }
    }

    fn keep(&mut self, event: Value) {
        if self.events.len() >= QUEUE_CAP {
            self.events.pop_front();
        }
        self.events.push_back(event);
    }

    fn read(&mut self, deadline: Instant) -> Result<Value> {
        loop {
            if Instant::now() > deadline {
                bail!("no message from the browser before the deadline");
            }
            match self.ws.read() {
                Ok(Message::Text(text)) => return Ok(serde_json::from_str(text.as_str())?),
                Ok(Message::Close(_)) => bail!("the browser closed the connection"),
                Ok(_) => {}
                Err(tungstenite::Error::Io(e))
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) => {}
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Forgets the events received so far (before a navigation, so that an old load event does not
    /// count for the new page).
    pub fn forget_events(&mut self) {
        self.events.clear();
    }

    /// Takes the first kept event of the current tab named `method`, if one has arrived.
    pub fn take_event(&mut self, method: &str) -> Option<Value> {
        let session = self.session.clone();
        let at = self.events.iter().position(|e| {
            e["method"] == method
                && e.get("sessionId").and_then(Value::as_str) == session.as_deref()
        })?;
        self.events.remove(at).map(|e| e["params"].clone())
    }

    /// Waits up to `timeout` for an event of the current tab named `method`.
    pub fn wait_event(&mut self, method: &str, timeout: Duration) -> Result<Value> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(event) = self.take_event(method) {
                return Ok(event);
            }
            let message = self
                .read(deadline)
                .with_context(|| format!("waiting for {method}"))?;
            if message.get("method").is_some() {
                self.keep(message);
            }
        }
    }

    /// Loads `url` in the current tab and waits for its load event.
    pub fn goto(&mut self, url: &str) -> Result<()> {
        self.forget_events();
        let answer = self.call("Page.navigate", json!({"url": url}))?;
        if let Some(error) = answer.get("errorText").and_then(Value::as_str) {
            bail!("loading {url}: {error}");
        }
        self.wait_event("Page.loadEventFired", Duration::from_secs(30))
            .with_context(|| format!("loading {url}"))?;
        Ok(())
    }

    /// Evaluates `js` in the page (awaiting a promise) and returns its value as JSON.
    pub fn eval(&mut self, js: &str) -> Result<Value> {
        let answer = self.call(
            "Runtime.evaluate",
            json!({"expression": js, "returnByValue": true, "awaitPromise": true}),
        )?;
        if let Some(details) = answer.get("exceptionDetails") {
            let text = details["exception"]["description"]
                .as_str()
                .or_else(|| details["text"].as_str())
                .unwrap_or("exception");
            bail!("script failed: {text}");
        }
        Ok(answer["result"]
            .get("value")
            .cloned()
            .unwrap_or(Value::Null))
    }

    /// Sets the viewport: `width` CSS px, 800 px high for phones (mobile) and 768 px otherwise.
    pub fn viewport(&mut self, width: u32) -> Result<()> {
        let mobile = width < 600;
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({
                "width": width,
                "height": if mobile { 800 } else { 768 },
                "deviceScaleFactor": 1,
                "mobile": mobile,
            }),
        )?;
        Ok(())
    }

    /// Presses and releases a key.
    pub fn press(&mut self, key: &str, code: &str, key_code: u32, modifiers: u32) -> Result<()> {
        for kind in ["keyDown", "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                json!({
                    "type": kind,
                    "key": key,
                    "code": code,
                    "windowsVirtualKeyCode": key_code,
                    "nativeVirtualKeyCode": key_code,
                    "modifiers": if kind == "keyDown" { modifiers } else { 0 },
                }),
            )?;
        }
        Ok(())
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        kill_group(self.child.id());
        let _ = self.child.wait();
    }
}

/// Kills the process group led by `pid` (the browser and its renderers).
pub fn kill_group(pid: u32) {
    if let Ok(pid) = libc::pid_t::try_from(pid) {
        // SAFETY: a plain system call; at worst the group is gone already.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
}
