//! The sled-backed store (sled 0.34, the stable line).

use std::path::Path;

use std::sync::Arc;

use super::vault::{Pseudonym, Vault};
use super::{SessionStore, StoreError};
use wegweiser_core::engine::State;

const SESSIONS: &str = "sessions";

#[derive(Clone)]
pub struct SledStore {
    db: sled::Db,
    sessions: sled::Tree,
    /// Conversations are sealed with per-conversation keys kept beside the database, so that
    /// forgetting one is final although sled keeps old bytes (see `vault`).
    vault: Arc<Vault>,
}

impl SledStore {
    pub fn open(path: &Path) -> Result<SledStore, StoreError> {
        let db = sled::open(path).map_err(|e| {
            let locked = matches!(&e, sled::Error::Io(io) if io.kind() == std::io::ErrorKind::WouldBlock)
                || e.to_string().contains("lock");
            if locked {
                StoreError::Locked { path: path.display().to_string() }
            } else if let sled::Error::Corruption { at, .. } = &e {
                let what = match at {
                    Some(at) => format!("corrupted data at {at}"),
                    None => "corrupted data".to_string(),
                };
                StoreError::Damaged { path: path.display().to_string(), what }
            } else {
                StoreError::Open { path: path.display().to_string(), source: e }
            }
        })?;
        let sessions = db.open_tree(SESSIONS)?;
        let vault = Vault::open(path)?;
        Ok(SledStore {
            db,
            sessions,
            vault: Arc::new(vault),
        })
    }

    /// The per-conversation keys, for adapters that keep more under a conversation.
    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    /// The sealed bytes of a state, as stored under [`Vault::pseudonym`] of its key.
    pub fn seal_state(&self, p: &Pseudonym, state: &State) -> Result<Vec<u8>, StoreError> {
        Ok(self.vault.seal(p, &state.encode()?)?)
    }

    /// The database, for other parts (offers, counters) that keep their own trees in it.
    pub fn db(&self) -> &sled::Db {
        &self.db
    }

    /// The conversations tree, for adapters that must write a state together with their own
    /// bookkeeping in one sled transaction (the Telegram adapter's replay protection).
    pub fn sessions(&self) -> &sled::Tree {
        &self.sessions
    }
}

impl SessionStore for SledStore {
    fn load(&self, key: &str) -> Result<Option<State>, StoreError> {
        let p = self.vault.pseudonym(key);
        let bytes = match self.sessions.get(p)? {
            Some(sealed) => match self.vault.open_sealed(&p, &sealed)? {
                Some(plain) => plain,
                // The key is gone: the conversation was forgotten.
                None => return Ok(None),
            },
            None => match self.sessions.get(key.as_bytes())? {
                // Kept in the open by a version before the vault: sealed from now on.
                Some(legacy) => {
                    let state = State::decode(&legacy);
                    self.sessions.remove(key.as_bytes())?;
                    if let Some(s) = &state {
                        self.save(key, s)?;
                    }
                    return Ok(state);
                }
                None => return Ok(None),
            },
        };
        let state = State::decode(&bytes);
        if state.is_none() {
            tracing::warn!("a stored conversation could not be decoded; that parent starts fresh");
        }
        Ok(state)
    }

    fn save(&self, key: &str, state: &State) -> Result<(), StoreError> {
        let p = self.vault.pseudonym(key);
        self.sessions.insert(p, self.seal_state(&p, state)?)?;
        Ok(())
    }

    fn forget(&self, key: &str) -> Result<(), StoreError> {
        let p = self.vault.pseudonym(key);
        self.sessions.remove(p)?;
        self.sessions.remove(key.as_bytes())?;
        // First the key: from here on nothing of this conversation can be read.
        self.vault.destroy(&p)?;
        self.db.flush()?;
        Ok(())
    }

    fn flush(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_loads_forgets_on_disk() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = State::new(Some("en".into()));
        s.node = "money-start".into();
        {
            let store = SledStore::open(dir.path()).expect("open");
            store.save("chat:a", &s).expect("save");
            let p = store.vault.pseudonym("chat:broken");
            let sealed = store.vault.seal(&p, b"{not json").expect("seal");
            store.sessions.insert(p, sealed).expect("insert");
            // A state kept in the open by an older version is still read, and sealed.
            store
                .sessions
                .insert(b"chat:legacy", s.encode().expect("encode"))
                .expect("insert");
            store.flush().expect("flush");
        }
        let store = SledStore::open(dir.path()).expect("reopen");
        assert_eq!(store.load("chat:a").expect("load"), Some(s.clone()));
        assert_eq!(store.load("chat:broken").expect("load"), None);
        assert_eq!(store.load("chat:none").expect("load"), None);
        assert_eq!(store.load("chat:legacy").expect("load"), Some(s.clone()));
        assert!(store.sessions.get(b"chat:legacy").expect("get").is_none());
        assert_eq!(store.load("chat:legacy").expect("load"), Some(s.clone()));
        store.forget("chat:a").expect("forget");
        assert_eq!(store.load("chat:a").expect("load"), None);
    }
}
