//! `wegweiser schema`: JSON Schemas for the dialog files, generated from the serde types `load`
//! reads (`dialog::raw`), so an editor validates exactly what the loader accepts.
//!
//! Three files, because the three kinds of file have different shapes: topic files
//! (`dialog.schema.json`), `facts.toml` (`facts.schema.json`), `figures.toml`
//! (`figures.schema.json`). Draft-07, the draft editors' TOML extensions support best.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};

use crate::dialog::raw::{RawFact, RawFigure, RawTopic};

/// One schema file: its name under `schema/` and which dialog files it is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    /// Topic files: `dialogs/<topic>.toml`, also `main.toml`.
    Dialog,
    /// `dialogs/facts.toml`.
    Facts,
    /// `dialogs/figures.toml`.
    Figures,
}

impl SchemaKind {
    pub const ALL: [SchemaKind; 3] = [SchemaKind::Dialog, SchemaKind::Facts, SchemaKind::Figures];

    pub fn file_name(self) -> &'static str {
        match self {
            SchemaKind::Dialog => "dialog.schema.json",
            SchemaKind::Facts => "facts.schema.json",
            SchemaKind::Figures => "figures.schema.json",
        }
    }

    /// The schema for a dialog file name (`facts.toml`, `money.toml`, ...).
    pub fn for_file(name: &str) -> SchemaKind {
        match name {
            crate::dialog::FACTS_FILE => SchemaKind::Facts,
            crate::dialog::FIGURES_FILE => SchemaKind::Figures,
            _ => SchemaKind::Dialog,
        }
    }

    pub fn schema(self) -> Schema {
        match self {
            SchemaKind::Dialog => generate::<RawTopic>(
                "Wegweiser topic file",
                "A topic of the Wegweiser dialogs (dialogs/<topic>.toml): the topic and its [[node]] steps. Format: docs/dialog-format.md",
            ),
            SchemaKind::Facts => generate::<BTreeMap<String, RawFact>>(
                "Wegweiser facts",
                "The facts a conversation can collect (dialogs/facts.toml): [name] with its type",
            ),
            SchemaKind::Figures => generate::<BTreeMap<String, RawFigure>>(
                "Wegweiser figures",
                "Amounts and limits with the date they hold from (dialogs/figures.toml)",
            ),
        }
    }

    /// The schema as it is committed: pretty JSON with a final newline.
    pub fn text(self) -> String {
        let mut s = serde_json::to_string_pretty(&self.schema()).unwrap_or_default();
        s.push('\n');
        s
    }
}

fn generate<T: JsonSchema>(title: &str, description: &str) -> Schema {
    let mut schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>();
    schema.insert("title".into(), title.into());
    schema.insert("description".into(), description.into());
    schema
}

/// Writes the three schema files into `dir` (created if missing) and returns their paths.
pub fn write_all(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    SchemaKind::ALL
        .iter()
        .map(|k| {
            let path = dir.join(k.file_name());
            std::fs::write(&path, k.text())?;
            Ok(path)
        })
        .collect()
}
