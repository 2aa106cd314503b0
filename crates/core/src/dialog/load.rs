//! Reads `dialogs/*.toml` into a [`Tree`], reporting every problem with its position.
//!
//! The raw serde types (`raw.rs`) keep `Spanned` positions so that a wrong goto, an unknown fact
//! or a bad expression points at the exact place in the coordinator's file.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::expr::{Expr, NameInfo, Names, Type, Value};
use super::figures::{Figure, Unit};
use super::model::*;
use super::raw::*;
use super::words::{Direction, FactType};
use crate::diag::{did_you_mean, Diagnostics, SourceFile};

pub const FACTS_FILE: &str = "facts.toml";
pub const FIGURES_FILE: &str = "figures.toml";
/// Telegram's callback data holds 64 bytes; node ids travel in it.
const MAX_ID_LEN: usize = 40;
const MAX_OPTIONS: usize = 8;

/// The files the tree was loaded from, kept so `check` can point into them.
#[derive(Debug, Clone, Default)]
pub struct DialogSources {
    pub files: Vec<SourceFile>,
}

/// Reads every `*.toml` in `dir` and loads them; the tree is `None` if any error was found.
pub fn load_dir(dir: &Path) -> (Option<Tree>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let mut files = Vec::new();
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            let mut paths: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
            paths.sort();
            for path in paths {
                match std::fs::read(&path) {
                    Ok(bytes) => match String::from_utf8(bytes) {
                        Ok(text) => files.push(SourceFile::new(path, text)),
                        Err(e) => diags.file_error(
                            &path,
                            format!(
                                "the file is not UTF-8 text (byte {}); save it as UTF-8 in your editor",
                                e.utf8_error().valid_up_to()
                            ),
                        ),
                    },
                    Err(e) => diags.file_error(&path, format!("cannot read the file: {e}")),
                }
            }
        }
        Err(e) => diags.file_error(dir, format!("cannot read the dialogs folder: {e}")),
    }
    let (tree, more) = load_sources(&DialogSources { files });
    diags.extend(more);
    (if diags.has_errors() { None } else { tree }, diags)
}

/// Loads already-read files; the unit of work for tests and live reload.
pub fn load_sources(sources: &DialogSources) -> (Option<Tree>, Diagnostics) {
    let mut l = Loader::default();
    let name_of = |f: &SourceFile| {
        f.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    for f in sources.files.iter().filter(|f| name_of(f) == FACTS_FILE) {
        l.facts_file(f);
    }
    for f in sources.files.iter().filter(|f| name_of(f) == FIGURES_FILE) {
        l.figures_file(f);
    }
    if !sources.files.iter().any(|f| name_of(f) == FACTS_FILE) {
        if let Some(dir) = sources.files.first().and_then(|f| f.path.parent()) {
            l.diags
                .file_error(&dir.join(FACTS_FILE), "missing: the facts file is required");
        }
    }
    for f in sources
        .files
        .iter()
        .filter(|f| name_of(f) != FACTS_FILE && name_of(f) != FIGURES_FILE)
    {
        l.topic_file(f);
    }
    l.finish(sources)
}

#[derive(Default)]
struct Loader {
    diags: Diagnostics,
    facts: BTreeMap<String, FactDef>,
    figures: BTreeMap<String, Figure>,
    topics: Vec<Topic>,
    nodes: Vec<Node>,
    index: HashMap<NodeId, usize>,
    messages: Vec<MessageUse>,
    /// Every node-id reference, checked once all files are read: (file, offset, target).
    gotos: Vec<(usize, usize, String)>,
    /// Where each node was defined: (file, offset).
    node_pos: Vec<(usize, usize)>,
    /// Outgoing edges per node, for reachability.
    edges: Vec<Vec<NodeId>>,
    files: Vec<SourceFile>,
    topic_pos: Vec<(usize, usize)>,
    /// Ids defined in files that did not parse: not reported again as unknown.
    unparsed_ids: HashSet<String>,
    /// The facts file and where each fact's table starts, for "never set".
    facts_src: Option<SourceFile>,
    fact_at: BTreeMap<String, usize>,
    /// Facts some option's `set` or some input node gives a value.
    facts_set: HashSet<String>,
}

impl Names for Loader {
    fn lookup(&self, name: &str) -> Option<NameInfo<'_>> {
        if let Some(f) = self.facts.get(name) {
            return Some(NameInfo {
                ty: f.ty,
                choices: f.choices.as_deref(),
                is_fact: true,
            });
        }
        self.figures.get(name).map(|f| NameInfo {
            ty: f.unit.ty(),
            choices: None,
            is_fact: false,
        })
    }
}

fn parse_toml<T: for<'de> Deserialize<'de>>(
    file: &SourceFile,
    diags: &mut Diagnostics,
) -> Option<T> {
    match toml::from_str::<T>(&file.text) {
        Ok(v) => Some(v),
        Err(e) => {
            toml_error(file, &e, diags);
            None
        }
    }
}

fn toml_error(file: &SourceFile, e: &toml::de::Error, diags: &mut Diagnostics) {
    let offset = e.span().map(|s| s.start).unwrap_or(0);
    let msg = e.message().trim().replace('\n', " ");
    let hint = if msg.contains("invalid basic string") || msg.contains("invalid literal string") {
        ": a text in quotes is not closed on this line"
    } else {
        ""
    };
    diags.error(file, offset, format!("{msg}{hint} (TOML)"));
}

/// German ways of writing dates and numbers in `from = ...` and `value = ...` (`01.01.2026`,
/// `259,50`, `"259"`), each with a plain fix. TOML would only say "expected `}`" or "invalid
/// type", which tells a coordinator nothing; so a figures file that does not parse is read line
/// by line for these first. Returns (offset of the value, message).
fn figure_habits(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let b = line.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'#' => break,
                q @ (b'"' | b'\'') => {
                    i += 1;
                    while i < b.len() && b[i] != q {
                        i += 1;
                    }
                    i += 1;
                }
                c if c.is_ascii_alphabetic() => {
                    let start = i;
                    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                        i += 1;
                    }
                    let key = &line[start..i];
                    let rest = line[i..].trim_start();
                    let Some(after_eq) = rest.strip_prefix('=') else {
                        continue;
                    };
                    let value = after_eq.trim_start();
                    let at = line.len() - value.len();
                    if let Some(msg) = figure_habit(key, value) {
                        out.push((line_start + at, msg));
                    }
                    i = at;
                }
                _ => i += 1,
            }
        }
        line_start += line.len();
    }
    out
}

/// The plain fix for one `key = value` of a figure, if the value is written the German way.
fn figure_habit(key: &str, value: &str) -> Option<String> {
    let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'');
    let token: &str = match quote {
        Some(q) => value[1..].split(q).next().unwrap_or("").trim(),
        None => {
            let end = value
                .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+')))
                .unwrap_or(value.len());
            value[..end].trim_end_matches(',')
        }
    };
    match key {
        "from" => {
            if let Some(iso) = german_date(token) {
                return Some(match quote {
                    Some(_) => format!(
                        "write dates as {iso} (year-month-day, without quotes), not \"{token}\""
                    ),
                    None => format!("write dates as {iso} (year-month-day), not {token}"),
                });
            }
            (quote.is_some() && NaiveDate::parse_from_str(token, "%Y-%m-%d").is_ok())
                .then(|| format!("write the date without quotes: from = {token}"))
        }
        "value" => {
            let german = token.contains(',');
            let number = if german {
                token.replace('.', "").replace(',', ".")
            } else {
                token.to_string()
            };
            if number.parse::<f64>().is_err() {
                return None;
            }
            match (quote.is_some(), german) {
                (true, false) => Some(format!("write the number without quotes: value = {number}")),
                (true, true) => Some(format!(
                    "write the number without quotes and with a decimal point: value = {number}"
                )),
                (false, true) => Some(format!("use a decimal point: {number} (not {token})")),
                (false, false) => None,
            }
        }
        _ => None,
    }
}

/// `01.01.2026` (or `1.1.2026`) as `2026-01-01`.
fn german_date(s: &str) -> Option<String> {
    let mut parts = s.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())
    };
    (parts.next().is_none() && digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 4..=4))
        .then(|| format!("{y}-{m:0>2}-{d:0>2}"))
}

/// Table names (`[kindergeld]`) of a facts or figures file that failed to parse.
fn scan_tables(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().filter_map(|line| {
        let name = line.trim().strip_prefix('[')?.strip_suffix(']')?.trim();
        (!name.starts_with('[') && valid_id(name)).then(|| name.to_string())
    })
}

/// Node ids of a file that failed to parse, found line by line, so references to them are not
/// reported as unknown on top of the one real syntax error.
fn scan_ids(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().filter_map(|line| {
        let rest = line
            .trim_start()
            .strip_prefix("id")?
            .trim_start()
            .strip_prefix('=')?
            .trim();
        let id = rest.trim_matches(|c| c == '"' || c == '\'');
        (!id.is_empty() && valid_id(id)).then(|| id.to_string())
    })
}

/// Offset of a string value's first character: skips the opening quote(s).
fn inner_start(file: &SourceFile, span: &std::ops::Range<usize>) -> usize {
    let rest = file.text.get(span.start..).unwrap_or("");
    if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
        span.start + 3
    } else if rest.starts_with('"') || rest.starts_with('\'') {
        span.start + 1
    } else {
        span.start
    }
}

fn valid_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl Loader {
    fn file_idx(&mut self, file: &SourceFile) -> usize {
        self.files.push(file.clone());
        self.files.len() - 1
    }

    fn facts_file(&mut self, file: &SourceFile) {
        self.facts_src = Some(file.clone());
        let Some(raw) = parse_toml::<BTreeMap<String, RawFact>>(file, &mut self.diags) else {
            self.unparsed_ids.extend(scan_tables(&file.text));
            return;
        };
        for (name, fact) in raw {
            let at = fact.ty.span().start;
            if !valid_id(&name) || name.contains('-') {
                self.diags.error(
                    file,
                    at,
                    format!("fact name '{name}' may only use letters, digits and '_' (it is used in expressions)"),
                );
            }
            let Some(fact_type) = FactType::parse(fact.ty.get_ref()) else {
                self.diags.error(
                    file,
                    inner_start(file, &fact.ty.span()),
                    FactType::unknown(fact.ty.get_ref()),
                );
                continue;
            };
            let (ty, needs_values) = match fact_type {
                FactType::Bool => (Type::Bool, false),
                FactType::Number => (Type::Num, false),
                FactType::Numbers => (Type::List, false),
                FactType::Choice => (Type::Text, true),
                FactType::Text => (Type::Text, false),
            };
            let choices = match (&fact.values, needs_values) {
                (Some(v), true) if !v.get_ref().is_empty() => Some(v.get_ref().clone()),
                (_, true) => {
                    self.diags.error(
                        file,
                        at,
                        format!("choice fact '{name}' needs `values = [...]`"),
                    );
                    None
                }
                (Some(v), false) => {
                    self.diags.warning(
                        file,
                        v.span().start,
                        "`values` is only used by type = \"choice\"",
                    );
                    None
                }
                (None, false) => None,
            };
            let header = format!("[{name}]");
            let mut offset = 0;
            let table = file.text.split_inclusive('\n').find_map(|line| {
                let here = offset;
                offset += line.len();
                (line.trim() == header).then_some(here)
            });
            self.fact_at.insert(name.clone(), table.unwrap_or(at));
            let ages_from = fact.ages_from.as_ref().map(|a| {
                if ty != Type::List {
                    self.diags.error(
                        file,
                        a.span().start,
                        "`ages_from` is only for a fact of type \"numbers\" (the ages)",
                    );
                }
                a.get_ref().clone()
            });
            self.facts.insert(
                name,
                FactDef {
                    ty,
                    choices,
                    ages_from,
                },
            );
        }
        let sources: Vec<(String, String)> = self
            .facts
            .iter()
            .filter_map(|(n, d)| d.ages_from.clone().map(|a| (n.clone(), a)))
            .collect();
        for (name, from) in sources {
            if self.facts.get(&from).is_none_or(|d| d.ty != Type::List) {
                let at = self.fact_at.get(&name).copied().unwrap_or(0);
                self.diags.error(
                    file,
                    at,
                    format!("fact '{name}': `ages_from = \"{from}\"` must name a fact of type \"numbers\" (the birth months)"),
                );
            }
        }
    }

    fn figures_file(&mut self, file: &SourceFile) {
        let raw = match toml::from_str::<BTreeMap<String, RawFigure>>(&file.text) {
            Ok(raw) => raw,
            Err(e) => {
                // A German habit is the likeliest cause; its plain fix replaces TOML's words.
                let habits = figure_habits(&file.text);
                if habits.is_empty() {
                    toml_error(file, &e, &mut self.diags);
                }
                for (at, msg) in habits {
                    self.diags.error(file, at, msg);
                }
                self.unparsed_ids.extend(scan_tables(&file.text));
                return;
            }
        };
        for (name, fig) in raw {
            let at = fig.unit.span().start;
            if !valid_id(&name) || name.contains('-') {
                self.diags.error(
                    file,
                    at,
                    format!("figure name '{name}' may only use letters, digits and '_'"),
                );
            }
            if self.facts.contains_key(&name) {
                self.diags.error(
                    file,
                    at,
                    format!("duplicate id: '{name}' is already a fact in {FACTS_FILE}"),
                );
                continue;
            }
            let Some(unit) = Unit::parse(fig.unit.get_ref()) else {
                self.diags.error(
                    file,
                    inner_start(file, &fig.unit.span()),
                    Unit::unknown(fig.unit.get_ref()),
                );
                continue;
            };
            let mut values = Vec::new();
            for v in fig.values.get_ref() {
                match v.from.date.and_then(|d| {
                    NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
                }) {
                    Some(date) => {
                        let value = *v.value.get_ref();
                        // Amounts and limits are never below 0: "-259 €" must not go live.
                        if value < 0.0 {
                            self.diags.error(
                                file,
                                v.value.span().start,
                                format!("figure '{name}': {value} is below 0; amounts and limits are never negative (remove the minus sign)"),
                            );
                        }
                        values.push((date, value));
                    }
                    None => self.diags.error(
                        file,
                        fig.values.span().start,
                        format!("figure '{name}': `from` must be a date like 2026-01-01"),
                    ),
                }
            }
            if values.is_empty() {
                self.diags.error(
                    file,
                    fig.values.span().start,
                    format!("figure '{name}' needs at least one value"),
                );
                continue;
            }
            if values.windows(2).any(|w| w[0].0 >= w[1].0) {
                self.diags.error(
                    file,
                    fig.values.span().start,
                    format!("figure '{name}': list the values oldest first, each date once"),
                );
            }
            self.figures.insert(
                name.clone(),
                Figure {
                    id: name,
                    unit,
                    values,
                    verify: fig.verify,
                },
            );
        }
    }

    fn topic_file(&mut self, file: &SourceFile) {
        let Some(raw) = parse_toml::<RawTopic>(file, &mut self.diags) else {
            self.unparsed_ids.extend(scan_ids(&file.text));
            return;
        };
        let fi = self.file_idx(file);
        let topic_id = raw.topic.get_ref().clone();
        if !valid_id(&topic_id) {
            self.diags.error(
                file,
                inner_start(file, &raw.topic.span()),
                format!("topic id '{topic_id}' may only use letters, digits, '-' and '_'"),
            );
        }
        if let Some(prev) = self.topics.iter().position(|t| t.id == topic_id) {
            let (pf, po) = self.topic_pos[prev];
            let (line, _) = self.files[pf].line_col(po);
            self.diags.error(
                file,
                raw.topic.span().start,
                format!(
                    "duplicate id: topic '{topic_id}' is already defined in {}:{line}",
                    self.files[pf].path.display()
                ),
            );
        }
        self.topics.push(Topic {
            id: topic_id,
            title: raw.title.as_ref().map(|t| t.get_ref().clone()),
            start: NodeId::from(raw.start.get_ref()),
        });
        self.topic_pos.push((fi, raw.topic.span().start));
        if let Some(t) = &raw.title {
            self.message_use(fi, t, &[]);
        }
        self.goto_ref(fi, &raw.start);
        for node in raw.node {
            self.node(fi, node);
        }
    }

    fn goto_ref(&mut self, fi: usize, target: &Spanned<String>) -> NodeId {
        let off = inner_start(&self.files[fi], &target.span());
        self.gotos.push((fi, off, target.get_ref().clone()));
        NodeId::from(target.get_ref())
    }

    fn message_use(&mut self, fi: usize, id: &Spanned<String>, vars: &[String]) -> MsgId {
        let file = &self.files[fi];
        let off = inner_start(file, &id.span());
        if !valid_id(id.get_ref()) {
            self.diags.error(
                file,
                off,
                format!("'{}' is not a message id (letters, digits, '-' and '_'; the text itself belongs in locales/de)", id.get_ref()),
            );
        }
        let (line, col) = file.line_col(off);
        let id = MsgId::from(id.get_ref());
        self.messages.push(MessageUse {
            id: id.clone(),
            path: file.path.clone(),
            line,
            col,
            vars: vars.to_vec(),
        });
        id
    }

    fn expr(&mut self, fi: usize, src: &Spanned<String>, want: Option<Type>) -> Option<Expr> {
        let base = inner_start(&self.files[fi], &src.span());
        let parsed = Expr::parse(src.get_ref()).and_then(|e| {
            let t = e.check(self)?;
            match want {
                Some(w) if w != t => Err(super::expr::ExprError {
                    offset: 0,
                    message: format!("this must be a condition (yes/no), but it is {t}"),
                    unknown: None,
                }),
                _ => Ok(e),
            }
        });
        match parsed {
            Ok(e) => Some(e),
            Err(e)
                if e.unknown
                    .as_ref()
                    .is_some_and(|n| self.unparsed_ids.contains(n)) =>
            {
                None
            }
            Err(e) => {
                let file = self.files[fi].clone();
                let hint = e
                    .unknown
                    .as_ref()
                    .map(|n| did_you_mean(n, self.facts.keys().chain(self.figures.keys())))
                    .unwrap_or_default();
                self.diags
                    .error(&file, base + e.offset, format!("{}{hint}", e.message));
                None
            }
        }
    }

    fn args(&mut self, fi: usize, raw: &BTreeMap<String, Spanned<String>>) -> Vec<(String, Expr)> {
        let mut out = Vec::new();
        for (name, src) in raw {
            if let Some(e) = self.expr(fi, src, None) {
                out.push((name.clone(), e));
            }
        }
        out
    }

    fn node(&mut self, fi: usize, raw: RawNode) {
        let file = self.files[fi].clone();
        let id = raw.id.get_ref().clone();
        let id_off = inner_start(&file, &raw.id.span());
        if !valid_id(&id) {
            self.diags.error(&file, id_off, format!("node id '{id}' may only use letters, digits, '-' and '_', starting with a letter"));
        } else if id.len() > MAX_ID_LEN {
            self.diags.error(
                &file,
                id_off,
                format!("node id '{id}' is longer than {MAX_ID_LEN} characters; shorten it"),
            );
        }
        if let Some(&prev) = self.index.get(id.as_str()) {
            let (pf, po) = self.node_pos[prev];
            let (line, _) = self.files[pf].line_col(po);
            self.diags.error(
                &file,
                id_off,
                format!(
                    "duplicate id: node '{id}' is already defined in {}:{line}",
                    self.files[pf].path.display()
                ),
            );
            return;
        }
        let arg_names: Vec<String> = raw.args.keys().cloned().collect();
        let args = self.args(fi, &raw.args);
        // Unknown: reported below, after the node's other mistakes.
        let node_type = NodeType::parse(raw.kind.get_ref());
        let kind_off = inner_start(&file, &raw.kind.span());
        let displays = node_type != Some(NodeType::Branch);
        let node_at = id_off;
        let text = match (&raw.text, displays) {
            (Some(t), _) => Some(self.message_use(fi, t, &arg_names)),
            (None, true) => {
                self.diags.error(
                    &file,
                    node_at,
                    format!("node '{id}' needs `text` (a message id)"),
                );
                None
            }
            (None, false) => None,
        };
        let mut edges = Vec::new();
        let mut options = Vec::new();
        if raw.options.len() > MAX_OPTIONS {
            self.diags.warning(
                &file,
                node_at,
                format!(
                    "node '{id}' has {} buttons; more than {MAX_OPTIONS} do not fit a phone screen",
                    raw.options.len()
                ),
            );
        }
        for o in &raw.options {
            let label = self.message_use(fi, &o.label, &arg_names);
            let goto = self.goto_ref(fi, &o.goto);
            edges.push(goto.clone());
            let when = o
                .when
                .as_ref()
                .and_then(|w| self.expr(fi, w, Some(Type::Bool)));
            let mut set = Vec::new();
            for (fact, value) in &o.set {
                if let Some(v) = self.fact_value(fi, fact, value) {
                    set.push((fact.clone(), v));
                }
            }
            options.push(Opt {
                label,
                goto,
                set,
                when,
            });
        }
        let mut todo = Vec::new();
        for t in &raw.todo {
            let text = self.message_use(fi, &t.text, &[]);
            let when = t
                .when
                .as_ref()
                .and_then(|w| self.expr(fi, w, Some(Type::Bool)));
            let action = t.action.as_ref().map(|a| a.get_ref().clone());
            todo.push(Todo { text, when, action });
        }
        let next = raw.next.as_ref().map(|n| {
            let g = self.goto_ref(fi, n);
            edges.push(g.clone());
            g
        });
        let leads_on = next.is_some() || !options.is_empty() || raw.end;
        // Buttons are the only way on from a question (or a step without `next`): if every
        // one has a `when`, all can be hidden at once and the parent gets no answer to tap.
        let buttons_only = node_type == Some(NodeType::Question)
            || (next.is_none()
                && !raw.end
                && matches!(
                    node_type,
                    Some(NodeType::Info | NodeType::Check | NodeType::Offers | NodeType::Outlook)
                ));
        if buttons_only && !options.is_empty() && raw.options.iter().all(|o| o.when.is_some()) {
            self.diags.warning(
                &file,
                node_at,
                format!("node '{id}' may show no answer buttons: every option has a `when`; give at least one option no `when`"),
            );
        }
        let dead_end = |l: &mut Loader, what: &str| {
            l.diags
                .error(&file, node_at, format!("dead end: node '{id}' {what}"));
        };
        let Some(node_type) = node_type else {
            self.diags
                .error(&file, kind_off, NodeType::unknown(raw.kind.get_ref()));
            // Its id exists, just broken: gotos to it are not a second mistake.
            self.unparsed_ids.insert(id);
            return;
        };
        let kind = match node_type {
            NodeType::Question => {
                if options.is_empty() {
                    dead_end(self, "is a question without `options`");
                }
                NodeKind::Question
            }
            NodeType::Info => {
                if !leads_on {
                    dead_end(self, "has no `next` or `options`; add one, or `end = true` if the path really ends here");
                }
                NodeKind::Info { next }
            }
            NodeType::Summary => NodeKind::Summary,
            NodeType::Input => match self.input_kind(fi, &raw, &id, &mut edges) {
                Some(k) => k,
                None => {
                    self.unparsed_ids.insert(id);
                    return;
                }
            },
            NodeType::Branch => {
                let mut rules = Vec::new();
                for r in &raw.rules {
                    let goto = self.goto_ref(fi, &r.goto);
                    edges.push(goto.clone());
                    let when = r
                        .when
                        .as_ref()
                        .and_then(|w| self.expr(fi, w, Some(Type::Bool)));
                    let derive = self.derive(fi, &r.derive);
                    rules.push(BranchRule { when, goto, derive });
                }
                if raw.rules.last().is_none_or(|r| r.when.is_some()) {
                    dead_end(self, "is a branch whose last rule has a `when`; end `rules` with one without `when` (the otherwise case)");
                }
                NodeKind::Branch { rules }
            }
            NodeType::Check => {
                if raw.items.is_empty() {
                    self.diags
                        .error(&file, node_at, format!("check node '{id}' needs `items`"));
                }
                if !leads_on {
                    dead_end(self, "has no `next` or `options`");
                }
                let items = raw
                    .items
                    .iter()
                    .map(|it| self.check_item(fi, it, &arg_names))
                    .collect();
                NodeKind::Check { items, next }
            }
            NodeType::Offers => {
                if !leads_on {
                    dead_end(self, "has no `next` or `options`");
                }
                let tags = raw.tags.iter().map(|t| t.get_ref().clone()).collect();
                NodeKind::Offers { tags, next }
            }
            NodeType::Outlook => {
                if !leads_on {
                    dead_end(self, "has no `next` or `options`");
                }
                let events = raw
                    .events
                    .iter()
                    .filter_map(|e| self.event(fi, e, &arg_names))
                    .collect();
                NodeKind::Outlook { events, next }
            }
        };
        self.index.insert(NodeId::from(&id), self.nodes.len());
        self.node_pos.push((fi, node_at));
        self.edges.push(edges);
        self.nodes.push(Node {
            id: id.into(),
            topic: self.topics.last().map(|t| t.id.clone()).unwrap_or_default(),
            text,
            args,
            options,
            todo,
            kind,
        });
    }

    fn input_kind(
        &mut self,
        fi: usize,
        raw: &RawNode,
        id: &str,
        edges: &mut Vec<NodeId>,
    ) -> Option<NodeKind> {
        let file = self.files[fi].clone();
        let at = inner_start(&file, &raw.id.span());
        let (Some(fact), Some(format), Some(goto), Some(error)) =
            (&raw.fact, &raw.format, &raw.goto, &raw.error)
        else {
            self.diags.error(
                &file,
                at,
                format!("input node '{id}' needs `fact`, `format`, `goto` and `error`"),
            );
            return None;
        };
        let Some(format_v) = InputFormat::parse(format.get_ref()) else {
            self.diags.error(
                &file,
                inner_start(&file, &format.span()),
                InputFormat::unknown(format.get_ref()),
            );
            return None;
        };
        let want = match format_v {
            InputFormat::Number => Type::Num,
            InputFormat::Numbers | InputFormat::Months => Type::List,
            InputFormat::Postcode => Type::Text,
        };
        let fact_off = inner_start(&file, &fact.span());
        self.facts_set.insert(fact.get_ref().clone());
        match self.facts.get(fact.get_ref()) {
            None => self.diags.error(
                &file,
                fact_off,
                format!(
                    "unknown fact '{}' (declare it in {FACTS_FILE}){}",
                    fact.get_ref(),
                    did_you_mean(fact.get_ref(), self.facts.keys())
                ),
            ),
            Some(def) if def.ty != want => self.diags.error(
                &file,
                fact_off,
                format!(
                    "type mismatch: format '{}' needs a fact of type {want}, but '{}' is {}",
                    format.get_ref(),
                    fact.get_ref(),
                    def.ty
                ),
            ),
            Some(_) => {}
        }
        let goto = self.goto_ref(fi, goto);
        edges.push(goto.clone());
        let error = self.message_use(fi, error, &[]);
        Some(NodeKind::Input {
            fact: fact.get_ref().clone(),
            format: format_v,
            min: raw.min,
            max: raw.max,
            goto,
            error,
        })
    }

    fn check_item(&mut self, fi: usize, raw: &RawItem, node_args: &[String]) -> CheckItem {
        let file = self.files[fi].clone();
        let name = self.message_use(fi, &raw.name, node_args);
        let office = self.message_use(fi, &raw.office, node_args);
        let mut rules = Vec::new();
        for r in &raw.rules {
            let mut vars: Vec<String> = node_args.to_vec();
            vars.extend(r.args.keys().cloned());
            let reason = self.message_use(fi, &r.reason, &vars);
            let todo = r.todo.as_ref().map(|t| self.message_use(fi, t, &[]));
            let when = r
                .when
                .as_ref()
                .and_then(|w| self.expr(fi, w, Some(Type::Bool)));
            let args = self.args(fi, &r.args);
            let Some(verdict) = Verdict::parse(r.verdict.get_ref()) else {
                self.diags.error(
                    &file,
                    inner_start(&file, &r.verdict.span()),
                    Verdict::unknown(r.verdict.get_ref()),
                );
                continue;
            };
            if let (Some(t), Verdict::Unlikely) = (&r.todo, verdict) {
                self.diags.error(
                    &file,
                    inner_start(&file, &t.span()),
                    "an 'unlikely' verdict gives no to-do: remove `todo` from this rule",
                );
            }
            rules.push(CheckRule {
                when,
                verdict,
                reason,
                args,
                todo,
            });
        }
        // A "maybe" must not read like a "likely": its to-do says under which condition to act.
        for (r, raw_rule) in rules.iter().zip(&raw.rules) {
            let likely_todo = |t: &str| {
                rules
                    .iter()
                    .any(|o| o.verdict == Verdict::Likely && o.todo.as_deref() == Some(t))
            };
            if let (Verdict::Maybe, Some(t), Some(at)) = (r.verdict, &r.todo, &raw_rule.todo) {
                if likely_todo(t) {
                    self.diags.error(
                        &file,
                        inner_start(&file, &at.span()),
                        format!("'{t}' is also the to-do of a 'likely' rule: a 'maybe' gives a to-do phrased as a condition (\"once you earn ...: apply\"); give it its own message"),
                    );
                }
            }
        }
        CheckItem {
            name,
            office,
            action: raw.action.as_ref().map(|a| a.get_ref().clone()),
            rules,
        }
    }

    /// Facts a branch rule fills: each expression must have the fact's type.
    fn derive(
        &mut self,
        fi: usize,
        raw: &BTreeMap<String, Spanned<String>>,
    ) -> Vec<(String, Expr)> {
        let file = self.files[fi].clone();
        let mut out = Vec::new();
        for (fact, src) in raw {
            self.facts_set.insert(fact.clone());
            let Some(ty) = self.facts.get(fact).map(|d| d.ty) else {
                self.diags.error(
                    &file,
                    inner_start(&file, &src.span()),
                    format!(
                        "unknown fact '{fact}' (declare it in {FACTS_FILE}){}",
                        did_you_mean(fact, self.facts.keys())
                    ),
                );
                continue;
            };
            let Some(e) = self.expr(fi, src, None) else {
                continue;
            };
            match e.check(self) {
                Ok(t) if t == ty => out.push((fact.clone(), e)),
                Ok(t) => self.diags.error(
                    &file,
                    inner_start(&file, &src.span()),
                    format!("type mismatch: '{fact}' is {ty}, but this is {t}"),
                ),
                Err(_) => {}
            }
        }
        out
    }

    /// One event of an outlook node; its text gets `date`, `change` and each arg with and
    /// without `_before`.
    fn event(&mut self, fi: usize, raw: &RawEvent, node_args: &[String]) -> Option<Event> {
        let file = self.files[fi].clone();
        let mut vars: Vec<String> = node_args.to_vec();
        for name in raw.args.keys() {
            vars.push(name.clone());
            vars.push(format!("{name}_before"));
        }
        vars.extend(["date".to_string(), "change".to_string()]);
        let text = self.message_use(fi, &raw.text, &vars);
        let when = raw
            .when
            .as_ref()
            .and_then(|w| self.expr(fi, w, Some(Type::Bool)));
        let args = self.args(fi, &raw.args);
        let at = inner_start(&file, &raw.text.span());
        let direction = match raw.direction.as_ref().map(|d| d.get_ref().as_str()) {
            None => None,
            Some(word) => match Direction::parse(word) {
                Some(d) => Some(d == Direction::Up),
                None => {
                    self.diags.error(&file, at, Direction::unknown(word));
                    None
                }
            },
        };
        let when_kind = match (&raw.value, &raw.months) {
            (Some(v), None) => EventAt::Change {
                value: self.expr(fi, v, None)?,
                direction,
            },
            (None, Some(m)) => {
                let e = self.expr(fi, m, None)?;
                if let Ok(t) = e.check(self) {
                    if t != Type::Num {
                        self.diags.error(
                            &file,
                            inner_start(&file, &m.span()),
                            format!("`months` needs a number, but this is {t}"),
                        );
                    }
                }
                EventAt::Months(e)
            }
            (None, None) => EventAt::Now,
            (Some(_), Some(_)) => {
                self.diags.error(
                    &file,
                    at,
                    "an event has `value` (a change by itself) or `months` (a date from now), not both",
                );
                return None;
            }
        };
        Some(Event {
            text,
            when,
            when_kind,
            args,
        })
    }

    fn fact_value(&mut self, fi: usize, fact: &str, value: &Spanned<toml::Value>) -> Option<Value> {
        let file = self.files[fi].clone();
        let at = value.span().start;
        self.facts_set.insert(fact.to_string());
        let Some(def) = self.facts.get(fact) else {
            self.diags.error(
                &file,
                at,
                format!(
                    "unknown fact '{fact}' (declare it in {FACTS_FILE}){}",
                    did_you_mean(fact, self.facts.keys())
                ),
            );
            return None;
        };
        let v = match (def.ty, value.get_ref()) {
            (Type::Bool, toml::Value::Boolean(b)) => Value::Bool(*b),
            (Type::Num, toml::Value::Integer(i)) => Value::Num(*i as f64),
            (Type::Num, toml::Value::Float(f)) => Value::Num(*f),
            (Type::Text, toml::Value::String(s)) => {
                if let Some(choices) = &def.choices {
                    if !choices.contains(s) {
                        self.diags.error(
                            &file,
                            inner_start(&file, &value.span()),
                            format!(
                                "'{s}' is not a value of '{fact}' (values: {})",
                                choices.join(", ")
                            ),
                        );
                        return None;
                    }
                }
                Value::Text(s.clone())
            }
            (Type::List, toml::Value::Array(items)) => {
                let nums: Option<Vec<f64>> = items
                    .iter()
                    .map(|i| match i {
                        toml::Value::Integer(n) => Some(*n as f64),
                        toml::Value::Float(f) => Some(*f),
                        _ => None,
                    })
                    .collect();
                match nums {
                    Some(n) => Value::List(n),
                    None => {
                        self.diags.error(
                            &file,
                            at,
                            format!("type mismatch: '{fact}' is a list of numbers"),
                        );
                        return None;
                    }
                }
            }
            (ty, other) => {
                self.diags.error(
                    &file,
                    at,
                    format!(
                        "type mismatch: '{fact}' is {ty}, but this is {}",
                        other.type_str()
                    ),
                );
                return None;
            }
        };
        Some(v)
    }

    fn finish(mut self, sources: &DialogSources) -> (Option<Tree>, Diagnostics) {
        for (fi, off, target) in std::mem::take(&mut self.gotos) {
            if !self.index.contains_key(target.as_str()) && !self.unparsed_ids.contains(&target) {
                let file = self.files[fi].clone();
                let hint = did_you_mean(&target, self.index.keys());
                self.diags
                    .error(&file, off, format!("unknown node '{target}'{hint}"));
            }
        }
        if !self.files.is_empty() {
            for required in [MAIN, URGENT] {
                if !self.index.contains_key(required) {
                    let path = self.files[0].path.with_file_name("main.toml");
                    self.diags.file_error(
                        &path,
                        format!("missing node '{required}': the engine needs it"),
                    );
                }
            }
        }
        self.branch_loops();
        let seen = reachable(&self.topics, |id| {
            self.index
                .get(id)
                .map(|&i| self.edges[i].clone())
                .unwrap_or_default()
        });
        // While there are errors, a missing edge is likelier a broken node than a forgotten
        // one: report unreachable nodes only once the files are otherwise right.
        let report_unreachable = !self.diags.has_errors();
        for (i, node) in self.nodes.iter().enumerate() {
            if report_unreachable && !seen.contains(&node.id) {
                let (fi, off) = self.node_pos[i];
                let file = self.files[fi].clone();
                self.diags.warning(
                    &file,
                    off,
                    format!("unreachable node '{}': no goto leads here", node.id),
                );
            }
        }
        // Like unreachable nodes: while a file is broken, its `set`s are unknown.
        if report_unreachable {
            if let Some(file) = self.facts_src.clone() {
                for (name, &at) in &self.fact_at {
                    if !self.facts_set.contains(name)
                        && !crate::networks::ENGINE_FACTS.contains(&name.as_str())
                    {
                        self.diags.warning(
                            &file,
                            at,
                            format!("fact '{name}' is never set: no option's `set` and no input node's `fact` gives it a value, so conditions on it are never true"),
                        );
                    }
                }
            }
        }
        let version = fingerprint(sources);
        if self.diags.has_errors() {
            return (None, self.diags);
        }
        let tree = Tree {
            nodes: self.nodes,
            index: self.index,
            topics: self.topics,
            facts: self.facts,
            figures: self.figures,
            messages: self.messages,
            version,
            networks: Default::default(),
        };
        (Some(tree), self.diags)
    }
}

impl Loader {
    /// Branch steps route without showing anything, so a circle of them has no screen to stop
    /// at: the engine gives up after a bound of hops and the parent gets an empty message.
    /// Facts do not change while routing, so a circle that is entered is never left.
    fn branch_loops(&mut self) {
        let is_branch = |n: &Node| matches!(n.kind, NodeKind::Branch { .. });
        let succ: Vec<Vec<usize>> = self
            .nodes
            .iter()
            .map(|n| match &n.kind {
                NodeKind::Branch { rules } => rules
                    .iter()
                    .filter_map(|r| self.index.get(r.goto.as_str()).copied())
                    .filter(|&j| is_branch(&self.nodes[j]))
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        // Depth-first, iteratively (a file may hold many branches): 0 new, 1 on the path, 2 done.
        let mut mark = vec![0u8; self.nodes.len()];
        let mut loops: Vec<Vec<usize>> = Vec::new();
        for start in 0..self.nodes.len() {
            if mark[start] != 0 || succ[start].is_empty() {
                continue;
            }
            mark[start] = 1;
            let mut path: Vec<(usize, usize)> = vec![(start, 0)];
            while let Some(&(v, i)) = path.last() {
                let Some(&w) = succ[v].get(i) else {
                    mark[v] = 2;
                    path.pop();
                    continue;
                };
                if let Some(top) = path.last_mut() {
                    top.1 += 1;
                }
                match mark[w] {
                    0 => {
                        mark[w] = 1;
                        path.push((w, 0));
                    }
                    1 => {
                        let from = path.iter().position(|&(x, _)| x == w).unwrap_or(0);
                        loops.push(path[from..].iter().map(|&(x, _)| x).collect());
                    }
                    _ => {}
                }
            }
        }
        for cycle in loops {
            let names: Vec<String> = cycle
                .iter()
                .chain(cycle.first())
                .map(|&i| format!("'{}'", self.nodes[i].id))
                .collect();
            let (fi, off) = self.node_pos[cycle[0]];
            let file = self.files[fi].clone();
            self.diags.error(
                &file,
                off,
                format!(
                    "loop: the branch steps {} lead to each other without showing anything, so a parent would be stuck on an empty screen; let a rule of one of them lead to a step with a text",
                    names.join(" → ")
                ),
            );
        }
    }
}

/// FNV-1a over the files, so "which version is live" has a short stable answer.
fn fingerprint(sources: &DialogSources) -> String {
    let mut h = crate::fingerprint::Fnv64::new();
    for f in &sources.files {
        h.write(f.path.to_string_lossy().bytes().chain(f.text.bytes()));
    }
    format!("{:08x}", h.finish() >> 32)
}
