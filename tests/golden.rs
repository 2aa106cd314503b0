//! Whole conversations through the real binary (`wegweiser chat`, scripted mode), compared
//! with checked-in transcripts in `tests/golden/`. Each persona also has explicit assertions
//! on the benefits, offices and next steps it must reach, so a transcript can never be
//! "updated" into wrong advice unnoticed.
//!
//! After an intended change of content: `UPDATE_GOLDEN=1 cargo test --test golden`, then
//! read the diff of `tests/golden/` before committing it.

mod support;

use std::path::Path;

use support::golden::*;

// Persona A (personas.md): children 2 and 8, Bürgergeld, no earnings, the father pays
// nothing, residence permit; wants part-time training; no car.
const PERSONA_A_DE: &str = "Was steht mir zu\n2 8\nJa\nNichts\nNein\nAufenthaltstitel\nWeiterlesen\nAlle Einzelheiten\nWeiterlesen\nWeiterlesen\nWeiterlesen\nAusbildung und Job\nAusbildung in Teilzeit\n/menu\nBus, Bahn\nGünstiges\n/menu\nWas mache ich jetzt\n";
const PERSONA_A_EN: &str = "What can I get\n2 8\nYes\nNothing\nNo\nPermit\nAll the details\nRead on\nRead on\nRead on\nTraining and work\nPart-time\n/menu\nBus, train\nCheap\n/menu\nWhat do I do next\n";

#[test]
fn persona_a_de() {
    let t = golden("persona_a_de", "de", PERSONA_A_DE);
    let check = &check_screen(&t, "Ihr Ergebnis");
    let mb = line_of(check, "Mehrbedarf");
    assert_has(mb, &["Wahrscheinlich", "36 %", "202,68", "Jobcenter"]);
    assert_has(
        line_of(check, "Unterhaltsvorschuss"),
        &["Wahrscheinlich", "526", "Jugendamt"],
    );
    assert_has(
        line_of(check, "Kindergeld"),
        &["Wahrscheinlich", "518", "Familienkasse"],
    );
    assert_has(
        line_of(check, "Bildung und Teilhabe"),
        &["Wahrscheinlich", "Jobcenter"],
    );
    assert_has(
        line_of(check, "Kita-Gebühren"),
        &["Wahrscheinlich", "Jugendamt"],
    );
    assert_has(line_of(check, "Kinderzuschlag"), &["Eher nicht"]);
    assert_has(line_of(check, "Wohngeld"), &["Eher nicht"]);
    // The result as it fits a phone: one line per likely benefit with its monthly amount and
    // office, and the monthly total.
    let short = &screens_from(&t, t.find("Ihr Ergebnis").expect("result"));
    assert_has(
        short,
        &[
            "• Kindergeld: 518\u{a0}€ im Monat 👉 Familienkasse",
            "• Mehrbedarf für Alleinerziehende: 202,68\u{a0}€ im Monat 👉 Jobcenter",
            "💶 Zusammen etwa 1.246,68\u{a0}€ im Monat.",
            "❌ Eher nicht: Wohngeld –",
        ],
    );
    assert!(
        !short.contains("36 %"),
        "details are one tap away:\n{short}"
    );
    // Training via the BCA, part-time; the social ticket; a summary of next steps.
    assert_has(&t, &["BCA", "Teilzeit", "Deutschlandticket Sozial", "☐"]);
}

#[test]
fn persona_a_en() {
    let t = golden("persona_a_en", "en", PERSONA_A_EN);
    let check = &check_screen(&t, "Your result");
    assert_has(
        line_of(check, "Mehrbedarf"),
        &["Likely", "36%", "202.68", "Jobcenter"],
    );
    assert_has(
        line_of(check, "Unterhaltsvorschuss"),
        &["Likely", "526", "Jugendamt"],
    );
    assert_has(line_of(check, "Kinderzuschlag"), &["Unlikely"]);
    assert_has(&t, &["BCA", "Deutschlandticket Sozial", "☐"]);
}

// Persona B: child 6 starting school, part-time job 1,400 € gross, not on Bürgergeld,
// the father does not pay, early shifts.
const PERSONA_B_DE: &str = "Was steht mir zu\n6\nNein\n600\nNein\nDeutsch\nAlle Einzelheiten\nWeiterlesen\nWeiterlesen\nWeiterlesen\nKinderbetreuung\nGanztag\n/back\nFrüh\n/back\nKrankheit\nKind ist krank\n/menu\nWas mache ich jetzt\n";
const PERSONA_B_EN: &str = "What can I get\n6\nNo\n600\nNo\nGerman\nAll the details\nRead on\nRead on\nRead on\nChildcare\nAll-day\n/back\nEarly\n/menu\nWhat do I do next\n";

#[test]
fn persona_b_de() {
    let t = golden("persona_b_de", "de", PERSONA_B_DE);
    let check = &check_screen(&t, "Ihr Ergebnis");
    assert_has(
        line_of(check, "Kinderzuschlag"),
        &["Wahrscheinlich", "Familienkasse"],
    );
    assert_has(
        line_of(check, "Wohngeld"),
        &["Wahrscheinlich", "Wohngeldstelle"],
    );
    assert_has(
        line_of(check, "Unterhaltsvorschuss"),
        &["Wahrscheinlich", "299", "Jugendamt"],
    );
    assert_has(
        line_of(check, "Steuerklasse"),
        &["Wahrscheinlich", "Finanzamt"],
    );
    assert!(
        !check.contains("Mehrbedarf"),
        "no Mehrbedarf without Bürgergeld:\n{check}"
    );
    // Ganztag from August 2026, off-hours care via the Jugendamt, 30 sick-child days.
    assert_has(&t, &["Ganztag", "01.08.2026", "Jugendamt", "30"]);
}

#[test]
fn persona_b_en() {
    let t = golden("persona_b_en", "en", PERSONA_B_EN);
    let check = &check_screen(&t, "Your result");
    assert_has(line_of(check, "Kinderzuschlag"), &["Likely"]);
    assert_has(line_of(check, "Wohngeld"), &["Likely"]);
    assert_has(line_of(check, "Unterhaltsvorschuss"), &["Likely", "299"]);
}

// Persona C: children 12 and 15, full-time low wage, not on Bürgergeld, the mother pays nothing.
const PERSONA_C_DE: &str =
    "Was steht mir zu\n12 15\nNein\n600\nNein\nAufenthaltstitel\nAlle Einzelheiten\nWeiterlesen\nWeiterlesen\nWeiterlesen\nWeiter\n";
const PERSONA_C_EN: &str =
    "What can I get\n12, 15\nNo\n600\nNo\nPermit\nAll the details\nRead on\nRead on\nRead on\nContinue\n";

#[test]
fn persona_c_de() {
    let t = golden("persona_c_de", "de", PERSONA_C_DE);
    let check = &check_screen(&t, "Ihr Ergebnis");
    // 394 € for each child: allowed because the family is not on SGB II.
    assert_has(
        line_of(check, "Unterhaltsvorschuss"),
        &["Wahrscheinlich", "788", "394", "Jugendamt"],
    );
    assert_has(
        line_of(check, "Steuerklasse"),
        &["Wahrscheinlich", "4.500", "Finanzamt"],
    );
    assert_has(
        line_of(check, "Beistandschaft"),
        &["Wahrscheinlich", "Jugendamt"],
    );
    assert_has(line_of(check, "Beratungshilfe"), &["Amtsgericht"]);
    assert_has(line_of(check, "Kinderzuschlag"), &["Wahrscheinlich"]);
    assert_has(line_of(check, "Wohngeld"), &["Wahrscheinlich"]);
    // The summary lists the offices to go to.
    let summary = &t[t.rfind("> Weiter").expect("summary step")..];
    assert_has(summary, &["Jugendamt", "Familienkasse", "Finanzamt"]);
}

#[test]
fn persona_c_en() {
    let t = golden("persona_c_en", "en", PERSONA_C_EN);
    let check = &check_screen(&t, "Your result");
    assert_has(line_of(check, "Unterhaltsvorschuss"), &["Likely", "788"]);
    assert_has(line_of(check, "Steuerklasse"), &["Likely", "4,500"]);
}

/// The tricky rule: Unterhaltsvorschuss for 12–17-year-olds in a Bürgergeld household only
/// with at least 600 € gross (or if it ends the need).
#[test]
fn uvg_for_teenagers_on_buergergeld_depends_on_earnings() {
    let data = tempfile::tempdir().expect("tempdir");
    let (low, _) = run_chat(
        "de",
        "Was steht mir zu\n14\nJa\nNichts\nNein\nDeutsch\nAlle Einzelheiten\nWeiterlesen\nWeiterlesen\nWeiterlesen\n",
        data.path(),
    );
    let check = &check_screen(&low, "Ihr Ergebnis");
    assert_has(line_of(check, "Unterhaltsvorschuss"), &["Vielleicht"]);
    let data = tempfile::tempdir().expect("tempdir");
    let (earning, _) = run_chat(
        "de",
        "Was steht mir zu\n14\nJa\n600\nNein\nDeutsch\nAlle Einzelheiten\nWeiterlesen\nWeiterlesen\nWeiterlesen\n",
        data.path(),
    );
    let check = &check_screen(&earning, "Ihr Ergebnis");
    assert_has(
        line_of(check, "Unterhaltsvorschuss"),
        &["Wahrscheinlich", "394"],
    );
    // Mehrbedarf for one 14-year-old: 12 % (not 36 %).
    assert_has(line_of(check, "Mehrbedarf"), &["12 %", "67,56"]);
}

/// Mehrbedarf: three children under 16 give 36 %; four minors give 48 %; five give the 60 % cap.
#[test]
fn mehrbedarf_percentages() {
    for (ages, percent) in [
        ("9 11 13", "36 %"),
        ("8 10 12 14", "48 %"),
        ("8 9 10 12 14", "60 %"),
    ] {
        let data = tempfile::tempdir().expect("tempdir");
        let script =
            format!("Was steht mir zu\n{ages}\nJa\nNichts\nNein\nDeutsch\nAlle Einzelheiten\nWeiterlesen\nWeiterlesen\nWeiterlesen\n");
        let (t, _) = run_chat("de", &script, data.path());
        let check = &check_screen(&t, "Ihr Ergebnis");
        assert_has(line_of(check, "Mehrbedarf"), &[percent]);
    }
}

#[test]
fn topics_childcare_and_mobility_de() {
    let t = golden(
        "topics_childcare_mobility_de",
        "de",
        "Kinderbetreuung\nKita oder Tagesmutter\n1 oder 2\nSo melden Sie Ihr Kind an\n42103\n/menu\nBus, Bahn\nDeutschlandticket\n/back\nSchulweg\n/back\nFührerschein\n",
    );
    assert_has(
        &t,
        &["Jugendamt", "6 Monate", "63\u{a0}€", "Vermittlungsbudget"],
    );
}

#[test]
fn topics_training_and_money_en() {
    let t = golden(
        "topics_training_money_en",
        "en",
        "Training and work\nLearn German first\nLatin\nA little\n/menu\nTraining and work\nRetraining\n/back\nabroad\nTeacher\n42103\nContinue\nRead on\n/menu\nMoney\nChildren\nKindergeld\n",
    );
    assert_has(
        &t,
        &[
            "Integrationskurs",
            "Bildungsgutschein",
            "IQ",
            "Familienkasse",
            "€259",
        ],
    );
}

/// Navigation, language switch, help, forget, and input that matches nothing.
#[test]
fn navigation_and_garbage_input() {
    let long = "x".repeat(10_000);
    let script = format!(
        "\n   \n😀😀😀\n{long}\n/unknowncommand\n42\nGeld\n/help\nWas steht mir zu\nzwei\n-3\n2.5\n/back\n/back\n/language en\n/language xx\nDeutsch\n/restart\n/urgent\n/back\n/forget\nNein\n/forget\nJa\n"
    );
    let t = golden("navigation_de", "de", &script);
    assert_has(
        &t,
        &[
            "Bitte tippen Sie auf einen der Knöpfe",
            "Den Befehl /unknowncommand kenne ich nicht",
            "So funktioniert der Wegweiser",
            "I will now talk to you in English",
            "Please choose your language",
            "Wir fangen neu an",
            "116 016",
            "Alles ist gelöscht",
        ],
    );
}

/// A parent reaches a concrete office or offer within a handful of taps from /start.
#[test]
fn first_office_within_six_taps() {
    // Menu → Money → Geld für die Kinder → Kindergeld: 3 taps to the Familienkasse.
    let data = tempfile::tempdir().expect("tempdir");
    let (t, _) = run_chat(
        "de",
        "Geld und Leistungen\nGeld für die Kinder\nKindergeld\n",
        data.path(),
    );
    let last = &t[t.rfind("> ").expect("input")..];
    assert_has(last, &["Familienkasse"]);
}

/// The conversation continues where it was after the program ends and starts again.
#[test]
fn resumes_after_restart_of_the_program() {
    let data = tempfile::tempdir().expect("tempdir");
    let (_, code) = run_chat("de", "Was steht mir zu\n2 8\n", data.path());
    assert_eq!(code, Some(0));
    let (t, _) = run_chat("de", "Ja\n", data.path());
    // The first screen is the step where we stopped (the Bürgergeld question) ...
    let first = &t[..t.find("> Ja").expect("input echoed")];
    assert!(first.contains("Bürgergeld"), "{first}");
    // ... and the answer moves on to the earnings question.
    assert_has(&t[t.find("> Ja").expect("echo")..], &["600"]);
}

/// One full path in every shipped locale: the benefit check for persona A, the summary, and the
/// summary for the office in German. Typed by each language's button labels, so a new button
/// or question does not shift the script.
#[test]
fn one_full_path_in_every_locale() {
    let (locales, diags) = wegweiser::i18n::Locales::load_dir(Path::new("locales"));
    assert!(!diags.has_errors(), "{:?}", diags.errors().next());
    let langs = ["de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "ro"];
    for lang in langs {
        // The check; ages; Bürgergeld yes; no earnings; no maintenance; residence permit;
        // continue to the summary; the summary in German.
        let script = [
            label(&locales, lang, "main-opt-check"),
            "2 8".to_string(),
            label(&locales, lang, "money-opt-yes"),
            label(&locales, lang, "money-earn-none"),
            label(&locales, lang, "money-maint-none"),
            label(&locales, lang, "money-res-permit"),
            read_on(&locales, lang),
            label(&locales, lang, "nav-next"),
            label(&locales, lang, "summary-for-office"),
            read_on(&locales, lang),
            read_on(&locales, lang),
        ]
        .join("\n")
            + "\n";
        let t = golden(&format!("path_{lang}"), lang, &script);
        // Amounts formatted for the language, office names in German in every language.
        assert_has(
            &t,
            &["Mehrbedarf", "Jobcenter", "Familienkasse", "Jugendamt", "☐"],
        );
        // CLDR's signs with Latin digits: Arabic and Persian write a decimal point.
        let amount = match lang {
            "en" => "€202.68",
            "tr" => "€202,68",
            "ar" | "fa" => "202.68\u{a0}€",
            _ => "202,68\u{a0}€",
        };
        assert_has(&t, &[amount]);
        if lang != "de" {
            // The summary for the office is German, after the parent's own language.
            assert_has(&t, &["Für das Amt", "noch kein Kindergeld"]);
        }
        if lang == "ar" || lang == "fa" {
            // Right-to-left lines, amounts isolated as left-to-right units (tests/bidi.rs).
            assert_has(&t, &["\u{200F}", "\u{2066}202.68\u{a0}€\u{2069}"]);
        } else {
            assert!(
                !t.contains(['\u{2066}', '\u{2068}', '\u{200F}']),
                "{lang}: stray bidi marks"
            );
        }
    }
}

/// The label a parent sees on a button, in their language, without the bidi marks a
/// right-to-left screen adds (a parent types the words, not the marks).
// A single father with two teenagers (13 and 17) and a low wage, not on Bürgergeld, the mother
// pays nothing: the derived checklist and what changes (the elder turns 18, Kinderzuschlag
// again after 6 months).
const TEENS: &[&str] = &[
    "main-opt-check",
    "=13 17",
    "money-opt-no",
    "money-earn-from",
    "money-maint-none",
    "money-res-de-eu",
    "money-opt-outlook",
    "=03/2013 05/2009",
    "nav-next",
    "read-more",
    "read-more",
];

#[test]
fn father_with_two_teenagers_and_a_low_wage() {
    let (locales, diags) = wegweiser::i18n::Locales::load_dir(Path::new("locales"));
    assert!(!diags.has_errors(), "{:?}", diags.errors().next());
    let t = golden("teens_low_wage_de", "de", &script(&locales, "de", TEENS));
    let out = &t[t.rfind("Was sich für Sie bald ändert").expect("outlook")..];
    assert_has(
        out,
        &[
            "Ab 01.05.2027: Ein Kind ist 18. Kein Unterhaltsvorschuss mehr",
            "01.04.2027: Zeit für den neuen Antrag auf Kinderzuschlag",
        ],
    );
    let summary = &t[t.rfind("Ihre nächsten Schritte").expect("summary")..];
    assert_has(
        summary,
        &[
            "Unterhaltsvorschuss beantragen",
            "Beistandschaft",
            "Steuerklasse II",
            "Wenn Sie noch kein Kindergeld bekommen",
            "Ein Kind ist 18",
        ],
    );
    // Bildung und Teilhabe once, as a condition: once Kinderzuschlag or Wohngeld is granted.
    let but = summary
        .lines()
        .filter(|l| l.starts_with('☐') && l.contains("Bildung und Teilhabe"))
        .count();
    assert_eq!(but, 1, "{summary}");
    assert_has(summary, &["sobald Kinderzuschlag oder Wohngeld bewilligt"]);
    let t = golden("teens_low_wage_pl", "pl", &script(&locales, "pl", TEENS));
    assert_has(
        &t,
        &["Od 01.05.2027: jedno dziecko ma 18 lat", "01.04.2027"],
    );
}

// A mother on Bürgergeld with children 4 and 13 who starts work soon: Einstiegsgeld before the
// first day, what stays of the pay, Kinderzuschlag and Wohngeld after the first payslip, UVG
// for the 13-year-old with 600 € gross; the 4-year-old turning 5 changes nothing.
const STARTING_WORK: &[&str] = &[
    "main-opt-check",
    "=4 13",
    "money-opt-yes",
    "money-earn-none",
    "money-maint-none",
    "money-res-permit",
    "money-opt-outlook",
    "=06/2022 02/2013",
    "money-opt-yes",
    "nav-next",
    "read-more",
    "read-more",
];

#[test]
fn parent_on_buergergeld_about_to_start_work() {
    let (locales, diags) = wegweiser::i18n::Locales::load_dir(Path::new("locales"));
    assert!(!diags.has_errors(), "{:?}", diags.errors().next());
    let t = golden(
        "starting_work_de",
        "de",
        &script(&locales, "de", STARTING_WORK),
    );
    let out = &t[t.rfind("Was sich für Sie bald ändert").expect("outlook")..];
    assert_has(
        out,
        &[
            "Vor dem ersten Arbeitstag: Einstiegsgeld",
            "100\u{a0}€",
            "378\u{a0}€",
            "Nach der ersten Lohnabrechnung",
            "Unterhaltsvorschuss auch für Ihr Kind ab 12: 394\u{a0}€",
        ],
    );
    let summary = &t[t.rfind("Ihre nächsten Schritte").expect("summary")..];
    assert_has(
        summary,
        &[
            "Einstiegsgeld beantragen – vor dem ersten Arbeitstag",
            "nach der ersten Lohnabrechnung",
            "Unterhaltsvorschuss auch für Ihr Kind ab 12",
        ],
    );
    let t = golden(
        "starting_work_tr",
        "tr",
        &script(&locales, "tr", STARTING_WORK),
    );
    assert_has(&t, &["Einstiegsgeld", "KiZ-Lotse"]);
}

/// Every language reaches a list of local offers — the concrete "where to go" — scripted by
/// the button labels of that language: childcare, offers nearby, no off-hours, a postcode in
/// Elberfeld.
#[test]
fn an_offers_list_in_every_locale() {
    let (locales, diags) = wegweiser::i18n::Locales::load_dir(Path::new("locales"));
    assert!(!diags.has_errors(), "{:?}", diags.errors().next());
    for lang in ["de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "ro"] {
        let script = [
            label(&locales, lang, "main-opt-childcare"),
            label(&locales, lang, "offers-opt-near"),
            label(&locales, lang, "offers-offhours-opt-no"),
            "42107".to_string(),
        ]
        .join("\n")
            + "\n";
        let t = golden(&format!("offers_{lang}"), lang, &script);
        let list = &t[t.rfind("> 42107").expect("the postcode was asked")..];
        // A card with an address in Elberfeld, and the list says how many there are.
        assert_has(list, &["📍", "42"]);
        assert!(
            !list.contains(&label(&locales, lang, "offers-ask-postcode")),
            "{lang}: the postcode was asked again:\n{list}"
        );
    }
}
