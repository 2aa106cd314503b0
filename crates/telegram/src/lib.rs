//! `wegweiser telegram`: the bot.
//!
//! As thin as the terminal adapter: [`handler`] maps an update to an engine input and the
//! rendered reply to Telegram messages; everything a parent reads comes from the locales.
//! What makes it more than a loop around `handle_text` is delivery: Telegram hands out updates
//! at least once and can lose in-flight ones on a crash, and answers 429/5xx under load. So
//! updates go through a durable inbox ([`listener`]), a chat's state is committed together with
//! the reply still to send ([`store`]), and every Bot API call is retried ([`send`]). Setup for
//! operators: `docs/telegram.md`. Coordinators' admin commands and reload notices: [`admin`].

mod admin;
mod handler;
pub mod limits;
mod listener;
mod place;
mod poll;
mod record;
mod send;
mod store;
mod ui;

use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use wegweiser_content::check::CodeMessages;

use anyhow::Context as _;
use chrono::NaiveDate;
use teloxide::dispatching::dialogue::{ErasedStorage, Storage};
use teloxide::dispatching::ShutdownToken;
use teloxide::prelude::*;
use teloxide::update_listeners::webhooks;

use wegweiser_conversation::config::{Data, Files};
use wegweiser_conversation::conversation::Content;
use wegweiser_conversation::live::Live;
use wegweiser_core::engine::State;
use wegweiser_offers::OfferStore;
use wegweiser_store::stats::Stats;
use wegweiser_store::SledStore;

pub use admin::ADMIN_MESSAGES;
pub use handler::handler_tree;
pub use store::BACKUP_TREES;
pub use store::TREES;
pub use store::{session_key, ChatMeta, TgStore, TgStoreError};
pub use ui::{
    callback_data, fit_label, map_index, screen_tag, split_text, tapped_key, width,
    MAX_CALLBACK_DATA, MAX_TEXT, NAV_LABEL_WIDTH, ROW_LABEL_WIDTH, STALE_KEY,
};

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

/// What every handler needs: the live content, the store, and the day.
pub struct App {
    /// Replaced by reloads; each update holds the version it started with ([`App::content`]).
    pub live: Arc<Live>,
    pub store: Arc<TgStore>,
    /// A fixed day (tests, `WEGWEISER_TODAY`); otherwise today in local time, per update.
    pub today: Option<NaiveDate>,
    /// Chats allowed the admin commands.
    pub admins: HashSet<ChatId>,
    /// The needs report's counters; `None`: nothing is counted.
    pub stats: Option<Stats>,
    /// Per-chat flood limit, shared with the listener.
    pub limit: Arc<limits::FloodLimit>,
    /// The imported offers, for the postcode near a shared location; `None`: not known.
    pub offers: Option<Arc<OfferStore>>,
}

impl App {
    /// A bot on fixed content, no admins, nothing counted.
    pub fn new(content: Content, store: Arc<TgStore>, today: Option<NaiveDate>) -> App {
        App::with_live(Arc::new(Live::fixed(content)), store, today)
    }

    pub fn with_live(live: Arc<Live>, store: Arc<TgStore>, today: Option<NaiveDate>) -> App {
        App {
            live,
            store,
            today,
            admins: HashSet::new(),
            stats: None,
            limit: Arc::new(limits::FloodLimit::new(30, 60)),
            offers: None,
        }
    }

    /// Lets a location shared at the postcode question answer it from these offers' postcodes.
    pub fn with_offer_store(mut self, offers: Arc<OfferStore>) -> App {
        self.offers = Some(offers);
        self
    }

    pub fn with_flood_limit(mut self, burst: u32, per_minute: u32) -> App {
        self.limit = Arc::new(limits::FloodLimit::new(burst, per_minute));
        self
    }

    pub fn with_admins(mut self, admins: impl IntoIterator<Item = i64>) -> App {
        self.admins = admins.into_iter().map(ChatId).collect();
        self
    }

    pub fn counting(mut self, stats: Stats) -> App {
        self.stats = Some(stats);
        self
    }

    /// The content live now.
    pub fn content(&self) -> Arc<Content> {
        self.live.get()
    }

    /// Adds a step to the needs report. A failure is logged, never passed on: the parent's
    /// reply does not depend on it.
    fn count(&self, o: &wegweiser_store::stats::Observation) {
        if let Some(stats) = &self.stats {
            if !o.is_empty() {
                if let Err(e) = stats.record(o, self.today()) {
                    tracing::error!(error = %e, "a usage counter could not be written");
                }
            }
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

/// Runs the bot until SIGINT or SIGTERM. `code`: every program text the files must have
/// (`wegweiser::CODE_MESSAGES`), checked at start and on every reload.
pub fn run(args: TelegramArgs, code: CodeMessages) -> anyhow::Result<()> {
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
    let store = Arc::new(TgStore::new(store)?);
    let app = Arc::new(
        App::with_live(Arc::new(live), store, args.data.today)
            .with_admins(args.admins.iter().copied())
            .with_flood_limit(args.flood_burst, args.flood_per_minute)
            .with_offer_store(offers)
            .counting(stats),
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(serve(args, app, token.trim().to_string()))
}

/// Quiet time after the last file event before a reload: editors write in several steps.
const RELOAD_DEBOUNCE: Duration = Duration::from_millis(400);

/// A base URL without a trailing slash: teloxide appends `/bot<token>/<method>` to it.
fn api_base(url: &url::Url) -> anyhow::Result<url::Url> {
    let text = url.as_str().trim_end_matches('/');
    url::Url::parse(text).with_context(|| format!("the Bot API URL {url} is not usable"))
}

async fn serve(args: TelegramArgs, app: Arc<App>, token: String) -> anyhow::Result<()> {
    // The client's timeout must outlast a long poll.
    let timeout = Duration::from_secs(args.api_timeout.max(u64::from(args.poll_timeout) + 2));
    let client = teloxide::net::default_reqwest_settings()
        .timeout(timeout)
        .build()
        .context("setting up the HTTP client")?;
    let bot = Bot::with_client(token, client).set_api_url(api_base(&args.api_url)?);
    send::set_timeout(timeout);
    // Fails early with a clear message on a wrong token; retried like every call.
    let me = send::call(&bot, bot.get_me(), "getMe")
        .await
        .context("asking the Bot API who we are (getMe); is TELOXIDE_TOKEN right?")?;
    tracing::info!(bot = %me.username(), "connected");
    send::set_commands(&bot, &app).await;
    // Inactive conversations go, now and once a day (privacy: keep no more than needed).
    let expiry = tokio::spawn(expire_daily(app.clone(), args.session_ttl));
    // Edited files go live without a restart; the guard keeps watching until `serve` ends.
    let _watching = {
        let (bot, app2, rt) = (bot.clone(), app.clone(), tokio::runtime::Handle::current());
        match app.live.watch(RELOAD_DEBOUNCE, move |attempt| {
            rt.spawn(admin::announce(bot.clone(), app2.clone(), attempt));
        }) {
            Ok(w) => Some(w),
            Err(e) => {
                tracing::warn!(error = %e, "edited files are not picked up automatically; use /reload");
                None
            }
        }
    };

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
                tokio::time::sleep(Duration::from_secs(u64::from(attempt))).await;
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
