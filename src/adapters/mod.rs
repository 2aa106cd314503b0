//! Thin adapters around the engine: each turns its medium's messages into engine input and
//! the rendered reply into its medium's output.

pub mod chat;
pub mod preview;
pub mod telegram;
