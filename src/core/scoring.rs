//! Scoring, exactly as a paper form would give it.
//!
//! Pile 1-5 is the item value; a reverse-keyed statement scores 6 - pile; a skipped card is a
//! missing item, never a neutral one. Per part and in total: answered, sum, mean and the mean on
//! a 0-100 scale. A part with fewer answers than the deck's minimum is "not scorable" rather
//! than a low score.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The id under which the total (all parts together) appears beside the parts: in the board,
/// the exports and the history.
pub const TOTAL: &str = "total";

/// A pile number, 1 (helemaal oneens) to 5 (helemaal eens).
pub type Pile = u8;

/// The part and keying of one statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemKey {
    pub id: String,
    pub part: String,
    pub reverse: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartKey {
    pub id: String,
    pub min_answered: usize,
}

/// Everything scoring needs from a deck, stored with each measurement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoringKey {
    pub parts: Vec<PartKey>,
    pub items: Vec<ItemKey>,
    pub min_answered_total: usize,
    pub statement_difference: u8,
    pub part_difference: f64,
    pub total_difference: f64,
    /// A youth card with this item value or lower gets an "ask further" mark.
    #[serde(default = "neutral")]
    pub ask_further_at_or_below: u8,
}

fn neutral() -> u8 {
    3
}

impl ScoringKey {
    /// Checks a key read from a stored measurement with the rules a deck is checked by: a file
    /// edited by hand (or damaged) must not score with a NaN or impossible threshold.
    pub fn check(&self) -> Result<(), String> {
        let mut ids = std::collections::BTreeSet::new();
        for item in &self.items {
            if !ids.insert(item.id.as_str()) {
                return Err(format!(
                    "statement \"{}\" appears twice in the scoring key",
                    item.id
                ));
            }
            if !self.parts.iter().any(|p| p.id == item.part) {
                return Err(format!(
                    "statement \"{}\" is in unknown part \"{}\"",
                    item.id, item.part
                ));
            }
        }
        for part in &self.parts {
            let n = self.items.iter().filter(|i| i.part == part.id).count();
            if part.min_answered < 1 || part.min_answered > n {
                return Err(format!(
                    "part \"{}\" needs {} answers but has {n} statements",
                    part.id, part.min_answered
                ));
            }
        }
        let n = self.items.len();
        if self.min_answered_total < 1 || self.min_answered_total > n {
            return Err(format!(
                "min_answered_total is {} for {n} statements",
                self.min_answered_total
            ));
        }
        if !(1..=4).contains(&self.statement_difference) {
            return Err(format!(
                "statement_difference is {}",
                self.statement_difference
            ));
        }
        for (name, v) in [
            ("part_difference", self.part_difference),
            ("total_difference", self.total_difference),
        ] {
            // Written so that NaN fails too.
            if !(v > 0.0 && v <= 4.0) {
                return Err(format!("{name} is {v}"));
            }
        }
        if !(1..=5).contains(&self.ask_further_at_or_below) {
            return Err(format!(
                "ask_further_at_or_below is {}",
                self.ask_further_at_or_below
            ));
        }
        Ok(())
    }
}

/// The value a paper form gives for a pile: the pile itself, or 6 - pile when reverse-keyed.
pub fn item_value(pile: Pile, reverse: bool) -> u8 {
    debug_assert!((1..=5).contains(&pile));
    if reverse { 6 - pile } else { pile }
}

/// The score of one part, or of the total.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScaleScore {
    pub answered: usize,
    pub sum: u32,
    /// Unrounded; `None` when not scorable.
    pub mean: Option<f64>,
    /// (mean - 1) / 4 * 100; `None` when not scorable.
    pub score_0_100: Option<f64>,
    pub scorable: bool,
}

impl ScaleScore {
    fn from_values(values: &[u8], min_answered: usize) -> ScaleScore {
        let answered = values.len();
        let sum: u32 = values.iter().map(|&v| u32::from(v)).sum();
        let scorable = answered >= min_answered && answered > 0;
        let mean = scorable.then(|| f64::from(sum) / answered as f64);
        ScaleScore {
            answered,
            sum,
            mean,
            score_0_100: mean.map(to_0_100),
            scorable,
        }
    }
}

/// A 1-5 mean on a 0-100 scale.
pub fn to_0_100(mean: f64) -> f64 {
    (mean - 1.0) / 4.0 * 100.0
}

/// Scores per part (in the deck's order) and in total.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scores {
    pub parts: Vec<(String, ScaleScore)>,
    pub total: ScaleScore,
}

impl Scores {
    pub fn part(&self, id: &str) -> Option<&ScaleScore> {
        self.parts.iter().find(|(p, _)| p == id).map(|(_, s)| s)
    }
}

/// Scores a set of answers: statement id -> pile (None = skipped or not answered).
/// Statements not in `answers` count as missing.
/// The item value of `item` in `answers`; `None` when it was skipped or not answered.
fn answered_value(item: &ItemKey, answers: &BTreeMap<String, Option<Pile>>) -> Option<u8> {
    answers
        .get(&item.id)
        .copied()
        .flatten()
        .map(|pile| item_value(pile, item.reverse))
}

pub fn score(key: &ScoringKey, answers: &BTreeMap<String, Option<Pile>>) -> Scores {
    let value_of = |item: &ItemKey| answered_value(item, answers);
    let parts = key
        .parts
        .iter()
        .map(|part| {
            let values: Vec<u8> = key
                .items
                .iter()
                .filter(|i| i.part == part.id)
                .filter_map(value_of)
                .collect();
            (
                part.id.clone(),
                ScaleScore::from_values(&values, part.min_answered),
            )
        })
        .collect();
    let all: Vec<u8> = key.items.iter().filter_map(value_of).collect();
    Scores {
        parts,
        total: ScaleScore::from_values(&all, key.min_answered_total),
    }
}

/// Youth minus mentor on one statement, in item values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementDifference {
    pub id: String,
    pub youth: Option<u8>,
    pub mentor: Option<u8>,
    /// `None` when either skipped it.
    pub difference: Option<i8>,
    /// At least the deck's `statement_difference` apart.
    pub worth_discussing: bool,
}

/// Youth minus mentor on a part or the total, in means on the 1-5 scale.
#[derive(Clone, Debug, PartialEq)]
pub struct MeanDifference {
    /// `None` when either side is not scorable.
    pub difference: Option<f64>,
    pub worth_discussing: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub statements: Vec<StatementDifference>,
    pub parts: Vec<(String, MeanDifference)>,
    pub total: MeanDifference,
}

fn mean_difference(a: &ScaleScore, b: &ScaleScore, threshold: f64) -> MeanDifference {
    let difference = a.mean.zip(b.mean).map(|(a, b)| a - b);
    MeanDifference {
        difference,
        // A tiny epsilon so that 4.0 - 3.0 counts as 1.0 apart despite binary fractions.
        worth_discussing: difference.is_some_and(|d| d.abs() + 1e-9 >= threshold),
    }
}

/// Youth minus mentor per statement, per part and in total, with the youth deck's thresholds.
/// Both sorts are scored with their own key; statements are paired by id.
pub fn compare(
    youth_key: &ScoringKey,
    youth: &BTreeMap<String, Option<Pile>>,
    mentor_key: &ScoringKey,
    mentor: &BTreeMap<String, Option<Pile>>,
) -> Comparison {
    let value = |key: &ScoringKey, answers: &BTreeMap<String, Option<Pile>>, id: &str| {
        answered_value(key.items.iter().find(|i| i.id == id)?, answers)
    };
    let statements = youth_key
        .items
        .iter()
        .map(|item| {
            let y = value(youth_key, youth, &item.id);
            let m = value(mentor_key, mentor, &item.id);
            let difference = y.zip(m).map(|(y, m)| y as i8 - m as i8);
            StatementDifference {
                id: item.id.clone(),
                youth: y,
                mentor: m,
                difference,
                worth_discussing: difference
                    .is_some_and(|d| d.unsigned_abs() >= youth_key.statement_difference),
            }
        })
        .collect();
    let ys = score(youth_key, youth);
    let ms = score(mentor_key, mentor);
    let parts = ys
        .parts
        .iter()
        .filter_map(|(id, y)| {
            let m = ms.part(id)?;
            Some((id.clone(), mean_difference(y, m, youth_key.part_difference)))
        })
        .collect();
    Comparison {
        statements,
        parts,
        total: mean_difference(&ys.total, &ms.total, youth_key.total_difference),
    }
}

/// The change of each part's mean (and the total's) since a previous measurement:
/// current minus previous, `None` where either is not scorable.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub parts: Vec<(String, Option<f64>)>,
    pub total: Option<f64>,
}

pub fn change(previous: &Scores, current: &Scores) -> Change {
    let diff = |c: &ScaleScore, p: &ScaleScore| c.mean.zip(p.mean).map(|(c, p)| c - p);
    Change {
        parts: current
            .parts
            .iter()
            .map(|(id, c)| (id.clone(), previous.part(id).and_then(|p| diff(c, p))))
            .collect(),
        total: diff(&current.total, &previous.total),
    }
}
