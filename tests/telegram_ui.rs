//! The Telegram details a parent trips over (issue 12, item 4), each against the real binary
//! over the loopback Bot API stand-in (tests/support/botapi.rs): a command as the first
//! message, the language picker first, a location at the postcode question, double taps, old
//! keyboards, labels that fit a phone. Expected texts come from the library (`Content`).

mod support;

use std::path::Path;
use std::time::Duration;

use support::botapi::{BotApi, Delivery};
use support::process::{content, import_sample_offers, print_log, today, BotProcess};
use wegweiser::adapters::telegram::{
    fit_label, open_store, width, Dialogues, NAV_LABEL_WIDTH, ROW_LABEL_WIDTH,
};
use wegweiser::conversation::Content;
use wegweiser::engine::{Input, State};
use wegweiser::store::SledStore;

const WAIT: Duration = Duration::from_secs(30);

/// Runs `body` against a fresh bot on a data folder (sample offers imported, `seed` states
/// written first); prints the bot's log if it fails.
fn with_bot(seed: &[(i64, State)], body: impl FnOnce(&BotApi, &Content, &Path)) {
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let reference = dir.path().join("reference");
    import_sample_offers(&data);
    import_sample_offers(&reference);
    if !seed.is_empty() {
        // Written before the bot starts: sled allows one process at a time.
        let tg =
            std::sync::Arc::new(open_store(SledStore::open(&data).expect("open")).expect("trees"));
        let dialogues = std::sync::Arc::new(Dialogues(tg.clone()));
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        for (chat, state) in seed {
            rt.block_on(teloxide::dispatching::dialogue::Storage::update_dialogue(
                dialogues.clone(),
                teloxide::types::ChatId(*chat),
                state.clone(),
            ))
            .expect("seed a state");
        }
        rt.block_on(tg.flush()).expect("flush");
    }
    let content = content(Some(&reference));
    let log = dir.path().join("bot.log");
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let bot = BotProcess::start(&api, &data, &log, &[]);
        body(&api, &content, &data);
        drop(bot);
    }));
    if let Err(e) = run {
        print_log(&log);
        std::panic::resume_unwind(e);
    }
}

/// Waits for `n` deliveries (sends and edits) to `chat` and returns them.
fn log_of(api: &BotApi, chat: i64, n: usize, what: &str) -> Vec<Delivery> {
    api.wait_for(what, WAIT, |g| {
        g.per_chat.get(&chat).map_or(0, Vec::len) >= n
    });
    api.chat_log(chat)
}

fn last_message(api: &BotApi, chat: i64) -> i64 {
    match api.chat_log(chat).last() {
        Some(Delivery::Sent { message, .. } | Delivery::Edited { message, .. }) => *message,
        None => panic!("chat {chat} got nothing"),
    }
}

fn data_of(api: &BotApi, message: i64, key: &str) -> String {
    api.buttons(message)
        .into_iter()
        .map(|(_, d)| d)
        .find(|d| d.split('|').next() == Some(key))
        .unwrap_or_else(|| panic!("no button {key} on message {message}"))
}

#[test]
fn a_command_as_the_first_message_is_carried_out() {
    with_bot(&[], |api, content, _| {
        let commands = ["/sos", "/urgent", "/help", "/language", "/forget", "/back"];
        for (i, cmd) in commands.iter().enumerate() {
            api.push_text(900_100 + i as i64, "de", cmd);
        }
        let (fresh, welcome) = content.welcome(Some("de"), today());
        for (i, cmd) in commands.iter().enumerate() {
            let chat = 900_100 + i as i64;
            let got = log_of(api, chat, 1, cmd);
            let want = match *cmd {
                // Nothing stored yet: deleted at once, nothing to confirm.
                "/forget" => {
                    let (s, _) = content.handle_text(&fresh, "/forget", today());
                    content
                        .handle(&s, &Input::Button("forget:yes".into()), today())
                        .1
                }
                _ => content.handle_text(&fresh, cmd, today()).1,
            };
            assert_eq!(got[0].text(), want.text, "{cmd}");
            assert_ne!(
                got[0].text(),
                welcome.text,
                "{cmd} answered with the welcome"
            );
        }
        assert!(log_of(api, 900_100, 1, "/sos")[0].text().contains("110"));
    });
}

#[test]
fn without_a_language_we_have_the_picker_comes_first_in_every_language() {
    with_bot(&[], |api, content, _| {
        // No language_code at all, with a flyer's deep link; and a language we do not have.
        api.push_text(900_201, "", "/start money");
        api.push_text(900_202, "ku", "/start");
        let picker = log_of(api, 900_201, 1, "the picker")[0].text().to_string();
        for lang in content.locales.languages() {
            let line =
                content
                    .locales
                    .render(lang, &wegweiser::engine::Msg::new("tg-lang-prompt"), &[]);
            let line = line.trim_matches(|c: char| !c.is_alphanumeric());
            assert!(
                picker.contains(line),
                "{lang}: {line:?} missing in {picker}"
            );
        }
        assert_eq!(log_of(api, 900_202, 1, "the picker")[0].text(), picker);
        let msg = last_message(api, 900_201);
        assert!(api.buttons(msg).iter().any(|(l, _)| l == "English"));
        // The choice leads into the linked topic, in the chosen language.
        api.push_tap(900_201, "", msg, &data_of(api, msg, "lang:en"));
        let (s, _) = content.pick_language_first(Some("money"), today());
        let (topic, want) = content.handle(&s, &Input::Button("lang:en".into()), today());
        let got = log_of(api, 900_201, 2, "the topic")[1].clone();
        assert_eq!(
            got,
            Delivery::Edited {
                message: msg,
                text: want.text.clone()
            }
        );
        assert_ne!(topic.node, "main");
        assert_eq!(topic.lang.as_deref(), Some("en"));
        // Without a link, the greeting follows the choice.
        let msg = last_message(api, 900_202);
        api.push_tap(900_202, "ku", msg, &data_of(api, msg, "lang:tr"));
        let got = log_of(api, 900_202, 2, "the greeting")[1]
            .text()
            .to_string();
        assert!(got.contains("hoş geldiniz"), "{got}");
    });
}

fn at_postcode_question(lang: &str) -> State {
    let mut s = State::new(Some(lang.into()));
    s.history.push(wegweiser::engine::Frame {
        node: "main".into(),
        undo: Vec::new(),
    });
    s.node = "cc-offers-postcode".into();
    s
}

#[test]
fn a_shared_location_answers_the_postcode_question() {
    let (near, far) = (900_301, 900_302);
    let seed = [
        (near, at_postcode_question("de")),
        (far, at_postcode_question("en")),
    ];
    with_bot(&seed, |api, content, _| {
        // Wuppertal-Elberfeld, beside the offers at 42103; and Berlin-Mitte, outside every
        // network (Lichtenberg's circle ends east of it).
        api.push_location(near, "de", 51.2562, 7.1508);
        api.push_location(far, "en", 52.52, 13.405);
        let start = at_postcode_question("de");
        let located = Input::location(51.2562, 7.1508).expect("a place");
        let (s, _) = content.handle(&start, &located, today());
        let (answered, want) = content.handle(&s, &Input::Text("42103".into()), today());
        let got = log_of(api, near, 1, "the answer")[0].text().to_string();
        assert!(
            got.starts_with("📍") && got.contains("42103 Elberfeld"),
            "{got}"
        );
        assert!(got.ends_with(&want.text), "the next step follows: {got}");
        assert_ne!(answered.node, "cc-offers-postcode");
        // Outside every network no postcode is guessed and none is asked for: the honest
        // answer, never another city's offers.
        let got = log_of(api, far, 1, "the answer")[0].text().to_string();
        let start = at_postcode_question("en");
        let berlin = Input::location(52.52, 13.405).expect("a place");
        let (outside, _) = content.handle(&start, &berlin, today());
        assert_eq!(outside.node, "cc-offers");
        assert!(got.contains("I don't know any local offers"), "{got}");
        assert!(!got.contains("Wuppertal"), "{got}");
    });
}

#[test]
fn a_second_tap_is_answered_silently_and_old_keyboards_go() {
    with_bot(&[], |api, content, _| {
        let chat = 900_401;
        api.push_text(chat, "de", "/start");
        log_of(api, chat, 1, "the welcome");
        let first = last_message(api, chat);
        let (fresh, _) = content.welcome(Some("de"), today());
        let data = data_of(api, first, "o0");
        // Two taps before the first answer arrives: both carry the welcome's keyboard.
        api.push_tap(chat, "de", first, &data);
        api.push_tap(chat, "de", first, &data);
        api.wait_for("both taps answered", WAIT, |g| {
            g.calls
                .iter()
                .filter(|(m, _)| m == "answercallbackquery")
                .count()
                >= 2
        });
        std::thread::sleep(Duration::from_millis(500));
        let (after, want) = content.handle(&fresh, &Input::Button("o0".into()), today());
        let log = api.chat_log(chat);
        assert_eq!(log.len(), 2, "one step, nothing repeated: {log:#?}");
        assert_eq!(
            log[1],
            Delivery::Edited {
                message: first,
                text: want.text
            }
        );
        // Typed: a new message carries the step, the old one loses its buttons.
        api.push_text(chat, "de", "/help");
        log_of(api, chat, 3, "/help");
        let second = last_message(api, chat);
        assert_ne!(second, first);
        api.wait_for("the old keyboard removed", WAIT, |g| {
            g.markup_edits
                .iter()
                .any(|(m, k)| *m == first && k.is_null())
        });
        assert!(api.buttons(first).is_empty());
        assert!(!api.buttons(second).is_empty());
        assert_eq!(
            api.chat_log(chat)[2].text(),
            content.handle_text(&after, "/help", today()).1.text
        );
    });
}

#[test]
fn labels_fit_a_phone_in_every_language() {
    const LANGS: [&str; 9] = ["de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "ro"];
    // At the training offers, beside the employment agency in Barmen (the offer with the
    // longest name comes first, with a map button).
    let mut offers = State::new(Some("de".into()));
    offers.node = "train-offers".into();
    offers.location = wegweiser::offers::GeoPoint::new(51.266, 7.183);
    offers.facts.insert(
        "network".into(),
        wegweiser::dialog::expr::Value::Text("wuppertal".into()),
    );
    let seed = [(900_599, offers)];
    with_bot(&seed, |api, _, _| {
        for (i, lang) in LANGS.iter().enumerate() {
            api.push_text(900_500 + i as i64, lang, "/start");
        }
        for (i, lang) in LANGS.iter().enumerate() {
            let chat = 900_500 + i as i64;
            log_of(api, chat, 1, "the welcome");
            let msg = last_message(api, chat);
            api.push_tap(chat, lang, msg, &data_of(api, msg, "o0"));
            log_of(api, chat, 2, "a step with the navigation row");
            let rows = api.keyboard_rows(msg);
            let nav = rows.last().expect("a keyboard");
            assert_eq!(nav.len(), 3, "{lang}: back, menu, urgent help in one row");
            for (label, _) in nav {
                assert!(width(label) <= NAV_LABEL_WIDTH, "{lang}: {label:?}");
            }
            for (label, _) in rows.iter().flatten() {
                assert!(width(label) <= ROW_LABEL_WIDTH, "{lang}: {label:?}");
            }
        }
        api.push_text(900_599, "de", "/help");
        log_of(api, 900_599, 1, "the offers");
        let msg = last_message(api, 900_599);
        let maps: Vec<String> = api
            .buttons(msg)
            .into_iter()
            .filter(|(_, d)| d.starts_with("map:"))
            .map(|(l, _)| l)
            .collect();
        // The sample's training places with coordinates; cutting long names at a word is
        // the unit test's job (`labels_are_cut_at_a_word_with_an_ellipsis`), fitting is here.
        assert!(
            maps.iter().any(|l| l.contains("Volkshochschule")),
            "{maps:?}"
        );
        for l in &maps {
            assert!(l.starts_with("🗺 Karte: "), "{l:?}");
            assert!(width(l) <= ROW_LABEL_WIDTH, "{l:?}");
        }
        let full = "🗺 Karte: Beauftragte für Chancengleichheit der Agentur für Arbeit";
        let cut = fit_label(full, ROW_LABEL_WIDTH);
        assert!(cut.ends_with('…') && full.starts_with(cut.trim_end_matches('…')));
        assert!(
            full[cut.trim_end_matches('…').len()..].starts_with(' '),
            "cut at a word"
        );
    });
}
