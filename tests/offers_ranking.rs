//! Matching for one parent: filters by district, childcare and off-hours (relaxed rather than
//! empty), ranks by the parent's language first, then distance, then opening hours.

use chrono::NaiveDate;
use wegweiser::offers::matching::{select, Profile};
use wegweiser::offers::{GeoPoint, Hours, Kind, OffHours, Offer};

fn offer(id: &str, kind: Kind, langs: &[&str], at: Option<(f64, f64)>) -> Offer {
    Offer {
        id: id.into(),
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
    }
}

fn ids(p: &Profile, offers: Vec<Offer>) -> Vec<String> {
    select(offers, p, &[])
        .offers
        .into_iter()
        .map(|r| r.offer.id)
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
    let got: Vec<_> = sel.offers.into_iter().map(|r| r.offer.id).collect();
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
        .map(|r| r.offer.id)
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
            .map(|r| r.offer.id)
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
    unconfirmed.id = "y-unconfirmed".into();
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
