//! What an offers step shows: a page of short cards, phone-sized, in the parent's language.
//!
//! The engine only says "offers with these tags here" (`Block::Offers`); this module looks them
//! up, matches them to the parent and renders the cards. It reads through [`OfferFinder`], so
//! the conversation layer stays testable without sled.

use wegweiser_content::i18n::{bidi, format, Locales, SOURCE_LANG};
use wegweiser_core::dialog::expr::Value;
use wegweiser_core::engine::{Arg, Msg, State};

use super::index::{IndexPage, ListRequest};
use super::matching::{Profile, Ranked, FACT_CHILDCARE, FACT_OFF_HOURS, FACT_POSTCODE};
use super::model::{day_ranges, hhmm, Kind, OffHours, Offer, Office, TextField};
use super::store::{OfferStore, PostcodeArea};
use super::OfferError;

/// Cards per page: three fit a phone screen without scrolling far.
pub const PAGE_SIZE: usize = 3;
/// Longest description shown on a card of a list, in characters; a list's only card shows
/// its texts whole.
const DESCRIPTION_CHARS: usize = 160;

/// Read access to offers, as the conversation needs it.
pub trait OfferFinder: Send + Sync {
    /// One ranked page of a list, with the records of the shown offers.
    fn list(&self, req: &ListRequest, p: &Profile) -> Result<(IndexPage, Vec<Ranked>), OfferError>;
    fn postcode_area(&self, postcode: &str) -> Result<PostcodeArea, OfferError>;
    /// The district of a postcode from the coordinators' postcode table, if it lists it.
    fn district_of(&self, postcode: &str) -> Option<String>;
    /// Office keys or tags listed first on lists reached from `screen`, by the areas file of
    /// `network`'s sheet (or of a sheet without a network).
    fn first_for(&self, network: Option<&str>, screen: &str) -> Vec<String>;
}

impl OfferFinder for OfferStore {
    fn list(&self, req: &ListRequest, p: &Profile) -> Result<(IndexPage, Vec<Ranked>), OfferError> {
        self.list_page(req, p)
    }

    /// From the ranking index (the same figures `OfferStore::postcode_area` reads from sled,
    /// precomputed at every rebuild): a page must not decode every offer at the postcode.
    fn postcode_area(&self, postcode: &str) -> Result<PostcodeArea, OfferError> {
        Ok(self.served().index.postcode_area(postcode))
    }

    fn district_of(&self, postcode: &str) -> Option<String> {
        self.served().areas.district(postcode).map(str::to_string)
    }

    fn first_for(&self, network: Option<&str>, screen: &str) -> Vec<String> {
        let served = self.served();
        [network.unwrap_or(""), ""]
            .iter()
            .filter_map(|n| served.by_network.get(*n))
            .find_map(|a| a.first.get(screen).cloned())
            .unwrap_or_default()
    }
}

/// How far back the screen a list was reached from may be: the screen itself, then perhaps
/// the postcode question and a branch in between.
const FROM_SCREEN_DEPTH: usize = 3;

/// The parent as matching sees them: chat language, shared location or postcode, the answers
/// about childcare and off-hours, their facts, and the screen they came from.
pub fn profile(finder: &dyn OfferFinder, state: &State) -> Result<Profile, OfferError> {
    let mut p = Profile {
        lang: state
            .lang
            .clone()
            .unwrap_or_else(|| SOURCE_LANG.to_string()),
        location: state.location,
        location_shared: state.location.is_some(),
        facts: state.facts.clone(),
        ..Profile::default()
    };
    if let Some(Value::Text(pc)) = state.facts.get(FACT_POSTCODE) {
        let area = finder.postcode_area(pc)?;
        p.district = finder.district_of(pc).or(area.district);
        if p.location.is_none() {
            p.location = area.centre;
        }
    }
    if let Some(Value::Text(n)) = state.facts.get(wegweiser_core::networks::FACT_NETWORK) {
        p.network = Some(n.clone());
    }
    p.needs_childcare = matches!(state.facts.get(FACT_CHILDCARE), Some(Value::Bool(true)));
    if let Some(Value::Text(w)) = state.facts.get(FACT_OFF_HOURS) {
        let mut o = OffHours::default();
        o.set(w);
        p.off_hours = o;
    }
    p.first = state
        .history
        .iter()
        .rev()
        .take(FROM_SCREEN_DEPTH)
        .map(|f| finder.first_for(p.network.as_deref(), &f.node))
        .find(|f| !f.is_empty())
        .unwrap_or_default();
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
    list(
        finder,
        state,
        ListRequest {
            tags: tags.to_vec(),
            office: None,
            page: state.offers_page as usize,
            page_size: PAGE_SIZE,
        },
    )
}

/// The first page of the offers of one office (a tap on an office the benefit check names).
pub fn office_page(
    finder: &dyn OfferFinder,
    state: &State,
    office: Office,
) -> Result<Page, OfferError> {
    list(
        finder,
        state,
        ListRequest {
            tags: Vec::new(),
            office: Some(office),
            page: 0,
            page_size: PAGE_SIZE,
        },
    )
}

fn list(finder: &dyn OfferFinder, state: &State, req: ListRequest) -> Result<Page, OfferError> {
    let profile = profile(finder, state)?;
    let (ix, shown) = finder.list(&req, &profile)?;
    Ok(Page {
        more: ix.first + ix.shown.len() < ix.total,
        shown,
        total: ix.total,
        first: ix.first,
        relaxed: ix.relaxed,
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
        // One card alone has the screen to itself: nothing of it is cut.
        let length = if page.total == 1 {
            CardLength::Full
        } else {
            CardLength::Short
        };
        parts.push(card_of(locales, lang, &r, length));
    }
    parts.join("\n\n")
}

/// An office with no stored entry: say so, naming it, rather than show an empty screen.
pub fn render_office_none(locales: &Locales, lang: &str, _office: Office) -> String {
    locales.render(lang, &Msg::new("offers-office-none"), &[])
}

/// How much of an offer's texts a card shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardLength {
    /// Whole sentences up to [`DESCRIPTION_CHARS`], so three cards fit a screen.
    Short,
    Full,
}

/// One offer in a few short lines, as on a list.
pub fn card(locales: &Locales, lang: &str, r: &Ranked) -> String {
    card_of(locales, lang, r, CardLength::Short)
}

/// One offer; lines without data, and values marked `[verify]`, are left out, and a missing
/// address or opening hours says so with a way to ask (a parent must not set off on a guess).
/// Texts without a translation are shown in German, marked as German.
pub fn card_of(locales: &Locales, lang: &str, r: &Ranked, length: CardLength) -> String {
    let o = &r.offer;
    // A whole line of the card (right-to-left marks included) or a piece of one.
    let m = |msg: Msg| locales.render(lang, &msg, &[]);
    let part = |msg: Msg| locales.render_part(lang, &msg, &[]);
    let text = |s: &str| Arg::Text(s.to_string());
    // Text of the sheet translated into the parent's language: a sentence of the line, in the
    // line's direction even where it starts with a German name ("BCA در جاب‌سنتر …"). A
    // leading right-to-left mark says so; such a value is not isolated (i18n::bidi).
    let own = |s: &str| {
        Arg::Text(if wegweiser_content::i18n::is_rtl(lang) {
            format!("{}{s}", bidi::RLM)
        } else {
            s.to_string()
        })
    };
    let shown = |column: &str, value: &str| !value.is_empty() && o.shown(column);
    let provider = shown("provider", &o.provider).then_some(o.provider.as_str());
    let title = match o.localized(TextField::Name, lang) {
        Some(n) => n.text.to_string(),
        None => provider.unwrap_or_default().to_string(),
    };
    let translated_title = o
        .localized(TextField::Name, lang)
        .is_some_and(|n| !n.german);
    let mut lines = vec![m(Msg::new("offers-card-title")
        .arg(
            "name",
            if translated_title {
                own(&title)
            } else {
                text(&title)
            },
        )
        .arg("kind", Arg::Msg(Box::new(Msg::new(o.kind.message_id())))))];
    // A translated name helps to understand; the German one is what the door says.
    if o.shown("name") && title != o.name && !o.name.is_empty() {
        lines.push(m(Msg::new("offers-card-name-de").arg("name", text(&o.name))));
    }
    if let Some(p) = provider {
        if !title.to_lowercase().contains(&p.to_lowercase())
            && !o.name.to_lowercase().contains(&p.to_lowercase())
        {
            lines.push(m(Msg::new("offers-card-provider").arg("provider", text(p))));
        }
    }
    for (field, id) in [
        (TextField::Description, "offers-card-description"),
        (TextField::Info, "offers-card-info"),
    ] {
        if let Some(l) = o.localized(field, lang) {
            let short = match length {
                CardLength::Full => l.text.to_string(),
                CardLength::Short => shorten(l.text, DESCRIPTION_CHARS),
            };
            let line = if l.german {
                Msg::new("offers-card-in-german").arg(
                    "text",
                    Arg::Msg(Box::new(Msg::new(id).arg("text", Arg::Text(short)))),
                )
            } else {
                Msg::new(id).arg("text", own(&short))
            };
            lines.push(m(line));
        }
    }
    let town = [
        (o.shown("postcode"), o.postcode.as_str()),
        (o.shown("district"), o.district.as_str()),
    ]
    .iter()
    .filter(|(ok, s)| *ok && !s.is_empty())
    .map(|(_, s)| *s)
    .collect::<Vec<_>>()
    .join(" ");
    let address = if shown("address", &o.address) {
        o.address.as_str()
    } else {
        ""
    };
    let place = [address, town.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    let place_known = !place.is_empty();
    if place_known {
        lines.push(m(
            Msg::new("offers-card-place").arg("place", Arg::Text(place))
        ));
    }
    if let Some(km) = r.km.filter(|_| o.shown("lat") && o.shown("lon")) {
        lines.push(m(
            Msg::new("offers-card-distance").arg("km", Arg::Text(km_text(lang, km)))
        ));
    }
    let hours_known = o.shown("hours") && (!o.hours.is_empty() || o.by_appointment);
    // An empty address with a web site is an online service; a hidden one is a door not yet
    // confirmed.
    let place_unconfirmed =
        !place_known && o.kind != Kind::Hotline && (!o.address.is_empty() || !shown("web", &o.web));
    let what = match (place_unconfirmed, !hours_known) {
        (true, true) => Some("offers-unconfirmed-both"),
        (true, false) => Some("offers-unconfirmed-place"),
        (false, true) => Some("offers-unconfirmed-hours"),
        (false, false) => None,
    };
    if let Some(what) = what {
        let action = if shown("phone", &o.phone) {
            "offers-ask-phone"
        } else if shown("web", &o.web) {
            "offers-ask-web"
        } else {
            "offers-ask-other"
        };
        lines.push(m(Msg::new("offers-card-ask-first")
            .arg("what", Arg::Msg(Box::new(Msg::new(what))))
            .arg("action", Arg::Msg(Box::new(Msg::new(action))))));
    }
    if hours_known {
        let mut parts = Vec::new();
        if !o.hours.is_empty() {
            parts.push(hours_text(locales, lang, o));
        }
        if o.by_appointment {
            parts.push(part(Msg::new("offers-by-appointment")));
        }
        lines.push(m(Msg::new("offers-card-hours")
            .arg("hours", Arg::Text(parts.join(format::semicolon(lang))))));
    }
    if o.off_hours.any() && o.shown("off_hours") {
        let mut times = Vec::new();
        for (on, id) in [
            (o.off_hours.early, "offers-offhours-early"),
            (o.off_hours.late, "offers-offhours-late"),
            (o.off_hours.weekend, "offers-offhours-weekend"),
        ] {
            if on {
                times.push(part(Msg::new(id)));
            }
        }
        lines.push(m(Msg::new("offers-card-offhours")
            .arg("times", Arg::Text(times.join(format::comma(lang))))));
    }
    if o.childcare && o.shown("childcare") {
        lines.push(m(Msg::new("offers-card-childcare")));
    }
    if o.shown("languages") && o.languages.iter().any(|l| l != SOURCE_LANG) {
        let names: Vec<String> = o
            .languages
            .iter()
            .map(|c| language_name(locales, c))
            .collect();
        lines
            .push(m(Msg::new("offers-card-languages")
                .arg("languages", Arg::Text(name_list(lang, &names)))));
    }
    if let Some(c) = o.cost.filter(|_| o.shown("cost")) {
        lines
            .push(m(Msg::new("offers-card-cost")
                .arg("cost", Arg::Msg(Box::new(Msg::new(c.message_id()))))));
    }
    for (value, id, var) in [
        (&o.phone, "offers-card-phone", "phone"),
        (&o.email, "offers-card-email", "email"),
        (&o.web, "offers-card-web", "web"),
    ] {
        if shown(var, value) {
            lines.push(m(Msg::new(id).arg(var, text(value))));
        }
    }
    lines.push(m(
        Msg::new("offers-card-checked").arg("date", Arg::Date(o.last_checked))
    ));
    lines.join("\n")
}

/// `text` cut to whole sentences within `max` characters, else at a word with "…": a card
/// never ends mid-word.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let head: String = text.chars().take(max).collect();
    let sentence_end = head
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?' | '؟' | '۔' | '…')
                && head[i + c.len_utf8()..].starts_with(' ')
        })
        .map(|(i, c)| i + c.len_utf8())
        .next_back();
    if let Some(end) = sentence_end.filter(|&e| e >= max / 3) {
        return format!("{} …", head[..end].trim_end());
    }
    wegweiser_content::i18n::cut::at_word(text, |h| h.chars().count() <= max)
}

/// A language as its speakers write it (Türkçe, العربية): the locale's own `lang-name` for the
/// bot's languages, else the `offers-lang-<code>` autonym of offers-list.ftl, else the code.
pub fn language_name(locales: &Locales, code: &str) -> String {
    if locales.has(code, "lang-name") {
        return locales.render_part(code, &Msg::new("lang-name").in_lang(code), &[]);
    }
    let id = format!("offers-lang-{code}");
    if locales.has(SOURCE_LANG, &id) {
        return locales.render_part(SOURCE_LANG, &Msg::new(id), &[]);
    }
    code.to_uppercase()
}

/// Names in several scripts as one list: in right-to-left text each name isolated in its own
/// direction and the list in the line's, so "العربية" and "Deutsch" keep their places.
fn name_list(lang: &str, names: &[String]) -> String {
    if !wegweiser_content::i18n::is_rtl(lang) {
        return names.join(format::comma(lang));
    }
    let isolated: Vec<String> = names
        .iter()
        .map(|n| bidi::isolate_first_strong(n))
        .collect();
    format!("{}{}", bidi::RLM, isolated.join(format::comma(lang)))
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
    let names: [String; 7] = DAY_IDS.map(|id| locales.render_part(lang, &Msg::new(id), &[]));
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
                day_ranges(r.days, &names, "–", format::comma(lang)),
                spans.join(format::comma(lang))
            )
        })
        .collect::<Vec<_>>()
        .join(format::semicolon(lang))
}

#[cfg(test)]
mod tests {
    use super::{km_text, shorten};

    #[test]
    fn cards_are_cut_at_sentences_or_words() {
        let text = "Erster Satz hier. Zweiter Satz ist länger als alles andere im Text.";
        assert_eq!(shorten(text, 200), text);
        assert_eq!(shorten(text, 40), "Erster Satz hier. …");
        assert_eq!(shorten("eins zwei drei vier fünf", 12), "eins zwei…");
        let fa = "جمله‌ی اول اینجاست. جمله‌ی دوم خیلی طولانی‌تر از همه است.";
        assert_eq!(shorten(fa, 30), "جمله‌ی اول اینجاست. …");
    }

    #[test]
    fn kilometres_with_one_decimal() {
        assert_eq!(km_text("de", 1.234), "1,2");
        assert_eq!(km_text("en", 1.26), "1.3");
        assert_eq!(km_text("de", 3.0), "3");
        assert_eq!(km_text("de", 10.04), "10");
    }
}
