//! Amounts and limits that change yearly, each with the date it holds from.

use chrono::NaiveDate;

use super::expr::{Type, Value};

pub use super::words::Unit;

impl Unit {
    pub fn ty(self) -> Type {
        match self {
            Unit::Eur => Type::Money,
            Unit::Percent | Unit::Number => Type::Num,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Figure {
    pub id: String,
    pub unit: Unit,
    /// Sorted by date, oldest first.
    pub values: Vec<(NaiveDate, f64)>,
    /// The newest value is not yet confirmed by an official source.
    pub verify: bool,
}

impl Figure {
    /// The value in force on `day`; before the first date, the first value (better a dated
    /// old figure than none).
    pub fn at(&self, day: NaiveDate) -> Option<(NaiveDate, f64)> {
        self.values
            .iter()
            .rev()
            .find(|(from, _)| *from <= day)
            .or_else(|| self.values.first())
            .copied()
    }

    pub fn value_at(&self, day: NaiveDate) -> Option<Value> {
        let (_, v) = self.at(day)?;
        Some(match self.unit {
            Unit::Eur => Value::Money(v),
            Unit::Percent | Unit::Number => Value::Num(v),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn picks_the_value_in_force() {
        let f = Figure {
            id: "kindergeld".into(),
            unit: Unit::Eur,
            values: vec![(d(2025, 1, 1), 255.0), (d(2026, 1, 1), 259.0)],
            verify: false,
        };
        assert_eq!(f.at(d(2025, 12, 31)), Some((d(2025, 1, 1), 255.0)));
        assert_eq!(f.at(d(2026, 1, 1)), Some((d(2026, 1, 1), 259.0)));
        assert_eq!(f.at(d(2024, 6, 1)), Some((d(2025, 1, 1), 255.0)));
        assert_eq!(f.value_at(d(2026, 11, 21)), Some(Value::Money(259.0)));
    }
}
