//! Privacy by design, with the real binary and its real data folder (docs/privacy.md):
//! - `/forget` removes every key of the chat: every sled tree is scanned for the chat id as
//!   decimal text and as 4- and 8-byte big- and little-endian integers, in keys and values;
//! - inactive conversations expire after `--session-ttl` days (the day comes from
//!   `WEGWEISER_TODAY`), with all their bookkeeping; active ones stay;
//! - the info-level log (`WEGWEISER_LOG=info`, retries and faults included) carries no chat id
//!   and no typed text;
//! - the needs report's counters hold no chat id and no typed text.

mod support;

use std::path::Path;
use std::time::Duration;

use support::botapi::{BotApi, Fault};
use support::process::{content, print_log, stored_states, BotProcess, Parent, Rng};

const FORGETS: i64 = 880_011_223;
const EXPIRES: i64 = 880_044_556;
const STAYS: i64 = 880_077_889;
const SECRET: &str = "Zauberwort-Xyzzy-4711";

fn encodings(chat: i64) -> Vec<(String, Vec<u8>)> {
    let mut v = vec![
        ("decimal".to_string(), chat.to_string().into_bytes()),
        ("i64 big-endian".into(), chat.to_be_bytes().to_vec()),
        ("i64 little-endian".into(), chat.to_le_bytes().to_vec()),
    ];
    if let Ok(small) = i32::try_from(chat) {
        v.push(("i32 big-endian".into(), small.to_be_bytes().to_vec()));
        v.push(("i32 little-endian".into(), small.to_le_bytes().to_vec()));
    }
    v
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Where in the data folder `needle` occurs: (tree, "key"/"value", encoding).
fn find_in_store(data: &Path, needles: &[(String, Vec<u8>)]) -> Vec<String> {
    let db = sled::open(data).expect("open data");
    let mut hits = Vec::new();
    for name in db.tree_names() {
        let tree = db.open_tree(&name).expect("tree");
        for item in tree.iter() {
            let (k, v) = item.expect("entry");
            for (what, n) in needles {
                for (part, bytes) in [("key", &k), ("value", &v)] {
                    if contains(bytes, n) {
                        hits.push(format!(
                            "{} {part} ({what})",
                            String::from_utf8_lossy(&name)
                        ));
                    }
                }
            }
        }
    }
    hits
}

fn start(api: &BotApi, data: &Path, log: &Path, today: &str) -> BotProcess {
    BotProcess::start(
        api,
        data,
        log,
        &[
            ("WEGWEISER_TODAY", today),
            ("WEGWEISER_SESSION_TTL", "30"),
            ("WEGWEISER_LOG", "info"),
        ],
    )
}

#[test]
fn forget_removes_every_key_sessions_expire_and_logs_name_no_one() {
    let mut rng = Rng::from_env("privacy");
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let log = dir.path().join("bot.log");
    let content = content(None);
    // Retries get logged too: they must not name anyone either.
    api.fault("sendMessage", &[Fault::RetryAfter(1), Fault::BadGateway]);
    api.fault("editMessageText", &[Fault::BadGateway]);
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let bot = start(&api, &data, &log, "2026-11-21");
        let wait = |p: &Parent| {
            api.wait_for("a reply", Duration::from_secs(60), |g| {
                g.per_chat.get(&p.chat).map_or(0, Vec::len) >= p.expected.len()
            })
        };
        let mut forgets = Parent::new(FORGETS, "en", 0);
        let mut expires = Parent::new(EXPIRES, "de", 0);
        for p in [&mut forgets, &mut expires] {
            p.send_text(&api, &content, "/start");
            wait(p);
            for _ in 0..3 {
                p.step(&api, &content, &mut rng);
                wait(p);
            }
            p.send_text(&api, &content, SECRET);
            wait(p);
        }
        forgets.send_text(&api, &content, "/forget");
        wait(&forgets);
        forgets.tap(
            &api,
            &content,
            &wegweiser::engine::Key::ForgetYes.to_string(),
        );
        wait(&forgets);
        forgets.verify(&api);
        expires.verify(&api);
        let status = bot.sigterm_and_wait(Duration::from_secs(30));
        assert!(status.success(), "{status:?}");

        let hits = find_in_store(&data, &encodings(FORGETS));
        assert!(hits.is_empty(), "/forget left the chat id in: {hits:?}");
        // No tree names a chat that was not forgotten either: keys are pseudonyms and values
        // sealed (tests/privacy_disk.rs reads the raw files, and opens the sealed values).
        assert!(find_in_store(&data, &encodings(EXPIRES)).is_empty());
        assert!(
            stored_states(&data, &[EXPIRES])[0].is_some(),
            "the active chat is kept"
        );

        // 40 days later, with a 30-day limit: the inactive chat is gone at start; a parent who
        // writes that day stays.
        let bot = start(&api, &data, &log, "2026-12-31");
        let mut stays = Parent::new(STAYS, "ar", 0);
        stays.send_text(&api, &content, "/start");
        wait(&stays);
        stays.send_text(&api, &content, SECRET);
        wait(&stays);
        let status = bot.sigterm_and_wait(Duration::from_secs(30));
        assert!(status.success(), "{status:?}");
        let hits = find_in_store(&data, &encodings(EXPIRES));
        assert!(hits.is_empty(), "the expired chat is still in: {hits:?}");
        assert!(stored_states(&data, &[EXPIRES])[0].is_none());
        assert!(
            stored_states(&data, &[STAYS])[0].is_some(),
            "today's chat stays"
        );

        // The needs report: no chat id, no typed text.
        let db = sled::open(&data).expect("open");
        let stats = db.open_tree(wegweiser::stats::TREE).expect("stats");
        assert!(!stats.is_empty(), "steps were counted");
        let mut needles: Vec<(String, Vec<u8>)> = [FORGETS, EXPIRES, STAYS]
            .iter()
            .flat_map(|c| encodings(*c))
            .collect();
        needles.push(("typed text".into(), SECRET.as_bytes().to_vec()));
        for item in stats.iter() {
            let (k, v) = item.expect("entry");
            for (what, n) in &needles {
                assert!(
                    !contains(&k, n) && !contains(&v, n),
                    "a counter holds a {what}"
                );
            }
        }
        drop(db);

        // The info-level log names no one.
        let text = std::fs::read_to_string(&log).expect("log");
        assert!(text.contains("connected"), "info level was on");
        assert!(text.contains("retrying"), "retries were logged");
        for chat in [FORGETS, EXPIRES, STAYS] {
            assert!(
                !text.contains(&chat.to_string()),
                "the log names chat {chat}"
            );
        }
        assert!(!text.contains(SECRET), "the log holds a typed text");
        eprintln!(
            "privacy: /forget left 0 keys or values with the chat id (5 encodings, every tree); an inactive chat expired after 40 days with a 30-day limit; log ({} lines at info) without chat ids or texts",
            text.lines().count()
        );
    }));
    if let Err(e) = run {
        print_log(&log);
        std::panic::resume_unwind(e);
    }
}
