//! Every node of the tree, in every shipped locale, with several families' facts: no message
//! missing in that locale (no silent German), no Fluent error, no raw id, and everything within
//! Telegram's limits.

mod support;

use support::shipped::{all_todos, content, families};

use chrono::NaiveDate;
use wegweiser::dialog::NodeKind;
use wegweiser::engine::{self, Arg, Block, Ctx, Msg, State};

const TELEGRAM_TEXT_LIMIT: usize = 4096;
/// Longer labels are cut off on a phone's inline keyboard.
const LABEL_LIMIT: usize = 40;
const CALLBACK_LIMIT: usize = 64;

fn collect_msgs<'a>(msg: &'a Msg, out: &mut Vec<&'a Msg>) {
    out.push(msg);
    for (_, a) in &msg.args {
        if let Arg::Msg(m) = a {
            collect_msgs(m, out);
        }
    }
}

#[test]
fn every_node_in_every_locale() {
    let content = content();
    let tree = &content.tree;
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
    let languages = content.locales.languages().to_vec();
    assert!(languages.len() >= 2, "{languages:?}");
    let all_todos = all_todos(tree);
    let mut problems = Vec::new();
    let mut screens = 0;
    for lang in &languages {
        let ctx = Ctx {
            today,
            languages: &languages,
        };
        for node in tree
            .nodes
            .iter()
            .filter(|n| !matches!(n.kind, NodeKind::Branch { .. }))
        {
            for facts in families() {
                let mut state = State::new(Some(lang.clone()));
                state.node = node.id.clone();
                state.facts = facts;
                // A network's own screen is reached only from inside that network.
                if let Some(net) = node.id.strip_prefix("place-here-") {
                    state.facts.insert(
                        "network".into(),
                        wegweiser::dialog::expr::Value::Text(net.into()),
                    );
                }
                state.todos = all_todos.iter().map(Into::into).collect();
                state.history.push(engine::Frame {
                    node: "main".into(),
                    undo: vec![],
                });
                let reply = engine::view(tree, &state, &ctx);
                screens += 1;
                let mut msgs = Vec::new();
                for block in &reply.blocks {
                    match block {
                        Block::Msg(m) => collect_msgs(m, &mut msgs),
                        Block::Lines(lines) => {
                            lines.iter().for_each(|m| collect_msgs(m, &mut msgs))
                        }
                        Block::Offers { .. } | Block::Office { .. } | Block::Outside { .. } => {}
                    }
                }
                let mut text = String::new();
                for m in &msgs {
                    let mut p = Vec::new();
                    let rendered = content
                        .locales
                        .render_audited(lang, m, &reply.globals, &mut p);
                    problems.extend(p.into_iter().map(|p| format!("{lang} {}: {p}", node.id)));
                    if rendered.contains("{$") || rendered.contains("{ $") || rendered == "…" {
                        problems.push(format!(
                            "{lang} {}: raw text in '{}': {rendered}",
                            node.id, m.id
                        ));
                    }
                    text.push_str(&rendered);
                }
                // A summary with every to-do the tree knows is longer than any parent's; the
                // Telegram adapter splits long texts. Every other screen fits one message.
                let is_summary = matches!(node.kind, NodeKind::Summary);
                if !is_summary && text.chars().count() > TELEGRAM_TEXT_LIMIT {
                    problems.push(format!(
                        "{lang} {}: {} characters",
                        node.id,
                        text.chars().count()
                    ));
                }
                for b in &reply.buttons {
                    let mut p = Vec::new();
                    let label =
                        content
                            .locales
                            .render_audited(lang, &b.label, &reply.globals, &mut p);
                    problems.extend(
                        p.into_iter()
                            .map(|p| format!("{lang} {} button: {p}", node.id)),
                    );
                    // Bidi marks take no room on the screen.
                    let visible = label
                        .chars()
                        .filter(|c| !wegweiser::i18n::bidi::is_control(*c))
                        .count();
                    if visible > LABEL_LIMIT {
                        problems.push(format!(
                            "{lang} {}: label too long ({}): {label}",
                            node.id, visible
                        ));
                    }
                    // Node id + key travel as callback data: bytes, no isolation marks.
                    let data = format!("{}|{}", node.id, b.key);
                    if data.len() > CALLBACK_LIMIT || data.contains(['\u{2068}', '\u{2069}']) {
                        problems.push(format!("{lang} {}: callback data {data:?}", node.id));
                    }
                }
            }
        }
        // The program's own screens.
        for (id, vars) in wegweiser::CODE_MESSAGES.iter().flat_map(|l| l.iter()) {
            let mut msg = Msg::new(*id);
            for v in *vars {
                msg = msg.arg(v, Arg::Text("x".into()));
            }
            let mut p = Vec::new();
            content.locales.render_audited(lang, &msg, &[], &mut p);
            problems.extend(p.into_iter().map(|p| format!("{lang} (program): {p}")));
        }
    }
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems in {screens} screens:\n{}",
        problems.len(),
        problems
            .iter()
            .take(60)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Right-to-left locales isolate embedded Latin names and numbers; left-to-right ones carry no
/// invisible marks at all.
#[test]
fn bidi_isolation_only_where_it_belongs() {
    let content = content();
    let amount = Msg::new("summary-item").arg("item", Arg::Text("Jobcenter 0800 4 5555 00".into()));
    for lang in content.locales.languages() {
        let text = content.locales.render(lang, &amount, &[]);
        let rtl = wegweiser::i18n::is_rtl(lang);
        assert_eq!(text.contains('\u{2068}'), rtl, "{lang}: {text:?}");
    }
}

/// Next steps for one office stand together, in the order the offices first came up.
#[test]
fn next_steps_are_grouped_by_office() {
    let content = content();
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
    let languages = content.locales.languages().to_vec();
    let ctx = Ctx {
        today,
        languages: &languages,
    };
    let mut state = State::new(Some("de".into()));
    state.node = "main-summary".into();
    state.todos = ["money-todo-kindergeld", "money-todo-uvg", "money-todo-kiz"]
        .map(Into::into)
        .to_vec();
    let reply = engine::view(&content.tree, &state, &ctx);
    let items: Vec<String> = reply
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Lines(lines) => Some(lines),
            _ => None,
        })
        .flatten()
        .filter_map(|m| match m.args.first() {
            Some((_, Arg::Msg(item))) => Some(item.id.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(
        items,
        ["money-todo-kindergeld", "money-todo-kiz", "money-todo-uvg"],
        "the two Familienkasse steps together"
    );
}
