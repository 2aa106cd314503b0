//! The keys of the buttons the engine shows: made and read here only.
//!
//! A key travels through a channel as short text (Telegram's callback data holds 64 bytes) and
//! comes back as [`super::Input::Button`]. Writing and reading that text in one place means a
//! key the engine shows is always one it understands, and the engine matches on [`Key`], not on
//! prefixes cut off strings. The texts are part of the stored state of old messages (a button
//! tapped days later), so they never change; a text that is not a key is a stale or forged
//! button and gets the "tap a button below" hint.

use std::fmt;

use crate::office::Office;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    /// One of the step's own answers: its place among the node's `options` (`o0`, `o1`, ...).
    Option(usize),
    /// On to the step's `next`.
    Next,
    Back,
    Menu,
    /// Urgent help, from every screen.
    Urgent,
    /// The full texts of a benefit check, whose screen shows one line per benefit.
    Details,
    /// The next page of an offers step. The conversation layer adds the button, since only it
    /// knows how many offers match.
    More,
    /// Back to the first page of an offers step (shown by the conversation layer after "more").
    First,
    /// The next page of a screen longer than a phone shows, and back to its first (the
    /// rendering layer splits the text and adds these buttons; the engine only keeps the page).
    ReadMore,
    ReadFirst,
    /// The summary in German, to show at an office.
    SummaryInGerman,
    ForgetYes,
    ForgetNo,
    /// A language of the picker, by its tag.
    Language(String),
    /// The offers of an office a benefit check or summary names.
    Office(Office),
    /// A network picked on an offers step (`OUTSIDE`: none of them).
    Network(String),
    /// A town of a postcode shared by several: its place in the postcode's list.
    Town(usize),
}

const OPTION: &str = "o";
const LANGUAGE: &str = "lang:";
const OFFICE: &str = "of:";
const NETWORK: &str = "net:";
const TOWN: &str = "town:";

/// The keys without a value, with their texts.
const PLAIN: &[(Key, &str)] = &[
    (Key::Next, "next"),
    (Key::Back, "back"),
    (Key::Menu, "menu"),
    (Key::Urgent, "sos"),
    (Key::Details, "details"),
    (Key::More, "more"),
    (Key::First, "first"),
    (Key::ReadMore, "read:more"),
    (Key::ReadFirst, "read:first"),
    (Key::SummaryInGerman, "summary:de"),
    (Key::ForgetYes, "forget:yes"),
    (Key::ForgetNo, "forget:no"),
];

impl Key {
    /// `None` for text that is no key the engine makes.
    pub fn parse(s: &str) -> Option<Key> {
        if let Some((k, _)) = PLAIN.iter().find(|(_, text)| *text == s) {
            return Some(k.clone());
        }
        if let Some(code) = s.strip_prefix(LANGUAGE) {
            return (!code.is_empty()).then(|| Key::Language(code.to_string()));
        }
        if let Some(office) = s.strip_prefix(OFFICE) {
            return Office::parse(office).map(Key::Office);
        }
        if let Some(id) = s.strip_prefix(NETWORK) {
            return (!id.is_empty()).then(|| Key::Network(id.to_string()));
        }
        if let Some(i) = s.strip_prefix(TOWN) {
            return index(i).map(Key::Town);
        }
        s.strip_prefix(OPTION).and_then(index).map(Key::Option)
    }
}

/// A plain decimal index: "3", not "+3" or "03", so each key has one text.
fn index(s: &str) -> Option<usize> {
    let plain =
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'));
    plain.then(|| s.parse().ok()).flatten()
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Option(i) => write!(f, "{OPTION}{i}"),
            Key::Language(code) => write!(f, "{LANGUAGE}{code}"),
            Key::Office(o) => write!(f, "{OFFICE}{}", o.as_str()),
            Key::Network(id) => write!(f, "{NETWORK}{id}"),
            Key::Town(i) => write!(f, "{TOWN}{i}"),
            plain => {
                let text = PLAIN
                    .iter()
                    .find(|(k, _)| k == plain)
                    .map_or("", |(_, text)| text);
                f.write_str(text)
            }
        }
    }
}

impl From<Key> for String {
    fn from(k: Key) -> String {
        k.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_reads_back_as_itself() {
        let mut keys: Vec<Key> = PLAIN.iter().map(|(k, _)| k.clone()).collect();
        keys.extend([
            Key::Option(0),
            Key::Option(12),
            Key::Language("fa".into()),
            Key::Network("hagen".into()),
            Key::Town(2),
        ]);
        keys.extend(Office::ALL.into_iter().map(Key::Office));
        for k in keys {
            let text = k.to_string();
            assert!(!text.is_empty() && text.len() <= 64, "{k:?}: {text:?}");
            assert_eq!(Key::parse(&text), Some(k.clone()), "{text}");
        }
    }

    #[test]
    fn the_texts_of_old_messages_still_read() {
        assert_eq!(Key::parse("o3"), Some(Key::Option(3)));
        assert_eq!(Key::parse("sos"), Some(Key::Urgent));
        assert_eq!(Key::parse("summary:de"), Some(Key::SummaryInGerman));
        assert_eq!(Key::parse("lang:uk"), Some(Key::Language("uk".into())));
        assert_eq!(Key::parse("net:none"), Some(Key::Network("none".into())));
    }

    #[test]
    fn forged_or_malformed_keys_are_none() {
        for bad in [
            "",
            "o",
            "o-1",
            "o+1",
            "o01",
            "ox",
            "town:",
            "town:a",
            "lang:",
            "of:nowhere",
            "net:",
            "BACK",
            "o99999999999999999999999",
        ] {
            assert_eq!(Key::parse(bad), None, "{bad:?}");
        }
    }
}
