//! Crash under load: 40 chats (15 steps each) walk realistic paths (taps, back, typed answers, map buttons)
//! against the real binary while it is SIGKILLed six times at random moments and restarted. Afterwards
//! every chat saw exactly what the library stepped directly shows (nothing lost, nothing
//! twice, in order) and its stored state is the last one the parent saw.
//!
//! The kill moments are random (seeded; the seed is printed, `HARDENING_SEED=...` repeats a
//! run). Before each kill the stand-in holds every request for a moment ("freeze"), so the kill
//! lands with requests of every kind in flight, updates in the inbox and replies committed but
//! not sent, but never in the one window no bot can close: Telegram accepted a sendMessage and
//! the process died before noting it (the Bot API has no idempotency key; RELIABILITY.md).

mod support;

use std::time::{Duration, Instant};

use support::botapi::BotApi;
use support::process::{
    content, import_sample_offers, print_log, stored_states, BotProcess, Parent, Rng,
};

const CHATS: usize = 40;
const STEPS: usize = 15;
const KILLS: usize = 6;
const LANGS: &[&str] = &["de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "ro"];

#[test]
fn forty_chats_survive_six_sigkills_without_a_reply_lost_or_doubled() {
    let mut rng = Rng::from_env("crash under load");
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let reference = dir.path().join("reference");
    import_sample_offers(&data);
    import_sample_offers(&reference);
    let content = content(Some(&reference));
    let log = dir.path().join("bot.log");
    let mut parents: Vec<Parent> = (0..CHATS)
        .map(|i| Parent::new(5_000_000 + i as i64, LANGS[i % LANGS.len()], STEPS))
        .collect();

    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut bot = BotProcess::start(&api, &data, &log, &[]);
        let started = Instant::now();
        let deadline = started + Duration::from_secs(150);
        let mut kills = 0;
        let mut updates = 0;
        let mut next_kill = Instant::now() + Duration::from_millis(800 + rng.below(2000));
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
            if done && kills == KILLS {
                break;
            }
            if kills < KILLS && (Instant::now() >= next_kill || done) {
                api.freeze(true);
                std::thread::sleep(Duration::from_millis(300 + rng.below(300)));
                bot.sigkill();
                api.freeze(false);
                kills += 1;
                bot = BotProcess::start(&api, &data, &log, &[]);
                next_kill = Instant::now() + Duration::from_millis(800 + rng.below(2500));
            }
            bot.assert_running();
            if Instant::now() >= deadline {
                let stuck: Vec<String> = parents
                    .iter()
                    .filter(|p| !p.caught_up(&api))
                    .map(|p| {
                        format!(
                            "chat {}: {} of {} replies, last expected {:?}",
                            p.chat,
                            api.chat_log(p.chat).len(),
                            p.expected.len(),
                            p.expected.last()
                        )
                    })
                    .collect();
                panic!("the chats did not finish in time ({kills} kills); waiting: {stuck:#?}");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        // Quiet for a moment: anything sent twice would show up now.
        std::thread::sleep(Duration::from_millis(800));
        for p in &parents {
            p.verify(&api);
        }
        let status = bot.sigterm_and_wait(Duration::from_secs(30));
        assert!(status.success(), "exit status after SIGTERM: {status:?}");
        let chats: Vec<i64> = parents.iter().map(|p| p.chat).collect();
        let stored = stored_states(&data, &chats);
        for (p, s) in parents.iter().zip(stored) {
            assert_eq!(s, p.state, "stored state of chat {}", p.chat);
        }
        let replies: usize = parents.iter().map(|p| p.expected.len()).sum();
        let venues: usize = parents.iter().map(|p| p.venues.len()).sum();
        let g = api.state();
        eprintln!(
            "crash under load: {CHATS} chats, {updates} updates, {replies} replies and {venues} venues delivered, {kills} SIGKILLs, {} requests held at kills, lost 0, doubled 0, {:.1} s",
            g.held_requests,
            started.elapsed().as_secs_f64()
        );
    }));
    if let Err(e) = run {
        print_log(&log);
        std::panic::resume_unwind(e);
    }
}
