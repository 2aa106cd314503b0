//! Golden transcripts of the language-course and recognition steps (dialogs/training.toml),
//! scripted by button label through tests/support/golden.rs, with explicit assertions on the
//! offices, figures and to-dos a parent must see.
//!
//! After an intended change of content: `UPDATE_GOLDEN=1 cargo test --test golden_learn`, then
//! read the diff of `tests/golden/` before committing it.

mod support;

use std::path::Path;

use support::golden::*;

fn locales() -> wegweiser::i18n::Locales {
    let (locales, diags) = wegweiser::i18n::Locales::load_dir(Path::new("locales"));
    assert!(!diags.has_errors(), "{:?}", diags.errors().next());
    locales
}

/// The summary at the end of a transcript.
fn summary<'a>(t: &'a str, heading: &str) -> &'a str {
    &t[t.rfind(heading)
        .unwrap_or_else(|| panic!("no {heading:?} in\n{t}"))..]
}

/// A teacher with a degree from outside the EU: the topic, recognition, the profession, the
/// postcode (which sets the Land), the body that decides, then the grant and IQ advice, and
/// the next steps.
fn teacher(postcode: &str) -> Vec<String> {
    [
        "main-opt-training",
        "train-opt-recognition",
        "train-prof-teacher",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([
        format!("={postcode}"),
        "nav-next".to_string(),
        "read-more".to_string(),
        "main-opt-summary".to_string(),
    ])
    .collect()
}

fn steps(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

// (a) A foreign (non-EU) teaching degree in Wuppertal: NRW, the Bezirksregierung Detmold,
// German C1, no fee; the Anerkennungszuschuss before paying anything; the IQ advice.
#[test]
fn teacher_in_wuppertal_de() {
    let locales = locales();
    let t = golden(
        "learn_teacher_wuppertal_de",
        "de",
        &script(&locales, "de", &steps(&teacher("42103"))),
    );
    assert_has(
        &t,
        &[
            "Anerkennung in Nordrhein-Westfalen",
            "außerhalb der EU die Bezirksregierung Detmold",
            "aus der EU die Bezirksregierung Arnsberg",
            "C1",
            "keine Gebühr",
            "BEVOR Sie etwas bezahlen",
            "100\u{a0}€ bis 600\u{a0}€",
            "32.000\u{a0}€",
            "30.06.2027",
            "IQ Netzwerk",
        ],
    );
    let s = summary(&t, "Ihre nächsten Schritte");
    assert_has(
        s,
        &[
            "☐ Bezirksregierung Detmold",
            "☐ Anerkennungszuschuss beantragen – bevor Sie",
            "☐ IQ Netzwerk",
        ],
    );
    // One line per office action: the Land's body once, no finder besides it.
    assert_eq!(s.matches("Anerkennung als Lehrkraft").count(), 1, "{s}");
    assert!(!s.contains("Anerkennungs-Finder:"), "{s}");
}

#[test]
fn teacher_in_wuppertal_en() {
    let locales = locales();
    let t = golden(
        "learn_teacher_wuppertal_en",
        "en",
        &script(&locales, "en", &steps(&teacher("42103"))),
    );
    assert_has(
        &t,
        &[
            "Recognition in North Rhine-Westphalia",
            "outside the EU, the Bezirksregierung Detmold",
            "C1",
            "no fee",
            "BEFORE you pay anything",
            "€100 to €600",
            "30.06.2027",
            "IQ Netzwerk",
        ],
    );
    let s = summary(&t, "Your next steps");
    assert_has(s, &["Bezirksregierung Detmold", "Anerkennungszuschuss"]);
}

#[test]
fn teacher_in_wuppertal_uk() {
    let locales = locales();
    let t = golden(
        "learn_teacher_wuppertal_uk",
        "uk",
        &script(&locales, "uk", &steps(&teacher("42103"))),
    );
    assert_has(
        &t,
        &[
            "Nordrhein-Westfalen",
            "Bezirksregierung Detmold",
            "Bezirksregierung Arnsberg",
            "C1",
            "Збору немає",
            "Anerkennungszuschuss",
            "ДО того, як щось оплатите",
            "30.06.2027",
            "IQ Netzwerk",
        ],
    );
    let s = summary(&t, "Ваші наступні кроки");
    assert_has(s, &["☐ Bezirksregierung Detmold", "☐ Anerkennungszuschuss"]);
}

// (c) in Ukrainian: the literacy course, the stop and the Ausländerbehörde.
#[test]
fn literacy_course_for_a_parent_from_ukraine_uk() {
    let locales = locales();
    let t = golden(
        "learn_literacy_ukraine_uk",
        "uk",
        &script(&locales, "uk", UKRAINE_NO_BG),
    );
    assert_has(
        &t,
        &[
            "Alphabetisierungskurs",
            "1\u{a0}000",
            "1\u{a0}300",
            "31.12.2026",
            "§ 44 Abs. 4 AufenthG",
            "§ 24",
            "§ 44a AufenthG",
            "Ausländerbehörde",
            "Verpflichtung zum Integrationskurs",
        ],
    );
}

// (b) The same profession elsewhere: each Land's own body.
#[test]
fn teacher_in_berlin_and_cloppenburg_de() {
    let locales = locales();
    let t = golden(
        "learn_teacher_berlin_de",
        "de",
        &script(&locales, "de", &steps(&teacher("10315"))),
    );
    assert_has(
        &t,
        &[
            "Anerkennung in Berlin",
            "Senatsverwaltung für Bildung, Jugend und Familie",
            "Anerkennungszuschuss",
        ],
    );
    assert!(!t.contains("Detmold"), "{t}");
    let t = golden(
        "learn_teacher_cloppenburg_de",
        "de",
        &script(&locales, "de", &steps(&teacher("49661"))),
    );
    assert_has(
        &t,
        &[
            "Anerkennung in Niedersachsen",
            "RLSB Lüneburg",
            "noch nicht sicher",
            "160\u{a0}€ bis 200\u{a0}€",
        ],
    );
    assert_has(summary(&t, "Ihre nächsten Schritte"), &["☐ RLSB Lüneburg"]);
    assert!(!t.contains("Detmold"), "{t}");
}

// (c) A parent who reads and writes only in another script, from Ukraine under § 24, not on
// Bürgergeld: the literacy course, the 2026 admission stop and what to do.
const UKRAINE_NO_BG: &[&str] = &[
    "main-opt-training",
    "train-opt-german",
    "train-read-other",
    "read-more",
    "nav-next",
    "money-opt-no",
    "money-res-ukraine",
    "read-more",
    "main-opt-summary",
];

#[test]
fn literacy_course_for_a_parent_from_ukraine_de() {
    let locales = locales();
    let t = golden(
        "learn_literacy_ukraine_de",
        "de",
        &script(&locales, "de", UKRAINE_NO_BG),
    );
    assert_has(
        &t,
        &[
            "Integrationskurs mit Alphabetisierung",
            "1.000 Unterrichtsstunden",
            "1.300",
            "2,29\u{a0}€ pro Stunde",
            "50 % der Kosten zurück",
            "Bis 31.12.2026: keine freiwilligen Plätze",
            "09.02.2026",
            "§ 44 Abs. 4 AufenthG",
            "Menschen aus der Ukraine mit Schutz nach § 24",
            "§ 44a AufenthG",
            "Ausländerbehörde: fragen, ob sie Sie zum Kurs verpflichten kann",
        ],
    );
    let s = summary(&t, "Ihre nächsten Schritte");
    assert_has(
        s,
        &["☐ Ausländerbehörde: fragen, ob sie Sie zum Integrationskurs verpflichten kann"],
    );
    assert!(!s.contains("um die Verpflichtung"), "{s}");
}

// ... and on Bürgergeld: ask the Jobcenter for the obligation; the residence is not asked.
const UKRAINE_BG: &[&str] = &[
    "main-opt-training",
    "train-opt-german",
    "train-read-other",
    "read-more",
    "nav-next",
    "money-opt-yes",
    "main-opt-summary",
];

#[test]
fn literacy_course_on_buergergeld_de() {
    let locales = locales();
    let t = golden(
        "learn_literacy_buergergeld_de",
        "de",
        &script(&locales, "de", UKRAINE_BG),
    );
    assert_has(
        &t,
        &[
            "Mit Bürgergeld: Fragen Sie das Jobcenter",
            "Verpflichtung zum Integrationskurs",
            "§ 44a AufenthG",
        ],
    );
    assert!(!t.contains("Was ist Ihr Aufenthaltsstatus"), "{t}");
    let s = summary(&t, "Ihre nächsten Schritte");
    assert_has(
        s,
        &["☐ Jobcenter: um die Verpflichtung zum Integrationskurs bitten"],
    );
    assert!(!s.contains("Ausländerbehörde"), "{s}");
}

/// Known facts are not asked again: after the benefit check (Bürgergeld, Ukraine), the
/// language step asks only how the parent reads and writes.
#[test]
fn the_check_answers_are_not_asked_again() {
    let locales = locales();
    let s = script(
        &locales,
        "de",
        &[
            "main-opt-check",
            "=4",
            "money-opt-no",
            "money-earn-from",
            "money-maint-none",
            "money-res-ukraine",
            "main-opt-training",
            "train-opt-german",
            "train-read-none",
            "nav-next",
        ],
    );
    let data = tempfile::tempdir().expect("tempdir");
    let (t, _) = run_chat("de", &s, data.path());
    let after = &t[t.rfind("Nein, oder nur wenig\n").expect("literacy answer")..];
    assert!(!after.contains("Bekommen Sie Bürgergeld"), "{after}");
    assert!(!after.contains("Was ist Ihr Aufenthaltsstatus"), "{after}");
    assert_has(after, &["keine freiwilligen Plätze"]);
}
