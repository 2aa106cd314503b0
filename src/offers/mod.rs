//! Local offers: model, sled store, CSV import/export, matching (issue 4).

pub mod cli;

/// Texts the offers step shows (see `crate::code_messages`), in `locales/<lang>/offers.ftl`.
pub const MESSAGES: &[(&str, &[&str])] = &[];
