//! The dialog files as written, before checking: the serde types `load` reads and the JSON
//! Schema for editors is generated from (`wegweiser schema`), so the two cannot drift apart.
//!
//! Positions are kept with `Spanned` so errors point into the file; for the schema a spanned
//! field is described as the plain value it holds (`#[schemars(with = ...)]`). Fields named by
//! a fixed word list (node `type`, fact `type`, ...) stay strings here so `load` can report an
//! unknown word with its position; the schema offers the list from its enum in `words`.

use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::Deserialize;
use toml::Spanned;

/// One fact in `facts.toml`: `[name]` then its fields.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    /// bool, number, numbers, choice or text.
    #[serde(rename = "type")]
    #[schemars(with = "super::words::FactType")]
    pub ty: Spanned<String>,
    /// The allowed words of a `choice` fact.
    #[schemars(with = "Option<Vec<String>>")]
    pub values: Option<Spanned<Vec<String>>>,
    /// For a `numbers` fact of ages: the `numbers` fact of birth months (input format
    /// `months`) they follow from once it is known, on every day, so ages grow by themselves.
    #[schemars(with = "Option<String>")]
    pub ages_from: Option<Spanned<String>>,
    /// What the fact means (for coordinators; not shown to parents).
    #[allow(dead_code)]
    pub doc: Option<String>,
}

/// One figure in `figures.toml`: an amount or limit with the dates it holds from.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    /// eur, percent or number.
    #[schemars(with = "super::words::Unit")]
    pub unit: Spanned<String>,
    /// The values, oldest first: `{ from = 2026-01-01, value = 259 }`.
    #[schemars(with = "Vec<RawFigureValue>")]
    pub values: Spanned<Vec<RawFigureValue>>,
    /// true: the newest value is not yet confirmed; texts using it say so.
    #[serde(default)]
    pub verify: bool,
    /// What the figure is (for coordinators).
    #[allow(dead_code)]
    pub doc: Option<String>,
    /// Where the figure comes from (a web address).
    #[allow(dead_code)]
    pub source: Option<String>,
}

/// One value of a figure and the day it holds from.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFigureValue {
    /// A date without quotes, like 2026-01-01.
    #[schemars(schema_with = "date_schema")]
    pub from: toml::value::Datetime,
    /// The amount or limit: a number, 0 or more, with a decimal point (`259`, `12.5`).
    #[schemars(with = "f64", range(min = 0))]
    pub value: Spanned<f64>,
}

/// A topic file (`dialogs/<topic>.toml`): the topic and its `[[node]]`s.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTopic {
    /// Topic id, unique; also the deep link `/start <topic>`.
    #[schemars(with = "String")]
    pub topic: Spanned<String>,
    /// Message id of the topic's name.
    #[schemars(with = "Option<String>")]
    pub title: Option<Spanned<String>>,
    /// Id of the node where the topic begins.
    #[schemars(with = "String")]
    pub start: Spanned<String>,
    /// The steps of the topic.
    #[serde(default)]
    pub node: Vec<RawNode>,
}

/// One step (`[[node]]`).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    /// Node id, unique across all files (letters, digits, '-', '_').
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// question, input, info, branch, check, summary, offers or outlook.
    #[serde(rename = "type")]
    #[schemars(with = "super::words::NodeType")]
    pub kind: Spanned<String>,
    /// Message id of the text shown (not needed by `branch`).
    #[schemars(with = "Option<String>")]
    pub text: Option<Spanned<String>>,
    /// Fluent variables for this node's messages: `{ name = "expression" }`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    pub args: BTreeMap<String, Spanned<String>>,
    /// The buttons (at most 8 fit a phone screen).
    #[serde(default)]
    pub options: Vec<RawOption>,
    /// Node id shown after a "Continue" button (info, check, offers).
    #[schemars(with = "Option<String>")]
    pub next: Option<Spanned<String>>,
    /// true: the path really ends here (info).
    #[serde(default)]
    pub end: bool,
    /// The fact an input node fills.
    #[schemars(with = "Option<String>")]
    pub fact: Option<Spanned<String>>,
    /// number, numbers, postcode or months (input).
    #[schemars(with = "Option<super::words::InputFormat>")]
    pub format: Option<Spanned<String>>,
    /// Node id after a valid answer (input).
    #[schemars(with = "Option<String>")]
    pub goto: Option<Spanned<String>>,
    /// Message id shown when the answer is not valid (input).
    #[schemars(with = "Option<String>")]
    pub error: Option<Spanned<String>>,
    /// Smallest accepted number (input).
    pub min: Option<f64>,
    /// Largest accepted number (input).
    pub max: Option<f64>,
    /// Routing rules of a branch; the last one without `when`.
    #[serde(default)]
    pub rules: Vec<RawBranchRule>,
    /// The benefits of a check node.
    #[serde(default)]
    pub items: Vec<RawItem>,
    /// To-do entries added to the summary when the node is shown.
    #[serde(default)]
    pub todo: Vec<RawTodo>,
    /// Offer labels an offers node lists.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Spanned<String>>,
    /// The changes an outlook node looks for.
    #[serde(default)]
    pub events: Vec<RawEvent>,
}

/// One kind of change in an outlook node (`[[node.events]]`).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    /// Message id of the line shown; it gets `$date` and every arg as `$name` (on the day)
    /// and `$name_before` (the day before).
    #[schemars(with = "String")]
    pub text: Spanned<String>,
    /// Condition on the day of the change (today for an event without `value` or `months`).
    #[schemars(with = "Option<String>")]
    pub when: Option<Spanned<String>>,
    /// The event is each day within the outlook where this value changes by itself.
    #[schemars(with = "Option<String>")]
    pub value: Option<Spanned<String>>,
    /// With `value`: "up" or "down" keeps only rises or falls.
    #[schemars(with = "Option<super::words::Direction>")]
    pub direction: Option<Spanned<String>>,
    /// The event is the first day of the month this many months from now.
    #[schemars(with = "Option<String>")]
    pub months: Option<Spanned<String>>,
    /// Fluent variables for the line: `{ name = "expression" }`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    pub args: BTreeMap<String, Spanned<String>>,
}

/// A button.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    /// Message id of the button's text.
    #[schemars(with = "String")]
    pub label: Spanned<String>,
    /// Node id the button leads to.
    #[schemars(with = "String")]
    pub goto: Spanned<String>,
    /// Facts to set when tapped, with values of the fact's type: `{ buergergeld = true }`.
    #[serde(default)]
    #[schemars(schema_with = "set_schema")]
    pub set: BTreeMap<String, Spanned<toml::Value>>,
    /// Condition: the button shows only if it holds.
    #[schemars(with = "Option<String>")]
    pub when: Option<Spanned<String>>,
}

/// A routing rule of a branch node.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBranchRule {
    /// Condition; leave it out in the last rule (the otherwise case).
    #[schemars(with = "Option<String>")]
    pub when: Option<Spanned<String>>,
    /// Node id to go to.
    #[schemars(with = "String")]
    pub goto: Spanned<String>,
    /// Facts filled from what is known when the rule is taken: `{ child_age = "min(child_ages)" }`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    pub derive: BTreeMap<String, Spanned<String>>,
}

/// One benefit in a check node.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    /// Message id of the benefit's name.
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    /// Message id of the office to apply at.
    #[schemars(with = "String")]
    pub office: Spanned<String>,
    /// The office action its to-dos stand for; a node's to-do with the same `action` is the
    /// same line of the checklist.
    #[schemars(with = "Option<String>")]
    pub action: Option<Spanned<String>>,
    /// The first rule whose `when` holds decides the line.
    pub rules: Vec<RawCheckRule>,
}

/// A rule of a benefit in a check node.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCheckRule {
    /// Condition; optional.
    #[schemars(with = "Option<String>")]
    pub when: Option<Spanned<String>>,
    /// likely, maybe or unlikely.
    #[schemars(with = "super::words::Verdict")]
    pub verdict: Spanned<String>,
    /// Message id of the one-line reason.
    #[schemars(with = "String")]
    pub reason: Spanned<String>,
    /// Fluent variables for the reason: `{ name = "expression" }`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    pub args: BTreeMap<String, Spanned<String>>,
    /// Message id of a to-do added to the summary.
    #[schemars(with = "Option<String>")]
    pub todo: Option<Spanned<String>>,
}

/// A to-do entry.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTodo {
    /// Message id of the to-do.
    #[schemars(with = "String")]
    pub text: Spanned<String>,
    /// Condition; optional.
    #[schemars(with = "Option<String>")]
    pub when: Option<Spanned<String>>,
    /// The office action it stands for (as a check item's `action`): one line per action.
    #[schemars(with = "Option<String>")]
    pub action: Option<Spanned<String>>,
}

/// TOML dates reach a JSON Schema validator (taplo's, our tests') as strings.
fn date_schema(_: &mut SchemaGenerator) -> Schema {
    schemars::json_schema!({ "type": "string", "format": "date" })
}

/// A fact value: yes/no, a number, a word, or a list of numbers.
fn set_schema(_: &mut SchemaGenerator) -> Schema {
    schemars::json_schema!({
        "type": "object",
        "additionalProperties": {
            "anyOf": [
                { "type": "boolean" },
                { "type": "number" },
                { "type": "string" },
                { "type": "array", "items": { "type": "number" } }
            ]
        }
    })
}
