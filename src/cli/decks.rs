//! `check-deck` and `score`: the deck files, and a set of answers (a paper form) scored.

use std::path::{Path, PathBuf};

use super::Failure;
use crate::core::answers::parse_answers;
use crate::core::deck::{DeckSet, load_deck};
use crate::core::export::scores_json;
use crate::core::scoring::{ScaleScore, TOTAL, score};

pub(super) fn check_decks(files: &[PathBuf], plain: bool) -> Result<(), Failure> {
    // A mentor deck may pair with a deck next to it that was not named.
    let mut candidates = Vec::new();
    for f in files {
        let dir = f.parent().filter(|p| !p.as_os_str().is_empty());
        if let Ok(entries) = std::fs::read_dir(dir.unwrap_or(Path::new("."))) {
            candidates.extend(
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "ron")),
            );
        }
    }
    let (set, errors) = DeckSet::load_files(files, &candidates);
    for (file, deck) in &set.decks {
        let parts: Vec<String> = deck
            .parts
            .iter()
            .map(|p| {
                let n = deck.statements.iter().filter(|s| s.part == p.id).count();
                format!("{} {n}", p.id)
            })
            .collect();
        let reverse = deck.statements.iter().filter(|s| s.reverse).count();
        println!(
            "ok {}: deck \"{}\" version {}, {} statements ({}), {reverse} reverse-keyed",
            file.display(),
            deck.id,
            deck.version,
            deck.statements.len(),
            parts.join(", ")
        );
    }
    let mut problems: Vec<String> = errors.iter().map(ToString::to_string).collect();
    if plain {
        for (file, deck) in &set.decks {
            for (id, rule) in crate::core::deck::plain::check(deck) {
                problems.push(format!("{}: statement \"{id}\": {rule}", file.display()));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

pub(super) fn score_answers(
    deck_file: &Path,
    answers_file: &Path,
    json: bool,
) -> Result<(), Failure> {
    let deck = load_deck(deck_file).map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(answers_file)
        .map_err(|e| format!("{}: cannot read the file: {e}", answers_file.display()))?;
    let answers =
        parse_answers(&deck, &text).map_err(|e| format!("{}: {e}", answers_file.display()))?;
    let scores = score(&deck.scoring_key(), &answers);
    if json {
        println!("{}", scores_json(&deck.id, &scores));
        return Ok(());
    }
    let lang = deck.main_language().to_string();
    println!("deck {} ({})", deck.id, deck.title.get(&lang, &lang));
    println!(
        "{:<10} {:>8} {:>5} {:>6} {:>7}",
        "part", "answered", "sum", "mean", "0-100"
    );
    let row = |name: &str, of: usize, min: usize, s: &ScaleScore| {
        let answered = format!("{}/{of}", s.answered);
        match (s.mean, s.score_0_100) {
            (Some(mean), Some(score)) => println!(
                "{name:<10} {answered:>8} {:>5} {mean:>6.2} {score:>7.1}",
                s.sum
            ),
            _ => println!(
                "{name:<10} {answered:>8} {:>5}   not scorable (needs {min} answered)",
                s.sum
            ),
        }
    };
    for (id, s) in &scores.parts {
        let of = deck.statements.iter().filter(|st| &st.part == id).count();
        let min = deck.part(id).map_or(0, |p| p.min_answered);
        row(id, of, min, s);
    }
    row(
        TOTAL,
        deck.statements.len(),
        deck.thresholds.min_answered_total,
        &scores.total,
    );
    Ok(())
}
