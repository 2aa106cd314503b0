//! Admin commands for the networks' coordinators: `/reload`, `/status`, `/stats`, `/needs`;
//! and the notice admin chats get when edited files were reloaded or refused. The operator's
//! chats (`--admin`) see everything; a network's chats (`admins` in its `network.toml`) see
//! that network's counts and the check lines of its own and the shared files only.
//!
//! Everyone else never sees a trace of them: from a chat not listed, `/reload` reaches the
//! engine like any unknown command. Texts come from `locales/<lang>/admin.ftl`, in the admin
//! chat's language; the `path:line:col` lines of a refused edit are quoted as `check` prints
//! them, so they can be searched for in the files.

use std::sync::Arc;

use wegweiser_conversation::conversation::Content;
use wegweiser_conversation::live::{Attempt, Outcome, Status, Trigger};
use wegweiser_core::engine::{Arg, Msg, State};
use wegweiser_store::stats::{shown, Scope, Summary};

use crate::plan::{Action, Plan};
use crate::store::DeliveryError;
use crate::ui::Limits;
use crate::{App, Channel, ChatId};

/// Longest admin answer, in characters, before a channel splits it into its messages: the
/// lists are cut here with a "… and 12 more" line.
pub const MAX_TEXT: usize = 4096;

/// Texts of the admin commands (see `crate::code_messages`), in `locales/<lang>/admin.ftl`.
pub const ADMIN_MESSAGES: &[(&str, &[&str])] = &[
    ("admin-reload-loaded", &["version"]),
    ("admin-reload-unchanged", &["version"]),
    ("admin-reload-refused", &["count"]),
    ("admin-reload-unavailable", &[]),
    ("admin-more-lines", &["count"]),
    ("admin-status", &["version", "texts", "loaded"]),
    ("admin-status-last-none", &[]),
    ("admin-status-reloading", &["when"]),
    ("admin-reload-lines", &[]),
    ("admin-status-last-loaded", &["when", "version"]),
    ("admin-status-last-refused", &["when", "count"]),
    ("admin-stats-heading", &["months", "total"]),
    ("admin-stats-visits", &[]),
    ("admin-stats-resting", &[]),
    ("admin-stats-restarts", &[]),
    ("admin-stats-forgets", &[]),
    ("admin-stats-none", &[]),
    ("admin-stats-off", &[]),
    ("admin-needs-heading", &[]),
    (
        "admin-needs-line",
        &["count", "topics", "district", "language", "month"],
    ),
    ("admin-needs-none", &[]),
    ("admin-district-unknown", &[]),
    ("admin-needs-outside", &["area"]),
    ("admin-scope", &["networks"]),
];

/// Rows shown per section of `/stats` and `/needs`; the full lists are in `wegweiser stats`.
const TOP: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminCommand {
    Reload,
    Status,
    Stats,
    Needs,
}

/// The admin command in `text`, if the chat is an admin chat. `None` for everyone else, so the
/// engine answers them as it answers any unknown command.
pub fn command(app: &App, chat: ChatId, text: Option<&str>) -> Option<AdminCommand> {
    scope_of(app, &app.content(), chat)?;
    let (name, _) = wegweiser_core::engine::split_command(text?)?;
    match name.as_str() {
        "reload" => Some(AdminCommand::Reload),
        "status" => Some(AdminCommand::Status),
        "stats" => Some(AdminCommand::Stats),
        "needs" => Some(AdminCommand::Needs),
        _ => None,
    }
}

/// What an admin chat may read; `None`: not an admin chat. Read from the live content, so a
/// chat added to a `network.toml` works after the next reload.
pub fn scope_of(app: &App, content: &Content, chat: ChatId) -> Option<Scope> {
    if app.admins.contains(&chat) {
        return Some(Scope::All);
    }
    let ids = content.tree.networks.admin_of(chat.0);
    (!ids.is_empty()).then(|| Scope::Networks(ids.into_iter().map(str::to_string).collect()))
}

/// Whether a check line concerns `scope`: lines about another network — its folder, or its
/// `[id]` tag in a shared file — do not; other lines about the shared files (dialogs, locales)
/// concern every network.
fn concerns(line: &str, scope: &Scope) -> bool {
    let Scope::Networks(ids) = scope else {
        return true;
    };
    let parts: Vec<&str> = line.split(['/', '\\']).collect();
    let by_folder = parts
        .windows(2)
        .find(|w| w[0].ends_with("networks"))
        .map(|w| w[1]);
    let by_tag = [": error: [", ": warning: ["].iter().find_map(|head| {
        let rest = &line[line.find(head)? + head.len()..];
        rest.split_once(']').map(|(id, _)| id)
    });
    match by_folder.or(by_tag) {
        Some(id) => ids.iter().any(|i| i == id),
        None => true,
    }
}

/// The first line of a network's report, naming whose it is.
fn scope_line(content: &Content, lang: &str, scope: &Scope) -> Option<String> {
    let Scope::Networks(ids) = scope else {
        return None;
    };
    let names: Vec<String> = ids
        .iter()
        .map(|id| {
            content
                .tree
                .networks
                .get(id)
                .map_or_else(|| id.clone(), |n| n.name.clone())
        })
        .collect();
    Some(content.locales.render(
        lang,
        &Msg::new("admin-scope").arg("networks", Arg::Text(names.join(", "))),
        &[],
    ))
}

/// The admin chat's language: its conversation's, else what the phone reports, else German.
fn lang_of(app: &App, content: &Content, chat: ChatId, hint: Option<&str>) -> String {
    let stored = app
        .store
        .state(chat)
        .ok()
        .flatten()
        .and_then(|s: State| s.lang);
    stored
        .or_else(|| hint.and_then(|h| content.locales.negotiate(h)))
        .unwrap_or_else(|| wegweiser_content::i18n::SOURCE_LANG.to_string())
}

/// Carries out an admin command and plans its answer. The chat's conversation is kept as it
/// is (returned for the commit).
pub async fn reply(
    app: &App,
    cmd: AdminCommand,
    chat: ChatId,
    hint: Option<&str>,
    update: u32,
    limits: &Limits,
) -> Result<(Option<State>, Plan), DeliveryError> {
    let kept = app.store.state(chat)?;
    let scope = scope_of(app, &app.content(), chat).unwrap_or(Scope::Networks(Vec::new()));
    let text = match cmd {
        AdminCommand::Reload => {
            let live = app.live.clone();
            let attempt = tokio::task::spawn_blocking(move || live.reload(Trigger::Command))
                .await
                .map_err(|e| {
                    DeliveryError::Other(format!("the reload stopped unexpectedly: {e}"))
                })?;
            let content = app.content();
            let lang = lang_of(app, &content, chat, hint);
            reload_text(&content, &lang, &attempt, &scope)
        }
        AdminCommand::Status => {
            let content = app.content();
            let lang = lang_of(app, &content, chat, hint);
            status_text(&app.live.status(), &content, &lang, &scope)
        }
        AdminCommand::Stats | AdminCommand::Needs => {
            let content = app.content();
            let lang = lang_of(app, &content, chat, hint);
            let m = |msg: Msg| content.locales.render(&lang, &msg, &[]);
            match app.stats.as_ref().map(|s| s.summary_of(&scope)) {
                None => m(Msg::new("admin-stats-off")),
                Some(Err(e)) => {
                    tracing::error!(error = %e, "reading the counters");
                    m(Msg::new("admin-stats-off"))
                }
                Some(Ok(summary)) if cmd == AdminCommand::Stats => {
                    stats_text(&content, &lang, &summary, &scope)
                }
                Some(Ok(summary)) => needs_text(&content, &lang, &summary, &scope),
            }
        }
    };
    let actions = limits
        .message_parts(&text, "…", "…")
        .into_iter()
        .map(|text| Action::Send {
            text,
            keyboard: Vec::new(),
        })
        .collect();
    let plan = Plan {
        update,
        actions,
        done: 0,
        shown: None,
    };
    Ok((kept, plan))
}

/// Lines under a heading, cut to one Telegram message; what does not fit is counted in a last
/// line ("… and 12 more").
fn fit(content: &Content, lang: &str, heading: String, lines: &[String]) -> String {
    let more = |n: usize| {
        content.locales.render(
            lang,
            &Msg::new("admin-more-lines").arg("count", Arg::Num(n as f64)),
            &[],
        )
    };
    // Room for the "more" line, and a margin for the RTL marks added below.
    let budget = MAX_TEXT - 200;
    let mut text = heading;
    for (i, line) in lines.iter().enumerate() {
        if text.chars().count() + line.chars().count() + 1 > budget {
            text.push('\n');
            text.push_str(&more(lines.len() - i));
            break;
        }
        text.push('\n');
        text.push_str(line);
    }
    let text: String = text.chars().take(MAX_TEXT).collect();
    if wegweiser_content::i18n::is_rtl(lang) {
        wegweiser_content::i18n::mark_rtl_lines(&text)
    } else {
        text
    }
}

/// The notice of one reload, as an admin chat of `scope` reads it: a network's coordinators
/// get the check lines of their own and the shared files, not another network's.
pub fn reload_text(content: &Content, lang: &str, attempt: &Attempt, scope: &Scope) -> String {
    let m = |msg: Msg| content.locales.render(lang, &msg, &[]);
    match &attempt.outcome {
        Outcome::Loaded { version, changed } => {
            let id = if *changed {
                "admin-reload-loaded"
            } else {
                "admin-reload-unchanged"
            };
            m(Msg::new(id).arg("version", Arg::Text(version.clone())))
        }
        Outcome::Refused { errors } => {
            let errors: Vec<String> = errors
                .iter()
                .filter(|e| concerns(e, scope))
                .cloned()
                .collect();
            // The check's lines are technical English: said so, in the admin's language.
            let heading = format!(
                "{}\n{}",
                m(Msg::new("admin-reload-refused").arg("count", Arg::Num(errors.len() as f64))),
                m(Msg::new("admin-reload-lines"))
            );
            fit(content, lang, heading, &errors)
        }
        Outcome::Unavailable => m(Msg::new("admin-reload-unavailable")),
    }
}

fn when(t: &chrono::DateTime<chrono::Local>) -> Arg {
    Arg::Text(t.format("%Y-%m-%d %H:%M:%S").to_string())
}

fn status_text(status: &Status, content: &Content, lang: &str, scope: &Scope) -> String {
    let m = |msg: Msg| content.locales.render(lang, &msg, &[]);
    let mut text = m(Msg::new("admin-status")
        .arg("version", Arg::Text(status.version.clone()))
        .arg(
            "texts",
            Arg::Text(if status.texts.is_empty() {
                "-".into()
            } else {
                status.texts.clone()
            }),
        )
        .arg("loaded", when(&status.loaded_at)));
    text.push_str("\n\n");
    if let Some(since) = &status.reloading_since {
        text.push_str(&m(
            Msg::new("admin-status-reloading").arg("when", when(since))
        ));
        text.push('\n');
    }
    match &status.last {
        None => text.push_str(&m(Msg::new("admin-status-last-none"))),
        Some(a) => match &a.outcome {
            Outcome::Refused { errors } => {
                let errors: Vec<String> = errors
                    .iter()
                    .filter(|e| concerns(e, scope))
                    .cloned()
                    .collect();
                let heading = m(Msg::new("admin-status-last-refused")
                    .arg("when", when(&a.at))
                    .arg("count", Arg::Num(errors.len() as f64)));
                let lines = m(Msg::new("admin-reload-lines"));
                return fit(content, lang, format!("{text}{heading}\n{lines}"), &errors);
            }
            Outcome::Loaded { version, .. } => {
                text.push_str(&m(Msg::new("admin-status-last-loaded")
                    .arg("when", when(&a.at))
                    .arg("version", Arg::Text(version.clone()))))
            }
            Outcome::Unavailable => text.push_str(&m(Msg::new("admin-reload-unavailable"))),
        },
    }
    fit(content, lang, text, &[])
}

fn stats_text(content: &Content, lang: &str, s: &Summary, scope: &Scope) -> String {
    let m = |msg: Msg| content.locales.render(lang, &msg, &[]);
    let months = if s.months.is_empty() {
        "-".to_string()
    } else {
        s.months.join(", ")
    };
    let heading = m(Msg::new("admin-stats-heading")
        .arg("months", Arg::Text(months))
        .arg("total", Arg::Text(shown(s.visits_total))));
    let heading = with_scope(content, lang, scope, heading);
    let mut lines = Vec::new();
    for (id, rows) in [
        ("admin-stats-visits", &s.visits),
        ("admin-stats-resting", &s.resting),
        ("admin-stats-restarts", &s.restarts),
        ("admin-stats-forgets", &s.forgets),
    ] {
        lines.push(String::new());
        lines.push(m(Msg::new(id)));
        if rows.is_empty() {
            lines.push(m(Msg::new("admin-stats-none")));
        }
        for r in rows.iter().take(TOP) {
            lines.push(format!("{} · {}", shown(r.count), r.node));
        }
    }
    fit(content, lang, heading, &lines)
}

/// `heading` under the line naming the network, for a network's report.
fn with_scope(content: &Content, lang: &str, scope: &Scope, heading: String) -> String {
    match scope_line(content, lang, scope) {
        Some(line) => format!("{line}\n{heading}"),
        None => heading,
    }
}

fn needs_text(content: &Content, lang: &str, s: &Summary, scope: &Scope) -> String {
    let m = |msg: Msg| content.locales.render(lang, &msg, &[]);
    let heading = with_scope(content, lang, scope, m(Msg::new("admin-needs-heading")));
    let mut gaps = s.gaps.clone();
    // The latest month first: that is what the next meeting talks about.
    gaps.sort_by(|a, b| b.month.cmp(&a.month).then_with(|| b.count.cmp(&a.count)));
    let mut lines: Vec<String> = gaps
        .iter()
        .map(|g| {
            let outside = g.gap.network.as_deref() == Some(wegweiser_core::networks::OUTSIDE);
            let district = match (&g.gap.district, &g.gap.area) {
                (Some(d), _) => d.clone(),
                (None, Some(area)) if outside => {
                    m(Msg::new("admin-needs-outside").arg("area", Arg::Text(area.clone())))
                }
                _ => m(Msg::new("admin-district-unknown")),
            };
            m(Msg::new("admin-needs-line")
                .arg("count", Arg::Text(shown(g.count)))
                .arg("topics", Arg::Text(g.gap.tags_text()))
                .arg("district", Arg::Text(district))
                .arg("language", Arg::Text(g.gap.lang.clone()))
                .arg("month", Arg::Text(g.month.clone())))
        })
        .collect();
    if lines.is_empty() {
        lines.push(m(Msg::new("admin-needs-none")));
    }
    fit(content, lang, heading, &lines)
}

/// Tells the admin chats how a reload triggered by the file watcher went: the operator's and
/// every network's. Quiet when nothing changed, so saving a file twice does not page anyone,
/// and a network's chats hear nothing of a refusal that lies only in another network's files.
pub async fn announce<C: Channel>(channel: C, app: Arc<App>, attempt: Attempt) {
    let worth = match &attempt.outcome {
        Outcome::Loaded { changed, .. } => *changed,
        Outcome::Refused { .. } => true,
        Outcome::Unavailable => false,
    };
    if !worth {
        return;
    }
    let content = app.content();
    let mut admins: Vec<ChatId> = app.admins.iter().copied().collect();
    for n in &content.tree.networks.list {
        admins.extend(n.admins.iter().map(|&id| ChatId(id)));
    }
    admins.sort_by_key(|c| c.0);
    admins.dedup();
    for chat in admins {
        let Some(scope) = scope_of(&app, &content, chat) else {
            continue;
        };
        if let Outcome::Refused { errors } = &attempt.outcome {
            if !errors.iter().any(|e| concerns(e, &scope)) {
                continue;
            }
        }
        let lang = lang_of(&app, &content, chat, None);
        let text = reload_text(&content, &lang, &attempt, &scope);
        if let Err(e) = channel.notify(chat, &text).await {
            // An admin who never opened the chat with the bot cannot be written to.
            tracing::warn!(error = %e, chat = chat.0, "could not tell an admin about the reload");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> Content {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let code: wegweiser_content::check::CodeMessages = &[
            wegweiser_core::engine::SYSTEM_MESSAGES,
            wegweiser_core::engine::place::MESSAGES,
            wegweiser_offers::MESSAGES,
            ADMIN_MESSAGES,
        ];
        match Content::load(&root.join("dialogs"), &root.join("locales"), code) {
            Ok((c, _)) => c,
            Err(r) => panic!("{:?}", r.lines()),
        }
    }

    #[test]
    fn status_says_a_reload_is_running_and_check_lines_are_introduced() {
        let content = content();
        let at = chrono::Local::now();
        let status = Status {
            version: "v1".into(),
            texts: "t1".into(),
            loaded_at: at,
            last: Some(Attempt {
                at,
                trigger: Trigger::Files,
                outcome: Outcome::Refused {
                    errors: vec!["dialogs/money.toml:3:1: error: unknown node 'x'".into()],
                },
            }),
            reloading_since: Some(at),
        };
        let text = status_text(&status, &content, "de", &Scope::All);
        let since = at.format("%Y-%m-%d %H:%M:%S");
        assert!(
            text.contains(&format!(
                "⏳ Die Dateien werden gerade neu geladen (seit {since})."
            )),
            "{text}"
        );
        assert!(
            text.contains(
                "Meldungen der Prüfung (technisch, auf Englisch):\ndialogs/money.toml:3:1"
            ),
            "{text}"
        );
        let notice = reload_text(
            &content,
            "de",
            status.last.as_ref().expect("attempt"),
            &Scope::All,
        );
        assert!(
            notice.contains("Meldungen der Prüfung (technisch, auf Englisch):\ndialogs/money.toml"),
            "{notice}"
        );
        let idle = Status {
            reloading_since: None,
            ..status
        };
        assert!(!status_text(&idle, &content, "de", &Scope::All).contains('⏳'));
    }

    #[test]
    fn a_long_error_list_fits_one_message_and_says_how_many_are_left_out() {
        let content = content();
        let errors: Vec<String> = (1..=300)
            .map(|i| format!("dialogs/money.toml:{i}:3: error: unknown node 'x{i}'"))
            .collect();
        let attempt = Attempt {
            at: chrono::Local::now(),
            trigger: Trigger::Files,
            outcome: Outcome::Refused {
                errors: errors.clone(),
            },
        };
        for lang in ["de", "ar", "uk"] {
            let text = reload_text(&content, lang, &attempt, &Scope::All);
            assert!(text.chars().count() <= MAX_TEXT, "{lang}");
            assert!(text.contains(&errors[0]), "{lang}");
            let shown = errors.iter().filter(|e| text.contains(e.as_str())).count();
            assert!(shown < errors.len());
            assert!(
                text.contains(&(errors.len() - shown).to_string()),
                "{lang}: the number left out"
            );
        }
    }

    #[test]
    fn a_network_reads_the_lines_of_its_own_and_the_shared_files_only() {
        let hagen = Scope::Networks(vec!["hagen".into()]);
        let own = "networks/hagen/offers.csv:4:2: error: [hagen] the postcode '5813' has 4 digits";
        let other = "networks/wuppertal/network.toml:9:1: error: [wuppertal] unknown Land 'NRW'";
        let shared = "dialogs/money.toml:3:1: error: unknown node 'x'";
        let absolute = "/srv/wegweiser/networks/hagen/network.toml:2:1: error: [hagen] x";
        let tagged =
            "dialogs/facts.toml:1:1: error: [wuppertal] fact 'land' lacks the value \"BY\"";
        assert!(!concerns(tagged, &hagen));
        assert!(concerns(own, &hagen));
        assert!(!concerns(other, &hagen));
        assert!(concerns(shared, &hagen));
        assert!(concerns(absolute, &hagen));
        assert!(concerns(other, &Scope::All));
        let attempt = Attempt {
            at: chrono::Local::now(),
            trigger: Trigger::Files,
            outcome: Outcome::Refused {
                errors: vec![own.into(), other.into(), shared.into()],
            },
        };
        let content = content();
        let text = reload_text(&content, "de", &attempt, &hagen);
        assert!(text.contains(own) && text.contains(shared), "{text}");
        assert!(!text.contains(other), "{text}");
        assert!(text.contains("2 Fehler"), "{text}");
        let all = reload_text(&content, "de", &attempt, &Scope::All);
        assert!(all.contains(other) && all.contains("3 Fehler"), "{all}");
    }
}
