//! Helpers shared by integration tests.

pub mod botapi;
pub mod golden;
pub mod process;
pub mod shipped;
