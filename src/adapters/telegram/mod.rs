//! `wegweiser telegram`: the bot (issue 3).

use crate::config::{Data, Files};

/// Texts this adapter shows (see `crate::code_messages`), in `locales/<lang>/telegram.ftl`.
pub const MESSAGES: &[(&str, &[&str])] = &[];

#[derive(clap::Args, Debug)]
pub struct TelegramArgs {
    #[command(flatten)]
    pub files: Files,
    #[command(flatten)]
    pub data: Data,
}

pub fn run(_args: TelegramArgs) -> anyhow::Result<()> {
    anyhow::bail!("the Telegram adapter is not built yet")
}
