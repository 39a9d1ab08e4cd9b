//! The mentor's set-up on the tablet, headless: a fresh install begins with it (a PIN, then a
//! recovery code shown once), a folder of before is encrypted when its PIN opens it, a
//! forgotten PIN is reset with the recovery code, and a damaged lock is replaced without
//! touching what was stored.

use std::sync::Arc;

use bevy::math::Vec2;
use jas_cards::app::Screen;
use jas_cards::core::keys;
use jas_cards::core::lock::{self, CHEAP, Lock};
use jas_cards::core::measurement::{Moment, load_all, save};
use jas_cards::core::round::{alone, begin};
use jas_cards::core::sealed::SealedStore;
use jas_cards::core::store::{MemoryStore, Store};

use crate::table::{Table, opened};

const PIN: &str = "246813";

/// Types `text` into the field under the label `label`.
fn fill(t: &mut Table, label: &str, text: &str) {
    let at = t.drawn(label) + Vec2::new(0.0, 50.0);
    t.click(at);
    t.type_text(text);
}

/// The recovery code on screen (six groups of four).
fn shown_code(t: &mut Table) -> String {
    t.texts()
        .into_iter()
        .find(|s| s.len() == 29 && s.split('-').count() == 6)
        .unwrap_or_else(|| panic!("no recovery code in {:?}", t.texts()))
}

fn lotte_alone() -> jas_cards::core::measurement::Measurement {
    let decks = jas_cards::core::deck::DeckSet::builtin();
    begin(
        alone("Lotte"),
        Moment::Extra,
        decks.get("kort").unwrap(),
        2,
        2,
    )
}

#[test]
fn a_fresh_install_begins_with_the_mentors_set_up_and_a_recovery_code() {
    let store = Arc::new(MemoryStore::new());
    let mut t = Table::fresh(store.clone());
    t.assert_shows("Eerst zet de mentor de app klaar");
    assert!(!t.texts().iter().any(|s| s == "Beginnen"), "no round yet");
    t.click_text("Mentordeel");
    t.assert_shows("Kies een pincode");
    fill(&mut t, "Pincode", PIN);
    fill(&mut t, "Nog een keer", PIN);
    t.click_text("Pincode instellen");
    assert_eq!(t.screen(), Screen::RecoveryCode, "the code first");
    t.assert_shows("Schrijf deze code op papier");
    let code = shown_code(&mut t);
    let l = lock::load(store.as_ref()).unwrap().unwrap();
    assert!(l.keys.as_ref().unwrap().open_with_recovery(&code).is_some());
    assert!(
        !String::from_utf8(store.read(lock::KEY).unwrap())
            .unwrap()
            .contains(&code)
    );
    t.click_text("Ik heb de code opgeschreven");
    assert_eq!(t.screen(), Screen::MentorHome);
    // Shown once: it is nowhere in the app any more.
    assert!(!t.texts().iter().any(|s| s.contains(&code)));
    t.go(Screen::Start);
    assert!(t.texts().iter().any(|s| s == "Beginnen"), "{:?}", t.texts());
}

#[test]
fn a_folder_of_before_is_encrypted_when_its_pin_first_opens_it() {
    let store = Arc::new(MemoryStore::new());
    lock::save(store.as_ref(), &Lock::without_keys(PIN, 7, CHEAP)).unwrap();
    let lotte = lotte_alone();
    save(store.as_ref(), &lotte).unwrap();
    let mut t = Table::open(store.clone(), true);
    t.click_text("Mentordeel");
    fill(&mut t, "Pincode", PIN);
    t.click_text("Openen");
    let code = shown_code(&mut t);
    assert!(keys::is_sealed(&store.read(&lotte.key_in_store()).unwrap()));
    t.click_text("Ik heb de code opgeschreven");
    t.assert_shows("Lotte");
    let l = lock::load(store.as_ref()).unwrap().unwrap();
    let key = l.keys.as_ref().unwrap().open_with_recovery(&code).unwrap();
    assert_eq!(load_all(&opened(&store, &key)).measurements, vec![lotte]);
}

#[test]
fn a_forgotten_pin_is_reset_with_the_recovery_code() {
    let store = Arc::new(MemoryStore::new());
    let made = lock::set_up(PIN, CHEAP);
    lock::save(store.as_ref(), &made.lock).unwrap();
    let lotte = lotte_alone();
    save(&opened(&store, &made.key), &lotte).unwrap();
    let mut t = Table::open(store.clone(), true);
    t.click_text("Mentordeel");
    t.click_text("Pincode vergeten?");
    fill(&mut t, "Herstelcode", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA");
    fill(&mut t, "Nieuwe pincode", "135790");
    fill(&mut t, "Nog een keer", "135790");
    t.click_text("Nieuwe pincode instellen");
    t.assert_shows("Die herstelcode klopt niet.");
    fill(&mut t, "Herstelcode", &made.recovery_code.to_lowercase());
    fill(&mut t, "Nieuwe pincode", "135790");
    fill(&mut t, "Nog een keer", "135790");
    t.click_text("Nieuwe pincode instellen");
    assert_eq!(t.screen(), Screen::MentorHome, "{:?}", t.texts());
    t.assert_shows("Lotte");
    let l = lock::load(store.as_ref()).unwrap().unwrap();
    assert!(l.opens_with(PIN).is_none());
    assert!(l.opens_with("135790").is_some());
    assert_eq!(l.wrong, 0);
}

#[test]
fn a_damaged_lock_is_replaced_and_what_was_stored_stays_as_it_is() {
    let store = Arc::new(MemoryStore::new());
    let old = lock::set_up(PIN, CHEAP);
    let lotte = lotte_alone();
    save(&opened(&store, &old.key), &lotte).unwrap();
    let before = store.read(&lotte.key_in_store()).unwrap();
    store.insert(lock::KEY, b"(salt: ");
    let mut t = Table::open(store.clone(), true);
    t.click_text("Mentordeel");
    t.assert_shows("Het slot van het mentordeel is beschadigd");
    t.click_text("Nieuwe pincode instellen");
    t.assert_shows("hier staan al versleutelde gegevens");
    fill(&mut t, "Pincode", "135790");
    fill(&mut t, "Nog een keer", "135790");
    t.click_text("Pincode instellen");
    shown_code(&mut t);
    t.click_text("Ik heb de code opgeschreven");
    assert_eq!(t.screen(), Screen::MentorHome);
    assert!(!t.texts().iter().any(|s| s.contains("Lotte")));
    assert_eq!(store.read(&lotte.key_in_store()).unwrap(), before);
    assert!(
        store
            .keys()
            .iter()
            .any(|k| k.starts_with("settings/mentor-lock.ron.damaged-"))
    );
    // The old key still reads it: a lock file restored from a backup opens it again.
    let back = SealedStore::new(store.clone(), None);
    back.open(old.key);
    assert_eq!(load_all(&back).measurements, vec![lotte]);
}

#[test]
fn a_new_recovery_code_replaces_the_old_one_with_the_pin_typed_again() {
    let store = Arc::new(MemoryStore::new());
    let made = lock::set_up(PIN, CHEAP);
    lock::save(store.as_ref(), &made.lock).unwrap();
    let mut t = Table::open(store.clone(), true);
    t.click_text("Mentordeel");
    fill(&mut t, "Pincode", PIN);
    t.click_text("Openen");
    assert_eq!(t.screen(), Screen::MentorHome);
    t.click_text("Nieuwe herstelcode");
    t.assert_shows("Je krijgt dan een nieuwe herstelcode");
    fill(&mut t, "Pincode", "000000");
    t.click_text("Nieuwe herstelcode");
    t.assert_shows("Die pincode klopt niet.");
    fill(&mut t, "Pincode", PIN);
    t.click_text("Nieuwe herstelcode");
    let code = shown_code(&mut t);
    assert_ne!(code, made.recovery_code);
    let l = lock::load(store.as_ref()).unwrap().unwrap();
    let keys = l.keys.as_ref().unwrap();
    assert!(keys.open_with_recovery(&code).is_some());
    assert!(
        keys.open_with_recovery(&made.recovery_code).is_none(),
        "the old code is void"
    );
    assert!(l.opens_with(PIN).is_some(), "the PIN still opens");
    t.click_text("Ik heb de code opgeschreven");
    assert_eq!(t.screen(), Screen::MentorHome);
}

#[test]
fn a_plain_file_in_a_folder_with_keys_is_encrypted_when_the_pin_opens_it() {
    let store = Arc::new(MemoryStore::new());
    lock::save(store.as_ref(), &lock::set_up(PIN, CHEAP).lock).unwrap();
    // Copied in by hand, or left by an older version.
    let lotte = lotte_alone();
    save(store.as_ref(), &lotte).unwrap();
    let mut t = Table::open(store.clone(), true);
    t.click_text("Mentordeel");
    fill(&mut t, "Pincode", PIN);
    t.click_text("Openen");
    assert_eq!(t.screen(), Screen::MentorHome);
    t.assert_shows("Lotte");
    assert!(keys::is_sealed(&store.read(&lotte.key_in_store()).unwrap()));
}
