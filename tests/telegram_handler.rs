//! Handler tests in-process: the real handler tree, driven update by update with a real
//! teloxide `Bot` talking HTTP to the loopback Bot API stand-in (tests/support/botapi.rs), the
//! real sled store in a temp folder, the shipped dialogs and locales.
//!
//! Each expected text is what `Content` renders for the same input: the adapter must show
//! exactly what the engine decided, in the parent's language. Every test has its own stand-in,
//! so they run in parallel.

mod support;

use std::ops::ControlFlow;
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use serde_json::Value;
use teloxide::dispatching::dialogue::{ErasedStorage, Storage};
use teloxide::prelude::*;
use teloxide::types::Update;

use support::botapi::BotApi;
use wegweiser::adapters::telegram::{
    dependencies, fit_label, handler_tree, open_store, screen_tag, App, Dialogues, ROW_LABEL_WIDTH,
};
use wegweiser::conversation::Content;
use wegweiser::engine::{Input, State};
use wegweiser::store::SledStore;

/// The parent's user id, which is also the id of the private chat.
const CHAT: i64 = 12_345_678;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")
}

fn content() -> Content {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match Content::load(
        &root.join("dialogs"),
        &root.join("locales"),
        wegweiser::CODE_MESSAGES,
    ) {
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
    let store = Arc::new(open_store(sled).expect("trees"));
    let app = Arc::new(App::new(content(), store, Some(today())));
    Setup {
        app,
        content: content(),
        _dir: dir,
    }
}

/// A message as the Bot API returned it (JSON), as a tap on it carries it back.
type Message = Value;

/// One sendMessage or editMessageText: what the bot asked for and the message it got back.
#[derive(Clone, Debug)]
struct Reply {
    /// The request's `reply_markup` (null: none).
    markup: Value,
    message: Message,
}

impl Reply {
    fn text(&self) -> Option<&str> {
        self.message["text"].as_str()
    }
}

/// What the bot did for the last update.
#[derive(Default)]
struct Responses {
    sent: Vec<Reply>,
    edited: Vec<Reply>,
    answered_callback_queries: usize,
    /// The `commands` of each setMyCommands call.
    set_my_commands: Vec<Value>,
}

/// The bot under test: the stand-in, a teloxide `Bot` pointed at it, the handler's
/// dependencies, and what the last dispatched update caused.
struct Bot {
    api: BotApi,
    bot: teloxide::Bot,
    app: Arc<App>,
    /// The update `dispatch` hands to the handler next.
    update: Option<i64>,
    responses: Responses,
}

impl Bot {
    fn new(s: &Setup) -> Bot {
        let api = BotApi::start();
        let url = url::Url::parse(&api.url()).expect("stand-in url");
        let bot = teloxide::Bot::new("123456:test-token").set_api_url(url);
        Bot {
            api,
            bot,
            app: s.app.clone(),
            update: None,
            responses: Responses::default(),
        }
    }

    /// A bot whose first update is a text from the parent.
    fn with_text(s: &Setup, text: &str, lang: Option<&str>) -> Bot {
        let mut bot = Bot::new(s);
        bot.text(text, lang);
        bot
    }

    fn text(&mut self, text: &str, lang: Option<&str>) {
        self.update = Some(self.api.push_text(CHAT, lang.unwrap_or_default(), text));
    }

    /// Runs the queued update through the handler tree, as the dispatcher does, and collects
    /// the Bot API calls it made.
    async fn dispatch(&mut self) {
        let id = self.update.expect("an update to dispatch");
        let json = self.api.queued(id).expect("queued update");
        // From text, as teloxide reads getUpdates (its `Update` borrows while deserializing).
        let update: Update = serde_json::from_str(&json.to_string()).expect("a valid update");
        let from = self.api.state().results.len();
        let mut deps = dependencies(&self.app);
        deps.insert(self.bot.clone());
        deps.insert(update);
        match handler_tree().dispatch(deps).await {
            ControlFlow::Break(Ok(())) => {}
            ControlFlow::Break(Err(e)) => panic!("the handler failed: {e:#}"),
            ControlFlow::Continue(d) => {
                panic!("no handler took update {id}: {:?}", d.get::<Update>())
            }
        }
        let mut r = Responses::default();
        for (method, body, result) in self.api.state().results[from..].iter() {
            let reply = || Reply {
                markup: body["reply_markup"].clone(),
                message: result.clone(),
            };
            match method.as_str() {
                "sendmessage" => r.sent.push(reply()),
                "editmessagetext" => r.edited.push(reply()),
                "answercallbackquery" => r.answered_callback_queries += 1,
                "setmycommands" => r.set_my_commands.push(body["commands"].clone()),
                _ => {}
            }
        }
        self.responses = r;
    }

    fn get_responses(&self) -> &Responses {
        &self.responses
    }

    fn storage(&self) -> Arc<ErasedStorage<State>> {
        Arc::new(Dialogues(self.app.store.clone())).erase()
    }

    /// The conversation as teloxide's `Storage` trait sees it.
    async fn state(&self) -> Option<State> {
        self.storage()
            .get_dialogue(ChatId(CHAT))
            .await
            .expect("storage readable")
    }

    async fn set_state(&self, state: State) {
        self.storage()
            .update_dialogue(ChatId(CHAT), state)
            .await
            .expect("storage writable");
    }
}

/// (label, callback data) of the inline keyboard of a markup.
fn buttons(markup: &Value) -> Vec<(String, String)> {
    markup["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row.as_array().cloned().unwrap_or_default())
        .filter_map(|b| {
            Some((
                b["text"].as_str()?.to_string(),
                b["callback_data"].as_str()?.to_string(),
            ))
        })
        .collect()
}

fn data_for(markup: &Value, key: &str) -> String {
    buttons(markup)
        .into_iter()
        .map(|(_, d)| d)
        .find(|d| d.split('|').next() == Some(key))
        .unwrap_or_else(|| panic!("no button {key} in {:?}", buttons(markup)))
}

/// The bot's last message (sent or edited) and its keyboard.
fn last_screen(bot: &Bot) -> (Message, Value) {
    let r = bot.get_responses();
    if let Some(e) = r.edited.last() {
        return (e.message.clone(), e.markup.clone());
    }
    let s = r.sent.last().expect("the bot sent nothing");
    (s.message.clone(), s.markup.clone())
}

async fn state(bot: &Bot) -> Option<State> {
    bot.state().await
}

/// Sends a text, checks a new message with exactly the reference reply came back.
async fn type_text(
    bot: &mut Bot,
    s: &Setup,
    reference: &mut State,
    text: &str,
    lang: Option<&str>,
) -> Message {
    bot.text(text, lang);
    bot.dispatch().await;
    let (next, want) = s.content.handle_text(reference, text, today());
    *reference = next;
    let r = bot.get_responses();
    assert_eq!(r.sent.len(), 1, "one message for {text:?}");
    assert!(r.edited.is_empty());
    let got = &r.sent[0];
    assert_eq!(got.text(), Some(want.text.as_str()), "reply to {text:?}");
    let labels: Vec<String> = buttons(&got.markup).into_iter().map(|(l, _)| l).collect();
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
    markup: &Value,
    key: &str,
) -> Message {
    let data = data_for(markup, key);
    assert!(data.len() <= 64, "callback data {data:?} too long");
    bot.update = Some(bot.api.push_tap_on(CHAT, "", message, &data));
    bot.dispatch().await;
    let (next, want) = s
        .content
        .handle(reference, &Input::Button(key.to_string()), today());
    *reference = next;
    let r = bot.get_responses();
    assert_eq!(r.answered_callback_queries, 1, "every tap is answered");
    assert!(r.sent.is_empty(), "a tap edits in place");
    let edited = r.edited.last().expect("edited");
    assert_eq!(edited.message["message_id"], message["message_id"]);
    assert_eq!(
        edited.text(),
        Some(want.text.as_str()),
        "after tapping {key}"
    );
    edited.message.clone()
}

/// The first choice (not navigation) on a screen.
fn first_choice(markup: &Value) -> String {
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
        let mut bot = Bot::with_text(&s, "/start", lang);
        bot.dispatch().await;
        let (_, want) = match lang {
            Some(_) => s.content.welcome(lang, today()),
            None => s.content.pick_language_first(None, today()),
        };
        let r = bot.get_responses();
        assert_eq!(r.sent.len(), 1);
        let got = r.sent[0].text().unwrap_or_default().to_string();
        if lang.is_some() {
            assert_eq!(got, want.text);
        }
        assert!(got.contains(greeting), "{lang:?}: {got}");
        let st = state(&bot).await.expect("state saved");
        let negotiated = lang.map(|l| if l == "en-GB" { "en" } else { "de" });
        assert_eq!(st.lang.as_deref(), negotiated);
        let kb = buttons(&r.sent[0].markup);
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
    let mut bot = Bot::with_text(&s, "/start", Some("de"));
    bot.dispatch().await;
    let (mut reference, _) = s.content.welcome(Some("de"), today());
    let (mut msg, mut markup) = last_screen(&bot);
    for _ in 0..4 {
        let key = first_choice(&markup);
        msg = tap(&mut bot, &s, &mut reference, &msg, &markup, &key).await;
        markup = last_screen(&bot).1;
        assert_eq!(
            state(&bot).await.as_ref(),
            Some(&reference),
            "state kept in sled"
        );
    }
    assert_ne!(reference.node, "main");
    let depth = reference.history.len();
    msg = tap(&mut bot, &s, &mut reference, &msg, &markup, "back").await;
    assert_eq!(reference.history.len(), depth - 1);
    let _ = msg;
    // Typed text works as in the terminal: a command, then a button by its number.
    type_text(&mut bot, &s, &mut reference, "/restart", Some("de")).await;
    assert_eq!(reference.node, "main");
    assert_eq!(state(&bot).await.as_ref(), Some(&reference));
    type_text(&mut bot, &s, &mut reference, "2", Some("de")).await;
    assert_ne!(reference.node, "main");
    // Something that is not text: a hint, and the step again.
    bot.update = Some(bot.api.push_photo(CHAT, "de"));
    bot.dispatch().await;
    let r = bot.get_responses();
    let text = r
        .sent
        .last()
        .and_then(Reply::text)
        .unwrap_or_default()
        .to_string();
    assert!(text.contains("nur Text"), "{text}");
    assert!(text.ends_with(&s.content.current(&reference, today()).text));
    // A shared location goes to the engine as a place (offers near it).
    bot.update = Some(bot.api.push_location(CHAT, "de", 51.2562, 7.1508));
    bot.dispatch().await;
    let input = Input::location(51.2562, 7.1508).expect("a place on Earth");
    let (_, want) = s.content.handle(&reference, &input, today());
    let r = bot.get_responses();
    assert_eq!(
        r.sent.last().and_then(Reply::text),
        Some(want.text.as_str())
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn language_switch_by_picker_and_command() {
    let s = setup();
    let mut bot = Bot::with_text(&s, "/start", Some("de"));
    bot.dispatch().await;
    let (mut reference, _) = s.content.welcome(Some("de"), today());
    let picker = type_text(&mut bot, &s, &mut reference, "/language", Some("de")).await;
    let markup = last_screen(&bot).1;
    assert!(buttons(&markup).iter().any(|(l, _)| l == "English"));
    tap(&mut bot, &s, &mut reference, &picker, &markup, "lang:en").await;
    assert_eq!(reference.lang.as_deref(), Some("en"));
    let r = bot.get_responses();
    let edited = r.edited.last().and_then(Reply::text).unwrap_or_default();
    assert!(edited.contains("English"), "{edited}");
    // The command menu follows the chosen language, for this chat.
    let cmds = r.set_my_commands.last().expect("commands set for the chat");
    assert!(cmds
        .as_array()
        .into_iter()
        .flatten()
        .any(|c| c["command"] == "forget"
            && c["description"]
                .as_str()
                .is_some_and(|d| d.contains("Delete"))));
    assert_eq!(state(&bot).await.and_then(|s| s.lang), Some("en".into()));
    type_text(&mut bot, &s, &mut reference, "/language de", Some("en")).await;
    assert_eq!(reference.lang.as_deref(), Some("de"));
}

#[tokio::test(flavor = "multi_thread")]
async fn deep_link_on_first_contact() {
    let s = setup();
    let mut bot = Bot::with_text(&s, "/start money", Some("en"));
    bot.dispatch().await;
    let (first, _) = s.content.welcome(Some("en"), today());
    let (reference, want) = s.content.handle_text(&first, "/start money", today());
    let r = bot.get_responses();
    assert_eq!(r.sent.len(), 1);
    assert_eq!(r.sent[0].text(), Some(want.text.as_str()));
    let st = state(&bot).await.expect("state");
    assert_eq!(st, reference);
    assert_ne!(st.node, "main", "the link leads into the topic");
    assert_eq!(st.lang.as_deref(), Some("en"));
    // An unknown link: the menu with a gentle note, never an error.
    bot.text("/start no-such-topic", Some("en"));
    bot.dispatch().await;
    let text = bot.get_responses().sent[0]
        .text()
        .unwrap_or_default()
        .to_string();
    assert!(text.contains("link"), "{text}");
}

#[tokio::test(flavor = "multi_thread")]
async fn forged_and_stale_callback_data_reshow_the_current_step() {
    let s = setup();
    let mut bot = Bot::with_text(&s, "/start", Some("en"));
    bot.dispatch().await;
    let (mut reference, _) = s.content.welcome(Some("en"), today());
    let (welcome_msg, welcome_markup) = last_screen(&bot);
    let key = first_choice(&welcome_markup);
    let _ = tap(
        &mut bot,
        &s,
        &mut reference,
        &welcome_msg,
        &welcome_markup,
        &key,
    )
    .await;
    // A new message below (typed), so the first one is old.
    type_text(&mut bot, &s, &mut reference, "/help", Some("en")).await;
    let before = state(&bot).await;
    let stale_back = data_for(&welcome_markup, &key);
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
        bot.update = Some(bot.api.push_tap_on(CHAT, "", &welcome_msg, &forged));
        bot.dispatch().await;
        let r = bot.get_responses();
        assert_eq!(r.answered_callback_queries, 1, "{forged:?} answered");
        // A wrong screen tag: the old message stays as it was, the step comes anew below. (An
        // unknown key with the right tag may edit in place: that message shows this screen.)
        let text = if forged.starts_with("o99") {
            let e = r.edited.last();
            let sent = r.sent.last();
            e.or(sent)
                .and_then(|m| m.text().map(str::to_string))
                .unwrap_or_default()
        } else {
            assert!(
                r.edited.is_empty(),
                "{forged:?} must not edit the old message"
            );
            r.sent
                .last()
                .and_then(Reply::text)
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
    let mut bot = Bot::with_text(&s, "/start", Some("en"));
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
        &markup,
        "forget:yes",
    )
    .await;
    assert_eq!(state(&bot).await, None, "nothing kept");
    let meta = s
        .app
        .store
        .meta(wegweiser::delivery::ChatId(CHAT))
        .expect("meta");
    assert_eq!(meta.pending, None);
    // Coming back later starts afresh, in the phone's language.
    bot.text("/start", Some("en"));
    bot.dispatch().await;
    let (_, want) = s.content.welcome(Some("en"), today());
    assert_eq!(bot.get_responses().sent[0].text(), Some(want.text.as_str()));
}

#[tokio::test(flavor = "multi_thread")]
async fn replayed_update_gets_no_second_reply() {
    let s = setup();
    let mut bot = Bot::with_text(&s, "/start", Some("de"));
    bot.dispatch().await;
    bot.text("2", Some("de"));
    let same = bot.update;
    bot.dispatch().await;
    assert_eq!(bot.get_responses().sent.len(), 1);
    let after = state(&bot).await;
    // Telegram delivers the same update again (a crash before it was confirmed).
    bot.update = same;
    bot.dispatch().await;
    let r = bot.get_responses();
    assert!(r.sent.is_empty() && r.edited.is_empty(), "no second reply");
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
    let mut bot = Bot::with_text(&s, "hallo", Some("de"));
    bot.dispatch().await;
    let (_, want) = s.content.welcome(Some("de"), today());
    assert_eq!(bot.get_responses().sent[0].text(), Some(want.text.as_str()));
    // A state put in through teloxide's Storage trait is the one the handler continues from.
    let (welcome, _) = s.content.welcome(Some("en"), today());
    let (mut reference, _) = s.content.handle_text(&welcome, "/start money", today());
    bot.set_state(reference.clone()).await;
    type_text(&mut bot, &s, &mut reference, "/back", Some("de")).await;
    assert_eq!(state(&bot).await, Some(reference));
}
