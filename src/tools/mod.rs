//! Coordinators' tools around the dialog files: a picture of the tree (`graph`), editor
//! schemas (`schema`) and flyer links with QR codes (`link`). None of them touches the engine.
//! This file holds only their command-line glue.

pub mod graph;
pub mod link;
pub mod schema;

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Args, ValueEnum};

use crate::config::Files;
use crate::dialog::Tree;

#[derive(Args, Debug)]
pub struct GraphArgs {
    #[command(flatten)]
    pub files: Files,
    /// Folder to write wegweiser.mmd, wegweiser.dot and wegweiser.svg into
    #[arg(long, default_value = "graph")]
    pub out: PathBuf,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SchemaChoice {
    Dialog,
    Facts,
    Figures,
}

#[derive(Args, Debug)]
pub struct SchemaArgs {
    /// Which schema to print (topic files, facts.toml, figures.toml)
    #[arg(value_enum, default_value = "dialog")]
    pub which: SchemaChoice,
    /// Write all three schema files into this folder instead of printing one
    #[arg(long)]
    pub out: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct LinkArgs {
    #[command(flatten)]
    pub files: Files,
    /// Topic id the link opens (e.g. money)
    #[arg(long)]
    pub topic: String,
    /// The bot's username from BotFather (default: environment WEGWEISER_BOT_NAME)
    #[arg(long)]
    pub bot: Option<String>,
    /// The network the flyer is for (its folder under networks/, e.g. hagen): the link then
    /// also sets where the parent lives
    #[arg(long)]
    pub network: Option<String>,
    /// Also write the link as a QR code PNG (for printing)
    #[arg(long)]
    pub png: Option<PathBuf>,
    /// Also write the link as a QR code SVG (scales to any size)
    #[arg(long)]
    pub svg: Option<PathBuf>,
}

/// The tree from the dialog files; with errors in them, prints them and refuses. Texts are not
/// checked here: a picture or a link must not wait for a missing translation.
fn loaded_tree(files: &Files) -> anyhow::Result<Tree> {
    let (tree, diags) = crate::dialog::load_dir(&files.dialogs);
    match tree {
        Some(tree) => Ok(tree),
        None => {
            for d in diags.errors() {
                eprintln!("{d}");
            }
            anyhow::bail!(
                "the dialog files in {} have errors (listed above); `wegweiser check` shows them all",
                files.dialogs.display()
            )
        }
    }
}

pub fn run_graph(args: &GraphArgs) -> anyhow::Result<()> {
    let tree = loaded_tree(&args.files)?;
    let de_dir = args.files.locales.join(crate::i18n::SOURCE_LANG);
    let de = graph::GermanTexts::load(&de_dir)
        .with_context(|| format!("reading the German texts in {}", de_dir.display()))?;
    let diagram = graph::Diagram::new(&tree, &de);
    let written = diagram
        .write_all(&args.out)
        .with_context(|| format!("writing into {}", args.out.display()))?;
    let unreachable = diagram.nodes.iter().filter(|n| !n.reachable).count();
    eprintln!(
        "{} steps, {} arrows, {unreachable} unreachable; open the .svg in a browser",
        diagram.nodes.len(),
        diagram.edges.len()
    );
    for p in written {
        println!("{}", p.display());
    }
    Ok(())
}

pub fn run_schema(args: &SchemaArgs) -> anyhow::Result<()> {
    match &args.out {
        Some(dir) => {
            for p in
                schema::write_all(dir).with_context(|| format!("writing into {}", dir.display()))?
            {
                println!("{}", p.display());
            }
        }
        None => {
            let kind = match args.which {
                SchemaChoice::Dialog => schema::SchemaKind::Dialog,
                SchemaChoice::Facts => schema::SchemaKind::Facts,
                SchemaChoice::Figures => schema::SchemaKind::Figures,
            };
            print!("{}", kind.text());
        }
    }
    Ok(())
}

pub fn run_link(args: &LinkArgs) -> anyhow::Result<()> {
    let env = std::env::var(link::BOT_ENV).ok();
    let bot = link::bot_name(args.bot.as_deref(), env.as_deref())?;
    let tree = loaded_tree(&args.files)?;
    let url = match &args.network {
        None => link::deep_link(&tree, &bot, &args.topic)?,
        Some(network) => {
            let dir = crate::check::networks_dir(&args.files.dialogs);
            let (networks, diags) = crate::networks::load_dir(&dir);
            if diags.has_errors() {
                for d in diags.errors() {
                    eprintln!("{d}");
                }
                anyhow::bail!(
                    "the network files in {} have errors (listed above)",
                    dir.display()
                );
            }
            link::network_link(&tree, &networks, &bot, network, &args.topic)?
        }
    };
    println!("{url}");
    if let Some(p) = &args.png {
        link::write_png(&url, p)?;
        eprintln!("QR code written to {}", p.display());
    }
    if let Some(p) = &args.svg {
        link::write_svg(&url, p)?;
        eprintln!("QR code written to {}", p.display());
    }
    Ok(())
}
