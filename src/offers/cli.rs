//! `wegweiser offers import|list|export`, and the offers part of `wegweiser check`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use chrono::NaiveDate;

use crate::config::{Data, Files};
use crate::diag::{Diagnostic, Severity};
use crate::dialog::{NodeKind, Tree};
use crate::store::SledStore;
use wegweiser_offers::companion::{self, TranslatedFrom};
use wegweiser_offers::model::{Kind, TextField};
use wegweiser_offers::store::{ImportSummary, OfferStore, Query};
use wegweiser_offers::SheetRow;
use wegweiser_offers::{table, OfferError};

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
        #[command(flatten)]
        files: Files,
    },
    /// Record that the translations in a sheet were reviewed against its current German texts
    /// (writes SHEET.translated-from.toml)
    Reviewed {
        file: PathBuf,
        /// Only this language (default: all)
        #[arg(long)]
        lang: Option<String>,
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
        OffersCmd::Reviewed { file, lang } => {
            let parsed = read_file(&file, None)?;
            let offers: Vec<_> = parsed.offers.into_iter().map(|(o, _)| o).collect();
            let path = companion::record_path(&file);
            let mut record = TranslatedFrom::load(&path)
                .map_err(|e| anyhow::anyhow!(e))?
                .unwrap_or_default();
            let n = record.mark_reviewed(&offers, lang.as_deref());
            record
                .save(&path)
                .with_context(|| format!("writing {}", path.display()))?;
            println!("{}: {n} translation(s) recorded", path.display());
            Ok(())
        }
        OffersCmd::Import {
            file,
            replace,
            dry_run,
            data,
            files,
        } => {
            let tree = load_tree(&files)?;
            if dry_run {
                let parsed = read_file(&file, Some(&tree))?;
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
            let (summary, warnings) = import_file(&store, &file, replace, Some(&tree))?;
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

/// The dialogs a sheet is checked against (topics, tags, facts of conditions).
fn load_tree(files: &Files) -> anyhow::Result<Tree> {
    let (tree, diags) = crate::dialog::load_dir(&files.dialogs);
    if let Some(e) = diags.errors().next() {
        anyhow::bail!("fix the dialog files first (`wegweiser check`): {e}");
    }
    tree.with_context(|| format!("no dialogs in {}", files.dialogs.display()))
}

/// A sheet with its companion files read: the areas file (its extra tags join the
/// vocabulary; its errors are the sheet's) and the translation record (outdated translations
/// become warnings and are kept on the offer for `check --data`).
pub struct ReadSheet {
    pub parsed: table::Parsed,
    pub areas: Option<companion::Areas>,
}

fn read_file(path: &Path, tree: Option<&Tree>) -> Result<table::Parsed, OfferError> {
    read_sheet(path, tree).map(|r| r.parsed)
}

pub fn read_sheet(path: &Path, tree: Option<&Tree>) -> Result<ReadSheet, OfferError> {
    let bytes = std::fs::read(path).map_err(|source| OfferError::Read {
        path: path.display().to_string(),
        source,
    })?;
    let areas =
        companion::read_areas(&companion::areas_path(path), tree).map_err(OfferError::Invalid)?;
    let vocab = match tree {
        Some(t) => table::Vocabulary::from_tree(t, areas.as_ref().map_or(&[], |a| &a.tags)),
        None => table::Vocabulary::default(),
    };
    if let (Some(a), Some(tags)) = (&areas, &vocab.tags) {
        let bad = companion::check_first(&a.areas, tags);
        if !bad.is_empty() {
            let name = companion::areas_path(path).display().to_string();
            return Err(OfferError::Invalid(
                bad.into_iter().map(|b| format!("{name}:1: {b}")).collect(),
            ));
        }
    }
    let name = path.display().to_string();
    let mut parsed = table::parse_with(&name, &bytes, &vocab)?;
    let record_path = companion::record_path(path);
    let record = TranslatedFrom::load(&record_path).map_err(|e| OfferError::Invalid(vec![e]))?;
    if let Some(record) = record {
        for (offer, line) in parsed.offers.iter_mut() {
            let outdated = record.outdated(offer);
            for column in &outdated {
                let lang = column.rsplit('_').next().unwrap_or_default();
                parsed.warnings.push(format!(
                    "{name}:{line}: {column} of '{}' was translated from an older German text: check it, then run `wegweiser offers reviewed {name} --lang {lang}`",
                    offer.id
                ));
            }
            offer.outdated = outdated.into_iter().collect();
        }
    }
    Ok(ReadSheet {
        parsed,
        areas: areas.map(|a| a.areas),
    })
}

/// Validates and imports a sheet (and its areas file) in one transaction; returns what
/// changed and the warnings.
pub fn import_file(
    store: &OfferStore,
    path: &Path,
    replace: bool,
    tree: Option<&Tree>,
) -> Result<(ImportSummary, Vec<String>), OfferError> {
    let sheet = read_sheet(path, tree)?;
    let name = path.display().to_string();
    let network = network_of_sheet(path).unwrap_or_default();
    let rows: Vec<_> = sheet
        .parsed
        .offers
        .into_iter()
        .map(|(mut o, line)| {
            o.network = network.clone();
            (o, SheetRow::new(name.clone(), line))
        })
        .collect();
    if let Some(areas) = &sheet.areas {
        store.set_network_areas(&network, areas)?;
    }
    let summary = store.import(&rows, replace)?;
    Ok((summary, sheet.parsed.warnings))
}

/// The network a sheet belongs to: the folder it lies in, if that folder has a
/// `network.toml` (`networks/hagen/offers.csv` -> `hagen`).
pub fn network_of_sheet(sheet: &Path) -> Option<String> {
    let dir = sheet.parent()?;
    dir.join("network.toml")
        .is_file()
        .then(|| dir.file_name().map(|n| n.to_string_lossy().to_string()))
        .flatten()
}

/// On first run, fills an empty store from every network's sheet in `networks` (those that
/// have one). Does nothing if there are offers.
pub fn seed_networks_if_empty(
    store: &OfferStore,
    networks: &crate::networks::Networks,
    tree: Option<&Tree>,
) -> Result<Vec<(String, ImportSummary)>, OfferError> {
    let mut out = Vec::new();
    if !store.is_empty()? {
        return Ok(out);
    }
    for n in &networks.list {
        let sheet = n.offers_sheet();
        if sheet.is_file() {
            let (summary, _) = import_file(store, &sheet, false, tree)?;
            out.push((n.id.clone(), summary));
        }
    }
    Ok(out)
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
    let (summary, _) = import_file(store, sample, false, None)?;
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
        let (path, line) = (PathBuf::from(&s.source.file), s.source.line);
        for column in &s.offer.outdated {
            out.push(warn(
                path.clone(),
                line,
                format!(
                    "offer '{}': {column} was translated from an older German text: check it, then run `wegweiser offers reviewed` for the sheet",
                    s.offer.id
                ),
            ));
        }
        if s.offer.is_stale(today) {
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

/// Per language, how many of the stored offers' parent-facing texts (descriptions and notes
/// with a German text) have a usable translation; `outdated`: made from an older German text.
pub fn offers_coverage(data_dir: &Path) -> Vec<crate::check::Coverage> {
    let Ok(all) = SledStore::open(data_dir)
        .map_err(anyhow::Error::from)
        .and_then(|db| Ok(OfferStore::open(db.db())?.all_sourced()?))
    else {
        return Vec::new();
    };
    table::LANGUAGES
        .iter()
        .map(|lang| {
            let mut c = crate::check::Coverage {
                lang: lang.to_string(),
                translated: 0,
                total: 0,
                outdated: 0,
            };
            for s in &all {
                for field in [TextField::Description, TextField::Info] {
                    if s.offer.german(field).is_none() {
                        continue;
                    }
                    c.total += 1;
                    if s.offer.localized(field, lang).is_some_and(|l| !l.german) {
                        c.translated += 1;
                    }
                    if s.offer.outdated.contains(&field.column(lang)) {
                        c.outdated += 1;
                    }
                }
            }
            c
        })
        .collect()
}
