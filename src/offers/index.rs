//! The compact in-memory ranking index: everything filtering and ranking reads, per offer, in
//! a few bytes (interned labels, district, languages as bits, coordinates, condition, kind),
//! with posting lists per label and office. Built from the store at start and after every
//! import; a list request touches only its candidates and returns the ids of one page, whose
//! full records are then read from sled. Pure: no I/O here.
//!
//! Ranking, most important first (docs/offers.md):
//! 1. the offices or tags of the screen the parent came from (`Areas::first`);
//! 2. in the parent's district;
//! 3. speaks the parent's language;
//! 4. nearest (shared location or the postcode's centre);
//! 5. serves the off-hours the parent asked for;
//! 6. the step's tag order (what the parent asked for: the social ticket leads a mobility list);
//! 7. opening hours (or "by appointment") known and confirmed — a `[verify]` value is not known;
//! 8. name, id.
//!
//! Filters: an offer whose condition is false for the parent's facts is never listed (unknown
//! facts don't exclude). District (offers of other districts not open city-wide), childcare and
//! off-hours are relaxed when nothing would be left.

use std::collections::{BTreeMap, HashMap};

use crate::dialog::expr::{Env, Expr, Value};

use super::matching::{is_participation, Profile};
use super::model::{Kind, Offer, Office};

/// One page of a list: positions in the ranked whole and the entries shown.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndexPage {
    pub total: usize,
    /// Index of the first shown offer in the whole list.
    pub first: usize,
    /// Ids shown, best first, with the distance in km if both places are known.
    pub shown: Vec<(String, Option<f64>)>,
    pub relaxed: bool,
}

/// What to list: offers with any of `tags` (topics or tags) or of `office`.
#[derive(Debug, Clone, Default)]
pub struct ListRequest {
    pub tags: Vec<String>,
    pub office: Option<Office>,
    /// 0-based page; clamped to the last one.
    pub page: usize,
    pub page_size: usize,
}

const NONE16: u16 = u16::MAX;
const NONE32: u32 = u32::MAX;

#[derive(Debug, Clone)]
struct Entry {
    labels: Box<[u16]>,
    district: u16,
    langs: u64,
    /// Degrees as f32: metres of precision, half the memory.
    lat: f32,
    lon: f32,
    has_location: bool,
    condition: u32,
    office: Option<Office>,
    kind: Kind,
    citywide: bool,
    childcare: bool,
    /// early, late, weekend as bits 0, 1, 2.
    off_hours: u8,
    /// Opening hours or "by appointment" a parent can see (not marked `[verify]`).
    has_hours: bool,
    /// Position in name order, for the last tie-breaks.
    name_rank: u32,
}

/// See the module documentation.
#[derive(Debug, Clone, Default)]
pub struct RankIndex {
    ids: Vec<String>,
    entries: Vec<Entry>,
    label_ids: HashMap<String, u16>,
    postings: Vec<Vec<u32>>,
    by_office: HashMap<Office, Vec<u32>>,
    district_ids: HashMap<String, u16>,
    lang_ids: HashMap<String, u8>,
    conditions: Vec<Expr>,
}

fn intern<T: Copy>(map: &mut HashMap<String, T>, key: &str, next: impl FnOnce(usize) -> T) -> T {
    if let Some(v) = map.get(key) {
        return *v;
    }
    let v = next(map.len());
    map.insert(key.to_string(), v);
    v
}

impl RankIndex {
    /// Builds the index. A condition that no longer parses (the store is older than the
    /// expression language) is dropped with a log line rather than hiding the offer.
    pub fn build<'a>(offers: impl IntoIterator<Item = &'a Offer>) -> RankIndex {
        let mut ix = RankIndex::default();
        let mut cond_ids: HashMap<String, u32> = HashMap::new();
        let mut names: Vec<(String, u32)> = Vec::new();
        for o in offers {
            let n = ix.entries.len() as u32;
            let mut labels: Vec<u16> = o
                .labels()
                .map(|l| {
                    intern(&mut ix.label_ids, l, |i| {
                        ix.postings.push(Vec::new());
                        i.min(NONE16 as usize - 1) as u16
                    })
                })
                .collect();
            labels.sort_unstable();
            labels.dedup();
            for l in &labels {
                ix.postings[*l as usize].push(n);
            }
            if let Some(office) = o.office {
                ix.by_office.entry(office).or_default().push(n);
            }
            let district = if o.district.is_empty() {
                NONE16
            } else {
                intern(&mut ix.district_ids, &o.district.to_lowercase(), |i| {
                    i.min(NONE16 as usize - 1) as u16
                })
            };
            let mut langs = 0u64;
            for l in &o.languages {
                let bit = intern(&mut ix.lang_ids, l, |i| i.min(63) as u8);
                langs |= 1 << bit;
            }
            let condition = match &o.condition {
                None => NONE32,
                Some(c) => match cond_ids.get(c) {
                    Some(id) => *id,
                    None => match Expr::parse(c) {
                        Ok(e) => {
                            let id = ix.conditions.len() as u32;
                            ix.conditions.push(e);
                            cond_ids.insert(c.clone(), id);
                            id
                        }
                        Err(e) => {
                            tracing::warn!(offer = %o.id, error = %e.message, "offer condition ignored");
                            NONE32
                        }
                    },
                },
            };
            let (lat, lon, has_location) = match o.location {
                Some(p) => (p.lat as f32, p.lon as f32, true),
                None => (0.0, 0.0, false),
            };
            ix.entries.push(Entry {
                labels: labels.into_boxed_slice(),
                district,
                langs,
                lat,
                lon,
                has_location,
                condition,
                office: o.office,
                kind: o.kind,
                citywide: o.citywide,
                childcare: o.childcare,
                off_hours: o.off_hours.early as u8
                    | (o.off_hours.late as u8) << 1
                    | (o.off_hours.weekend as u8) << 2,
                has_hours: o.shown("hours") && (!o.hours.is_empty() || o.by_appointment),
                name_rank: 0,
            });
            ix.ids.push(o.id.clone());
            names.push((o.name.to_lowercase(), n));
        }
        names.sort();
        for (rank, (_, n)) in names.into_iter().enumerate() {
            ix.entries[n as usize].name_rank = rank as u32;
        }
        ix
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// One page of the list `req` asks for, ranked for `p`.
    pub fn page(&self, req: &ListRequest, p: &Profile) -> IndexPage {
        // Candidates with the position of the first step tag they carry (relevance).
        let mut rel: Vec<u8> = Vec::new();
        let mut candidates: Vec<u32> = Vec::new();
        if let Some(office) = req.office {
            candidates = self.by_office.get(&office).cloned().unwrap_or_default();
            rel = vec![0; candidates.len()];
        } else if !req.tags.is_empty() {
            let mut mark = vec![u8::MAX; self.entries.len()];
            for (pos, tag) in req.tags.iter().enumerate() {
                let Some(l) = self.label_ids.get(&tag.to_lowercase()) else {
                    continue;
                };
                for &n in &self.postings[*l as usize] {
                    let m = &mut mark[n as usize];
                    if *m == u8::MAX {
                        *m = pos.min(254) as u8;
                        candidates.push(n);
                    }
                }
            }
            rel = candidates.iter().map(|n| mark[*n as usize]).collect();
        }
        self.rank(candidates, rel, req, p)
    }

    /// Every offer ranked for `p` (tests, `matching::select`).
    pub fn page_all(&self, req: &ListRequest, p: &Profile) -> IndexPage {
        let candidates: Vec<u32> = (0..self.entries.len() as u32).collect();
        let tag_ids: Vec<Option<u16>> = req
            .tags
            .iter()
            .map(|t| self.label_ids.get(&t.to_lowercase()).copied())
            .collect();
        let rel = self
            .entries
            .iter()
            .map(|e| {
                tag_ids
                    .iter()
                    .position(|t| t.is_some_and(|t| e.labels.contains(&t)))
                    .unwrap_or(tag_ids.len())
                    .min(254) as u8
            })
            .collect();
        self.rank(candidates, rel, req, p)
    }

    fn rank(
        &self,
        candidates: Vec<u32>,
        rel: Vec<u8>,
        req: &ListRequest,
        p: &Profile,
    ) -> IndexPage {
        // Conditions: each distinct expression evaluated once per request.
        let env = Facts(&p.facts);
        let cond: Vec<bool> = self
            .conditions
            .iter()
            .map(|e| e.eval_bool(&env) != Some(false))
            .collect();
        let district = p
            .district
            .as_deref()
            .and_then(|d| self.district_ids.get(&d.to_lowercase()).copied());
        let known_district = p.district.is_some();
        let lang_bit = self.lang_ids.get(&p.lang).map_or(0, |b| 1u64 << b);
        let wants = p.off_hours.early as u8
            | (p.off_hours.late as u8) << 1
            | (p.off_hours.weekend as u8) << 2;
        let here = p.location.map(|g| (g.lat as f32, g.lon as f32));
        let cos_lat = here.map_or(1.0, |(lat, _)| lat.to_radians().cos());
        let first_labels: Vec<u16> = p
            .first
            .iter()
            .filter_map(|k| self.label_ids.get(k).copied())
            .collect();
        let first_offices: Vec<Office> = p.first.iter().filter_map(|k| Office::parse(k)).collect();

        let passes = |e: &Entry| {
            let district_ok = !known_district
                || e.citywide
                || (district.is_some() && e.district == district.unwrap_or(NONE16));
            let participation = is_participation(e.kind);
            let hours_ok = !participation || (e.off_hours & wants) == wants;
            let childcare_ok = !p.needs_childcare || !participation || e.childcare;
            district_ok && hours_ok && childcare_ok
        };
        let allowed: Vec<(u32, u8)> = candidates
            .into_iter()
            .zip(rel)
            .filter(|(n, _)| {
                let c = self.entries[*n as usize].condition;
                c == NONE32 || cond[c as usize]
            })
            .collect();
        let strict: Vec<(u32, u8)> = allowed
            .iter()
            .copied()
            .filter(|(n, _)| passes(&self.entries[*n as usize]))
            .collect();
        let relaxed = strict.is_empty() && !allowed.is_empty();
        let chosen = if relaxed { allowed } else { strict };

        // Sort keys: smaller is better.
        let key = |&(n, rel): &(u32, u8)| {
            let e = &self.entries[n as usize];
            let first = !(e.office.is_some_and(|o| first_offices.contains(&o))
                || e.labels.iter().any(|l| first_labels.contains(l)));
            let in_district = district.is_some_and(|d| d == e.district);
            let speaks = e.langs & lang_bit != 0;
            // Squared equirectangular distance: exact enough to order places in a city.
            let dist = match here {
                Some((lat, lon)) if e.has_location => {
                    let dx = (e.lon - lon) * cos_lat;
                    let dy = e.lat - lat;
                    dx * dx + dy * dy
                }
                _ => f32::INFINITY,
            };
            let off_hours_fit = (e.off_hours & wants).count_ones() as u8;
            (
                first,
                !in_district,
                !speaks,
                ordered(dist),
                u8::MAX - off_hours_fit,
                rel,
                !e.has_hours,
                e.name_rank,
                n,
            )
        };
        let mut keyed: Vec<_> = chosen.iter().map(|c| (key(c), c.0)).collect();
        let total = keyed.len();
        let size = req.page_size.max(1);
        let last_page = total.saturating_sub(1) / size;
        let page = req.page.min(last_page);
        let first = page * size;
        let end = (first + size).min(total);
        if end < total {
            keyed.select_nth_unstable_by(end, |a, b| a.0.cmp(&b.0));
            keyed.truncate(end);
        }
        keyed.sort_unstable_by_key(|a| a.0);
        let shown = keyed
            .into_iter()
            .skip(first)
            .map(|(_, n)| {
                let e = &self.entries[n as usize];
                let km = match p.location {
                    Some(here) if e.has_location => {
                        super::model::GeoPoint::new(e.lat as f64, e.lon as f64)
                            .map(|g| here.km_to(&g))
                    }
                    _ => None,
                };
                (self.ids[n as usize].clone(), km)
            })
            .collect();
        IndexPage {
            total,
            first,
            shown,
            relaxed,
        }
    }
}

/// An f32 (never NaN here) as an integer with the same order, so keys compare as integers.
fn ordered(x: f32) -> u32 {
    let b = x.to_bits();
    if b & 0x8000_0000 != 0 {
        !b
    } else {
        b | 0x8000_0000
    }
}

struct Facts<'a>(&'a BTreeMap<String, Value>);

impl Env for Facts<'_> {
    fn get(&self, name: &str) -> Option<Value> {
        self.0.get(name).cloned()
    }
}
