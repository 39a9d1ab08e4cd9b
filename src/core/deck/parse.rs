//! Reading a deck file: size, UTF-8, RON syntax, then the rules; every problem located at a
//! line and column where one can be found.

use std::path::Path;

use super::validate::validate;
use super::{Deck, DeckError, DeckProblem};

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
pub(super) fn locate_problem(
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
        (DeckProblem::GuessRole, None) => locate_field(source, "role"),
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
