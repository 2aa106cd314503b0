//! The editor schemas: generated from the loader's own types, committed under `schema/` and up
//! to date; every shipped dialog file validates against its schema (TOML converted to JSON the
//! way an editor does, dates as strings), and typical mistakes do not.

use std::path::PathBuf;

use serde_json::Value as Json;
use wegweiser::tools::schema::SchemaKind;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// TOML to JSON as taplo sees it: dates and times become strings.
fn to_json(v: &toml::Value) -> Json {
    match v {
        toml::Value::String(s) => Json::String(s.clone()),
        toml::Value::Integer(i) => Json::from(*i),
        toml::Value::Float(f) => Json::from(*f),
        toml::Value::Boolean(b) => Json::Bool(*b),
        toml::Value::Datetime(d) => Json::String(d.to_string()),
        toml::Value::Array(a) => Json::Array(a.iter().map(to_json).collect()),
        toml::Value::Table(t) => {
            Json::Object(t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect())
        }
    }
}

fn errors(kind: SchemaKind, toml_text: &str) -> Vec<String> {
    let schema = serde_json::to_value(kind.schema()).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let doc: toml::Value = toml::from_str(toml_text).expect("test input is TOML");
    let instance = to_json(&doc);
    validator
        .iter_errors(&instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn committed_schemas_are_the_generated_ones() {
    for kind in SchemaKind::ALL {
        let path = root().join("schema").join(kind.file_name());
        let committed =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            committed == kind.text(),
            "{} is outdated: run `cargo run -- schema --out schema`",
            path.display()
        );
    }
}

#[test]
fn every_shipped_dialog_file_validates() {
    let mut seen = 0;
    for entry in std::fs::read_dir(root().join("dialogs")).expect("dialogs") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        let kind = SchemaKind::for_file(name);
        let text = std::fs::read_to_string(&path).expect("read");
        assert_eq!(errors(kind, &text), Vec::<String>::new(), "{name}");
        // The editor finds the schema through the directive on the first line.
        assert_eq!(
            text.lines().next(),
            Some(format!("#:schema ../schema/{}", kind.file_name()).as_str()),
            "{name}"
        );
        seen += 1;
    }
    assert_eq!(seen, 8, "facts, figures, main and five topics");
}

const TOPIC: &str = r#"
topic = "money"
start = "money-start"

[[node]]
id = "money-start"
type = "question"
text = "money-start"
options = [{ label = "money-opt-check", goto = "main", set = { buergergeld = true, child_ages = [3, 7] } }]
"#;

#[test]
fn a_minimal_topic_validates() {
    assert_eq!(errors(SchemaKind::Dialog, TOPIC), Vec::<String>::new());
}

#[test]
fn typical_mistakes_are_refused() {
    let cases = [
        ("unknown field", TOPIC.replace("text = \"money-start\"", "txt = \"money-start\""), "txt"),
        ("wrong type", TOPIC.replace("type = \"question\"", "type = \"question\"\nend = \"yes\""), "end"),
        ("bad node type", TOPIC.replace("type = \"question\"", "type = \"questoin\""), "questoin"),
        ("missing id", TOPIC.replace("id = \"money-start\"\n", ""), "id"),
        ("bad verdict", format!("{TOPIC}items = [{{ name = \"a\", office = \"b\", rules = [{{ verdict = \"sure\", reason = \"c\" }}] }}]\n"), "sure"),
    ];
    for (what, text, needle) in cases {
        let errs = errors(SchemaKind::Dialog, &text);
        assert!(!errs.is_empty(), "{what} must not validate");
        assert!(errs.iter().any(|e| e.contains(needle)), "{what}: {errs:?}");
    }
    let facts = "[earnings]\ntype = \"choise\"\nvalues = [\"none\"]\n";
    assert!(
        !errors(SchemaKind::Facts, facts).is_empty(),
        "unknown fact type"
    );
    let figures =
        "[kindergeld]\nunit = \"eur\"\nvalues = [{ from = 2026-01-01, value = \"259\" }]\n";
    assert!(
        !errors(SchemaKind::Figures, figures).is_empty(),
        "value in quotes"
    );
    let figures = "[kindergeld]\nunit = \"euro\"\nvalues = [{ from = 2026-01-01, value = 259 }]\n";
    assert!(
        !errors(SchemaKind::Figures, figures).is_empty(),
        "unknown unit"
    );
}
