//! The load harness: a lean Bot API stand-in on 127.0.0.1 that plays many parents at once.
//!
//! Each simulated parent has one update in flight at a time. The stand-in serves it through
//! `getUpdates`, notes when it was served, and waits for the bot's reply (a `sendMessage` or
//! `editMessageText`); the time in between is the latency. The parent then reads the reply's
//! keyboard and taps one of its real buttons (its callback data) or types what the step asks
//! for (ages like "2 8", a postcode, a button's number), after a think time (0: as fast as the
//! bot answers). Parents speak the nine shipped languages.
//!
//! Why not tests/support/botapi.rs: it keeps every update and call forever and polls for news
//! every 20 ms, fine for a test, but it would itself be the bottleneck and add latency here.
//! This one keeps only what is in flight and wakes the long poll at once.
//!
//! Shared by `benches/load/main.rs` and the smoke test `tests/load_smoke.rs` (`#[path]`).

#![allow(dead_code)]

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::Uri;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};
use tokio::sync::Notify;

pub const BOT_ID: i64 = 424242;
pub const LANGS: [&str; 9] = ["de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "ro"];
/// Telegram's own default and maximum for `getUpdates`; the same for both bots.
pub const DEFAULT_BATCH: usize = 100;

/// Update ids keep growing across stand-ins in one process: a bot restarted on the same data
/// folder ignores ids it has handled (its replay guard), as it would at Telegram.
static NEXT_FIRST_UPDATE: AtomicI64 = AtomicI64::new(10_000);

/// How a reply is recognised as complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Wegweiser: the message (sent or edited) that carries the step's keyboard. A long text
    /// comes as several messages; only the last one has buttons.
    Wegweiser,
    /// The bare bot: its one message.
    Bare,
}

/// Small, fast, deterministic randomness (splitmix64): every run plays the same parents.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// 0..n
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// What a parent sends next.
#[derive(Debug, Clone, PartialEq)]
pub enum Act {
    Tap(String),
    Text(String),
}

/// The parents' typed answers on steps without option buttons: ages first, then a postcode
/// (so the postcode step sees one wrong answer first, as real parents make them).
const TYPED: [&str; 6] = ["2 8", "42103", "0 3", "42275", "1 4 9", "42281"];

/// One simulated parent.
#[derive(Debug)]
pub struct Parent {
    pub lang: &'static str,
    rng: Rng,
    /// Callback data of the buttons on the last message with a keyboard, in order.
    keyboard: Vec<String>,
    /// That message, for the callback query.
    message: i64,
    steps_left: u32,
    typed_here: usize,
    /// The update in flight: its id, and when `getUpdates` handed it out.
    outstanding: Option<(i64, Option<Instant>)>,
}

impl Parent {
    pub fn new(chat: i64, seed: u64) -> Parent {
        let mut rng = Rng::new(seed ^ (chat as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
        let lang = LANGS[rng.below(LANGS.len())];
        Parent {
            lang,
            rng,
            keyboard: Vec::new(),
            message: 0,
            steps_left: 0,
            typed_here: 0,
            outstanding: None,
        }
    }

    /// The next input, from what the bot showed last: mostly taps on the step's own buttons
    /// (preferring "next"), sometimes back or menu, a typed button number, a fresh /start
    /// after a walk of 8-24 steps; typed answers where the step has no option buttons.
    pub fn next_act(&mut self) -> Act {
        if self.steps_left == 0 || self.keyboard.is_empty() {
            self.steps_left = 8 + self.rng.below(17) as u32;
            self.typed_here = 0;
            return Act::Text("/start".into());
        }
        self.steps_left -= 1;
        let key = |d: &str| d.split('|').next().unwrap_or_default().to_string();
        let keys: Vec<String> = self.keyboard.iter().map(|d| key(d)).collect();
        let options: Vec<usize> = (0..keys.len())
            .filter(|&i| {
                let k = &keys[i];
                (k.starts_with('o') && k[1..].chars().all(|c| c.is_ascii_digit()))
                    || k == "next"
                    || k == "more"
                    || k.starts_with("lang:")
            })
            .collect();
        let find = |k: &str| keys.iter().position(|x| x == k);
        let tap = |i: usize| Act::Tap(self.keyboard[i].clone());
        if options.is_empty() {
            // A step that asks to type (or only navigation): answer, or give up after a few.
            if self.typed_here >= 4 {
                self.typed_here = 0;
                if let Some(i) = find("back").or(find("menu")) {
                    return tap(i);
                }
                return Act::Text("/menu".into());
            }
            let t = TYPED[(self.typed_here + 2 * self.rng.below(3)) % TYPED.len()];
            self.typed_here += 1;
            return Act::Text(t.into());
        }
        self.typed_here = 0;
        let r = self.rng.below(100);
        if r < 4 {
            if let Some(i) = find("back") {
                return tap(i);
            }
        } else if r < 6 {
            if let Some(i) = find("menu") {
                return tap(i);
            }
        } else if r < 11 {
            let i = options[self.rng.below(options.len())];
            return Act::Text(format!("{}", i + 1));
        }
        if let Some(i) = find("next").filter(|_| self.rng.below(10) < 7) {
            return tap(i);
        }
        tap(options[self.rng.below(options.len())])
    }
}

/// Figures of one measuring window.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    /// Update served → reply received, in microseconds.
    pub latencies_us: Vec<u32>,
    pub replies: u64,
    pub taps: u64,
    pub texts: u64,
    /// Bot API calls except getUpdates.
    pub calls: u64,
    pub get_updates: u64,
    pub served: u64,
    /// Parents whose update got no reply within 10 s (restarted with /start).
    pub stalls: u64,
    pub window: Duration,
}

impl Stats {
    pub fn throughput(&self) -> f64 {
        self.replies as f64 / self.window.as_secs_f64().max(1e-9)
    }
    pub fn percentile_ms(&self, p: f64) -> f64 {
        if self.latencies_us.is_empty() {
            return f64::NAN;
        }
        let mut v = self.latencies_us.clone();
        v.sort_unstable();
        let i = ((v.len() - 1) as f64 * p).round() as usize;
        v[i] as f64 / 1000.0
    }
}

struct Queued {
    id: i64,
    chat: i64,
    served: bool,
    body: String,
}

struct Sim {
    mode: Mode,
    batch: usize,
    think: Duration,
    queue: VecDeque<Queued>,
    next_update: i64,
    next_message: i64,
    parents: HashMap<i64, Parent>,
    stats: Stats,
    since: Instant,
    ready: bool,
    /// Think times.
    rng: Rng,
}

struct Shared {
    sim: Mutex<Sim>,
    news: Notify,
}

fn lock(s: &Shared) -> MutexGuard<'_, Sim> {
    s.sim.lock().unwrap_or_else(|p| p.into_inner())
}

fn chat_json(chat: i64) -> Value {
    json!({"id": chat, "type": "private", "first_name": "Parent"})
}

fn user_json(chat: i64, lang: &str) -> Value {
    json!({"id": chat, "is_bot": false, "first_name": "Parent", "language_code": lang})
}

fn bot_json() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "Wegweiser", "username": "wegweiser_load_bot"})
}

impl Sim {
    /// Queues the parent's next input as an update.
    fn push(&mut self, chat: i64, shared_news: &Notify) {
        let Some(p) = self.parents.get_mut(&chat) else {
            return;
        };
        if p.outstanding.is_some() {
            return;
        }
        let act = p.next_act();
        self.next_update += 1;
        let id = self.next_update;
        let body = match &act {
            Act::Text(t) => {
                self.stats.texts += 1;
                json!({"update_id": id, "message": {
                    "message_id": 1_000_000 + id, "date": 1_700_000_000, "chat": chat_json(chat),
                    "from": user_json(chat, p.lang), "text": t
                }})
            }
            Act::Tap(data) => {
                self.stats.taps += 1;
                json!({"update_id": id, "callback_query": {
                    "id": format!("q{id}"), "from": user_json(chat, p.lang), "chat_instance": "ci",
                    "message": {"message_id": p.message, "date": 1_700_000_000,
                        "chat": chat_json(chat), "from": bot_json(), "text": "…"},
                    "data": data
                }})
            }
        };
        p.outstanding = Some((id, None));
        self.queue.push_back(Queued {
            id,
            chat,
            served: false,
            body: body.to_string(),
        });
        shared_news.notify_waiters();
    }
}

fn ok_raw(result: &str) -> Response {
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        format!("{{\"ok\":true,\"result\":{result}}}"),
    )
        .into_response()
}

fn keyboard_data(markup: &Value) -> Vec<String> {
    markup["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten()
        .filter_map(|b| b["callback_data"].as_str().map(str::to_string))
        .collect()
}

async fn handle(shared: Arc<Shared>, uri: Uri, body: Bytes) -> Response {
    let method = uri
        .path()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    match method.as_str() {
        "getupdates" => get_updates(shared, &body).await,
        "getme" => ok_raw(
            &json!({
                "id": BOT_ID, "is_bot": true, "first_name": "Wegweiser", "username": "wegweiser_load_bot",
                "can_join_groups": false, "can_read_all_group_messages": false,
                "supports_inline_queries": false, "can_connect_to_business": false,
                "has_main_web_app": false
            })
            .to_string(),
        ),
        // Like Telegram, an edit of a bot message answers with the message (teloxide expects one).
        "sendmessage" | "editmessagetext" | "editmessagereplymarkup" => {
            let chat = body["chat_id"].as_i64().unwrap_or(0);
            let text = body["text"].as_str().unwrap_or_default();
            let markup = &body["reply_markup"];
            let keyboard = keyboard_data(markup);
            let now = Instant::now();
            let id = {
                let mut g = lock(&shared);
                g.stats.calls += 1;
                let id = match body["message_id"].as_i64() {
                    Some(id) => id,
                    None => {
                        g.next_message += 1;
                        g.next_message
                    }
                };
                let mode = g.mode;
                let think = g.think;
                let complete = mode == Mode::Bare || !keyboard.is_empty();
                let mut finished = None;
                if let Some(p) = g.parents.get_mut(&chat) {
                    if complete {
                        if let Some((_, served)) = p.outstanding.take() {
                            finished = served.map(|t| now.duration_since(t));
                        }
                        p.keyboard = keyboard;
                        p.message = id;
                    }
                }
                if let Some(lat) = finished {
                    g.stats.replies += 1;
                    g.stats
                        .latencies_us
                        .push(lat.as_micros().min(u32::MAX as u128) as u32);
                    if think.is_zero() {
                        g.push(chat, &shared.news);
                    } else {
                        // Uniform in 0.5..1.5 × the mean.
                        let pause = think.mul_f64(0.5 + g.rng.below(1000) as f64 / 1000.0);
                        let shared = shared.clone();
                        tokio::spawn(async move {
                            tokio::time::sleep(pause).await;
                            lock(&shared).push(chat, &shared.news);
                        });
                    }
                }
                id
            };
            let mut m = json!({"message_id": id, "date": 1_700_000_000, "chat": chat_json(chat),
                "from": bot_json(), "text": text});
            if !markup.is_null() {
                m["reply_markup"] = markup.clone();
            }
            ok_raw(&m.to_string())
        }
        _ => {
            lock(&shared).stats.calls += 1;
            ok_raw("true")
        }
    }
}

async fn get_updates(shared: Arc<Shared>, body: &Value) -> Response {
    let offset = body["offset"].as_i64().unwrap_or(0);
    let timeout = Duration::from_secs(body["timeout"].as_u64().unwrap_or(0).min(10));
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let news = shared.news.notified();
        tokio::pin!(news);
        news.as_mut().enable();
        {
            let mut g = lock(&shared);
            g.ready = true;
            g.stats.get_updates += 1;
            // Everything below the offset is confirmed, as at Telegram.
            while g.queue.front().is_some_and(|q| q.id < offset) {
                g.queue.pop_front();
            }
            let limit = body["limit"]
                .as_u64()
                .map_or(g.batch, |l| (l as usize).min(g.batch));
            if !g.queue.is_empty() {
                let now = Instant::now();
                let mut out = String::from("[");
                let mut chats = Vec::new();
                for (i, q) in g.queue.iter_mut().take(limit).enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&q.body);
                    if !q.served {
                        q.served = true;
                        chats.push((q.chat, q.id));
                    }
                }
                out.push(']');
                g.stats.served += chats.len() as u64;
                // The parents' updates are served now (first delivery only).
                for (chat, update) in chats {
                    if let Some(p) = g.parents.get_mut(&chat) {
                        if let Some((id, t @ None)) = &mut p.outstanding {
                            if *id == update {
                                *t = Some(now);
                            }
                        }
                    }
                }
                return ok_raw(&out);
            }
        }
        if tokio::time::Instant::now() >= deadline {
            return ok_raw("[]");
        }
        tokio::select! {
            _ = &mut news => {}
            _ = tokio::time::sleep_until(deadline) => {}
        }
    }
}

/// The running stand-in with its parents.
pub struct Harness {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
    runtime: Option<tokio::runtime::Runtime>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Harness {
    pub fn start(mode: Mode, batch: usize) -> Harness {
        let shared = Arc::new(Shared {
            sim: Mutex::new(Sim {
                mode,
                batch: batch.max(1),
                think: Duration::ZERO,
                queue: VecDeque::new(),
                next_update: NEXT_FIRST_UPDATE.fetch_add(100_000_000, Ordering::Relaxed),
                next_message: 0,
                parents: HashMap::new(),
                stats: Stats::default(),
                since: Instant::now(),
                ready: false,
                rng: Rng::new(99),
            }),
            news: Notify::new(),
        });
        // Two workers, like the bots' runtimes; the stand-in's own cost is in the figures of
        // both bots alike.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("stand-in runtime");
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local addr");
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let state = shared.clone();
        runtime.spawn(async move {
            let app = axum::Router::new()
                .fallback(move |uri: Uri, body: Bytes| handle(state.clone(), uri, body));
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        // Parents waiting too long for a reply give up and start over, so one lost reply cannot
        // stop a parent for the rest of the run (counted as stalls).
        let watch = shared.clone();
        runtime.spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_millis(500)).await;
                let mut g = lock(&watch);
                let now = Instant::now();
                let stuck: Vec<i64> = g
                    .parents
                    .iter()
                    .filter(|(_, p)| {
                        matches!(p.outstanding, Some((_, Some(t))) if now.duration_since(t) > Duration::from_secs(10))
                    })
                    .map(|(c, _)| *c)
                    .collect();
                for chat in stuck {
                    g.stats.stalls += 1;
                    if let Some(p) = g.parents.get_mut(&chat) {
                        p.outstanding = None;
                        p.keyboard.clear();
                    }
                    g.push(chat, &watch.news);
                }
            }
        });
        Harness {
            addr,
            shared,
            runtime: Some(runtime),
            shutdown: Some(tx),
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Waits (bounded) until the bot polls for updates.
    pub fn wait_ready(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if lock(&self.shared).ready {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    /// Adds parents `first..first+n`; each starts with /start, spread over the think time.
    pub fn add_parents(&self, first: i64, n: usize, seed: u64) {
        let think = lock(&self.shared).think;
        for chat in first..first + n as i64 {
            lock(&self.shared)
                .parents
                .insert(chat, Parent::new(chat, seed));
            if think.is_zero() {
                lock(&self.shared).push(chat, &self.shared.news);
            } else {
                let pause = think.mul_f64((chat - first) as f64 / n.max(1) as f64);
                let shared = self.shared.clone();
                if let Some(rt) = &self.runtime {
                    rt.spawn(async move {
                        tokio::time::sleep(pause).await;
                        lock(&shared).push(chat, &shared.news);
                    });
                }
            }
        }
    }

    /// Mean pause between a reply and the parent's next input (0: at once). Idle parents act
    /// at once when switching to 0.
    pub fn set_think(&self, think: Duration) {
        let mut g = lock(&self.shared);
        g.think = think;
        if think.is_zero() {
            let idle: Vec<i64> = g
                .parents
                .iter()
                .filter(|(_, p)| p.outstanding.is_none())
                .map(|(c, _)| *c)
                .collect();
            for chat in idle {
                g.push(chat, &self.shared.news);
            }
        }
    }

    /// The figures since the last call, and a fresh window.
    pub fn take_stats(&self) -> Stats {
        let mut g = lock(&self.shared);
        let now = Instant::now();
        let mut s = std::mem::take(&mut g.stats);
        s.window = now.duration_since(g.since);
        g.since = now;
        s
    }

    /// Measures one window of `secs`.
    pub fn measure(&self, window: Duration) -> Stats {
        self.take_stats();
        std::thread::sleep(window);
        self.take_stats()
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_timeout(Duration::from_millis(200));
        }
    }
}

/// A bot process under test.
pub struct BotProcess {
    pub child: Child,
}

impl BotProcess {
    /// `wegweiser telegram` against the stand-in, on the shipped files in `root`.
    pub fn wegweiser(bin: &Path, root: &Path, api: &str, data: &Path) -> BotProcess {
        let child = Command::new(bin)
            .arg("telegram")
            .arg("--api-url")
            .arg(api)
            .arg("--data")
            .arg(data)
            .current_dir(root)
            .env("TELOXIDE_TOKEN", "123456:LOAD-TOKEN")
            .env("WEGWEISER_TODAY", "2026-11-21")
            .env("WEGWEISER_POLL_TIMEOUT", "1")
            // `LOAD_BOT_LOG=info` shows the bot's own figures at stop (flushes, time in them).
            .env(
                "WEGWEISER_LOG",
                std::env::var("LOAD_BOT_LOG").unwrap_or_else(|_| "warn".into()),
            )
            .env_remove("TELEGRAM_API_URL")
            .env_remove("WEGWEISER_WEBHOOK_URL")
            .env_remove("WEGWEISER_DATA")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start wegweiser");
        BotProcess { child }
    }

    /// Any program taking the API URL from `BARE_BOT_API_URL` (the bare bot).
    pub fn bare(exe: &Path, api: &str) -> BotProcess {
        let child = Command::new(exe)
            .env("WEGWEISER_LOAD_ROLE", "bare-bot")
            .env("BARE_BOT_API_URL", api)
            .env("TELOXIDE_TOKEN", "123456:LOAD-TOKEN")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the bare bot");
        BotProcess { child }
    }

    /// Peak resident set size (VmHWM) in KiB.
    pub fn peak_rss_kib(&self) -> Option<u64> {
        status_field(self.child.id(), "VmHWM:")
    }

    /// SIGTERM, then SIGKILL if it has not stopped within `timeout`.
    pub fn stop(mut self, timeout: Duration) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

pub fn status_field(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Total size of the files below `dir`, in bytes.
pub fn dir_size(dir: &Path) -> u64 {
    let mut total = 0;
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            match e.metadata() {
                Ok(m) if m.is_dir() => total += dir_size(&e.path()),
                Ok(m) => total += m.len(),
                Err(_) => {}
            }
        }
    }
    total
}
