//! The real `wegweiser telegram` binary as a child process, and parents driven against the
//! library as reference, for the hardening tests (tests/hardening_*.rs).

#![allow(dead_code)]

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use wegweiser::conversation::Content;
use wegweiser::engine::{Input, State};

use super::botapi::{BotApi, Delivery};

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub const TODAY: &str = "2026-11-21";

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")
}

/// The shipped files as the bot loads them, optionally with the offers of a data folder.
pub fn content(offers_from: Option<&Path>) -> Content {
    let c = match Content::load(
        &root().join("dialogs"),
        &root().join("locales"),
        wegweiser::CODE_MESSAGES,
    ) {
        Ok((c, _)) => c,
        Err(report) => panic!("shipped files have errors: {:?}", report.lines()),
    };
    match offers_from {
        None => c,
        Some(dir) => {
            let store = wegweiser::store::SledStore::open(dir).expect("open offers copy");
            let offers = wegweiser::offers::OfferStore::open(store.db()).expect("offers");
            c.with_offers(Arc::new(offers))
        }
    }
}

/// Imports the Wuppertal sample offers into a data folder with the binary.
pub fn import_sample_offers(data: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args([
            "offers",
            "import",
            "networks/wuppertal/offers.csv",
            "--data",
        ])
        .arg(data)
        .current_dir(root())
        .output()
        .expect("run offers import");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// SplitMix64: a seeded, reproducible random source without a dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The seed from `HARDENING_SEED`, else from the clock; printed so a failure reproduces.
    pub fn from_env(test: &str) -> Rng {
        let seed = std::env::var("HARDENING_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(1, |d| d.as_nanos() as u64)
            });
        eprintln!("{test}: HARDENING_SEED={seed}");
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
}

pub struct BotProcess {
    pub child: Child,
}

impl BotProcess {
    /// Starts the bot on `data`, logging to `log` (appended), with extra environment.
    pub fn start(api: &BotApi, data: &Path, log: &Path, env: &[(&str, &str)]) -> BotProcess {
        let log = File::options()
            .create(true)
            .append(true)
            .open(log)
            .expect("log file");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_wegweiser"));
        cmd.arg("telegram")
            .arg("--api-url")
            .arg(api.url())
            .arg("--data")
            .arg(data)
            .current_dir(root())
            .env("TELOXIDE_TOKEN", "123456:TEST-TOKEN")
            .env("WEGWEISER_TODAY", TODAY)
            .env("WEGWEISER_POLL_TIMEOUT", "1")
            .env("WEGWEISER_LOG", "info")
            .env_remove("TELEGRAM_API_URL")
            .env_remove("WEGWEISER_WEBHOOK_URL")
            .env_remove("WEGWEISER_DATA")
            .env_remove("WEGWEISER_SESSION_TTL")
            .env_remove("WEGWEISER_FLOOD_BURST")
            .env_remove("WEGWEISER_FLOOD_PER_MINUTE")
            .env_remove("WEGWEISER_API_TIMEOUT");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start the bot");
        BotProcess { child }
    }

    /// Panics if the bot has exited on its own (e.g. refused to start).
    pub fn assert_running(&mut self) {
        if let Ok(Some(status)) = self.child.try_wait() {
            panic!("the bot exited on its own: {status:?}");
        }
    }

    pub fn sigkill(mut self) {
        // std's kill is SIGKILL on Unix: no chance to flush or finish anything.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn sigterm_and_wait(mut self, timeout: Duration) -> std::process::ExitStatus {
        let status = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status()
            .expect("run kill");
        assert!(status.success());
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the bot did not stop within {timeout:?} after SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn print_log(log: &Path) {
    if let Ok(text) = std::fs::read_to_string(log) {
        let tail: Vec<&str> = text.lines().rev().take(60).collect();
        eprintln!("--- bot log (last lines) ---");
        for l in tail.into_iter().rev() {
            eprintln!("{l}");
        }
    }
}

/// What a delivery looks like for comparison: kind, text, and for edits the message.
#[derive(Debug, Clone, PartialEq)]
pub enum Seen {
    Sent(String),
    Edited(i64, String),
}

pub fn seen(d: &Delivery) -> Seen {
    match d {
        Delivery::Sent { text, .. } => Seen::Sent(text.clone()),
        Delivery::Edited { message, text } => Seen::Edited(*message, text.clone()),
    }
}

/// A parent in one chat, and what they must see: the conversation stepped by the library.
pub struct Parent {
    pub chat: i64,
    pub lang: &'static str,
    pub state: Option<State>,
    pub expected: Vec<Seen>,
    /// (title, latitude, longitude) of every venue the parent asked for.
    pub venues: Vec<(String, f64, f64)>,
    pub steps_left: usize,
}

/// Telegram's limit with the adapter's margin; replies are split like the adapter does.
fn parts(text: &str) -> Vec<String> {
    wegweiser::adapters::telegram::split_text(text, wegweiser::adapters::telegram::MAX_TEXT - 96)
}

impl Parent {
    pub fn new(chat: i64, lang: &'static str, steps: usize) -> Parent {
        Parent {
            chat,
            lang,
            state: None,
            expected: Vec::new(),
            venues: Vec::new(),
            steps_left: steps,
        }
    }

    /// Whether everything expected so far has arrived (venues included).
    pub fn caught_up(&self, api: &BotApi) -> bool {
        let g = api.state();
        let sent = g.per_chat.get(&self.chat).map_or(0, Vec::len);
        let venues = g.venues.iter().filter(|v| v.0 == self.chat).count();
        sent >= self.expected.len() && venues >= self.venues.len()
    }

    /// The message carrying the current keyboard: the last one this chat was sent or edited.
    fn keyboard_message(&self, api: &BotApi) -> Option<i64> {
        api.chat_log(self.chat).last().map(|d| match d {
            Delivery::Sent { message, .. } | Delivery::Edited { message, .. } => *message,
        })
    }

    /// Types `text`; records the reply it must get.
    pub fn send_text(&mut self, api: &BotApi, content: &Content, text: &str) -> i64 {
        let (next, screen) = match &self.state {
            None => content.welcome(Some(self.lang), today()),
            Some(s) => content.handle_text(s, text, today()),
        };
        self.state = Some(next);
        self.expected
            .extend(parts(&screen.text).into_iter().map(Seen::Sent));
        api.push_text(self.chat, self.lang, text)
    }

    /// Taps the button whose key is `key` on the current keyboard; records the edit (or, for a
    /// map button, the venue) it must cause.
    pub fn tap(&mut self, api: &BotApi, content: &Content, key: &str) -> i64 {
        let message = self.keyboard_message(api).expect("a message to tap on");
        let data = api
            .buttons(message)
            .into_iter()
            .map(|(_, d)| d)
            .find(|d| d.split('|').next() == Some(key))
            .unwrap_or_else(|| panic!("no button {key} on message {message}"));
        let state = self.state.clone().expect("a conversation");
        if let Some(i) = key
            .strip_prefix("map:")
            .and_then(|i| i.parse::<usize>().ok())
        {
            let shown = content.offers_shown(&state, today());
            let o = &shown[i].offer;
            let at = o
                .location
                .expect("a map button only for offers with a place");
            self.venues.push((o.name.clone(), at.lat(), at.lon()));
        } else {
            let (next, screen) = content.handle(&state, &Input::Button(key.to_string()), today());
            let p = parts(&screen.text);
            // The same text on the same screen: Telegram answers "message is not modified"
            // and shows nothing new, so there is nothing to wait for.
            let unchanged = api
                .state()
                .messages
                .get(&message)
                .is_some_and(|(text, _)| *text == screen.text)
                && wegweiser::adapters::telegram::screen_tag(&state)
                    == wegweiser::adapters::telegram::screen_tag(&next);
            self.state = Some(next);
            if p.len() == 1 {
                if !unchanged {
                    self.expected.push(Seen::Edited(message, screen.text));
                }
            } else {
                self.expected.extend(p.into_iter().map(Seen::Sent));
            }
        }
        api.push_tap(self.chat, self.lang, message, &data)
    }

    /// One realistic next step: mostly a choice button, sometimes back, a map, or typed text.
    pub fn step(&mut self, api: &BotApi, content: &Content, rng: &mut Rng) {
        self.steps_left = self.steps_left.saturating_sub(1);
        let Some(message) = self.keyboard_message(api).filter(|_| self.state.is_some()) else {
            self.send_text(api, content, "/start");
            return;
        };
        let keys: Vec<String> = api
            .buttons(message)
            .into_iter()
            .map(|(_, d)| d.split('|').next().unwrap_or_default().to_string())
            .collect();
        let choices: Vec<&String> = keys
            .iter()
            .filter(|k| k.starts_with('o') || *k == "next")
            .collect();
        let maps: Vec<&String> = keys.iter().filter(|k| k.starts_with("map:")).collect();
        let roll = rng.below(100);
        if !maps.is_empty() && roll < 25 {
            let k = maps[rng.below(maps.len() as u64) as usize].clone();
            self.tap(api, content, &k);
        } else if !choices.is_empty() && roll < 80 {
            let k = choices[rng.below(choices.len() as u64) as usize].clone();
            self.tap(api, content, &k);
        } else if keys.iter().any(|k| k == "back") && roll < 90 {
            self.tap(api, content, "back");
        } else {
            let typed = ["1", "/back", "/menu", "2 8", "42103", "Hallo?"];
            let t = typed[rng.below(typed.len() as u64) as usize];
            self.send_text(api, content, t);
        }
    }

    /// The chat's log matches what the library says, in order: nothing lost, nothing twice.
    pub fn verify(&self, api: &BotApi) {
        let got: Vec<Seen> = api.chat_log(self.chat).iter().map(seen).collect();
        assert_eq!(got, self.expected, "chat {} ({})", self.chat, self.lang);
        let venues: Vec<(String, f64, f64)> = api
            .state()
            .venues
            .iter()
            .filter(|v| v.0 == self.chat)
            .map(|v| (v.1.clone(), v.3, v.4))
            .collect();
        assert_eq!(venues, self.venues, "venues of chat {}", self.chat);
    }
}

impl Parent {
    /// Like [`Parent::verify`], but a reply shown twice in a row (the window no bot can close:
    /// Telegram accepted a message and the bot died, or gave up waiting, before its answer)
    /// is counted instead of failing. Nothing may be missing, nothing out of order. Returns how
    /// many deliveries were repeats.
    pub fn verify_counting_doubles(&self, api: &BotApi) -> usize {
        self.count_doubles(api).unwrap_or_else(|e| panic!("{e}"))
    }

    /// What [`Parent::verify_counting_doubles`] checks, as a result: `Err` while a reply is
    /// still missing or something came out of order.
    pub fn count_doubles(&self, api: &BotApi) -> Result<usize, String> {
        let got: Vec<Seen> = api.chat_log(self.chat).iter().map(seen).collect();
        let mut matched = 0;
        let mut doubles = 0;
        for g in &got {
            if matched < self.expected.len() && *g == self.expected[matched] {
                matched += 1;
            } else if matched > 0 && *g == self.expected[matched - 1] {
                doubles += 1;
            } else {
                return Err(format!(
                    "chat {}: unexpected {g:?} after {matched} of {} expected replies; got {got:#?}, expected {:#?}",
                    self.chat,
                    self.expected.len(),
                    self.expected
                ));
            }
        }
        if matched < self.expected.len() {
            return Err(format!(
                "chat {}: {} of {} replies arrived; got {got:#?}",
                self.chat,
                matched,
                self.expected.len()
            ));
        }
        Ok(doubles)
    }
}

/// The stored state of each chat after the bot stopped, read from the data folder.
pub fn stored_states(data: &Path, chats: &[i64]) -> Vec<Option<State>> {
    let store = wegweiser::store::SledStore::open(data).expect("open data");
    let tg = wegweiser::adapters::telegram::open_store(store).expect("trees");
    chats
        .iter()
        .map(|c| tg.state(wegweiser::delivery::ChatId(*c)).expect("state"))
        .collect()
}

pub fn data_dir(dir: &Path) -> PathBuf {
    dir.join("data")
}
