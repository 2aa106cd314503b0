//! Every screen of every node, in every shipped locale, against a phone's screen: about 20
//! lines of 38 characters. Longer screens are scrolled past by a tired parent; the details
//! belong one tap away.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use wegweiser::conversation::Content;
use wegweiser::dialog::expr::Value;
use wegweiser::dialog::NodeKind;
use wegweiser::engine::{self, Ctx, State};

use wegweiser::conversation::{phone_lines, PHONE_LINES as BUDGET, PHONE_LINE_WIDTH as LINE_WIDTH};

fn content() -> Content {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match Content::load(&root.join("dialogs"), &root.join("locales")) {
        Ok((c, _)) => c,
        Err(report) => panic!("shipped files do not load:\n{}", report.lines().join("\n")),
    }
}

fn families() -> Vec<BTreeMap<String, Value>> {
    let f = |ages: &[f64], bg: bool, earn: &str, maint: &str, res: &str| {
        BTreeMap::from([
            ("child_ages".to_string(), Value::List(ages.to_vec())),
            (
                "child_age".to_string(),
                Value::Num(ages.first().copied().unwrap_or(3.0)),
            ),
            ("buergergeld".to_string(), Value::Bool(bg)),
            ("earnings".to_string(), Value::Text(earn.into())),
            ("maintenance".to_string(), Value::Text(maint.into())),
            ("residence".to_string(), Value::Text(res.into())),
        ])
    };
    vec![
        BTreeMap::new(),
        f(&[2.0, 8.0], true, "none", "none", "permit"),
        f(&[6.0], false, "from_600", "none", "de_eu"),
        f(&[12.0, 15.0], false, "over_2000", "partly", "ukraine"),
    ]
}

#[test]
fn every_screen_fits_a_phone() {
    let content = content();
    let tree = &content.tree;
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
    let languages = content.locales.languages().to_vec();
    let ctx = Ctx {
        today,
        languages: &languages,
    };
    // Every to-do the tree can gather: the summary at its longest.
    let mut all_todos: Vec<String> = Vec::new();
    for node in &tree.nodes {
        all_todos.extend(node.todo.iter().map(|t| t.text.clone()));
        if let NodeKind::Check { items, .. } = &node.kind {
            for item in items {
                all_todos.extend(item.rules.iter().filter_map(|r| r.todo.clone()));
            }
        }
    }
    all_todos.dedup();
    let mut over = Vec::new();
    let mut longest = (0, String::new());
    for lang in &languages {
        for node in tree
            .nodes
            .iter()
            .filter(|n| !matches!(n.kind, NodeKind::Branch { .. }))
        {
            for facts in families() {
                let mut state = State::new(Some(lang.clone()));
                state.node = node.id.clone();
                state.facts = facts;
                state.todos = all_todos.clone();
                // Every screen of the node: "read on" until the last.
                for page in 0.. {
                    state.text_page = page;
                    let reply = engine::view(tree, &state, &ctx);
                    let shown = content.render(&state, &reply);
                    let n = phone_lines(&shown.text);
                    if n > longest.0 {
                        longest = (n, format!("{lang} {} screen {}", node.id, page + 1));
                    }
                    if n > BUDGET {
                        over.push(format!("{lang} {} screen {}: {n} lines", node.id, page + 1));
                    }
                    if !shown.buttons.iter().any(|b| b.key == engine::KEY_READ_MORE) {
                        break;
                    }
                    assert!(page < 30, "{lang} {}: no end to reading on", node.id);
                }
            }
        }
    }
    over.sort();
    over.dedup();
    println!("longest: {} lines ({})", longest.0, longest.1);
    assert!(
        over.is_empty(),
        "{} screens over {BUDGET} phone lines of {LINE_WIDTH} characters; longest {} ({}):\n{}",
        over.len(),
        longest.0,
        longest.1,
        over.join("\n")
    );
}
