//! Flood and size limits, applied where updates come in (the listener), before anything is
//! stored or stepped.
//!
//! Why: the dispatcher handles one chat's updates in order, but its per-chat queues are bounded
//! and every kept update costs a flushed inbox write. A chat sending hundreds of updates would
//! otherwise hold the queue and the disk that every other parent shares. So each chat gets a
//! token bucket; over the limit an update is neither kept nor stepped, and the chat gets one
//! polite notice per flood (`tg-slow-down`). Texts longer than Telegram allows (4096) cannot
//! come from Telegram; they are cut before they are copied into the inbox.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

/// What happens to one update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    /// Over the limit, the first time in this flood: send the notice, step nothing.
    Notice,
    /// Over the limit: dropped without a word.
    Drop,
}

/// Longest text kept from an update, in characters: Telegram's own limit.
pub const MAX_UPDATE_TEXT: usize = 4096;
/// Buckets of chats not seen for a while are dropped once there are this many.
const MAX_TRACKED: usize = 50_000;

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    at: Instant,
    noticed: bool,
}

/// Per-chat token buckets: `burst` updates at once, then `per_minute` on average.
#[derive(Debug)]
pub struct FloodLimit {
    burst: f64,
    per_sec: f64,
    chats: Mutex<HashMap<i64, Bucket>>,
    /// Verdicts the listener took for updates not allowed, for the handler to act on.
    verdicts: Mutex<HashMap<u32, Verdict>>,
}

impl FloodLimit {
    pub fn new(burst: u32, per_minute: u32) -> FloodLimit {
        FloodLimit {
            burst: f64::from(burst.max(1)),
            per_sec: f64::from(per_minute.max(1)) / 60.0,
            chats: Mutex::new(HashMap::new()),
            verdicts: Mutex::new(HashMap::new()),
        }
    }

    /// Takes a token for `chat` at `now`.
    pub fn check_at(&self, chat: i64, now: Instant) -> Verdict {
        let mut chats = self.chats.lock().unwrap_or_else(|p| p.into_inner());
        if chats.len() >= MAX_TRACKED && !chats.contains_key(&chat) {
            // Full buckets carry no information; forget them.
            let (burst, per_sec) = (self.burst, self.per_sec);
            chats
                .retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * per_sec < burst);
        }
        let b = chats.entry(chat).or_insert(Bucket {
            tokens: self.burst,
            at: now,
            noticed: false,
        });
        let refill = now.saturating_duration_since(b.at).as_secs_f64() * self.per_sec;
        b.tokens = (b.tokens + refill).min(self.burst);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            b.noticed = false;
            Verdict::Allow
        } else if b.noticed {
            Verdict::Drop
        } else {
            b.noticed = true;
            Verdict::Notice
        }
    }

    /// The listener's decision for an incoming update (updates without a chat pass),
    /// remembered for the handler ([`take`](Self::take)).
    pub fn admit(&self, update: u32, chat: Option<i64>) -> Verdict {
        let Some(chat) = chat else {
            return Verdict::Allow;
        };
        let v = self.check_at(chat, Instant::now());
        if v != Verdict::Allow {
            self.verdicts
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(update, v);
        }
        v
    }

    /// The verdict for an update the handler is about to handle (once; `Allow` if none).
    pub fn take(&self, update: u32) -> Verdict {
        self.verdicts
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&update)
            .unwrap_or(Verdict::Allow)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_burst_then_one_notice_then_silence_then_refill() {
        let l = FloodLimit::new(3, 60);
        let t0 = Instant::now();
        let v: Vec<Verdict> = (0..6).map(|_| l.check_at(1, t0)).collect();
        assert_eq!(
            v,
            [
                Verdict::Allow,
                Verdict::Allow,
                Verdict::Allow,
                Verdict::Notice,
                Verdict::Drop,
                Verdict::Drop
            ]
        );
        // Another chat is not affected.
        assert_eq!(l.check_at(2, t0), Verdict::Allow);
        // One per second comes back; the next flood gets a notice again.
        let t1 = t0 + Duration::from_millis(1100);
        assert_eq!(l.check_at(1, t1), Verdict::Allow);
        assert_eq!(l.check_at(1, t1), Verdict::Notice);
    }
}
