//! `wegweiser link`: the Telegram deep link that opens the bot in one topic
//! (`https://t.me/<bot>?start=<topic>`), or in one topic of one network
//! (`?start=<network>-<topic>`, which also sets where the parent lives), and its QR code for
//! flyers (PNG and SVG).
//!
//! Telegram hands the `start` value to the bot as `/start <topic>`, which the engine already
//! routes to the topic's first step; so a link is only offered for a topic that exists.

use std::path::Path;

use image::Luma;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use crate::dialog::Tree;

/// Where the bot's username comes from when `--bot` is not given.
pub const BOT_ENV: &str = "WEGWEISER_BOT_NAME";
/// Pixels per QR module in the PNG: about 3 cm wide at 300 dpi for a typical link.
const PNG_MODULE_PX: u32 = 10;

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("no bot name: give --bot NAME or set {BOT_ENV} (the bot's username from BotFather, e.g. WegweiserWuppertalBot)")]
    MissingBot,
    #[error(
        "'{0}' is not a Telegram bot username: 5 to 32 letters, digits or '_', ending in 'bot'"
    )]
    BadBot(String),
    #[error("unknown topic '{topic}'; the topics are: {}", known.join(", "))]
    UnknownTopic { topic: String, known: Vec<String> },
    #[error("unknown network '{network}'; the networks are: {}", known.join(", "))]
    UnknownNetwork { network: String, known: Vec<String> },
    #[error("cannot make a QR code of the link: {0}")]
    Qr(#[from] qrcode::types::QrError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot write the PNG {path}: {source}")]
    Png {
        path: String,
        source: image::ImageError,
    },
}

/// The bot's username from the flag or the environment, checked; a leading '@' is dropped.
pub fn bot_name(flag: Option<&str>, env: Option<&str>) -> Result<String, LinkError> {
    let raw = flag
        .or(env)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .ok_or(LinkError::MissingBot)?;
    let name = raw.strip_prefix('@').unwrap_or(raw);
    let valid = (5..=32).contains(&name.len())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.to_ascii_lowercase().ends_with("bot");
    if valid {
        Ok(name.to_string())
    } else {
        Err(LinkError::BadBot(raw.to_string()))
    }
}

/// The deep link into `topic`; an unknown topic is an error that lists the known ones.
pub fn deep_link(tree: &Tree, bot: &str, topic: &str) -> Result<String, LinkError> {
    if tree.topic(topic).is_none() {
        return Err(LinkError::UnknownTopic {
            topic: topic.to_string(),
            known: tree.topics.iter().map(|t| t.id.clone()).collect(),
        });
    }
    // Topic ids are letters, digits, '-' and '_' (checked on load): safe in a URL as they are.
    Ok(format!("https://t.me/{bot}?start={topic}"))
}

/// The flyer link of one network: the bot takes the network (and its Land) as known before
/// the topic opens, so a Hagen flyer leads to Hagen's offices and offers.
pub fn network_link(
    tree: &Tree,
    networks: &crate::networks::Networks,
    bot: &str,
    network: &str,
    topic: &str,
) -> Result<String, LinkError> {
    let network = network.trim();
    if networks.get(network).is_none() {
        return Err(LinkError::UnknownNetwork {
            network: network.to_string(),
            known: networks.list.iter().map(|n| n.id.clone()).collect(),
        });
    }
    let topic_link = deep_link(tree, bot, topic)?;
    // Network ids are a-z, 0-9 and '_' (checked on load): no '-' to confuse the split.
    Ok(topic_link.replacen("?start=", &format!("?start={network}-"), 1))
}

/// High error correction: a flyer gets folded, stained and photographed at an angle.
fn code(link: &str) -> Result<QrCode, LinkError> {
    Ok(QrCode::with_error_correction_level(link, EcLevel::H)?)
}

/// The QR code as a black-on-white PNG with the standard quiet zone.
pub fn write_png(link: &str, path: &Path) -> Result<(), LinkError> {
    let img = code(link)?
        .render::<Luma<u8>>()
        .module_dimensions(PNG_MODULE_PX, PNG_MODULE_PX)
        .build();
    img.save_with_format(path, image::ImageFormat::Png)
        .map_err(|source| LinkError::Png {
            path: path.display().to_string(),
            source,
        })
}

/// The QR code as SVG (scales to any print size); one unit per module.
pub fn svg(link: &str) -> Result<String, LinkError> {
    Ok(code(link)?
        .render::<svg::Color>()
        .module_dimensions(1, 1)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

pub fn write_svg(link: &str, path: &Path) -> Result<(), LinkError> {
    std::fs::write(path, svg(link)?).map_err(|source| LinkError::Write {
        path: path.display().to_string(),
        source,
    })
}
