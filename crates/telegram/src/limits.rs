//! Telegram's side of the size limit: an over-long text is cut before the update is copied
//! anywhere (the flood limit itself is the delivery core's, `wegweiser_delivery::limits`).

use teloxide::types::{MediaKind, MessageKind, Update, UpdateKind};

pub use wegweiser_delivery::limits::*;

/// Cuts an over-long text (more than Telegram sends) in place, before the update is copied
/// anywhere. Cheap: it only looks at the first [`MAX_UPDATE_TEXT`] characters.
pub fn shrink(update: &mut Update) {
    if let UpdateKind::Message(m) = &mut update.kind {
        if let MessageKind::Common(c) = &mut m.kind {
            if let MediaKind::Text(t) = &mut c.media_kind {
                if let Some((cut, _)) = t.text.char_indices().nth(MAX_UPDATE_TEXT) {
                    t.text.truncate(cut);
                    t.text.shrink_to_fit();
                    t.entities.clear();
                }
            }
        }
    }
}
