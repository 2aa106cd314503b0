//! Handler tests with teloxide_tests: a real (fake) Bot API over HTTP, the real handler tree,
//! the real sled store in a temp folder, the shipped dialogs and locales.
//!
//! Each expected text is what `Content` renders for the same input: the adapter must show
//! exactly what the engine decided, in the parent's language. teloxide_tests allows one
//! MockBot at a time (a global lock), so each test holds its bot to the end.

use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use teloxide::types::{InlineKeyboardButtonKind, Message, ReplyMarkup, User};
use teloxide_tests::{
    MockBot, MockCallbackQuery, MockMessageLocation, MockMessagePhoto, MockMessageText, MockUser,
};
use wegweiser::adapters::telegram::{
    fit_label, handler_tree, screen_tag, App, TgStore, ROW_LABEL_WIDTH,
};
use wegweiser::conversation::Content;
use wegweiser::engine::{Input, State};
use wegweiser::store::SledStore;

const CHAT: u64 = MockUser::ID;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")
}

fn content() -> Content {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match Content::load(&root.join("dialogs"), &root.join("locales")) {
        Ok((c, _)) => c,
        Err(report) => panic!("shipped files have errors: {:?}", report.lines()),
    }
}

struct Setup {
    app: Arc<App>,
    /// The reference: the same content, stepped directly.
    content: Content,
    _dir: tempfile::TempDir,
}

fn setup() -> Setup {
    setup_with(|_| {})
}

/// `prepare` may write into the sled store before the adapter opens it.
fn setup_with(prepare: impl FnOnce(&SledStore)) -> Setup {
    let dir = tempfile::tempdir().expect("tempdir");
    let sled = SledStore::open(dir.path()).expect("open store");
    prepare(&sled);
    let store = Arc::new(TgStore::new(sled).expect("trees"));
    let app = Arc::new(App::new(content(), store, Some(today())));
    Setup {
        app,
        content: content(),
        _dir: dir,
    }
}

fn user(lang: Option<&str>) -> User {
    let mut u = MockUser::new();
    u.language_code = lang.map(str::to_string);
    u.build()
}

fn text_msg(text: &str, lang: Option<&str>) -> MockMessageText {
    MockMessageText::new().text(text).from(user(lang))
}

/// (label, callback data) of the inline keyboard of a markup.
fn buttons(markup: Option<&ReplyMarkup>) -> Vec<(String, String)> {
    let Some(ReplyMarkup::InlineKeyboard(kb)) = markup else {
        return Vec::new();
    };
    kb.inline_keyboard
        .iter()
        .flatten()
        .filter_map(|b| match &b.kind {
            InlineKeyboardButtonKind::CallbackData(d) => Some((b.text.clone(), d.clone())),
            _ => None,
        })
        .collect()
}

fn data_for(markup: Option<&ReplyMarkup>, key: &str) -> String {
    buttons(markup)
        .into_iter()
        .map(|(_, d)| d)
        .find(|d| d.split('|').next() == Some(key))
        .unwrap_or_else(|| panic!("no button {key} in {:?}", buttons(markup)))
}

/// The bot's last message (sent or edited) and its keyboard.
fn last_screen(
    bot: &MockBot<anyhow::Error, teloxide_tests::mock_bot::DistributionKey>,
) -> (Message, Option<ReplyMarkup>) {
    let r = bot.get_responses();
    if let Some(e) = r.edited_messages_text.last() {
        return (e.message.clone(), e.bot_request.reply_markup.clone());
    }
    let s = r.sent_messages_text.last().expect("the bot sent nothing");
    (s.message.clone(), s.bot_request.reply_markup.clone())
}

type Bot = MockBot<anyhow::Error, teloxide_tests::mock_bot::DistributionKey>;

async fn state(bot: &Bot) -> Option<State> {
    bot.try_get_state::<State>().await
}

/// Sends a text, checks a new message with exactly the reference reply came back.
async fn type_text(
    bot: &mut Bot,
    s: &Setup,
    reference: &mut State,
    text: &str,
    lang: Option<&str>,
) -> Message {
    bot.update(text_msg(text, lang));
    bot.dispatch().await;
    let (next, want) = s.content.handle_text(reference, text, today());
    *reference = next;
    let r = bot.get_responses();
    assert_eq!(r.sent_messages_text.len(), 1, "one message for {text:?}");
    assert!(r.edited_messages_text.is_empty());
    let got = &r.sent_messages_text[0];
    assert_eq!(
        got.message.text(),
        Some(want.text.as_str()),
        "reply to {text:?}"
    );
    let labels: Vec<String> = buttons(got.bot_request.reply_markup.as_ref())
        .into_iter()
        .map(|(l, _)| l)
        .collect();
    // Choices as the engine labels them (cut to a phone's width); navigation in Telegram's
    // short forms (tests/telegram_ui.rs).
    let want_labels: Vec<String> = want
        .buttons
        .iter()
        .map(|b| fit_label(&b.label, ROW_LABEL_WIDTH))
        .collect();
    assert_eq!(labels.len(), want_labels.len());
    for (got, (want, b)) in labels.iter().zip(want_labels.iter().zip(&want.buttons)) {
        if !b.nav {
            assert_eq!(got, want);
        }
    }
    got.message.clone()
}

/// Taps the button `key` on `message`; the message is edited in place into the reference reply.
async fn tap(
    bot: &mut Bot,
    s: &Setup,
    reference: &mut State,
    message: &Message,
    markup: Option<&ReplyMarkup>,
    key: &str,
) -> Message {
    let data = data_for(markup, key);
    assert!(data.len() <= 64, "callback data {data:?} too long");
    bot.update(
        MockCallbackQuery::new()
            .data(data)
            .message(message.clone())
            .from(user(None)),
    );
    bot.dispatch().await;
    let (next, want) = s
        .content
        .handle(reference, &Input::Button(key.to_string()), today());
    *reference = next;
    let r = bot.get_responses();
    assert_eq!(
        r.answered_callback_queries.len(),
        1,
        "every tap is answered"
    );
    assert!(r.sent_messages_text.is_empty(), "a tap edits in place");
    let edited = r.edited_messages_text.last().expect("edited");
    assert_eq!(edited.message.id, message.id);
    assert_eq!(
        edited.message.text(),
        Some(want.text.as_str()),
        "after tapping {key}"
    );
    edited.message.clone()
}

/// The first choice (not navigation) on a screen.
fn first_choice(markup: Option<&ReplyMarkup>) -> String {
    buttons(markup)
        .into_iter()
        .map(|(_, d)| d.split('|').next().unwrap_or_default().to_string())
        .find(|k| k.starts_with('o') || k == "next")
        .expect("a screen with a choice")
}

#[tokio::test(flavor = "multi_thread")]
async fn first_contact_in_german_and_english() {
    for (lang, greeting) in [
        (Some("de"), "Willkommen"),
        (Some("en-GB"), "Welcome"),
        // No language reported: the picker, asking in every language (tests/telegram_ui.rs).
        (None, "Please choose your language"),
    ] {
        let s = setup();
        let mut bot = MockBot::new(text_msg("/start", lang), handler_tree());
        bot.dependencies(s.app.dependencies());
        bot.dispatch().await;
        let (_, want) = match lang {
            Some(_) => s.content.welcome(lang, today()),
            None => s.content.pick_language_first(None, today()),
        };
        let r = bot.get_responses();
        assert_eq!(r.sent_messages_text.len(), 1);
        let got = r.sent_messages_text[0]
            .message
            .text()
            .unwrap_or_default()
            .to_string();
        if lang.is_some() {
            assert_eq!(got, want.text);
        }
        assert!(got.contains(greeting), "{lang:?}: {got}");
        let st = state(&bot).await.expect("state saved");
        let negotiated = lang.map(|l| if l == "en-GB" { "en" } else { "de" });
        assert_eq!(st.lang.as_deref(), negotiated);
        let kb = buttons(r.sent_messages_text[0].bot_request.reply_markup.as_ref());
        assert_eq!(kb.len(), want.buttons.len());
        assert!(kb
            .iter()
            .all(|(_, d)| d.len() <= 64 && d.ends_with(&screen_tag(&st))));
        drop(bot);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn full_path_with_taps_back_and_restart() {
    let s = setup();
    let mut bot = MockBot::new(text_msg("/start", Some("de")), handler_tree());
    bot.dependencies(s.app.dependencies());
    bot.dispatch().await;
    let (mut reference, _) = s.content.welcome(Some("de"), today());
    let (mut msg, mut markup) = last_screen(&bot);
    for _ in 0..4 {
        let key = first_choice(markup.as_ref());
        msg = tap(&mut bot, &s, &mut reference, &msg, markup.as_ref(), &key).await;
        markup = last_screen(&bot).1;
        assert_eq!(
            state(&bot).await.as_ref(),
            Some(&reference),
            "state kept in sled"
        );
    }
    assert_ne!(reference.node, "main");
    let depth = reference.history.len();
    msg = tap(&mut bot, &s, &mut reference, &msg, markup.as_ref(), "back").await;
    assert_eq!(reference.history.len(), depth - 1);
    let _ = msg;
    // Typed text works as in the terminal: a command, then a button by its number.
    type_text(&mut bot, &s, &mut reference, "/restart", Some("de")).await;
    assert_eq!(reference.node, "main");
    assert_eq!(state(&bot).await.as_ref(), Some(&reference));
    type_text(&mut bot, &s, &mut reference, "2", Some("de")).await;
    assert_ne!(reference.node, "main");
    // Something that is not text: a hint, and the step again.
    bot.update(MockMessagePhoto::new().from(user(Some("de"))));
    bot.dispatch().await;
    let r = bot.get_responses();
    let text = r
        .sent_messages_text
        .last()
        .and_then(|m| m.message.text())
        .unwrap_or_default()
        .to_string();
    assert!(text.contains("nur Text"), "{text}");
    assert!(text.ends_with(&s.content.current(&reference, today()).text));
    // A shared location goes to the engine as a place (offers near it).
    bot.update(
        MockMessageLocation::new()
            .latitude(51.2562)
            .longitude(7.1508)
            .from(user(Some("de"))),
    );
    bot.dispatch().await;
    let input = Input::location(51.2562, 7.1508).expect("a place on Earth");
    let (_, want) = s.content.handle(&reference, &input, today());
    let r = bot.get_responses();
    assert_eq!(
        r.sent_messages_text.last().and_then(|m| m.message.text()),
        Some(want.text.as_str())
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn language_switch_by_picker_and_command() {
    let s = setup();
    let mut bot = MockBot::new(text_msg("/start", Some("de")), handler_tree());
    bot.dependencies(s.app.dependencies());
    bot.dispatch().await;
    let (mut reference, _) = s.content.welcome(Some("de"), today());
    let picker = type_text(&mut bot, &s, &mut reference, "/language", Some("de")).await;
    let markup = last_screen(&bot).1;
    assert!(buttons(markup.as_ref()).iter().any(|(l, _)| l == "English"));
    tap(
        &mut bot,
        &s,
        &mut reference,
        &picker,
        markup.as_ref(),
        "lang:en",
    )
    .await;
    assert_eq!(reference.lang.as_deref(), Some("en"));
    let r = bot.get_responses();
    let edited = r
        .edited_messages_text
        .last()
        .and_then(|m| m.message.text())
        .unwrap_or_default();
    assert!(edited.contains("English"), "{edited}");
    // The command menu follows the chosen language, for this chat.
    let cmds = r.set_my_commands.last().expect("commands set for the chat");
    assert!(cmds
        .commands
        .iter()
        .any(|c| c.command == "forget" && c.description.contains("Delete")));
    assert_eq!(state(&bot).await.and_then(|s| s.lang), Some("en".into()));
    type_text(&mut bot, &s, &mut reference, "/language de", Some("en")).await;
    assert_eq!(reference.lang.as_deref(), Some("de"));
}

#[tokio::test(flavor = "multi_thread")]
async fn deep_link_on_first_contact() {
    let s = setup();
    let mut bot = MockBot::new(text_msg("/start money", Some("en")), handler_tree());
    bot.dependencies(s.app.dependencies());
    bot.dispatch().await;
    let (first, _) = s.content.welcome(Some("en"), today());
    let (reference, want) = s.content.handle_text(&first, "/start money", today());
    let r = bot.get_responses();
    assert_eq!(r.sent_messages_text.len(), 1);
    assert_eq!(
        r.sent_messages_text[0].message.text(),
        Some(want.text.as_str())
    );
    let st = state(&bot).await.expect("state");
    assert_eq!(st, reference);
    assert_ne!(st.node, "main", "the link leads into the topic");
    assert_eq!(st.lang.as_deref(), Some("en"));
    // An unknown link: the menu with a gentle note, never an error.
    bot.update(text_msg("/start no-such-topic", Some("en")));
    bot.dispatch().await;
    let text = bot.get_responses().sent_messages_text[0]
        .message
        .text()
        .unwrap_or_default()
        .to_string();
    assert!(text.contains("link"), "{text}");
}

#[tokio::test(flavor = "multi_thread")]
async fn forged_and_stale_callback_data_reshow_the_current_step() {
    let s = setup();
    let mut bot = MockBot::new(text_msg("/start", Some("en")), handler_tree());
    bot.dependencies(s.app.dependencies());
    bot.dispatch().await;
    let (mut reference, _) = s.content.welcome(Some("en"), today());
    let (welcome_msg, welcome_markup) = last_screen(&bot);
    let key = first_choice(welcome_markup.as_ref());
    let _ = tap(
        &mut bot,
        &s,
        &mut reference,
        &welcome_msg,
        welcome_markup.as_ref(),
        &key,
    )
    .await;
    // A new message below (typed), so the first one is old.
    type_text(&mut bot, &s, &mut reference, "/help", Some("en")).await;
    let before = state(&bot).await;
    let stale_back = data_for(welcome_markup.as_ref(), &key);
    let tag = screen_tag(&reference);
    for forged in [
        stale_back.as_str(),
        "o0|deadbeef",
        "garbage",
        "",
        "back|",
        // Last: it edits the old message into the current step, after which a tap there with
        // another screen's data is a double tap, answered silently (tests/telegram_ui.rs).
        "o99|TAG",
    ] {
        let forged = forged.replace("TAG", &tag);
        bot.update(
            MockCallbackQuery::new()
                .data(forged.clone())
                .message(welcome_msg.clone())
                .from(user(None)),
        );
        bot.dispatch().await;
        let r = bot.get_responses();
        assert_eq!(r.answered_callback_queries.len(), 1, "{forged:?} answered");
        // A wrong screen tag: the old message stays as it was, the step comes anew below. (An
        // unknown key with the right tag may edit in place: that message shows this screen.)
        let text = if forged.starts_with("o99") {
            let e = r.edited_messages_text.last().map(|m| m.message.clone());
            let sent = r.sent_messages_text.last().map(|m| m.message.clone());
            e.or(sent)
                .and_then(|m| m.text().map(str::to_string))
                .unwrap_or_default()
        } else {
            assert!(
                r.edited_messages_text.is_empty(),
                "{forged:?} must not edit the old message"
            );
            r.sent_messages_text
                .last()
                .and_then(|m| m.message.text())
                .unwrap_or_default()
                .to_string()
        };
        assert!(text.contains("older message"), "{forged:?}: {text}");
        assert!(
            text.ends_with(&s.content.current(&reference, today()).text),
            "{forged:?}"
        );
        assert_eq!(
            state(&bot).await.map(|s| s.node),
            before.as_ref().map(|s| s.node.clone()),
            "{forged:?} moved nothing"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn forget_deletes_the_conversation() {
    let s = setup();
    let mut bot = MockBot::new(text_msg("/start", Some("en")), handler_tree());
    bot.dependencies(s.app.dependencies());
    bot.dispatch().await;
    let (mut reference, _) = s.content.welcome(Some("en"), today());
    type_text(&mut bot, &s, &mut reference, "2", Some("en")).await;
    let confirm = type_text(&mut bot, &s, &mut reference, "/forget", Some("en")).await;
    let markup = last_screen(&bot).1;
    tap(
        &mut bot,
        &s,
        &mut reference,
        &confirm,
        markup.as_ref(),
        "forget:yes",
    )
    .await;
    assert_eq!(state(&bot).await, None, "nothing kept");
    let meta = s
        .app
        .store
        .meta(teloxide::types::ChatId(CHAT as i64))
        .expect("meta");
    assert_eq!(meta.pending, None);
    // Coming back later starts afresh, in the phone's language.
    bot.update(text_msg("/start", Some("en")));
    bot.dispatch().await;
    let (_, want) = s.content.welcome(Some("en"), today());
    assert_eq!(
        bot.get_responses().sent_messages_text[0].message.text(),
        Some(want.text.as_str())
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn replayed_update_gets_no_second_reply() {
    let s = setup();
    let mut bot = MockBot::new(text_msg("/start", Some("de")), handler_tree());
    bot.dependencies(s.app.dependencies());
    bot.dispatch().await;
    bot.update(text_msg("2", Some("de")));
    let same = bot.updates.clone();
    bot.dispatch().await;
    assert_eq!(bot.get_responses().sent_messages_text.len(), 1);
    let after = state(&bot).await;
    // Telegram delivers the same update again (a crash before it was confirmed).
    bot.updates = same;
    bot.dispatch().await;
    let r = bot.get_responses();
    assert!(
        r.sent_messages_text.is_empty() && r.edited_messages_text.is_empty(),
        "no second reply"
    );
    assert_eq!(state(&bot).await, after, "not stepped twice");
}

#[tokio::test(flavor = "multi_thread")]
async fn storage_trait_and_undecodable_state() {
    // A state from an older version: the parent starts afresh instead of getting an error.
    let s = setup_with(|sled| {
        let sessions = sled.db().open_tree("sessions").expect("tree");
        sessions
            .insert(format!("tg:{CHAT}").as_bytes(), b"{\"v\":0}".to_vec())
            .expect("insert");
    });
    let mut bot = MockBot::new(text_msg("hallo", Some("de")), handler_tree());
    bot.dependencies(s.app.dependencies());
    bot.dispatch().await;
    let (_, want) = s.content.welcome(Some("de"), today());
    assert_eq!(
        bot.get_responses().sent_messages_text[0].message.text(),
        Some(want.text.as_str())
    );
    // A state put in through teloxide's Storage trait is the one the handler continues from.
    let (welcome, _) = s.content.welcome(Some("en"), today());
    let (mut reference, _) = s.content.handle_text(&welcome, "/start money", today());
    bot.set_state(reference.clone()).await;
    type_text(&mut bot, &s, &mut reference, "/back", Some("de")).await;
    assert_eq!(state(&bot).await, Some(reference));
}
