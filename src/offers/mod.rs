//! Local offers: model, sled store, CSV import/export, matching (issue 4).

pub mod cli;
