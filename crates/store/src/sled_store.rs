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

/// sled's page cache. sled's default is 1 GiB, which a bot under load fills with pages of
/// conversations it touched once: the cache was most of the process's 200 MiB (BENCHMARKS.md).
/// Conversations are small and read once per update, so a small cache costs little time.
pub const CACHE_BYTES: u64 = 8 * 1024 * 1024;

impl SledStore {
    pub fn open(path: &Path) -> Result<SledStore, StoreError> {
        Self::open_with_cache(path, CACHE_BYTES)
    }

    /// [`open`](Self::open) with another page cache size, in bytes.
    pub fn open_with_cache(path: &Path, cache_bytes: u64) -> Result<SledStore, StoreError> {
        let db = sled::Config::new()
            .path(path)
            .cache_capacity(cache_bytes)
            .open()
            .map_err(|e| {
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
        Ok(self.vault.seal(p, &compact::pack(&state.encode()?))?)
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
        let state = compact::unpack(&bytes).and_then(|json| State::decode(&json));
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

/// The stored form of a state inside its seal: the engine's JSON, deflated behind a format
/// byte. The conversations' JSON repeats node ids, fact names and keys, so it shrinks to about
/// a third, and the store with it (BENCHMARKS.md). States sealed before carry plain JSON, which
/// starts with `{` and still reads.
pub mod compact {
    /// The format byte of deflated JSON; plain JSON never starts with it.
    const DEFLATED: u8 = 1;
    /// A stored state is a few KiB at most; anything inflating beyond this is not one.
    const MAX_JSON: usize = 1 << 20;

    pub fn pack(json: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(json.len() / 2 + 1);
        out.push(DEFLATED);
        out.extend(miniz_oxide::deflate::compress_to_vec(json, 6));
        out
    }

    /// The JSON of a stored state; `None` if it is neither form.
    pub fn unpack(stored: &[u8]) -> Option<std::borrow::Cow<'_, [u8]>> {
        match stored.split_first() {
            Some((&DEFLATED, deflated)) => {
                miniz_oxide::inflate::decompress_to_vec_with_limit(deflated, MAX_JSON)
                    .ok()
                    .map(std::borrow::Cow::Owned)
            }
            Some((b'{', _)) => Some(std::borrow::Cow::Borrowed(stored)),
            _ => None,
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn packs_small_and_reads_both_forms() {
            let json = br#"{"node":"money-start","history":["main","money-start"],"facts":{}}"#;
            let packed = pack(json);
            assert_eq!(packed[0], DEFLATED);
            assert_eq!(unpack(&packed).as_deref(), Some(&json[..]));
            assert_eq!(
                unpack(json).as_deref(),
                Some(&json[..]),
                "an older plain state"
            );
            assert_eq!(unpack(b"\x01not deflate"), None);
            assert_eq!(unpack(b""), None);
            assert_eq!(unpack(b"garbage"), None);
        }
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
            // Sealed as plain JSON by a version before the compact form.
            let p = store.vault.pseudonym("chat:plain");
            let sealed = store
                .vault
                .seal(&p, &s.encode().expect("encode"))
                .expect("seal");
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
        assert_eq!(store.load("chat:plain").expect("load"), Some(s.clone()));
        // The compact form is smaller than the JSON it holds.
        let p = store.vault.pseudonym("chat:a");
        let stored = store.sessions.get(p).expect("get").expect("kept");
        assert!(stored.len() < s.encode().expect("encode").len() + 40);
        assert_eq!(store.load("chat:none").expect("load"), None);
        assert_eq!(store.load("chat:legacy").expect("load"), Some(s.clone()));
        assert!(store.sessions.get(b"chat:legacy").expect("get").is_none());
        assert_eq!(store.load("chat:legacy").expect("load"), Some(s.clone()));
        store.forget("chat:a").expect("forget");
        assert_eq!(store.load("chat:a").expect("load"), None);
    }
}
