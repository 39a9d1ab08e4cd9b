//! The mentor's guess of the youth's sort: its score against the youth's own (counted by hand),
//! its place in a round beside the youth's sort (never in its place), its export as a third
//! role, and that no deck file may claim its role.

use std::path::Path;

use jas_cards::core::deck::{DeckSet, Role, parse_deck};
use jas_cards::core::export::{Cells, csv_pair};
use jas_cards::core::guess::guess_score;
use jas_cards::core::measurement::Measurement;
use jas_cards::core::round::{
    MentorSort, RoundStatus, board_rounds, exportable, mentor_sort, rounds_of,
};

use jas_cards::core::board::board;
use jas_cards::core::report::{ReportInput, pdf};

use crate::board::{pair, pdf_text, sorted};

/// The youth's piles in `pair` (tests/it/board.rs): r1 5, r2 4, r3 2, d1 4, d2 skipped, d4 1,
/// a1 3, a2 4, a3 5 (the short deck has no reverse-keyed card).
const GUESS: [(&str, u8); 9] = [
    ("r1", 5), // same
    ("r2", 3), // one below
    ("r3", 4), // two above: over-estimated
    ("d1", 4), // same
    ("d2", 3), // the youth skipped it: not compared
    ("d4", 3), // two above: over-estimated
    ("a1", 3), // same
    ("a2", 5), // one above
    ("a3", 2), // three below: under-estimated
];

fn guess_of(youth: &Measurement) -> Measurement {
    let kort = DeckSet::builtin().get("kort").unwrap().clone();
    let mut g = sorted(&kort, &youth.round, &GUESS, &youth.started);
    g.role = Role::MentorGuess;
    g.id = format!("{}-mentor_guess", youth.round);
    g
}

#[test]
fn the_guess_counts_same_pile_one_away_and_the_cards_over_and_under_estimated() {
    let all = pair("ab-1", "2026-09-01T10:00:00Z");
    let g = guess_score(&all[0], &guess_of(&all[0]));
    assert_eq!(g.compared, 8, "d2, skipped by the youth, is not compared");
    assert_eq!(g.same, 3, "r1, d1, a1");
    assert_eq!(g.one_apart, 2, "r2, a2");
    assert_eq!(g.over, ["r3", "d4"]);
    assert_eq!(g.under, ["a3"]);
    // (0 - 1 + 2 + 0 + 2 + 0 + 1 - 3) / 8
    assert_eq!(g.mean_difference, Some(0.125));
    // Against itself: every compared card on its own pile.
    let same = guess_score(&all[0], &all[0]);
    assert_eq!((same.compared, same.same, same.one_apart), (8, 8, 0));
    assert_eq!(same.mean_difference, Some(0.0));
}

#[test]
fn a_guess_stands_beside_the_youths_sort_and_is_exported_as_its_own_role() {
    let mut all = pair("ab-1", "2026-09-01T10:00:00Z");
    // Made the app's way: the youth's round, moment and deck, a sort of its own.
    let kort = DeckSet::builtin().get("kort").unwrap().clone();
    let made = Measurement::guess_of(&all[0], &kort, 7);
    assert_eq!(made.role, Role::MentorGuess);
    assert_eq!(made.id, "ab-1-mentor_guess");
    assert_eq!((made.round.as_str(), made.moment), ("ab-1", all[0].moment));
    assert_eq!(made.deck.id, "kort");
    all.push(guess_of(&all[0]));
    let rounds = rounds_of(&crate::ab(), &all);
    assert_eq!(rounds.len(), 1);
    assert_eq!(
        rounds[0].youth.role,
        Role::Youth,
        "the youth's sort stays the youth's"
    );
    assert_eq!(rounds[0].guess.map(|g| g.role), Some(Role::MentorGuess));
    let out = exportable(&all);
    assert_eq!(out.len(), 3);
    let (items, scores) = csv_pair(&out, Cells::Safe).unwrap();
    let scores = String::from_utf8(scores).unwrap();
    let roles: Vec<&str> = scores
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap())
        .collect();
    assert_eq!(roles, ["youth", "mentor", "mentor_guess"]);
    assert!(String::from_utf8(items).unwrap().contains(",mentor_guess,"));

    // A guess under way stays out of the exports.
    let mut unfinished = pair("ab-1", "2026-09-01T10:00:00Z");
    unfinished.push(Measurement::guess_of(&unfinished[0], &kort, 7));
    assert_eq!(exportable(&unfinished).len(), 2);
}

#[test]
fn no_deck_file_may_claim_the_guess_role() {
    let source = crate::mini_source().replace("role: youth,", "role: mentor_guess,");
    let e = parse_deck(Path::new("mini.ron"), source.as_bytes()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "mini.ron:5:5: `role` is mentor_guess, which is the mentor's guess made with a youth \
         deck, not a deck of its own; a deck's role is youth, mentor or parent"
    );
}

#[test]
fn a_round_that_asks_for_a_guess_keeps_its_board_closed_until_the_guess_is_made() {
    let decks = DeckSet::builtin();
    let mut all = pair("ab-1", "2026-09-01T10:00:00Z");
    all[0].ask_guess = true;
    // The mentor's own sort is finished: next is the guess, with the youth's own deck.
    let r = &rounds_of(&crate::ab(), &all)[0];
    assert_eq!(r.status(), RoundStatus::MentorGuessing);
    assert!(r.awaits_mentor() && !r.complete());
    assert_eq!(
        mentor_sort(r, &decks),
        MentorSort::Guess(decks.get("kort").unwrap())
    );
    assert!(
        !board_rounds(&crate::ab(), "ab-1", &all).unwrap().0[0].complete(),
        "the board stays closed: the guess is made before the youth's cards are seen"
    );
    // A guess begun and not finished is resumed, and the board stays closed.
    let kort = decks.get("kort").unwrap().clone();
    all.push(Measurement::guess_of(&all[0], &kort, 7));
    let r = &rounds_of(&crate::ab(), &all)[0];
    assert_eq!(mentor_sort(r, &decks), MentorSort::Resume(&all[2]));
    assert_eq!(r.status(), RoundStatus::MentorGuessing);
    assert!(!board_rounds(&crate::ab(), "ab-1", &all).unwrap().0[0].complete());
    assert_eq!(
        exportable(&all).len(),
        0,
        "nothing leaves before the round is complete"
    );
    // Finished: the round is complete and the mentor has nothing left to sort.
    all[2] = guess_of(&all[0]);
    let r = &rounds_of(&crate::ab(), &all)[0];
    assert_eq!(r.status(), RoundStatus::Complete);
    assert_eq!(mentor_sort(r, &decks), MentorSort::Done);
    assert_eq!(exportable(&all).len(), 3);
}

#[test]
fn a_round_that_does_not_ask_for_a_guess_is_complete_without_one() {
    let decks = DeckSet::builtin();
    let all = pair("ab-1", "2026-09-01T10:00:00Z");
    let r = &rounds_of(&crate::ab(), &all)[0];
    assert_eq!(r.status(), RoundStatus::Complete);
    assert_eq!(mentor_sort(r, &decks), MentorSort::Done);
}

#[test]
fn the_pdf_report_has_the_guess_with_its_figures_and_the_cards_it_missed() {
    let all = pair("ab-1", "2026-09-01T10:00:00Z");
    let guess = guess_of(&all[0]);
    let decks = DeckSet::builtin();
    let rounds = rounds_of(&crate::ab(), &all);
    let b = board(&rounds[0], None);
    let report = |guess: Option<&Measurement>| {
        pdf_text(&pdf(&ReportInput {
            board: &b,
            youth: &all[0],
            mentor: Some(&all[1]),
            guess,
            deck: decks.get("kort"),
            mentor_deck: decks.get("mentor-kort"),
            lang: "nl",
        }))
    };
    let text = report(Some(&guess));
    // The figures counted by hand above; the mean (0.125) as the report writes a difference.
    for expected in [
        "De gok van de mentor",
        "Op dezelfde stapel: 3 / 8 kaarten",
        "Eén stapel ernaast: 2 / 8 kaarten",
        "(gok min jongere, 1-5): +0,1",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    // Under "higher" r3 and d4 in the deck's order, under "lower" a3: their words, before the
    // statements in talk order (where every card stands again).
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s:?} in {text}"));
    let higher = at("Gok twee of meer stapels hoger:");
    let lower = at("Gok twee of meer stapels lager:");
    let list = at("Kaarten, in de voorgestelde volgorde");
    let r3 = at("- Mijn mentor neemt mij serieus.");
    let d4 = at("- Ik durf te zeggen wat ik van mijn doel vind.");
    let a3 = at("- De gesprekken met mijn mentor helpen mij.");
    assert!(higher < r3 && r3 < d4 && d4 < lower, "{text}");
    assert!(lower < a3 && a3 < list, "{text}");
    // Without a guess, no such section.
    assert!(!report(None).contains("De gok van de mentor"));
}
