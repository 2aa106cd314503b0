//! Which offers fit one parent, best first. Pure: candidates in, ranked list out.
//!
//! Filters (hard, but relaxed when nothing is left, so a parent never ends at an empty list
//! while the city has something):
//! - district: with a known district, offers of other districts that are not open city-wide
//!   are left out;
//! - childcare during the offer and off-hours: only for offers one takes part in over time
//!   (counselling, courses, childcare, family centres, groups), since a Jobcenter appointment or
//!   a ticket office is not "with childcare".
//!
//! Ranking, most important first: speaks the parent's language; nearest (shared location, or
//! the centre of the parent's postcode) or, without any location, in the parent's district;
//! opening hours that fit (the off-hours asked for, then any hours listed at all); name.

use std::cmp::Ordering;

use super::model::{GeoPoint, Kind, OffHours, Offer};

/// Facts the offers step reads from the conversation (declared in `dialogs/facts.toml`).
pub const FACT_POSTCODE: &str = "postcode";
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
fn is_participation(kind: Kind) -> bool {
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

fn in_district(o: &Offer, p: &Profile) -> bool {
    p.district
        .as_deref()
        .is_some_and(|d| o.district.eq_ignore_ascii_case(d))
}

fn passes(o: &Offer, p: &Profile) -> bool {
    let district_ok = p.district.is_none() || o.citywide || in_district(o, p);
    let wants = p.off_hours;
    let hours_ok = !is_participation(o.kind)
        || ((!wants.early || o.off_hours.early)
            && (!wants.late || o.off_hours.late)
            && (!wants.weekend || o.off_hours.weekend));
    let childcare_ok = !p.needs_childcare || !is_participation(o.kind) || o.childcare;
    district_ok && hours_ok && childcare_ok
}

fn hours_fit(o: &Offer, p: &Profile) -> u8 {
    let w = p.off_hours;
    let matched = (w.early && o.off_hours.early) as u8
        + (w.late && o.off_hours.late) as u8
        + (w.weekend && o.off_hours.weekend) as u8;
    matched * 2 + (!o.hours.is_empty()) as u8
}

/// Position of the first of the step's `tags` the offer carries (lower: more relevant).
fn relevance(o: &Offer, tags: &[String]) -> usize {
    tags.iter()
        .position(|t| o.labels().any(|l| l == t))
        .unwrap_or(tags.len())
}

/// Filters and ranks `candidates` (already narrowed by the step's `tags`) for `p`.
pub fn select(candidates: Vec<Offer>, p: &Profile, tags: &[String]) -> Selection {
    let strict: Vec<Offer> = candidates
        .iter()
        .filter(|o| passes(o, p))
        .cloned()
        .collect();
    let relaxed = strict.is_empty() && !candidates.is_empty();
    let chosen = if relaxed { candidates } else { strict };
    let mut ranked: Vec<Ranked> = chosen
        .into_iter()
        .map(|offer| {
            let km = match (p.location, offer.location) {
                (Some(a), Some(b)) => Some(a.km_to(&b)),
                _ => None,
            };
            Ranked { offer, km }
        })
        .collect();
    ranked.sort_by(|a, b| compare(a, b, p, tags));
    Selection {
        offers: ranked,
        relaxed,
    }
}

fn compare(a: &Ranked, b: &Ranked, p: &Profile, tags: &[String]) -> Ordering {
    let speaks = |r: &Ranked| r.offer.speaks(&p.lang);
    speaks(b)
        .cmp(&speaks(a))
        .then_with(|| {
            if p.location.is_some() {
                // Unknown distance after every known one.
                match (a.km, b.km) {
                    (Some(x), Some(y)) => x.total_cmp(&y),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                }
            } else {
                in_district(&b.offer, p).cmp(&in_district(&a.offer, p))
            }
        })
        .then_with(|| hours_fit(&b.offer, p).cmp(&hours_fit(&a.offer, p)))
        .then_with(|| relevance(&a.offer, tags).cmp(&relevance(&b.offer, tags)))
        .then_with(|| {
            a.offer
                .name
                .to_lowercase()
                .cmp(&b.offer.name.to_lowercase())
        })
        .then_with(|| a.offer.id.cmp(&b.offer.id))
}
