//! `wegweiser link`: the deep link for a topic, its QR codes decode back to it (PNG through a
//! real QR reader; SVG rasterised from its own path and read the same way), and `/start
//! <topic>` — what Telegram sends when a parent opens the link — lands in that topic.

use std::path::PathBuf;

use wegweiser::conversation::Content;
use wegweiser::dialog::load_dir;
use wegweiser::tools::link::{self, LinkError};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn tree() -> wegweiser::dialog::Tree {
    load_dir(&root().join("dialogs"))
        .0
        .expect("shipped dialogs load")
}

fn decode(img: image::GrayImage) -> String {
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "exactly one QR code in the picture");
    let (_meta, content) = grids[0].decode().expect("the QR code decodes");
    content
}

#[test]
fn link_for_a_topic_and_errors_for_mistakes() {
    let t = tree();
    let bot = link::bot_name(Some("@WegweiserWuppertalBot"), None).expect("valid name");
    assert_eq!(bot, "WegweiserWuppertalBot");
    assert_eq!(
        link::deep_link(&t, &bot, "money").expect("known topic"),
        "https://t.me/WegweiserWuppertalBot?start=money"
    );
    // The flag wins over the environment; the environment is used without the flag.
    assert_eq!(
        link::bot_name(Some("FlagBot"), Some("EnvBot")).expect("ok"),
        "FlagBot"
    );
    assert_eq!(link::bot_name(None, Some("EnvBot")).expect("ok"), "EnvBot");
    assert!(matches!(
        link::bot_name(None, None),
        Err(LinkError::MissingBot)
    ));
    assert!(matches!(
        link::bot_name(None, Some("  ")),
        Err(LinkError::MissingBot)
    ));
    assert!(link::bot_name(None, None)
        .unwrap_err()
        .to_string()
        .contains("WEGWEISER_BOT_NAME"));
    assert!(matches!(
        link::bot_name(Some("wegweiser"), None),
        Err(LinkError::BadBot(_))
    ));
    assert!(matches!(
        link::bot_name(Some("evil/bot?x=1"), None),
        Err(LinkError::BadBot(_))
    ));
    let err = link::deep_link(&t, &bot, "mony").unwrap_err().to_string();
    for topic in ["childcare", "main", "mobility", "money", "training"] {
        assert!(err.contains(topic), "the error lists the topics: {err}");
    }
    assert!(err.contains("unknown topic 'mony'"), "{err}");
}

#[test]
fn qr_png_decodes_back_to_the_link() {
    let url = link::deep_link(&tree(), "WegweiserWuppertalBot", "childcare").expect("link");
    let dir = tempfile::tempdir().expect("tmp");
    let png = dir.path().join("flyer.png");
    link::write_png(&url, &png).expect("png written");
    let img = image::open(&png).expect("a PNG").to_luma8();
    assert_eq!(decode(img), url);
}

/// Paints the SVG's `M{x} {y}h{w}v{h}H{x}V{y}` module rectangles into a bitmap, scaled.
fn rasterise(svg: &str, scale: u32) -> image::GrayImage {
    let doc = roxmltree::Document::parse(svg).expect("well-formed XML");
    let root = doc.root_element();
    let w: u32 = root
        .attribute("width")
        .and_then(|v| v.parse().ok())
        .expect("width");
    let h: u32 = root
        .attribute("height")
        .and_then(|v| v.parse().ok())
        .expect("height");
    let d = doc
        .descendants()
        .find(|n| n.has_tag_name("path"))
        .and_then(|n| n.attribute("d"))
        .expect("one path of dark modules");
    let mut img = image::GrayImage::from_pixel(w * scale, h * scale, image::Luma([255]));
    for rect in d.split('M').filter(|r| !r.is_empty()) {
        let nums: Vec<u32> = rect
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().expect("number"))
            .collect();
        let (x, y, rw, rh) = (nums[0], nums[1], nums[2], nums[3]);
        for py in y * scale..(y + rh) * scale {
            for px in x * scale..(x + rw) * scale {
                img.put_pixel(px, py, image::Luma([0]));
            }
        }
    }
    img
}

#[test]
fn qr_svg_decodes_back_to_the_link() {
    let url = link::deep_link(&tree(), "WegweiserWuppertalBot", "money").expect("link");
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("flyer.svg");
    link::write_svg(&url, &path).expect("svg written");
    let svg = std::fs::read_to_string(&path).expect("read");
    assert_eq!(decode(rasterise(&svg, 8)), url);
}

#[test]
fn the_start_payload_lands_in_the_topic() {
    let (content, _) = Content::load(
        &root().join("dialogs"),
        &root().join("locales"),
        wegweiser::CODE_MESSAGES,
    )
    .unwrap_or_else(|r| {
        panic!(
            "shipped files load: {:?}",
            r.diagnostics.errors().collect::<Vec<_>>()
        )
    });
    let t = tree();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("date");
    for topic in &t.topics {
        let url = link::deep_link(&t, "WegweiserWuppertalBot", &topic.id).expect("link");
        let payload = url.rsplit_once("?start=").expect("start parameter").1;
        let (fresh, _) = content.welcome(Some("de"), today);
        let (state, shown) = content.handle_text(&fresh, &format!("/start {payload}"), today);
        assert_eq!(state.node, topic.start, "{url} opens {}", topic.id);
        assert!(!shown.text.is_empty());
    }
}

/// A network's flyer: `?start=<network>-<topic>` opens the topic with the network known, so
/// a Hagen flyer leads to Hagen; an unknown network is refused with the list.
#[test]
fn a_network_flyer_opens_its_topic_in_that_network() {
    let (content, _) = Content::load(
        &root().join("dialogs"),
        &root().join("locales"),
        wegweiser::CODE_MESSAGES,
    )
    .unwrap_or_else(|r| panic!("shipped files load: {:?}", r.lines()));
    let networks = &content.tree.networks;
    let url =
        link::network_link(&tree(), networks, "WegweiserBot", "hagen", "money").expect("link");
    assert_eq!(url, "https://t.me/WegweiserBot?start=hagen-money");
    let err = link::network_link(&tree(), networks, "WegweiserBot", "hamburg", "money")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("hamburg") && err.contains("cloppenburg"),
        "{err}"
    );
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("date");
    for net in ["wuppertal", "hagen", "lichtenberg", "cloppenburg"] {
        let url =
            link::network_link(&tree(), networks, "WegweiserBot", net, "childcare").expect("link");
        let payload = url.rsplit_once("?start=").expect("start").1;
        let (fresh, _) = content.welcome(Some("de"), today);
        let (state, _) = content.handle_text(&fresh, &format!("/start {payload}"), today);
        assert_eq!(
            state.facts.get("network"),
            Some(&wegweiser::dialog::expr::Value::Text(net.into())),
            "{url}"
        );
        assert_eq!(state.node, tree().topic("childcare").expect("topic").start);
    }
}
