//! Per-conversation keys kept outside sled, so that forgetting a chat is immediate and final.
//!
//! Why: sled is log-structured. A removed key stays in old segments until sled happens to
//! rewrite them, which nothing guarantees — so deleting a conversation from sled does not
//! delete it from the disk. Instead every value kept for a conversation is sealed
//! (XChaCha20-Poly1305) with a key of its own, stored as one small file in `keys/` beside the
//! database, and every sled key names the conversation only by a pseudonym (HMAC-SHA-256 of
//! its key with a secret of this data folder). Forgetting deletes the key file (and syncs the
//! folder) before the parent is told it is done: whatever old bytes sled still holds can no
//! longer be read by anyone, even after a crash a moment later.
//!
//! A sealed value starts with [`MAGIC`] and its length, so a forensic scan of the raw files
//! (tests/privacy_disk.rs) can find and try to open every sealed value with the keys present.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Marks a sealed value on disk (followed by a 4-byte big-endian length, nonce, ciphertext).
pub const MAGIC: &[u8; 4] = b"WGV1";
const NONCE_LEN: usize = 24;
const KEY_LEN: usize = 32;
/// Folder of per-conversation key files, inside the data folder.
pub const KEYS_DIR: &str = "keys";
/// The secret behind the pseudonyms, inside [`KEYS_DIR`].
const SECRET_FILE: &str = "pseudonym-secret";

/// The name a conversation has on disk: 16 bytes, the same for the same key in this folder.
pub type Pseudonym = [u8; 16];

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("cannot use the key folder {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("the random number source of the system failed: {0}")]
    Random(String),
    #[error("the key file {path} is damaged (expected {KEY_LEN} bytes)")]
    BadKey { path: String },
}

pub struct Vault {
    dir: PathBuf,
    secret: [u8; KEY_LEN],
    /// Keys read or made so far; `None` remembers "no key file" (forgotten or never seen).
    cache: Mutex<HashMap<Pseudonym, Option<[u8; KEY_LEN]>>>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault").field("dir", &self.dir).finish()
    }
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> VaultError + '_ {
    move |source| VaultError::Io {
        path: path.display().to_string(),
        source,
    }
}

fn random<const N: usize>() -> Result<[u8; N], VaultError> {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).map_err(|e| VaultError::Random(e.to_string()))?;
    Ok(out)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes `bytes` to `path` so that it is either fully there or not at all, and durable.
fn write_durably(dir: &Path, path: &Path, bytes: &[u8]) -> Result<(), VaultError> {
    let tmp = path.with_extension("tmp");
    let mut f = fs::File::create(&tmp).map_err(io_err(&tmp))?;
    f.write_all(bytes).map_err(io_err(&tmp))?;
    f.sync_all().map_err(io_err(&tmp))?;
    fs::rename(&tmp, path).map_err(io_err(path))?;
    sync_dir(dir)
}

fn sync_dir(dir: &Path) -> Result<(), VaultError> {
    fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(dir))
}

impl Vault {
    /// Opens (or starts) the key folder `data/keys`.
    pub fn open(data: &Path) -> Result<Vault, VaultError> {
        let dir = data.join(KEYS_DIR);
        fs::create_dir_all(&dir).map_err(io_err(&dir))?;
        let secret_path = dir.join(SECRET_FILE);
        let secret = match fs::read(&secret_path) {
            Ok(bytes) => {
                <[u8; KEY_LEN]>::try_from(bytes.as_slice()).map_err(|_| VaultError::BadKey {
                    path: secret_path.display().to_string(),
                })?
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let secret = random::<KEY_LEN>()?;
                write_durably(&dir, &secret_path, &secret)?;
                secret
            }
            Err(e) => return Err(io_err(&secret_path)(e)),
        };
        Ok(Vault {
            dir,
            secret,
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// The on-disk name of a conversation key ("tg:123", "chat:terminal").
    pub fn pseudonym(&self, key: &str) -> Pseudonym {
        // HMAC accepts keys of any length; `new_from_slice` cannot fail for it.
        let mut mac = match <Hmac<Sha256> as Mac>::new_from_slice(&self.secret) {
            Ok(m) => m,
            Err(_) => unreachable!("HMAC takes keys of any length"),
        };
        mac.update(key.as_bytes());
        let full = mac.finalize().into_bytes();
        let mut out = [0u8; 16];
        out.copy_from_slice(&full[..16]);
        out
    }

    fn key_path(&self, p: &Pseudonym) -> PathBuf {
        self.dir.join(hex(p))
    }

    fn key(&self, p: &Pseudonym, create: bool) -> Result<Option<[u8; KEY_LEN]>, VaultError> {
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(Some(k)) = cache.get(p) {
            return Ok(Some(*k));
        }
        if !create {
            if let Some(None) = cache.get(p) {
                return Ok(None);
            }
        }
        let path = self.key_path(p);
        let found = match fs::read(&path) {
            Ok(bytes) => Some(<[u8; KEY_LEN]>::try_from(bytes.as_slice()).map_err(|_| {
                VaultError::BadKey {
                    path: path.display().to_string(),
                }
            })?),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(io_err(&path)(e)),
        };
        let key = match (found, create) {
            (Some(k), _) => Some(k),
            (None, true) => {
                let k = random::<KEY_LEN>()?;
                write_durably(&self.dir, &path, &k)?;
                Some(k)
            }
            (None, false) => None,
        };
        cache.insert(*p, key);
        Ok(key)
    }

    /// Seals `plain` for the conversation `p`, making its key on first use.
    pub fn seal(&self, p: &Pseudonym, plain: &[u8]) -> Result<Vec<u8>, VaultError> {
        let Some(key) = self.key(p, true)? else {
            unreachable!("a key is made when missing");
        };
        let nonce = random::<NONCE_LEN>()?;
        let cipher = XChaCha20Poly1305::new((&key).into());
        // Encryption of an in-memory buffer cannot fail for this AEAD.
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), plain)
            .map_err(|_| VaultError::Random("encryption failed".into()))?;
        let mut out = Vec::with_capacity(8 + NONCE_LEN + sealed.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&((NONCE_LEN + sealed.len()) as u32).to_be_bytes());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// Opens a sealed value of `p`; `None` if its key is gone (forgotten) or it doesn't open.
    pub fn open_sealed(&self, p: &Pseudonym, sealed: &[u8]) -> Result<Option<Vec<u8>>, VaultError> {
        let Some(key) = self.key(p, false)? else {
            return Ok(None);
        };
        Ok(open_with(&key, sealed))
    }

    /// Destroys the conversation's key, durably: its sealed values can never be read again.
    pub fn destroy(&self, p: &Pseudonym) -> Result<(), VaultError> {
        let path = self.key_path(p);
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        match fs::remove_file(&path) {
            Ok(()) => sync_dir(&self.dir)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err(&path)(e)),
        }
        cache.insert(*p, None);
        Ok(())
    }

    /// Every key file's (pseudonym, key), for backups.
    pub fn export_keys(&self) -> Result<Vec<(Pseudonym, [u8; KEY_LEN])>, VaultError> {
        let mut out = Vec::new();
        for entry in fs::read_dir(&self.dir).map_err(io_err(&self.dir))? {
            let entry = entry.map_err(io_err(&self.dir))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(p) = parse_hex16(&name) else {
                continue;
            };
            if let Some(k) = self.key(&p, false)? {
                out.push((p, k));
            }
        }
        out.sort();
        Ok(out)
    }

    /// The secret behind the pseudonyms, for backups (a restore must name chats alike).
    pub fn secret(&self) -> [u8; KEY_LEN] {
        self.secret
    }

    /// Restores a key and the pseudonym secret from a backup into an empty folder.
    pub fn import_key(&self, p: &Pseudonym, key: &[u8; KEY_LEN]) -> Result<(), VaultError> {
        write_durably(&self.dir, &self.key_path(p), key)?;
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        cache.insert(*p, Some(*key));
        Ok(())
    }

    /// Replaces the pseudonym secret on disk (restore into a fresh folder only; the next
    /// process to open the folder names chats as the backed-up one did).
    pub fn import_secret(&self, secret: &[u8; KEY_LEN]) -> Result<(), VaultError> {
        write_durably(&self.dir, &self.dir.join(SECRET_FILE), secret)
    }

    /// How many conversation keys the folder holds.
    pub fn key_count(&self) -> Result<usize, VaultError> {
        Ok(self.export_keys()?.len())
    }
}

fn parse_hex16(s: &str) -> Option<Pseudonym> {
    if s.len() != 32 {
        return None;
    }
    let mut out = [0u8; 16];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// Opens a sealed value with a raw key (also used by the forensic test helpers).
pub fn open_with(key: &[u8; KEY_LEN], sealed: &[u8]) -> Option<Vec<u8>> {
    let body = sealed.strip_prefix(MAGIC.as_slice())?;
    let len = u32::from_be_bytes(body.get(..4)?.try_into().ok()?) as usize;
    let rest = body.get(4..4 + len)?;
    let (nonce, ct) = rest.split_at_checked(NONCE_LEN)?;
    XChaCha20Poly1305::new(key.into())
        .decrypt(XNonce::from_slice(nonce), ct)
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_destroy_survives_reopen() {
        let dir = tempfile::tempdir().expect("tempdir");
        let v = Vault::open(dir.path()).expect("open");
        let p = v.pseudonym("tg:42");
        assert_eq!(p, v.pseudonym("tg:42"));
        assert_ne!(p, v.pseudonym("tg:43"));
        let sealed = v.seal(&p, b"Zwiebelkuchen").expect("seal");
        assert!(!sealed.windows(13).any(|w| w == b"Zwiebelkuchen"));
        assert_eq!(
            v.open_sealed(&p, &sealed).expect("open").as_deref(),
            Some(&b"Zwiebelkuchen"[..])
        );
        // Same secret after a reopen: same pseudonyms, same keys.
        let v2 = Vault::open(dir.path()).expect("reopen");
        assert_eq!(v2.pseudonym("tg:42"), p);
        assert!(v2.open_sealed(&p, &sealed).expect("open").is_some());
        v2.destroy(&p).expect("destroy");
        assert_eq!(v2.open_sealed(&p, &sealed).expect("open"), None);
        let v3 = Vault::open(dir.path()).expect("reopen");
        assert_eq!(v3.open_sealed(&p, &sealed).expect("open"), None);
        // Another folder names the same chat differently.
        let other = tempfile::tempdir().expect("tempdir");
        assert_ne!(
            Vault::open(other.path()).expect("open").pseudonym("tg:42"),
            p
        );
    }

    #[test]
    fn damaged_sealed_values_do_not_open() {
        let dir = tempfile::tempdir().expect("tempdir");
        let v = Vault::open(dir.path()).expect("open");
        let p = v.pseudonym("tg:1");
        let mut sealed = v.seal(&p, b"abc").expect("seal");
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert_eq!(v.open_sealed(&p, &sealed).expect("open"), None);
        assert_eq!(v.open_sealed(&p, b"WGV1").expect("open"), None);
        assert_eq!(v.open_sealed(&p, b"").expect("open"), None);
    }
}
