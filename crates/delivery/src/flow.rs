//! One update in, one committed reply out, for any channel: the engine decides everything,
//! this keeps the replay guard and turns the rendered step into a [`Plan`] of actions.

use wegweiser_conversation::conversation::{Content, Rendered};
use wegweiser_core::engine::{Command, Effect, Input, Msg, Overlay, State};
use wegweiser_store::stats::{observe, Observation, StepFacts};

use crate::admin;
use crate::limits::Verdict;
use crate::place;
use crate::plan::{Action, Plan};
use crate::store::DeliveryError;
use crate::ui;
use crate::{App, Channel, ChannelError, ChatId};

/// What the parent did, in the core's terms (each channel maps its updates to these).
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Text(String),
    /// Something the engine takes as it is (a shared location).
    Input(Input),
    /// A message without text (photo, voice, sticker, ...).
    Other,
    /// A shared contact: its phone number never reaches this far (`record`), and is not kept.
    Contact,
    Tap {
        query: String,
        data: String,
        /// The message carrying the tapped keyboard, if Telegram still shows it to us.
        message: Option<i32>,
    },
}

/// One update of a private chat, as the channel understood it.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub chat: ChatId,
    /// The language the parent's app reports, if any.
    pub lang_hint: Option<String>,
    pub event: Event,
}

/// Handles update `update_id` of a channel: `None` for one the core does not handle (not a
/// private chat, nothing a parent did), which only leaves the inbox. Returns when the reply
/// is carried out and the chat has moved past the update; a transient channel error leaves
/// the reply pending, to be finished first with the chat's next update or the next start.
pub async fn handle<C: Channel>(
    channel: &C,
    app: &App,
    update_id: u32,
    inc: Option<Incoming>,
) -> Result<(), DeliveryError> {
    let Some(inc) = inc else {
        app.store.inbox_drop(update_id)?;
        return Ok(());
    };
    // Over the flood limit (decided by the listener; such updates were never kept).
    match app.limit.take(update_id) {
        Verdict::Allow => {}
        Verdict::Drop => return Ok(()),
        Verdict::Notice => {
            slow_down(channel, app, &inc).await;
            return Ok(());
        }
    }
    // Read once, and again only after an older reply changed it.
    let mut meta = app.store.meta(inc.chat)?;
    // A reply of an earlier update that could not be completed goes out first, in order.
    if let Some(plan) = meta.pending.clone().filter(|p| p.update != update_id) {
        let older = plan.update;
        let shown = carry_out(channel, app, inc.chat, plan).await?;
        app.store.finish(inc.chat, older, shown).await?;
        meta = app.store.meta(inc.chat)?;
    }
    let plan = match meta.pending.clone() {
        // This very update was committed before a crash: finish sending, don't step again.
        Some(plan) if plan.update == update_id => plan,
        _ if meta.replayed(update_id) => {
            tracing::debug!(update = update_id, "replayed update ignored");
            app.store.finish(inc.chat, update_id, None).await?;
            return Ok(());
        }
        _ => {
            let text = match &inc.event {
                Event::Text(t) => Some(t.as_str()),
                _ => None,
            };
            let (state, plan, seen) = match admin::command(app, inc.chat, text) {
                Some(cmd) => {
                    let hint = inc.lang_hint.as_deref();
                    let limits = C::LIMITS;
                    let (state, plan) =
                        admin::reply(app, cmd, inc.chat, hint, update_id, &limits).await?;
                    (state, plan, Observation::default())
                }
                None => step::<C>(app, &inc, update_id, meta.keyboard)?,
            };
            app.store
                .commit_after(inc.chat, meta, state.as_ref(), &plan, app.today())
                .await?;
            app.count(&seen);
            plan
        }
    };
    let shown = carry_out(channel, app, inc.chat, plan).await?;
    app.store.finish(inc.chat, update_id, shown).await?;
    Ok(())
}

/// The polite "wait a moment" for a flooding chat, in its language; best effort, never stored.
async fn slow_down<C: Channel>(channel: &C, app: &App, inc: &Incoming) {
    let content = app.content();
    let lang = match app.store.state(inc.chat) {
        Ok(Some(s)) => s.lang.clone(),
        _ => inc
            .lang_hint
            .as_deref()
            .and_then(|h| content.locales.negotiate(h)),
    }
    .unwrap_or_else(|| wegweiser_core::lang::SOURCE_LANG.to_string());
    let text = content
        .locales
        .render(&lang, &Msg::new(C::TEXTS.slow_down), &[]);
    if let Err(e) = channel.notify(inc.chat, &text).await {
        tracing::warn!(error = %e, "the flood notice could not be sent");
    }
}

/// A tap on a "🗺 Map" button: the offer's place as a venue; the conversation stays.
fn map_tap(app: &App, inc: &Incoming, state: &State, update: u32) -> Option<Plan> {
    let Event::Tap { query, data, .. } = &inc.event else {
        return None;
    };
    let index = ui::map_index(data, state)?;
    let mut actions = vec![Action::Answer {
        query: query.clone(),
    }];
    let shown = app.content().offers_shown(state, app.today());
    if let Some(r) = shown.get(index) {
        if let Some(at) = r.offer.location {
            actions.push(Action::Venue {
                title: r.offer.name.clone(),
                // Telegram requires an address; an offer with only a place gets its district.
                address: [&r.offer.address, &r.offer.postcode, &r.offer.district]
                    .into_iter()
                    .filter(|s| !s.trim().is_empty())
                    .take(2)
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(", "),
                lat: at.lat(),
                lon: at.lon(),
            });
        }
    }
    Some(Plan {
        update,
        actions,
        done: 0,
        shown: None,
    })
}

/// Steps the engine and decides how the reply is shown. `None` as state: forget the chat.
/// Also says what the step adds to the needs report. `keyboard`: the message whose keyboard
/// is live now.
fn step<C: Channel>(
    app: &App,
    inc: &Incoming,
    update: u32,
    keyboard: Option<i32>,
) -> Result<(Option<State>, Plan, Observation), DeliveryError> {
    let today = app.today();
    // One version of the files for the whole update, whatever a reload does meanwhile.
    let content = app.content();
    let stored = app.store.state(inc.chat)?;
    if let Some(s) = &stored {
        if let Some(plan) = map_tap(app, inc, s, update) {
            return Ok((Some(s.clone()), plan, Observation::default()));
        }
        if let Some(plan) = double_tap(inc, s, keyboard, update) {
            return Ok((Some(s.clone()), plan, Observation::default()));
        }
    }
    let before = app.stats.is_some().then(|| stored.clone()).flatten();
    let lang_hint = inc.lang_hint.as_deref();
    let mut notice: Option<Msg> = None;
    let mut edit_in_place = false;
    let (state, rendered): (State, Rendered) = match (stored, &inc.event) {
        (None, event) => first_contact(&content, lang_hint, event, today),
        (Some(s), Event::Text(t)) => content.handle_text(&s, t, today),
        (Some(s), Event::Input(input)) => {
            let (state, rendered, said) = place::shared(app, &content, &s, input, today, &C::TEXTS);
            notice = said;
            (state, rendered)
        }
        (Some(s), Event::Contact) => {
            notice = Some(Msg::new(C::TEXTS.contact_not_kept));
            let r = content.current(&s, today);
            (s, r)
        }
        (Some(s), Event::Other) => {
            notice = Some(Msg::new(C::TEXTS.only_text));
            let r = content.current(&s, today);
            (s, r)
        }
        (Some(s), Event::Tap { data, message, .. }) => match ui::tapped_key(data, &s) {
            Some(key) => {
                edit_in_place = message.is_some();
                content.handle(&s, &Input::Button(key.to_string()), today)
            }
            // A button of another screen, or data we never sent: say so, show the current step.
            None => content.handle(&s, &Input::Button(ui::STALE_KEY.to_string()), today),
        },
    };

    let forget = rendered.effects.contains(&Effect::Forget);
    let mut actions = Vec::new();
    if let Event::Tap { query, .. } = &inc.event {
        actions.push(Action::Answer {
            query: query.clone(),
        });
    }
    let lang = rendered.lang.clone();
    let msg = |m: &Msg| {
        let text = content.locales.render(&lang, m, &[]);
        if wegweiser_content::i18n::is_rtl(&lang) {
            wegweiser_content::i18n::mark_rtl_lines(&text)
        } else {
            text
        }
    };
    let mut text = rendered.text.clone();
    // The picker for someone whose language we do not know asks in every language.
    if state.lang.is_none() && state.overlay == Overlay::LanguagePicker {
        text = ui::picker_prompt(&content, &C::TEXTS);
    }
    if let Some(m) = &notice {
        text = format!("{}\n\n{}", msg(m), text);
    }
    let tag = ui::screen_tag(&state);
    let short = |key: &str| {
        ui::nav_label_id(&C::TEXTS, key).map(|id| content.locales.render(&lang, &Msg::new(id), &[]))
    };
    let limits = C::LIMITS;
    let mut keys = limits.keyboard(&rendered.buttons, &tag, short);
    // The offers the text shows, as the rendering looked them up: no second lookup.
    let mapped: Vec<(usize, String)> = rendered
        .offers
        .iter()
        .enumerate()
        .filter(|(_, r)| r.offer.location.is_some())
        .map(|(i, r)| (i, r.offer.name.clone()))
        .collect();
    if !forget && !mapped.is_empty() {
        let label = |name: &str| {
            let m = Msg::new(C::TEXTS.map)
                .arg("offer", wegweiser_core::engine::Arg::Text(name.to_string()));
            content.locales.render(&lang, &m, &[])
        };
        limits.add_map_buttons(
            &mut keys,
            limits.nav_rows(&rendered.buttons),
            &mapped,
            &tag,
            label,
        );
    }
    let mut parts = limits.message_parts(
        &text,
        &msg(&Msg::new(C::TEXTS.shortened)),
        &msg(&Msg::new(C::TEXTS.choose)),
    );
    let last = parts.pop().unwrap_or_default();
    // The message that will carry the step; every other live keyboard goes.
    let mut carrier = None;
    match (&inc.event, edit_in_place && parts.is_empty()) {
        (
            Event::Tap {
                message: Some(id), ..
            },
            true,
        ) => {
            carrier = Some(*id);
            actions.push(Action::Edit {
                message: *id,
                text: last,
                keyboard: keys,
            })
        }
        _ => {
            for p in parts {
                actions.push(Action::Send {
                    text: p,
                    keyboard: Vec::new(),
                });
            }
            actions.push(Action::Send {
                text: last,
                keyboard: keys,
            });
        }
    }
    let tapped = match &inc.event {
        Event::Tap { message, .. } => *message,
        _ => None,
    };
    let mut old: Vec<i32> = [keyboard, tapped].into_iter().flatten().collect();
    old.dedup();
    for message in old.into_iter().filter(|m| Some(*m) != carrier) {
        actions.push(Action::DropKeyboard { message });
    }
    if rendered.effects.contains(&Effect::LanguageChanged) && !forget {
        actions.push(Action::Commands {
            lang: rendered.lang.clone(),
        });
    }
    let plan = Plan {
        update,
        actions,
        done: 0,
        shown: None,
    };
    let seen = observe(&StepFacts {
        before: before.as_ref(),
        after: (!forget).then_some(&state),
        restart: matches!(&inc.event, Event::Text(t) if matches!(
            wegweiser_core::engine::parse_line(t),
            Input::Start(_) | Input::Command(Command::Restart)
        )),
        location: matches!(&inc.event, Event::Input(Input::Location { .. })),
        gaps: &rendered.gaps,
    });
    Ok(((!forget).then_some(state), plan, seen))
}

/// A tap with an older screen's data on the message that already shows the current step:
/// the parent tapped twice before the first tap's answer arrived. The spinner stops, nothing
/// else happens: the step is on the screen already.
fn double_tap(inc: &Incoming, state: &State, keyboard: Option<i32>, update: u32) -> Option<Plan> {
    let Event::Tap {
        query,
        data,
        message: Some(message),
    } = &inc.event
    else {
        return None;
    };
    if keyboard != Some(*message) || ui::tapped_key(data, state).is_some() {
        return None;
    }
    Some(Plan {
        update,
        actions: vec![Action::Answer {
            query: query.clone(),
        }],
        done: 0,
        shown: None,
    })
}

/// First contact (or the first message after `/forget`): what the parent sent is carried out,
/// in the phone's language if we have it. Without one we have, the picker comes first for a
/// greeting or a deep link (the link's topic follows the choice); a command is carried out at
/// once, in German, because a parent who sends `/sos` must not wait for a picker.
fn first_contact(
    content: &Content,
    hint: Option<&str>,
    event: &Event,
    today: chrono::NaiveDate,
) -> (State, Rendered) {
    let lang = hint.and_then(|h| content.locales.negotiate(h));
    let wanted = match event {
        Event::Text(t) => wegweiser_core::engine::parse_line(t),
        Event::Input(i) => i.clone(),
        Event::Other | Event::Contact | Event::Tap { .. } => Input::Start(None),
    };
    let greet = |topic: Option<&str>| match &lang {
        Some(l) => {
            let (s, r) = content.welcome(Some(l), today);
            match topic {
                Some(t) => content.handle(&s, &Input::Start(Some(t.to_string())), today),
                None => (s, r),
            }
        }
        None => content.pick_language_first(topic, today),
    };
    let fresh = || content.welcome(lang.as_deref(), today).0;
    match wanted {
        Input::Start(topic) => greet(topic.as_deref()),
        Input::Text(_)
        | Input::Button(_)
        | Input::Command(Command::Menu | Command::Restart | Command::Unknown(_)) => greet(None),
        // Nothing is stored yet, so nothing to confirm: done at once, and nothing kept.
        Input::Command(Command::Forget) => {
            let (s, _) = content.handle(&fresh(), &Input::Command(Command::Forget), today);
            let yes = Input::Button(wegweiser_core::engine::Key::ForgetYes.to_string());
            content.handle(&s, &yes, today)
        }
        other => content.handle(&fresh(), &other, today),
    }
}

/// Carries out the plan from where it stopped, recording progress so a crash resumes rather
/// than repeats. Errors that waiting cannot fix (the parent blocked the bot, a deleted chat)
/// end the plan: the reply cannot be delivered, and retrying forever would block the chat.
/// A transient error that outlasted the channel's retries is returned with the plan still
/// pending: the next update of this chat, or the next start, tries again. Returns the message
/// that carries the reply's keyboard, if it sent or edited one.
pub async fn carry_out<C: Channel>(
    channel: &C,
    app: &App,
    chat: ChatId,
    mut plan: Plan,
) -> Result<Option<i32>, ChannelError> {
    let content = app.content();
    while plan.done < plan.actions.len() {
        let action = &plan.actions[plan.done];
        let has_keyboard = matches!(
            action,
            Action::Send { keyboard, .. } | Action::Edit { keyboard, .. } if !keyboard.is_empty()
        );
        match channel.perform(chat, action, &content).await {
            Ok(done) => {
                if has_keyboard && done.shows.is_some() {
                    plan.shown = done.shows;
                }
                plan.done += 1;
                if plan.done < plan.actions.len() {
                    if let Err(e) = app.store.progress(chat, &plan, done.sent).await {
                        tracing::error!(error = %e, "could not record reply progress");
                    }
                }
            }
            Err(e @ ChannelError::Transient(_)) => return Err(e),
            Err(e) => {
                // No chat id in the log (privacy, docs/privacy.md).
                tracing::warn!(error = %e, "a reply could not be delivered; dropping it");
                break;
            }
        }
    }
    Ok(plan.shown)
}
