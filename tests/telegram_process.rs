//! The real binary against a loopback Bot API stand-in (tests/support/botapi.rs): a parent's
//! conversation survives SIGKILL at the two dangerous moments without a reply lost or doubled,
//! also while the API answers 429 and 502; SIGTERM stops the bot cleanly.
//!
//! The expected texts come from the library itself (`Content`), stepped without any bot: the
//! parent must see exactly what an uninterrupted conversation would have shown.

mod support;

use std::fs::File;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::botapi::{BotApi, Delivery, Fault};
use support::process::{print_log, root, today, BotProcess};
use wegweiser::conversation::Content;
use wegweiser::engine::{Input, State};

const CHAT: i64 = 777_001;
const LANG: &str = "de";

/// The parent, and what they must see: the conversation stepped directly by the library.
struct Parent {
    content: Content,
    state: Option<State>,
    expected: Vec<Delivery>,
    last_update: i64,
    step_timeout: Duration,
}

impl Parent {
    fn new(step_timeout: Duration) -> Parent {
        let content = match Content::load(
            &root().join("dialogs"),
            &root().join("locales"),
            wegweiser::CODE_MESSAGES,
        ) {
            Ok((c, _)) => c,
            Err(report) => panic!("shipped files have errors: {:?}", report.lines()),
        };
        Parent {
            content,
            state: None,
            expected: Vec::new(),
            last_update: 0,
            step_timeout,
        }
    }

    /// Queues a typed text and records the reply it must get (a new message).
    fn send_text(&mut self, api: &BotApi, text: &str) -> i64 {
        let (next, screen) = match &self.state {
            None => self.content.welcome(Some(LANG), today()),
            Some(s) => self.content.handle_text(s, text, today()),
        };
        self.state = Some(next);
        let id = api.push_text(CHAT, LANG, text);
        let message = api.state().messages.len() as i64 + 1;
        self.expected.push(Delivery::Sent {
            message,
            text: screen.text,
        });
        self.last_update = id;
        id
    }

    /// Queues a tap on the button `key` of the message and records the edit it must cause.
    fn tap(&mut self, api: &BotApi, message: i64, key: &str) -> i64 {
        let data = api
            .buttons(message)
            .into_iter()
            .map(|(_, d)| d)
            .find(|d| d.split('|').next() == Some(key))
            .unwrap_or_else(|| panic!("no button {key} on message {message}"));
        let state = self.state.as_ref().expect("a conversation");
        let (next, screen) = self
            .content
            .handle(state, &Input::Button(key.to_string()), today());
        self.state = Some(next);
        let id = api.push_tap(CHAT, LANG, message, &data);
        self.expected.push(Delivery::Edited {
            message,
            text: screen.text,
        });
        self.last_update = id;
        id
    }

    /// Waits for the reply of the last input and checks everything delivered so far: nothing
    /// missing, nothing twice, every text as the library renders it.
    fn check(&self, api: &BotApi, what: &str) {
        let n = self.expected.len();
        api.wait_for(what, self.step_timeout, |g| g.deliveries.len() >= n);
        assert_eq!(api.deliveries(), self.expected, "after {what}");
    }

    /// A choice on the message (not navigation), or back if it has none.
    fn first_choice(api: &BotApi, message: i64) -> String {
        let keys: Vec<String> = api
            .buttons(message)
            .into_iter()
            .map(|(_, d)| d.split('|').next().unwrap_or_default().to_string())
            .collect();
        keys.iter()
            .find(|k| k.starts_with('o') || *k == "next")
            .or_else(|| keys.iter().find(|k| *k == "back"))
            .cloned()
            .unwrap_or_else(|| panic!("message {message} has no button to tap"))
    }
}

/// Runs the whole scenario; `faults` makes the stand-in answer 429 and 502 along the way.
fn scenario(faults: bool) {
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let log: PathBuf = dir.path().join("bot.log");
    let step_timeout = if faults {
        Duration::from_secs(90)
    } else {
        Duration::from_secs(30)
    };
    let mut parent = Parent::new(step_timeout);
    if faults {
        api.fault("getMe", &[Fault::RetryAfter(1)]);
        api.fault("setMyCommands", &[Fault::RetryAfter(1)]);
        api.fault("getUpdates", &[Fault::RetryAfter(1)]);
        api.fault(
            "sendMessage",
            &[
                Fault::RetryAfter(1),
                Fault::BadGateway,
                Fault::RetryAfter(1),
            ],
        );
        api.fault(
            "editMessageText",
            &[Fault::RetryAfter(1), Fault::BadGateway],
        );
        api.fault(
            "answerCallbackQuery",
            &[Fault::RetryAfter(1), Fault::RetryAfter(1)],
        );
    }
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let bot = BotProcess::start(&api, &data, &log, &[]);

        // 1. First contact.
        parent.send_text(&api, "/start");
        parent.check(&api, "/start");
        let welcome = 1;
        // 2. A tap: the welcome message turns into the next step.
        let key = Parent::first_choice(&api, welcome);
        let tap_update = parent.tap(&api, welcome, &key);
        parent.check(&api, "the first tap");
        let answers = api.calls_of("answerCallbackQuery");
        assert!(answers >= 1, "the tap was answered");

        // Crash A: killed after replying; Telegram had not seen a confirmation and sends both
        // updates again. Nothing may be answered twice.
        api.wait_for("the tap to be confirmed", step_timeout, |g| {
            g.confirmed > tap_update
        });
        bot.sigkill();
        api.unconfirm_from(tap_update - 1);
        let bot = BotProcess::start(&api, &data, &log, &[]);
        api.wait_for("the replayed updates to be confirmed", step_timeout, |g| {
            g.confirmed > tap_update
        });
        std::thread::sleep(Duration::from_millis(500));
        assert_eq!(
            api.deliveries(),
            parent.expected,
            "a replayed update was answered again"
        );
        // (The kill may land between the edit and its bookkeeping; then the tap's callback
        // query is answered again on replay, which the parent cannot see. Messages and edits are
        // what must not repeat, and a repeated edit would be "not modified" at Telegram.)
        assert!(api.calls_of("answerCallbackQuery") <= answers + 1);

        // 3. Crash B: the update is received and confirmed, the reply is on its way and never
        // arrives (the request is swallowed) when the bot dies. It must come after the restart.
        api.hold("sendMessage", true);
        let held_update = parent.send_text(&api, "1");
        api.wait_for("the reply to be on its way", step_timeout, |g| {
            g.held_requests >= 1 && g.confirmed > held_update
        });
        bot.sigkill();
        api.hold("sendMessage", false);
        let bot = BotProcess::start(&api, &data, &log, &[]);
        parent.check(&api, "the reply after the crash");
        let third = match parent.expected.last() {
            Some(Delivery::Sent { message, .. }) => *message,
            other => panic!("expected a sent message, got {other:?}"),
        };

        // 4. and 5.: the parent continues exactly where they were.
        let key = Parent::first_choice(&api, third);
        parent.tap(&api, third, &key);
        parent.check(&api, "the tap after the crash");
        parent.send_text(&api, "/back");
        parent.check(&api, "/back");
        std::thread::sleep(Duration::from_millis(500));
        assert_eq!(api.deliveries(), parent.expected, "nothing arrived twice");

        // The command menu was registered, per language.
        let langs: Vec<String> = api
            .state()
            .calls
            .iter()
            .filter(|(m, _)| m == "setmycommands")
            .filter_map(|(_, b)| b["language_code"].as_str().map(str::to_string))
            .collect();
        assert!(
            langs.iter().any(|l| l == "de") && langs.iter().any(|l| l == "en"),
            "{langs:?}"
        );
        if faults {
            assert!(
                api.state().faults_served >= 10,
                "every queued fault was met"
            );
        }

        // SIGTERM: a clean stop.
        let status = bot.sigterm_and_wait(Duration::from_secs(30));
        assert!(status.success(), "exit status after SIGTERM: {status:?}");
    }));
    if let Err(e) = run {
        print_log(&log);
        std::panic::resume_unwind(e);
    }
}

#[test]
fn conversation_survives_sigkill_without_lost_or_doubled_replies() {
    scenario(false);
}

#[test]
fn conversation_survives_sigkill_while_the_api_answers_429_and_502() {
    scenario(true);
}

/// POSTs an update to the bot's webhook like Telegram does; returns the HTTP status code.
fn post_update(addr: std::net::SocketAddr, path: &str, secret: &str, body: &str) -> u16 {
    use std::io::{Read, Write};
    // Not listening yet: 0, and the caller tries again.
    let Ok(mut s) = std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(5)) else {
        return 0;
    };
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let req = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
         X-Telegram-Bot-Api-Secret-Token: {secret}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).expect("write");
    let mut resp = String::new();
    let _ = s.read_to_string(&mut resp);
    resp.split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

#[test]
fn webhook_mode_checks_the_secret_and_answers() {
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let log = dir.path().join("bot.log");
    // A free port on 127.0.0.1 for the bot's webhook server.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let listen: std::net::SocketAddr = ([127, 0, 0, 1], port).into();
    let log_file = File::options()
        .create(true)
        .append(true)
        .open(&log)
        .expect("log");
    let child = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["telegram", "--api-url", &api.url(), "--data"])
        .arg(dir.path().join("data"))
        .args([
            "--webhook-url",
            &format!("http://{listen}/hook"),
            "--listen",
            &listen.to_string(),
        ])
        .current_dir(root())
        .env("TELOXIDE_TOKEN", "123456:TEST-TOKEN")
        .env("WEGWEISER_WEBHOOK_SECRET", "s3cret-token")
        .env("WEGWEISER_TODAY", "2026-11-21")
        .env("WEGWEISER_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log_file)
        .spawn()
        .expect("start the bot");
    let bot = BotProcess { child };
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // (setWebhook comes as multipart form data; the secret is checked below by refusal.)
        api.wait_for("setWebhook", Duration::from_secs(30), |g| {
            g.calls.iter().any(|(m, _)| m == "setwebhook")
        });
        let update = serde_json::json!({"update_id": 5001, "message": {
            "message_id": 1, "date": 1_700_000_000,
            "chat": {"id": CHAT, "type": "private", "first_name": "Parent"},
            "from": support::botapi::parent(CHAT, "en"), "text": "/start"
        }})
        .to_string();
        // The server may need a moment after setWebhook to listen.
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut status = 0;
        while Instant::now() < deadline {
            status = post_update(listen, "/hook", "wrong", &update);
            if status != 0 {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        assert_eq!(status, 401, "a request without the right secret is refused");
        std::thread::sleep(Duration::from_millis(300));
        assert!(
            api.deliveries().is_empty(),
            "a refused update is not answered"
        );
        assert_eq!(post_update(listen, "/hook", "s3cret-token", &update), 200);
        let parent = Parent::new(Duration::from_secs(30));
        let (_, want) = parent.content.welcome(Some("en"), today());
        api.wait_for("the welcome", Duration::from_secs(30), |g| {
            !g.deliveries.is_empty()
        });
        assert_eq!(api.deliveries()[0].text(), want.text);
        // Telegram retries a webhook delivery it thinks failed: no second answer.
        assert_eq!(post_update(listen, "/hook", "s3cret-token", &update), 200);
        std::thread::sleep(Duration::from_millis(500));
        assert_eq!(
            api.deliveries().len(),
            1,
            "a redelivered update is answered once"
        );
        let status = bot.sigterm_and_wait(Duration::from_secs(30));
        assert!(status.success(), "exit status after SIGTERM: {status:?}");
    }));
    if let Err(e) = run {
        print_log(&log);
        std::panic::resume_unwind(e);
    }
}

/// A supervisor may stop the bot while it is still starting: SIGTERM before Telegram even
/// answered `getMe` is a clean stop (exit 0, "stopped before connecting"), not a kill by signal.
#[test]
fn sigterm_while_starting_is_a_clean_stop() {
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let log = dir.path().join("bot.log");
    api.hold("getMe", true);
    let bot = BotProcess::start(&api, &data, &log, &[]);
    let deadline = Instant::now() + Duration::from_secs(60);
    while api.calls_of("getme") == 0 {
        assert!(Instant::now() < deadline, "the bot never asked getMe");
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = bot.sigterm_and_wait(Duration::from_secs(30));
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(
        status.success(),
        "exit status after SIGTERM while starting: {status:?}\n{text}"
    );
    assert!(text.contains("stopped before connecting"), "{text}");
}
