//! Retries that are quick and do not show a message twice, over the loopback stand-in:
//! - a 502 (nginx's HTML page) on `sendMessage` or `getUpdates` is retried after a short,
//!   jittered backoff, not after teloxide's fixed 10 s: the reply arrives, the failed request
//!   was tried again, and how long it took is printed (figures in RELIABILITY.md);
//! - Telegram accepts a `sendMessage` but answers after the bot's client timeout: the bot keeps
//!   waiting for that answer (twice the client timeout) instead of sending the message again,
//!   so the parent sees it once. An answer later than that is the remaining window: counted.
//! - SIGKILLs at random moments on typed steps, with requests and answers flowing (no
//!   "freeze" as in hardening_crash): nothing lost; replies shown twice are counted.

mod support;

use std::time::{Duration, Instant};

use support::botapi::{BotApi, Fault};
use support::process::{content, print_log, BotProcess, Parent, Rng};

fn wait_caught_up(api: &BotApi, parents: &[&Parent], limit: Duration) -> Duration {
    let started = Instant::now();
    while !parents.iter().all(|p| p.caught_up(api)) {
        assert!(
            started.elapsed() < limit,
            "no reply within {limit:?}; log: {:#?}",
            parents
                .iter()
                .map(|p| api.chat_log(p.chat))
                .collect::<Vec<_>>()
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    started.elapsed()
}

fn sends_of(api: &BotApi, chat: i64, text: &str) -> usize {
    api.texts_to(chat).iter().filter(|t| *t == text).count()
}

#[test]
fn a_502_is_retried_soon_with_jitter_and_the_reply_arrives_once() {
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let log = dir.path().join("bot.log");
    let content = content(None);
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let bot = BotProcess::start(&api, &data, &log, &[("WEGWEISER_API_TIMEOUT", "3")]);
        let mut p = Parent::new(7_100_001, "de", 0);
        p.send_text(&api, &content, "/start");
        wait_caught_up(&api, &[&p], Duration::from_secs(30));
        // Warm: one step without faults, for comparison.
        p.send_text(&api, &content, "/menu");
        let plain = wait_caught_up(&api, &[&p], Duration::from_secs(30));

        // Two 502s in a row on the reply.
        api.fault("sendMessage", &[Fault::BadGateway, Fault::BadGateway]);
        p.send_text(&api, &content, "/sos");
        let two_502 = wait_caught_up(&api, &[&p], Duration::from_secs(30));
        let text = p
            .expected
            .last()
            .map(|s| format!("{s:?}"))
            .unwrap_or_default();
        let reply = api
            .chat_log(p.chat)
            .last()
            .map(|d| d.text().to_string())
            .unwrap_or_default();
        assert_eq!(
            sends_of(&api, p.chat, &reply),
            3,
            "two failed tries and one that went through: {text}"
        );

        // One 502 on getUpdates: the parent's message is fetched again soon.
        let served = api.state().faults_served;
        api.fault("getUpdates", &[Fault::BadGateway]);
        let polls = api.calls_of("getUpdates");
        api.wait_for("the 502 on getUpdates", Duration::from_secs(10), |g| {
            g.faults_served > served
        });
        p.send_text(&api, &content, "/menu");
        let poll_502 = wait_caught_up(&api, &[&p], Duration::from_secs(30));
        assert!(
            api.calls_of("getUpdates") >= polls + 2,
            "getUpdates tried again"
        );

        std::thread::sleep(Duration::from_millis(500));
        p.verify(&api);
        let status = bot.sigterm_and_wait(Duration::from_secs(30));
        assert!(status.success(), "exit status after SIGTERM: {status:?}");
        let log_text = std::fs::read_to_string(&log).unwrap_or_default();
        assert!(
            log_text.contains("Bot API call failed; retrying"),
            "retries are logged"
        );
        eprintln!(
            "502 retry: step without faults {:.2} s, with two 502s on sendMessage {:.2} s, with a 502 on getUpdates {:.2} s",
            plain.as_secs_f64(),
            two_502.as_secs_f64(),
            poll_502.as_secs_f64()
        );
    }));
    if let Err(e) = run {
        print_log(&log);
        std::panic::resume_unwind(e);
    }
}

#[test]
fn a_late_answer_to_a_send_does_not_show_the_message_twice() {
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let log = dir.path().join("bot.log");
    let content = content(None);
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // Client timeout 3 s: the bot waits up to 6 s for an answer to a sendMessage.
        let bot = BotProcess::start(&api, &data, &log, &[("WEGWEISER_API_TIMEOUT", "3")]);
        let mut parents: Vec<Parent> = (0..3)
            .map(|i| Parent::new(7_200_001 + i, "en", 0))
            .collect();
        for p in parents.iter_mut() {
            p.send_text(&api, &content, "/start");
        }
        wait_caught_up(
            &api,
            &parents.iter().collect::<Vec<_>>(),
            Duration::from_secs(30),
        );
        // Answered 4 s late (after the client timeout, within the wait): shown once.
        let mut late = 0;
        for p in parents.iter_mut().take(2) {
            api.fault("sendMessage", &[Fault::Late(Duration::from_secs(4))]);
            p.send_text(&api, &content, "/menu");
            wait_caught_up(&api, &[&*p], Duration::from_secs(30));
            // Past the late answer and the wait: a second copy would be here by now.
            std::thread::sleep(Duration::from_secs(7));
            late += 1;
        }
        let mut doubled_within = 0;
        for p in parents.iter().take(2) {
            doubled_within += p.verify_counting_doubles(&api);
        }
        // Answered 8 s late, after the bot gave up waiting: it sends again. The window that
        // remains, counted for RELIABILITY.md.
        let p = &mut parents[2];
        api.fault("sendMessage", &[Fault::Late(Duration::from_secs(8))]);
        p.send_text(&api, &content, "/menu");
        wait_caught_up(&api, &[&*p], Duration::from_secs(40));
        std::thread::sleep(Duration::from_secs(9));
        let doubled_after = p.verify_counting_doubles(&api);
        let status = bot.sigterm_and_wait(Duration::from_secs(30));
        assert!(status.success(), "exit status after SIGTERM: {status:?}");
        eprintln!(
            "late answers: {late} sendMessage answered 4 s late (client timeout 3 s): shown twice {doubled_within}; 1 answered 8 s late (after the 6 s wait): shown twice {doubled_after}"
        );
        assert_eq!(
            doubled_within, 0,
            "a late answer within the wait: shown once"
        );
    }));
    if let Err(e) = run {
        print_log(&log);
        std::panic::resume_unwind(e);
    }
}

const KILL_CHATS: usize = 12;
const KILLS: usize = 10;

#[test]
fn sigkills_on_typed_steps_lose_nothing_and_doubles_are_counted() {
    let mut rng = Rng::from_env("kills on typed steps");
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let log = dir.path().join("bot.log");
    let content = content(None);
    let typed = ["1", "/back", "/menu", "2", "Hallo?", "/sos", "3"];
    let langs = ["de", "en", "tr", "ar", "uk", "ru"];
    let mut parents: Vec<Parent> = (0..KILL_CHATS)
        .map(|i| Parent::new(7_300_000 + i as i64, langs[i % langs.len()], usize::MAX))
        .collect();
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // Typing fast is not flooding here: the limit is out of the way.
        let env = [("WEGWEISER_FLOOD_BURST", "100000")];
        let mut bot = BotProcess::start(&api, &data, &log, &env);
        let started = Instant::now();
        let mut kills = 0;
        let mut updates = 0;
        let mut next_kill = Instant::now() + Duration::from_millis(500 + rng.below(1000));
        let deadline = started + Duration::from_secs(150);
        while kills < KILLS {
            for p in parents.iter_mut() {
                if p.caught_up(&api) {
                    let t = typed[rng.below(typed.len() as u64) as usize];
                    let t = if p.state.is_none() { "/start" } else { t };
                    p.send_text(&api, &content, t);
                    updates += 1;
                }
            }
            if Instant::now() >= next_kill {
                // No freeze: the kill lands wherever the traffic is.
                bot.sigkill();
                kills += 1;
                bot = BotProcess::start(&api, &data, &log, &env);
                next_kill = Instant::now() + Duration::from_millis(500 + rng.below(1000));
            }
            bot.assert_running();
            assert!(Instant::now() < deadline, "did not finish in time");
            std::thread::sleep(Duration::from_millis(2));
        }
        // A copy counts like a reply for `caught_up`, so wait until every reply is really here.
        let until = Instant::now() + Duration::from_secs(60);
        while let Some(e) = parents.iter().find_map(|p| p.count_doubles(&api).err()) {
            assert!(Instant::now() < until, "{e}");
            std::thread::sleep(Duration::from_millis(50));
        }
        std::thread::sleep(Duration::from_millis(800));
        let doubles: usize = parents
            .iter()
            .map(|p| p.verify_counting_doubles(&api))
            .sum();
        let replies: usize = parents.iter().map(|p| p.expected.len()).sum();
        let status = bot.sigterm_and_wait(Duration::from_secs(30));
        assert!(status.success(), "exit status after SIGTERM: {status:?}");
        eprintln!(
            "kills on typed steps: {KILL_CHATS} chats, {updates} updates, {replies} replies, {kills} SIGKILLs without freeze: lost 0, shown twice {doubles}, {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }));
    if let Err(e) = run {
        print_log(&log);
        std::panic::resume_unwind(e);
    }
}
