//! A shared location (Telegram's 📎 → Location, or any channel's) while the bot asks for the postcode: the
//! location answers the question instead of being thanked for and the question asked again.
//!
//! Which postcode: the one of the imported offer nearest to the place, if one lies within
//! [`MAX_KM`]. The offers sheet is the only map of postcodes the bot has (no postcode table in
//! the code, none to keep up to date), and in a city with offers in every district the nearest
//! offer's postcode is the parent's own or the one next to it, close enough for what the
//! postcode is used for here: ranking offers by district and distance. The parent is told
//! which postcode was taken and how to correct it. Farther away, nothing is guessed.

use chrono::NaiveDate;

use wegweiser_conversation::conversation::{Content, Rendered};
use wegweiser_core::dialog::{InputFormat, NodeKind};
use wegweiser_core::engine::{Arg, Input, Msg, State};
use wegweiser_offers::{GeoPoint, Offer, Query};

use crate::ui::Texts;
use crate::App;

/// Farther than this from every offer, a place is not in the network's area.
pub const MAX_KM: f64 = 5.0;

/// An offer as far as the postcode lookup cares: postcode, district, place.
type Spot<'a> = (&'a str, &'a str, Option<GeoPoint>);

fn spot(o: &Offer) -> Spot<'_> {
    (o.postcode.trim(), o.district.trim(), o.location)
}

/// The postcode and district of the offer nearest to `at`, if one is within [`MAX_KM`].
pub fn postcode_near<'a>(
    offers: impl IntoIterator<Item = Spot<'a>>,
    at: GeoPoint,
) -> Option<(String, Option<String>)> {
    offers
        .into_iter()
        .filter(|(pc, _, _)| pc.len() == 5 && pc.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|(pc, d, p)| p.map(|p| (p.km_to(&at), pc, d)))
        .filter(|(km, _, _)| *km <= MAX_KM)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, pc, d)| {
            (
                pc.to_string(),
                Some(d.to_string()).filter(|d| !d.is_empty()),
            )
        })
}

/// Whether the step shown asks for a postcode.
fn asks_postcode(content: &Content, state: &State) -> bool {
    matches!(
        content.tree.node(&state.node).map(|n| &n.kind),
        Some(NodeKind::Input {
            format: InputFormat::Postcode,
            ..
        })
    )
}

/// A location (or any other input the engine takes as it is) from the parent: the engine's
/// step, and at a postcode question also the postcode answer. Returns a notice to put above
/// the reply.
pub fn shared(
    app: &App,
    content: &Content,
    state: &State,
    input: &Input,
    today: NaiveDate,
    texts: &Texts,
) -> (State, Rendered, Option<Msg>) {
    let (next, rendered) = content.handle(state, input, today);
    let Input::Location { lat, lon } = input else {
        return (next, rendered, None);
    };
    if !asks_postcode(content, &next) {
        return (next, rendered, None);
    }
    let near = GeoPoint::new(*lat, *lon).and_then(|at| {
        let offers = app.offers.as_ref()?.query(&Query::default());
        let offers = offers
            .map_err(|e| tracing::error!(error = %e, "reading the offers for a postcode failed"))
            .ok()?;
        postcode_near(offers.iter().map(spot), at)
    });
    match near {
        Some((postcode, district)) => {
            // The same answer as the digits typed: validated, undone by "back".
            let (answered, r) = content.handle(&next, &Input::Text(postcode.clone()), today);
            let place = match district {
                Some(d) => format!("{postcode} {d}"),
                None => postcode,
            };
            let notice = Msg::new(texts.postcode_from_location).arg("place", Arg::Text(place));
            (answered, r, Some(notice))
        }
        // The place is kept (offers are ranked by distance to it); the question stays, with
        // why, and without the thanks that would sound as if it had been answered.
        None => {
            let r = content.current(&next, today);
            (next, r, Some(Msg::new(texts.location_no_postcode)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_offer_within_reach_gives_the_postcode() {
        let at = |a, b| GeoPoint::new(a, b);
        let offers = [
            ("42103", "Elberfeld", at(51.256, 7.151)),
            ("42275", "Barmen", at(51.271, 7.199)),
            ("42285", "", at(51.266, 7.183)),
            ("", "Nowhere", at(51.2601, 7.1601)),
            ("4210", "Typo", at(51.2562, 7.1508)),
            ("42999", "Placeless", None),
        ];
        let near = |a, b| postcode_near(offers, GeoPoint::new(a, b).expect("a place"));
        assert_eq!(
            near(51.2562, 7.1508),
            Some(("42103".into(), Some("Elberfeld".into())))
        );
        assert_eq!(
            near(51.272, 7.2),
            Some(("42275".into(), Some("Barmen".into())))
        );
        assert_eq!(near(51.2665, 7.1835), Some(("42285".into(), None)));
        // Berlin: no guess.
        assert_eq!(near(52.52, 13.405), None);
        let nowhere: [Spot; 0] = [];
        assert_eq!(
            postcode_near(nowhere, GeoPoint::new(51.2, 7.1).expect("a place")),
            None
        );
    }
}
