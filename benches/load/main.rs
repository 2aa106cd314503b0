//! Whole-bot load test: Wegweiser and a bare teloxide bot under the same loopback harness, in
//! one run (`cargo bench --bench load`; method and figures in BENCHMARKS.md).
//!
//! For each bot: start it (release build) against the stand-in ([`harness`]), let
//! `LOAD_CHATS` parents talk at a human pace (think time `LOAD_THINK_MS`, mean) for
//! `LOAD_PACED_SECS` — latency p50/p99 — then as fast as the bot answers for `LOAD_SAT_SECS` —
//! throughput. Peak RSS comes from /proc/<pid>/status (VmHWM). Before Wegweiser starts, its
//! data folder is filled with `LOAD_PREFILL` realistic stored conversations (default 100,000),
//! so RSS and latency are measured with a full store. `LOAD_ROUNDS` repeats bare/Wegweiser
//! pairs (machine noise). Stops by itself.
//!
//! The same binary is the bare bot when `WEGWEISER_LOAD_ROLE=bare-bot`.

mod bare_bot;
mod harness;

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use harness::{dir_size, BotProcess, Harness, Mode, Rng, Stats, DEFAULT_BATCH, LANGS};
use wegweiser::adapters::telegram::{session_key, ChatMeta};
use wegweiser::conversation::Content;
use wegweiser::engine::{Input, State};
use wegweiser::store::{SessionStore, SledStore};

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

struct Config {
    chats: usize,
    think: Duration,
    paced: Duration,
    saturated: Duration,
    warmup: Duration,
    prefill: usize,
    rounds: usize,
    batch: usize,
}

/// A line of the report: label and how to read it off a run.
type Row<'a> = (&'a str, &'a dyn Fn(&Run) -> f64);

/// What one bot did in one round.
struct Run {
    paced: Stats,
    saturated: Stats,
    rss_kib: u64,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap_or_default()
}

/// Realistic stored conversations: walks through the shipped tree in all nine languages
/// (taps on the step's buttons, typed ages and postcodes), as the harness's parents do.
fn realistic_states(content: &Content, n: usize) -> Vec<State> {
    let mut rng = Rng::new(7);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let (mut state, mut shown) = content.welcome(Some(LANGS[i % LANGS.len()]), today());
        for _ in 0..(3 + rng.below(20)) {
            let options: Vec<&str> = shown
                .buttons
                .iter()
                .filter(|b| !b.nav)
                .map(|b| b.key.as_str())
                .collect();
            let input = if shown.expects_text || options.is_empty() {
                Input::Text(["2 8", "42103", "0 3 12"][rng.below(3)].to_string())
            } else {
                Input::Button(options[rng.below(options.len())].to_string())
            };
            let (s, r) = content.handle(&state, &input, today());
            state = s;
            shown = r;
        }
        out.push(state);
    }
    out
}

struct StoreFigures {
    sessions: usize,
    encoded_mean: f64,
    encoded_max: usize,
    meta_bytes: usize,
    empty_dir: u64,
    full_dir: u64,
}

/// Fills `data` with `n` conversations keyed like the bot's (`tg:<chat>`), chats 1..=n.
fn prefill(data: &Path, n: usize) -> anyhow::Result<StoreFigures> {
    let content = Content::load(
        &root().join("dialogs"),
        &root().join("locales"),
        wegweiser::CODE_MESSAGES,
    )
    .map_err(|r| anyhow::anyhow!("shipped files have errors: {:?}", r.lines()))?
    .0;
    let states = realistic_states(&content, 500.min(n.max(1)));
    let encoded: Vec<Vec<u8>> = states.iter().map(State::encode).collect::<Result<_, _>>()?;
    let store = SledStore::open(data)?;
    store.flush()?;
    let empty_dir = dir_size(data);
    let mut total = 0usize;
    let mut max = 0usize;
    for chat in 1..=n {
        let state = &states[chat % states.len()];
        store.save(&session_key(teloxide::types::ChatId(chat as i64)), state)?;
        let len = encoded[chat % encoded.len()].len();
        total += len;
        max = max.max(len);
    }
    store.flush()?;
    drop(store);
    let meta = ChatMeta {
        last: 123_456_789,
        last_at: 1_800_000_000,
        pending: None,
        keyboard: Some(987_654),
    };
    Ok(StoreFigures {
        sessions: n,
        encoded_mean: total as f64 / n.max(1) as f64,
        encoded_max: max,
        meta_bytes: serde_json::to_vec(&meta).map_or(0, |v| v.len()),
        empty_dir,
        full_dir: dir_size(data),
    })
}

fn run_bot(cfg: &Config, mode: Mode, data: &Path) -> anyhow::Result<Run> {
    let h = Harness::start(mode, cfg.batch);
    let bot = match mode {
        Mode::Bare => BotProcess::bare(&std::env::current_exe()?, &h.url()),
        Mode::Wegweiser => BotProcess::wegweiser(
            Path::new(env!("CARGO_BIN_EXE_wegweiser")),
            root(),
            &h.url(),
            data,
        ),
    };
    if !h.wait_ready(Duration::from_secs(60)) {
        anyhow::bail!("{mode:?} bot did not start polling within 60 s");
    }
    h.set_think(cfg.think);
    h.add_parents(1, cfg.chats, 42);
    std::thread::sleep(cfg.warmup);
    let paced = h.measure(cfg.paced);
    h.set_think(Duration::ZERO);
    for _ in 0..env_num("LOAD_DEBUG_SECS", 0) {
        std::thread::sleep(Duration::from_secs(1));
        let s = h.take_stats();
        eprintln!(
            "    {} replies, {} served, {} calls, {} getUpdates",
            s.replies, s.served, s.calls, s.get_updates
        );
    }
    std::thread::sleep(Duration::from_secs(1));
    let saturated = h.measure(cfg.saturated);
    let rss_kib = bot.peak_rss_kib().unwrap_or(0);
    bot.stop(Duration::from_secs(60));
    Ok(Run {
        paced,
        saturated,
        rss_kib,
    })
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn describe(label: &str, r: &Run) {
    let s = &r.saturated;
    let p = &r.paced;
    eprintln!(
        "  {label:<10} paced: {:>6.0} upd/s p50 {:>6.2} ms p99 {:>7.2} ms | saturated: {:>6.0} upd/s p50 {:>7.2} ms p99 {:>7.2} ms | calls/update {:.2} | taps {} texts {} | stalls {} | peak RSS {:.1} MiB",
        p.throughput(),
        p.percentile_ms(0.5),
        p.percentile_ms(0.99),
        s.throughput(),
        s.percentile_ms(0.5),
        s.percentile_ms(0.99),
        s.calls as f64 / s.replies.max(1) as f64,
        p.taps + s.taps,
        p.texts + s.texts,
        p.stalls + s.stalls,
        r.rss_kib as f64 / 1024.0
    );
}

fn main() -> ExitCode {
    if std::env::var("WEGWEISER_LOAD_ROLE").as_deref() == Ok("bare-bot") {
        return match bare_bot::run() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("bare bot: {e:#}");
                ExitCode::FAILURE
            }
        };
    }
    match bench() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("load bench failed: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn bench() -> anyhow::Result<()> {
    let cfg = Config {
        chats: env_num("LOAD_CHATS", 1000) as usize,
        think: Duration::from_millis(env_num("LOAD_THINK_MS", 5000)),
        paced: Duration::from_secs(env_num("LOAD_PACED_SECS", 15)),
        saturated: Duration::from_secs(env_num("LOAD_SAT_SECS", 10)),
        warmup: Duration::from_secs(env_num("LOAD_WARMUP_SECS", 5)),
        prefill: env_num("LOAD_PREFILL", 100_000) as usize,
        rounds: env_num("LOAD_ROUNDS", 1).max(1) as usize,
        batch: env_num("LOAD_BATCH", DEFAULT_BATCH as u64) as usize,
    };
    eprintln!(
        "load: {} chats, think {:?} (paced {:?}), then saturated {:?}; getUpdates batch ≤ {}; {} stored sessions; {} round(s)",
        cfg.chats, cfg.think, cfg.paced, cfg.saturated, cfg.batch, cfg.prefill, cfg.rounds
    );
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data");
    let t = Instant::now();
    let store = prefill(&data, cfg.prefill)?;
    eprintln!(
        "prefill: {} sessions in {:.1} s; encoded state {:.0} B mean, {} B max; chat bookkeeping {} B; data folder {:.1} MiB empty, {:.1} MiB full → {:.0} B per session",
        store.sessions,
        t.elapsed().as_secs_f64(),
        store.encoded_mean,
        store.encoded_max,
        store.meta_bytes,
        store.empty_dir as f64 / 1048576.0,
        store.full_dir as f64 / 1048576.0,
        (store.full_dir.saturating_sub(store.empty_dir)) as f64 / store.sessions.max(1) as f64
    );

    let mut bare = Vec::new();
    let mut ours = Vec::new();
    for round in 1..=cfg.rounds {
        eprintln!("round {round}");
        if std::env::var("LOAD_ONLY").as_deref() != Ok("wegweiser") {
            let b = run_bot(&cfg, Mode::Bare, &data)?;
            describe("bare", &b);
            bare.push(b);
        }
        let w = run_bot(&cfg, Mode::Wegweiser, &data)?;
        describe("wegweiser", &w);
        ours.push(w);
    }
    let after = dir_size(&data);

    let m = |runs: &[Run], f: &dyn Fn(&Run) -> f64| median(runs.iter().map(f).collect());
    let rows: [Row; 7] = [
        ("throughput, saturated (updates/s)", &|r| {
            r.saturated.throughput()
        }),
        ("latency p50, paced (ms)", &|r| r.paced.percentile_ms(0.5)),
        ("latency p99, paced (ms)", &|r| r.paced.percentile_ms(0.99)),
        ("latency p50, saturated (ms)", &|r| {
            r.saturated.percentile_ms(0.5)
        }),
        ("latency p99, saturated (ms)", &|r| {
            r.saturated.percentile_ms(0.99)
        }),
        ("Bot API calls per update", &|r| {
            r.saturated.calls as f64 / r.saturated.replies.max(1) as f64
        }),
        ("peak RSS (MiB)", &|r| r.rss_kib as f64 / 1024.0),
    ];
    println!();
    println!(
        "| {} chats, {} stored sessions (median of {} round(s)) | bare teloxide | Wegweiser | Wegweiser ÷ bare |",
        cfg.chats, cfg.prefill, cfg.rounds
    );
    println!("|---|---:|---:|---:|");
    for (label, f) in rows {
        let b = m(&bare, f);
        let w = m(&ours, f);
        println!("| {label} | {b:.2} | {w:.2} | {:.2} |", w / b);
    }
    println!(
        "| data folder after the runs (MiB) | | {:.1} | |",
        after as f64 / 1048576.0
    );
    Ok(())
}
