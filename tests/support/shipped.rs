//! The shipped files and the families the content tests render every screen for.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;

use wegweiser::conversation::Content;
use wegweiser::dialog::expr::Value;
use wegweiser::dialog::{NodeKind, Tree};

/// `dialogs/` and `locales/` as shipped; a load error fails the test with the report.
pub fn content() -> Content {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match Content::load(&root.join("dialogs"), &root.join("locales")) {
        Ok((c, _)) => c,
        Err(report) => panic!("shipped files do not load:\n{}", report.lines().join("\n")),
    }
}

/// No facts yet, and four families that reach different verdicts and texts.
pub fn families() -> Vec<BTreeMap<String, Value>> {
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
            ("postcode".to_string(), Value::Text("42103".into())),
        ])
    };
    vec![
        BTreeMap::new(),
        f(&[2.0, 8.0], true, "none", "none", "permit"),
        f(&[6.0], false, "from_600", "none", "de_eu"),
        f(&[12.0, 15.0], false, "over_2000", "partly", "ukraine"),
        f(
            &[0.0, 1.0, 4.0, 9.0, 13.0, 19.0],
            true,
            "under_600",
            "pays",
            "asylum",
        ),
    ]
}

/// Every to-do the tree can gather: the summary at its longest.
pub fn all_todos(tree: &Tree) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    for node in &tree.nodes {
        all.extend(node.todo.iter().map(|t| t.text.clone()));
        if let NodeKind::Check { items, .. } = &node.kind {
            for item in items {
                all.extend(item.rules.iter().filter_map(|r| r.todo.clone()));
            }
        }
    }
    all.dedup();
    all
}
