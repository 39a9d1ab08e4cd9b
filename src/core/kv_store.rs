//! A [`Store`] over a flat text key/value storage, such as the browser's local storage: each
//! key is `<prefix><key>`, so other data on the same storage is left alone. Writing one key
//! replaces its value whole, so a save is atomic like the file store's rename. The storage
//! itself is a small trait, so this logic is tested here without a browser.

use crate::core::store::{Store, StoreError, StoreProblem, check_key};

/// The few calls a text key/value storage offers.
pub trait KeyValue: Send + Sync {
    fn get(&self, key: &str) -> Result<Option<String>, StoreProblem>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreProblem>;
    fn remove(&self, key: &str) -> Result<(), StoreProblem>;
    fn keys(&self) -> Result<Vec<String>, StoreProblem>;
}

/// Copies set aside as damaged that a key/value storage keeps: a browser's local storage holds
/// about five million characters in all, and damaged copies must not crowd out the saves.
/// Past this, the oldest copy goes when a new one is set aside.
pub const KEEP_SET_ASIDE: usize = 10;

/// A browser's local storage holds about this many characters per site.
pub const STORAGE_CHARS: usize = 5_000_000;

/// A warning for the mentor once `used` characters fill four fifths of the storage.
pub fn storage_warning(used: usize) -> Option<String> {
    (used * 5 >= STORAGE_CHARS * 4).then(|| {
        format!(
            "the browser's storage for JAS-kaarten is {}% full: export (CSV) and move older \
             rounds off this tablet before it is full",
            used * 100 / STORAGE_CHARS
        )
    })
}

pub struct KeyValueStore<K: KeyValue> {
    storage: K,
    prefix: String,
}

impl<K: KeyValue> KeyValueStore<K> {
    pub fn new(storage: K, prefix: &str) -> Self {
        KeyValueStore {
            storage,
            prefix: prefix.to_string(),
        }
    }

    fn err(&self, doing: &'static str, key: &str, problem: StoreProblem) -> StoreError {
        StoreError {
            doing,
            place: self.place(key),
            problem,
        }
    }

    fn full(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    /// The characters our keys and values take up in the storage.
    pub fn usage(&self) -> Result<usize, StoreProblem> {
        let mut used = 0;
        for key in self.storage.keys()? {
            if key.starts_with(&self.prefix) {
                let value = self.storage.get(&key)?.unwrap_or_default();
                used += key.chars().count() + value.chars().count();
            }
        }
        Ok(used)
    }

    /// Keeps the newest [`KEEP_SET_ASIDE`] damaged copies; says how many older ones went.
    fn drop_oldest_set_aside(&self) -> Result<usize, StoreProblem> {
        let mut aside: Vec<(String, String)> = self
            .storage
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(&self.prefix))
            .filter_map(|k| {
                let stamp = k.rsplit_once(".damaged-")?.1.to_string();
                Some((stamp, k))
            })
            .collect();
        // The suffix is the UTC time it was set aside: oldest first.
        aside.sort();
        let extra = aside.len().saturating_sub(KEEP_SET_ASIDE);
        for (_, key) in aside.iter().take(extra) {
            self.storage.remove(key)?;
        }
        Ok(extra)
    }
}

impl<K: KeyValue> Store for KeyValueStore<K> {
    fn place(&self, key: &str) -> String {
        format!("local storage {}", self.full(key))
    }

    fn list(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let folder = self.full(&format!("{prefix}/"));
        let mut keys: Vec<String> = self
            .storage
            .keys()
            .map_err(|p| self.err("list", prefix, p))?
            .into_iter()
            .filter(|k| k.starts_with(&folder))
            .map(|k| k[self.prefix.len()..].to_string())
            .collect();
        keys.sort();
        Ok(keys)
    }

    fn read(&self, key: &str) -> Result<Vec<u8>, StoreError> {
        check_key(key).map_err(|p| self.err("read", key, p))?;
        match self.storage.get(&self.full(key)) {
            Ok(Some(v)) => Ok(v.into_bytes()),
            Ok(None) => Err(self.err("read", key, StoreProblem::NotFound)),
            Err(p) => Err(self.err("read", key, p)),
        }
    }

    fn write(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        check_key(key).map_err(|p| self.err("save", key, p))?;
        // The storage holds text; everything we save is UTF-8 (RON).
        let text = std::str::from_utf8(bytes)
            .map_err(|e| self.err("save", key, StoreProblem::Other(e.to_string())))?;
        self.storage
            .set(&self.full(key), text)
            .map_err(|p| self.err("save", key, p))
    }

    fn set_aside(&self, key: &str, suffix: &str) -> Result<String, StoreError> {
        let to = format!("{key}{suffix}");
        check_key(&to).map_err(|p| self.err("set aside", key, p))?;
        let value = self
            .storage
            .get(&self.full(key))
            .map_err(|p| self.err("set aside", key, p))?
            .ok_or_else(|| self.err("set aside", key, StoreProblem::NotFound))?;
        // Copy first, then remove: a failure in between leaves two copies, never none.
        self.storage
            .set(&self.full(&to), &value)
            .map_err(|p| self.err("set aside", key, p))?;
        self.storage
            .remove(&self.full(key))
            .map_err(|p| self.err("set aside", key, p))?;
        let dropped = self
            .drop_oldest_set_aside()
            .map_err(|p| self.err("set aside", key, p))?;
        let place = self.place(&to);
        Ok(match dropped {
            0 => place,
            n => format!("{place} ({n} older damaged copy removed to keep room)"),
        })
    }

    fn rename(&self, from: &str, to: &str) -> Result<(), StoreError> {
        check_key(from).map_err(|p| self.err("move", from, p))?;
        check_key(to).map_err(|p| self.err("move", to, p))?;
        let value = self
            .storage
            .get(&self.full(from))
            .map_err(|p| self.err("move", from, p))?
            .ok_or_else(|| self.err("move", from, StoreProblem::NotFound))?;
        // Copy first, then remove: a failure in between leaves two copies, never none (the
        // import that moves its staged files finishes the move when it runs again).
        self.storage
            .set(&self.full(to), &value)
            .map_err(|p| self.err("move", to, p))?;
        self.storage
            .remove(&self.full(from))
            .map_err(|p| self.err("move", from, p))
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        check_key(key).map_err(|p| self.err("remove", key, p))?;
        self.storage
            .remove(&self.full(key))
            .map_err(|p| self.err("remove", key, p))
    }
}
