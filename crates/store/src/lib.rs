//! Where conversations are kept between messages. The engine never sees this: adapters load
//! a state, step, and save it back.

pub mod backup;
mod sled_store;
pub mod stats;
pub mod vault;

pub use sled_store::{compact, SledStore};

use wegweiser_core::engine::State;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the data folder {path} is in use by another Wegweiser process (stop it, or use --data for another folder)")]
    Locked { path: String },
    #[error("cannot open the data folder {path}: {source}")]
    Open { path: String, source: sled::Error },
    /// sled found its files inconsistent: a crash of the disk, a full disk in the past, or an
    /// incomplete copy. Not repairable in place; RELIABILITY.md describes the way back.
    #[error("the data folder {path} is damaged (sled: {what}). Move it aside (mv {path} {path}.damaged), then `wegweiser restore BACKUP --data {path}` and `wegweiser offers import OFFERS.csv --data {path}`; see RELIABILITY.md")]
    Damaged { path: String, what: String },
    #[error("the conversation keys in the data folder cannot be used: {0}")]
    Vault(#[from] vault::VaultError),
    #[error("storage error: {0}")]
    Io(#[from] sled::Error),
    #[error("a conversation could not be encoded for storage: {0}")]
    Encode(#[from] serde_json::Error),
}

/// Conversation state per chat. Keys are opaque per adapter ("tg:123", "chat:terminal").
pub trait SessionStore: Send + Sync {
    /// `Ok(None)` both for "never seen" and for a stored state that cannot be decoded any more
    /// (older schema): either way the parent starts fresh instead of getting an error.
    fn load(&self, key: &str) -> Result<Option<State>, StoreError>;
    fn save(&self, key: &str, state: &State) -> Result<(), StoreError>;
    /// Deletes everything kept for this chat.
    fn forget(&self, key: &str) -> Result<(), StoreError>;
    /// Makes everything saved so far durable.
    fn flush(&self) -> Result<(), StoreError>;
}
