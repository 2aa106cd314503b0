//! Fluent texts per language (`locales/<lang>/*.ftl`): loading, fallback, rendering.
//!
//! A Fluent bundle holds one language and never falls back, so each language gets a chain
//! ending in German, the source: a parent never sees a raw message id.

pub mod bidi;
pub mod catalog;
pub mod cut;
pub mod format;
pub mod staleness;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use wegweiser_core::diag::{Diagnostics, SourceFile};
use wegweiser_core::engine::{Arg, Msg};

pub use catalog::Catalog;
pub use wegweiser_core::lang::{is_rtl, negotiate_exact, SOURCE_LANG};

/// Picker order; locales not listed here follow alphabetically.
const PREFERRED_ORDER: &[&str] = &["de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "ro"];

/// Makes right-to-left text ready for the screen, line by line ([`bidi::shape_rtl`]): kept for
/// callers that join rendered messages; rendering already does it, and doing it again changes
/// nothing.
pub fn mark_rtl_lines(text: &str) -> String {
    bidi::shape_rtl(text)
}

type Bundle = FluentBundle<FluentResource>;

pub struct Locales {
    bundles: BTreeMap<String, Bundle>,
    languages: Vec<String>,
    /// What `check` needs: every message with its position and variables, per language.
    pub catalogs: BTreeMap<String, Catalog>,
    /// Which German text each translation was made from, per language that has a record.
    pub records: BTreeMap<String, staleness::Record>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("languages", &self.languages)
            .finish()
    }
}

/// The Fluent files of one language folder (`locales/<lang>/*.ftl`), in name order, read as
/// UTF-8; a file that cannot be read is reported and left out. The one way every reader of
/// the locales (the bot, `check`, the diagram) gets at them.
pub fn ftl_files(lang_dir: &Path, diags: &mut Diagnostics) -> Vec<SourceFile> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(lang_dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "ftl"));
    files.sort();
    let mut sources = Vec::new();
    for path in files {
        match std::fs::read(&path).map(String::from_utf8) {
            Ok(Ok(text)) => sources.push(SourceFile::new(path, text)),
            Ok(Err(e)) => diags.file_error(
                &path,
                format!(
                    "the file is not UTF-8 text (byte {}); save it as UTF-8",
                    e.utf8_error().valid_up_to()
                ),
            ),
            Err(e) => diags.file_error(&path, format!("cannot read the file: {e}")),
        }
    }
    sources
}

impl Locales {
    /// Loads `dir/<lang>/*.ftl`. Parse errors are reported; the valid rest of a file is kept,
    /// so one broken message does not silence a whole language.
    pub fn load_dir(dir: &Path) -> (Locales, Diagnostics) {
        let mut diags = Diagnostics::default();
        let mut sets: Vec<(String, Vec<SourceFile>)> = Vec::new();
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                diags.file_error(dir, format!("cannot read the locales folder: {e}"));
                return (Locales::from_sources(Vec::new(), &mut diags), diags);
            }
        };
        let mut lang_dirs: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        lang_dirs.sort();
        for lang_dir in lang_dirs {
            let code = lang_dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if code.parse::<LanguageIdentifier>().is_err() {
                diags.file_error(
                    &lang_dir,
                    format!("'{code}' is not a language code (BCP 47, like de, en, tr, ar, uk)"),
                );
                continue;
            }
            sets.push((code, ftl_files(&lang_dir, &mut diags)));
        }
        let codes: Vec<String> = sets.iter().map(|(c, _)| c.clone()).collect();
        let mut locales = Locales::from_sources(sets, &mut diags);
        for code in codes.into_iter().filter(|c| c != SOURCE_LANG) {
            if let Some(record) = staleness::Record::load(&dir.join(&code), &mut diags) {
                locales.records.insert(code, record);
            }
        }
        if !locales.bundles.contains_key(SOURCE_LANG) {
            diags.file_error(
                &dir.join(SOURCE_LANG),
                "missing: German (de) is the source language and must exist",
            );
        }
        (locales, diags)
    }

    /// Builds bundles from already-read files, one list per language.
    pub fn from_sources(sets: Vec<(String, Vec<SourceFile>)>, diags: &mut Diagnostics) -> Locales {
        let mut bundles = BTreeMap::new();
        let mut catalogs = BTreeMap::new();
        for (code, files) in sets {
            let Ok(langid) = code.parse::<LanguageIdentifier>() else {
                continue;
            };
            let mut bundle = Bundle::new_concurrent(vec![langid]);
            // Isolation by rule, in `value` and `bidi`: Fluent's would also isolate translated
            // sentences passed as arguments.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(format::fluent_formatter));
            let mut catalog = Catalog::default();
            for file in files {
                if let Some(at) = bad_unicode_escape(&file.text) {
                    diags.error(&file, at, BAD_ESCAPE);
                    continue;
                }
                let resource = match FluentResource::try_new(file.text.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            let what = e
                                .kind
                                .to_string()
                                .replace("\r\n", "line break")
                                .replace('\n', "line break");
                            // Fluent reports where it gave up, often the next line; name the
                            // message the broken text belongs to as well.
                            let context = e
                                .slice
                                .as_ref()
                                .and_then(|r| file.text.get(r.clone()))
                                .and_then(|junk| junk.split('=').next())
                                .map(str::trim)
                                .filter(|id| {
                                    !id.is_empty()
                                        && id
                                            .chars()
                                            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
                                })
                                .map(|id| {
                                    let start = e.slice.as_ref().map(|r| r.start).unwrap_or(0);
                                    format!(
                                        ", in message '{id}' at line {}",
                                        file.line_col(start).0
                                    )
                                })
                                .unwrap_or_default();
                            diags.error(
                                &file,
                                e.pos.start,
                                format!("{what} (Fluent syntax{context})"),
                            );
                        }
                        r
                    }
                };
                catalog.add(&file, &resource, diags);
                // Duplicates were reported by the catalog; the later definition wins.
                bundle.add_resource_overriding(resource);
            }
            bundles.insert(code.clone(), bundle);
            catalogs.insert(code, catalog);
        }
        let mut languages: Vec<String> = bundles.keys().cloned().collect();
        languages.sort_by_key(|l| {
            (
                PREFERRED_ORDER
                    .iter()
                    .position(|p| p == l)
                    .unwrap_or(usize::MAX),
                l.clone(),
            )
        });
        Locales {
            bundles,
            languages,
            catalogs,
            records: BTreeMap::new(),
        }
    }

    /// Shipped languages, in picker order.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(id))
    }

    /// The best shipped language for what a client says it speaks (`ru-UA`, `pt-BR`, `uk`).
    pub fn negotiate(&self, requested: &str) -> Option<String> {
        negotiate_exact(requested, &self.languages)
    }

    /// Renders a message in `lang`, falling back to German. Never returns the bare id.
    pub fn render(&self, lang: &str, msg: &Msg, globals: &[(String, Arg)]) -> String {
        self.render_audited(lang, msg, globals, &mut Vec::new())
    }

    /// Like `render`, noting every fallback and Fluent error in `problems` (for tests and
    /// audits of a whole locale).
    pub fn render_audited(
        &self,
        lang: &str,
        msg: &Msg,
        globals: &[(String, Arg)],
        problems: &mut Vec<String>,
    ) -> String {
        let (text, used) = self.format(lang, msg, globals, problems);
        if is_rtl(used) {
            bidi::shape_rtl(&text)
        } else {
            text
        }
    }

    /// A message as a piece of another text (a day name inside opening hours, a language
    /// name in a list): like `render`, without the line marks of a whole screen line.
    pub fn render_part(&self, lang: &str, msg: &Msg, globals: &[(String, Arg)]) -> String {
        self.format(lang, msg, globals, &mut Vec::new()).0
    }

    /// The text of a message and the language it was rendered in (the parent's, or German
    /// where the parent's has no such message).
    fn format<'l>(
        &'l self,
        lang: &'l str,
        msg: &'l Msg,
        globals: &[(String, Arg)],
        problems: &mut Vec<String>,
    ) -> (String, &'l str) {
        let lang = msg.lang.as_deref().unwrap_or(lang);
        if !self.has(lang, &msg.id) {
            problems.push(format!("'{}' is missing in {lang}", msg.id));
        }
        let chain = [lang, SOURCE_LANG];
        for l in chain {
            let Some(bundle) = self.bundles.get(l) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(&msg.id).and_then(|m| m.value()) else {
                continue;
            };
            // Only the globals this message (or one it references) uses: formatting every
            // figure and fact for every line was most of a verdict screen's cost (BENCHMARKS.md).
            let needed = self.catalogs.get(l).map(|c| c.vars_needed(&msg.id));
            let used = |name: &String| needed.as_ref().is_none_or(|n| n.contains(name));
            let mut args = FluentArgs::new();
            for (name, value) in globals
                .iter()
                .filter(|(n, _)| used(n))
                .chain(msg.args.iter())
            {
                args.set(name.clone(), self.value(l, value, globals, problems));
            }
            let mut errors = Vec::new();
            // `write_pattern`, not `format_pattern`: that passes its whole result through the
            // formatter once more, which would isolate the message itself as a text value.
            let mut text = String::new();
            if bundle
                .write_pattern(&mut text, pattern, Some(&args), &mut errors)
                .is_err()
            {
                problems.push(format!("'{}' in {l}: could not be written", msg.id));
            }
            if !errors.is_empty() {
                tracing::warn!(message = %msg.id, lang = l, ?errors, "message rendered with errors");
                problems.push(format!("'{}' in {l}: {errors:?}", msg.id));
            }
            return (text, l);
        }
        tracing::error!(message = %msg.id, lang, "message missing in every language of the chain");
        ("…".to_string(), lang)
    }

    /// An argument as it enters a message in `lang`. Numbers and amounts are Fluent numbers,
    /// so they pick plural forms and get CLDR's formats and, in right-to-left text, their
    /// isolation from [`format::fluent_formatter`], which isolates text values too. Dates are
    /// isolated here; a translated sentence is marked as part of the line (see [`bidi`]).
    fn value(
        &self,
        lang: &str,
        arg: &Arg,
        globals: &[(String, Arg)],
        problems: &mut Vec<String>,
    ) -> FluentValue<'static> {
        let rtl = is_rtl(lang);
        let text = |s: String| FluentValue::String(Cow::Owned(s));
        match arg {
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Money(m) => FluentValue::Number(FluentNumber::new(
                *m,
                FluentNumberOptions {
                    style: FluentNumberStyle::Currency,
                    currency: Some("EUR".into()),
                    ..Default::default()
                },
            )),
            Arg::Date(d) if rtl => text(bidi::isolate_ltr(&format::date(lang, *d))),
            Arg::Date(d) => text(format::date(lang, *d)),
            Arg::Text(t) => text(t.clone()),
            Arg::Msg(m) => {
                // A translated sentence takes the direction of the line it is part of (a
                // leading right-to-left mark: no isolate); only one in a language of the other
                // direction is isolated.
                let (inner, used) = self.format(lang, m, globals, problems);
                match (rtl, is_rtl(used)) {
                    (true, true) => text(format!("{}{inner}", bidi::RLM)),
                    (true, false) => text(bidi::isolate_first_strong(&inner)),
                    _ => text(inner),
                }
            }
        }
    }
}

/// How a file [`bad_unicode_escape`] refuses is reported.
pub const BAD_ESCAPE: &str = "invalid Unicode escape: \\u needs 4 hex digits and \\U 6 (e.g. \\u00E9), or write the character itself (Fluent syntax)";

/// Where a `\u`/`\U` escape has fewer hex digits than it needs and is followed by a non-ASCII
/// character. fluent-syntax 0.12 panics on such a string literal (it slices inside the
/// character; found by fuzzing, fuzz/regressions/fluent), so such a file is reported instead
/// of parsed. Plain text with the same letters is refused too: rare, and the fix is obvious.
pub fn bad_unicode_escape(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(pos) = text[i..].find('\\') {
        let at = i + pos;
        let need = match bytes.get(at + 1) {
            Some(b'u') => 4,
            Some(b'U') => 6,
            Some(b'\\') => {
                i = at + 2;
                continue;
            }
            _ => {
                i = at + 1;
                continue;
            }
        };
        let digits = bytes[at + 2..]
            .iter()
            .take(need)
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        if digits < need && bytes.get(at + 2 + digits).is_some_and(|b| !b.is_ascii()) {
            return Some(at);
        }
        i = at + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Locales {
        let de = SourceFile::new("de/a.ftl", "hi = Hallo { $name }\nonly-de = Nur deutsch\nkids = { $n ->\n    [one] ein Kind\n   *[other] { $n } Kinder\n}\nsum = Summe { $x }\n".into());
        let en = SourceFile::new("en/a.ftl", "hi = Hello { $name }\nkids = { $n ->\n    [one] one child\n   *[other] { $n } children\n}\n".into());
        let ar = SourceFile::new("ar/a.ftl", "hi = مرحبا { $name }\n".into());
        let mut d = Diagnostics::default();
        let l = Locales::from_sources(
            vec![
                ("de".into(), vec![de]),
                ("en".into(), vec![en]),
                ("ar".into(), vec![ar]),
            ],
            &mut d,
        );
        assert!(d.items.is_empty(), "{:?}", d.items);
        l
    }

    #[test]
    fn falls_back_to_german_and_formats_args() {
        let l = sample();
        let hi = Msg::new("hi").arg("name", Arg::Text("Ayla".into()));
        assert_eq!(l.render("en", &hi, &[]), "Hello Ayla");
        assert_eq!(l.render("en", &Msg::new("only-de"), &[]), "Nur deutsch");
        assert_eq!(l.render("xx", &hi, &[]), "Hallo Ayla");
        assert_eq!(l.render("en", &Msg::new("nope"), &[]), "…");
        let kids = |n: f64| Msg::new("kids").arg("n", Arg::Num(n));
        assert_eq!(l.render("en", &kids(1.0), &[]), "one child");
        assert_eq!(l.render("en", &kids(3.0), &[]), "3 children");
        assert_eq!(l.render("de", &kids(1.0), &[]), "ein Kind");
        let sum = Msg::new("sum").arg("x", Arg::Money(1234.5));
        assert_eq!(l.render("de", &sum, &[]), "Summe 1.234,50\u{a0}€");
        // Left-to-right text has no marks.
        assert!(!l.render("de", &hi, &[]).contains('\u{2068}'));
    }

    #[test]
    fn right_to_left_lines_and_isolated_values() {
        let ar = SourceFile::new(
            "ar/a.ftl",
            "hi = مرحبا { $name }\nitem = ☐ { $item }\ntodo = Jobcenter: اطلب { $sum }\nkids = { $n ->\n    [one] طفل\n   *[other] { $n } أطفال\n}\nyes = { $bg ->\n    [true] نعم\n   *[other] لا { $bg }\n}\n".into(),
        );
        let de = SourceFile::new(
            "de/a.ftl",
            "hi = Hallo { $name }\nitem = ☐ { $item }\n".into(),
        );
        let mut d = Diagnostics::default();
        let l = Locales::from_sources(
            vec![("de".into(), vec![de]), ("ar".into(), vec![ar])],
            &mut d,
        );
        let hi = Msg::new("hi").arg("name", Arg::Text("Ayla".into()));
        assert_eq!(
            l.render("ar", &hi, &[]),
            "\u{200F}مرحبا \u{2068}Ayla\u{2069}"
        );
        // A translated sentence passed as an argument is not an isolated island, and a
        // line starting with a German word or an emoji is still right to left.
        let todo = Msg::new("todo").arg("sum", Arg::Money(4260.5));
        let item = Msg::new("item").arg("item", Arg::Msg(Box::new(todo)));
        let shown = l.render("ar", &item, &[]);
        assert!(
            shown.starts_with("\u{200F}☐ \u{200F}Jobcenter: اطلب \u{2066}"),
            "{shown:?}"
        );
        assert!(!shown.contains('\u{2068}'), "{shown:?}");
        // Plural selections are not isolated; the number inside is.
        let kids = Msg::new("kids").arg("n", Arg::Num(3.0));
        assert_eq!(
            l.render("ar", &kids, &[]),
            "\u{200F}\u{2066}3\u{2069} أطفال"
        );
        // Selectors see the bare value, the text shown is isolated.
        let yes = Msg::new("yes").arg("bg", Arg::Text("true".into()));
        assert_eq!(l.render("ar", &yes, &[]), "\u{200F}نعم");
        let echo = Msg::new("yes").arg("bg", Arg::Text("x".into()));
        assert_eq!(l.render("ar", &echo, &[]), "\u{200F}لا \u{2068}x\u{2069}");
        // German text, also a German line inside an Arabic chat, has no marks.
        let de_item = Msg::new("item")
            .in_lang("de")
            .arg("item", Arg::Text("Jobcenter".into()));
        assert_eq!(l.render("ar", &de_item, &[]), "☐ Jobcenter");
    }

    #[test]
    fn picker_order_puts_german_first() {
        assert_eq!(sample().languages(), ["de", "en", "ar"]);
    }
}
