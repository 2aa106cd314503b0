//! `wegweiser check`: dialogs, figures and locales validated together, as coordinators need.
//!
//! The same function guards every load (start-up, live reload), so the bot never runs on
//! files that `check` would reject.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::dialog::{self, Tree};
use crate::engine;
use crate::i18n::{Locales, SOURCE_LANG};

/// Share of the messages the bot can show that a locale translates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub lang: String,
    pub translated: usize,
    pub total: usize,
    /// Translations whose German source changed since they were made (or never recorded).
    pub outdated: usize,
}

impl Coverage {
    pub fn percent(&self) -> usize {
        (self.translated * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }
}

pub struct Report {
    pub diagnostics: Diagnostics,
    pub coverage: Vec<Coverage>,
    /// Translations of the stored offers' texts (`check --data`); empty without a store.
    pub offer_coverage: Vec<Coverage>,
    pub tree: Option<Tree>,
    pub locales: Locales,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.has_errors()
    }

    /// The lines `check` prints: problems, then coverage and a count.
    pub fn lines(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .diagnostics
            .items
            .iter()
            .map(Diagnostic::to_string)
            .collect();
        let cov: Vec<String> = self
            .coverage
            .iter()
            .map(|c| {
                let outdated = if c.outdated > 0 {
                    format!(", {} outdated", c.outdated)
                } else {
                    String::new()
                };
                format!(
                    "{} {}% ({}/{}{outdated})",
                    c.lang,
                    c.percent(),
                    c.translated,
                    c.total
                )
            })
            .collect();
        out.push(format!("coverage: {}", cov.join(", ")));
        if !self.offer_coverage.is_empty() {
            let cov: Vec<String> = self
                .offer_coverage
                .iter()
                .map(|c| {
                    let outdated = if c.outdated > 0 {
                        format!(", {} outdated", c.outdated)
                    } else {
                        String::new()
                    };
                    format!(
                        "{} {}% ({}/{}{outdated})",
                        c.lang,
                        c.percent(),
                        c.translated,
                        c.total
                    )
                })
                .collect();
            out.push(format!("offers coverage: {}", cov.join(", ")));
        }
        let errors = self
            .diagnostics
            .items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let warnings = self.diagnostics.items.len() - errors;
        out.push(format!("{errors} error(s), {warnings} warning(s)"));
        out
    }
}

pub fn check_dirs(dialogs: &Path, locales: &Path) -> Report {
    let (tree, mut diags) = dialog::load_dir(dialogs);
    let (locs, more) = Locales::load_dir(locales);
    diags.extend(more);
    // Even with dialog errors, check what can be checked against the texts.
    cross_check(tree, locs, diags, locales)
}

fn cross_check(
    tree: Option<Tree>,
    locales: Locales,
    mut diags: Diagnostics,
    locales_dir: &Path,
) -> Report {
    let mut coverage = Vec::new();
    let Some(de) = locales.catalogs.get(SOURCE_LANG) else {
        diags.sort();
        return Report {
            diagnostics: diags,
            coverage,
            offer_coverage: Vec::new(),
            tree,
            locales,
        };
    };
    // Which variables reach each message, from every place that shows it.
    let globals: BTreeSet<String> = tree
        .as_ref()
        .map(engine::global_names)
        .unwrap_or_default()
        .into_iter()
        .collect();
    let mut supplied: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut first_use: BTreeMap<String, (String, usize, usize)> = BTreeMap::new();
    if let Some(tree) = &tree {
        for u in &tree.messages {
            supplied
                .entry(u.id.clone())
                .or_default()
                .extend(u.vars.iter().cloned());
            first_use
                .entry(u.id.clone())
                .or_insert_with(|| (u.path.display().to_string(), u.line, u.col));
            if !de.messages.contains_key(&u.id) {
                diags.push(Diagnostic {
                    path: u.path.clone(),
                    line: u.line,
                    col: u.col,
                    severity: Severity::Error,
                    message: format!(
                        "message '{}' is missing in {}/{SOURCE_LANG}: add `{} = ...` with the German text",
                        u.id,
                        locales_dir.display(),
                        u.id
                    ),
                });
            }
        }
    }
    for (id, vars) in crate::code_messages() {
        supplied
            .entry(id.to_string())
            .or_default()
            .extend(vars.iter().map(|v| v.to_string()));
        if !de.messages.contains_key(*id) {
            diags.file_error(
                &locales_dir.join(SOURCE_LANG).join("system.ftl"),
                format!("message '{id}' is missing: the program shows it (add `{id} = ...`)"),
            );
        }
    }
    // Messages only referenced from other messages are used too.
    let mut used: BTreeSet<String> = supplied.keys().cloned().collect();
    for id in supplied.keys() {
        used.extend(de.refs_closure(id));
    }
    let shown: Vec<&String> = supplied.keys().collect();
    for (lang, catalog) in &locales.catalogs {
        let mut translated = 0;
        let mut outdated = 0;
        for id in &shown {
            let Some(info) = catalog.messages.get(*id) else {
                if lang != SOURCE_LANG {
                    diags.push(Diagnostic {
                        path: locales_dir.join(lang),
                        line: 1,
                        col: 1,
                        severity: Severity::Warning,
                        message: format!("message '{id}' is not translated yet (shown in German)"),
                    });
                }
                continue;
            };
            translated += 1;
            if lang != SOURCE_LANG {
                if let Some(why) = outdated_reason(&locales, lang, id, de) {
                    outdated += 1;
                    if !locales.records.contains_key(lang) {
                        continue; // reported once for the whole language below
                    }
                    diags.push(Diagnostic {
                        path: info.path.clone(),
                        line: info.line,
                        col: info.col,
                        severity: Severity::Warning,
                        message: format!(
                            "message '{id}' is outdated: {why}; review the translation, then run `wegweiser translations reviewed --lang {lang}`"
                        ),
                    });
                }
            }
            let at = |sev, message| Diagnostic {
                path: info.path.clone(),
                line: info.line,
                col: info.col,
                severity: sev,
                message,
            };
            if !info.has_value {
                diags.push(at(
                    Severity::Error,
                    format!("message '{id}' has no text, only attributes"),
                ));
                continue;
            }
            let have = &supplied[*id];
            for var in catalog.vars_needed(id) {
                if !have.contains(&var) && !globals.contains(&var) {
                    let place = first_use
                        .get(*id)
                        .map(|(p, l, c)| format!(" (shown at {p}:{l}:{c})"))
                        .unwrap_or_default();
                    diags.push(at(
                        Severity::Error,
                        format!("message '{id}' uses {{ ${var} }}, which the dialog never supplies{place}: add it to the node's `args`, or use a figure or fact name"),
                    ));
                }
            }
        }
        // Without a loaded tree, which texts are used is unknown: say nothing rather than
        // bury the real error under hundreds of "never shown".
        for (id, info) in catalog.messages.iter().filter(|_| tree.is_some()) {
            if !used.contains(id) {
                let what = if lang == SOURCE_LANG || de.messages.contains_key(id) {
                    format!("message '{id}' is never shown: no dialog uses it")
                } else {
                    format!("message '{id}' does not exist in {SOURCE_LANG} (renamed or misspelt?)")
                };
                diags.push(Diagnostic {
                    path: info.path.clone(),
                    line: info.line,
                    col: info.col,
                    severity: Severity::Warning,
                    message: what,
                });
            }
        }
        if lang != SOURCE_LANG && !locales.records.contains_key(lang) {
            diags.push(Diagnostic {
                path: locales_dir.join(lang).join(crate::i18n::staleness::RECORD_FILE),
                line: 1,
                col: 1,
                severity: Severity::Warning,
                message: format!(
                    "missing: no record of the German texts '{lang}' was translated from, so changes cannot be tracked; once the translation is reviewed, run `wegweiser translations reviewed --lang {lang}`"
                ),
            });
        }
        coverage.push(Coverage {
            lang: lang.clone(),
            translated,
            total: shown.len(),
            outdated,
        });
    }
    let order = locales.languages().to_vec();
    coverage.sort_by_key(|c| order.iter().position(|l| *l == c.lang));
    diags.sort();
    Report {
        diagnostics: diags,
        coverage,
        offer_coverage: Vec::new(),
        tree,
        locales,
    }
}

/// Why a translation counts as outdated, if it does: its German source changed since it was
/// reviewed, or it was never recorded as reviewed.
fn outdated_reason(
    locales: &Locales,
    lang: &str,
    id: &str,
    de: &crate::i18n::Catalog,
) -> Option<&'static str> {
    let source = de.messages.get(id)?;
    match locales.records.get(lang).map(|r| r.from.get(id)) {
        None => Some("this language has no record of the German texts it was translated from"),
        Some(None) => Some("it was never marked as reviewed against the German text"),
        Some(Some(fp)) if *fp != source.fingerprint => {
            Some("the German text changed since it was translated")
        }
        Some(Some(_)) => None,
    }
}
