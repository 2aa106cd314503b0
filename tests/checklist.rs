//! One checklist, derived from the verdicts: for many families, after reading the benefit
//! pages and then taking the check, the to-dos agree with the result in every language. An
//! "unlikely" gives no to-do, a "maybe" its conditional one (never the "likely" one), and each
//! office action is one line.

mod support;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use support::shipped::content;
use wegweiser::conversation::Content;
use wegweiser::dialog::expr::Value;
use wegweiser::dialog::{MsgId, NodeKind, Tree, Verdict};
use wegweiser::engine::{self, Input, Msg, State};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
}

/// Taps the button of the current step whose option sets `fact` to `value` (by meaning, so
/// the script holds in every language and whatever the order of the buttons).
fn choose(content: &Content, s: State, fact: &str, value: &Value) -> State {
    let node = content.tree.node(&s.node).expect("node");
    let i = node
        .options
        .iter()
        .position(|o| o.set.iter().any(|(f, v)| f == fact && v == value))
        .unwrap_or_else(|| panic!("{}: no option sets {fact} = {value:?}", s.node));
    content
        .handle(&s, &Input::Button(format!("o{i}")), today())
        .0
}

/// Taps the button labelled `label` (a message id) on the current step.
fn tap(content: &Content, s: State, label: &str) -> State {
    let node = content.tree.node(&s.node).expect("node");
    let i = node
        .options
        .iter()
        .position(|o| o.label == label)
        .unwrap_or_else(|| panic!("{}: no button {label}", s.node));
    content
        .handle(&s, &Input::Button(format!("o{i}")), today())
        .0
}

struct Family {
    ages: &'static str,
    bg: bool,
    earnings: &'static str,
    maintenance: &'static str,
    residence: &'static str,
}

fn families() -> Vec<Family> {
    let ages = [
        "0", "2", "4", "2 4", "8", "2 8", "14", "12 15", "16 17", "6 13", "0 3 9", "19", "26",
    ];
    let mut out = Vec::new();
    for a in ages {
        for bg in [true, false] {
            for e in ["none", "under_600", "from_600", "over_2000"] {
                for m in ["pays", "partly", "none"] {
                    for r in ["de_eu", "permit", "ukraine", "asylum"] {
                        out.push(Family {
                            ages: a,
                            bg,
                            earnings: e,
                            maintenance: m,
                            residence: r,
                        });
                    }
                }
            }
        }
    }
    out
}

/// Reads the benefit pages first (their general to-dos), then takes the check.
fn walk(content: &Content, f: &Family, lang: &str, arrival: &str) -> State {
    let tree = &content.tree;
    let mut s = State::new(Some(lang.into()));
    for (group, page) in [
        ("money-group-school", "money-opt-but"),
        ("money-group-school", "money-opt-kita-fees"),
        ("money-group-children", "money-opt-uvg"),
        ("money-group-children", "money-opt-kindergeld"),
        ("money-group-children", "money-opt-kiz"),
        ("money-group-living", "money-opt-wohngeld"),
        ("money-group-law", "money-opt-beratungshilfe"),
    ] {
        s.node = group.into();
        s = tap(content, s, page);
    }
    s.node = "money-check-ages".into();
    s = content.handle(&s, &Input::Text(f.ages.into()), today()).0;
    assert_eq!(s.node, "money-check-bg", "ages {} not taken", f.ages);
    s = choose(content, s, "buergergeld", &Value::Bool(f.bg));
    s = choose(content, s, "earnings", &Value::Text(f.earnings.into()));
    s = choose(
        content,
        s,
        "maintenance",
        &Value::Text(f.maintenance.into()),
    );
    s = choose(content, s, "residence", &Value::Text(f.residence.into()));
    if s.node == "money-check-arrival" {
        s = choose(content, s, "ua_arrival", &Value::Text(arrival.into()));
    }
    assert_eq!(s.node, "money-check");
    let _ = tree;
    s
}

/// Every to-do a likely rule of the item with this action gives.
fn likely_todos(tree: &Tree, action: &str) -> Vec<MsgId> {
    tree.nodes
        .iter()
        .filter_map(|n| match &n.kind {
            NodeKind::Check { items, .. } => Some(items),
            _ => None,
        })
        .flatten()
        .filter(|i| i.action.as_deref() == Some(action))
        .flat_map(|i| i.rules.iter())
        .filter(|r| r.verdict == Verdict::Likely)
        .filter_map(|r| r.todo.clone())
        .collect()
}

fn assert_consistent(content: &Content, s: &State, what: &str) {
    let tree = &content.tree;
    let check = tree.node("money-check").expect("check");
    for line in engine::check_decisions(tree, check, s, today()) {
        let engine::CheckLine {
            name,
            action,
            verdict,
            todo,
        } = line;
        let action = action.unwrap_or_else(|| panic!("{name} has no action"));
        let of_action: Vec<&MsgId> = s
            .todos
            .iter()
            .filter(|t| tree.todo_action(t) == Some(action.as_str()))
            .collect();
        match verdict {
            None | Some(Verdict::Unlikely) => assert!(
                of_action.is_empty(),
                "{what}: {name} is {verdict:?}, yet the list has {of_action:?}"
            ),
            Some(Verdict::Maybe) => {
                if let Some(t) = &todo {
                    // A to-do two benefits share (one question at one office) counts for both.
                    assert!(s.todos.contains(t), "{what}: {name} maybe lacks {t}");
                    assert!(
                        of_action.iter().all(|x| *x == t),
                        "{what}: {name} {of_action:?}"
                    );
                }
                let likely = likely_todos(tree, &action);
                assert!(
                    of_action.iter().all(|t| !likely.contains(t)),
                    "{what}: {name} is a maybe, but its to-do is the likely one: {of_action:?}"
                );
            }
            Some(Verdict::Likely) => {
                if let Some(t) = &todo {
                    assert!(s.todos.contains(t), "{what}: {name} likely lacks {t}");
                    assert!(
                        of_action.iter().all(|x| *x == t),
                        "{what}: {name} {of_action:?}"
                    );
                }
            }
        }
    }
    // One line per office action, each to-do once.
    let mut seen = BTreeSet::new();
    for t in &s.todos {
        assert!(seen.insert(t.clone()), "{what}: {t} twice in {:?}", s.todos);
    }
    let mut actions = BTreeSet::new();
    for a in s.todos.iter().filter_map(|t| tree.todo_action(t)) {
        assert!(
            actions.insert(a),
            "{what}: two to-dos for {a}: {:?}",
            s.todos
        );
    }
    // No school supplies for a family whose children are all below school age.
    let ages = match s.facts.get("child_ages") {
        Some(Value::List(a)) => a.clone(),
        _ => Vec::new(),
    };
    if ages.iter().all(|a| *a < 6.0) {
        assert!(
            !s.todos.iter().any(|t| t == "money-todo-but-jobcenter"),
            "{what}: school supplies for a child in Kita"
        );
    }
}

#[test]
fn the_checklist_follows_the_verdicts_for_every_family() {
    let content = content();
    let mut n = 0;
    for f in families() {
        for arrival in ["before_april_2025", "from_april_2025"] {
            let s = walk(&content, &f, "de", arrival);
            let what = format!(
                "{} bg={} {} {} {} {arrival}",
                f.ages, f.bg, f.earnings, f.maintenance, f.residence
            );
            assert_consistent(&content, &s, &what);
            // Back and the menu keep the list; the summary shows each to-do once.
            let after = content
                .handle(&s, &Input::Command(engine::Command::Back), today())
                .0;
            let after = content
                .handle(&after, &Input::Command(engine::Command::Menu), today())
                .0;
            assert_eq!(
                after.todos, s.todos,
                "{what}: Back and Menu keep the to-dos"
            );
            n += 1;
            if f.residence != "ukraine" {
                break;
            }
        }
    }
    assert!(n > 1000, "{n} families");
}

/// Every screen of the step, "read on" after "read on".
fn all_pages(content: &Content, mut s: State) -> String {
    let mut out = String::new();
    for page in 0..30 {
        s.text_page = page;
        let shown = content.current(&s, today());
        out.push_str(&shown.text);
        out.push('\n');
        if !shown
            .buttons
            .iter()
            .any(|b| b.key == engine::Key::ReadMore.to_string())
        {
            break;
        }
    }
    out
}

/// The same in every language: the summary shows each to-do once, in that language.
#[test]
fn the_summary_lists_each_step_once_in_every_language() {
    let content = content();
    let langs: Vec<String> = content.locales.languages().to_vec();
    let picks = [
        ("14", true, "none", "none", "de_eu"),
        ("2 4", false, "from_600", "partly", "permit"),
        ("12 15", false, "from_600", "none", "ukraine"),
        ("0 3 9", true, "under_600", "none", "ukraine"),
        ("2 8", true, "none", "none", "asylum"),
    ];
    for lang in &langs {
        for (ages, bg, e, m, r) in picks {
            let f = Family {
                ages,
                bg,
                earnings: e,
                maintenance: m,
                residence: r,
            };
            let s = walk(&content, &f, lang, "from_april_2025");
            assert_consistent(&content, &s, &format!("{lang} {ages}"));
            let mut sum = s.clone();
            sum.node = "main-summary".into();
            let plain = |t: &str| -> String {
                t.chars()
                    .filter(|c| !wegweiser::i18n::bidi::is_control(*c))
                    .collect()
            };
            let shown = plain(&all_pages(&content, sum.clone()));
            let ctx = engine::Ctx {
                today: today(),
                languages: &langs,
            };
            let globals = engine::view(&content.tree, &sum, &ctx).globals;
            for t in &s.todos {
                let line = content.locales.render(lang, &Msg::new(t.clone()), &globals);
                // Each step is on the summary, once (its first line: a long one is paged).
                let head = plain(line.lines().next().unwrap_or_default());
                assert_eq!(
                    shown.matches(&head).count(),
                    1,
                    "{lang} {ages}: {t} not once on\n{shown}"
                );
            }
        }
    }
}

/// The issue's examples, one by one.
#[test]
fn the_issues_contradictions_are_gone() {
    let content = content();
    let f = |ages, bg, e, m, r| Family {
        ages,
        bg,
        earnings: e,
        maintenance: m,
        residence: r,
    };
    // A 14-year-old on Bürgergeld without earnings: UVG only once earning 600 €.
    let s = walk(&content, &f("14", true, "none", "none", "de_eu"), "de", "");
    assert!(s.todos.iter().any(|t| t == "money-todo-uvg-from-600"));
    assert!(!s.todos.iter().any(|t| t == "money-todo-uvg"));
    // Kita fees a "maybe" with earnings: the waiver once Kinderzuschlag or Wohngeld is granted.
    let s = walk(
        &content,
        &f("2 4", false, "over_2000", "pays", "de_eu"),
        "de",
        "",
    );
    assert!(s.todos.iter().any(|t| t == "money-todo-kita-fees-maybe"));
    assert!(!s.todos.iter().any(|t| t == "money-todo-kita-fees"));
    // Bildung und Teilhabe once, and without school supplies for children in Kita.
    let s = walk(&content, &f("2 4", true, "none", "none", "de_eu"), "de", "");
    let but: Vec<&MsgId> = s.todos.iter().filter(|t| t.contains("-but")).collect();
    assert_eq!(but, vec!["money-todo-but-jobcenter-kita"], "{:?}", s.todos);
    // Kindergeld only if not paid yet.
    let de = content
        .locales
        .render("de", &Msg::new("money-todo-kindergeld"), &[]);
    assert!(de.contains("Wenn Sie noch kein"), "{de}");
}

/// Every to-do a "maybe" gives reads as a condition (in German, the source of the others).
#[test]
fn maybe_todos_are_phrased_as_conditions() {
    let content = content();
    for node in &content.tree.nodes {
        let NodeKind::Check { items, .. } = &node.kind else {
            continue;
        };
        for rule in items.iter().flat_map(|i| &i.rules) {
            if let (Verdict::Maybe, Some(t)) = (rule.verdict, &rule.todo) {
                let de = content
                    .locales
                    .render("de", &Msg::new(t.clone()), &[])
                    .to_lowercase();
                assert!(
                    ["wenn ", "sobald ", "falls ", "prüfen", "fragen"]
                        .iter()
                        .any(|w| de.contains(w)),
                    "{t}: {de}"
                );
            }
        }
    }
}
