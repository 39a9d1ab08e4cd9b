//! Any bytes as an encrypted measurement file, read with the folder's key: the loader answers
//! with a measurement, "damaged", "another key" or "newer", never a panic, and nothing is lost:
//! the bytes stay whole, at their name or set aside.
#![no_main]

use std::sync::Arc;

use jas_cards::core::keys::FolderKey;
use jas_cards::core::measurement::load_all;
use jas_cards::core::sealed::SealedStore;
use jas_cards::core::store::{MemoryStore, Store};
use libfuzzer_sys::fuzz_target;

/// The key the seeds in `corpus/sealed` are encrypted to.
const SEED_KEY: [u8; 32] = [7; 32];

fuzz_target!(|data: &[u8]| {
    let raw = Arc::new(MemoryStore::new());
    raw.insert("measurements/r-20261129-100000-ab-youth.ron", data);
    let store = SealedStore::new(raw.clone(), None);
    store.open(FolderKey::from_secret_bytes(SEED_KEY));
    let _ = load_all(&store);
    let kept: Vec<Vec<u8>> = raw.keys().iter().map(|k| raw.read(k).unwrap()).collect();
    assert_eq!(kept, vec![data.to_vec()]);
});
