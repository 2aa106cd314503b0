//! Command-line settings shared by every subcommand: where the files and the store are.

use std::path::PathBuf;

use anyhow::Context as _;
use chrono::NaiveDate;
use clap::Args;

use wegweiser_content::check::CodeMessages;

use crate::conversation::Content;

#[derive(Args, Clone, Debug)]
pub struct Files {
    /// Folder with the dialog files (*.toml)
    #[arg(long, env = "WEGWEISER_DIALOGS", default_value = "dialogs")]
    pub dialogs: PathBuf,
    /// Folder with one sub-folder of Fluent files (*.ftl) per language
    #[arg(long, env = "WEGWEISER_LOCALES", default_value = "locales")]
    pub locales: PathBuf,
}

#[derive(Args, Clone, Debug)]
pub struct Data {
    /// Folder of the local store (conversations, offers)
    #[arg(long, env = "WEGWEISER_DATA", default_value = "data")]
    pub data: PathBuf,
    /// Pretend today is this date (YYYY-MM-DD): which yearly figures apply. For tests.
    #[arg(long, env = "WEGWEISER_TODAY", hide = true)]
    pub today: Option<NaiveDate>,
}

impl Data {
    pub fn today(&self) -> NaiveDate {
        wegweiser_content::today::today(self.today)
    }
}

impl Files {
    /// The files as `check` sees them; with errors, prints them and refuses to start.
    pub fn load_content(&self, code: CodeMessages) -> anyhow::Result<Content> {
        match Content::load(&self.dialogs, &self.locales, code) {
            Ok((content, _)) => Ok(content),
            Err(report) => {
                for d in report.diagnostics.errors() {
                    eprintln!("{d}");
                }
                Err(anyhow::anyhow!(
                    "the dialog or locale files have errors (listed above); fix them, `wegweiser check` shows them all"
                ))
                .context(format!("loading {} and {}", self.dialogs.display(), self.locales.display()))
            }
        }
    }
}
