//! Statement decks: the RON files under `levels/`, and their validation.
//!
//! A deck holds everything the game and the scoring need to know about an instrument: its
//! parts, the five pile labels, the thresholds and the statements with their part and keying.
//! No item knowledge lives in Rust; an organisation swaps in its own wording by dropping in a
//! deck file. Every problem is reported with the file, the line and column where one is known,
//! and the statement it concerns.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::scoring::{ItemKey, PartKey, ScoringKey};

mod parse;
pub mod plain;
mod set;
mod validate;

pub use parse::{MAX_DECK_BYTES, load_deck, parse_deck};
pub use set::{BUILTIN, DeckSet};
pub use validate::check_pair;

/// Who sorts a deck. A mentor deck mirrors a youth (or parent) deck statement by statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Youth,
    Mentor,
    Parent,
    /// Not a deck's role: the mentor's sort of the youth deck as they expect the youth laid
    /// it (a round setting, after the mentor's own sort). A deck file that names it is
    /// refused.
    #[serde(rename = "mentor_guess")]
    MentorGuess,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Youth => "youth",
            Role::Mentor => "mentor",
            Role::Parent => "parent",
            Role::MentorGuess => "mentor_guess",
        }
    }

    /// A sort the mentor makes (their own, or their guess of the youth's): behind the PIN,
    /// never handed to the youth.
    pub fn is_mentors(self) -> bool {
        matches!(self, Role::Mentor | Role::MentorGuess)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A piece of text in every language the deck has, keyed by language code ("nl", "en").
/// The deck's first language must always be present; the others fall back to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, or in `fallback` where the deck has no translation.
    pub fn get<'a>(&'a self, lang: &str, fallback: &str) -> &'a str {
        self.0
            .get(lang)
            .or_else(|| self.0.get(fallback))
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// One part (subscale) of the instrument: relatie, doel or aanpak in the shipped decks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub id: String,
    pub label: Text,
    /// Fewer answered statements than this and the part is "not scorable".
    pub min_answered: usize,
}

/// Thresholds that turn numbers into things worth talking about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    /// Fewer answered statements than this and the total is "not scorable".
    pub min_answered_total: usize,
    /// Youth and mentor this many piles (item values) apart on one statement: discuss it.
    pub statement_difference: u8,
    /// Youth and mentor means this far apart (1-5 scale) on a part: discuss it.
    pub part_difference: f64,
    /// Youth and mentor means this far apart (1-5 scale) in total: discuss it.
    pub total_difference: f64,
    /// A youth card on this pile or lower gets an "ask further" mark (3 = neutral).
    pub ask_further_at_or_below: u8,
}

/// One statement card.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    pub part: String,
    /// The front of the card.
    pub text: Text,
    /// The back of the card: the same idea in other plain words.
    pub explanation: Text,
    /// A reverse-keyed statement scores 6 - pile.
    #[serde(default)]
    pub reverse: bool,
    /// Two open questions to start the conversation about this card.
    pub questions: Vec<Text>,
}

/// A whole deck file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deck {
    pub id: String,
    pub version: u32,
    pub role: Role,
    /// For a mirrored deck (the mentor's): the id of the deck whose statements it mirrors.
    #[serde(default)]
    pub pairs_with: Option<String>,
    pub title: Text,
    /// Language codes; the first is the deck's own language and must be complete.
    pub languages: Vec<String>,
    pub parts: Vec<Part>,
    /// The five piles, from "helemaal oneens" (1) to "helemaal eens" (5).
    pub piles: Vec<Text>,
    pub thresholds: Thresholds,
    pub statements: Vec<Statement>,
    /// A new round of this deck starts with three piles first (the mentor can change it per
    /// round): for the short deck, meant for youths to whom five answers are many.
    #[serde(default)]
    pub three_piles_first: bool,
}

/// What is wrong with a deck.
#[derive(Clone, Debug, PartialEq)]
pub enum DeckProblem {
    Unreadable(String),
    TooLarge(usize),
    NotUtf8,
    Syntax(String),
    EmptyId,
    NoLanguages,
    GuessRole,
    UnknownLanguage {
        field: String,
        lang: String,
    },
    MissingText {
        field: String,
        lang: String,
    },
    EmptyText {
        field: String,
    },
    NoParts,
    DuplicatePart(String),
    WrongPileCount(usize),
    DuplicateStatement,
    UnknownPart {
        part: String,
        known: Vec<String>,
    },
    PartWithoutStatements(String),
    WrongQuestionCount(usize),
    Threshold {
        name: String,
        value: String,
        range: String,
    },
    PairNotFound(String),
    NotPaired {
        pair: String,
        detail: String,
    },
}

impl fmt::Display for DeckProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DeckProblem::*;
        match self {
            Unreadable(e) => write!(f, "cannot read the file: {e}"),
            TooLarge(n) => write!(
                f,
                "the file is {n} bytes; a deck is at most {MAX_DECK_BYTES} bytes"
            ),
            NotUtf8 => write!(f, "the file is not UTF-8 text"),
            Syntax(e) => write!(f, "{e}"),
            EmptyId => write!(f, "the deck id is empty"),
            NoLanguages => write!(f, "`languages` is empty; name at least one, such as \"nl\""),
            GuessRole => write!(
                f,
                "`role` is mentor_guess, which is the mentor's guess made with a youth deck, \
                 not a deck of its own; a deck's role is youth, mentor or parent"
            ),
            UnknownLanguage { field, lang } => write!(
                f,
                "{field} has language \"{lang}\", which is not in the deck's `languages`"
            ),
            MissingText { field, lang } => {
                write!(
                    f,
                    "{field} has no text in the deck's first language \"{lang}\""
                )
            }
            EmptyText { field } => write!(f, "{field} is empty"),
            NoParts => write!(f, "the deck has no parts"),
            DuplicatePart(p) => write!(f, "part \"{p}\" is defined twice"),
            WrongPileCount(n) => write!(f, "`piles` must have exactly 5 labels, not {n}"),
            DuplicateStatement => write!(f, "this id is used by more than one statement"),
            UnknownPart { part, known } => write!(
                f,
                "unknown part \"{part}\" (the deck's parts are: {})",
                known.join(", ")
            ),
            PartWithoutStatements(p) => write!(f, "part \"{p}\" has no statements"),
            WrongQuestionCount(n) => {
                write!(f, "`questions` must hold exactly 2 open questions, not {n}")
            }
            Threshold { name, value, range } => {
                write!(f, "threshold `{name}` is {value}; it must be {range}")
            }
            PairNotFound(id) => write!(
                f,
                "the deck pairs with deck \"{id}\", which was not found next to it"
            ),
            NotPaired { pair, detail } => {
                write!(f, "does not pair with deck \"{pair}\": {detail}")
            }
        }
    }
}

/// A deck problem with where it is: file, line and column where known, and the statement.
#[derive(Clone, Debug, PartialEq)]
pub struct DeckError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub statement: Option<String>,
    /// Boxed: errors are rare, and a small `Result` keeps the happy path lean.
    pub problem: Box<DeckProblem>,
}

impl fmt::Display for DeckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.col {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": ")?;
        if let Some(s) = &self.statement {
            write!(f, "statement \"{s}\": ")?;
        }
        write!(f, "{}", self.problem)
    }
}

impl std::error::Error for DeckError {}

impl Deck {
    /// The deck's own (first) language.
    pub fn main_language(&self) -> &str {
        self.languages.first().map(String::as_str).unwrap_or("nl")
    }

    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements.iter().find(|s| s.id == id)
    }

    pub fn part(&self, id: &str) -> Option<&Part> {
        self.parts.iter().find(|p| p.id == id)
    }

    /// What scoring needs to know, and nothing else: stored with every measurement so that
    /// its scores never change when a deck file is edited later.
    pub fn scoring_key(&self) -> ScoringKey {
        ScoringKey {
            parts: self
                .parts
                .iter()
                .map(|p| PartKey {
                    id: p.id.clone(),
                    min_answered: p.min_answered,
                })
                .collect(),
            items: self
                .statements
                .iter()
                .map(|s| ItemKey {
                    id: s.id.clone(),
                    part: s.part.clone(),
                    reverse: s.reverse,
                })
                .collect(),
            min_answered_total: self.thresholds.min_answered_total,
            statement_difference: self.thresholds.statement_difference,
            part_difference: self.thresholds.part_difference,
            total_difference: self.thresholds.total_difference,
            ask_further_at_or_below: self.thresholds.ask_further_at_or_below,
        }
    }
}
