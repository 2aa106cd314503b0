//! The one word list of public offices.

use serde::{Deserialize, Serialize};

/// The offices a benefit check or an offers list can name: one key per kind of public office.
/// Defined once here; the CSV's `office` column, the companion file's `[first]` lists and the
/// dialogs' office messages (`<topic>-office-<key>`, e.g. `money-office-uvg`) all use these keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Office {
    Jobcenter,
    Bca,
    Agentur,
    Jugendamt,
    Uvg,
    Beistandschaft,
    KitaPlacement,
    Familienkasse,
    Wohngeld,
    Elterngeld,
    Standesamt,
    Amtsgericht,
    Vhs,
    MigrationAdvice,
    Finanzamt,
    Sozialamt,
    But,
}

impl Office {
    pub const ALL: [Office; 17] = [
        Office::Jobcenter,
        Office::Bca,
        Office::Agentur,
        Office::Jugendamt,
        Office::Uvg,
        Office::Beistandschaft,
        Office::KitaPlacement,
        Office::Familienkasse,
        Office::Wohngeld,
        Office::Elterngeld,
        Office::Standesamt,
        Office::Amtsgericht,
        Office::Vhs,
        Office::MigrationAdvice,
        Office::Finanzamt,
        Office::Sozialamt,
        Office::But,
    ];

    /// The key as written in the sheet (the serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            Office::Jobcenter => "jobcenter",
            Office::Bca => "bca",
            Office::Agentur => "agentur",
            Office::Jugendamt => "jugendamt",
            Office::Uvg => "uvg",
            Office::Beistandschaft => "beistandschaft",
            Office::KitaPlacement => "kita-placement",
            Office::Familienkasse => "familienkasse",
            Office::Wohngeld => "wohngeld",
            Office::Elterngeld => "elterngeld",
            Office::Standesamt => "standesamt",
            Office::Amtsgericht => "amtsgericht",
            Office::Vhs => "vhs",
            Office::MigrationAdvice => "migration-advice",
            Office::Finanzamt => "finanzamt",
            Office::Sozialamt => "sozialamt",
            Office::But => "but",
        }
    }

    pub fn parse(s: &str) -> Option<Office> {
        let s = s.trim().to_lowercase().replace('_', "-");
        Office::ALL.into_iter().find(|o| o.as_str() == s)
    }

    /// The office's short name for its button (`offers-office-name-<key>`): the name on the
    /// sign, in the parent's script, without the gloss a text adds (buttons hold ~40 characters).
    pub fn name_message(self) -> String {
        format!("offers-office-name-{}", self.as_str())
    }

    /// The office a dialog's office message names: `money-office-uvg` -> `uvg`. Messages that
    /// name no single office (`money-office-but` names one; a free text would not) give `None`.
    pub fn from_message_id(id: &str) -> Option<Office> {
        let (_, key) = id.split_once("-office-")?;
        Office::parse(key)
    }
}
