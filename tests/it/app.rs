//! The start screen's form, and the flow between screens.

use jas_cards::app::screens::start::{StartForm, try_start};
use jas_cards::app::text as t;
use jas_cards::core::deck::DeckSet;
use jas_cards::core::measurement::Moment;

/// The start screen's form with a name typed and a deck chosen.
fn filled(name: &str, deck: &str) -> StartForm {
    StartForm {
        name: name.into(),
        deck: deck.into(),
        error: None,
    }
}

#[test]
fn a_pseudonym_is_needed_and_no_full_name() {
    let decks = DeckSet::builtin();
    let mut form = StartForm::default();
    assert_eq!(
        try_start(&form, &decks, 1).unwrap_err().nl,
        t::NAME_EMPTY.nl
    );
    form.name = "Een heel lange naam die echt veel te lang is voor een schuilnaam".into();
    assert_eq!(
        try_start(&form, &decks, 1).unwrap_err().nl,
        t::NAME_TOO_LONG.nl
    );
}

#[test]
fn the_form_starts_an_extra_round_of_the_chosen_deck_without_a_record() {
    let decks = DeckSet::builtin();
    let form = filled(" AB ", "kort");
    let m = try_start(&form, &decks, 42).unwrap();
    assert_eq!(m.youth, "AB");
    assert_eq!(
        m.moment,
        Moment::Extra,
        "a youth alone begins an extra round"
    );
    assert_eq!(m.youth_id, None, "the mentor links it later");
    assert_eq!(m.deck.id, "kort");
    assert_eq!(m.sort.seed(), 42);
    assert_eq!(m.sort.len(), 9);
    assert!(m.round.starts_with("r-2"), "{}", m.round);
}

#[test]
fn an_unknown_deck_is_refused() {
    let decks = DeckSet::builtin();
    let form = filled("AB", "nope");
    assert_eq!(try_start(&form, &decks, 1).unwrap_err().nl, t::NO_DECKS.nl);
    // Nor a parent's or the mentor's deck: those rounds begin in the mentor area.
    for deck in ["ouder", "mentor"] {
        let form = filled("AB", deck);
        assert!(try_start(&form, &decks, 1).is_err(), "{deck}");
    }
}
