//! Offers matched to the parent's situation (issue 11): conditions over the facts, the office
//! of the screen the parent came from first, postcodes to districts from the areas file,
//! lists that open at their first page, and an import that refuses unknown tags and reports
//! copied German, each with file:line.

use std::path::Path;

use chrono::NaiveDate;
use wegweiser::dialog::expr::Value;
use wegweiser::dialog::{load_dir, Tree};
use wegweiser::engine::{self, Ctx, Frame, Input, State};
use wegweiser::offers::cli::import_file;
use wegweiser::offers::companion;
use wegweiser::offers::present::page;
use wegweiser::offers::{OfferError, OfferStore};

fn tree() -> Tree {
    let (tree, diags) = load_dir(Path::new("dialogs"));
    assert!(!diags.has_errors(), "{:?}", diags.errors().next());
    tree.expect("dialogs load")
}

const HEADER: &str = "id,name,kind,topics,tags,office,condition,district,citywide,postcode,address,phone,hours,languages,last_checked,description_de,description_en,info_de,info_en";

/// A sheet (and optionally its areas file) in a fresh folder, imported into a fresh store.
fn import(rows: &[&str], areas: Option<&str>) -> (tempfile::TempDir, OfferStore) {
    let dir = tempfile::tempdir().expect("tempdir");
    let sheet = dir.path().join("offers.csv");
    let mut text = format!("{HEADER}\n");
    for r in rows {
        text.push_str(r);
        text.push('\n');
    }
    std::fs::write(&sheet, text).expect("write sheet");
    if let Some(a) = areas {
        std::fs::write(companion::areas_path(&sheet), a).expect("write areas");
    }
    let db = sled::open(dir.path().join("data")).expect("sled");
    let store = OfferStore::open(&db).expect("store");
    import_file(&store, &sheet, false, Some(&tree())).expect("import");
    (dir, store)
}

fn listed(store: &OfferStore, state: &State, tags: &[&str]) -> Vec<String> {
    let tags: Vec<String> = tags.iter().map(|t| t.to_string()).collect();
    let mut ids = Vec::new();
    let mut s = state.clone();
    loop {
        let p = page(store, &s, &tags).expect("page");
        ids.extend(p.shown.iter().map(|r| r.offer.id.to_string()));
        if !p.more {
            return ids;
        }
        s.offers_page += 1;
    }
}

#[test]
fn a_buergergeld_household_never_sees_an_offer_for_those_without_it() {
    let (_dir, store) = import(
        &[
            "wohngeld,Wohngeldstelle,office,money,wohngeld,wohngeld,not buergergeld,Elberfeld,yes,42103,Neumarkt 10,0202 1,by appointment,de,2026-11-01,Zuschuss zur Miete.,Help with rent.,,",
            "jobcenter,Jobcenter,office,money,wohngeld,jobcenter,buergergeld,Elberfeld,yes,42103,Schwarzbach 105,0202 2,Mo-Fr 8-12,de,2026-11-01,Bürgergeld.,Citizen's income.,,",
            "beratung,Sozialberatung,counselling,money,wohngeld,,,Elberfeld,yes,42103,Hofaue 1,0202 3,Mo 9-12,de,2026-11-01,Beratung.,Advice.,,",
        ],
        None,
    );
    let mut s = State::new(Some("de".into()));
    s.facts.insert("buergergeld".into(), Value::Bool(true));
    let ids = listed(&store, &s, &["wohngeld"]);
    assert!(!ids.contains(&"wohngeld".to_string()), "{ids:?}");
    assert_eq!(ids.len(), 2, "{ids:?}");
    s.facts.insert("buergergeld".into(), Value::Bool(false));
    let ids = listed(&store, &s, &["wohngeld"]);
    assert!(ids.contains(&"wohngeld".into()) && !ids.contains(&"jobcenter".into()));
    // Unknown facts don't exclude: a parent who did not say sees both.
    s.facts.clear();
    assert_eq!(listed(&store, &s, &["wohngeld"]).len(), 3);
}

#[test]
fn the_unterhaltsvorschussstelle_ranks_first_from_the_uvg_screen() {
    let areas = "[districts]\nBarmen = [\"42275\"]\nElberfeld = [\"42103\"]\n[first]\nmoney-uvg = [\"uvg\"]\n";
    let (_dir, store) = import(
        &[
            "a-beratung,Alleinerziehendenberatung,counselling,money,unterhaltsvorschuss,,,Barmen,yes,42275,Münzstraße 31,0202 1,Mo 9-12,de,2026-11-01,Beratung.,Advice.,,",
            "b-anwalt,Anwaltsnotdienst,legal,money,unterhaltsvorschuss,,,Barmen,yes,42275,Werth 1,0202 2,Mo 9-12,de,2026-11-01,Recht.,Law.,,",
            "z-uvg,Unterhaltsvorschussstelle,office,money,unterhaltsvorschuss,uvg,,Elberfeld,yes,42103,Neumarkt 10,0202 563-4391,by appointment,de,2026-11-01,Unterhaltsvorschuss beantragen.,Apply for maintenance advance.,,",
        ],
        Some(areas),
    );
    let mut s = State::new(Some("de".into()));
    s.facts
        .insert("postcode".into(), Value::Text("42275".into()));
    // Without coming from the UVG screen, the Barmen parent gets Barmen first.
    assert_eq!(
        listed(&store, &s, &["unterhaltsvorschuss"])[0],
        "a-beratung"
    );
    for from in [
        vec!["money-uvg"],
        vec!["money-uvg", "money-offers-postcode"],
    ] {
        s.history = from
            .iter()
            .map(|n| Frame {
                node: (*n).into(),
                undo: vec![],
            })
            .collect();
        assert_eq!(
            listed(&store, &s, &["unterhaltsvorschuss"])[0],
            "z-uvg",
            "from {from:?}"
        );
    }
}

#[test]
fn every_wuppertal_postcode_maps_to_its_district() {
    let file = companion::read_areas(Path::new("networks/wuppertal/offers.toml"), Some(&tree()))
        .expect("valid areas file")
        .expect("areas file exists");
    let expected: &[(&str, &[&str])] = &[
        ("Elberfeld", &["42103", "42105", "42107", "42117", "42119"]),
        ("Uellendahl-Katernberg", &["42109", "42111", "42113"]),
        ("Elberfeld-West", &["42115"]),
        ("Barmen", &["42275", "42283", "42285", "42287"]),
        ("Oberbarmen", &["42277", "42279", "42281"]),
        ("Heckinghausen", &["42289"]),
        ("Vohwinkel", &["42327", "42329"]),
        ("Cronenberg", &["42349"]),
        ("Ronsdorf", &["42369"]),
        ("Langerfeld-Beyenburg", &["42389", "42399"]),
    ];
    let mut n = 0;
    for (district, codes) in expected {
        for code in *codes {
            assert_eq!(file.areas.district(code), Some(*district), "{code}");
            n += 1;
        }
    }
    assert_eq!(
        file.areas.postcodes.len(),
        n,
        "no postcode outside the list"
    );
}

#[test]
fn a_list_entered_again_starts_at_page_one() {
    let tree = tree();
    let langs = vec!["de".to_string()];
    let ctx = Ctx {
        today: NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"),
        languages: &langs,
    };
    let mut s = State::new(Some("de".into()));
    s.node = "money-start".into();
    s.facts
        .insert("postcode".into(), Value::Text("42103".into()));
    let near = |s: &State| {
        let node = tree.node(&s.node).expect("node");
        let i = node
            .options
            .iter()
            .position(|o| o.label == "offers-opt-near")
            .expect("a near-you option");
        Input::Button(format!("o{i}"))
    };
    let (s1, r) = engine::step(&tree, &s, &near(&s), &ctx);
    assert_eq!(r.node, "money-offers");
    let (s2, _) = engine::step(
        &tree,
        &s1,
        &Input::Button(engine::Key::More.to_string()),
        &ctx,
    );
    let (s3, _) = engine::step(
        &tree,
        &s2,
        &Input::Button(engine::Key::More.to_string()),
        &ctx,
    );
    assert_eq!(s3.offers_page, 2);
    // "Back to the first" on the list itself.
    let (first, _) = engine::step(
        &tree,
        &s3,
        &Input::Button(engine::Key::First.to_string()),
        &ctx,
    );
    assert_eq!(
        (first.node.as_str(), first.offers_page),
        ("money-offers", 0)
    );
    // Leave to the topic and come back: page 1 again.
    let (away, r) = engine::step(&tree, &s3, &Input::Button("o0".into()), &ctx);
    assert_eq!(r.node, "money-start");
    let (again, r) = engine::step(&tree, &away, &near(&away), &ctx);
    assert_eq!((r.node.as_str(), again.offers_page), ("money-offers", 0));
    // Even through the menu to another topic's list.
    let (menu, _) = engine::step(&tree, &s3, &Input::Command(engine::Command::Menu), &ctx);
    assert_eq!(menu.offers_page, 0);
}

#[test]
fn import_refuses_an_unknown_tag_and_reports_copied_german() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sheet = dir.path().join("offers.csv");
    std::fs::write(
        &sheet,
        format!("{HEADER}\nok,Beratung,counselling,money,wohngeld,,,,,,,,,de,2026-11-01,Beratung zur Miete.,Beratung zur Miete.,,\nbad,Kurs,course,training,typo-tag,,,,,,,,,de,2026-11-01,Kurs.,Course.,,\n"),
    )
    .expect("write");
    let db = sled::open(dir.path().join("data")).expect("sled");
    let store = OfferStore::open(&db).expect("store");
    let name = sheet.display().to_string();
    match import_file(&store, &sheet, false, Some(&tree())) {
        Err(OfferError::Invalid(errors)) => {
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert!(
                errors[0].starts_with(&format!("{name}:3: tag 'typo-tag' is unknown")),
                "{errors:?}"
            );
        }
        other => panic!("expected the unknown tag to be refused, got {other:?}"),
    }
    assert!(store.is_empty().expect("read"), "nothing imported");
    // Without the bad row: imported, with a warning at the copied cell (column 17).
    let text = std::fs::read_to_string(&sheet).expect("read");
    let fixed: Vec<&str> = text.lines().take(2).collect();
    std::fs::write(&sheet, fixed.join("\n")).expect("write");
    let (_, warnings) = import_file(&store, &sheet, false, Some(&tree())).expect("import");
    assert!(
        warnings.iter().any(|w| w.starts_with(&format!(
            "{name}:2:17: description_en is the German text copied unchanged"
        ))),
        "{warnings:?}"
    );
}

#[test]
fn an_unknown_language_column_and_a_bad_condition_are_errors_with_their_cell() {
    let csv = "id,name,kind,topics,last_checked,condition,description_xx\n\
               a,A,office,money,2026-11-01,not buergergeldd,x\n";
    let vocab = wegweiser::offers::table::Vocabulary::from_tree(&tree(), &[]);
    match wegweiser::offers::table::parse_with("o.csv", csv.as_bytes(), &vocab) {
        Err(OfferError::Invalid(e)) => {
            assert_eq!(e.len(), 1, "header errors stop the import: {e:?}");
            assert!(e[0].starts_with("o.csv:1:7: column 'description_xx' is for language 'xx'"));
        }
        other => panic!("{other:?}"),
    }
    let csv = "id,name,kind,topics,last_checked,condition\na,A,office,money,2026-11-01,not buergergeldd\nb,B,office,money,2026-11-01,earnings == 'lots'\n";
    match wegweiser::offers::table::parse_with("o.csv", csv.as_bytes(), &vocab) {
        Err(OfferError::Invalid(e)) => {
            assert!(
                e[0].starts_with("o.csv:2:6: condition 'not buergergeldd': unknown fact or figure 'buergergeldd' (at character 5)"),
                "{e:?}"
            );
            assert!(e[1].starts_with("o.csv:3:6: condition"), "{e:?}");
        }
        other => panic!("{other:?}"),
    }
}
