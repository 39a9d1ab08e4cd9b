//! Encrypted at rest: what is stored about a youth is an age file to the data folder's key;
//! only the PIN or the recovery code unwraps that key; a lost lock never opens old data; plain
//! files of before are encrypted at the set-up; nothing is saved before there is a key.

use std::sync::Arc;

use jas_cards::core::keys::{self, FolderKey};
use jas_cards::core::lock::{self, CHEAP};
use jas_cards::core::measurement::{Measurement, Moment, load_all, save};
use jas_cards::core::sealed::SealedStore;
use jas_cards::core::sort::Action;
use jas_cards::core::store::{MemoryStore, Store, StoreProblem};
use jas_cards::core::youth::{self, Youth};

use super::mini;

const PIN: &str = "482193";

/// A measurement that carries everything private: a name, placements, a remark, an agreement.
fn private_round() -> Measurement {
    let mut m = Measurement::new("Noor", Moment::Start, "r-20261129-100000-ab", &mini(), 3);
    let id = m.sort.current().unwrap().to_string();
    m.apply(Action::Place {
        statement: id.clone(),
        pile: 2,
    })
    .unwrap();
    m.apply(Action::Remark {
        statement: id,
        text: "thuis is het lastig".into(),
    })
    .unwrap();
    m.set_agreements(vec![super::board::agreement(
        jas_cards::core::measurement::Who::Together,
        "elke dinsdag wandelen",
        "",
    )]);
    m
}

/// A folder whose mentor has set `PIN` up (cheaply), with its writer and its key.
fn folder() -> (Arc<MemoryStore>, SealedStore, FolderKey, String) {
    let raw = Arc::new(MemoryStore::new());
    let made = lock::set_up(PIN, CHEAP);
    lock::save(raw.as_ref(), &made.lock).unwrap();
    let sealed = SealedStore::for_store(raw.clone());
    (raw, sealed, made.key, made.recovery_code)
}

fn text_of(raw: &MemoryStore, key: &str) -> String {
    String::from_utf8(raw.read(key).unwrap()).unwrap()
}

#[test]
fn a_stored_round_and_record_hold_nothing_readable_of_the_youth() {
    let (raw, sealed, key, _) = folder();
    assert!(!sealed.is_open(), "the youth side saves without the PIN");
    let m = private_round();
    save(&sealed, &m).unwrap();
    let noor = Youth::new("Noor", "groep 3", 7, "2026-11-29T10:00:00Z");
    youth::save(&sealed, &noor).unwrap();
    for file in [m.key_in_store(), noor.key_in_store()] {
        let text = text_of(&raw, &file);
        assert!(keys::is_sealed(text.as_bytes()), "{file}");
        for secret in ["Noor", "groep 3", "thuis", "dinsdag", "pile", "Place"] {
            assert!(!text.contains(secret), "{file} shows {secret:?}");
        }
    }
    // The lock file holds no secret either: neither the PIN nor the folder's secret key.
    let lock_text = text_of(&raw, lock::KEY);
    assert!(!lock_text.contains(PIN));
    assert!(!lock_text.contains("AGE-SECRET-KEY"));
    // Locked, nothing is read, and nothing is set aside as damaged.
    let loaded = load_all(&sealed);
    assert_eq!((loaded.measurements.len(), loaded.locked), (0, 1));
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(
        sealed.read(&m.key_in_store()).unwrap_err().problem,
        StoreProblem::Locked
    );
    // With the key, all of it comes back.
    sealed.open(key);
    assert_eq!(load_all(&sealed).measurements, vec![m]);
    assert_eq!(youth::load_all(&sealed).0, vec![noor]);
}

#[test]
fn only_the_right_pin_unwraps_the_folder_key() {
    let (raw, sealed, key, _) = folder();
    save(&sealed, &private_round()).unwrap();
    let l = lock::load(raw.as_ref()).unwrap().unwrap();
    assert!(l.opens_with("482194").is_none());
    assert!(l.opens_with("").is_none());
    let Some(lock::Opened::Key(opened)) = l.opens_with(PIN) else {
        panic!("the right PIN opens");
    };
    assert_eq!(opened.recipient(), key.recipient());
    // A command with a wrong PIN reads nothing; with the right one it gets the key.
    assert_eq!(
        lock::open_for_command(raw.as_ref(), Some("111111"), 1_800_000_000).unwrap_err(),
        lock::CommandRefused::Wrong
    );
    let key = lock::open_for_command(raw.as_ref(), Some(PIN), 1_800_000_000)
        .unwrap()
        .expect("a folder with keys");
    sealed.open(key);
    assert_eq!(load_all(&sealed).measurements.len(), 1);
}

#[test]
fn the_recovery_code_opens_the_data_and_sets_a_new_pin() {
    let (raw, sealed, key, code) = folder();
    save(&sealed, &private_round()).unwrap();
    assert_eq!(code.len(), 6 * 4 + 5, "six groups of four: {code}");
    let mut l = lock::load(raw.as_ref()).unwrap().unwrap();
    assert!(matches!(l.try_recovery("AAAA-BBBB-CCCC", 1), Ok(None)));
    assert_eq!(l.wrong, 1, "a wrong code counts like a wrong PIN");
    // Typed in lower case with spaces, it still opens.
    let typed = code.replace('-', " ").to_lowercase();
    let found = l.try_recovery(&typed, 2).unwrap().expect("the code opens");
    assert_eq!(found.recipient(), key.recipient());
    assert_eq!(l.wrong, 0);
    let renewed = l.with_new_pin(&found, "135790").unwrap();
    assert!(
        renewed.opens_with(PIN).is_none(),
        "the old PIN no longer opens"
    );
    let Some(lock::Opened::Key(again)) = renewed.opens_with("135790") else {
        panic!("the new PIN opens");
    };
    assert_eq!(
        again.recipient(),
        key.recipient(),
        "the same data, still readable"
    );
    assert!(
        renewed
            .keys
            .as_ref()
            .unwrap()
            .open_with_recovery(&code)
            .is_some(),
        "the recovery code still works"
    );
    sealed.open(again);
    assert_eq!(load_all(&sealed).measurements.len(), 1);
}

#[test]
fn a_deleted_lock_never_opens_what_was_stored_before() {
    let (raw, sealed, _, _) = folder();
    let m = private_round();
    save(&sealed, &m).unwrap();
    let before = raw.read(&m.key_in_store()).unwrap();
    // Someone deletes the lock file and sets a new PIN: new keys.
    raw.set_aside(lock::KEY, ".gone").unwrap();
    assert_eq!(lock::load(raw.as_ref()), Ok(None));
    let fresh = SealedStore::for_store(raw.clone());
    assert!(!fresh.can_save(), "no lock, no key: nothing is saved");
    assert_eq!(fresh.count_sealed(), 1, "the set-up warns of it");
    let made = lock::set_up("111111", CHEAP);
    lock::save(raw.as_ref(), &made.lock).unwrap();
    fresh.open(made.key);
    let loaded = load_all(&fresh);
    assert!(loaded.measurements.is_empty());
    assert_eq!(loaded.problems.len(), 1);
    assert!(
        loaded.problems[0].contains("a key this folder no longer has"),
        "{:?}",
        loaded.problems
    );
    assert_eq!(
        raw.read(&m.key_in_store()).unwrap(),
        before,
        "kept as it is"
    );
}

#[test]
fn plain_files_of_before_are_encrypted_at_the_set_up() {
    let raw = Arc::new(MemoryStore::new());
    let m = private_round();
    save(raw.as_ref(), &m).unwrap();
    let sam = Youth::new("Sam", "", 9, "2026-11-29T10:00:00Z");
    youth::save(raw.as_ref(), &sam).unwrap();
    let sealed = SealedStore::for_store(raw.clone());
    // Before the set-up: read as they are, but nothing new is saved.
    assert_eq!(load_all(&sealed).measurements, vec![m.clone()]);
    let err = save(&sealed, &m).unwrap_err();
    assert_eq!(err.problem, StoreProblem::NoKeys);
    assert!(!keys::is_sealed(&raw.read(&m.key_in_store()).unwrap()));
    let made = lock::set_up(PIN, CHEAP);
    lock::save(raw.as_ref(), &made.lock).unwrap();
    sealed.open(made.key.clone());
    assert_eq!(sealed.seal_plain_files().unwrap(), 2);
    for file in [m.key_in_store(), sam.key_in_store()] {
        assert!(keys::is_sealed(&raw.read(&file).unwrap()), "{file}");
    }
    assert_eq!(sealed.seal_plain_files().unwrap(), 0, "once");
    assert_eq!(load_all(&sealed).measurements, vec![m]);
    assert_eq!(youth::load_all(&sealed).0, vec![sam]);
}

#[test]
fn a_damaged_encrypted_file_is_set_aside_and_an_oversized_one_refused() {
    let (raw, sealed, key, _) = folder();
    let m = private_round();
    save(&sealed, &m).unwrap();
    let whole = text_of(&raw, &m.key_in_store());
    // Cut off halfway, as a disk without journal might leave it.
    let cut = &whole[..whole.len() / 2];
    raw.insert(&m.key_in_store(), cut.as_bytes());
    let big = format!("{whole}{}", "A".repeat(3 << 20));
    raw.insert(
        "measurements/r-20261129-110000-ab-youth.ron",
        big.as_bytes(),
    );
    sealed.open(key);
    let loaded = load_all(&sealed);
    assert!(loaded.measurements.is_empty());
    assert_eq!(loaded.problems.len(), 2, "{:?}", loaded.problems);
    assert!(loaded.problems.iter().all(|p| p.contains("kept aside")));
    assert!(loaded.problems.iter().any(|p| p.contains("2 MiB")));
    let aside: Vec<String> = raw
        .keys()
        .into_iter()
        .filter(|k| k.contains(".damaged-"))
        .collect();
    assert_eq!(aside.len(), 2);
    assert_eq!(
        text_of(&raw, &aside[0]).len() + text_of(&raw, &aside[1]).len(),
        cut.len() + big.len()
    );
}
