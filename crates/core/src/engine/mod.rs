//! The pure dialog engine: (tree, state, input) -> (state, reply).
//!
//! It knows nothing of Telegram, terminals, disks or the clock: the day comes in through
//! [`Ctx`], texts go out as message ids with arguments ([`Reply`]), rendered elsewhere.
//! That keeps every adapter thin and every conversation reproducible in a test.

mod input;
mod key;
pub mod place;
mod reply;
mod state;

pub use input::{ascii_digit, parse_line, parse_number_list, split_command, Command, Input};
pub use key::Key;
pub use reply::{Arg, Block, Button, Effect, Msg, Reply};
pub use state::{Frame, Overlay, State, SCHEMA_VERSION};

mod outlook;

use chrono::NaiveDate;

use crate::dialog::expr::{Env, Expr, Value};
use crate::dialog::{
    CheckItem, CheckRule, InputFormat, MsgId, NodeId, NodeKind, Tree, Verdict, MAIN, URGENT,
};

pub use outlook::month_no;
use outlook::outlook_lines;

/// Shown when a location arrives; an offers message (`locales/*/offers.ftl`, `offers::MESSAGES`).
pub const MSG_LOCATION_SAVED: &str = "offers-near-saved";

/// Messages the engine itself shows, with the variables it passes them. `check` requires
/// them in German and verifies translations use no other variables.
pub const SYSTEM_MESSAGES: &[(&str, &[&str])] = &[
    ("lang-name", &[]),
    ("sys-welcome", &[]),
    ("sys-restarted", &[]),
    ("sys-updated", &[]),
    ("sys-unknown-link", &[]),
    ("help-text", &[]),
    ("lang-choose", &[]),
    ("lang-changed", &[]),
    ("lang-unsupported", &["code"]),
    ("forget-confirm", &[]),
    ("forget-yes", &[]),
    ("forget-no", &[]),
    ("forget-done", &[]),
    ("hint-use-buttons", &[]),
    ("hint-empty", &[]),
    ("hint-unknown-command", &["command"]),
    ("hint-stale-button", &[]),
    ("hint-at-start", &[]),
    ("nav-next", &[]),
    ("nav-back", &[]),
    ("nav-menu", &[]),
    ("nav-urgent", &[]),
    ("verdict-likely", &[]),
    ("verdict-maybe", &[]),
    ("verdict-unlikely", &[]),
    ("check-line", &["verdict", "name", "reason", "office"]),
    ("check-line-short", &["verdict", "name", "reason"]),
    ("check-group", &["verdict"]),
    ("check-item", &["name", "office"]),
    ("check-item-monthly", &["name", "office", "monthly"]),
    ("check-total", &["total"]),
    ("check-details", &[]),
    ("read-more", &["page", "pages"]),
    ("read-first", &[]),
    ("input-weeks", &[]),
    ("input-months", &[]),
    ("input-newborn", &[]),
    ("summary-empty", &[]),
    ("summary-item", &["item"]),
    ("summary-for-office", &[]),
    ("summary-office-heading", &[]),
    ("outlook-none", &["months"]),
];

/// Names every message may use: figures (with their `_from` date) and the scalar facts.
pub fn global_names(tree: &Tree) -> Vec<String> {
    let mut out = Vec::new();
    for name in tree.figures.keys() {
        out.push(name.clone());
        out.push(format!("{name}_from"));
    }
    for (name, def) in &tree.facts {
        if def.ty != crate::dialog::expr::Type::List {
            out.push(name.clone());
        }
    }
    out.extend(place::GLOBAL_NAMES.iter().map(|n| n.to_string()));
    out
}

/// Branch nodes may lead to branch nodes; this bounds a cycle a coordinator wrote by mistake.
const MAX_HOPS: usize = 32;

/// What the engine needs from outside, passed in so it stays pure.
pub struct Ctx<'a> {
    pub today: NaiveDate,
    /// Locales the parent can pick, in picker order.
    pub languages: &'a [String],
}

/// One step of the conversation.
pub fn step(tree: &Tree, state: &State, input: &Input, ctx: &Ctx) -> (State, Reply) {
    let mut s = state.clone();
    let mut r = Reply::default();
    // Read once; `None` also for text that is no key the engine makes (a stale button).
    let key = match input {
        Input::Button(k) => Key::parse(k),
        _ => None,
    };
    match key {
        Some(Key::ReadMore) => {
            s.text_page = s.text_page.saturating_add(1);
            redisplay(tree, &mut s, ctx, &mut r);
            return (s, r);
        }
        Some(Key::ReadFirst) => {
            s.text_page = 0;
            redisplay(tree, &mut s, ctx, &mut r);
            return (s, r);
        }
        // Whatever else the parent does shows a new screen from its start.
        _ => s.text_page = 0,
    }
    if s.reconcile(tree) {
        r.blocks.push(Block::Msg(Msg::new("sys-updated")));
        reset(&mut s);
        show(tree, &mut s, ctx, &mut r);
        return (s, r);
    }
    match input {
        Input::Start(payload) => {
            reset(&mut s);
            // A network's flyer: `hagen-money` puts the parent in Hagen, then opens the topic.
            let mut payload = payload.clone();
            if let Some((net, topic)) = payload.as_deref().and_then(|p| place::split_start(tree, p))
            {
                for (fact, v) in place::facts_for(tree, Some(net), None) {
                    set_fact(&mut s, fact, v);
                }
                payload = Some(topic.unwrap_or(MAIN).to_string());
            }
            let topic = payload.as_deref().and_then(|p| tree.topic(p.trim()));
            match topic {
                Some(t) => go(tree, &mut s, &t.start, Vec::new(), ctx, &mut r),
                None => {
                    if payload.as_deref().is_some_and(|p| !p.trim().is_empty()) {
                        r.blocks.push(Block::Msg(Msg::new("sys-unknown-link")));
                    }
                    enter(tree, &mut s, ctx, &mut r);
                }
            }
        }
        Input::Command(cmd) => command(tree, &mut s, cmd, ctx, &mut r),
        Input::Button(_) => button(tree, &mut s, key, ctx, &mut r),
        Input::Text(text) => text_input(tree, &mut s, text, ctx, &mut r),
        Input::Location { lat, lon } => {
            s.location = crate::geo::GeoPoint::new(*lat, *lon);
            s.offers_page = 0;
            s.overlay = Overlay::None;
            r.blocks.push(Block::Msg(Msg::new(MSG_LOCATION_SAVED)));
            // The place says the network (or that it is outside all of them), unless a
            // postcode already did: the postcode the parent typed is more precise.
            if let Some(at) = s.location.filter(|_| !tree.networks.is_empty()) {
                if !s.facts.contains_key(crate::networks::FACT_POSTCODE) {
                    let net = tree.networks.at(at).map(|n| n.id.clone());
                    let set = place::facts_for(tree, net.as_deref(), None);
                    let node = s.node.clone();
                    // At a postcode question outside every network, the question is answered:
                    // no postcode can bring offers here.
                    let target = match tree.node(&node).map(|n| &n.kind) {
                        Some(NodeKind::Input {
                            format: InputFormat::Postcode,
                            goto,
                            ..
                        }) if net.is_none() => goto.clone(),
                        _ => node,
                    };
                    go_with(tree, &mut s, &target, set, ctx, &mut r);
                    return (s, r);
                }
            }
            show(tree, &mut s, ctx, &mut r);
        }
    }
    (s, r)
}

/// The current step as it stands, without changing anything: to re-show it after a restart,
/// or to know which buttons a typed word could mean.
pub fn view(tree: &Tree, state: &State, ctx: &Ctx) -> Reply {
    let mut s = state.clone();
    let mut r = Reply::default();
    s.reconcile(tree);
    redisplay(tree, &mut s, ctx, &mut r);
    r
}

/// The screen the parent is on, overlay included, as it stands.
fn redisplay(tree: &Tree, s: &mut State, ctx: &Ctx, r: &mut Reply) {
    match s.overlay {
        Overlay::LanguagePicker => picker(s, ctx, r),
        Overlay::ForgetConfirm => forget_screen(s, r),
        Overlay::Office(o) => office_screen(tree, s, o, ctx, r),
        Overlay::CheckDetails => check_details(tree, s, ctx, r),
        Overlay::OfficeCopy => office_copy(tree, s, ctx, r),
        Overlay::PickTown => town_pick(tree, s, ctx, r),
        Overlay::None => show(tree, s, ctx, r),
    }
}

/// The offices a check or summary screen names, each once, in the order shown: likely and
/// maybe lines of a check (the office of an unlikely one is not shown), the to-dos of a
/// summary (through the check item whose rule added the to-do).
fn named_offices(
    tree: &Tree,
    s: &State,
    node: &crate::dialog::Node,
    ctx: &Ctx,
) -> Vec<crate::office::Office> {
    use crate::office::Office;
    let mut out: Vec<Office> = Vec::new();
    let add = |msg: &str, out: &mut Vec<Office>| {
        if let Some(o) = Office::from_message_id(msg) {
            if !out.contains(&o) {
                out.push(o);
            }
        }
    };
    match &node.kind {
        NodeKind::Check { items, .. } => {
            let env = FactEnv {
                tree,
                state: s,
                today: ctx.today,
            };
            let mut lines: Vec<(Verdict, &str)> = items
                .iter()
                .filter_map(|item| decide(item, &env).map(|r| (r.verdict, item.office.as_str())))
                .filter(|(v, _)| *v != Verdict::Unlikely)
                .collect();
            lines.sort_by_key(|(v, _)| *v);
            for (_, office) in lines {
                add(office, &mut out);
            }
        }
        NodeKind::Summary => {
            for todo in &s.todos {
                if let Some(o) = todo_office(tree, todo) {
                    add(o, &mut out);
                }
            }
        }
        _ => {}
    }
    out
}

/// Over the current step: the offers of `office`, with a way back to the step.
fn office_screen(
    tree: &Tree,
    s: &mut State,
    office: crate::office::Office,
    ctx: &Ctx,
    r: &mut Reply,
) {
    s.overlay = Overlay::Office(office);
    r.blocks.push(Block::Office { office });
    nav_buttons(r);
    r.globals = globals(tree, s, ctx);
    r.node = s.node.clone();
}

/// A parent's first contact: the main menu, in the language negotiated by the adapter.
pub fn welcome(tree: &Tree, lang: Option<String>, ctx: &Ctx) -> (State, Reply) {
    let mut s = State::new(lang);
    let mut r = Reply::default();
    r.blocks.push(Block::Msg(Msg::new("sys-welcome")));
    enter(tree, &mut s, ctx, &mut r);
    (s, r)
}

/// First contact without a language we have: the picker first, and a deep link's topic
/// (`topic`, if the tree has it) kept for after the choice.
pub fn welcome_picker(tree: &Tree, topic: Option<&str>, ctx: &Ctx) -> (State, Reply) {
    let mut s = State::new(None);
    let mut r = Reply::default();
    picker(&mut s, ctx, &mut r);
    s.after_language = topic
        .map(str::trim)
        .filter(|t| tree.topic(t).is_some())
        .map(str::to_string);
    (s, r)
}

/// Over a postcode question: which of the places sharing the postcode the parent lives in.
fn town_pick(tree: &Tree, s: &mut State, ctx: &Ctx, r: &mut Reply) {
    let Some(pc) = s.pending_postcode.clone() else {
        return show(tree, s, ctx, r);
    };
    s.overlay = Overlay::PickTown;
    place::town_screen(tree, &pc, r);
    nav_buttons(r);
    r.globals = globals(tree, s, ctx);
    r.node = s.node.clone();
}

/// Sets or removes a fact without a step (a flyer link, before the first step).
fn set_fact(s: &mut State, fact: String, v: Option<Value>) {
    match v {
        Some(v) => s.facts.insert(fact, v),
        None => s.facts.remove(&fact),
    };
}

fn reset(s: &mut State) {
    let lang = s.lang.take();
    *s = State::new(lang);
}

fn command(tree: &Tree, s: &mut State, cmd: &Command, ctx: &Ctx, r: &mut Reply) {
    match cmd {
        Command::Back => back(tree, s, ctx, r),
        Command::Restart => {
            reset(s);
            r.blocks.push(Block::Msg(Msg::new("sys-restarted")));
            enter(tree, s, ctx, r);
        }
        Command::Menu => go(tree, s, MAIN, Vec::new(), ctx, r),
        Command::Urgent => go(tree, s, URGENT, Vec::new(), ctx, r),
        Command::Help => {
            r.blocks.push(Block::Msg(Msg::new("help-text")));
            show(tree, s, ctx, r);
        }
        Command::Language(None) => picker(s, ctx, r),
        Command::Language(Some(code)) => match crate::lang::negotiate_exact(code, ctx.languages) {
            Some(lang) => set_language(tree, s, lang, ctx, r),
            None => {
                r.blocks.push(Block::Msg(
                    Msg::new("lang-unsupported")
                        .arg("code", Arg::Text(code.chars().take(20).collect())),
                ));
                picker(s, ctx, r);
            }
        },
        Command::Forget => forget_screen(s, r),
        Command::Unknown(name) => {
            r.blocks.push(Block::Msg(
                Msg::new("hint-unknown-command")
                    .arg("command", Arg::Text(name.chars().take(30).collect())),
            ));
            show(tree, s, ctx, r);
        }
    }
}

fn forget_screen(s: &mut State, r: &mut Reply) {
    s.overlay = Overlay::ForgetConfirm;
    r.blocks.push(Block::Msg(Msg::new("forget-confirm")));
    r.buttons
        .push(Button::new(Key::ForgetYes, Msg::new("forget-yes")));
    r.buttons
        .push(Button::new(Key::ForgetNo, Msg::new("forget-no")));
}

/// Back, menu and urgent help under a screen over a step (an office's cards, the town choice,
/// the German copy), where all three always apply.
fn nav_buttons(r: &mut Reply) {
    r.buttons.push(Button::nav(Key::Back, "nav-back"));
    r.buttons.push(Button::nav(Key::Menu, "nav-menu"));
    r.buttons.push(Button::nav(Key::Urgent, "nav-urgent"));
}

fn picker(s: &mut State, ctx: &Ctx, r: &mut Reply) {
    s.overlay = Overlay::LanguagePicker;
    r.blocks.push(Block::Msg(Msg::new("lang-choose")));
    for code in ctx.languages {
        // Each language's own name, rendered in that language.
        r.buttons.push(Button::new(
            Key::Language(code.clone()),
            Msg::new("lang-name").in_lang(code),
        ));
    }
}

fn set_language(tree: &Tree, s: &mut State, lang: String, ctx: &Ctx, r: &mut Reply) {
    // Never chosen before and still at the very start: this is the first contact, which the
    // picker delayed, so the parent gets the greeting (or the deep link's topic) now.
    let first = s.lang.is_none() && s.history.is_empty() && s.node == MAIN;
    let pending = s.after_language.take();
    s.lang = Some(lang);
    s.overlay = Overlay::None;
    r.effects.push(Effect::LanguageChanged);
    if first {
        if let Some(start) = pending
            .and_then(|t| tree.topic(&t))
            .map(|t| t.start.clone())
        {
            return go(tree, s, &start, Vec::new(), ctx, r);
        }
        r.blocks.push(Block::Msg(Msg::new("sys-welcome")));
        return enter(tree, s, ctx, r);
    }
    r.blocks.push(Block::Msg(Msg::new("lang-changed")));
    show(tree, s, ctx, r);
}

/// `key`: `None` for a button the engine did not make, handled as a stale one at the end.
fn button(tree: &Tree, s: &mut State, key: Option<Key>, ctx: &Ctx, r: &mut Reply) {
    match (s.overlay, &key) {
        (Overlay::LanguagePicker, Some(Key::Language(code))) => {
            match ctx.languages.iter().find(|l| *l == code) {
                Some(lang) => set_language(tree, s, lang.clone(), ctx, r),
                None => picker(s, ctx, r),
            }
            return;
        }
        (Overlay::ForgetConfirm, Some(Key::ForgetYes)) => {
            *s = State::new(None);
            r.effects.push(Effect::Forget);
            r.blocks.push(Block::Msg(Msg::new("forget-done")));
            return;
        }
        (Overlay::ForgetConfirm, Some(Key::ForgetNo)) => {
            s.overlay = Overlay::None;
            show(tree, s, ctx, r);
            return;
        }
        (Overlay::PickTown, Some(Key::Town(i))) => {
            let pc = s.pending_postcode.take().unwrap_or_default();
            let chosen = tree.networks.resolve(&pc).get(*i).cloned();
            let goto = match tree.node(&s.node).map(|n| &n.kind) {
                Some(NodeKind::Input { goto, .. }) => Some(goto.clone()),
                _ => None,
            };
            s.overlay = Overlay::None;
            if let (Some(p), Some(goto)) = (chosen, goto) {
                let mut set = vec![(
                    crate::networks::FACT_POSTCODE.to_string(),
                    Some(Value::Text(pc)),
                )];
                set.extend(place::facts_for(tree, p.network.as_deref(), Some(&p.town)));
                return go_with(tree, s, &goto, set, ctx, r);
            }
            return show(tree, s, ctx, r);
        }
        (Overlay::PickTown, Some(Key::Back)) => {
            s.overlay = Overlay::None;
            s.pending_postcode = None;
            show(tree, s, ctx, r);
            return;
        }
        // Back from an office's cards (or a check's details) is back to the result.
        (Overlay::Office(_) | Overlay::CheckDetails | Overlay::OfficeCopy, Some(Key::Back)) => {
            s.overlay = Overlay::None;
            show(tree, s, ctx, r);
            return;
        }
        _ => {}
    }
    if key == Some(Key::SummaryInGerman) && s.overlay == Overlay::None {
        if let Some(NodeKind::Summary) = tree.node(&s.node).map(|n| &n.kind) {
            return office_copy(tree, s, ctx, r);
        }
    }
    match key {
        Some(Key::Back) => return back(tree, s, ctx, r),
        Some(Key::Menu) => return go(tree, s, MAIN, Vec::new(), ctx, r),
        Some(Key::Urgent) => return go(tree, s, URGENT, Vec::new(), ctx, r),
        _ => {}
    }
    if s.overlay != Overlay::None {
        // A button from under the overlay: close the overlay and handle it normally.
        s.overlay = Overlay::None;
    }
    let Some(node) = tree.node(&s.node) else {
        return show(tree, s, ctx, r);
    };
    let offers = matches!(node.kind, NodeKind::Offers { .. });
    match &key {
        Some(Key::More) if offers => {
            s.offers_page = s.offers_page.saturating_add(1);
            return show(tree, s, ctx, r);
        }
        Some(Key::First) if offers => {
            s.offers_page = 0;
            return show(tree, s, ctx, r);
        }
        Some(Key::Network(id)) if offers && place::network_of(s).is_none() => {
            let net = tree.networks.get(id).map(|n| n.id.clone());
            if net.is_some() || id == crate::networks::OUTSIDE {
                let set = place::facts_for(tree, net.as_deref(), None);
                let here = s.node.clone();
                return go_with(tree, s, &here, set, ctx, r);
            }
        }
        Some(Key::Details) if matches!(node.kind, NodeKind::Check { .. }) => {
            return check_details(tree, s, ctx, r);
        }
        Some(Key::Office(office)) if named_offices(tree, s, node, ctx).contains(office) => {
            return office_screen(tree, s, *office, ctx, r);
        }
        Some(Key::Next) => {
            if let NodeKind::Info { next: Some(n) }
            | NodeKind::Check { next: Some(n), .. }
            | NodeKind::Offers { next: Some(n), .. }
            | NodeKind::Outlook { next: Some(n), .. } = &node.kind
            {
                let n = n.clone();
                return go(tree, s, &n, Vec::new(), ctx, r);
            }
        }
        _ => {}
    }
    let chosen = match key {
        Some(Key::Option(i)) => node
            .options
            .get(i)
            .filter(|o| holds(o.when.as_ref(), tree, s, ctx)),
        _ => None,
    };
    match chosen {
        Some(opt) => {
            let goto = opt.goto.clone();
            let set = opt.set.clone();
            go(tree, s, &goto, set, ctx, r)
        }
        None => {
            // A button from an old message or a forged key: show where the parent really is.
            r.blocks.push(Block::Msg(Msg::new("hint-stale-button")));
            show(tree, s, ctx, r);
        }
    }
}

fn text_input(tree: &Tree, s: &mut State, text: &str, ctx: &Ctx, r: &mut Reply) {
    if s.overlay != Overlay::None {
        if s.overlay == Overlay::LanguagePicker {
            if let Some(lang) = crate::lang::negotiate_exact(text.trim(), ctx.languages) {
                return set_language(tree, s, lang, ctx, r);
            }
        }
        s.overlay = Overlay::None;
    }
    let Some(node) = tree.node(&s.node) else {
        return show(tree, s, ctx, r);
    };
    if let NodeKind::Input {
        fact,
        format,
        min,
        max,
        goto,
        error,
    } = &node.kind
    {
        match parse_answer(text, *format, *min, *max, ctx.today) {
            Some(Value::Text(pc)) if *format == InputFormat::Postcode => {
                let goto = goto.clone();
                return match place::resolve(tree, &pc) {
                    place::Resolved::Set(mut set) => {
                        if fact != crate::networks::FACT_POSTCODE {
                            set[0].0 = fact.clone();
                        }
                        go_with(tree, s, &goto, set, ctx, r)
                    }
                    place::Resolved::Ask(_) => {
                        s.pending_postcode = Some(pc);
                        town_pick(tree, s, ctx, r)
                    }
                };
            }
            Some(value) => {
                let goto = goto.clone();
                let set = vec![(fact.clone(), value)];
                return go(tree, s, &goto, set, ctx, r);
            }
            None => {
                r.blocks.push(Block::Msg(Msg::new(error.clone())));
                return show(tree, s, ctx, r);
            }
        }
    }
    let hint = if text.trim().is_empty() {
        "hint-empty"
    } else {
        "hint-use-buttons"
    };
    r.blocks.push(Block::Msg(Msg::new(hint)));
    show(tree, s, ctx, r);
}

fn parse_answer(
    text: &str,
    format: InputFormat,
    min: Option<f64>,
    max: Option<f64>,
    today: NaiveDate,
) -> Option<Value> {
    let in_range = |n: f64| min.is_none_or(|m| n >= m) && max.is_none_or(|m| n <= m);
    match format {
        InputFormat::Number => {
            let nums = parse_number_list(text)?;
            match nums.as_slice() {
                [n] if in_range(*n) => Some(Value::Num(*n)),
                _ => None,
            }
        }
        InputFormat::Numbers => {
            let nums = parse_number_list(text)?;
            (!nums.is_empty() && nums.len() <= 15 && nums.iter().all(|n| in_range(*n)))
                .then_some(Value::List(nums))
        }
        InputFormat::Postcode => {
            // "42 107" as on a letter: spaces between the digits do not count.
            let digits: String = text
                .trim()
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| input::ascii_digit(c).unwrap_or(c))
                .collect();
            (digits.len() == 5 && digits.chars().all(|c| c.is_ascii_digit()))
                .then_some(Value::Text(digits))
        }
        InputFormat::Months => outlook::parse_months(text, max, today).map(Value::List),
    }
}

fn back(tree: &Tree, s: &mut State, ctx: &Ctx, r: &mut Reply) {
    s.overlay = Overlay::None;
    s.offers_page = 0;
    match s.history.pop() {
        Some(frame) => {
            for (fact, old) in frame.undo.into_iter().rev() {
                match old {
                    Some(v) => s.facts.insert(fact, v),
                    None => s.facts.remove(&fact),
                };
            }
            // Navigation is not an undo: what the parent read stays on the list. Only a changed
            // answer retracts what it implied (a check recomputes its own steps on entry).
            s.node = frame.node;
            show(tree, s, ctx, r);
        }
        None => {
            r.blocks.push(Block::Msg(Msg::new("hint-at-start")));
            show(tree, s, ctx, r);
        }
    }
}

/// Moves to `target`, remembering how to come back, setting facts, following branches.
fn go(
    tree: &Tree,
    s: &mut State,
    target: &str,
    set: Vec<(String, Value)>,
    ctx: &Ctx,
    r: &mut Reply,
) {
    let set = set.into_iter().map(|(f, v)| (f, Some(v))).collect();
    go_with(tree, s, target, set, ctx, r)
}

/// [`go`] with facts set or (`None`) removed, all undone by one "back".
fn go_with(
    tree: &Tree,
    s: &mut State,
    target: &str,
    set: Vec<(String, Option<Value>)>,
    ctx: &Ctx,
    r: &mut Reply,
) {
    s.overlay = Overlay::None;
    s.pending_postcode = None;
    // Going where one already is (/menu on the menu) is no step: Back must not lead to the
    // same screen again, where it would seem to do nothing.
    if target == s.node && set.is_empty() {
        s.offers_page = 0;
        return enter(tree, s, ctx, r);
    }
    let mut frame = Frame {
        node: s.node.clone(),
        undo: Vec::new(),
    };
    for (fact, value) in set {
        let old = match value {
            Some(v) => s.facts.insert(fact.clone(), v),
            None => s.facts.remove(&fact),
        };
        frame.undo.push((fact, old));
    }
    s.history.push(frame);
    s.node = NodeId::from(target);
    // Every list opens at its first page, whatever page the last one was left at.
    s.offers_page = 0;
    enter(tree, s, ctx, r);
}

/// Arrives at the current node: resolves branches, gathers to-dos, shows it.
fn enter(tree: &Tree, s: &mut State, ctx: &Ctx, r: &mut Reply) {
    for _ in 0..MAX_HOPS {
        let Some(node) = tree.node(&s.node) else {
            break;
        };
        let NodeKind::Branch { rules } = &node.kind else {
            break;
        };
        let Some(rule) = rules
            .iter()
            .find(|rule| holds(rule.when.as_ref(), tree, s, ctx))
        else {
            break;
        };
        // What the rule fills from known facts is an answer like any other: Back undoes it.
        let derived: Vec<(String, Value)> = {
            let env = FactEnv {
                tree,
                state: s,
                today: ctx.today,
            };
            rule.derive
                .iter()
                .filter_map(|(fact, e)| Some((fact.clone(), e.eval(&env)?)))
                .collect()
        };
        for (fact, value) in derived {
            let old = s.facts.insert(fact.clone(), value);
            if let Some(frame) = s.history.last_mut() {
                frame.undo.push((fact, old));
            }
        }
        s.node = rule.goto.clone();
    }
    let Some(node) = tree.node(&s.node) else {
        s.node = NodeId::from(MAIN);
        return show(tree, s, ctx, r);
    };
    if matches!(node.kind, NodeKind::Outlook { .. }) {
        s.outlook = true;
    }
    if let NodeKind::Check { items, .. } = &node.kind {
        // The check's steps follow from the answers as they are now: for every benefit it
        // decides, its rule's to-do is the one line of that office action (none for an
        // "unlikely"); what an earlier answer or a page read before implied goes.
        let (current, decided_actions) = {
            let env = FactEnv {
                tree,
                state: s,
                today: ctx.today,
            };
            let mut current = Vec::new();
            let mut actions = Vec::new();
            for item in items {
                match decision(item, &env) {
                    Decision::Unknown => continue,
                    Decision::Rule(rule) => current.extend(rule.todo.clone()),
                    Decision::NoRule => {}
                }
                actions.extend(item.action.clone());
            }
            (current, actions)
        };
        let possible: Vec<&str> = items
            .iter()
            .flat_map(|i| i.rules.iter().filter_map(|r| r.todo.as_deref()))
            .collect();
        s.todos.retain(|t| {
            current.contains(t)
                || !(possible.contains(&t.as_str())
                    || tree
                        .todo_action(t)
                        .is_some_and(|a| decided_actions.iter().any(|d| d == a)))
        });
        for t in current {
            add_todo(tree, s, t, true, ctx);
        }
    }
    // A to-do this step gave under a condition that no longer holds goes: the answer it
    // rested on changed.
    let void: Vec<&str> = {
        let env = FactEnv {
            tree,
            state: s,
            today: ctx.today,
        };
        node.todo
            .iter()
            .filter(|t| t.when.as_ref().and_then(|w| w.eval_bool(&env)) == Some(false))
            .map(|t| t.text.as_str())
            .collect()
    };
    s.todos.retain(|t| !void.contains(&t.as_str()));
    let node_todos: Vec<MsgId> = node
        .todo
        .iter()
        .filter(|t| holds(t.when.as_ref(), tree, s, ctx))
        .map(|t| t.text.clone())
        .collect();
    for t in node_todos {
        add_todo(tree, s, t, false, ctx);
    }
    show(tree, s, ctx, r);
}

/// Adds a to-do unless its office action is on the list already: one line per action. A
/// check's to-do (derived from the answers) takes the place of a page's general one; a page's
/// to-do for an action a check decides from the known facts is left to the check.
fn add_todo(tree: &Tree, s: &mut State, todo: MsgId, from_check: bool, ctx: &Ctx) {
    if s.todos.contains(&todo) {
        return;
    }
    if let Some(action) = tree.todo_action(&todo) {
        if !from_check && check_decides(tree, s, action, ctx) {
            return;
        }
        if let Some(i) = s
            .todos
            .iter()
            .position(|t| tree.todo_action(t) == Some(action))
        {
            if from_check {
                s.todos[i] = todo;
            }
            return;
        }
    }
    s.todos.push(todo);
}

/// Whether a check item standing for `action` can be decided from the facts known now.
fn check_decides(tree: &Tree, s: &State, action: &str, ctx: &Ctx) -> bool {
    let env = FactEnv {
        tree,
        state: s,
        today: ctx.today,
    };
    tree.nodes.iter().any(|n| match &n.kind {
        NodeKind::Check { items, .. } => items.iter().any(|i| {
            i.action.as_deref() == Some(action) && !matches!(decision(i, &env), Decision::Unknown)
        }),
        _ => false,
    })
}

/// Renders the current node without side effects (used to re-show a step).
fn show(tree: &Tree, s: &mut State, ctx: &Ctx, r: &mut Reply) {
    render_node(tree, s, ctx, r, false);
}

/// The next steps in German, as their own message to show at the counter: an overlay over
/// the summary, so a long one can be read on page by page, and Back returns to the summary.
fn office_copy(tree: &Tree, s: &mut State, ctx: &Ctx, r: &mut Reply) {
    let de = crate::lang::SOURCE_LANG;
    s.overlay = Overlay::OfficeCopy;
    r.blocks
        .push(Block::Msg(Msg::new("summary-office-heading").in_lang(de)));
    r.blocks
        .push(Block::Lines(summary_lines(tree, s, Some(de))));
    nav_buttons(r);
    r.globals = globals(tree, s, ctx);
    r.node = s.node.clone();
}

/// A benefit check with each benefit's full text: what the one-line screen folds away.
fn check_details(tree: &Tree, s: &mut State, ctx: &Ctx, r: &mut Reply) {
    render_node(tree, s, ctx, r, true);
    s.overlay = Overlay::CheckDetails;
}

fn render_node(tree: &Tree, s: &mut State, ctx: &Ctx, r: &mut Reply, detailed: bool) {
    s.overlay = Overlay::None;
    // Any step but the language choice itself drops a deep link waiting for it.
    s.after_language = None;
    let Some(node) = tree.node(&s.node) else {
        s.node = NodeId::from(MAIN);
        if tree.node(MAIN).is_none() {
            return;
        }
        return show(tree, s, ctx, r);
    };
    let env = FactEnv {
        tree,
        state: s,
        today: ctx.today,
    };
    let node_args = eval_args(&node.args, &env);
    if let Some(text) = &node.text {
        r.blocks
            .push(Block::Msg(Msg::new(text.clone()).args(node_args.clone())));
    }
    match &node.kind {
        NodeKind::Check { items, .. } => {
            let lines = if detailed {
                check_lines_full(items, &env, &node_args)
            } else {
                check_lines_short(items, &env, &node_args)
            };
            r.blocks.push(Block::Lines(lines));
        }
        NodeKind::Summary => {
            if s.todos.is_empty() {
                r.blocks.push(Block::Msg(Msg::new("summary-empty")));
            } else {
                r.blocks.push(Block::Lines(summary_lines(tree, s, None)));
                // The parent shows the list at the office: offer it in German too.
                if s.lang
                    .as_deref()
                    .is_some_and(|l| l != crate::lang::SOURCE_LANG)
                {
                    r.buttons.push(Button::new(
                        Key::SummaryInGerman,
                        Msg::new("summary-for-office"),
                    ));
                }
            }
        }
        NodeKind::Offers { tags, .. } => {
            let heading = node
                .text
                .as_ref()
                .and_then(|_| r.blocks.len().checked_sub(1));
            if place::offers_blocks(tree, s, tags, r) {
                // The list's heading ("offers in your area:") heads no list here.
                if let Some(i) = heading {
                    r.blocks.remove(i);
                }
            } else {
                r.blocks.push(Block::Offers { tags: tags.clone() });
            }
        }
        NodeKind::Outlook { events, .. } => {
            let lines = outlook_lines(events, &env, &node_args);
            r.blocks.push(Block::Lines(if lines.is_empty() {
                vec![Msg::new("outlook-none")
                    .arg("months", Arg::Num(f64::from(outlook::HORIZON_MONTHS)))]
            } else {
                lines
            }));
        }
        _ => {}
    }
    if matches!(node.kind, NodeKind::Summary) && s.outlook {
        // What changes soon, once the parent asked for it: under the next steps.
        for n in &tree.nodes {
            if let NodeKind::Outlook { events, .. } = &n.kind {
                let lines = outlook_lines(events, &env, &eval_args(&n.args, &env));
                if let (Some(text), false) = (&n.text, lines.is_empty()) {
                    // The heading as the first line, so a page never ends on it alone.
                    let mut block = vec![Msg::new(text.clone())];
                    block.extend(lines);
                    r.blocks.push(Block::Lines(block));
                }
            }
        }
    }
    for (i, opt) in node.options.iter().enumerate() {
        if holds_env(opt.when.as_ref(), &env) {
            r.buttons.push(Button::new(
                Key::Option(i),
                Msg::new(opt.label.clone()).args(node_args.clone()),
            ));
        }
    }
    if matches!(node.kind, NodeKind::Check { .. }) && !detailed {
        r.buttons
            .push(Button::new(Key::Details, Msg::new("check-details")));
    }
    if let NodeKind::Info { next: Some(_) }
    | NodeKind::Check { next: Some(_), .. }
    | NodeKind::Offers { next: Some(_), .. }
    | NodeKind::Outlook { next: Some(_), .. } = &node.kind
    {
        r.buttons.push(Button::new(Key::Next, Msg::new("nav-next")));
    }
    // After "next", so the numbers of the step's own buttons stay as they were.
    // One tap from a result to the office it names: its address and hours.
    for office in named_offices(tree, s, node, ctx) {
        r.buttons.push(Button::new(
            Key::Office(office),
            Msg::new("offers-office-open").arg(
                "office",
                Arg::Msg(Box::new(Msg::new(office.name_message()))),
            ),
        ));
    }
    r.expects_text = matches!(node.kind, NodeKind::Input { .. });
    if !s.history.is_empty() {
        r.buttons.push(Button::nav(Key::Back, "nav-back"));
    }
    if node.id != MAIN {
        r.buttons.push(Button::nav(Key::Menu, "nav-menu"));
    }
    if node.id != URGENT {
        r.buttons.push(Button::nav(Key::Urgent, "nav-urgent"));
    }
    r.globals = globals(tree, s, ctx);
    r.node = node.id.clone();
}

/// The decided items of a check with their rules, likely first, then maybe, then unlikely
/// (the files' order within each).
fn decided<'a>(items: &'a [CheckItem], env: &FactEnv) -> Vec<(&'a CheckItem, &'a CheckRule)> {
    let mut out: Vec<_> = items
        .iter()
        .filter_map(|item| decide(item, env).map(|rule| (item, rule)))
        .collect();
    out.sort_by_key(|(_, rule)| rule.verdict);
    out
}

/// One benefit's verdict line with its reason; with its office unless `short`.
fn check_line(
    item: &CheckItem,
    rule: &CheckRule,
    env: &FactEnv,
    node_args: &[(String, Arg)],
    short: bool,
) -> Msg {
    let mut args = node_args.to_vec();
    args.extend(eval_args(&rule.args, env));
    let verdict = Arg::Msg(Box::new(Msg::new(rule.verdict.message_id())));
    let name = Arg::Msg(Box::new(
        Msg::new(item.name.clone()).args(node_args.to_vec()),
    ));
    let reason = Arg::Msg(Box::new(Msg::new(rule.reason.clone()).args(args)));
    let line = if short {
        Msg::new("check-line-short")
    } else {
        let office = Msg::new(item.office.clone()).args(node_args.to_vec());
        Msg::new("check-line").arg("office", Arg::Msg(Box::new(office)))
    };
    line.arg("verdict", verdict)
        .arg("name", name)
        .arg("reason", reason)
}

/// Each benefit's verdict, reason and office in full: the details one tap from the result.
/// What probably does not apply gets one short line without an office, so the screen stays
/// about what the parent can do.
fn check_lines_full(items: &[CheckItem], env: &FactEnv, node_args: &[(String, Arg)]) -> Vec<Msg> {
    decided(items, env)
        .into_iter()
        .map(|(item, rule)| {
            check_line(
                item,
                rule,
                env,
                node_args,
                rule.verdict == Verdict::Unlikely,
            )
        })
        .collect()
}

/// The result as it fits a phone: the likely benefits one line each (name, the monthly amount
/// where the rule gives one as `monthly`, the office) and their monthly total; maybe and
/// unlikely with their one-line reason.
fn check_lines_short(items: &[CheckItem], env: &FactEnv, node_args: &[(String, Arg)]) -> Vec<Msg> {
    let (likely, rest): (Vec<_>, Vec<_>) = decided(items, env)
        .into_iter()
        .partition(|(_, rule)| rule.verdict == Verdict::Likely);
    let mut lines = Vec::new();
    if !likely.is_empty() {
        let verdict = Msg::new(Verdict::Likely.message_id());
        lines.push(Msg::new("check-group").arg("verdict", Arg::Msg(Box::new(verdict))));
    }
    let mut monthly_amounts = Vec::new();
    for (item, rule) in likely {
        let name = Arg::Msg(Box::new(
            Msg::new(item.name.clone()).args(node_args.to_vec()),
        ));
        let office = Arg::Msg(Box::new(
            Msg::new(item.office.clone()).args(node_args.to_vec()),
        ));
        let monthly = eval_args(&rule.args, env)
            .into_iter()
            .find_map(|(n, a)| match a {
                Arg::Money(m) if n == MONTHLY_ARG => Some(m),
                _ => None,
            });
        let line = match monthly {
            Some(m) => {
                monthly_amounts.push(m);
                Msg::new("check-item-monthly").arg("monthly", Arg::Money(m))
            }
            None => Msg::new("check-item"),
        };
        lines.push(line.arg("name", name).arg("office", office));
    }
    // A total only where it adds something: two or more monthly amounts.
    if monthly_amounts.len() >= 2 {
        let total = monthly_amounts.iter().sum();
        lines.push(Msg::new("check-total").arg("total", Arg::Money(total)));
    }
    lines.extend(
        rest.into_iter()
            .map(|(item, rule)| check_line(item, rule, env, node_args, true)),
    );
    lines
}

/// The rule argument a check's one-line screen shows as the monthly amount (in euros).
pub const MONTHLY_ARG: &str = "monthly";

/// The gathered next steps, in the parent's language or (for the office) in `lang`.
/// The office message of the check item whose rule adds `todo`, if a check adds it.
fn todo_office<'a>(tree: &'a Tree, todo: &str) -> Option<&'a str> {
    tree.nodes.iter().find_map(|n| match &n.kind {
        NodeKind::Check { items, .. } => items
            .iter()
            .find(|i| i.rules.iter().any(|r| r.todo.as_deref() == Some(todo)))
            .map(|i| i.office.as_str()),
        _ => None,
    })
}

/// The gathered next steps, those for one office together (in the order the offices first
/// come up), so a parent sees what to do at each counter in one place.
fn summary_lines(tree: &Tree, s: &State, lang: Option<&str>) -> Vec<Msg> {
    let offices: Vec<Option<&str>> = s.todos.iter().map(|t| todo_office(tree, t)).collect();
    let mut order: Vec<usize> = (0..s.todos.len()).collect();
    // Stable: within an office, and for steps of no office, the order they were gathered in.
    order.sort_by_key(|&i| match offices[i] {
        Some(o) => offices.iter().position(|x| *x == Some(o)).unwrap_or(i),
        None => i,
    });
    order
        .into_iter()
        .map(|i| &s.todos[i])
        .map(|t| {
            let mut item = Msg::new(t.clone());
            let mut line = Msg::new("summary-item");
            if let Some(l) = lang {
                item = item.in_lang(l);
                line = line.in_lang(l);
            }
            line.arg("item", Arg::Msg(Box::new(item)))
        })
        .collect()
}

/// Facts and figures every message may use as variables.
fn globals(tree: &Tree, s: &State, ctx: &Ctx) -> Vec<(String, Arg)> {
    let mut out = Vec::with_capacity(tree.figures.len() * 2 + s.facts.len());
    for (name, fig) in &tree.figures {
        if let Some((from, v)) = fig.at(ctx.today) {
            let arg = match fig.unit {
                crate::dialog::figures::Unit::Eur => Arg::Money(v),
                _ => Arg::Num(v),
            };
            out.push((name.clone(), arg));
            out.push((format!("{name}_from"), Arg::Date(from)));
        }
    }
    for (name, v) in &s.facts {
        if let Some(arg) = Arg::from_value(v) {
            out.push((name.clone(), arg));
        }
    }
    out.extend(place::globals(tree, s));
    out
}

/// One benefit line of a check as the facts decide it.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckLine {
    /// The item's name.
    pub name: MsgId,
    pub action: Option<String>,
    /// `None`: not shown (no rule holds, or not decidable yet).
    pub verdict: Option<Verdict>,
    pub todo: Option<MsgId>,
}

/// A check's benefit lines as the facts of `state` decide them on `today`. For tests and
/// tools that hold the checklist against the verdicts.
pub fn check_decisions(
    tree: &Tree,
    node: &crate::dialog::Node,
    state: &State,
    today: NaiveDate,
) -> Vec<CheckLine> {
    let env = FactEnv { tree, state, today };
    match &node.kind {
        NodeKind::Check { items, .. } => items
            .iter()
            .map(|i| {
                let rule = decide(i, &env);
                CheckLine {
                    name: i.name.clone(),
                    action: i.action.clone(),
                    verdict: rule.map(|r| r.verdict),
                    todo: rule.and_then(|r| r.todo.clone()),
                }
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The rule that decides a benefit line: the first that holds. `None` (the line is left out)
/// while any fact the rules read is unanswered: a verdict on half the facts would mislead, and
/// its amount could not be computed.
fn decide<'a>(item: &'a CheckItem, env: &FactEnv) -> Option<&'a CheckRule> {
    match decision(item, env) {
        Decision::Rule(rule) => Some(rule),
        _ => None,
    }
}

/// How a benefit line stands on the facts known now.
enum Decision<'a> {
    /// A fact a rule needs is unanswered: no verdict yet.
    Unknown,
    /// No rule holds: the benefit is not shown.
    NoRule,
    Rule(&'a CheckRule),
}

/// The rules in order: one that surely does not hold is passed, the first that holds decides
/// (once the facts its amounts need are known), one that cannot be decided yet stops, so a
/// verdict never rests on a guess. A fact only some answers lead to (the arrival date of a
/// parent from Ukraine) is thus needed only where it matters.
fn decision<'a>(item: &'a CheckItem, env: &FactEnv) -> Decision<'a> {
    let known = |e: &Expr| {
        let mut names = Vec::new();
        e.names(&mut names);
        names
            .iter()
            .all(|n| !env.tree.facts.contains_key(n) || env.get(n).is_some())
    };
    for rule in &item.rules {
        let holds = match &rule.when {
            None => Some(true),
            Some(w) => w.eval_bool(env),
        };
        match holds {
            Some(true) if rule.args.iter().all(|(_, e)| known(e)) => return Decision::Rule(rule),
            Some(false) => {}
            _ => return Decision::Unknown,
        }
    }
    Decision::NoRule
}

struct FactEnv<'a> {
    tree: &'a Tree,
    state: &'a State,
    today: NaiveDate,
}

impl Env for FactEnv<'_> {
    fn get(&self, name: &str) -> Option<Value> {
        // Ages from birth months, once known, on the day asked about: they grow by themselves.
        let births = self
            .tree
            .facts
            .get(name)
            .and_then(|d| d.ages_from.as_ref())
            .and_then(|b| self.state.facts.get(b));
        if let Some(Value::List(months)) = births {
            return Some(Value::List(outlook::ages_on(months, self.today)));
        }
        if let Some(v) = self.state.facts.get(name) {
            return Some(v.clone());
        }
        self.tree.figures.get(name)?.value_at(self.today)
    }
}

fn holds(when: Option<&Expr>, tree: &Tree, s: &State, ctx: &Ctx) -> bool {
    holds_env(
        when,
        &FactEnv {
            tree,
            state: s,
            today: ctx.today,
        },
    )
}

/// A missing condition holds; an undecidable one (unanswered facts) does not.
fn holds_env(when: Option<&Expr>, env: &FactEnv) -> bool {
    when.is_none_or(|w| w.eval_bool(env) == Some(true))
}

fn eval_args(args: &[(String, Expr)], env: &FactEnv) -> Vec<(String, Arg)> {
    args.iter()
        .filter_map(|(name, e)| Some((name.clone(), Arg::from_value(&e.eval(env)?)?)))
        .collect()
}

#[cfg(test)]
mod tests;
