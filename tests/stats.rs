//! The needs report's counters over a real sled store in a temp folder: exact counts, the
//! resting gauge, suppression of counts below 5 in every output, offer gaps taken from a real
//! rendered reply, and no chat id anywhere in the tree. (The whole path through the running
//! bot is covered at the end of tests/telegram_reload.rs.)

use std::path::Path;

use chrono::NaiveDate;
use wegweiser::conversation::Content;
use wegweiser::dialog::MAIN;
use wegweiser::engine::State;
use wegweiser::stats::{observe, Counter, OfferGap, Stats, StepFacts, TREE};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")
}

fn at(node: &str) -> State {
    let mut s = State::new(Some("uk".into()));
    s.node = node.into();
    s
}

fn stats() -> (tempfile::TempDir, sled::Db, Stats) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = sled::open(dir.path()).expect("sled");
    let stats = Stats::open(&db).expect("stats");
    (dir, db, stats)
}

/// One step from `before` to `after`, as the Telegram handler counts it.
fn step(stats: &Stats, before: Option<&State>, after: Option<&State>, gaps: &[OfferGap]) {
    let o = observe(&StepFacts {
        before,
        after,
        restart: false,
        location: false,
        gaps,
    });
    stats.record(&o, day()).expect("record");
}

fn count(stats: &Stats, c: &Counter) -> u64 {
    stats
        .counts()
        .expect("counts")
        .into_iter()
        .find(|(k, _)| k == c)
        .map_or(0, |(_, n)| n)
}

#[test]
fn visits_resting_and_exits_are_counted_exactly() {
    let (_dir, _db, stats) = stats();
    let main = at(MAIN);
    let money = at("money-start");
    // Seven parents arrive; five go on to money; two of them restart, one forgets.
    for _ in 0..7 {
        step(&stats, None, Some(&main), &[]);
    }
    for _ in 0..5 {
        step(&stats, Some(&main), Some(&money), &[]);
    }
    for _ in 0..2 {
        let o = observe(&StepFacts {
            before: Some(&money),
            after: Some(&main),
            restart: true,
            location: false,
            gaps: &[],
        });
        stats.record(&o, day()).expect("record");
    }
    step(&stats, Some(&money), None, &[]);
    // A re-show of the same step counts nothing.
    step(&stats, Some(&main), Some(&main), &[]);

    let month = "2026-11".to_string();
    let visit = |node: &str| Counter::Visit {
        month: month.clone(),
        node: node.into(),
        network: None,
    };
    assert_eq!(count(&stats, &visit(MAIN)), 7 + 2);
    assert_eq!(count(&stats, &visit("money-start")), 5);
    let rest = |node: &str| Counter::Rest {
        node: node.into(),
        network: None,
    };
    // 7 at main, 5 left for money, 2 came back: 4 rest at main; 5 - 2 - 1 = 2 at money.
    assert_eq!(count(&stats, &rest(MAIN)), 4);
    assert_eq!(count(&stats, &rest("money-start")), 2);
    let exit = |how: &str| Counter::Exit {
        month: month.clone(),
        how: how.into(),
        node: "money-start".into(),
        network: None,
    };
    assert_eq!(count(&stats, &exit("restart")), 2);
    assert_eq!(count(&stats, &exit("forget")), 1);
    let s = stats.summary().expect("summary");
    assert_eq!(s.visits_total, 14);
    assert_eq!(s.months, vec![month]);
}

#[test]
fn counts_below_five_are_suppressed_in_every_output() {
    let (_dir, _db, stats) = stats();
    let offers = at("cc-offers");
    let before = at("cc-offers-where");
    let rare = OfferGap {
        tags: vec!["kita".into(), "familienzentrum".into()],
        district: Some("Vohwinkel".into()),
        lang: "uk".into(),
        ..Default::default()
    };
    let common = OfferGap {
        tags: vec!["wohngeld".into()],
        district: None,
        lang: "ar".into(),
        ..Default::default()
    };
    for _ in 0..4 {
        step(
            &stats,
            Some(&before),
            Some(&offers),
            std::slice::from_ref(&rare),
        );
    }
    for _ in 0..5 {
        step(
            &stats,
            Some(&before),
            Some(&offers),
            std::slice::from_ref(&common),
        );
    }
    let s = stats.summary().expect("summary");
    let csv = s.gaps_csv();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "month,topics,district,language,searches,network,area"
    );
    assert!(lines.contains(&"2026-11,wohngeld,,ar,5,,"), "{csv}");
    assert!(
        lines.contains(&"2026-11,familienzentrum kita,Vohwinkel,uk,<5,,"),
        "{csv}"
    );
    // The raw 4 is nowhere, neither in the CSV nor in the text report.
    assert!(!csv.contains(",4"), "{csv}");
    let text = s.text();
    assert!(
        text.contains("<5  2026-11  familienzentrum kita  Vohwinkel  uk"),
        "{text}"
    );
    assert!(!text.contains("     4  "), "{text}");
    // 9 arrivals at the offers step: shown as such; the 9 departures leave 0 at "where".
    assert!(text.contains("     9  cc-offers"), "{text}");
    assert_eq!(wegweiser::stats::shown(0), "0");
    assert_eq!(wegweiser::stats::shown(1), "<5");
    assert_eq!(wegweiser::stats::shown(4), "<5");
    assert_eq!(wegweiser::stats::shown(5), "5");
}

#[test]
fn an_offers_step_that_lists_nothing_is_a_gap() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = match Content::load(
        &root.join("dialogs"),
        &root.join("locales"),
        wegweiser::CODE_MESSAGES,
    ) {
        Ok((c, _)) => c,
        Err(r) => panic!("{:?}", r.lines()),
    };
    // No offers imported: the step lists nothing.
    let before = at("mob-start");
    let mut state = before.clone();
    state.node = "mob-offers".into();
    state.facts.insert(
        "network".into(),
        wegweiser::dialog::expr::Value::Text("wuppertal".into()),
    );
    let rendered = content.current(&state, day());
    assert_eq!(
        rendered.gaps,
        vec![OfferGap {
            tags: [
                "social-ticket",
                "ticket",
                "school-transport",
                "driving-licence"
            ]
            .map(String::from)
            .to_vec(),
            district: None,
            lang: "uk".into(),
            network: Some("wuppertal".into()),
            ..Default::default()
        }]
    );
    let o = observe(&StepFacts {
        before: Some(&before),
        after: Some(&state),
        restart: false,
        location: false,
        gaps: &rendered.gaps,
    });
    assert_eq!(o.gaps.len(), 1);
    // A step without offers has no gap.
    assert!(content.current(&before, day()).gaps.is_empty());
}

#[test]
fn the_tree_holds_no_chat_id_and_nothing_but_counters() {
    let (_dir, db, stats) = stats();
    // The Telegram store keys conversations as `tg:<chat id>`; none of that may reach here.
    let chat: i64 = 987_654_321;
    let main = at(MAIN);
    let offers = at("cc-offers");
    step(&stats, None, Some(&main), &[]);
    step(
        &stats,
        Some(&main),
        Some(&offers),
        &[OfferGap {
            tags: vec!["kita".into()],
            district: Some("Elberfeld".into()),
            lang: "de".into(),
            ..Default::default()
        }],
    );
    step(&stats, Some(&offers), None, &[]);
    let tree = db.open_tree(TREE).expect("tree");
    let needles = [
        chat.to_string().into_bytes(),
        chat.to_be_bytes().to_vec(),
        chat.to_le_bytes().to_vec(),
        b"tg:".to_vec(),
    ];
    let mut n = 0;
    for item in tree.iter() {
        let (k, v) = item.expect("read");
        n += 1;
        assert_eq!(v.len(), 8, "values are plain u64 counts");
        for bytes in [k.as_ref(), v.as_ref()] {
            for needle in &needles {
                assert!(!bytes.windows(needle.len()).any(|w| w == needle.as_slice()));
            }
        }
        // Every key parses as one of the known counters: nothing else is stored.
        let text = String::from_utf8(k.to_vec()).expect("utf-8 key");
        let kind = text.split('\u{1f}').next().unwrap_or_default();
        assert!(["visit", "rest", "exit", "gap"].contains(&kind), "{text}");
    }
    assert_eq!(
        n,
        stats.counts().expect("counts").len() + 2,
        "the zero rest gauges"
    );
}

/// Each network reads its own counts: a step counts for the network the parent is in after it
/// (the resting place left and an exit for the one before), and a network's report holds
/// nothing of another's, nor the searches from outside every network.
#[test]
fn each_network_reads_its_own_counts() {
    use wegweiser::dialog::expr::Value;
    use wegweiser::stats::Scope;
    let (_dir, _db, stats) = stats();
    let in_net = |node: &str, net: &str| {
        let mut s = at(node);
        s.facts.insert("network".into(), Value::Text(net.into()));
        s
    };
    let main = at(MAIN);
    let record = |before: Option<&State>, after: Option<&State>, gaps: &[OfferGap]| {
        let o = observe(&StepFacts {
            before,
            after,
            restart: false,
            location: false,
            gaps,
        });
        stats.record(&o, day()).expect("record");
    };
    let gap = |net: &str, area: Option<&str>| OfferGap {
        tags: vec!["kita".into()],
        lang: "tr".into(),
        network: Some(net.into()),
        area: area.map(str::to_string),
        ..Default::default()
    };
    // Six parents in Hagen reach the childcare offers and find none; one in Wuppertal; two
    // outside every network (postcode area 49).
    for _ in 0..6 {
        let offers = in_net("cc-offers", "hagen");
        record(Some(&main), Some(&offers), &[gap("hagen", None)]);
    }
    let w = in_net("cc-offers", "wuppertal");
    record(Some(&main), Some(&w), &[gap("wuppertal", None)]);
    for _ in 0..2 {
        let o = in_net("cc-offers", "none");
        record(Some(&main), Some(&o), &[gap("none", Some("49"))]);
    }
    let hagen = stats
        .summary_of(&Scope::Networks(vec!["hagen".into()]))
        .expect("summary");
    assert_eq!(hagen.visits_total, 6);
    assert_eq!(hagen.gaps.len(), 1);
    assert_eq!(hagen.gaps[0].count, 6);
    assert_eq!(hagen.gaps[0].gap.network.as_deref(), Some("hagen"));
    assert!(hagen
        .resting
        .iter()
        .all(|r| r.node == "cc-offers" && r.count == 6));
    let text = hagen.text();
    assert!(
        !text.contains("wuppertal") && !text.contains("outside"),
        "{text}"
    );
    let all = stats.summary_of(&Scope::All).expect("summary");
    assert_eq!(all.visits_total, 9);
    assert_eq!(all.gaps.len(), 3);
    let text = all.text();
    assert!(text.contains("outside (area 49)"), "{text}");
    let csv = all.gaps_csv();
    assert!(csv.lines().any(|l| l.ends_with(",none,49")), "{csv}");
    // The network left is where the resting count is taken away.
    let moved = in_net("money-start", "wuppertal");
    record(Some(&w), Some(&moved), &[]);
    let wuppertal = stats
        .summary_of(&Scope::Networks(vec!["wuppertal".into()]))
        .expect("summary");
    assert_eq!(
        wuppertal
            .resting
            .iter()
            .map(|r| (r.node.as_str(), r.count))
            .collect::<Vec<_>>(),
        vec![("money-start", 1)]
    );
}

/// Outside every network the search is a gap of nobody's network, kept with the postcode's
/// area only (two digits); a shared place far away gives a gap without an area.
#[test]
fn outside_every_network_the_area_is_counted_as_a_gap() {
    use wegweiser::stats::Scope;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = match Content::load(
        &root.join("dialogs"),
        &root.join("locales"),
        wegweiser::CODE_MESSAGES,
    ) {
        Ok((c, _)) => c,
        Err(r) => panic!("{:?}", r.lines()),
    };
    let (_dir, _db, stats) = stats();
    for last in ["20095", "/near 48.137 11.575"] {
        let (mut state, _) = content.welcome(Some("de"), day());
        let mut shown = None;
        for line in ["/start money", "📍 Angebote in meiner Nähe", last] {
            let before = state.clone();
            let (next, r) = content.handle_text(&state, line, day());
            let o = observe(&StepFacts {
                before: Some(&before),
                after: Some(&next),
                restart: false,
                location: line.starts_with("/near"),
                gaps: &r.gaps,
            });
            stats.record(&o, day()).expect("record");
            state = next;
            shown = Some(r);
        }
        let r = shown.expect("a reply");
        assert!(r.text.contains("keine Angebote vor Ort"), "{}", r.text);
        assert_eq!(r.gaps.len(), 1, "{last}: {:?}", r.gaps);
        assert_eq!(r.gaps[0].network.as_deref(), Some("none"));
        let area = if last == "20095" { Some("20") } else { None };
        assert_eq!(r.gaps[0].area.as_deref(), area, "{last}");
    }
    let outside = stats
        .summary_of(&Scope::Networks(vec!["none".into()]))
        .expect("summary");
    assert!(
        outside.text().contains("outside (area 20)"),
        "{}",
        outside.text()
    );
    let hagen = stats
        .summary_of(&Scope::Networks(vec!["hagen".into()]))
        .expect("summary");
    assert!(hagen.gaps.is_empty(), "{:?}", hagen.gaps);
}
