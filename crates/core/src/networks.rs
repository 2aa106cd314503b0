//! The local networks one deployment serves (issue 14): `networks/<id>/network.toml`, one folder
//! per network, beside its offers sheet (`offers.csv`, `offers.toml`).
//!
//! A network says where it is (its Land, the towns or districts and their postcodes, a rough
//! circle for shared locations), how its coordination is reached and which Telegram chats are
//! its admins. The engine reads the result, [`Networks`], as plain data through the tree: a
//! postcode or a shared place becomes the facts `network`, `land` and `town`, which dialogs
//! condition on; a postcode no network claims is "outside" (`network = 'none'`). Format and how
//! to add a network: `docs/coordinators.md`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diag::{did_you_mean, Diagnostics, SourceFile};
use crate::geo::GeoPoint;

/// The facts the engine sets from where the parent is (declared in `dialogs/facts.toml`).
pub const FACT_NETWORK: &str = "network";
pub const FACT_LAND: &str = "land";
pub const FACT_TOWN: &str = "town";
/// The postcode fact the dialogs ask for (the offers step reads it too).
pub const FACT_POSTCODE: &str = "postcode";
/// The `network` value of a parent outside every network.
pub const OUTSIDE: &str = "none";
/// Facts no dialog sets: the engine does, from a postcode, a place or a deep link.
pub const ENGINE_FACTS: &[&str] = &[FACT_NETWORK, FACT_LAND, FACT_TOWN];

/// The sixteen Länder by their ISO 3166-2:DE codes (`NW` = Nordrhein-Westfalen), the values of
/// the `land` fact.
pub const LAENDER: &[(&str, &str)] = &[
    ("BW", "Baden-Württemberg"),
    ("BY", "Bayern"),
    ("BE", "Berlin"),
    ("BB", "Brandenburg"),
    ("HB", "Bremen"),
    ("HH", "Hamburg"),
    ("HE", "Hessen"),
    ("MV", "Mecklenburg-Vorpommern"),
    ("NI", "Niedersachsen"),
    ("NW", "Nordrhein-Westfalen"),
    ("RP", "Rheinland-Pfalz"),
    ("SL", "Saarland"),
    ("SN", "Sachsen"),
    ("ST", "Sachsen-Anhalt"),
    ("SH", "Schleswig-Holstein"),
    ("TH", "Thüringen"),
];

/// A place a postcode may mean: a town of a network, or a neighbouring place outside every
/// network that shares the postcode.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// `None`: outside every network.
    pub network: Option<String>,
    pub town: String,
}

/// One network as the bot uses it; values marked `[verify]` in the file are left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Network {
    pub id: String,
    pub name: String,
    /// What parents call the area: "Wuppertal", "Landkreis Cloppenburg".
    pub place: String,
    pub land: String,
    /// The coordination's confirmed contact details (phone, e-mail, web), in file order.
    pub contact: Vec<String>,
    /// Telegram chat ids that receive this network's reload notices and needs report.
    pub admins: Vec<i64>,
    /// Town or district -> its postcodes.
    pub towns: Vec<(String, Vec<String>)>,
    /// Places outside every network sharing a postcode with a town here -> those postcodes.
    pub neighbours: Vec<(String, Vec<String>)>,
    /// Shared locations within `reach.1` km of `reach.0` belong to this network.
    pub reach: Option<(GeoPoint, f64)>,
    /// The folder, for its offers sheet.
    pub dir: PathBuf,
}

impl Network {
    pub fn offers_sheet(&self) -> PathBuf {
        self.dir.join("offers.csv")
    }
}

/// Every network of the deployment, and which postcode means which place.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Networks {
    pub list: Vec<Network>,
    /// Postcode -> the places it may mean (more than one: the bot asks which).
    pub postcodes: BTreeMap<String, Vec<Place>>,
}

impl Networks {
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&Network> {
        self.list.iter().find(|n| n.id == id)
    }

    /// The places a postcode may mean; empty: outside every network.
    pub fn resolve(&self, postcode: &str) -> &[Place] {
        self.postcodes
            .get(postcode.trim())
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The network whose circle holds `at` (the nearest centre if circles overlap).
    pub fn at(&self, at: GeoPoint) -> Option<&Network> {
        self.list
            .iter()
            .filter_map(|n| n.reach.map(|(c, km)| (c.km_to(&at), km, n)))
            .filter(|(d, km, _)| d <= km)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, _, n)| n)
    }

    /// The networks whose admins `chat` is one of.
    pub fn admin_of(&self, chat: i64) -> Vec<&str> {
        self.list
            .iter()
            .filter(|n| n.admins.contains(&chat))
            .map(|n| n.id.as_str())
            .collect()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNetwork {
    name: toml::Spanned<String>,
    place: toml::Spanned<String>,
    land: toml::Spanned<String>,
    contact: toml::Spanned<RawContact>,
    #[serde(default)]
    admins: Vec<i64>,
    #[serde(default)]
    reach: Option<RawReach>,
    #[serde(default)]
    town: Vec<RawTown>,
    #[serde(default)]
    neighbour: Vec<RawTown>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    web: Option<String>,
    /// For the network only (sources, doubts), never shown.
    #[serde(default)]
    #[allow(dead_code)]
    notes: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReach {
    lat: f64,
    lon: f64,
    km: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTown {
    name: toml::Spanned<String>,
    postcodes: Vec<toml::Spanned<String>>,
}

/// Marks a value as not confirmed: kept in the file, never shown.
const VERIFY: &str = "[verify]";

/// Loads `dir/*/network.toml`. A missing folder is no network at all (a deployment of the
/// dialogs without local networks). Every message names the network: `[hagen] ...`.
pub fn load_dir(dir: &Path) -> (Networks, Diagnostics) {
    let mut diags = Diagnostics::default();
    let mut out = Networks::default();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (out, diags);
    };
    let mut folders: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    // Postcode -> (network, file, offset) of its first claim, for "claimed by two networks".
    let mut claims: BTreeMap<String, (String, PathBuf, usize, usize)> = BTreeMap::new();
    for folder in folders {
        let id = folder
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let path = folder.join("network.toml");
        let Ok(text) = std::fs::read_to_string(&path) else {
            diags.file_error(
                &folder,
                format!("[{id}] a network folder needs a network.toml (see docs/coordinators.md)"),
            );
            continue;
        };
        if !valid_id(&id) {
            diags.file_error(
                &path,
                format!("[{id}] a network's folder name is its id: a-z, 0-9 and '_' only (it is part of flyer links: ?start={id}-money)"),
            );
            continue;
        }
        let file = SourceFile::new(path.clone(), text);
        if let Some(n) = parse(&id, &file, &folder, &mut diags) {
            out.list.push(n);
        }
        // Claims across networks, with positions: re-read the spans.
        if let Ok(raw) = toml::from_str::<RawNetwork>(&file.text) {
            for t in &raw.town {
                for code in &t.postcodes {
                    let c = code.get_ref().trim().to_string();
                    let (line, col) = file.line_col(code.span().start);
                    match claims.get(&c) {
                        Some((other, opath, oline, ocol)) if *other != id => diags.error(
                            &file,
                            code.span().start,
                            format!(
                                "[{id}] postcode {c} is claimed by two networks: also by [{other}] at {}:{oline}:{ocol}; a postcode belongs to one network (list a neighbouring place under [[neighbour]] instead)",
                                opath.display()
                            ),
                        ),
                        Some(_) => {}
                        None => {
                            claims.insert(c, (id.clone(), path.clone(), line, col));
                        }
                    }
                }
            }
        }
    }
    // The places each postcode may mean: its towns, then neighbours outside.
    for n in &out.list {
        let towns = n.towns.iter().map(|t| (Some(n.id.clone()), t));
        let outside = n.neighbours.iter().map(|t| (None, t));
        for (network, (town, codes)) in towns.chain(outside) {
            for c in codes {
                let places = out.postcodes.entry(c.clone()).or_default();
                let p = Place {
                    network: network.clone(),
                    town: town.clone(),
                };
                if !places.contains(&p) {
                    places.push(p);
                }
            }
        }
    }
    (out, diags)
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn parse(id: &str, file: &SourceFile, dir: &Path, diags: &mut Diagnostics) -> Option<Network> {
    let raw: RawNetwork = match toml::from_str(&file.text) {
        Ok(r) => r,
        Err(e) => {
            diags.error(
                file,
                e.span().map_or(0, |s| s.start),
                format!("[{id}] {} (TOML)", e.message().trim()),
            );
            return None;
        }
    };
    let land = raw.land.get_ref().trim().to_uppercase();
    if !LAENDER.iter().any(|(code, _)| *code == land) {
        let codes: Vec<String> = LAENDER.iter().map(|(c, _)| c.to_string()).collect();
        // A Land's name ("Berlin", "Niedersachsen") is understood as a typo of its code.
        let by_name = LAENDER
            .iter()
            .find(|(_, name)| name.eq_ignore_ascii_case(raw.land.get_ref().trim()))
            .map(|(c, _)| format!("; did you mean '{c}'?"));
        diags.error(
            file,
            raw.land.span().start,
            format!(
                "[{id}] unknown Land '{}': write its two-letter code ({}){}",
                raw.land.get_ref(),
                codes.join(", "),
                by_name.unwrap_or_else(|| did_you_mean(&land, codes.iter()))
            ),
        );
    }
    let mut ok = true;
    for (field, value) in [("name", &raw.name), ("place", &raw.place)] {
        if value.get_ref().trim().is_empty() || value.get_ref().contains(VERIFY) {
            diags.error(
                file,
                value.span().start,
                format!("[{id}] `{field}` is shown to parents: it must be given and confirmed"),
            );
            ok = false;
        }
    }
    let c = raw.contact.get_ref();
    let contact: Vec<String> = [&c.phone, &c.email, &c.web]
        .into_iter()
        .flatten()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty() && !v.contains(VERIFY))
        .collect();
    if contact.is_empty() {
        diags.error(
            file,
            raw.contact.span().start,
            format!("[{id}] the coordination needs one confirmed way to reach it (phone, email or web without [verify]): parents are told it"),
        );
        ok = false;
    }
    let mut towns: Vec<(String, Vec<String>)> = Vec::new();
    let mut neighbours: Vec<(String, Vec<String>)> = Vec::new();
    // Postcode -> the town that listed it first.
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    if raw.town.is_empty() {
        diags.error(
            file,
            0,
            format!("[{id}] no [[town]]: list the towns or districts the network serves with their postcodes"),
        );
        ok = false;
    }
    for (is_town, t) in raw
        .town
        .iter()
        .map(|t| (true, t))
        .chain(raw.neighbour.iter().map(|t| (false, t)))
    {
        let name = t.name.get_ref().trim().to_string();
        let mut codes = Vec::new();
        for code in &t.postcodes {
            let cv = code.get_ref().trim();
            if cv.len() != 5 || !cv.bytes().all(|b| b.is_ascii_digit()) {
                diags.error(
                    file,
                    code.span().start,
                    format!("[{id}] postcode '{cv}' is not 5 digits"),
                );
                ok = false;
                continue;
            }
            if is_town {
                if seen.get(cv) == Some(&name) {
                    diags.error(
                        file,
                        code.span().start,
                        format!("[{id}] postcode {cv} is listed twice for {name}"),
                    );
                }
                seen.entry(cv.to_string()).or_insert_with(|| name.clone());
            } else if !seen.contains_key(cv) {
                diags.error(
                    file,
                    code.span().start,
                    format!("[{id}] neighbour {name}: postcode {cv} is not one of the network's towns; list a neighbour only for a postcode it shares with a town here"),
                );
                ok = false;
            }
            codes.push(cv.to_string());
        }
        if is_town {
            towns.push((name, codes));
        } else {
            neighbours.push((name, codes));
        }
    }
    let reach = match raw.reach {
        Some(r) => match GeoPoint::new(r.lat, r.lon) {
            Some(p) if r.km > 0.0 && r.km <= 100.0 => Some((p, r.km)),
            _ => {
                diags.error(
                    file,
                    0,
                    format!("[{id}] [reach]: lat -90..90, lon -180..180 and km between 0 and 100"),
                );
                None
            }
        },
        None => None,
    };
    if !dir.join("offers.csv").exists() {
        diags.warning(
            file,
            0,
            format!("[{id}] no offers.csv beside network.toml yet: parents of this network get the Land's rules and the coordination's contact, but no local offers"),
        );
    }
    if !ok {
        return None;
    }
    Some(Network {
        id: id.to_string(),
        name: raw.name.get_ref().trim().to_string(),
        place: raw.place.get_ref().trim().to_string(),
        land,
        contact,
        admins: raw.admins,
        towns,
        neighbours,
        reach,
        dir: dir.to_path_buf(),
    })
}
