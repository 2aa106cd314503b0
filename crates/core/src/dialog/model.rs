//! The checked, ready-to-run form of the dialog files. Everything here has passed `check`:
//! every goto names a node, every fact and expression is typed.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

use super::expr::{Expr, Type, Value};
use super::figures::Figure;
pub use crate::ids::{MsgId, NodeId};

/// Node ids the engine relies on: the main menu and urgent help.
pub const MAIN: &str = "main";
pub const URGENT: &str = "urgent";

/// Every node id a parent can reach from the entry points — the main menu, urgent help, each
/// topic's start (deep links) — following `successors`. One walk for `check` (its
/// "unreachable" warnings) and the diagram (its red nodes), so the two never disagree.
pub fn reachable<S>(topics: &[Topic], successors: impl Fn(&str) -> S) -> HashSet<NodeId>
where
    S: IntoIterator<Item = NodeId>,
{
    let mut seen = HashSet::new();
    let mut queue: VecDeque<NodeId> = [NodeId::from(MAIN), NodeId::from(URGENT)]
        .into_iter()
        .chain(topics.iter().map(|t| t.start.clone()))
        .collect();
    while let Some(id) = queue.pop_front() {
        if !seen.contains(&id) {
            queue.extend(successors(&id));
            seen.insert(id);
        }
    }
    seen
}

#[derive(Debug, Clone)]
pub struct Tree {
    pub nodes: Vec<Node>,
    pub index: HashMap<NodeId, usize>,
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

    /// The office action a to-do stands for: its own `action`, or that of the check item
    /// whose rule adds it.
    pub fn todo_action(&self, todo: &str) -> Option<&str> {
        self.nodes.iter().find_map(|n| {
            n.todo
                .iter()
                .find(|t| t.text == todo)
                .and_then(|t| t.action.as_deref())
                .or_else(|| match &n.kind {
                    NodeKind::Check { items, .. } => items
                        .iter()
                        .find(|i| i.rules.iter().any(|r| r.todo.as_deref() == Some(todo)))
                        .and_then(|i| i.action.as_deref()),
                    _ => None,
                })
        })
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub id: String,
    pub title: Option<String>,
    pub start: NodeId,
}

#[derive(Debug, Clone)]
pub struct FactDef {
    pub ty: Type,
    pub choices: Option<Vec<String>>,
    /// Ages that follow from this fact of birth months (`ages_from` in `facts.toml`).
    pub ages_from: Option<String>,
}

pub use super::words::{InputFormat, NodeType, Verdict};

#[derive(Debug, Clone)]
pub struct Node {
    pub id: NodeId,
    /// The topic whose file defines the node (for diagrams).
    pub topic: String,
    pub text: Option<MsgId>,
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
        goto: NodeId,
        error: MsgId,
    },
    Info {
        next: Option<NodeId>,
    },
    Branch {
        rules: Vec<BranchRule>,
    },
    Check {
        items: Vec<CheckItem>,
        next: Option<NodeId>,
    },
    Summary,
    /// Lists local offers matching `tags` and the parent's facts.
    Offers {
        tags: Vec<String>,
        next: Option<NodeId>,
    },
    /// What changes for the parent soon, by itself: `events` computed from the facts on the
    /// days a child's age or a figure changes (see `engine::outlook`).
    Outlook {
        events: Vec<Event>,
        next: Option<NodeId>,
    },
}

impl NodeKind {
    /// The word the node's `type` is written with.
    pub fn node_type(&self) -> NodeType {
        match self {
            NodeKind::Question => NodeType::Question,
            NodeKind::Input { .. } => NodeType::Input,
            NodeKind::Info { .. } => NodeType::Info,
            NodeKind::Branch { .. } => NodeType::Branch,
            NodeKind::Check { .. } => NodeType::Check,
            NodeKind::Summary => NodeType::Summary,
            NodeKind::Offers { .. } => NodeType::Offers,
            NodeKind::Outlook { .. } => NodeType::Outlook,
        }
    }
}

/// One kind of change the outlook looks for.
#[derive(Debug, Clone)]
pub struct Event {
    pub text: MsgId,
    /// Must hold (on the day of the change, or today for undated events).
    pub when: Option<Expr>,
    pub when_kind: EventAt,
    /// Evaluated on the day (`name`) and the day before (`name_before`).
    pub args: Vec<(String, Expr)>,
}

#[derive(Debug, Clone)]
pub enum EventAt {
    /// Shown now, without a date, while `when` holds (e.g. before starting work).
    Now,
    /// Each day within the outlook where `value` changes by itself (a birthday, a figure's
    /// new value); `direction` keeps only rises (`Some(true)`) or falls (`Some(false)`).
    Change {
        value: Expr,
        direction: Option<bool>,
    },
    /// The first day of the month this many months from now (e.g. a re-application).
    Months(Expr),
}

#[derive(Debug, Clone)]
pub struct Opt {
    pub label: MsgId,
    pub goto: NodeId,
    pub set: Vec<(String, Value)>,
    pub when: Option<Expr>,
}

#[derive(Debug, Clone)]
pub struct Todo {
    pub text: MsgId,
    pub when: Option<Expr>,
    /// The office action this to-do stands for: to-dos of one action are one line.
    pub action: Option<String>,
}

#[derive(Debug, Clone)]
pub struct BranchRule {
    pub when: Option<Expr>,
    pub goto: NodeId,
    /// Facts the rule fills from what is known (`child_age = "min(child_ages)"`), so the next
    /// step need not ask them.
    pub derive: Vec<(String, Expr)>,
}

impl Verdict {
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
    pub name: MsgId,
    pub office: MsgId,
    /// The office action the item's to-dos stand for (see [`Todo::action`]).
    pub action: Option<String>,
    pub rules: Vec<CheckRule>,
}

#[derive(Debug, Clone)]
pub struct CheckRule {
    pub when: Option<Expr>,
    pub verdict: Verdict,
    pub reason: MsgId,
    pub args: Vec<(String, Expr)>,
    pub todo: Option<MsgId>,
}

/// Where a message id is used in the dialogs, and which variables reach it there.
#[derive(Debug, Clone)]
pub struct MessageUse {
    pub id: MsgId,
    pub path: std::path::PathBuf,
    pub line: usize,
    pub col: usize,
    pub vars: Vec<String>,
}
