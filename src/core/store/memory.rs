//! A store in memory, for tests: the same keys and whole-file writes as a folder, and it can be
//! told to fail every write (a full disk).

use std::collections::BTreeMap;
use std::sync::Mutex;

use super::{Store, StoreError, StoreProblem, check_key};

/// A store in memory, for tests; it can be told to fail every write to simulate a full disk.
#[derive(Debug, Default)]
pub struct MemoryStore {
    files: Mutex<BTreeMap<String, Vec<u8>>>,
    fail_writes: Mutex<Option<StoreProblem>>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// From now on every write fails with `problem` (None: writes work again).
    pub fn fail_writes(&self, problem: Option<StoreProblem>) {
        *self.fail_writes.lock().unwrap() = problem;
    }

    pub fn insert(&self, key: &str, bytes: &[u8]) {
        self.files
            .lock()
            .unwrap()
            .insert(key.to_string(), bytes.to_vec());
    }

    pub fn keys(&self) -> Vec<String> {
        self.files.lock().unwrap().keys().cloned().collect()
    }
}

impl Store for MemoryStore {
    fn place(&self, key: &str) -> String {
        format!("memory:{key}")
    }

    fn list(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let start = format!("{prefix}/");
        Ok(self
            .files
            .lock()
            .unwrap()
            .keys()
            .filter(|k| k.starts_with(&start) && !k[start.len()..].contains('/'))
            .cloned()
            .collect())
    }

    fn read(&self, key: &str) -> Result<Vec<u8>, StoreError> {
        self.files
            .lock()
            .unwrap()
            .get(key)
            .cloned()
            .ok_or(StoreError {
                doing: "read",
                place: self.place(key),
                problem: StoreProblem::NotFound,
            })
    }

    fn write(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        check_key(key).map_err(|problem| StoreError {
            doing: "save",
            place: "memory".into(),
            problem,
        })?;
        if let Some(problem) = self.fail_writes.lock().unwrap().clone() {
            return Err(StoreError {
                doing: "save",
                place: self.place(key),
                problem,
            });
        }
        self.insert(key, bytes);
        Ok(())
    }

    fn set_aside(&self, key: &str, suffix: &str) -> Result<String, StoreError> {
        let mut files = self.files.lock().unwrap();
        let bytes = files.remove(key).ok_or(StoreError {
            doing: "set aside",
            place: self.place(key),
            problem: StoreProblem::NotFound,
        })?;
        let to = format!("{key}{suffix}");
        files.insert(to.clone(), bytes);
        Ok(self.place(&to))
    }

    fn rename(&self, from: &str, to: &str) -> Result<(), StoreError> {
        let failing = self.fail_writes.lock().unwrap().clone();
        let mut files = self.files.lock().unwrap();
        let err = |problem| StoreError {
            doing: "move",
            place: self.place(from),
            problem,
        };
        check_key(to).map_err(err)?;
        if let Some(problem) = failing {
            return Err(err(problem));
        }
        let bytes = files.remove(from).ok_or(err(StoreProblem::NotFound))?;
        files.insert(to.to_string(), bytes);
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if let Some(problem) = self.fail_writes.lock().unwrap().clone() {
            return Err(StoreError {
                doing: "remove",
                place: self.place(key),
                problem,
            });
        }
        self.files.lock().unwrap().remove(key);
        Ok(())
    }
}
