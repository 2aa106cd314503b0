//! The live content of a running bot: one validated version of the coordinators' files,
//! replaced while the bot keeps answering.
//!
//! Why an [`ArcSwap`]: every update takes the version that is live when it starts and keeps it
//! to the end, so a reload never mixes two versions in one reply, and nobody waits for a lock.
//! A reload loads and validates exactly as `wegweiser check` does ([`Content::load`]); only a
//! version without errors replaces the old one. A refused version leaves the last good one
//! serving and is remembered, with its error lines, for the coordinators (`/status`).
//! Conversations in flight continue: a parent whose step disappeared is moved by the engine
//! (`State::reconcile`, "sys-updated").

use std::path::PathBuf;
use std::sync::{mpsc, Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use arc_swap::ArcSwap;
use chrono::{DateTime, Local};

use crate::config::Files;
use crate::conversation::Content;
use wegweiser_content::check::{CodeMessages, Report};
use wegweiser_offers::OfferFinder;

/// What started a reload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// The file watcher saw an edit.
    Files,
    /// An admin asked (`/reload`).
    Command,
}

/// The result of one reload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The new files are live. `changed`: they differ from the version before, or repair a
    /// refused edit.
    Loaded { version: String, changed: bool },
    /// The files have errors: the last good version keeps serving. One `path:line:col:
    /// error: message` line per error, as `check` prints them.
    Refused { errors: Vec<String> },
    /// This bot runs on fixed content (tests) and cannot reload.
    Unavailable,
}

/// One reload, for `/status` and the notice to admins.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub at: DateTime<Local>,
    pub trigger: Trigger,
    pub outcome: Outcome,
}

/// What `/status` shows.
#[derive(Debug, Clone)]
pub struct Status {
    /// `Tree::version`: a fingerprint of the dialog files.
    pub version: String,
    /// A fingerprint of the locale files (a text edit leaves `version` as it is).
    pub texts: String,
    pub loaded_at: DateTime<Local>,
    pub last: Option<Attempt>,
    /// A reload under way since then: a large edit takes seconds to check, and an admin asking
    /// meanwhile should not read "no reload since start".
    pub reloading_since: Option<DateTime<Local>>,
}

/// The live content and where it is reloaded from.
pub struct Live {
    current: ArcSwap<Content>,
    /// `None`: fixed content, no reload.
    files: Option<Files>,
    /// Set again on every new version, so offers steps keep finding offers.
    offers: Option<Arc<dyn OfferFinder>>,
    /// The program's own texts, which every version must have (`check`).
    code: CodeMessages,
    status: Mutex<Status>,
    /// One reload at a time: a watcher event and `/reload` at once would race for the swap.
    reloading: Mutex<()>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Live {
    /// Content that never changes (tests, embedding).
    pub fn fixed(content: Content) -> Live {
        let status = Status {
            version: content.tree.version.clone(),
            texts: String::new(),
            loaded_at: Local::now(),
            last: None,
            reloading_since: None,
        };
        Live {
            current: ArcSwap::from_pointee(content),
            files: None,
            offers: None,
            code: &[],
            status: Mutex::new(status),
            reloading: Mutex::new(()),
        }
    }

    /// Loads the files as `check` does; with errors, returns the report and nothing runs.
    pub fn load(
        files: &Files,
        offers: Option<Arc<dyn OfferFinder>>,
        code: CodeMessages,
    ) -> Result<Live, Box<Report>> {
        let (content, _) = Content::load(&files.dialogs, &files.locales, code)?;
        let content = attach(content, &offers);
        let status = Status {
            version: content.tree.version.clone(),
            texts: texts_fingerprint(files),
            loaded_at: Local::now(),
            last: None,
            reloading_since: None,
        };
        Ok(Live {
            current: ArcSwap::from_pointee(content),
            files: Some(files.clone()),
            offers,
            code,
            status: Mutex::new(status),
            reloading: Mutex::new(()),
        })
    }

    /// The version live now. Hold it for a whole update: a reload meanwhile does not change it.
    pub fn get(&self) -> Arc<Content> {
        self.current.load_full()
    }

    pub fn status(&self) -> Status {
        lock(&self.status).clone()
    }

    /// The folders watched and reloaded, if any.
    pub fn files(&self) -> Option<&Files> {
        self.files.as_ref()
    }

    /// Reads and validates the files again; swaps them in only without errors. Blocking
    /// (reads every file): call it off the async threads.
    pub fn reload(&self, trigger: Trigger) -> Attempt {
        let _one = lock(&self.reloading);
        lock(&self.status).reloading_since = Some(Local::now());
        let outcome = match &self.files {
            None => Outcome::Unavailable,
            Some(files) => match Content::load(&files.dialogs, &files.locales, self.code) {
                Ok((content, _)) => {
                    let content = attach(content, &self.offers);
                    let version = content.tree.version.clone();
                    let texts = texts_fingerprint(files);
                    let mut status = lock(&self.status);
                    // After a refused edit, the repaired files are news even when they equal
                    // the version that kept serving.
                    let was_refused = matches!(
                        status.last,
                        Some(Attempt {
                            outcome: Outcome::Refused { .. },
                            ..
                        })
                    );
                    let changed = status.version != version || status.texts != texts || was_refused;
                    self.current.store(Arc::new(content));
                    status.version = version.clone();
                    status.texts = texts;
                    status.loaded_at = Local::now();
                    tracing::info!(%version, changed, "dialogs and locales reloaded");
                    Outcome::Loaded { version, changed }
                }
                Err(report) => {
                    let errors: Vec<String> =
                        report.diagnostics.errors().map(|d| d.to_string()).collect();
                    for e in &errors {
                        tracing::error!("{e}");
                    }
                    tracing::error!(
                        errors = errors.len(),
                        "the edited files have errors; the last good version keeps serving"
                    );
                    Outcome::Refused { errors }
                }
            },
        };
        let attempt = Attempt {
            at: Local::now(),
            trigger,
            outcome,
        };
        let mut status = lock(&self.status);
        status.last = Some(attempt.clone());
        status.reloading_since = None;
        attempt
    }

    /// Watches the dialog, locale and network folders and reloads after edits, once they have been
    /// quiet for `debounce` (editors write a file in several steps, and a coordinator often
    /// saves several files). `on_reload` hears every attempt. Stops when the guard is dropped.
    pub fn watch(
        self: &Arc<Self>,
        debounce: Duration,
        on_reload: impl Fn(Attempt) + Send + 'static,
    ) -> Result<Watching, WatchError> {
        let Some(files) = &self.files else {
            return Err(WatchError::Fixed);
        };
        let (tx, rx) = mpsc::channel::<()>();
        let mut watcher =
            notify::recommended_watcher(move |ev: notify::Result<notify::Event>| match ev {
                Ok(ev) if relevant(&ev) => {
                    let _ = tx.send(());
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "watching the files"),
            })?;
        // The networks' folder too: a coordinator adding an admin chat or a postcode to their
        // network.toml expects it live like any other edit.
        let networks = wegweiser_content::check::networks_dir(&files.dialogs);
        for dir in [&files.dialogs, &files.locales, &networks] {
            use notify::Watcher as _;
            if dir == &networks && !dir.is_dir() {
                continue;
            }
            watcher.watch(dir, notify::RecursiveMode::Recursive)?;
        }
        let live = self.clone();
        let thread = std::thread::Builder::new()
            .name("wegweiser-watch".into())
            .spawn(move || debounce_loop(&live, &rx, debounce, on_reload))
            .map_err(WatchError::Thread)?;
        Ok(Watching {
            _watcher: watcher,
            _thread: thread,
        })
    }
}

/// Keeps the file watcher alive; dropping it stops watching (the thread ends with the channel).
pub struct Watching {
    _watcher: notify::RecommendedWatcher,
    _thread: std::thread::JoinHandle<()>,
}

#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("this content is fixed and has no files to watch")]
    Fixed,
    #[error("cannot watch the files: {0}")]
    Notify(#[from] notify::Error),
    #[error("cannot start the watcher thread: {0}")]
    Thread(std::io::Error),
}

/// Longest a steady stream of events can postpone a reload.
const MAX_POSTPONE: Duration = Duration::from_secs(10);

fn debounce_loop(
    live: &Live,
    rx: &mpsc::Receiver<()>,
    debounce: Duration,
    on_reload: impl Fn(Attempt),
) {
    while rx.recv().is_ok() {
        let first = Instant::now();
        loop {
            match rx.recv_timeout(debounce) {
                Ok(()) if first.elapsed() < MAX_POSTPONE => continue,
                Ok(()) | Err(mpsc::RecvTimeoutError::Timeout) => break,
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            }
        }
        on_reload(live.reload(Trigger::Files));
    }
}

/// Edits of dialog, figure, text and translation-record files; not reads, not an editor's
/// swap or backup files.
fn relevant(ev: &notify::Event) -> bool {
    !matches!(ev.kind, notify::EventKind::Access(_))
        && ev.paths.iter().any(|p| {
            let hidden = p
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.') || n.ends_with('~'));
            !hidden
                && p.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| e == "toml" || e == "ftl")
        })
}

fn attach(content: Content, offers: &Option<Arc<dyn OfferFinder>>) -> Content {
    match offers {
        Some(f) => content.with_offers(f.clone()),
        None => content,
    }
}

/// FNV-1a over the `.ftl` files under `dir` (names and contents, in path order), so `/status`
/// can tell a text edit apart even though the dialogs' version stays the same.
/// A fingerprint of what the dialogs' version does not cover: the locale files and the
/// networks' files, so an edit of a text or a `network.toml` counts as a change.
fn texts_fingerprint(files: &Files) -> String {
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut stack = vec![
        files.locales.clone(),
        wegweiser_content::check::networks_dir(&files.dialogs),
    ];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "ftl" || x == "toml") {
                paths.push(p);
            }
        }
    }
    paths.sort();
    let mut h = wegweiser_core::fingerprint::Fnv64::new();
    for p in paths {
        let text = std::fs::read(&p).unwrap_or_default();
        h.write(p.to_string_lossy().bytes().chain(text));
    }
    format!("{:08x}", h.finish() >> 32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(kind: notify::EventKind, path: &str) -> notify::Event {
        notify::Event::new(kind).add_path(PathBuf::from(path))
    }

    #[test]
    fn a_reload_is_marked_running_only_while_it_runs() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let files = Files {
            dialogs: root.join("dialogs"),
            locales: root.join("locales"),
        };
        let live = match Live::load(&files, None, &[]) {
            Ok(live) => std::sync::Arc::new(live),
            Err(report) => panic!("shipped files do not load: {:?}", report.lines()),
        };
        assert!(live.status().reloading_since.is_none());
        // Hold the one-reload lock, so a reload started now waits inside `reload`.
        let held = lock(&live.reloading);
        let other = std::sync::Arc::clone(&live);
        let worker = std::thread::spawn(move || other.reload(Trigger::Command));
        std::thread::sleep(std::time::Duration::from_millis(50));
        // Waiting for the lock is not yet running.
        assert!(live.status().reloading_since.is_none());
        drop(held);
        let attempt = worker.join().expect("reload thread");
        assert!(matches!(attempt.outcome, Outcome::Loaded { .. }));
        let status = live.status();
        assert!(status.reloading_since.is_none() && status.last.is_some());
    }

    #[test]
    fn only_edits_of_content_files_count() {
        use notify::event::{AccessKind, CreateKind, ModifyKind};
        let modify = notify::EventKind::Modify(ModifyKind::Any);
        assert!(relevant(&ev(modify, "dialogs/money.toml")));
        assert!(relevant(&ev(modify, "locales/de/money.ftl")));
        assert!(relevant(&ev(
            notify::EventKind::Create(CreateKind::File),
            "locales/de/new.ftl"
        )));
        assert!(!relevant(&ev(
            notify::EventKind::Access(AccessKind::Any),
            "dialogs/money.toml"
        )));
        assert!(!relevant(&ev(modify, "dialogs/.money.toml.swp")));
        assert!(!relevant(&ev(modify, "dialogs/money.toml~")));
        assert!(!relevant(&ev(modify, "dialogs/notes.txt")));
    }
}
