//! Flood and size limits with the real binary: one chat sends 300 messages at once while
//! another parent walks a normal path; the normal parent gets every reply in order (asserted by
//! count and order, not by time), the flooding chat gets a polite notice in its language and
//! far fewer replies than messages. A 10 MB text (more than Telegram ever sends) is answered
//! like its first 500 characters.

mod support;

use std::time::{Duration, Instant};

use support::botapi::BotApi;
use support::process::{content, print_log, BotProcess, Parent, Rng};
use wegweiser::engine::Msg;

const FLOOD: usize = 300;

#[test]
fn a_flooding_chat_cannot_hold_up_a_normal_one_and_huge_texts_are_cut() {
    let mut rng = Rng::from_env("flood");
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let log = dir.path().join("bot.log");
    let content = content(None);
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let bot = BotProcess::start(&api, &data, &log, &[]);
        let flooder = 7_000_001;
        // The normal parent starts first, then the flood comes in one batch.
        let mut normal = Parent::new(7_000_002, "uk", 12);
        normal.send_text(&api, &content, "/start");
        for i in 0..FLOOD {
            api.push_text(flooder, "tr", if i == 0 { "/start" } else { "1" });
        }
        let deadline = Instant::now() + Duration::from_secs(90);
        while normal.steps_left > 0 || !normal.caught_up(&api) {
            if normal.caught_up(&api) {
                normal.step(&api, &content, &mut rng);
            }
            assert!(Instant::now() < deadline, "the normal chat was held up");
            std::thread::sleep(Duration::from_millis(10));
        }
        // Let the flood drain, then check.
        api.wait_for("the flood to drain", Duration::from_secs(60), |g| {
            g.confirmed as usize > 1000 + FLOOD + 12
        });
        std::thread::sleep(Duration::from_millis(1500));
        normal.verify(&api);
        let notice = content.locales.render("tr", &Msg::new("tg-slow-down"), &[]);
        let flood_log = api.chat_log(flooder);
        let notices = flood_log.iter().filter(|d| d.text() == notice).count();
        let replies = flood_log.len() - notices;
        assert!(notices >= 1, "the flooding chat was told to slow down");
        assert!(
            replies <= 120,
            "a flooding chat gets far fewer replies than messages ({replies} of {FLOOD})"
        );

        // 10 MB in one message: cut before it is kept, answered like its first 500 characters.
        let mut big = Parent::new(7_000_003, "de", 0);
        big.send_text(&api, &content, "/start");
        api.wait_for("the welcome", Duration::from_secs(30), |g| {
            g.per_chat.get(&big.chat).map_or(0, Vec::len) >= 1
        });
        let huge = "ä".repeat(5 * 1024 * 1024);
        big.send_text(&api, &content, &huge);
        api.wait_for("the reply to 10 MB", Duration::from_secs(60), |g| {
            g.per_chat.get(&big.chat).map_or(0, Vec::len) >= big.expected.len()
        });
        big.verify(&api);
        eprintln!(
            "flood: {FLOOD} messages from one chat -> {replies} replies and {notices} notice(s); the normal chat got all {} replies in order; a 10 MB text answered",
            normal.expected.len()
        );
        let status = bot.sigterm_and_wait(Duration::from_secs(30));
        assert!(status.success(), "exit status after SIGTERM: {status:?}");
        // The inbox never held the 10 MB: the data folder stays small.
        let size: u64 = walk(&data);
        assert!(size < 8 * 1024 * 1024, "data folder is {size} bytes");
    }));
    if let Err(e) = run {
        print_log(&log);
        std::panic::resume_unwind(e);
    }
}

fn walk(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => walk(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}
