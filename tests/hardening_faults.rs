//! Bot API faults at a steady rate on every method the bot uses (getMe, deleteWebhook,
//! setMyCommands, getUpdates, sendMessage, editMessageText, answerCallbackQuery, sendVenue):
//! every 5th call of each method fails in turn with 429 + retry_after, 502 with an HTML page,
//! no answer for longer than the bot's client timeout, and a connection dropped mid-response.
//! Every reply still arrives, in order per chat, none twice; venues included.
//!
//! The client timeout is set to 3 s (`WEGWEISER_API_TIMEOUT`, hidden flag; 17 s is teloxide's
//! default) so a timed-out request costs seconds, not a minute.

mod support;

use std::time::{Duration, Instant};

use support::botapi::{BotApi, Fault};
use support::process::{
    content, import_sample_offers, print_log, stored_states, BotProcess, Parent, Rng,
};

const CHATS: usize = 8;
const STEPS: usize = 6;

#[test]
fn every_reply_arrives_in_order_while_every_method_fails_at_a_steady_rate() {
    let mut rng = Rng::from_env("bot api faults");
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let reference = dir.path().join("reference");
    import_sample_offers(&data);
    import_sample_offers(&reference);
    let content = content(Some(&reference));
    let log = dir.path().join("bot.log");
    let langs = ["de", "en", "tr", "ar", "uk", "ru", "fa", "pl"];
    let mut parents: Vec<Parent> = (0..CHATS)
        .map(|i| Parent::new(6_000_000 + i as i64, langs[i % langs.len()], STEPS))
        .collect();
    api.steady_faults(
        5,
        &[
            Fault::RetryAfter(1),
            Fault::BadGateway,
            Fault::Timeout(Duration::from_secs(4)),
            Fault::Drop,
        ],
    );

    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let bot = BotProcess::start(&api, &data, &log, &[("WEGWEISER_API_TIMEOUT", "3")]);
        let started = Instant::now();
        let deadline = started + Duration::from_secs(240);
        let mut updates = 0;
        loop {
            let mut done = true;
            for p in parents.iter_mut() {
                let caught_up = p.caught_up(&api);
                if caught_up && p.steps_left > 0 {
                    p.step(&api, &content, &mut rng);
                    updates += 1;
                }
                // Re-read after stepping: the last step is done only when its reply is here.
                done &= p.steps_left == 0 && p.caught_up(&api);
            }
            if done {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the chats did not finish in time"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        api.stop_faults();
        std::thread::sleep(Duration::from_millis(800));
        for p in &parents {
            p.verify(&api);
        }
        let status = bot.sigterm_and_wait(Duration::from_secs(30));
        assert!(status.success(), "exit status after SIGTERM: {status:?}");
        let chats: Vec<i64> = parents.iter().map(|p| p.chat).collect();
        for (p, s) in parents.iter().zip(stored_states(&data, &chats)) {
            assert_eq!(s, p.state, "stored state of chat {}", p.chat);
        }
        let g = api.state();
        let methods: std::collections::BTreeSet<&str> =
            g.calls.iter().map(|(m, _)| m.as_str()).collect();
        for m in [
            "getme",
            "getupdates",
            "sendmessage",
            "editmessagetext",
            "answercallbackquery",
            "setmycommands",
        ] {
            assert!(methods.contains(m), "{m} was used: {methods:?}");
        }
        for kind in ["429", "502", "timeout", "drop"] {
            assert!(
                g.served_by_kind.get(kind).copied().unwrap_or(0) > 0,
                "{kind} faults were injected: {:?}",
                g.served_by_kind
            );
        }
        let replies: usize = parents.iter().map(|p| p.expected.len()).sum();
        let venues: usize = parents.iter().map(|p| p.venues.len()).sum();
        eprintln!(
            "bot api faults: {CHATS} chats, {updates} updates, {} calls, {} faults injected {:?}, {replies} replies and {venues} venues delivered in order, lost 0, doubled 0, {:.1} s",
            g.calls.len(),
            g.faults_served,
            g.served_by_kind,
            started.elapsed().as_secs_f64()
        );
    }));
    if let Err(e) = run {
        print_log(&log);
        std::panic::resume_unwind(e);
    }
}
