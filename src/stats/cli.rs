//! `wegweiser stats` and `wegweiser gaps`: the needs report from the data folder.

use anyhow::Context as _;

use crate::config::Data;

use wegweiser_store::stats::{Scope, Stats};

#[derive(clap::Args, Debug)]
pub struct StatsArgs {
    #[command(flatten)]
    pub data: Data,
    /// Only this network's counts (its folder name under networks/, e.g. hagen; `none`: the
    /// searches from outside every network)
    #[arg(long)]
    pub network: Option<String>,
}

#[derive(clap::Args, Debug)]
pub struct GapsArgs {
    #[command(flatten)]
    pub data: Data,
    /// Only this network's gaps (e.g. hagen; `none`: outside every network)
    #[arg(long)]
    pub network: Option<String>,
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

fn scope(network: &Option<String>) -> Scope {
    match network {
        Some(id) => Scope::Networks(vec![id.trim().to_lowercase()]),
        None => Scope::All,
    }
}

/// The report's first line when it is one network's: so a forwarded report says whose it is.
fn scope_line(network: &Option<String>) -> String {
    match network {
        Some(id) => format!("Network: {}\n", id.trim().to_lowercase()),
        None => String::new(),
    }
}

pub fn run_stats(args: &StatsArgs) -> anyhow::Result<()> {
    let summary = open(&args.data)?.summary_of(&scope(&args.network))?;
    print!("{}{}", scope_line(&args.network), summary.text());
    Ok(())
}

pub fn run_gaps(args: &GapsArgs) -> anyhow::Result<()> {
    let summary = open(&args.data)?.summary_of(&scope(&args.network))?;
    if args.csv {
        print!("{}", summary.gaps_csv());
        return Ok(());
    }
    let text = summary.text();
    // Only the gaps section of the full report.
    let start = text.find("Offer searches").unwrap_or(0);
    print!("{}{}", scope_line(&args.network), &text[start..]);
    Ok(())
}
