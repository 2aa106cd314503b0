//! The engine on a small tree written inline: every rule of navigation in isolation.

use chrono::NaiveDate;

use super::*;
use crate::diag::SourceFile;
use crate::dialog::{load_sources, DialogSources};

const FACTS: &str = r#"
[kids]
type = "numbers"
[bg]
type = "bool"
"#;

const MAIN_TOML: &str = r#"
topic = "main"
start = "main"

[[node]]
id = "main"
type = "question"
text = "t-main"
options = [
  { label = "t-ages", goto = "ages" },
  { label = "t-yes", goto = "route", set = { bg = true } },
]

[[node]]
id = "ages"
type = "input"
text = "t-ages"
fact = "kids"
format = "numbers"
min = 0
max = 26
error = "t-error"
goto = "bg"

[[node]]
id = "bg"
type = "question"
text = "t-bg"
todo = [{ text = "t-todo" }]
options = [
  { label = "t-yes", goto = "route", set = { bg = true } },
  { label = "t-no", goto = "route", set = { bg = false } },
  { label = "t-yes", goto = "main", when = "count(kids) > 5" },
]

[[node]]
id = "route"
type = "branch"
rules = [{ when = "bg", goto = "on-bg" }, { goto = "urgent" }]

[[node]]
id = "on-bg"
type = "info"
text = "t-bg"
next = "main"

[[node]]
id = "urgent"
type = "info"
text = "t-urgent"
end = true
"#;

fn tree() -> Tree {
    let files = vec![
        SourceFile::new("d/facts.toml", FACTS.to_string()),
        SourceFile::new("d/main.toml", MAIN_TOML.to_string()),
    ];
    let (tree, diags) = load_sources(&DialogSources { files });
    assert!(!diags.has_errors(), "{:?}", diags.items);
    tree.expect("tree")
}

fn ctx() -> Ctx<'static> {
    static LANGS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    Ctx {
        today: NaiveDate::from_ymd_opt(2026, 11, 21).expect("date"),
        languages: LANGS.get_or_init(|| vec!["de".into(), "en".into()]),
    }
}

fn texts(r: &Reply) -> Vec<String> {
    r.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Msg(m) => Some(m.id.to_string()),
            _ => None,
        })
        .collect()
}

fn run(tree: &Tree, state: &State, inputs: &[Input]) -> (State, Reply) {
    let mut s = state.clone();
    let mut r = Reply::default();
    for i in inputs {
        (s, r) = step(tree, &s, i, &ctx());
    }
    (s, r)
}

fn tap(key: impl ToString) -> Input {
    Input::Button(key.to_string())
}

#[test]
fn input_validation_and_back_undo_facts_over_several_steps() {
    let t = tree();
    let (s0, _) = welcome(&t, Some("de".into()), &ctx());
    let (s, r) = run(&t, &s0, &[tap("o0"), Input::Text("zwei".into())]);
    assert_eq!(s.node, "ages");
    assert_eq!(texts(&r), ["t-error", "t-ages"]);
    assert!(r.expects_text);
    let (s, r) = run(&t, &s, &[Input::Text("2, 8".into()), tap("o1")]);
    // bg = false routes through the branch to urgent help.
    assert_eq!(s.node, "urgent");
    assert_eq!(s.facts.get("bg"), Some(&Value::Bool(false)));
    assert_eq!(s.todos, ["t-todo"]);
    assert_eq!(texts(&r), ["t-urgent"]);
    // Back twice: the answers given on the way are undone; the to-do of the screen the
    // parent read stays (navigation is not an undo).
    let (s, _) = run(&t, &s, &[Input::Command(Command::Back)]);
    assert_eq!(s.node, "bg");
    assert_eq!(s.facts.get("bg"), None);
    let (s, _) = run(&t, &s, &[Input::Command(Command::Back)]);
    assert_eq!(s.node, "ages");
    assert_eq!(s.facts.get("kids"), None);
    assert_eq!(s.todos, ["t-todo"]);
    let (s, r) = run(
        &t,
        &s,
        &[Input::Command(Command::Back), Input::Command(Command::Back)],
    );
    assert_eq!(s.node, "main");
    assert_eq!(texts(&r), ["hint-at-start", "t-main"]);
}

#[test]
fn hidden_options_and_stale_buttons_reshow_the_step() {
    let t = tree();
    let (s0, _) = welcome(&t, None, &ctx());
    let (s, r) = run(&t, &s0, &[tap("o0"), Input::Text("3".into())]);
    assert_eq!(s.node, "bg");
    // The third option needs more than five children: not shown, not tappable.
    assert_eq!(r.buttons.iter().filter(|b| !b.nav).count(), 2);
    for key in ["o2", "o9", "next", "lang:de", "", "🙂"] {
        let (s2, r2) = run(&t, &s, &[tap(key)]);
        assert_eq!(s2.node, "bg", "{key}");
        assert_eq!(texts(&r2), ["hint-stale-button", "t-bg"], "{key}");
    }
}

#[test]
fn a_vanished_node_restarts_gracefully_keeping_the_language() {
    let t = tree();
    let mut s = State::new(Some("en".into()));
    s.node = "deleted-by-coordinator".into();
    s.facts.insert("kids".into(), Value::List(vec![4.0]));
    s.facts.insert("gone_fact".into(), Value::Bool(true));
    s.facts
        .insert("bg".into(), Value::Text("wrong type".into()));
    let (s2, r) = run(&t, &s, &[tap("o0")]);
    assert_eq!(s2.node, "main");
    assert_eq!(s2.lang.as_deref(), Some("en"));
    assert_eq!(texts(&r), ["sys-updated", "t-main"]);
}

#[test]
fn facts_from_older_files_are_repaired_not_fatal() {
    let t = tree();
    let mut s = State::new(None);
    s.node = "bg".into();
    s.facts.insert("gone_fact".into(), Value::Bool(true));
    s.facts
        .insert("bg".into(), Value::Text("wrong type".into()));
    s.history.push(Frame {
        node: "gone".into(),
        undo: vec![],
    });
    let r = view(&t, &s, &ctx());
    assert_eq!(texts(&r), ["t-bg"]);
    let (s2, _) = run(&t, &s, &[Input::Command(Command::Back)]);
    assert!(s2.facts.is_empty());
    assert_eq!(s2.node, "bg");
}

#[test]
fn language_forget_restart_and_deep_links() {
    let t = tree();
    let (s0, _) = welcome(&t, Some("de".into()), &ctx());
    let (s, r) = run(
        &t,
        &s0,
        &[Input::Command(Command::Language(Some("EN-us".into())))],
    );
    assert_eq!(s.lang.as_deref(), Some("en"));
    assert_eq!(r.effects, [Effect::LanguageChanged]);
    let (s, r) = run(
        &t,
        &s,
        &[Input::Command(Command::Language(Some("xx".into())))],
    );
    assert_eq!(s.overlay, Overlay::LanguagePicker);
    assert_eq!(r.buttons.len(), 2);
    let (s, _) = run(&t, &s, &[tap("lang:de")]);
    assert_eq!((s.lang.as_deref(), s.overlay), (Some("de"), Overlay::None));
    // Restart keeps the language, drops the answers.
    let (s, _) = run(&t, &s, &[tap("o1"), Input::Command(Command::Restart)]);
    assert!(s.facts.is_empty() && s.history.is_empty());
    assert_eq!(s.lang.as_deref(), Some("de"));
    // Forget asks first; "no" keeps everything.
    let (s, _) = run(
        &t,
        &s,
        &[
            tap("o0"),
            Input::Command(Command::Forget),
            tap(Key::ForgetNo),
        ],
    );
    assert_eq!(s.node, "ages");
    let (s, r) = run(
        &t,
        &s,
        &[Input::Command(Command::Forget), tap(Key::ForgetYes)],
    );
    assert_eq!(r.effects, [Effect::Forget]);
    assert_eq!(s, State::new(None));
    // A deep link to a topic starts there; an unknown one says so and shows the menu.
    let (s, _) = run(&t, &s, &[Input::Start(Some("main".into()))]);
    assert_eq!(s.node, "main");
    let (_, r) = run(&t, &s, &[Input::Start(Some("no-such-topic".into()))]);
    assert_eq!(texts(&r), ["sys-unknown-link", "t-main"]);
}

#[test]
fn urgent_help_and_menu_from_everywhere() {
    let t = tree();
    let (s0, _) = welcome(&t, None, &ctx());
    let (s, r) = run(&t, &s0, &[tap("o0")]);
    let keys: Vec<Option<Key>> = r.buttons.iter().map(|b| Key::parse(&b.key)).collect();
    assert_eq!(keys, [Some(Key::Back), Some(Key::Menu), Some(Key::Urgent)]);
    let (s, _) = run(&t, &s, &[tap(Key::Urgent)]);
    assert_eq!(s.node, "urgent");
    let (s, _) = run(&t, &s, &[tap(Key::Back)]);
    assert_eq!(s.node, "ages");
    let (s, _) = run(&t, &s, &[tap(Key::Menu)]);
    assert_eq!(s.node, "main");
}

/// `/menu` typed twice, then Back: the parent comes back to where they were before the menu,
/// not to the same menu again (which on Telegram is an edit that changes nothing: the tap
/// seems dead).
#[test]
fn going_where_one_already_is_leaves_no_step_to_go_back_to() {
    let t = tree();
    let (s0, _) = welcome(&t, None, &ctx());
    let (s, _) = run(&t, &s0, &[tap("o0")]);
    assert_eq!(s.node, "ages");
    let (s, _) = run(&t, &s, &[Input::Command(Command::Menu)]);
    let depth = s.history.len();
    let (s, _) = run(&t, &s, &[Input::Command(Command::Menu), tap(Key::Menu)]);
    assert_eq!((s.node.as_str(), s.history.len()), ("main", depth));
    let (s, _) = run(&t, &s, &[tap(Key::Back)]);
    assert_eq!(s.node, "ages");
    let (s, _) = run(
        &t,
        &s,
        &[
            Input::Command(Command::Urgent),
            Input::Command(Command::Urgent),
        ],
    );
    let (s, _) = run(&t, &s, &[tap(Key::Back)]);
    assert_eq!(s.node, "ages");
}

#[test]
fn first_contact_picker_keeps_a_deep_link_for_after_the_choice() {
    let files = vec![
        SourceFile::new("d/facts.toml", FACTS.to_string()),
        SourceFile::new("d/main.toml", MAIN_TOML.to_string()),
        SourceFile::new(
            "d/extra.toml",
            "topic = \"extra\"\nstart = \"extra-start\"\n\n[[node]]\nid = \"extra-start\"\ntype = \"info\"\ntext = \"t-extra\"\nnext = \"main\"\n".to_string(),
        ),
    ];
    let (t, diags) = load_sources(&DialogSources { files });
    assert!(!diags.has_errors(), "{:?}", diags.items);
    let t = t.expect("tree");
    let (s, r) = welcome_picker(&t, Some("extra"), &ctx());
    assert_eq!(s.overlay, Overlay::LanguagePicker);
    assert_eq!(s.after_language.as_deref(), Some("extra"));
    assert_eq!(texts(&r), ["lang-choose"]);
    // The choice leads into the linked topic, in the chosen language.
    let (s2, r2) = run(&t, &s, &[tap("lang:en")]);
    assert_eq!(
        (s2.node.as_str(), s2.lang.as_deref()),
        ("extra-start", Some("en"))
    );
    assert_eq!(texts(&r2), ["t-extra"]);
    assert_eq!(r2.effects, [Effect::LanguageChanged]);
    assert_eq!(s2.after_language, None);
    // Typed, too; without a link the greeting comes after the choice.
    let (s3, _) = run(&t, &s, &[Input::Text("de".into())]);
    assert_eq!(s3.node, "extra-start");
    let (plain, _) = welcome_picker(&t, None, &ctx());
    let (s4, r4) = run(&t, &plain, &[tap("lang:de")]);
    assert_eq!(s4.node, "main");
    assert_eq!(texts(&r4), ["sys-welcome", "t-main"]);
    // Anything else meanwhile drops the link; an unknown topic is never kept.
    let (s5, _) = run(
        &t,
        &s,
        &[
            Input::Command(Command::Urgent),
            Input::Command(Command::Language(None)),
            tap("lang:en"),
        ],
    );
    assert_ne!(s5.node, "extra-start");
    assert_eq!(
        welcome_picker(&t, Some("nope"), &ctx()).0.after_language,
        None
    );
    // A language changed later is just that.
    let (_, r6) = run(
        &t,
        &s4,
        &[Input::Command(Command::Language(Some("en".into())))],
    );
    assert_eq!(texts(&r6), ["lang-changed", "t-main"]);
}
