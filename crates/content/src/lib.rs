//! The texts a parent reads: Fluent files loaded and rendered with a fallback to German,
//! numbers and dates per language, right-to-left shaping, and `check` of the coordinators'
//! dialogs and locales together.

pub mod check;
pub mod i18n;
pub mod today;
