//! `wegweiser stats` and `wegweiser gaps`: the needs report from the data folder.

use anyhow::Context as _;

use crate::config::Data;

use super::Stats;

#[derive(clap::Args, Debug)]
pub struct StatsArgs {
    #[command(flatten)]
    pub data: Data,
}

#[derive(clap::Args, Debug)]
pub struct GapsArgs {
    #[command(flatten)]
    pub data: Data,
    /// CSV for a spreadsheet (columns: month, topics, district, language, searches)
    #[arg(long)]
    pub csv: bool,
}

/// The counters of a data folder. sled allows one process per folder: while the bot runs,
/// coordinators use `/stats` and `/needs` in Telegram instead.
fn open(data: &Data) -> anyhow::Result<Stats> {
    let dir = &data.data;
    if !dir.join("conf").exists() {
        anyhow::bail!(
            "{} holds no data yet (no bot or chat has run with this --data folder)",
            dir.display()
        );
    }
    let store = crate::store::SledStore::open(dir).with_context(|| {
        format!(
            "opening {} (while the bot runs, use /stats and /needs in Telegram, or stop it first)",
            dir.display()
        )
    })?;
    Ok(Stats::open(store.db())?)
}

pub fn run_stats(args: &StatsArgs) -> anyhow::Result<()> {
    let summary = open(&args.data)?.summary()?;
    print!("{}", summary.text());
    Ok(())
}

pub fn run_gaps(args: &GapsArgs) -> anyhow::Result<()> {
    let summary = open(&args.data)?.summary()?;
    if args.csv {
        print!("{}", summary.gaps_csv());
        return Ok(());
    }
    let text = summary.text();
    // Only the gaps section of the full report.
    let start = text.find("Offer searches").unwrap_or(0);
    print!("{}", &text[start..]);
    Ok(())
}
