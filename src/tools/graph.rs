//! `wegweiser graph`: the decision tree as a picture, so coordinators see the paths they edit.
//!
//! One [`Diagram`] (nodes with their German text, edges with their German button labels,
//! reachability, topics) is written three ways: Mermaid (renders on GitHub/GitLab), DOT (for
//! Graphviz users) and an SVG laid out in pure Rust by `layout-rs`, which opens in any browser.
//! `layout-rs` draws no clusters, so in the SVG topics are told apart by colour and a legend.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use layout::backends::svg::SVGWriter;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;

use crate::dialog::{reachable, NodeId, NodeKind, Tree, MAIN, URGENT};

/// Longest node text shown; the first line is usually the question itself.
const MAX_TEXT: usize = 48;
const MAX_LABEL: usize = 32;
/// Characters per line of text in the SVG.
const SVG_WRAP: usize = 24;
const UNREACHABLE_NOTE: &str = "unerreichbar: kein Weg führt hierher";
/// Legend ids start with '_', which a node id never does, so they cannot clash.
const LEGEND_UNREACHABLE: &str = "_legend_unreachable";
const RED: &str = "#cc0000";
const RED_FILL: &str = "#ffecec";
const TOPIC_FILLS: &[&str] = &[
    "#e8f1fb", "#fdf0e0", "#e9f7ec", "#f4ecfa", "#fbf8de", "#e6f6f6", "#fbe9f1", "#eeeeee",
];

/// The tree reduced to what a picture needs.
#[derive(Debug, Clone)]
pub struct Diagram {
    pub topics: Vec<DTopic>,
    pub nodes: Vec<DNode>,
    pub edges: Vec<DEdge>,
}

#[derive(Debug, Clone)]
pub struct DTopic {
    pub id: String,
    /// The topic's German title, or its id.
    pub title: String,
}

#[derive(Debug, Clone)]
pub struct DNode {
    pub id: NodeId,
    pub topic: String,
    /// The node type as written in the files (`question`, `info`, ...).
    pub kind: &'static str,
    /// First line of the German text, shortened; empty for a branch.
    pub text: String,
    /// Whether any path from the main menu, urgent help or a topic start leads here.
    pub reachable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DEdge {
    pub from: NodeId,
    pub to: NodeId,
    /// The German button label, where a button leads along this edge.
    pub label: Option<String>,
}

/// German texts by message id, read straight from `locales/de/*.ftl` with placeables shown as
/// written (`{ $kindergeld }`), so the picture needs no facts or figures to render.
#[derive(Debug, Default, Clone)]
pub struct GermanTexts {
    raw: HashMap<String, String>,
}

impl GermanTexts {
    /// Reads every `*.ftl` in `dir`; files that fail to parse contribute what did parse (the
    /// diagram is a picture, `check` is where errors are reported).
    pub fn load(dir: &Path) -> std::io::Result<GermanTexts> {
        // The folder itself must be there; the files' own problems are `check`'s to report.
        std::fs::read_dir(dir)?;
        let mut texts = GermanTexts::default();
        for file in crate::i18n::ftl_files(dir, &mut Default::default()) {
            texts.add(&file.text);
        }
        Ok(texts)
    }

    /// Adds the messages and terms of one Fluent source.
    pub fn add(&mut self, source: &str) {
        // fluent-syntax would panic on it; `check` reports the file.
        if crate::i18n::bad_unicode_escape(source).is_some() {
            return;
        }
        let res = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in &res.body {
            match entry {
                ast::Entry::Message(m) => {
                    if let Some(v) = &m.value {
                        self.raw.insert(m.id.name.to_string(), pattern_text(v));
                    }
                }
                ast::Entry::Term(t) => {
                    self.raw
                        .insert(format!("-{}", t.id.name), pattern_text(&t.value));
                }
                _ => {}
            }
        }
    }

    /// The text of a message with `{ -term }` references filled in.
    pub fn get(&self, id: &str) -> Option<String> {
        let mut text = self.raw.get(id)?.clone();
        for _ in 0..3 {
            let Some(start) = text.find("{ -") else { break };
            let Some(len) = text[start..].find(" }") else {
                break;
            };
            let name = &text[start + 2..start + len];
            let value = self
                .raw
                .get(name)
                .cloned()
                .unwrap_or_else(|| name.to_string());
            text.replace_range(start..start + len + 2, &value);
        }
        Some(text)
    }
}

fn pattern_text(p: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => out.push_str(&expr_text(expression)),
        }
    }
    out
}

fn expr_text(e: &ast::Expression<&str>) -> String {
    match e {
        // A select shows its default variant: the form most readers see.
        ast::Expression::Select { variants, .. } => variants
            .iter()
            .find(|v| v.default)
            .map(|v| pattern_text(&v.value))
            .unwrap_or_default(),
        ast::Expression::Inline(i) => match i {
            ast::InlineExpression::StringLiteral { value } => value.to_string(),
            ast::InlineExpression::NumberLiteral { value } => value.to_string(),
            ast::InlineExpression::VariableReference { id } => format!("{{ ${} }}", id.name),
            ast::InlineExpression::TermReference { id, .. } => format!("{{ -{} }}", id.name),
            ast::InlineExpression::MessageReference { id, .. } => format!("{{ {} }}", id.name),
            ast::InlineExpression::FunctionReference { arguments, .. } => arguments
                .positional
                .first()
                .map(|a| expr_text(&ast::Expression::Inline(a.clone())))
                .unwrap_or_default(),
            ast::InlineExpression::Placeable { expression } => expr_text(expression),
        },
    }
}

/// The first non-empty line, at most `max` characters, cut at a word.
fn shorten(text: &str, max: usize) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    if line.chars().count() <= max {
        line.to_string()
    } else {
        crate::i18n::cut::at_word(line, |h| h.chars().count() < max)
    }
}

/// Breaks a text into lines of at most `width` characters at spaces: the SVG layout sizes
/// boxes by their longest line, and narrow boxes keep the picture from growing very wide.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut line_len = 0;
        for word in line.split(' ') {
            let len = word.chars().count();
            if line_len > 0 && line_len + 1 + len > width {
                out.push('\n');
                line_len = 0;
            } else if line_len > 0 {
                out.push(' ');
                line_len += 1;
            }
            out.push_str(word);
            line_len += len;
        }
    }
    out
}

impl Diagram {
    pub fn new(tree: &Tree, de: &GermanTexts) -> Diagram {
        let text = |id: &str, max| de.get(id).map(|t| shorten(&t, max));
        let next_label = text("nav-next", MAX_LABEL);
        let mut edges = Vec::new();
        for n in &tree.nodes {
            let mut edge = |to: &str, label: Option<String>| {
                edges.push(DEdge {
                    from: n.id.clone(),
                    to: NodeId::from(to),
                    label,
                })
            };
            for o in &n.options {
                edge(
                    &o.goto,
                    text(&o.label, MAX_LABEL).or(Some(o.label.to_string())),
                );
            }
            match &n.kind {
                NodeKind::Info { next: Some(to) }
                | NodeKind::Check { next: Some(to), .. }
                | NodeKind::Offers { next: Some(to), .. }
                | NodeKind::Outlook { next: Some(to), .. } => edge(to, next_label.clone()),
                NodeKind::Input { goto, fact, .. } => edge(goto, Some(format!("✎ {fact}"))),
                NodeKind::Branch { rules } => {
                    for r in rules {
                        edge(&r.goto, None);
                    }
                }
                _ => {}
            }
        }
        let seen = reachable(&tree.topics, |id| {
            edges
                .iter()
                .filter(|e| e.from == id)
                .map(|e| e.to.clone())
                .collect::<Vec<_>>()
        });
        let nodes = tree
            .nodes
            .iter()
            .map(|n| DNode {
                id: n.id.clone(),
                topic: n.topic.clone(),
                kind: n.kind.node_type().word(),
                text: n
                    .text
                    .as_deref()
                    .and_then(|t| text(t, MAX_TEXT))
                    .unwrap_or_default(),
                reachable: seen.contains(n.id.as_str()),
            })
            .collect();
        let topics = tree
            .topics
            .iter()
            .map(|t| DTopic {
                id: t.id.clone(),
                title: t
                    .title
                    .as_deref()
                    .and_then(|m| text(m, MAX_LABEL))
                    .unwrap_or_else(|| t.id.clone()),
            })
            .collect();
        Diagram {
            topics,
            nodes,
            edges,
        }
    }

    fn node_label(n: &DNode) -> String {
        let head = if n.text.is_empty() {
            format!("⑂ {}", n.kind)
        } else {
            n.text.clone()
        };
        format!("{head}\n({})", n.id)
    }

    fn topic_nodes<'a>(&'a self, topic: &'a str) -> impl Iterator<Item = &'a DNode> + 'a {
        self.nodes.iter().filter(move |n| n.topic == topic)
    }

    /// Mermaid flowchart: node `nK` is `self.nodes[K]`; its label ends in `(id)`.
    pub fn mermaid(&self) -> String {
        let esc = |s: &str| s.replace('"', "#quot;").replace('\n', "<br/>");
        let index: HashMap<&str, usize> = self
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), i))
            .collect();
        let mut out = String::from("flowchart TD\n");
        for (ti, t) in self.topics.iter().enumerate() {
            let _ = writeln!(out, "  subgraph t{ti}[\"{} ({})\"]", esc(&t.title), t.id);
            for n in self.topic_nodes(&t.id) {
                let _ = writeln!(
                    out,
                    "    n{}[\"{}\"]",
                    index[n.id.as_str()],
                    esc(&Self::node_label(n))
                );
            }
            out.push_str("  end\n");
        }
        for e in &self.edges {
            let (Some(a), Some(b)) = (index.get(e.from.as_str()), index.get(e.to.as_str())) else {
                continue;
            };
            match &e.label {
                Some(l) => {
                    let _ = writeln!(out, "  n{a} -->|\"{}\"| n{b}", esc(l));
                }
                None => {
                    let _ = writeln!(out, "  n{a} --> n{b}");
                }
            }
        }
        let _ = writeln!(
            out,
            "  classDef unreachable fill:{RED_FILL},stroke:{RED},stroke-width:2px,stroke-dasharray:6 4,color:{RED}"
        );
        let _ = writeln!(out, "  subgraph legend[\"Legende\"]");
        let _ = writeln!(out, "    {LEGEND_UNREACHABLE}[\"{UNREACHABLE_NOTE}\"]");
        out.push_str("  end\n");
        let _ = writeln!(out, "  class {LEGEND_UNREACHABLE} unreachable");
        for (i, n) in self.nodes.iter().enumerate() {
            if !n.reachable {
                let _ = writeln!(out, "  class n{i} unreachable");
            }
        }
        out
    }

    /// Graphviz DOT, one cluster per topic; unreachable nodes red and dashed.
    pub fn dot(&self) -> String {
        let q = |s: &str| {
            format!(
                "\"{}\"",
                s.replace('\\', "\\\\")
                    .replace('"', "\\\"")
                    .replace('\n', "\\n")
            )
        };
        let unreachable =
            format!("color=\"{RED}\", fontcolor=\"{RED}\", style=\"dashed,filled\", fillcolor=\"{RED_FILL}\", penwidth=2");
        let mut out = String::from("digraph wegweiser {\n");
        out.push_str("  graph [rankdir=TB, fontname=\"Helvetica\"];\n");
        out.push_str("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n");
        out.push_str("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        for (ti, t) in self.topics.iter().enumerate() {
            let fill = TOPIC_FILLS[ti % TOPIC_FILLS.len()];
            let _ = writeln!(out, "  subgraph {} {{", q(&format!("cluster_{}", t.id)));
            let _ = writeln!(
                out,
                "    label={}; style=filled; fillcolor=\"{fill}\";",
                q(&format!("{} ({})", t.title, t.id))
            );
            for n in self.topic_nodes(&t.id) {
                let extra = if n.reachable {
                    String::new()
                } else {
                    format!(", {unreachable}")
                };
                let _ = writeln!(
                    out,
                    "    {} [label={}{extra}];",
                    q(&n.id),
                    q(&Self::node_label(n))
                );
            }
            out.push_str("  }\n");
        }
        for e in &self.edges {
            let label = e
                .label
                .as_deref()
                .map(|l| format!(" [label={}]", q(l)))
                .unwrap_or_default();
            let _ = writeln!(out, "  {} -> {}{label};", q(&e.from), q(&e.to));
        }
        out.push_str("  subgraph \"cluster_legend\" {\n    label=\"Legende\";\n");
        let _ = writeln!(
            out,
            "    {} [label={}, {unreachable}];",
            q(LEGEND_UNREACHABLE),
            q(UNREACHABLE_NOTE)
        );
        out.push_str("  }\n}\n");
        out
    }

    /// An SVG laid out by `layout-rs`. Each node's group carries `data-node="<id>"`, and
    /// `class="unreachable"` with a red dashed frame where no path leads to it.
    pub fn svg(&self) -> String {
        const HUBS: [&str; 3] = [MAIN, URGENT, "main-summary"];
        let dir = Orientation::TopToBottom;
        let mut vg = VisualGraph::new(dir);
        let fill_of: HashMap<&str, &str> = self
            .topics
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.as_str(), TOPIC_FILLS[i % TOPIC_FILLS.len()]))
            .collect();
        let element = |label: &str, line: &str, fill: &str, width: usize, props: String| {
            let shape = ShapeKind::new_box(label);
            let look = StyleAttr::new(Color::fast(line), width, Some(Color::fast(fill)), 6, 13);
            let size = layout::std_shapes::render::get_shape_size(dir.flip(), &shape, 13, false);
            Element::create_with_properties(shape, look, dir.flip(), size, props)
        };
        let mut handles = HashMap::new();
        for n in &self.nodes {
            let fill = fill_of.get(n.topic.as_str()).copied().unwrap_or("#ffffff");
            let el = if n.reachable {
                element(
                    &wrap(&Self::node_label(n), SVG_WRAP),
                    "#333333",
                    fill,
                    1,
                    format!("data-node=\"{}\"", n.id),
                )
            } else {
                element(
                    &format!(
                        "{}\n⚠ {UNREACHABLE_NOTE}",
                        wrap(&Self::node_label(n), SVG_WRAP)
                    ),
                    RED,
                    RED_FILL,
                    2,
                    format!(
                        "data-node=\"{}\" class=\"unreachable\" stroke-dasharray=\"6 4\"",
                        n.id
                    ),
                )
            };
            handles.insert(n.id.as_str(), vg.add_node(el));
        }
        for e in &self.edges {
            // Self-loops add nothing to the picture and upset the layout's ranking. Edges into
            // the hubs (menu, summary, urgent help) come from nearly every step: each crosses
            // many ranks, and the layout's time grows with them far beyond a browser's patience
            // while they say nothing the boxes don't (Mermaid and DOT keep them).
            if e.from == e.to || HUBS.contains(&e.to.as_str()) {
                continue;
            }
            let (Some(&a), Some(&b)) = (handles.get(e.from.as_str()), handles.get(e.to.as_str()))
            else {
                continue;
            };
            let look = StyleAttr::new(Color::fast("#555555"), 1, None, 0, 11);
            let arrow = Arrow::new(
                LineEndKind::None,
                LineEndKind::Arrow,
                LineStyleKind::Normal,
                &wrap(e.label.as_deref().unwrap_or(""), SVG_WRAP / 2),
                &look,
                &None,
                &None,
            );
            vg.add_edge(arrow, a, b);
        }
        // The legend: one box per topic in its colour, one for unreachable nodes.
        for t in &self.topics {
            let fill = fill_of.get(t.id.as_str()).copied().unwrap_or("#ffffff");
            vg.add_node(element(
                &format!("Thema: {} ({})", t.title, t.id),
                "#999999",
                fill,
                1,
                format!("data-legend=\"{}\"", t.id),
            ));
        }
        vg.add_node(element(
            UNREACHABLE_NOTE,
            RED,
            RED_FILL,
            2,
            format!("data-legend=\"{LEGEND_UNREACHABLE}\" stroke-dasharray=\"6 4\""),
        ));
        let mut svg = SVGWriter::new();
        vg.do_it(false, false, false, &mut svg);
        svg.finalize()
    }

    /// Writes `wegweiser.mmd`, `wegweiser.dot` and `wegweiser.svg` into `dir` (created if
    /// missing) and returns their paths.
    pub fn write_all(&self, dir: &Path) -> std::io::Result<Vec<PathBuf>> {
        std::fs::create_dir_all(dir)?;
        let mut written = Vec::new();
        for (ext, text) in [
            ("mmd", self.mermaid()),
            ("dot", self.dot()),
            ("svg", self.svg()),
        ] {
            let path = dir.join(format!("wegweiser.{ext}"));
            std::fs::write(&path, text)?;
            written.push(path);
        }
        Ok(written)
    }
}
