//! An update listener that writes each update to the durable inbox before handing it on, and
//! first hands on what the inbox still holds from before a crash.
//!
//! Why: polling confirms a batch with the next `getUpdates` while the batch may still be in
//! the handlers, and a webhook answers 200 before handling. Either way a crash at the wrong
//! moment would lose a parent's message; with the inbox it is handled after the restart.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use futures::stream::{self, BoxStream, StreamExt};
use teloxide::stop::StopToken;
use teloxide::types::{AllowedUpdate, Update, UpdateKind};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};

use wegweiser_delivery::{ChatId, DeliveryStore, FloodLimit, InboxEntry, Verdict};

use crate::limits;
use crate::record::InboxRecord;

/// Telegram's own maximum per `getUpdates`.
const MAX_BATCH: usize = 100;

pub struct InboxListener<L> {
    inner: L,
    store: Arc<DeliveryStore>,
    limit: Arc<FloodLimit>,
    /// Left over from the previous run, handed on before anything new.
    replay: Vec<Update>,
    /// The highest update id kept in the inbox (or not worth keeping) and handed on: long
    /// polling confirms nothing above it to Telegram ([`super::poll::Poller`]).
    kept: Arc<AtomicU32>,
}

impl<L> InboxListener<L> {
    pub fn new(inner: L, store: Arc<DeliveryStore>, limit: Arc<FloodLimit>) -> InboxListener<L> {
        let replay = crate::replayed(&store);
        if !replay.is_empty() {
            tracing::info!(
                count = replay.len(),
                "handling updates received before the last stop"
            );
        }
        InboxListener {
            inner,
            store,
            limit,
            replay,
            kept: Arc::new(AtomicU32::new(0)),
        }
    }

    /// Records in `mark` what is safely kept (see the field), for the poller.
    pub fn with_kept_mark(mut self, mark: Arc<AtomicU32>) -> InboxListener<L> {
        self.kept = mark;
        self
    }
}

/// Only what the handler will finish (and so remove from the inbox) is kept.
fn worth_keeping(update: &Update) -> bool {
    matches!(
        update.kind,
        UpdateKind::Message(_) | UpdateKind::CallbackQuery(_)
    )
}

/// The update reduced to its [`InboxRecord`] (what is kept), and rebuilt from it (what is
/// handled): names, usernames, a contact's phone number never get further than here.
fn minimal(update: Update) -> (Update, Option<InboxRecord>) {
    match InboxRecord::from_update(&update) {
        Some(record) => match record.to_update() {
            Some(rebuilt) => (rebuilt, Some(record)),
            None => (update, None),
        },
        None => (update, None),
    }
}

impl<'a, L> AsUpdateStream<'a> for InboxListener<L>
where
    L: UpdateListener + Send + 'static,
    L::Err: Send + 'static,
{
    type StreamErr = L::Err;
    type Stream = BoxStream<'a, Result<Update, L::Err>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let replay = std::mem::take(&mut self.replay);
        let store = self.store.clone();
        let limit = self.limit.clone();
        let kept_mark = self.kept.clone();
        // What has already arrived is kept together: one transaction and one flush per batch.
        // `ready_chunks` never waits for more, so a lone update is not delayed.
        let fresh = self
            .inner
            .as_stream()
            .ready_chunks(MAX_BATCH)
            .then(move |items| {
                let (store, limit, kept_mark) = (store.clone(), limit.clone(), kept_mark.clone());
                async move {
                    let newest = items
                        .iter()
                        .filter_map(|i| i.as_ref().ok())
                        .map(|u| u.id.0)
                        .max();
                    let mut out = Vec::with_capacity(items.len());
                    let mut kept: Vec<InboxRecord> = Vec::new();
                    for item in items {
                        let mut update = match item {
                            Ok(u) => u,
                            Err(e) => {
                                out.push(Err(e));
                                continue;
                            }
                        };
                        // Kept once already: still in the inbox (replayed above) or done.
                        if store.is_redelivery(update.id.0) {
                            tracing::debug!(update = update.id.0, "redelivered update ignored");
                            continue;
                        }
                        limits::shrink(&mut update);
                        let (update, record) = minimal(update);
                        // Over the flood limit: not kept, the handler only sends the notice.
                        let chat = update.chat().map(|c| c.id.0);
                        if worth_keeping(&update) && limit.admit(update.id.0, chat) == Verdict::Allow {
                            kept.extend(record);
                        }
                        out.push(Ok(update));
                    }
                    let encoded: Vec<(u32, i64, Vec<u8>)> = kept
                        .iter()
                        .filter_map(|r| match serde_json::to_vec(r) {
                            Ok(bytes) => Some((r.update, r.chat, bytes)),
                            Err(e) => {
                                tracing::error!(error = %e, "an update could not be encoded for the inbox");
                                None
                            }
                        })
                        .collect();
                    let to_keep: Vec<InboxEntry<'_>> = encoded
                        .iter()
                        .map(|(update, chat, bytes)| InboxEntry {
                            update: *update,
                            chat: ChatId(*chat),
                            record: bytes,
                        })
                        .collect();
                    if let Err(e) = store.inbox_put_many(&to_keep).await {
                        // Still handled now; only crash safety for these updates is lost.
                        tracing::error!(error = %e, "could not keep updates in the inbox");
                    }
                    if let Some(n) = newest {
                        kept_mark.fetch_max(n, Ordering::SeqCst);
                    }
                    stream::iter(out)
                }
            })
            .flatten();
        stream::iter(replay.into_iter().map(Ok))
            .chain(fresh)
            .boxed()
    }
}

impl<L> UpdateListener for InboxListener<L>
where
    L: UpdateListener + Send + 'static,
    L::Err: Send + 'static,
{
    type Err = L::Err;

    fn stop_token(&mut self) -> StopToken {
        self.inner.stop_token()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.inner.hint_allowed_updates(hint)
    }
}
