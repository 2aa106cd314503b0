//! `wegweiser telegram`: the bot, as a channel of the delivery core (`wegweiser_delivery`).
//!
//! The crash-safe part — inbox, commits, planned replies, replay, flood limit, callback tags,
//! the update flow — is channel-neutral and lives in the core. This crate only maps Telegram to
//! it: [`handler`] turns an update into the core's `Incoming`, [`send`] carries out each action
//! as a Bot API call (retried, without teloxide's 10 s sleep on a 5xx) as the core's `Channel`,
//! [`listener`] and [`poll`] feed the core's inbox with a minimal [`record`] of each update, and
//! [`dialogues`] is teloxide's dialogue storage over the same trees. Setup for operators:
//! `docs/telegram.md`.

mod commands;
mod dialogues;
mod handler;
pub mod limits;
mod listener;
mod poll;
mod record;
mod send;
mod stop;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use teloxide::dispatching::dialogue::{ErasedStorage, Storage};
use teloxide::dispatching::ShutdownToken;
use teloxide::prelude::*;
use teloxide::update_listeners::webhooks;

use wegweiser_content::check::CodeMessages;
use wegweiser_conversation::config::{Data, Files};
use wegweiser_conversation::live::Live;
use wegweiser_core::engine::State;
use wegweiser_delivery::{admin, DeliveryStore, TreeNames};
use wegweiser_offers::OfferStore;
use wegweiser_store::stats::Stats;
use wegweiser_store::{SledStore, StoreError};

pub use dialogues::{DialogueError, Dialogues};
pub use handler::{handler_tree, incoming};
pub use send::{TelegramChannel, LIMITS, TEXTS};
pub use wegweiser_delivery::ui::{
    fit_label, map_index, screen_tag, split_text, tapped_key, width, STALE_KEY,
};
pub use wegweiser_delivery::{App, ChatMeta, DeliveryError, ADMIN_MESSAGES};

/// The Telegram bot's sled trees and conversation keys (`tg:<chat id>`).
pub const TREE_NAMES: TreeNames = TreeNames {
    chats: "tg_chats",
    inbox: "tg_inbox",
    seen: "tg_seen",
    guard: "tg_guard",
    key_prefix: "tg",
};
/// Every sled tree this channel writes (for the privacy audit).
pub const TREES: &[&str] = &TREE_NAMES.all();
/// What a backup keeps of this channel (`wegweiser backup`).
pub const BACKUP_TREES: &[&str] = &TREE_NAMES.backed_up();
/// Telegram's limit on a message text, in characters.
pub const MAX_TEXT: usize = LIMITS.max_text;
/// Telegram's limit on callback data, in bytes.
pub const MAX_CALLBACK_DATA: usize = LIMITS.max_callback_data;
/// Widest label of a button sharing a row of three on a phone.
pub const NAV_LABEL_WIDTH: usize = LIMITS.nav_label_width;
/// Widest label of a button alone in its row.
pub const ROW_LABEL_WIDTH: usize = LIMITS.row_label_width;

/// The delivery store with this channel's trees.
pub fn open_store(store: SledStore) -> Result<DeliveryStore, StoreError> {
    DeliveryStore::new(store, TREE_NAMES)
}

/// The conversation key of a Telegram chat in the sessions tree.
pub fn session_key(chat: ChatId) -> String {
    TREE_NAMES.session_key(wegweiser_delivery::ChatId(chat.0))
}

/// Callback data for a button on Telegram (`<engine key>|<screen tag>`).
pub fn callback_data(key: &str, tag: &str) -> Option<String> {
    LIMITS.callback_data(key, tag)
}

/// Updates kept in the inbox before the last stop, rebuilt from their minimal records;
/// records that no longer decode leave the inbox.
fn replayed(store: &DeliveryStore) -> Vec<Update> {
    let mut out = Vec::new();
    for (id, bytes) in store.inbox_pending() {
        match serde_json::from_slice::<record::InboxRecord>(&bytes)
            .ok()
            .and_then(|r| r.to_update())
        {
            Some(u) => out.push(u),
            None => {
                tracing::warn!("dropping an inbox entry that cannot be handled any more");
                if let Err(e) = store.inbox_drop(id) {
                    tracing::error!(error = %e, "could not drop an inbox entry");
                }
            }
        }
    }
    out
}

/// Texts this adapter shows (see `wegweiser::CODE_MESSAGES`), in `locales/<lang>/telegram.ftl`.
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
    ("tg-contact-not-kept", &[]),
    ("tg-text-shortened", &[]),
    ("tg-choose", &[]),
    ("tg-map", &["offer"]),
    ("tg-slow-down", &[]),
    // locales/<lang>/telegram-ui.ftl
    ("tg-nav-back", &[]),
    ("tg-nav-menu", &[]),
    ("tg-nav-urgent", &[]),
    ("tg-lang-prompt", &[]),
    ("tg-postcode-from-location", &["place"]),
    ("tg-location-no-postcode", &[]),
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
    /// A chat that may use the admin commands (/reload, /status, /stats, /needs); repeat for
    /// several. In the environment: comma-separated
    #[arg(
        long = "admin",
        value_name = "CHAT_ID",
        env = "WEGWEISER_ADMINS",
        value_delimiter = ','
    )]
    pub admins: Vec<i64>,
    /// Conversations inactive for this many days are deleted (checked at start and daily)
    #[arg(
        long,
        env = "WEGWEISER_SESSION_TTL",
        default_value_t = 180,
        value_name = "DAYS"
    )]
    pub session_ttl: u32,
    /// Flood limit: updates one chat may send at once before it is slowed down
    #[arg(long, env = "WEGWEISER_FLOOD_BURST", default_value_t = 30)]
    pub flood_burst: u32,
    /// Flood limit: updates per minute one chat may send on average after the burst (60:
    /// Telegram's own pace of about one message per second and chat)
    #[arg(long, env = "WEGWEISER_FLOOD_PER_MINUTE", default_value_t = 60)]
    pub flood_per_minute: u32,
    /// Seconds one Bot API request may take before it is given up and retried (more than
    /// the poll timeout)
    #[arg(long, env = "WEGWEISER_API_TIMEOUT", default_value_t = 17, hide = true)]
    pub api_timeout: u64,
}

/// The dependencies the handler tree expects: the app and teloxide's view of the store.
pub fn dependencies(app: &Arc<App>) -> DependencyMap {
    let storage: Arc<ErasedStorage<State>> = Arc::new(Dialogues(app.store.clone())).erase();
    dptree::deps![app.clone(), storage]
}

/// Runs the bot until SIGINT or SIGTERM. `code`: every program text the files must have
/// (`wegweiser::CODE_MESSAGES`), checked at start and on every reload.
pub fn run(args: TelegramArgs, code: CodeMessages) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let stop = stop::Stop::watch(&runtime).context("watching for SIGINT and SIGTERM")?;
    let token = std::env::var("TELOXIDE_TOKEN")
        .ok()
        .filter(|t| !t.trim().is_empty())
        .context("set TELOXIDE_TOKEN to the bot token from @BotFather (see docs/telegram.md)")?;
    let store = SledStore::open(&args.data.data)?;
    // Offers steps list what coordinators imported (`wegweiser offers import`) into this folder.
    let offers =
        Arc::new(OfferStore::open(store.db()).context("opening the offers in the data folder")?);
    let finder: Arc<dyn wegweiser_offers::OfferFinder> = offers.clone();
    let live = match Live::load(&args.files, Some(finder), code) {
        Ok(live) => live,
        Err(report) => {
            for d in report.diagnostics.errors() {
                eprintln!("{d}");
            }
            anyhow::bail!(
                "the dialog or locale files have errors (listed above); fix them, `wegweiser check` shows them all"
            );
        }
    };
    let stats = Stats::open(store.db()).context("opening the usage counters")?;
    let store = Arc::new(open_store(store)?);
    let app = Arc::new(
        App::with_live(Arc::new(live), store, args.data.today)
            .with_admins(args.admins.iter().copied())
            .with_flood_limit(args.flood_burst, args.flood_per_minute)
            .with_offer_store(offers)
            .counting(stats),
    );
    runtime.block_on(serve(args, app, token.trim().to_string(), stop))
}

/// Quiet time after the last file event before a reload: editors write in several steps.
const RELOAD_DEBOUNCE: Duration = Duration::from_millis(400);

/// A base URL without a trailing slash: teloxide appends `/bot<token>/<method>` to it.
fn api_base(url: &url::Url) -> anyhow::Result<url::Url> {
    let text = url.as_str().trim_end_matches('/');
    url::Url::parse(text).with_context(|| format!("the Bot API URL {url} is not usable"))
}

async fn serve(
    args: TelegramArgs,
    app: Arc<App>,
    token: String,
    stop: stop::Stop,
) -> anyhow::Result<()> {
    // The client's timeout must outlast a long poll.
    let timeout = Duration::from_secs(args.api_timeout.max(u64::from(args.poll_timeout) + 2));
    let client = teloxide::net::default_reqwest_settings()
        .timeout(timeout)
        .build()
        .context("setting up the HTTP client")?;
    let bot = Bot::with_client(token, client).set_api_url(api_base(&args.api_url)?);
    send::set_timeout(timeout);
    // Fails early with a clear message on a wrong token; retried like every call.
    let me = tokio::select! {
        // A stop asked for while the store was opened wins over a quick answer.
        biased;
        () = stop.wait() => {
            tracing::info!("stopped before connecting");
            return Ok(());
        }
        me = send::call(&bot, bot.get_me(), "getMe") => me,
    }
    .context("asking the Bot API who we are (getMe); is TELOXIDE_TOKEN right?")?;
    tracing::info!(bot = %me.username(), "connected");
    tokio::select! {
        () = send::set_commands(&bot, &app) => {}
        () = stop.wait() => {}
    }
    // Inactive conversations go, now and once a day (privacy: keep no more than needed).
    let expiry = tokio::spawn(expire_daily(app.clone(), args.session_ttl));
    // Edited files go live without a restart; the guard keeps watching until `serve` ends.
    let _watching = {
        let (bot, app2, rt) = (bot.clone(), app.clone(), tokio::runtime::Handle::current());
        match app.live.watch(RELOAD_DEBOUNCE, move |attempt| {
            rt.spawn(admin::announce(
                TelegramChannel::new(bot.clone()),
                app2.clone(),
                attempt,
            ));
        }) {
            Ok(w) => Some(w),
            Err(e) => {
                tracing::warn!(error = %e, "edited files are not picked up automatically; use /reload");
                None
            }
        }
    };

    let mut dispatcher = Dispatcher::builder(bot.clone(), handler_tree())
        .dependencies(dependencies(&app))
        .default_handler(|_| async {})
        .error_handler(LoggingErrorHandler::with_custom_text(
            "an update could not be handled completely; it is retried with the next update of that chat or on restart",
        ))
        .build();
    let signals = tokio::spawn(shut_down_on(stop.clone(), dispatcher.shutdown_token()));

    let mut attempt: u32 = 0;
    let result = loop {
        if stop.requested() {
            break Ok(());
        }
        let listener_errors = LoggingErrorHandler::with_custom_text("receiving updates failed");
        // getMe comes first inside the dispatcher; like every call it may meet a 429 or a 5xx.
        let outcome = match &args.webhook_url {
            None => {
                // A webhook left over from another deployment would make getUpdates fail.
                if let Err(e) = send::call(&bot, bot.delete_webhook(), "deleteWebhook").await {
                    tracing::warn!(error = %e, "could not delete a webhook");
                }
                // What the inbox keeps (set by the listener), confirmed by the poller.
                let kept = Arc::new(std::sync::atomic::AtomicU32::new(0));
                let polling = poll::Poller::new(
                    bot.clone(),
                    Duration::from_secs(u64::from(args.poll_timeout)),
                    kept.clone(),
                );
                let listener =
                    listener::InboxListener::new(polling, app.store.clone(), app.limit.clone())
                        .with_kept_mark(kept);
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
                        let listener =
                            listener::InboxListener::new(l, app.store.clone(), app.limit.clone());
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
                tokio::select! {
                    () = tokio::time::sleep(Duration::from_secs(u64::from(attempt))) => {}
                    () = stop.wait() => {}
                }
            }
            Err(e) => break Err(anyhow::Error::new(e).context("starting to receive updates")),
        }
    };
    signals.abort();
    expiry.abort();
    app.store
        .flush()
        .await
        .context("writing the data folder to disk")?;
    let (asked, ran, busy_micros) = app.store.flush_counts();
    let busy_ms = busy_micros / 1000;
    tracing::info!(
        asked,
        ran,
        busy_ms,
        "flushes of the data folder (asked for, run: group commit; time spent in them)"
    );
    tracing::info!("stopped");
    result
}

/// Deletes conversations inactive for `ttl_days`, at start and then every day.
async fn expire_daily(app: Arc<App>, ttl_days: u32) {
    loop {
        let (store, today) = (app.store.clone(), app.today());
        match tokio::task::spawn_blocking(move || store.expire(today, ttl_days)).await {
            Ok(Ok(n)) => tracing::info!(count = n, "inactive conversations deleted"),
            Ok(Err(e)) => tracing::error!(error = %e, "expiring inactive conversations failed"),
            Err(e) => tracing::error!(error = %e, "expiring inactive conversations failed"),
        }
        tokio::time::sleep(Duration::from_secs(24 * 3600)).await;
    }
}

/// SIGINT or SIGTERM: stop taking updates, let the ones in flight finish, then `serve`
/// flushes the store.
async fn shut_down_on(stop: stop::Stop, token: ShutdownToken) {
    stop.wait().await;
    // The dispatcher may still be starting (getMe); keep asking until it can stop.
    for _ in 0..600 {
        if let Ok(done) = token.shutdown() {
            done.await;
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
