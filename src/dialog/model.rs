//! The checked, ready-to-run form of the dialog files. Everything here has passed `check`:
//! every goto names a node, every fact and expression is typed.

use std::collections::{BTreeMap, HashMap};

use super::expr::{Expr, Type, Value};
use super::figures::Figure;

/// Node ids the engine relies on: the main menu and urgent help.
pub const MAIN: &str = "main";
pub const URGENT: &str = "urgent";

#[derive(Debug, Clone)]
pub struct Tree {
    pub nodes: Vec<Node>,
    pub index: HashMap<String, usize>,
    pub topics: Vec<Topic>,
    pub facts: BTreeMap<String, FactDef>,
    pub figures: BTreeMap<String, Figure>,
    /// Every message id the dialogs use, with the variables the dialog supplies to it and where.
    pub messages: Vec<MessageUse>,
    /// A short fingerprint of the source files, to tell which version of the files is live.
    pub version: String,
    /// The local networks (`networks/*/network.toml`), set by `check` beside the dialogs;
    /// empty: no networks, every offer is everyone's.
    pub networks: crate::networks::Networks,
}

impl Tree {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|i| &self.nodes[*i])
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub id: String,
    pub title: Option<String>,
    pub start: String,
}

#[derive(Debug, Clone)]
pub struct FactDef {
    pub ty: Type,
    pub choices: Option<Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Number,
    Numbers,
    Postcode,
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    /// The topic whose file defines the node (for diagrams).
    pub topic: String,
    pub text: Option<String>,
    pub args: Vec<(String, Expr)>,
    pub options: Vec<Opt>,
    pub todo: Vec<Todo>,
    pub kind: NodeKind,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    Question,
    Input {
        fact: String,
        format: InputFormat,
        min: Option<f64>,
        max: Option<f64>,
        goto: String,
        error: String,
    },
    Info {
        next: Option<String>,
    },
    Branch {
        rules: Vec<BranchRule>,
    },
    Check {
        items: Vec<CheckItem>,
        next: Option<String>,
    },
    Summary,
    /// Lists local offers matching `tags` and the parent's facts.
    Offers {
        tags: Vec<String>,
        next: Option<String>,
    },
}

#[derive(Debug, Clone)]
pub struct Opt {
    pub label: String,
    pub goto: String,
    pub set: Vec<(String, Value)>,
    pub when: Option<Expr>,
}

#[derive(Debug, Clone)]
pub struct Todo {
    pub text: String,
    pub when: Option<Expr>,
}

#[derive(Debug, Clone)]
pub struct BranchRule {
    pub when: Option<Expr>,
    pub goto: String,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Likely,
    Maybe,
    Unlikely,
}

impl Verdict {
    pub fn parse(s: &str) -> Option<Verdict> {
        Some(match s {
            "likely" => Verdict::Likely,
            "maybe" => Verdict::Maybe,
            "unlikely" => Verdict::Unlikely,
            _ => return None,
        })
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Verdict::Likely => "verdict-likely",
            Verdict::Maybe => "verdict-maybe",
            Verdict::Unlikely => "verdict-unlikely",
        }
    }
}

#[derive(Debug, Clone)]
pub struct CheckItem {
    pub name: String,
    pub office: String,
    pub rules: Vec<CheckRule>,
}

#[derive(Debug, Clone)]
pub struct CheckRule {
    pub when: Option<Expr>,
    pub verdict: Verdict,
    pub reason: String,
    pub args: Vec<(String, Expr)>,
    pub todo: Option<String>,
}

/// Where a message id is used in the dialogs, and which variables reach it there.
#[derive(Debug, Clone)]
pub struct MessageUse {
    pub id: String,
    pub path: std::path::PathBuf,
    pub line: usize,
    pub col: usize,
    pub vars: Vec<String>,
}
