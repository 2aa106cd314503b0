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
    match Content::load(
        &root.join("dialogs"),
        &root.join("locales"),
        wegweiser::CODE_MESSAGES,
    ) {
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
    // Birth months (year * 12 + month - 1) that give the same ages in November 2026, and a
    // parent about to start work: the outlook at its longest.
    let with_outlook = |mut facts: BTreeMap<String, Value>, births: &[(f64, f64)]| {
        let months = births.iter().map(|(y, m)| y * 12.0 + m - 1.0).collect();
        facts.insert("child_births".to_string(), Value::List(months));
        facts.insert("starts_work".to_string(), Value::Bool(true));
        facts.insert(
            "ua_arrival".to_string(),
            Value::Text("from_april_2025".into()),
        );
        facts
    };
    vec![
        BTreeMap::new(),
        with_outlook(
            f(&[2.0, 8.0], true, "none", "none", "permit"),
            &[(2024.0, 5.0), (2018.0, 6.0)],
        ),
        f(&[6.0], false, "from_600", "none", "de_eu"),
        f(&[12.0, 15.0], false, "over_2000", "partly", "ukraine"),
        with_outlook(
            f(
                &[0.0, 1.0, 4.0, 9.0, 13.0, 19.0],
                true,
                "under_600",
                "pays",
                "asylum",
            ),
            &[
                (2026.0, 6.0),
                (2025.0, 3.0),
                (2022.0, 1.0),
                (2017.0, 2.0),
                (2013.0, 5.0),
                (2007.0, 6.0),
            ],
        ),
        with_outlook(
            f(&[11.0, 17.0], true, "none", "none", "ukraine"),
            &[(2015.0, 5.0), (2009.0, 1.0)],
        ),
    ]
}

/// Every to-do the tree can gather: the summary at its longest.
pub fn all_todos(tree: &Tree) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    for node in &tree.nodes {
        all.extend(node.todo.iter().map(|t| t.text.to_string()));
        if let NodeKind::Check { items, .. } = &node.kind {
            for item in items {
                all.extend(
                    item.rules
                        .iter()
                        .filter_map(|r| r.todo.as_ref().map(|t| t.to_string())),
                );
            }
        }
    }
    all.dedup();
    all
}
