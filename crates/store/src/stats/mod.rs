//! The needs report: anonymous counters in sled, so the local network learns which help parents
//! look for and do not find. What is counted and why it cannot be joined back to a person:
//! `docs/needs-report.md`.
//!
//! Every counter is keyed only by things that come from the coordinators' files or a short
//! fixed list: a month (`2026-11`), a step (node id), offer tags, a district name from the offers
//! table, a language code, and how a conversation ended. Never a chat id, never typed text,
//! never a finer time. [`observe`] turns one step of a conversation into counts; it is pure so
//! the definitions are tested without a bot.

mod report;

pub use report::{shown, Gap, Row, Summary, SUPPRESS_BELOW};

use chrono::NaiveDate;

use wegweiser_core::dialog::MAIN;
use wegweiser_core::engine::State;

/// The sled tree of the counters. Nothing else is stored in it.
pub const TREE: &str = "stats";
const SEP: char = '\u{1f}';

/// One offers step that listed nothing: what was looked for, where, in which language.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct OfferGap {
    /// The step's offer tags (topics), sorted, from the dialog file.
    pub tags: Vec<String>,
    /// The parent's district as the offers table names it (from the postcode), if known.
    pub district: Option<String>,
    /// The chat language.
    pub lang: String,
    /// The parent's network (`none`: outside every network), if known.
    pub network: Option<String>,
    /// Outside every network: the postcode area, its first [`AREA_DIGITS`] digits (`49`).
    pub area: Option<String>,
}

/// Digits of a postcode kept for a gap outside the networks: two name a region of a million
/// people or more (the postcode's "Leitregion" is two digits), never a street.
pub const AREA_DIGITS: usize = 2;

/// The postcode area of a parent outside every network, for [`OfferGap::area`].
pub fn postcode_area(state: &State) -> Option<String> {
    match state.facts.get(wegweiser_core::networks::FACT_POSTCODE) {
        Some(wegweiser_core::dialog::expr::Value::Text(pc)) if pc.len() >= AREA_DIGITS => {
            Some(pc.chars().take(AREA_DIGITS).collect())
        }
        _ => None,
    }
}

/// How a conversation ended on purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// `/restart` or `/start` from another step than the main menu.
    Restart,
    /// `/forget` confirmed.
    Forget,
}

impl Exit {
    fn as_str(self) -> &'static str {
        match self {
            Exit::Restart => "restart",
            Exit::Forget => "forget",
        }
    }
}

/// What one step of a conversation adds to the counters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Observation {
    /// A step the parent arrived at (not a re-show of the same step).
    pub visit: Option<String>,
    /// The conversation ended on purpose at this step.
    pub exit: Option<(Exit, String)>,
    /// The step where the conversation rested before (it rests elsewhere now).
    pub rest_from: Option<String>,
    /// The step where the conversation rests now (`None`: forgotten).
    pub rest_to: Option<String>,
    pub gaps: Vec<OfferGap>,
    /// The parent's network before and after the step (fact `network`), so each network reads
    /// its own counts: a visit and the new resting place count for `after`'s network, the
    /// resting place left and an exit for `before`'s.
    pub network_before: Option<String>,
    pub network_after: Option<String>,
}

impl Observation {
    pub fn is_empty(&self) -> bool {
        *self == Observation::default()
    }
}

/// What the adapter knows about one step, as plain facts.
pub struct StepFacts<'a> {
    /// The stored conversation before this input (`None`: first contact).
    pub before: Option<&'a State>,
    /// The conversation after it (`None`: the parent had it forgotten).
    pub after: Option<&'a State>,
    /// The input was `/restart` or `/start`.
    pub restart: bool,
    /// The input was a shared place (offers re-ranked for the same step).
    pub location: bool,
    /// Offers blocks of the reply that listed nothing.
    pub gaps: &'a [OfferGap],
}

/// The counting rules, in one place (documented in `docs/needs-report.md`):
/// - a **visit** of a step: a reply shows a step other than the one shown before (first contact
///   counts its first step); re-shows, pages of offers and system screens do not count;
/// - **resting**: each conversation is counted at exactly one step, its latest, until it moves
///   on or is forgotten. Conversations last minutes, so nearly all of them are quiet: the
///   resting counts say where parents stop;
/// - an **exit**: `/forget` confirmed, or `/restart` / `/start` from a step other than the main
///   menu, counted at the step the parent left;
/// - an **offer gap**: an offers step that listed nothing, counted when the parent arrives at
///   it or shares a place there.
pub fn observe(f: &StepFacts<'_>) -> Observation {
    let before = f.before.map(|s| s.node.as_str());
    let after = f.after.map(|s| s.node.as_str());
    let mut o = Observation::default();
    let moved = before != after;
    if moved {
        o.rest_from = before.map(str::to_string);
        o.rest_to = after.map(str::to_string);
        o.visit = after.map(str::to_string);
    }
    match (f.after, before) {
        (None, Some(node)) => o.exit = Some((Exit::Forget, node.to_string())),
        (Some(_), Some(node)) if f.restart && node != MAIN => {
            o.exit = Some((Exit::Restart, node.to_string()))
        }
        _ => {}
    }
    if f.after.is_some() && (moved || f.location) {
        o.gaps = f.gaps.to_vec();
    }
    if !o.is_empty() {
        o.network_before = f.before.and_then(network_of);
        o.network_after = f.after.and_then(network_of);
    }
    o
}

/// The network a conversation belongs to, if the parent's place is known.
fn network_of(state: &State) -> Option<String> {
    match state.facts.get(wegweiser_core::networks::FACT_NETWORK) {
        Some(wegweiser_core::dialog::expr::Value::Text(id)) if !id.is_empty() => Some(id.clone()),
        _ => None,
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    #[error("the counters in the data folder cannot be read or written: {0}")]
    Sled(#[from] sled::Error),
}

/// The counters, in their own sled tree.
#[derive(Clone)]
pub struct Stats {
    tree: sled::Tree,
}

/// Which counter a key names (the parsed form of a stored key).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Counter {
    Visit {
        month: String,
        node: String,
        network: Option<String>,
    },
    Rest {
        node: String,
        network: Option<String>,
    },
    Exit {
        month: String,
        how: String,
        node: String,
        network: Option<String>,
    },
    Gap {
        month: String,
        gap: OfferGap,
    },
}

impl Counter {
    fn parse(key: &[u8]) -> Option<Counter> {
        let key = std::str::from_utf8(key).ok()?;
        let p: Vec<&str> = key.split(SEP).collect();
        let s = |i: usize| p.get(i).map(|x| x.to_string());
        // The last part, the network, came with the networks; older keys have none.
        let net = |i: usize| s(i).filter(|n| !n.is_empty());
        Some(match (p.first().copied()?, p.len()) {
            ("visit", 3 | 4) => Counter::Visit {
                month: s(1)?,
                node: s(2)?,
                network: net(3),
            },
            ("rest", 2 | 3) => Counter::Rest {
                node: s(1)?,
                network: net(2),
            },
            ("exit", 4 | 5) => Counter::Exit {
                month: s(1)?,
                how: s(2)?,
                node: s(3)?,
                network: net(4),
            },
            // Keys written before networks had five parts.
            ("gap", 5 | 7) => Counter::Gap {
                month: s(1)?,
                gap: OfferGap {
                    tags: p[2]
                        .split(' ')
                        .filter(|t| !t.is_empty())
                        .map(str::to_string)
                        .collect(),
                    district: Some(p[3].to_string()).filter(|d| !d.is_empty()),
                    lang: p[4].to_string(),
                    network: p.get(5).map(|x| x.to_string()).filter(|d| !d.is_empty()),
                    area: p.get(6).map(|x| x.to_string()).filter(|d| !d.is_empty()),
                },
            },
            _ => return None,
        })
    }
}

impl Counter {
    /// The network the count belongs to; `None`: counted before the parent's place was known
    /// (or before counters named networks).
    pub fn network(&self) -> Option<&str> {
        match self {
            Counter::Visit { network, .. }
            | Counter::Rest { network, .. }
            | Counter::Exit { network, .. } => network.as_deref(),
            Counter::Gap { gap, .. } => gap.network.as_deref(),
        }
    }
}

impl OfferGap {
    /// The network as reports show it: its id, "outside (area 49)" beyond every network, "-"
    /// when the parent's place was not known.
    pub fn network_text(&self) -> String {
        match (self.network.as_deref(), self.area.as_deref()) {
            (Some(wegweiser_core::networks::OUTSIDE), Some(area)) => {
                format!("outside (area {area})")
            }
            (Some(wegweiser_core::networks::OUTSIDE), None) => "outside".to_string(),
            (Some(id), _) => id.to_string(),
            (None, _) => "-".to_string(),
        }
    }

    /// The form stored in keys and shown in reports: tags sorted, space-separated.
    pub fn tags_text(&self) -> String {
        let mut t = self.tags.clone();
        t.sort();
        t.dedup();
        t.join(" ")
    }
}

/// The month a day belongs to: the finest time the counters keep.
pub fn month(day: NaiveDate) -> String {
    day.format("%Y-%m").to_string()
}

/// Strips anything that could break a key apart; all inputs come from files, this is a guard.
fn clean(s: &str) -> String {
    s.chars().filter(|c| *c != SEP && !c.is_control()).collect()
}

fn add(tree: &sled::Tree, key: &str, delta: i64) -> Result<(), sled::Error> {
    tree.update_and_fetch(key.as_bytes(), |old| {
        let n = old
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map_or(0, u64::from_be_bytes);
        let n = if delta >= 0 {
            n.saturating_add(delta as u64)
        } else {
            // A conversation stored before counting began leaves a step it was never counted at.
            n.saturating_sub(delta.unsigned_abs())
        };
        Some(n.to_be_bytes().to_vec())
    })?;
    Ok(())
}

impl Stats {
    pub fn open(db: &sled::Db) -> Result<Stats, StatsError> {
        Ok(Stats {
            tree: db.open_tree(TREE)?,
        })
    }

    /// Adds one step's counts. Not flushed: sled writes to disk within half a second, and a
    /// count lost in a crash matters less than a reply kept waiting.
    pub fn record(&self, o: &Observation, day: NaiveDate) -> Result<(), StatsError> {
        let month = month(day);
        let before = o.network_before.as_deref().unwrap_or("");
        let after = o.network_after.as_deref().unwrap_or("");
        if let Some(node) = &o.visit {
            add(&self.tree, &visit_key(&month, node, after), 1)?;
        }
        if let Some(node) = &o.rest_from {
            add(&self.tree, &rest_key(node, before), -1)?;
        }
        if let Some(node) = &o.rest_to {
            add(&self.tree, &rest_key(node, after), 1)?;
        }
        if let Some((how, node)) = &o.exit {
            let key = [
                "exit",
                month.as_str(),
                how.as_str(),
                clean(node).as_str(),
                clean(before).as_str(),
            ]
            .join(&SEP.to_string());
            add(&self.tree, &key, 1)?;
        }
        for g in &o.gaps {
            let key = [
                "gap".to_string(),
                month.clone(),
                clean(&g.tags_text()),
                clean(g.district.as_deref().unwrap_or("")),
                clean(&g.lang),
                clean(g.network.as_deref().unwrap_or("")),
                clean(g.area.as_deref().unwrap_or("")),
            ]
            .join(&SEP.to_string());
            add(&self.tree, &key, 1)?;
        }
        Ok(())
    }

    /// Every counter with its raw count (zero counts left out). Raw: for tests and for
    /// [`Summary`], which suppresses small counts before anything is shown.
    pub fn counts(&self) -> Result<Vec<(Counter, u64)>, StatsError> {
        let mut out = Vec::new();
        for item in self.tree.iter() {
            let (k, v) = item?;
            let n = <[u8; 8]>::try_from(v.as_ref())
                .map(u64::from_be_bytes)
                .unwrap_or(0);
            match Counter::parse(&k) {
                Some(c) if n > 0 => out.push((c, n)),
                Some(_) => {}
                None => tracing::warn!("an unreadable counter in the stats tree was skipped"),
            }
        }
        Ok(out)
    }

    pub fn summary(&self) -> Result<Summary, StatsError> {
        Ok(Summary::from_counts(self.counts()?))
    }

    /// The report of some networks only: what their coordinators may read.
    pub fn summary_of(&self, scope: &Scope) -> Result<Summary, StatsError> {
        let counts = self.counts()?;
        Ok(Summary::from_counts(
            counts
                .into_iter()
                .filter(|(c, _)| scope.holds(c.network()))
                .collect(),
        ))
    }
}

/// Whose counts a report shows: the operator's (`--admin` chats, `wegweiser stats`) all; a
/// network's coordinators only their network's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    All,
    Networks(Vec<String>),
}

impl Scope {
    pub fn holds(&self, network: Option<&str>) -> bool {
        match self {
            Scope::All => true,
            Scope::Networks(ids) => network.is_some_and(|n| ids.iter().any(|id| id == n)),
        }
    }
}

fn visit_key(month: &str, node: &str, network: &str) -> String {
    ["visit", month, &clean(node), &clean(network)].join(&SEP.to_string())
}

fn rest_key(node: &str, network: &str) -> String {
    ["rest", &clean(node), &clean(network)].join(&SEP.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(node: &str) -> State {
        let mut s = State::new(Some("de".into()));
        s.node = node.into();
        s
    }

    #[test]
    fn first_contact_is_a_visit_and_a_rest() {
        let after = at(MAIN);
        let o = observe(&StepFacts {
            before: None,
            after: Some(&after),
            restart: false,
            location: false,
            gaps: &[],
        });
        assert_eq!(o.visit.as_deref(), Some(MAIN));
        assert_eq!(o.rest_to.as_deref(), Some(MAIN));
        assert_eq!(o.rest_from, None);
        assert_eq!(o.exit, None);
    }

    #[test]
    fn a_reshow_counts_nothing_but_a_location_counts_the_gap() {
        let s = at("offers_childcare");
        let gap = OfferGap {
            tags: vec!["kita".into()],
            district: None,
            lang: "de".into(),
            ..Default::default()
        };
        let facts = |location| StepFacts {
            before: Some(&s),
            after: Some(&s),
            restart: false,
            location,
            gaps: std::slice::from_ref(&gap),
        };
        assert!(observe(&facts(false)).is_empty());
        assert_eq!(observe(&facts(true)).gaps, vec![gap.clone()]);
    }

    #[test]
    fn restart_and_forget_are_exits_at_the_step_left() {
        let before = at("money_q2");
        let main = at(MAIN);
        let o = observe(&StepFacts {
            before: Some(&before),
            after: Some(&main),
            restart: true,
            location: false,
            gaps: &[],
        });
        assert_eq!(o.exit, Some((Exit::Restart, "money_q2".into())));
        let o = observe(&StepFacts {
            before: Some(&before),
            after: None,
            restart: false,
            location: false,
            gaps: &[],
        });
        assert_eq!(o.exit, Some((Exit::Forget, "money_q2".into())));
        assert_eq!(o.rest_from.as_deref(), Some("money_q2"));
        assert_eq!(o.rest_to, None);
        assert_eq!(o.visit, None);
        // Restarting at the main menu leaves nothing.
        let o = observe(&StepFacts {
            before: Some(&main),
            after: Some(&main),
            restart: true,
            location: false,
            gaps: &[],
        });
        assert!(o.is_empty());
    }

    #[test]
    fn keys_round_trip() {
        let c = Counter::Gap {
            month: "2026-11".into(),
            gap: OfferGap {
                tags: vec!["a".into(), "b".into()],
                district: Some("Elberfeld".into()),
                lang: "uk".into(),
                ..Default::default()
            },
        };
        let key = match &c {
            Counter::Gap { month, gap } => [
                "gap".to_string(),
                month.clone(),
                gap.tags_text(),
                gap.district.clone().unwrap_or_default(),
                gap.lang.clone(),
            ]
            .join(&SEP.to_string()),
            _ => unreachable!(),
        };
        assert_eq!(Counter::parse(key.as_bytes()), Some(c));
    }
}
