//! Which day the yearly figures are read for, worked out here only.
//!
//! Why one place: the bot, the preview, `check` and the offers tools each decided "today" on
//! their own, and `check` ignored a fixed day the others honoured, so it could warn about
//! figures the bot was not using. The engine never asks the clock; it gets the day in `Ctx`.

use chrono::NaiveDate;

/// The variable that fixes the day (tests; a coordinator previewing next year's figures).
pub const ENV: &str = "WEGWEISER_TODAY";

/// The fixed day if there is one, else the local date. Asked at each use, so a process that
/// runs past midnight (or New Year, when figures change) moves on with the calendar.
pub fn today(fixed: Option<NaiveDate>) -> NaiveDate {
    fixed.unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// The fixed day from [`ENV`], for tools without a `--today` flag; a value that is not a
/// date (YYYY-MM-DD) counts as none.
pub fn fixed_from_env() -> Option<NaiveDate> {
    std::env::var(ENV).ok().and_then(|d| d.trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_day_wins_over_the_clock() {
        let day = NaiveDate::from_ymd_opt(2027, 1, 1).expect("date");
        assert_eq!(today(Some(day)), day);
        assert_eq!(today(None), chrono::Local::now().date_naive());
    }
}
