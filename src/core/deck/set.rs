//! The set of decks the app and the command line work with: a folder of deck files, or the
//! shipped decks built into the binary, with mentor decks checked against their pairs.

use std::path::{Path, PathBuf};

use super::parse::{locate_problem, parse_deck};
use super::validate::check_pair;
use super::{Deck, DeckError, DeckProblem};

/// The shipped decks, built into the binary so that it runs from any folder.
pub const BUILTIN: [(&str, &str); 6] = [
    (
        "levels/jongere.ron",
        include_str!("../../../levels/jongere.ron"),
    ),
    (
        "levels/mentor.ron",
        include_str!("../../../levels/mentor.ron"),
    ),
    ("levels/kort.ron", include_str!("../../../levels/kort.ron")),
    (
        "levels/mentor-kort.ron",
        include_str!("../../../levels/mentor-kort.ron"),
    ),
    (
        "levels/ouder.ron",
        include_str!("../../../levels/ouder.ron"),
    ),
    (
        "levels/mentor-ouder.ron",
        include_str!("../../../levels/mentor-ouder.ron"),
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
