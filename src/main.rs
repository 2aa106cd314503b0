//! The `wegweiser` command line: chat, check, and (later) the Telegram bot and offers.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use wegweiser::adapters::chat::{self, ChatOptions};
use wegweiser::adapters::telegram::{self, TelegramArgs};
use wegweiser::check;
use wegweiser::config::{Data, Files};
use wegweiser::offers::{self, cli::OffersArgs};
use wegweiser::store::SledStore;

#[derive(Parser)]
#[command(
    name = "wegweiser",
    version,
    about = "Guides single parents to the help that exists for them locally"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Talk to Wegweiser in the terminal (scripted when stdin is not a terminal)
    Chat {
        #[command(flatten)]
        files: Files,
        #[command(flatten)]
        data: Data,
        /// Language code (de, en, ...); default: German, or what you chose earlier
        #[arg(long)]
        lang: Option<String>,
        /// Whose conversation to continue (several people can share one data folder)
        #[arg(long, default_value = "terminal")]
        user: String,
        /// Offers imported when the data folder has none yet (first run); default: every
        /// network's networks/<id>/offers.csv
        #[arg(long, env = "WEGWEISER_SAMPLE_OFFERS")]
        sample_offers: Option<std::path::PathBuf>,
    },
    /// Validate dialogs, figures and locales; one line per problem, exit 1 on errors
    Check {
        #[command(flatten)]
        files: Files,
        /// Also check the stored offers in this data folder (entries older than 12 months)
        #[arg(long)]
        data: Option<std::path::PathBuf>,
    },
    /// A local web page to talk to the bot over your working copy of the files, live reloaded
    Preview(wegweiser::adapters::preview::PreviewArgs),
    /// Run the Telegram bot (token in TELOXIDE_TOKEN)
    Telegram(TelegramArgs),
    /// Manage the local offers: import, list, export
    Offers(OffersArgs),
    /// Draw the decision tree: Mermaid, DOT and an SVG for the browser
    Graph(wegweiser::tools::GraphArgs),
    /// Print (or write with --out) the JSON Schemas editors use to check the dialog files
    Schema(wegweiser::tools::SchemaArgs),
    /// Print the t.me deep link into a topic, optionally as a QR code (PNG, SVG) for flyers
    Link(wegweiser::tools::LinkArgs),
    /// The needs report: anonymous usage counts (counts below 5 shown as <5)
    Stats(wegweiser::stats::cli::StatsArgs),
    /// Offer searches that found nothing, per month, topics, district, language
    Gaps(wegweiser::stats::cli::GapsArgs),
    /// Write the conversations and usage counters to FILE (JSON lines), e.g. nightly
    Backup {
        file: std::path::PathBuf,
        #[command(flatten)]
        data: Data,
    },
    /// Fill an empty data folder from a backup FILE (offers: `offers import` their CSV)
    Restore {
        file: std::path::PathBuf,
        #[command(flatten)]
        data: Data,
    },
    /// Translation bookkeeping
    Translations {
        #[command(subcommand)]
        cmd: TranslationsCmd,
    },
}

#[derive(Subcommand)]
enum TranslationsCmd {
    /// Record that the translations of a language were reviewed against the current German
    /// texts; `check` then flags a translation as outdated when its German text changes
    Reviewed {
        /// Language code(s), e.g. tr
        #[arg(long, required = true)]
        lang: Vec<String>,
        #[command(flatten)]
        files: Files,
    },
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("WEGWEISER_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("wegweiser: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.cmd {
        Cmd::Check { files, data } => {
            let mut report =
                check::check_dirs(&files.dialogs, &files.locales, wegweiser::CODE_MESSAGES);
            if let Some(dir) = data {
                let today = wegweiser::today::today(wegweiser::today::fixed_from_env());
                report.diagnostics.items.extend(offers::cli::check_offers(
                    &dir,
                    report.tree.as_ref(),
                    today,
                ));
                report.offer_coverage = offers::cli::offers_coverage(&dir);
                report.diagnostics.sort();
            }
            for line in report.lines() {
                println!("{line}");
            }
            Ok(if report.has_errors() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Cmd::Chat {
            files,
            data,
            lang,
            user,
            sample_offers,
        } => {
            let store = SledStore::open(&data.data)?;
            let content = files.load_content(wegweiser::CODE_MESSAGES)?;
            let finder = chat::offers(&store, sample_offers.as_deref(), &content)?;
            let content = content.with_offers(finder);
            let stdin = std::io::stdin();
            let opts = ChatOptions {
                lang,
                user,
                today: data.today(),
                interactive: stdin.is_terminal(),
            };
            let mut input = stdin.lock();
            let mut out = std::io::stdout().lock();
            chat::run(&content, &store, &opts, &mut input, &mut out)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Preview(args) => {
            wegweiser::adapters::preview::run(args)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Telegram(args) => {
            telegram::run(args, wegweiser::CODE_MESSAGES)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Graph(args) => {
            wegweiser::tools::run_graph(&args)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Schema(args) => {
            wegweiser::tools::run_schema(&args)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Link(args) => {
            wegweiser::tools::run_link(&args)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Stats(args) => {
            wegweiser::stats::cli::run_stats(&args)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Gaps(args) => {
            wegweiser::stats::cli::run_gaps(&args)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Offers(args) => {
            offers::cli::run(args)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Backup { file, data } => {
            use anyhow::Context as _;
            let store = SledStore::open(&data.data)?;
            // Written beside the target and renamed: an interrupted backup never replaces a good one.
            let tmp = file.with_extension("partial");
            let mut out = std::io::BufWriter::new(
                std::fs::File::create(&tmp)
                    .with_context(|| format!("cannot create {}", tmp.display()))?,
            );
            let n = wegweiser::store::backup::backup(&store, telegram::BACKUP_TREES, &mut out)
                .with_context(|| format!("writing the backup {}", tmp.display()))?;
            drop(out);
            std::fs::rename(&tmp, &file)
                .with_context(|| format!("cannot move the backup to {}", file.display()))?;
            println!("{n} entries written to {}", file.display());
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Restore { file, data } => {
            use anyhow::Context as _;
            let input = std::fs::File::open(&file)
                .with_context(|| format!("cannot open the backup {}", file.display()))?;
            let store = SledStore::open(&data.data)?;
            let n = wegweiser::store::backup::restore(
                &store,
                telegram::BACKUP_TREES,
                &mut std::io::BufReader::new(input),
            )
            .with_context(|| format!("restoring {}", file.display()))?;
            println!(
                "{n} entries restored into {}; now import the offers: wegweiser offers import FILE.csv --data {}",
                data.data.display(),
                data.data.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Translations {
            cmd: TranslationsCmd::Reviewed { lang, files },
        } => {
            for l in lang {
                let n = wegweiser::i18n::staleness::mark_reviewed(&files.locales, &l)?;
                println!("{l}: recorded the German source of {n} messages");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
