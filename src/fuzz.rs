//! Entry points for the fuzz targets in `fuzz/` (cargo-afl) and their regression tests.
//!
//! Why here: the targets must exercise exactly the code the bot runs, not a copy, and several
//! of the functions they need are private to their modules. Each function takes raw bytes,
//! never panics on any input by design (a panic is a finding), and checks the invariants a
//! fuzzer cannot see by itself (round trips, limits).

use std::path::Path;

use chrono::NaiveDate;

use crate::conversation::Content;
use crate::diag::{Diagnostics, SourceFile};
use crate::engine::{Input, State};

/// A coordinator's dialog file, loaded as `main.toml` beside the shipped facts and figures:
/// loading reports problems, never panics.
pub fn dialog_file(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let sources = crate::dialog::DialogSources {
        files: vec![
            SourceFile::new(
                crate::dialog::FACTS_FILE,
                include_str!("../dialogs/facts.toml").to_string(),
            ),
            SourceFile::new(
                crate::dialog::FIGURES_FILE,
                include_str!("../dialogs/figures.toml").to_string(),
            ),
            SourceFile::new("main.toml", text.to_string()),
        ],
    };
    let _ = crate::dialog::load_sources(&sources);
}

/// A translator's `.ftl` file: loading and rendering every message it defines.
pub fn fluent_file(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let mut diags = Diagnostics::default();
    let file = SourceFile::new("de/fuzz.ftl", text.to_string());
    if crate::i18n::bad_unicode_escape(text).is_some() {
        // Refused with a message, never handed to fluent-syntax (see the function).
        let _ = crate::i18n::Locales::from_sources(vec![("de".into(), vec![file])], &mut diags);
        assert!(diags.has_errors(), "a bad escape must be reported");
        return;
    }
    let ids: Vec<String> = match fluent_syntax::parser::parse_runtime(text) {
        Ok(r) => message_ids(&r),
        Err((r, _)) => message_ids(&r),
    };
    let locales =
        crate::i18n::Locales::from_sources(vec![("de".to_string(), vec![file])], &mut diags);
    for id in ids.iter().take(64) {
        let _ = locales.render("de", &crate::engine::Msg::new(id.as_str()), &[]);
    }
}

fn message_ids(r: &fluent_syntax::ast::Resource<&str>) -> Vec<String> {
    r.body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The coordinators' offers CSV: every sheet is either refused with line-numbered messages or
/// imported; what is imported exports and reads back to the same offers.
pub fn offers_csv(bytes: &[u8]) {
    let Ok(parsed) = crate::offers::table::parse("fuzz.csv", bytes) else {
        return;
    };
    let offers: Vec<crate::offers::Offer> = parsed.offers.into_iter().map(|(o, _)| o).collect();
    for excel in [false, true] {
        let mut out = Vec::new();
        if crate::offers::table::write(&offers, excel, &mut out).is_err() {
            panic!("an imported sheet could not be exported");
        }
        let again = match crate::offers::table::parse("export.csv", &out) {
            Ok(p) => p.offers.into_iter().map(|(o, _)| o).collect::<Vec<_>>(),
            Err(e) => panic!("an export does not import back: {e}"),
        };
        assert_eq!(again, offers, "export/import round trip changed offers");
    }
}

/// Callback data as Telegram hands it back: any bytes (up to 64) must map to a key of the
/// current screen or to "stale", never a panic; a key found is a key we could have sent.
pub fn callback_data(bytes: &[u8]) {
    let Ok(data) = std::str::from_utf8(bytes) else {
        return;
    };
    let mut state = State::new(Some("de".into()));
    state.node = "main".into();
    if let Some(key) = crate::adapters::telegram::tapped_key(data, &state) {
        let tag = crate::adapters::telegram::screen_tag(&state);
        assert_eq!(
            crate::adapters::telegram::callback_data(key, &tag).as_deref(),
            Some(data),
            "a decoded key does not encode back to the same data"
        );
    }
    let _ = crate::adapters::telegram::map_index(data, &state);
}

/// The shipped dialogs and locales, loaded once per fuzzing process.
pub fn shipped_content(root: &Path) -> Option<Content> {
    Content::load(
        &root.join("dialogs"),
        &root.join("locales"),
        crate::CODE_MESSAGES,
    )
    .ok()
    .map(|(c, _)| c)
}

/// A parent's messages through the real content: lines of input, each stepped in turn from
/// the welcome; a line starting with `#` is a button tap with the rest as key.
pub fn chat_lines(content: &Content, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap_or_default();
    let (mut state, _) = content.welcome(Some("de"), today);
    for line in text.split('\n').take(64) {
        let (next, rendered) = match line.strip_prefix('#') {
            Some(key) => content.handle(&state, &Input::Button(key.to_string()), today),
            None => content.handle_text(&state, line, today),
        };
        assert!(!rendered.text.is_empty() || !rendered.buttons.is_empty());
        // What the store keeps must load again.
        let bytes = next.encode().expect("a state always encodes");
        assert_eq!(State::decode(&bytes).as_ref(), Some(&next));
        state = next;
    }
}
