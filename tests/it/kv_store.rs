//! The browser's store (local storage) without a browser: the key/value logic behind it,
//! over a map that can be told to be full.

use std::collections::BTreeMap;
use std::sync::Mutex;

use jas_cards::core::kv_store::{KeyValue, KeyValueStore};
use jas_cards::core::measurement::{FOLDER, load_all};
use jas_cards::core::store::{Store, StoreProblem};

#[derive(Default)]
struct Map {
    items: Mutex<BTreeMap<String, String>>,
    full: Mutex<bool>,
}

impl KeyValue for &Map {
    fn get(&self, key: &str) -> Result<Option<String>, StoreProblem> {
        Ok(self.items.lock().unwrap().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreProblem> {
        if *self.full.lock().unwrap() {
            return Err(StoreProblem::DiskFull);
        }
        self.items.lock().unwrap().insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StoreProblem> {
        self.items.lock().unwrap().remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreProblem> {
        // Browsers give keys in no particular order.
        Ok(self.items.lock().unwrap().keys().rev().cloned().collect())
    }
}

#[test]
fn keys_are_ours_listed_per_folder_and_sorted() {
    let map = Map::default();
    map.items
        .lock()
        .unwrap()
        .insert("other-app/measurements/x.ron".into(), "theirs".into());
    let store = KeyValueStore::new(&map, "jas-cards/");
    store.write("measurements/b.ron", b"B").unwrap();
    store.write("measurements/a.ron", b"A").unwrap();
    store.write("settings/lock.ron", b"L").unwrap();
    assert!(
        map.items
            .lock()
            .unwrap()
            .contains_key("jas-cards/measurements/a.ron")
    );
    assert_eq!(
        store.list("measurements").unwrap(),
        vec!["measurements/a.ron", "measurements/b.ron"]
    );
    assert_eq!(store.read("measurements/b.ron").unwrap(), b"B");
    // A save replaces the value whole.
    store.write("measurements/b.ron", b"B2").unwrap();
    assert_eq!(store.read("measurements/b.ron").unwrap(), b"B2");
}

#[test]
fn a_missing_key_and_a_full_storage_are_named_problems() {
    let map = Map::default();
    let store = KeyValueStore::new(&map, "jas-cards/");
    let e = store.read("measurements/none.ron").unwrap_err();
    assert_eq!(e.problem, StoreProblem::NotFound);
    store.write("measurements/a.ron", b"old").unwrap();
    *map.full.lock().unwrap() = true;
    let e = store.write("measurements/a.ron", b"new").unwrap_err();
    assert_eq!(
        e.to_string(),
        "could not save local storage jas-cards/measurements/a.ron: the disk is full"
    );
    // Nothing lost: the old value is still there.
    assert_eq!(store.read("measurements/a.ron").unwrap(), b"old");
}

#[test]
fn a_damaged_measurement_is_set_aside_and_kept() {
    let map = Map::default();
    let store = KeyValueStore::new(&map, "jas-cards/");
    let key = format!("{FOLDER}/broken.ron");
    store.write(&key, b"Measurement(format: 1, ").unwrap();
    let loaded = load_all(&store);
    assert!(loaded.measurements.is_empty());
    assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
    assert!(
        loaded.problems[0].contains("local storage jas-cards/measurements/broken.ron: damaged")
    );
    let keys: Vec<String> = map.items.lock().unwrap().keys().cloned().collect();
    assert_eq!(keys.len(), 1);
    assert!(keys[0].starts_with("jas-cards/measurements/broken.ron.damaged-"));
    assert_eq!(
        map.items.lock().unwrap()[&keys[0]],
        "Measurement(format: 1, "
    );
}

#[test]
fn damaged_copies_are_kept_up_to_a_cap_the_oldest_going_first() {
    use jas_cards::core::kv_store::KEEP_SET_ASIDE;
    let map = Map::default();
    let store = KeyValueStore::new(&map, "jas/");
    for i in 0..KEEP_SET_ASIDE + 3 {
        let key = format!("{FOLDER}/x{i}.ron");
        store.write(&key, b"broken").unwrap();
        let place = store
            .set_aside(&key, &format!(".damaged-2026112910{i:04}"))
            .unwrap();
        assert_eq!(
            place.contains("older damaged copy removed"),
            i >= KEEP_SET_ASIDE,
            "{i}: {place}"
        );
    }
    let aside: Vec<String> = map
        .items
        .lock()
        .unwrap()
        .keys()
        .filter(|k| k.contains(".damaged-"))
        .cloned()
        .collect();
    assert_eq!(aside.len(), KEEP_SET_ASIDE);
    assert!(
        !aside.iter().any(|k| k.contains("x0.ron")),
        "the oldest went first"
    );
    assert!(
        aside
            .iter()
            .any(|k| k.contains(&format!("x{}.ron", KEEP_SET_ASIDE + 2)))
    );
    // Other pages' data on the same storage is never touched.
    map.items
        .lock()
        .unwrap()
        .insert("other/x.damaged-1".into(), "theirs".into());
    let key = format!("{FOLDER}/y.ron");
    store.write(&key, b"broken").unwrap();
    store.set_aside(&key, ".damaged-20261129235959").unwrap();
    assert!(map.items.lock().unwrap().contains_key("other/x.damaged-1"));
}

#[test]
fn the_mentor_is_warned_when_four_fifths_of_the_storage_are_used() {
    use jas_cards::core::kv_store::{STORAGE_CHARS, storage_warning};
    let map = Map::default();
    let store = KeyValueStore::new(&map, "jas/");
    store
        .write("measurements/a.ron", "x".repeat(1000).as_bytes())
        .unwrap();
    map.items
        .lock()
        .unwrap()
        .insert("other".into(), "y".repeat(5000));
    assert_eq!(
        store.usage().unwrap(),
        "jas/measurements/a.ron".len() + 1000,
        "ours only"
    );
    assert_eq!(storage_warning(STORAGE_CHARS * 4 / 5 - 1), None);
    let w = storage_warning(STORAGE_CHARS * 4 / 5).unwrap();
    assert!(w.contains("80% full"), "{w}");
    assert!(
        storage_warning(STORAGE_CHARS)
            .unwrap()
            .contains("100% full")
    );
}
