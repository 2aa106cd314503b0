//! Language tags: the source language, which languages run right to left, and matching a
//! requested tag against the shipped ones. Below the engine (`/language uk`) and the texts.

use unic_langid::LanguageIdentifier;

/// The source language: every other locale translates it, every chain ends in it.
pub const SOURCE_LANG: &str = "de";

/// Whether a language is written right to left (by its primary subtag).
pub fn is_rtl(lang: &str) -> bool {
    matches!(
        lang.split(['-', '_']).next().unwrap_or(lang),
        "ar" | "fa" | "he" | "ur" | "ckb" | "ps"
    )
}

/// Matches a requested language against the shipped ones: exact, then by language without
/// region (`ru-UA` -> `ru`). Case and `_` vs `-` do not matter.
pub fn negotiate_exact(requested: &str, available: &[String]) -> Option<String> {
    let req = requested.trim().replace('_', "-");
    let req_id: LanguageIdentifier = req.parse().ok()?;
    let available_ids: Vec<LanguageIdentifier> =
        available.iter().filter_map(|a| a.parse().ok()).collect();
    let found = fluent_langneg::negotiate_languages(
        &[req_id],
        &available_ids,
        None,
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    let chosen = found.first()?.to_string();
    available
        .iter()
        .find(|a| a.eq_ignore_ascii_case(&chosen))
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_by_language_without_region() {
        let avail: Vec<String> = ["de", "en", "ru", "uk"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(negotiate_exact("ru-UA", &avail), Some("ru".into()));
        assert_eq!(negotiate_exact("EN_gb", &avail), Some("en".into()));
        assert_eq!(negotiate_exact("uk", &avail), Some("uk".into()));
        assert_eq!(negotiate_exact("pt-BR", &avail), None);
        assert_eq!(negotiate_exact("", &avail), None);
        assert_eq!(negotiate_exact("!!", &avail), None);
    }

    #[test]
    fn right_to_left_by_primary_subtag() {
        assert!(is_rtl("ar") && is_rtl("fa-IR") && !is_rtl("de") && !is_rtl("uk"));
    }
}
