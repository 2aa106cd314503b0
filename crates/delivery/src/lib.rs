//! The channel-neutral delivery core: how one update of a parent becomes exactly one committed
//! reply, whatever the channel.
//!
//! Why a layer of its own: a messenger hands out updates at least once, can lose in-flight ones
//! on a crash, and answers "too many requests" under load. The answer to that — an inbox kept
//! before handling, the new state committed together with the reply still to send (the
//! [`Plan`]), progress recorded while it is sent, replays recognised per chat, a flood limit,
//! callback data tagged with the screen it belongs to — is the same for every channel. It
//! lives here once; a channel (`wegweiser-telegram`) only maps its updates to an
//! [`Incoming`], carries out one [`Action`] at a time ([`Channel::perform`]) and feeds its
//! inbox. docs/channels.md lists what a new channel implements.
//!
//! The update flow ([`flow::handle`]): flood verdict → an older pending reply first → a replay
//! only finishes its reply → admin command or engine step → state and plan committed (flushed)
//! → actions carried out, progress noted → chat moves past the update, inbox entry removed.

pub mod admin;
mod app;
pub mod flow;
pub mod limits;
pub mod place;
mod plan;
pub mod store;
pub mod ui;

use std::future::Future;

use serde::{Deserialize, Serialize};
use wegweiser_conversation::conversation::Content;

pub use admin::ADMIN_MESSAGES;
pub use app::App;
pub use flow::{handle, Event, Incoming};
pub use limits::{FloodLimit, Verdict};
pub use plan::{Action, ChatMeta, Keyboard, Plan};
pub use store::{DeliveryError, DeliveryStore, InboxEntry, TreeNames};
pub use ui::{Limits, Texts};

/// A conversation on a channel: the channel's own chat number (Telegram's chat id). Never
/// written to disk in the clear: the store keys everything by the chat's pseudonym.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ChatId(pub i64);

/// What one action left on the parent's screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Performed {
    /// The message that now shows the action's text (and keyboard, if it had one).
    pub shows: Option<i32>,
    /// Whether a new message appeared: repeating the action would show it twice, so the
    /// progress past it is flushed before the next action.
    pub sent: bool,
}

/// Why an action did not happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChannelError {
    /// Waiting can fix it (rate limit, server error, network): the plan stays pending and is
    /// tried again with the chat's next update or the next start.
    #[error("the channel is unavailable for now: {0}")]
    Transient(String),
    /// Waiting cannot fix it (the parent blocked the bot, the chat is gone): the rest of the
    /// reply is dropped, or retrying would block the chat for good.
    #[error("the reply cannot be delivered: {0}")]
    Permanent(String),
}

/// One messenger. Implemented by each channel crate; the core calls it for every action of a
/// committed plan, in order, and for the notices outside any plan.
pub trait Channel: Send + Sync {
    /// What this channel's screens and buttons hold.
    const LIMITS: Limits;
    /// The message ids of this channel's own texts (in `locales/<lang>/<channel>.ftl`).
    const TEXTS: Texts;

    /// Carries out one action in `chat`. Must be safe to repeat after a crash for actions
    /// that do not send (answers, edits, keyboard removal): the core repeats what it could not
    /// record as done.
    fn perform(
        &self,
        chat: ChatId,
        action: &Action,
        content: &Content,
    ) -> impl Future<Output = Result<Performed, ChannelError>> + Send;

    /// A text outside any plan, best effort (the flood notice, reload notices to admins).
    fn notify(
        &self,
        chat: ChatId,
        text: &str,
    ) -> impl Future<Output = Result<(), ChannelError>> + Send;
}
