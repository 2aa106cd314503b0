//! Offers in sled, with secondary indexes so that a lookup reads only what it needs.
//!
//! Trees (all in the same database as the conversations):
//! - `offers`: id -> JSON `{v, offer, source}`;
//! - `offers_by_label`: `<topic or tag> 0x00 <id>` -> empty;
//! - `offers_by_district`: `<district, lower case> 0x00 <id>` -> empty;
//! - `offers_by_lang`: `<language code> 0x00 <id>` -> empty;
//! - `offers_by_postcode`: `<postcode> 0x00 <id>` -> empty.
//!
//! A query takes the ids under one prefix per condition (a prefix scan of an index, never of
//! the whole set), intersects them, and only then reads those offers. Ids, tags and language
//! codes cannot contain 0x00 (the import allows a-z, 0-9, - and _), so the separator is safe.
//! An import, with all its index changes, is one sled transaction: a reader sees the old set or
//! the new one, never a mix.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};
use sled::Transactional;

use std::sync::Arc;

use arc_swap::ArcSwap;

use super::companion::Areas;
use super::index::{IndexPage, ListRequest, RankIndex};
use super::matching::{Profile, Ranked};
use super::model::{GeoPoint, Kind, Offer};
use super::OfferError;

/// Bumped when the stored shape changes; a record of another version is skipped, not fatal
/// (the CSV is the source: re-import it).
const RECORD_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Record {
    v: u32,
    offer: Offer,
    source: SheetRow,
}

/// The sheet row an offer was imported from, so `check` and the preview point at it. Stored
/// as the text `file:line` (as records always were), split here only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    pub file: String,
    pub line: usize,
}

impl SheetRow {
    pub fn new(file: impl Into<String>, line: usize) -> SheetRow {
        SheetRow {
            file: file.into(),
            line,
        }
    }

    /// `file:line`; a text without a line number is a file's first line (a file name may hold
    /// colons itself, so the line is what follows the last one).
    pub fn parse(s: &str) -> SheetRow {
        let row = s
            .rsplit_once(':')
            .and_then(|(file, line)| Some((file, line.parse().ok()?)));
        match row {
            Some((file, line)) => SheetRow::new(file, line),
            None => SheetRow::new(s, 1),
        }
    }
}

impl std::fmt::Display for SheetRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

impl Serialize for SheetRow {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SheetRow {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<SheetRow, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(d)?;
        Ok(SheetRow::parse(&text))
    }
}

/// Which index an entry belongs to.
#[derive(Clone, Copy)]
enum Index {
    Label,
    District,
    Lang,
    Postcode,
}

const INDEXES: [Index; 4] = [Index::Label, Index::District, Index::Lang, Index::Postcode];

fn index_values(offer: &Offer, index: Index) -> Vec<String> {
    match index {
        Index::Label => offer
            .labels()
            .cloned()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
        Index::District => (!offer.district.is_empty())
            .then(|| offer.district.to_lowercase())
            .into_iter()
            .collect(),
        Index::Lang => offer.languages.clone(),
        Index::Postcode => (!offer.postcode.is_empty())
            .then(|| offer.postcode.clone())
            .into_iter()
            .collect(),
    }
}

fn index_key(value: &str, id: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(value.len() + 1 + id.len());
    k.extend_from_slice(value.as_bytes());
    k.push(0);
    k.extend_from_slice(id.as_bytes());
    k
}

fn prefix(value: &str) -> Vec<u8> {
    let mut k = value.as_bytes().to_vec();
    k.push(0);
    k
}

/// What a lookup asks for; every set condition must hold.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Any of these topics or tags (empty: no condition).
    pub labels: Vec<String>,
    pub district: Option<String>,
    pub language: Option<String>,
    pub postcode: Option<String>,
    pub kind: Option<Kind>,
    /// Only offers last checked before this day.
    pub checked_before: Option<NaiveDate>,
}

/// What an import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// An offer with the sheet row it came from.
#[derive(Debug, Clone)]
pub struct Sourced {
    pub offer: Offer,
    pub source: SheetRow,
}

/// Where the offers live; cheap to clone (sled trees are handles, the index is shared).
#[derive(Clone)]
pub struct OfferStore {
    offers: sled::Tree,
    by_label: sled::Tree,
    by_district: sled::Tree,
    by_lang: sled::Tree,
    by_postcode: sled::Tree,
    /// `areas` -> JSON [`Areas`] (the sheet's companion file, as last imported).
    meta: sled::Tree,
    served: Arc<ArcSwap<Served>>,
}

/// What lists are served from: rebuilt whole and swapped in, so a list never sees half an
/// import.
#[derive(Debug, Default)]
pub struct Served {
    pub index: RankIndex,
    /// Every network's areas in one (postcode -> district).
    pub areas: Areas,
    /// Per network (`""`: imported without one), for its `[first]` lists.
    pub by_network: BTreeMap<String, Areas>,
}

const AREAS_KEY: &[u8] = b"areas";

impl OfferStore {
    /// Opens (or creates) the offer trees in an open database, e.g. `SledStore::db()`.
    /// Builds the ranking index from what is stored.
    pub fn open(db: &sled::Db) -> Result<OfferStore, OfferError> {
        let store = OfferStore {
            offers: db.open_tree("offers")?,
            by_label: db.open_tree("offers_by_label")?,
            by_district: db.open_tree("offers_by_district")?,
            by_lang: db.open_tree("offers_by_lang")?,
            by_postcode: db.open_tree("offers_by_postcode")?,
            meta: db.open_tree("offers_meta")?,
            served: Arc::new(ArcSwap::from_pointee(Served::default())),
        };
        store.rebuild()?;
        Ok(store)
    }

    /// Rebuilds the in-memory index from sled (start, after an import).
    pub fn rebuild(&self) -> Result<(), OfferError> {
        let mut offers = Vec::new();
        for item in self.offers.iter() {
            let (_, bytes) = item?;
            if let Some(rec) = decode(&bytes) {
                offers.push(rec.offer);
            }
        }
        let areas = self.areas()?;
        let by_network = self.areas_by_network()?;
        self.served.store(Arc::new(Served {
            index: RankIndex::build(&offers),
            areas,
            by_network,
        }));
        Ok(())
    }

    /// The postcodes and "first" lists stored with the last import of each network's sheet
    /// (`""`: a sheet imported without a network).
    pub fn areas_by_network(&self) -> Result<BTreeMap<String, Areas>, OfferError> {
        let mut out = BTreeMap::new();
        for item in self.meta.scan_prefix(AREAS_KEY) {
            let (k, v) = item?;
            let key = String::from_utf8_lossy(&k);
            let network = key
                .strip_prefix("areas")
                .map(|r| r.trim_start_matches(':').to_string())
                .unwrap_or_default();
            if let Ok(a) = serde_json::from_slice::<Areas>(&v) {
                out.insert(network, a);
            }
        }
        Ok(out)
    }

    /// The areas of every network in one: postcodes are each in one network.
    pub fn areas(&self) -> Result<Areas, OfferError> {
        let mut all = Areas::default();
        for (_, a) in self.areas_by_network()? {
            all.postcodes.extend(a.postcodes);
            for (k, v) in a.first {
                all.first.entry(k).or_insert(v);
            }
        }
        Ok(all)
    }

    /// Stores a sheet's areas file (sheet without a network) and serves it.
    pub fn set_areas(&self, areas: &Areas) -> Result<(), OfferError> {
        self.set_network_areas("", areas)
    }

    /// Stores the areas file of `network`'s sheet and serves it.
    pub fn set_network_areas(&self, network: &str, areas: &Areas) -> Result<(), OfferError> {
        let key = if network.is_empty() {
            "areas".to_string()
        } else {
            format!("areas:{network}")
        };
        let bytes = serde_json::to_vec(areas).map_err(|source| OfferError::Encode {
            what: "the areas list",
            source,
        })?;
        self.meta.insert(key.as_bytes(), bytes)?;
        self.meta.flush()?;
        self.rebuild()
    }

    /// The index and areas lists are served from now.
    pub fn served(&self) -> Arc<Served> {
        self.served.load_full()
    }

    /// One page of a list for `p`: ranked in memory, only the shown records read from sled.
    pub fn list_page(
        &self,
        req: &ListRequest,
        p: &Profile,
    ) -> Result<(IndexPage, Vec<Ranked>), OfferError> {
        let served = self.served.load();
        let page = served.index.page(req, p);
        let mut offers = Vec::with_capacity(page.shown.len());
        for (id, km) in &page.shown {
            if let Some(offer) = self.get(id)? {
                offers.push(Ranked { offer, km: *km });
            }
        }
        Ok((page, offers))
    }

    fn tree(&self, index: Index) -> &sled::Tree {
        match index {
            Index::Label => &self.by_label,
            Index::District => &self.by_district,
            Index::Lang => &self.by_lang,
            Index::Postcode => &self.by_postcode,
        }
    }

    pub fn is_empty(&self) -> Result<bool, OfferError> {
        Ok(self.offers.first()?.is_none())
    }

    pub fn get(&self, id: &str) -> Result<Option<Offer>, OfferError> {
        Ok(self
            .offers
            .get(id.as_bytes())?
            .and_then(|b| decode(&b))
            .map(|r| r.offer))
    }

    /// Imports offers (each with its `file:line`) in one transaction: updates by id, adds new
    /// ones, and with `replace` removes those not in `offers`.
    pub fn import(
        &self,
        offers: &[(Offer, SheetRow)],
        replace: bool,
    ) -> Result<ImportSummary, OfferError> {
        // Keys to remove are listed before the transaction: sled transactions cannot iterate.
        // A replace removes only offers of the networks imported (one sheet, one network).
        let incoming: BTreeSet<String> = offers.iter().map(|(o, _)| o.key()).collect();
        let networks: BTreeSet<&str> = offers.iter().map(|(o, _)| o.network.as_str()).collect();
        let mut stale = Vec::new();
        if replace {
            for item in self.offers.iter() {
                let (key, bytes) = item?;
                let network = decode(&bytes).map(|r| r.offer.network).unwrap_or_default();
                if (networks.is_empty() || networks.contains(network.as_str()))
                    && !incoming.contains(String::from_utf8_lossy(&key).as_ref())
                {
                    stale.push(key.to_vec());
                }
            }
        }
        let encoded: Vec<(&Offer, Vec<u8>)> = offers
            .iter()
            .map(|(o, source)| {
                let rec = Record {
                    v: RECORD_VERSION,
                    offer: o.clone(),
                    source: source.clone(),
                };
                serde_json::to_vec(&rec)
                    .map(|bytes| (o, bytes))
                    .map_err(|source| OfferError::Encode {
                        what: "an offer",
                        source,
                    })
            })
            .collect::<Result<_, _>>()?;
        let trees = (
            &self.offers,
            &self.by_label,
            &self.by_district,
            &self.by_lang,
            &self.by_postcode,
        );
        let result = trees.transaction(|(t_offers, t_label, t_district, t_lang, t_postcode)| {
            let index_tree = |i: Index| -> &TransactionalTree {
                match i {
                    Index::Label => t_label,
                    Index::District => t_district,
                    Index::Lang => t_lang,
                    Index::Postcode => t_postcode,
                }
            };
            let mut summary = ImportSummary::default();
            for key in &stale {
                if let Some(old) = t_offers.remove(key.as_slice())?.and_then(|b| decode(&b)) {
                    for i in INDEXES {
                        for v in index_values(&old.offer, i) {
                            index_tree(i).remove(index_key(&v, &old.offer.key()))?;
                        }
                    }
                }
                summary.removed += 1;
            }
            for (offer, bytes) in &encoded {
                let old = t_offers
                    .get(offer.key().as_bytes())?
                    .and_then(|b| decode(&b));
                if let Some(old) = &old {
                    if old.offer == **offer {
                        summary.unchanged += 1;
                    } else {
                        summary.updated += 1;
                    }
                    for i in INDEXES {
                        for v in index_values(&old.offer, i) {
                            index_tree(i).remove(index_key(&v, &old.offer.key()))?;
                        }
                    }
                } else {
                    summary.added += 1;
                }
                t_offers.insert(offer.key().as_bytes(), bytes.as_slice())?;
                for i in INDEXES {
                    for v in index_values(offer, i) {
                        index_tree(i).insert(index_key(&v, &offer.key()), &[] as &[u8])?;
                    }
                }
            }
            Ok::<_, ConflictableTransactionError<OfferError>>(summary)
        });
        let summary = match result {
            Ok(s) => s,
            Err(TransactionError::Abort(e)) => return Err(e),
            Err(TransactionError::Storage(e)) => return Err(e.into()),
        };
        self.offers.flush()?;
        self.rebuild()?;
        Ok(summary)
    }

    fn ids_under(&self, index: Index, value: &str) -> Result<BTreeSet<Vec<u8>>, OfferError> {
        let p = prefix(value);
        let mut out = BTreeSet::new();
        for key in self.tree(index).scan_prefix(&p).keys() {
            out.insert(key?[p.len()..].to_vec());
        }
        Ok(out)
    }

    /// Offers matching `q`, ordered by id. One index (tags if given, else district, language,
    /// postcode) is scanned by prefix; the other conditions are point lookups of `value 0x00 id`
    /// for those ids only, so the cost follows the first set, not the other indexes' sizes.
    /// Only with no index condition at all does it read every offer (`offers list`, export).
    pub fn query(&self, q: &Query) -> Result<Vec<Offer>, OfferError> {
        let mut conditions: Vec<(Index, String)> = Vec::new();
        if let Some(d) = &q.district {
            conditions.push((Index::District, d.to_lowercase()));
        }
        if let Some(l) = &q.language {
            conditions.push((Index::Lang, l.to_lowercase()));
        }
        if let Some(p) = &q.postcode {
            conditions.push((Index::Postcode, p.clone()));
        }
        let driver: Option<BTreeSet<Vec<u8>>> = if !q.labels.is_empty() {
            let mut union = BTreeSet::new();
            for l in &q.labels {
                union.extend(self.ids_under(Index::Label, &l.to_lowercase())?);
            }
            Some(union)
        } else if !conditions.is_empty() {
            let (i, v) = conditions.remove(0);
            Some(self.ids_under(i, &v)?)
        } else {
            None
        };
        let keep = |o: &Offer| {
            q.kind.is_none_or(|k| o.kind == k)
                && q.checked_before.is_none_or(|d| o.last_checked < d)
        };
        let mut out = Vec::new();
        match driver {
            Some(ids) => {
                'ids: for id in ids {
                    let id_text = String::from_utf8_lossy(&id);
                    for (i, v) in &conditions {
                        if !self.tree(*i).contains_key(index_key(v, &id_text))? {
                            continue 'ids;
                        }
                    }
                    if let Some(rec) = self.offers.get(&id)?.and_then(|b| decode(&b)) {
                        if keep(&rec.offer) {
                            out.push(rec.offer);
                        }
                    }
                }
            }
            None => {
                for item in self.offers.iter() {
                    let (_, bytes) = item?;
                    if let Some(rec) = decode(&bytes) {
                        if keep(&rec.offer) {
                            out.push(rec.offer);
                        }
                    }
                }
            }
        }
        Ok(out)
    }

    /// Every offer with the row it came from, ordered by id (export, `check`).
    pub fn all_sourced(&self) -> Result<Vec<Sourced>, OfferError> {
        let mut out = Vec::new();
        for item in self.offers.iter() {
            let (_, bytes) = item?;
            if let Some(rec) = decode(&bytes) {
                out.push(Sourced {
                    offer: rec.offer,
                    source: rec.source,
                });
            }
        }
        Ok(out)
    }

    /// What the offers at a postcode tell about it: the district most of them name and the
    /// centre of their coordinates. Lets a parent who typed only a postcode be matched by
    /// district and ranked by distance, without a postcode table in the code.
    pub fn postcode_area(&self, postcode: &str) -> Result<PostcodeArea, OfferError> {
        let mut districts: BTreeMap<String, usize> = BTreeMap::new();
        let (mut lat, mut lon, mut n) = (0.0, 0.0, 0usize);
        for id in self.ids_under(Index::Postcode, postcode)? {
            let Some(rec) = self.offers.get(&id)?.and_then(|b| decode(&b)) else {
                continue;
            };
            if !rec.offer.district.is_empty() {
                *districts.entry(rec.offer.district.clone()).or_default() += 1;
            }
            if let Some(p) = rec.offer.location {
                lat += p.lat();
                lon += p.lon();
                n += 1;
            }
        }
        let district = districts
            .into_iter()
            .max_by_key(|(d, c)| (*c, std::cmp::Reverse(d.clone())))
            .map(|(d, _)| d);
        let centre = if n > 0 {
            GeoPoint::new(lat / n as f64, lon / n as f64)
        } else {
            None
        };
        Ok(PostcodeArea { district, centre })
    }

    pub fn flush(&self) -> Result<(), OfferError> {
        self.offers.flush()?;
        Ok(())
    }
}

/// See [`OfferStore::postcode_area`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PostcodeArea {
    pub district: Option<String>,
    pub centre: Option<GeoPoint>,
}

fn decode(bytes: &[u8]) -> Option<Record> {
    let rec: Record = serde_json::from_slice(bytes).ok()?;
    (rec.v == RECORD_VERSION).then_some(rec)
}

#[cfg(test)]
mod tests {
    use super::SheetRow;

    #[test]
    fn a_sheet_row_is_stored_as_file_colon_line_and_read_back() {
        let row = SheetRow::new("networks/hagen/offers.csv", 17);
        let json = serde_json::to_string(&row).expect("encode");
        assert_eq!(json, r#""networks/hagen/offers.csv:17""#);
        assert_eq!(serde_json::from_str::<SheetRow>(&json).ok(), Some(row));
        // Colons in the file name (a Windows drive, a time in a name) stay in the file.
        assert_eq!(
            SheetRow::parse("C:\\sheets\\a:b.csv:3"),
            SheetRow::new("C:\\sheets\\a:b.csv", 3)
        );
        assert_eq!(SheetRow::parse("old.csv"), SheetRow::new("old.csv", 1));
    }
}
