//! The layers of ARCHITECTURE.md, as Cargo sees them: every workspace crate depends only on
//! crates of a lower layer, and the pure core on no crate that does I/O. Cargo already refuses
//! cycles; this refuses an upward edge that would make one possible later (CI runs it).

use std::collections::BTreeMap;
use std::process::Command;

/// Bottom to top; crates of one layer do not depend on each other.
const LAYERS: &[&[&str]] = &[
    &["wegweiser-core"],
    &["wegweiser-content"],
    &["wegweiser-offers", "wegweiser-store"],
    &["wegweiser-conversation"],
    &["wegweiser-delivery"],
    &["wegweiser-telegram"],
    &["wegweiser"],
];

/// Crates the engine must never reach: runtime, disk, network, clock-driven watchers, Fluent
/// bundles (rendering belongs to the content layer).
const NOT_IN_CORE: &[&str] = &[
    "tokio",
    "sled",
    "teloxide",
    "reqwest",
    "axum",
    "notify",
    "fluent-bundle",
    "arc-swap",
    "csv",
];

fn layer_of(name: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&name))
}

fn metadata() -> serde_json::Value {
    let out = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "cargo metadata: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON")
}

/// Each workspace crate with its normal (not dev) dependencies.
fn edges() -> BTreeMap<String, Vec<String>> {
    let meta = metadata();
    let mut edges = BTreeMap::new();
    for p in meta["packages"].as_array().expect("packages") {
        let name = p["name"].as_str().expect("name").to_string();
        let deps = p["dependencies"]
            .as_array()
            .expect("dependencies")
            .iter()
            .filter(|d| d["kind"].is_null())
            .filter_map(|d| d["name"].as_str().map(str::to_string))
            .collect();
        edges.insert(name, deps);
    }
    edges
}

/// What breaks the layers in `edges`, one line each.
fn violations(edges: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut wrong = Vec::new();
    for (krate, deps) in edges {
        let Some(own) = layer_of(krate) else {
            wrong.push(format!(
                "{krate} is in no layer: add it to LAYERS here and to ARCHITECTURE.md"
            ));
            continue;
        };
        for dep in deps.iter().filter(|d| d.starts_with("wegweiser")) {
            match layer_of(dep) {
                Some(l) if l < own => {}
                _ => wrong.push(format!("{krate} depends on {dep}, which is not below it")),
            }
        }
    }
    wrong
}

#[test]
fn every_crate_depends_only_downwards() {
    let edges = edges();
    let wrong = violations(&edges);
    assert!(wrong.is_empty(), "layers broken:\n{}", wrong.join("\n"));
    // Every layer is really there (a renamed crate would otherwise escape the check).
    for name in LAYERS.iter().flat_map(|l| l.iter()) {
        assert!(edges.contains_key(*name), "{name} is not in the workspace");
    }
}

#[test]
fn the_core_does_no_io() {
    let edges = edges();
    let core = &edges["wegweiser-core"];
    let bad: Vec<&String> = core
        .iter()
        .filter(|d| NOT_IN_CORE.contains(&d.as_str()))
        .collect();
    assert!(bad.is_empty(), "wegweiser-core depends on {bad:?}");
}

#[test]
fn the_check_refuses_upward_and_sideways_edges() {
    let graph = |pairs: &[(&str, &[&str])]| -> BTreeMap<String, Vec<String>> {
        pairs
            .iter()
            .map(|(k, d)| (k.to_string(), d.iter().map(|s| s.to_string()).collect()))
            .collect()
    };
    let fine = graph(&[
        ("wegweiser-core", &["serde"]),
        ("wegweiser-content", &["wegweiser-core"]),
    ]);
    assert!(violations(&fine).is_empty());
    let upward = graph(&[("wegweiser-content", &["wegweiser-telegram"])]);
    assert_eq!(
        violations(&upward),
        ["wegweiser-content depends on wegweiser-telegram, which is not below it"]
    );
    let sideways = graph(&[("wegweiser-offers", &["wegweiser-store"])]);
    assert_eq!(violations(&sideways).len(), 1);
    let unknown = graph(&[("wegweiser-whatsapp", &["wegweiser-delivery"])]);
    assert_eq!(violations(&unknown).len(), 1);
}
