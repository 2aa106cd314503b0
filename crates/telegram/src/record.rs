//! The least of an update that the bot needs, which is all it ever keeps or handles.
//!
//! Why: a Telegram update carries the parent's first and last name, username, a shared
//! contact's phone number and much more. The inbox must keep an update until it is handled
//! (crash safety), but none of that is needed to handle it. So the listener turns every update
//! into an [`InboxRecord`] — chat, update id, the text or button data, the language code, a
//! shared location — and hands on the update rebuilt from that record: what is handled live is
//! exactly what a replay after a crash would handle, and nothing else reaches the disk.

use serde::{Deserialize, Serialize};
use serde_json::json;
use teloxide::types::{ChatKind, MaybeInaccessibleMessage, Update, UpdateKind};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InboxRecord {
    pub update: u32,
    pub chat: i64,
    /// Telegram's app language of the sender, the one field of the user that is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub event: RecordEvent,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum RecordEvent {
    /// A typed message (commands included).
    Text {
        message: i32,
        date: i64,
        text: String,
    },
    /// A shared location.
    Location {
        message: i32,
        date: i64,
        lat: f64,
        lon: f64,
    },
    /// A shared contact: answered, never stored (no phone number, no name).
    Contact { message: i32, date: i64 },
    /// Anything else a parent sends (photo, sticker, voice): answered with a hint.
    Other { message: i32, date: i64 },
    /// A button tap.
    Tap {
        query: String,
        /// The message whose button was tapped, if Telegram still has it.
        message: Option<i32>,
        /// Whether that message can still be edited (Telegram marks old ones inaccessible).
        #[serde(default)]
        editable: bool,
        data: Option<String>,
    },
}

impl InboxRecord {
    /// The record of an update worth handling: private-chat messages and button taps.
    pub fn from_update(update: &Update) -> Option<InboxRecord> {
        match &update.kind {
            UpdateKind::Message(m) => {
                if !matches!(m.chat.kind, ChatKind::Private(_)) {
                    return None;
                }
                let (message, date) = (m.id.0, m.date.timestamp());
                let event = if let Some(text) = m.text() {
                    RecordEvent::Text {
                        message,
                        date,
                        text: text.to_string(),
                    }
                } else if let Some(l) = m.location() {
                    RecordEvent::Location {
                        message,
                        date,
                        lat: l.latitude,
                        lon: l.longitude,
                    }
                } else if m.contact().is_some() {
                    RecordEvent::Contact { message, date }
                } else {
                    RecordEvent::Other { message, date }
                };
                Some(InboxRecord {
                    update: update.id.0,
                    chat: m.chat.id.0,
                    lang: m.from.as_ref().and_then(|u| u.language_code.clone()),
                    event,
                })
            }
            UpdateKind::CallbackQuery(q) => {
                let (chat, message, editable) = match &q.message {
                    Some(MaybeInaccessibleMessage::Regular(m)) => {
                        if !matches!(m.chat.kind, ChatKind::Private(_)) {
                            return None;
                        }
                        (m.chat.id.0, Some(m.id.0), true)
                    }
                    Some(MaybeInaccessibleMessage::Inaccessible(m)) => {
                        (m.chat.id.0, Some(m.message_id.0), false)
                    }
                    None => (q.from.id.0 as i64, None, false),
                };
                Some(InboxRecord {
                    update: update.id.0,
                    chat,
                    lang: q.from.language_code.clone(),
                    event: RecordEvent::Tap {
                        query: q.id.0.clone(),
                        message,
                        editable,
                        data: q.data.clone(),
                    },
                })
            }
            _ => None,
        }
    }

    /// The update as the handler sees it: only the recorded fields, names left empty.
    pub fn to_update(&self) -> Option<Update> {
        // In a private chat the sender is the chat.
        let mut user = json!({"id": self.chat, "is_bot": false, "first_name": ""});
        if let Some(lang) = &self.lang {
            user["language_code"] = json!(lang);
        }
        let chat = json!({"id": self.chat, "type": "private"});
        let message = |id: i32, date: i64| json!({"message_id": id, "date": date, "chat": chat, "from": user});
        let value = match &self.event {
            RecordEvent::Text {
                message: id,
                date,
                text,
            } => {
                let mut m = message(*id, *date);
                m["text"] = json!(text);
                if text.starts_with('/') {
                    let len = text
                        .split_whitespace()
                        .next()
                        .map_or(0, |c| c.encode_utf16().count());
                    m["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
                }
                json!({"update_id": self.update, "message": m})
            }
            RecordEvent::Location {
                message: id,
                date,
                lat,
                lon,
            } => {
                let mut m = message(*id, *date);
                m["location"] = json!({"latitude": lat, "longitude": lon});
                json!({"update_id": self.update, "message": m})
            }
            RecordEvent::Contact { message: id, date } => {
                let mut m = message(*id, *date);
                m["contact"] = json!({"phone_number": "", "first_name": ""});
                json!({"update_id": self.update, "message": m})
            }
            RecordEvent::Other { message: id, date } => {
                let mut m = message(*id, *date);
                m["sticker"] = json!({
                    "file_id": "", "file_unique_id": "", "type": "regular",
                    "width": 1, "height": 1, "is_animated": false, "is_video": false
                });
                json!({"update_id": self.update, "message": m})
            }
            RecordEvent::Tap {
                query,
                message: id,
                editable,
                data,
            } => {
                let mut q = json!({"id": query, "from": user, "chat_instance": ""});
                if let Some(id) = id {
                    // Date 0 is how Telegram marks a message the bot can no longer edit.
                    let date = i64::from(*editable);
                    q["message"] =
                        json!({"message_id": id, "date": date, "chat": chat, "text": ""});
                }
                if let Some(d) = data {
                    q["data"] = json!(d);
                }
                json!({"update_id": self.update, "callback_query": q})
            }
        };
        // From text, not from the `Value`: teloxide's `Update` reads a message only from text
        // (from a `Value` it turns into `UpdateKind::Error`).
        match serde_json::from_str(&value.to_string()) {
            Ok(u) => Some(u),
            Err(e) => {
                tracing::warn!(error = %e, "an update could not be rebuilt from its record");
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn update(v: serde_json::Value) -> Update {
        serde_json::from_str(&v.to_string()).expect("update")
    }

    fn from() -> serde_json::Value {
        json!({"id": 4711, "is_bot": false, "first_name": "Zoltana", "last_name": "Quaxley",
               "username": "zq_secret", "language_code": "fa"})
    }

    #[test]
    fn keeps_only_what_is_handled() {
        let chat = json!({"id": 4711, "type": "private", "first_name": "Zoltana", "username": "zq_secret"});
        let cases = [
            json!({"update_id": 1, "message": {"message_id": 5, "date": 1700000000, "chat": chat,
                   "from": from(), "text": "/language fa",
                   "entities": [{"type": "bot_command", "offset": 0, "length": 9}]}}),
            json!({"update_id": 2, "message": {"message_id": 6, "date": 1700000000, "chat": chat,
                   "from": from(), "location": {"latitude": 51.25, "longitude": 7.15}}}),
            json!({"update_id": 3, "message": {"message_id": 7, "date": 1700000000, "chat": chat,
                   "from": from(), "contact": {"phone_number": "+49 171 5550199",
                   "first_name": "Zoltana", "user_id": 4711}}}),
            json!({"update_id": 4, "callback_query": {"id": "q1", "from": from(),
                   "chat_instance": "ci", "data": "o1|abcd0123",
                   "message": {"message_id": 8, "date": 1700000000, "chat": chat, "text": "x"}}}),
        ];
        for case in cases {
            let u = update(case);
            let r = InboxRecord::from_update(&u).expect("record");
            let stored = serde_json::to_string(&r).expect("json");
            for secret in ["Zoltana", "Quaxley", "zq_secret", "5550199"] {
                assert!(!stored.contains(secret), "{secret} in {stored}");
            }
            let again = r
                .to_update()
                .unwrap_or_else(|| panic!("rebuilt {:?}", serde_json::to_string(&r)));
            let handled = serde_json::to_string(&again).expect("json");
            for secret in ["Zoltana", "Quaxley", "zq_secret", "5550199"] {
                assert!(!handled.contains(secret), "{secret} in {handled}");
            }
            // What the handler reads is the same as before.
            assert_eq!(again.id, u.id);
            assert_eq!(InboxRecord::from_update(&again), Some(r));
        }
    }

    #[test]
    fn a_command_stays_a_command() {
        let r = InboxRecord {
            update: 9,
            chat: 12,
            lang: None,
            event: RecordEvent::Text {
                message: 1,
                date: 0,
                text: "/start money".into(),
            },
        };
        let u = r.to_update().expect("update");
        let UpdateKind::Message(m) = &u.kind else {
            panic!("not a message")
        };
        assert_eq!(m.text(), Some("/start money"));
        assert_eq!(m.entities().map(|e| e.len()), Some(1));
    }
}
