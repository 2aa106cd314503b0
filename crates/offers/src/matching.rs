//! Which offers fit one parent, best first. Pure: candidates in, ranked list out. The rules
//! live in [`super::index`], which serves the bot's lists; [`select`] applies them to a given
//! set of offers (tests, tools).

use std::collections::BTreeMap;

use wegweiser_core::dialog::expr::Value;

use super::index::{ListRequest, RankIndex};
use super::model::{GeoPoint, Kind, OffHours, Offer};
/// Facts the offers step reads from the conversation (declared in `dialogs/facts.toml`); the
/// postcode is the place's fact, named once in `core::networks`.
pub use wegweiser_core::networks::FACT_POSTCODE;
/// bool: the parent needs their children looked after while taking part.
pub const FACT_CHILDCARE: &str = "offer_childcare";
/// choice: `no`, `early`, `late`, `weekend`: help needed outside usual hours.
pub const FACT_OFF_HOURS: &str = "off_hours";

/// What is known about the parent, as far as matching cares.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    /// The chat language.
    pub lang: String,
    pub district: Option<String>,
    /// Shared location, else the centre of the postcode area.
    pub location: Option<GeoPoint>,
    /// `location` is where the parent is, not a postcode's centre: cards may show distances.
    pub location_shared: bool,
    pub needs_childcare: bool,
    pub off_hours: OffHours,
    /// The parent's facts, for offers' conditions.
    pub facts: BTreeMap<String, Value>,
    /// Office keys or tags listed first: those of the screen the parent came from.
    pub first: Vec<String>,
    /// The parent's network (fact `network`): only its offers are listed.
    pub network: Option<String>,
}

/// An offer with its distance from the parent, if known.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub offer: Offer,
    pub km: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Selection {
    pub offers: Vec<Ranked>,
    /// No offer passed every filter; these are the closest fits.
    pub relaxed: bool,
}

/// Offers where taking part takes a while, so childcare during it and its hours matter.
pub fn is_participation(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Counselling
            | Kind::Course
            | Kind::Childcare
            | Kind::FamilyCentre
            | Kind::Group
            | Kind::Other
    )
}

/// Filters and ranks `candidates` (already narrowed by the step's `tags`) for `p`.
pub fn select(candidates: Vec<Offer>, p: &Profile, tags: &[String]) -> Selection {
    let index = RankIndex::build(&candidates);
    let req = ListRequest {
        tags: tags.to_vec(),
        page: 0,
        page_size: candidates.len().max(1),
        ..ListRequest::default()
    };
    // Candidates that carry none of the tags still count (the caller chose them).
    let page = index.page_all(&req, p);
    let mut by_id: BTreeMap<String, Offer> = candidates
        .into_iter()
        .map(|o| (o.id.to_string(), o))
        .collect();
    let offers = page
        .shown
        .into_iter()
        .filter_map(|(id, km)| by_id.remove(&id).map(|offer| Ranked { offer, km }))
        .collect();
    Selection {
        offers,
        relaxed: page.relaxed,
    }
}
