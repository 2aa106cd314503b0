//! One local offer and the small value types it is made of.
//!
//! Everything a parent sees is kept as structured data (kinds, cost classes, opening hours as
//! days and minutes) rather than German prose, so a card can be shown in any language; only
//! names, addresses and the optional per-language descriptions are free text.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use wegweiser_core::geo::GeoPoint;
pub use wegweiser_core::office::Office;

/// What sort of place or service an offer is. Each kind has a message `offers-kind-<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Office,
    Counselling,
    Course,
    Childcare,
    FamilyCentre,
    Transport,
    HealthInsurer,
    Legal,
    Hotline,
    Group,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Office,
        Kind::Counselling,
        Kind::Course,
        Kind::Childcare,
        Kind::FamilyCentre,
        Kind::Transport,
        Kind::HealthInsurer,
        Kind::Legal,
        Kind::Hotline,
        Kind::Group,
        Kind::Other,
    ];

    /// The CSV spelling (and the suffix of its message id).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Office => "office",
            Kind::Counselling => "counselling",
            Kind::Course => "course",
            Kind::Childcare => "childcare",
            Kind::FamilyCentre => "family_centre",
            Kind::Transport => "transport",
            Kind::HealthInsurer => "health_insurer",
            Kind::Legal => "legal",
            Kind::Hotline => "hotline",
            Kind::Group => "group",
            Kind::Other => "other",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Kind::Office => "offers-kind-office",
            Kind::Counselling => "offers-kind-counselling",
            Kind::Course => "offers-kind-course",
            Kind::Childcare => "offers-kind-childcare",
            Kind::FamilyCentre => "offers-kind-family_centre",
            Kind::Transport => "offers-kind-transport",
            Kind::HealthInsurer => "offers-kind-health_insurer",
            Kind::Legal => "offers-kind-legal",
            Kind::Hotline => "offers-kind-hotline",
            Kind::Group => "offers-kind-group",
            Kind::Other => "offers-kind-other",
        }
    }

    /// Reads the English id or the German word a coordinator is likely to type.
    pub fn parse(s: &str) -> Option<Kind> {
        let s = s.trim().to_lowercase().replace([' ', '-'], "_");
        if let Some(k) = Kind::ALL.iter().find(|k| k.as_str() == s) {
            return Some(*k);
        }
        Some(match s.as_str() {
            "counseling" | "beratung" | "beratungsstelle" => Kind::Counselling,
            "amt" | "behörde" | "behoerde" | "dienststelle" => Kind::Office,
            "kurs" | "kurse" | "bildung" => Kind::Course,
            "kinderbetreuung" | "kita" | "kindertagespflege" => Kind::Childcare,
            "family_center" | "familienzentrum" => Kind::FamilyCentre,
            "mobilität" | "mobilitaet" | "verkehr" => Kind::Transport,
            "krankenkasse" => Kind::HealthInsurer,
            "recht" | "gericht" => Kind::Legal,
            "telefon" => Kind::Hotline,
            "gruppe" | "treff" | "selbsthilfe" => Kind::Group,
            "sonstiges" => Kind::Other,
            _ => return None,
        })
    }
}

/// What taking part costs, as classes a card can name in any language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cost {
    Free,
    /// Reduced for low incomes (social tariff, fee waiver on application).
    Reduced,
    Fee,
}

impl Cost {
    pub fn as_str(self) -> &'static str {
        match self {
            Cost::Free => "free",
            Cost::Reduced => "reduced",
            Cost::Fee => "fee",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Cost::Free => "offers-cost-free",
            Cost::Reduced => "offers-cost-reduced",
            Cost::Fee => "offers-cost-fee",
        }
    }

    pub fn parse(s: &str) -> Option<Cost> {
        Some(match s.trim().to_lowercase().as_str() {
            "free" | "kostenlos" | "kostenfrei" | "gratis" | "0" => Cost::Free,
            "reduced" | "ermäßigt" | "ermaessigt" | "sozialtarif" => Cost::Reduced,
            "fee" | "kostenpflichtig" | "gebühr" | "gebuehr" => Cost::Fee,
            _ => return None,
        })
    }
}

/// Service outside usual hours, what single parents who work shifts ask for most.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffHours {
    /// Before 8 o'clock.
    pub early: bool,
    /// After 18 o'clock.
    pub late: bool,
    pub weekend: bool,
}

impl OffHours {
    pub fn any(&self) -> bool {
        self.early || self.late || self.weekend
    }

    /// The CSV spelling: `early,late,weekend` (empty when none).
    pub fn to_csv(&self) -> String {
        let mut v = Vec::new();
        if self.early {
            v.push("early");
        }
        if self.late {
            v.push("late");
        }
        if self.weekend {
            v.push("weekend");
        }
        v.join(",")
    }

    /// Sets the flag a word names (English or German); false for an unknown word.
    pub fn set(&mut self, word: &str) -> bool {
        match word.trim().to_lowercase().as_str() {
            "early" | "früh" | "frueh" | "morgens" => self.early = true,
            "late" | "spät" | "spaet" | "abends" => self.late = true,
            "weekend" | "wochenende" => self.weekend = true,
            _ => return false,
        }
        true
    }
}

/// Weekday index: 0 = Monday ... 6 = Sunday.
pub type Day = u8;

/// Two-letter day names as in OpenStreetMap's `opening_hours` (the canonical CSV form).
pub const DAY_CODES: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
/// German abbreviations coordinators type; they never clash with the English ones.
const DAY_CODES_DE: [&str; 7] = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];

/// One rule of the opening hours: on these days, these time spans (minutes after midnight).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursRule {
    /// Bit `d` set: open on day `d`.
    pub days: u8,
    pub spans: Vec<(u16, u16)>,
}

/// Opening hours, e.g. `Mo-Fr 08:00-12:00; Th 14:00-18:00`. Empty: not known or by appointment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hours(pub Vec<HoursRule>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "cannot read the opening hours '{text}': {why} (write e.g. Mo-Fr 08:00-12:00; Do 14:00-18:00)"
)]
pub struct HoursError {
    pub text: String,
    pub why: String,
}

impl Hours {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Reads the forms seen in coordinators' sheets: `Mo-Fr 8-12 Uhr`, `Mo–Fr 08:00–12:30`,
    /// `Mo,Mi 9.00-12.00, 14-16`, rules separated by `;`, `|` or a line break.
    pub fn parse(text: &str) -> Result<Hours, HoursError> {
        let err = |why: &str| HoursError {
            text: text.trim().to_string(),
            why: why.to_string(),
        };
        let mut rules = Vec::new();
        let normalized = text.replace(['–', '—', '‑'], "-");
        for part in normalized.split([';', '|', '\n']) {
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            let split = part
                .find(|c: char| c.is_ascii_digit())
                .ok_or_else(|| err("a rule has no times"))?;
            let (days_text, times_text) = part.split_at(split);
            let days = parse_days(days_text).ok_or_else(|| {
                err("unknown day (use Mo Di Mi Do Fr Sa So or Mo Tu We Th Fr Sa Su)")
            })?;
            let times_text = times_text.to_lowercase().replace("uhr", "");
            let mut spans = Vec::new();
            for span in times_text.split([',', '/']) {
                let span = span.trim();
                if span.is_empty() {
                    continue;
                }
                let (a, b) = span
                    .split_once('-')
                    .ok_or_else(|| err("a time span needs a start and an end"))?;
                let (a, b) = (
                    parse_time(a).ok_or_else(|| err("not a time"))?,
                    parse_time(b).ok_or_else(|| err("not a time"))?,
                );
                if b <= a {
                    return Err(err("a time span ends before it starts"));
                }
                spans.push((a, b));
            }
            if spans.is_empty() {
                return Err(err("a rule has no times"));
            }
            rules.push(HoursRule { days, spans });
        }
        Ok(Hours(rules))
    }

    /// Days in opening order, each with its spans: what a card shows.
    pub fn rules(&self) -> &[HoursRule] {
        &self.0
    }
}

impl fmt::Display for Hours {
    /// The canonical CSV form; parsing it gives the same value back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rules: Vec<String> = self
            .0
            .iter()
            .map(|r| {
                let spans: Vec<String> = r
                    .spans
                    .iter()
                    .map(|(a, b)| format!("{}-{}", hhmm(*a), hhmm(*b)))
                    .collect();
                format!(
                    "{} {}",
                    day_ranges(r.days, &DAY_CODES.map(String::from), "-", ","),
                    spans.join(",")
                )
            })
            .collect();
        f.write_str(&rules.join("; "))
    }
}

/// `08:30` for 510 minutes.
pub fn hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Days as compact ranges with the given names: `Mo-Fr`, `Mo,We`, `Mo-We,Fr`.
pub fn day_ranges(days: u8, names: &[String; 7], dash: &str, sep: &str) -> String {
    let mut out = Vec::new();
    let mut d = 0u8;
    while d < 7 {
        if days & (1 << d) == 0 {
            d += 1;
            continue;
        }
        let start = d;
        while d + 1 < 7 && days & (1 << (d + 1)) != 0 {
            d += 1;
        }
        out.push(match d - start {
            0 => names[start as usize].clone(),
            1 => format!("{}{sep}{}", names[start as usize], names[d as usize]),
            _ => format!("{}{dash}{}", names[start as usize], names[d as usize]),
        });
        d += 1;
    }
    out.join(sep)
}

fn parse_day(s: &str) -> Option<Day> {
    let s = s.trim().trim_end_matches('.');
    if s.chars().count() < 2 {
        return None;
    }
    let head: String = s.chars().take(2).collect::<String>().to_lowercase();
    (0..7u8).find(|d| {
        DAY_CODES[*d as usize].eq_ignore_ascii_case(&head)
            || DAY_CODES_DE[*d as usize].eq_ignore_ascii_case(&head)
    })
}

fn parse_days(text: &str) -> Option<u8> {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if text.is_empty() {
        return None;
    }
    let mut days = 0u8;
    for item in text.split(',').filter(|i| !i.is_empty()) {
        match item.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (parse_day(a)?, parse_day(b)?);
                let mut d = a;
                loop {
                    days |= 1 << d;
                    if d == b {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
            None => days |= 1 << parse_day(item)?,
        }
    }
    Some(days)
}

fn parse_time(s: &str) -> Option<u16> {
    let s = s.trim();
    let (h, m) = match s.split_once([':', '.']) {
        Some((h, m)) => (h, m),
        None => (s, "0"),
    };
    let (h, m): (u16, u16) = (h.trim().parse().ok()?, m.trim().parse().ok()?);
    // Lazily: `h * 60` overflows u16 for hours like 8100 (fuzz finding, fuzz/regressions/csv).
    (h < 24 && m < 60 || h == 24 && m == 0).then(|| h * 60 + m)
}

/// An offer's id as the coordinators chose it (the sheet's `id` column): lower-case a-z, 0-9,
/// `-` and `_`, at most 64 characters — so it fits a button, never holds the `:` of the
/// store's `<network>:<id>` key, and re-imports find the row again. Made only through
/// [`OfferId::parse`], also when read back from the store.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OfferId(String);

impl OfferId {
    pub const MAX_LEN: usize = 64;

    /// The id of a sheet's cell, lower-cased; the error says what to write instead.
    pub fn parse(raw: &str) -> Result<OfferId, String> {
        let id = raw.trim().to_lowercase();
        if id.is_empty() {
            return Err("id is empty: every offer needs a unique id (e.g. jc-bca)".into());
        }
        if !is_slug(&id) || id.len() > Self::MAX_LEN {
            return Err(format!(
                "id '{raw}' may only contain a-z, 0-9, - and _ (at most {} characters)",
                Self::MAX_LEN
            ));
        }
        Ok(OfferId(id))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Lower-case a-z, 0-9, `-` and `_`, not empty: ids, tags and topics of the sheet.
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

impl TryFrom<String> for OfferId {
    type Error = String;
    fn try_from(s: String) -> Result<OfferId, String> {
        OfferId::parse(&s)
    }
}

impl From<OfferId> for String {
    fn from(id: OfferId) -> String {
        id.0
    }
}

impl std::ops::Deref for OfferId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for OfferId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<&str> for OfferId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for OfferId {
    fn eq(&self, other: &String) -> bool {
        &self.0 == other
    }
}

impl PartialEq<str> for OfferId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

/// One local offer, as a coordinator's spreadsheet row describes it (see docs/offers.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Offer {
    /// Stable key chosen by the coordinators: re-imports update by it.
    pub id: OfferId,
    pub name: String,
    /// The organisation running it (Jobcenter, Caritas, ...).
    pub provider: String,
    pub kind: Kind,
    /// Broad topics (`money`, `childcare`, `training`, `mobility`); matched like tags.
    pub topics: Vec<String>,
    /// What dialog steps ask for (`counselling`, `kita`, `social-ticket`, ...).
    pub tags: Vec<String>,
    /// The city district (Stadtbezirk) where it is.
    pub district: String,
    /// Open to parents from every district, not only its own.
    pub citywide: bool,
    pub postcode: String,
    pub address: String,
    pub location: Option<GeoPoint>,
    /// Language codes spoken there (`de`, `tr`, `ar`, ...).
    pub languages: Vec<String>,
    pub hours: Hours,
    pub off_hours: OffHours,
    /// Children are looked after while the parent takes part.
    pub childcare: bool,
    pub cost: Option<Cost>,
    pub target_groups: Vec<String>,
    pub phone: String,
    pub email: String,
    pub web: String,
    /// When someone last confirmed the entry; cards show it, `check` warns after 12 months.
    pub last_checked: NaiveDate,
    /// Short descriptions by language code; `de` is the fallback.
    pub descriptions: BTreeMap<String, String>,
    /// For coordinators only (sources, doubts); never shown to parents.
    pub notes: String,
    /// Name or short gloss per language (`name_<lang>`, never `de`: `name` is the German one).
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// Practical note per language (`info_<lang>`): how to reach it, what to bring.
    #[serde(default)]
    pub infos: BTreeMap<String, String>,
    /// Which public office this is, if it is one.
    #[serde(default)]
    pub office: Option<Office>,
    /// For whom: an expression over the dialog facts (`not buergergeld`), checked at import.
    #[serde(default)]
    pub condition: Option<String>,
    /// `hours` said "by appointment" / "nach Vereinbarung" (alone or besides the rules).
    #[serde(default)]
    pub by_appointment: bool,
    /// Columns whose value contains `[verify]`: kept, never shown to parents.
    #[serde(default)]
    pub unverified: std::collections::BTreeSet<String>,
    /// Translation columns made from an older German text (the sheet's translation record).
    #[serde(default)]
    pub outdated: std::collections::BTreeSet<String>,
    /// The network whose sheet it came from (`networks/<id>/offers.csv`); empty: imported
    /// without a network, shown in every one (a deployment of one network).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub network: String,
}

impl Offer {
    /// Where the store keeps it: `<network>:<id>`, so two networks may both call an offer
    /// `jobcenter` (ids cannot contain ':').
    pub fn key(&self) -> String {
        if self.network.is_empty() {
            self.id.to_string()
        } else {
            format!("{}:{}", self.network, self.id)
        }
    }
}

/// A text for a parent: in their language, or German marked as such.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    /// No usable translation: this is the German text.
    pub german: bool,
}

/// The translatable per-language texts of an offer, as `<field>_<lang>` columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Name,
    Description,
    Info,
}

impl TextField {
    pub const ALL: [TextField; 3] = [TextField::Name, TextField::Description, TextField::Info];

    pub fn as_str(self) -> &'static str {
        match self {
            TextField::Name => "name",
            TextField::Description => "description",
            TextField::Info => "info",
        }
    }

    /// The column of this field in `lang`.
    pub fn column(self, lang: &str) -> String {
        format!("{}_{lang}", self.as_str())
    }
}

impl Offer {
    /// The texts of `field` by language; the German name lives in `name`.
    pub fn texts(&self, field: TextField) -> &BTreeMap<String, String> {
        match field {
            TextField::Name => &self.names,
            TextField::Description => &self.descriptions,
            TextField::Info => &self.infos,
        }
    }

    /// The German text of `field` (the source every translation is made from).
    pub fn german(&self, field: TextField) -> Option<&str> {
        let de = wegweiser_content::i18n::SOURCE_LANG;
        match field {
            TextField::Name => Some(self.name.as_str()),
            _ => self.texts(field).get(de).map(String::as_str),
        }
        .filter(|t| !t.is_empty())
    }

    /// May a column's value be shown to parents? Not if it was marked `[verify]`.
    pub fn shown(&self, column: &str) -> bool {
        !self.unverified.contains(column)
    }

    /// `field` for a parent reading `lang`: the translation if there is a usable one (not
    /// empty, not marked `[verify]`), else the German text marked as German; never a
    /// `[verify]` text.
    pub fn localized(&self, field: TextField, lang: &str) -> Option<Localized<'_>> {
        let de = wegweiser_content::i18n::SOURCE_LANG;
        if lang != de {
            if let Some(t) = self.texts(field).get(lang) {
                if !t.is_empty() && self.shown(&field.column(lang)) {
                    return Some(Localized {
                        text: t,
                        german: false,
                    });
                }
            }
        }
        // Unverified columns are recorded under their canonical names (`name`, `description_de`).
        let german_column = match field {
            TextField::Name => "name".to_string(),
            _ => field.column(de),
        };
        if !self.shown(&german_column) {
            return None;
        }
        self.german(field).map(|text| Localized {
            text,
            german: lang != de,
        })
    }

    /// The description in `lang`, else German, else none.
    pub fn description(&self, lang: &str) -> Option<&str> {
        self.localized(TextField::Description, lang).map(|l| l.text)
    }

    pub fn speaks(&self, lang: &str) -> bool {
        self.languages.iter().any(|l| l == lang)
    }

    /// Tags and topics together: what a dialog step can match.
    pub fn labels(&self) -> impl Iterator<Item = &String> {
        self.topics.iter().chain(self.tags.iter())
    }

    /// Not confirmed for more than twelve months on `today`.
    pub fn is_stale(&self, today: NaiveDate) -> bool {
        today
            .checked_sub_months(chrono::Months::new(12))
            .is_some_and(|limit| self.last_checked < limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offer_id_is_a_lower_case_slug_also_when_read_back() {
        assert_eq!(
            OfferId::parse(" JC-BCA ").map(String::from),
            Ok("jc-bca".into())
        );
        for bad in [
            "",
            "hagen:jc",
            "jc bca",
            "jobcenter/wuppertal",
            &"x".repeat(65),
        ] {
            assert!(OfferId::parse(bad).is_err(), "{bad:?}");
        }
        assert!(serde_json::from_str::<OfferId>(r#""hagen:jc""#).is_err());
        assert_eq!(
            serde_json::from_str::<OfferId>(r#""jc-bca""#).ok(),
            OfferId::parse("jc-bca").ok()
        );
    }

    #[test]
    fn hours_parse_forgiving_and_print_canonical() {
        let h = Hours::parse("Mo–Fr 8–12 Uhr; Do 14:00-18:00").expect("parses");
        assert_eq!(h.to_string(), "Mo-Fr 08:00-12:00; Th 14:00-18:00");
        assert_eq!(Hours::parse(&h.to_string()), Ok(h));
        let h = Hours::parse("Mo,Mi 9.00-12.00, 14-16 | Sa 10-13").expect("parses");
        assert_eq!(
            h.to_string(),
            "Mo,We 09:00-12:00,14:00-16:00; Sa 10:00-13:00"
        );
        assert_eq!(
            Hours::parse("Mo,Di,Mi 9-12").map(|h| h.to_string()),
            Ok("Mo-We 09:00-12:00".into())
        );
        assert_eq!(Hours::parse("  "), Ok(Hours::default()));
        assert!(Hours::parse("nach Vereinbarung").is_err());
        assert!(Hours::parse("Xy 9-12").is_err());
        assert!(Hours::parse("Mo 12-9").is_err());
        assert!(Hours::parse("Mo 25-26").is_err());
    }

    #[test]
    fn distance_in_wuppertal() {
        let elberfeld = GeoPoint::new(51.2562, 7.1508).expect("valid");
        let barmen = GeoPoint::new(51.2722, 7.1995).expect("valid");
        let km = elberfeld.km_to(&barmen);
        assert!((3.5..3.9).contains(&km), "{km}");
        assert!(GeoPoint::new(91.0, 0.0).is_none());
        assert!(GeoPoint::new(f64::NAN, 0.0).is_none());
    }

    #[test]
    fn kinds_accept_german_words() {
        assert_eq!(Kind::parse("Beratung"), Some(Kind::Counselling));
        assert_eq!(Kind::parse("family-centre"), Some(Kind::FamilyCentre));
        assert_eq!(Kind::parse("Familienzentrum"), Some(Kind::FamilyCentre));
        assert_eq!(Kind::parse("zoo"), None);
    }
}
