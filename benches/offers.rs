//! Query time of the offer store at 10,000 and 100,000 offers (`cargo bench --bench offers`).
//!
//! A plain harness (no criterion: fewer crates to build on a shared two-core machine). For each
//! size it imports synthetic offers in one transaction, then times, over many runs:
//! - `tag`: `query` for one tag (about 1 in 20 offers carry it) — the index path;
//! - `tag+lang+district`: the same intersected with two more indexes;
//! - `step page`: what an offers step does per message — five tags, the parent's postcode
//!   (district from the areas table), a condition on the facts, the screen the parent came
//!   from, filtering and ranking in the in-memory index, the first page of three read from
//!   sled; `step page 41` the same deep into the list; `ranking only` the same first page
//!   without reading the shown records (profile and index alone); `postcode area sled` the
//!   parent's postcode area computed from the records in sled, as every page did before the
//!   index kept it;
//! - `index rebuild`: building the ranking index from sled (start-up, after an import);
//!   `index bytes/offer`: what the ranking index takes in memory (the result column), and in
//!   all (the median column).
//!
//! Prints median and 95th percentile per case.

use std::time::{Duration, Instant};

use wegweiser::dialog::expr::Value;
use wegweiser::engine::State;
use wegweiser::offers::present::page;
use wegweiser::offers::{Offer, OfferStore, Query};

#[path = "common/synthetic.rs"]
mod synthetic;

use synthetic::synthetic;

fn time(label: &str, n: usize, runs: usize, mut f: impl FnMut() -> usize) {
    let mut samples: Vec<Duration> = Vec::with_capacity(runs);
    let mut found = 0;
    for _ in 0..runs {
        let t = Instant::now();
        found = f();
        samples.push(t.elapsed());
    }
    samples.sort();
    let median = samples[runs / 2];
    let p95 = samples[runs * 95 / 100];
    println!(
        "| {n:>7} | {label:<18} | {found:>6} | {:>9.3} | {:>9.3} |",
        median.as_secs_f64() * 1e3,
        p95.as_secs_f64() * 1e3
    );
}

fn main() {
    println!("| offers  | case               | result | median ms | p95 ms    |");
    println!("|---------|--------------------|--------|-----------|-----------|");
    for n in [10_000usize, 100_000] {
        let dir = match tempfile::tempdir() {
            Ok(d) => d,
            Err(e) => return eprintln!("no temp dir: {e}"),
        };
        let db = match sled::open(dir.path()) {
            Ok(d) => d,
            Err(e) => return eprintln!("cannot open sled: {e}"),
        };
        let store = match OfferStore::open(&db) {
            Ok(s) => s,
            Err(e) => return eprintln!("{e}"),
        };
        let rows: Vec<(Offer, wegweiser::offers::SheetRow)> = (0..n)
            .map(|i| {
                (
                    synthetic(i),
                    wegweiser::offers::SheetRow::new("bench.csv", i + 2),
                )
            })
            .collect();
        let t = Instant::now();
        if let Err(e) = store.import(&rows, false) {
            return eprintln!("import failed: {e}");
        }
        println!(
            "| {n:>7} | import (1 txn)     | {n:>6} | {:>9.0} |           |",
            t.elapsed().as_secs_f64() * 1e3
        );
        let runs = if n > 50_000 { 50 } else { 200 };
        time("tag", n, runs, || {
            store
                .query(&Query {
                    labels: vec!["tag-7".into()],
                    ..Query::default()
                })
                .map_or(0, |v| v.len())
        });
        time("tag+lang+district", n, runs, || {
            let q = Query {
                labels: vec!["tag-7".into()],
                language: Some("tr".into()),
                district: Some("Barmen".into()),
                ..Query::default()
            };
            store.query(&q).map_or(0, |v| v.len())
        });
        let t = Instant::now();
        let mut areas = wegweiser::offers::companion::Areas::default();
        for (k, d) in synthetic::DISTRICTS.iter().enumerate() {
            areas
                .postcodes
                .insert(format!("42{:03}", 100 + k * 9), d.to_string());
        }
        areas.first.insert(
            "from-screen".into(),
            vec!["jobcenter".into(), "tag-3".into()],
        );
        if let Err(e) = store.set_areas(&areas) {
            return eprintln!("{e}");
        }
        println!(
            "| {n:>7} | index rebuild      | {:>6} | {:>9.1} |           |",
            store.served().index.len(),
            t.elapsed().as_secs_f64() * 1e3
        );
        let bytes = store.served().index.memory_bytes();
        println!(
            "| {n:>7} | index bytes/offer  | {:>6} | {:>9} |           |",
            bytes / n.max(1),
            bytes
        );
        let mut state = State::new(Some("tr".into()));
        state
            .facts
            .insert("postcode".into(), Value::Text("42109".into()));
        state.facts.insert("buergergeld".into(), Value::Bool(true));
        state.history.push(wegweiser::engine::Frame {
            node: "from-screen".into(),
            undo: vec![],
        });
        state
            .facts
            .insert("off_hours".into(), Value::Text("late".into()));
        let tags: Vec<String> = (0..5).map(|k| format!("tag-{k}")).collect();
        // The ranking alone (profile and index, no sled read), to tell it from the records.
        time("ranking only", n, runs, || {
            let Ok(p) = wegweiser::offers::present::profile(&store, &state) else {
                return 0;
            };
            let req = wegweiser::offers::ListRequest {
                tags: tags.clone(),
                office: None,
                page: 0,
                page_size: wegweiser::offers::present::PAGE_SIZE,
            };
            store.served().index.page(&req, &p).total
        });
        time("step page (5 tags)", n, runs, || {
            page(&store, &state, &tags).map_or(0, |p| p.total)
        });
        // What a page cost before the index kept postcode areas: every offer at the parent's
        // postcode read from sled and decoded (about one in 30 of all offers here).
        time("postcode area sled", n, runs, || {
            store
                .postcode_area("42109")
                .map_or(0, |a| usize::from(a.district.is_some()))
        });
        let mut later = state.clone();
        later.offers_page = 40;
        time("step page 41", n, runs, || {
            page(&store, &later, &tags).map_or(0, |p| p.total)
        });
    }
}
