//! The mentor area: the PIN lock keeps a youth out of the mentor's sort and of the results,
//! and the mentor's sort shows nothing of the youth's.

use std::sync::Arc;

use jas_cards::app::piles::Target;
use jas_cards::app::screens::mentor::{Focus, MentorArea};
use jas_cards::app::{Current, Library, Screen};
use jas_cards::core::deck::DeckSet;
use jas_cards::core::lock;
use jas_cards::core::measurement::{Measurement, Moment};
use jas_cards::core::store::MemoryStore;

use super::board::pair;
use super::table::Table;

/// A small Argon2id cost: the rules are the same, and the tests stay quick.
const QUICK: lock::Cost = lock::CHEAP;

/// Whether a try opened the lock (or how long to wait).
fn opened(
    tried: Result<Option<lock::Opened>, std::time::Duration>,
) -> Result<bool, std::time::Duration> {
    tried.map(|o| o.is_some())
}

#[test]
fn a_pin_is_stored_only_as_the_key_it_unwraps() {
    let l = lock::set_up("482193", QUICK).lock;
    assert!(l.opens_with("482193").is_some());
    assert!(l.opens_with("482194").is_none());
    assert!(l.opens_with("").is_none());
    let text = ron::to_string(&l).unwrap();
    assert!(!text.contains("482193"));
    assert!(
        l.hash.is_empty(),
        "no hash of the PIN to test guesses against"
    );
    assert_eq!(l.kdf, lock::Kdf::Argon2id);
    assert_ne!(
        lock::set_up("482193", QUICK).lock.salt,
        l.salt,
        "another set-up, another salt"
    );
    assert_eq!(lock::check_new_pin("12345"), Err(lock::PinError::TooShort));
    assert_eq!(
        lock::check_new_pin("12a456"),
        Err(lock::PinError::NotDigits)
    );
    assert_eq!(lock::check_new_pin("123456"), Ok(()));
    assert_eq!(
        lock::check_new_pin(&"1".repeat(33)),
        Err(lock::PinError::TooLong)
    );
}

#[test]
fn the_pin_costs_a_quarter_second_or_so() {
    // Not a timed assert: the figure goes to the output (`cargo test -- --nocapture`); the
    // assert is that the shipped cost is the one documented.
    assert_eq!(
        lock::ARGON2,
        lock::Cost {
            memory_kib: 65536,
            passes: 8,
            lanes: 1
        }
    );
    let start = std::time::Instant::now();
    let l = lock::set_up("482193", lock::ARGON2).lock;
    println!(
        "set-up (PIN and recovery code) at the shipped cost: {:?}",
        start.elapsed()
    );
    let start = std::time::Instant::now();
    assert!(l.opens_with("482193").is_some());
    println!(
        "argon2id at the shipped cost, one PIN: {:?}",
        start.elapsed()
    );
}

#[test]
fn after_five_wrong_pins_each_next_try_waits_twice_as_long() {
    let mut l = lock::set_up("482193", QUICK).lock;
    let t0 = 1_800_000_000;
    for i in 0..5 {
        assert_eq!(
            opened(l.try_pin("000000", t0 + i)),
            Ok(false),
            "free try {i}"
        );
    }
    // The sixth must wait 30 s from the fifth, and nothing is checked meanwhile.
    assert_eq!(
        opened(l.try_pin("482193", t0 + 4)),
        Err(std::time::Duration::from_secs(30))
    );
    assert_eq!(
        opened(l.try_pin("482193", t0 + 14)),
        Err(std::time::Duration::from_secs(20))
    );
    assert_eq!(opened(l.try_pin("000000", t0 + 34)), Ok(false));
    // Then 60 s, then 120 s; a wrong recovery code counts the same.
    assert_eq!(l.wait(t0 + 34), std::time::Duration::from_secs(60));
    assert!(matches!(l.try_recovery("AAAA-AAAA", t0 + 94), Ok(None)));
    assert_eq!(l.wait(t0 + 94), std::time::Duration::from_secs(120));
    // The count is in the lock file: a restart (load) keeps the wait.
    let store = MemoryStore::new();
    lock::save(&store, &l).unwrap();
    let mut again = lock::load(&store).unwrap().unwrap();
    assert_eq!(again.wait(t0 + 94), std::time::Duration::from_secs(120));
    // The right PIN, once allowed, opens and clears the count.
    assert_eq!(opened(again.try_pin("482193", t0 + 214)), Ok(true));
    assert_eq!(again.wrong, 0);
    assert_eq!(again.wait(t0 + 214), std::time::Duration::ZERO);
}

#[test]
fn a_lock_from_the_first_version_still_opens_and_asks_for_keys() {
    use sha2::{Digest, Sha256};
    // The first version's stretch, written out here as its reference.
    let salt = "00000000000000000000000000000007";
    let first = Sha256::digest(format!("{salt}:4821").as_bytes());
    let digest = (1..20_000).fold(first, |d, _| {
        Sha256::new().chain_update(salt).chain_update(d).finalize()
    });
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    // As the first version wrote it: salt and hash, nothing else.
    let store = MemoryStore::new();
    store.insert(
        lock::KEY,
        format!("(salt: \"{salt}\", hash: \"{hex}\")").as_bytes(),
    );
    let mut l = lock::load(&store).unwrap().unwrap();
    assert_eq!(l.kdf, lock::Kdf::Sha256Stretched);
    assert!(l.opens_with("4822").is_none());
    // The right PIN opens, and says the folder has no keys yet: the gate makes them then.
    assert!(matches!(
        l.try_pin("4821", 1_800_000_000),
        Ok(Some(lock::Opened::NoKeysYet))
    ));
}

#[test]
fn the_lock_is_saved_and_a_damaged_lock_stays_closed() {
    let store = MemoryStore::new();
    assert_eq!(lock::load(&store), Ok(None));
    let l = lock::set_up("246813", QUICK).lock;
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
    t.go(screen);
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
    t.go(Screen::Start);
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
    t.go(Screen::Sort);
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
