//! The checklist: Back keeps what the parent read; a changed answer retracts what it implied.

mod support;

use support::shipped::content;

use chrono::NaiveDate;
use wegweiser::conversation::Content;
use wegweiser::engine::State;

fn say(content: &Content, state: State, lines: &[&str]) -> State {
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    lines
        .iter()
        .fold(state, |s, l| content.handle_text(&s, l, today).0)
}

#[test]
fn back_keeps_steps_and_a_changed_answer_retracts_them() {
    let content = content();
    let start = State::new(Some("de".into()));
    let s = say(
        &content,
        start,
        &[
            "Was steht mir zu",
            "2 8",
            "Ja",
            "Nichts",
            "Nein",
            "Aufenthaltstitel",
        ],
    );
    assert!(
        s.todos.iter().any(|t| t == "money-todo-mehrbedarf"),
        "{:?}",
        s.todos
    );
    // Back to the Bürgergeld question: nothing the parent read is gone.
    let s = say(&content, s, &["/back", "/back", "/back", "/back"]);
    assert_eq!(s.node, "money-check-bg");
    assert!(
        s.todos.iter().any(|t| t == "money-todo-mehrbedarf"),
        "{:?}",
        s.todos
    );
    // Not on Bürgergeld after all: the check's steps follow the new answers.
    let s = say(&content, s, &["Nein", "Nichts", "Nein", "Aufenthaltstitel"]);
    assert_eq!(s.node, "money-check");
    assert!(
        !s.todos.iter().any(|t| t == "money-todo-mehrbedarf"),
        "Mehrbedarf needs Bürgergeld: {:?}",
        s.todos
    );
    let mut sorted = s.todos.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), s.todos.len(), "no step twice: {:?}", s.todos);
}
