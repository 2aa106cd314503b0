//! `wegweiser offers ...`

use crate::config::Data;

#[derive(clap::Args, Debug)]
pub struct OffersArgs {
    #[command(flatten)]
    pub data: Data,
}

pub fn run(_args: OffersArgs) -> anyhow::Result<()> {
    anyhow::bail!("offers are not built yet")
}
