//! The mentor area: the PIN lock keeps a youth out of the mentor's sort and of the results,
//! and the mentor's sort shows nothing of the youth's.

use std::sync::Arc;

use jas_cards::app::piles::Target;
use jas_cards::app::screens::mentor::{Focus, MentorArea};
use jas_cards::app::{Current, Library, Screen};
use jas_cards::core::deck::DeckSet;
use jas_cards::core::lock::{self, Lock};
use jas_cards::core::measurement::{Measurement, Moment};
use jas_cards::core::store::MemoryStore;

use super::board::pair;
use super::table::Table;

#[test]
fn a_pin_is_stored_only_as_a_salted_hash() {
    let l = Lock::new("4821", 7);
    assert!(l.opens_with("4821"));
    assert!(!l.opens_with("4822"));
    assert!(!l.opens_with(""));
    assert!(!l.hash.contains("4821"));
    assert_ne!(
        Lock::new("4821", 8).hash,
        l.hash,
        "another salt, another hash"
    );
    assert_eq!(lock::check_new_pin("123"), Err(lock::PinError::TooShort));
    assert_eq!(lock::check_new_pin("1234"), Ok(()));
}

#[test]
fn the_lock_is_saved_and_a_damaged_lock_stays_closed() {
    let store = MemoryStore::new();
    assert_eq!(lock::load(&store), Ok(None));
    let l = Lock::new("2468", 1);
    lock::save(&store, &l).unwrap();
    assert_eq!(lock::load(&store), Ok(Some(l)));
    store.insert(lock::KEY, b"(salt: ");
    assert!(
        lock::load(&store).is_err(),
        "damage never silently removes the lock"
    );
}

fn youth_then(screen: Screen, unlocked: bool, mentor_current: bool) -> Table {
    let all = pair("ab-1", "2026-09-01T10:00:00Z");
    let decks = DeckSet::builtin();
    let current = if mentor_current {
        Measurement::new(
            "AB",
            Moment::Start,
            "ab-2",
            decks.get("mentor-kort").unwrap(),
            3,
        )
    } else {
        Measurement::new("AB", Moment::Start, "ab-2", decks.get("kort").unwrap(), 3)
    };
    let mut t = Table::with(current, Arc::new(MemoryStore::new()), Screen::Start);
    t.app.world_mut().resource_mut::<Library>().0 = all;
    t.app.world_mut().resource_mut::<MentorArea>().unlocked = unlocked;
    *t.app.world_mut().resource_mut::<Focus>() = Focus {
        youth: Some(crate::ab()),
        round: Some("ab-1".into()),
    };
    t.app
        .world_mut()
        .resource_mut::<bevy::prelude::NextState<Screen>>()
        .set(screen);
    t.settle();
    t
}

#[test]
fn without_the_pin_the_board_history_and_mentor_home_send_to_the_gate() {
    for screen in [Screen::Board, Screen::History, Screen::MentorHome] {
        let t = youth_then(screen, false, false);
        assert_eq!(t.screen(), Screen::MentorGate, "{screen:?}");
    }
    let t = youth_then(Screen::Board, true, false);
    assert_eq!(t.screen(), Screen::Board, "with the PIN the board opens");
}

#[test]
fn without_the_pin_the_mentor_sort_cannot_be_opened() {
    let t = youth_then(Screen::Sort, false, true);
    assert_eq!(t.screen(), Screen::MentorGate);
    assert!(
        t.app.world().resource::<Current>().0.is_none(),
        "the mentor's sort is put away"
    );
    // A youth's own sort is not behind the lock.
    let t = youth_then(Screen::Sort, false, false);
    assert_eq!(t.screen(), Screen::Sort);
}

#[test]
fn the_start_screen_locks_the_mentor_area_again() {
    let mut t = youth_then(Screen::MentorHome, true, false);
    t.app
        .world_mut()
        .resource_mut::<bevy::prelude::NextState<Screen>>()
        .set(Screen::Start);
    t.settle();
    assert!(!t.app.world().resource::<MentorArea>().unlocked);
}

#[test]
fn the_mentor_sort_shows_nothing_of_the_youth_sort() {
    // The youth put every card of round ab-1 somewhere; the mentor now sorts round ab-1.
    let all = pair("ab-1", "2026-09-01T10:00:00Z");
    let decks = DeckSet::builtin();
    let mentor = Measurement::new(
        "AB",
        Moment::Start,
        "ab-1",
        decks.get("mentor-kort").unwrap(),
        3,
    );
    let mut t = Table::with(mentor, Arc::new(MemoryStore::new()), Screen::Start);
    t.app.world_mut().resource_mut::<Library>().0 = vec![all[0].clone()];
    t.app.world_mut().resource_mut::<MentorArea>().unlocked = true;
    t.app
        .world_mut()
        .resource_mut::<bevy::prelude::NextState<Screen>>()
        .set(Screen::Sort);
    t.settle();
    assert_eq!(t.screen(), Screen::Sort);
    let counts: Vec<String> = {
        let mut q = t.app.world_mut().query::<&bevy::prelude::Text>();
        q.iter(t.app.world()).map(|x| x.0.clone()).collect()
    };
    // Every pile count reads 0 and the card shows the mentor deck's words.
    let digits: Vec<&String> = counts
        .iter()
        .filter(|s| s.chars().all(|c| c.is_ascii_digit()))
        .collect();
    assert_eq!(digits.len(), 6, "{counts:?}");
    assert!(digits.iter().all(|d| d.as_str() == "0"), "{counts:?}");
    let mentor_words = decks
        .get("mentor-kort")
        .unwrap()
        .statements
        .iter()
        .map(|s| s.text.get("nl", "nl").to_string())
        .collect::<Vec<_>>();
    assert!(
        counts.iter().any(|c| mentor_words.contains(c)),
        "a mentor card is up"
    );
    // The mentor sorts every card; the finished mentor sort leads to looking at the board
    // together.
    t.place_every_card_on(Target::Pile(4));
    let m = t.measurement().clone();
    assert!(m.sort.open_count() == 0 && m.role == jas_cards::core::deck::Role::Mentor);
    let done = super::table::find_button(&mut t, "Klaar");
    t.tap(done);
    assert_eq!(
        t.screen(),
        Screen::Together,
        "both are done: look at it together"
    );
    assert_eq!(
        t.app.world().resource::<Focus>().round.as_deref(),
        Some("ab-1")
    );
}
