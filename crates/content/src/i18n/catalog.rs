//! What `check` needs to know about a language's messages: where each is defined and which
//! variables it uses (including those of messages it references).

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::path::PathBuf;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use wegweiser_core::diag::{Diagnostics, SourceFile};

#[derive(Debug, Clone)]
pub struct MessageInfo {
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub vars: BTreeSet<String>,
    /// Line and column of each variable's first `$name` in this message's own text, so a
    /// problem with a variable points at the variable, not at the message's first line.
    pub var_at: BTreeMap<String, (usize, usize)>,
    /// Other messages this one references (`{ other-message }`).
    pub refs: BTreeSet<String>,
    pub has_value: bool,
    /// Fingerprint of the message's source text (see `staleness`).
    pub fingerprint: String,
}

#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub messages: BTreeMap<String, MessageInfo>,
}

impl Catalog {
    pub fn add(&mut self, file: &SourceFile, resource: &FluentResource, diags: &mut Diagnostics) {
        // One pass over the file for every definition's offset: searching the file again per
        // message made a large file quadratic (BENCHMARKS.md, "Loading texts").
        let mut definitions = definitions(&file.text);
        for entry in resource.entries() {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let id = m.id.name.to_string();
            let offset = definitions
                .get_mut(id.as_str())
                .and_then(|offsets| offsets.pop_front())
                .unwrap_or(0);
            let (line, col) = file.line_col(offset);
            if let Some(prev) = self.messages.get(&id) {
                diags.error(
                    file,
                    offset,
                    format!(
                        "duplicate id: message '{id}' is already defined in {}:{}",
                        prev.path.display(),
                        prev.line
                    ),
                );
            }
            let mut vars = BTreeSet::new();
            let mut refs = BTreeSet::new();
            if let Some(v) = &m.value {
                walk_pattern(v, &mut vars, &mut refs);
            }
            for a in &m.attributes {
                walk_pattern(&a.value, &mut vars, &mut refs);
            }
            let source = message_source(&file.text, offset);
            let var_at = vars
                .iter()
                .filter_map(|v| {
                    let at = find_variable(source, v)?;
                    Some((v.clone(), file.line_col(offset + at)))
                })
                .collect();
            let fingerprint = super::staleness::fingerprint(source);
            self.messages.insert(
                id,
                MessageInfo {
                    path: file.path.clone(),
                    line,
                    col,
                    vars,
                    var_at,
                    refs,
                    has_value: m.value.is_some(),
                    fingerprint,
                },
            );
        }
    }

    /// Variables a message needs, following references to other messages.
    pub fn vars_needed(&self, id: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut seen = BTreeSet::new();
        let mut stack = vec![id.to_string()];
        while let Some(cur) = stack.pop() {
            if !seen.insert(cur.clone()) {
                continue;
            }
            if let Some(info) = self.messages.get(&cur) {
                out.extend(info.vars.iter().cloned());
                stack.extend(info.refs.iter().cloned());
            }
        }
        out
    }
}

impl Catalog {
    /// Where `var` is written in `id` or in a message it references: (file, line, column).
    pub fn var_site(&self, id: &str, var: &str) -> Option<(PathBuf, usize, usize)> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![id.to_string()];
        while let Some(cur) = stack.pop() {
            if !seen.insert(cur.clone()) {
                continue;
            }
            let Some(info) = self.messages.get(&cur) else {
                continue;
            };
            if let Some(&(line, col)) = info.var_at.get(var) {
                return Some((info.path.clone(), line, col));
            }
            stack.extend(info.refs.iter().rev().cloned());
        }
        None
    }

    /// Messages referenced (transitively) from `id`.
    pub fn refs_closure(&self, id: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![id.to_string()];
        while let Some(cur) = stack.pop() {
            if let Some(info) = self.messages.get(&cur) {
                for r in &info.refs {
                    if seen.insert(r.clone()) {
                        stack.push(r.clone());
                    }
                }
            }
        }
        seen
    }
}

/// The text of the message starting at `offset`: its first line and the indented lines that
/// continue it, up to the next entry or comment.
fn message_source(text: &str, offset: usize) -> &str {
    let rest = text.get(offset..).unwrap_or("");
    let mut end = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        let starts_entry = line.starts_with(|c: char| !c.is_whitespace());
        if i > 0 && starts_entry {
            break;
        }
        end += line.len();
    }
    &rest[..end]
}

/// Byte offsets of every `id =` at the start of a line, per id in file order. The Fluent AST
/// carries no positions, and a message always starts in column one.
fn definitions(text: &str) -> HashMap<&str, VecDeque<usize>> {
    let mut out: HashMap<&str, VecDeque<usize>> = HashMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let end = line
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(line.len());
        if end > 0 && line[end..].trim_start().starts_with('=') {
            out.entry(&line[..end]).or_default().push_back(offset);
        }
        offset += line.len();
    }
    out
}

/// Byte offset of the first `$var` in `source` (not a longer name that starts the same).
fn find_variable(source: &str, var: &str) -> Option<usize> {
    let needle = format!("${var}");
    source.match_indices(&needle).map(|(i, _)| i).find(|&i| {
        !source[i + needle.len()..]
            .starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '_')
    })
}

fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, vars, refs);
        }
    }
}

fn walk_expression(
    e: &ast::Expression<&str>,
    vars: &mut BTreeSet<String>,
    refs: &mut BTreeSet<String>,
) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, refs);
            for v in variants {
                walk_pattern(&v.value, vars, refs);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, vars, refs),
    }
}

fn walk_inline(
    e: &ast::InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    refs: &mut BTreeSet<String>,
) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            refs.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars, refs);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars, refs);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, vars, refs);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars, refs);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, vars, refs),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_positions_vars_and_duplicates() {
        let text = "# comment\na = Hallo { $name }\nb = { $n ->\n    [one] { a }\n   *[other] { $n } mal\n }\nc = eins\nc = doppelt\n";
        let file = SourceFile::new("de/x.ftl", text.to_string());
        let res = FluentResource::try_new(text.to_string()).expect("valid");
        let mut c = Catalog::default();
        let mut d = Diagnostics::default();
        c.add(&file, &res, &mut d);
        assert_eq!(c.messages["b"].line, 3);
        assert_eq!(
            c.vars_needed("b"),
            BTreeSet::from(["n".to_string(), "name".to_string()])
        );
        assert_eq!(d.items.len(), 1);
        assert_eq!(
            d.items[0].to_string(),
            "de/x.ftl:8:1: error: duplicate id: message 'c' is already defined in de/x.ftl:7"
        );
    }
}
