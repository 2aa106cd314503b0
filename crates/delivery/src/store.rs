//! What the bot keeps in sled besides the conversation itself: the per-chat replay guard and
//! the inbox of received updates.
//!
//! Why: Telegram delivers at least once (polling confirms an update with the *next*
//! `getUpdates`; a crash replays the batch) and a crash can also lose an update that a later
//! poll already confirmed while it was still being handled. So:
//! - every update is written to the **inbox** (and flushed) before it is handled, and replayed
//!   from there on the next start until its handling is finished;
//! - a chat's new state is committed **together with** the reply still to be sent (the
//!   [`Plan`]) in one transaction, flushed before anything is sent. A replay of that update
//!   re-sends the remaining part of the plan instead of stepping the engine a second time;
//! - when the plan is carried out, the chat's `last` update id moves on and the update leaves
//!   the inbox, again in one transaction. Anything at or below `last` is a replay and ignored;
//! - a global high-water mark (no chat id) lets the listener drop Telegram's redeliveries before
//!   they reach a chat, so `/forget` and expiry can delete every key of a chat (docs/privacy.md).

use chrono::NaiveDate;
use sled::transaction::{ConflictableTransactionResult, TransactionError};
use sled::Transactional;

use crate::plan::{unix_now, ChatMeta, Plan, HIGH_WATER_VALID_SECS};
use crate::ChatId;
use wegweiser_core::engine::State;
use wegweiser_store::vault::Pseudonym;
use wegweiser_store::{SessionStore, SledStore, StoreError};

/// The sled trees of one channel, and the prefix of its chats' conversation keys: each channel
/// keeps its own bookkeeping beside the shared conversations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TreeNames {
    /// Pseudonym -> the chat's sealed [`ChatMeta`] (replay guard, pending reply).
    pub chats: &'static str,
    /// Update id -> pseudonym and the sealed record of an update not yet handled.
    pub inbox: &'static str,
    /// Pseudonym -> the day of the chat's last step (`YYYY-MM-DD`), for expiring sessions.
    pub seen: &'static str,
    /// Global, no chat ids: the highest update id ever kept and when.
    pub guard: &'static str,
    /// `<prefix>:<chat>` is the chat's conversation key (`tg:42`).
    pub key_prefix: &'static str,
}

impl TreeNames {
    /// Every tree, for the privacy audit.
    pub const fn all(&self) -> [&'static str; 4] {
        [self.chats, self.inbox, self.seen, self.guard]
    }

    /// What a backup keeps (`wegweiser backup`): the chats' bookkeeping, not the inbox in
    /// flight or the redelivery high-water mark.
    pub const fn backed_up(&self) -> [&'static str; 2] {
        [self.chats, self.seen]
    }

    /// The conversation key of a chat in the sessions tree.
    pub fn session_key(&self, chat: ChatId) -> String {
        format!("{}:{}", self.key_prefix, chat.0)
    }
}

const HIGH_WATER: &[u8] = b"high";

/// The high-water mark as stored: the highest update id ever kept, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct HighWater {
    update: u32,
    at: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A step could not be delivered for now; its plan stays pending.
    #[error(transparent)]
    Channel(#[from] crate::ChannelError),
    #[error("{0}")]
    Other(String),
}

/// One update to keep in the inbox: the channel's record of it, opaque here.
#[derive(Debug, Clone, Copy)]
pub struct InboxEntry<'a> {
    pub update: u32,
    pub chat: ChatId,
    /// The channel's minimal record of the update (no names, no phone numbers).
    pub record: &'a [u8],
}

impl From<sled::Error> for DeliveryError {
    fn from(e: sled::Error) -> Self {
        DeliveryError::Store(StoreError::Io(e))
    }
}

impl From<TransactionError<()>> for DeliveryError {
    fn from(e: TransactionError<()>) -> Self {
        match e {
            TransactionError::Storage(e) => e.into(),
            // Our transactions never abort on purpose.
            TransactionError::Abort(()) => DeliveryError::Store(StoreError::Io(
                sled::Error::ReportableBug("a delivery bookkeeping transaction aborted".into()),
            )),
        }
    }
}

/// A channel's view of the sled store: the shared conversations plus its own bookkeeping.
pub struct DeliveryStore {
    store: SledStore,
    names: TreeNames,
    chats: sled::Tree,
    inbox: sled::Tree,
    seen: sled::Tree,
    guard: sled::Tree,
    flusher: GroupFlush,
}

/// Group commit: every caller of [`DeliveryStore::flush`] needs its own writes on disk, and
/// one `fsync` that starts after a write covers it. So callers share flushes: one runs at a
/// time, and whoever waited for it finds their writes already covered by the next one, which
/// flushes everything requested meanwhile. Under load, the commits of many chats share one
/// flush instead of queueing one flush each (BENCHMARKS.md).
#[derive(Default)]
struct GroupFlush {
    /// Flushes asked for so far (a ticket per call, taken after the caller's writes).
    requested: std::sync::atomic::AtomicU64,
    /// Every ticket up to this one is on disk.
    done: std::sync::atomic::AtomicU64,
    /// Held by the one flush in progress.
    leader: tokio::sync::Mutex<()>,
    /// Flushes actually run, for the figures (flushes per update).
    runs: std::sync::atomic::AtomicU64,
    /// Time spent in them, in microseconds: how much of an update's wait is the disk.
    busy_micros: std::sync::atomic::AtomicU64,
}

/// Keys of a chat's entries in sled before the vault (read once, then removed).
fn legacy_chat_key(chat: ChatId) -> [u8; 8] {
    chat.0.to_be_bytes()
}

fn encode_err(what: &str, e: impl std::fmt::Display) -> DeliveryError {
    DeliveryError::Store(StoreError::Io(sled::Error::Unsupported(format!(
        "cannot encode {what}: {e}"
    ))))
}

impl DeliveryStore {
    pub fn new(store: SledStore, names: TreeNames) -> Result<DeliveryStore, StoreError> {
        let chats = store.db().open_tree(names.chats)?;
        let inbox = store.db().open_tree(names.inbox)?;
        let seen = store.db().open_tree(names.seen)?;
        let guard = store.db().open_tree(names.guard)?;
        let tg = DeliveryStore {
            store,
            names,
            chats,
            inbox,
            seen,
            guard,
            flusher: GroupFlush::default(),
        };
        // Before anything else runs, so no key can be in the middle of being used.
        let swept = tg.sweep_orphan_keys()?;
        if swept > 0 {
            tracing::info!(count = swept, "keys of forgotten conversations destroyed");
        }
        Ok(tg)
    }

    /// Destroys the keys no entry refers to any more: a chat forgotten just before a crash,
    /// between removing its entries and destroying its key. Returns how many.
    pub fn sweep_orphan_keys(&self) -> Result<usize, StoreError> {
        let mut live = std::collections::HashSet::new();
        for tree in [self.store.sessions(), &self.chats, &self.seen] {
            for key in tree.iter().keys() {
                if let Ok(p) = Pseudonym::try_from(key?.as_ref()) {
                    live.insert(p);
                }
            }
        }
        for value in self.inbox.iter().values() {
            if let Some(p) = value?.get(..16).and_then(|p| Pseudonym::try_from(p).ok()) {
                live.insert(p);
            }
        }
        let vault = self.store.vault();
        let mut swept = 0;
        for (p, _) in vault.export_keys()? {
            if !live.contains(&p) {
                vault.destroy(&p)?;
                swept += 1;
            }
        }
        Ok(swept)
    }

    /// The conversation; `None` for a new parent or one whose stored state no longer decodes.
    pub fn state(&self, chat: ChatId) -> Result<Option<State>, StoreError> {
        self.store.load(&self.names.session_key(chat))
    }

    /// The name of a chat's entries on disk (see `store::vault`): sled never sees a chat id.
    pub fn pseudonym(&self, chat: ChatId) -> Pseudonym {
        self.store.vault().pseudonym(&self.names.session_key(chat))
    }

    pub fn meta(&self, chat: ChatId) -> Result<ChatMeta, StoreError> {
        let p = self.pseudonym(chat);
        let Some(sealed) = self.chats.get(p)? else {
            return Ok(ChatMeta::default());
        };
        Ok(self
            .store
            .vault()
            .open_sealed(&p, &sealed)?
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default())
    }

    fn seal_meta(&self, p: &Pseudonym, meta: &ChatMeta) -> Result<Vec<u8>, DeliveryError> {
        let json = serde_json::to_vec(meta).map_err(|e| encode_err("a chat's bookkeeping", e))?;
        Ok(self
            .store
            .vault()
            .seal(p, &json)
            .map_err(StoreError::from)?)
    }

    /// Commits the outcome of handling `plan.update`: the new state (`None` deletes the
    /// conversation, for `/forget`) and the reply still to send, atomically, then flushes —
    /// what is sent afterwards is what was kept. `today` marks the chat active (session expiry).
    pub async fn commit(
        &self,
        chat: ChatId,
        state: Option<&State>,
        plan: &Plan,
        today: NaiveDate,
    ) -> Result<(), DeliveryError> {
        let meta = self.meta(chat)?;
        self.commit_after(chat, meta, state, plan, today).await
    }

    /// [`commit`](Self::commit) for a caller that has just read the chat's bookkeeping
    /// (`meta`), so it is not read and opened a second time.
    pub async fn commit_after(
        &self,
        chat: ChatId,
        meta: ChatMeta,
        state: Option<&State>,
        plan: &Plan,
        today: NaiveDate,
    ) -> Result<(), DeliveryError> {
        let p = self.pseudonym(chat);
        let meta = ChatMeta {
            pending: Some(plan.clone()),
            ..meta
        };
        let meta_bytes = self.seal_meta(&p, &meta)?;
        let state_bytes = state.map(|s| self.store.seal_state(&p, s)).transpose()?;
        let day = today.to_string();
        (self.store.sessions(), &self.chats, &self.seen).transaction(
            |(sessions, chats, seen)| -> ConflictableTransactionResult<(), ()> {
                match &state_bytes {
                    Some(b) => {
                        sessions.insert(&p, b.clone())?;
                        seen.insert(&p, day.as_bytes())?;
                    }
                    None => {
                        sessions.remove(&p)?;
                        seen.remove(&p)?;
                    }
                };
                chats.insert(&p, meta_bytes.clone())?;
                Ok(())
            },
        )?;
        self.flush().await
    }

    /// Records progress inside a pending plan. Flushed only when asked: after a sent message
    /// (not idempotent at Telegram); edits and answers may harmlessly be repeated.
    pub async fn progress(
        &self,
        chat: ChatId,
        plan: &Plan,
        durable: bool,
    ) -> Result<(), DeliveryError> {
        let p = self.pseudonym(chat);
        let meta = ChatMeta {
            pending: Some(plan.clone()),
            ..self.meta(chat)?
        };
        self.chats.insert(p, self.seal_meta(&p, &meta)?)?;
        if durable {
            self.flush().await?;
        }
        Ok(())
    }

    /// The update is completely handled: the chat moves past it and it leaves the inbox.
    /// `shown`: the message that now carries the step's keyboard, if the reply sent or edited
    /// one. A chat without a conversation (after `/forget`) keeps no bookkeeping at all: the
    /// global high-water mark ([`Self::is_redelivery`]) stops a replay of its last update.
    pub async fn finish(
        &self,
        chat: ChatId,
        update: u32,
        shown: Option<i32>,
    ) -> Result<(), DeliveryError> {
        let old = self.meta(chat)?;
        // A mark older than Telegram's sequential window is replaced, not maxed: ids may have
        // restarted lower.
        let now = unix_now();
        let last = if old.fresh_at(now) {
            old.last.max(update)
        } else {
            update
        };
        let meta = ChatMeta {
            last,
            last_at: now,
            pending: None,
            keyboard: shown.or(old.keyboard),
        };
        let p = self.pseudonym(chat);
        let keep = self.store.sessions().contains_key(p)?;
        let meta_bytes = if keep {
            Some(self.seal_meta(&p, &meta)?)
        } else {
            None
        };
        (&self.chats, &self.inbox).transaction(
            |(chats, inbox)| -> ConflictableTransactionResult<(), ()> {
                match &meta_bytes {
                    Some(b) => chats.insert(&p, b.clone())?,
                    None => chats.remove(&p)?,
                };
                inbox.remove(&update.to_be_bytes())?;
                Ok(())
            },
        )?;
        self.flush().await?;
        if !keep {
            // Forgotten (or never kept): the last sealed bytes of this chat — its inbox entry,
            // the confirmation just sent — become unreadable now, whatever sled still holds.
            self.store.vault().destroy(&p).map_err(StoreError::from)?;
        }
        Ok(())
    }

    /// Keeps received updates until [`finish`](Self::finish) removes each, durably, and moves
    /// the high-water mark past them: one transaction and one flush for a whole batch, where
    /// one flush per update made the disk the bottleneck under load (BENCHMARKS.md). Each
    /// entry is the chat's pseudonym followed by the sealed record.
    pub async fn inbox_put_many(&self, records: &[InboxEntry<'_>]) -> Result<(), DeliveryError> {
        let mut entries = Vec::with_capacity(records.len());
        for record in records {
            let p = self.pseudonym(record.chat);
            let mut bytes = p.to_vec();
            bytes.extend(
                self.store
                    .vault()
                    .seal(&p, record.record)
                    .map_err(StoreError::from)?,
            );
            entries.push((record.update.to_be_bytes(), bytes));
        }
        let Some(newest) = records.iter().map(|r| r.update).max() else {
            return Ok(());
        };
        let high = self.high_water()?.map_or(newest, |h| h.update.max(newest));
        let mark = serde_json::to_vec(&HighWater {
            update: high,
            at: unix_now(),
        })
        .map_err(|e| encode_err("the high-water mark", e))?;
        (&self.inbox, &self.guard).transaction(
            |(inbox, guard)| -> ConflictableTransactionResult<(), ()> {
                for (key, bytes) in &entries {
                    inbox.insert(key, bytes.clone())?;
                }
                guard.insert(HIGH_WATER, mark.clone())?;
                Ok(())
            },
        )?;
        self.flush().await
    }

    /// The mark as JSON, or as `"<id> <secs>"` text as versions before kept it.
    fn high_water(&self) -> Result<Option<HighWater>, StoreError> {
        Ok(self.guard.get(HIGH_WATER)?.and_then(|v| {
            serde_json::from_slice(&v).ok().or_else(|| {
                let text = std::str::from_utf8(&v).ok()?;
                let (id, at) = text.split_once(' ')?;
                Some(HighWater {
                    update: id.parse().ok()?,
                    at: at.parse().ok()?,
                })
            })
        }))
    }

    /// Whether Telegram hands us an update we already kept once (a redelivery after a crash,
    /// a retried webhook). Such an update is either still in the inbox or done.
    pub fn is_redelivery(&self, update: u32) -> bool {
        match self.high_water() {
            Ok(Some(h)) => {
                update <= h.update && unix_now().saturating_sub(h.at) < HIGH_WATER_VALID_SECS
            }
            _ => false,
        }
    }

    /// Deletes the conversations of chats inactive for more than `ttl_days` before `today`,
    /// with all their bookkeeping. Conversations without an activity day (kept before expiry
    /// existed) get today's, so they expire `ttl_days` from now. Returns how many were removed.
    pub fn expire(&self, today: NaiveDate, ttl_days: u32) -> Result<usize, DeliveryError> {
        let cutoff = today - chrono::Days::new(u64::from(ttl_days));
        let mut removed = 0;
        let mut known = std::collections::HashSet::new();
        // Conversations kept in the open by a version before the vault: sealed now.
        for entry in self
            .store
            .sessions()
            .scan_prefix(format!("{}:", self.names.key_prefix))
        {
            let (key, _) = entry?;
            if let Ok(key) = std::str::from_utf8(&key) {
                self.store.load(key)?;
            }
        }
        for entry in self.seen.iter() {
            let (key, day) = entry?;
            let Ok(p) = Pseudonym::try_from(key.as_ref()) else {
                // An activity day under a chat id, from before the vault.
                if let Ok(old) = <[u8; 8]>::try_from(key.as_ref()) {
                    self.seen.remove(old)?;
                    self.chats.remove(old)?;
                }
                continue;
            };
            known.insert(p);
            let day = std::str::from_utf8(&day)
                .ok()
                .and_then(|d| d.parse::<NaiveDate>().ok());
            if day.is_none_or(|d| d < cutoff) {
                self.forget_pseudonym(&p)?;
                removed += 1;
            }
        }
        for entry in self.store.sessions().iter() {
            let (key, _) = entry?;
            if let Ok(p) = Pseudonym::try_from(key.as_ref()) {
                if !known.contains(&p) {
                    self.seen.insert(p, today.to_string().as_bytes())?;
                }
            }
        }
        self.store.flush()?;
        Ok(removed)
    }

    /// Drops an update from the inbox that will never be handled (not for us, not decodable).
    pub fn inbox_drop(&self, update: u32) -> Result<(), StoreError> {
        self.inbox.remove(update.to_be_bytes())?;
        Ok(())
    }

    /// Records of updates received before a crash and not finished, oldest first, with their
    /// update ids. Entries whose chat was forgotten meanwhile (key destroyed) or that no longer
    /// open are dropped: they could never be handled. A record the channel cannot read any
    /// more it drops with [`inbox_drop`](Self::inbox_drop).
    pub fn inbox_pending(&self) -> Vec<(u32, Vec<u8>)> {
        let mut out = Vec::new();
        for (key, value) in self.inbox.iter().flatten() {
            let update = <[u8; 4]>::try_from(key.as_ref()).map(u32::from_be_bytes);
            match (update, self.open_inbox_entry(&value)) {
                (Ok(update), Some(record)) => out.push((update, record)),
                _ => {
                    tracing::warn!("dropping an inbox entry that cannot be handled any more");
                    let _ = self.inbox.remove(key);
                }
            }
        }
        out
    }

    fn open_inbox_entry(&self, value: &[u8]) -> Option<Vec<u8>> {
        let (p, sealed) = value.split_at_checked(16)?;
        let p = Pseudonym::try_from(p).ok()?;
        self.store.vault().open_sealed(&p, sealed).ok()?
    }

    /// The shared conversations' store under this channel's bookkeeping.
    pub fn sessions(&self) -> &SledStore {
        &self.store
    }

    /// This channel's trees and key prefix.
    pub fn names(&self) -> &TreeNames {
        &self.names
    }

    /// Not sled's `flush_async`: it runs the flush on sled's own thread pool, which also writes
    /// the log buffers, and with transactions in use concurrent flushes deadlock there (sled
    /// #1308, #1357; seen under `cargo bench --bench load`: the bot froze for good).
    ///
    /// Returns once everything written before the call is on disk; concurrent callers share
    /// one flush ([`GroupFlush`]).
    pub async fn flush(&self) -> Result<(), DeliveryError> {
        use std::sync::atomic::Ordering::SeqCst;
        let g = &self.flusher;
        let ticket = g.requested.fetch_add(1, SeqCst) + 1;
        loop {
            if g.done.load(SeqCst) >= ticket {
                return Ok(());
            }
            let _leader = g.leader.lock().await;
            if g.done.load(SeqCst) >= ticket {
                // The flush we waited for covered our writes.
                return Ok(());
            }
            // Every ticket taken so far belongs to a write made before this flush starts.
            let covers = g.requested.load(SeqCst);
            let db = self.store.db().clone();
            g.runs.fetch_add(1, SeqCst);
            let started = std::time::Instant::now();
            let flushed = tokio::task::spawn_blocking(move || db.flush()).await;
            let took = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
            g.busy_micros.fetch_add(took, SeqCst);
            match flushed {
                Ok(result) => {
                    result?;
                }
                Err(e) => {
                    return Err(DeliveryError::Store(StoreError::Io(
                        sled::Error::ReportableBug(format!(
                            "flushing the data folder did not finish: {e}"
                        )),
                    )))
                }
            }
            g.done.fetch_max(covers, SeqCst);
        }
    }

    /// (flushes asked for, flushes run, microseconds spent in them) since start: how many
    /// callers shared each flush, and how long the disk kept them.
    pub fn flush_counts(&self) -> (u64, u64, u64) {
        use std::sync::atomic::Ordering::SeqCst;
        (
            self.flusher.requested.load(SeqCst),
            self.flusher.runs.load(SeqCst),
            self.flusher.busy_micros.load(SeqCst),
        )
    }

    /// Deletes everything kept under this chat's id: conversation, pending reply, replay
    /// guard and activity day. A replay of the chat's last update is stopped by the global
    /// high-water mark instead, which holds no chat id.
    pub fn forget_all(&self, chat: ChatId) -> Result<bool, DeliveryError> {
        let had = self.forget_pseudonym(&self.pseudonym(chat))?;
        // Entries from before the vault, under the chat id itself.
        self.chats.remove(legacy_chat_key(chat))?;
        self.seen.remove(legacy_chat_key(chat))?;
        let key = self.names.session_key(chat);
        if self.store.sessions().remove(key.as_bytes())?.is_some() {
            return Ok(true);
        }
        Ok(had)
    }

    /// Removes the chat's entries and destroys its key (durably, before returning): what
    /// sled still holds of it in old segments can never be read again.
    fn forget_pseudonym(&self, p: &Pseudonym) -> Result<bool, DeliveryError> {
        let had = self.store.sessions().contains_key(p)?;
        self.chats.remove(p)?;
        self.seen.remove(p)?;
        self.store.sessions().remove(p)?;
        self.store.vault().destroy(p).map_err(StoreError::from)?;
        self.store.flush()?;
        Ok(had)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Action;
    use std::sync::Arc;

    const NAMES: TreeNames = TreeNames {
        chats: "t_chats",
        inbox: "t_inbox",
        seen: "t_seen",
        guard: "t_guard",
        key_prefix: "t",
    };

    /// Opens the folder; a reopen in the same process waits while sled's own threads still
    /// hold its lock after the last handle went (a write they were finishing under load), as
    /// a restarted process would find it free.
    fn open(dir: &std::path::Path) -> DeliveryStore {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let store = loop {
            match SledStore::open(dir) {
                Err(StoreError::Locked { .. }) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                other => break other.expect("open"),
            }
        };
        DeliveryStore::new(store, NAMES).expect("trees")
    }

    #[tokio::test]
    async fn commit_progress_finish_and_forget() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = open(dir.path());
        let chat = ChatId(7);
        let mut s = State::new(Some("en".into()));
        s.node = "money-start".into();
        let plan = Plan {
            update: 5,
            actions: vec![Action::Send {
                text: "x".into(),
                keyboard: vec![],
            }],
            done: 0,
            shown: None,
        };
        store
            .commit(chat, Some(&s), &plan, NaiveDate::default())
            .await
            .expect("commit");
        assert_eq!(store.state(chat).expect("state"), Some(s.clone()));
        assert_eq!(store.meta(chat).expect("meta").pending, Some(plan));
        store.finish(chat, 5, Some(41)).await.expect("finish");
        let meta = store.meta(chat).expect("meta");
        assert_eq!((meta.last, &meta.pending), (5, &None));
        assert_eq!(
            meta.keyboard,
            Some(41),
            "the message with the live keyboard"
        );
        // A reply that showed no new step (a map, a silent double tap) leaves it.
        store.finish(chat, 6, None).await.expect("finish");
        assert_eq!(store.meta(chat).expect("meta").keyboard, Some(41));
        assert!(meta.replayed(5) && meta.replayed(3) && !meta.replayed(7));

        assert!(store.forget_all(chat).expect("forget"));
        assert_eq!(store.state(chat).expect("state"), None);
        assert!(!store.forget_all(chat).expect("forget again"));
        // Nothing under the chat's id survives /forget.
        assert_eq!(store.meta(chat).expect("meta"), ChatMeta::default());
    }

    #[tokio::test]
    async fn the_inbox_keeps_records_until_finished_and_marks_redeliveries() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = open(dir.path());
        let entries = [
            InboxEntry {
                update: 10,
                chat: ChatId(1),
                record: b"first",
            },
            InboxEntry {
                update: 11,
                chat: ChatId(2),
                record: b"second",
            },
        ];
        store.inbox_put_many(&entries).await.expect("put");
        assert!(store.is_redelivery(11) && !store.is_redelivery(12));
        drop(store);
        // After a restart, both come back, oldest first.
        let store = open(dir.path());
        assert_eq!(
            store.inbox_pending(),
            [(10, b"first".to_vec()), (11, b"second".to_vec())]
        );
        store.finish(ChatId(1), 10, None).await.expect("finish");
        assert_eq!(store.inbox_pending(), [(11, b"second".to_vec())]);
        // The sealed bytes on disk are not the record.
        let raw = store.sessions().db().open_tree(NAMES.inbox).expect("tree");
        for v in raw.iter().values() {
            let v = v.expect("value");
            assert!(!v.windows(6).any(|w| w == b"second"));
        }
    }

    /// Many chats committing at once share flushes: fewer flushes run than were asked for, and
    /// every caller returns only after a flush that started after its write.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_flushes_are_shared() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Arc::new(open(dir.path()));
        let mut tasks = Vec::new();
        for i in 0..64u32 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                store
                    .guard
                    .insert(format!("w{i}"), b"x".to_vec())
                    .expect("insert");
                store.flush().await.expect("flush");
            }));
        }
        for t in tasks {
            t.await.expect("task");
        }
        let (asked, ran, busy_micros) = store.flush_counts();
        assert!(busy_micros > 0, "the time in flushes is counted");
        assert_eq!(asked, 64);
        assert!(ran >= 1 && ran < asked, "{ran} flushes for {asked} callers");
        drop(store);
        // Everything is on disk: reopened, all 64 writes are there.
        let store = open(dir.path());
        assert_eq!(store.guard.scan_prefix(b"w").count(), 64);
    }

    #[test]
    fn a_high_water_mark_of_an_older_version_still_reads() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = open(dir.path());
        let now = unix_now();
        store
            .guard
            .insert(HIGH_WATER, format!("900 {now}").as_bytes())
            .expect("insert");
        assert!(store.is_redelivery(900) && !store.is_redelivery(901));
    }
}
