//! `wegweiser chat`: the conversation in a terminal, or scripted through stdin.

use std::io::{BufRead, Write};
use std::path::Path;
use std::sync::Arc;

use anyhow::Context as _;
use chrono::NaiveDate;

use crate::conversation::{Content, Rendered};
use crate::engine::{Effect, State};
use crate::offers::{
    cli::{seed_if_empty, seed_networks_if_empty},
    OfferFinder, OfferStore,
};
use crate::store::{SessionStore, SledStore};

pub struct ChatOptions {
    pub lang: Option<String>,
    /// Store key; several people can share one data folder under different names.
    pub user: String,
    pub today: NaiveDate,
    /// Interactive: prompt for input. Scripted: echo each input line so a transcript reads
    /// like the conversation it was.
    pub interactive: bool,
}

/// The offers in the data folder, for `Content::with_offers`. An empty store is filled from
/// `sample`, or without one from every network's sheet (`networks/<id>/offers.csv`), so that a
/// newcomer's first chat shows offers at once; a note goes to stderr, keeping a scripted
/// transcript on stdout clean.
pub fn offers(
    store: &SledStore,
    sample: Option<&Path>,
    content: &Content,
) -> anyhow::Result<Arc<dyn OfferFinder>> {
    let offers = OfferStore::open(store.db()).context("opening the offers in the data folder")?;
    let Some(sample) = sample else {
        let seeded = seed_networks_if_empty(&offers, &content.tree.networks, Some(&content.tree))
            .context("importing the networks' offers (networks/<id>/offers.csv)")?;
        for (network, s) in seeded {
            eprintln!(
                "wegweiser: no offers stored yet; imported {} offers of the network {network} (networks/{network}/offers.csv)",
                s.added
            );
        }
        return Ok(Arc::new(offers));
    };
    if let Some(s) = seed_if_empty(&offers, sample)
        .with_context(|| format!("importing the sample offers {}", sample.display()))?
    {
        eprintln!(
            "wegweiser: no offers stored yet; imported {} sample offers from {} (replace them with `wegweiser offers import FILE.csv --replace`)",
            s.added,
            sample.display()
        );
    }
    Ok(Arc::new(offers))
}

/// Runs until end of input. Each line is one message from the parent.
pub fn run(
    content: &Content,
    store: &dyn SessionStore,
    opts: &ChatOptions,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let key = format!("chat:{}", opts.user);
    let stored = store
        .load(&key)
        .context("reading the conversation from the data folder")?;
    let mut state = match stored {
        Some(mut s) => {
            if let Some(lang) = opts
                .lang
                .as_deref()
                .and_then(|l| content.locales.negotiate(l))
            {
                s.lang = Some(lang);
            }
            let screen = content.current(&s, opts.today);
            print(out, &screen)?;
            s
        }
        None => {
            let (s, screen) = content.welcome(opts.lang.as_deref(), opts.today);
            print(out, &screen)?;
            s
        }
    };
    store
        .save(&key, &state)
        .context("saving the conversation")?;
    let mut buf = Vec::new();
    loop {
        if opts.interactive {
            write!(out, "> ")?;
            out.flush()?;
        }
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\n', '\r']);
        if !opts.interactive {
            writeln!(out, "> {}", line.chars().take(200).collect::<String>())?;
        }
        let (next, screen) = content.handle_text(&state, line, opts.today);
        if screen.effects.contains(&Effect::Forget) {
            store.forget(&key).context("deleting the conversation")?;
            state = State::new(
                opts.lang
                    .as_deref()
                    .and_then(|l| content.locales.negotiate(l)),
            );
        } else {
            // Saved before it is shown: what the parent saw is what we kept.
            store.save(&key, &next).context("saving the conversation")?;
            state = next;
        }
        print(out, &screen)?;
    }
    store.flush().context("writing the data folder to disk")?;
    Ok(())
}

fn print(out: &mut dyn Write, screen: &Rendered) -> std::io::Result<()> {
    writeln!(out, "{}", screen.text)?;
    if !screen.buttons.is_empty() {
        writeln!(out)?;
        for (i, b) in screen.buttons.iter().enumerate() {
            writeln!(out, "{}) {}", i + 1, b.label)?;
        }
    }
    writeln!(out)?;
    Ok(())
}
