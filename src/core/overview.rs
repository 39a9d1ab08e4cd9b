//! The overview for supervision: every youth, by name, with their latest complete round's
//! totals and parts (youth and mentor), the change in the youth's total since their previous
//! round with a drop flagged, the cards where youth and mentor lie furthest apart, and when
//! the next measurement is due (late ones marked).
//!
//! It is about youths, never about mentors: the rows are in the order of the youths' names,
//! whatever their figures, and the model holds no figure per mentor (the measurements do not
//! even say which mentor sorted). The field study's staff feared the tool would become an
//! instrument to judge workers; this keeps it from being one.

use super::board::{Board, board};
use super::deck::Deck;
use super::deck::Role;
use super::measurement::{Measurement, Moment, date_of};
use super::report::number;
use super::round::{by_youth, previous, rounds_in};
use super::schedule::{Due, Schedule, date_from, next_due};
use super::scoring::{ScaleScore, TOTAL};
use super::youth::{Youth, YouthKey};

/// The cards furthest apart that a row lists.
pub const LARGEST_DIFFERENCES: usize = 3;

/// One youth's line.
#[derive(Clone, Debug, PartialEq)]
pub struct OverviewRow {
    pub youth: YouthKey,
    pub name: String,
    /// The latest round both finished, if there is one.
    pub latest: Option<Latest>,
    /// The next measurement, for a youth with a record.
    pub due: Option<Due>,
}

/// The figures of a youth's latest complete round.
#[derive(Clone, Debug, PartialEq)]
pub struct Latest {
    pub round: String,
    /// The youth's deck (for the parts' names and the cards' words).
    pub deck: String,
    pub date: String,
    pub moment: Moment,
    /// The board of the round: both means per part and in total, with the change since the
    /// youth's previous round.
    pub board: Board,
    /// The youth's total fell by at least the organisation's `drop_alert` since last time.
    pub drop: bool,
    /// Up to [`LARGEST_DIFFERENCES`] cards, furthest apart first: (statement, youth value,
    /// mentor value).
    pub differences: Vec<(String, u8, u8)>,
}

/// The overview of `all` (every stored measurement) for the youths with a record and the
/// pseudonyms not yet linked to one, by name.
pub fn overview(
    youths: &[Youth],
    all: &[Measurement],
    schedule: &Schedule,
    today: time::Date,
    drop_alert: f64,
) -> Vec<OverviewRow> {
    let mut keys: Vec<(YouthKey, String, Option<&Youth>)> = youths
        .iter()
        .map(|y| (YouthKey::Record(y.id.clone()), y.label(), Some(y)))
        .collect();
    for key in super::round::youths(all) {
        if let YouthKey::Pseudonym(name) = &key {
            keys.push((key.clone(), name.clone(), None));
        }
    }
    let grouped = by_youth(all);
    let mut rows: Vec<OverviewRow> = keys
        .into_iter()
        .map(|(key, name, record)| {
            let theirs: &[&Measurement] = grouped.get(&key).map_or(&[], Vec::as_slice);
            let due = record
                .and_then(|y| date_from(&y.added))
                .map(|added| next_due(schedule, added, theirs, today));
            OverviewRow {
                latest: latest(theirs, drop_alert),
                youth: key,
                name,
                due,
            }
        })
        .collect();
    // By youth, never by a figure.
    rows.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then_with(|| a.youth.cmp(&b.youth))
    });
    rows
}

/// The youth's (not a parent's) latest round that both finished, of `theirs` (all of the
/// youth's measurements).
fn latest(theirs: &[&Measurement], drop_alert: f64) -> Option<Latest> {
    let rounds: Vec<_> = rounds_in(theirs.iter().copied())
        .into_iter()
        .filter(|r| r.youth.role == Role::Youth && r.complete())
        .collect();
    let last = rounds.last()?;
    let b = board(last, previous(&rounds, &last.id));
    let drop = b.total.change.youth.is_some_and(|c| c <= -drop_alert);
    let mut differences: Vec<(String, u8, u8)> = b
        .rows
        .iter()
        .filter(|r| r.worth_discussing)
        .filter_map(|r| Some((r.id.clone(), r.youth.value?, r.mentor.value?)))
        .collect();
    // Furthest apart first; equal ones in the board's talk order (the sort is stable).
    differences.sort_by_key(|(_, y, m)| std::cmp::Reverse(y.abs_diff(*m)));
    differences.truncate(LARGEST_DIFFERENCES);
    Some(Latest {
        round: last.id.clone(),
        deck: last.youth.deck.id.clone(),
        date: date_of(last.youth.finished_at().unwrap_or(&last.youth.started)).to_string(),
        moment: last.youth.moment,
        board: b,
        drop,
        differences,
    })
}

impl Latest {
    /// "Relatie 3,7 / 4,7 · Doel 2,5 / 4,0 · Totaal 3,5 / 3,9": each part's mean and the
    /// total's, youth before mentor, one decimal, in `lang`; the parts named by `deck`, the
    /// total by `total`.
    pub fn means_line(&self, deck: Option<&Deck>, lang: &str, total: &str) -> String {
        let mean = |s: Option<&ScaleScore>| {
            s.and_then(|s| s.mean)
                .map(|m| number(m, 1, lang))
                .unwrap_or_else(|| "-".into())
        };
        let b = &self.board;
        let parts: Vec<String> = b
            .parts
            .iter()
            .chain([&b.total])
            .map(|p| {
                let label = if p.id == TOTAL {
                    total.to_string()
                } else {
                    deck.and_then(|d| d.part(&p.id))
                        .map(|x| x.label.get(lang, d_main(deck)).to_string())
                        .unwrap_or_else(|| p.id.clone())
                };
                format!(
                    "{label} {} / {}",
                    mean(Some(&p.youth)),
                    mean(p.mentor.as_ref())
                )
            })
            .collect();
        parts.join(" · ")
    }

    /// The cards furthest apart, each as "its words (youth / mentor)" in `lang`.
    pub fn furthest_cards(&self, deck: Option<&Deck>, lang: &str) -> Vec<String> {
        self.differences
            .iter()
            .map(|(id, y, m)| {
                let words = deck
                    .and_then(|d| d.statement(id).map(|s| s.text.get(lang, d.main_language())))
                    .unwrap_or(id);
                format!("{words} ({y} / {m})")
            })
            .collect()
    }
}

/// The deck's first language (Dutch without a deck).
fn d_main(deck: Option<&Deck>) -> &str {
    deck.map_or("nl", Deck::main_language)
}
