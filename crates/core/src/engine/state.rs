//! A parent's place in the conversation: everything the store keeps for one chat.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::dialog::expr::Value;
use crate::dialog::{NodeId, Tree, MAIN};
use crate::geo::GeoPoint;

/// Bumped when the stored shape changes; older states restart gracefully instead of failing.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    #[serde(rename = "v")]
    pub version: u32,
    /// The parent's language; `None` until chosen or negotiated.
    pub lang: Option<String>,
    pub node: NodeId,
    /// What `back` undoes, newest last.
    pub history: Vec<Frame>,
    pub facts: BTreeMap<String, Value>,
    /// Message ids of the next steps gathered on the way, shown by the summary.
    pub todos: Vec<crate::ids::MsgId>,
    #[serde(default)]
    pub overlay: Overlay,
    /// Where the parent said they are (Telegram location, `/near`): offers are ranked by
    /// distance to it. Kept until restart or forget; absent in states stored before it existed.
    #[serde(default)]
    pub location: Option<GeoPoint>,
    /// Which page of an offers step is shown ("more" turns it, "first" resets it); back to 0
    /// whenever a step is entered, so a list always opens at its first page.
    #[serde(default)]
    pub offers_page: u32,
    /// Which page of a long screen is shown: a screen longer than a phone shows is split at
    /// its paragraphs by the rendering layer ("read on" turns it). Back to 0 on any other input.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub text_page: u32,
    /// A deep link's topic waiting for the language picker: a parent whose phone reports no
    /// language we have picks one first, then lands where the flyer pointed. Cleared by any
    /// other step; left out of the stored form while unset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_language: Option<String>,
    /// The parent asked what changes soon (reached an outlook step): the summary lists it too.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub outlook: bool,
    /// A postcode typed that several places share, while the parent picks the town.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_postcode: Option<String>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// One step back: where we were and what to undo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    pub node: NodeId,
    /// Facts as they were before this step changed them (`None`: unset).
    pub undo: Vec<(String, Option<Value>)>,
}

/// A system screen shown over the current step.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Overlay {
    #[default]
    None,
    LanguagePicker,
    ForgetConfirm,
    /// The cards of one office named on a benefit check or summary (one tap from the result).
    Office(crate::office::Office),
    /// A benefit check's full texts (its screen shows one line per benefit).
    CheckDetails,
    /// The summary with its German copy for the office.
    OfficeCopy,
    /// "Which town?" for a postcode several places share (`State::pending_postcode`).
    PickTown,
}

impl State {
    pub fn new(lang: Option<String>) -> State {
        State {
            version: SCHEMA_VERSION,
            lang,
            node: NodeId::from(MAIN),
            history: Vec::new(),
            facts: BTreeMap::new(),
            todos: Vec::new(),
            overlay: Overlay::None,
            location: None,
            offers_page: 0,
            text_page: 0,
            after_language: None,
            outlook: false,
            pending_postcode: None,
        }
    }

    /// Makes a stored state fit the live tree after the files changed: drops facts that no
    /// longer exist or changed type, and history steps whose node is gone.
    /// Returns true if the current node itself is gone.
    pub fn reconcile(&mut self, tree: &Tree) -> bool {
        self.facts.retain(|name, value| {
            tree.facts.get(name).is_some_and(|def| {
                def.ty == value.ty()
                    && match (&def.choices, value) {
                        (Some(c), Value::Text(t)) => c.contains(t),
                        _ => true,
                    }
            })
        });
        self.history.retain(|f| tree.node(&f.node).is_some());
        tree.node(&self.node).is_none()
    }

    /// Decodes a stored state; `None` for anything undecodable or of another schema version,
    /// which the caller treats as a fresh start rather than an error to the parent.
    pub fn decode(bytes: &[u8]) -> Option<State> {
        let state: State = serde_json::from_slice(bytes).ok()?;
        (state.version == SCHEMA_VERSION).then_some(state)
    }

    /// The stored form. An error is passed on rather than stored as empty bytes, which would
    /// read back as a fresh start and lose the conversation silently.
    pub fn encode(&self) -> Result<Vec<u8>, serde_json::Error> {
        serde_json::to_vec(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_other_versions() {
        let mut s = State::new(Some("de".into()));
        s.facts
            .insert("child_ages".into(), Value::List(vec![2.0, 8.0]));
        s.facts.insert("buergergeld".into(), Value::Bool(true));
        s.facts
            .insert("earnings".into(), Value::Text("none".into()));
        let bytes = s.encode().expect("encode");
        assert_eq!(State::decode(&bytes), Some(s.clone()));
        let mut old = s;
        old.version = 0;
        assert_eq!(State::decode(&old.encode().expect("encode")), None);
        assert_eq!(State::decode(b"\xff garbage"), None);
    }

    #[test]
    fn states_stored_before_offers_still_decode() {
        let old = br#"{"v":1,"lang":"de","node":"main","history":[],"facts":{},"todos":[]}"#;
        let s = State::decode(old).expect("decodes");
        assert_eq!((s.location, s.offers_page), (None, 0));
    }
}
