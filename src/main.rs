//! The `wegweiser` command line: chat, check, and (later) the Telegram bot and offers.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use wegweiser::adapters::chat::{self, ChatOptions};
use wegweiser::check;
use wegweiser::conversation::Content;
use wegweiser::store::SledStore;

#[derive(Parser)]
#[command(name = "wegweiser", version, about = "Guides single parents to the help that exists for them locally")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Args, Clone)]
struct Files {
    /// Folder with the dialog files (*.toml)
    #[arg(long, env = "WEGWEISER_DIALOGS", default_value = "dialogs")]
    dialogs: PathBuf,
    /// Folder with one sub-folder of Fluent files (*.ftl) per language
    #[arg(long, env = "WEGWEISER_LOCALES", default_value = "locales")]
    locales: PathBuf,
}

#[derive(Args, Clone)]
struct Data {
    /// Folder of the local store (conversations, offers)
    #[arg(long, env = "WEGWEISER_DATA", default_value = "data")]
    data: PathBuf,
    /// Pretend today is this date (YYYY-MM-DD): which yearly figures apply. For tests.
    #[arg(long, env = "WEGWEISER_TODAY", hide = true)]
    today: Option<NaiveDate>,
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
    },
    /// Validate dialogs, figures and locales; one line per problem, exit 1 on errors
    Check {
        #[command(flatten)]
        files: Files,
    },
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("WEGWEISER_LOG").unwrap_or_else(|_| "warn".into()),
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
        Cmd::Check { files } => {
            let report = check::check_dirs(&files.dialogs, &files.locales);
            for line in report.lines() {
                println!("{line}");
            }
            Ok(if report.has_errors() { ExitCode::FAILURE } else { ExitCode::SUCCESS })
        }
        Cmd::Chat { files, data, lang, user } => {
            let content = load_content(&files)?;
            let store = SledStore::open(&data.data)?;
            let stdin = std::io::stdin();
            let opts = ChatOptions {
                lang,
                user,
                today: today(&data),
                interactive: stdin.is_terminal(),
            };
            let mut input = stdin.lock();
            let mut out = std::io::stdout().lock();
            chat::run(&content, &store, &opts, &mut input, &mut out)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn today(data: &Data) -> NaiveDate {
    data.today.unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// The files as `check` sees them; with errors, says where and refuses to start.
fn load_content(files: &Files) -> anyhow::Result<Content> {
    match Content::load(&files.dialogs, &files.locales) {
        Ok((content, _)) => Ok(content),
        Err(report) => {
            for d in report.diagnostics.errors() {
                eprintln!("{d}");
            }
            Err(anyhow::anyhow!(
                "the dialog or locale files have errors (listed above); fix them, `wegweiser check` shows them all"
            ))
            .context(format!("loading {} and {}", files.dialogs.display(), files.locales.display()))
        }
    }
}
