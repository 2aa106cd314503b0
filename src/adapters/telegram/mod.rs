//! `wegweiser telegram`: the bot (issue 3).

use crate::config::{Data, Files};

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
