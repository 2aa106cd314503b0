//! A reply as data: the actions still to carry out at the channel, stored before the first
//! is done, so a crash in the middle resumes instead of repeating.

use serde::{Deserialize, Serialize};

/// Telegram numbers updates at random again after a week without any; a high-water mark older
/// than this says nothing about the next id.
pub(crate) const HIGH_WATER_VALID_SECS: u64 = 6 * 24 * 3600;

pub(crate) fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// One thing to do at the channel for a reply. Stored (inside a [`Plan`]) before it is done, so a
/// crash in the middle is finished on the next start instead of being redone from scratch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Action {
    /// Stop the spinner on the tapped button.
    Answer {
        query: String,
    },
    /// Replace the tapped message with the next step (falls back to sending it anew when the
    /// message can no longer be edited).
    Edit {
        message: i32,
        text: String,
        keyboard: Keyboard,
    },
    Send {
        text: String,
        keyboard: Keyboard,
    },
    /// An offer's place with a map (a "🗺 Map" tap).
    Venue {
        title: String,
        address: String,
        lat: f64,
        lon: f64,
    },
    /// Show the command list in the language the parent picked.
    Commands {
        lang: String,
    },
    /// Take the keyboard off a message that no longer carries the step (a new message does),
    /// so only the current step's buttons can be tapped.
    DropKeyboard {
        message: i32,
    },
}

/// Rows of (label, callback data).
pub type Keyboard = Vec<Vec<(String, String)>>;

/// The reply to one update, with how much of it is already done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub update: u32,
    pub actions: Vec<Action>,
    /// Actions already carried out (a prefix of `actions`).
    pub done: usize,
    /// The message that carries this reply's keyboard, once sent or edited.
    #[serde(default)]
    pub shown: Option<i32>,
}

/// Per-chat bookkeeping.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChatMeta {
    /// The highest update id whose reply was completely carried out.
    pub last: u32,
    /// When `last` was recorded (unix seconds). Telegram numbers updates at random after a
    /// week without any, so an older mark says nothing about replays (see [`ChatMeta::replayed`]).
    #[serde(default)]
    pub last_at: u64,
    /// A reply committed but not yet completely sent.
    pub pending: Option<Plan>,
    /// The message whose keyboard is the live one (the step the parent sees): a tap from it
    /// with an older screen's data is a double tap, and its keyboard goes when a new message
    /// carries the step.
    #[serde(default)]
    pub keyboard: Option<i32>,
}

impl ChatMeta {
    /// Whether `update` was handled already. Only while the mark is fresh: a parent who comes
    /// back after weeks may get a lower, random update id, and must not be ignored.
    pub fn replayed(&self, update: u32) -> bool {
        self.replayed_at(update, unix_now())
    }

    pub(crate) fn replayed_at(&self, update: u32, now: u64) -> bool {
        update <= self.last && self.fresh_at(now)
    }

    pub(crate) fn fresh_at(&self, now: u64) -> bool {
        now.saturating_sub(self.last_at) <= HIGH_WATER_VALID_SECS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// After a week of silence Telegram numbers updates at random: a parent coming back with a
    /// lower id is a new message, not a replay.
    #[test]
    fn a_week_old_mark_does_not_swallow_a_returning_parent() {
        let now = 1_800_000_000;
        let meta = ChatMeta {
            last: 900,
            last_at: now - 3600,
            ..ChatMeta::default()
        };
        assert!(meta.replayed_at(900, now) && meta.replayed_at(12, now));
        let weeks_ago = ChatMeta {
            last: 900,
            last_at: now - 8 * 24 * 3600,
            ..ChatMeta::default()
        };
        assert!(!weeks_ago.replayed_at(12, now));
        assert!(!weeks_ago.replayed_at(900, now));
    }
}
