//! One validated version of the coordinators' files ([`conversation::Content`]), rendering in
//! the parent's language, and the running bot's copy of it, swapped on reload ([`live`]).
//! Every adapter calls this layer, never the lower ones for a conversation.

pub mod config;
pub mod conversation;
pub mod live;
