//! Loading large `.ftl` files (`cargo bench --bench ftl_load`; figures in BENCHMARKS.md,
//! "Loading texts"). Finding each message's position used to rescan the file per message:
//! 40,000 messages took 7.7 s and a 20 MB file 401 s. The target is a 20 MB file in < 2 s.
//!
//! - `ftl/40,000 messages`: a file of 40,000 short messages (~2.6 MB);
//! - `ftl/20 MB`: a generated 20 MB file of one-line, multi-line and select messages.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use wegweiser::diag::{Diagnostics, SourceFile};
use wegweiser::i18n::Locales;

/// A German file of messages like the shipped ones: plain lines, variables, continued lines
/// and a plural select, until it is at least `bytes` long.
fn generated(bytes: usize, max_messages: usize) -> String {
    let mut text = String::with_capacity(bytes.min(64 << 20));
    let mut i = 0;
    while text.len() < bytes && i < max_messages {
        match i % 3 {
            0 => text.push_str(&format!(
                "msg-{i} = Kindergeld: {{ $kindergeld }} pro Kind und Monat (Stand {{ $kindergeld_from }}).\n"
            )),
            1 => text.push_str(&format!(
                "msg-{i} =\n    📍 Familienkasse – online oder per Post.\n    📄 Geburtsurkunde, Ausweis oder Aufenthaltstitel.\n"
            )),
            _ => text.push_str(&format!(
                "msg-{i} = {{ $n ->\n    [one] ein Kind\n   *[other] {{ $n }} Kinder\n}}\n"
            )),
        }
        i += 1;
    }
    text
}

fn load(text: &str) -> bool {
    let file = SourceFile::new("locales/de/big.ftl", text.to_string());
    let mut diags = Diagnostics::default();
    let locales = Locales::from_sources(vec![("de".into(), vec![file])], &mut diags);
    locales.catalogs.contains_key("de") && !diags.has_errors()
}

fn bench_ftl(c: &mut Criterion) {
    let mut g = c.benchmark_group("ftl");
    let many = generated(usize::MAX, 40_000);
    assert!(load(&many));
    g.bench_function("40,000 messages", |b| b.iter(|| load(black_box(&many))));
    let big = generated(20 << 20, usize::MAX);
    assert!(load(&big));
    g.bench_function("20 MB", |b| b.iter(|| load(black_box(&big))));
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(10));
    targets = bench_ftl
}
criterion_main!(benches);
