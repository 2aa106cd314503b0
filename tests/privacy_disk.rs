//! Forgotten means gone from the disk (docs/privacy.md), checked on the raw bytes of every
//! file in the data folder and of a fresh backup — not by asking the store.
//!
//! The scan is forensic: besides looking for the needles in the bytes as they are, it finds
//! every sealed value (`store::vault::MAGIC`) anywhere in sled's files, old segments included,
//! and tries to open it with every key file the folder still holds. So the same scan that must
//! find nothing after `/forget` finds the conversation while it is alive (it is not vacuous).
//!
//! Needles: the chat id (decimal, 4- and 8-byte big- and little-endian), the parent's first
//! and last name and username, the typed text, the postcode, the shared coordinates and a
//! shared contact's phone number (which must never be kept at all).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::json;
use support::botapi::BotApi;
use support::process::{print_log, BotProcess};
use wegweiser::store::compact;
use wegweiser::store::vault::{open_with, MAGIC};

const FORGETS: i64 = 880_311_223;
const EXPIRES: i64 = 880_344_556;
struct Person {
    chat: i64,
    first: &'static str,
    last: &'static str,
    user: &'static str,
    typed: &'static str,
    postcode: &'static str,
    lat: f64,
    lon: f64,
    phone: &'static str,
}

/// Postcodes of Wuppertal that no sample offer carries, so a hit can only be the parent's.
const A: Person = Person {
    chat: FORGETS,
    first: "Zoltanira",
    last: "Quaxleyfeld",
    user: "zq_wegweiser_a",
    typed: "Zauberwort-Plinkus-0815",
    postcode: "42399",
    lat: 51.287_123_4,
    lon: 7.198_765_4,
    phone: "5550199",
};
const B: Person = Person {
    chat: EXPIRES,
    first: "Brunhildea",
    last: "Vexmorgan",
    user: "bv_wegweiser_b",
    typed: "Zauberwort-Quorrel-4242",
    postcode: "42113",
    lat: 51.213_456_7,
    lon: 7.145_678_9,
    phone: "5550288",
};

fn needles(p: &Person) -> Vec<(String, Vec<u8>)> {
    let mut v = vec![
        (
            "chat id (decimal)".to_string(),
            p.chat.to_string().into_bytes(),
        ),
        ("chat id (i64 BE)".into(), p.chat.to_be_bytes().to_vec()),
        ("chat id (i64 LE)".into(), p.chat.to_le_bytes().to_vec()),
        ("first name".into(), p.first.as_bytes().to_vec()),
        ("last name".into(), p.last.as_bytes().to_vec()),
        ("username".into(), p.user.as_bytes().to_vec()),
    ];
    if let Ok(small) = i32::try_from(p.chat) {
        v.push(("chat id (i32 BE)".into(), small.to_be_bytes().to_vec()));
        v.push(("chat id (i32 LE)".into(), small.to_le_bytes().to_vec()));
    }
    v
}

/// What the parent typed or shared.
fn told(p: &Person) -> Vec<(String, Vec<u8>)> {
    vec![
        ("typed text".into(), p.typed.as_bytes().to_vec()),
        ("postcode".into(), p.postcode.as_bytes().to_vec()),
        ("latitude".into(), p.lat.to_string().into_bytes()),
        ("longitude".into(), p.lon.to_string().into_bytes()),
        ("latitude (f64)".into(), p.lat.to_le_bytes().to_vec()),
        ("latitude (f64 BE)".into(), p.lat.to_be_bytes().to_vec()),
        ("phone number".into(), p.phone.as_bytes().to_vec()),
    ]
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The key files of the data folder: (file name, key).
fn keys(data: &Path) -> Vec<(String, [u8; 32])> {
    let mut out = Vec::new();
    let Ok(dir) = std::fs::read_dir(data.join("keys")) else {
        return out;
    };
    for entry in dir.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.len() != 32 {
            continue;
        }
        let Some(bytes) = read_unless_gone(&entry.path()) else {
            continue;
        };
        if let Ok(k) = <[u8; 32]>::try_from(bytes.as_slice()) {
            out.push((name, k));
        }
    }
    out
}

/// A file's bytes; `None` if it went between listing and reading (the running bot deletes key
/// files and sled segments: what is gone can be read by nobody). Any other error fails.
fn read_unless_gone(path: &Path) -> Option<Vec<u8>> {
    match std::fs::read(path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

/// Every place a needle can be read from: raw bytes of `paths`, or a sealed value in them that
/// a key of `data` opens. Returns "file: what (how)".
fn scan(data: &Path, paths: &[PathBuf], needles: &[(String, Vec<u8>)]) -> Vec<String> {
    let keys = keys(data);
    let mut hits = Vec::new();
    for path in paths {
        let Some(bytes) = read_unless_gone(path) else {
            continue;
        };
        let name = path.display().to_string();
        for (what, n) in needles {
            if contains(&bytes, n) {
                hits.push(format!("{name}: {what} (as is)"));
            }
        }
        // Sealed values, possibly hex-encoded in a backup.
        let hex_magic: String = MAGIC.iter().map(|b| format!("{b:02x}")).collect();
        let mut blobs: Vec<Vec<u8>> = Vec::new();
        let mut at = 0;
        while let Some(i) = find(&bytes[at..], MAGIC) {
            blobs.push(bytes[at + i..].to_vec());
            at += i + 1;
        }
        let text = String::from_utf8_lossy(&bytes);
        for (i, _) in text.match_indices(&hex_magic) {
            let hex: String = text[i..]
                .chars()
                .take_while(|c| c.is_ascii_hexdigit())
                .collect();
            blobs.push(unhex(&hex));
        }
        for blob in &blobs {
            for (key_name, key) in &keys {
                if let Some(opened) = open_with(key, blob) {
                    // A state is deflated inside its seal: read it as any holder of the key would.
                    let plain = compact::unpack(&opened).map_or(opened.clone(), |j| j.into_owned());
                    for (what, n) in needles {
                        if contains(&plain, n) {
                            hits.push(format!(
                                "{name}: {what} (sealed, opened with key {key_name})"
                            ));
                        }
                    }
                }
            }
        }
    }
    hits.sort();
    hits.dedup();
    hits
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .filter_map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok())
        .collect()
}

fn data_files(data: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    files(data, &mut out);
    out
}

fn start(api: &BotApi, data: &Path, log: &Path, today: &str) -> BotProcess {
    BotProcess::start(
        api,
        data,
        log,
        &[("WEGWEISER_TODAY", today), ("WEGWEISER_SESSION_TTL", "30")],
    )
}

/// Sends one message from `p` and waits for the bot's answer to reach the chat.
fn say(api: &BotApi, p: &Person, fields: serde_json::Value) {
    let before = api.chat_log(p.chat).len();
    let mut fields = fields;
    fields["from"] = json!({"id": p.chat, "is_bot": false, "first_name": p.first,
        "last_name": p.last, "username": p.user, "language_code": "de"});
    api.push_message(p.chat, fields);
    api.wait_for("a reply", Duration::from_secs(60), |g| {
        g.per_chat.get(&p.chat).map_or(0, Vec::len) > before
    });
}

fn text(api: &BotApi, p: &Person, t: &str) {
    say(api, p, json!({"text": t}));
}

/// A parent who tells the bot everything: names (in every update), a typed text, a postcode,
/// a location and a contact.
fn converse(api: &BotApi, p: &Person) {
    text(api, p, "/start");
    text(api, p, p.typed);
    // Childcare → offers near me → no off-hours → the postcode question.
    for t in ["1", "7", "1", p.postcode] {
        text(api, p, t);
    }
    say(
        api,
        p,
        json!({"location": {"latitude": p.lat, "longitude": p.lon}}),
    );
    say(
        api,
        p,
        json!({"contact": {"phone_number": format!("+49 171 {}", p.phone), "first_name": p.first,
            "last_name": p.last, "user_id": p.chat}}),
    );
}

fn tap_forget_yes(api: &BotApi, p: &Person) {
    text(api, p, "/forget");
    let message = api
        .chat_log(p.chat)
        .iter()
        .rev()
        .map(|d| match d {
            support::botapi::Delivery::Sent { message, .. }
            | support::botapi::Delivery::Edited { message, .. } => *message,
        })
        .next()
        .expect("the confirmation message");
    let data = api
        .buttons(message)
        .into_iter()
        .map(|(_, d)| d)
        .find(|d| d.starts_with(&wegweiser::engine::Key::ForgetYes.to_string()))
        .expect("a yes button");
    let before = api.chat_log(p.chat).len();
    api.push_tap(p.chat, "de", message, &data);
    api.wait_for("the forget confirmation", Duration::from_secs(60), |g| {
        g.per_chat.get(&p.chat).map_or(0, Vec::len) > before
    });
}

fn backup(data: &Path, file: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .arg("backup")
        .arg(file)
        .arg("--data")
        .arg(data)
        .status()
        .expect("run backup");
    assert!(status.success(), "backup failed");
}

#[test]
fn forget_and_expiry_leave_nothing_readable_on_disk_even_after_sigkill() {
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let log = dir.path().join("bot.log");
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let bot = start(&api, &data, &log, "2026-11-21");
        converse(&api, &A);
        converse(&api, &B);
        let mut all_a = needles(&A);
        all_a.extend(told(&A));

        // While alive: the conversation is on disk, sealed — the forensic scan reads it.
        let alive = scan(&data, &data_files(&data), &all_a);
        assert!(
            alive.iter().any(|h| h.contains("typed text (sealed"))
                && alive.iter().any(|h| h.contains("postcode (sealed")),
            "the scan must find a live conversation: {alive:?}"
        );
        // Never kept, not even sealed: names, username, the contact's phone, the chat id in
        // the clear.
        let never: Vec<&String> = alive
            .iter()
            .filter(|h| {
                ["first name", "last name", "username", "phone number"]
                    .iter()
                    .any(|w| h.contains(w))
                    || (h.contains("chat id") && h.contains("(as is)"))
            })
            .collect();
        assert!(never.is_empty(), "kept although never needed: {never:?}");

        // Forget, then SIGKILL at once: no graceful stop, no compaction, nothing to finish.
        tap_forget_yes(&api, &A);
        bot.sigkill();
        // The bound (docs/privacy.md): the key goes right after the goodbye is sent. A kill
        // between the goodbye and that moment is finished by the next start: keys no entry
        // refers to go before it takes any update; a /forget still in the inbox is replayed
        // and finished the same way. So: nothing readable now, or nothing once the next start
        // has handled what it kept — and a second kill does not bring anything back.
        let after = scan(&data, &data_files(&data), &all_a);
        if !after.is_empty() {
            let connected =
                || std::fs::read_to_string(&log).map_or(0, |l| l.matches("connected").count());
            let before = connected();
            let bot = start(&api, &data, &log, "2026-11-21");
            api.wait_for("the restart", Duration::from_secs(60), |_| {
                connected() > before
            });
            let deadline = std::time::Instant::now() + Duration::from_secs(60);
            let mut left = scan(&data, &data_files(&data), &all_a);
            while !left.is_empty() && std::time::Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(200));
                left = scan(&data, &data_files(&data), &all_a);
            }
            bot.sigkill();
            let after_start = scan(&data, &data_files(&data), &all_a);
            assert!(
                left.is_empty() && after_start.is_empty(),
                "readable after /forget, SIGKILL and the next start: {left:?}, after a second kill: {after_start:?} (right after the first kill: {after:?})"
            );
            eprintln!("privacy on disk: the kill fell before the key was destroyed; the next start finished it");
        }

        // A fresh backup holds nothing of A either, and the scan of it is not vacuous for B.
        let file = dir.path().join("backup.jsonl");
        backup(&data, &file);
        let mut all_b = needles(&B);
        all_b.extend(told(&B));
        assert!(scan(&data, std::slice::from_ref(&file), &all_a).is_empty());
        assert!(
            !scan(&data, &[file], &all_b).is_empty(),
            "the backup holds the live conversation of B"
        );

        // 40 days later with a 30-day limit: B expires at start.
        let expiries = || {
            std::fs::read_to_string(&log)
                .map_or(0, |l| l.matches("inactive conversations deleted").count())
        };
        let before = expiries();
        let bot = start(&api, &data, &log, "2026-12-31");
        api.wait_for("expiry", Duration::from_secs(60), |_| expiries() > before);
        bot.sigkill();
        let expired = scan(&data, &data_files(&data), &all_b);
        assert!(expired.is_empty(), "readable after expiry: {expired:?}");
        eprintln!(
            "privacy on disk: alive {} readable places; after /forget + SIGKILL 0; after expiry + SIGKILL 0 ({} files scanned)",
            alive.len(),
            data_files(&data).len()
        );
    }));
    if let Err(e) = run {
        print_log(&log);
        std::panic::resume_unwind(e);
    }
}
