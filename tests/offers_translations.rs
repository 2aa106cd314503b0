//! Offer cards in the parent's language: translated texts where the sheet has them, German
//! marked as German where it does not, `[verify]` values never shown; and the shipped sample
//! with no German sentence on a non-German card.

use std::path::Path;

use wegweiser::i18n::Locales;
use wegweiser::offers::present::card;
use wegweiser::offers::table::{self, LANGUAGES};
use wegweiser::offers::{Ranked, TextField};

fn locales() -> Locales {
    let (locales, diags) = Locales::load_dir(Path::new("locales"));
    assert!(!diags.has_errors(), "{:?}", diags.errors().next());
    locales
}

fn cards(csv: &str, lang: &str) -> Vec<String> {
    let parsed = table::parse("t.csv", csv.as_bytes()).expect("valid");
    let locales = locales();
    parsed
        .offers
        .into_iter()
        .map(|(offer, _)| card(&locales, lang, &Ranked { offer, km: None }))
        .collect()
}

#[test]
fn translations_are_shown_and_missing_ones_are_marked_german() {
    let csv = "id,name,name_tr,kind,topics,languages,hours,phone,last_checked,description_de,description_tr,info_de,info_tr\n\
        uvg,Unterhaltsvorschussstelle,Nafaka avansı dairesi,office,money,\"de,tr,ar\",nach Vereinbarung,0202 563-4391 [verify],2026-11-01,Geld für Kinder ohne Unterhalt.,Nafaka almayan çocuklar için para.,Bitte Ausweis mitbringen.,\n";
    let tr = &cards(csv, "tr")[0];
    assert!(tr.contains("Nafaka avansı dairesi"), "{tr}");
    assert!(
        tr.contains("Unterhaltsvorschussstelle"),
        "the German name for the door: {tr}"
    );
    assert!(tr.contains("Nafaka almayan çocuklar için para."), "{tr}");
    assert!(
        tr.contains("(sadece Almanca)") && tr.contains("Bitte Ausweis mitbringen."),
        "the untranslated note is German, marked as such: {tr}"
    );
    assert!(
        tr.contains("randevu ile"),
        "by appointment in Turkish: {tr}"
    );
    assert!(
        tr.contains("Türkçe") && tr.contains("العربية"),
        "autonyms: {tr}"
    );
    assert!(
        !tr.contains("563-4391"),
        "a [verify] phone is never shown: {tr}"
    );
    let de = &cards(csv, "de")[0];
    assert!(!de.contains("nur auf Deutsch"), "{de}");
    assert!(de.contains("nach Vereinbarung"), "{de}");
}

#[test]
fn german_copied_into_a_translation_column_is_reported_and_shown_marked() {
    let csv = "id,name,kind,topics,last_checked,description_de,description_en\n\
        a,A,course,training,2026-11-01,Kurs am Abend.,Kurs am Abend.\n";
    let parsed = table::parse("t.csv", csv.as_bytes()).expect("valid");
    assert!(
        parsed
            .warnings
            .iter()
            .any(|w| w.starts_with("t.csv:2:7: description_en is the German text copied")),
        "{:?}",
        parsed.warnings
    );
}

/// Every offer card of the sample in every language; a non-German card may show no German
/// text of the sheet (the German names of places aside, which the card shows on purpose).
#[test]
fn no_german_sentence_on_a_non_german_sample_card() {
    let bytes = std::fs::read("networks/wuppertal/offers.csv").expect("sample");
    let parsed = table::parse("networks/wuppertal/offers.csv", &bytes).expect("valid");
    let locales = locales();
    let mut problems = Vec::new();
    for (offer, line) in &parsed.offers {
        for lang in LANGUAGES.iter().filter(|l| **l != "de") {
            let text = card(
                &locales,
                lang,
                &Ranked {
                    offer: offer.clone(),
                    km: None,
                },
            );
            for field in [TextField::Description, TextField::Info] {
                if offer.localized(field, lang).is_some_and(|l| l.german) {
                    problems.push(format!("{line} {lang}: {} in German", field.as_str()));
                }
                if let Some(german) = offer.german(field) {
                    let first: String = german.chars().take(40).collect();
                    if text.contains(&first) {
                        problems.push(format!("{line} {lang}: German {} shown", field.as_str()));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A parent must not set off on a guess: an office whose address or hours are not confirmed
/// says so in the parent's language, with the way to ask that the sheet gives.
#[test]
fn unconfirmed_address_and_hours_say_how_to_ask() {
    let csv = "id,name,kind,topics,address,hours,phone,web,last_checked,description_de\n\
        a,Jugendamt,office,money,Neumarkt 10 [verify],nach Vereinbarung [verify],0202 563-4391,,2026-11-01,Geld.\n\
        b,Jobcenter,office,money,,,,https://jobcenter.example,2026-11-01,Geld.\n\
        c,Beratung,counselling,money,Hofaue 1,Mo-Fr 08:00-12:00,0202 1,,2026-11-01,Rat.\n\
        d,Hotline,hotline,money,,Mo-Fr 08:00-18:00,0800 1,,2026-11-01,Rat.\n";
    let de = cards(csv, "de");
    assert!(
        de[0].contains("Adresse und Öffnungszeiten noch nicht bestätigt – bitte vorher anrufen."),
        "{}",
        de[0]
    );
    assert!(!de[0].contains("Neumarkt"), "{}", de[0]);
    assert!(
        de[1].contains("bitte vorher online nachsehen."),
        "{}",
        de[1]
    );
    assert!(!de[2].contains('❔'), "all known: {}", de[2]);
    assert!(!de[3].contains('❔'), "a hotline has no door: {}", de[3]);
    for lang in LANGUAGES.iter().filter(|l| **l != "de") {
        let c = &cards(csv, lang)[0];
        assert!(c.contains('❔') && !c.contains("bestätigt"), "{lang}: {c}");
    }
}

/// Long descriptions on a list end at a sentence or a word, never mid-word.
#[test]
fn list_cards_never_end_mid_word() {
    let long = "Erster Satz über das Angebot hier. ".repeat(3) + "Und ein letzter sehr langer Satz, der nicht mehr auf die Karte passt und abgeschnitten wird.";
    let csv = format!(
        "id,name,kind,topics,phone,last_checked,description_de\na,Treff,counselling,money,0202 1,2026-11-01,\"{long}\"\n"
    );
    let c = &cards(&csv, "de")[0];
    assert!(c.contains("hier. …"), "{c}");
    assert!(!c.contains("abgeschnitten"), "{c}");
}

/// A list's only card has the screen to itself: its texts are shown whole.
#[test]
fn a_lone_card_is_shown_whole() {
    use wegweiser::offers::present::{render, Page};
    let long = "Erster Satz über das Angebot hier. ".repeat(3) + "Und ein letzter sehr langer Satz, der nicht mehr auf die Karte passt und abgeschnitten wird.";
    let csv = format!(
        "id,name,kind,topics,phone,last_checked,description_de\na,Treff,counselling,money,0202 1,2026-11-01,\"{long}\"\n"
    );
    let parsed = table::parse("t.csv", csv.as_bytes()).expect("valid");
    let shown: Vec<Ranked> = parsed
        .offers
        .into_iter()
        .map(|(offer, _)| Ranked { offer, km: None })
        .collect();
    let mut page = Page {
        total: 1,
        shown,
        ..Page::default()
    };
    let locales = locales();
    assert!(render(&locales, "de", &page).contains("abgeschnitten wird."));
    page.total = 2;
    assert!(!render(&locales, "de", &page).contains("abgeschnitten"));
}
