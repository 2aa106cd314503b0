//! Telegram's updates to the delivery core's [`Incoming`]: private chats only, a message's
//! text or shared place, a button tap. Everything else happens in `wegweiser_delivery::flow`.

use std::sync::Arc;

use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatKind, MaybeInaccessibleMessage, UpdateKind};

use wegweiser_core::engine::Input;
use wegweiser_delivery::{flow, App, ChatId, Event, Incoming};

use crate::send::TelegramChannel;

/// The dispatcher's handler tree. Only messages and button taps reach the bot (the filters
/// also tell Telegram not to send us anything else).
pub fn handler_tree() -> UpdateHandler<anyhow::Error> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(on_update))
        .branch(Update::filter_callback_query().endpoint(on_update))
}

async fn on_update(bot: Bot, app: Arc<App>, update: Update) -> anyhow::Result<()> {
    let channel = TelegramChannel::new(bot);
    flow::handle(&channel, &app, update.id.0, incoming(&update)).await?;
    Ok(())
}

/// Private chats only: in a group the bot would mix several parents into one conversation.
pub fn incoming(update: &Update) -> Option<Incoming> {
    match &update.kind {
        UpdateKind::Message(m) => {
            if !matches!(m.chat.kind, ChatKind::Private(_)) {
                return None;
            }
            let event = match (m.text(), m.location()) {
                (Some(t), _) => Event::Text(t.to_string()),
                // A shared place: offers near it.
                (None, Some(l)) => {
                    Input::location(l.latitude, l.longitude).map_or(Event::Other, Event::Input)
                }
                (None, None) if m.contact().is_some() => Event::Contact,
                (None, None) => Event::Other,
            };
            Some(Incoming {
                chat: ChatId(m.chat.id.0),
                lang_hint: m.from.as_ref().and_then(|u| u.language_code.clone()),
                event,
            })
        }
        UpdateKind::CallbackQuery(q) => {
            let (chat, message) = match &q.message {
                Some(MaybeInaccessibleMessage::Regular(m)) => {
                    if !matches!(m.chat.kind, ChatKind::Private(_)) {
                        return None;
                    }
                    (ChatId(m.chat.id.0), Some(m.id.0))
                }
                Some(MaybeInaccessibleMessage::Inaccessible(m)) => (ChatId(m.chat.id.0), None),
                // In a private chat the chat id is the user id.
                None => (ChatId(q.from.id.0 as i64), None),
            };
            Some(Incoming {
                chat,
                lang_hint: q.from.language_code.clone(),
                event: Event::Tap {
                    query: q.id.0.clone(),
                    data: q.data.clone().unwrap_or_default(),
                    message,
                },
            })
        }
        _ => None,
    }
}
