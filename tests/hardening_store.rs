//! Store faults with the real binary:
//! - a damaged or truncated sled folder at start-up stops the bot with a message that says what
//!   happened and what to do (RELIABILITY.md), and the documented way back works:
//!   `wegweiser backup` / `wegweiser restore` (conversations, Telegram bookkeeping, counters)
//!   and `offers export` / `offers import` give a folder equal to the one before;
//! - a full disk (simulated with a file-size limit, `ulimit -f`: writes beyond it fail with
//!   EFBIG, as on a full disk) surfaces as an error, and what was stored before is intact.

mod support;

use std::path::Path;
use std::process::{Command, Output};

use support::process::{import_sample_offers, root, TODAY};

fn wegweiser(args: &[&str], data: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(args)
        .arg("--data")
        .arg(data)
        .current_dir(root())
        .env("WEGWEISER_TODAY", TODAY)
        .env("TELOXIDE_TOKEN", "123456:TEST-TOKEN")
        .env("TELEGRAM_API_URL", "http://127.0.0.1:9")
        .env_remove("WEGWEISER_DATA")
        .output()
        .expect("run wegweiser")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A folder with offers, two conversations and counters.
fn populated(data: &Path) {
    import_sample_offers(data);
    for (user, input) in [("a", "1\n2\n"), ("b", "3\n/back\n")] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
            .args(["chat", "--user", user, "--data"])
            .arg(data)
            .current_dir(root())
            .env("WEGWEISER_TODAY", TODAY)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("chat");
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write");
        assert!(child.wait().expect("wait").success());
    }
    let store = wegweiser::store::SledStore::open(data).expect("open");
    let stats = wegweiser::stats::Stats::open(store.db()).expect("stats");
    let o = wegweiser::stats::observe(&wegweiser::stats::StepFacts {
        before: None,
        after: Some(&wegweiser::engine::State::new(Some("de".into()))),
        restart: false,
        location: false,
        gaps: &[],
    });
    stats.record(&o, support::process::today()).expect("record");
    store.db().flush().expect("flush");
}

fn backup_text(data: &Path, file: &Path) -> String {
    ok(&wegweiser(&["backup", &file.display().to_string()], data));
    std::fs::read_to_string(file).expect("backup")
}

#[test]
fn damaged_folder_is_refused_clearly_and_backup_restore_brings_everything_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    populated(&data);
    let before = backup_text(&data, &dir.path().join("nightly.jsonl"));
    assert!(before.lines().count() > 3, "{before}");
    // Conversations are sealed under pseudonyms: the backup carries them with their keys.
    assert!(
        before.contains("\"tree\":\"sessions\"")
            && before.contains("\"tree\":\"keys\"")
            && before.contains("\"tree\":\"stats\"")
            && !before.contains("chat:a")
    );
    let offers_before = ok(&wegweiser(&["offers", "list"], &data));
    let csv = dir.path().join("offers.csv");
    ok(&wegweiser(
        &["offers", "export", "--out", &csv.display().to_string()],
        &data,
    ));

    // Two kinds of damage: the log file cut short, and overwritten with noise.
    let cut = dir.path().join("cut");
    copy_dir(&data, &cut);
    let db = std::fs::OpenOptions::new()
        .write(true)
        .open(cut.join("db"))
        .expect("db");
    db.set_len(1000).expect("truncate");
    drop(db);
    let noise = dir.path().join("noise");
    copy_dir(&data, &noise);
    let mut bytes = std::fs::read(noise.join("db")).expect("db");
    // All of it after the header: which part of a log-structured file holds live data
    // depends on the history of writes, and noise over dead data alone is no damage.
    for (i, b) in bytes.iter_mut().enumerate().skip(100) {
        *b = (i * 7919 % 251) as u8;
    }
    std::fs::write(noise.join("db"), bytes).expect("write");
    for damaged in [&cut, &noise] {
        let out = wegweiser(&["telegram"], damaged);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("is damaged"), "{err}");
        assert!(err.contains("wegweiser restore BACKUP"), "{err}");
        assert!(err.contains("wegweiser offers import"), "{err}");
    }

    // The way back: a fresh folder, the backup, the offers' CSV.
    let fresh = dir.path().join("fresh");
    let msg = ok(&wegweiser(
        &[
            "restore",
            &dir.path().join("nightly.jsonl").display().to_string(),
        ],
        &fresh,
    ));
    assert!(msg.contains("entries restored"), "{msg}");
    ok(&wegweiser(
        &["offers", "import", &csv.display().to_string()],
        &fresh,
    ));
    assert_eq!(
        backup_text(&fresh, &dir.path().join("again.jsonl")),
        before,
        "the restored folder backs up to the same entries"
    );
    assert_eq!(ok(&wegweiser(&["offers", "list"], &fresh)), offers_before);
    // A second restore into a used folder, or of a cut-off backup, is refused.
    let again = wegweiser(
        &[
            "restore",
            &dir.path().join("nightly.jsonl").display().to_string(),
        ],
        &fresh,
    );
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("restore into an empty folder"));
    let partial = dir.path().join("partial.jsonl");
    let lines: Vec<&str> = before.lines().collect();
    std::fs::write(&partial, lines[..lines.len() - 2].join("\n")).expect("write");
    let out = wegweiser(
        &["restore", &partial.display().to_string()],
        &dir.path().join("other"),
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("incomplete, nothing was restored"));
}

#[test]
fn a_full_disk_fails_loudly_and_keeps_what_was_stored() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    populated(&data);
    let before = backup_text(&data, &dir.path().join("before.jsonl"));
    let offers_before = ok(&wegweiser(&["offers", "list"], &data));
    // 4000 offers: megabytes more than the limit lets the data folder grow.
    let big = dir.path().join("big.csv");
    let sample =
        std::fs::read_to_string(root().join("networks/wuppertal/offers.csv")).expect("sample");
    let mut rows = sample.lines();
    let header = rows.next().expect("header");
    let body: Vec<&str> = rows.filter(|l| !l.trim().is_empty()).collect();
    let mut csv = format!("{header}\n");
    for i in 0..4000 {
        let row = body[i % body.len()];
        let (id, rest) = row.split_once(',').expect("id column");
        csv.push_str(&format!("{id}-{i},{rest}\n"));
    }
    std::fs::write(&big, csv).expect("write");
    let size: u64 = std::fs::metadata(data.join("db")).expect("db").len();
    // ulimit -f counts 512-byte blocks; SIGXFSZ ignored so the write fails with EFBIG instead.
    let blocks = size / 512 + 200;
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f {blocks}; exec \"$0\" offers import \"$1\" --data \"$2\""
        ))
        .arg(env!("CARGO_BIN_EXE_wegweiser"))
        .arg(&big)
        .arg(&data)
        .current_dir(root())
        .output()
        .expect("run under ulimit");
    assert!(!out.status.success(), "the import cannot fit");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("File too large") || err.contains("storage error"),
        "{err}"
    );
    // Reopened without the limit: everything stored before is there, unchanged.
    assert_eq!(backup_text(&data, &dir.path().join("after.jsonl")), before);
    assert_eq!(ok(&wegweiser(&["offers", "list"], &data)), offers_before);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).expect("copy");
        }
    }
}
