//! The counters as people read them: sums per step, the offer gaps per month, and every count
//! below [`SUPPRESS_BELOW`] shown as "<5", so no single parent stands out in a report.

use std::collections::BTreeMap;

use super::{Counter, OfferGap};

/// Counts below this are never shown, only "<5".
pub const SUPPRESS_BELOW: u64 = 5;

/// A count as a report shows it. Zero stays 0: nobody is there to protect.
pub fn shown(n: u64) -> String {
    if n > 0 && n < SUPPRESS_BELOW {
        format!("<{SUPPRESS_BELOW}")
    } else {
        n.to_string()
    }
}

/// A step (node id) with its count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub node: String,
    pub count: u64,
}

/// Offer searches that found nothing, per month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub month: String,
    pub gap: OfferGap,
    pub count: u64,
}

/// All counters, summed the ways the reports need them. Counts are raw here; every output
/// below passes them through [`shown`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub months: Vec<String>,
    /// Visits per step over all months, most visited first.
    pub visits: Vec<Row>,
    pub visits_total: u64,
    /// Conversations resting at each step now.
    pub resting: Vec<Row>,
    /// Restarts per step left, over all months.
    pub restarts: Vec<Row>,
    /// Forgets per step left, over all months.
    pub forgets: Vec<Row>,
    /// Most frequent first within a month, months in order.
    pub gaps: Vec<Gap>,
}

fn rows(map: BTreeMap<String, u64>) -> Vec<Row> {
    let mut v: Vec<Row> = map
        .into_iter()
        .map(|(node, count)| Row { node, count })
        .collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.node.cmp(&b.node)));
    v
}

impl Summary {
    pub fn from_counts(counts: Vec<(Counter, u64)>) -> Summary {
        let mut months = std::collections::BTreeSet::new();
        let mut visits: BTreeMap<String, u64> = BTreeMap::new();
        let mut resting: BTreeMap<String, u64> = BTreeMap::new();
        let mut restarts: BTreeMap<String, u64> = BTreeMap::new();
        let mut forgets: BTreeMap<String, u64> = BTreeMap::new();
        let mut gaps = Vec::new();
        for (c, n) in counts {
            match c {
                Counter::Visit { month, node, .. } => {
                    months.insert(month);
                    *visits.entry(node).or_default() += n;
                }
                Counter::Rest { node, .. } => *resting.entry(node).or_default() += n,
                Counter::Exit {
                    month, how, node, ..
                } => {
                    months.insert(month);
                    let map = if how == super::Exit::Forget.as_str() {
                        &mut forgets
                    } else {
                        &mut restarts
                    };
                    *map.entry(node).or_default() += n;
                }
                Counter::Gap { month, gap } => {
                    months.insert(month.clone());
                    gaps.push(Gap {
                        month,
                        gap,
                        count: n,
                    });
                }
            }
        }
        gaps.sort_by(|a, b| {
            a.month
                .cmp(&b.month)
                .then_with(|| b.count.cmp(&a.count))
                .then_with(|| a.gap.cmp(&b.gap))
        });
        Summary {
            months: months.into_iter().collect(),
            visits_total: visits.values().sum(),
            visits: rows(visits),
            resting: rows(resting),
            restarts: rows(restarts),
            forgets: rows(forgets),
            gaps,
        }
    }

    /// The report for `wegweiser stats`: plain text for the operator (English, like all CLI
    /// reports); coordinators read the same in `/stats` and `/needs` in their language.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let months = if self.months.is_empty() {
            "none yet".to_string()
        } else {
            self.months.join(", ")
        };
        out.push_str(&format!(
            "Wegweiser usage (anonymous counts; below {SUPPRESS_BELOW} shown as \"<{SUPPRESS_BELOW}\")\nMonths counted: {months}\n"
        ));
        let section = |out: &mut String, title: &str, rows: &[Row]| {
            out.push_str(&format!("\n{title}\n"));
            if rows.is_empty() {
                out.push_str("  (none)\n");
            }
            for r in rows {
                out.push_str(&format!("  {:>6}  {}\n", shown(r.count), r.node));
            }
        };
        out.push_str(&format!(
            "\nStep visits in all: {}\n",
            shown(self.visits_total)
        ));
        section(&mut out, "Visits per step:", &self.visits);
        section(
            &mut out,
            "Where conversations stop (each conversation at its latest step):",
            &self.resting,
        );
        section(&mut out, "Restarted from step:", &self.restarts);
        section(&mut out, "Forgotten (/forget) at step:", &self.forgets);
        out.push_str(
            "\nOffer searches that found nothing (month, topics, district, language, network):\n",
        );
        if self.gaps.is_empty() {
            out.push_str("  (none)\n");
        }
        for g in &self.gaps {
            out.push_str(&format!(
                "  {:>6}  {}  {}  {}  {}  {}\n",
                shown(g.count),
                g.month,
                g.gap.tags_text(),
                g.gap.district.as_deref().unwrap_or("-"),
                g.gap.lang,
                g.gap.network_text()
            ));
        }
        out
    }

    /// `wegweiser gaps --csv`: one row per month, topics, district, language, network and
    /// postcode area (outside every network); new columns go last, so sheets keep working.
    pub fn gaps_csv(&self) -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        // Writing to memory cannot fail; a failure would only lose the row.
        let _ = w.write_record([
            "month", "topics", "district", "language", "searches", "network", "area",
        ]);
        for g in &self.gaps {
            let _ = w.write_record([
                g.month.as_str(),
                g.gap.tags_text().as_str(),
                g.gap.district.as_deref().unwrap_or(""),
                g.gap.lang.as_str(),
                shown(g.count).as_str(),
                g.gap.network.as_deref().unwrap_or(""),
                g.gap.area.as_deref().unwrap_or(""),
            ]);
        }
        let bytes = w.into_inner().unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }
}
