//! Local offers: who does what, near the parent (issue 4).
//!
//! - [`model`]: one offer and its value types (kinds, cost, opening hours, coordinates);
//! - [`table`]: the coordinators' CSV, read with validation and written back;
//! - [`store`]: sled trees with secondary indexes; imports are one transaction;
//! - [`companion`]: the files beside the sheet (postcodes and "first" lists; translation records);
//! - [`index`]: the in-memory ranking index lists are served from;
//! - [`matching`]: filtering and ranking for one parent, pure;
//! - [`present`]: the cards an offers step shows, in the parent's language;
//! - [`cli`]: `wegweiser offers import|list|export`, and the stale-entry check.
//!
//! The CSV is the source of truth (sled has open corruption reports): the store can always be
//! rebuilt with `offers import --replace`.

pub mod companion;
pub mod index;
pub mod matching;
pub mod model;
pub mod present;
pub mod store;
pub mod table;

pub use index::{IndexPage, ListRequest, RankIndex};
pub use matching::{Profile, Ranked, Selection};
pub use model::{Cost, GeoPoint, Hours, Kind, OffHours, Offer, OfferId, Office, TextField};
pub use present::OfferFinder;
pub use store::{ImportSummary, OfferStore, PostcodeArea, Query, SheetRow};

/// Everything that can go wrong with offers, for the library's callers.
#[derive(Debug, thiserror::Error)]
pub enum OfferError {
    /// The sheet has problems; one `file:line: message` per problem, nothing was imported.
    #[error("{} problem(s) in the offers file, nothing was imported:\n{}", .0.len(), .0.join("\n"))]
    Invalid(Vec<String>),
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot write the offers: {0}")]
    Write(std::io::Error),
    /// sled found the offers' part of the data folder inconsistent (a crash of the disk, an
    /// incomplete copy): not repairable in place. The way back is the one for a damaged data
    /// folder (RELIABILITY.md), the same message as [`crate::store::StoreError::Damaged`].
    #[error("the data folder is damaged (sled: {what}). Move it aside (mv DATA DATA.damaged), then `wegweiser restore BACKUP --data DATA` and `wegweiser offers import OFFERS.csv --data DATA`; see RELIABILITY.md")]
    Damaged { what: String },
    #[error("offer storage error: {0}")]
    Store(sled::Error),
    /// Never expected (plain data always encodes), but an empty record must never be stored.
    #[error("cannot encode {what} for storage: {source}")]
    Encode {
        what: &'static str,
        source: serde_json::Error,
    },
}

impl From<sled::Error> for OfferError {
    fn from(e: sled::Error) -> OfferError {
        match e {
            sled::Error::Corruption { at, .. } => OfferError::Damaged {
                what: match at {
                    Some(at) => format!("corrupted data at {at}"),
                    None => "corrupted data".to_string(),
                },
            },
            e => OfferError::Store(e),
        }
    }
}

/// Texts the offers step shows (see `crate::code_messages`), in `locales/<lang>/offers.ftl`,
/// with the variables the code passes to each.
pub const MESSAGES: &[(&str, &[&str])] = &[
    ("offers-found", &["total", "shown", "from", "to"]),
    ("offers-none", &[]),
    ("offers-relaxed", &[]),
    ("offers-unavailable", &[]),
    ("offers-more", &[]),
    ("offers-near-saved", &[]),
    ("offers-card-title", &["name", "kind"]),
    ("offers-card-provider", &["provider"]),
    ("offers-card-place", &["place"]),
    ("offers-card-distance", &["km"]),
    ("offers-card-hours", &["hours"]),
    ("offers-card-offhours", &["times"]),
    ("offers-card-childcare", &[]),
    ("offers-card-languages", &["languages"]),
    ("offers-card-cost", &["cost"]),
    ("offers-card-phone", &["phone"]),
    ("offers-card-email", &["email"]),
    ("offers-card-web", &["web"]),
    ("offers-card-description", &["text"]),
    ("offers-card-ask-first", &["what", "action"]),
    ("offers-unconfirmed-both", &[]),
    ("offers-unconfirmed-place", &[]),
    ("offers-unconfirmed-hours", &[]),
    ("offers-ask-phone", &[]),
    ("offers-ask-web", &[]),
    ("offers-ask-other", &[]),
    ("offers-card-checked", &["date"]),
    ("offers-offhours-early", &[]),
    ("offers-offhours-late", &[]),
    ("offers-offhours-weekend", &[]),
    ("offers-cost-free", &[]),
    ("offers-cost-reduced", &[]),
    ("offers-cost-fee", &[]),
    ("offers-kind-office", &[]),
    ("offers-kind-counselling", &[]),
    ("offers-kind-course", &[]),
    ("offers-kind-childcare", &[]),
    ("offers-kind-family_centre", &[]),
    ("offers-kind-transport", &[]),
    ("offers-kind-health_insurer", &[]),
    ("offers-kind-legal", &[]),
    ("offers-kind-hotline", &[]),
    ("offers-kind-group", &[]),
    ("offers-kind-other", &[]),
    ("offers-day-mo", &[]),
    ("offers-day-tu", &[]),
    ("offers-day-we", &[]),
    ("offers-day-th", &[]),
    ("offers-day-fr", &[]),
    ("offers-day-sa", &[]),
    ("offers-day-su", &[]),
    // locales/<lang>/offers-list.ftl
    ("offers-first", &[]),
    ("offers-card-name-de", &["name"]),
    ("offers-card-info", &["text"]),
    ("offers-card-in-german", &["text"]),
    ("offers-by-appointment", &[]),
    ("offers-office-open", &["office"]),
    // One per `Office` (see `Office::name_message`; a test keeps the two in step).
    ("offers-office-name-jobcenter", &[]),
    ("offers-office-name-bca", &[]),
    ("offers-office-name-agentur", &[]),
    ("offers-office-name-jugendamt", &[]),
    ("offers-office-name-uvg", &[]),
    ("offers-office-name-beistandschaft", &[]),
    ("offers-office-name-kita-placement", &[]),
    ("offers-office-name-familienkasse", &[]),
    ("offers-office-name-wohngeld", &[]),
    ("offers-office-name-elterngeld", &[]),
    ("offers-office-name-standesamt", &[]),
    ("offers-office-name-amtsgericht", &[]),
    ("offers-office-name-vhs", &[]),
    ("offers-office-name-migration-advice", &[]),
    ("offers-office-name-finanzamt", &[]),
    ("offers-office-name-sozialamt", &[]),
    ("offers-office-name-but", &[]),
    ("offers-office-none", &[]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_office_has_its_button_name_message() {
        for office in Office::ALL {
            let id = office.name_message();
            assert!(
                MESSAGES.iter().any(|(m, _)| *m == id),
                "{id} not in MESSAGES"
            );
        }
    }
}
