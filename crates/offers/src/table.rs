//! The coordinators' spreadsheet: reading (with validation) and writing offers as CSV.
//!
//! Real sheets come from German Excel and LibreOffice: semicolons instead of commas, a UTF-8
//! byte-order mark or Windows-1252 instead of UTF-8, Windows line endings, trailing empty rows,
//! dates as `01.03.2026`, decimal commas in coordinates, postcodes that lost their leading
//! zero. All of that is read as meant. Anything else wrong is reported, every problem of every
//! row as `file:line: message`, and then nothing is imported: a half-imported sheet is worse
//! than none, because nobody notices what is missing.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;

use super::model::{is_slug, OfferId};
use super::model::{Cost, GeoPoint, Hours, Kind, OffHours, Offer, Office, TextField};
use super::OfferError;
use wegweiser_core::dialog::expr::{Expr, NameInfo, Names, Type};
use wegweiser_core::dialog::{FactDef, NodeKind, Tree};

/// The languages the bot speaks: a `<field>_<lang>` column for any other is an error.
pub const LANGUAGES: &[&str] = &["de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "ro"];

/// The mark of a value nobody has confirmed yet: kept in the store, never shown to parents.
pub const VERIFY_MARK: &str = "[verify]";

/// What a sheet may refer to, from the dialogs: topics, tags and facts. Without a tree (the
/// fuzzer, `parse`), topics and tags are not checked and conditions only parsed.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    pub topics: Option<BTreeSet<String>>,
    pub tags: Option<BTreeSet<String>>,
    pub facts: Option<BTreeMap<String, FactDef>>,
}

impl Vocabulary {
    /// Topics of the tree; tags of its offers steps, plus `extra_tags` (the companion file's
    /// list) and the office keys; the tree's facts for conditions.
    pub fn from_tree(tree: &Tree, extra_tags: &[String]) -> Vocabulary {
        let topics = tree.topics.iter().map(|t| t.id.clone()).collect();
        let mut tags: BTreeSet<String> = extra_tags.iter().cloned().collect();
        for node in &tree.nodes {
            if let NodeKind::Offers { tags: t, .. } = &node.kind {
                tags.extend(t.iter().cloned());
            }
        }
        tags.extend(Office::ALL.iter().map(|o| o.as_str().to_string()));
        Vocabulary {
            topics: Some(topics),
            tags: Some(tags),
            facts: Some(tree.facts.clone()),
        }
    }
}

struct FactNames<'a>(&'a BTreeMap<String, FactDef>);

impl Names for FactNames<'_> {
    fn lookup(&self, name: &str) -> Option<NameInfo<'_>> {
        self.0.get(name).map(|f| NameInfo {
            ty: f.ty,
            choices: f.choices.as_deref(),
            is_fact: true,
        })
    }
}

/// Reads a `condition` cell: parsed, and with facts type-checked to a yes/no. The error names
/// the character position inside the cell.
pub fn check_condition(
    text: &str,
    facts: Option<&BTreeMap<String, FactDef>>,
) -> Result<Expr, String> {
    let at =
        |offset: usize, m: String| format!("condition '{text}': {m} (at character {})", offset + 1);
    let e = Expr::parse(text).map_err(|e| at(e.offset, e.message))?;
    if let Some(facts) = facts {
        let t = e
            .check(&FactNames(facts))
            .map_err(|e| at(e.offset, e.message))?;
        if t != Type::Bool {
            return Err(at(
                0,
                format!("this must be a condition (yes/no), but it is {t}"),
            ));
        }
    }
    Ok(e)
}

/// Columns in the order `export` writes them; the per-language texts (`name_<lang>`,
/// `description_<lang>`, `info_<lang>`) follow `condition`, `notes` comes last.
pub const COLUMNS: &[&str] = &[
    "id",
    "name",
    "provider",
    "kind",
    "topics",
    "tags",
    "district",
    "citywide",
    "postcode",
    "address",
    "lat",
    "lon",
    "languages",
    "hours",
    "off_hours",
    "childcare",
    "cost",
    "target_groups",
    "phone",
    "email",
    "web",
    "last_checked",
    "office",
    "condition",
];

/// A row cannot do without these columns.
pub const REQUIRED: &[&str] = &["id", "name", "kind", "topics", "last_checked"];

/// Offers read from a file, each with the line it came from, plus harmless oddities.
#[derive(Debug, Default)]
pub struct Parsed {
    pub offers: Vec<(Offer, usize)>,
    pub warnings: Vec<String>,
}

/// Reads and validates a whole sheet. `name` is how the file is named in messages.
/// Returns every problem (as `name:line: message`) if there is any.
pub fn parse(name: &str, bytes: &[u8]) -> Result<Parsed, OfferError> {
    parse_with(name, bytes, &Vocabulary::default())
}

/// [`parse`], checking topics, tags and conditions against the dialogs' `vocab`.
pub fn parse_with(name: &str, bytes: &[u8], vocab: &Vocabulary) -> Result<Parsed, OfferError> {
    let mut warnings = Vec::new();
    // Windows line endings become plain ones: the csv crate would otherwise count the `\n` of
    // a `\r\n` into the next record and report every line one too low.
    let text = decode(name, bytes, &mut warnings)
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let delimiter = sniff_delimiter(&text);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut errors = Vec::new();
    let mut records = reader.records();
    let header = loop {
        match records.next() {
            None => {
                return Err(OfferError::Invalid(vec![format!(
                    "{name}:1: the file is empty"
                )]))
            }
            Some(Err(e)) => return Err(OfferError::Invalid(vec![csv_error(name, &e)])),
            Some(Ok(r)) if r.iter().all(|f| f.trim().is_empty()) => continue,
            Some(Ok(r)) => break r,
        }
    };
    let header_line = header.position().map_or(1, |p| p.line() as usize);
    let columns: Vec<String> = header
        .iter()
        .map(|h| {
            h.trim()
                .trim_start_matches('\u{feff}')
                .to_lowercase()
                .replace([' ', '-'], "_")
        })
        .collect();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, c) in columns.iter().enumerate() {
        if c.is_empty() {
            continue;
        }
        if index.insert(c.as_str(), i).is_some() {
            errors.push(format!(
                "{name}:{header_line}: column '{c}' appears twice in the header"
            ));
        }
        if let Some((field, lang)) = text_column(c) {
            if !LANGUAGES.contains(&lang) {
                errors.push(format!(
                    "{name}:{header_line}:{}: column '{c}' is for language '{lang}', which Wegweiser does not have (use one of: {}); rename or remove the column",
                    i + 1,
                    LANGUAGES.join(", ")
                ));
            }
            let _ = field;
            continue;
        }
        let known = COLUMNS.contains(&c.as_str()) || c == "notes" || c == "description";
        if !known {
            warnings.push(format!(
                "{name}:{header_line}: column '{c}' is not one Wegweiser knows; it is ignored"
            ));
        }
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| !index.contains_key(c))
        .collect();
    if !missing.is_empty() {
        let list = missing
            .iter()
            .map(|c| format!("'{c}'"))
            .collect::<Vec<_>>()
            .join(", ");
        let sep = if delimiter == b';' {
            "semicolons"
        } else if delimiter == b'\t' {
            "tabs"
        } else {
            "commas"
        };
        errors.push(format!(
            "{name}:{header_line}: missing required column(s) {list}; the header must name id, name, kind, topics and last_checked (read as separated by {sep})"
        ));
    }
    if !errors.is_empty() {
        return Err(OfferError::Invalid(errors));
    }
    for field in [TextField::Description, TextField::Info] {
        let has_german = index.contains_key(field.column("de").as_str())
            || (field == TextField::Description && index.contains_key("description"));
        if !has_german {
            continue;
        }
        let missing: Vec<&str> = LANGUAGES
            .iter()
            .copied()
            .filter(|l| *l != "de" && !index.contains_key(field.column(l).as_str()))
            .collect();
        if !missing.is_empty() {
            warnings.push(format!(
                "{name}:{header_line}: no column {} for {}: parents reading these languages see the German text, marked as German; add the columns for the translators",
                field.column("<lang>"),
                missing.join(", ")
            ));
        }
    }
    let mut seen: HashMap<OfferId, usize> = HashMap::new();
    let mut offers = Vec::new();
    for rec in records {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                errors.push(csv_error(name, &e));
                continue;
            }
        };
        if rec.iter().all(|f| f.trim().is_empty()) {
            // Spreadsheets export empty rows below the data as `;;;;`.
            continue;
        }
        let line = rec.position().map_or(0, |p| p.line() as usize);
        if rec.len() > columns.len() && rec.iter().skip(columns.len()).any(|f| !f.trim().is_empty())
        {
            errors.push(format!(
                "{name}:{line}: the row has {} fields but the header has {} columns (a separator inside a value? put that value in quotes)",
                rec.len(),
                columns.len()
            ));
            continue;
        }
        let row = Row {
            index: &index,
            rec: &rec,
        };
        let mut row_errors = Vec::new();
        // A message starting with `<column number>: ` points at that cell (file:line:col).
        let at = |m: String| {
            if m.starts_with(|c: char| c.is_ascii_digit()) {
                format!("{name}:{line}:{m}")
            } else {
                format!("{name}:{line}: {m}")
            }
        };
        let mut err = |m: String| row_errors.push(at(m));
        let mut warn = |m: String| warnings.push(at(m));
        let offer = read_row(&row, &columns, vocab, &mut err, &mut warn);
        if let Some(offer) = offer {
            if let Some(first) = seen.get(&offer.id) {
                err(format!("id '{}' is already used on line {first}", offer.id));
            } else {
                seen.insert(offer.id.clone(), line);
                if row_errors.is_empty() {
                    offers.push((offer, line));
                }
            }
        }
        errors.extend(row_errors);
    }
    if !errors.is_empty() {
        return Err(OfferError::Invalid(errors));
    }
    if offers.is_empty() {
        // Refused so that `--replace` with a header-only file cannot wipe every offer.
        return Err(OfferError::Invalid(vec![format!(
            "{name}:{header_line}: the file has a header but no offers"
        )]));
    }
    Ok(Parsed { offers, warnings })
}

/// One data row with the header's column positions.
struct Row<'a> {
    index: &'a HashMap<&'a str, usize>,
    rec: &'a ::csv::StringRecord,
}

impl<'a> Row<'a> {
    /// The trimmed cell of `column`; empty if the column or the cell is missing.
    fn get(&self, column: &str) -> &'a str {
        self.index
            .get(column)
            .and_then(|i| self.rec.get(*i))
            .map(str::trim)
            .unwrap_or("")
    }

    /// The 1-based column number of `column`, as a spreadsheet counts (A = 1).
    fn col(&self, column: &str) -> usize {
        self.index.get(column).map_or(1, |i| i + 1)
    }
}

/// `description_tr` -> (Description, "tr"); `name_de`, `info_xx` alike.
fn text_column(column: &str) -> Option<(TextField, &str)> {
    TextField::ALL.into_iter().find_map(|f| {
        let lang = column.strip_prefix(f.as_str())?.strip_prefix('_')?;
        ((2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase()))
            .then_some((f, lang))
    })
}

/// The value without its `[verify]` marks, and whether it had one.
fn strip_verify(s: &str) -> (String, bool) {
    let lower = s.to_lowercase();
    if !lower.contains(VERIFY_MARK) {
        return (s.to_string(), false);
    }
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.to_lowercase().find(VERIFY_MARK) {
        out.push_str(&rest[..i]);
        rest = &rest[i + VERIFY_MARK.len()..];
    }
    out.push_str(rest);
    (out.trim().to_string(), true)
}

/// Words meaning "by appointment" in the `hours` column.
fn is_by_appointment(part: &str) -> bool {
    let p = part.trim().trim_end_matches('.').to_lowercase();
    matches!(
        p.as_str(),
        "by appointment" | "nach vereinbarung" | "termin nach vereinbarung" | "nach absprache"
    )
}

/// Opening hours with an optional "by appointment" part.
fn parse_hours(text: &str) -> Result<(Hours, bool), super::model::HoursError> {
    let mut appointment = false;
    let rules: Vec<&str> = text
        .split([';', '|', '\n'])
        .filter(|p| {
            let a = is_by_appointment(p);
            appointment |= a;
            !a
        })
        .collect();
    Ok((Hours::parse(&rules.join("; "))?, appointment))
}

/// Reads one row; `None` only if even the id is unusable (then other checks would only repeat it).
fn read_row(
    row: &Row,
    columns: &[String],
    vocab: &Vocabulary,
    err: &mut dyn FnMut(String),
    warn: &mut dyn FnMut(String),
) -> Option<Offer> {
    let rec = row.rec;
    // `[verify]` anywhere but in the coordinators' own notes: kept, never shown.
    let mut unverified = BTreeSet::new();
    let mut stripped: HashMap<&str, String> = HashMap::new();
    for (i, c) in columns.iter().enumerate() {
        if c == "notes" || c == "id" || c.is_empty() {
            continue;
        }
        let Some(cell) = rec.get(i).map(str::trim) else {
            continue;
        };
        let (value, marked) = strip_verify(cell);
        if marked {
            let canonical = match c.as_str() {
                "description" => "description_de".to_string(),
                "name_de" => "name".to_string(),
                other => other.to_string(),
            };
            warn(format!(
                "{}: column '{c}' is marked {VERIFY_MARK}: kept, but not shown to parents until someone confirms it and removes the mark",
                i + 1
            ));
            unverified.insert(canonical);
            stripped.insert(c.as_str(), value);
        }
    }
    let get = |c: &str| -> &str {
        match stripped.get(c) {
            Some(v) => v.as_str(),
            None => row.get(c),
        }
    };
    let id = match OfferId::parse(get("id")) {
        Ok(id) => id,
        Err(e) => {
            err(e);
            return None;
        }
    };
    let name = get("name").to_string();
    if name.is_empty() {
        err("name is empty".into());
    }
    let kind_text = get("kind");
    let kind = if kind_text.is_empty() {
        err("kind is empty".into());
        Kind::Other
    } else {
        Kind::parse(kind_text).unwrap_or_else(|| {
            let all: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
            err(format!(
                "kind '{kind_text}' is unknown (use one of: {})",
                all.join(", ")
            ));
            Kind::Other
        })
    };
    let topics = slug_list(get("topics"), "topic", err);
    if get("topics").is_empty() {
        err("topics is empty: name at least one (money, childcare, training, mobility)".into());
    }
    if let Some(known) = &vocab.topics {
        for t in topics.iter().filter(|t| !known.contains(*t)) {
            err(format!(
                "topic '{t}' is unknown (use one of: {})",
                known.iter().cloned().collect::<Vec<_>>().join(", ")
            ));
        }
    }
    let tags = slug_list(get("tags"), "tag", err);
    if let Some(known) = &vocab.tags {
        for t in tags.iter().filter(|t| !known.contains(*t)) {
            err(format!(
                "tag '{t}' is unknown: use a tag an offers step of the dialogs asks for, or add it to the tags list of the sheet's companion file (docs/offers.md)"
            ));
        }
    }
    let target_groups = slug_list(get("target_groups"), "target group", err);
    let mut languages = Vec::new();
    for code in list(get("languages")) {
        let code = code.to_lowercase();
        if (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase()) {
            if !languages.contains(&code) {
                languages.push(code);
            }
        } else {
            err(format!(
                "language '{code}' is not a language code (use de, en, tr, ar, uk, ru, ...)"
            ));
        }
    }
    if languages.is_empty() && get("languages").is_empty() {
        languages.push("de".to_string());
    }
    let citywide = parse_bool_or(get("citywide"), true, "citywide", err);
    let childcare = parse_bool_or(get("childcare"), false, "childcare", err);
    let postcode = {
        let p = get("postcode");
        match p.len() {
            0 => String::new(),
            5 if p.chars().all(|c| c.is_ascii_digit()) => p.to_string(),
            // Excel drops the leading zero of 01067 (Dresden) when it takes a postcode for a number.
            4 if p.chars().all(|c| c.is_ascii_digit()) => format!("0{p}"),
            _ => {
                err(format!(
                    "postcode '{p}' is not a German postcode (5 digits)"
                ));
                String::new()
            }
        }
    };
    let location = match (get("lat"), get("lon")) {
        ("", "") => None,
        (lat, lon) if lat.is_empty() || lon.is_empty() => {
            err("give both lat and lon, or neither".into());
            None
        }
        (lat, lon) => {
            let parse = |s: &str| s.replace(',', ".").parse::<f64>().ok();
            match (parse(lat), parse(lon)) {
                (Some(a), Some(b)) => GeoPoint::new(a, b).or_else(|| {
                    err(format!(
                        "coordinates {lat}, {lon} are out of range (lat -90..90, lon -180..180)"
                    ));
                    None
                }),
                _ => {
                    err(format!(
                        "coordinates '{lat}', '{lon}' are not numbers (e.g. 51.2562 and 7.1508)"
                    ));
                    None
                }
            }
        }
    };
    let (hours, by_appointment) = parse_hours(get("hours")).unwrap_or_else(|e| {
        err(e.to_string());
        (Hours::default(), false)
    });
    let office = match get("office") {
        "" => None,
        o => Office::parse(o).or_else(|| {
            let all: Vec<&str> = Office::ALL.iter().map(|o| o.as_str()).collect();
            err(format!(
                "office '{o}' is unknown (use one of: {})",
                all.join(", ")
            ));
            None
        }),
    };
    let condition = match get("condition") {
        "" => None,
        c => {
            if let Err(m) = check_condition(c, vocab.facts.as_ref()) {
                // file:line:col of the cell, like the dialogs' expression errors.
                err(format!("{}: {m}", row.col("condition")));
            }
            Some(c.to_string())
        }
    };
    let mut off_hours = OffHours::default();
    for word in list(get("off_hours")) {
        if !off_hours.set(&word) {
            err(format!(
                "off_hours '{word}' is unknown (use early, late, weekend)"
            ));
        }
    }
    let cost = match get("cost") {
        "" => None,
        c => Cost::parse(c).or_else(|| {
            err(format!("cost '{c}' is unknown (use free, reduced or fee)"));
            None
        }),
    };
    let phone = get("phone").to_string();
    if !phone
        .chars()
        .all(|c| c.is_ascii_digit() || " +-/()".contains(c))
    {
        err(format!(
            "phone '{phone}' may only contain digits, spaces and + - / ( )"
        ));
    }
    let email = get("email").to_string();
    if !email.is_empty() && !is_email(&email) {
        err(format!("email '{email}' is not an e-mail address"));
    }
    let web = {
        let w = get("web");
        let w = if w.to_lowercase().starts_with("www.") {
            format!("https://{w}")
        } else {
            w.to_string()
        };
        let lower = w.to_lowercase();
        if !w.is_empty()
            && (!(lower.starts_with("https://") || lower.starts_with("http://"))
                || w.contains(char::is_whitespace))
        {
            err(format!("web '{w}' is not a web address (https://...)"));
        }
        w
    };
    let checked_text = get("last_checked");
    let last_checked = if checked_text.is_empty() {
        err("last_checked is empty: when was this entry last confirmed?".into());
        None
    } else {
        parse_date(checked_text).or_else(|| {
            err(format!(
                "last_checked '{checked_text}' is not a date (use 2026-03-01 or 01.03.2026)"
            ));
            None
        })
    };
    let mut descriptions = BTreeMap::new();
    let mut names = BTreeMap::new();
    let mut infos = BTreeMap::new();
    let mut name = name;
    for (i, c) in columns.iter().enumerate() {
        let (field, lang) = match (c.as_str(), text_column(c)) {
            ("description", _) => (TextField::Description, "de"),
            (_, Some((f, l))) if LANGUAGES.contains(&l) => (f, l),
            _ => continue,
        };
        // Texts keep their `[verify]` mark: it is what export writes back.
        let Some(text) = rec.get(i).map(str::trim).filter(|t| !t.is_empty()) else {
            continue;
        };
        match field {
            TextField::Name if lang == "de" => {
                if name.is_empty() {
                    name = text.to_string();
                }
            }
            TextField::Name => {
                names.insert(lang.to_string(), text.to_string());
            }
            TextField::Description => {
                descriptions.insert(lang.to_string(), text.to_string());
            }
            TextField::Info => {
                infos.insert(lang.to_string(), text.to_string());
            }
        }
    }
    report_translations(row, &name, &descriptions, &infos, &names, warn);
    if office.is_some() || kind == Kind::Office {
        let shown = |c: &str| !get(c).is_empty() && !unverified.contains(c);
        let contact = ["address", "phone", "web", "email"].into_iter().any(shown);
        let times = (shown("hours") && (!hours.is_empty() || by_appointment))
            || (by_appointment && !unverified.contains("hours"));
        let col = row.col("name");
        if !contact {
            warn(format!(
                "{col}: office '{id}' has no contact parents can use (address, phone, web or email, not marked {VERIFY_MARK})"
            ));
        }
        if !times {
            warn(format!(
                "{col}: office '{id}' has no opening hours and no \"by appointment\" in hours"
            ));
        }
    }
    Some(Offer {
        names,
        infos,
        office,
        condition,
        by_appointment,
        unverified,
        outdated: BTreeSet::new(),
        network: String::new(),
        id,
        name,
        provider: get("provider").to_string(),
        kind,
        topics,
        tags,
        district: get("district").to_string(),
        citywide,
        postcode,
        address: get("address").to_string(),
        location,
        languages,
        hours,
        off_hours,
        childcare,
        cost,
        target_groups,
        phone,
        email,
        web,
        last_checked: last_checked.unwrap_or_default(),
        descriptions,
        notes: get("notes").to_string(),
    })
}

/// Writes offers as a UTF-8 CSV that `parse` reads back to the same offers.
/// `excel`: semicolons and a byte-order mark, so German Excel opens it with umlauts intact.
pub fn write(
    offers: &[Offer],
    excel: bool,
    out: &mut dyn std::io::Write,
) -> Result<(), OfferError> {
    // The text columns some offer uses, German first, each field's languages together.
    let mut text_columns: Vec<(TextField, &str)> = Vec::new();
    for field in TextField::ALL {
        for lang in LANGUAGES {
            if (field == TextField::Name && *lang == "de") || text_columns.contains(&(field, lang))
            {
                continue;
            }
            if offers.iter().any(|o| o.texts(field).contains_key(*lang)) {
                text_columns.push((field, lang));
            }
        }
    }
    if excel {
        out.write_all("\u{feff}".as_bytes())
            .map_err(OfferError::Write)?;
    }
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(if excel { b';' } else { b',' })
        .terminator(if excel {
            ::csv::Terminator::CRLF
        } else {
            ::csv::Terminator::Any(b'\n')
        })
        .from_writer(out);
    let mut header: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    header.extend(text_columns.iter().map(|(f, l)| f.column(l)));
    header.push("notes".into());
    w.write_record(&header).map_err(csv_write)?;
    for o in offers {
        let (lat, lon) = o.location.map_or((String::new(), String::new()), |p| {
            (p.lat().to_string(), p.lon().to_string())
        });
        let mut hours = o.hours.to_string();
        if o.by_appointment {
            if !hours.is_empty() {
                hours.push_str("; ");
            }
            hours.push_str("by appointment");
        }
        let mut row = vec![
            o.id.to_string(),
            o.name.clone(),
            o.provider.clone(),
            o.kind.as_str().to_string(),
            o.topics.join(","),
            o.tags.join(","),
            o.district.clone(),
            yes_no(o.citywide),
            o.postcode.clone(),
            o.address.clone(),
            lat,
            lon,
            o.languages.join(","),
            hours,
            o.off_hours.to_csv(),
            yes_no(o.childcare),
            o.cost.map(|c| c.as_str().to_string()).unwrap_or_default(),
            o.target_groups.join(","),
            o.phone.clone(),
            o.email.clone(),
            o.web.clone(),
            o.last_checked.format("%Y-%m-%d").to_string(),
            o.office.map(|x| x.as_str().to_string()).unwrap_or_default(),
            o.condition.clone().unwrap_or_default(),
        ];
        row.extend(
            text_columns
                .iter()
                .map(|(f, l)| o.texts(*f).get(*l).cloned().unwrap_or_default()),
        );
        // A structured value was read without its mark: write the mark back.
        let columns = header.iter().take(row.len()).cloned().collect::<Vec<_>>();
        for (cell, column) in row.iter_mut().zip(&columns) {
            if o.unverified.contains(column) && !cell.to_lowercase().contains(VERIFY_MARK) {
                if !cell.is_empty() {
                    cell.push(' ');
                }
                cell.push_str(VERIFY_MARK);
            }
        }
        row.push(o.notes.clone());
        w.write_record(&row).map_err(csv_write)?;
    }
    w.flush().map_err(OfferError::Write)?;
    Ok(())
}

/// Per row: translations that are empty or the German text copied unchanged (descriptions
/// and notes; names may well stay German, they are proper names).
fn report_translations(
    row: &Row,
    _name: &str,
    descriptions: &BTreeMap<String, String>,
    infos: &BTreeMap<String, String>,
    _names: &BTreeMap<String, String>,
    warn: &mut dyn FnMut(String),
) {
    for (field, texts) in [
        (TextField::Description, descriptions),
        (TextField::Info, infos),
    ] {
        let Some(german) = texts.get("de").filter(|t| !t.is_empty()) else {
            continue;
        };
        let (german, _) = strip_verify(german);
        let mut empty = Vec::new();
        for lang in LANGUAGES.iter().filter(|l| **l != "de") {
            let column = field.column(lang);
            if !row.index.contains_key(column.as_str()) {
                continue;
            }
            match texts.get(*lang) {
                None => empty.push((*lang, row.col(&column))),
                Some(t) if strip_verify(t).0.eq_ignore_ascii_case(&german) => warn(format!(
                    "{}: {column} is the German text copied unchanged: translate it, or leave it empty to show the German text marked as German",
                    row.col(&column)
                )),
                Some(_) => {}
            }
        }
        if let Some((_, col)) = empty.first() {
            let langs: Vec<&str> = empty.iter().map(|(l, _)| *l).collect();
            warn(format!(
                "{col}: {} has no translation in {} (empty): the German text is shown, marked as German",
                field.as_str(),
                langs.join(", ")
            ));
        }
    }
}

fn csv_write(e: ::csv::Error) -> OfferError {
    OfferError::Write(std::io::Error::other(e.to_string()))
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

fn csv_error(name: &str, e: &::csv::Error) -> String {
    let line = e.position().map_or(0, |p| p.line());
    format!("{name}:{line}: cannot read this row: {e}")
}

/// UTF-8 (with or without byte-order mark) as it is; anything else is taken for
/// Windows-1252, what Excel's plain "CSV" format writes on German Windows.
fn decode(name: &str, bytes: &[u8], warnings: &mut Vec<String>) -> String {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            warnings.push(format!(
                "{name}:1: the file is not UTF-8; read it as Windows-1252 (Excel's \"CSV\"). Save as \"CSV UTF-8\" to be sure umlauts are right"
            ));
            bytes.iter().map(|b| cp1252(*b)).collect()
        }
    }
}

fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// The separator used in the header line: German Excel writes `;`, others `,` or tabs.
fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in first.bytes() {
        if c == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in counts.iter_mut() {
                if *d == c {
                    *n += 1;
                }
            }
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(d, _)| *d)
}

/// `2026-03-01`, `01.03.2026`, `1.3.2026` and Excel's short `01.03.26`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
        .ok()
        .filter(|d| chrono::Datelike::year(d) >= 1900)
        .or_else(|| {
            let (dm, yy) = s.rsplit_once('.')?;
            (yy.len() == 2)
                .then(|| NaiveDate::parse_from_str(&format!("{dm}.20{yy}"), "%d.%m.%Y").ok())?
        })
}

fn parse_bool_or(s: &str, default: bool, what: &str, err: &mut dyn FnMut(String)) -> bool {
    match s.to_lowercase().as_str() {
        "" => default,
        "yes" | "y" | "ja" | "j" | "true" | "wahr" | "1" | "x" => true,
        "no" | "n" | "nein" | "false" | "falsch" | "0" | "-" => false,
        _ => {
            err(format!("{what} '{s}' is not yes or no"));
            default
        }
    }
}

/// Items of a list cell: separated by commas, semicolons, `|`, `/` or spaces.
fn list(s: &str) -> Vec<String> {
    s.split([',', ';', '|', '/', ' ', '\n'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

fn slug_list(s: &str, what: &str, err: &mut dyn FnMut(String)) -> Vec<String> {
    let mut out = Vec::new();
    for item in list(s) {
        let slug = item.to_lowercase();
        if !is_slug(&slug) {
            err(format!(
                "{what} '{item}' may only contain a-z, 0-9, - and _"
            ));
        } else if !out.contains(&slug) {
            out.push(slug);
        }
    }
    out
}

fn is_email(s: &str) -> bool {
    let Some((user, host)) = s.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !s.contains(char::is_whitespace)
        && !host.contains('@')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_spellings() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 1);
        assert_eq!(parse_date("2026-03-01"), d);
        assert_eq!(parse_date("01.03.2026"), d);
        assert_eq!(parse_date("1.3.2026"), d);
        assert_eq!(parse_date("01.03.26"), d);
        assert_eq!(parse_date("31.02.2026"), None);
        assert_eq!(parse_date("März 2026"), None);
    }

    #[test]
    fn sniffs_separators() {
        assert_eq!(sniff_delimiter("id;name;\"a,b\"\n"), b';');
        assert_eq!(sniff_delimiter("id,name\n"), b',');
        assert_eq!(sniff_delimiter("id\tname\n"), b'\t');
    }

    #[test]
    fn windows_1252_umlauts() {
        let mut w = Vec::new();
        assert_eq!(decode("f", b"Fr\xfchst\xfcck \x80", &mut w), "Frühstück €");
        assert_eq!(w.len(), 1);
    }
}
