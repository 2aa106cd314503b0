//! `wegweiser graph`: every step and every arrow of the shipped tree is in the Mermaid and DOT
//! output (parsed back, compared with the loaded tree), the SVG is well-formed XML naming every
//! step, and an unreachable step is marked in all three.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use wegweiser::dialog::{load_dir, NodeKind, Tree};
use wegweiser::tools::graph::{Diagram, GermanTexts};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shipped() -> (Tree, GermanTexts) {
    let (tree, diags) = load_dir(&root().join("dialogs"));
    let tree = tree.unwrap_or_else(|| panic!("shipped dialogs load: {diags:?}"));
    let de = GermanTexts::load(&root().join("locales/de")).expect("German texts");
    (tree, de)
}

/// (from, to) of every way on from each node, read from the tree itself.
fn tree_edges(tree: &Tree) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for n in &tree.nodes {
        let mut add = |to: &str| out.insert((n.id.to_string(), to.to_string()));
        for o in &n.options {
            add(&o.goto);
        }
        match &n.kind {
            NodeKind::Info { next: Some(t) }
            | NodeKind::Check { next: Some(t), .. }
            | NodeKind::Offers { next: Some(t), .. }
            | NodeKind::Outlook { next: Some(t), .. } => {
                add(t);
            }
            NodeKind::Input { goto, .. } => {
                add(goto);
            }
            NodeKind::Branch { rules } => {
                for r in rules {
                    add(&r.goto);
                }
            }
            _ => {}
        }
    }
    out
}

fn tree_nodes(tree: &Tree) -> BTreeSet<String> {
    tree.nodes.iter().map(|n| n.id.to_string()).collect()
}

/// The text between the last "(" and ")" of a label: the node id.
fn id_in_label(label: &str) -> Option<String> {
    let end = label.rfind(')')?;
    let start = label[..end].rfind('(')?;
    Some(label[start + 1..end].to_string())
}

struct Parsed {
    nodes: BTreeSet<String>,
    edges: BTreeSet<(String, String)>,
    labels: HashMap<(String, String), Vec<String>>,
    unreachable: BTreeSet<String>,
}

fn parse_mermaid(text: &str) -> Parsed {
    let mut alias = HashMap::new();
    let mut p = Parsed {
        nodes: BTreeSet::new(),
        edges: BTreeSet::new(),
        labels: HashMap::new(),
        unreachable: BTreeSet::new(),
    };
    assert!(text.starts_with("flowchart TD\n"));
    for line in text.lines().map(str::trim) {
        if let Some((a, rest)) = line.split_once("[\"") {
            if a.starts_with('n') && !a.contains(' ') {
                let label = rest.strip_suffix("\"]").expect("node line ends in \"]");
                let id = id_in_label(label).expect("label ends in (id)");
                alias.insert(a.to_string(), id.clone());
                p.nodes.insert(id);
            }
        }
    }
    for line in text.lines().map(str::trim) {
        if let Some((a, rest)) = line.split_once(" -->") {
            let (label, b) = match rest.strip_prefix("|\"") {
                Some(r) => {
                    let (l, b) = r.split_once("\"| ").expect("edge label closed");
                    (Some(l.to_string()), b)
                }
                None => (None, rest.trim()),
            };
            let key = (alias[a].clone(), alias[b].clone());
            p.edges.insert(key.clone());
            p.labels.entry(key).or_default().extend(label);
        }
        if let Some(rest) = line.strip_prefix("class ") {
            if let Some(a) = rest.strip_suffix(" unreachable") {
                if let Some(id) = alias.get(a) {
                    p.unreachable.insert(id.clone());
                }
            }
        }
    }
    p
}

/// Reads back `"a" [label="..."...];` and `"a" -> "b" [label="..."];` lines.
fn parse_dot(text: &str) -> Parsed {
    let mut p = Parsed {
        nodes: BTreeSet::new(),
        edges: BTreeSet::new(),
        labels: HashMap::new(),
        unreachable: BTreeSet::new(),
    };
    assert!(text.starts_with("digraph wegweiser {"));
    assert!(text.trim_end().ends_with('}'));
    let quoted = |s: &str| -> Option<(String, usize)> {
        let s2 = s.strip_prefix('"')?;
        let end = s2.find('"')?;
        Some((s2[..end].to_string(), end + 2))
    };
    for line in text.lines().map(str::trim) {
        let Some((first, used)) = quoted(line) else {
            continue;
        };
        let rest = &line[used..];
        if let Some(r) = rest.strip_prefix(" -> ") {
            let (second, used2) = quoted(r).expect("edge target quoted");
            let attrs = &r[used2..];
            let key = (first, second);
            if let Some(l) = attrs.strip_prefix(" [label=\"") {
                let l = l.strip_suffix("\"];").expect("edge label closed");
                p.labels
                    .entry(key.clone())
                    .or_default()
                    .push(l.replace("\\\"", "\""));
            }
            p.edges.insert(key);
        } else if rest.starts_with(" [label=") {
            if first.starts_with('_') {
                continue; // the legend
            }
            if rest.contains("style=\"dashed,filled\"") {
                p.unreachable.insert(first.clone());
            }
            assert!(
                rest.contains(&format!("({first})")),
                "label names the id: {line}"
            );
            p.nodes.insert(first);
        }
    }
    p
}

#[test]
fn mermaid_and_dot_hold_every_node_and_edge_of_the_shipped_tree() {
    let (tree, de) = shipped();
    let d = Diagram::new(&tree, &de);
    let want_nodes = tree_nodes(&tree);
    let want_edges = tree_edges(&tree);
    assert!(
        want_nodes.len() > 50 && want_edges.len() > 80,
        "the shipped tree is the real one"
    );
    for (name, parsed) in [
        ("mermaid", parse_mermaid(&d.mermaid())),
        ("dot", parse_dot(&d.dot())),
    ] {
        assert_eq!(parsed.nodes, want_nodes, "{name}: nodes");
        assert_eq!(parsed.edges, want_edges, "{name}: edges");
        assert!(
            parsed.unreachable.is_empty(),
            "{name}: the shipped tree has no unreachable step"
        );
        // Buttons carry their German label: main menu → childcare is "🧸 Kinderbetreuung".
        let labels = &parsed.labels[&("main".to_string(), "cc-start".to_string())];
        assert!(
            labels.iter().any(|l| l.contains("Kinderbetreuung")),
            "{name}: {labels:?}"
        );
    }
    // Nodes carry their German text (first line): the main menu's question.
    assert!(
        d.mermaid().contains("Wobei brauchen Sie Hilfe?<br/>(main)"),
        "{}",
        d.mermaid()
    );
    assert!(d.dot().contains("Wobei brauchen Sie Hilfe?\\n(main)"));
    // Topics are grouped.
    for t in &tree.topics {
        assert!(d.dot().contains(&format!("subgraph \"cluster_{}\"", t.id)));
        assert!(d.mermaid().contains(&format!("({})\"]\n", t.id)));
    }
}

#[test]
fn svg_is_well_formed_and_names_every_node() {
    let (tree, de) = shipped();
    let svg = Diagram::new(&tree, &de).svg();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let groups: BTreeSet<String> = doc
        .descendants()
        .filter_map(|n| n.attribute("data-node").map(str::to_string))
        .collect();
    assert_eq!(groups, tree_nodes(&tree));
    let text: String = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    for id in tree_nodes(&tree) {
        assert!(
            text.contains(&format!("({id})")),
            "{id} is written in the picture"
        );
    }
    assert!(
        text.contains("Wobei brauchen"),
        "German text, wrapped into lines"
    );
}

/// A copy of the shipped dialogs with one extra node that no goto reaches.
fn tree_with_orphan(dir: &Path) -> Tree {
    std::fs::create_dir_all(dir).expect("dir");
    for e in std::fs::read_dir(root().join("dialogs")).expect("dialogs") {
        let p = e.expect("entry").path();
        std::fs::copy(&p, dir.join(p.file_name().expect("name"))).expect("copy");
    }
    let money = dir.join("money.toml");
    let mut text = std::fs::read_to_string(&money).expect("read");
    text.push_str("\n[[node]]\nid = \"money-orphan\"\ntype = \"info\"\ntext = \"money-start\"\nnext = \"main\"\n");
    std::fs::write(&money, text).expect("write");
    let (tree, diags) = load_dir(dir);
    assert!(
        diags
            .items
            .iter()
            .any(|d| d.to_string().contains("unreachable node 'money-orphan'")),
        "{diags:?}"
    );
    tree.expect("an unreachable node is a warning, not an error")
}

#[test]
fn an_unreachable_node_is_marked_in_every_format() {
    let tmp = tempfile::tempdir().expect("tmp");
    let tree = tree_with_orphan(&tmp.path().join("dialogs"));
    let (_, de) = shipped();
    let d = Diagram::new(&tree, &de);
    let orphan = BTreeSet::from(["money-orphan".to_string()]);
    assert_eq!(parse_mermaid(&d.mermaid()).unreachable, orphan);
    assert_eq!(parse_dot(&d.dot()).unreachable, orphan);
    // Its own arrow onward is still drawn.
    assert!(parse_dot(&d.dot())
        .edges
        .contains(&("money-orphan".to_string(), "main".to_string())));
    let svg = d.svg();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let marked: BTreeSet<String> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("unreachable"))
        .filter_map(|n| n.attribute("data-node").map(str::to_string))
        .collect();
    assert_eq!(marked, orphan);
    assert!(svg.contains("unerreichbar"), "legend and note say why");

    // The command writes the three files.
    let out = tmp.path().join("graph");
    let written = d.write_all(&out).expect("write");
    assert_eq!(written.len(), 3);
    for ext in ["mmd", "dot", "svg"] {
        assert!(
            out.join(format!("wegweiser.{ext}"))
                .metadata()
                .expect("file")
                .len()
                > 1000
        );
    }
}
