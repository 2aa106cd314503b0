//! Talking to the Bot API: every call goes through [`call`], which retries what is worth
//! retrying, and [`carry_out`] performs a committed [`Plan`] step by step.
//!
//! Why a wrapper of our own: a plain `Bot` does not retry, and teloxide's `Throttle` only
//! covers the send methods. Edits and `answerCallbackQuery` hit the same flood limits.

use std::future::IntoFuture;
use std::time::Duration;

use teloxide::payloads::{
    AnswerCallbackQuerySetters, EditMessageTextSetters, SendMessageSetters, SetMyCommandsSetters,
};
use teloxide::prelude::*;
use teloxide::requests::{Output, Request};
use teloxide::types::{
    BotCommandScope, CallbackQueryId, InlineKeyboardButton, InlineKeyboardMarkup, MessageId,
    Recipient,
};
use teloxide::{ApiError, RequestError};

use super::store::{Action, Keyboard, Plan, TgStore};
use super::App;

/// How often one request is tried before giving up (a flood wait counts as a try).
const MAX_ATTEMPTS: u32 = 8;
/// Longest flood wait we honour within one request; Telegram asks for seconds, rarely minutes.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(300);

/// How long to wait before the next try, or `None` if the error will not go away by waiting.
fn retry_delay(err: &RequestError, attempt: u32) -> Option<Duration> {
    let backoff = Duration::from_millis(500 * 2u64.pow(attempt.min(5)));
    match err {
        RequestError::RetryAfter(s) => Some(s.duration().min(MAX_RETRY_AFTER)),
        // Timeouts, refused connections, a proxy's HTML error page instead of JSON.
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => {
            Some(backoff)
        }
        RequestError::Api(ApiError::Unknown(desc)) => {
            let d = desc.to_ascii_lowercase();
            let transient = [
                "internal server error",
                "bad gateway",
                "service unavailable",
                "gateway timeout",
                "too many requests",
            ]
            .iter()
            .any(|t| d.contains(t));
            transient.then_some(backoff)
        }
        _ => None,
    }
}

/// Sends a request, retrying flood waits (429 `retry_after`), network errors and server errors
/// (5xx) a bounded number of times. Other errors come back at once.
pub async fn call<R>(req: R, what: &'static str) -> Result<Output<R>, RequestError>
where
    R: Request<Err = RequestError>,
{
    let mut attempt = 0;
    loop {
        match req.send_ref().into_future().await {
            Ok(out) => return Ok(out),
            Err(err) => {
                attempt += 1;
                match retry_delay(&err, attempt - 1) {
                    Some(wait) if attempt < MAX_ATTEMPTS => {
                        tracing::info!(method = what, attempt, ?wait, error = %err, "Bot API call failed; retrying");
                        tokio::time::sleep(wait).await;
                    }
                    _ => return Err(err),
                }
            }
        }
    }
}

/// Whether an error is worth trying again later (after a restart, with the next update).
pub fn is_transient(err: &RequestError) -> bool {
    retry_delay(err, 0).is_some()
}

fn markup(keyboard: &Keyboard) -> Option<InlineKeyboardMarkup> {
    (!keyboard.is_empty()).then(|| {
        InlineKeyboardMarkup::new(keyboard.iter().map(|row| {
            row.iter()
                .map(|(label, data)| InlineKeyboardButton::callback(label.clone(), data.clone()))
                .collect::<Vec<_>>()
        }))
    })
}

/// Sends a message; returns its id.
async fn send(
    bot: &Bot,
    chat: ChatId,
    text: &str,
    keyboard: &Keyboard,
) -> Result<i32, RequestError> {
    let mut req = bot.send_message(chat, text);
    if let Some(m) = markup(keyboard) {
        req = req.reply_markup(m);
    }
    call(req, "sendMessage").await.map(|m| m.id.0)
}

/// Carries out the plan from where it stopped, recording progress so a crash resumes rather
/// than repeats. Errors that waiting cannot fix (the parent blocked the bot, a deleted chat)
/// end the plan: the reply cannot be delivered, and retrying forever would block the chat.
/// A transient error that outlasted the retries is returned with the plan still pending: the
/// next update of this chat, or the next start, tries again. Returns the message that carries
/// the reply's keyboard, if it sent or edited one.
pub async fn carry_out(
    bot: &Bot,
    app: &App,
    chat: ChatId,
    mut plan: Plan,
) -> Result<Option<i32>, RequestError> {
    let store: &TgStore = &app.store;
    while plan.done < plan.actions.len() {
        let action = plan.actions[plan.done].clone();
        let mut durable = false;
        // The message this action leaves carrying the step's keyboard.
        let mut carries = |id: i32, keyboard: &Keyboard| {
            if !keyboard.is_empty() {
                plan.shown = Some(id);
            }
        };
        let result = match &action {
            Action::Answer { query } => {
                match call(
                    bot.answer_callback_query(CallbackQueryId(query.clone()))
                        .cache_time(0),
                    "answerCallbackQuery",
                )
                .await
                {
                    // Too late to answer (a replay after a crash): the parent's spinner has long
                    // stopped; nothing is lost.
                    Err(RequestError::Api(ApiError::InvalidQueryId)) => Ok(()),
                    other => other.map(|_| ()),
                }
            }
            Action::Edit {
                message,
                text,
                keyboard,
            } => {
                let mut req = bot.edit_message_text(chat, MessageId(*message), text.clone());
                if let Some(m) = markup(keyboard) {
                    req = req.reply_markup(m);
                }
                match call(req, "editMessageText").await {
                    // Or a replay of an edit that already happened.
                    Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => {
                        carries(*message, keyboard);
                        Ok(())
                    }
                    // Too old or deleted: the step comes as a new message instead.
                    Err(RequestError::Api(
                        ApiError::MessageCantBeEdited
                        | ApiError::MessageToEditNotFound
                        | ApiError::MessageIdInvalid,
                    )) => {
                        durable = true;
                        send(bot, chat, text, keyboard)
                            .await
                            .map(|id| carries(id, keyboard))
                    }
                    Err(e) => Err(e),
                }
            }
            Action::Send { text, keyboard } => {
                durable = true;
                send(bot, chat, text, keyboard)
                    .await
                    .map(|id| carries(id, keyboard))
            }
            Action::DropKeyboard { message } => {
                let req = bot.edit_message_reply_markup(chat, MessageId(*message));
                match call(req, "editMessageReplyMarkup").await {
                    Ok(_) => Ok(()),
                    // Gone, too old, or already without buttons: nothing left to tap.
                    Err(e) if !is_transient(&e) => {
                        tracing::debug!(error = %e, "an old keyboard could not be removed");
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            }
            Action::Venue {
                title,
                address,
                lat,
                lon,
            } => {
                durable = true;
                let req = bot.send_venue(chat, *lat, *lon, title.clone(), address.clone());
                call(req, "sendVenue").await.map(|_| ())
            }
            Action::Commands { lang } => {
                let commands = super::ui::commands(&app.content(), lang);
                let req = bot.set_my_commands(commands).scope(BotCommandScope::Chat {
                    chat_id: Recipient::Id(chat),
                });
                match call(req, "setMyCommands").await {
                    Ok(_) => Ok(()),
                    Err(e) if !is_transient(&e) => {
                        // Only cosmetic: the command menu stays in the old language.
                        tracing::warn!(error = %e, "could not set the chat's commands");
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            }
        };
        match result {
            Ok(()) => {
                plan.done += 1;
                if plan.done < plan.actions.len() {
                    if let Err(e) = store.progress(chat, &plan, durable).await {
                        tracing::error!(error = %e, "could not record reply progress");
                    }
                }
            }
            Err(e) if is_transient(&e) => return Err(e),
            Err(e) => {
                // No chat id in the log (privacy, docs/privacy.md).
                tracing::warn!(error = %e, "a reply could not be delivered; dropping it");
                break;
            }
        }
    }
    Ok(plan.shown)
}

/// Registers the command list per language (and German for everyone else). Failing here only
/// costs the command menu, so it is logged, never fatal.
pub async fn set_commands(bot: &Bot, app: &App) {
    let content = app.content();
    let default = super::ui::commands(&content, crate::i18n::SOURCE_LANG);
    if let Err(e) = call(bot.set_my_commands(default), "setMyCommands").await {
        tracing::warn!(error = %e, "could not register the command list");
    }
    for lang in content.locales.languages() {
        let Some(code) = super::ui::telegram_language_code(lang) else {
            tracing::info!(lang = %lang, "Telegram has no per-language command list for this code");
            continue;
        };
        let req = bot
            .set_my_commands(super::ui::commands(&content, lang))
            .language_code(code);
        if let Err(e) = call(req, "setMyCommands").await {
            tracing::warn!(error = %e, lang = %lang, "could not register the command list");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use teloxide::types::Seconds;

    #[test]
    fn what_is_retried() {
        assert_eq!(
            retry_delay(&RequestError::RetryAfter(Seconds::from_seconds(3)), 0),
            Some(Duration::from_secs(3))
        );
        assert!(retry_delay(
            &RequestError::Api(ApiError::Unknown("Bad Gateway".into())),
            0
        )
        .is_some());
        assert!(retry_delay(&RequestError::Api(ApiError::BotBlocked), 0).is_none());
        assert!(retry_delay(&RequestError::Api(ApiError::MessageNotModified), 0).is_none());
        assert_eq!(
            retry_delay(
                &RequestError::Api(ApiError::Unknown("Internal Server Error".into())),
                9
            ),
            Some(Duration::from_secs(16))
        );
    }
}
