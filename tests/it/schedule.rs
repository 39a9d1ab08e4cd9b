//! Due moments from the schedule, on a test clock: the first measurement, the mid-term
//! evaluation after it, the ones after that, a late one, and a changed schedule.

use jas_cards::core::measurement::{Measurement, Moment};
use jas_cards::core::schedule::{DueState, Schedule, add_months, date_from, next_due};
use time::macros::date;

use crate::board::pair;

/// A finished youth sort of moment `moment` on `day`.
fn measured(day: &str, moment: Moment) -> Measurement {
    let mut m = pair("r-1", &format!("{day}T10:00:00Z")).remove(0);
    m.moment = moment;
    // Finished on the day it was begun.
    let stamp = format!("{day}T10:30:00Z");
    let mut moves = m.sort.moves().to_vec();
    for mv in &mut moves {
        mv.at = stamp.clone();
    }
    m.sort =
        jas_cards::core::sort::Sort::replay(m.sort.seed(), m.sort.order().to_vec(), moves).unwrap();
    m
}

#[test]
fn the_first_measurement_is_due_six_weeks_after_the_youth_was_added() {
    let s = Schedule::default();
    let added = date!(2026 - 09 - 01);
    let due = next_due(&s, added, &[], date!(2026 - 09 - 02));
    assert_eq!(due.moment, Moment::Start);
    assert_eq!(due.date, date!(2026 - 10 - 13));
    assert_eq!(due.state, DueState::Later);
    // Two weeks before it: soon; the day itself: still soon; the day after: late.
    assert_eq!(
        next_due(&s, added, &[], date!(2026 - 09 - 29)).state,
        DueState::Soon
    );
    assert_eq!(
        next_due(&s, added, &[], date!(2026 - 09 - 28)).state,
        DueState::Later
    );
    assert_eq!(
        next_due(&s, added, &[], date!(2026 - 10 - 13)).state,
        DueState::Soon
    );
    assert_eq!(
        next_due(&s, added, &[], date!(2026 - 10 - 14)).state,
        DueState::Late
    );
}

#[test]
fn after_the_begin_the_mid_term_evaluation_then_every_six_months() {
    let s = Schedule::default();
    let added = date!(2026 - 09 - 01);
    let begin = measured("2026-10-20", Moment::Start);
    let due = next_due(&s, added, &[&begin], date!(2026 - 11 - 29));
    assert_eq!(
        (due.moment, due.date),
        (Moment::MidEvaluation, date!(2027 - 01 - 20))
    );
    // An extra round and a parent's round do not move the schedule.
    let extra = measured("2026-12-01", Moment::Extra);
    let mut parents = measured("2026-12-02", Moment::Start);
    parents.role = jas_cards::core::deck::Role::Parent;
    let same = next_due(
        &s,
        added,
        &[&begin, &extra, &parents],
        date!(2026 - 11 - 29),
    );
    assert_eq!(same.date, date!(2027 - 01 - 20));
    // A sort under way does not count.
    let mut open = measured("2027-01-18", Moment::MidEvaluation);
    open.sort = jas_cards::core::sort::Sort::new(&["r1".to_string()], 1);
    assert_eq!(
        next_due(&s, added, &[&begin, &open], date!(2027 - 01 - 19)).date,
        date!(2027 - 01 - 20)
    );
    // The mid-term done: six months after it, and late once past.
    let mid = measured("2027-01-25", Moment::MidEvaluation);
    let due = next_due(&s, added, &[&mid, &begin], date!(2027 - 08 - 01));
    assert_eq!(due.date, date!(2027 - 07 - 25));
    assert_eq!(due.state, DueState::Late);
}

#[test]
fn a_changed_schedule_moves_the_dates() {
    let s = Schedule {
        begin_after_weeks: 4,
        mid_after_months: 2,
        then_every_months: 4,
        soon_days: 7,
    };
    let added = date!(2026 - 09 - 01);
    assert_eq!(next_due(&s, added, &[], added).date, date!(2026 - 09 - 29));
    let begin = measured("2026-10-31", Moment::Start);
    // 31 October + 2 months: 31 December; + 4 months from 31 December: 30 April.
    assert_eq!(
        next_due(&s, added, &[&begin], added).date,
        date!(2026 - 12 - 31)
    );
    let mid = measured("2026-12-31", Moment::MidEvaluation);
    assert_eq!(
        next_due(&s, added, &[&begin, &mid], added).date,
        date!(2027 - 04 - 30)
    );
    assert_eq!(add_months(date!(2027 - 01 - 31), 1), date!(2027 - 02 - 28));
    assert_eq!(add_months(date!(2028 - 01 - 31), 1), date!(2028 - 02 - 29));
    assert_eq!(
        date_from("2026-11-29T10:00:00Z"),
        Some(date!(2026 - 11 - 29))
    );
}

/// The mentor home lists the youths by what is due first, with the due moment and its mark.
#[test]
fn the_mentor_home_puts_the_late_youth_first_and_marks_it() {
    use jas_cards::app::Screen;
    use jas_cards::core::youth::{self, Youth};
    let (raw, key) = crate::mentor_led::locked();
    let store = crate::table::opened(&raw, &key);
    let today = jas_cards::core::schedule::today();
    let stamp = |d: time::Date| format!("{d}T09:00:00Z");
    // Anna was added today (her begin is weeks away); Bo ten weeks ago (late); Cas five
    // weeks ago (soon). Added in that order, so the list's order is the schedule's.
    for (name, weeks, random) in [("Anna", 0, 1), ("Bo", 10, 2), ("Cas", 5, 3)] {
        let added = today - time::Duration::weeks(weeks);
        youth::save(&store, &Youth::new(name, "", random, &stamp(added))).unwrap();
    }
    let mut t = crate::table::Table::open(raw, true);
    t.click_text("Mentordeel");
    crate::mentor_led::enter_pin(&mut t);
    assert_eq!(t.screen(), Screen::MentorHome);
    // Each one's due line (their begin: six weeks after they were added), top to bottom.
    let line = |weeks_ago: i64| {
        let due = today - time::Duration::weeks(weeks_ago) + time::Duration::weeks(6);
        format!("Volgende meting: Begin · {due}")
    };
    let (bo, cas, anna) = (
        t.drawn(&line(10)).y,
        t.drawn(&line(5)).y,
        t.drawn(&line(0)).y,
    );
    assert!(bo < cas && cas < anna, "{bo} {cas} {anna}");
    let texts = t.texts();
    let late = texts
        .iter()
        .position(|s| s == "te laat")
        .expect("Bo is late");
    let soon = texts
        .iter()
        .position(|s| s == "binnenkort")
        .expect("Cas is soon");
    assert!(late < soon);
    assert_eq!(texts.iter().filter(|s| *s == "te laat").count(), 1);
}
