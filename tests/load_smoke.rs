//! The load harness (benches/load/harness.rs) itself works: the real binary (debug build)
//! against the loopback stand-in, 5 parents for about a second, and every parent gets replies
//! to button taps and typed answers. No timing is asserted; the figures live in BENCHMARKS.md.

#[path = "../benches/load/harness.rs"]
mod harness;

use std::path::Path;
use std::time::Duration;

use harness::{BotProcess, Harness, Mode};

#[test]
fn harness_drives_the_bot_and_gets_replies() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = Harness::start(Mode::Wegweiser, harness::DEFAULT_BATCH);
    let bot = BotProcess::wegweiser(
        Path::new(env!("CARGO_BIN_EXE_wegweiser")),
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &h.url(),
        &dir.path().join("data"),
    );
    assert!(
        h.wait_ready(Duration::from_secs(60)),
        "the bot never polled for updates"
    );
    h.add_parents(1, 5, 1);
    // A second of talking, longer only if the (debug, shared) machine is slow to get going.
    let mut stats = h.measure(Duration::from_secs(1));
    for _ in 0..20 {
        if stats.replies >= 10 && stats.taps > 0 {
            break;
        }
        let more = h.measure(Duration::from_millis(500));
        stats.replies += more.replies;
        stats.taps += more.taps;
        stats.texts += more.texts;
        stats.latencies_us.extend(more.latencies_us);
    }
    assert!(bot.peak_rss_kib().is_some_and(|k| k > 0), "no /proc status");
    bot.stop(Duration::from_secs(10));
    assert!(stats.replies >= 10, "only {} replies", stats.replies);
    assert!(stats.taps > 0, "the parents never tapped a button");
    assert_eq!(stats.latencies_us.len() as u64, stats.replies);
}
