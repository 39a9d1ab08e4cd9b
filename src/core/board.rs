//! The talk-through board as data: per statement where the youth and the mentor put it, what
//! stands out, and a suggested order for the talk; per part and in total both scores side by
//! side with the change since the youth's previous measurement. The app draws it, the PDF
//! report prints it, the tests check it: all from this one model, so they cannot disagree.

use super::measurement::{Agreement, Measurement};
use super::round::Round;
use super::scoring::{MeanDifference, ScaleScore, TOTAL, change, compare, item_value};
use super::sort::Placement;

/// Where a statement comes in the suggested talk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// Both answered, fewer piles apart than the deck's threshold: start here.
    Agree,
    /// Both answered, at least the threshold apart: talk about these next.
    Differ,
    /// Skipped by one or both: ask what made it hard.
    Skipped,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BoardRow {
    pub id: String,
    pub part: String,
    pub youth: Side,
    /// Empty when there is no (finished) mentor sort.
    pub mentor: Side,
    /// Youth minus mentor, in item values.
    pub difference: Option<i8>,
    pub worth_discussing: bool,
    /// A neutral or low youth card: ask further about it.
    pub ask_further: bool,
    /// Reverse-keyed: "helemaal eens" scores 1. Drawn by the scored value, and marked, so the
    /// mentor reads it right.
    pub reverse: bool,
    pub section: Section,
}

/// Where one side put a statement, what that scores, and what they said about it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Side {
    pub placement: Option<Placement>,
    /// The item value after keying; `None` when skipped (or not sorted).
    pub value: Option<u8>,
    pub remark: Option<String>,
}

impl Side {
    fn of(m: &Measurement, id: &str) -> Side {
        Side {
            placement: m.sort.placement(id),
            value: value_of(m, id),
            remark: m.sort.remark(id).map(str::to_string),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PartRow {
    pub id: String,
    pub youth: ScaleScore,
    pub mentor: Option<ScaleScore>,
    pub change: Since,
    pub difference: Option<MeanDifference>,
}

/// Change of a mean since the youth's previous measurement of the same deck.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Since {
    pub youth: Option<f64>,
    pub mentor: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    pub round: String,
    pub rows: Vec<BoardRow>,
    pub parts: Vec<PartRow>,
    pub total: PartRow,
    /// What was agreed at the previous round, to look back on.
    pub previous_agreements: Vec<Agreement>,
}

impl Board {
    pub fn row(&self, id: &str) -> Option<&BoardRow> {
        self.rows.iter().find(|r| r.id == id)
    }

    pub fn part(&self, id: &str) -> Option<&PartRow> {
        self.parts.iter().find(|p| p.id == id)
    }
}

/// The agreement grid: every statement in the cell of its pair of scored values (1-5), the
/// youth's across and the mentor's down, so the diagonal is agreement and the far corners the
/// biggest differences. A statement either side skipped (or has no answer for) stands apart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Grid {
    /// `cells[mentor - 1][youth - 1]`: the statement ids, in the board's order.
    pub cells: [[Vec<String>; 5]; 5],
    pub apart: Vec<String>,
}

impl Grid {
    /// The statements in the cell of youth value `youth` and mentor value `mentor` (1-5).
    pub fn cell(&self, youth: u8, mentor: u8) -> &[String] {
        &self.cells[usize::from(mentor.clamp(1, 5) - 1)][usize::from(youth.clamp(1, 5) - 1)]
    }
}

/// The agreement grid of board `b`.
pub fn grid(b: &Board) -> Grid {
    let mut g = Grid::default();
    for row in &b.rows {
        match (row.youth.value, row.mentor.value) {
            (Some(y @ 1..=5), Some(m @ 1..=5)) => {
                g.cells[usize::from(m - 1)][usize::from(y - 1)].push(row.id.clone())
            }
            _ => g.apart.push(row.id.clone()),
        }
    }
    g
}

fn value_of(m: &Measurement, id: &str) -> Option<u8> {
    let item = m.key.items.iter().find(|i| i.id == id)?;
    match m.sort.placement(id)? {
        Placement::Pile(p) => Some(item_value(p, item.reverse)),
        Placement::Skipped | Placement::Leaning(_) => None,
    }
}

/// The board of `round`, compared with `previous` (the youth's round before it, if any).
pub fn board(round: &Round, previous: Option<&Round>) -> Board {
    let y = round.youth;
    let key = &y.key;
    let comparison = round
        .mentor
        .map(|m| compare(key, &y.sort.answers(), &m.key, &m.sort.answers()));
    let mut rows: Vec<BoardRow> = key
        .items
        .iter()
        .map(|item| {
            let youth = Side::of(y, &item.id);
            let mentor = round
                .mentor
                .map(|m| Side::of(m, &item.id))
                .unwrap_or_default();
            let diff = comparison
                .as_ref()
                .and_then(|c| c.statements.iter().find(|s| s.id == item.id));
            let worth_discussing = diff.is_some_and(|d| d.worth_discussing);
            let skipped =
                youth.value.is_none() || (round.mentor.is_some() && mentor.value.is_none());
            BoardRow {
                id: item.id.clone(),
                part: item.part.clone(),
                difference: diff.and_then(|d| d.difference),
                worth_discussing,
                ask_further: youth
                    .value
                    .is_some_and(|v| v <= key.ask_further_at_or_below),
                reverse: item.reverse,
                youth,
                mentor,
                section: if skipped {
                    Section::Skipped
                } else if worth_discussing {
                    Section::Differ
                } else {
                    Section::Agree
                },
            }
        })
        .collect();
    // The suggested talk: first what you agree on, strengths first; then the differences,
    // the largest first; then what was skipped. Ties keep the deck's order.
    rows.sort_by_key(|r| {
        let within = match r.section {
            Section::Agree => -i16::from(r.youth.value.unwrap_or(0)),
            Section::Differ => -i16::from(r.difference.unwrap_or(0).unsigned_abs()),
            Section::Skipped => 0,
        };
        (r.section, within)
    });

    let youth_scores = y.scores();
    let mentor_scores = round.mentor.map(Measurement::scores);
    let previous_same_deck = previous.filter(|p| p.youth.deck.id == y.deck.id);
    let youth_change = previous_same_deck.map(|p| change(&p.youth.scores(), &youth_scores));
    let mentor_change = previous_same_deck.and_then(|p| {
        let (pm, m) = (p.mentor?, mentor_scores.as_ref()?);
        Some(change(&pm.scores(), m))
    });
    let part_change = |c: &Option<super::scoring::Change>, id: &str| {
        c.as_ref()
            .and_then(|c| c.parts.iter().find(|(p, _)| p == id))
            .and_then(|(_, d)| *d)
    };
    let parts = youth_scores
        .parts
        .iter()
        .map(|(id, ys)| PartRow {
            id: id.clone(),
            youth: ys.clone(),
            mentor: mentor_scores.as_ref().and_then(|m| m.part(id)).cloned(),
            difference: comparison
                .as_ref()
                .and_then(|c| c.parts.iter().find(|(p, _)| p == id))
                .map(|(_, d)| d.clone()),
            change: Since {
                youth: part_change(&youth_change, id),
                mentor: part_change(&mentor_change, id),
            },
        })
        .collect();
    let total = PartRow {
        id: TOTAL.into(),
        youth: youth_scores.total.clone(),
        mentor: mentor_scores.as_ref().map(|m| m.total.clone()),
        difference: comparison.as_ref().map(|c| c.total.clone()),
        change: Since {
            youth: youth_change.as_ref().and_then(|c| c.total),
            mentor: mentor_change.as_ref().and_then(|c| c.total),
        },
    };
    Board {
        round: round.id.clone(),
        rows,
        parts,
        total,
        previous_agreements: previous
            .map(|p| p.youth.agreements.clone())
            .unwrap_or_default(),
    }
}
