//! Answers as CSV (`statement,pile`, or `statement;pile` as Dutch spreadsheets write it): how
//! a paper form comes in, and how the command line scores a set of answers. Strict on purpose:
//! a paper form typed in wrongly must not turn into a plausible score.

use std::collections::BTreeMap;
use std::fmt;

use super::deck::Deck;
use super::scoring::Pile;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswersError {
    /// The CSV line (1 = the header), where the problem is on one line.
    pub line: Option<u64>,
    pub message: String,
}

impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "line {l}: {}", self.message),
            None => write!(f, "{}", self.message),
        }
    }
}

impl std::error::Error for AnswersError {}

/// Reads answers for `deck`: every statement exactly once; pile 1-5, or empty or `skip`.
pub fn parse_answers(
    deck: &Deck,
    text: &str,
) -> Result<BTreeMap<String, Option<Pile>>, AnswersError> {
    let err = |line: Option<u64>, message: String| AnswersError { line, message };
    // A spreadsheet may start the file with a byte-order mark, and Dutch ones separate with
    // `;` (the comma is their decimal sign): the header line says which.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.contains(';') && !first.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .delimiter(delimiter)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| err(Some(1), format!("cannot read the header: {e}")))?
        .clone();
    if header.iter().collect::<Vec<_>>() != ["statement", "pile"] {
        return Err(err(
            Some(1),
            format!(
                "the header must be `statement,pile` (or `statement;pile`), not `{}`",
                header.iter().collect::<Vec<_>>().join(",")
            ),
        ));
    }
    let mut answers = BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line());
            err(line, format!("not valid CSV: {e}"))
        })?;
        let line = record.position().map(|p| p.line());
        let statement = record.get(0).unwrap_or("").to_string();
        let pile_text = record.get(1).unwrap_or("");
        if deck.statement(&statement).is_none() {
            return Err(err(
                line,
                format!("statement \"{statement}\" is not in deck \"{}\"", deck.id),
            ));
        }
        let pile = match pile_text {
            "" | "skip" => None,
            p => match p.parse::<Pile>() {
                Ok(n) if (1..=5).contains(&n) => Some(n),
                _ => {
                    return Err(err(
                        line,
                        format!(
                            "pile \"{p}\" for statement \"{statement}\" must be 1 to 5, empty or skip"
                        ),
                    ));
                }
            },
        };
        if answers.insert(statement.clone(), pile).is_some() {
            return Err(err(
                line,
                format!("statement \"{statement}\" appears twice"),
            ));
        }
    }
    if let Some(missing) = deck
        .statements
        .iter()
        .find(|s| !answers.contains_key(&s.id))
    {
        return Err(err(
            None,
            format!(
                "statement \"{}\" is missing; every statement of the deck must appear once (leave the pile empty to skip it)",
                missing.id
            ),
        ));
    }
    Ok(answers)
}

/// A paper form as a measurement: `answers` (every statement of `deck`, a pile or skipped) as
/// placed on `date` (YYYY-MM-DD), finished, marked as paper. Its moves carry the form's date,
/// so the history and the schedule place it on that day.
pub fn paper_measurement(
    deck: &Deck,
    answers: &BTreeMap<String, Option<Pile>>,
    youth: super::round::For,
    moment: super::measurement::Moment,
    date: &str,
    seed: u64,
) -> Result<super::measurement::Measurement, String> {
    use super::sort::{Action, Move, Sort};
    let stamp = format!("{date}T12:00:00Z");
    if super::schedule::date_from(&stamp).is_none() {
        return Err(format!("\"{date}\" is not a date (YYYY-MM-DD)"));
    }
    // The form's date with the time it was entered and a random tail: two forms of one day
    // (of one youth or two) get two rounds, never one file.
    let entered = super::measurement::now();
    let round = format!(
        "r-{}-{}-{:04x}",
        date.replace('-', ""),
        &super::measurement::round_id(&entered)[11..],
        (seed >> 48) as u16
    );
    let mut m = super::measurement::Measurement::new(youth.name, moment, &round, deck, seed);
    m.youth_id = youth.record.map(str::to_string);
    m.started = stamp.clone();
    m.updated = super::measurement::now();
    m.paper = true;
    let mut moves: Vec<Move> = m
        .sort
        .order()
        .iter()
        .map(|id| Move {
            at: stamp.clone(),
            action: match answers.get(id).copied().flatten() {
                Some(pile) => Action::Place {
                    statement: id.clone(),
                    pile,
                },
                None => Action::Skip {
                    statement: id.clone(),
                },
            },
        })
        .collect();
    moves.push(Move {
        at: stamp,
        action: Action::Finish,
    });
    m.sort = Sort::replay(m.sort.seed(), m.sort.order().to_vec(), moves)?;
    Ok(m)
}

/// Whether a form sorted with `deck` at `moment` may join a round that holds `round` (its
/// measurements so far): the round's moment, its statements, and for a mentor's form the deck
/// it mirrors must be the round's. A form that does not pair would give a board comparing
/// different questions, or a measurement counted at the wrong moment.
pub fn check_joins(
    round: &[super::measurement::Measurement],
    deck: &Deck,
    moment: super::measurement::Moment,
) -> Result<(), String> {
    use super::deck::Role;
    let Some(first) = round.first() else {
        return Err("the round has no form yet".into());
    };
    if first.moment != moment {
        return Err(format!(
            "round \"{}\" is a {} round, not {}",
            first.round,
            first.moment.as_str(),
            moment.as_str()
        ));
    }
    let ids = |items: &mut dyn Iterator<Item = String>| {
        let mut v: Vec<String> = items.collect();
        v.sort();
        v
    };
    let ours = ids(&mut deck.statements.iter().map(|s| s.id.clone()));
    for m in round {
        if deck.role == Role::Mentor
            && !m.role.is_mentors()
            && deck.pairs_with.as_deref() != Some(m.deck.id.as_str())
        {
            return Err(format!(
                "deck \"{}\" is not the mentor deck of \"{}\", the deck of round \"{}\"",
                deck.id, m.deck.id, m.round
            ));
        }
        if ids(&mut m.sort.order().iter().cloned()) != ours {
            return Err(format!(
                "deck \"{}\" does not have the statements of round \"{}\" (deck \"{}\")",
                deck.id, m.round, m.deck.id
            ));
        }
    }
    Ok(())
}
