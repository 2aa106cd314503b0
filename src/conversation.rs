//! What every adapter calls: the live content (tree + texts), the engine step, and rendering
//! the engine's reply into the parent's language. Pure: no I/O, no clock.

use std::path::Path;

use chrono::NaiveDate;

use crate::check::{self, Report};
use crate::dialog::Tree;
use crate::engine::{self, Arg, Block, Ctx, Effect, Input, Msg, Reply, State};
use crate::i18n::{Locales, SOURCE_LANG};

/// One validated version of the coordinators' files.
#[derive(Debug)]
pub struct Content {
    pub tree: Tree,
    pub locales: Locales,
}

impl Content {
    /// Loads and validates as `check` does; refuses files with errors and returns the report.
    pub fn load(dialogs: &Path, locales: &Path) -> Result<(Content, Report), Box<Report>> {
        let mut report = check::check_dirs(dialogs, locales);
        if report.has_errors() {
            return Err(Box::new(report));
        }
        let Some(tree) = report.tree.take() else {
            return Err(Box::new(report));
        };
        let locales = std::mem::replace(
            &mut report.locales,
            Locales::from_sources(Vec::new(), &mut Default::default()),
        );
        Ok((Content { tree, locales }, report))
    }

    fn ctx(&self, today: NaiveDate) -> Ctx<'_> {
        Ctx {
            today,
            languages: self.locales.languages(),
        }
    }

    /// First contact: the language the client reports if we have it, else German.
    pub fn welcome(&self, lang_hint: Option<&str>, today: NaiveDate) -> (State, Rendered) {
        let lang = lang_hint.and_then(|l| self.locales.negotiate(l));
        let (state, reply) = engine::welcome(&self.tree, lang, &self.ctx(today));
        let rendered = self.render(&state, &reply);
        (state, rendered)
    }

    /// One message from the parent, as typed: a command, a button's number or label, or text.
    pub fn handle_text(&self, state: &State, line: &str, today: NaiveDate) -> (State, Rendered) {
        let input = match engine::parse_line(line) {
            Input::Text(text) => self.resolve_text(state, &text, today),
            other => other,
        };
        self.handle(state, &input, today)
    }

    pub fn handle(&self, state: &State, input: &Input, today: NaiveDate) -> (State, Rendered) {
        let (next, reply) = engine::step(&self.tree, state, input, &self.ctx(today));
        let rendered = self.render(&next, &reply);
        // A forgotten parent's goodbye is still in the language they used.
        if reply.effects.contains(&Effect::Forget) {
            let mut r = rendered;
            r.text = self.render_blocks(lang_of(state), &reply);
            return (next, r);
        }
        (next, rendered)
    }

    /// The current step again, e.g. after a restart of the bot or for a stale button.
    pub fn current(&self, state: &State, today: NaiveDate) -> Rendered {
        self.render(state, &engine::view(&self.tree, state, &self.ctx(today)))
    }

    /// Typed text that names a button selects it: its number, its label, or the unambiguous
    /// start of its label, ignoring case. On a step that asks for typed input, only a full
    /// label counts, so an age like "2" stays an answer.
    fn resolve_text(&self, state: &State, text: &str, today: NaiveDate) -> Input {
        let reply = engine::view(&self.tree, state, &self.ctx(today));
        let lang = lang_of(state);
        let labels: Vec<(String, String)> = reply
            .buttons
            .iter()
            .map(|b| {
                (
                    b.key.clone(),
                    normalize(&self.locales.render(lang, &b.label, &reply.globals)),
                )
            })
            .collect();
        let wanted = normalize(text);
        if wanted.is_empty() {
            return Input::Text(text.to_string());
        }
        if !reply.expects_text {
            if let Ok(n) = wanted.parse::<usize>() {
                if let Some((key, _)) = n.checked_sub(1).and_then(|i| labels.get(i)) {
                    return Input::Button(key.clone());
                }
            }
        }
        if let Some((key, _)) = labels.iter().find(|(_, l)| *l == wanted) {
            return Input::Button(key.clone());
        }
        if !reply.expects_text {
            let starts: Vec<&(String, String)> = labels
                .iter()
                .filter(|(_, l)| l.starts_with(&wanted))
                .collect();
            if let [(key, _)] = starts.as_slice() {
                return Input::Button(key.clone());
            }
        }
        Input::Text(text.to_string())
    }

    pub fn render(&self, state: &State, reply: &Reply) -> Rendered {
        let lang = lang_of(state);
        Rendered {
            text: self.render_blocks(lang, reply),
            buttons: reply
                .buttons
                .iter()
                .map(|b| RenderedButton {
                    key: b.key.clone(),
                    label: self.locales.render(lang, &b.label, &reply.globals),
                    nav: b.nav,
                })
                .collect(),
            expects_text: reply.expects_text,
            effects: reply.effects.clone(),
            node: reply.node.clone(),
            lang: lang.to_string(),
        }
    }

    fn render_blocks(&self, lang: &str, reply: &Reply) -> String {
        let mut parts = Vec::new();
        for block in &reply.blocks {
            match block {
                Block::Msg(m) => parts.push(self.msg(lang, m, &reply.globals)),
                Block::Lines(lines) => {
                    let rendered: Vec<String> = lines
                        .iter()
                        .map(|m| self.msg(lang, m, &reply.globals))
                        .collect();
                    let sep = if rendered.iter().any(|l| l.contains('\n')) {
                        "\n\n"
                    } else {
                        "\n"
                    };
                    parts.push(rendered.join(sep));
                }
                Block::Offers { .. } => {}
            }
        }
        parts.retain(|p| !p.trim().is_empty());
        parts.join("\n\n")
    }

    fn msg(&self, lang: &str, m: &Msg, globals: &[(String, Arg)]) -> String {
        self.locales.render(lang, m, globals)
    }
}

fn lang_of(state: &State) -> &str {
    state.lang.as_deref().unwrap_or(SOURCE_LANG)
}

/// Labels compare without emoji, punctuation and case: "⬅️ Zurück" matches "zurück".
fn normalize(s: &str) -> String {
    let kept: String = s
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A reply in the parent's language, ready for any screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub text: String,
    pub buttons: Vec<RenderedButton>,
    pub expects_text: bool,
    pub effects: Vec<Effect>,
    pub node: String,
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RenderedButton {
    pub key: String,
    pub label: String,
    pub nav: bool,
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn normalizes_labels() {
        assert_eq!(normalize("⬅️ Zurück"), "zurück");
        assert_eq!(normalize("  Kinder-Betreuung "), "kinderbetreuung");
        assert_eq!(normalize("🆘"), "");
    }
}
