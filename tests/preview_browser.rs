//! End to end in a real browser: the binary's `wegweiser preview` page over a temporary copy of
//! dialogs/ and locales/, driven by headless Chromium through the DevTools protocol (one
//! websocket to the browser, `tungstenite`; clicks are real mouse events at the button's
//! place). A path in German, one in Persian (right-to-left as the browser computes it), a
//! broken edit whose `file:line:col` shows on the page while the last good version still
//! answers, and the fix going live.
//!
//! Needs Chromium (`apt-get install -y chromium`, or `CHROMIUM=/path/to/chrome`); without it
//! the test fails and says so. `WEGWEISER_SCREENSHOTS=docs/images` also writes the pictures
//! used in docs/coordinators.md.

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{json, Value};
use tungstenite::{Message, WebSocket};

const TIMEOUT: Duration = Duration::from_secs(30);
/// The tree view's first drawing: the layout runs in the test's debug build.
const TREE_TIMEOUT: Duration = Duration::from_secs(180);

/// Kills a child process when the test ends, however it ends.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn chromium() -> PathBuf {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return PathBuf::from(p);
    }
    for p in [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ] {
        if Path::new(p).is_file() {
            return PathBuf::from(p);
        }
    }
    panic!(
        "this test drives a real browser and needs Chromium: install it with `apt-get install -y chromium` \
         (Debian/Ubuntu), or point CHROMIUM at a Chrome or Chromium binary"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for e in std::fs::read_dir(from).expect("read folder") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy file");
        }
    }
}

/// The first line of `reader` that `pick` accepts, read on a thread so a silent process cannot
/// hang the test; the rest of the stream keeps being drained.
fn first_line<R: std::io::Read + Send + 'static>(
    reader: R,
    what: &str,
    pick: impl Fn(&str) -> Option<String> + Send + 'static,
) -> String {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut sent = false;
        for line in BufReader::new(reader).lines() {
            let Ok(line) = line else { break };
            if !sent {
                if let Some(v) = pick(&line) {
                    let _ = tx.send(v);
                    sent = true;
                }
            }
            if std::env::var_os("PREVIEW_TEST_VERBOSE").is_some() {
                eprintln!("| {line}");
            }
        }
    });
    rx.recv_timeout(TIMEOUT)
        .unwrap_or_else(|_| panic!("no {what} within {TIMEOUT:?}"))
}

/// A DevTools protocol connection to the browser, attached to one page (flat session).
struct Cdp {
    ws: WebSocket<TcpStream>,
    next: u64,
    session: Option<String>,
}

impl Cdp {
    fn connect(url: &str) -> Cdp {
        let rest = url.strip_prefix("ws://").expect("ws:// url");
        let host = rest.split('/').next().expect("host");
        let stream = TcpStream::connect(host).expect("connect to Chromium");
        stream
            .set_read_timeout(Some(TIMEOUT))
            .expect("read timeout");
        let (ws, _) = tungstenite::client(url, stream).expect("websocket handshake");
        Cdp {
            ws,
            next: 0,
            session: None,
        }
    }

    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let mut msg = json!({ "id": id, "method": method, "params": params });
        if let Some(s) = &self.session {
            msg["sessionId"] = json!(s);
        }
        self.ws
            .send(Message::text(msg.to_string()))
            .expect("send to Chromium");
        loop {
            let m = self.ws.read().expect("read from Chromium");
            let Message::Text(text) = m else { continue };
            let v: Value = serde_json::from_str(text.as_str()).expect("CDP JSON");
            if v["id"].as_u64() == Some(id) {
                if let Some(e) = v.get("error") {
                    panic!("{method} failed: {e}");
                }
                return v["result"].clone();
            }
        }
    }

    /// Evaluates JavaScript in the page (promises awaited) and returns its value.
    fn eval(&mut self, js: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({ "expression": js, "returnByValue": true, "awaitPromise": true }),
        );
        if let Some(e) = r.get("exceptionDetails") {
            panic!("JavaScript failed: {e}\n{js}");
        }
        r["result"]["value"].clone()
    }

    fn wait_for(&mut self, js: &str, what: &str) {
        self.wait_for_within(js, what, TIMEOUT)
    }

    fn wait_for_within(&mut self, js: &str, what: &str, timeout: Duration) {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if self.eval(js) == json!(true) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let page = self.eval("document.body ? document.body.innerText : ''");
        panic!("timed out waiting for {what}\n--- page text ---\n{page}");
    }

    fn bot_count(&mut self) -> u64 {
        self.eval("document.querySelectorAll('#messages .msg.bot').length")
            .as_u64()
            .unwrap_or(0)
    }

    /// Clicks the button whose label contains `label` with the mouse, and waits for the answer.
    fn click(&mut self, label: &str) {
        let before = self.bot_count();
        let js = format!(
            r#"(() => {{
                const b = [...document.querySelectorAll('#buttons button')]
                    .find(b => b.textContent.includes({label}));
                if (!b) return null;
                b.scrollIntoView({{block: 'center'}});
                const r = b.getBoundingClientRect();
                return [r.left + r.width / 2, r.top + r.height / 2];
            }})()"#,
            label = json!(label)
        );
        let at = self.eval(&js);
        let Some([x, y]) = at.as_array().map(|a| {
            [
                a[0].as_f64().unwrap_or_default(),
                a[1].as_f64().unwrap_or_default(),
            ]
        }) else {
            let shown = self
                .eval("[...document.querySelectorAll('#buttons button')].map(b => b.textContent)");
            panic!("no button {label:?}; the page shows {shown}");
        };
        for kind in ["mouseMoved", "mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({ "type": kind, "x": x, "y": y, "button": "left", "clickCount": 1 }),
            );
        }
        self.wait_for(
            &format!("document.querySelectorAll('#messages .msg.bot').length > {before}"),
            &format!("an answer to {label:?}"),
        );
    }

    fn last_bot(&mut self, what: &str) -> Value {
        self.eval(&format!(
            "(() => {{ const all = document.querySelectorAll('#messages .msg.bot'); \
             const m = all[all.length - 1]; return m ? m{what} : null; }})()"
        ))
    }

    fn screenshot(&mut self, name: &str) {
        let Some(dir) = std::env::var_os("WEGWEISER_SCREENSHOTS") else {
            return;
        };
        let shot = self.call("Page.captureScreenshot", json!({ "format": "png" }));
        let png = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().expect("screenshot data"))
            .expect("base64");
        let path = Path::new(&dir).join(name);
        std::fs::write(&path, png).expect("write screenshot");
        eprintln!("screenshot: {}", path.display());
    }
}

#[test]
fn preview_in_chromium_german_persian_and_live_reload() {
    let chrome = chromium();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("temp dir");
    let dialogs = tmp.path().join("dialogs");
    let locales = tmp.path().join("locales");
    copy_dir(&root.join("dialogs"), &dialogs);
    copy_dir(&root.join("locales"), &locales);
    // The dialog files point at ../schema for editors; keep that path valid too.
    copy_dir(&root.join("schema"), &tmp.path().join("schema"));

    let mut server = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .arg("preview")
        // Relative, as a coordinator would start it in their folder: the page shows
        // `dialogs/money.toml:27:9`.
        .current_dir(tmp.path())
        .args(["--dialogs", "dialogs", "--locales", "locales"])
        .arg("--sample-offers")
        .arg(root.join("networks/wuppertal/offers.csv"))
        .args(["--port", "0"])
        .env("WEGWEISER_TODAY", "2025-03-01")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start wegweiser preview");
    let out = server.stdout.take().expect("preview stdout");
    let err = server.stderr.take().expect("preview stderr");
    let server = Guard(server);
    // The server's stderr (reload notices) only matters when something fails.
    std::thread::spawn(move || {
        for line in BufReader::new(err).lines().map_while(Result::ok) {
            eprintln!("preview: {line}");
        }
    });
    let url = first_line(out, "address from `wegweiser preview`", |l| {
        l.split_whitespace()
            .find(|w| w.starts_with("http://127.0.0.1:"))
            .map(str::to_string)
    });

    let profile = tmp.path().join("chromium-profile");
    let mut browser = Command::new(&chrome)
        .args([
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--remote-debugging-port=0",
            "--window-size=900,1000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("about:blank")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot start {}: {e}; install Chromium with `apt-get install -y chromium`",
                chrome.display()
            )
        });
    let browser_err = browser.stderr.take().expect("chromium stderr");
    let _browser = Guard(browser);
    let ws_url = first_line(browser_err, "DevTools address from Chromium", |l| {
        l.strip_prefix("DevTools listening on ")
            .map(|u| u.trim().to_string())
    });

    let mut cdp = Cdp::connect(&ws_url);
    let target = cdp.call("Target.createTarget", json!({ "url": "about:blank" }));
    let attached = cdp.call(
        "Target.attachToTarget",
        json!({ "targetId": target["targetId"], "flatten": true }),
    );
    cdp.session = Some(
        attached["sessionId"]
            .as_str()
            .expect("session id")
            .to_string(),
    );
    cdp.call(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 900, "height": 1000, "deviceScaleFactor": 1, "mobile": false }),
    );
    cdp.call("Page.navigate", json!({ "url": format!("{url}?lang=de") }));
    cdp.wait_for(
        "!!document.body && document.body.dataset.ready === 'true'",
        "the page to start",
    );

    // German: the main menu, then two taps into money.
    assert_eq!(cdp.last_bot(".dataset.node"), json!("main"));
    assert_eq!(cdp.last_bot(".lang"), json!("de"));
    cdp.click("Geld und Leistungen");
    assert_eq!(cdp.last_bot(".dataset.node"), json!("money-start"));
    let source = cdp.last_bot(".querySelector('.source').textContent");
    let source = source.as_str().unwrap_or_default().to_string();
    assert!(
        source.contains("money-start")
            && source.contains("dialogs/money.toml:")
            && source.contains("locales/de/money.ftl:"),
        "each message says where it comes from: {source}"
    );
    cdp.click("Geld für die Kinder");
    assert_eq!(cdp.last_bot(".dataset.node"), json!("money-group-children"));
    assert_eq!(
        cdp.last_bot(".ownerDocument.defaultView.getComputedStyle(m).direction"),
        json!("ltr")
    );
    cdp.screenshot("preview-de.png");

    // The tree view marks the current step.
    cdp.eval("document.querySelector('.tab[data-view=tree]').click()");
    // The layout of the whole tree takes its time in an unoptimised build.
    cdp.wait_for_within(
        "!!document.querySelector('#tree g.current[data-node=\"money-group-children\"]')",
        "the current step marked in the tree",
        TREE_TIMEOUT,
    );
    cdp.eval("document.querySelector('.tab[data-view=chat]').click()");

    // Persian: the same step right to left, then a tap on in Persian.
    cdp.eval(
        "(() => { const s = document.getElementById('lang'); s.value = 'fa'; \
         s.dispatchEvent(new Event('change')); })()",
    );
    cdp.wait_for(
        "(() => { const all = document.querySelectorAll('#messages .msg.bot'); \
         return all.length > 0 && all[all.length - 1].lang === 'fa'; })()",
        "the step in Persian",
    );
    assert_eq!(
        cdp.last_bot(".ownerDocument.defaultView.getComputedStyle(m).direction"),
        json!("rtl")
    );
    let buttons_rtl = cdp.eval(
        "[...document.querySelectorAll('#buttons button')].every(b => getComputedStyle(b).direction === 'rtl')",
    );
    assert_eq!(buttons_rtl, json!(true), "buttons right to left too");
    // The Persian label of Kindergeld as the page shows it (the term stays the German one).
    let first = cdp.eval("document.querySelector('#buttons button').textContent");
    cdp.click(first.as_str().expect("a Persian button"));
    assert_eq!(cdp.last_bot(".dataset.node"), json!("money-kindergeld"));
    assert_eq!(
        cdp.last_bot(".ownerDocument.defaultView.getComputedStyle(m).direction"),
        json!("rtl")
    );
    cdp.screenshot("preview-fa.png");

    // Back to German and the main menu.
    cdp.eval(
        "(() => { const s = document.getElementById('lang'); s.value = 'de'; \
         s.dispatchEvent(new Event('change')); })()",
    );
    cdp.wait_for(
        "(() => { const all = document.querySelectorAll('#messages .msg.bot'); \
         return all[all.length - 1].lang === 'de'; })()",
        "German again",
    );
    cdp.eval("document.getElementById('restart').click()");
    cdp.wait_for(
        "(() => { const all = document.querySelectorAll('#messages .msg.bot'); \
         return all.length === 1 && all[0].dataset.node === 'main'; })()",
        "a fresh start",
    );

    // A broken edit: a goto to a step that does not exist.
    let money = dialogs.join("money.toml");
    let good = std::fs::read_to_string(&money).expect("money.toml");
    let needle = "goto = \"money-group-children\"";
    let at = good.find(needle).expect("the goto to break");
    let line = good[..at].matches('\n').count() + 1;
    let broken = good.replacen(needle, "goto = \"money-gruppe-kinder\"", 1);
    std::fs::write(&money, &broken).expect("write the broken file");
    let expected = format!("money.toml:{line}:");
    cdp.wait_for(
        &format!(
            "(() => {{ const e = document.getElementById('errors'); \
             return !e.hidden && e.textContent.includes({}); }})()",
            json!(expected)
        ),
        "the error with its file:line:col on the page",
    );
    let errors = cdp.eval("document.getElementById('error-list').textContent");
    assert!(
        errors
            .as_str()
            .unwrap_or_default()
            .contains("money-gruppe-kinder"),
        "the error names the bad step: {errors}"
    );
    cdp.screenshot("preview-error.png");
    // The last good version still answers.
    cdp.click("Geld und Leistungen");
    assert_eq!(cdp.last_bot(".dataset.node"), json!("money-start"));
    cdp.click("Geld für die Kinder");
    assert_eq!(cdp.last_bot(".dataset.node"), json!("money-group-children"));

    // The fix, with a new German text on the step shown: both go live, the page shows it.
    let de_money = locales.join("de").join("money.ftl");
    let texts = std::fs::read_to_string(&de_money).expect("money.ftl");
    let edited = texts.replacen(
        "money-group-children = 👶 Welche Leistung für Ihre Kinder?",
        "money-group-children = 👶 Welche Leistung für Ihre Kinder? (neu in der Vorschau)",
        1,
    );
    assert_ne!(edited, texts, "the German text to edit is still there");
    std::fs::write(&de_money, edited).expect("write the new text");
    std::fs::write(&money, &good).expect("write the fixed file");
    cdp.wait_for(
        "document.getElementById('errors').hidden",
        "the errors to go once the file is fixed",
    );
    cdp.wait_for(
        "(() => { const all = document.querySelectorAll('#messages .msg.bot'); \
         return all[all.length - 1].textContent.includes('(neu in der Vorschau)'); })()",
        "the new version of the step on the page",
    );
    cdp.click("Kindergeld");
    assert_eq!(cdp.last_bot(".dataset.node"), json!("money-kindergeld"));
    drop(server);
}
