//! Right-to-left screens checked with the Unicode Bidirectional Algorithm (the one Telegram
//! lays out lines with): every screen of every node of the real dialogs, the office summary,
//! the urgent-help screen, the picker and every offer card of the sample, in Arabic and
//! Persian. For each line:
//!
//! - a line with Arabic script has right-to-left paragraph direction;
//! - every number (phone numbers, amounts, dates, postcodes) reads the same on screen as in
//!   the text: the line is reordered visually and each digit group must appear unchanged;
//! - no isolate holding Arabic script is laid out left to right (a translated sentence or a
//!   whole checklist item wrapped as a left-to-right island).

mod support;

use support::shipped::{all_todos, content, families};

use chrono::NaiveDate;
use unicode_bidi::{bidi_class, BidiClass, BidiInfo};
use wegweiser::dialog::NodeKind;
use wegweiser::engine::{self, Input, State};
use wegweiser::offers::present::{self, Page};
use wegweiser::offers::table;
use wegweiser::offers::Ranked;

const RTL_LANGS: [&str; 2] = ["ar", "fa"];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")
}

fn is_arabic_letter(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::AL | BidiClass::R) && c.is_alphabetic()
}

// Bidi marks, embeddings and isolates: invisible, so left out when comparing what is seen.
use wegweiser::i18n::bidi::is_control;

/// The digit groups of a line, as a reader must see them: digits with single separators in
/// between ("116 016", "0800 111 0 550", "4.260,50", "21.11.2026", "+49 202").
fn numbers(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().filter(|c| !is_control(*c)).collect();
    let digit = |j: usize| chars.get(j).is_some_and(char::is_ascii_digit);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !digit(i) {
            i += 1;
            continue;
        }
        let start = if i > 0 && chars[i - 1] == '+' {
            i - 1
        } else {
            i
        };
        let mut j = i;
        loop {
            while digit(j) {
                j += 1;
            }
            let sep = chars.get(j).is_some_and(|c| {
                matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '.' | ',' | ':' | '-' | '/')
            });
            if sep && digit(j + 1) {
                j += 1;
            } else {
                break;
            }
        }
        if j - start > 1 {
            out.push(chars[start..j].iter().collect());
        }
        i = j;
    }
    out
}

/// The first strong direction of `s`, skipping nested isolates (rule P2).
fn first_strong_is_ltr(s: &str) -> Option<bool> {
    let mut depth = 0usize;
    for c in s.chars() {
        match bidi_class(c) {
            BidiClass::LRI | BidiClass::RLI | BidiClass::FSI => depth += 1,
            BidiClass::PDI => depth = depth.saturating_sub(1),
            BidiClass::L if depth == 0 => return Some(true),
            BidiClass::R | BidiClass::AL if depth == 0 => return Some(false),
            _ => {}
        }
    }
    None
}

/// The contents of every first-strong isolate (FSI…PDI) of a line.
fn first_strong_isolates(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        if *c != '\u{2068}' {
            continue;
        }
        let mut depth = 0usize;
        let mut end = chars.len();
        for (j, d) in chars.iter().enumerate().skip(i + 1) {
            match d {
                '\u{2066}'..='\u{2068}' => depth += 1,
                '\u{2069}' if depth == 0 => {
                    end = j;
                    break;
                }
                '\u{2069}' => depth -= 1,
                _ => {}
            }
        }
        out.push(chars[i + 1..end].iter().collect());
    }
    out
}

/// Problems of one line of right-to-left text, by the Unicode Bidirectional Algorithm.
fn check_line(place: &str, line: &str, problems: &mut Vec<String>) {
    if line.trim().is_empty() {
        return;
    }
    let info = BidiInfo::new(line, None);
    for para in &info.paragraphs {
        let text = &line[para.range.clone()];
        if text.chars().any(is_arabic_letter) && !para.level.is_rtl() {
            problems.push(format!("{place}: left-to-right line: {text:?}"));
        }
        let visual: String = info
            .reorder_line(para, para.range.clone())
            .chars()
            .filter(|c| !is_control(*c))
            .collect();
        for n in numbers(text) {
            if !visual.contains(&n) {
                problems.push(format!(
                    "{place}: {n:?} reordered on screen: {visual:?} (from {text:?})"
                ));
            }
        }
        for iso in first_strong_isolates(text) {
            if iso.chars().any(is_arabic_letter) && first_strong_is_ltr(&iso) == Some(true) {
                problems.push(format!("{place}: left-to-right island {iso:?} in {text:?}"));
            }
        }
    }
}

fn check_text(place: &str, text: &str, problems: &mut Vec<String>) {
    for (i, line) in text.split('\n').enumerate() {
        check_line(&format!("{place} line {}", i + 1), line, problems);
    }
}

fn report(problems: &mut Vec<String>, what: usize) {
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems in {what} screens:\n{}",
        problems.len(),
        problems
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_screen_of_the_dialogs_reads_right_to_left() {
    let content = content();
    let tree = &content.tree;
    let languages = content.locales.languages().to_vec();
    let all_todos = all_todos(tree);
    let mut problems = Vec::new();
    let mut screens = 0;
    for lang in RTL_LANGS {
        assert!(languages.iter().any(|l| l == lang), "{lang} not shipped");
        for node in tree
            .nodes
            .iter()
            .filter(|n| !matches!(n.kind, NodeKind::Branch { .. }))
        {
            for facts in families() {
                let mut state = State::new(Some(lang.to_string()));
                state.node = node.id.clone();
                state.facts = facts;
                state.todos = all_todos.iter().map(Into::into).collect();
                state.history.push(engine::Frame {
                    node: "main".into(),
                    undo: vec![],
                });
                let mut shown = vec![content.current(&state, today())];
                if matches!(node.kind, NodeKind::Summary) {
                    // The summary with the German list for the office below it.
                    let input = Input::Button(engine::Key::SummaryInGerman.to_string());
                    shown.push(content.handle(&state, &input, today()).1);
                }
                for rendered in shown {
                    screens += 1;
                    let place = format!("{lang} {}", node.id);
                    check_text(&place, &rendered.text, &mut problems);
                    for b in &rendered.buttons {
                        check_text(
                            &format!("{place} button {}", b.key),
                            &b.label,
                            &mut problems,
                        );
                        assert!(
                            !b.key.chars().any(is_control),
                            "callback key with marks: {:?}",
                            b.key
                        );
                    }
                }
            }
        }
    }
    assert!(screens > 100, "only {screens} screens");
    report(&mut problems, screens);
}

#[test]
fn urgent_numbers_read_as_written() {
    let content = content();
    for lang in RTL_LANGS {
        let state = State::new(Some(lang.to_string()));
        let (_, urgent) = content.handle(
            &state,
            &Input::Button(engine::Key::Urgent.to_string()),
            today(),
        );
        let mut problems = Vec::new();
        check_text(&format!("{lang} urgent"), &urgent.text, &mut problems);
        report(&mut problems, 1);
        for number in ["116 016", "0800 111 0 550", "110", "112"] {
            assert!(
                urgent.text.contains(number),
                "{lang}: {number} as on German flyers:\n{}",
                urgent.text
            );
        }
    }
}

#[test]
fn every_sample_offer_card_reads_right_to_left() {
    let content = content();
    let bytes = std::fs::read("networks/wuppertal/offers.csv").expect("sample");
    let parsed = table::parse("networks/wuppertal/offers.csv", &bytes).expect("valid sample");
    assert!(parsed.offers.len() > 10);
    let mut problems = Vec::new();
    let mut screens = 0;
    for lang in RTL_LANGS {
        let shown: Vec<Ranked> = parsed
            .offers
            .iter()
            .map(|(offer, _)| Ranked {
                offer: offer.clone(),
                km: Some(1.25),
            })
            .collect();
        for chunk in shown.chunks(present::PAGE_SIZE) {
            let page = Page {
                shown: chunk.to_vec(),
                total: shown.len(),
                first: 0,
                more: true,
                relaxed: true,
                show_distance: true,
            };
            screens += 1;
            let text = present::render(&content.locales, lang, &page);
            let ids: Vec<&str> = chunk.iter().map(|r| r.offer.id.as_str()).collect();
            check_text(&format!("{lang} {ids:?}"), &text, &mut problems);
        }
    }
    report(&mut problems, screens);
}

#[test]
fn the_checker_finds_what_the_issue_found() {
    // Without marks: a line starting with a German word is left to right, and a phone
    // number's groups are reversed.
    let mut problems = Vec::new();
    check_line("x", "☐ Jobcenter: درخواست کنید", &mut problems);
    check_line("x", "\u{200F}📞 تلفن: 116 016 – شب و روز", &mut problems);
    check_line(
        "x",
        "\u{200F}☐ \u{2068}Jobcenter: درخواست کنید\u{2069}",
        &mut problems,
    );
    assert_eq!(problems.len(), 3, "{problems:#?}");
    let mut fine = Vec::new();
    check_line(
        "x",
        "\u{200F}📞 تلفن: \u{2066}116 016\u{2069} – شب و روز",
        &mut fine,
    );
    assert!(fine.is_empty(), "{fine:#?}");
}
