//! Asked once, and looking ahead: a known fact is not asked again (with a way to change it),
//! questions come only where the answer changes the advice, and the outlook names what changes
//! by itself, with dates and amounts, for constructed families on fixed days.

mod support;

use chrono::NaiveDate;
use support::shipped::content;
use wegweiser::conversation::Content;
use wegweiser::dialog::expr::Value;
use wegweiser::engine::{self, Input, State};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// Taps the button labelled with message id `label` on the current step.
fn tap(c: &Content, s: &State, label: &str, today: NaiveDate) -> State {
    let node = c.tree.node(&s.node).expect("node");
    let i = node
        .options
        .iter()
        .position(|o| o.label == label)
        .unwrap_or_else(|| panic!("{}: no button {label}", s.node));
    c.handle(s, &Input::Button(format!("o{i}")), today).0
}

/// Taps the option of the current step that sets `fact` to `value`.
fn choose(c: &Content, s: &State, fact: &str, value: Value, today: NaiveDate) -> State {
    let node = c.tree.node(&s.node).expect("node");
    let i = node
        .options
        .iter()
        .position(|o| o.set.iter().any(|(f, v)| f == fact && *v == value))
        .unwrap_or_else(|| panic!("{}: no option sets {fact}", s.node));
    c.handle(s, &Input::Button(format!("o{i}")), today).0
}

fn text(c: &Content, s: &State, t: &str, today: NaiveDate) -> State {
    c.handle(s, &Input::Text(t.into()), today).0
}

/// The check by meaning: ages, Bürgergeld, earnings, maintenance, residence.
fn check(
    c: &Content,
    ages: &str,
    bg: bool,
    earn: &str,
    maint: &str,
    res: &str,
    today: NaiveDate,
) -> State {
    let mut s = State::new(Some("de".into()));
    s.node = "money-check-ages".into();
    let s = text(c, &s, ages, today);
    let s = choose(c, &s, "buergergeld", Value::Bool(bg), today);
    let s = choose(c, &s, "earnings", Value::Text(earn.into()), today);
    let s = choose(c, &s, "maintenance", Value::Text(maint.into()), today);
    choose(c, &s, "residence", Value::Text(res.into()), today)
}

/// The check, then "what changes soon" with these birth months (and the work answer when
/// asked): the outlook screen's text, and the state.
/// (On 2026-12-01.)
fn outlook(
    c: &Content,
    ages: &str,
    births: &str,
    bg: bool,
    earn: &str,
    maint: &str,
    works: bool,
) -> (String, State) {
    let today = day(2026, 12, 1);
    let s = check(c, ages, bg, earn, maint, "de_eu", today);
    assert_eq!(s.node, "money-check");
    let s = tap(c, &s, "money-opt-outlook", today);
    assert_eq!(s.node, "money-outlook-births");
    let mut s = text(c, &s, births, today);
    if s.node == "money-outlook-work" {
        s = choose(c, &s, "starts_work", Value::Bool(works), today);
    }
    assert_eq!(s.node, "money-outlook", "births {births} not taken");
    (all_pages(c, &s, today), s)
}

fn all_pages(c: &Content, s: &State, today: NaiveDate) -> String {
    let mut s = s.clone();
    let mut out = String::new();
    for page in 0..30 {
        s.text_page = page;
        let shown = c.current(&s, today);
        out.push_str(&shown.text);
        out.push('\n');
        if !shown
            .buttons
            .iter()
            .any(|b| b.key == engine::Key::ReadMore.to_string())
        {
            break;
        }
    }
    out
}

fn has(t: &str, needles: &[&str]) {
    for n in needles {
        assert!(t.contains(n), "missing {n:?} in\n{t}");
    }
}

// ------------------------------------------------------------------ ask once

#[test]
fn the_kita_flow_takes_the_age_from_the_check_and_offers_to_change_it() {
    let c = content();
    let today = day(2026, 12, 1);
    let s = check(&c, "2 8", true, "none", "none", "permit", today);
    let s = tap(&c, &s, "main-opt-childcare", today);
    let s = tap(&c, &s, "cc-opt-place", today);
    assert_eq!(s.node, "cc-place-right", "the age was asked again");
    assert_eq!(s.facts.get("child_age"), Some(&Value::Num(2.0)));
    let shown = c.current(&s, today);
    assert!(
        shown
            .buttons
            .iter()
            .any(|b| b.label.contains("nicht 2? Ändern")),
        "{:?}",
        shown.buttons
    );
    // The change button asks; Back undoes the derived age with the step.
    let asked = tap(&c, &s, "cc-opt-change-age", today);
    assert_eq!(asked.node, "cc-place-age");
    let back = c
        .handle(&s, &Input::Command(engine::Command::Back), today)
        .0;
    assert_eq!(back.node, "cc-start");
    assert_eq!(back.facts.get("child_age"), None);
    // Two small children: which one needs the place is asked.
    let s = check(&c, "1 4", true, "none", "none", "permit", today);
    let s = tap(&c, &s, "main-opt-childcare", today);
    assert_eq!(tap(&c, &s, "cc-opt-place", today).node, "cc-place-age");
    // A baby: the page for under one, without asking.
    let s = check(&c, "0 9", true, "none", "none", "permit", today);
    let s = tap(&c, &s, "main-opt-childcare", today);
    assert_eq!(tap(&c, &s, "cc-opt-place", today).node, "cc-place-under1");
}

#[test]
fn no_childcare_question_for_a_course_when_the_only_child_is_14() {
    let c = content();
    let today = day(2026, 12, 1);
    let s = check(&c, "14", false, "none", "none", "de_eu", today);
    let s = tap(&c, &s, "main-opt-training", today);
    let s = tap(&c, &s, "offers-opt-near-courses", today);
    assert_ne!(
        s.node, "train-offers-care",
        "asked about childcare for a 14-year-old"
    );
    assert_eq!(s.facts.get("offer_childcare"), Some(&Value::Bool(false)));
    // A 13-year-old is still asked about.
    let s = check(&c, "13", false, "none", "none", "de_eu", today);
    let s = tap(&c, &s, "main-opt-training", today);
    assert_eq!(
        tap(&c, &s, "offers-opt-near-courses", today).node,
        "train-offers-care"
    );
}

#[test]
fn the_arrival_date_is_asked_only_where_it_matters() {
    let c = content();
    let today = day(2026, 12, 1);
    // From Ukraine on Bürgergeld: asked; before April 2025 no asylum-benefits line at all.
    let s = check(&c, "5", true, "none", "none", "ukraine", today);
    assert_eq!(s.node, "money-check-arrival");
    let before = choose(
        &c,
        &s,
        "ua_arrival",
        Value::Text("before_april_2025".into()),
        today,
    );
    let shown = c.current(&before, today).text;
    assert!(!shown.contains("Asylbewerber"), "{shown}");
    assert!(!before.todos.iter().any(|t| t == "money-todo-ukraine"));
    let after = choose(
        &c,
        &s,
        "ua_arrival",
        Value::Text("from_april_2025".into()),
        today,
    );
    assert!(after.todos.iter().any(|t| t == "money-todo-ukraine"));
    // From Ukraine and earning well, or not from Ukraine: not asked.
    let s = check(&c, "5", false, "from_600", "none", "ukraine", today);
    assert_eq!(s.node, "money-check");
    let s = check(&c, "5", true, "none", "none", "permit", today);
    assert_eq!(s.node, "money-check");
}

#[test]
fn the_bca_is_the_first_contact_only_on_buergergeld() {
    let c = content();
    let today = day(2026, 12, 1);
    let s = check(&c, "5", false, "from_600", "none", "de_eu", today);
    let s = tap(&c, &s, "main-opt-training", today);
    assert!(
        s.todos.iter().any(|t| t == "train-todo-agentur"),
        "{:?}",
        s.todos
    );
    assert!(!s.todos.iter().any(|t| t == "train-todo-bca"));
    let s = check(&c, "5", true, "none", "none", "de_eu", today);
    let s = tap(&c, &s, "main-opt-training", today);
    assert!(s.todos.iter().any(|t| t == "train-todo-bca"));
    assert!(!s.todos.iter().any(|t| t == "train-todo-agentur"));
}

// ------------------------------------------------------------------ what changes soon

#[test]
fn an_only_child_turning_7_drops_the_mehrbedarf_to_12_percent() {
    let c = content();
    let (t, _) = outlook(&c, "6", "03/2020", true, "none", "none", false);
    has(
        &t,
        &["Ab 01.03.2027: Mehrbedarf für Alleinerziehende 12 % statt 36 % – 67,56\u{a0}€ statt 202,68\u{a0}€ im Monat."],
    );
}

#[test]
fn outlook_items_on_fixed_days() {
    let c = content();
    // Turning 12 on Bürgergeld without earnings: UVG then needs 600 € gross.
    let (t, _) = outlook(&c, "11", "05/2015", true, "none", "none", false);
    has(
        &t,
        &["Ab 01.05.2027: Ihr Kind ist 12.", "600\u{a0}€ brutto"],
    );
    assert!(!t.contains("Unterhaltsvorschuss 394"), "{t}");
    // Not on Bürgergeld: UVG rises at 6 and at 12; at 6 also school and the free ride ends.
    let (t, _) = outlook(&c, "5", "06/2021", false, "from_600", "none", false);
    has(
        &t,
        &[
            "Ab 01.06.2027: Unterhaltsvorschuss 299\u{a0}€ statt 227\u{a0}€ im Monat.",
            "Ab 01.06.2027: Ein Kind ist 6.",
        ],
    );
    let (t, _) = outlook(&c, "11", "02/2015", false, "from_600", "none", false);
    has(
        &t,
        &["Ab 01.02.2027: Unterhaltsvorschuss 394\u{a0}€ statt 299\u{a0}€ im Monat."],
    );
    // A baby turning 1: the legal right to a place.
    let (t, _) = outlook(&c, "0", "02/2026", true, "none", "none", false);
    has(
        &t,
        &["Ab 01.02.2027: Ihr Kind hat ein Recht auf einen Platz"],
    );
    // The youngest turning 3 on Bürgergeld.
    let (t, _) = outlook(&c, "2", "04/2024", true, "none", "none", false);
    has(&t, &["Ab 01.04.2027: Ihr jüngstes Kind ist 3."]);
    // Two children under 16, the elder turning 16: Mehrbedarf 36 % → 2 × 12 % = 24 %.
    let (t, _) = outlook(&c, "15 14", "07/2011 09/2012", true, "none", "pays", false);
    has(
        &t,
        &["Ab 01.07.2027: Mehrbedarf für Alleinerziehende 24 % statt 36 %"],
    );
    // Turning 18.
    let (t, _) = outlook(&c, "17", "01/2009", false, "from_600", "none", false);
    has(&t, &["Ab 01.01.2027: Ein Kind ist 18."]);
    // Kinderzuschlag: the new application in the sixth month.
    let (t, _) = outlook(&c, "9", "03/2017", false, "from_600", "pays", false);
    has(
        &t,
        &["01.05.2027: Zeit für den neuen Antrag auf Kinderzuschlag"],
    );
    // Nothing changes for a family with a 9-year-old earning well within a year.
    let (t, _) = outlook(&c, "9", "03/2017", false, "over_2000", "pays", false);
    has(&t, &["keine Änderung"]);
}

#[test]
fn a_parent_on_buergergeld_starting_work_is_told_what_to_do_before_and_after() {
    let c = content();
    let today = day(2026, 12, 1);
    let (t, s) = outlook(&c, "13 11", "02/2013 05/2015", true, "none", "none", true);
    has(
        &t,
        &[
            "Vor dem ersten Arbeitstag: Einstiegsgeld",
            "100\u{a0}€",
            "378\u{a0}€",
            "Nach der ersten Lohnabrechnung",
            "Kinderzuschlag und Wohngeld",
            "394\u{a0}€",
        ],
    );
    // The undated steps come before the dated ones.
    assert!(t.find("Einstiegsgeld") < t.find("Ab 0"), "{t}");
    assert!(s.todos.iter().any(|x| x == "money-todo-einstiegsgeld"));
    // The summary lists what changes too.
    let sum = c
        .handle(&s, &Input::Button(engine::Key::Next.to_string()), today)
        .0;
    assert_eq!(sum.node, "main-summary");
    let shown = all_pages(&c, &sum, today);
    has(
        &shown,
        &["Was sich für Sie bald ändert", "Einstiegsgeld beantragen"],
    );
    // Changing the answer retracts the to-do it implied.
    let no = tap(&c, &s, "money-opt-work-change", today);
    let no = choose(&c, &no, "starts_work", Value::Bool(false), today);
    assert!(
        !no.todos.iter().any(|x| x == "money-todo-einstiegsgeld"),
        "{:?}",
        no.todos
    );
    // The birth months are asked once: a second visit goes straight to the outlook.
    let mut again = no.clone();
    again.node = "money-check".into();
    assert_eq!(
        tap(&c, &again, "money-opt-outlook", today).node,
        "money-outlook"
    );
}

#[test]
fn birth_months_as_parents_type_them() {
    let c = content();
    let today = day(2026, 12, 1);
    let s = check(&c, "6 10", true, "none", "none", "de_eu", today);
    let s = tap(&c, &s, "money-opt-outlook", today);
    for bad in ["6 10", "13/2020", "03/2027"] {
        let r = text(&c, &s, bad, today);
        assert_eq!(r.node, "money-outlook-births", "{bad} taken");
    }
    let r = text(&c, &s, "3.2020, 8/16", today);
    assert_eq!(r.node, "money-outlook-work");
}
