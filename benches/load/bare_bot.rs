//! The baseline: a minimal teloxide bot that answers every update with one message.
//!
//! Same teloxide version and features (it is built from this package's dependency graph), the
//! same runtime (multi-threaded, one worker per core), the same long polling (1 s timeout, as
//! the harness gives Wegweiser) and the same dispatcher (per-chat order, chats concurrently).
//! It only leaves out what makes Wegweiser Wegweiser: the durable inbox, the engine, Fluent,
//! sled. Its one message carries a small keyboard so the simulated parents can tap as they do
//! with Wegweiser, and the update mix stays comparable.

use std::time::Duration;

use anyhow::Context as _;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
use teloxide::update_listeners::Polling;

fn keyboard() -> InlineKeyboardMarkup {
    let b = |label: &str, data: &str| InlineKeyboardButton::callback(label, data);
    InlineKeyboardMarkup::new(vec![
        vec![b("A", "o0|bare0000"), b("B", "o1|bare0000")],
        vec![b("Back", "back|bare0000"), b("Menu", "menu|bare0000")],
    ])
}

async fn answer(bot: Bot, chat: ChatId) -> anyhow::Result<()> {
    bot.send_message(chat, "ok")
        .reply_markup(keyboard())
        .await?;
    Ok(())
}

/// Runs until killed; the API URL comes from `BARE_BOT_API_URL`.
pub fn run() -> anyhow::Result<()> {
    let api = std::env::var("BARE_BOT_API_URL").context("BARE_BOT_API_URL")?;
    let token = std::env::var("TELOXIDE_TOKEN").context("TELOXIDE_TOKEN")?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let bot = Bot::new(token).set_api_url(url::Url::parse(&api)?);
        let handler = dptree::entry()
            .branch(
                Update::filter_message()
                    .endpoint(|bot: Bot, m: Message| async move { answer(bot, m.chat.id).await }),
            )
            .branch(Update::filter_callback_query().endpoint(
                |bot: Bot, q: CallbackQuery| async move {
                    let chat = q
                        .message
                        .as_ref()
                        .map_or(ChatId(q.from.id.0 as i64), |m| m.chat().id);
                    answer(bot, chat).await
                },
            ));
        let polling = Polling::builder(bot.clone())
            .timeout(Duration::from_secs(1))
            .build();
        Dispatcher::builder(bot, handler)
            .default_handler(|_| async {})
            .build()
            .dispatch_with_listener(
                polling,
                LoggingErrorHandler::with_custom_text("receiving updates failed"),
            )
            .await;
        Ok(())
    })
}
