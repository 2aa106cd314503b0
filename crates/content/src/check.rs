//! `wegweiser check`: dialogs, figures and locales validated together, as coordinators need.
//!
//! The same function guards every load (start-up, live reload), so the bot never runs on
//! files that `check` would reject.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::NaiveDate;

use crate::i18n::{Locales, SOURCE_LANG};
use wegweiser_core::diag::{did_you_mean, Diagnostic, Diagnostics, Severity};
use wegweiser_core::dialog::figures::Unit;
use wegweiser_core::dialog::{self, Tree};
use wegweiser_core::engine::{self, Arg, Msg};

/// Telegram refuses a message longer than this (characters; it counts UTF-16 units).
pub const TELEGRAM_MAX_TEXT: usize = 4096;

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

/// The networks' folder of a deployment: `networks/` beside `dialogs/`.
pub fn networks_dir(dialogs: &Path) -> std::path::PathBuf {
    dialogs.parent().unwrap_or(Path::new(".")).join("networks")
}

/// A text the program itself shows: its message id and the variables the code passes.
pub type CodeMessage = (&'static str, &'static [&'static str]);

/// Every layer's program texts, one list per layer (the engine, offers, each channel). The
/// binary composes them (`wegweiser::CODE_MESSAGES`): this layer knows no channel.
pub type CodeMessages = &'static [&'static [CodeMessage]];

/// Dialogs, networks and locales checked together; `code` are the texts the program shows,
/// each required in German.
pub fn check_dirs(dialogs: &Path, locales: &Path, code: CodeMessages) -> Report {
    let (mut tree, mut diags) = dialog::load_dir(dialogs);
    let (locs, more) = Locales::load_dir(locales);
    diags.extend(more);
    let (networks, more) = wegweiser_core::networks::load_dir(&networks_dir(dialogs));
    diags.extend(more);
    if let Some(t) = tree.as_mut() {
        network_facts(t, &networks, dialogs, &mut diags);
        t.networks = networks;
    }
    // Even with dialog errors, check what can be checked against the texts.
    let today = crate::today::today(crate::today::fixed_from_env());
    cross_check(tree, locs, diags, (dialogs, locales), today, code)
}

/// With networks, `dialogs/facts.toml` declares `network` as a choice of exactly the networks'
/// ids and `none`, and `land` as a choice of Land codes, so conditions on them are checked like
/// any other (a misspelt `network == 'hagn'` is an error).
fn network_facts(
    tree: &Tree,
    networks: &wegweiser_core::networks::Networks,
    dialogs: &Path,
    diags: &mut Diagnostics,
) {
    use wegweiser_core::networks::{FACT_LAND, FACT_NETWORK, LAENDER, OUTSIDE};
    if networks.is_empty() {
        return;
    }
    let facts = dialogs.join("facts.toml");
    let mut want: BTreeSet<String> = networks.list.iter().map(|n| n.id.clone()).collect();
    want.insert(OUTSIDE.to_string());
    let have: BTreeSet<String> = tree
        .facts
        .get(FACT_NETWORK)
        .and_then(|f| f.choices.clone())
        .unwrap_or_default()
        .into_iter()
        .collect();
    if have != want {
        diags.file_error(
            &facts,
            format!(
                "fact '{FACT_NETWORK}' must be a choice of the networks' ids and '{OUTSIDE}': values = [{}]",
                want.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(", ")
            ),
        );
    }
    let lands = tree.facts.get(FACT_LAND).and_then(|f| f.choices.clone());
    match lands {
        Some(values) => {
            // A misspelt Land is reported in its network.toml already: one mistake, one error.
            let known = |land: &str| LAENDER.iter().any(|(c, _)| *c == land);
            for n in &networks.list {
                if known(&n.land) && !values.contains(&n.land) {
                    diags.file_error(
                        &facts,
                        format!(
                            "[{}] fact '{FACT_LAND}' lacks the value \"{}\"",
                            n.id, n.land
                        ),
                    );
                }
            }
            for v in &values {
                if !LAENDER.iter().any(|(c, _)| c == v) {
                    diags.file_error(
                        &facts,
                        format!("fact '{FACT_LAND}': '{v}' is not a Land code"),
                    );
                }
            }
        }
        None => diags.file_error(
            &facts,
            format!("fact '{FACT_LAND}' must be a choice of Land codes (NW, BE, NI, ...)"),
        ),
    }
}

fn cross_check(
    tree: Option<Tree>,
    locales: Locales,
    mut diags: Diagnostics,
    (dialogs_dir, locales_dir): (&Path, &Path),
    today: NaiveDate,
    code: CodeMessages,
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
                .entry(u.id.to_string())
                .or_default()
                .extend(u.vars.iter().cloned());
            first_use
                .entry(u.id.to_string())
                .or_insert_with(|| (u.path.display().to_string(), u.line, u.col));
            if !de.messages.contains_key(u.id.as_str()) {
                diags.push(Diagnostic {
                    path: u.path.clone(),
                    line: u.line,
                    col: u.col,
                    severity: Severity::Error,
                    message: format!(
                        "message '{}' is missing in {}/{SOURCE_LANG}: add `{} = ...` with the German text{}",
                        u.id,
                        locales_dir.display(),
                        u.id,
                        did_you_mean(&u.id, de.messages.keys())
                    ),
                });
            }
        }
    }
    for (id, vars) in code.iter().flat_map(|list| list.iter()) {
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
    // Without a tree (a dialog file has errors) the dialogs' messages are unknown: count every
    // German text instead, so coverage is not reported over the program's messages alone.
    let counted: BTreeSet<&String> = if tree.is_some() {
        shown.iter().copied().collect()
    } else {
        shown.iter().copied().chain(de.messages.keys()).collect()
    };
    // Variables nobody supplies anywhere: a figure deleted or misspelt, reported once per name
    // (not once per text and language) with the texts that use it.
    let supplied_anywhere: BTreeSet<&String> = supplied.values().flatten().collect();
    let mut unsupplied: BTreeMap<String, Vec<(String, Diagnostic)>> = BTreeMap::new();
    let figure_args = tree
        .as_ref()
        .map(|t| figure_args(t, today))
        .unwrap_or_default();
    for (lang, catalog) in &locales.catalogs {
        let mut outdated = 0;
        let translated = counted
            .iter()
            .filter(|id| catalog.messages.contains_key(**id))
            .count();
        for id in &shown {
            let Some(info) = catalog.messages.get(*id) else {
                if lang != SOURCE_LANG {
                    // Point into the file the translation belongs in: the German file's
                    // counterpart, naming where the German text is.
                    let (path, german) = match de.messages.get(*id) {
                        Some(src) => (
                            src.path
                                .file_name()
                                .map(|f| locales_dir.join(lang).join(f))
                                .unwrap_or_else(|| locales_dir.join(lang)),
                            format!(
                                "; the German text is at {}:{}",
                                src.path.display(),
                                src.line
                            ),
                        ),
                        None => (locales_dir.join(lang), String::new()),
                    };
                    diags.push(Diagnostic {
                        path,
                        line: 1,
                        col: 1,
                        severity: Severity::Warning,
                        message: format!(
                            "message '{id}' is not translated yet (shown in German{german})"
                        ),
                    });
                }
                continue;
            };
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
                    let mut d = at(Severity::Error, String::new());
                    if let Some((path, line, col)) = catalog.var_site(id, &var) {
                        (d.path, d.line, d.col) = (path, line, col);
                    }
                    let is_fact = tree.as_ref().is_some_and(|t| t.facts.contains_key(&var));
                    if tree.is_some() && !is_fact && !supplied_anywhere.contains(&var) {
                        unsupplied
                            .entry(var.clone())
                            .or_default()
                            .push((id.to_string(), d));
                        continue;
                    }
                    let place = first_use
                        .get(*id)
                        .map(|(p, l, c)| format!(" (shown at {p}:{l}:{c})"))
                        .unwrap_or_default();
                    d.message = format!("message '{id}' uses {{ ${var} }}, which the dialog never supplies{place}: add it to the node's `args`, or use a figure or fact name");
                    diags.push(d);
                }
            }
            if info.has_value {
                if let Some(d) = too_long(&locales, lang, id, &figure_args, &at) {
                    diags.push(d);
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
                    format!(
                        "message '{id}' does not exist in {SOURCE_LANG} (renamed or misspelt?){}",
                        did_you_mean(id, de.messages.keys())
                    )
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
            total: counted.len(),
            outdated,
        });
    }
    if let Some(tree) = &tree {
        let figures = dialogs_dir.join(dialog::FIGURES_FILE);
        let known: Vec<String> = tree
            .figures
            .keys()
            .chain(tree.facts.keys())
            .cloned()
            .collect();
        diags.extend(missing_figures(unsupplied, &figures, &known));
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

/// One error per variable that no figure, fact or `args` supplies: most likely a figure that was
/// deleted from (or never added to) `figures.toml`, which 18 "add it to `args`" errors hid.
/// Reported at its first use in German (else in any language), naming the texts that use it.
fn missing_figures(
    unsupplied: BTreeMap<String, Vec<(String, Diagnostic)>>,
    figures: &Path,
    known: &[String],
) -> Diagnostics {
    // `x_from` is the date of figure `x`: one error for both.
    let mut by_figure: BTreeMap<String, Vec<(String, Diagnostic)>> = BTreeMap::new();
    for (var, uses) in unsupplied {
        let name = var
            .strip_suffix("_from")
            .filter(|base| !base.is_empty())
            .map(str::to_string)
            .unwrap_or(var);
        by_figure.entry(name).or_default().extend(uses);
    }
    let mut out = Diagnostics::default();
    for (name, uses) in by_figure {
        let german = uses
            .iter()
            .find(|(_, d)| d.path.components().any(|c| c.as_os_str() == SOURCE_LANG));
        let Some((_, first)) = german.or(uses.first()) else {
            continue;
        };
        let ids: BTreeSet<&String> = uses.iter().map(|(id, _)| id).collect();
        const LISTED: usize = 5;
        let mut list: Vec<String> = ids
            .iter()
            .take(LISTED)
            .map(|id| format!("'{id}'"))
            .collect();
        if ids.len() > LISTED {
            list.push(format!("{} more", ids.len() - LISTED));
        }
        let texts = if ids.len() == 1 {
            "text uses"
        } else {
            "texts use"
        };
        out.push(Diagnostic {
            message: format!(
                "figure '{name}' is not in {}, but {} {texts} {{ ${name} }}: {}; add the figure to {} (or the variable to the `args` of the nodes that show them), or correct the name{}",
                figures.display(),
                ids.len(),
                list.join(", "),
                figures.display(),
                did_you_mean(&name, known.iter())
            ),
            ..first.clone()
        });
    }
    out
}

/// Every figure as the texts see it on `day` (`{ $x }` and `{ $x_from }`), to render texts
/// at their real length.
fn figure_args(tree: &Tree, day: NaiveDate) -> Vec<(String, Arg)> {
    let mut out = Vec::new();
    for (name, fig) in &tree.figures {
        if let Some((from, v)) = fig.at(day) {
            let arg = match fig.unit {
                Unit::Eur => Arg::Money(v),
                Unit::Percent | Unit::Number => Arg::Num(v),
            };
            out.push((name.clone(), arg));
            out.push((format!("{name}_from"), Arg::Date(from)));
        }
    }
    out
}

/// A text Telegram would refuse: longer than [`TELEGRAM_MAX_TEXT`] once rendered with today's
/// figures (facts and `args` a step supplies are left as placeholders).
fn too_long(
    locales: &Locales,
    lang: &str,
    id: &str,
    figure_args: &[(String, Arg)],
    at: &dyn Fn(Severity, String) -> Diagnostic,
) -> Option<Diagnostic> {
    // Every other variable gets a stand-in of a typical length, so Fluent reports (and logs)
    // no missing variable: this runs on every reload.
    let mut msg = Msg::new(id);
    if let Some(catalog) = locales.catalogs.get(lang) {
        for var in catalog.vars_needed(id) {
            if !figure_args.iter().any(|(n, _)| *n == var) {
                msg = msg.arg(&var, Arg::Text("0000".into()));
            }
        }
    }
    let text = locales.render_audited(lang, &msg, figure_args, &mut Vec::new());
    let len = text.encode_utf16().count();
    (len > TELEGRAM_MAX_TEXT).then(|| {
        at(
            Severity::Error,
            format!("message '{id}' is {len} characters long with today's figures; Telegram sends at most {TELEGRAM_MAX_TEXT} in one message: shorten it or split it over two steps"),
        )
    })
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
