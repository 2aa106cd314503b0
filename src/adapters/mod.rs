//! Thin adapters around the engine: each turns its medium's messages into engine input and
//! the rendered reply into its medium's output. The Telegram bot is its own crate
//! (`wegweiser-telegram`); the terminal chat and the preview page live here, beside the
//! command line.

pub mod chat;
pub mod preview;

/// The Telegram bot ([`wegweiser_telegram`]).
pub mod telegram {
    pub use wegweiser_telegram::*;
}
