//! The four networks, each walked in German and a second language by its flyer link: the
//! network's own offices, its Land's rules (Kita place and fees, all-day school, the social
//! ticket or the rural bus), and its local offers — never another network's.
//!
//! After an intended change of content: `UPDATE_GOLDEN=1 cargo test --test golden_networks`.

mod support;

use std::path::Path;

use support::golden::*;

fn locales() -> wegweiser::i18n::Locales {
    let (locales, diags) = wegweiser::i18n::Locales::load_dir(Path::new("locales"));
    assert!(!diags.has_errors(), "{:?}", diags.errors().next());
    locales
}

/// From the network's flyer: what it says about the place, the Kita place and fees, the
/// all-day school, then the way to get around and the offers for it nearby.
fn walk(network: &str, lang: &str, postcode: &str, mobility: &str) -> String {
    let l = locales();
    let start = format!("=/start {network}");
    let typed = format!("={postcode}");
    let mut steps = vec![
        start.as_str(),
        "main-opt-here",
        "cc-opt-place",
        "cc-opt-fees",
        "nav-menu",
        "main-opt-childcare",
        "cc-opt-ganztag",
        "nav-menu",
        "main-opt-mobility",
        mobility,
        "nav-back",
        "offers-opt-near",
        typed.as_str(),
    ];
    // NRW's all-day school takes two pages (its name, OGS, is on the second).
    if matches!(network, "wuppertal" | "hagen") {
        steps.insert(7, "read-more");
    }
    script(&l, lang, &steps)
}

/// The screen after the parent's input `input` (up to the next input).
fn after<'a>(t: &'a str, input: &str) -> &'a str {
    let marker = format!("> {input}\n");
    let start = t
        .rfind(&marker)
        .map(|i| i + marker.len())
        .unwrap_or_else(|| panic!("no input {input:?} in\n{t}"));
    let rest = &t[start..];
    &rest[..rest.find("\n> ").unwrap_or(rest.len())]
}

/// The offers at the end of a walk name no other network's towns.
fn foreign(t: &str, own: &str) {
    let last = t
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("> "))
        .unwrap_or_else(|| panic!("no input in\n{t}"));
    let screen = after(t, last);
    for (net, marks) in [
        ("wuppertal", &["Elberfeld", "Barmen", "Vohwinkel"][..]),
        ("hagen", &["Haspe", "Hohenlimburg", "Hagen"][..]),
        ("lichtenberg", &["Hohenschönhausen", "Lichtenberg"][..]),
        (
            "cloppenburg",
            &["Friesoythe", "Cloppenburg", "Löningen"][..],
        ),
    ] {
        if net == own {
            continue;
        }
        for m in marks {
            assert!(
                !screen.contains(m),
                "{own}: {m} ({net}) in the offers:\n{screen}"
            );
        }
    }
}

#[test]
fn wuppertal_de_and_uk() {
    let de = golden(
        "network_wuppertal_de",
        "de",
        &walk("wuppertal", "de", "42103", "mob-opt-social"),
    );
    assert_has(
        &de,
        &[
            "AlleinerziehendenNetz Wuppertal",
            "Elterngeldkasse der Stadt",
            "in Nordrhein-Westfalen (NRW) mindestens 6 Monate vorher",
            "Offene Ganztagsschule",
            "Verkehrsverbund Rhein-Ruhr (VRR)",
        ],
    );
    foreign(&de, "wuppertal");
    let uk = golden(
        "network_wuppertal_uk",
        "uk",
        &walk("wuppertal", "uk", "42103", "mob-opt-social"),
    );
    assert_has(&uk, &["AlleinerziehendenNetz Wuppertal", "VRR", "NRW"]);
    foreign(&uk, "wuppertal");
}

#[test]
fn hagen_de_and_tr() {
    let de = golden(
        "network_hagen_de",
        "de",
        &walk("hagen", "de", "58095", "mob-opt-social"),
    );
    assert_has(
        &de,
        &[
            "Netzwerk für Alleinerziehende Hagen",
            "das Versorgungsamt in Dortmund",
            "in Nordrhein-Westfalen (NRW) mindestens 6 Monate vorher",
            "Verkehrsverbund Rhein-Ruhr (VRR), auch in Wuppertal und Hagen",
        ],
    );
    foreign(&de, "hagen");
    let tr = golden(
        "network_hagen_tr",
        "tr",
        &walk("hagen", "tr", "58095", "mob-opt-social"),
    );
    assert_has(
        &tr,
        &["Netzwerk für Alleinerziehende Hagen", "Dortmund", "VRR"],
    );
    foreign(&tr, "hagen");
}

#[test]
fn lichtenberg_de_and_ar() {
    let de = golden(
        "network_lichtenberg_de",
        "de",
        &walk("lichtenberg", "de", "10365", "mob-opt-social"),
    );
    assert_has(&de, &["Kita-Gutschein", "Berlin-Ticket S", "Hort"]);
    foreign(&de, "lichtenberg");
    let ar = golden(
        "network_lichtenberg_ar",
        "ar",
        &walk("lichtenberg", "ar", "10365", "mob-opt-social"),
    );
    assert_has(&ar, &["Kita-Gutschein", "Berlin-Ticket S"]);
    foreign(&ar, "lichtenberg");
}

#[test]
fn cloppenburg_de_and_ru() {
    let de = golden(
        "network_cloppenburg_de",
        "de",
        &walk("cloppenburg", "de", "49661", "mob-opt-rural"),
    );
    assert_has(
        &de,
        &["Little Bird", "31. Januar", "Niedersachsen", "moobil+"],
    );
    foreign(&de, "cloppenburg");
    let ru = golden(
        "network_cloppenburg_ru",
        "ru",
        &walk("cloppenburg", "ru", "49661", "mob-opt-rural"),
    );
    assert_has(&ru, &["Little Bird", "moobil+"]);
    foreign(&ru, "cloppenburg");
}
