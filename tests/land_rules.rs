//! One test per rule that differs by Land (or by network within it): a parent from each
//! network's flyer link reaches the step and reads their own Land's rule, never another's.
//! Figures come from `dialogs/figures.toml`; the assertions name what a parent must read.

mod support;

use chrono::NaiveDate;
use support::golden::label;
use wegweiser::conversation::Content;
use wegweiser::engine::State;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")
}

/// The screen a German-speaking parent reads after opening `payload` (`/start <payload>`)
/// and tapping the buttons `taps` (message ids), with every page "read on" adds.
fn screen(content: &Content, payload: &str, taps: &[&str]) -> String {
    let (mut state, _) = content.welcome(Some("de"), today());
    let (next, mut shown) = content.handle_text(&state, &format!("/start {payload}"), today());
    state = next;
    for tap in taps {
        let text = label(&content.locales, "de", tap);
        let (next, r) = content.handle_text(&state, &text, today());
        assert_ne!(
            next.node, state.node,
            "{payload}: {tap:?} ({text}) did nothing"
        );
        state = next;
        shown = r;
    }
    let mut all = shown.text.clone();
    // Pages: "read on" until the step is shown whole.
    for _ in 0..5 {
        let more = shown
            .buttons
            .iter()
            .find(|b| b.label.starts_with("📖"))
            .map(|b| b.label.clone());
        let Some(more) = more else { break };
        let (next, r) = content.handle_text(&state, &more, today());
        state = next;
        all.push('\n');
        all.push_str(&r.text);
        shown = r;
    }
    all
}

fn has(screen: &str, needles: &[&str]) {
    for n in needles {
        assert!(screen.contains(n), "missing {n:?} in\n{screen}");
    }
}

fn lacks(screen: &str, needles: &[&str]) {
    for n in needles {
        assert!(!screen.contains(n), "{n:?} does not belong in\n{screen}");
    }
}

const NRW: [&str; 2] = ["wuppertal", "hagen"];

#[test]
fn kita_fees_per_land() {
    let c = support::shipped::content();
    for net in NRW {
        let s = screen(&c, &format!("{net}-childcare"), &["cc-opt-fees"]);
        has(&s, &["Nordrhein-Westfalen", "letzten 2 Kita-Jahre"]);
        lacks(&s, &["Berlin", "Niedersachsen"]);
    }
    let s = screen(&c, "lichtenberg-childcare", &["cc-opt-fees"]);
    has(&s, &["in Berlin für alle Kinder kostenlos"]);
    lacks(&s, &["Nordrhein-Westfalen", "Niedersachsen"]);
    let s = screen(&c, "cloppenburg-childcare", &["cc-opt-fees"]);
    has(
        &s,
        &[
            "Niedersachsen",
            "Monat, in dem Ihr Kind 3 wird",
            "8 Stunden",
        ],
    );
    lacks(&s, &["Nordrhein-Westfalen", "Berlin"]);
}

#[test]
fn kita_registration_per_land() {
    let c = support::shipped::content();
    for net in NRW {
        let s = screen(&c, net, &["main-opt-here", "cc-opt-place"]);
        has(
            &s,
            &["Nordrhein-Westfalen (NRW) mindestens 6 Monate vorher"],
        );
        lacks(&s, &["Kita-Gutschein", "Little Bird"]);
    }
    let s = screen(&c, "lichtenberg", &["main-opt-here", "cc-opt-place"]);
    has(&s, &["Kita-Gutschein"]);
    lacks(&s, &["6 Monate vorher", "Little Bird"]);
    // The right to a place is federal; its screen names no Land's deadline, not even for a
    // parent outside NRW.
    for net in ["lichtenberg", "cloppenburg"] {
        let s = screen(
            &c,
            &format!("{net}-childcare"),
            &["cc-opt-place", "cc-age-1-2"],
        );
        has(&s, &["Recht auf einen Betreuungsplatz"]);
        lacks(&s, &["Nordrhein-Westfalen"]);
    }
    let s = screen(&c, "cloppenburg", &["main-opt-here", "cc-opt-place"]);
    has(&s, &["Little Bird", "31. Januar"]);
    lacks(&s, &["Kita-Gutschein", "6 Monate vorher"]);
}

/// Where the bot does not know where the parent lives, the way to register is asked for once:
/// the postcode decides between the Länder's ways; skipping it gives the general way.
#[test]
fn kita_registration_asks_where_when_the_place_is_unknown() {
    let c = support::shipped::content();
    // Childcare, a place for a 1- or 2-year-old, how to register.
    let to_registration = |from: State| {
        [
            "main-opt-childcare",
            "cc-opt-place",
            "cc-age-1-2",
            "cc-opt-how",
        ]
        .iter()
        .fold(from, |s, tap| {
            let text = label(&c.locales, "de", tap);
            c.handle_text(&s, &text, today()).0
        })
    };
    let state = to_registration(c.welcome(Some("de"), today()).0);
    assert_eq!(state.node, "cc-place-how-postcode");
    for (postcode, want, not) in [
        ("49661", "Little Bird", "6 Monate vorher"),
        ("10365", "Kita-Gutschein", "6 Monate vorher"),
        ("42 103", "6 Monate vorher", "Kita-Gutschein"),
    ] {
        let (next, shown) = c.handle_text(&state, postcode, today());
        let text = shown.text;
        assert!(
            text.contains(want),
            "{postcode}: {want:?} missing in\n{text}"
        );
        assert!(!text.contains(not), "{postcode}: {not:?} in\n{text}");
        assert_ne!(next.node, "cc-place-how-postcode");
    }
    let skip = label(&c.locales, "de", "offers-opt-skip-postcode");
    let (next, shown) = c.handle_text(&state, &skip, today());
    assert_eq!(next.node, "cc-place-how-general");
    assert!(shown.text.contains("Nordrhein-Westfalen"), "{}", shown.text);
    // Once the place is known, the question does not come again (the menu keeps the facts).
    let known = c.handle_text(&state, "42103", today()).0;
    let again = to_registration(c.handle_text(&known, "/menu", today()).0);
    assert_eq!(again.node, "cc-place-how-general");
}

#[test]
fn all_day_school_per_land() {
    let c = support::shipped::content();
    for net in NRW {
        let s = screen(&c, &format!("{net}-childcare"), &["cc-opt-ganztag"]);
        has(&s, &["Offene Ganztagsschule (OGS)", "01.08.2026"]);
        lacks(&s, &["eFöB", "Verlässliche Grundschule"]);
    }
    let s = screen(&c, "lichtenberg-childcare", &["cc-opt-ganztag"]);
    has(&s, &["eFöB (Hort)"]);
    lacks(&s, &["OGS"]);
    let s = screen(&c, "cloppenburg-childcare", &["cc-opt-ganztag"]);
    has(&s, &["Niedersachsen", "Ganztagsschule", "01.08.2026"]);
    lacks(&s, &["OGS", "eFöB"]);
}

#[test]
fn social_ticket_and_getting_around_per_land() {
    let c = support::shipped::content();
    for net in NRW {
        let s = screen(&c, &format!("{net}-mobility"), &["mob-opt-social"]);
        has(&s, &["Verkehrsverbund Rhein-Ruhr (VRR)", "48", "im Monat"]);
        lacks(&s, &["Berlin-Ticket S", "moobil+"]);
    }
    let s = screen(&c, "lichtenberg-mobility", &["mob-opt-social"]);
    has(&s, &["Berlin-Ticket S", "Tarifbereich AB"]);
    lacks(&s, &["VRR"]);
    let s = screen(&c, "cloppenburg-mobility", &["mob-opt-social"]);
    has(&s, &["kenne ich im Landkreis Cloppenburg nicht", "moobil+"]);
    lacks(&s, &["VRR", "Berlin-Ticket S"]);
    // The on-demand bus is offered where it runs, and only there.
    let s = screen(&c, "cloppenburg-mobility", &["mob-opt-rural"]);
    has(&s, &["Rufbus moobil+", "0800 3030 20 1"]);
    let rural = label(&c.locales, "de", "mob-opt-rural");
    for net in ["wuppertal", "hagen", "lichtenberg"] {
        let (s, _) = c.welcome(Some("de"), today());
        let (_, r) = c.handle_text(&s, &format!("/start {net}-mobility"), today());
        assert!(!r.buttons.iter().any(|b| b.label == rural), "{net}");
    }
}

#[test]
fn who_pays_elterngeld_and_wohngeld_per_network() {
    let c = support::shipped::content();
    let here = |net: &str| screen(&c, net, &["main-opt-here"]);
    let s = here("hagen");
    has(
        &s,
        &[
            "Versorgungsamt in Dortmund",
            "Wohngeldstelle im Rathaus Hagen",
        ],
    );
    let s = here("wuppertal");
    has(&s, &["Elterngeldkasse der Stadt"]);
    lacks(&s, &["Dortmund"]);
    let s = here("lichtenberg");
    has(&s, &["Jugendamt Lichtenberg", "Kita-Gutschein"]);
    let s = here("cloppenburg");
    has(
        &s,
        &["Kreishaus Cloppenburg", "Rathaus Ihrer Stadt oder Gemeinde"],
    );
}
