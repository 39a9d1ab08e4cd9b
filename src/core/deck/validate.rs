//! The rules a deck must keep: ids, texts in the deck's languages, parts with enough
//! statements, sane thresholds, and a mentor deck that mirrors its pair.

use std::collections::BTreeSet;
use std::fmt;

use super::{Deck, DeckProblem, Text};

pub(super) type Found = (Option<String>, DeckProblem);

pub(super) fn validate(deck: &Deck) -> Result<(), Found> {
    let deck_level = |p| (None, p);
    if deck.id.trim().is_empty() {
        return Err(deck_level(DeckProblem::EmptyId));
    }
    if deck.languages.is_empty() {
        return Err(deck_level(DeckProblem::NoLanguages));
    }
    if deck.role == super::Role::MentorGuess {
        return Err(deck_level(DeckProblem::GuessRole));
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
