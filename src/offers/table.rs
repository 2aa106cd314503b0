//! The coordinators' spreadsheet: reading (with validation) and writing offers as CSV.
//!
//! Real sheets come from German Excel and LibreOffice: semicolons instead of commas, a UTF-8
//! byte-order mark or Windows-1252 instead of UTF-8, Windows line endings, trailing empty rows,
//! dates as `01.03.2026`, decimal commas in coordinates, postcodes that lost their leading
//! zero. All of that is read as meant. Anything else wrong is reported, every problem of every
//! row as `file:line: message`, and then nothing is imported: a half-imported sheet is worse
//! than none, because nobody notices what is missing.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::model::{Cost, GeoPoint, Hours, Kind, OffHours, Offer};
use super::OfferError;

/// Columns in the order `export` writes them; descriptions (`description_<lang>`) follow
/// `last_checked`, `notes` comes last.
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
];

/// A row cannot do without these columns.
pub const REQUIRED: &[&str] = &["id", "name", "kind", "topics", "last_checked"];

const DESCRIPTION_PREFIX: &str = "description_";

/// Offers read from a file, each with the line it came from, plus harmless oddities.
#[derive(Debug, Default)]
pub struct Parsed {
    pub offers: Vec<(Offer, usize)>,
    pub warnings: Vec<String>,
}

/// Reads and validates a whole sheet. `name` is how the file is named in messages.
/// Returns every problem (as `name:line: message`) if there is any.
pub fn parse(name: &str, bytes: &[u8]) -> Result<Parsed, OfferError> {
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
        let known = COLUMNS.contains(&c.as_str())
            || c == "notes"
            || c == "description"
            || description_lang(c).is_some();
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
    let mut seen: HashMap<String, usize> = HashMap::new();
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
        let mut err = |m: String| row_errors.push(format!("{name}:{line}: {m}"));
        let offer = read_row(&row, &columns, &mut err);
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
}

/// Reads one row; `None` only if even the id is unusable (then other checks would only repeat it).
fn read_row(row: &Row, columns: &[String], err: &mut dyn FnMut(String)) -> Option<Offer> {
    let get = |c: &str| row.get(c);
    let rec = row.rec;
    let raw_id = get("id");
    let id = raw_id.to_lowercase();
    if id.is_empty() {
        err("id is empty: every offer needs a unique id (e.g. jc-bca)".into());
        return None;
    }
    if !is_slug(&id) || id.len() > 64 {
        err(format!(
            "id '{raw_id}' may only contain a-z, 0-9, - and _ (at most 64 characters)"
        ));
        return None;
    }
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
    let tags = slug_list(get("tags"), "tag", err);
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
    let hours = Hours::parse(get("hours")).unwrap_or_else(|e| {
        err(e.to_string());
        Hours::default()
    });
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
    for (i, c) in columns.iter().enumerate() {
        let lang = if c == "description" {
            Some("de")
        } else {
            description_lang(c)
        };
        if let (Some(lang), Some(text)) = (lang, rec.get(i).map(str::trim)) {
            if !text.is_empty() {
                descriptions.insert(lang.to_string(), text.to_string());
            }
        }
    }
    Some(Offer {
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
    let mut langs: Vec<&String> = Vec::new();
    for o in offers {
        for l in o.descriptions.keys() {
            if !langs.contains(&l) {
                langs.push(l);
            }
        }
    }
    langs.sort_by_key(|l| (l.as_str() != crate::i18n::SOURCE_LANG, l.as_str()));
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
    header.extend(langs.iter().map(|l| format!("{DESCRIPTION_PREFIX}{l}")));
    header.push("notes".into());
    w.write_record(&header).map_err(csv_write)?;
    for o in offers {
        let (lat, lon) = o.location.map_or((String::new(), String::new()), |p| {
            (p.lat.to_string(), p.lon.to_string())
        });
        let mut row = vec![
            o.id.clone(),
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
            o.hours.to_string(),
            o.off_hours.to_csv(),
            yes_no(o.childcare),
            o.cost.map(|c| c.as_str().to_string()).unwrap_or_default(),
            o.target_groups.join(","),
            o.phone.clone(),
            o.email.clone(),
            o.web.clone(),
            o.last_checked.format("%Y-%m-%d").to_string(),
        ];
        row.extend(
            langs
                .iter()
                .map(|l| o.descriptions.get(*l).cloned().unwrap_or_default()),
        );
        row.push(o.notes.clone());
        w.write_record(&row).map_err(csv_write)?;
    }
    w.flush().map_err(OfferError::Write)?;
    Ok(())
}

fn csv_write(e: ::csv::Error) -> OfferError {
    OfferError::Write(std::io::Error::other(e.to_string()))
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

fn description_lang(column: &str) -> Option<&str> {
    let lang = column.strip_prefix(DESCRIPTION_PREFIX)?;
    ((2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase())).then_some(lang)
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

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
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
