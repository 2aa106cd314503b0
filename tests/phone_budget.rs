//! Every screen of every node, in every shipped locale, against a phone's screen: about 20
//! lines of 38 characters. Longer screens are scrolled past by a tired parent; the details
//! belong one tap away.

mod support;

use support::shipped::{all_todos, content, families};

use chrono::NaiveDate;
use wegweiser::dialog::NodeKind;
use wegweiser::engine::{self, Ctx, State};

use wegweiser::conversation::{phone_lines, PHONE_LINES as BUDGET, PHONE_LINE_WIDTH as LINE_WIDTH};

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
    let all_todos = all_todos(tree);
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
                state.todos = all_todos.iter().map(Into::into).collect();
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
                    if !shown
                        .buttons
                        .iter()
                        .any(|b| b.key == engine::Key::ReadMore.to_string())
                    {
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
