//! A paper form as a measurement: scored like the answers it came from, dated on the form's
//! day, finished, marked as paper in the report.

use jas_cards::core::answers::{paper_measurement, parse_answers};
use jas_cards::core::board::board;
use jas_cards::core::deck::DeckSet;
use jas_cards::core::measurement::Moment;
use jas_cards::core::report::{ReportInput, pdf};
use jas_cards::core::round::{For, rounds_of};
use jas_cards::core::scoring::score;
use jas_cards::core::sort::Placement;

const FORM: &str = "statement;pile\nr1;5\nr2;4\nr3;\nd1;2\nd2;skip\nd4;1\na1;3\na2;4\na3;5\n";

#[test]
fn a_paper_form_scores_as_its_answers_on_its_own_day_and_says_it_is_paper() {
    let decks = DeckSet::builtin();
    let kort = decks.get("kort").unwrap();
    let answers = parse_answers(kort, FORM).unwrap();
    let who = For {
        name: "AB",
        record: None,
    };
    let m = paper_measurement(kort, &answers, who, Moment::MidEvaluation, "2025-03-14", 9).unwrap();
    assert!(m.paper && m.sort.is_finished());
    assert_eq!(m.moment, Moment::MidEvaluation);
    assert_eq!(m.finished_at(), Some("2025-03-14T12:00:00Z"));
    // The form's day, then the time it was entered and a random tail.
    assert!(m.round.starts_with("r-20250314-"), "{}", m.round);
    assert_eq!(m.round.len(), "r-20250314-120000-abcd".len(), "{}", m.round);
    assert_eq!(m.sort.placement("r3"), Some(Placement::Skipped));
    assert_eq!(m.sort.placement("a3"), Some(Placement::Pile(5)));
    assert_eq!(m.scores(), score(&kort.scoring_key(), &answers));
    // Stored and read back as it is.
    let back = jas_cards::core::measurement::parse(m.to_ron().as_bytes()).unwrap();
    assert_eq!(back, m);
    // Not a date: refused.
    assert!(paper_measurement(kort, &answers, who, Moment::Start, "14-03-2025", 9).is_err());

    // The report of a round of two paper forms says where they came from.
    let mentor_deck = decks.get("mentor-kort").unwrap();
    let mentor_answers = parse_answers(mentor_deck, FORM).unwrap();
    let mut mentor = paper_measurement(
        mentor_deck,
        &mentor_answers,
        who,
        Moment::MidEvaluation,
        "2025-03-14",
        9,
    )
    .unwrap();
    mentor.round = m.round.clone();
    mentor.id = format!("{}-mentor", m.round);
    let all = vec![m.clone(), mentor.clone()];
    let rounds = rounds_of(&jas_cards::core::youth::YouthKey::of(&m), &all);
    let b = board(&rounds[0], None);
    let text = crate::board::pdf_text(&pdf(&ReportInput {
        board: &b,
        youth: &m,
        mentor: Some(&mentor),
        guess: None,
        deck: Some(kort),
        mentor_deck: Some(mentor_deck),
        lang: "nl",
    }));
    assert!(text.contains("Bron: een papieren lijst"), "{text}");
}

#[test]
fn a_form_joins_a_round_only_with_its_moment_its_statements_and_the_mirroring_deck() {
    use jas_cards::core::answers::check_joins;
    let decks = DeckSet::builtin();
    let kort = decks.get("kort").unwrap();
    let who = For {
        name: "AB",
        record: None,
    };
    let youths = paper_measurement(
        kort,
        &parse_answers(kort, FORM).unwrap(),
        who,
        Moment::Start,
        "2025-03-14",
        9,
    )
    .unwrap();
    let round = [youths];
    // The short deck's own mentor deck, at the round's moment: it pairs.
    let mentor_kort = decks.get("mentor-kort").unwrap();
    assert_eq!(check_joins(&round, mentor_kort, Moment::Start), Ok(()));
    // Another moment than the round's: refused, naming both.
    let e = check_joins(&round, mentor_kort, Moment::MidEvaluation).unwrap_err();
    assert!(e.contains("is a start round, not mid_evaluation"), "{e}");
    // The full mentor deck mirrors the full youth deck, not the short one.
    let mentor = decks.get("mentor").unwrap();
    let e = check_joins(&round, mentor, Moment::Start).unwrap_err();
    assert!(e.contains("is not the mentor deck of \"kort\""), "{e}");
    // A youth's form of another deck (the youth's second form after the mentor's): other
    // statements, refused.
    let jongere = decks.get("jongere").unwrap();
    let e = check_joins(&round, jongere, Moment::Start).unwrap_err();
    assert!(e.contains("does not have the statements of round"), "{e}");
    // The parent's mentor deck mirrors the parent deck: not this round's.
    let mentor_ouder = decks.get("mentor-ouder").unwrap();
    let e = check_joins(&round, mentor_ouder, Moment::Start).unwrap_err();
    assert!(e.contains("is not the mentor deck of \"kort\""), "{e}");
}
