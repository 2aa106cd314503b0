//! What every adapter calls: the live content (tree + texts), the engine step, and rendering
//! the engine's reply into the parent's language. No clock; the only I/O is reading local
//! offers through [`OfferFinder`] when a step lists them.

use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;

use wegweiser_content::check::{self, CodeMessages, Report};
use wegweiser_content::i18n::{Locales, SOURCE_LANG};
use wegweiser_core::dialog::Tree;
use wegweiser_core::engine::{self, Arg, Block, Ctx, Effect, Input, Msg, Reply, State};
use wegweiser_offers::present::{self, Page};
use wegweiser_offers::{OfferFinder, Ranked};
use wegweiser_store::stats::OfferGap;

/// One validated version of the coordinators' files.
pub struct Content {
    pub tree: Tree,
    pub locales: Locales,
    /// Where offers steps look offers up; `None`: they say nothing is listed yet.
    offers: Option<Arc<dyn OfferFinder>>,
}

impl std::fmt::Debug for Content {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Content")
            .field("tree", &self.tree.version)
            .field("locales", &self.locales)
            .field("offers", &self.offers.is_some())
            .finish()
    }
}

impl Content {
    /// Loads and validates as `check` does; refuses files with errors and returns the report.
    pub fn load(
        dialogs: &Path,
        locales: &Path,
        code: CodeMessages,
    ) -> Result<(Content, Report), Box<Report>> {
        let mut report = check::check_dirs(dialogs, locales, code);
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
        Ok((
            Content {
                tree,
                locales,
                offers: None,
            },
            report,
        ))
    }

    /// Lets offers steps show offers from `finder` (adapters pass the sled offer store; set it
    /// again on every reload of the files).
    pub fn with_offers(mut self, finder: Arc<dyn OfferFinder>) -> Content {
        self.offers = Some(finder);
        self
    }

    /// The offers the current step shows, best first, for adapters that can show more than
    /// text (a Telegram venue with a map).
    pub fn offers_shown(&self, state: &State, today: NaiveDate) -> Vec<Ranked> {
        let reply = engine::view(&self.tree, state, &self.ctx(today));
        self.offer_pages(state, &reply)
            .into_iter()
            .flatten()
            .flat_map(|p| p.shown)
            .collect()
    }

    /// One page per `Block::Offers` or `Block::Office` in the reply (`None`: the lookup
    /// failed).
    fn offer_pages(&self, state: &State, reply: &Reply) -> Vec<Option<Page>> {
        reply
            .blocks
            .iter()
            .filter_map(|b| {
                let lookup = |f: &Arc<dyn OfferFinder>| match b {
                    Block::Offers { tags } => Some(present::page(f.as_ref(), state, tags)),
                    Block::Office { office } => {
                        Some(
                            present::office_page(f.as_ref(), state, *office).map(|mut p| {
                                // An office's cards are one screen: no paging over the result.
                                p.more = false;
                                p
                            }),
                        )
                    }
                    _ => None,
                };
                let none = matches!(b, Block::Offers { .. } | Block::Office { .. });
                match &self.offers {
                    None => none.then_some(Some(Page::default())),
                    Some(f) => lookup(f).map(|r| {
                        r.map_err(|e| tracing::error!(error = %e, "looking up offers failed"))
                            .ok()
                    }),
                }
            })
            .collect()
    }

    /// The offers blocks that listed nothing, for the needs report (`wegweiser_store::stats`). The
    /// district is looked up only then, so a page with offers costs nothing extra.
    fn offer_gaps(&self, state: &State, reply: &Reply, pages: &[Option<Page>]) -> Vec<OfferGap> {
        let tags = reply.blocks.iter().filter_map(|b| match b {
            Block::Offers { tags } => Some(Some(tags)),
            Block::Office { .. } => Some(None),
            _ => None,
        });
        let network = match engine::place::network_of(state) {
            Some(Some(n)) => Some(n.to_string()),
            Some(None) => Some(wegweiser_core::networks::OUTSIDE.to_string()),
            None => None,
        };
        let mut gaps: Vec<OfferGap> = tags
            .zip(pages)
            .filter(|(_, p)| p.as_ref().is_some_and(|p| p.total == 0))
            .filter_map(|(tags, _)| tags)
            .map(|tags| OfferGap {
                tags: tags.clone(),
                district: self
                    .offers
                    .as_ref()
                    .and_then(|f| present::profile(f.as_ref(), state).ok())
                    .and_then(|p| p.district),
                lang: lang_of(state).to_string(),
                network: network.clone(),
                area: None,
            })
            .collect();
        // Outside every network: the postcode area (its first two digits, as coarse as a
        // postcode region) tells the networks where parents look in vain.
        for b in &reply.blocks {
            if let Block::Outside { tags } = b {
                gaps.push(OfferGap {
                    tags: tags.clone(),
                    district: None,
                    lang: lang_of(state).to_string(),
                    network: network.clone(),
                    area: wegweiser_store::stats::postcode_area(state),
                });
            }
        }
        gaps
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
        // A language we do not have lands on the picker, not on silent German; the greeting
        // comes after the choice.
        if lang.is_none() && lang_hint.is_some_and(|h| !h.trim().is_empty()) {
            return self.pick_language_first(None, today);
        }
        let (state, reply) = engine::welcome(&self.tree, lang, &self.ctx(today));
        let rendered = self.render(&state, &reply);
        (state, rendered)
    }

    /// First contact without a language we have: the picker, then the greeting or, for a deep
    /// link (`topic`), that topic in the chosen language.
    pub fn pick_language_first(&self, topic: Option<&str>, today: NaiveDate) -> (State, Rendered) {
        let (state, reply) = engine::welcome_picker(&self.tree, topic, &self.ctx(today));
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
            r.text = self.render_blocks(lang_of(state), &reply, &[]);
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
        // The buttons exactly as shown, including those only rendering adds ("more offers").
        let labels: Vec<(String, String)> = self
            .render_with(state, &reply, false)
            .buttons
            .into_iter()
            .map(|b| (b.key, normalize(&b.label)))
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
            // Words from the middle of one label ("abroad" for "Qualification from abroad").
            let words: Vec<&str> = wanted.split(' ').collect();
            let has_words = |label: &str| {
                words
                    .iter()
                    .all(|w| label.split(' ').any(|lw| lw.starts_with(w)))
            };
            let inside: Vec<&(String, String)> =
                labels.iter().filter(|(_, l)| has_words(l)).collect();
            if let [(key, _)] = inside.as_slice() {
                return Input::Button(key.clone());
            }
        }
        if reply.expects_text {
            return Input::Text(self.ages_in_years(lang_of(state), text));
        }
        Input::Text(text.to_string())
    }

    /// Ages as parents type them, in whole years: "3 Wochen", "2 months", "18 Monate",
    /// "Baby". The words are the locale's (`input-weeks`, `input-months`, `input-newborn`:
    /// comma-separated), so a translator keeps them with the other texts; other text is left
    /// as typed.
    fn ages_in_years(&self, lang: &str, text: &str) -> String {
        let words = |id: &str| -> Vec<String> {
            self.locales
                .render(lang, &Msg::new(id), &[])
                .split(',')
                .map(|w| {
                    w.chars()
                        .filter(|c| !wegweiser_content::i18n::bidi::is_control(*c))
                        .collect::<String>()
                        .trim()
                        .to_lowercase()
                })
                .filter(|w| !w.is_empty())
                .collect()
        };
        let (weeks, months, newborn) = (
            words("input-weeks"),
            words("input-months"),
            words("input-newborn"),
        );
        let unit = |w: &str| -> Option<u32> {
            let w = w
                .trim_matches(|c: char| c.is_ascii_punctuation())
                .to_lowercase();
            if weeks.contains(&w) {
                Some(52)
            } else if months.contains(&w) {
                Some(12)
            } else {
                None
            }
        };
        let tokens: Vec<String> = text
            .split(|c: char| c.is_whitespace() || c == ',' || c == '،' || c == ';')
            .filter(|t| !t.is_empty())
            .map(|t| {
                t.chars()
                    .map(|c| engine::ascii_digit(c).unwrap_or(c))
                    .collect()
            })
            .collect();
        let mut out: Vec<String> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
            let rest = &t[digits.len()..];
            let number = digits.parse::<u32>().ok();
            // "3w", "3Wochen": the unit written onto the number; "3 Wochen": the next word.
            let attached = (!rest.is_empty()).then(|| unit(rest)).flatten();
            let next = tokens
                .get(i + 1)
                .and_then(|u| unit(u))
                .filter(|_| rest.is_empty());
            let word = t
                .trim_matches(|c: char| c.is_ascii_punctuation())
                .to_lowercase();
            match (number, attached, next) {
                (Some(n), Some(per_year), _) => out.push((n / per_year).to_string()),
                (Some(n), None, Some(per_year)) => {
                    out.push((n / per_year).to_string());
                    i += 1;
                }
                _ if newborn.contains(&word) => out.push("0".to_string()),
                _ => out.push(t.clone()),
            }
            i += 1;
        }
        if out.iter().zip(&tokens).all(|(a, b)| a == b) && out.len() == tokens.len() {
            return text.to_string();
        }
        out.join(" ")
    }

    pub fn render(&self, state: &State, reply: &Reply) -> Rendered {
        self.render_with(state, reply, true)
    }

    /// `gaps`: whether to work out the offers blocks that found nothing (only a step that is
    /// really taken counts for the needs report; matching typed text against the buttons
    /// shown does not).
    fn render_with(&self, state: &State, reply: &Reply, gaps: bool) -> Rendered {
        let lang = lang_of(state);
        let pages = self.offer_pages(state, reply);
        let mut buttons: Vec<RenderedButton> = reply
            .buttons
            .iter()
            .map(|b| RenderedButton {
                key: b.key.clone(),
                label: self.locales.render(lang, &b.label, &reply.globals),
                nav: b.nav,
            })
            .collect();
        // First, so "1" means "more" on an offers step: the likeliest next wish; after it,
        // once past the first page, the way back to it.
        let mut paging = Vec::new();
        if pages.iter().flatten().any(|p| p.more) {
            paging.push((engine::Key::More, "offers-more"));
        }
        if pages.iter().flatten().any(|p| p.first > 0) {
            paging.push((engine::Key::First, "offers-first"));
        }
        for (i, (key, id)) in paging.into_iter().enumerate() {
            buttons.insert(
                i,
                RenderedButton {
                    key: key.to_string(),
                    label: self.msg(lang, &Msg::new(id), &[]),
                    nav: false,
                },
            );
        }
        // Two offices the result names can render alike (BuT with Bürgergeld is the Jobcenter):
        // one button is enough.
        let mut seen_offices = Vec::new();
        buttons.retain(|b| {
            !matches!(engine::Key::parse(&b.key), Some(engine::Key::Office(_))) || {
                let new = !seen_offices.contains(&b.label);
                seen_offices.push(b.label.clone());
                new
            }
        });
        let gaps = if gaps {
            self.offer_gaps(state, reply, &pages)
        } else {
            Vec::new()
        };
        let text = self.render_blocks(lang, reply, &pages);
        // Offer cards page themselves ("more", three at a time): one way to page a screen.
        let lists = reply
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Offers { .. } | Block::Office { .. }));
        let screens = if lists {
            vec![text]
        } else {
            phone_pages(&text)
        };
        let at = (state.text_page as usize).min(screens.len().saturating_sub(1));
        // First, like an offers list's "more": reading on is the likeliest next wish.
        let mut reading = Vec::new();
        if at + 1 < screens.len() {
            let args = [
                ("page".to_string(), Arg::Num((at + 2) as f64)),
                ("pages".to_string(), Arg::Num(screens.len() as f64)),
            ];
            let label = self.msg(lang, &Msg::new("read-more").args(args.to_vec()), &[]);
            reading.push((engine::Key::ReadMore, label));
        }
        if at > 0 {
            let label = self.msg(lang, &Msg::new("read-first"), &[]);
            reading.push((engine::Key::ReadFirst, label));
        }
        for (i, (key, label)) in reading.into_iter().enumerate() {
            buttons.insert(
                i,
                RenderedButton {
                    key: key.to_string(),
                    label,
                    nav: false,
                },
            );
        }
        let offers = pages.into_iter().flatten().flat_map(|p| p.shown).collect();
        Rendered {
            gaps,
            offers,
            text: screens.into_iter().nth(at).unwrap_or_default(),
            buttons,
            expects_text: reply.expects_text,
            effects: reply.effects.clone(),
            node: reply.node.clone(),
            lang: lang.to_string(),
        }
    }

    /// `pages`: one per `Block::Offers`, in order (see [`Self::offer_pages`]).
    fn render_blocks(&self, lang: &str, reply: &Reply, pages: &[Option<Page>]) -> String {
        let mut parts = Vec::new();
        let mut pages = pages.iter();
        for block in &reply.blocks {
            match block {
                Block::Msg(m) => parts.push(self.msg(lang, m, &reply.globals)),
                Block::Lines(lines) => {
                    let rendered: Vec<String> = lines
                        .iter()
                        .map(|m| self.msg(lang, m, &reply.globals))
                        .collect();
                    // One-line entries stand together; a blank line sets off longer ones.
                    let mut joined = String::new();
                    for (i, line) in rendered.iter().enumerate() {
                        if i > 0 {
                            let short = !line.contains('\n') && !rendered[i - 1].contains('\n');
                            joined.push_str(if short { "\n" } else { "\n\n" });
                        }
                        joined.push_str(line);
                    }
                    parts.push(joined);
                }
                Block::Office { office } => parts.push(match pages.next() {
                    Some(Some(page)) if page.total == 0 => {
                        present::render_office_none(&self.locales, lang, *office)
                    }
                    Some(Some(page)) => present::render(&self.locales, lang, page),
                    Some(None) => self.msg(lang, &Msg::new("offers-unavailable"), &[]),
                    None => String::new(),
                }),
                // Counted for the needs report (see `offer_gaps`); its texts are messages.
                Block::Outside { .. } => {}
                Block::Offers { .. } => parts.push(match pages.next() {
                    Some(Some(page)) => present::render(&self.locales, lang, page),
                    Some(None) => self.msg(lang, &Msg::new("offers-unavailable"), &[]),
                    None => String::new(),
                }),
            }
        }
        parts.retain(|p| !p.trim().is_empty());
        // Each part is ready for the screen as rendered, right-to-left marks included; a
        // German part (the summary for the office) stays left to right.
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
    pub node: wegweiser_core::dialog::NodeId,
    pub lang: String,
    /// Offers blocks that found nothing (counted for the needs report, never shown).
    pub gaps: Vec<OfferGap>,
    /// The offers the screen shows, best first, as looked up for its text: adapters that show
    /// more than text (a map) use these instead of looking them up again.
    pub offers: Vec<Ranked>,
}

/// Characters per line on a phone held upright (Telegram's default font).
pub const PHONE_LINE_WIDTH: usize = 38;
/// Lines a phone shows at once above the keyboard: a longer text is split into screens.
pub const PHONE_LINES: usize = 20;

/// The lines `text` takes on a phone: each line wraps at [`PHONE_LINE_WIDTH`] columns; bidi
/// marks take no room.
pub fn phone_lines(text: &str) -> usize {
    text.lines()
        .map(|l| {
            let visible: String = l
                .chars()
                .filter(|c| !wegweiser_content::i18n::bidi::is_control(*c))
                .collect();
            unicode_width::UnicodeWidthStr::width(visible.as_str())
                .div_ceil(PHONE_LINE_WIDTH)
                .max(1)
        })
        .sum()
}

/// `text` as screens of at most [`PHONE_LINES`] phone lines, split between paragraphs (a
/// paragraph longer than a screen between its lines, filling the screen it starts on), so a
/// tired parent never scrolls.
fn phone_pages(text: &str) -> Vec<String> {
    let mut pages: Vec<String> = Vec::new();
    let mut page = String::new();
    let mut used = 0;
    for para in text.split("\n\n") {
        let need = phone_lines(para);
        // A blank line between paragraphs takes a line too.
        let gap = usize::from(!page.is_empty());
        // A paragraph that fits a screen starts a new one rather than being split, unless
        // the screen so far is less than half full (a heading stays with what follows).
        if used + gap + need > PHONE_LINES && need <= PHONE_LINES && used >= PHONE_LINES / 2 {
            pages.push(std::mem::take(&mut page).trim_end().to_string());
            used = 0;
        }
        if !page.is_empty() {
            page.push_str("\n\n");
            used += 1;
        }
        let mut first = true;
        for line in para.split('\n') {
            let n = phone_lines(line).max(1);
            if used + n > PHONE_LINES && used > 0 {
                pages.push(std::mem::take(&mut page).trim_end().to_string());
                used = 0;
            } else if !first {
                page.push('\n');
            }
            page.push_str(line);
            used += n;
            first = false;
        }
    }
    pages.push(page);
    pages
}

#[derive(Debug, Clone, PartialEq)]
pub struct RenderedButton {
    pub key: String,
    pub label: String,
    pub nav: bool,
}

#[cfg(test)]
mod tests {
    use super::{normalize, phone_lines, phone_pages, PHONE_LINES};

    #[test]
    fn long_text_is_split_into_phone_screens_without_losing_a_word() {
        let para = |n: usize| vec![format!("Zeile {n} mit etwas Text"); 6].join("\n");
        let text = (0..6).map(para).collect::<Vec<_>>().join("\n\n");
        let pages = phone_pages(&text);
        assert!(pages.len() >= 2, "{pages:?}");
        assert!(
            pages.iter().all(|p| phone_lines(p) <= PHONE_LINES),
            "{pages:?}"
        );
        let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(words(&pages.join("\n")), words(&text));
        // Split between paragraphs, never inside one that fits.
        assert!(pages.iter().all(|p| p.starts_with("Zeile")));
        // One paragraph longer than a screen is split between its lines.
        let long = vec!["eine Zeile"; 30].join("\n");
        let pages = phone_pages(&long);
        assert_eq!(pages.len(), 2);
        assert_eq!(words(&pages.join("\n")), words(&long));
        // A short text stays one screen.
        assert_eq!(phone_pages("kurz"), vec!["kurz".to_string()]);
    }

    #[test]
    fn normalizes_labels() {
        assert_eq!(normalize("⬅️ Zurück"), "zurück");
        assert_eq!(normalize("  Kinder-Betreuung "), "kinderbetreuung");
        assert_eq!(normalize("🆘"), "");
    }
}
