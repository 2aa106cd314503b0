//! A loopback stand-in for the Telegram Bot API, for tests that run the real binary, and for
//! tests/telegram_handler.rs, which drives the handler tree in-process against it.
//!
//! It speaks just enough of the API (getMe, getUpdates with offsets and long polling,
//! sendMessage, editMessageText, editMessageReplyMarkup, answerCallbackQuery, setMyCommands,
//! deleteWebhook), records
//! every call, and keeps what the parent would see: a log of delivered messages and edits.
//! Faults can be queued per method (429 with retry_after, 502 with an HTML body), and a method
//! can be held: the request is accepted but never answered nor delivered, as if the network
//! swallowed it, so a test can kill the bot at exactly that moment. Only 127.0.0.1.
//!
//! For the hardening tests (tests/hardening_*.rs) it also answers sendVenue, keeps what each
//! chat saw separately, can inject faults at a steady rate on every method (429, 502, a
//! response later than the bot's client timeout, a connection dropped mid-response; none of
//! them delivers anything), and can hold every method at once ("freeze") so a kill lands while
//! requests are in flight but never between Telegram accepting a message and the bot noting it.

#![allow(dead_code)]

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

pub const BOT_ID: i64 = 424242;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fault {
    /// 429 Too Many Requests with `retry_after` seconds.
    RetryAfter(u32),
    /// 502 Bad Gateway with a proxy's HTML page, as nginx in front of Telegram sends it.
    BadGateway,
    /// No answer for this long (longer than the bot's client timeout), then 504; nothing
    /// delivered.
    Timeout(Duration),
    /// The connection closes in the middle of the response body; nothing delivered.
    Drop,
    /// Done as asked (a message *is* delivered), but answered only after this long: Telegram
    /// accepted the request and the answer is later than the bot's client timeout.
    Late(Duration),
}

/// What the parent's phone shows happening, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Delivery {
    Sent { message: i64, text: String },
    Edited { message: i64, text: String },
}

impl Delivery {
    pub fn text(&self) -> &str {
        match self {
            Delivery::Sent { text, .. } | Delivery::Edited { text, .. } => text,
        }
    }
}

#[derive(Default)]
pub struct Inner {
    /// Every update ever queued, oldest first.
    updates: Vec<Value>,
    next_update: i64,
    /// Updates below this id are confirmed (getUpdates offset) and never delivered again.
    pub confirmed: i64,
    next_message: i64,
    /// message id -> (text, reply_markup) as the parent sees it now.
    pub messages: HashMap<i64, (String, Value)>,
    pub deliveries: Vec<Delivery>,
    /// (method, body) of every call, faults and held ones included.
    pub calls: Vec<(String, Value)>,
    faults: HashMap<String, VecDeque<Fault>>,
    pub faults_served: usize,
    held: HashSet<String>,
    /// Requests of a held method received so far.
    pub held_requests: usize,
    /// What each chat saw, in order (sends and edits).
    pub per_chat: HashMap<i64, Vec<Delivery>>,
    /// sendVenue calls delivered: (chat, title, address, latitude, longitude).
    pub venues: Vec<(i64, String, String, f64, f64)>,
    /// Steady faults: every n-th call of each method gets the next fault of the cycle.
    steady: Option<(usize, Vec<Fault>)>,
    per_method: HashMap<String, usize>,
    /// Faults served by kind (429, 502, timeout, drop).
    pub served_by_kind: HashMap<&'static str, usize>,
    /// Every method held (see [`BotApi::freeze`]).
    frozen: bool,
    /// editMessageReplyMarkup calls delivered: (message, new markup; null: keyboard removed).
    pub markup_edits: Vec<(i64, Value)>,
    /// (method, request body, result) of every call answered with `ok: true`, in order: what
    /// the bot asked for and what it got back (the message as sent or edited).
    pub results: Vec<(String, Value, Value)>,
}

pub struct BotApi {
    pub addr: SocketAddr,
    inner: Arc<Mutex<Inner>>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

fn lock(inner: &Mutex<Inner>) -> MutexGuard<'_, Inner> {
    inner.lock().unwrap_or_else(|p| p.into_inner())
}

fn ok(result: Value) -> Response {
    axum::Json(json!({"ok": true, "result": result})).into_response()
}

fn api_error(code: u16, description: &str) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST);
    (
        status,
        axum::Json(json!({"ok": false, "error_code": code, "description": description})),
    )
        .into_response()
}

fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "Wegweiser", "username": "wegweiser_test_bot"})
}

/// A parent; `lang` empty: the client reports no language (Telegram omits the field).
pub fn parent(chat: i64, lang: &str) -> Value {
    let mut p = json!({"id": chat, "is_bot": false, "first_name": "Parent"});
    if !lang.is_empty() {
        p["language_code"] = json!(lang);
    }
    p
}

fn private_chat(chat: i64) -> Value {
    json!({"id": chat, "type": "private", "first_name": "Parent"})
}

fn message_json(id: i64, chat: i64, text: &str, markup: &Value) -> Value {
    let mut m = json!({"message_id": id, "date": 1_700_000_000, "chat": private_chat(chat), "from": bot_user(), "text": text});
    if !markup.is_null() {
        m["reply_markup"] = markup.clone();
    }
    m
}

async fn handle(inner: Arc<Mutex<Inner>>, uri: Uri, body: Bytes) -> Response {
    // Method names are case-insensitive (teloxide sends `GetMe`, docs say `getMe`).
    let method = uri
        .path()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let (fault, held) = {
        let mut g = lock(&inner);
        g.calls.push((method.clone(), body.clone()));
        let mut fault = g.faults.get_mut(&method).and_then(VecDeque::pop_front);
        let n = {
            let c = g.per_method.entry(method.clone()).or_default();
            *c += 1;
            *c
        };
        if fault.is_none() {
            if let Some((every, cycle)) = &g.steady {
                if *every > 0 && n % every == 0 && !cycle.is_empty() {
                    fault = Some(cycle[(n / every) % cycle.len()]);
                }
            }
        }
        if let Some(f) = fault {
            g.faults_served += 1;
            let kind = match f {
                Fault::RetryAfter(_) => "429",
                Fault::BadGateway => "502",
                Fault::Timeout(_) => "timeout",
                Fault::Drop => "drop",
                Fault::Late(_) => "late",
            };
            *g.served_by_kind.entry(kind).or_default() += 1;
        }
        let held = fault.is_none() && (g.frozen || g.held.contains(&method));
        if held {
            g.held_requests += 1;
        }
        (fault, held)
    };
    match fault {
        Some(Fault::RetryAfter(s)) => {
            let status = StatusCode::TOO_MANY_REQUESTS;
            let body = json!({"ok": false, "error_code": 429, "description": format!("Too Many Requests: retry after {s}"), "parameters": {"retry_after": s}});
            return (status, axum::Json(body)).into_response();
        }
        Some(Fault::BadGateway) => {
            return (
                StatusCode::BAD_GATEWAY,
                "<html><body><h1>502 Bad Gateway</h1></body></html>",
            )
                .into_response();
        }
        Some(Fault::Timeout(d)) => {
            tokio::time::sleep(d).await;
            return (StatusCode::GATEWAY_TIMEOUT, "gateway timeout").into_response();
        }
        Some(Fault::Drop) => {
            let parts: Vec<Result<Bytes, std::io::Error>> = vec![
                Ok(Bytes::from_static(b"{\"ok\":true,\"res")),
                Err(std::io::Error::other("connection dropped by the stand-in")),
            ];
            return Response::builder()
                .status(StatusCode::OK)
                .header("content-type", "application/json")
                .body(axum::body::Body::from_stream(futures::stream::iter(parts)))
                .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response());
        }
        Some(Fault::Late(d)) => {
            let answer = recorded(&inner, &method, &body).await;
            tokio::time::sleep(d).await;
            return answer;
        }
        None => {}
    }
    if held {
        // Swallowed: never answered, never delivered. The bot gets killed meanwhile.
        std::future::pending::<()>().await;
    }
    recorded(&inner, &method, &body).await
}

/// [`answer`], noting a successful result in [`Inner::results`].
async fn recorded(inner: &Arc<Mutex<Inner>>, method: &str, body: &Value) -> Response {
    let response = answer(inner, method, body).await;
    let (parts, bytes) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(bytes, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Ok(v) = serde_json::from_slice::<Value>(&bytes) {
        if v["ok"] == json!(true) {
            lock(inner)
                .results
                .push((method.to_string(), body.clone(), v["result"].clone()));
        }
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

/// Does what the method asks and answers like the Bot API.
async fn answer(inner: &Arc<Mutex<Inner>>, method: &str, body: &Value) -> Response {
    match method {
        "getme" => ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "Wegweiser", "username": "wegweiser_test_bot",
            "can_join_groups": false, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "can_connect_to_business": false, "has_main_web_app": false
        })),
        "getupdates" => {
            let offset = body["offset"].as_i64().unwrap_or(0);
            let limit = body["limit"].as_u64().unwrap_or(100) as usize;
            // Hold the long poll at most a second: enough to be a long poll, short for tests.
            let wait = Duration::from_secs(body["timeout"].as_u64().unwrap_or(0).min(1));
            let deadline = Instant::now() + wait;
            loop {
                let batch: Vec<Value> = {
                    let mut g = lock(inner);
                    if offset > g.confirmed {
                        g.confirmed = offset;
                    }
                    let from = g.confirmed;
                    g.updates
                        .iter()
                        .filter(|u| u["update_id"].as_i64().unwrap_or(0) >= from)
                        .take(limit)
                        .cloned()
                        .collect()
                };
                if !batch.is_empty() || Instant::now() >= deadline {
                    return ok(Value::Array(batch));
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
        "sendmessage" => {
            let chat = body["chat_id"].as_i64().unwrap_or(0);
            let text = body["text"].as_str().unwrap_or_default().to_string();
            if text.is_empty() || text.chars().count() > 4096 {
                return api_error(400, "Bad Request: message text is empty or too long");
            }
            let markup = body["reply_markup"].clone();
            let mut g = lock(inner);
            g.next_message += 1;
            let id = g.next_message;
            g.messages.insert(id, (text.clone(), markup.clone()));
            g.deliveries.push(Delivery::Sent {
                message: id,
                text: text.clone(),
            });
            g.per_chat.entry(chat).or_default().push(Delivery::Sent {
                message: id,
                text: text.clone(),
            });
            ok(message_json(id, chat, &text, &markup))
        }
        "editmessagetext" => {
            let chat = body["chat_id"].as_i64().unwrap_or(0);
            let id = body["message_id"].as_i64().unwrap_or(0);
            let text = body["text"].as_str().unwrap_or_default().to_string();
            let markup = body["reply_markup"].clone();
            let mut g = lock(inner);
            let Some(old) = g.messages.get(&id).cloned() else {
                return api_error(400, "Bad Request: message to edit not found");
            };
            if old == (text.clone(), markup.clone()) {
                return api_error(
                    400,
                    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
                );
            }
            g.messages.insert(id, (text.clone(), markup.clone()));
            g.deliveries.push(Delivery::Edited {
                message: id,
                text: text.clone(),
            });
            g.per_chat.entry(chat).or_default().push(Delivery::Edited {
                message: id,
                text: text.clone(),
            });
            ok(message_json(id, chat, &text, &markup))
        }
        "editmessagereplymarkup" => {
            let id = body["message_id"].as_i64().unwrap_or(0);
            let markup = body["reply_markup"].clone();
            let mut g = lock(inner);
            let Some((text, old)) = g.messages.get(&id).cloned() else {
                return api_error(400, "Bad Request: message to edit not found");
            };
            let empty = |m: &Value| {
                m.is_null()
                    || m["inline_keyboard"]
                        .as_array()
                        .is_some_and(|r| r.is_empty())
            };
            if old == markup || (empty(&old) && empty(&markup)) {
                return api_error(
                    400,
                    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
                );
            }
            g.messages.insert(id, (text.clone(), markup.clone()));
            g.markup_edits.push((id, markup.clone()));
            let chat = body["chat_id"].as_i64().unwrap_or(0);
            ok(message_json(id, chat, &text, &markup))
        }
        "sendvenue" => {
            let chat = body["chat_id"].as_i64().unwrap_or(0);
            let title = body["title"].as_str().unwrap_or_default().to_string();
            let address = body["address"].as_str().unwrap_or_default().to_string();
            let (Some(lat), Some(lon)) = (body["latitude"].as_f64(), body["longitude"].as_f64())
            else {
                return api_error(400, "Bad Request: latitude and longitude are required");
            };
            if title.is_empty() || address.is_empty() || lat.abs() > 90.0 || lon.abs() > 180.0 {
                return api_error(400, "Bad Request: venue title, address or place invalid");
            }
            let mut g = lock(inner);
            g.next_message += 1;
            let id = g.next_message;
            g.venues
                .push((chat, title.clone(), address.clone(), lat, lon));
            let mut m = message_json(id, chat, "", &Value::Null);
            m.as_object_mut().map(|o| o.remove("text"));
            m["venue"] = json!({"location": {"latitude": lat, "longitude": lon}, "title": title, "address": address});
            ok(m)
        }
        _ => ok(Value::Bool(true)),
    }
}

impl BotApi {
    pub fn start() -> BotApi {
        let inner = Arc::new(Mutex::new(Inner {
            next_update: 1000,
            ..Inner::default()
        }));
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let state = inner.clone();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                    .await
                    .expect("bind 127.0.0.1");
                addr_tx
                    .send(listener.local_addr().expect("addr"))
                    .expect("send addr");
                let app = axum::Router::new()
                    .fallback(move |uri: Uri, body: Bytes| handle(state.clone(), uri, body));
                let _ = axum::serve(listener, app)
                    .with_graceful_shutdown(async {
                        let _ = rx.await;
                    })
                    .await;
            });
            // Held requests never finish; don't wait for them.
            rt.shutdown_timeout(Duration::from_millis(100));
        });
        let addr = addr_rx
            .recv_timeout(Duration::from_secs(10))
            .expect("stand-in started");
        BotApi {
            addr,
            inner,
            shutdown: Some(tx),
            thread: Some(thread),
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn state(&self) -> MutexGuard<'_, Inner> {
        lock(&self.inner)
    }

    pub fn fault(&self, method: &str, faults: &[Fault]) {
        self.state()
            .faults
            .entry(method.to_ascii_lowercase())
            .or_default()
            .extend(faults.iter().copied());
    }

    pub fn hold(&self, method: &str, on: bool) {
        let mut g = self.state();
        if on {
            g.held.insert(method.to_ascii_lowercase());
        } else {
            g.held.remove(&method.to_ascii_lowercase());
        }
    }

    /// From now on every `every`-th call of each method gets the next fault of `cycle`.
    pub fn steady_faults(&self, every: usize, cycle: &[Fault]) {
        self.state().steady = Some((every, cycle.to_vec()));
    }

    pub fn stop_faults(&self) {
        self.state().steady = None;
    }

    /// Holds (`true`) or releases every method: requests are accepted, never answered.
    pub fn freeze(&self, on: bool) {
        self.state().frozen = on;
    }

    /// What `chat` saw, in order.
    pub fn chat_log(&self, chat: i64) -> Vec<Delivery> {
        self.state()
            .per_chat
            .get(&chat)
            .cloned()
            .unwrap_or_default()
    }

    /// Queues a text message from the parent; returns its update id.
    pub fn push_text(&self, chat: i64, lang: &str, text: &str) -> i64 {
        let mut g = self.state();
        g.next_update += 1;
        let id = g.next_update;
        let update = json!({"update_id": id, "message": {
            "message_id": 100_000 + id, "date": 1_700_000_000, "chat": private_chat(chat),
            "from": parent(chat, lang), "text": text
        }});
        g.updates.push(update);
        id
    }

    /// Queues a message with these fields besides id, date and chat (a sender with names, a
    /// location, a contact); returns its update id.
    pub fn push_message(&self, chat: i64, fields: Value) -> i64 {
        let mut g = self.state();
        g.next_update += 1;
        let id = g.next_update;
        let mut m =
            json!({"message_id": 100_000 + id, "date": 1_700_000_000, "chat": private_chat(chat)});
        if let (Some(m), Some(f)) = (m.as_object_mut(), fields.as_object()) {
            for (k, v) in f {
                m.insert(k.clone(), v.clone());
            }
        }
        g.updates.push(json!({"update_id": id, "message": m}));
        id
    }

    /// Queues a shared location (📎 → Location) from the parent; returns its update id.
    pub fn push_location(&self, chat: i64, lang: &str, lat: f64, lon: f64) -> i64 {
        let mut g = self.state();
        g.next_update += 1;
        let id = g.next_update;
        let update = json!({"update_id": id, "message": {
            "message_id": 100_000 + id, "date": 1_700_000_000, "chat": private_chat(chat),
            "from": parent(chat, lang), "location": {"latitude": lat, "longitude": lon}
        }});
        g.updates.push(update);
        id
    }

    /// Queues a tap on a button of the bot's message as the parent's phone shows it *now*;
    /// returns its update id. A second call before the bot answered is a double tap.
    pub fn push_tap(&self, chat: i64, lang: &str, message: i64, data: &str) -> i64 {
        let mut g = self.state();
        g.next_update += 1;
        let id = g.next_update;
        let (text, markup) = g.messages.get(&message).cloned().unwrap_or_default();
        let update = json!({"update_id": id, "callback_query": {
            "id": format!("q{id}"), "from": parent(chat, lang), "chat_instance": "ci",
            "message": message_json(message, chat, &text, &markup), "data": data
        }});
        g.updates.push(update);
        id
    }

    /// Queues a photo from the parent (a message without text); returns its update id.
    pub fn push_photo(&self, chat: i64, lang: &str) -> i64 {
        let photo = json!([{"file_id": "photo-1", "file_unique_id": "p1", "width": 90, "height": 90, "file_size": 1200}]);
        self.push_message(chat, json!({"from": parent(chat, lang), "photo": photo}))
    }

    /// Queues a tap on a button of `message` as given (e.g. a copy kept from when it was sent,
    /// as an old message scrolled up shows it), not as the stand-in shows it now; returns its
    /// update id.
    pub fn push_tap_on(&self, chat: i64, lang: &str, message: &Value, data: &str) -> i64 {
        let mut g = self.state();
        g.next_update += 1;
        let id = g.next_update;
        let update = json!({"update_id": id, "callback_query": {
            "id": format!("q{id}"), "from": parent(chat, lang), "chat_instance": "ci",
            "message": message, "data": data
        }});
        g.updates.push(update);
        id
    }

    /// The update queued with this id (to hand it to a handler directly, without getUpdates).
    pub fn queued(&self, id: i64) -> Option<Value> {
        self.state()
            .updates
            .iter()
            .find(|u| u["update_id"].as_i64() == Some(id))
            .cloned()
    }

    /// Forgets that updates from `id` on were confirmed: Telegram delivers them again, as after
    /// a crash before the next getUpdates.
    pub fn unconfirm_from(&self, id: i64) {
        self.state().confirmed = id;
    }

    /// The highest offset the bot has confirmed.
    pub fn confirmed(&self) -> i64 {
        self.state().confirmed
    }

    /// Texts of every sendMessage addressed to `chat`, in order (faulted or held ones too).
    pub fn texts_to(&self, chat: i64) -> Vec<String> {
        self.state()
            .calls
            .iter()
            .filter(|(m, b)| m == "sendmessage" && b["chat_id"].as_i64() == Some(chat))
            .map(|(_, b)| b["text"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    pub fn deliveries(&self) -> Vec<Delivery> {
        self.state().deliveries.clone()
    }

    /// Callback data of the buttons on a message, in order.
    pub fn buttons(&self, message: i64) -> Vec<(String, String)> {
        let g = self.state();
        let Some((_, markup)) = g.messages.get(&message) else {
            return Vec::new();
        };
        markup["inline_keyboard"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row.as_array().cloned().unwrap_or_default())
            .map(|b| {
                (
                    b["text"].as_str().unwrap_or_default().to_string(),
                    b["callback_data"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    }

    pub fn calls_of(&self, method: &str) -> usize {
        let method = method.to_ascii_lowercase();
        self.state()
            .calls
            .iter()
            .filter(|(m, _)| *m == method)
            .count()
    }

    /// The (label, callback data) rows of the keyboard a message shows now.
    pub fn keyboard_rows(&self, message: i64) -> Vec<Vec<(String, String)>> {
        let g = self.state();
        let Some((_, markup)) = g.messages.get(&message) else {
            return Vec::new();
        };
        markup["inline_keyboard"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|row| {
                row.as_array()
                    .into_iter()
                    .flatten()
                    .map(|b| {
                        (
                            b["text"].as_str().unwrap_or_default().to_string(),
                            b["callback_data"].as_str().unwrap_or_default().to_string(),
                        )
                    })
                    .collect()
            })
            .collect()
    }

    /// Waits (bounded) until `cond` holds.
    pub fn wait_for(&self, what: &str, timeout: Duration, cond: impl Fn(&Inner) -> bool) {
        let deadline = Instant::now() + timeout;
        loop {
            if cond(&self.state()) {
                return;
            }
            if Instant::now() >= deadline {
                let g = self.state();
                panic!(
                    "timed out waiting for {what}; deliveries: {:#?}; last calls: {:?}",
                    g.deliveries,
                    g.calls
                        .iter()
                        .rev()
                        .take(8)
                        .map(|(m, b)| format!("{m} {b}"))
                        .collect::<Vec<_>>()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for BotApi {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        // Not joined: a request still held would keep the server waiting.
        drop(self.thread.take());
    }
}
