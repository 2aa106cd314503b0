//! Long polling (`getUpdates`) through [`send::call`](super::send::call), instead of teloxide's
//! `Polling`: teloxide-core sleeps a fixed 10 s inside a request that gets a 5xx answer, so one
//! 502 on `getUpdates` held every chat's next message back by more than 10 s. Here a 5xx or a
//! network error is retried with the same short, jittered, bounded backoff as every other call,
//! a 429 waits exactly as long as Telegram asks.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::stream::{self, BoxStream, StreamExt};
use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::*;
use teloxide::stop::{mk_stop_token, StopFlag, StopToken};
use teloxide::types::{AllowedUpdate, Update};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use teloxide::RequestError;

use super::send;

/// How long the next poll waits for the inbox to keep the last batch before it asks anyway
/// (without confirming the batch: Telegram sends it again, the inbox drops what it has).
const WAIT_FOR_INBOX: Duration = Duration::from_secs(5);

/// After `call` gave up (its retries spent), the next poll waits this long.
const PAUSE_AFTER_FAILURE: Duration = Duration::from_secs(1);

pub struct Poller {
    bot: Bot,
    timeout: Duration,
    allowed: Option<Vec<AllowedUpdate>>,
    token: StopToken,
    flag: StopFlag,
    kept: Arc<AtomicU32>,
}

impl Poller {
    /// `timeout`: how long one `getUpdates` waits for news (the client timeout is longer).
    /// `kept`: the highest update id the inbox has kept ([`super::listener::InboxListener`]);
    /// a batch is confirmed to Telegram (the next poll's offset) only once it is kept. The
    /// next request starts while the batch is still being written (the listener reads ahead),
    /// so confirming at once lost the batch to a SIGKILL in between.
    pub fn new(bot: Bot, timeout: Duration, kept: Arc<AtomicU32>) -> Poller {
        let (token, flag) = mk_stop_token();
        Poller {
            bot,
            timeout,
            allowed: None,
            token,
            flag,
            kept,
        }
    }
}

struct Polling {
    bot: Bot,
    timeout: u32,
    allowed: Option<Vec<AllowedUpdate>>,
    flag: StopFlag,
    /// The offset of the last request: everything below it is confirmed to Telegram.
    offset: i32,
    /// The highest update id received.
    received: Option<u32>,
    kept: Arc<AtomicU32>,
    batch: VecDeque<Update>,
}

impl Polling {
    async fn next(mut self) -> Option<(Result<Update, RequestError>, Polling)> {
        loop {
            if let Some(u) = self.batch.pop_front() {
                return Some((Ok(u), self));
            }
            if self.flag.is_stopped() {
                // Confirm what was handed on, so Telegram does not send it again (the inbox
                // would catch it anyway); one try, no waiting for news.
                if self.offset != 0 {
                    let confirm = self.bot.get_updates().offset(self.offset).timeout(0);
                    if let Err(e) = send::once(&self.bot, confirm).await {
                        tracing::debug!(error = %e, "could not confirm the last updates");
                    }
                }
                return None;
            }
            // Confirm only what the inbox keeps.
            if let Some(last) = self.received {
                let waited = tokio::time::Instant::now();
                while self.kept.load(Ordering::SeqCst) < last
                    && waited.elapsed() < WAIT_FOR_INBOX
                    && !self.flag.is_stopped()
                {
                    tokio::time::sleep(Duration::from_millis(2)).await;
                }
                if self.kept.load(Ordering::SeqCst) >= last {
                    self.offset = i32::try_from(last).map_or(i32::MAX, |id| id.saturating_add(1));
                }
            }
            let mut req = self
                .bot
                .get_updates()
                .offset(self.offset)
                .timeout(self.timeout);
            if let Some(a) = &self.allowed {
                req = req.allowed_updates(a.clone());
            }
            let result = tokio::select! {
                r = send::call(&self.bot, req, "getUpdates") => r,
                () = self.flag.clone() => continue,
            };
            match result {
                Ok(updates) => {
                    if let Some(last) = updates.iter().map(|u| u.id.0).max() {
                        self.received = Some(self.received.map_or(last, |r| r.max(last)));
                    }
                    self.batch.extend(updates);
                }
                Err(e) => {
                    tokio::select! {
                        () = tokio::time::sleep(PAUSE_AFTER_FAILURE) => {}
                        () = self.flag.clone() => {}
                    }
                    return Some((Err(e), self));
                }
            }
        }
    }
}

impl<'a> AsUpdateStream<'a> for Poller {
    type StreamErr = RequestError;
    type Stream = BoxStream<'a, Result<Update, RequestError>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let state = Polling {
            bot: self.bot.clone(),
            timeout: u32::try_from(self.timeout.as_secs()).unwrap_or(u32::MAX),
            allowed: self.allowed.clone(),
            flag: self.flag.clone(),
            offset: 0,
            received: None,
            kept: self.kept.clone(),
            batch: VecDeque::new(),
        };
        stream::unfold(state, Polling::next).boxed()
    }
}

impl UpdateListener for Poller {
    type Err = RequestError;

    fn stop_token(&mut self) -> StopToken {
        self.token.clone()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.allowed = Some(hint.collect());
    }
}
