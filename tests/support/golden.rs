//! Golden transcripts: the real binary (`wegweiser chat`, scripted mode) run over a script,
//! compared with `tests/golden/<name>.txt`; scripts by button label in the parent's language.
//! Used by tests/golden*.rs. `UPDATE_GOLDEN=1` rewrites the transcripts.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Figures depend on the day; the transcripts are pinned to one.
pub const TODAY: &str = "2026-11-21";

pub fn run_chat(lang: &str, script: &str, data: &Path) -> (String, Option<i32>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["chat", "--lang", lang, "--data"])
        .arg(data)
        .env("WEGWEISER_TODAY", TODAY)
        .env_remove("WEGWEISER_DIALOGS")
        .env_remove("WEGWEISER_LOCALES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start wegweiser");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(script.as_bytes())
        .expect("write script");
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Notices (like the first-run import of sample offers) are fine; failures are not.
    assert!(
        !stderr.contains("panicked") && !stderr.to_lowercase().contains("error"),
        "stderr: {stderr}"
    );
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code(),
    )
}

pub fn golden(name: &str, lang: &str, script: &str) -> String {
    let data = tempfile::tempdir().expect("tempdir");
    let (transcript, code) = run_chat(lang, script, data.path());
    assert_eq!(code, Some(0), "{transcript}");
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, &transcript).expect("write golden");
    } else {
        let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "{} missing: run UPDATE_GOLDEN=1 cargo test --test golden",
                path.display()
            )
        });
        if want != transcript {
            let first = want
                .lines()
                .zip(transcript.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(want.lines().count().min(transcript.lines().count()));
            panic!(
                "transcript {name} differs from {} at line {}:\n  want: {:?}\n  got:  {:?}\n(full transcript below; UPDATE_GOLDEN=1 to accept)\n{transcript}",
                path.display(),
                first + 1,
                want.lines().nth(first),
                transcript.lines().nth(first)
            );
        }
    }
    transcript
}

pub fn assert_has(transcript: &str, needles: &[&str]) {
    for n in needles {
        assert!(
            transcript.contains(n),
            "missing {n:?} in transcript:\n{transcript}"
        );
    }
}

/// The benefit-check screen (from its heading to the buttons); the last one shown, so after
/// a tap on "all the details" the full texts, with the screens "read on" adds.
pub fn check_screen(transcript: &str, heading: &str) -> String {
    // The details as shown after the last tap on them, else the last result screen.
    let details = ["> Alle Einzelheiten\n", "> All the details\n"]
        .iter()
        .filter_map(|tap| transcript.rfind(tap).map(|i| i + tap.len()))
        .max();
    let start = details.unwrap_or_else(|| {
        transcript
            .rfind(heading)
            .unwrap_or_else(|| panic!("no {heading:?} in\n{transcript}"))
    });
    screens_from(transcript, start)
}

/// The screen shown at `start` of the transcript, with the screens "read on" adds to it.
pub fn screens_from(transcript: &str, start: usize) -> String {
    let mut rest = &transcript[start..];
    let mut screen = String::new();
    loop {
        let end = rest.find("\n1) ").unwrap_or(rest.len());
        screen.push_str(rest[..end].trim_end());
        screen.push_str("\n\n");
        rest = &rest[end..];
        let Some(input) = rest.find("\n> ").map(|i| &rest[i + 1..]) else {
            break;
        };
        if !(input.starts_with("> Weiterlesen") || input.starts_with("> Read on")) {
            break;
        }
        rest = input.split_once('\n').map_or("", |(_, after)| after);
    }
    screen
}

/// The entry of one benefit on the check screen: the one whose heading line names it.
pub fn line_of<'a>(screen: &'a str, benefit: &str) -> &'a str {
    for chunk in screen.split("\n\n") {
        let mut lines = chunk.lines();
        let heading = lines.next().unwrap_or("");
        if heading.contains(benefit) {
            // A short "unlikely" line stands alone; a full entry spans its lines.
            return if chunk.lines().all(|l| l.starts_with('❌')) {
                chunk.lines().find(|l| l.contains(benefit)).unwrap_or(chunk)
            } else {
                chunk
            };
        }
        if let Some(line) = chunk
            .lines()
            .find(|l| l.starts_with('❌') && l.contains(benefit))
        {
            return line;
        }
    }
    panic!("{benefit:?} has no entry on\n{screen}")
}

pub fn label(locales: &wegweiser::i18n::Locales, lang: &str, id: &str) -> String {
    locales
        .render(lang, &wegweiser::engine::Msg::new(id), &[])
        .chars()
        .filter(|c| !wegweiser::i18n::bidi::is_control(*c))
        .collect()
}

/// A label with the figures it shows (the earnings bands), as the button shows it.
pub fn label_figures(locales: &wegweiser::i18n::Locales, lang: &str, id: &str) -> String {
    use wegweiser::engine::Arg;
    let globals = [
        ("kiz_min_income".to_string(), Arg::Money(600.0)),
        ("earnings_band_high".to_string(), Arg::Money(2000.0)),
    ];
    locales
        .render(lang, &wegweiser::engine::Msg::new(id), &globals)
        .chars()
        .filter(|c| !wegweiser::i18n::bidi::is_control(*c))
        .collect()
}

/// A script of button labels (message ids, rendered in `lang`) and typed answers (`=text`).
pub fn script(locales: &wegweiser::i18n::Locales, lang: &str, steps: &[&str]) -> String {
    steps
        .iter()
        .map(|s| match s.strip_prefix('=') {
            Some(typed) => typed.to_string(),
            None if *s == "read-more" => read_on(locales, lang),
            None => label_figures(locales, lang, s),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// The start of the "read on" label, which a parent can type to turn the page.
pub fn read_on(locales: &wegweiser::i18n::Locales, lang: &str) -> String {
    let msg = wegweiser::engine::Msg::new("read-more")
        .arg("page", wegweiser::engine::Arg::Num(2.0))
        .arg("pages", wegweiser::engine::Arg::Num(2.0));
    let full: String = locales
        .render(lang, &msg, &[])
        .chars()
        .filter(|c| !wegweiser::i18n::bidi::is_control(*c))
        .collect();
    full.split('(').next().unwrap_or(&full).trim().to_string()
}
