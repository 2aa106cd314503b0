//! Matching for one parent: filters by district, childcare and off-hours (relaxed rather than
//! empty), ranks by the parent's language first, then distance, then opening hours.

use chrono::NaiveDate;
use wegweiser::dialog::expr::Value;
use wegweiser::offers::matching::{select, Profile};
use wegweiser::offers::{
    GeoPoint, Hours, Kind, ListRequest, OffHours, Offer, OfferId, OfferStore, Office, RankIndex,
};

fn offer(id: &str, kind: Kind, langs: &[&str], at: Option<(f64, f64)>) -> Offer {
    Offer {
        id: OfferId::parse(id).expect("a test id is valid"),
        name: id.into(),
        provider: String::new(),
        kind,
        topics: vec!["training".into()],
        tags: vec![],
        district: String::new(),
        citywide: true,
        postcode: String::new(),
        address: String::new(),
        location: at.and_then(|(a, b)| GeoPoint::new(a, b)),
        languages: langs.iter().map(|l| l.to_string()).collect(),
        hours: Hours::default(),
        off_hours: OffHours::default(),
        childcare: false,
        cost: None,
        target_groups: vec![],
        phone: String::new(),
        email: String::new(),
        web: String::new(),
        last_checked: NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"),
        descriptions: Default::default(),
        notes: String::new(),
        names: Default::default(),
        infos: Default::default(),
        office: None,
        condition: None,
        by_appointment: false,
        unverified: Default::default(),
        outdated: Default::default(),
        network: String::new(),
    }
}

fn ids(p: &Profile, offers: Vec<Offer>) -> Vec<String> {
    select(offers, p, &[])
        .offers
        .into_iter()
        .map(|r| r.offer.id.to_string())
        .collect()
}

const ELBERFELD: (f64, f64) = (51.2562, 7.1508);
const BARMEN: (f64, f64) = (51.2722, 7.1995);
const VOHWINKEL: (f64, f64) = (51.2331, 7.0755);

#[test]
fn nearest_first_when_a_location_is_known() {
    let offers = vec![
        offer("vohwinkel", Kind::Counselling, &["de"], Some(VOHWINKEL)),
        offer("unknown-place", Kind::Counselling, &["de"], None),
        offer("barmen", Kind::Counselling, &["de"], Some(BARMEN)),
        offer("elberfeld", Kind::Counselling, &["de"], Some(ELBERFELD)),
    ];
    let at_barmen = Profile {
        lang: "de".into(),
        location: GeoPoint::new(BARMEN.0, BARMEN.1),
        ..Profile::default()
    };
    assert_eq!(
        ids(&at_barmen, offers.clone()),
        ["barmen", "elberfeld", "vohwinkel", "unknown-place"]
    );
    let at_vohwinkel = Profile {
        lang: "de".into(),
        location: GeoPoint::new(VOHWINKEL.0, VOHWINKEL.1),
        ..Profile::default()
    };
    assert_eq!(
        ids(&at_vohwinkel, offers.clone()),
        ["vohwinkel", "elberfeld", "barmen", "unknown-place"]
    );
    let km = select(offers, &at_barmen, &[]).offers[1]
        .km
        .expect("distance");
    assert!((3.0..4.5).contains(&km), "{km}");
}

#[test]
fn the_parents_language_outranks_distance() {
    let offers = vec![
        offer("near-de", Kind::Counselling, &["de"], Some(BARMEN)),
        offer("far-tr", Kind::Counselling, &["de", "tr"], Some(VOHWINKEL)),
        offer("mid-ar", Kind::Counselling, &["de", "ar"], Some(ELBERFELD)),
    ];
    let turkish = Profile {
        lang: "tr".into(),
        location: GeoPoint::new(BARMEN.0, BARMEN.1),
        ..Profile::default()
    };
    assert_eq!(
        ids(&turkish, offers.clone()),
        ["far-tr", "near-de", "mid-ar"]
    );
    let arabic = Profile {
        lang: "ar".into(),
        location: GeoPoint::new(BARMEN.0, BARMEN.1),
        ..Profile::default()
    };
    assert_eq!(
        ids(&arabic, offers.clone()),
        ["mid-ar", "near-de", "far-tr"]
    );
    let german = Profile {
        lang: "de".into(),
        location: GeoPoint::new(BARMEN.0, BARMEN.1),
        ..Profile::default()
    };
    assert_eq!(ids(&german, offers), ["near-de", "mid-ar", "far-tr"]);
}

#[test]
fn district_filters_local_offers_and_ranks_without_location() {
    let mut local_other = offer("fz-vohwinkel", Kind::FamilyCentre, &["de"], None);
    local_other.district = "Vohwinkel".into();
    local_other.citywide = false;
    let mut local_mine = offer("fz-barmen", Kind::FamilyCentre, &["de"], None);
    local_mine.district = "Barmen".into();
    local_mine.citywide = false;
    let mut citywide_mine = offer("b-citywide", Kind::Counselling, &["de"], None);
    citywide_mine.district = "Barmen".into();
    let citywide = offer("a-citywide", Kind::Counselling, &["de"], None);
    let p = Profile {
        lang: "de".into(),
        district: Some("Barmen".into()),
        ..Profile::default()
    };
    let sel = select(
        vec![local_other, citywide, local_mine, citywide_mine],
        &p,
        &[],
    );
    assert!(!sel.relaxed);
    let got: Vec<_> = sel
        .offers
        .into_iter()
        .map(|r| r.offer.id.to_string())
        .collect();
    assert_eq!(got, ["b-citywide", "fz-barmen", "a-citywide"]);
}

#[test]
fn childcare_and_off_hours_filter_courses_but_not_offices() {
    let mut with_care = offer("course-care", Kind::Course, &["de"], None);
    with_care.childcare = true;
    let without = offer("course-plain", Kind::Course, &["de"], None);
    let office = offer("jobcenter", Kind::Office, &["de"], None);
    let p = Profile {
        lang: "de".into(),
        needs_childcare: true,
        ..Profile::default()
    };
    assert_eq!(
        ids(&p, vec![without.clone(), office.clone(), with_care.clone()]),
        ["course-care", "jobcenter"]
    );

    let mut late = offer("care-late", Kind::Childcare, &["de"], None);
    late.off_hours.late = true;
    let mut listed = offer("care-listed", Kind::Childcare, &["de"], None);
    listed.off_hours.late = true;
    listed.hours = Hours::parse("Mo-Fr 06:00-20:00").expect("hours");
    let day = offer("care-day", Kind::Childcare, &["de"], None);
    let wants_late = OffHours {
        late: true,
        ..OffHours::default()
    };
    let p = Profile {
        lang: "de".into(),
        off_hours: wants_late,
        ..Profile::default()
    };
    assert_eq!(
        ids(&p, vec![day.clone(), late.clone(), listed]),
        ["care-listed", "care-late"],
        "listed hours rank higher"
    );

    // Nothing passes: the closest fits are shown instead of an empty list, and flagged.
    let sel = select(vec![day, without], &p, &[]);
    assert!(sel.relaxed);
    assert_eq!(sel.offers.len(), 2);
}

#[test]
fn the_steps_first_tags_come_first_when_all_else_is_equal() {
    let mut info = offer("a-info", Kind::Office, &["de"], None);
    info.tags = vec!["school-transport".into()];
    let mut ticket = offer("b-ticket", Kind::Transport, &["de"], None);
    ticket.tags = vec!["ticket".into(), "social-ticket".into()];
    let p = Profile {
        lang: "de".into(),
        ..Profile::default()
    };
    let tags: Vec<String> = ["social-ticket", "ticket", "school-transport"]
        .iter()
        .map(|t| t.to_string())
        .collect();
    let got: Vec<_> = select(vec![info, ticket], &p, &tags)
        .offers
        .into_iter()
        .map(|r| r.offer.id.to_string())
        .collect();
    assert_eq!(got, ["b-ticket", "a-info"]);
}

#[test]
fn what_the_parent_asked_for_outranks_known_hours_and_unconfirmed_hours_count_for_nothing() {
    let tags: Vec<String> = ["social-ticket", "ticket", "school-transport"]
        .iter()
        .map(|t| t.to_string())
        .collect();
    let p = Profile {
        lang: "de".into(),
        ..Profile::default()
    };
    let ranked = |offers: Vec<Offer>| -> Vec<String> {
        select(offers, &p, &tags)
            .offers
            .into_iter()
            .map(|r| r.offer.id.to_string())
            .collect()
    };
    // A mobility list leads with the social ticket, not with an office that has hours but is
    // only there for school transport.
    let mut office = offer("a-office", Kind::Office, &["de"], None);
    office.tags = vec!["school-transport".into()];
    office.by_appointment = true;
    office.hours = Hours::parse("Mo-Fr 08:00-12:00").expect("hours");
    let mut ticket = offer("b-ticket", Kind::Transport, &["de"], None);
    ticket.tags = vec!["social-ticket".into()];
    assert_eq!(
        ranked(vec![office.clone(), ticket.clone()]),
        ["b-ticket", "a-office"]
    );
    // Among equally relevant offers, hours a parent can see rank higher; hours marked
    // [verify] are not shown, so they count for nothing.
    let mut confirmed = offer("z-confirmed", Kind::Office, &["de"], None);
    confirmed.tags = vec!["social-ticket".into()];
    confirmed.hours = Hours::parse("Mo-Fr 08:00-12:00").expect("hours");
    let mut unconfirmed = confirmed.clone();
    unconfirmed.id =
        wegweiser::offers::OfferId::parse("y-unconfirmed").expect("a test id is valid");
    unconfirmed.name = "y-unconfirmed".into();
    unconfirmed.unverified.insert("hours".into());
    let mut by_appointment = offer("x-unconfirmed-appointment", Kind::Office, &["de"], None);
    by_appointment.tags = vec!["social-ticket".into()];
    by_appointment.by_appointment = true;
    by_appointment.unverified.insert("hours".into());
    assert_eq!(
        ranked(vec![unconfirmed, ticket, by_appointment, confirmed, office]),
        [
            "z-confirmed",
            "b-ticket",
            "x-unconfirmed-appointment",
            "y-unconfirmed",
            "a-office"
        ]
    );
}

/// A small deterministic generator (xorshift), so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

const TOPICS: [&str; 4] = ["money", "childcare", "training", "mobility"];
const TAGS: [&str; 12] = [
    "t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10", "t11",
];
const DISTRICTS: [&str; 6] = [
    "Elberfeld",
    "Barmen",
    "Vohwinkel",
    "Ronsdorf",
    "Cronenberg",
    "",
];
const LANGS: [&str; 6] = ["de", "tr", "ar", "uk", "ru", "fa"];
const CONDITIONS: [&str; 3] = ["not buergergeld", "buergergeld", "not alleinerziehend"];
const POSTCODES: [&str; 5] = ["42103", "42275", "42329", "42369", ""];

fn generated(r: &mut Rng, i: usize) -> Offer {
    let mut o = offer(
        &format!("gen-{i:05}"),
        Kind::ALL[r.below(Kind::ALL.len())],
        &[],
        (!r.chance(5)).then(|| {
            (
                51.20 + r.below(1000) as f64 / 10_000.0,
                7.05 + r.below(2000) as f64 / 10_000.0,
            )
        }),
    );
    // Duplicate names, so the tie-breaks after the name are exercised.
    o.name = format!("Angebot {}", r.below(400));
    o.topics = vec![r.pick(&TOPICS).into()];
    o.tags = (0..r.below(4)).map(|_| r.pick(&TAGS).to_string()).collect();
    o.district = r.pick(&DISTRICTS).into();
    o.citywide = !r.chance(3);
    o.postcode = r.pick(&POSTCODES).into();
    o.languages = (0..1 + r.below(3))
        .map(|_| r.pick(&LANGS).to_string())
        .collect();
    o.off_hours = OffHours {
        early: r.chance(4),
        late: r.chance(3),
        weekend: r.chance(5),
    };
    o.childcare = r.chance(3);
    if r.chance(2) {
        o.hours = Hours::parse("Mo-Fr 09:00-12:00").expect("hours");
    }
    o.by_appointment = r.chance(6);
    if r.chance(5) {
        o.unverified.insert("hours".into());
    }
    if r.chance(8) {
        o.office = Some(Office::ALL[r.below(Office::ALL.len())]);
    }
    if r.chance(6) {
        o.condition = Some(r.pick(&CONDITIONS).into());
    }
    o
}

fn random_profile(r: &mut Rng) -> Profile {
    let mut p = Profile {
        lang: r.pick(&["de", "tr", "ar", "en", "uk"]).into(),
        ..Profile::default()
    };
    p.district = match r.below(4) {
        0 => None,
        1 => Some("nowhere".into()),
        2 => Some(r.pick(&DISTRICTS[..5]).to_uppercase()),
        _ => Some(r.pick(&DISTRICTS[..5]).into()),
    };
    if !r.chance(3) {
        p.location = GeoPoint::new(
            51.20 + r.below(1000) as f64 / 10_000.0,
            7.05 + r.below(2000) as f64 / 10_000.0,
        );
    }
    p.needs_childcare = r.chance(4);
    p.off_hours = OffHours {
        early: r.chance(6),
        late: r.chance(4),
        weekend: r.chance(6),
    };
    for fact in ["buergergeld", "alleinerziehend"] {
        match r.below(3) {
            0 => {}
            k => {
                p.facts.insert(fact.into(), Value::Bool(k == 1));
            }
        }
    }
    p.first = (0..r.below(3))
        .map(|_| {
            r.pick(&[
                "jobcenter",
                "uvg",
                "jugendamt",
                "t3",
                "money",
                "T5",
                "nothing",
            ])
            .to_string()
        })
        .collect();
    p
}

fn random_request(r: &mut Rng, total_guess: usize) -> ListRequest {
    let office = r.chance(6).then(|| Office::ALL[r.below(Office::ALL.len())]);
    let tags = (0..r.below(6))
        .map(|_| match r.below(10) {
            0 => "unknown-tag".to_string(),
            1 => r.pick(&TAGS).to_uppercase(),
            2..=3 => r.pick(&TOPICS).to_string(),
            _ => r.pick(&TAGS).to_string(),
        })
        .collect();
    let page_size = 1 + r.below(5);
    let page = match r.below(4) {
        0 => 0,
        1 => r.below(5),
        2 => r.below(total_guess / page_size + 2),
        _ => usize::MAX / 2,
    };
    ListRequest {
        tags,
        office,
        page,
        page_size,
    }
}

/// The fast path (bitsets, classes, only the page's classes sorted) lists exactly what a full
/// scan and sort lists: same ids in the same order, same distances, same total and relaxation.
#[test]
fn fast_page_equals_full_sort_over_random_requests() {
    let mut r = Rng(0x5eed_1234_abcd_0001);
    let mut nonempty = 0;
    let mut relaxed = 0;
    // A few thousand offers; small sets too, where the filters often leave nothing (relaxed)
    // and a 64-bit word is only partly used.
    for (size, rounds) in [(3000, 2000), (70, 1000), (9, 1000)] {
        let offers: Vec<Offer> = (0..size).map(|i| generated(&mut r, i)).collect();
        let index = RankIndex::build(&offers);
        for round in 0..rounds {
            let p = random_profile(&mut r);
            let req = random_request(&mut r, size / 5);
            let fast = index.page(&req, &p);
            let slow = index.page_full_sort(&req, &p, false);
            assert_eq!(fast, slow, "{size} offers, round {round}: {req:?} {p:?}");
            let all_fast = index.page_all(&req, &p);
            let all_slow = index.page_full_sort(&req, &p, true);
            assert_eq!(
                all_fast, all_slow,
                "{size} offers, round {round} (all): {req:?} {p:?}"
            );
            nonempty += usize::from(fast.total > 0);
            relaxed += usize::from(fast.relaxed) + usize::from(all_fast.relaxed);
        }
    }
    // The generator reaches the interesting cases.
    assert!(nonempty > 1500, "{nonempty}");
    assert!(relaxed > 20, "{relaxed}");
}

/// Every page of one list, put together, is the whole list in order (no offer twice, none
/// left out), and the count matches.
#[test]
fn pages_cover_the_list_exactly() {
    let mut r = Rng(0x0ddb_a11c_afe0_0042);
    let offers: Vec<Offer> = (0..2000).map(|i| generated(&mut r, i)).collect();
    let index = RankIndex::build(&offers);
    for _ in 0..30 {
        let p = random_profile(&mut r);
        let mut req = random_request(&mut r, 0);
        req.page_size = 1 + r.below(4);
        req.page = 0;
        let whole = index.page_full_sort(
            &ListRequest {
                page_size: usize::MAX / 2,
                ..req.clone()
            },
            &p,
            false,
        );
        let mut joined = Vec::new();
        loop {
            let page = index.page(&req, &p);
            assert_eq!(page.total, whole.total);
            assert_eq!(page.first, req.page * req.page_size);
            joined.extend(page.shown);
            if joined.len() >= page.total {
                break;
            }
            req.page += 1;
        }
        assert_eq!(joined, whole.shown);
    }
}

/// The postcode's district and centre come from the index, as the store computes them from
/// the records in sled.
#[test]
fn postcode_area_from_the_index_equals_the_store() {
    let mut r = Rng(0x1234_5678_9abc_def1);
    let dir = tempfile::tempdir().expect("temp dir");
    let db = sled::open(dir.path()).expect("sled");
    let store = OfferStore::open(&db).expect("store");
    let rows: Vec<(Offer, wegweiser::offers::SheetRow)> = (0..1500)
        .map(|i| {
            (
                generated(&mut r, i),
                wegweiser::offers::SheetRow::new("gen.csv", i + 2),
            )
        })
        .collect();
    store.import(&rows, false).expect("import");
    let served = store.served();
    for pc in POSTCODES.iter().chain(&["99999", "4210"]) {
        assert_eq!(
            served.index.postcode_area(pc),
            store.postcode_area(pc).expect("area"),
            "{pc}"
        );
    }
}
