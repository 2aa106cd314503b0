//! The fuzz targets' inputs as regression tests (fuzz/README.md): every seed in
//! `fuzz/corpus/<target>/` and every finding kept in `fuzz/regressions/<target>/` goes through
//! the same entry point the fuzzer drives (`wegweiser::fuzz`), plus a bounded, seeded round of
//! simple mutations of each seed, so CI catches a regression without running AFL.

mod support;

use std::path::{Path, PathBuf};

use support::process::{root, Rng};

const MUTATIONS_PER_SEED: usize = 150;

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in ["corpus", "regressions"] {
        let d = root().join("fuzz").join(dir).join(target);
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            out.push((p.clone(), std::fs::read(&p).expect("read input")));
        }
    }
    assert!(!out.is_empty(), "no inputs for {target}");
    out
}

/// Byte flips, insertions of interesting bytes, deletions and splices: the cheap part of what
/// AFL does, deterministic per seed.
fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    let interesting: &[&[u8]] = &[
        b"\0",
        b"\xff",
        b"|",
        b"\n",
        b"\"",
        b"{",
        b"}",
        b"[[",
        b"=",
        b";",
        b",",
        b"$",
        b"->",
        b"\xc3",
        b"\xf0\x9f",
        b"99999999999999999999",
        b"-1",
        b"map:",
        b"#",
        b"/",
    ];
    for _ in 0..=rng.below(4) {
        let at = rng.below(v.len() as u64 + 1) as usize;
        match rng.below(4) {
            0 if !v.is_empty() => {
                let i = at.min(v.len() - 1);
                v[i] ^= 1 << rng.below(8);
            }
            1 => {
                let ins = interesting[rng.below(interesting.len() as u64) as usize];
                v.splice(at..at, ins.iter().copied());
            }
            2 if !v.is_empty() => {
                let end = (at + 1 + rng.below(16) as usize).min(v.len());
                v.drain(at.min(end)..end);
            }
            _ => {
                let from = rng.below(v.len() as u64 + 1) as usize;
                let end = (from + rng.below(32) as usize).min(v.len());
                let chunk: Vec<u8> = v[from..end].to_vec();
                v.splice(at..at, chunk);
            }
        }
    }
    v
}

fn drive(target: &str, f: &dyn Fn(&[u8])) -> usize {
    let mut rng = Rng::new(0x5eed);
    let mut n = 0;
    for (path, bytes) in inputs(target) {
        let run = |b: &[u8]| {
            if let Err(e) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(b))) {
                let name = Path::new(&path).display();
                panic!(
                    "{target} panicked on {name} (or a mutation of it: {:?}): {e:?}",
                    String::from_utf8_lossy(b)
                );
            }
        };
        run(&bytes);
        n += 1;
        for _ in 0..MUTATIONS_PER_SEED {
            run(&mutate(&mut rng, &bytes));
            n += 1;
        }
    }
    n
}

#[test]
fn dialog_inputs() {
    drive("dialog", &wegweiser::fuzz::dialog_file);
}

#[test]
fn fluent_inputs() {
    drive("fluent", &wegweiser::fuzz::fluent_file);
}

#[test]
fn csv_inputs() {
    drive("csv", &wegweiser::fuzz::offers_csv);
}

#[test]
fn callback_inputs() {
    drive("callback", &wegweiser::fuzz::callback_data);
}

#[test]
fn chat_inputs() {
    let content = wegweiser::fuzz::shipped_content(root()).expect("shipped files load");
    drive("chat", &|b| wegweiser::fuzz::chat_lines(&content, b));
}
