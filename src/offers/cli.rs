//! `wegweiser offers import|list|export`, and the offers part of `wegweiser check`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use chrono::NaiveDate;

use super::model::Kind;
use super::store::{ImportSummary, OfferStore, Query};
use super::{table, OfferError};
use crate::config::Data;
use crate::diag::{Diagnostic, Severity};
use crate::dialog::{NodeKind, Tree};
use crate::store::SledStore;

#[derive(clap::Args, Debug)]
pub struct OffersArgs {
    #[command(subcommand)]
    pub cmd: OffersCmd,
}

#[derive(clap::Subcommand, Debug)]
pub enum OffersCmd {
    /// Import offers from a CSV sheet (columns: docs/offers.md); all rows or none
    Import {
        /// The CSV file (comma, semicolon or tab separated; UTF-8 or Excel's Windows-1252)
        file: PathBuf,
        /// Also remove stored offers that the file no longer lists
        #[arg(long)]
        replace: bool,
        /// Only validate the file; change nothing
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        data: Data,
    },
    /// List stored offers, optionally filtered
    List {
        /// Topic or tag (repeat for any of several)
        #[arg(long = "tag", visible_alias = "topic")]
        tags: Vec<String>,
        #[arg(long)]
        district: Option<String>,
        /// Language spoken there (de, tr, ar, ...)
        #[arg(long)]
        language: Option<String>,
        #[arg(long)]
        postcode: Option<String>,
        /// office, counselling, course, childcare, family_centre, transport, ...
        #[arg(long)]
        kind: Option<String>,
        /// Only offers not confirmed for more than 12 months
        #[arg(long)]
        stale: bool,
        #[command(flatten)]
        data: Data,
    },
    /// Write all offers as CSV (imports back unchanged)
    Export {
        /// Output file; default: standard output
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Semicolons, Windows line endings and a byte-order mark, for German Excel
        #[arg(long)]
        excel: bool,
        #[command(flatten)]
        data: Data,
    },
}

pub fn run(args: OffersArgs) -> anyhow::Result<()> {
    match args.cmd {
        OffersCmd::Import {
            file,
            replace,
            dry_run,
            data,
        } => {
            if dry_run {
                let parsed = read_file(&file)?;
                for w in &parsed.warnings {
                    eprintln!("{w}");
                }
                println!(
                    "{}: {} offer(s), no problems",
                    file.display(),
                    parsed.offers.len()
                );
                return Ok(());
            }
            let store = open(&data)?;
            let (summary, warnings) = import_file(&store, &file, replace)?;
            for w in &warnings {
                eprintln!("{w}");
            }
            println!(
                "{}: {} added, {} updated, {} unchanged, {} removed",
                file.display(),
                summary.added,
                summary.updated,
                summary.unchanged,
                summary.removed
            );
            Ok(())
        }
        OffersCmd::List {
            tags,
            district,
            language,
            postcode,
            kind,
            stale,
            data,
        } => {
            let kind = match kind {
                Some(k) => Some(Kind::parse(&k).with_context(|| format!("unknown kind '{k}'"))?),
                None => None,
            };
            let checked_before = if stale {
                twelve_months_before(data.today())
            } else {
                None
            };
            let store = open(&data)?;
            let q = Query {
                labels: tags,
                district,
                language,
                postcode,
                kind,
                checked_before,
            };
            let offers = store.query(&q)?;
            let mut out = std::io::stdout().lock();
            for o in &offers {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}",
                    o.id,
                    o.kind.as_str(),
                    if o.district.is_empty() {
                        "-"
                    } else {
                        &o.district
                    },
                    o.last_checked,
                    o.name
                )?;
            }
            eprintln!("{} offer(s)", offers.len());
            Ok(())
        }
        OffersCmd::Export { out, excel, data } => {
            let store = open(&data)?;
            let offers: Vec<_> = store.all_sourced()?.into_iter().map(|s| s.offer).collect();
            match out {
                Some(path) => {
                    let mut buf = Vec::new();
                    table::write(&offers, excel, &mut buf)?;
                    std::fs::write(&path, buf)
                        .with_context(|| format!("writing {}", path.display()))?;
                    eprintln!("{} offer(s) written to {}", offers.len(), path.display());
                }
                None => table::write(&offers, excel, &mut std::io::stdout().lock())?,
            }
            Ok(())
        }
    }
}

fn open(data: &Data) -> anyhow::Result<OfferStore> {
    let db = SledStore::open(&data.data)?;
    Ok(OfferStore::open(db.db())?)
}

fn read_file(path: &Path) -> Result<table::Parsed, OfferError> {
    let bytes = std::fs::read(path).map_err(|source| OfferError::Read {
        path: path.display().to_string(),
        source,
    })?;
    table::parse(&path.display().to_string(), &bytes)
}

/// Validates and imports a sheet in one transaction; returns what changed and the warnings.
pub fn import_file(
    store: &OfferStore,
    path: &Path,
    replace: bool,
) -> Result<(ImportSummary, Vec<String>), OfferError> {
    let parsed = read_file(path)?;
    let name = path.display().to_string();
    let rows: Vec<_> = parsed
        .offers
        .into_iter()
        .map(|(o, line)| (o, format!("{name}:{line}")))
        .collect();
    let summary = store.import(&rows, replace)?;
    Ok((summary, parsed.warnings))
}

/// On first run, fills an empty store from a sample sheet, so a newcomer's first chat already
/// shows offers. Does nothing if there are offers or the file does not exist.
pub fn seed_if_empty(
    store: &OfferStore,
    sample: &Path,
) -> Result<Option<ImportSummary>, OfferError> {
    if !store.is_empty()? || !sample.is_file() {
        return Ok(None);
    }
    let (summary, _) = import_file(store, sample, false)?;
    Ok(Some(summary))
}

fn twelve_months_before(today: NaiveDate) -> Option<NaiveDate> {
    today.checked_sub_months(chrono::Months::new(12))
}

/// What `check --data DIR` adds: a warning per offer not confirmed for more than 12 months
/// (pointing at the sheet row it came from), and per offers step whose tags match no offer.
/// A store that cannot be opened (missing, or in use by the running bot) is one warning, so
/// `check` still works without one.
pub fn check_offers(data_dir: &Path, tree: Option<&Tree>, today: NaiveDate) -> Vec<Diagnostic> {
    let warn = |path: PathBuf, line: usize, message: String| Diagnostic {
        path,
        line,
        col: 1,
        severity: Severity::Warning,
        message,
    };
    if !data_dir.exists() {
        return vec![warn(
            data_dir.to_path_buf(),
            1,
            "no data folder: offers not checked".into(),
        )];
    }
    let store = match SledStore::open(data_dir)
        .map_err(anyhow::Error::from)
        .and_then(|db| Ok(OfferStore::open(db.db())?))
    {
        Ok(s) => s,
        Err(e) => {
            return vec![warn(
                data_dir.to_path_buf(),
                1,
                format!("offers not checked: {e}"),
            )]
        }
    };
    let all = match store.all_sourced() {
        Ok(a) => a,
        Err(e) => {
            return vec![warn(
                data_dir.to_path_buf(),
                1,
                format!("offers not checked: {e}"),
            )]
        }
    };
    let mut out = Vec::new();
    for s in &all {
        if s.offer.is_stale(today) {
            let (path, line) = match s.source.rsplit_once(':') {
                Some((p, l)) => (PathBuf::from(p), l.parse().unwrap_or(1)),
                None => (data_dir.to_path_buf(), 1),
            };
            out.push(warn(
                path,
                line,
                format!(
                    "offer '{}' was last checked on {}, more than 12 months ago: confirm it and update last_checked",
                    s.offer.id, s.offer.last_checked
                ),
            ));
        }
    }
    if let Some(tree) = tree {
        if !all.is_empty() {
            for node in &tree.nodes {
                if let NodeKind::Offers { tags, .. } = &node.kind {
                    let hit = all
                        .iter()
                        .any(|s| s.offer.labels().any(|l| tags.contains(l)));
                    if !hit {
                        out.push(warn(
                            data_dir.to_path_buf(),
                            1,
                            format!(
                                "offers step '{}' asks for tags [{}], which no stored offer has",
                                node.id,
                                tags.join(", ")
                            ),
                        ));
                    }
                }
            }
        }
    }
    out
}
