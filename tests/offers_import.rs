//! The coordinators' CSV: what real spreadsheets contain is read as meant; every bad row is
//! reported with its line; nothing is imported when any row is bad; export imports back
//! unchanged; queries go through the indexes.

use pretty_assertions::assert_eq;
use wegweiser::offers::cli::import_file;
use wegweiser::offers::table;
use wegweiser::offers::{Kind, OfferError, OfferStore, Query};

const HEADER: &str = "id,name,provider,kind,topics,tags,district,citywide,postcode,address,lat,lon,languages,hours,off_hours,childcare,cost,target_groups,phone,email,web,last_checked,description_de,description_en,notes";

fn store() -> (tempfile::TempDir, OfferStore) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = sled::open(dir.path()).expect("open sled");
    let store = OfferStore::open(&db).expect("offer trees");
    (dir, store)
}

fn errors(name: &str, text: &[u8]) -> Vec<String> {
    match table::parse(name, text) {
        Err(OfferError::Invalid(lines)) => lines,
        other => panic!("expected validation errors, got {other:?}"),
    }
}

#[test]
fn german_excel_export_reads_as_meant() {
    // Semicolons, BOM, CRLF, German dates and decimal commas, a postcode without its leading
    // zero, German kind and yes/no words, trailing empty rows and trailing separators.
    let csv = "\u{feff}ID;Name;Kind;Topics;Tags;District;Postcode;Lat;Lon;Languages;Hours;Off_hours;Childcare;Cost;Web;Last_checked;Description;Description_en\r\n\
               vhs-1;Integrationskurs für Eltern;Kurs;training;language-course;Elberfeld;42103;51,258;7,147;de, tr;Mo–Fr 8–12 Uhr;früh;ja;kostenlos;www.bergische-vhs.de;01.03.2026;Deutsch lernen;Learn German\r\n\
               dd-1;Beratung Dresden;Beratung;money;counselling;;1067;;;de;;;nein;;;2026-03-01;;\r\n\
               ;;;;;;;;;;;;;;;;;\r\n\
               ;;;;;;;;;;;;;;;;;;;\r\n";
    let parsed = table::parse("kurse.csv", csv.as_bytes()).expect("valid");
    assert_eq!(parsed.offers.len(), 2);
    let (vhs, line) = &parsed.offers[0];
    assert_eq!(*line, 2);
    assert_eq!(vhs.kind, Kind::Course);
    assert_eq!(vhs.languages, vec!["de", "tr"]);
    assert_eq!(vhs.hours.to_string(), "Mo-Fr 08:00-12:00");
    assert!(vhs.off_hours.early && vhs.childcare);
    assert_eq!(vhs.web, "https://www.bergische-vhs.de");
    assert_eq!(vhs.last_checked.to_string(), "2026-03-01");
    assert_eq!(
        vhs.location.map(|p| (p.lat(), p.lon())),
        Some((51.258, 7.147))
    );
    assert_eq!(vhs.description("en"), Some("Learn German"));
    assert_eq!(
        vhs.description("tr"),
        Some("Deutsch lernen"),
        "falls back to German"
    );
    let (dd, line) = &parsed.offers[1];
    assert_eq!(*line, 3);
    assert_eq!(dd.postcode, "01067");
    assert!(dd.citywide, "citywide defaults to yes");
    // Only the note that the translators' columns are missing (offers_translations.rs).
    assert!(
        parsed
            .warnings
            .iter()
            .all(|w| w.contains("no column description_<lang>")),
        "{:?}",
        parsed.warnings
    );
}

#[test]
fn windows_1252_files_are_decoded_with_a_warning() {
    let csv = b"id;name;kind;topics;last_checked\r\nfz-1;Familienzentrum B\xfcrgerstra\xdfe;family_centre;childcare;2026-03-01\r\n";
    let parsed = table::parse("alt.csv", csv).expect("valid");
    assert_eq!(parsed.offers[0].0.name, "Familienzentrum Bürgerstraße");
    assert_eq!(
        parsed.warnings,
        vec!["alt.csv:1: the file is not UTF-8; read it as Windows-1252 (Excel's \"CSV\"). Save as \"CSV UTF-8\" to be sure umlauts are right"]
    );
}

#[test]
fn missing_required_columns_are_named() {
    let csv = "id;Name;Typ;Themen;Stand\n1;a;b;c;d\n";
    assert_eq!(
        errors("netz.csv", csv.as_bytes()),
        vec!["netz.csv:1: missing required column(s) 'kind', 'topics', 'last_checked'; the header must name id, name, kind, topics and last_checked (read as separated by semicolons)"]
    );
    assert_eq!(
        errors("dup.csv", b"id,name,kind,topics,last_checked,name\n"),
        vec!["dup.csv:1: column 'name' appears twice in the header"]
    );
    assert_eq!(
        errors("empty.csv", b"\xef\xbb\xbf\r\n"),
        vec!["empty.csv:1: the file is empty"]
    );
    assert_eq!(
        errors("head.csv", b"id,name,kind,topics,last_checked\r\n,,,,\r\n"),
        vec!["head.csv:1: the file has a header but no offers"]
    );
}

/// One CSV line in `HEADER` order from the given cells; the rest stay empty.
fn row(cells: &[(&str, &str)]) -> String {
    let line: Vec<String> = HEADER
        .split(',')
        .map(|col| {
            cells
                .iter()
                .find(|(c, _)| *c == col)
                .map_or(String::new(), |(_, v)| v.to_string())
        })
        .collect();
    format!("{}\n", line.join(","))
}

#[test]
fn every_bad_row_is_reported_with_its_line() {
    let base = |id: &'static str, extra: &[(&'static str, &'static str)]| {
        let mut cells = vec![
            ("id", id),
            ("name", "Name"),
            ("kind", "office"),
            ("topics", "money"),
            ("last_checked", "2026-01-01"),
        ];
        for (c, v) in extra {
            cells.retain(|(k, _)| k != c);
            cells.push((c, v));
        }
        row(&cells)
    };
    let mut csv = format!("{HEADER}\n");
    csv += &base("ok-1", &[("kind", "Beratung")]); // 2: fine
    csv += &base("", &[]); // 3
    csv += &base("Jobcenter BCA", &[]); // 4
    csv += &base("ok-1", &[]); // 5
    csv += &row(&[("id", "no-name"), ("kind", "zoo")]); // 6
    csv += &base("bad-date", &[("last_checked", "31.02.2026")]); // 7
    csv += &base(
        "bad-geo",
        &[
            ("postcode", "4210x"),
            ("lat", "51.2"),
            ("languages", "deutsch"),
        ],
    ); // 8
    csv += &base("bad-geo2", &[("lat", "abc"), ("lon", "7.1")]); // 9
    csv += &base(
        "bad-misc",
        &[
            ("topics", "Geld+Hilfe"),
            ("citywide", "vielleicht"),
            ("hours", "Mo 9-12 Uhr abends"),
            ("off_hours", "nachts"),
            ("childcare", "oft"),
            ("cost", "teuer"),
            ("phone", "0202/xyz"),
            ("email", "info(at)x.de"),
            ("web", "ftp://x"),
        ],
    ); // 10
    csv += &format!("{},Extra\n", base("too-many", &[]).trim_end()); // 11
    csv += &base("multi-line", &[("name", "\"Zwei\nZeilen\"")]); // 12-13: one record, two lines
    csv += &base("after", &[("kind", "zoo")]); // 14: line numbers still right after it
    csv += ",,,,,,,\n\n"; // trailing empty rows: ignored
    let expected = vec![
        "offers.csv:3: id is empty: every offer needs a unique id (e.g. jc-bca)",
        "offers.csv:4: id 'Jobcenter BCA' may only contain a-z, 0-9, - and _ (at most 64 characters)",
        "offers.csv:5: id 'ok-1' is already used on line 2",
        "offers.csv:6: name is empty",
        "offers.csv:6: kind 'zoo' is unknown (use one of: office, counselling, course, childcare, family_centre, transport, health_insurer, legal, hotline, group, other)",
        "offers.csv:6: topics is empty: name at least one (money, childcare, training, mobility)",
        "offers.csv:6: last_checked is empty: when was this entry last confirmed?",
        "offers.csv:7: last_checked '31.02.2026' is not a date (use 2026-03-01 or 01.03.2026)",
        "offers.csv:8: language 'deutsch' is not a language code (use de, en, tr, ar, uk, ru, ...)",
        "offers.csv:8: postcode '4210x' is not a German postcode (5 digits)",
        "offers.csv:8: give both lat and lon, or neither",
        "offers.csv:9: coordinates 'abc', '7.1' are not numbers (e.g. 51.2562 and 7.1508)",
        "offers.csv:10: topic 'Geld+Hilfe' may only contain a-z, 0-9, - and _",
        "offers.csv:10: citywide 'vielleicht' is not yes or no",
        "offers.csv:10: childcare 'oft' is not yes or no",
        "offers.csv:10: cannot read the opening hours 'Mo 9-12 Uhr abends': not a time (write e.g. Mo-Fr 08:00-12:00; Do 14:00-18:00)",
        "offers.csv:10: off_hours 'nachts' is unknown (use early, late, weekend)",
        "offers.csv:10: cost 'teuer' is unknown (use free, reduced or fee)",
        "offers.csv:10: phone '0202/xyz' may only contain digits, spaces and + - / ( )",
        "offers.csv:10: email 'info(at)x.de' is not an e-mail address",
        "offers.csv:10: web 'ftp://x' is not a web address (https://...)",
        "offers.csv:11: the row has 26 fields but the header has 25 columns (a separator inside a value? put that value in quotes)",
        "offers.csv:14: kind 'zoo' is unknown (use one of: office, counselling, course, childcare, family_centre, transport, health_insurer, legal, hotline, group, other)",
    ];
    assert_eq!(errors("offers.csv", csv.as_bytes()), expected);
}

#[test]
fn a_bad_file_imports_nothing() {
    let (dir, store) = store();
    let path = dir.path().join("bad.csv");
    std::fs::write(&path, format!("{HEADER}\ngood,Gut,office,money,,,,,,,,de,,,,,,,,,2026-01-01,,,\nbad,,office,money,,,,,,,,de,,,,,,,,,2026-01-01,,,\n"))
        .expect("write");
    let err = import_file(&store, &path, false, None).expect_err("refused");
    assert!(
        err.to_string().contains("bad.csv:3: name is empty"),
        "{err}"
    );
    assert!(store.is_empty().expect("read"));
}

/// A warning without its `file:line:col: ` (export writes rows and columns in its own order).
fn message(warning: &str) -> &str {
    warning
        .split_once(".csv:")
        .and_then(|(_, rest)| rest.split_once(": "))
        .map_or(warning, |(_, m)| m)
}

/// The sample's open gaps: offices whose contact or hours the collected sources do not
/// confirm. The values are kept marked `[verify]` (never shown to parents) until the network
/// confirms them; a fix in the sample removes its line here.
const SAMPLE_OFFICE_GAPS: &[&str] = &[
    "aa-bca: contact",
    "aa-bca: hours",
    "aa-berufsberatung: contact",
    "aa-berufsberatung: hours",
    "amtsgericht-beratungshilfe: contact",
    "amtsgericht-beratungshilfe: hours",
    "but-stadt: hours",
    "diakonie-doit: hours",
    "diakonie-mbe: hours",
    "haus-der-integration: hours",
    "ja-beistandschaft: hours",
    "ja-elternbeitraege: hours",
    "ja-kitaplatz: hours",
    "ja-notfall-betreuung: hours",
    "ja-tagespflege: hours",
    "ja-uvg: hours",
    "jc-bca: hours",
    "jc-but: hours",
    "jc-fuehrerschein: hours",
    "jc-leistungen: hours",
    "jmd-wuppertal: hours",
    "stadt-schuelerbefoerderung: hours",
    "standesamt: hours",
    "vhs-bergische: hours",
    "wohngeld: hours",
];

#[test]
fn the_samples_office_gaps_are_exactly_the_unconfirmed_ones() {
    let (_dir, store) = store();
    let (_, warnings) = import_file(
        &store,
        std::path::Path::new("networks/wuppertal/offers.csv"),
        false,
        None,
    )
    .expect("sample imports");
    let mut gaps: Vec<String> = warnings
        .iter()
        .map(|w| message(w))
        .filter_map(|m| m.strip_prefix("office '"))
        .filter_map(|m| m.split_once("' has no "))
        .map(|(id, what)| {
            let what = if what.starts_with("contact") {
                "contact"
            } else {
                assert!(what.starts_with("opening hours"), "{what}");
                "hours"
            };
            format!("{id}: {what}")
        })
        .collect();
    gaps.sort();
    assert_eq!(gaps, SAMPLE_OFFICE_GAPS);
    // Every other warning is a column marked [verify]: no typo, no unknown column, no
    // missing translation in the shipped sheet.
    for w in &warnings {
        let m = message(w);
        assert!(
            m.starts_with("office '")
                || (m.starts_with("column '") && m.contains("is marked [verify]")),
            "{w}"
        );
    }
}

#[test]
fn export_imports_back_unchanged() {
    let (dir, store) = store();
    let (summary, sample_warnings) = import_file(
        &store,
        std::path::Path::new("networks/wuppertal/offers.csv"),
        false,
        None,
    )
    .expect("sample imports");
    assert!(summary.added >= 40, "{summary:?}");
    let before: Vec<_> = store
        .all_sourced()
        .expect("read")
        .into_iter()
        .map(|s| s.offer)
        .collect();
    for excel in [false, true] {
        let mut out = Vec::new();
        table::write(&before, excel, &mut out).expect("export");
        // A sheet belongs to the network of its folder: export beside a network.toml.
        let folder = dir.path().join("wuppertal");
        std::fs::create_dir_all(&folder).expect("mkdir");
        std::fs::copy(
            "networks/wuppertal/network.toml",
            folder.join("network.toml"),
        )
        .expect("network.toml");
        let path = folder.join("offers.csv");
        std::fs::write(&path, &out).expect("write");
        let (summary, warnings) = import_file(&store, &path, true, None).expect("re-import");
        assert_eq!(
            (
                summary.unchanged,
                summary.added,
                summary.updated,
                summary.removed
            ),
            (before.len(), 0, 0, 0)
        );
        // Export adds no problems and hides none: it warns about exactly what the sample
        // warns about (its [verify] cells and open office gaps), only at other lines.
        let mut expected: Vec<&str> = sample_warnings.iter().map(|w| message(w)).collect();
        let mut got: Vec<&str> = warnings.iter().map(|w| message(w)).collect();
        expected.sort_unstable();
        got.sort_unstable();
        assert!(!expected.is_empty());
        assert_eq!(got, expected);
        let after: Vec<_> = store
            .all_sourced()
            .expect("read")
            .into_iter()
            .map(|s| s.offer)
            .collect();
        assert_eq!(after, before);
        // Exporting again gives the same bytes: the format is canonical.
        let mut again = Vec::new();
        table::write(&after, excel, &mut again).expect("export");
        assert_eq!(
            String::from_utf8_lossy(&again),
            String::from_utf8_lossy(&out)
        );
    }
}

#[test]
fn reimport_updates_by_id_and_removes_only_with_replace() {
    let (dir, store) = store();
    let path = dir.path().join("a.csv");
    let row = |id: &str, name: &str, tags: &str, district: &str| {
        format!("{id},{name},,office,money,{tags},{district},,,,,,de,,,,,,,,,2026-01-01,,,\n")
    };
    std::fs::write(
        &path,
        format!(
            "{HEADER}\n{}{}",
            row("a", "A", "x", "Barmen"),
            row("b", "B", "x", "Barmen")
        ),
    )
    .expect("write");
    import_file(&store, &path, false, None).expect("import");
    // "a" changes tag and district, "b" is gone from the sheet, "c" is new.
    std::fs::write(
        &path,
        format!(
            "{HEADER}\n{}{}",
            row("a", "A2", "y", "Elberfeld"),
            row("c", "C", "x", "Barmen")
        ),
    )
    .expect("write");
    let (s, _) = import_file(&store, &path, false, None).expect("import");
    assert_eq!((s.added, s.updated, s.unchanged, s.removed), (1, 1, 0, 0));
    let ids = |q: Query| {
        store
            .query(&q)
            .expect("query")
            .into_iter()
            .map(|o| o.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(Query {
            labels: vec!["x".into()],
            ..Query::default()
        }),
        vec!["b", "c"],
        "old index entries of 'a' are gone"
    );
    assert_eq!(
        ids(Query {
            labels: vec!["y".into()],
            ..Query::default()
        }),
        vec!["a"]
    );
    assert_eq!(
        ids(Query {
            district: Some("barmen".into()),
            ..Query::default()
        }),
        vec!["b", "c"]
    );
    let (s, _) = import_file(&store, &path, true, None).expect("import");
    assert_eq!((s.added, s.updated, s.unchanged, s.removed), (0, 0, 2, 1));
    assert_eq!(ids(Query::default()), vec!["a", "c"]);
    assert_eq!(
        ids(Query {
            labels: vec!["x".into()],
            ..Query::default()
        }),
        vec!["c"],
        "removed offers leave no index entries"
    );
}

#[test]
fn queries_combine_indexes() {
    let (_dir, store) = store();
    import_file(
        &store,
        std::path::Path::new("networks/wuppertal/offers.csv"),
        false,
        None,
    )
    .expect("sample imports");
    let ids = |q: Query| {
        store
            .query(&q)
            .expect("query")
            .into_iter()
            .map(|o| o.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(Query {
            labels: vec!["social-ticket".into()],
            ..Query::default()
        }),
        vec!["vrr-dt-sozial", "wsw-kundencenter", "wsw-ticket-sozial"]
    );
    assert_eq!(
        ids(Query {
            labels: vec!["migration-advice".into()],
            ..Query::default()
        }),
        vec![
            "awo-mbe",
            "caritas-mbe",
            "diakonie-doit",
            "diakonie-mbe",
            "haus-der-integration",
            "iq-anerkennung",
            "jmd-wuppertal",
            "ki-wuppertal"
        ]
    );
    // Label and language: of the many childcare offers, only the Hilfetelefon is confirmed to
    // speak Arabic (the sample lists no languages nobody confirmed).
    assert_eq!(
        ids(Query {
            labels: vec!["childcare".into()],
            language: Some("ar".into()),
            ..Query::default()
        }),
        vec!["hilfetelefon"]
    );
    assert_eq!(
        ids(Query {
            labels: vec!["migration-advice".into()],
            district: Some("Barmen".into()),
            ..Query::default()
        }),
        vec!["diakonie-doit"]
    );
    assert_eq!(
        ids(Query {
            district: Some("Vohwinkel".into()),
            ..Query::default()
        }),
        vec!["fz-vohwinkel"]
    );
    assert_eq!(
        ids(Query {
            postcode: Some("42103".into()),
            kind: Some(Kind::Office),
            ..Query::default()
        }),
        vec!["elterngeld"],
        "the family centres at 42103 are no office"
    );
    assert_eq!(
        ids(Query {
            postcode: Some("42285".into()),
            kind: Some(Kind::HealthInsurer),
            ..Query::default()
        }),
        Vec::<String>::new(),
        "no health insurer's address is confirmed"
    );
    assert_eq!(
        ids(Query {
            labels: vec!["no-such-tag".into()],
            ..Query::default()
        }),
        Vec::<String>::new()
    );
    let stale = ids(Query {
        checked_before: "2025-11-21".parse().ok(),
        ..Query::default()
    });
    assert_eq!(stale, vec!["vamv-nrw"]);
    let area = store.postcode_area("42275").expect("area");
    assert_eq!(area.district.as_deref(), Some("Barmen"));
    assert!(area.centre.is_some());
}
