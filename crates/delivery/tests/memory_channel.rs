//! The delivery core with a channel that lives in memory: whole conversations, a crash in the
//! middle of a reply, a restart from disk, a reply that cannot be delivered, a flood. No
//! messenger, no network: what holds here holds for every channel.

use std::collections::VecDeque;
use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use wegweiser_conversation::conversation::Content;
use wegweiser_delivery::{
    flow, Action, App, Channel, ChannelError, ChatId, DeliveryStore, Event, Incoming, Limits,
    Performed, Texts, TreeNames, Verdict,
};
use wegweiser_store::SledStore;

const NAMES: TreeNames = TreeNames {
    chats: "mem_chats",
    inbox: "mem_inbox",
    seen: "mem_seen",
    guard: "mem_guard",
    key_prefix: "mem",
};
const CHAT: ChatId = ChatId(42);

/// A messenger in memory: every action it carried out, in order; failures on demand.
#[derive(Default)]
struct Memory {
    done: Mutex<Vec<Action>>,
    notices: Mutex<Vec<String>>,
    /// What the next calls do instead of succeeding, in order (`None`: succeed).
    failures: Mutex<VecDeque<Option<ChannelError>>>,
    next_message: Mutex<i32>,
}

impl Memory {
    fn fail_next(&self, plan: impl IntoIterator<Item = Option<ChannelError>>) {
        self.failures.lock().expect("lock").extend(plan);
    }

    fn take(&self) -> Vec<Action> {
        std::mem::take(&mut *self.done.lock().expect("lock"))
    }

    fn sends(actions: &[Action]) -> Vec<&str> {
        actions
            .iter()
            .filter_map(|a| match a {
                Action::Send { text, .. } | Action::Edit { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }
}

impl Channel for Memory {
    const LIMITS: Limits = Limits {
        max_text: 1000,
        text_margin: 0,
        max_parts: 3,
        max_callback_data: 64,
        nav_per_row: 3,
        nav_label_width: 12,
        row_label_width: 40,
    };
    // The Telegram bot's texts: they are in every shipped locale.
    const TEXTS: Texts = Texts {
        slow_down: "tg-slow-down",
        only_text: "tg-only-text",
        contact_not_kept: "tg-contact-not-kept",
        shortened: "tg-text-shortened",
        choose: "tg-choose",
        map: "tg-map",
        nav_back: "tg-nav-back",
        nav_menu: "tg-nav-menu",
        nav_urgent: "tg-nav-urgent",
        lang_prompt: "tg-lang-prompt",
        postcode_from_location: "tg-postcode-from-location",
        location_no_postcode: "tg-location-no-postcode",
    };

    async fn perform(
        &self,
        _chat: ChatId,
        action: &Action,
        _content: &Content,
    ) -> Result<Performed, ChannelError> {
        if let Some(Some(e)) = self.failures.lock().expect("lock").pop_front() {
            return Err(e);
        }
        self.done.lock().expect("lock").push(action.clone());
        let mut next = self.next_message.lock().expect("lock");
        Ok(match action {
            Action::Send { .. } | Action::Venue { .. } => {
                *next += 1;
                Performed {
                    shows: Some(*next),
                    sent: true,
                }
            }
            Action::Edit { message, .. } => Performed {
                shows: Some(*message),
                sent: false,
            },
            _ => Performed::default(),
        })
    }

    async fn notify(&self, _chat: ChatId, text: &str) -> Result<(), ChannelError> {
        self.notices.lock().expect("lock").push(text.to_string());
        Ok(())
    }
}

fn content() -> Content {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let code: wegweiser_content::check::CodeMessages = &[
        wegweiser_core::engine::SYSTEM_MESSAGES,
        wegweiser_core::engine::place::MESSAGES,
        wegweiser_offers::MESSAGES,
        wegweiser_delivery::ADMIN_MESSAGES,
    ];
    match Content::load(&root.join("dialogs"), &root.join("locales"), code) {
        Ok((c, _)) => c,
        Err(r) => panic!("shipped files do not load: {:?}", r.lines()),
    }
}

fn app(data: &Path) -> App {
    let store = DeliveryStore::new(SledStore::open(data).expect("open"), NAMES).expect("trees");
    App::new(
        content(),
        Arc::new(store),
        NaiveDate::from_ymd_opt(2026, 12, 1),
    )
}

fn text(t: &str) -> Option<Incoming> {
    Some(Incoming {
        chat: CHAT,
        lang_hint: Some("de".into()),
        event: Event::Text(t.into()),
    })
}

/// A tap on the button labelled `label` of the last keyboard the channel showed.
fn tap(shown: &[Action], label: &str) -> Option<Incoming> {
    let (message, data) = shown
        .iter()
        .rev()
        .find_map(|a| match a {
            Action::Send { keyboard, .. } | Action::Edit { keyboard, .. }
                if !keyboard.is_empty() =>
            {
                let data = keyboard
                    .iter()
                    .flatten()
                    .find(|(l, _)| l.contains(label))
                    .map(|(_, d)| d.clone());
                Some((shown.len() as i32, data))
            }
            _ => None,
        })
        .expect("a keyboard was shown");
    let data = data.unwrap_or_else(|| panic!("no button {label:?} in {shown:?}"));
    Some(Incoming {
        chat: CHAT,
        lang_hint: Some("de".into()),
        event: Event::Tap {
            query: format!("q{message}"),
            data,
            message: Some(message),
        },
    })
}

#[tokio::test]
async fn a_conversation_is_stepped_committed_and_sent_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = app(dir.path());
    let ch = Memory::default();
    flow::handle(&ch, &app, 1, text("/start"))
        .await
        .expect("start");
    let welcome = ch.take();
    assert!(
        Memory::sends(&welcome)
            .iter()
            .any(|t| t.contains("Hauptmenü") || t.contains("Willkommen")),
        "{welcome:?}"
    );
    flow::handle(&ch, &app, 2, tap(&welcome, "Geld und Leistungen"))
        .await
        .expect("tap");
    let money = ch.take();
    assert!(
        matches!(money.first(), Some(Action::Answer { .. })),
        "the tap is answered first: {money:?}"
    );
    assert!(
        money.iter().any(|a| matches!(a, Action::Edit { .. })),
        "the tapped message shows the next step: {money:?}"
    );
    let state = app.store.state(CHAT).expect("state").expect("kept");
    assert!(state.node.starts_with("money"), "{}", state.node);
    // The same update again (a redelivery): nothing is stepped or sent twice.
    flow::handle(&ch, &app, 2, tap(&welcome, "Geld und Leistungen"))
        .await
        .expect("replay");
    assert!(ch.take().is_empty());
    assert_eq!(app.store.state(CHAT).expect("state"), Some(state));
    assert_eq!(app.store.meta(CHAT).expect("meta").last, 2);
}

#[tokio::test]
async fn a_reply_cut_off_by_the_channel_is_finished_first_and_never_repeated() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ch = Memory::default();
    {
        let app = app(dir.path());
        flow::handle(&ch, &app, 1, text("/start"))
            .await
            .expect("start");
        let welcome = ch.take();
        // The answer to the tap goes out, then the channel is down for the rest.
        ch.fail_next([None, Some(ChannelError::Transient("502".into()))]);
        let err = flow::handle(&ch, &app, 2, tap(&welcome, "Geld und Leistungen")).await;
        assert!(err.is_err(), "a transient failure is reported");
        let half = ch.take();
        assert_eq!(half.len(), 1, "only the answer went out: {half:?}");
        let pending = app
            .store
            .meta(CHAT)
            .expect("meta")
            .pending
            .expect("pending");
        assert_eq!((pending.update, pending.done), (2, 1));
        app.store.flush().await.expect("flush");
    }
    // The process restarts; the channel replays update 2 from its inbox.
    let app = app(dir.path());
    let state_before = app.store.state(CHAT).expect("state");
    flow::handle(
        &ch,
        &app,
        2,
        text("ignored: the committed plan is finished instead"),
    )
    .await
    .expect("replay");
    let rest = ch.take();
    assert!(
        !rest.iter().any(|a| matches!(a, Action::Answer { .. })),
        "the answer is not repeated: {rest:?}"
    );
    assert!(rest.iter().any(|a| matches!(a, Action::Edit { .. })));
    assert_eq!(
        app.store.state(CHAT).expect("state"),
        state_before,
        "the engine did not step a second time"
    );
    assert!(app.store.meta(CHAT).expect("meta").pending.is_none());
}

#[tokio::test]
async fn an_older_pending_reply_goes_out_before_the_next_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = app(dir.path());
    let ch = Memory::default();
    ch.fail_next([Some(ChannelError::Transient("timeout".into()))]);
    assert!(flow::handle(&ch, &app, 1, text("/start")).await.is_err());
    assert!(ch.take().is_empty());
    flow::handle(&ch, &app, 2, text("/help"))
        .await
        .expect("help");
    let both = Memory::sends(&ch.take()).len();
    assert!(both >= 2, "the welcome, then the help");
    assert_eq!(app.store.meta(CHAT).expect("meta").last, 2);
}

#[tokio::test]
async fn an_undeliverable_reply_is_dropped_and_the_chat_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = app(dir.path());
    let ch = Memory::default();
    ch.fail_next([Some(ChannelError::Permanent("blocked".into()))]);
    flow::handle(&ch, &app, 1, text("/start"))
        .await
        .expect("dropped, not an error");
    let meta = app.store.meta(CHAT).expect("meta");
    assert_eq!((meta.last, meta.pending), (1, None));
    flow::handle(&ch, &app, 2, text("/menu"))
        .await
        .expect("menu");
    assert!(!ch.take().is_empty());
}

#[tokio::test]
async fn a_flood_gets_one_notice_and_nothing_is_stepped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = app(dir.path()).with_flood_limit(2, 1);
    let ch = Memory::default();
    let verdicts: Vec<Verdict> = (1..=4).map(|u| app.limit.admit(u, Some(CHAT.0))).collect();
    assert_eq!(
        verdicts,
        [
            Verdict::Allow,
            Verdict::Allow,
            Verdict::Notice,
            Verdict::Drop
        ]
    );
    for u in 1..=4 {
        flow::handle(&ch, &app, u, text("/start"))
            .await
            .expect("handled");
    }
    assert_eq!(ch.notices.lock().expect("lock").len(), 1);
    assert_eq!(app.store.meta(CHAT).expect("meta").last, 2);
}
