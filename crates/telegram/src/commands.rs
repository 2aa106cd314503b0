//! Telegram's command menu: the commands `engine::parse_line` understands, each described in
//! the parent's language.

use wegweiser_conversation::conversation::Content;
use wegweiser_core::engine::Msg;

/// Commands as typed in Telegram, each with its description's message id. The names are the
/// English ones `engine::parse_line` understands; Telegram allows only `[a-z0-9_]` there.
pub const COMMANDS: &[(&str, &str)] = &[
    ("start", "tg-cmd-start"),
    ("menu", "tg-cmd-menu"),
    ("back", "tg-cmd-back"),
    ("sos", "tg-cmd-sos"),
    ("language", "tg-cmd-language"),
    ("restart", "tg-cmd-restart"),
    ("help", "tg-cmd-help"),
    ("forget", "tg-cmd-forget"),
];

/// The command list in one language, descriptions cut to Telegram's 256 characters.
pub fn commands(content: &Content, lang: &str) -> Vec<teloxide::types::BotCommand> {
    COMMANDS
        .iter()
        .map(|(name, id)| {
            let text = content.locales.render(lang, &Msg::new(*id), &[]);
            let text: String = text.trim().chars().take(256).collect();
            teloxide::types::BotCommand::new(*name, text)
        })
        .collect()
}

/// Telegram takes ISO 639-1 codes for per-language commands (`de`, `uk`), nothing longer.
pub fn telegram_language_code(lang: &str) -> Option<&str> {
    (lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase())).then_some(lang)
}
