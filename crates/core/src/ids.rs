//! Typed ids: a node id is not a message id, though both are text in the files and the state.
//!
//! Why: the engine passes both around constantly, and a `String` for each let a message id be
//! looked up as a node (and fail quietly). Each id is still its text — serialised as a plain
//! string, so stored states and the files read as before — but a function says which it takes.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

macro_rules! string_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> $name {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> $name {
                $name(s.to_string())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> $name {
                $name(s)
            }
        }

        impl From<&String> for $name {
            fn from(s: &String) -> $name {
                $name(s.clone())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }
    };
}

string_id! {
    /// A node of the dialog tree (`id = "..."` in `[[node]]`; `goto`, `next`, a topic's
    /// `start`), and where a conversation stands.
    NodeId
}

string_id! {
    /// A Fluent message (`locales/<lang>/*.ftl`): a text, a label, a to-do.
    MsgId
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_stored_and_compared_as_its_text() {
        let id = NodeId::from("kita-age");
        assert_eq!(serde_json::to_string(&id).expect("encode"), r#""kita-age""#);
        assert_eq!(
            serde_json::from_str::<NodeId>(r#""kita-age""#).ok(),
            Some(id.clone())
        );
        assert_eq!(id, "kita-age");
        assert_eq!("kita-age", id);
        let mut index = std::collections::HashMap::new();
        index.insert(id, 3);
        assert_eq!(index.get("kita-age"), Some(&3), "looked up by its text");
    }
}
