//! What changes soon by itself: a child's birthday moves it into another age band, a figure
//! takes its new value on its `from` date, a benefit must be applied for again.
//!
//! Nothing here reads a clock: "today" is the engine's [`Ctx`](super::Ctx) day, and the days
//! looked at are computed from it, so an outlook is as reproducible as any other screen.

use chrono::{Datelike, Months, NaiveDate};

use super::reply::{Arg, Msg};
use super::{eval_args, holds_env, FactEnv};
use crate::dialog::expr::Value;
use crate::dialog::{Event, EventAt};

/// How far ahead the outlook looks, in months.
pub const HORIZON_MONTHS: u32 = 12;

/// The month a day lies in, counted as `year * 12 + month - 1`: the form birth months are
/// kept in, so ages are a subtraction.
pub fn month_no(d: NaiveDate) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month0())
}

/// Whole years of age on `day` for children born in these months. The birthday month counts
/// as reached on its first day (the day of birth is not asked): benefits change from the
/// month of the birthday. A child not yet born is left out.
pub fn ages_on(births: &[f64], day: NaiveDate) -> Vec<f64> {
    let now = month_no(day);
    births
        .iter()
        .filter_map(|&b| {
            let months = now - b as i64;
            (months >= 0).then_some((months / 12) as f64)
        })
        .collect()
}

/// Birth months as typed: `03/2020`, `3.2020`, `3-20`, separated by spaces or commas.
/// `None` unless every one is a real month, not after this month and at most `max_years`
/// (the input's `max`) back.
pub fn parse_months(text: &str, max_years: Option<f64>, today: NaiveDate) -> Option<Vec<f64>> {
    let now = month_no(today);
    let text: String = text
        .chars()
        .map(|c| super::ascii_digit(c).unwrap_or(c))
        .collect();
    let mut out = Vec::new();
    for token in text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '،')
        .filter(|t| !t.is_empty())
    {
        let (m, y) = token.split_once(['/', '.', '-'])?;
        let month: i64 = m.parse().ok()?;
        let mut year: i64 = y.parse().ok()?;
        if !(1..=12).contains(&month) || y.len() == 3 || y.len() > 4 {
            return None;
        }
        if y.len() <= 2 {
            // "3/20": this century unless that lies in the future.
            let century = i64::from(today.year()) / 100 * 100;
            year += if century + year > i64::from(today.year()) {
                century - 100
            } else {
                century
            };
        }
        let no = year * 12 + month - 1;
        let too_old = max_years.is_some_and(|max| (now - no) as f64 > max * 12.0 + 11.0);
        if no > now || too_old {
            return None;
        }
        out.push(no as f64);
    }
    (!out.is_empty() && out.len() <= 15).then_some(out)
}

/// The first day of month number `no`.
fn month_start(no: i64) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::try_from(no.div_euclid(12)).ok()?,
        u32::try_from(no.rem_euclid(12) + 1).ok()?,
        1,
    )
}

/// The outlook's lines for the facts in `env`: undated ones (what holds now, like "before
/// you start work") first, then by date. Each line is its event's message with `date`, the
/// event's args on the day (`name`) and the day before (`name_before`), and `change` (the
/// value's difference, for an event on a value).
pub(super) fn outlook_lines(
    events: &[Event],
    env: &FactEnv,
    node_args: &[(String, Arg)],
) -> Vec<Msg> {
    let today = env.today;
    let at = |day: NaiveDate| FactEnv {
        tree: env.tree,
        state: env.state,
        today: day,
    };
    // Days something can change by itself: each month's first day (birthdays count from
    // there), and every figure's `from` date, within the horizon.
    let end = today
        .checked_add_months(Months::new(HORIZON_MONTHS))
        .unwrap_or(today);
    let mut days: Vec<NaiveDate> = (1..=i64::from(HORIZON_MONTHS))
        .filter_map(|k| month_start(month_no(today) + k))
        .collect();
    for fig in env.tree.figures.values() {
        days.extend(
            fig.values
                .iter()
                .map(|(from, _)| *from)
                .filter(|d| *d > today && *d <= end),
        );
    }
    days.sort();
    days.dedup();
    let mut dated: Vec<(Option<NaiveDate>, Msg)> = Vec::new();
    for event in events {
        match &event.when_kind {
            EventAt::Now => {
                if holds_env(event.when.as_ref(), env) {
                    dated.push((None, line(event, &at(today), env, node_args, None, None)));
                }
            }
            EventAt::Months(n) => {
                let Some(n) = n.eval(env).as_ref().and_then(number) else {
                    continue;
                };
                if !holds_env(event.when.as_ref(), env) {
                    continue;
                }
                if let Some(day) = month_start(month_no(today) + n.round() as i64) {
                    dated.push((
                        Some(day),
                        line(event, &at(day), env, node_args, Some(day), None),
                    ));
                }
            }
            EventAt::Change { value, direction } => {
                for &day in &days {
                    let Some(before_day) = day.pred_opt() else {
                        continue;
                    };
                    let (on, before) = (at(day), at(before_day));
                    let (Some(v), Some(b)) = (value.eval(&on), value.eval(&before)) else {
                        continue;
                    };
                    if v == b || !holds_env(event.when.as_ref(), &on) {
                        continue;
                    }
                    let change = match (&v, &b) {
                        (Value::Money(x), _) | (_, Value::Money(x)) => {
                            let (x1, x0) = (number(&v).unwrap_or(*x), number(&b).unwrap_or(0.0));
                            Some(Arg::Money(x1 - x0))
                        }
                        _ => match (number(&v), number(&b)) {
                            (Some(x1), Some(x0)) => Some(Arg::Num(x1 - x0)),
                            _ => None,
                        },
                    };
                    let rose = match (number(&v), number(&b)) {
                        (Some(x1), Some(x0)) => Some(x1 > x0),
                        _ => None,
                    };
                    if direction.is_some_and(|up| rose != Some(up)) {
                        continue;
                    }
                    dated.push((
                        Some(day),
                        line(event, &on, &before, node_args, Some(day), change),
                    ));
                }
            }
        }
    }
    // Stable: undated first, then by day; within a day, in the files' order.
    dated.sort_by_key(|(d, _)| *d);
    dated.into_iter().map(|(_, m)| m).collect()
}

fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Num(n) | Value::Money(n) => Some(*n),
        _ => None,
    }
}

fn line(
    event: &Event,
    on: &FactEnv,
    before: &FactEnv,
    node_args: &[(String, Arg)],
    day: Option<NaiveDate>,
    change: Option<Arg>,
) -> Msg {
    let mut msg = Msg::new(event.text.clone()).args(node_args.to_vec());
    msg = msg.args(eval_args(&event.args, on));
    msg = msg.args(
        eval_args(&event.args, before)
            .into_iter()
            .map(|(n, a)| (format!("{n}_before"), a))
            .collect(),
    );
    if let Some(d) = day {
        msg = msg.arg("date", Arg::Date(d));
    }
    if let Some(c) = change {
        msg = msg.arg("change", c);
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn ages_grow_from_the_birthday_month() {
        let born = [(2020 * 12 + 2) as f64]; // March 2020
        assert_eq!(ages_on(&born, day(2027, 2, 28)), vec![6.0]);
        assert_eq!(ages_on(&born, day(2027, 3, 1)), vec![7.0]);
        assert_eq!(ages_on(&born, day(2020, 2, 1)), Vec::<f64>::new());
    }

    #[test]
    fn birth_months_as_typed() {
        let today = day(2026, 12, 1);
        let m = |y: i64, mo: i64| (y * 12 + mo - 1) as f64;
        assert_eq!(
            parse_months("03/2020 8.2016, 11-25", Some(26.0), today),
            Some(vec![m(2020, 3), m(2016, 8), m(2025, 11)])
        );
        assert_eq!(
            parse_months("١٢/٢٠٢٦", None, today),
            Some(vec![m(2026, 12)])
        );
        for bad in [
            "13/2020", "01/2027", "2020", "3/1990", "03/20201", "", "x/2020",
        ] {
            assert_eq!(parse_months(bad, Some(26.0), today), None, "{bad}");
        }
    }
}
