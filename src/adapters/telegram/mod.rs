//! `wegweiser telegram`: the bot.
//!
//! As thin as the terminal adapter: [`handler`] maps an update to an engine input and the
//! rendered reply to Telegram messages; everything a parent reads comes from the locales.
//! What makes it more than a loop around `handle_text` is delivery: Telegram hands out updates
//! at least once and can lose in-flight ones on a crash, and answers 429/5xx under load. So
//! updates go through a durable inbox ([`listener`]), a chat's state is committed together with
//! the reply still to send ([`store`]), and every Bot API call is retried ([`send`]). Setup for
//! operators: `docs/telegram.md`.

mod handler;
mod listener;
mod send;
mod store;
mod ui;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use chrono::NaiveDate;
use teloxide::dispatching::dialogue::{ErasedStorage, Storage};
use teloxide::dispatching::ShutdownToken;
use teloxide::prelude::*;
use teloxide::update_listeners::{webhooks, Polling};

use crate::config::{Data, Files};
use crate::conversation::Content;
use crate::engine::State;
use crate::store::SledStore;

pub use handler::handler_tree;
pub use store::{session_key, ChatMeta, TgStore, TgStoreError};
pub use ui::{callback_data, screen_tag, split_text, MAX_CALLBACK_DATA, MAX_TEXT};

/// Texts this adapter shows (see `crate::code_messages`), in `locales/<lang>/telegram.ftl`.
pub const MESSAGES: &[(&str, &[&str])] = &[
    ("tg-cmd-start", &[]),
    ("tg-cmd-menu", &[]),
    ("tg-cmd-back", &[]),
    ("tg-cmd-sos", &[]),
    ("tg-cmd-language", &[]),
    ("tg-cmd-restart", &[]),
    ("tg-cmd-help", &[]),
    ("tg-cmd-forget", &[]),
    ("tg-only-text", &[]),
    ("tg-text-shortened", &[]),
    ("tg-choose", &[]),
];

#[derive(clap::Args, Debug)]
#[command(
    after_help = "The bot token comes from the environment variable TELOXIDE_TOKEN (from @BotFather). \
See docs/telegram.md."
)]
pub struct TelegramArgs {
    #[command(flatten)]
    pub files: Files,
    #[command(flatten)]
    pub data: Data,
    /// Bot API server to talk to (a local Bot API server, or a test stand-in)
    #[arg(
        long,
        env = "TELEGRAM_API_URL",
        default_value = "https://api.telegram.org"
    )]
    pub api_url: url::Url,
    /// Webhook mode: the public HTTPS URL Telegram posts updates to (long polling if unset)
    #[arg(long, env = "WEGWEISER_WEBHOOK_URL")]
    pub webhook_url: Option<url::Url>,
    /// Webhook mode: the address the webhook server listens on (behind your reverse proxy)
    #[arg(long, env = "WEGWEISER_WEBHOOK_LISTEN", default_value = "0.0.0.0:8443")]
    pub listen: SocketAddr,
    /// Webhook mode: secret Telegram sends with each update (1-256 of A-Z a-z 0-9 _ -);
    /// random per start if unset
    #[arg(long, env = "WEGWEISER_WEBHOOK_SECRET", hide_env_values = true)]
    pub webhook_secret: Option<String>,
    /// Long polling: how long one getUpdates request waits for news, in seconds
    #[arg(
        long,
        env = "WEGWEISER_POLL_TIMEOUT",
        default_value_t = 10,
        hide = true
    )]
    pub poll_timeout: u32,
}

/// What every handler needs: the content, the store, and the day.
pub struct App {
    pub content: Content,
    pub store: Arc<TgStore>,
    /// A fixed day (tests, `WEGWEISER_TODAY`); otherwise today in local time, per update.
    pub today: Option<NaiveDate>,
}

impl App {
    pub fn new(content: Content, store: Arc<TgStore>, today: Option<NaiveDate>) -> App {
        App {
            content,
            store,
            today,
        }
    }

    fn today(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// The dependencies the handler tree expects: the app and teloxide's view of the store.
    pub fn dependencies(self: &Arc<Self>) -> DependencyMap {
        let storage: Arc<ErasedStorage<State>> = self.store.clone().erase();
        dptree::deps![self.clone(), storage]
    }
}

/// Runs the bot until SIGINT or SIGTERM.
pub fn run(args: TelegramArgs) -> anyhow::Result<()> {
    let token = std::env::var("TELOXIDE_TOKEN")
        .ok()
        .filter(|t| !t.trim().is_empty())
        .context("set TELOXIDE_TOKEN to the bot token from @BotFather (see docs/telegram.md)")?;
    let store = SledStore::open(&args.data.data)?;
    // Offers steps list what coordinators imported (`wegweiser offers import`) into this folder.
    let offers = crate::offers::OfferStore::open(store.db())
        .context("opening the offers in the data folder")?;
    let content = args.files.load_content()?.with_offers(Arc::new(offers));
    let store = Arc::new(TgStore::new(store)?);
    let app = Arc::new(App::new(content, store, args.data.today));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(serve(args, app, token.trim().to_string()))
}

/// A base URL without a trailing slash: teloxide appends `/bot<token>/<method>` to it.
fn api_base(url: &url::Url) -> anyhow::Result<url::Url> {
    let text = url.as_str().trim_end_matches('/');
    url::Url::parse(text).with_context(|| format!("the Bot API URL {url} is not usable"))
}

async fn serve(args: TelegramArgs, app: Arc<App>, token: String) -> anyhow::Result<()> {
    let bot = Bot::new(token).set_api_url(api_base(&args.api_url)?);
    // Fails early with a clear message on a wrong token; retried like every call.
    let me = send::call(bot.get_me(), "getMe")
        .await
        .context("asking the Bot API who we are (getMe); is TELOXIDE_TOKEN right?")?;
    tracing::info!(bot = %me.username(), "connected");
    send::set_commands(&bot, &app).await;

    let mut dispatcher = Dispatcher::builder(bot.clone(), handler_tree())
        .dependencies(app.dependencies())
        .default_handler(|_| async {})
        .error_handler(LoggingErrorHandler::with_custom_text(
            "an update could not be handled completely; it is retried with the next update of that chat or on restart",
        ))
        .build();
    let stopping = Arc::new(AtomicBool::new(false));
    let signals = tokio::spawn(watch_signals(dispatcher.shutdown_token(), stopping.clone()));

    let mut attempt: u32 = 0;
    let result = loop {
        if stopping.load(Ordering::SeqCst) {
            break Ok(());
        }
        let listener_errors = LoggingErrorHandler::with_custom_text("receiving updates failed");
        // getMe comes first inside the dispatcher; like every call it may meet a 429 or a 5xx.
        let outcome = match &args.webhook_url {
            None => {
                // A webhook left over from another deployment would make getUpdates fail.
                if let Err(e) = send::call(bot.delete_webhook(), "deleteWebhook").await {
                    tracing::warn!(error = %e, "could not delete a webhook");
                }
                let polling = Polling::builder(bot.clone())
                    .timeout(Duration::from_secs(u64::from(args.poll_timeout)))
                    .build();
                let listener = listener::InboxListener::new(polling, app.store.clone());
                dispatcher
                    .try_dispatch_with_listener(listener, listener_errors)
                    .await
            }
            Some(url) => {
                let mut options = webhooks::Options::new(args.listen, url.clone());
                if let Some(secret) = &args.webhook_secret {
                    options = options.secret_token(secret.clone());
                }
                match webhooks::axum(bot.clone(), options).await {
                    Ok(l) => {
                        let listener = listener::InboxListener::new(l, app.store.clone());
                        dispatcher
                            .try_dispatch_with_listener(listener, listener_errors)
                            .await
                    }
                    Err(e) => Err(e),
                }
            }
        };
        match outcome {
            Ok(()) => break Ok(()),
            // Retried as a whole while nothing is bound yet: setWebhook or polling's getMe.
            Err(e) if send::is_transient(&e) && attempt < 10 => {
                attempt += 1;
                tracing::warn!(error = %e, "starting to receive updates failed; retrying");
                tokio::time::sleep(Duration::from_secs(u64::from(attempt))).await;
            }
            Err(e) => break Err(anyhow::Error::new(e).context("starting to receive updates")),
        }
    };
    signals.abort();
    app.store
        .flush()
        .await
        .context("writing the data folder to disk")?;
    tracing::info!("stopped");
    result
}

/// SIGINT or SIGTERM: stop taking updates, let the ones in flight finish, then `serve`
/// flushes the store. A signal during startup (before the dispatcher runs) stops it there.
async fn watch_signals(token: ShutdownToken, stopping: Arc<AtomicBool>) {
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot watch SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term => {}
    }
    tracing::info!("signal received; finishing the updates in flight");
    stopping.store(true, Ordering::SeqCst);
    // The dispatcher may still be starting (getMe); keep asking until it can stop.
    for _ in 0..600 {
        if let Ok(done) = token.shutdown() {
            done.await;
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
