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

use std::sync::Arc;

use chrono::NaiveDate;
use futures::future::BoxFuture;
use serde::{Deserialize, Serialize};
use sled::transaction::{ConflictableTransactionResult, TransactionError};
use sled::Transactional;
use teloxide::dispatching::dialogue::Storage;
use teloxide::types::{ChatId, Update};

use super::record::InboxRecord;
use wegweiser_core::engine::State;
use wegweiser_store::vault::Pseudonym;
use wegweiser_store::{SessionStore, SledStore, StoreError};

const CHATS: &str = "tg_chats";
const INBOX: &str = "tg_inbox";
/// Chat id -> the day of the chat's last step (`YYYY-MM-DD`), for expiring inactive sessions.
const SEEN: &str = "tg_seen";
/// What a backup keeps of this channel (`wegweiser backup`): the chats' bookkeeping, not the
/// inbox in flight or the redelivery high-water mark.
pub const BACKUP_TREES: &[&str] = &[CHATS, SEEN];
/// Global, no chat ids: the highest update id ever kept and when (seconds since 1970).
const GUARD: &str = "tg_guard";
const HIGH_WATER: &[u8] = b"high";
/// Telegram numbers updates at random again after a week without any; a high-water mark older
/// than this says nothing about the next id.
const HIGH_WATER_VALID_SECS: u64 = 6 * 24 * 3600;

/// Every sled tree this adapter writes (for the privacy audit and backups).
pub const TREES: &[&str] = &[CHATS, INBOX, SEEN, GUARD];

/// The conversation key of a Telegram chat in the sessions tree.
pub fn session_key(chat: ChatId) -> String {
    format!("tg:{}", chat.0)
}

#[derive(Debug, thiserror::Error)]
pub enum TgStoreError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// `remove_dialogue` of a chat with no conversation, as teloxide's own storages report it.
    #[error("no conversation is stored for this chat")]
    DialogueNotFound,
}

impl From<sled::Error> for TgStoreError {
    fn from(e: sled::Error) -> Self {
        TgStoreError::Store(StoreError::Io(e))
    }
}

impl From<TransactionError<()>> for TgStoreError {
    fn from(e: TransactionError<()>) -> Self {
        match e {
            TransactionError::Storage(e) => e.into(),
            // Our transactions never abort on purpose.
            TransactionError::Abort(()) => TgStoreError::Store(StoreError::Io(
                sled::Error::ReportableBug("a Telegram bookkeeping transaction aborted".into()),
            )),
        }
    }
}

/// One thing to do at Telegram for a reply. Stored (inside a [`Plan`]) before it is done, so a
/// crash in the middle is finished on the next start instead of being redone from scratch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Action {
    /// Stop the spinner on the tapped button.
    Answer {
        query: String,
    },
    /// Replace the tapped message with the next step (falls back to sending it anew when the
    /// message can no longer be edited).
    Edit {
        message: i32,
        text: String,
        keyboard: Keyboard,
    },
    Send {
        text: String,
        keyboard: Keyboard,
    },
    /// An offer's place with a map (a "🗺 Map" tap).
    Venue {
        title: String,
        address: String,
        lat: f64,
        lon: f64,
    },
    /// Show the command list in the language the parent picked.
    Commands {
        lang: String,
    },
    /// Take the keyboard off a message that no longer carries the step (a new message does),
    /// so only the current step's buttons can be tapped.
    DropKeyboard {
        message: i32,
    },
}

/// Rows of (label, callback data).
pub type Keyboard = Vec<Vec<(String, String)>>;

/// The reply to one update, with how much of it is already done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub update: u32,
    pub actions: Vec<Action>,
    /// Actions already carried out (a prefix of `actions`).
    pub done: usize,
    /// The message that carries this reply's keyboard, once sent or edited.
    #[serde(default)]
    pub shown: Option<i32>,
}

/// Per-chat bookkeeping.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChatMeta {
    /// The highest update id whose reply was completely carried out.
    pub last: u32,
    /// When `last` was recorded (unix seconds). Telegram numbers updates at random after a
    /// week without any, so an older mark says nothing about replays (see [`ChatMeta::replayed`]).
    #[serde(default)]
    pub last_at: u64,
    /// A reply committed but not yet completely sent.
    pub pending: Option<Plan>,
    /// The message whose keyboard is the live one (the step the parent sees): a tap from it
    /// with an older screen's data is a double tap, and its keyboard goes when a new message
    /// carries the step.
    #[serde(default)]
    pub keyboard: Option<i32>,
}

impl ChatMeta {
    /// Whether `update` was handled already. Only while the mark is fresh: a parent who comes
    /// back after weeks may get a lower, random update id, and must not be ignored.
    pub fn replayed(&self, update: u32) -> bool {
        self.replayed_at(update, unix_now())
    }

    fn replayed_at(&self, update: u32, now: u64) -> bool {
        update <= self.last && self.fresh_at(now)
    }

    fn fresh_at(&self, now: u64) -> bool {
        now.saturating_sub(self.last_at) <= HIGH_WATER_VALID_SECS
    }
}

/// The Telegram adapter's view of the sled store.
pub struct TgStore {
    store: SledStore,
    chats: sled::Tree,
    inbox: sled::Tree,
    seen: sled::Tree,
    guard: sled::Tree,
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Keys of a chat's entries in sled before the vault (read once, then removed).
fn legacy_chat_key(chat: ChatId) -> [u8; 8] {
    chat.0.to_be_bytes()
}

fn encode_err(what: &str, e: impl std::fmt::Display) -> TgStoreError {
    TgStoreError::Store(StoreError::Io(sled::Error::Unsupported(format!(
        "cannot encode {what}: {e}"
    ))))
}

impl TgStore {
    pub fn new(store: SledStore) -> Result<TgStore, StoreError> {
        let chats = store.db().open_tree(CHATS)?;
        let inbox = store.db().open_tree(INBOX)?;
        let seen = store.db().open_tree(SEEN)?;
        let guard = store.db().open_tree(GUARD)?;
        let tg = TgStore {
            store,
            chats,
            inbox,
            seen,
            guard,
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
        self.store.load(&session_key(chat))
    }

    /// The name of a chat's entries on disk (see `store::vault`): sled never sees a chat id.
    pub fn pseudonym(&self, chat: ChatId) -> Pseudonym {
        self.store.vault().pseudonym(&session_key(chat))
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

    fn seal_meta(&self, p: &Pseudonym, meta: &ChatMeta) -> Result<Vec<u8>, TgStoreError> {
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
    ) -> Result<(), TgStoreError> {
        let p = self.pseudonym(chat);
        let meta = ChatMeta {
            pending: Some(plan.clone()),
            ..self.meta(chat)?
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
    ) -> Result<(), TgStoreError> {
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
    ) -> Result<(), TgStoreError> {
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

    /// Keeps a received update until [`finish`](Self::finish) removes it, durably, and moves
    /// the high-water mark past it.
    pub async fn inbox_put(&self, record: &InboxRecord) -> Result<(), TgStoreError> {
        self.inbox_put_many(&[record]).await
    }

    /// Keeps several updates at once: one transaction and one flush for a whole `getUpdates`
    /// batch, where one flush per update made the disk the bottleneck under load
    /// (BENCHMARKS.md).
    /// Each entry is the chat's pseudonym followed by the sealed record.
    pub async fn inbox_put_many(&self, records: &[&InboxRecord]) -> Result<(), TgStoreError> {
        let mut entries = Vec::with_capacity(records.len());
        for record in records {
            let json = serde_json::to_vec(record).map_err(|e| encode_err("an update", e))?;
            let p = self.pseudonym(ChatId(record.chat));
            let mut bytes = p.to_vec();
            bytes.extend(
                self.store
                    .vault()
                    .seal(&p, &json)
                    .map_err(StoreError::from)?,
            );
            entries.push((record.update.to_be_bytes(), bytes));
        }
        let Some(newest) = records.iter().map(|r| r.update).max() else {
            return Ok(());
        };
        let high = self.high_water()?.map_or(newest, |(h, _)| h.max(newest));
        let mark = format!("{high} {}", unix_now());
        (&self.inbox, &self.guard).transaction(
            |(inbox, guard)| -> ConflictableTransactionResult<(), ()> {
                for (key, bytes) in &entries {
                    inbox.insert(key, bytes.clone())?;
                }
                guard.insert(HIGH_WATER, mark.as_bytes())?;
                Ok(())
            },
        )?;
        self.flush().await
    }

    fn high_water(&self) -> Result<Option<(u32, u64)>, StoreError> {
        Ok(self.guard.get(HIGH_WATER)?.and_then(|v| {
            let text = String::from_utf8(v.to_vec()).ok()?;
            let (id, at) = text.split_once(' ')?;
            Some((id.parse().ok()?, at.parse().ok()?))
        }))
    }

    /// Whether Telegram hands us an update we already kept once (a redelivery after a crash,
    /// a retried webhook). Such an update is either still in the inbox or done.
    pub fn is_redelivery(&self, update: u32) -> bool {
        match self.high_water() {
            Ok(Some((high, at))) => {
                update <= high && unix_now().saturating_sub(at) < HIGH_WATER_VALID_SECS
            }
            _ => false,
        }
    }

    /// Deletes the conversations of chats inactive for more than `ttl_days` before `today`,
    /// with all their bookkeeping. Conversations without an activity day (kept before expiry
    /// existed) get today's, so they expire `ttl_days` from now. Returns how many were removed.
    pub fn expire(&self, today: NaiveDate, ttl_days: u32) -> Result<usize, TgStoreError> {
        let cutoff = today - chrono::Days::new(u64::from(ttl_days));
        let mut removed = 0;
        let mut known = std::collections::HashSet::new();
        // Conversations kept in the open by a version before the vault: sealed now.
        for entry in self.store.sessions().scan_prefix(b"tg:") {
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

    /// Updates received before a crash and not finished, oldest first. Entries that no longer
    /// decode are dropped: they could never be handled.
    pub fn inbox_pending(&self) -> Vec<Update> {
        let mut out = Vec::new();
        for (key, value) in self.inbox.iter().flatten() {
            match self.open_inbox_entry(&value) {
                Some(u) => out.push(u),
                None => {
                    // Undecodable, or its chat was forgotten meanwhile (key destroyed).
                    tracing::warn!("dropping an inbox entry that cannot be handled any more");
                    let _ = self.inbox.remove(key);
                }
            }
        }
        out
    }

    fn open_inbox_entry(&self, value: &[u8]) -> Option<Update> {
        let (p, sealed) = value.split_at_checked(16)?;
        let p = Pseudonym::try_from(p).ok()?;
        let json = self.store.vault().open_sealed(&p, sealed).ok()??;
        serde_json::from_slice::<InboxRecord>(&json)
            .ok()?
            .to_update()
    }

    /// Not sled's `flush_async`: it runs the flush on sled's own thread pool, which also writes
    /// the log buffers, and with transactions in use concurrent flushes deadlock there (sled
    /// #1308, #1357; seen under `cargo bench --bench load`: the bot froze for good).
    pub async fn flush(&self) -> Result<(), TgStoreError> {
        let db = self.store.db().clone();
        match tokio::task::spawn_blocking(move || db.flush()).await {
            Ok(result) => {
                result?;
            }
            Err(e) => {
                return Err(TgStoreError::Store(StoreError::Io(
                    sled::Error::ReportableBug(format!(
                        "flushing the data folder did not finish: {e}"
                    )),
                )))
            }
        }
        Ok(())
    }

    /// Deletes everything kept under this chat's id: conversation, pending reply, replay
    /// guard and activity day. A replay of the chat's last update is stopped by the global
    /// high-water mark instead, which holds no chat id.
    pub fn forget_all(&self, chat: ChatId) -> Result<bool, TgStoreError> {
        let had = self.forget_pseudonym(&self.pseudonym(chat))?;
        // Entries from before the vault, under the chat id itself.
        self.chats.remove(legacy_chat_key(chat))?;
        self.seen.remove(legacy_chat_key(chat))?;
        let key = session_key(chat);
        if self.store.sessions().remove(key.as_bytes())?.is_some() {
            return Ok(true);
        }
        Ok(had)
    }

    /// Removes the chat's entries and destroys its key (durably, before returning): what
    /// sled still holds of it in old segments can never be read again.
    fn forget_pseudonym(&self, p: &Pseudonym) -> Result<bool, TgStoreError> {
        let had = self.store.sessions().contains_key(p)?;
        self.chats.remove(p)?;
        self.seen.remove(p)?;
        self.store.sessions().remove(p)?;
        self.store.vault().destroy(p).map_err(StoreError::from)?;
        self.store.flush()?;
        Ok(had)
    }
}

/// teloxide's dialogue storage over the same sled tree the handler uses, so `.erase()`,
/// `Dialogue` and the handler tests (tests/telegram_handler.rs) see the real conversations.
impl Storage<State> for TgStore {
    type Error = TgStoreError;

    fn remove_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move {
            if self.forget_all(chat_id)? {
                Ok(())
            } else {
                Err(TgStoreError::DialogueNotFound)
            }
        })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
        dialogue: State,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move {
            self.store.save(&session_key(chat_id), &dialogue)?;
            Ok(())
        })
    }

    fn get_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<'static, Result<Option<State>, Self::Error>> {
        Box::pin(async move { Ok(self.state(chat_id)?) })
    }
}

#[cfg(test)]
mod tests {

    /// After a week of silence Telegram numbers updates at random: a parent coming back with a
    /// lower id is a new message, not a replay.
    #[test]
    fn a_week_old_mark_does_not_swallow_a_returning_parent() {
        let now = 1_800_000_000;
        let meta = ChatMeta {
            last: 900,
            last_at: now - 3600,
            ..ChatMeta::default()
        };
        assert!(meta.replayed_at(900, now) && meta.replayed_at(12, now));
        let weeks_ago = ChatMeta {
            last: 900,
            last_at: now - 8 * 24 * 3600,
            ..ChatMeta::default()
        };
        assert!(!weeks_ago.replayed_at(12, now));
        assert!(!weeks_ago.replayed_at(900, now));
    }

    use super::*;

    #[tokio::test]
    async fn commit_progress_finish_and_storage_trait() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store =
            Arc::new(TgStore::new(SledStore::open(dir.path()).expect("open")).expect("trees"));
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

        assert_eq!(
            store.clone().get_dialogue(chat).await.expect("get"),
            Some(s)
        );
        store.clone().remove_dialogue(chat).await.expect("remove");
        assert_eq!(store.clone().get_dialogue(chat).await.expect("get"), None);
        assert!(matches!(
            store.clone().remove_dialogue(chat).await,
            Err(TgStoreError::DialogueNotFound)
        ));
        // Nothing under the chat's id survives /forget.
        assert_eq!(store.meta(chat).expect("meta"), ChatMeta::default());
    }
}
