//! What an offers step shows: a page of short cards, phone-sized, in the parent's language.
//!
//! The engine only says "offers with these tags here" (`Block::Offers`); this module looks them
//! up, matches them to the parent and renders the cards. It reads through [`OfferFinder`], so
//! the conversation layer stays testable without sled.

use crate::dialog::expr::Value;
use crate::engine::{Arg, Msg, State};
use crate::i18n::{format, Locales, SOURCE_LANG};

use super::matching::{
    self, Profile, Ranked, Selection, FACT_CHILDCARE, FACT_OFF_HOURS, FACT_POSTCODE,
};
use super::model::{day_ranges, hhmm, OffHours, Offer};
use super::store::{OfferStore, PostcodeArea, Query};
use super::OfferError;

/// Cards per page: three fit a phone screen without scrolling far.
pub const PAGE_SIZE: usize = 3;
/// Longest description shown on a card, in characters.
const DESCRIPTION_CHARS: usize = 160;

/// Read access to offers, as the conversation needs it.
pub trait OfferFinder: Send + Sync {
    /// Offers carrying any of `labels` (topics or tags), through the index.
    fn with_labels(&self, labels: &[String]) -> Result<Vec<Offer>, OfferError>;
    fn postcode_area(&self, postcode: &str) -> Result<PostcodeArea, OfferError>;
}

impl OfferFinder for OfferStore {
    fn with_labels(&self, labels: &[String]) -> Result<Vec<Offer>, OfferError> {
        if labels.is_empty() {
            return Ok(Vec::new());
        }
        self.query(&Query {
            labels: labels.to_vec(),
            ..Query::default()
        })
    }

    fn postcode_area(&self, postcode: &str) -> Result<PostcodeArea, OfferError> {
        OfferStore::postcode_area(self, postcode)
    }
}

/// The parent as matching sees them: chat language, shared location or postcode, and the
/// answers about childcare and off-hours.
pub fn profile(finder: &dyn OfferFinder, state: &State) -> Result<Profile, OfferError> {
    let mut p = Profile {
        lang: state
            .lang
            .clone()
            .unwrap_or_else(|| SOURCE_LANG.to_string()),
        location: state.location,
        location_shared: state.location.is_some(),
        ..Profile::default()
    };
    if let Some(Value::Text(pc)) = state.facts.get(FACT_POSTCODE) {
        let area = finder.postcode_area(pc)?;
        p.district = area.district;
        if p.location.is_none() {
            p.location = area.centre;
        }
    }
    p.needs_childcare = matches!(state.facts.get(FACT_CHILDCARE), Some(Value::Bool(true)));
    if let Some(Value::Text(w)) = state.facts.get(FACT_OFF_HOURS) {
        let mut o = OffHours::default();
        o.set(w);
        p.off_hours = o;
    }
    Ok(p)
}

/// One page of an offers step.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub shown: Vec<Ranked>,
    pub total: usize,
    /// Index of the first shown offer in the whole list.
    pub first: usize,
    pub more: bool,
    pub relaxed: bool,
    /// The parent shared where they are, so distances mean something to them.
    pub show_distance: bool,
}

/// The page `state.offers_page` of the offers for `tags` (clamped to the last page, so a
/// "more" tapped twice on an old message shows the end rather than nothing).
pub fn page(finder: &dyn OfferFinder, state: &State, tags: &[String]) -> Result<Page, OfferError> {
    let profile = profile(finder, state)?;
    let Selection { offers, relaxed } = matching::select(finder.with_labels(tags)?, &profile, tags);
    let total = offers.len();
    let last_page = total.saturating_sub(1) / PAGE_SIZE;
    let page = (state.offers_page as usize).min(last_page);
    let first = page * PAGE_SIZE;
    let shown: Vec<Ranked> = offers.into_iter().skip(first).take(PAGE_SIZE).collect();
    Ok(Page {
        more: first + shown.len() < total,
        shown,
        total,
        first,
        relaxed,
        show_distance: profile.location_shared,
    })
}

/// The text of a page: a header line, then one card per offer.
pub fn render(locales: &Locales, lang: &str, page: &Page) -> String {
    let m = |msg: Msg| locales.render(lang, &msg, &[]);
    if page.total == 0 {
        return m(Msg::new("offers-none"));
    }
    let mut parts = Vec::new();
    if page.relaxed {
        parts.push(m(Msg::new("offers-relaxed")));
    }
    parts.push(m(Msg::new("offers-found")
        .arg("total", Arg::Num(page.total as f64))
        .arg("shown", Arg::Num(page.shown.len() as f64))
        .arg("from", Arg::Num((page.first + 1) as f64))
        .arg("to", Arg::Num((page.first + page.shown.len()) as f64))));
    for r in &page.shown {
        let r = if page.show_distance {
            r.clone()
        } else {
            Ranked {
                km: None,
                ..r.clone()
            }
        };
        parts.push(card(locales, lang, &r));
    }
    parts.join("\n\n")
}

/// One offer in a few short lines; lines without data are left out.
pub fn card(locales: &Locales, lang: &str, r: &Ranked) -> String {
    let o = &r.offer;
    let m = |msg: Msg| locales.render(lang, &msg, &[]);
    let text = |s: &str| Arg::Text(s.to_string());
    let mut lines = vec![m(Msg::new("offers-card-title")
        .arg("name", text(&o.name))
        .arg("kind", Arg::Msg(Box::new(Msg::new(o.kind.message_id())))))];
    if !o.provider.is_empty() && !o.name.to_lowercase().contains(&o.provider.to_lowercase()) {
        lines.push(m(
            Msg::new("offers-card-provider").arg("provider", text(&o.provider))
        ));
    }
    if let Some(d) = o.description(lang) {
        let mut short: String = d.chars().take(DESCRIPTION_CHARS).collect();
        if d.chars().count() > DESCRIPTION_CHARS {
            short.push('…');
        }
        lines.push(m(
            Msg::new("offers-card-description").arg("text", Arg::Text(short))
        ));
    }
    let town = [o.postcode.as_str(), o.district.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let place = [o.address.as_str(), town.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if !place.is_empty() {
        lines.push(m(
            Msg::new("offers-card-place").arg("place", Arg::Text(place))
        ));
    }
    if let Some(km) = r.km {
        lines.push(m(
            Msg::new("offers-card-distance").arg("km", Arg::Text(km_text(lang, km)))
        ));
    }
    if !o.hours.is_empty() {
        lines.push(m(
            Msg::new("offers-card-hours").arg("hours", Arg::Text(hours_text(locales, lang, o)))
        ));
    }
    if o.off_hours.any() {
        let mut times = Vec::new();
        for (on, id) in [
            (o.off_hours.early, "offers-offhours-early"),
            (o.off_hours.late, "offers-offhours-late"),
            (o.off_hours.weekend, "offers-offhours-weekend"),
        ] {
            if on {
                times.push(m(Msg::new(id)));
            }
        }
        lines.push(m(
            Msg::new("offers-card-offhours").arg("times", Arg::Text(times.join(", ")))
        ));
    }
    if o.childcare {
        lines.push(m(Msg::new("offers-card-childcare")));
    }
    if o.languages.iter().any(|l| l != SOURCE_LANG) {
        let names: Vec<String> = o
            .languages
            .iter()
            .map(|code| {
                if locales.has(code, "lang-name") {
                    locales.render(code, &Msg::new("lang-name").in_lang(code), &[])
                } else {
                    code.to_uppercase()
                }
            })
            .collect();
        lines.push(m(
            Msg::new("offers-card-languages").arg("languages", Arg::Text(names.join(", ")))
        ));
    }
    if let Some(c) = o.cost {
        lines
            .push(m(Msg::new("offers-card-cost")
                .arg("cost", Arg::Msg(Box::new(Msg::new(c.message_id()))))));
    }
    for (value, id, var) in [
        (&o.phone, "offers-card-phone", "phone"),
        (&o.email, "offers-card-email", "email"),
        (&o.web, "offers-card-web", "web"),
    ] {
        if !value.is_empty() {
            lines.push(m(Msg::new(id).arg(var, text(value))));
        }
    }
    lines.push(m(
        Msg::new("offers-card-checked").arg("date", Arg::Date(o.last_checked))
    ));
    lines.join("\n")
}

/// `1,2` in German, `1.2` in English: one decimal is enough for a walk.
fn km_text(lang: &str, km: f64) -> String {
    let rounded = (km * 10.0).round() / 10.0;
    let s = format::number(lang, rounded);
    // `number` writes two decimals ("1,20"); drop the second, always 0 here.
    if rounded.fract() != 0.0 && s.ends_with('0') {
        s[..s.len() - 1].to_string()
    } else {
        s
    }
}

/// Opening hours with the day names of the parent's language: `Mo–Fr 08:00–12:00`.
fn hours_text(locales: &Locales, lang: &str, o: &Offer) -> String {
    const DAY_IDS: [&str; 7] = [
        "offers-day-mo",
        "offers-day-tu",
        "offers-day-we",
        "offers-day-th",
        "offers-day-fr",
        "offers-day-sa",
        "offers-day-su",
    ];
    let names: [String; 7] = DAY_IDS.map(|id| locales.render(lang, &Msg::new(id), &[]));
    o.hours
        .rules()
        .iter()
        .map(|r| {
            let spans: Vec<String> = r
                .spans
                .iter()
                .map(|(a, b)| format!("{}–{}", hhmm(*a), hhmm(*b)))
                .collect();
            format!(
                "{} {}",
                day_ranges(r.days, &names, "–", ", "),
                spans.join(", ")
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::km_text;

    #[test]
    fn kilometres_with_one_decimal() {
        assert_eq!(km_text("de", 1.234), "1,2");
        assert_eq!(km_text("en", 1.26), "1.3");
        assert_eq!(km_text("de", 3.0), "3");
        assert_eq!(km_text("de", 10.04), "10");
    }
}
