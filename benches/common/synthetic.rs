//! The synthetic offers both offer benchmarks measure (`benches/offers.rs`, `benches/micro.rs`):
//! 40 tags, 2 per offer; 10 districts; German plus one other language each; coordinates spread
//! over Wuppertal; one in ten with a condition, one in 17 an office. Deterministic, so every run measures the same data.

use chrono::NaiveDate;
use wegweiser::offers::{GeoPoint, Hours, Kind, OffHours, Offer};

pub const TAGS: usize = 40;
pub const DISTRICTS: [&str; 10] = [
    "Elberfeld",
    "Elberfeld-West",
    "Uellendahl-Katernberg",
    "Vohwinkel",
    "Cronenberg",
    "Barmen",
    "Oberbarmen",
    "Heckinghausen",
    "Langerfeld-Beyenburg",
    "Ronsdorf",
];
pub const LANGS: [&str; 6] = ["en", "tr", "ar", "ru", "uk", "fa"];

pub fn synthetic(i: usize) -> Offer {
    // A small deterministic generator, so every run measures the same data.
    let h = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let tag = |k: u64| format!("tag-{}", (h >> k) as usize % TAGS);
    let district = DISTRICTS[i % DISTRICTS.len()];
    Offer {
        id: wegweiser::offers::OfferId::parse(&format!("offer-{i:06}"))
            .expect("a generated id is valid"),
        name: format!("Angebot {i}"),
        provider: "Träger".into(),
        kind: Kind::ALL[i % Kind::ALL.len()],
        topics: vec![["money", "childcare", "training", "mobility"][i % 4].into()],
        tags: vec![tag(8), tag(24)],
        district: district.into(),
        citywide: i % 3 != 0,
        postcode: format!("42{:03}", 100 + (i % 30) * 9),
        address: format!("Straße {i}"),
        location: GeoPoint::new(
            51.20 + (h % 1000) as f64 / 10_000.0,
            7.05 + ((h >> 16) % 2000) as f64 / 10_000.0,
        ),
        languages: vec!["de".into(), LANGS[(h >> 40) as usize % LANGS.len()].into()],
        hours: Hours::parse("Mo-Fr 09:00-12:00").unwrap_or_default(),
        off_hours: OffHours {
            early: i % 7 == 0,
            late: i % 5 == 0,
            weekend: i % 11 == 0,
        },
        childcare: i % 4 == 0,
        cost: None,
        target_groups: vec![],
        phone: String::new(),
        email: String::new(),
        web: String::new(),
        last_checked: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
        descriptions: [("de".to_string(), "Beschreibung".to_string())]
            .into_iter()
            .collect(),
        notes: String::new(),
        names: Default::default(),
        infos: Default::default(),
        office: (i % 17 == 0).then_some(wegweiser::offers::Office::ALL[i % 17 % 17]),
        // One in ten is only for households without Bürgergeld, as the Wohngeldstelle is.
        condition: (i % 10 == 0).then(|| "not buergergeld".to_string()),
        by_appointment: false,
        unverified: Default::default(),
        outdated: Default::default(),
        network: String::new(),
    }
}
