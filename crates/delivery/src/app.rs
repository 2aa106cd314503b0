//! What every update's handling needs, whatever the channel.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::NaiveDate;
use wegweiser_conversation::conversation::Content;
use wegweiser_conversation::live::Live;
use wegweiser_offers::OfferStore;
use wegweiser_store::stats::Stats;

use crate::limits;
use crate::store::DeliveryStore;
use crate::ChatId;

/// What every handler needs: the live content, the store, and the day.
pub struct App {
    /// Replaced by reloads; each update holds the version it started with ([`App::content`]).
    pub live: Arc<Live>,
    pub store: Arc<DeliveryStore>,
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
    pub fn new(content: Content, store: Arc<DeliveryStore>, today: Option<NaiveDate>) -> App {
        App::with_live(Arc::new(Live::fixed(content)), store, today)
    }

    pub fn with_live(live: Arc<Live>, store: Arc<DeliveryStore>, today: Option<NaiveDate>) -> App {
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
    pub fn count(&self, o: &wegweiser_store::stats::Observation) {
        if let Some(stats) = &self.stats {
            if !o.is_empty() {
                if let Err(e) = stats.record(o, self.today()) {
                    tracing::error!(error = %e, "a usage counter could not be written");
                }
            }
        }
    }

    /// The day of this update: the fixed one, or today in local time.
    pub fn today(&self) -> NaiveDate {
        wegweiser_content::today::today(self.today)
    }
}
