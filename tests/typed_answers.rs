//! Answers as parents type them: ages in weeks and months or "baby" in every language, and a
//! postcode written with a space as on a letter.

mod support;

use support::shipped::content;

use chrono::NaiveDate;
use wegweiser::conversation::Content;
use wegweiser::dialog::expr::Value;
use wegweiser::engine::State;

fn answer(content: &Content, lang: &str, node: &str, typed: &str) -> State {
    let mut state = State::new(Some(lang.into()));
    state.node = node.into();
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    content.handle_text(&state, typed, today).0
}

#[test]
fn weeks_months_and_babies_are_under_one_year_in_every_language() {
    let content = content();
    let cases = [
        ("de", ["3 Wochen", "2 Monate", "Baby"]),
        ("en", ["3 weeks", "2 months", "newborn"]),
        ("tr", ["3 haftalık", "2 ay", "bebek"]),
        ("ar", ["3 أسابيع", "٢ أشهر", "رضيع"]),
        ("fa", ["۳ هفته", "2 ماهه", "نوزاد"]),
        ("uk", ["3 тижні", "2 місяці", "немовля"]),
        ("ru", ["3 недели", "2 месяца", "младенец"]),
        ("pl", ["3 tygodnie", "2 miesiące", "niemowlę"]),
        ("ro", ["3 săptămâni", "2 luni", "bebeluș"]),
    ];
    for (lang, typed) in cases {
        for t in typed {
            let s = answer(&content, lang, "money-check-ages", t);
            assert_eq!(
                s.facts.get("child_ages"),
                Some(&Value::List(vec![0.0])),
                "{lang}: {t:?} is a child under one"
            );
        }
    }
    // Months past a year count whole years; plain numbers stay years.
    let s = answer(&content, "de", "money-check-ages", "18 Monate, 6");
    assert_eq!(
        s.facts.get("child_ages"),
        Some(&Value::List(vec![1.0, 6.0]))
    );
    let s = answer(&content, "de", "money-check-ages", "2 8");
    assert_eq!(
        s.facts.get("child_ages"),
        Some(&Value::List(vec![2.0, 8.0]))
    );
}

#[test]
fn a_postcode_with_a_space_is_a_postcode() {
    let content = content();
    let s = answer(&content, "de", "cc-offers-postcode", "42 107");
    assert_eq!(s.facts.get("postcode"), Some(&Value::Text("42107".into())));
}
