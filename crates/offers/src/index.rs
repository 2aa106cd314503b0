//! The compact in-memory ranking index: everything filtering and ranking reads, per offer, in
//! a few bytes (interned labels, district, languages as bits, coordinates, condition, kind),
//! with position sets per label, office, district, language and condition. Built from the
//! store at start and after every import; a list request returns the ids of one page, whose
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
//!
//! How a page is found without scoring every candidate: every set an offer can be in (a label,
//! an office, a district, a language, a condition, city-wide, childcare, each off-hour, "takes
//! part") is a [`PosSet`] over index positions — a bitset when dense, a sorted list of positions
//! when sparse. A request ORs its tags' sets into a bitset of candidates, clears those of
//! conditions false for the parent and ANDs the filters word by word (64 offers a step), so the
//! count ("I know N offers") stays exact. The first three ranking rules are yes/no for the
//! request, so they split the list into eight classes whose sizes are popcounts; only the
//! classes the page falls into are materialised and sorted by the full key (distance and the
//! rest). [`RankIndex::page_full_sort`] is the straightforward scan-and-sort the fast path must
//! equal (tests/offers_ranking.rs compares both over random requests).

use std::collections::{BTreeMap, HashMap};

use wegweiser_core::dialog::expr::{Env, Expr, Value};

use super::matching::{is_participation, Profile};
use super::model::{GeoPoint, Kind, Offer, Office};
use super::store::PostcodeArea;

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

/// Index positions: a bitset (one bit per offer) when at least one offer in 32 is in it, so it
/// is never larger than the list of positions; otherwise the sorted positions.
#[derive(Debug, Clone)]
enum PosSet {
    Dense(Box<[u64]>),
    Sparse(Box<[u32]>),
}

impl Default for PosSet {
    fn default() -> PosSet {
        PosSet::Sparse(Box::default())
    }
}

impl PosSet {
    fn from_positions(positions: Vec<u32>, n: usize) -> PosSet {
        if positions.len() * 32 >= n && !positions.is_empty() {
            let mut words = vec![0u64; n.div_ceil(64)];
            for p in positions {
                words[p as usize / 64] |= 1 << (p % 64);
            }
            PosSet::Dense(words.into_boxed_slice())
        } else {
            PosSet::Sparse(positions.into_boxed_slice())
        }
    }

    /// Always a bitset of `n` bits (the static filter sets).
    fn dense(positions: Vec<u32>, n: usize) -> PosSet {
        let mut words = vec![0u64; n.div_ceil(64)];
        for p in positions {
            words[p as usize / 64] |= 1 << (p % 64);
        }
        PosSet::Dense(words.into_boxed_slice())
    }

    fn or_into(&self, out: &mut [u64]) {
        match self {
            PosSet::Dense(w) => out.iter_mut().zip(w.iter()).for_each(|(o, w)| *o |= w),
            PosSet::Sparse(ps) => {
                for &p in ps.iter() {
                    if let Some(o) = out.get_mut(p as usize / 64) {
                        *o |= 1 << (p % 64);
                    }
                }
            }
        }
    }

    fn clear_from(&self, out: &mut [u64]) {
        match self {
            PosSet::Dense(w) => out.iter_mut().zip(w.iter()).for_each(|(o, w)| *o &= !w),
            PosSet::Sparse(ps) => {
                for &p in ps.iter() {
                    if let Some(o) = out.get_mut(p as usize / 64) {
                        *o &= !(1 << (p % 64));
                    }
                }
            }
        }
    }

    /// The words of a dense set (empty for a sparse one).
    fn words(&self) -> &[u64] {
        match self {
            PosSet::Dense(w) => w,
            PosSet::Sparse(_) => &[],
        }
    }

    fn heap_bytes(&self) -> usize {
        match self {
            PosSet::Dense(w) => w.len() * 8,
            PosSet::Sparse(p) => p.len() * 4,
        }
    }
}

/// The word `i` of a dense set, or 0.
fn word(w: &[u64], i: usize) -> u64 {
    w.get(i).copied().unwrap_or(0)
}

/// See the module documentation.
#[derive(Debug, Clone, Default)]
pub struct RankIndex {
    ids: Vec<String>,
    entries: Vec<Entry>,
    label_ids: HashMap<String, u16>,
    labels: Vec<PosSet>,
    offices: HashMap<Office, PosSet>,
    district_ids: HashMap<String, u16>,
    districts: HashMap<u16, PosSet>,
    lang_ids: HashMap<String, u8>,
    langs: HashMap<u8, PosSet>,
    conditions: Vec<Expr>,
    condition_sets: Vec<PosSet>,
    citywide: PosSet,
    participation: PosSet,
    childcare: PosSet,
    /// early, late, weekend.
    off_hours: [PosSet; 3],
    /// Postcode → the district most of its offers name and their centre.
    postcodes: HashMap<String, PostcodeArea>,
    /// Network id (`""`: imported without one) → its offers.
    networks: HashMap<String, PosSet>,
}

fn intern<T: Copy>(map: &mut HashMap<String, T>, key: &str, next: impl FnOnce(usize) -> T) -> T {
    if let Some(v) = map.get(key) {
        return *v;
    }
    let v = next(map.len());
    map.insert(key.to_string(), v);
    v
}

/// The request-dependent parts of the ranking, computed once per request.
struct Ctx<'a> {
    cond: Vec<bool>,
    district: Option<u16>,
    known_district: bool,
    lang_bit: u64,
    wants: u8,
    here: Option<(f32, f32)>,
    cos_lat: f32,
    first_labels: Vec<u16>,
    first_offices: Vec<Office>,
    p: &'a Profile,
}

/// Where a candidate's relevance (the step's tag order) comes from.
enum Rel {
    /// An office's list: all equal.
    Zero,
    /// The position of the first request tag the offer carries (none: after the last).
    Tags(Vec<Option<u16>>),
}

type Key = (bool, bool, bool, u32, u8, u8, bool, u32, u32);

impl RankIndex {
    /// Builds the index. A condition that no longer parses (the store is older than the
    /// expression language) is dropped with a log line rather than hiding the offer.
    pub fn build<'a>(offers: impl IntoIterator<Item = &'a Offer>) -> RankIndex {
        let mut ix = RankIndex::default();
        let mut cond_ids: HashMap<String, u32> = HashMap::new();
        let mut names: Vec<(String, u32)> = Vec::new();
        let mut network_pos: HashMap<String, Vec<u32>> = HashMap::new();
        let mut label_pos: Vec<Vec<u32>> = Vec::new();
        let mut office_pos: HashMap<Office, Vec<u32>> = HashMap::new();
        let mut district_pos: HashMap<u16, Vec<u32>> = HashMap::new();
        let mut lang_pos: HashMap<u8, Vec<u32>> = HashMap::new();
        let mut cond_pos: Vec<Vec<u32>> = Vec::new();
        let mut flag_pos: [Vec<u32>; 6] = Default::default();
        // Per postcode: (id, district, location) of its offers.
        type AtPostcode<'o> = Vec<(&'o str, &'o str, Option<GeoPoint>)>;
        let mut at_postcode: HashMap<&'a str, AtPostcode<'a>> = HashMap::new();
        for o in offers {
            let n = ix.entries.len() as u32;
            let mut labels: Vec<u16> = o
                .labels()
                .map(|l| {
                    intern(&mut ix.label_ids, l, |i| {
                        label_pos.push(Vec::new());
                        i.min(NONE16 as usize - 1) as u16
                    })
                })
                .collect();
            labels.sort_unstable();
            labels.dedup();
            for l in &labels {
                label_pos[*l as usize].push(n);
            }
            if let Some(office) = o.office {
                office_pos.entry(office).or_default().push(n);
            }
            let district = if o.district.is_empty() {
                NONE16
            } else {
                intern(&mut ix.district_ids, &o.district.to_lowercase(), |i| {
                    i.min(NONE16 as usize - 1) as u16
                })
            };
            if district != NONE16 {
                district_pos.entry(district).or_default().push(n);
            }
            let mut langs = 0u64;
            for l in &o.languages {
                let bit = intern(&mut ix.lang_ids, l, |i| i.min(63) as u8);
                langs |= 1 << bit;
            }
            for bit in 0..64u8 {
                if langs & (1 << bit) != 0 {
                    lang_pos.entry(bit).or_default().push(n);
                }
            }
            let condition = match &o.condition {
                None => NONE32,
                Some(c) => match cond_ids.get(c) {
                    Some(id) => *id,
                    None => match Expr::parse(c) {
                        Ok(e) => {
                            let id = ix.conditions.len() as u32;
                            ix.conditions.push(e);
                            cond_pos.push(Vec::new());
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
            if let Some(list) = cond_pos.get_mut(condition as usize) {
                list.push(n);
            }
            let (lat, lon, has_location) = match o.location {
                Some(p) => (p.lat() as f32, p.lon() as f32, true),
                None => (0.0, 0.0, false),
            };
            let flags = [
                o.citywide,
                is_participation(o.kind),
                o.childcare,
                o.off_hours.early,
                o.off_hours.late,
                o.off_hours.weekend,
            ];
            for (list, on) in flag_pos.iter_mut().zip(flags) {
                if on {
                    list.push(n);
                }
            }
            if !o.postcode.is_empty() {
                at_postcode.entry(o.postcode.as_str()).or_default().push((
                    o.id.as_str(),
                    o.district.as_str(),
                    o.location,
                ));
            }
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
            ix.ids.push(o.key());
            network_pos.entry(o.network.clone()).or_default().push(n);
            names.push((o.name.to_lowercase(), n));
        }
        names.sort();
        for (rank, (_, n)) in names.into_iter().enumerate() {
            ix.entries[n as usize].name_rank = rank as u32;
        }
        let n = ix.entries.len();
        ix.labels = label_pos
            .into_iter()
            .map(|p| PosSet::from_positions(p, n))
            .collect();
        ix.offices = office_pos
            .into_iter()
            .map(|(k, p)| (k, PosSet::from_positions(p, n)))
            .collect();
        ix.districts = district_pos
            .into_iter()
            .map(|(k, p)| (k, PosSet::from_positions(p, n)))
            .collect();
        ix.langs = lang_pos
            .into_iter()
            .map(|(k, p)| (k, PosSet::from_positions(p, n)))
            .collect();
        ix.networks = network_pos
            .into_iter()
            .map(|(k, p)| (k, PosSet::from_positions(p, n)))
            .collect();
        ix.condition_sets = cond_pos
            .into_iter()
            .map(|p| PosSet::from_positions(p, n))
            .collect();
        let [citywide, participation, childcare, early, late, weekend] =
            flag_pos.map(|p| PosSet::dense(p, n));
        ix.citywide = citywide;
        ix.participation = participation;
        ix.childcare = childcare;
        ix.off_hours = [early, late, weekend];
        ix.postcodes = at_postcode
            .into_iter()
            .map(|(pc, mut list)| {
                (pc.to_string(), {
                    list.sort_by(|a, b| a.0.cmp(b.0));
                    postcode_area(&list)
                })
            })
            .collect();
        ix
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The district most offers at `postcode` name (ties: the first by name) and the centre of
    /// their coordinates — what `OfferStore::postcode_area` reads from sled, without reading it.
    pub fn postcode_area(&self, postcode: &str) -> PostcodeArea {
        self.postcodes.get(postcode).cloned().unwrap_or_default()
    }

    /// Approximate heap and inline bytes the index takes (BENCHMARKS.md: bytes per offer).
    pub fn memory_bytes(&self) -> usize {
        use std::mem::size_of;
        let map_entry = |key: usize, value: usize| key + value + 8;
        let ids: usize = self.ids.iter().map(|s| size_of::<String>() + s.len()).sum();
        let entries: usize = self
            .entries
            .iter()
            .map(|e| size_of::<Entry>() + e.labels.len() * 2)
            .sum();
        let sets = self.labels.iter().map(PosSet::heap_bytes).sum::<usize>()
            + self.offices.values().map(PosSet::heap_bytes).sum::<usize>()
            + self
                .districts
                .values()
                .map(PosSet::heap_bytes)
                .sum::<usize>()
            + self.langs.values().map(PosSet::heap_bytes).sum::<usize>()
            + self
                .condition_sets
                .iter()
                .map(PosSet::heap_bytes)
                .sum::<usize>()
            + [&self.citywide, &self.participation, &self.childcare]
                .into_iter()
                .chain(self.off_hours.iter())
                .map(PosSet::heap_bytes)
                .sum::<usize>();
        let names: usize = self
            .label_ids
            .keys()
            .chain(self.district_ids.keys())
            .chain(self.lang_ids.keys())
            .map(|k| map_entry(size_of::<String>() + k.len(), 2))
            .sum();
        let postcodes: usize = self
            .postcodes
            .iter()
            .map(|(k, a)| {
                map_entry(
                    size_of::<String>() + k.len(),
                    size_of::<PostcodeArea>() + a.district.as_ref().map_or(0, String::len),
                )
            })
            .sum();
        size_of::<RankIndex>() + ids + entries + sets + names + postcodes
    }

    /// One page of the list `req` asks for, ranked for `p`.
    pub fn page(&self, req: &ListRequest, p: &Profile) -> IndexPage {
        let mut cand = vec![0u64; self.entries.len().div_ceil(64)];
        let rel = if let Some(office) = req.office {
            if let Some(set) = self.offices.get(&office) {
                set.or_into(&mut cand);
            }
            Rel::Zero
        } else {
            let tag_ids = self.tag_ids(req);
            for l in tag_ids.iter().flatten() {
                if let Some(set) = self.labels.get(*l as usize) {
                    set.or_into(&mut cand);
                }
            }
            Rel::Tags(tag_ids)
        };
        self.rank(cand, rel, req, p)
    }

    /// Every offer ranked for `p` (tests, `matching::select`).
    pub fn page_all(&self, req: &ListRequest, p: &Profile) -> IndexPage {
        let n = self.entries.len();
        let mut cand = vec![u64::MAX; n.div_ceil(64)];
        if n % 64 != 0 {
            if let Some(last) = cand.last_mut() {
                *last = (1u64 << (n % 64)) - 1;
            }
        }
        self.rank(cand, Rel::Tags(self.tag_ids(req)), req, p)
    }

    fn tag_ids(&self, req: &ListRequest) -> Vec<Option<u16>> {
        req.tags
            .iter()
            .map(|t| self.label_ids.get(&t.to_lowercase()).copied())
            .collect()
    }

    fn ctx<'a>(&self, p: &'a Profile) -> Ctx<'a> {
        // Conditions: each distinct expression evaluated once per request.
        let env = Facts(&p.facts);
        let here = p.location.map(|g| (g.lat() as f32, g.lon() as f32));
        Ctx {
            cond: self
                .conditions
                .iter()
                .map(|e| e.eval_bool(&env) != Some(false))
                .collect(),
            district: p
                .district
                .as_deref()
                .and_then(|d| self.district_ids.get(&d.to_lowercase()).copied()),
            known_district: p.district.is_some(),
            lang_bit: self.lang_ids.get(&p.lang).map_or(0, |b| 1u64 << b),
            wants: p.off_hours.early as u8
                | (p.off_hours.late as u8) << 1
                | (p.off_hours.weekend as u8) << 2,
            here,
            cos_lat: here.map_or(1.0, |(lat, _)| lat.to_radians().cos()),
            first_labels: p
                .first
                .iter()
                .filter_map(|k| self.label_ids.get(k).copied())
                .collect(),
            first_offices: p.first.iter().filter_map(|k| Office::parse(k)).collect(),
            p,
        }
    }

    /// Sort key of position `n`: smaller is better.
    fn key(&self, c: &Ctx, n: u32, rel: u8) -> Key {
        let e = &self.entries[n as usize];
        let first = !(e.office.is_some_and(|o| c.first_offices.contains(&o))
            || e.labels.iter().any(|l| c.first_labels.contains(l)));
        let in_district = c.district.is_some_and(|d| d == e.district);
        let speaks = e.langs & c.lang_bit != 0;
        // Squared equirectangular distance: exact enough to order places in a city.
        let dist = match c.here {
            Some((lat, lon)) if e.has_location => {
                let dx = (e.lon - lon) * c.cos_lat;
                let dy = e.lat - lat;
                dx * dx + dy * dy
            }
            _ => f32::INFINITY,
        };
        let off_hours_fit = (e.off_hours & c.wants).count_ones() as u8;
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
    }

    fn rel_of(&self, rel: &Rel, n: u32) -> u8 {
        match rel {
            Rel::Zero => 0,
            Rel::Tags(tag_ids) => {
                let e = &self.entries[n as usize];
                tag_ids
                    .iter()
                    .position(|t| t.is_some_and(|t| e.labels.contains(&t)))
                    .unwrap_or(tag_ids.len())
                    .min(254) as u8
            }
        }
    }

    /// The shown ids with their distances.
    fn shown(&self, c: &Ctx, keys: impl Iterator<Item = u32>) -> Vec<(String, Option<f64>)> {
        keys.map(|n| {
            let e = &self.entries[n as usize];
            let km = match c.p.location {
                Some(here) if e.has_location => {
                    GeoPoint::new(e.lat as f64, e.lon as f64).map(|g| here.km_to(&g))
                }
                _ => None,
            };
            (self.ids[n as usize].clone(), km)
        })
        .collect()
    }

    /// A dense copy of a set (sparse sets are spread into words).
    fn spread(&self, set: Option<&PosSet>) -> Vec<u64> {
        let mut w = vec![0u64; self.entries.len().div_ceil(64)];
        if let Some(s) = set {
            s.or_into(&mut w);
        }
        w
    }

    fn rank(&self, mut cand: Vec<u64>, rel: Rel, req: &ListRequest, p: &Profile) -> IndexPage {
        let c = self.ctx(p);
        // Only the parent's network (and offers imported without one); outside every network,
        // nothing: never another city's offers.
        if let Some(net) = &p.network {
            let mut keep = self.spread(self.networks.get(""));
            if net != wegweiser_core::networks::OUTSIDE {
                if let Some(set) = self.networks.get(net) {
                    set.or_into(&mut keep);
                }
            } else {
                keep.iter_mut().for_each(|w| *w = 0);
            }
            cand.iter_mut().zip(&keep).for_each(|(c, k)| *c &= k);
        }
        // Offers whose condition is false for the parent are never listed.
        for (set, ok) in self.condition_sets.iter().zip(&c.cond) {
            if !ok {
                set.clear_from(&mut cand);
            }
        }
        let allowed = cand;
        // The filters, word by word.
        let district_words = c.district.map(|d| self.spread(self.districts.get(&d)));
        let citywide = self.citywide.words();
        let part = self.participation.words();
        let childcare = self.childcare.words();
        let off = [
            self.off_hours[0].words(),
            self.off_hours[1].words(),
            self.off_hours[2].words(),
        ];
        let strict: Vec<u64> = allowed
            .iter()
            .enumerate()
            .map(|(i, &a)| {
                let mut ok = a;
                if c.known_district {
                    let d = district_words.as_deref().map_or(0, |d| word(d, i));
                    ok &= word(citywide, i) | d;
                }
                let participation = word(part, i);
                if c.wants != 0 {
                    let mut serves = u64::MAX;
                    for (bit, w) in off.iter().enumerate() {
                        if c.wants & (1 << bit) != 0 {
                            serves &= word(w, i);
                        }
                    }
                    ok &= !participation | serves;
                }
                if p.needs_childcare {
                    ok &= !participation | word(childcare, i);
                }
                ok
            })
            .collect();
        let count = |w: &[u64]| w.iter().map(|x| x.count_ones() as usize).sum::<usize>();
        let strict_n = count(&strict);
        let relaxed = strict_n == 0 && count(&allowed) > 0;
        let chosen = if relaxed { allowed } else { strict };
        let total = count(&chosen);

        let size = req.page_size.max(1);
        let last_page = total.saturating_sub(1) / size;
        let page = req.page.min(last_page);
        let first = page * size;
        let end = (first + size).min(total);

        // The three yes/no rules split the list into eight classes, best first.
        let mut first_words = vec![0u64; chosen.len()];
        for l in &c.first_labels {
            if let Some(set) = self.labels.get(*l as usize) {
                set.or_into(&mut first_words);
            }
        }
        for o in &c.first_offices {
            if let Some(set) = self.offices.get(o) {
                set.or_into(&mut first_words);
            }
        }
        let in_district = district_words.unwrap_or_default();
        let lang_words = self
            .lang_ids
            .get(&p.lang)
            .map(|b| self.spread(self.langs.get(b)))
            .unwrap_or_default();
        let class_word = |class: usize, i: usize| {
            let pick = |w: u64, yes: bool| if yes { w } else { !w };
            chosen[i]
                & pick(first_words[i], class & 4 == 0)
                & pick(word(&in_district, i), class & 2 == 0)
                & pick(word(&lang_words, i), class & 1 == 0)
        };
        let mut shown_keys: Vec<u32> = Vec::with_capacity(end - first);
        let mut offset = 0usize;
        for class in 0..8 {
            if offset >= end {
                break;
            }
            let size_of_class: usize = (0..chosen.len())
                .map(|i| class_word(class, i).count_ones() as usize)
                .sum();
            let (from, to) = (offset, offset + size_of_class);
            offset = to;
            if to <= first || size_of_class == 0 {
                continue;
            }
            let mut keyed: Vec<(Key, u32)> = Vec::with_capacity(size_of_class);
            for i in 0..chosen.len() {
                let mut w = class_word(class, i);
                while w != 0 {
                    let n = (i * 64) as u32 + w.trailing_zeros();
                    w &= w - 1;
                    keyed.push((self.key(&c, n, self.rel_of(&rel, n)), n));
                }
            }
            // The part of this class on the page: [lo, hi) within the class.
            let lo = first.saturating_sub(from);
            let hi = end.min(to) - from;
            if hi < keyed.len() {
                keyed.select_nth_unstable_by(hi, |a, b| a.0.cmp(&b.0));
                keyed.truncate(hi);
            }
            if lo > 0 && lo < keyed.len() {
                keyed.select_nth_unstable_by(lo, |a, b| a.0.cmp(&b.0));
                keyed.drain(..lo);
            }
            keyed.sort_unstable_by_key(|a| a.0);
            shown_keys.extend(keyed.into_iter().map(|(_, n)| n));
        }
        IndexPage {
            total,
            first,
            shown: self.shown(&c, shown_keys.into_iter()),
            relaxed,
        }
    }

    /// The same page as [`RankIndex::page`] (or [`RankIndex::page_all`] with `all`), found the
    /// straightforward way: every offer checked and every one listed sorted by its full key.
    /// The reference the fast path is tested against.
    #[doc(hidden)]
    pub fn page_full_sort(&self, req: &ListRequest, p: &Profile, all: bool) -> IndexPage {
        let c = self.ctx(p);
        let office_list = req.office.is_some() && !all;
        let rel = if office_list {
            Rel::Zero
        } else {
            Rel::Tags(self.tag_ids(req))
        };
        let candidates: Vec<u32> = (0..self.entries.len() as u32)
            .filter(|&n| {
                let e = &self.entries[n as usize];
                if all {
                    true
                } else if let Some(office) = req.office {
                    e.office == Some(office)
                } else {
                    matches!(&rel, Rel::Tags(t) if t.iter().flatten().any(|l| e.labels.contains(l)))
                }
            })
            .collect();
        let passes = |e: &Entry| {
            let district_ok = !c.known_district
                || e.citywide
                || (c.district.is_some() && e.district == c.district.unwrap_or(NONE16));
            let participation = is_participation(e.kind);
            let hours_ok = !participation || (e.off_hours & c.wants) == c.wants;
            let childcare_ok = !p.needs_childcare || !participation || e.childcare;
            district_ok && hours_ok && childcare_ok
        };
        let allowed: Vec<u32> = candidates
            .into_iter()
            .filter(|n| {
                let cond = self.entries[*n as usize].condition;
                cond == NONE32 || c.cond[cond as usize]
            })
            .collect();
        let strict: Vec<u32> = allowed
            .iter()
            .copied()
            .filter(|n| passes(&self.entries[*n as usize]))
            .collect();
        let relaxed = strict.is_empty() && !allowed.is_empty();
        let chosen = if relaxed { allowed } else { strict };
        let mut keyed: Vec<(Key, u32)> = chosen
            .iter()
            .map(|&n| (self.key(&c, n, self.rel_of(&rel, n)), n))
            .collect();
        keyed.sort_unstable();
        let total = keyed.len();
        let size = req.page_size.max(1);
        let page = req.page.min(total.saturating_sub(1) / size);
        let first = page * size;
        IndexPage {
            total,
            first,
            shown: self.shown(&c, keyed.into_iter().skip(first).take(size).map(|k| k.1)),
            relaxed,
        }
    }
}

/// What `OfferStore::postcode_area` computes from the offers at one postcode, in id order.
fn postcode_area(list: &[(&str, &str, Option<GeoPoint>)]) -> PostcodeArea {
    let mut districts: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut lat, mut lon, mut n) = (0.0, 0.0, 0usize);
    for (_, district, location) in list {
        if !district.is_empty() {
            *districts.entry(district).or_default() += 1;
        }
        if let Some(p) = location {
            lat += p.lat();
            lon += p.lon();
            n += 1;
        }
    }
    let district = districts
        .into_iter()
        .max_by_key(|(d, c)| (*c, std::cmp::Reverse(*d)))
        .map(|(d, _)| d.to_string());
    let centre = if n > 0 {
        GeoPoint::new(lat / n as f64, lon / n as f64)
    } else {
        None
    };
    PostcodeArea { district, centre }
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
