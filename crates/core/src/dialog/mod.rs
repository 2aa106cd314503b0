//! The decision tree as coordinators write it (`dialogs/*.toml`), loaded and checked.

pub mod expr;
pub mod figures;
mod load;
pub mod model;
pub mod raw;
pub mod words;

pub use load::{load_dir, load_sources, DialogSources, FACTS_FILE, FIGURES_FILE};
pub use model::*;
