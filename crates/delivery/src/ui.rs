//! The shape of a rendered reply on a messenger: callback data tagged with its screen,
//! keyboards, labels cut to a phone, message parts. Pure functions over a channel's
//! [`Limits`], so the limits are tested without a network.

use wegweiser_conversation::conversation::{Content, RenderedButton};
use wegweiser_core::engine::{Msg, Overlay, State};

use crate::plan::Keyboard;

/// What one channel's screens and buttons hold; the reply is shaped to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Longest message text, in characters.
    pub max_text: usize,
    /// Kept free below `max_text` (a channel may count emoji twice).
    pub text_margin: usize,
    /// A reply longer than this many messages is shortened: nobody scrolls through more.
    pub max_parts: usize,
    /// Longest callback data of a button, in bytes.
    pub max_callback_data: usize,
    /// Navigation buttons (back, menu, urgent help) that share a row.
    pub nav_per_row: usize,
    /// Widest label (in terminal columns: an emoji takes two) of a button sharing a row of
    /// `nav_per_row` on a phone.
    pub nav_label_width: usize,
    /// Widest label of a button alone in its row.
    pub row_label_width: usize,
}

/// The message ids of a channel's own texts, each in `locales/<lang>/<channel>.ftl` and in the
/// channel's list of program texts (`CODE_MESSAGES`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Texts {
    /// "Slow down" for a chat over the flood limit.
    pub slow_down: &'static str,
    /// A message without text (photo, voice, sticker).
    pub only_text: &'static str,
    /// A shared contact, answered but not kept.
    pub contact_not_kept: &'static str,
    /// The end of a reply shortened to `max_parts` messages.
    pub shortened: &'static str,
    /// The text of a reply that has nothing but buttons.
    pub choose: &'static str,
    /// A "show on a map" button, with the variable `offer`.
    pub map: &'static str,
    /// Short labels of the navigation buttons.
    pub nav_back: &'static str,
    pub nav_menu: &'static str,
    pub nav_urgent: &'static str,
    /// One line of the picker for a parent whose language is not known.
    pub lang_prompt: &'static str,
    /// A shared place answered the postcode question (variable `place`), or could not.
    pub postcode_from_location: &'static str,
    pub location_no_postcode: &'static str,
}

/// The key the engine never gives a button: stepping with it makes the engine show the
/// "this button belongs to an older message" hint and the current step, which is exactly what
/// a stale or forged tap deserves.
pub const STALE_KEY: &str = "-";

/// Which screen a state shows: the node, or a system screen over it. Buttons carry a hash of
/// it, so a tap on a message from another screen is recognised as stale.
/// The page of an offers step counts as its own screen, so "more" tapped twice on the same
/// message is recognised as a double tap.
fn screen(state: &State) -> String {
    let mut base = match state.offers_page {
        0 => state.node.to_string(),
        n => format!("{}@{n}", state.node),
    };
    if state.text_page > 0 {
        base.push_str(&format!("~{}", state.text_page));
    }
    match state.overlay {
        Overlay::None => base,
        Overlay::LanguagePicker => format!("{base}#lang"),
        Overlay::ForgetConfirm => format!("{base}#forget"),
        Overlay::Office(o) => format!("{base}#office-{}", o.as_str()),
        Overlay::CheckDetails => format!("{base}#details"),
        Overlay::OfficeCopy => format!("{base}#de"),
        Overlay::PickTown => format!("{base}#town"),
    }
}

/// 32-bit FNV-1a: stable across builds and platforms (unlike `DefaultHasher`), which matters
/// because the tag outlives the process in messages on the parent's phone.
fn fnv1a(s: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// A short opaque tag of the screen `state` shows (8 hex digits).
pub fn screen_tag(state: &State) -> String {
    format!("{:08x}", fnv1a(&screen(state)))
}

impl Limits {
    /// Callback data for a button: `<engine key>|<screen tag>`. Engine keys are ASCII (`o3`,
    /// `back`, `lang:uk`), so this stays far below 64 bytes; `None` if a key ever would not.
    pub fn callback_data(&self, key: &str, tag: &str) -> Option<String> {
        let data = format!("{key}|{tag}");
        (data.len() <= self.max_callback_data && !key.contains('|')).then_some(data)
    }

    /// Rows of navigation [`Limits::keyboard`] puts last for these buttons.
    pub fn nav_rows(&self, buttons: &[RenderedButton]) -> usize {
        buttons
            .iter()
            .filter(|b| b.nav)
            .count()
            .div_ceil(self.nav_per_row)
    }

    /// One "🗺 Map" row per (index, offer name) shown with coordinates, above the last
    /// `nav_rows` rows (navigation).
    pub fn add_map_buttons(
        &self,
        keyboard: &mut Keyboard,
        nav_rows: usize,
        offers: &[(usize, String)],
        tag: &str,
        label: impl Fn(&str) -> String,
    ) {
        let at = keyboard.len().saturating_sub(nav_rows);
        let rows: Vec<Vec<(String, String)>> = offers
            .iter()
            .filter(|(i, _)| *i < MAX_MAP_BUTTONS)
            .filter_map(|(i, name)| {
                let data = self.callback_data(&format!("{MAP_KEY}{i}"), tag)?;
                // The name is cut, not the label around it: the "…" stays inside Fluent's
                // isolation marks, and the word "Map" is never what goes missing.
                let frame = width(&label(""));
                let name = fit_label(name, self.row_label_width.saturating_sub(frame).max(8));
                Some(vec![(label(&name), data)])
            })
            .collect();
        keyboard.splice(at..at, rows);
    }

    /// Inline keyboard: each choice on its own row (labels are sentences), navigation
    /// together in the last row, under the channel's short labels (`short`: the label for a
    /// nav key, if any). Every label is cut at a word to what its place on a phone holds.
    pub fn keyboard(
        &self,
        buttons: &[RenderedButton],
        tag: &str,
        short: impl Fn(&str) -> Option<String>,
    ) -> Keyboard {
        let mut rows: Keyboard = Vec::new();
        let mut nav = Vec::new();
        for b in buttons {
            let Some(data) = self.callback_data(&b.key, tag) else {
                tracing::error!(key = %b.key, "button key too long for the channel's callback data; button left out");
                continue;
            };
            if b.nav {
                let label = short(&b.key).unwrap_or_else(|| b.label.clone());
                nav.push((fit_label(&label, self.nav_label_width), data));
            } else {
                rows.push(vec![(fit_label(&b.label, self.row_label_width), data)]);
            }
        }
        for chunk in nav.chunks(self.nav_per_row.max(1)) {
            rows.push(chunk.to_vec());
        }
        rows
    }

    /// The messages for one reply: split at the channel's limit, at most `max_parts` of
    /// them, the last one ending with a notice if something had to be left out.
    pub fn message_parts(
        &self,
        text: &str,
        shortened_notice: &str,
        empty_fallback: &str,
    ) -> Vec<String> {
        let max = self.max_text.saturating_sub(self.text_margin).max(1);
        let mut parts = split_text(text, max);
        if parts.is_empty() {
            parts.push(empty_fallback.to_string());
        }
        if parts.len() > self.max_parts {
            parts.truncate(self.max_parts.max(1));
            let room = max.saturating_sub(shortened_notice.chars().count() + 2);
            if let Some(last) = parts.last_mut() {
                let kept = split_text(last, room)
                    .into_iter()
                    .next()
                    .unwrap_or_default();
                *last = format!("{kept}\n\n{shortened_notice}");
            }
        }
        parts
    }
}

/// The engine key of a tap, if the data is well-formed and belongs to the screen `state`
/// shows now. Anything else (an old message, a forged payload) is `None`.
pub fn tapped_key<'a>(data: &'a str, state: &State) -> Option<&'a str> {
    let (key, tag) = data.split_once('|')?;
    (tag == screen_tag(state) && !key.is_empty()).then_some(key)
}

/// Prefix of the adapter's own "show on a map" buttons, `map:<n>` for the n-th offer shown.
/// Never an engine key: engine keys are `o<n>`, nav words and `lang:<code>`.
const MAP_KEY: &str = "map:";
/// Map buttons per step at most (the cards show few offers; a keyboard stays short).
pub const MAX_MAP_BUTTONS: usize = 8;

/// The offer index of a map button tapped on the screen `state` shows now; `None` for any
/// other data, a stale screen or an index out of range.
pub fn map_index(data: &str, state: &State) -> Option<usize> {
    let n: usize = tapped_key(data, state)?
        .strip_prefix(MAP_KEY)?
        .parse()
        .ok()?;
    (n < MAX_MAP_BUTTONS).then_some(n)
}

/// The message id of the channel's short label for a navigation key.
pub fn nav_label_id(texts: &Texts, key: &str) -> Option<&'static str> {
    use wegweiser_core::engine::Key;
    match Key::parse(key)? {
        Key::Back => Some(texts.nav_back),
        Key::Menu => Some(texts.nav_menu),
        Key::Urgent => Some(texts.nav_urgent),
        _ => None,
    }
}

/// How wide a label shows, in terminal columns (an emoji takes two, marks and joiners none):
/// a good measure of a button's room on a phone, whatever the script.
pub fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` if it fits `max` columns; otherwise cut after the last whole word that fits, with
/// "…". A single word wider than `max` is cut where it must be.
pub fn fit_label(text: &str, max: usize) -> String {
    let text = text.trim();
    if width(text) <= max {
        return text.to_string();
    }
    // Room for the "…"; measured as a whole each time: an emoji and its variation selector
    // count together.
    let room = max.saturating_sub(1);
    wegweiser_content::i18n::cut::at_word(text, |head| width(head) <= room)
}

/// The picker's prompt when we do not know the parent's language: one line per language,
/// each in its own script and direction.
pub fn picker_prompt(content: &Content, texts: &Texts) -> String {
    let mut lines = vec!["🌐".to_string()];
    for lang in content.locales.languages() {
        // Rendering gives right-to-left lines their mark (i18n::bidi).
        lines.push(
            content
                .locales
                .render(lang, &Msg::new(texts.lang_prompt), &[]),
        );
    }
    lines.join("\n")
}

/// Splits a text into messages of at most `max` characters, preferring paragraph, then line,
/// then word boundaries, so a long list is never cut mid-word. Never returns an empty part.
pub fn split_text(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut parts = Vec::new();
    let mut rest = text.trim();
    while rest.chars().count() > max {
        // Byte index just after `max` characters.
        let limit = rest.char_indices().nth(max).map_or(rest.len(), |(i, _)| i);
        let window = &rest[..limit];
        let cut = ["\n\n", "\n", " "]
            .iter()
            .filter_map(|sep| window.rfind(sep).filter(|&i| i > 0))
            .next()
            .unwrap_or(limit);
        parts.push(rest[..cut].trim_end().to_string());
        rest = rest[cut..].trim_start();
    }
    if !rest.is_empty() {
        parts.push(rest.to_string());
    }
    parts.retain(|p| !p.is_empty());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Telegram's, as the channel crate sets them.
    const L: Limits = Limits {
        max_text: 4096,
        text_margin: 96,
        max_parts: 4,
        max_callback_data: 64,
        nav_per_row: 3,
        nav_label_width: 12,
        row_label_width: 40,
    };
    const MAX_TEXT: usize = L.max_text;
    const MAX_PARTS: usize = L.max_parts;
    const MAX_CALLBACK_DATA: usize = L.max_callback_data;

    #[test]
    fn callback_data_round_trips_and_rejects_stale() {
        let mut s = State::new(Some("de".into()));
        s.node = "money-start".into();
        let tag = screen_tag(&s);
        let data = L.callback_data("o3", &tag).expect("fits");
        assert!(data.len() <= MAX_CALLBACK_DATA);
        assert_eq!(tapped_key(&data, &s), Some("o3"));
        let mut other = s.clone();
        other.node = "main".into();
        assert_eq!(tapped_key(&data, &other), None);
        other = s.clone();
        other.overlay = Overlay::LanguagePicker;
        assert_eq!(tapped_key(&data, &other), None);
        assert_eq!(tapped_key("o3", &s), None);
        assert_eq!(tapped_key("", &s), None);
        assert_eq!(tapped_key(&format!("|{tag}"), &s), None);
        assert!(L.callback_data(&"x".repeat(60), &tag).is_none());
    }

    #[test]
    fn splits_at_boundaries_within_limits() {
        let para = "Wort ".repeat(300); // 1500 chars
        let text = format!("{para}\n\n{para}\n\n{para}");
        let parts = split_text(&text, 2000);
        assert_eq!(parts.len(), 3);
        assert!(parts
            .iter()
            .all(|p| p.chars().count() <= 2000 && !p.ends_with(' ')));
        // No boundary at all: hard cut, still within the limit, nothing lost.
        let blob = "ä".repeat(5000);
        let parts = split_text(&blob, 4000);
        assert_eq!(
            parts.iter().map(|p| p.chars().count()).collect::<Vec<_>>(),
            vec![4000, 1000]
        );
        assert!(split_text("   ", 10).is_empty());
    }

    #[test]
    fn long_replies_are_shortened_with_a_notice() {
        let text = "x ".repeat(30_000);
        let parts = L.message_parts(&text, "NOTICE", "👇");
        assert_eq!(parts.len(), MAX_PARTS);
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_TEXT));
        assert!(parts.last().is_some_and(|p| p.ends_with("NOTICE")));
        assert_eq!(L.message_parts("", "NOTICE", "👇"), vec!["👇".to_string()]);
        assert_eq!(
            L.message_parts("kurz", "NOTICE", "👇"),
            vec!["kurz".to_string()]
        );
    }

    #[test]
    fn map_buttons_decode_only_on_their_screen() {
        let mut s = State::new(Some("de".into()));
        s.node = "money-offers".into();
        let tag = screen_tag(&s);
        let mut kb: Keyboard = vec![
            vec![("A".into(), format!("o0|{tag}"))],
            vec![
                ("Zurück".into(), format!("back|{tag}")),
                ("Menü".into(), format!("menu|{tag}")),
            ],
        ];
        L.add_map_buttons(
            &mut kb,
            1,
            &[(0, "Jobcenter".into()), (2, "x".repeat(200))],
            &tag,
            |n| format!("🗺 {n}"),
        );
        assert_eq!(kb.len(), 4);
        assert_eq!(kb[1][0].0, "🗺 Jobcenter");
        assert!(kb[3][0].1.starts_with("back|"), "navigation stays last");
        assert!(kb
            .iter()
            .flatten()
            .all(|(_, d)| d.len() <= MAX_CALLBACK_DATA));
        assert_eq!(map_index(&kb[1][0].1, &s), Some(0));
        assert_eq!(map_index(&kb[2][0].1, &s), Some(2));
        assert_eq!(map_index(&format!("map:99|{tag}"), &s), None);
        assert_eq!(map_index(&format!("map:-1|{tag}"), &s), None);
        assert_eq!(map_index(&format!("o0|{tag}"), &s), None);
        let mut other = s.clone();
        other.node = "main".into();
        assert_eq!(map_index(&kb[1][0].1, &other), None, "stale");
    }

    #[test]
    fn labels_are_cut_at_a_word_with_an_ellipsis() {
        assert_eq!(fit_label("Kurz", 12), "Kurz");
        assert_eq!(
            fit_label(
                "🗺 Karte: Beauftragte für Chancengleichheit der Agentur für Arbeit",
                40
            ),
            "🗺 Karte: Beauftragte für…"
        );
        // Never wider than asked, in any script, and never inside a word.
        for text in [
            "🆘 Термінова допомога",
            "📍 دورات واستشارات قريبة مني وبعيدة عني أيضًا",
            "Abend- und Wochenendkurse (Weiterbildung) für Eltern",
        ] {
            for max in [8, 12, 20, 30] {
                let cut = fit_label(text, max);
                assert!(width(&cut) <= max, "{cut:?} wider than {max}");
                let kept = cut.trim_end_matches('…');
                assert!(text.starts_with(kept), "{cut:?}");
                let next = text[kept.len()..].chars().next();
                assert!(
                    next.is_none_or(|c| !c.is_alphanumeric()) || !kept.contains(' '),
                    "{cut:?} ends inside a word"
                );
            }
        }
        assert_eq!(fit_label("Donaudampfschifffahrt", 8), "Donauda…");
    }

    #[test]
    fn the_offers_page_is_part_of_the_screen() {
        let mut s = State::new(Some("de".into()));
        s.node = "cc-offers".into();
        let first = screen_tag(&s);
        s.offers_page = 1;
        assert_ne!(screen_tag(&s), first);
        s.offers_page = 0;
        assert_eq!(
            screen_tag(&s),
            first,
            "page 0 keeps the tags of messages already sent"
        );
    }

    #[test]
    fn navigation_shares_a_row() {
        let b = |key: &str, nav| RenderedButton {
            key: key.into(),
            label: key.to_uppercase(),
            nav,
        };
        let kb = L.keyboard(
            &[
                b("o0", false),
                b("o1", false),
                b("back", true),
                b("menu", true),
                b("sos", true),
            ],
            "t",
            |k| (k == "sos").then(|| "🆘 Kurz".to_string()),
        );
        assert_eq!(kb.len(), 3);
        assert_eq!(kb[2][2].0, "🆘 Kurz", "Telegram's short label");
        assert_eq!(
            kb[2][0].0, "BACK",
            "the engine's label where there is no short one"
        );
        assert_eq!(kb[2].len(), 3);
        assert_eq!(kb[0][0], ("O0".to_string(), "o0|t".to_string()));
    }
}
