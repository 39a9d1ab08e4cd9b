//! Statement decks: the RON files under `levels/`, and their validation.
//!
//! A deck holds everything the game and the scoring need to know about an instrument: its
//! parts, the five pile labels, the thresholds and the statements with their part and keying.
//! No item knowledge lives in Rust; an organisation swaps in its own wording by dropping in a
//! deck file. Every problem is reported with the file, the line and column where one is known,
//! and the statement it concerns.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::scoring::{ItemKey, PartKey, ScoringKey};

/// Who sorts a deck. A mentor deck mirrors a youth (or parent) deck statement by statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Youth,
    Mentor,
    Parent,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Youth => "youth",
            Role::Mentor => "mentor",
            Role::Parent => "parent",
        }
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

/// A deck is a few dozen statements; a file larger than this is not a deck (and is not read
/// whole into the parser).
pub const MAX_DECK_BYTES: usize = 1 << 20;

/// Parses and validates one deck from its text. `file` is only used in messages.
pub fn parse_deck(file: &Path, bytes: &[u8]) -> Result<Deck, DeckError> {
    let err = |problem| DeckError {
        file: file.to_path_buf(),
        line: None,
        col: None,
        statement: None,
        problem: Box::new(problem),
    };
    if bytes.len() > MAX_DECK_BYTES {
        return Err(err(DeckProblem::TooLarge(bytes.len())));
    }
    let source = std::str::from_utf8(bytes).map_err(|_| err(DeckProblem::NotUtf8))?;
    let deck: Deck = ron::from_str(source).map_err(|e| DeckError {
        file: file.to_path_buf(),
        line: Some(e.span.start.line),
        col: Some(e.span.start.col),
        statement: statement_at(source, e.span.start.line),
        problem: Box::new(DeckProblem::Syntax(e.code.to_string())),
    })?;
    validate(&deck).map_err(|(statement, problem)| {
        // Semantic problems have no span from RON: find what they concern in the text.
        let (line, col) = locate_problem(source, statement.as_deref(), &problem);
        DeckError {
            file: file.to_path_buf(),
            line,
            col,
            statement,
            problem: Box::new(problem),
        }
    })?;
    Ok(deck)
}

/// Where in the source a semantic problem is: the statement's `id:`, the part's `id:`, or the
/// threshold's field.
fn locate_problem(
    source: &str,
    statement: Option<&str>,
    problem: &DeckProblem,
) -> (Option<usize>, Option<usize>) {
    match (problem, statement) {
        // The second use of the id is the one to change.
        (DeckProblem::DuplicateStatement, Some(id)) => locate_id(source, id, 2),
        (_, Some(id)) => locate_id(source, id, 1),
        (DeckProblem::PartWithoutStatements(p) | DeckProblem::DuplicatePart(p), None) => locate_id(
            source,
            p,
            if matches!(problem, DeckProblem::DuplicatePart(_)) {
                2
            } else {
                1
            },
        ),
        (DeckProblem::Threshold { name, .. }, None) => locate_field(source, name),
        (DeckProblem::WrongPileCount(_), None) => locate_field(source, "piles"),
        (DeckProblem::NoLanguages, None) => locate_field(source, "languages"),
        (DeckProblem::NoParts, None) => locate_field(source, "parts"),
        _ => (None, None),
    }
}

/// The statement whose block holds `line`: the last `id: "..."` at or before it, below the
/// `statements:` field.
fn statement_at(source: &str, line: usize) -> Option<String> {
    let start = source
        .lines()
        .position(|l| l.trim_start().starts_with("statements:"))?;
    source
        .lines()
        .enumerate()
        .take(line)
        .skip(start)
        .filter_map(|(_, l)| {
            let rest = l.trim_start().strip_prefix("id:")?.trim();
            Some(rest.trim_end_matches(',').trim_matches('"').to_string())
        })
        .last()
}

/// Reads, parses and validates one deck file.
pub fn load_deck(path: &Path) -> Result<Deck, DeckError> {
    let bytes = std::fs::read(path).map_err(|e| DeckError {
        file: path.to_path_buf(),
        line: None,
        col: None,
        statement: None,
        problem: Box::new(DeckProblem::Unreadable(e.to_string())),
    })?;
    parse_deck(path, &bytes)
}

/// Line and column (1-based) of the `nth` `id: "<id>"` in the source.
fn locate_id(source: &str, id: &str, nth: usize) -> (Option<usize>, Option<usize>) {
    let needle = format!("\"{id}\"");
    let mut found = 0;
    for (n, line) in source.lines().enumerate() {
        if let Some(col) = line.find(&needle)
            && line[..col].trim_end().ends_with("id:")
        {
            found += 1;
            if found == nth {
                let start = line[..col].rfind("id:").unwrap_or(col);
                return (Some(n + 1), Some(start + 1));
            }
        }
    }
    (None, None)
}

/// Line and column (1-based) of the first line that starts with `<field>:`.
fn locate_field(source: &str, field: &str) -> (Option<usize>, Option<usize>) {
    let prefix = format!("{field}:");
    source
        .lines()
        .enumerate()
        .find(|(_, l)| l.trim_start().starts_with(&prefix))
        .map(|(n, l)| (Some(n + 1), Some(l.len() - l.trim_start().len() + 1)))
        .unwrap_or((None, None))
}

type Found = (Option<String>, DeckProblem);

fn validate(deck: &Deck) -> Result<(), Found> {
    let deck_level = |p| (None, p);
    if deck.id.trim().is_empty() {
        return Err(deck_level(DeckProblem::EmptyId));
    }
    if deck.languages.is_empty() {
        return Err(deck_level(DeckProblem::NoLanguages));
    }
    let langs = &deck.languages;
    check_text(langs, "`title`", &deck.title).map_err(deck_level)?;
    if deck.parts.is_empty() {
        return Err(deck_level(DeckProblem::NoParts));
    }
    let mut part_ids = BTreeSet::new();
    for part in &deck.parts {
        if !part_ids.insert(part.id.as_str()) {
            return Err(deck_level(DeckProblem::DuplicatePart(part.id.clone())));
        }
        check_text(
            langs,
            &format!("the label of part \"{}\"", part.id),
            &part.label,
        )
        .map_err(deck_level)?;
    }
    if deck.piles.len() != 5 {
        return Err(deck_level(DeckProblem::WrongPileCount(deck.piles.len())));
    }
    for (i, pile) in deck.piles.iter().enumerate() {
        check_text(langs, &format!("pile {}", i + 1), pile).map_err(deck_level)?;
    }

    let known: Vec<String> = deck.parts.iter().map(|p| p.id.clone()).collect();
    let mut seen = BTreeSet::new();
    for s in &deck.statements {
        let at = |p| (Some(s.id.clone()), p);
        if s.id.trim().is_empty() {
            return Err(deck_level(DeckProblem::EmptyText {
                field: "a statement id".into(),
            }));
        }
        if !seen.insert(s.id.as_str()) {
            return Err(at(DeckProblem::DuplicateStatement));
        }
        if !part_ids.contains(s.part.as_str()) {
            return Err(at(DeckProblem::UnknownPart {
                part: s.part.clone(),
                known: known.clone(),
            }));
        }
        check_text(langs, "`text`", &s.text).map_err(at)?;
        check_text(langs, "`explanation`", &s.explanation).map_err(at)?;
        if s.questions.len() != 2 {
            return Err(at(DeckProblem::WrongQuestionCount(s.questions.len())));
        }
        for (i, q) in s.questions.iter().enumerate() {
            check_text(langs, &format!("question {}", i + 1), q).map_err(at)?;
        }
    }

    for part in &deck.parts {
        let count = deck.statements.iter().filter(|s| s.part == part.id).count();
        if count == 0 {
            return Err(deck_level(DeckProblem::PartWithoutStatements(
                part.id.clone(),
            )));
        }
        if part.min_answered < 1 || part.min_answered > count {
            return Err(deck_level(DeckProblem::Threshold {
                name: format!("min_answered of part \"{}\"", part.id),
                value: part.min_answered.to_string(),
                range: format!("from 1 to {count} (the part's statements)"),
            }));
        }
    }
    let t = &deck.thresholds;
    let n = deck.statements.len();
    if t.min_answered_total < 1 || t.min_answered_total > n {
        return Err(deck_level(threshold(
            "min_answered_total",
            t.min_answered_total,
            &format!("from 1 to {n} (the deck's statements)"),
        )));
    }
    if !(1..=4).contains(&t.statement_difference) {
        return Err(deck_level(threshold(
            "statement_difference",
            t.statement_difference,
            "from 1 to 4",
        )));
    }
    for (name, value) in [
        ("part_difference", t.part_difference),
        ("total_difference", t.total_difference),
    ] {
        if !(value > 0.0 && value <= 4.0) {
            return Err(deck_level(threshold(
                name,
                value,
                "more than 0 and at most 4",
            )));
        }
    }
    if !(1..=5).contains(&t.ask_further_at_or_below) {
        return Err(deck_level(threshold(
            "ask_further_at_or_below",
            t.ask_further_at_or_below,
            "from 1 to 5",
        )));
    }
    Ok(())
}

fn threshold(name: &str, value: impl fmt::Display, range: &str) -> DeckProblem {
    DeckProblem::Threshold {
        name: name.into(),
        value: value.to_string(),
        range: range.into(),
    }
}

fn check_text(langs: &[String], field: &str, text: &Text) -> Result<(), DeckProblem> {
    for lang in text.0.keys() {
        if !langs.contains(lang) {
            return Err(DeckProblem::UnknownLanguage {
                field: field.into(),
                lang: lang.clone(),
            });
        }
    }
    let main = &langs[0];
    match text.0.get(main) {
        None => Err(DeckProblem::MissingText {
            field: field.into(),
            lang: main.clone(),
        }),
        Some(t) if t.trim().is_empty() => Err(DeckProblem::EmptyText {
            field: field.into(),
        }),
        Some(_) => match text.0.iter().find(|(_, t)| t.trim().is_empty()) {
            Some((lang, _)) => Err(DeckProblem::EmptyText {
                field: format!("{field} ({lang})"),
            }),
            None => Ok(()),
        },
    }
}

/// Checks that `mirror` (a mentor deck) mirrors `base` statement by statement: the same ids,
/// each in the same part.
pub fn check_pair(mirror: &Deck, base: &Deck) -> Result<(), (Option<String>, DeckProblem)> {
    let not_paired = |statement: Option<String>, detail: String| {
        (
            statement,
            DeckProblem::NotPaired {
                pair: base.id.clone(),
                detail,
            },
        )
    };
    for s in &mirror.statements {
        match base.statement(&s.id) {
            None => {
                return Err(not_paired(
                    Some(s.id.clone()),
                    "that deck has no statement with this id".into(),
                ));
            }
            Some(b) if b.part != s.part => {
                return Err(not_paired(
                    Some(s.id.clone()),
                    format!("it is in part \"{}\" here and \"{}\" there", s.part, b.part),
                ));
            }
            Some(_) => {}
        }
    }
    if let Some(b) = base
        .statements
        .iter()
        .find(|b| mirror.statement(&b.id).is_none())
    {
        return Err(not_paired(
            None,
            format!("statement \"{}\" of that deck has no mirror here", b.id),
        ));
    }
    Ok(())
}

/// The shipped decks, built into the binary so that it runs from any folder.
pub const BUILTIN: [(&str, &str); 6] = [
    (
        "levels/jongere.ron",
        include_str!("../../levels/jongere.ron"),
    ),
    ("levels/mentor.ron", include_str!("../../levels/mentor.ron")),
    ("levels/kort.ron", include_str!("../../levels/kort.ron")),
    (
        "levels/mentor-kort.ron",
        include_str!("../../levels/mentor-kort.ron"),
    ),
    ("levels/ouder.ron", include_str!("../../levels/ouder.ron")),
    (
        "levels/mentor-ouder.ron",
        include_str!("../../levels/mentor-ouder.ron"),
    ),
];

/// A deck file's bytes, or why it could not be read.
type Source = Result<(PathBuf, Vec<u8>), (PathBuf, String)>;

/// The decks the app and the command line work with, each with the file it came from.
#[derive(Clone, Debug, Default)]
pub struct DeckSet {
    pub decks: Vec<(PathBuf, Deck)>,
}

impl DeckSet {
    /// Loads every `*.ron` in `dir`, checks each and checks mirrored decks against their pair.
    /// Good decks are returned; every bad one is reported and left out.
    pub fn load_dir(dir: &Path) -> (DeckSet, Vec<DeckError>) {
        let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .collect(),
            Err(e) => {
                return (
                    DeckSet::default(),
                    vec![DeckError {
                        file: dir.to_path_buf(),
                        line: None,
                        col: None,
                        statement: None,
                        problem: Box::new(DeckProblem::Unreadable(e.to_string())),
                    }],
                );
            }
        };
        files.sort();
        Self::load_files(&files, &[])
    }

    /// Loads `files`; `candidates` are further decks a mirrored deck may pair with.
    pub fn load_files(files: &[PathBuf], candidates: &[PathBuf]) -> (DeckSet, Vec<DeckError>) {
        let read = |f: &PathBuf| {
            std::fs::read(f)
                .map(|b| (f.clone(), b))
                .map_err(|e| (f.clone(), e.to_string()))
        };
        let sources: Vec<_> = files.iter().map(read).collect();
        let extra: Vec<_> = candidates
            .iter()
            .filter(|c| !files.contains(c))
            .filter_map(|c| read(c).ok())
            .collect();
        Self::from_sources(sources, extra)
    }

    /// The decks built into the binary (copies of `levels/`), for when no deck folder is found.
    pub fn builtin() -> DeckSet {
        let sources = BUILTIN
            .iter()
            .map(|(name, text)| Ok((PathBuf::from(name), text.as_bytes().to_vec())))
            .collect();
        let (set, errors) = Self::from_sources(sources, Vec::new());
        debug_assert!(errors.is_empty(), "built-in decks are checked by the tests");
        set
    }

    /// Parses, checks and pairs decks given as (file, bytes); a file that could not be read is
    /// given as (file, error).
    fn from_sources(
        sources: Vec<Source>,
        candidates: Vec<(PathBuf, Vec<u8>)>,
    ) -> (DeckSet, Vec<DeckError>) {
        let mut loaded = Vec::new();
        let mut errors = Vec::new();
        for source in sources {
            match source {
                Ok((file, bytes)) => match parse_deck(&file, &bytes) {
                    Ok(d) => loaded.push((file, d, bytes)),
                    Err(e) => errors.push(e),
                },
                Err((file, e)) => errors.push(DeckError {
                    file,
                    line: None,
                    col: None,
                    statement: None,
                    problem: Box::new(DeckProblem::Unreadable(e)),
                }),
            }
        }
        let extra: Vec<Deck> = candidates
            .iter()
            .filter_map(|(f, b)| parse_deck(f, b).ok())
            .collect();
        let mut good = Vec::new();
        for (file, deck, bytes) in &loaded {
            if let Some(pair) = &deck.pairs_with {
                let base = loaded
                    .iter()
                    .map(|(_, d, _)| d)
                    .chain(extra.iter())
                    .find(|d| &d.id == pair);
                let result = match base {
                    None => Err((None, DeckProblem::PairNotFound(pair.clone()))),
                    Some(base) => check_pair(deck, base),
                };
                if let Err((statement, problem)) = result {
                    let source = String::from_utf8_lossy(bytes);
                    let (line, col) = locate_problem(&source, statement.as_deref(), &problem);
                    errors.push(DeckError {
                        file: file.clone(),
                        line,
                        col,
                        statement,
                        problem: Box::new(problem),
                    });
                    continue;
                }
            }
            good.push((file.clone(), deck.clone()));
        }
        (DeckSet { decks: good }, errors)
    }

    pub fn get(&self, id: &str) -> Option<&Deck> {
        self.decks.iter().map(|(_, d)| d).find(|d| d.id == id)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Deck> {
        self.decks.iter().map(|(_, d)| d)
    }

    /// The deck that mirrors `id` (the mentor deck of a youth deck), if any.
    pub fn mirror_of(&self, id: &str) -> Option<&Deck> {
        self.iter().find(|d| d.pairs_with.as_deref() == Some(id))
    }
}
