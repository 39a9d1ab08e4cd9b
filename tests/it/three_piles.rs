//! Three piles first: the two-step sort ends on the same five piles and the same scores as the
//! five-pile sort, records both steps, undoes across them and resumes in either.

use std::sync::Arc;

use bevy::prelude::*;
use jas_cards::app::Screen;
use jas_cards::app::piles::Target;
use jas_cards::core::measurement::{Measurement, Moment, parse};
use jas_cards::core::sort::{Action, Lean, Placement, SortError};
use jas_cards::core::store::MemoryStore;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::table::Table;

/// Where a card ends: a pile, or `None` for the skip pile.
type Final = Option<u8>;

fn fresh(three_piles: bool, seed: u64) -> Measurement {
    let mut m = Measurement::new(
        "AB",
        Moment::Start,
        "r-20261129-100000-0001",
        &crate::shipped("jongere"),
        seed,
    );
    m.three_piles = three_piles;
    m
}

fn place(statement: &str, pile: u8) -> Action {
    Action::Place {
        statement: statement.into(),
        pile,
    }
}

/// The first step's move for a card that is to end on `end`.
fn first_step(statement: &str, end: Final) -> Action {
    match end {
        None => Action::Skip {
            statement: statement.into(),
        },
        Some(1 | 2) => Action::Lean {
            statement: statement.into(),
            toward: Lean::Disagree,
        },
        Some(4 | 5) => Action::Lean {
            statement: statement.into(),
            toward: Lean::Agree,
        },
        Some(p) => place(statement, p),
    }
}

/// Plays `ends` in two steps, as the screen offers them: the first step for each card off the
/// stack, then the second for each card still leaning. Checks the piles offered in step two.
fn two_steps(m: &mut Measurement, ends: &std::collections::BTreeMap<String, Final>) {
    while let Some(id) = m.sort.current().map(str::to_string) {
        m.apply(first_step(&id, ends[&id])).unwrap();
    }
    while let Some((id, lean)) = m.sort.to_refine().map(|(id, l)| (id.to_string(), l)) {
        let end = ends[&id].unwrap();
        assert!(
            lean.piles().contains(&end),
            "{id} leans {lean:?}, ends on {end}"
        );
        m.apply(place(&id, end)).unwrap();
    }
}

fn random_ends(m: &Measurement, rng: &mut ChaCha8Rng) -> std::collections::BTreeMap<String, Final> {
    m.sort
        .order()
        .iter()
        .map(|id| {
            let end = match rng.random_range(0..6u8) {
                0 => None,
                p => Some(p),
            };
            (id.clone(), end)
        })
        .collect()
}

#[test]
fn two_steps_give_the_same_scores_as_five_piles_for_any_placements() {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    for seed in 0..300 {
        let mut five = fresh(false, seed);
        let mut two = fresh(true, seed);
        let ends = random_ends(&five, &mut rng);
        for id in five.sort.order().to_vec() {
            let action = match ends[&id] {
                None => Action::Skip { statement: id },
                Some(p) => place(&id, p),
            };
            five.apply(action).unwrap();
        }
        two_steps(&mut two, &ends);
        assert_eq!(two.sort.answers(), five.sort.answers(), "seed {seed}");
        assert_eq!(two.scores(), five.scores(), "seed {seed}");
        two.apply(Action::Finish).unwrap();
        // Both steps are in the log: one Lean per card that ended on 1, 2, 4 or 5.
        let leans = two
            .sort
            .moves()
            .iter()
            .filter(|m| matches!(m.action, Action::Lean { .. }))
            .count();
        let sided = ends
            .values()
            .filter(|e| matches!(e, Some(1 | 2 | 4 | 5)))
            .count();
        assert_eq!(leans, sided, "seed {seed}");
    }
}

#[test]
fn a_leaning_card_is_not_an_answer_and_the_sort_cannot_finish_with_one() {
    let mut m = fresh(true, 1);
    let ids = m.sort.order().to_vec();
    for id in &ids {
        m.apply(Action::Lean {
            statement: id.clone(),
            toward: Lean::Agree,
        })
        .unwrap();
    }
    assert!(m.sort.current().is_none());
    assert!(m.sort.answers().values().all(Option::is_none));
    assert_eq!(
        m.apply(Action::Finish),
        Err(SortError::StillLeaning { cards: ids.len() })
    );
    assert_eq!(m.sort.to_refine(), Some((ids[0].as_str(), Lean::Agree)));
    assert_eq!(m.sort.playing(), Some(ids[0].as_str()));
}

#[test]
fn undo_walks_back_through_both_steps() {
    let mut m = fresh(true, 2);
    let ids = m.sort.order().to_vec();
    for id in &ids {
        m.apply(Action::Lean {
            statement: id.clone(),
            toward: Lean::Disagree,
        })
        .unwrap();
    }
    let (first, _) = m.sort.to_refine().unwrap();
    let first = first.to_string();
    m.apply(place(&first, 1)).unwrap();
    assert_eq!(m.sort.placement(&first), Some(Placement::Pile(1)));
    assert_ne!(m.sort.to_refine().unwrap().0, first);
    // Undo in the second step: the card leans again and is the one to tell apart.
    m.apply(Action::Undo).unwrap();
    assert_eq!(
        m.sort.placement(&first),
        Some(Placement::Leaning(Lean::Disagree))
    );
    assert_eq!(m.sort.to_refine().unwrap().0, first);
    // Undo once more: back in the first step, the last card on the stack again.
    m.apply(Action::Undo).unwrap();
    let last = ids.last().unwrap();
    assert_eq!(m.sort.placement(last), None);
    assert_eq!(m.sort.current(), Some(last.as_str()));
    assert!(
        m.sort.to_refine().is_none(),
        "no second step while the stack holds a card"
    );
}

#[test]
fn a_two_step_sort_resumes_in_either_step_after_a_kill() {
    let mut m = fresh(true, 3);
    let ids = m.sort.order().to_vec();
    // Half-way through the first step.
    for id in &ids[..ids.len() / 2] {
        m.apply(first_step(id, Some(5))).unwrap();
    }
    let back = parse(m.to_ron().as_bytes()).unwrap();
    assert_eq!(back, m);
    assert!(back.three_piles);
    assert_eq!(back.sort.current(), m.sort.current());
    // Into the second step, one card told apart.
    for id in &ids[ids.len() / 2..] {
        m.apply(first_step(id, Some(2))).unwrap();
    }
    let (id, _) = m.sort.to_refine().unwrap();
    let id = id.to_string();
    m.apply(place(&id, 4)).unwrap();
    let back = parse(m.to_ron().as_bytes()).unwrap();
    assert_eq!(back, m);
    assert_eq!(back.sort.to_refine(), m.sort.to_refine());
    assert_eq!(back.sort.leaning_count(), ids.len() - 1);
}

#[test]
fn a_five_pile_sort_is_stored_without_the_setting() {
    let m = fresh(false, 4);
    assert!(!m.to_ron().contains("three_piles"));
    let m = fresh(true, 4);
    assert!(m.to_ron().contains("three_piles: true"));
}

/// The piles on screen, in no particular order.
fn piles_shown(t: &mut Table) -> Vec<Target> {
    let mut q = t.app.world_mut().query::<&Target>();
    let mut v: Vec<Target> = q.iter(t.app.world()).copied().collect();
    v.sort_by_key(|t| format!("{t:?}"));
    v
}

fn sorted(mut v: Vec<Target>) -> Vec<Target> {
    v.sort_by_key(|t| format!("{t:?}"));
    v
}

fn shows_text(t: &mut Table, text: &str) -> bool {
    let mut q = t.app.world_mut().query::<&Text>();
    q.iter(t.app.world()).any(|x| x.0 == text)
}

/// Headless, with taps: the screen offers the three sides, then the two piles of the card's
/// side with the question "Een beetje of helemaal?", undoes across the steps from its button,
/// and ends on the review with the final piles.
#[test]
fn the_screen_offers_three_sides_then_the_two_piles_of_the_cards_side() {
    let mut m = Measurement::new(
        "T",
        Moment::Start,
        "r-20261129-100000-0002",
        &crate::shipped("kort"),
        5,
    );
    m.three_piles = true;
    let mut t = Table::with(m, Arc::new(MemoryStore::new()), Screen::Sort);
    let disagree = Target::Lean(Lean::Disagree);
    let agree = Target::Lean(Lean::Agree);
    assert_eq!(
        piles_shown(&mut t),
        sorted(vec![disagree, Target::Pile(3), agree, Target::Skip])
    );
    assert!(!shows_text(&mut t, "Een beetje of helemaal?"));
    let first = t.current();
    t.tap_pile(disagree);
    assert_eq!(
        t.measurement().sort.placement(&first),
        Some(Placement::Leaning(Lean::Disagree))
    );
    while t.measurement().sort.current().is_some() {
        t.tap_pile(agree);
    }
    // The second step begins with the first card, which leans to "oneens".
    assert_eq!(t.screen(), Screen::Sort);
    assert_eq!(t.measurement().sort.playing(), Some(first.as_str()));
    assert_eq!(
        piles_shown(&mut t),
        sorted(vec![Target::Pile(1), Target::Pile(2), Target::Skip])
    );
    assert!(shows_text(&mut t, "Een beetje of helemaal?"));
    assert!(shows_text(&mut t, "Een beetje oneens"));
    t.tap_pile(Target::Pile(2));
    assert_eq!(
        t.measurement().sort.placement(&first),
        Some(Placement::Pile(2))
    );
    assert_eq!(
        piles_shown(&mut t),
        sorted(vec![Target::Pile(4), Target::Pile(5), Target::Skip])
    );
    // "Stap terug" takes the card back to its side, and the two piles of that side return.
    let undo = crate::table::find_button(&mut t, "Stap terug");
    t.tap(undo);
    assert_eq!(
        t.measurement().sort.placement(&first),
        Some(Placement::Leaning(Lean::Disagree))
    );
    assert_eq!(
        piles_shown(&mut t),
        sorted(vec![Target::Pile(1), Target::Pile(2), Target::Skip])
    );
    t.tap_pile(Target::Pile(1));
    while t.screen() == Screen::Sort {
        t.tap_pile(Target::Pile(5));
    }
    assert_eq!(t.screen(), Screen::Review);
    let saved = t.saved();
    for (id, pile) in saved.sort.answers() {
        assert_eq!(pile, Some(if id == first { 1 } else { 5 }), "{id}");
    }
}
