//! The sort: place, move, skip, remark, undo of any depth, finish; a shuffled order that a
//! recorded seed reproduces; a log that replays to the same state.

use jas_cards::core::sort::{Action, Placement, Sort, SortError, shuffled};

const T: &str = "2026-11-29T10:00:00Z";

fn ids() -> Vec<String> {
    ["r1", "r2", "r3", "d1", "d2", "a1", "a2"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

fn place(s: &mut Sort, id: &str, pile: u8) {
    s.apply(
        Action::Place {
            statement: id.into(),
            pile,
        },
        T,
    )
    .unwrap();
}

#[test]
fn the_same_seed_gives_the_same_order_and_another_seed_another() {
    let a = shuffled(&ids(), 42);
    assert_eq!(a, shuffled(&ids(), 42));
    let mut sorted = a.clone();
    sorted.sort();
    let mut expected = ids();
    expected.sort();
    assert_eq!(sorted, expected, "a permutation of the deck");
    assert!((0..20).any(|seed| shuffled(&ids(), seed) != a));
}

#[test]
fn the_shuffle_is_stable_across_versions() {
    // ChaCha8 with seed 7 gives this order; a change of generator would silently change
    // every recorded sort's replay, so it must fail here first.
    assert_eq!(
        shuffled(&ids(), 7),
        ["r1", "d1", "a1", "r3", "d2", "r2", "a2"]
    );
}

#[test]
fn cards_come_in_the_shuffled_order_and_progress_counts() {
    let mut s = Sort::new(&ids(), 3);
    let order = s.order().to_vec();
    assert_eq!(s.current(), Some(order[0].as_str()));
    s.place_current(4, T).unwrap();
    assert_eq!(s.placement(&order[0]), Some(Placement::Pile(4)));
    assert_eq!(s.current(), Some(order[1].as_str()));
    assert_eq!((s.done_count(), s.len()), (1, 7));
}

#[test]
fn skip_puts_the_card_on_the_skip_pile_as_missing() {
    let mut s = Sort::new(&ids(), 3);
    let first = s.current().unwrap().to_string();
    s.apply(
        Action::Skip {
            statement: first.clone(),
        },
        T,
    )
    .unwrap();
    assert_eq!(s.placement(&first), Some(Placement::Skipped));
    assert_eq!(s.skipped(), [first.as_str()]);
    assert_eq!(s.answers()[&first], None);
}

#[test]
fn a_placed_card_can_be_moved_and_the_piles_follow() {
    let mut s = Sort::new(&ids(), 3);
    place(&mut s, "r1", 2);
    place(&mut s, "r2", 2);
    place(&mut s, "r1", 5);
    assert_eq!(s.pile(2), ["r2"]);
    assert_eq!(s.pile(5), ["r1"]);
    // A skipped card can be placed later, in review.
    s.apply(
        Action::Skip {
            statement: "d1".into(),
        },
        T,
    )
    .unwrap();
    place(&mut s, "d1", 3);
    assert!(s.skipped().is_empty());
    assert_eq!(s.pile(3), ["d1"]);
}

#[test]
fn undo_of_any_depth_walks_back_every_move() {
    let mut s = Sort::new(&ids(), 9);
    let snapshots: Vec<_> = (0..7)
        .map(|i| {
            let before = s.answers();
            if i == 3 {
                let id = s.current().unwrap().to_string();
                s.apply(Action::Skip { statement: id }, T).unwrap();
            } else {
                s.place_current((i % 5 + 1) as u8, T).unwrap();
            }
            before
        })
        .collect();
    // A move of a placed card is undone too.
    let before_move = s.answers();
    place(&mut s, "r1", 1);
    s.apply(Action::Undo, T).unwrap();
    assert_eq!(s.answers(), before_move);
    for before in snapshots.iter().rev() {
        s.apply(Action::Undo, T).unwrap();
        assert_eq!(&s.answers(), before);
    }
    assert_eq!(s.done_count(), 0);
    assert_eq!(s.apply(Action::Undo, T), Err(SortError::NothingToUndo));
}

#[test]
fn undo_never_takes_back_a_remark() {
    let mut s = Sort::new(&ids(), 1);
    let first = s.current().unwrap().to_string();
    s.place_current(2, T).unwrap();
    s.apply(
        Action::Remark {
            statement: first.clone(),
            text: "Hij luistert alleen als hij tijd heeft".into(),
        },
        T,
    )
    .unwrap();
    s.apply(Action::Undo, T).unwrap();
    assert_eq!(s.placement(&first), None, "the placement is undone");
    assert_eq!(
        s.remark(&first),
        Some("Hij luistert alleen als hij tijd heeft")
    );
    // An empty remark removes it.
    s.apply(
        Action::Remark {
            statement: first.clone(),
            text: " ".into(),
        },
        T,
    )
    .unwrap();
    assert_eq!(s.remark(&first), None);
}

#[test]
fn finish_needs_every_card_placed_and_then_locks() {
    let mut s = Sort::new(&ids(), 5);
    s.place_current(3, T).unwrap();
    assert_eq!(
        s.apply(Action::Finish, T),
        Err(SortError::NotComplete { open: 6 })
    );
    while s.current().is_some() {
        s.place_current(4, T).unwrap();
    }
    s.apply(Action::Finish, T).unwrap();
    assert!(s.is_finished());
    assert!(!s.can_undo());
    assert_eq!(s.apply(Action::Undo, T), Err(SortError::Finished));
    assert_eq!(
        s.apply(
            Action::Place {
                statement: "r1".into(),
                pile: 1
            },
            T
        ),
        Err(SortError::Finished)
    );
}

#[test]
fn bad_moves_are_refused_and_change_nothing() {
    let mut s = Sort::new(&ids(), 5);
    let before = s.clone();
    assert_eq!(
        s.apply(
            Action::Place {
                statement: "zz".into(),
                pile: 3
            },
            T
        ),
        Err(SortError::UnknownStatement("zz".into()))
    );
    assert_eq!(
        s.apply(
            Action::Place {
                statement: "r1".into(),
                pile: 6
            },
            T
        ),
        Err(SortError::BadPile(6))
    );
    assert_eq!(
        s.apply(
            Action::Place {
                statement: "r1".into(),
                pile: 0
            },
            T
        ),
        Err(SortError::BadPile(0))
    );
    assert_eq!(s, before);
}

#[test]
fn the_log_replays_to_the_same_sort() {
    let mut s = Sort::new(&ids(), 11);
    s.place_current(1, T).unwrap();
    s.place_current(5, T).unwrap();
    s.apply(Action::Undo, T).unwrap();
    let id = s.current().unwrap().to_string();
    s.apply(
        Action::Skip {
            statement: id.clone(),
        },
        T,
    )
    .unwrap();
    s.apply(
        Action::Remark {
            statement: id,
            text: "snap ik niet".into(),
        },
        T,
    )
    .unwrap();
    let text = ron::to_string(&s).unwrap();
    let back: Sort = ron::from_str(&text).unwrap();
    assert_eq!(back, s);
    assert_eq!(back.current(), s.current());
    assert_eq!(back.moves().len(), 5, "undone moves stay in the record");
}

#[test]
fn a_log_that_does_not_replay_is_refused() {
    let text = r#"(seed: 1, order: ["a", "b"], moves: [(at: "x", action: Undo)])"#;
    let err = ron::from_str::<Sort>(text).unwrap_err().to_string();
    assert!(
        err.contains("move 1 cannot be replayed: there is nothing to undo"),
        "{err}"
    );
    let dup = r#"(seed: 1, order: ["a", "a"], moves: [])"#;
    let err = ron::from_str::<Sort>(dup).unwrap_err().to_string();
    assert!(
        err.contains("statement \"a\" appears twice in the order"),
        "{err}"
    );
}

#[test]
fn undo_puts_a_moved_card_back_where_it_lay_before() {
    let ids: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
    let mut s = Sort::new(&ids, 3);
    let at = "2026-11-29T10:00:00Z";
    let place = |s: &mut Sort, id: &str, pile| {
        s.apply(
            Action::Place {
                statement: id.into(),
                pile,
            },
            at,
        )
        .unwrap()
    };
    place(&mut s, "a", 2);
    place(&mut s, "a", 4);
    s.apply(
        Action::Skip {
            statement: "a".into(),
        },
        at,
    )
    .unwrap();
    assert_eq!(s.placement("a"), Some(Placement::Skipped));
    s.apply(Action::Undo, at).unwrap();
    assert_eq!(s.placement("a"), Some(Placement::Pile(4)));
    s.apply(Action::Undo, at).unwrap();
    assert_eq!(s.placement("a"), Some(Placement::Pile(2)));
    s.apply(Action::Undo, at).unwrap();
    assert_eq!(s.placement("a"), None);
    assert!(!s.can_undo());
    // And the same sort read back from its record is the same sort.
    let back: Sort = ron::from_str(&ron::to_string(&s).unwrap()).unwrap();
    assert_eq!(back, s);
}
