//! Telegram shows an offer's address as a venue on request (issue 4): on an offers step each
//! shown offer with coordinates gets a "🗺 Map" button (Fluent `tg-map`, the parent's language),
//! callback data within 64 bytes; a tap sends sendVenue with title, address and place and
//! leaves the conversation where it is; the same button tapped after moving on is stale and
//! only re-shows the current step.

mod support;

use std::collections::VecDeque;
use std::time::Duration;

use support::botapi::BotApi;
use support::process::{content, import_sample_offers, print_log, today, BotProcess, Parent};
use wegweiser::conversation::Content;
use wegweiser::engine::{Input, Msg, State};

/// The shortest path of choice taps from the welcome to a step showing offers with a place.
fn path_to_offers(content: &Content, lang: &str) -> Vec<String> {
    let (start, _) = content.welcome(Some(lang), today());
    let mut queue: VecDeque<(State, Vec<String>)> = VecDeque::from([(start, Vec::new())]);
    let mut seen = std::collections::HashSet::new();
    while let Some((state, path)) = queue.pop_front() {
        if content
            .offers_shown(&state, today())
            .iter()
            .any(|r| r.offer.location.is_some())
        {
            return path;
        }
        if path.len() >= 8 || !seen.insert(state.node.clone()) {
            continue;
        }
        for b in content.current(&state, today()).buttons {
            if b.nav {
                continue;
            }
            let (next, _) = content.handle(&state, &Input::Button(b.key.clone()), today());
            let mut p = path.clone();
            p.push(b.key);
            queue.push_back((next, p));
        }
    }
    panic!("no offers step with a place reachable");
}

#[test]
fn map_button_sends_a_venue_and_is_stale_safe() {
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let reference = dir.path().join("reference");
    import_sample_offers(&data);
    import_sample_offers(&reference);
    let content = content(Some(&reference));
    let log = dir.path().join("bot.log");
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let bot = BotProcess::start(&api, &data, &log, &[]);
        let mut p = Parent::new(9_100_001, "en", 0);
        let wait = |p: &Parent| {
            let deadline = std::time::Instant::now() + Duration::from_secs(30);
            while !p.caught_up(&api) {
                assert!(std::time::Instant::now() < deadline, "no reply");
                std::thread::sleep(Duration::from_millis(20));
            }
        };
        p.send_text(&api, &content, "/start");
        wait(&p);
        for key in path_to_offers(&content, "en") {
            p.tap(&api, &content, &key);
            wait(&p);
        }
        let state = p.state.clone().expect("state");
        let shown = content.offers_shown(&state, today());
        let message = match api.chat_log(p.chat).last() {
            Some(support::botapi::Delivery::Edited { message, .. })
            | Some(support::botapi::Delivery::Sent { message, .. }) => *message,
            None => panic!("nothing delivered"),
        };
        let buttons = api.buttons(message);
        let maps: Vec<&(String, String)> = buttons
            .iter()
            .filter(|(_, d)| d.starts_with("map:"))
            .collect();
        let located: Vec<_> = shown
            .iter()
            .filter(|r| r.offer.location.is_some())
            .collect();
        assert_eq!(maps.len(), located.len().min(8), "{buttons:?}");
        let first = &located[0].offer;
        // The name cut at a word, with "…", so that the whole label fits a phone's row.
        let label = |name: &str| {
            let m = Msg::new("tg-map").arg("offer", wegweiser::engine::Arg::Text(name.into()));
            content.locales.render("en", &m, &[])
        };
        use wegweiser::adapters::telegram::{fit_label, width, ROW_LABEL_WIDTH};
        let want_label = label(&fit_label(
            &first.name,
            ROW_LABEL_WIDTH.saturating_sub(width(&label(""))).max(8),
        ));
        assert_eq!(maps[0].0, want_label);
        assert!(want_label.starts_with("🗺"), "{want_label}");
        assert!(buttons.iter().all(|(_, d)| d.len() <= 64));
        let key = maps[0].1.split('|').next().expect("key").to_string();

        p.tap(&api, &content, &key);
        wait(&p);
        p.verify(&api);
        let venue = api.state().venues.last().cloned().expect("a venue");
        assert_eq!(venue.0, p.chat);
        assert_eq!(venue.1, first.name);
        assert!(venue.2.contains(&first.address), "{venue:?}");
        let at = first.location.expect("place");
        assert_eq!((venue.3, venue.4), (at.lat(), at.lon()));
        assert!(
            api.calls_of("answerCallbackQuery") >= 1,
            "the tap's spinner stops"
        );

        // Moving on makes the map button stale: it re-shows the current step, no venue.
        let stale = maps[0].1.clone();
        p.send_text(&api, &content, "/menu");
        wait(&p);
        let venues = api.state().venues.len();
        let state = p.state.clone().expect("state");
        let (next, screen) = content.handle(
            &state,
            &Input::Button(wegweiser::adapters::telegram::STALE_KEY.to_string()),
            today(),
        );
        p.state = Some(next);
        api.push_tap(p.chat, "en", message, &stale);
        // (A stale tap's answer comes as a new message, below where the parent is.)
        p.expected.push(support::process::Seen::Sent(screen.text));
        wait(&p);
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(
            api.state().venues.len(),
            venues,
            "a stale map tap sends nothing"
        );
        p.verify(&api);
        let status = bot.sigterm_and_wait(Duration::from_secs(30));
        assert!(status.success(), "{status:?}");
    }));
    if let Err(e) = run {
        print_log(&log);
        std::panic::resume_unwind(e);
    }
}
