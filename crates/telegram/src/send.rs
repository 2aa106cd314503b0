//! Talking to the Bot API: every call goes through [`call`], which retries what is worth
//! retrying, and [`TelegramChannel`] carries out the delivery core's actions with it.
//!
//! Why a wrapper of our own: a plain `Bot` does not retry, and teloxide's `Throttle` only
//! covers the send methods. Edits and `answerCallbackQuery` hit the same flood limits.
//!
//! Why our own HTTP request instead of teloxide's `send()`: teloxide-core 0.13 sleeps a fixed
//! 10 s inside every request that gets a 5xx answer (`net/request.rs`, `DELAY_ON_SERVER_ERROR`),
//! before the error even reaches us; with our backoff on top one 502 cost 10–43 s. [`post`]
//! sends the same JSON to the same URL with the bot's own client (proxy, timeouts) and decodes
//! the answer like teloxide does, without that sleep. Retries wait with a jittered, bounded
//! exponential backoff (`backon`): 0.25–0.5 s after the first failure, never more than 2 s, so
//! retries of many chats after one hiccup do not fire at the same moment. A 429 waits exactly
//! the `retry_after` Telegram asks for.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use backon::{BackoffBuilder, ExponentialBuilder};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use teloxide::payloads::{
    AnswerCallbackQuerySetters, EditMessageTextSetters, SendMessageSetters, SetMyCommandsSetters,
};
use teloxide::prelude::*;
use teloxide::requests::{HasPayload, Payload};
use teloxide::types::{
    BotCommandScope, CallbackQueryId, False, InlineKeyboardButton, InlineKeyboardMarkup, MessageId,
    Recipient, ResponseParameters, True,
};
use teloxide::{ApiError, RequestError};

use wegweiser_conversation::conversation::Content;
use wegweiser_delivery::{Action, Channel, ChannelError, Keyboard, Limits, Performed, Texts};

use crate::App;

/// How often one request is tried before giving up (a flood wait counts as a try).
const MAX_ATTEMPTS: u32 = 8;
/// Longest flood wait we honour within one request; Telegram asks for seconds, rarely minutes.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(300);
/// The first wait after a 5xx or a network error; the jitter adds up to as much again.
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
/// The longest wait before jitter (so at most 2 s with it).
const MAX_BACKOFF: Duration = Duration::from_secs(1);

/// The client timeout the bot runs with (set once at start, [`set_timeout`]).
static TIMEOUT: OnceLock<Duration> = OnceLock::new();
/// teloxide's default client timeout, when nothing was set (handler tests).
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(17);

/// Records the client timeout, so sends can wait longer for a late answer ([`late_grace`]).
pub fn set_timeout(timeout: Duration) {
    let _ = TIMEOUT.set(timeout);
}

/// How long a request that is not idempotent (`sendMessage`, `sendVenue`) may take: twice the
/// client timeout. Telegram may have accepted a message whose answer is late; giving up at the
/// client timeout and sending again showed the message twice (2 of 2 late answers measured).
/// Waiting costs latency only when the request was really lost.
fn late_grace() -> Duration {
    TIMEOUT.get().copied().unwrap_or(DEFAULT_TIMEOUT) * 2
}

/// Methods whose repetition the parent would see (a second copy of a message or a place).
fn repeats_visibly(what: &str) -> bool {
    matches!(what, "sendMessage" | "sendVenue")
}

/// The retry schedule for 5xx and network errors: jittered exponential backoff, bounded.
fn backoff() -> impl Iterator<Item = Duration> {
    ExponentialBuilder::default()
        .with_min_delay(FIRST_BACKOFF)
        .with_max_delay(MAX_BACKOFF)
        .with_factor(2.0)
        .with_jitter()
        .with_max_times(MAX_ATTEMPTS as usize)
        .build()
}

/// Whether the error will go away by waiting (429, 5xx, network), or not (a blocked bot, a
/// message that cannot be edited, a bad request).
pub fn is_transient(err: &RequestError) -> bool {
    match err {
        RequestError::RetryAfter(_) => true,
        // Timeouts, refused connections, a proxy's HTML error page instead of JSON.
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => true,
        RequestError::Api(ApiError::Unknown(desc)) => {
            let d = desc.to_ascii_lowercase();
            [
                SERVER_ERROR,
                "internal server error",
                "bad gateway",
                "service unavailable",
                "gateway timeout",
                "too many requests",
            ]
            .iter()
            .any(|t| d.contains(t))
        }
        _ => false,
    }
}

/// How an answer with a 5xx status and no Bot API JSON is reported (e.g. `server error 502
/// Bad Gateway`); [`is_transient`] knows it.
const SERVER_ERROR: &str = "server error";

/// The Bot API's answer, as teloxide-core decodes it (its own type is private).
#[derive(Deserialize)]
#[serde(untagged)]
enum Answer<R> {
    Ok {
        #[allow(dead_code)]
        ok: True,
        result: R,
    },
    Err {
        #[allow(dead_code)]
        ok: False,
        description: ApiError,
        parameters: Option<ResponseParameters>,
    },
}

fn decode<R: DeserializeOwned>(status: u16, text: String) -> Result<R, RequestError> {
    match serde_json::from_str::<Answer<R>>(&text) {
        Ok(Answer::Ok { result, .. }) => Ok(result),
        Ok(Answer::Err {
            parameters: Some(ResponseParameters::RetryAfter(s)),
            ..
        }) => Err(RequestError::RetryAfter(s)),
        Ok(Answer::Err {
            parameters: Some(ResponseParameters::MigrateToChatId(c)),
            ..
        }) => Err(RequestError::MigrateToChatId(c)),
        Ok(Answer::Err { description, .. }) => Err(RequestError::Api(description)),
        // A proxy's page in front of Telegram (nginx's 502): no JSON, nothing to decode.
        Err(_) if (500..600).contains(&status) => Err(RequestError::Api(ApiError::Unknown(
            format!("{SERVER_ERROR} {status}"),
        ))),
        Err(source) => Err(RequestError::InvalidJson {
            source: Arc::new(source),
            raw: text.into(),
        }),
    }
}

/// One Bot API request, as teloxide's `JsonRequest` sends it but without its 10 s sleep on a
/// 5xx answer. `timeout`: longer than the client's for requests that must not be given up
/// early.
async fn post<P>(
    bot: &Bot,
    payload: &P,
    timeout: Option<Duration>,
) -> Result<P::Output, RequestError>
where
    P: Payload + Serialize,
    P::Output: DeserializeOwned,
{
    let refused = |why: String| RequestError::Api(ApiError::Unknown(why));
    let body = serde_json::to_vec(payload)
        .map_err(|e| refused(format!("request {} not encodable: {e}", P::NAME)))?;
    let mut url = bot.api_url();
    url.path_segments_mut()
        .map_err(|()| refused(format!("the Bot API URL {} has no path", bot.api_url())))?
        .push(&format!("bot{}", bot.token()))
        // As teloxide does (its issue #460).
        .push(P::NAME.trim_end_matches("Inline"));
    let mut req = bot
        .client()
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(body);
    if let Some(t) = timeout {
        req = req.timeout(t);
    }
    let network = |e: reqwest::Error| RequestError::Network(Arc::new(e.without_url()));
    let response = req.send().await.map_err(network)?;
    let status = response.status().as_u16();
    let text = response.text().await.map_err(network)?;
    decode(status, text)
}

/// One try of a request, nothing retried.
pub async fn once<R>(bot: &Bot, req: R) -> Result<<R::Payload as Payload>::Output, RequestError>
where
    R: HasPayload,
    R::Payload: Serialize,
    <R::Payload as Payload>::Output: DeserializeOwned,
{
    post(bot, req.payload_ref(), None).await
}

/// Sends a request, retrying flood waits (429 `retry_after`, exactly as long as asked),
/// network errors and server errors (5xx, with the jittered [`backoff`]) a bounded number of
/// times. Other errors come back at once.
pub async fn call<R>(
    bot: &Bot,
    req: R,
    what: &'static str,
) -> Result<<R::Payload as Payload>::Output, RequestError>
where
    R: HasPayload,
    R::Payload: Serialize,
    <R::Payload as Payload>::Output: DeserializeOwned,
{
    let timeout = repeats_visibly(what).then(late_grace);
    let mut schedule = backoff();
    let mut attempt = 0;
    loop {
        match post(bot, req.payload_ref(), timeout).await {
            Ok(out) => return Ok(out),
            Err(err) => {
                attempt += 1;
                let wait = match &err {
                    RequestError::RetryAfter(s) => Some(s.duration().min(MAX_RETRY_AFTER)),
                    e if is_transient(e) => schedule.next(),
                    _ => None,
                };
                match wait {
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
    call(bot, req, "sendMessage").await.map(|m| m.id.0)
}

/// Telegram as the delivery core's channel: each [`Action`] one Bot API call (retried by
/// [`call`]), with Telegram's ways of saying "already done" or "too late" taken as done.
#[derive(Clone)]
pub struct TelegramChannel {
    bot: Bot,
}

impl TelegramChannel {
    pub fn new(bot: Bot) -> TelegramChannel {
        TelegramChannel { bot }
    }
}

/// Telegram's screens: 4096 characters a message (UTF-16 units, so a margin for emoji
/// outside the BMP), 64 bytes of callback data, and the label widths of a phone about 360
/// points wide, where Telegram cuts wider labels mid-word.
pub const LIMITS: Limits = Limits {
    max_text: 4096,
    text_margin: 96,
    max_parts: 4,
    max_callback_data: 64,
    nav_per_row: 3,
    nav_label_width: 12,
    row_label_width: 40,
};

/// This channel's texts, in `locales/<lang>/telegram.ftl` and `telegram-ui.ftl`.
pub const TEXTS: Texts = Texts {
    slow_down: "tg-slow-down",
    only_text: "tg-only-text",
    contact_not_kept: "tg-contact-not-kept",
    shortened: "tg-text-shortened",
    choose: "tg-choose",
    map: "tg-map",
    nav_back: "tg-nav-back",
    nav_menu: "tg-nav-menu",
    nav_urgent: "tg-nav-urgent",
    lang_prompt: "tg-lang-prompt",
    postcode_from_location: "tg-postcode-from-location",
    location_no_postcode: "tg-location-no-postcode",
};

fn channel_error(e: RequestError) -> ChannelError {
    if is_transient(&e) {
        ChannelError::Transient(e.to_string())
    } else {
        ChannelError::Permanent(e.to_string())
    }
}

/// A request whose failure only costs something cosmetic: logged, taken as done, unless
/// waiting could fix it.
fn cosmetic(
    result: Result<(), RequestError>,
    what: &str,
    warn: bool,
) -> Result<Performed, ChannelError> {
    match result {
        Ok(()) => Ok(Performed::default()),
        Err(e) if !is_transient(&e) => {
            // `warn`: worth an operator's look (a command menu left in the old language), unlike
            // a keyboard already gone.
            if warn {
                tracing::warn!(error = %e, what, "not done");
            } else {
                tracing::debug!(error = %e, what, "not done, and not needed");
            }
            Ok(Performed::default())
        }
        Err(e) => Err(channel_error(e)),
    }
}

impl Channel for TelegramChannel {
    const LIMITS: Limits = LIMITS;
    const TEXTS: Texts = TEXTS;

    async fn perform(
        &self,
        chat: wegweiser_delivery::ChatId,
        action: &Action,
        content: &Content,
    ) -> Result<Performed, ChannelError> {
        let bot = &self.bot;
        let chat = ChatId(chat.0);
        let sent = |id: i32| Performed {
            shows: Some(id),
            sent: true,
        };
        match action {
            Action::Answer { query } => {
                match call(
                    bot,
                    bot.answer_callback_query(CallbackQueryId(query.clone()))
                        .cache_time(0),
                    "answerCallbackQuery",
                )
                .await
                {
                    // Too late to answer (a replay after a crash): the parent's spinner has long
                    // stopped; nothing is lost.
                    Ok(_) | Err(RequestError::Api(ApiError::InvalidQueryId)) => {
                        Ok(Performed::default())
                    }
                    Err(e) => Err(channel_error(e)),
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
                match call(bot, req, "editMessageText").await {
                    // Or a replay of an edit that already happened.
                    Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(Performed {
                        shows: Some(*message),
                        sent: false,
                    }),
                    // Too old or deleted: the step comes as a new message instead.
                    Err(RequestError::Api(
                        ApiError::MessageCantBeEdited
                        | ApiError::MessageToEditNotFound
                        | ApiError::MessageIdInvalid,
                    )) => send(bot, chat, text, keyboard)
                        .await
                        .map(sent)
                        .map_err(channel_error),
                    Err(e) => Err(channel_error(e)),
                }
            }
            Action::Send { text, keyboard } => send(bot, chat, text, keyboard)
                .await
                .map(sent)
                .map_err(channel_error),
            Action::DropKeyboard { message } => {
                // Gone, too old, or already without buttons: nothing left to tap.
                let req = bot.edit_message_reply_markup(chat, MessageId(*message));
                cosmetic(
                    call(bot, req, "editMessageReplyMarkup").await.map(|_| ()),
                    "removing an old keyboard",
                    false,
                )
            }
            Action::Venue {
                title,
                address,
                lat,
                lon,
            } => {
                let req = bot.send_venue(chat, *lat, *lon, title.clone(), address.clone());
                call(bot, req, "sendVenue")
                    .await
                    .map(|_| Performed {
                        shows: None,
                        sent: true,
                    })
                    .map_err(channel_error)
            }
            Action::Commands { lang } => {
                // Only cosmetic: the command menu stays in the old language.
                let commands = crate::commands::commands(content, lang);
                let req = bot.set_my_commands(commands).scope(BotCommandScope::Chat {
                    chat_id: Recipient::Id(chat),
                });
                cosmetic(
                    call(bot, req, "setMyCommands").await.map(|_| ()),
                    "could not set the chat's commands",
                    true,
                )
            }
        }
    }

    async fn notify(
        &self,
        chat: wegweiser_delivery::ChatId,
        text: &str,
    ) -> Result<(), ChannelError> {
        let bot = &self.bot;
        call(bot, bot.send_message(ChatId(chat.0), text), "sendMessage")
            .await
            .map(|_| ())
            .map_err(channel_error)
    }
}

/// Registers the command list per language (and German for everyone else). Failing here only
/// costs the command menu, so it is logged, never fatal.
pub async fn set_commands(bot: &Bot, app: &App) {
    let content = app.content();
    let default = crate::commands::commands(&content, wegweiser_content::i18n::SOURCE_LANG);
    if let Err(e) = call(bot, bot.set_my_commands(default), "setMyCommands").await {
        tracing::warn!(error = %e, "could not register the command list");
    }
    for lang in content.locales.languages() {
        let Some(code) = crate::commands::telegram_language_code(lang) else {
            tracing::info!(lang = %lang, "Telegram has no per-language command list for this code");
            continue;
        };
        let req = bot
            .set_my_commands(crate::commands::commands(&content, lang))
            .language_code(code);
        if let Err(e) = call(bot, req, "setMyCommands").await {
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
        assert!(is_transient(&RequestError::RetryAfter(
            Seconds::from_seconds(3)
        )));
        assert!(is_transient(&RequestError::Api(ApiError::Unknown(
            "Bad Gateway".into()
        ))));
        assert!(!is_transient(&RequestError::Api(ApiError::BotBlocked)));
        assert!(!is_transient(&RequestError::Api(
            ApiError::MessageNotModified
        )));
    }

    /// nginx's 502 page in front of Telegram is a transient server error, Telegram's own JSON
    /// errors keep their meaning, a 429 keeps its `retry_after`.
    #[test]
    fn answers_are_decoded_like_teloxide_does() {
        let page = "<html><body><h1>502 Bad Gateway</h1></body></html>".to_string();
        let e = decode::<True>(502, page).expect_err("a 502 page");
        assert!(is_transient(&e), "{e:?}");
        let flood = r#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}"#;
        assert!(matches!(
            decode::<True>(429, flood.into()),
            Err(RequestError::RetryAfter(s)) if s == Seconds::from_seconds(7)
        ));
        let blocked = r#"{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}"#;
        assert!(matches!(
            decode::<True>(403, blocked.into()),
            Err(RequestError::Api(ApiError::BotBlocked))
        ));
        assert!(matches!(
            decode::<True>(200, r#"{"ok":true,"result":true}"#.into()),
            Ok(True)
        ));
        // Half a body (a dropped connection) is worth another try.
        assert!(is_transient(
            &decode::<True>(200, r#"{"ok":true,"res"#.into()).expect_err("cut")
        ));
    }

    /// At most 2 s between tries, the first within 0.25–0.5 s, and never two schedules alike.
    #[test]
    fn backoff_is_short_bounded_and_jittered() {
        let a: Vec<Duration> = backoff().collect();
        assert_eq!(a.len(), MAX_ATTEMPTS as usize);
        assert!(a[0] >= FIRST_BACKOFF && a[0] <= FIRST_BACKOFF * 2, "{a:?}");
        assert!(a.iter().all(|d| *d <= MAX_BACKOFF * 2), "{a:?}");
        let b: Vec<Duration> = backoff().collect();
        assert_ne!(a, b, "jitter");
    }
}
