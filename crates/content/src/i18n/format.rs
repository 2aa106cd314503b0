//! Numbers, amounts and dates the way each language writes them.
//!
//! Grouping and the decimal sign come from CLDR through ICU4X's decimal formatter (compiled
//! data, no files at run time), so "4.260" and "4.260,50" follow one rule per language, and
//! Polish writes "4260" but "12 345" (CLDR's minimum grouping digits). Fluent's own number
//! output knows no locale: [`fluent_formatter`] replaces it in every bundle, so whole numbers
//! passed for plural selection are grouped like the rest.
//!
//! Digits are Latin in every language (`-u-nu-latn`), also in Arabic and Persian, whose CLDR
//! default may be Arabic-Indic digits: parents in Germany match these amounts and dates
//! against letters from German offices, which use Latin digits only.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, RwLock};

use chrono::NaiveDate;
use fluent_bundle::types::{FluentNumber, FluentNumberStyle};
use fluent_bundle::FluentValue;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use super::bidi;

/// One language's number formats: CLDR's decimal formatter plus where the euro sign goes.
pub struct NumberFormat {
    /// `None` only if ICU4X has no data even for the root locale; then plain digits.
    decimal: Option<DecimalFormatter>,
    /// Currency before the number ("€1,234") or after ("1.234 €"), as parents see it in
    /// their language (CLDR's currency patterns are not in ICU4X's stable crates yet).
    euro_first: bool,
    /// Numbers written into right-to-left text are isolated as left-to-right units.
    rtl: bool,
}

impl NumberFormat {
    pub fn new(lang: &str) -> NumberFormat {
        let base = lang.split(['-', '_']).next().unwrap_or(lang);
        let locale = format!("{base}-u-nu-latn")
            .parse::<Locale>()
            .or_else(|_| "und-u-nu-latn".parse::<Locale>());
        let decimal = locale
            .ok()
            .and_then(|l| DecimalFormatter::try_new(l.into(), Default::default()).ok());
        if decimal.is_none() {
            tracing::error!(lang, "no CLDR number format; plain digits");
        }
        NumberFormat {
            decimal,
            euro_first: matches!(base, "en" | "tr"),
            rtl: super::is_rtl(lang),
        }
    }

    /// A number with grouping; two decimals unless it is whole.
    pub fn number(&self, n: f64) -> String {
        let cents = (n * 100.0).round();
        // Beyond i64 (never an amount of this bot): no rounding to cents, plain digits.
        if !cents.is_finite() || cents.abs() >= i64::MAX as f64 {
            return n.to_string();
        }
        let cents = cents as i64;
        let d = if cents % 100 == 0 {
            Decimal::from(cents / 100)
        } else {
            let mut d = Decimal::from(cents);
            d.multiply_pow10(-2);
            d
        };
        match &self.decimal {
            Some(f) => f.format(&d).to_string(),
            None => d.to_string(),
        }
    }

    /// An amount in euros.
    pub fn money(&self, n: f64) -> String {
        let num = self.number(n);
        if self.euro_first {
            format!("€{num}")
        } else {
            format!("{num}\u{a0}€")
        }
    }

    /// What Fluent writes for a number value: an amount if it is one, else a number; in
    /// right-to-left languages isolated, so "2 000" is never laid out as "000 2".
    fn fluent(&self, n: &FluentNumber) -> String {
        let text = if n.options.style == FluentNumberStyle::Currency {
            self.money(n.value)
        } else {
            self.number(n.value)
        };
        if self.rtl {
            bidi::isolate_ltr(&text)
        } else {
            text
        }
    }
}

impl intl_memoizer::Memoizable for NumberFormat {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(NumberFormat::new(&lang.to_string()))
    }
}

/// The formatter of every bundle ([`fluent_bundle::bundle::FluentBundle::set_formatter`]):
/// numbers in CLDR's formats from the bundle's memoizer (built once per language), and in
/// right-to-left languages text values isolated where they are written (see [`bidi`]). Text is
/// isolated here rather than when it is passed, so selectors (`{ $buergergeld -> … }`) still
/// see the bare value. A value already starting with a bidi control has its direction settled
/// (`Locales::value`) and is written as it is.
pub fn fluent_formatter(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => intls
            .with_try_get::<NumberFormat, _, _>((), |f| f.fluent(n))
            .ok(),
        FluentValue::String(s) if !s.starts_with(bidi::is_control) => intls
            .with_try_get::<NumberFormat, _, _>((), |f| {
                f.rtl.then(|| bidi::isolate_first_strong(s))
            })
            .ok()
            .flatten(),
        _ => None,
    }
}

/// Formats outside Fluent (kilometres on a card), built once per language.
fn cached(lang: &str) -> Arc<NumberFormat> {
    static CACHE: LazyLock<RwLock<HashMap<String, Arc<NumberFormat>>>> =
        LazyLock::new(Default::default);
    if let Some(f) = CACHE.read().ok().and_then(|c| c.get(lang).cloned()) {
        return f;
    }
    let f = Arc::new(NumberFormat::new(lang));
    if let Ok(mut c) = CACHE.write() {
        c.insert(lang.to_string(), f.clone());
    }
    f
}

/// A number with grouping; two decimals unless it is whole.
pub fn number(lang: &str, n: f64) -> String {
    cached(lang).number(n)
}

/// An amount in euros, two decimals unless whole.
pub fn money(lang: &str, n: f64) -> String {
    cached(lang).money(n)
}

/// The comma between the items of a list: Arabic and Persian write "،".
pub fn comma(lang: &str) -> &'static str {
    if arabic_script(lang) {
        "، "
    } else {
        ", "
    }
}

/// The semicolon between groups of a list: Arabic and Persian write "؛".
pub fn semicolon(lang: &str) -> &'static str {
    if arabic_script(lang) {
        "؛ "
    } else {
        "; "
    }
}

fn arabic_script(lang: &str) -> bool {
    matches!(
        lang.split(['-', '_']).next().unwrap_or(lang),
        "ar" | "fa" | "ur" | "ps" | "ckb"
    )
}

/// Dates as on German letters (dd.mm.yyyy), which is what parents must match them against.
pub fn date(_lang: &str, d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NB: char = '\u{a0}';

    #[test]
    fn german_amounts_whole_and_fractional_alike() {
        assert_eq!(money("de", 4260.5), format!("4.260,50{NB}€"));
        assert_eq!(money("de", 4260.0), format!("4.260{NB}€"));
        assert_eq!(money("de", 1234.56), format!("1.234,56{NB}€"));
        assert_eq!(money("de", 259.0), format!("259{NB}€"));
        assert_eq!(money("de", 202.68), format!("202,68{NB}€"));
        assert_eq!(number("de", 4260.0), "4.260");
        assert_eq!(number("de", -3.0), "-3");
        assert_eq!(number("de", 0.5), "0,50");
    }

    #[test]
    fn english_and_turkish_put_the_euro_first() {
        assert_eq!(money("en", 4260.5), "€4,260.50");
        assert_eq!(money("en", 1234.5), "€1,234.50");
        assert_eq!(number("en", 12345.0), "12,345");
        assert_eq!(money("tr", 4260.5), "€4.260,50");
    }

    #[test]
    fn polish_groups_from_five_digits() {
        assert_eq!(number("pl", 4260.0), "4260");
        assert_eq!(number("pl", 4260.5), "4260,50");
        assert_eq!(number("pl", 12345.0), "12\u{a0}345");
        assert_eq!(money("pl", 12345.0), format!("12\u{a0}345{NB}€"));
    }

    #[test]
    fn cyrillic_and_romanian_per_cldr() {
        assert_eq!(number("ru", 4260.0), "4\u{a0}260");
        assert_eq!(number("uk", 4260.5), "4\u{a0}260,50");
        assert_eq!(number("ro", 4260.5), "4.260,50");
    }

    #[test]
    fn arabic_and_persian_keep_latin_digits() {
        for lang in ["ar", "fa"] {
            let s = number(lang, 4260.5);
            assert!(
                s.chars().filter(char::is_ascii_digit).collect::<String>() == "426050",
                "{lang}: {s}"
            );
            assert!(
                !s.chars().any(|c| ('\u{660}'..='\u{6F9}').contains(&c)),
                "{s}"
            );
        }
        assert_eq!(number("fa", 2000.0), "2,000");
        assert_eq!(number("ar", 2000.0), "2,000");
    }

    #[test]
    fn dates_as_on_german_letters() {
        assert_eq!(
            date("fa", NaiveDate::from_ymd_opt(2026, 1, 1).expect("date")),
            "01.01.2026"
        );
    }
}
