//! Birth and the first months, illness or hospital, a sick child: whole conversations
//! through the real binary, scripted by button label (tests/support/golden.rs), with the
//! offices, benefits and deadlines a parent must see asserted explicitly.
//!
//! After an intended change of content: `UPDATE_GOLDEN=1 cargo test --test golden_family`,
//! then read the diff of `tests/golden/` before committing it.

mod support;

use std::path::Path;

use support::golden::*;

/// The German script as a parent types it: "Alle Einzelheiten" and "Weiterlesen" without their
/// emoji, as `check_screen` and `screens_from` find the taps.
fn de(locales: &wegweiser::i18n::Locales, steps: &[&str]) -> String {
    let typed: Vec<&str> = steps
        .iter()
        .map(|s| match *s {
            "check-details" => "=Alle Einzelheiten",
            "read-more" => "=Weiterlesen",
            other => other,
        })
        .collect();
    script(locales, "de", &typed)
}

fn locales() -> wegweiser::i18n::Locales {
    let (locales, diags) = wegweiser::i18n::Locales::load_dir(Path::new("locales"));
    assert!(!diags.has_errors(), "{:?}", diags.errors().next());
    locales
}

// A mother whose baby was born last month (October 2026, TODAY being 21 Nov 2026), who worked
// before the birth and is a statutory member of a Krankenkasse, not married, in Wuppertal
// (postcode 42103): Mutterschaftsgeld, Elterngeld within 3 months, the Standesamt, paternity
// and custody at the Jugendamt, Unterhaltsvorschuss from the birth month, Kindergeld.
const NEWBORN: &[&str] = &[
    "main-opt-family",
    "fam-opt-baby",
    "birth-opt-last-month",
    "birth-opt-job-yes",
    "birth-opt-member",
    "birth-opt-unmarried",
    "=42103",
    "check-details",
    "read-more",
    "read-more",
    "read-more",
    "read-more",
    "read-more",
    "nav-next",
    "read-more",
];

#[test]
fn newborn_mother_who_worked_in_wuppertal() {
    let locales = locales();
    let t = golden("newborn_de", "de", &de(&locales, NEWBORN));
    let result = &screens_from(
        &t,
        t.find("Was Sie rund um die Geburt tun").expect("result"),
    );
    assert_has(
        result,
        &[
            "Geburt in 7 Tagen anmelden",
            "Unterhaltsvorschuss im Geburtsmonat beantragen",
            "Elterngeld in den ersten 3 Monaten",
            "• Mutterschaftsgeld 👉 Krankenkasse",
            "• Elterngeld 👉 Elterngeldstelle",
            "• Kindergeld: 259\u{a0}€ im Monat 👉 Familienkasse",
            "• Vaterschaft und Sorgerecht 👉 Jugendamt",
            "Standesamt",
        ],
    );
    let details = &check_screen(&t, "Was Sie rund um die Geburt tun");
    assert_has(
        line_of(details, "Mutterschaftsgeld"),
        &[
            "13\u{a0}€ am Tag",
            "Arbeitgeber zahlt dazu",
            "vom Elterngeld abgezogen",
        ],
    );
    assert_has(
        line_of(details, "Elterngeld"),
        &["In den ersten 3 Monaten beantragen", "Elterngeldstelle"],
    );
    assert_has(
        line_of(details, "Vaterschaft"),
        &[
            "Vaterschaftsanerkennung",
            "Sorgeerklärung",
            "kostenlos beim Jugendamt",
            "vor der Geburt",
        ],
    );
    assert_has(
        line_of(details, "Unterhaltsvorschuss"),
        &[
            "Vielleicht",
            "ab dem Geburtsmonat",
            "Antrag im Geburtsmonat",
        ],
    );
    assert_has(
        line_of(details, "Geburt anmelden"),
        &["Innerhalb von 7 Tagen", "Standesamt", "kostenlos"],
    );
    // The offices of Wuppertal one tap away.
    assert_has(
        &t,
        &[
            "📍 Adresse: Standesamt",
            "📍 Adresse: Elterngeldstelle",
            "📍 Adresse: Familienkasse",
        ],
    );
    let summary = &t[t.rfind("Ihre nächsten Schritte").expect("summary")..];
    assert_has(
        summary,
        &[
            "Standesamt: Geburt in 7 Tagen anmelden",
            "Mutterschaftsgeld beantragen",
            "Elterngeld bald nach der Geburt beantragen",
            "Vaterschaftsanerkennung und Sorgeerklärung",
            "Unterhaltsvorschuss im Geburtsmonat beim Jugendamt beantragen",
            "Kindergeld für Ihr Baby beantragen",
            "Elternzeit schriftlich beantragen – 7 Wochen vor dem Start",
        ],
    );
    // One line per office action: Elterngeld once.
    let eg = summary
        .lines()
        .filter(|l| l.starts_with('☐') && l.contains("Elterngeldstelle:"))
        .count();
    assert_eq!(eg, 1, "{summary}");

    let t = golden("newborn_ar", "ar", &script(&locales, "ar", NEWBORN));
    assert_has(
        &t,
        &[
            "Mutterschaftsgeld",
            "Elterngeld",
            "Standesamt",
            "Vaterschaftsanerkennung",
            "Sorgeerklärung",
            "Unterhaltsvorschuss",
            "Familienkasse",
            "\u{2066}259\u{a0}€\u{2069}",
            "\u{200F}",
        ],
    );
}

// A parent going into hospital (planned) with a 4-year-old from the benefit check, nobody at
// home to take over, employed, in Hagen: Haushaltshilfe before admission with the doctor's
// certificate, a paid neighbour or friend, the hospital's social service, Krankengeld after
// the employer's six weeks. The child's age is not asked again.
const HOSPITAL: &[&str] = &[
    "main-opt-check",
    "=4",
    "money-opt-no",
    "money-earn-from",
    "money-maint-none",
    "money-res-de-eu",
    "nav-menu",
    "main-opt-family",
    "fam-opt-ill",
    "ill-opt-planned",
    "ill-opt-nobody",
    "=58095",
    "check-details",
    "read-more",
    "read-more",
    "nav-next",
    "read-more",
    "read-more",
];

#[test]
fn parent_going_into_hospital_in_hagen() {
    let locales = locales();
    let t = golden("hospital_de", "de", &de(&locales, HOSPITAL));
    let family = &t[t.rfind("Was ist bei Ihnen?").expect("asked")..];
    assert!(
        !family.contains("Lebt bei Ihnen ein Kind unter"),
        "the child's age was asked again:\n{family}"
    );
    assert!(
        !family.contains("Sind Sie angestellt?"),
        "the job was asked again:\n{family}"
    );
    let details = &check_screen(&t, "Wer Ihnen hilft, wenn Sie krank sind");
    assert_has(
        line_of(details, "Haushaltshilfe"),
        &[
            "Vor der Aufnahme beantragen",
            "Bescheinigung vom Arzt",
            "Nachbarin oder ein Freund",
            "11\u{a0}€ pro Stunde",
            "88\u{a0}€ am Tag",
            "2026 ist noch nicht bestätigt",
            "Krankenkasse",
        ],
    );
    assert_has(
        line_of(details, "Sozialdienst im Krankenhaus"),
        &["vor der Aufnahme"],
    );
    assert_has(
        line_of(details, "Krankengeld"),
        &["6 Wochen", "Entgeltfortzahlung", "70 % vom Brutto"],
    );
    assert_has(
        line_of(details, "Betreuung der Kinder"),
        &["Vielleicht", "Jugendamt"],
    );
    let summary = &t[t.rfind("Ihre nächsten Schritte").expect("summary")..];
    assert_has(
        summary,
        &[
            "Haushaltshilfe vor der Aufnahme beantragen",
            "Sozialdienst im Krankenhaus anrufen",
            "Krankengeld",
            "Wenn die Haushaltshilfe nicht reicht",
        ],
    );

    let t = golden("hospital_uk", "uk", &script(&locales, "uk", HOSPITAL));
    assert_has(
        &t,
        &[
            "Haushaltshilfe",
            "Krankenkasse",
            "Sozialdienst",
            "Krankengeld",
            "11\u{a0}€",
            "Jugendamt",
        ],
    );
}

/// Kinderkrankengeld: a sick child under 12 gets it with the single parent's days, a child of
/// 12 does not; a child of 12 known from the check is not asked about again.
#[test]
fn kinderkrankengeld_only_under_twelve() {
    let locales = locales();
    let data = tempfile::tempdir().expect("tempdir");
    let young = de(
        &locales,
        &[
            "main-opt-family",
            "fam-opt-child-ill",
            "=Unter 12",
            "money-opt-yes",
            "check-details",
        ],
    );
    let (t, code) = run_chat("de", &young, data.path());
    assert_eq!(code, Some(0), "{t}");
    let details = &check_screen(&t, "Wenn Sie wegen Ihres kranken Kindes");
    assert_has(
        line_of(details, "Kinderkrankengeld"),
        &[
            "Wahrscheinlich",
            "Alleinerziehende: 30 Arbeitstage pro Kind",
            "höchstens 70",
            "90 %",
        ],
    );

    let data = tempfile::tempdir().expect("tempdir");
    let older = de(
        &locales,
        &[
            "main-opt-family",
            "fam-opt-child-ill",
            "=12 oder älter",
            "money-opt-yes",
        ],
    );
    let (t, code) = run_chat("de", &older, data.path());
    assert_eq!(code, Some(0), "{t}");
    let result = &screens_from(
        &t,
        t.rfind("Wenn Sie wegen Ihres kranken Kindes")
            .expect("result"),
    );
    assert_has(
        line_of(result, "Kinderkrankengeld"),
        &["Eher nicht", "unter 12"],
    );
    assert!(!result.contains("30 Arbeitstage"), "{result}");

    // The ages from the check: an only child of 12 is not asked about.
    let data = tempfile::tempdir().expect("tempdir");
    let known = de(
        &locales,
        &[
            "main-opt-check",
            "=12",
            "money-opt-no",
            "money-earn-from",
            "money-maint-pays",
            "money-res-de-eu",
            "nav-menu",
            "main-opt-family",
            "fam-opt-child-ill",
        ],
    );
    let (t, code) = run_chat("de", &known, data.path());
    assert_eq!(code, Some(0), "{t}");
    assert!(!t.contains("Wie alt ist Ihr krankes Kind"), "{t}");
    let result = &screens_from(
        &t,
        t.rfind("Wenn Sie wegen Ihres kranken Kindes")
            .expect("result"),
    );
    assert_has(line_of(result, "Kinderkrankengeld"), &["Eher nicht"]);
}
