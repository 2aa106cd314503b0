//! Wegweiser: guides single parents in Germany to the help that exists for them locally.
//!
//! The program is a stack of crates with one-way dependencies (ARCHITECTURE.md):
//! `wegweiser-core` (the pure [`engine`], [`dialog`] trees) ← `wegweiser-content` ([`i18n`],
//! [`check`]) ← `wegweiser-offers` / `wegweiser-store` ← `wegweiser-conversation` ← the channels
//! behind the delivery core (`wegweiser-delivery` ← `wegweiser-telegram`) ← this crate: the command line, the terminal chat, the preview page
//! and the coordinators' tools. The modules below re-export the layers under the names the
//! command line, the tests and the benchmarks use.

pub use wegweiser_content::{check, i18n, today};
pub use wegweiser_conversation::{config, conversation, live};
pub use wegweiser_core::{diag, dialog, engine, fingerprint, geo, lang, networks, office};
/// The channel-neutral delivery core ([`wegweiser_delivery`]).
pub use wegweiser_delivery as delivery;

/// Local offers ([`wegweiser_offers`]) and their command line.
pub mod offers {
    pub use wegweiser_offers::*;
    pub mod cli;
}

/// The session store and the needs report ([`wegweiser_store`]).
pub mod store {
    pub use wegweiser_store::*;
}

/// The needs report's counters ([`wegweiser_store::stats`]) and its command line.
pub mod stats {
    pub use wegweiser_store::stats::*;
    pub mod cli;
}

pub mod adapters;
/// Entry points for the fuzz targets in `fuzz/` (see fuzz/README.md); only with the `fuzz`
/// feature (fuzz/Cargo.toml, and the tests through the self dev-dependency in Cargo.toml).
#[cfg(feature = "fuzz")]
pub mod fuzz;
pub mod tools;

/// Every text the program itself shows (not the dialogs), layer by layer, with the variables
/// it passes. `check` requires each in German and checks translations against these
/// variables; a new channel adds its list here.
pub const CODE_MESSAGES: check::CodeMessages = &[
    engine::SYSTEM_MESSAGES,
    engine::place::MESSAGES,
    offers::MESSAGES,
    adapters::telegram::MESSAGES,
    delivery::ADMIN_MESSAGES,
];
