//! The high-contrast look: every pair of text and ground the app draws is 7:1 or better
//! (WCAG AAA) in it, and 4.5:1 or better (AA) in the app's own look; a round played in it is
//! drawn in it; a youth's look and text size carry over to their next round.

use std::sync::Arc;

use bevy::prelude::*;
use jas_cards::app::contrast::{HIGH, contrast_ratio, high};
use jas_cards::app::theme::{self, PILES};
use jas_cards::core::deck::DeckSet;
use jas_cards::core::measurement::{Measurement, Moment};
use jas_cards::core::store::MemoryStore;

use crate::table::{Table, find_button};

/// Every text colour on the ground it is drawn on.
fn pairs() -> Vec<(&'static str, Color, Color)> {
    let mut v = vec![
        ("ink on background", theme::INK, theme::BACKGROUND),
        ("hint on background", theme::MUTED, theme::BACKGROUND),
        ("ink on card", theme::INK, theme::CARD),
        ("ink on card back", theme::INK, theme::CARD_BACK),
        ("hint on card back", theme::MUTED, theme::CARD_BACK),
        ("button text", theme::BUTTON_INK, theme::BUTTON),
        ("ink on quiet button", theme::INK, theme::BUTTON_QUIET),
        ("ink on chosen option", theme::INK, theme::SELECTED),
        ("ink on skip pile", theme::INK, theme::SKIP_PILE),
        ("warning", theme::WARNING_INK, theme::WARNING_BG),
        (
            "warning on background",
            theme::WARNING_INK,
            theme::BACKGROUND,
        ),
    ];
    for (i, p) in PILES.iter().enumerate() {
        v.push((
            ["pile 1", "pile 2", "pile 3", "pile 4", "pile 5"][i],
            theme::INK,
            *p,
        ));
    }
    v
}

#[test]
fn every_text_pair_is_aaa_in_high_contrast_and_aa_in_the_own_look() {
    for (what, ink, ground) in pairs() {
        let own = contrast_ratio(ink, ground);
        assert!(own >= 4.5, "{what}: {own:.2}:1 in the app's own look");
        let hc = contrast_ratio(high(ink), high(ground));
        assert!(hc >= 7.0, "{what}: {hc:.2}:1 in high contrast");
    }
    // The look changes what it gives no further.
    for (_, h) in HIGH {
        assert_eq!(high(h), h);
    }
    // Black on white is 21:1, as WCAG has it.
    assert!((contrast_ratio(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
}

fn round(high_contrast: bool) -> Table {
    let mut m = Measurement::new(
        "T",
        Moment::Start,
        "r-20261129-100000-0004",
        DeckSet::builtin().get("kort").unwrap(),
        5,
    );
    m.high_contrast = high_contrast;
    Table::with(
        m,
        Arc::new(MemoryStore::new()),
        jas_cards::app::Screen::Sort,
    )
}

fn text_colours(t: &mut Table) -> Vec<Color> {
    let mut q = t.app.world_mut().query::<&TextColor>();
    q.iter(t.app.world()).map(|c| c.0).collect()
}

#[test]
fn a_round_in_high_contrast_is_drawn_in_it_and_another_is_not() {
    let mut t = round(true);
    let colours = text_colours(&mut t);
    assert!(colours.contains(&Color::BLACK), "black ink");
    assert!(
        !colours.contains(&theme::INK) && !colours.contains(&theme::MUTED),
        "no text left in the app's own greys"
    );
    assert_eq!(t.app.world().resource::<ClearColor>().0, Color::WHITE);
    // A move redraws the card: still in the look.
    t.tap_pile(jas_cards::app::piles::Target::Pile(4));
    assert!(!text_colours(&mut t).contains(&theme::INK));

    let mut t = round(false);
    assert!(text_colours(&mut t).contains(&theme::INK));
    assert_eq!(t.app.world().resource::<ClearColor>().0, theme::BACKGROUND);
}

#[test]
fn the_text_size_is_kept_with_the_sort() {
    let mut t = round(false);
    let larger = find_button(&mut t, "A+");
    t.tap(larger);
    t.tap(larger);
    t.tap(larger);
    assert_eq!(t.measurement().text_size, 2, "two steps up at most");
    assert_eq!(t.saved().text_size, 2, "saved with the sort");
    assert_eq!(t.app.world().resource::<theme::TextScale>().0, 2);
    let smaller = find_button(&mut t, "A-");
    t.tap(smaller);
    assert_eq!(t.saved().text_size, 1);
}

/// The mentor's next round for a youth starts in the look and at the text size of their last
/// one; the mentor can still change the look for it.
#[test]
fn the_next_round_of_a_youth_starts_with_their_look_and_text_size() {
    use jas_cards::app::screens::mentor::new_round::NewRound;
    use jas_cards::core::youth::Youth;
    let decks = DeckSet::builtin();
    let sam = Youth::new("Sam", "", 7, "2026-11-01T10:00:00Z");
    let form = NewRound {
        youth: Some(sam.id.clone()),
        ..NewRound::default()
    };
    let first = form
        .begin(std::slice::from_ref(&sam), &decks, &[], 1)
        .unwrap()
        .round;
    assert!(!first.high_contrast && first.text_size == 0);
    let mut played = first.clone();
    played.high_contrast = true;
    played.text_size = 2;
    let library = vec![played];
    let next = form
        .begin(std::slice::from_ref(&sam), &decks, &library, 2)
        .unwrap()
        .round;
    assert!(next.high_contrast);
    assert_eq!(next.text_size, 2);
    let off = NewRound {
        high_contrast: Some(false),
        ..form
    };
    let next = off
        .begin(std::slice::from_ref(&sam), &decks, &library, 3)
        .unwrap()
        .round;
    assert!(
        !next.high_contrast,
        "the mentor turned it off for this round"
    );
    assert_eq!(next.text_size, 2);
}
