//! `wegweiser backup FILE` and `wegweiser restore FILE`: the conversations, the Telegram
//! bookkeeping and the usage counters as JSON lines, independent of sled's on-disk format.
//!
//! Why: a sled folder damaged by a crashed disk or a half-copied deployment cannot be repaired
//! by hand, and sled's files change between versions. The way back is a fresh folder filled from
//! the last backup; offers come back from their CSV (`wegweiser offers import`). The file has a
//! version header and an end line with the count, so a truncated backup is refused as a whole
//! instead of half restored.
//!
//! ```text
//! {"format":"wegweiser-backup","version":1,"trees":["sessions",...]}
//! {"tree":"sessions","key":"tg:42","value":"{...}"}          (UTF-8 as text)
//! {"tree":"tg_chats","key_hex":"000000000000002a","value":"{...}"}   (other bytes as hex)
//! {"end":true,"entries":2}
//! ```
//!
//! Conversations are sealed with per-conversation keys (`store::vault`); a backup carries the
//! sealed bytes and, in the pseudo-tree `keys`, the keys of the conversations alive at that
//! moment and the pseudonym secret. A chat forgotten later stays readable in older backups
//! until they are deleted: RELIABILITY.md says how long to keep them.

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use super::{SledStore, StoreError};

pub const FORMAT: &str = "wegweiser-backup";
pub const VERSION: u32 = 1;

/// What a backup holds of this layer: conversations and counters. Not the offers (their CSV is
/// the source, `offers export`). Each channel adds its own trees (`channel_trees`: e.g. the
/// Telegram bot's chat bookkeeping), never its inbox of updates in flight or its redelivery
/// high-water mark (both only matter for the running process).
pub const TREES: &[&str] = &["sessions", crate::stats::TREE];

fn all_trees<'a>(channel_trees: &'a [&'a str]) -> impl Iterator<Item = &'a str> + Clone {
    TREES.iter().chain(channel_trees).copied()
}
/// The pseudo-tree of conversation keys (not in sled: files in `data/keys`).
const KEYS: &str = "keys";
const SECRET_KEY: &str = "secret";

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("cannot encode an entry of the backup: {0}")]
    Encode(serde_json::Error),
    #[error("line {line}: {message}")]
    Format { line: usize, message: String },
    #[error("the backup has no valid end line or a wrong count (end line says {expected:?} entries, found {found}); it is incomplete, nothing was restored")]
    Truncated {
        expected: Option<usize>,
        found: usize,
    },
    #[error("the data folder already holds {0} conversations or counters; restore into an empty folder (move this one aside first)")]
    NotEmpty(usize),
}

impl From<sled::Error> for BackupError {
    fn from(e: sled::Error) -> Self {
        BackupError::Store(StoreError::Io(e))
    }
}

#[derive(Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
    trees: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    tree: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key_hex: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value_hex: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct End {
    end: bool,
    entries: usize,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 || !s.is_ascii() {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

/// Text when the bytes are UTF-8, else hex.
fn split(bytes: &[u8]) -> (Option<String>, Option<String>) {
    match std::str::from_utf8(bytes) {
        Ok(t) => (Some(t.to_string()), None),
        Err(_) => (None, Some(hex(bytes))),
    }
}

/// Writes every entry of [`TREES`] and `channel_trees`; returns how many.
pub fn backup(
    store: &SledStore,
    channel_trees: &[&str],
    out: &mut dyn Write,
) -> Result<usize, BackupError> {
    let header = Header {
        format: FORMAT.into(),
        version: VERSION,
        trees: all_trees(channel_trees)
            .chain([KEYS])
            .map(str::to_string)
            .collect(),
    };
    writeln!(out, "{}", json(&header)?)?;
    let mut n = 0;
    let vault = store.vault();
    let keys = vault.export_keys().map_err(StoreError::from)?;
    let secret = Entry {
        tree: KEYS.into(),
        key: Some(SECRET_KEY.into()),
        key_hex: None,
        value: None,
        value_hex: Some(hex(&vault.secret())),
    };
    writeln!(out, "{}", json(&secret)?)?;
    n += 1;
    for (p, k) in keys {
        let e = Entry {
            tree: KEYS.into(),
            key: None,
            key_hex: Some(hex(&p)),
            value: None,
            value_hex: Some(hex(&k)),
        };
        writeln!(out, "{}", json(&e)?)?;
        n += 1;
    }
    for name in all_trees(channel_trees) {
        let tree = store.db().open_tree(name)?;
        for item in tree.iter() {
            let (k, v) = item?;
            let (key, key_hex) = split(&k);
            let (value, value_hex) = split(&v);
            let e = Entry {
                tree: name.to_string(),
                key,
                key_hex,
                value,
                value_hex,
            };
            writeln!(out, "{}", json(&e)?)?;
            n += 1;
        }
    }
    writeln!(
        out,
        "{}",
        json(&End {
            end: true,
            entries: n
        })?
    )?;
    out.flush()?;
    Ok(n)
}

/// One line; a line that could not be encoded fails the backup rather than leaving a gap.
fn json<T: Serialize>(v: &T) -> Result<String, BackupError> {
    serde_json::to_string(v).map_err(BackupError::Encode)
}

/// Reads a whole backup, checks it, and only then writes it into `store`, which must hold no
/// conversations or counters yet. Returns how many entries were restored.
pub fn restore(
    store: &SledStore,
    channel_trees: &[&str],
    input: &mut dyn BufRead,
) -> Result<usize, BackupError> {
    let bad = |line: usize, message: String| BackupError::Format { line, message };
    let mut lines = input.lines();
    let first = lines
        .next()
        .transpose()?
        .ok_or_else(|| bad(1, "the file is empty, not a Wegweiser backup".into()))?;
    let header: Header = serde_json::from_str(&first)
        .ok()
        .filter(|h: &Header| h.format == FORMAT)
        .ok_or_else(|| bad(1, "not a Wegweiser backup (no header line)".into()))?;
    if header.version != VERSION {
        return Err(bad(
            1,
            format!(
                "backup format version {} is not known to this program (it reads version {VERSION}); use the Wegweiser version that wrote it",
                header.version
            ),
        ));
    }
    let mut entries: Vec<(String, Vec<u8>, Vec<u8>)> = Vec::new();
    let mut end: Option<usize> = None;
    for (i, line) in lines.enumerate() {
        let line_no = i + 2;
        let line = line?;
        if end.is_some() {
            if line.trim().is_empty() {
                continue;
            }
            return Err(bad(line_no, "text after the end line".into()));
        }
        if let Ok(e) = serde_json::from_str::<End>(&line) {
            end = Some(e.entries);
            continue;
        }
        let e: Entry = serde_json::from_str(&line)
            .map_err(|err| bad(line_no, format!("not a backup entry: {err}")))?;
        if !header.trees.contains(&e.tree)
            || !(all_trees(channel_trees).any(|t| t == e.tree) || e.tree == KEYS)
        {
            return Err(bad(line_no, format!("unknown tree {:?}", e.tree)));
        }
        let key = match (e.key, e.key_hex) {
            (Some(k), None) => k.into_bytes(),
            (None, Some(h)) => unhex(&h).ok_or_else(|| bad(line_no, "bad hex key".into()))?,
            _ => return Err(bad(line_no, "an entry needs key or key_hex".into())),
        };
        let value = match (e.value, e.value_hex) {
            (Some(v), None) => v.into_bytes(),
            (None, Some(h)) => unhex(&h).ok_or_else(|| bad(line_no, "bad hex value".into()))?,
            _ => return Err(bad(line_no, "an entry needs value or value_hex".into())),
        };
        if e.tree == KEYS {
            let named = key.as_slice() == SECRET_KEY.as_bytes() || key.len() == 16;
            if !named || value.len() != 32 {
                return Err(bad(line_no, "a malformed conversation key".into()));
            }
        }
        entries.push((e.tree, key, value));
    }
    if end != Some(entries.len()) {
        return Err(BackupError::Truncated {
            expected: end,
            found: entries.len(),
        });
    }
    let present: usize = all_trees(channel_trees)
        .map(|t| store.db().open_tree(t).map(|t| t.len()))
        .sum::<Result<usize, _>>()?;
    let present = present + store.vault().key_count().map_err(StoreError::from)?;
    if present > 0 {
        return Err(BackupError::NotEmpty(present));
    }
    // Keys first: a restored conversation is never there without its key.
    for (_, k, v) in entries.iter().filter(|(t, _, _)| t == KEYS) {
        // Shapes were checked while reading.
        let Ok(key) = <[u8; 32]>::try_from(v.as_slice()) else {
            continue;
        };
        if k.as_slice() == SECRET_KEY.as_bytes() {
            store
                .vault()
                .import_secret(&key)
                .map_err(StoreError::from)?;
        } else if let Ok(p) = <[u8; 16]>::try_from(k.as_slice()) {
            store
                .vault()
                .import_key(&p, &key)
                .map_err(StoreError::from)?;
        }
    }
    for name in all_trees(channel_trees) {
        let mut batch = sled::Batch::default();
        for (_, k, v) in entries.iter().filter(|(t, _, _)| t == name) {
            batch.insert(k.as_slice(), v.as_slice());
        }
        store.db().open_tree(name)?.apply_batch(batch)?;
    }
    store.db().flush()?;
    Ok(entries.len())
}

#[cfg(test)]
mod tests {
    /// A channel's own trees, as the Telegram bot names them.
    const CHANNEL: &[&str] = &["tg_chats", "tg_seen"];
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let a = tempfile::tempdir().expect("tempdir");
        let store = SledStore::open(a.path()).expect("open");
        let mut state = wegweiser_core::engine::State::new(Some("fa".into()));
        state.node = "money-start".into();
        crate::SessionStore::save(&store, "tg:42", &state).expect("save");
        store
            .db()
            .open_tree("tg_chats")
            .and_then(|t| t.insert(42i64.to_be_bytes(), vec![0xff, 0, 1]))
            .expect("insert");
        let mut out = Vec::new();
        // The pseudonym secret, one conversation key, the sealed conversation, the bookkeeping.
        assert_eq!(backup(&store, CHANNEL, &mut out).expect("backup"), 4);

        let b = tempfile::tempdir().expect("tempdir");
        let fresh = SledStore::open(b.path()).expect("open");
        assert_eq!(
            restore(&fresh, CHANNEL, &mut out.as_slice()).expect("restore"),
            4
        );
        drop(fresh);
        let fresh = SledStore::open(b.path()).expect("reopen");
        assert_eq!(
            crate::SessionStore::load(&fresh, "tg:42").expect("load"),
            Some(state)
        );
        let chats = fresh.db().open_tree("tg_chats").expect("tree");
        assert_eq!(
            chats.get(42i64.to_be_bytes()).expect("get").as_deref(),
            Some(&[0xff, 0, 1][..])
        );
        // Not into a folder that has data.
        assert!(matches!(
            restore(&fresh, CHANNEL, &mut out.as_slice()),
            Err(BackupError::NotEmpty(3))
        ));
        // A cut-off file is refused as a whole.
        let c = tempfile::tempdir().expect("tempdir");
        let empty = SledStore::open(c.path()).expect("open");
        let text = String::from_utf8(out.clone()).expect("utf8");
        let cut: String = text.lines().take(2).collect::<Vec<_>>().join("\n");
        assert!(matches!(
            restore(&empty, CHANNEL, &mut cut.as_bytes()),
            Err(BackupError::Truncated { .. })
        ));
        assert_eq!(empty.db().open_tree("sessions").expect("t").len(), 0);
        let v2 = text.replace("\"version\":1", "\"version\":2");
        let e = restore(&empty, CHANNEL, &mut v2.as_bytes()).expect_err("v2");
        assert!(e.to_string().contains("version 2"), "{e}");
    }
}
