//! Numbers, amounts and dates the way each language writes them. Fluent formats none of these
//! by locale, and "1234.5" on a German screen reads wrong.

use chrono::NaiveDate;

struct Style {
    decimal: char,
    group: &'static str,
    /// Group only numbers with at least this many integer digits (Polish: 5).
    group_min: usize,
    /// Currency before the number ("€1,234") or after ("1.234 €").
    euro_first: bool,
}

fn style(lang: &str) -> Style {
    let base = lang.split(['-', '_']).next().unwrap_or(lang);
    match base {
        "en" => Style {
            decimal: '.',
            group: ",",
            group_min: 4,
            euro_first: true,
        },
        "tr" => Style {
            decimal: ',',
            group: ".",
            group_min: 4,
            euro_first: true,
        },
        "ru" | "uk" | "fa" => Style {
            decimal: ',',
            group: "\u{a0}",
            group_min: 4,
            euro_first: false,
        },
        "pl" => Style {
            decimal: ',',
            group: "\u{a0}",
            group_min: 5,
            euro_first: false,
        },
        // German style by default: the parent sees it so on every German letter and form.
        _ => Style {
            decimal: ',',
            group: ".",
            group_min: 4,
            euro_first: false,
        },
    }
}

/// A number with grouping; two decimals unless it is whole.
pub fn number(lang: &str, n: f64) -> String {
    let st = style(lang);
    let rounded = (n * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let abs = rounded.abs();
    let whole = abs.trunc() as u64;
    let cents = ((abs - abs.trunc()) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut int_part = String::new();
    if digits.len() >= st.group_min {
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                int_part.push_str(st.group);
            }
            int_part.push(c);
        }
    } else {
        int_part = digits;
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&int_part);
    if cents > 0 {
        out.push(st.decimal);
        out.push_str(&format!("{cents:02}"));
    }
    out
}

pub fn money(lang: &str, n: f64) -> String {
    let st = style(lang);
    let num = number(lang, n);
    if st.euro_first {
        format!("€{num}")
    } else {
        format!("{num}\u{a0}€")
    }
}

/// Dates as on German letters (dd.mm.yyyy), which is what parents must match them against.
pub fn date(_lang: &str, d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_per_language() {
        assert_eq!(money("de", 1234.56), "1.234,56\u{a0}€");
        assert_eq!(money("de", 259.0), "259\u{a0}€");
        assert_eq!(money("de", 202.68), "202,68\u{a0}€");
        assert_eq!(money("en", 1234.5), "€1,234.50");
        assert_eq!(number("pl", 4260.0), "4260");
        assert_eq!(number("pl", 12345.0), "12\u{a0}345");
        assert_eq!(number("ru", 4260.0), "4\u{a0}260");
        assert_eq!(number("de", -3.0), "-3");
        assert_eq!(
            date("de", NaiveDate::from_ymd_opt(2026, 1, 1).expect("date")),
            "01.01.2026"
        );
    }
}
