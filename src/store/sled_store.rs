//! The sled-backed store (sled 0.34, the stable line).

use std::path::Path;

use super::{SessionStore, StoreError};
use crate::engine::State;

const SESSIONS: &str = "sessions";

#[derive(Clone)]
pub struct SledStore {
    db: sled::Db,
    sessions: sled::Tree,
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
        Ok(SledStore { db, sessions })
    }

    /// The database, for other parts (offers, counters) that keep their own trees in it.
    pub fn db(&self) -> &sled::Db {
        &self.db
    }

    /// The conversations tree, for adapters that must write a state together with their own
    /// bookkeeping in one sled transaction (the Telegram adapter's replay protection).
    pub(crate) fn sessions(&self) -> &sled::Tree {
        &self.sessions
    }
}

impl SessionStore for SledStore {
    fn load(&self, key: &str) -> Result<Option<State>, StoreError> {
        let Some(bytes) = self.sessions.get(key.as_bytes())? else {
            return Ok(None);
        };
        let state = State::decode(&bytes);
        if state.is_none() {
            tracing::warn!("a stored conversation could not be decoded; that parent starts fresh");
        }
        Ok(state)
    }

    fn save(&self, key: &str, state: &State) -> Result<(), StoreError> {
        self.sessions.insert(key.as_bytes(), state.encode())?;
        Ok(())
    }

    fn forget(&self, key: &str) -> Result<(), StoreError> {
        self.sessions.remove(key.as_bytes())?;
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
            store
                .sessions
                .insert(b"chat:broken", b"{not json".to_vec())
                .expect("insert");
            store.flush().expect("flush");
        }
        let store = SledStore::open(dir.path()).expect("reopen");
        assert_eq!(store.load("chat:a").expect("load"), Some(s));
        assert_eq!(store.load("chat:broken").expect("load"), None);
        assert_eq!(store.load("chat:none").expect("load"), None);
        store.forget("chat:a").expect("forget");
        assert_eq!(store.load("chat:a").expect("load"), None);
    }
}
