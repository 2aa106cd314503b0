//! Wegweiser: guides single parents in Germany to the help that exists for them locally.
//!
//! The heart is the pure [`engine`]: (tree, state, input) -> (state, reply). Everything else
//! is either content ([`dialog`], [`i18n`]) or a thin adapter around it.

pub mod adapters;
pub mod check;
pub mod config;
pub mod conversation;
pub mod diag;
pub mod dialog;
pub mod engine;
pub mod fingerprint;
/// Entry points for the fuzz targets in `fuzz/` (see fuzz/README.md); only with the `fuzz`
/// feature (fuzz/Cargo.toml, and the tests through the self dev-dependency in Cargo.toml).
#[cfg(feature = "fuzz")]
pub mod fuzz;
pub mod i18n;
pub mod live;
pub mod networks;
pub mod offers;
pub mod stats;
pub mod store;
pub mod tools;

/// Every message id the program itself shows (not the dialogs), with the variables it passes.
/// `check` requires each in German and checks translations against these variables.
pub fn code_messages() -> impl Iterator<Item = &'static (&'static str, &'static [&'static str])> {
    engine::SYSTEM_MESSAGES
        .iter()
        .chain(adapters::telegram::MESSAGES.iter())
        .chain(adapters::telegram::ADMIN_MESSAGES.iter())
        .chain(offers::MESSAGES.iter())
        .chain(engine::place::MESSAGES.iter())
}
