//! The pure heart of Wegweiser: the dialog tree and its checks, the engine
//! (tree, state, input) -> (state, reply), and the small shared vocabulary below both
//! (language tags, places on the map, offices, networks).
//!
//! This crate depends on no I/O crate (no tokio, sled, teloxide, Fluent bundles): Cargo keeps
//! the engine pure.

pub mod diag;
pub mod dialog;
pub mod engine;
pub mod fingerprint;
pub mod geo;
pub mod ids;
pub mod lang;
pub mod networks;
pub mod office;
