//! Criterion micro-benchmarks (`cargo bench --bench micro`; figures in BENCHMARKS.md).
//!
//! - `engine/*`: one `engine::step` on the shipped tree, for several kinds of step taken from
//!   persona A's golden transcript (a tap, typed ages, the benefit check's verdict, back);
//! - `render/<lang>`: rendering the verdict screen (the longest ordinary reply) in each of the
//!   nine locales;
//! - `offers/*`: offer lookup and an offers step page at 10,000 and 100,000 synthetic offers;
//! - `load/*`: loading and validating all shipped files, what `check` and a live reload cost;
//! - `store/*`: a conversation read and written in sled, and a write made durable (fsync).

use std::path::Path;

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use wegweiser::conversation::{Content, Rendered};
use wegweiser::dialog::expr::Value;
use wegweiser::engine::{self, Ctx, Input, Reply, State};
use wegweiser::offers::present::page;
use wegweiser::offers::{Offer, OfferStore, Query};
use wegweiser::store::{SessionStore, SledStore};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")
}

fn content() -> Content {
    match Content::load(
        &root().join("dialogs"),
        &root().join("locales"),
        wegweiser::CODE_MESSAGES,
    ) {
        Ok((c, _)) => c,
        Err(report) => panic!("shipped files have errors: {:?}", report.lines()),
    }
}

/// A typed line as the parent meant it: the button whose label starts with it, else text.
fn input_for(shown: &Rendered, typed: &str) -> Input {
    let wanted = typed.to_lowercase();
    shown
        .buttons
        .iter()
        .find(|b| {
            b.label
                .to_lowercase()
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(&wanted)
        })
        .map_or_else(
            || engine::parse_line(typed),
            |b| Input::Button(b.key.clone()),
        )
}

/// Persona A (tests/golden/persona_a_de.txt) up to the verdict: (state before, input) per step.
fn persona_a(content: &Content) -> Vec<(&'static str, State, Input)> {
    let steps = [
        ("tap: main menu → benefit check", "Was steht mir zu"),
        ("typed ages \"2 8\"", "2 8"),
        ("tap: yes/no question", "Ja"),
        ("tap: earnings", "Nichts"),
        ("tap: no", "Nein"),
        ("tap: last answer → verdict", "Aufenthaltstitel"),
    ];
    let (mut state, mut shown) = content.welcome(Some("de"), today());
    let mut out = Vec::new();
    for (name, typed) in steps {
        let input = input_for(&shown, typed);
        out.push((name, state.clone(), input.clone()));
        let (s, r) = content.handle(&state, &input, today());
        state = s;
        shown = r;
    }
    out.push((
        "command: /back",
        state,
        Input::Command(engine::Command::Back),
    ));
    out
}

fn bench_engine(c: &mut Criterion) {
    let content = content();
    let ctx = Ctx {
        today: today(),
        languages: content.locales.languages(),
    };
    let mut g = c.benchmark_group("engine");
    for (name, state, input) in persona_a(&content) {
        g.bench_function(name, |b| {
            b.iter(|| engine::step(&content.tree, black_box(&state), black_box(&input), &ctx))
        });
    }
    g.finish();
}

/// The verdict screen: (state after, reply) of persona A's last answer.
fn verdict(content: &Content) -> (State, Reply) {
    let ctx = Ctx {
        today: today(),
        languages: content.locales.languages(),
    };
    let steps = persona_a(content);
    let (_, state, input) = &steps[5];
    engine::step(&content.tree, state, input, &ctx)
}

fn bench_render(c: &mut Criterion) {
    let content = content();
    let (state, reply) = verdict(&content);
    let mut g = c.benchmark_group("render");
    for lang in content.locales.languages() {
        let mut s = state.clone();
        s.lang = Some(lang.clone());
        g.bench_with_input(BenchmarkId::from_parameter(lang), &s, |b, s| {
            b.iter(|| content.render(black_box(s), black_box(&reply)))
        });
    }
    g.finish();
}

#[path = "common/synthetic.rs"]
mod synthetic;

use synthetic::synthetic;

fn bench_offers(c: &mut Criterion) {
    let mut g = c.benchmark_group("offers");
    g.sample_size(10);
    let mut state = State::new(Some("tr".into()));
    state
        .facts
        .insert("postcode".into(), Value::Text("42109".into()));
    let tags: Vec<String> = (0..5).map(|k| format!("tag-{k}")).collect();
    for n in [10_000usize, 100_000] {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = sled::open(dir.path()).expect("sled");
        let store = OfferStore::open(&db).expect("offer store");
        let rows: Vec<(Offer, wegweiser::offers::SheetRow)> = (0..n)
            .map(|i| {
                (
                    synthetic(i),
                    wegweiser::offers::SheetRow::new("bench.csv", i + 2),
                )
            })
            .collect();
        store.import(&rows, false).expect("import");
        g.bench_function(BenchmarkId::new("query one tag", n), |b| {
            let q = Query {
                labels: vec!["tag-7".into()],
                ..Query::default()
            };
            b.iter(|| store.query(black_box(&q)).map_or(0, |v| v.len()))
        });
        g.bench_function(BenchmarkId::new("step page (5 tags)", n), |b| {
            b.iter(|| page(&store, black_box(&state), &tags).map_or(0, |p| p.total))
        });
    }
    g.finish();
}

fn bench_load(c: &mut Criterion) {
    let mut g = c.benchmark_group("load");
    g.sample_size(20);
    let (dialogs, locales) = (root().join("dialogs"), root().join("locales"));
    g.bench_function("check (all shipped files)", |b| {
        b.iter(|| {
            wegweiser::check::check_dirs(&dialogs, &locales, wegweiser::CODE_MESSAGES).has_errors()
        })
    });
    g.bench_function("Content::load (start, live reload)", |b| {
        b.iter(|| Content::load(&dialogs, &locales, wegweiser::CODE_MESSAGES).is_ok())
    });
    g.finish();
}

fn bench_store(c: &mut Criterion) {
    let content = content();
    let (state, _) = verdict(&content);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SledStore::open(dir.path()).expect("sled");
    for i in 0..10_000 {
        store.save(&format!("tg:{i}"), &state).expect("save");
    }
    let mut g = c.benchmark_group("store");
    g.bench_function("load (decode) one of 10,000", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 7919) % 10_000;
            store.load(&format!("tg:{i}")).map(|s| s.is_some())
        })
    });
    g.bench_function("save (encode) one of 10,000", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 7919) % 10_000;
            store.save(&format!("tg:{i}"), black_box(&state))
        })
    });
    g.sample_size(20);
    g.bench_function("save + flush (durable)", |b| {
        b.iter(|| {
            store
                .save("tg:1", black_box(&state))
                .and_then(|()| store.flush())
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = bench_engine, bench_render, bench_offers, bench_load, bench_store
}
criterion_main!(benches);
