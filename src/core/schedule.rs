//! Fixed measuring moments, so nobody forgets or picks a convenient moment: the begin
//! measurement some weeks after the youth was added, the mid-term evaluation some months
//! after the begin, then one every few months. The organisation sets the numbers
//! (`settings/organisation.ron`); the mentor home shows per youth what is due next, marked
//! "binnenkort" or "te laat", the youths with the earliest due first.
//!
//! Only the youth's own measurements of a fixed moment count (a parent's round and an extra
//! round do not move the schedule), once the youth has finished their sort.

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month};

use super::deck::Role;
use super::measurement::{Measurement, Moment, date_of};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Schedule {
    /// Weeks after the youth was added that the begin measurement is due.
    pub begin_after_weeks: u32,
    /// Months after the begin measurement that the mid-term evaluation is due.
    pub mid_after_months: u32,
    /// Months between the measurements after that.
    pub then_every_months: u32,
    /// Days before a due date from which it is marked "binnenkort".
    pub soon_days: u32,
}

impl Default for Schedule {
    fn default() -> Self {
        Schedule {
            begin_after_weeks: 6,
            mid_after_months: 3,
            then_every_months: 6,
            soon_days: 14,
        }
    }
}

/// How a due date stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DueState {
    /// Past its date.
    Late,
    /// Within the schedule's `soon_days`.
    Soon,
    Later,
}

/// The next measurement a youth is due for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Due {
    pub moment: Moment,
    pub date: Date,
    pub state: DueState,
}

/// Today's date (UTC, as the stored times are).
pub fn today() -> Date {
    time::OffsetDateTime::now_utc().date()
}

/// A stored time's date, if it is one.
pub fn date_from(stamp: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(date_of(stamp), &format).ok()
}

/// `date` moved on by `months` calendar months; a day the month lacks becomes its last
/// (31 January + 1 month = 28 or 29 February).
pub fn add_months(date: Date, months: u32) -> Date {
    let index =
        i64::from(date.year()) * 12 + i64::from(u8::from(date.month()) - 1) + i64::from(months);
    let year = i32::try_from(index.div_euclid(12)).unwrap_or(i32::MAX);
    let month = Month::try_from((index.rem_euclid(12) + 1) as u8).unwrap_or(Month::December);
    let day = date.day().min(time::util::days_in_month(month, year));
    Date::from_calendar_date(year, month, day).unwrap_or(date)
}

/// What youth `added` (the record's date) with `measurements` (all of theirs) is due for next,
/// on `today`.
pub fn next_due(
    schedule: &Schedule,
    added: Date,
    measurements: &[&Measurement],
    today: Date,
) -> Due {
    let mut fixed: Vec<Date> = measurements
        .iter()
        .filter(|m| m.role == Role::Youth && m.moment != Moment::Extra && m.sort.is_finished())
        .filter_map(|m| date_from(m.finished_at().unwrap_or(&m.started)))
        .collect();
    fixed.sort();
    let (moment, date) = match fixed.as_slice() {
        [] => (
            Moment::Start,
            added.saturating_add(Duration::weeks(i64::from(schedule.begin_after_weeks))),
        ),
        [begin] => (
            Moment::MidEvaluation,
            add_months(*begin, schedule.mid_after_months),
        ),
        [.., last] => (
            Moment::MidEvaluation,
            add_months(*last, schedule.then_every_months),
        ),
    };
    let soon = date.saturating_sub(Duration::days(i64::from(schedule.soon_days)));
    let state = if today > date {
        DueState::Late
    } else if today >= soon {
        DueState::Soon
    } else {
        DueState::Later
    };
    Due {
        moment,
        date,
        state,
    }
}
