//! Answers as CSV (`statement,pile`): how a mentor enters a paper form, and how the command
//! line scores a set of answers. Strict on purpose: a paper form typed in wrongly must not turn
//! into a plausible score.

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
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
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
                "the header must be `statement,pile`, not `{}`",
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
