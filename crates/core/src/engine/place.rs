//! Where the parent lives, as the engine sees it (issue 14): a postcode, a shared place, a
//! flyer link or a tap on a town becomes the facts `network`, `land` and `town`, taken from the
//! networks of the tree (`networks/*/network.toml`), so dialogs can condition on the Land and
//! offers lists show only the parent's network. Pure: the networks are data in the tree.

use crate::dialog::expr::Value;
use crate::dialog::Tree;
use crate::networks::{Place, FACT_LAND, FACT_NETWORK, FACT_POSTCODE, FACT_TOWN, OUTSIDE};

use super::reply::{Arg, Block, Button, Msg, Reply};
use super::Key;

/// Messages this module shows, with the variables it passes.
pub const MESSAGES: &[(&str, &[&str])] = &[
    ("place-pick-town", &["postcode"]),
    ("place-town-option", &["town"]),
    ("place-pick-network", &[]),
    ("place-network-option", &["place"]),
    ("place-elsewhere", &[]),
    ("place-outside", &[]),
    ("place-nationwide", &[]),
];

/// The fact changes that put the parent in `network` (`None`: outside every network) and
/// `town`: the Land follows the network, an unknown one is removed.
pub fn facts_for(
    tree: &Tree,
    network: Option<&str>,
    town: Option<&str>,
) -> Vec<(String, Option<Value>)> {
    let net = network.and_then(|id| tree.networks.get(id));
    vec![
        (
            FACT_NETWORK.to_string(),
            Some(Value::Text(
                net.map_or(OUTSIDE.to_string(), |n| n.id.clone()),
            )),
        ),
        (
            FACT_LAND.to_string(),
            net.map(|n| Value::Text(n.land.clone())),
        ),
        (
            FACT_TOWN.to_string(),
            town.filter(|_| net.is_some())
                .map(|t| Value::Text(t.to_string())),
        ),
    ]
}

/// What a typed postcode sets, or the places to choose from when it is shared.
pub enum Resolved {
    Set(Vec<(String, Option<Value>)>),
    Ask(Vec<Place>),
}

pub fn resolve(tree: &Tree, postcode: &str) -> Resolved {
    let mut set = vec![(
        FACT_POSTCODE.to_string(),
        Some(Value::Text(postcode.to_string())),
    )];
    if tree.networks.is_empty() {
        return Resolved::Set(set);
    }
    match tree.networks.resolve(postcode) {
        [] => set.extend(facts_for(tree, None, None)),
        [one] => set.extend(facts_for(tree, one.network.as_deref(), Some(&one.town))),
        many => return Resolved::Ask(many.to_vec()),
    }
    Resolved::Set(set)
}

/// The "which town?" screen for a shared postcode.
pub fn town_screen(tree: &Tree, postcode: &str, r: &mut Reply) {
    r.blocks.push(Block::Msg(
        Msg::new("place-pick-town").arg("postcode", Arg::Text(postcode.to_string())),
    ));
    for (i, p) in tree.networks.resolve(postcode).iter().enumerate() {
        r.buttons.push(Button::new(
            Key::Town(i),
            Msg::new("place-town-option").arg("town", Arg::Text(p.town.clone())),
        ));
    }
}

/// The network a parent is in, if the facts say: `Some(None)` outside every network.
pub fn network_of(s: &super::State) -> Option<Option<&str>> {
    match s.facts.get(FACT_NETWORK) {
        Some(Value::Text(n)) if n == OUTSIDE => Some(None),
        Some(Value::Text(n)) => Some(Some(n.as_str())),
        _ => None,
    }
}

/// An offers step, by where the parent is: their network's offers (`None`: show them as
/// usual); with several networks and none known, the choice of the network; outside every
/// network, the honest answer: no local offers known, what holds everywhere.
pub fn offers_blocks(tree: &Tree, s: &super::State, tags: &[String], r: &mut Reply) -> bool {
    if tree.networks.is_empty() {
        return false;
    }
    match network_of(s) {
        Some(Some(_)) => false,
        Some(None) => {
            r.blocks.push(Block::Outside {
                tags: tags.to_vec(),
            });
            r.blocks.push(Block::Msg(Msg::new("place-outside")));
            r.blocks.push(Block::Msg(Msg::new("place-nationwide")));
            true
        }
        None if tree.networks.list.len() == 1 => false,
        None => {
            r.blocks.push(Block::Msg(Msg::new("place-pick-network")));
            for n in &tree.networks.list {
                r.buttons.push(Button::new(
                    Key::Network(n.id.clone()),
                    Msg::new("place-network-option").arg("place", Arg::Text(n.place.clone())),
                ));
            }
            r.buttons.push(Button::new(
                Key::Network(OUTSIDE.to_string()),
                Msg::new("place-elsewhere"),
            ));
            true
        }
    }
}

/// `hagen-money` -> (`hagen`, `Some("money")`); `hagen` -> (`hagen`, `None`), for a network of
/// the tree.
pub fn split_start<'a>(tree: &Tree, payload: &'a str) -> Option<(&'a str, Option<&'a str>)> {
    let p = payload.trim();
    if tree.networks.get(p).is_some() {
        return Some((p, None));
    }
    let (net, topic) = p.split_once('-')?;
    tree.networks.get(net)?;
    Some((net, Some(topic)))
}

/// The network's name and contact for messages: `network_name`, `network_place`,
/// `network_contact` (its confirmed contact details, one a line).
pub fn globals(tree: &Tree, s: &super::State) -> Vec<(String, Arg)> {
    let Some(Some(id)) = network_of(s) else {
        return Vec::new();
    };
    let Some(n) = tree.networks.get(id) else {
        return Vec::new();
    };
    vec![
        ("network_name".to_string(), Arg::Text(n.name.clone())),
        ("network_place".to_string(), Arg::Text(n.place.clone())),
        (
            "network_contact".to_string(),
            Arg::Text(n.contact.join(" · ")),
        ),
    ]
}

/// Names of [`globals`], for `check`.
pub const GLOBAL_NAMES: &[&str] = &["network_name", "network_place", "network_contact"];
