//! The fixed word lists of the dialog files, each written once.
//!
//! Why one place: the loader parses a word with it, the editor schema offers its words
//! (`wegweiser schema`), an unknown word's error lists them, the diagram names them, and a state
//! stores them — five readers that drifted apart when each kept its own copy. A new word is one
//! new line here, and every `match` on the enum that does not handle it fails to compile.

/// An enum whose variants are the words of one list, with serde and schemars reading and
/// writing the words themselves.
macro_rules! word_list {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($what:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $word:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize, schemars::JsonSchema,
        )]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $word)] $variant, )+
        }

        impl $name {
            /// Every word, in the order of the list.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word as written in the files.
            pub fn word(self) -> &'static str {
                match self {
                    $( $name::$variant => $word, )+
                }
            }

            /// `None` for a word not in the list; [`Self::unknown`] says so.
            pub fn parse(s: &str) -> Option<Self> {
                match s {
                    $( $word => Some($name::$variant), )+
                    _ => None,
                }
            }

            /// The error for a word not in the list: "unknown node type 'x' (use a, b or c)".
            pub fn unknown(found: &str) -> String {
                format!("unknown {} '{found}' (use {})", $what, choices(Self::ALL.iter().map(|w| w.word())))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.word())
            }
        }
    };
}

/// "a, b or c".
fn choices<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let words: Vec<&str> = words.collect();
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => (*last).to_string(),
        None => String::new(),
    }
}

word_list! {
    /// The kinds of node (`type = "..."` in `[[node]]`).
    pub enum NodeType ("node type") {
        /// Text and buttons; needs `options`.
        Question = "question",
        /// The parent types an answer; needs `fact`, `format`, `goto`, `error`.
        Input = "input",
        /// Text only; needs `next` and/or `options`, or `end = true`.
        Info = "info",
        /// Shows nothing, routes at once by `rules`.
        Branch = "branch",
        /// The benefit check: text, then one line per entry in `items`.
        Check = "check",
        /// Text, then the to-do list gathered on the way.
        Summary = "summary",
        /// Lists matching local offers (`tags`).
        Offers = "offers",
        /// What changes soon by itself (`events`): a child's birthday, a figure's new value.
        Outlook = "outlook",
    }
}

word_list! {
    /// The types of fact (`type = "..."` in `facts.toml`).
    pub enum FactType ("fact type") {
        /// Yes or no.
        Bool = "bool",
        /// One number.
        Number = "number",
        /// A list of numbers (e.g. children's ages).
        Numbers = "numbers",
        /// One of the words in `values`.
        Choice = "choice",
        /// Free text (e.g. a postcode).
        Text = "text",
    }
}

word_list! {
    /// The units of a figure (`unit = "..."` in `figures.toml`).
    pub enum Unit ("unit") {
        /// Euro amount.
        Eur = "eur",
        /// Percent.
        Percent = "percent",
        /// Plain number (ages, hours, ...).
        Number = "number",
    }
}

word_list! {
    /// The formats of an input node (`format = "..."`).
    pub enum InputFormat ("input format") {
        /// One whole number (fact of type number).
        Number = "number",
        /// Whole numbers separated by spaces or commas (fact of type numbers).
        Numbers = "numbers",
        /// A German postcode, 5 digits (fact of type text).
        Postcode = "postcode",
        /// Month and year of each child's birth, like 03/2020 (fact of type numbers).
        // Kept as month numbers (`year * 12 + month - 1`), so ages at any later day follow by
        // arithmetic.
        Months = "months",
    }
}

word_list! {
    /// The verdicts of a benefit-check rule, most hopeful first (the order is compared).
    pub enum Verdict ("verdict") {
        /// The benefit is very probably due.
        Likely = "likely",
        /// It depends on something the bot does not know or that may change.
        Maybe = "maybe",
        /// Not due as things stand.
        Unlikely = "unlikely",
    }
}

word_list! {
    /// Which changes of an outlook event's `value` count (`direction = "..."`).
    pub enum Direction ("direction") {
        /// Only rises.
        Up = "up",
        /// Only falls.
        Down = "down",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_word_reads_back_as_itself_through_parse_serde_and_display() {
        for t in NodeType::ALL {
            assert_eq!(NodeType::parse(t.word()), Some(*t));
            assert_eq!(t.to_string(), t.word());
            let json = serde_json::to_string(t).expect("serialize");
            assert_eq!(json, format!("\"{}\"", t.word()));
            assert_eq!(serde_json::from_str::<NodeType>(&json).ok(), Some(*t));
        }
        assert_eq!(Verdict::parse("Likely"), None, "words are exact");
    }

    #[test]
    fn an_unknown_word_is_named_with_the_whole_list() {
        assert_eq!(
            Verdict::unknown("probably"),
            "unknown verdict 'probably' (use likely, maybe or unlikely)"
        );
        assert_eq!(
            Direction::unknown("sideways"),
            "unknown direction 'sideways' (use up or down)"
        );
    }

    #[test]
    fn the_schema_offers_exactly_the_words() {
        let schema = serde_json::to_value(schemars::schema_for!(InputFormat)).expect("schema");
        let text = schema.to_string();
        for f in InputFormat::ALL {
            assert!(text.contains(&format!("\"{}\"", f.word())), "{text}");
        }
        assert!(
            !text.contains("Months"),
            "variant names stay out of the schema: {text}"
        );
    }

    #[test]
    fn verdicts_compare_most_hopeful_first() {
        assert!(Verdict::Likely < Verdict::Maybe && Verdict::Maybe < Verdict::Unlikely);
    }
}
