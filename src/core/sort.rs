//! The sort: one card at a time from a shuffled deck onto five piles, as a log of moves.
//!
//! The log is the truth: the piles are what replaying it gives. That makes undo of any depth
//! exact, lets a saved sort resume where it stopped, and leaves a complete record of what the
//! youth did (including what they undid) for the scientist.
//!
//! Undo takes back placements and skips. It never takes back a remark: a youth who finally
//! wrote down what bothers them must not lose it by tapping undo to move a card.
//!
//! Three piles first (a round setting for youths to whom five answers are too many): every card
//! first goes on "oneens", "in het midden" (pile 3, final) or "eens" ([`Action::Lean`]); then
//! each leaning card gets "een beetje" or "helemaal" (an ordinary [`Action::Place`] on pile 1
//! or 2, 4 or 5). The final placements are the five piles of the paper form, so scoring does
//! not know how a card got there; the log keeps both steps, and undo walks back through both.

use std::collections::BTreeMap;
use std::fmt;

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::scoring::Pile;

/// Where a card lies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Placement {
    Pile(Pile),
    /// "Snap ik niet / sla over": a missing answer, never a neutral one.
    Skipped,
    /// On "oneens" or "eens" in the first of two steps: not an answer yet (scored as missing
    /// until it is told apart, and a sort cannot finish with one).
    Leaning(Lean),
}

/// The side a card leans to in the first of two steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lean {
    Disagree,
    Agree,
}

impl Lean {
    /// The two piles the second step chooses between: "helemaal" first, then "een beetje"
    /// (in pile order, as the five piles lie).
    pub fn piles(self) -> [Pile; 2] {
        match self {
            Lean::Disagree => [1, 2],
            Lean::Agree => [4, 5],
        }
    }
}

/// One thing the player did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Put a card on a pile; also moves a card that already lies somewhere.
    Place { statement: String, pile: Pile },
    /// Put a card on "oneens" or "eens" in the first of two steps.
    Lean { statement: String, toward: Lean },
    /// Put a card on the skip pile.
    Skip { statement: String },
    /// Set the remark on a card; an empty text removes it. Not undone by `Undo`.
    Remark { statement: String, text: String },
    /// Take back the last placement or skip still in effect.
    Undo,
    /// Lock the sort. Only when every card lies on a pile or the skip pile.
    Finish,
}

impl Action {
    /// The kind of move, without the statement or the remark's words: for logs, which must
    /// hold nothing personal.
    pub fn kind(&self) -> &'static str {
        match self {
            Action::Place { .. } => "place",
            Action::Lean { .. } => "lean",
            Action::Skip { .. } => "skip",
            Action::Remark { .. } => "remark",
            Action::Undo => "undo",
            Action::Finish => "finish",
        }
    }
}

/// An action with the moment it was done (RFC 3339, UTC).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    pub at: String,
    pub action: Action,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SortError {
    UnknownStatement(String),
    BadPile(Pile),
    NothingToUndo,
    NotComplete {
        open: usize,
    },
    /// Cards still on "oneens" or "eens" of the first step, not yet told apart.
    StillLeaning {
        cards: usize,
    },
    Finished,
}

impl fmt::Display for SortError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SortError::UnknownStatement(s) => write!(f, "no statement \"{s}\" in this sort"),
            SortError::BadPile(p) => write!(f, "pile {p} does not exist; piles are 1 to 5"),
            SortError::NothingToUndo => write!(f, "there is nothing to undo"),
            SortError::NotComplete { open } => {
                write!(f, "{open} card(s) still lie on the stack")
            }
            SortError::StillLeaning { cards } => {
                write!(
                    f,
                    "{cards} card(s) still wait for \"een beetje\" or \"helemaal\""
                )
            }
            SortError::Finished => write!(f, "the sort is finished and locked"),
        }
    }
}

impl std::error::Error for SortError {}

/// What is saved of a sort; [`Sort`] is rebuilt from it by replaying the moves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortRecord {
    pub seed: u64,
    pub order: Vec<String>,
    pub moves: Vec<Move>,
}

/// A sort in progress or finished.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "SortRecord", into = "SortRecord")]
pub struct Sort {
    seed: u64,
    order: Vec<String>,
    moves: Vec<Move>,
    placements: BTreeMap<String, Placement>,
    remarks: BTreeMap<String, String>,
    /// The placements and skips still in effect, oldest first: the index of each in `moves`,
    /// and where its card lay before it (so an undo puts it back without replaying the log:
    /// a long log stays linear to load).
    undoable: Vec<(usize, Option<Placement>)>,
    finished: bool,
}

impl From<Sort> for SortRecord {
    fn from(s: Sort) -> SortRecord {
        SortRecord {
            seed: s.seed,
            order: s.order,
            moves: s.moves,
        }
    }
}

impl TryFrom<SortRecord> for Sort {
    type Error = String;
    fn try_from(r: SortRecord) -> Result<Sort, String> {
        Sort::replay(r.seed, r.order, r.moves)
    }
}

/// The deck order shuffled with a recorded seed. ChaCha8 is portable and stable across
/// platforms and versions, so a seed always gives the same order.
pub fn shuffled(statements: &[String], seed: u64) -> Vec<String> {
    let mut order = statements.to_vec();
    order.shuffle(&mut ChaCha8Rng::seed_from_u64(seed));
    order
}

impl Sort {
    /// A new sort of `statements` (in deck order), shuffled with `seed`.
    pub fn new(statements: &[String], seed: u64) -> Sort {
        Sort {
            seed,
            order: shuffled(statements, seed),
            moves: Vec::new(),
            placements: BTreeMap::new(),
            remarks: BTreeMap::new(),
            undoable: Vec::new(),
            finished: false,
        }
    }

    /// Rebuilds a sort from its record, checking every move as it is replayed.
    pub fn replay(seed: u64, order: Vec<String>, moves: Vec<Move>) -> Result<Sort, String> {
        let mut seen = std::collections::BTreeSet::new();
        if let Some(dup) = order.iter().find(|id| !seen.insert(id.as_str())) {
            return Err(format!("statement \"{dup}\" appears twice in the order"));
        }
        let mut sort = Sort {
            seed,
            order,
            moves: Vec::new(),
            placements: BTreeMap::new(),
            remarks: BTreeMap::new(),
            undoable: Vec::new(),
            finished: false,
        };
        for (n, m) in moves.into_iter().enumerate() {
            sort.apply(m.action, &m.at)
                .map_err(|e| format!("move {} cannot be replayed: {e}", n + 1))?;
        }
        Ok(sort)
    }

    /// Does `action` at time `at`, or says why it cannot be done (and changes nothing).
    pub fn apply(&mut self, action: Action, at: &str) -> Result<(), SortError> {
        if self.finished {
            return Err(SortError::Finished);
        }
        let known = |s: &str| -> Result<(), SortError> {
            if self.order.iter().any(|id| id == s) {
                Ok(())
            } else {
                Err(SortError::UnknownStatement(s.to_string()))
            }
        };
        match &action {
            Action::Place { statement, pile } => {
                known(statement)?;
                if !(1..=5).contains(pile) {
                    return Err(SortError::BadPile(*pile));
                }
            }
            Action::Skip { statement }
            | Action::Remark { statement, .. }
            | Action::Lean { statement, .. } => known(statement)?,
            Action::Undo if self.undoable.is_empty() => return Err(SortError::NothingToUndo),
            Action::Finish => {
                let open = self.open_count();
                if open > 0 {
                    return Err(SortError::NotComplete { open });
                }
                let cards = self.leaning_count();
                if cards > 0 {
                    return Err(SortError::StillLeaning { cards });
                }
            }
            Action::Undo => {}
        }
        let index = self.moves.len();
        match &action {
            Action::Place { statement, pile } => {
                let before = self
                    .placements
                    .insert(statement.clone(), Placement::Pile(*pile));
                self.undoable.push((index, before));
            }
            Action::Skip { statement } => {
                let before = self
                    .placements
                    .insert(statement.clone(), Placement::Skipped);
                self.undoable.push((index, before));
            }
            Action::Lean { statement, toward } => {
                let before = self
                    .placements
                    .insert(statement.clone(), Placement::Leaning(*toward));
                self.undoable.push((index, before));
            }
            Action::Remark { statement, text } => {
                if text.trim().is_empty() {
                    self.remarks.remove(statement);
                } else {
                    self.remarks.insert(statement.clone(), text.clone());
                }
            }
            Action::Undo => {
                if let Some((i, before)) = self.undoable.pop()
                    && let Action::Place { statement, .. }
                    | Action::Skip { statement }
                    | Action::Lean { statement, .. } = &self.moves[i].action
                {
                    match before {
                        Some(p) => self.placements.insert(statement.clone(), p),
                        None => self.placements.remove(statement),
                    };
                }
            }
            Action::Finish => self.finished = true,
        }
        self.moves.push(Move {
            at: at.to_string(),
            action,
        });
        Ok(())
    }

    /// Places the current card (the no-drag path and the drop of a drag).
    pub fn place_current(&mut self, pile: Pile, at: &str) -> Result<(), SortError> {
        let statement = self.current().ok_or(SortError::NotComplete { open: 0 })?;
        self.apply(
            Action::Place {
                statement: statement.to_string(),
                pile,
            },
            at,
        )
    }

    /// The next card on the stack: the first in the shuffled order not yet on a pile.
    pub fn current(&self) -> Option<&str> {
        self.order
            .iter()
            .find(|id| !self.placements.contains_key(*id))
            .map(String::as_str)
    }

    /// The next card of the second step, once the stack is empty: the first card (in the
    /// shuffled order) still on "oneens" or "eens", and its side.
    pub fn to_refine(&self) -> Option<(&str, Lean)> {
        if self.current().is_some() {
            return None;
        }
        self.order
            .iter()
            .find_map(|id| match self.placements.get(id) {
                Some(Placement::Leaning(lean)) => Some((id.as_str(), *lean)),
                _ => None,
            })
    }

    /// The card to play now: from the stack, or else the next one to tell apart.
    pub fn playing(&self) -> Option<&str> {
        self.current()
            .or_else(|| self.to_refine().map(|(id, _)| id))
    }

    /// The cards leaning to `lean`, in the order they were put there.
    pub fn leaning(&self, lean: Lean) -> Vec<&str> {
        self.on(Placement::Leaning(lean))
    }

    /// Cards on "oneens" or "eens" of the first step, not yet told apart.
    pub fn leaning_count(&self) -> usize {
        self.placements
            .values()
            .filter(|p| matches!(p, Placement::Leaning(_)))
            .count()
    }

    pub fn placement(&self, statement: &str) -> Option<Placement> {
        self.placements.get(statement).copied()
    }

    pub fn remark(&self, statement: &str) -> Option<&str> {
        self.remarks.get(statement).map(String::as_str)
    }

    pub fn remarks(&self) -> &BTreeMap<String, String> {
        &self.remarks
    }

    /// The cards on pile `pile` (1-5), in the order they were put there.
    pub fn pile(&self, pile: Pile) -> Vec<&str> {
        self.on(Placement::Pile(pile))
    }

    pub fn skipped(&self) -> Vec<&str> {
        self.on(Placement::Skipped)
    }

    fn on(&self, where_: Placement) -> Vec<&str> {
        self.undoable
            .iter()
            .filter_map(|&(i, _)| match &self.moves[i].action {
                Action::Place { statement, .. }
                | Action::Skip { statement }
                | Action::Lean { statement, .. } => Some(statement.as_str()),
                _ => None,
            })
            .filter(|s| self.placements.get(*s) == Some(&where_))
            // A card moved twice appears twice in the log; keep its latest position only.
            .fold(Vec::new(), |mut v, s| {
                v.retain(|x| *x != s);
                v.push(s);
                v
            })
    }

    /// Statement id -> pile for scoring: skipped, open and leaning cards are `None` (missing).
    pub fn answers(&self) -> BTreeMap<String, Option<Pile>> {
        self.order
            .iter()
            .map(|id| {
                let pile = match self.placements.get(id) {
                    Some(Placement::Pile(p)) => Some(*p),
                    _ => None,
                };
                (id.clone(), pile)
            })
            .collect()
    }

    pub fn can_undo(&self) -> bool {
        !self.finished && !self.undoable.is_empty()
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// Cards not yet on any pile.
    pub fn open_count(&self) -> usize {
        self.order.len() - self.placements.len()
    }

    /// Cards on a pile, skipped, or on a side of the first step.
    pub fn done_count(&self) -> usize {
        self.placements.len()
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    pub fn order(&self) -> &[String] {
        &self.order
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn moves(&self) -> &[Move] {
        &self.moves
    }
}
