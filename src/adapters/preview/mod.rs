//! `wegweiser preview`: a local web page on which a coordinator talks to the bot as a parent
//! would, over their working copy of the files, with live reload.
//!
//! Thin over [`Content`] and [`Live`]: the page posts a button's key (or typed text), this
//! module runs it through the same `Content::handle` as every adapter and answers with the
//! rendered screen as JSON, plus where it comes from (node id, dialog `file:line:col`, message
//! id and its `.ftl` position). The file watcher reloads after a save; `/api/status` tells
//! the page (polled every second) whether the new version is live or was refused, with the
//! check's `path:line:col` lines, while the last good version keeps answering.
//!
//! Conversations live in memory, one per browser tab, keyed by a random id; offers come from
//! the sample sheet, imported into a temporary sled store. Nothing is written to disk, no
//! network beyond the address bound (loopback unless `--bind` says otherwise). The page is
//! plain HTML, CSS and JavaScript embedded in the binary; it builds its DOM with `textContent`.

use std::collections::HashMap;
use std::io::Write as _;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use axum::extract::{Query, State as Shared};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::config::Files;
use crate::conversation::{Content, Rendered};
use crate::engine::{Effect, Input, State};
use crate::i18n::is_rtl;
use crate::live::{Live, Outcome};
use crate::offers::{
    cli::{seed_if_empty, seed_networks_if_empty},
    present, OfferFinder, OfferStore, Ranked,
};
use crate::tools::graph;

const INDEX_HTML: &str = include_str!("assets/index.html");
const APP_JS: &str = include_str!("assets/app.js");
const APP_CSS: &str = include_str!("assets/app.css");

/// Conversations kept at once; the least recently used one goes first.
const MAX_SESSIONS: usize = 500;
/// Longest typed message taken from the page.
const MAX_TEXT: usize = 2000;
/// Quiet time after an edit before the files are reloaded.
const DEBOUNCE: Duration = Duration::from_millis(300);

#[derive(clap::Args, Debug, Clone)]
pub struct PreviewArgs {
    #[command(flatten)]
    pub files: Files,
    /// Address to listen on; the default serves this computer only
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// Port to listen on (0: any free port; the address is printed)
    #[arg(long, default_value_t = 8090)]
    pub port: u16,
    /// Offers shown on offers steps (imported into memory; nothing is written); default:
    /// every network's `networks/<id>/offers.csv`
    #[arg(long, env = "WEGWEISER_SAMPLE_OFFERS")]
    pub sample_offers: Option<PathBuf>,
    /// Pretend today is this date (YYYY-MM-DD): which yearly figures apply. For tests.
    #[arg(long, env = "WEGWEISER_TODAY", hide = true)]
    pub today: Option<NaiveDate>,
}

struct Session {
    state: State,
    used: Instant,
}

struct App {
    live: Arc<Live>,
    files: Files,
    offers: Option<OfferStore>,
    today: Option<NaiveDate>,
    sessions: Mutex<HashMap<String, Session>>,
    /// The tree's SVG for one version of the files (laying it out takes a moment).
    graph: Mutex<Option<(String, Arc<String>)>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl App {
    fn today(&self) -> NaiveDate {
        crate::today::today(self.today)
    }

    fn state_of(&self, id: &str) -> Option<State> {
        let mut sessions = lock(&self.sessions);
        let s = sessions.get_mut(id)?;
        s.used = Instant::now();
        Some(s.state.clone())
    }

    fn keep(&self, id: &str, state: State) {
        let mut sessions = lock(&self.sessions);
        if !sessions.contains_key(id) && sessions.len() >= MAX_SESSIONS {
            if let Some(oldest) = sessions
                .iter()
                .min_by_key(|(_, s)| s.used)
                .map(|(k, _)| k.clone())
            {
                sessions.remove(&oldest);
            }
        }
        sessions.insert(
            id.to_string(),
            Session {
                state,
                used: Instant::now(),
            },
        );
    }
}

/// Starts the page and serves until Ctrl-C. Prints the address to stdout once it listens.
pub fn run(args: PreviewArgs) -> anyhow::Result<()> {
    let offers = temporary_offers(&args)?;
    let finder = offers
        .as_ref()
        .map(|o| Arc::new(o.clone()) as Arc<dyn OfferFinder>);
    let live = match Live::load(&args.files, finder, crate::CODE_MESSAGES) {
        Ok(live) => Arc::new(live),
        Err(report) => {
            for d in report.diagnostics.errors() {
                eprintln!("{d}");
            }
            anyhow::bail!(
                "the dialog or locale files have errors (listed above); fix them and start the preview again"
            );
        }
    };
    let _watching = live
        .watch(DEBOUNCE, |attempt| match attempt.outcome {
            Outcome::Loaded { version, .. } => {
                eprintln!("wegweiser preview: new version {version} is live");
            }
            Outcome::Refused { errors } => {
                for e in errors {
                    eprintln!("{e}");
                }
                eprintln!("wegweiser preview: the last good version keeps answering");
            }
            Outcome::Unavailable => {}
        })
        .context("watching the dialog and locale folders")?;
    let app = Arc::new(App {
        live,
        files: args.files.clone(),
        offers,
        today: args.today,
        sessions: Mutex::new(HashMap::new()),
        graph: Mutex::new(None),
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the web server's runtime")?;
    runtime.block_on(serve(app, SocketAddr::new(args.bind, args.port)))
}

/// The sample offers in a sled store that lives in memory (and a temporary file sled removes).
fn temporary_offers(args: &PreviewArgs) -> anyhow::Result<Option<OfferStore>> {
    if let Some(sample) = args.sample_offers.as_ref().filter(|s| !s.is_file()) {
        eprintln!(
            "wegweiser preview: no offers file {}; offers steps will list nothing",
            sample.display()
        );
        return Ok(None);
    }
    let db = sled::Config::new()
        .temporary(true)
        .open()
        .context("opening a temporary store for the offers")?;
    let store = OfferStore::open(&db).context("opening the offers")?;
    match &args.sample_offers {
        Some(sample) => {
            seed_if_empty(&store, sample)
                .with_context(|| format!("importing the offers {}", sample.display()))?;
        }
        None => {
            let dir = crate::check::networks_dir(&args.files.dialogs);
            let (networks, _) = crate::networks::load_dir(&dir);
            seed_networks_if_empty(&store, &networks, None)
                .with_context(|| format!("importing the networks' offers in {}", dir.display()))?;
        }
    }
    Ok(Some(store))
}

async fn serve(app: Arc<App>, addr: SocketAddr) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr().context("reading the address")?;
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "Wegweiser preview: http://{local}/")?;
        out.flush()?;
    }
    if !local.ip().is_loopback() {
        eprintln!(
            "wegweiser preview: listening on {local}: other computers on this network can open the page"
        );
    }
    axum::serve(listener, router(app, local.ip().is_loopback()))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .context("serving the preview")
}

/// `loopback`: only requests naming this computer (`Host: 127.0.0.1`, `localhost`, `[::1]`)
/// are answered, so a web page elsewhere cannot reach the preview through a name of its own
/// that resolves to 127.0.0.1 (DNS rebinding).
fn router(app: Arc<App>, loopback: bool) -> Router {
    let router = Router::new()
        .route(
            "/",
            get(|| async { asset("text/html; charset=utf-8", INDEX_HTML) }),
        )
        .route(
            "/app.js",
            get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }),
        )
        .route(
            "/app.css",
            get(|| async { asset("text/css; charset=utf-8", APP_CSS) }),
        )
        .route("/api/languages", get(languages))
        .route("/api/start", post(start))
        .route("/api/step", post(step))
        .route("/api/lang", post(language))
        .route("/api/current", post(current))
        .route("/api/status", get(status))
        .route("/api/graph.svg", get(graph_svg))
        .route("/api/offers", get(offers))
        .with_state(app);
    if loopback {
        router.layer(axum::middleware::from_fn(loopback_host))
    } else {
        router
    }
}

async fn loopback_host(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if is_local_host(host) {
        next.run(req).await
    } else {
        (
            StatusCode::MISDIRECTED_REQUEST,
            "the preview answers only at 127.0.0.1 or localhost",
        )
            .into_response()
    }
}

fn is_local_host(host: &str) -> bool {
    let name = match host.rsplit_once(':') {
        Some((name, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    };
    matches!(
        name.to_ascii_lowercase().as_str(),
        "127.0.0.1" | "localhost" | "[::1]"
    )
}

fn asset(kind: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "no-store"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
            ),
        ],
        body,
    )
        .into_response()
}

type ApiResult = Result<Json<Value>, (StatusCode, Json<Value>)>;

fn fail(code: StatusCode, message: &str) -> (StatusCode, Json<Value>) {
    (code, Json(json!({ "error": message })))
}

fn no_session() -> (StatusCode, Json<Value>) {
    fail(
        StatusCode::NOT_FOUND,
        "unknown conversation (the preview was restarted?)",
    )
}

/// The rendered screen for the page, with where it comes from.
#[derive(Serialize)]
struct Screen {
    text: String,
    buttons: Vec<ScreenButton>,
    node: String,
    lang: String,
    dir: &'static str,
    expects_text: bool,
    source: Source,
    version: String,
}

#[derive(Serialize)]
struct ScreenButton {
    key: String,
    label: String,
    nav: bool,
}

/// Where a coordinator edits what the screen shows.
#[derive(Serialize)]
struct Source {
    node: String,
    topic: Option<String>,
    /// The node's text in the dialog files, `path:line:col`.
    dialog: Option<String>,
    /// The message id of the node's text.
    message: Option<String>,
    /// Where that message is written in the parent's language (or German, the fallback).
    text_at: Option<String>,
}

fn source(content: &Content, node_id: &str, lang: &str) -> Source {
    let node = content.tree.node(node_id);
    let message = node.and_then(|n| n.text.clone());
    let dialog = message.as_ref().and_then(|id| {
        content
            .tree
            .messages
            .iter()
            .find(|m| &m.id == id)
            .map(|m| format!("{}:{}:{}", m.path.display(), m.line, m.col))
    });
    let text_at = message.as_ref().and_then(|id| {
        [lang, crate::i18n::SOURCE_LANG].iter().find_map(|l| {
            let info = content
                .locales
                .catalogs
                .get(*l)?
                .messages
                .get(id.as_str())?;
            Some(format!(
                "{}:{}:{}",
                info.path.display(),
                info.line,
                info.col
            ))
        })
    });
    Source {
        node: node_id.to_string(),
        topic: node.map(|n| n.topic.clone()),
        dialog,
        message: message.map(String::from),
        text_at,
    }
}

fn screen(content: &Content, r: Rendered) -> Value {
    let dir = if is_rtl(&r.lang) { "rtl" } else { "ltr" };
    let s = Screen {
        source: source(content, &r.node, &r.lang),
        buttons: r
            .buttons
            .into_iter()
            .map(|b| ScreenButton {
                key: b.key,
                label: b.label,
                nav: b.nav,
            })
            .collect(),
        text: r.text,
        node: r.node.into(),
        lang: r.lang,
        dir,
        expects_text: r.expects_text,
        version: content.tree.version.clone(),
    };
    serde_json::to_value(s).unwrap_or(Value::Null)
}

fn new_id() -> Result<String, (StatusCode, Json<Value>)> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|_| {
        fail(
            StatusCode::INTERNAL_SERVER_ERROR,
            "no random numbers for a conversation id",
        )
    })?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

async fn languages(Shared(app): Shared<Arc<App>>) -> Json<Value> {
    let content = app.live.get();
    let list: Vec<Value> = content
        .locales
        .languages()
        .iter()
        .map(|code| {
            json!({
                "code": code,
                "name": present::language_name(&content.locales, code),
                "rtl": is_rtl(code),
            })
        })
        .collect();
    Json(json!(list))
}

#[derive(Deserialize)]
struct StartReq {
    lang: Option<String>,
}

async fn start(Shared(app): Shared<Arc<App>>, Json(req): Json<StartReq>) -> ApiResult {
    let content = app.live.get();
    let id = new_id()?;
    let lang = req.lang.filter(|l| !l.trim().is_empty());
    let (state, rendered) = content.welcome(lang.as_deref(), app.today());
    app.keep(&id, state);
    Ok(Json(
        json!({ "session": id, "screen": screen(&content, rendered) }),
    ))
}

#[derive(Deserialize)]
struct StepReq {
    session: String,
    key: Option<String>,
    text: Option<String>,
}

async fn step(Shared(app): Shared<Arc<App>>, Json(req): Json<StepReq>) -> ApiResult {
    let content = app.live.get();
    let state = app.state_of(&req.session).ok_or_else(no_session)?;
    let today = app.today();
    let (next, rendered) = match (req.key, req.text) {
        (Some(key), _) => content.handle(&state, &Input::Button(key), today),
        (None, Some(text)) => {
            let text: String = text.chars().take(MAX_TEXT).collect();
            content.handle_text(&state, &text, today)
        }
        (None, None) => return Err(fail(StatusCode::BAD_REQUEST, "neither key nor text")),
    };
    let next = if rendered.effects.contains(&Effect::Forget) {
        State::new(state.lang.clone())
    } else {
        next
    };
    app.keep(&req.session, next);
    Ok(Json(json!({ "screen": screen(&content, rendered) })))
}

#[derive(Deserialize)]
struct LangReq {
    session: String,
    lang: String,
}

/// Switches the conversation's language and shows the current step again in it.
async fn language(Shared(app): Shared<Arc<App>>, Json(req): Json<LangReq>) -> ApiResult {
    let content = app.live.get();
    let mut state = app.state_of(&req.session).ok_or_else(no_session)?;
    let Some(lang) = content.locales.negotiate(&req.lang) else {
        return Err(fail(StatusCode::BAD_REQUEST, "no such language"));
    };
    state.lang = Some(lang);
    let rendered = content.current(&state, app.today());
    app.keep(&req.session, state);
    Ok(Json(json!({ "screen": screen(&content, rendered) })))
}

#[derive(Deserialize)]
struct SessionReq {
    session: String,
}

/// The current step again, e.g. in the version just loaded.
async fn current(Shared(app): Shared<Arc<App>>, Json(req): Json<SessionReq>) -> ApiResult {
    let content = app.live.get();
    let state = app.state_of(&req.session).ok_or_else(no_session)?;
    let rendered = content.current(&state, app.today());
    Ok(Json(json!({ "screen": screen(&content, rendered) })))
}

async fn status(Shared(app): Shared<Arc<App>>) -> Json<Value> {
    let s = app.live.status();
    let (ok, errors, checked_at) = match &s.last {
        Some(a) => match &a.outcome {
            Outcome::Refused { errors } => (false, errors.clone(), Some(a.at.to_rfc3339())),
            _ => (true, Vec::new(), Some(a.at.to_rfc3339())),
        },
        None => (true, Vec::new(), None),
    };
    Json(json!({
        "ok": ok,
        "errors": errors,
        "version": s.version,
        "texts": s.texts,
        "loaded_at": s.loaded_at.to_rfc3339(),
        "loaded_at_clock": s.loaded_at.format("%H:%M:%S").to_string(),
        "checked_at": checked_at,
        "reloading": s.reloading_since.is_some(),
        "dialogs": app.files.dialogs.display().to_string(),
        "locales": app.files.locales.display().to_string(),
    }))
}

/// The tree as `wegweiser graph` draws it; each node's group carries `data-node="<id>"`, which
/// the page marks for the current step.
async fn graph_svg(Shared(app): Shared<Arc<App>>) -> Response {
    let content = app.live.get();
    let key = format!("{}/{}", content.tree.version, app.live.status().texts);
    if let Some((k, svg)) = lock(&app.graph).as_ref() {
        if *k == key {
            return svg_response(svg.to_string());
        }
    }
    let de_dir = app.files.locales.join(crate::i18n::SOURCE_LANG);
    let drawn = tokio::task::spawn_blocking(move || {
        let de = graph::GermanTexts::load(&de_dir).unwrap_or_default();
        graph::Diagram::new(&content.tree, &de).svg()
    })
    .await;
    match drawn {
        Ok(svg) => {
            let svg = Arc::new(svg);
            *lock(&app.graph) = Some((key, svg.clone()));
            svg_response(svg.to_string())
        }
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "drawing the tree failed").into_response(),
    }
}

fn svg_response(svg: String) -> Response {
    let mut r = svg.into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("image/svg+xml; charset=utf-8"),
    );
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

#[derive(Deserialize)]
struct OffersReq {
    lang: Option<String>,
}

/// Every offer of the sheet as a parent sees its card, with the sheet row it comes from.
async fn offers(Shared(app): Shared<Arc<App>>, Query(q): Query<OffersReq>) -> ApiResult {
    let content = app.live.get();
    let lang = q
        .lang
        .and_then(|l| content.locales.negotiate(&l))
        .unwrap_or_else(|| crate::i18n::SOURCE_LANG.to_string());
    let Some(store) = &app.offers else {
        return Ok(Json(json!({ "lang": lang, "offers": [] })));
    };
    let all = store.all_sourced().map_err(|e| {
        tracing::error!(error = %e, "reading the offers");
        fail(
            StatusCode::INTERNAL_SERVER_ERROR,
            "reading the offers failed",
        )
    })?;
    let cards: Vec<Value> = all
        .into_iter()
        .map(|s| {
            let card = present::card(
                &content.locales,
                &lang,
                &Ranked {
                    offer: s.offer,
                    km: None,
                },
            );
            json!({ "card": card, "source": s.source })
        })
        .collect();
    let dir = if is_rtl(&lang) { "rtl" } else { "ltr" };
    Ok(Json(json!({ "lang": lang, "dir": dir, "offers": cards })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assets_build_the_page_without_inner_html() {
        assert!(INDEX_HTML.contains("/app.js"));
        // Bot text reaches the page only through textContent.
        assert!(!APP_JS.contains("innerHTML"));
        assert!(!APP_JS.contains("outerHTML"));
        assert!(!APP_JS.contains("insertAdjacentHTML"));
    }

    fn app() -> Arc<App> {
        let files = Files {
            dialogs: "dialogs".into(),
            locales: "locales".into(),
        };
        let live = Live::load(&files, None, crate::CODE_MESSAGES)
            .unwrap_or_else(|r| panic!("{:?}", r.lines()));
        Arc::new(App {
            live: Arc::new(live),
            files,
            offers: None,
            today: NaiveDate::from_ymd_opt(2025, 3, 1),
            sessions: Mutex::new(HashMap::new()),
            graph: Mutex::new(None),
        })
    }

    fn ok(r: ApiResult) -> Value {
        match r {
            Ok(Json(v)) => v,
            Err((code, Json(v))) => panic!("{code}: {v}"),
        }
    }

    #[tokio::test]
    async fn a_conversation_over_the_endpoints() {
        let app = app();
        let start = ok(start(
            Shared(app.clone()),
            Json(StartReq {
                lang: Some("de".into()),
            }),
        )
        .await);
        let session = start["session"].as_str().expect("session").to_string();
        assert_eq!(session.len(), 32);
        let screen = &start["screen"];
        assert_eq!(screen["node"], "main");
        assert_eq!(screen["dir"], "ltr");
        let key = screen["buttons"][0]["key"].as_str().expect("a button");
        let req = StepReq {
            session: session.clone(),
            key: Some(key.to_string()),
            text: None,
        };
        let next = ok(step(Shared(app.clone()), Json(req)).await);
        assert_ne!(next["screen"]["node"], "main");
        let req = LangReq {
            session: session.clone(),
            lang: "fa".into(),
        };
        let fa = ok(language(Shared(app.clone()), Json(req)).await);
        assert_eq!(fa["screen"]["dir"], "rtl");
        assert_eq!(fa["screen"]["node"], next["screen"]["node"]);
        let req = StepReq {
            session: "nope".into(),
            key: None,
            text: Some("1".into()),
        };
        let Err((code, _)) = step(Shared(app.clone()), Json(req)).await else {
            panic!("an unknown conversation is refused");
        };
        assert_eq!(code, StatusCode::NOT_FOUND);
        let Json(status) = status(Shared(app.clone())).await;
        assert_eq!(status["ok"], true);
        let Json(langs) = languages(Shared(app.clone())).await;
        assert_eq!(langs.as_array().map(Vec::len), Some(9));
    }

    #[test]
    fn only_this_computer_s_names_are_answered() {
        for ok in [
            "127.0.0.1:8090",
            "localhost:1",
            "LOCALHOST",
            "[::1]:8090",
            "[::1]",
        ] {
            assert!(is_local_host(ok), "{ok}");
        }
        for bad in [
            "evil.example:8090",
            "127.0.0.1.evil.example",
            "",
            "10.0.0.1:8090",
        ] {
            assert!(!is_local_host(bad), "{bad}");
        }
    }

    #[test]
    fn the_source_names_the_dialog_line_of_the_node() {
        let app = app();
        let content = app.live.get();
        let s = source(&content, "main", "de");
        let dialog = s.dialog.expect("main has a text in the dialogs");
        assert!(dialog.contains(".toml:"), "{dialog}");
        assert!(s.text_at.expect("and in the locales").contains(".ftl:"));
    }
}
