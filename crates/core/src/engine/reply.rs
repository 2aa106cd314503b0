//! What the engine answers: message ids with arguments and buttons, not yet in any language.

use chrono::NaiveDate;

use super::Key;
use crate::dialog::expr::Value;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reply {
    pub blocks: Vec<Block>,
    pub buttons: Vec<Button>,
    /// Facts and figures, available to every message of this reply.
    pub globals: Vec<(String, Arg)>,
    /// The parent is expected to type an answer rather than tap.
    pub expects_text: bool,
    pub effects: Vec<Effect>,
    /// The node the reply shows (empty for system screens); adapters tag buttons with it so
    /// a tap on an old message can be recognised.
    pub node: crate::dialog::NodeId,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Msg(Msg),
    /// Short lines shown as one list (benefit check, summary).
    Lines(Vec<Msg>),
    /// Local offers matching these tags and the parent's facts.
    Offers {
        tags: Vec<String>,
    },
    /// The offers of one office: where to go for what the benefit check named.
    Office {
        office: crate::office::Office,
    },
    /// An offers step for a parent outside every network: shows nothing itself, counted as a
    /// gap of the postcode area for the needs report.
    Outside {
        tags: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    /// A [`Key`] as text: opaque to channels and short (Telegram's 64-byte callback data).
    pub key: String,
    pub label: Msg,
    /// Back, menu, urgent help: shown on every screen, apart from the step's own choices.
    pub nav: bool,
}

impl Button {
    pub fn new(key: Key, label: Msg) -> Button {
        Button {
            key: key.to_string(),
            label,
            nav: false,
        }
    }

    pub fn nav(key: Key, label: &str) -> Button {
        Button {
            key: key.to_string(),
            label: Msg::new(label),
            nav: true,
        }
    }
}

/// Side effects an adapter must carry out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Delete everything stored for this chat.
    Forget,
    LanguageChanged,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub id: crate::ids::MsgId,
    pub args: Vec<(String, Arg)>,
    /// Render in this language instead of the parent's (language names in the picker).
    pub lang: Option<String>,
}

impl Msg {
    pub fn new(id: impl Into<crate::ids::MsgId>) -> Msg {
        Msg {
            id: id.into(),
            args: Vec::new(),
            lang: None,
        }
    }

    pub fn arg(mut self, name: &str, value: Arg) -> Msg {
        self.args.push((name.to_string(), value));
        self
    }

    pub fn args(mut self, args: Vec<(String, Arg)>) -> Msg {
        self.args.extend(args);
        self
    }

    pub fn in_lang(mut self, lang: &str) -> Msg {
        self.lang = Some(lang.to_string());
        self
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Num(f64),
    Money(f64),
    Text(String),
    Date(NaiveDate),
    /// Another message, rendered first in the same language.
    Msg(Box<Msg>),
}

impl Arg {
    /// Lists have no single text form; they are not passed to messages.
    pub fn from_value(v: &Value) -> Option<Arg> {
        Some(match v {
            Value::Bool(b) => Arg::Text(if *b { "true" } else { "false" }.to_string()),
            Value::Num(n) => Arg::Num(*n),
            Value::Money(m) => Arg::Money(*m),
            Value::Text(t) => Arg::Text(t.clone()),
            Value::List(_) => return None,
        })
    }
}
