//! Live reload in the real binary, against the loopback Bot API stand-in: a coordinator edits
//! temp copies of the dialogs and locales while the bot runs.
//!
//! - a valid edit of a German text goes live without a restart (the next reply shows it);
//! - an invalid edit (a goto to a missing node) is refused: the old version keeps answering and
//!   the admin chat receives the exact `path:line:col: error: ...` line;
//! - `/reload` from a parent is an unknown command like any other, `/status` shows the version;
//! - afterwards the counters in the data folder hold no trace of a chat id.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use chrono::NaiveDate;
use support::botapi::BotApi;
use wegweiser::conversation::Content;
use wegweiser::engine::State;

const PARENT: i64 = 777_002;
const ADMIN: i64 = 555_123_987;
const WAIT: Duration = Duration::from_secs(30);

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}

fn load(dialogs: &Path, locales: &Path) -> Content {
    match Content::load(dialogs, locales, wegweiser::CODE_MESSAGES) {
        Ok((c, _)) => c,
        Err(report) => panic!("files have errors: {:?}", report.lines()),
    }
}

/// Replaces `old` by `new` in a file (exactly once), as a coordinator's editor would save it.
fn edit(path: &Path, old: &str, new: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert_eq!(
        text.matches(old).count(),
        1,
        "{old:?} in {}",
        path.display()
    );
    std::fs::write(path, text.replace(old, new)).expect("write");
}

struct Bot(Child);

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn print_log(log: &Path) {
    if let Ok(text) = std::fs::read_to_string(log) {
        eprintln!("--- bot log ---\n{text}");
    }
}

/// The parent's side: the reply each message must get, from the library stepped directly.
struct Parent {
    state: Option<State>,
    replies: usize,
}

impl Parent {
    fn say(&mut self, api: &BotApi, content: &Content, text: &str) -> String {
        let (next, want) = match &self.state {
            None => content.welcome(Some("de"), today()),
            Some(s) => content.handle_text(s, text, today()),
        };
        self.state = Some(next);
        api.push_text(PARENT, "de", text);
        self.replies += 1;
        let n = self.replies;
        wait_texts(api, PARENT, n);
        let got = api.texts_to(PARENT).pop().expect("a reply");
        assert_eq!(got, want.text, "reply to {text:?}");
        got
    }
}

/// The first message to the admin chat from index `from` on that satisfies `pred` (a watcher
/// may reload twice for one save; a quiet second reload sends nothing, but be lenient).
fn admin_text(api: &BotApi, from: usize, pred: impl Fn(&str) -> bool) -> (usize, String) {
    text_to(api, ADMIN, from, pred)
}

fn text_to(api: &BotApi, chat: i64, from: usize, pred: impl Fn(&str) -> bool) -> (usize, String) {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let texts = api.texts_to(chat);
        if let Some((i, t)) = texts.iter().enumerate().skip(from).find(|(_, t)| pred(t)) {
            return (i + 1, t.clone());
        }
        assert!(
            std::time::Instant::now() < deadline,
            "chat {chat} did not get the expected message; got {texts:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn wait_texts(api: &BotApi, chat: i64, n: usize) {
    let deadline = std::time::Instant::now() + WAIT;
    while api.texts_to(chat).len() < n {
        assert!(
            std::time::Instant::now() < deadline,
            "chat {chat} got {} messages, expected {n}: {:?}",
            api.texts_to(chat).len(),
            api.texts_to(chat)
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The bot on temp copies of the dialogs, locales and networks, with `ADMIN` as the operator's
/// admin chat; `scenario` runs against it, then the bot is stopped with SIGTERM.
fn with_bot(scenario: impl FnOnce(&BotApi, &Path) + std::panic::UnwindSafe) -> PathBuf {
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    for folder in ["dialogs", "locales", "networks"] {
        copy_dir(&root().join(folder), &dir.path().join(folder));
    }
    let data = dir.path().join("data");
    let log = dir.path().join("bot.log");
    let child = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .arg("telegram")
        .arg("--api-url")
        .arg(api.url())
        .arg("--data")
        .arg(&data)
        .arg("--dialogs")
        .arg(dir.path().join("dialogs"))
        .arg("--locales")
        .arg(dir.path().join("locales"))
        .arg("--admin")
        .arg(ADMIN.to_string())
        .current_dir(root())
        .env("TELOXIDE_TOKEN", "123456:TEST-TOKEN")
        .env("WEGWEISER_TODAY", "2026-11-21")
        .env("WEGWEISER_POLL_TIMEOUT", "1")
        .env("WEGWEISER_LOG", "info")
        .env_remove("TELEGRAM_API_URL")
        .env_remove("WEGWEISER_WEBHOOK_URL")
        .env_remove("WEGWEISER_DATA")
        .env_remove("WEGWEISER_ADMINS")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("start the bot");
    let mut bot = Bot(child);
    let root_dir = dir.path().to_path_buf();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        scenario(&api, &root_dir);
    }));
    if result.is_err() {
        print_log(&log);
    }
    // SIGTERM: the bot flushes the store and stops.
    let status = Command::new("kill")
        .arg("-TERM")
        .arg(bot.0.id().to_string())
        .status()
        .expect("kill");
    assert!(status.success());
    let deadline = std::time::Instant::now() + WAIT;
    while bot.0.try_wait().expect("wait").is_none() {
        assert!(std::time::Instant::now() < deadline, "the bot did not stop");
        std::thread::sleep(Duration::from_millis(50));
    }
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
    // Kept until the caller's checks are done.
    let kept = dir.keep();
    kept.join("data")
}

#[test]
fn edits_go_live_invalid_ones_are_refused_and_admins_are_told() {
    let data = with_bot(|api, dir| scenario(api, &dir.join("dialogs"), &dir.join("locales")));
    no_chat_id_in_counters(&data);
    let _ = std::fs::remove_dir_all(data.parent().expect("temp dir"));
}

/// Chats listed in a network's `network.toml` are that network's admin chats: `/stats` shows
/// its counts only, and a refused edit of another network's file is not theirs to hear about;
/// the operator's chat hears everything.
#[test]
fn each_network_hears_its_own_reloads_and_reads_its_own_counts() {
    const HAGEN: i64 = 444_001;
    const WUPPERTAL: i64 = 444_002;
    let data = with_bot(|api, dir| {
        let nets = dir.join("networks");
        // The bot is up (and watching) once it answers.
        api.push_text(PARENT, "de", "/start");
        wait_texts(api, PARENT, 1);
        // The coordinators add their chats; the running bot takes them on with the reload.
        edit(
            &nets.join("hagen/network.toml"),
            "admins = []",
            &format!("admins = [{HAGEN}]"),
        );
        let (seen_op, _) = admin_text(api, 0, |t| t.starts_with("✅"));
        edit(
            &nets.join("wuppertal/network.toml"),
            "admins = []",
            &format!("admins = [{WUPPERTAL}]"),
        );
        let (seen_op, _) = admin_text(api, seen_op, |t| t.starts_with("✅"));
        // A parent from a Hagen flyer walks three steps.
        for text in ["/start hagen-childcare", "/menu", "/start hagen-money"] {
            let before = api.texts_to(PARENT).len();
            api.push_text(PARENT, "de", text);
            wait_texts(api, PARENT, before + 1);
        }
        api.push_text(HAGEN, "de", "/stats");
        let (_, hagen) = text_to(api, HAGEN, 0, |t| t.contains("📊"));
        assert!(
            hagen.starts_with("Netzwerk: Netzwerk für Alleinerziehende Hagen"),
            "{hagen}"
        );
        assert!(hagen.contains("Schritte insgesamt: <5"), "{hagen}");
        api.push_text(WUPPERTAL, "de", "/stats");
        let (seen_w, wup) = text_to(api, WUPPERTAL, 0, |t| t.contains("📊"));
        assert!(wup.contains("Schritte insgesamt: 0"), "{wup}");
        // A mistake in Hagen's file: Hagen's and the operator's chats are told, Wuppertal's not.
        edit(
            &nets.join("hagen/network.toml"),
            "land = \"NW\"",
            "land = \"NRW\"",
        );
        let (_, refused) = text_to(api, HAGEN, 1, |t| t.starts_with("⛔"));
        assert!(
            refused.contains("networks/hagen/network.toml:")
                && refused.contains("unknown Land 'NRW'"),
            "{refused}"
        );
        let (seen_op, op) = admin_text(api, seen_op, |t| t.starts_with("⛔"));
        assert!(op.contains("unknown Land 'NRW'"), "{op}");
        // The repair is news for all (a new version serves everyone).
        edit(
            &nets.join("hagen/network.toml"),
            "land = \"NRW\"",
            "land = \"NW\"",
        );
        admin_text(api, seen_op, |t| t.starts_with("✅"));
        text_to(api, WUPPERTAL, seen_w, |t| t.starts_with("✅"));
        assert!(
            !api.texts_to(WUPPERTAL).iter().any(|t| t.starts_with("⛔")),
            "{:?}",
            api.texts_to(WUPPERTAL)
        );
        // A parent's /stats is an unknown command, not a report.
        let before = api.texts_to(PARENT).len();
        api.push_text(PARENT, "de", "/stats");
        wait_texts(api, PARENT, before + 1);
        let reply = api.texts_to(PARENT).pop().expect("reply");
        assert!(!reply.contains("📊"), "{reply}");
    });
    let _ = std::fs::remove_dir_all(data.parent().expect("temp dir"));
}

fn scenario(api: &BotApi, dialogs: &Path, locales: &Path) {
    let mut parent = Parent {
        state: None,
        replies: 0,
    };
    let v1 = load(dialogs, locales);
    parent.say(api, &v1, "/start");

    // 1. A valid edit of a German text: live without a restart, admins told.
    edit(
        &locales.join("de/system.ftl"),
        "❓ So funktioniert der Wegweiser:",
        "❓ So funktioniert der Wegweiser (NEU 4711):",
    );
    let v2 = load(dialogs, locales);
    let (seen, notice) = admin_text(api, 0, |t| t.starts_with("✅"));
    assert!(notice.contains(&v2.tree.version), "{notice}");
    let help = parent.say(api, &v2, "/help");
    assert!(help.contains("NEU 4711"), "{help}");

    // 2. An invalid edit: refused, the exact error line goes to the admin chat.
    let childcare = dialogs.join("childcare.toml");
    let line_no = std::fs::read_to_string(&childcare)
        .expect("read")
        .lines()
        .position(|l| l.contains("goto = \"cc-sick\""))
        .expect("the goto to edit")
        + 1;
    edit(
        &childcare,
        "goto = \"cc-sick\"",
        "goto = \"cc-gibt-es-nicht\"",
    );
    let report = wegweiser::check::check_dirs(dialogs, locales, wegweiser::CODE_MESSAGES);
    let errors: Vec<String> = report.diagnostics.errors().map(|d| d.to_string()).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let line = &errors[0];
    assert!(
        line.starts_with(&format!("{}:{line_no}:", childcare.display()))
            && line.contains(": error: "),
        "{line}"
    );
    let (seen, refused) = admin_text(api, seen, |t| t.starts_with("⛔"));
    assert!(
        refused.lines().any(|l| l == line),
        "the admin chat must get the line {line:?}, got {refused:?}"
    );
    // The last good version keeps answering, with the edited text.
    let help = parent.say(api, &v2, "/help");
    assert!(help.contains("NEU 4711"), "{help}");

    // 3. A parent's /reload is an unknown command, exactly as the engine answers it; the admin
    // chat hears nothing more of it.
    let unknown = parent.say(api, &v2, "/reload");
    assert!(!unknown.contains("⛔") && !unknown.contains(line.as_str()));
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(api.texts_to(ADMIN).len(), seen);

    // 4. /status in the admin chat: the live version and the refused reload with its line.
    api.push_text(ADMIN, "de", "/status");
    let (seen, status) = admin_text(api, seen, |t| t.starts_with("Aktive Version"));
    assert!(status.contains(&v2.tree.version), "{status}");
    assert!(status.lines().any(|l| l == line), "{status}");

    // 5. /reload on demand reads the files again: still refused, with the same line.
    api.push_text(ADMIN, "de", "/reload");
    let (seen, again) = admin_text(api, seen, |t| t.starts_with("⛔"));
    assert!(again.lines().any(|l| l == line), "{again}");

    // 6. The repair goes live and is announced, though it equals the version that served.
    edit(
        &childcare,
        "goto = \"cc-gibt-es-nicht\"",
        "goto = \"cc-sick\"",
    );
    let (seen, _) = admin_text(api, seen, |t| t.starts_with("✅"));
    parent.say(api, &v2, "/menu");

    // 7. /stats answers in the admin chat with the anonymous counts.
    api.push_text(ADMIN, "de", "/stats");
    admin_text(api, seen, |t| t.starts_with("📊"));
}

/// Scans every key and value of the counters for the chat ids, as text and as bytes.
fn no_chat_id_in_counters(data: &Path) {
    let db = sled::open(data).expect("open the data folder");
    let tree = db.open_tree(wegweiser::stats::TREE).expect("stats tree");
    assert!(!tree.is_empty(), "the conversation was not counted");
    let needles: Vec<Vec<u8>> = [PARENT, ADMIN]
        .iter()
        .flat_map(|id| {
            vec![
                id.to_string().into_bytes(),
                id.to_be_bytes().to_vec(),
                id.to_le_bytes().to_vec(),
                (*id as u32).to_be_bytes().to_vec(),
                (*id as u32).to_le_bytes().to_vec(),
            ]
        })
        .collect();
    for item in tree.iter() {
        let (k, v) = item.expect("read");
        for bytes in [k.as_ref(), v.as_ref()] {
            for n in &needles {
                assert!(
                    !bytes.windows(n.len()).any(|w| w == n.as_slice()),
                    "a chat id in the counters: {:?}",
                    String::from_utf8_lossy(bytes)
                );
            }
        }
    }
    let visits = wegweiser::stats::Stats::open(&db)
        .expect("stats")
        .summary()
        .expect("summary")
        .visits_total;
    assert!(visits >= 1);
}
