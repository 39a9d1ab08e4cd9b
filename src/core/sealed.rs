//! A [`Store`] that keeps the youths' data encrypted: every file in `measurements/` and
//! `youths/` is written as an age file to the folder's public key (`core::keys`), and read
//! back only while the folder's secret key is in hand (the mentor area is open, or a command
//! was given the PIN). Settings (the lock, the organisation's texts) stay plain: they say
//! nothing about a youth, and the lock must be readable to be opened.
//!
//! Without a public key (no mentor has set a PIN yet) it refuses to save a youth's data at
//! all, so nothing is ever stored unencrypted. Plain files from before the folder had keys are
//! still read, and [`SealedStore::seal_plain_files`] encrypts them when the keys are made.

use std::sync::{Arc, RwLock};

use age::x25519::Recipient;

use super::keys::{self, FolderKey, OpenError};
use super::store::{Store, StoreError, StoreProblem};

/// The folders whose files are about a youth, and so encrypted (`transfer` holds an import's
/// files until they are put in place).
pub const SEALED_FOLDERS: [&str; 3] = ["measurements", "youths", "transfer"];

/// An encrypted file larger than this is not one of ours (a measurement is at most 1 MiB,
/// and the armor adds a third).
pub const MAX_SEALED_BYTES: usize = 2 << 20;

/// Whether `key` is in one of the [`SEALED_FOLDERS`].
pub fn is_sealed_key(key: &str) -> bool {
    SEALED_FOLDERS.iter().any(|f| {
        key.strip_prefix(f)
            .is_some_and(|rest| rest.starts_with('/'))
    })
}

#[derive(Default)]
struct Sealing {
    recipient: Option<Recipient>,
    key: Option<FolderKey>,
}

pub struct SealedStore {
    inner: Arc<dyn Store>,
    sealing: RwLock<Sealing>,
}

impl std::fmt::Debug for SealedStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "SealedStore(can save: {}, open: {})",
            self.can_save(),
            self.is_open()
        )
    }
}

impl SealedStore {
    /// Over `inner`, saving to `recipient` (the lock's public key, if there is a lock with
    /// keys), locked.
    pub fn new(inner: Arc<dyn Store>, recipient: Option<Recipient>) -> SealedStore {
        SealedStore {
            inner,
            sealing: RwLock::new(Sealing {
                recipient,
                key: None,
            }),
        }
    }

    /// Over `inner`, saving to the public key its lock names (if any), locked.
    pub fn for_store(inner: Arc<dyn Store>) -> SealedStore {
        let recipient = super::lock::load(inner.as_ref())
            .ok()
            .flatten()
            .and_then(|l| l.keys)
            .and_then(|k| k.public());
        SealedStore::new(inner, recipient)
    }

    fn sealing(&self) -> std::sync::RwLockReadGuard<'_, Sealing> {
        self.sealing.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Holds the folder's secret key (and saves to its public key) until [`Self::close`].
    pub fn open(&self, key: FolderKey) {
        let mut s = self.sealing.write().unwrap_or_else(|e| e.into_inner());
        s.recipient = Some(key.recipient());
        s.key = Some(key);
    }

    /// Forgets the secret key: stored files can be saved but no longer read.
    pub fn close(&self) {
        self.sealing.write().unwrap_or_else(|e| e.into_inner()).key = None;
    }

    /// Whether stored files can be read.
    pub fn is_open(&self) -> bool {
        self.sealing().key.is_some()
    }

    /// Whether a youth's data can be saved: the folder has keys.
    pub fn can_save(&self) -> bool {
        self.sealing().recipient.is_some()
    }

    /// The store below, as it holds the bytes.
    pub fn inner(&self) -> &dyn Store {
        self.inner.as_ref()
    }

    /// How many files in the sealed folders are encrypted (whatever their key): a new PIN set
    /// on a folder that has some cannot read them, and the mentor is told so first.
    pub fn count_sealed(&self) -> usize {
        self.sealed_keys()
            .iter()
            .filter(|k| self.inner.read(k).is_ok_and(|b| keys::is_sealed(&b)))
            .count()
    }

    fn sealed_keys(&self) -> Vec<String> {
        SEALED_FOLDERS
            .iter()
            .flat_map(|f| self.inner.list(f).unwrap_or_default())
            .collect()
    }

    /// Encrypts every plain file in the sealed folders in place (atomically, one by one), when
    /// the folder gets its keys; returns how many. A file that cannot be rewritten stays as it
    /// was and is reported; nothing is removed.
    pub fn seal_plain_files(&self) -> Result<usize, StoreError> {
        let mut sealed = 0;
        for key in self.sealed_keys() {
            let bytes = self.inner.read(&key)?;
            if !keys::is_sealed(&bytes) {
                self.write(&key, &bytes)?;
                sealed += 1;
            }
        }
        Ok(sealed)
    }

    /// `bytes` encrypted to the folder's public key, for `key`.
    fn sealed(&self, key: &str, bytes: &[u8]) -> Result<Vec<u8>, StoreError> {
        match self.sealing().recipient.as_ref() {
            Some(recipient) => Ok(keys::seal(recipient, bytes)),
            None => Err(self.refused("save", key, StoreProblem::NoKeys)),
        }
    }

    /// A file moves only between folders kept the same way (both sealed, or both plain).
    fn same_kind(&self, from: &str, to: &str) -> Result<(), StoreError> {
        if is_sealed_key(from) == is_sealed_key(to) {
            Ok(())
        } else {
            Err(self.refused(
                "move",
                from,
                StoreProblem::Other(format!("{to} is not kept the same way")),
            ))
        }
    }

    fn refused(&self, doing: &'static str, key: &str, problem: StoreProblem) -> StoreError {
        StoreError {
            doing,
            place: self.inner.place(key),
            problem,
        }
    }
}

impl Store for SealedStore {
    fn place(&self, key: &str) -> String {
        self.inner.place(key)
    }

    fn list(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.inner.list(prefix)
    }

    fn read(&self, key: &str) -> Result<Vec<u8>, StoreError> {
        let bytes = self.inner.read(key)?;
        if !is_sealed_key(key) || !keys::is_sealed(&bytes) {
            return Ok(bytes);
        }
        // An import's commit file names every file of the import: larger than a measurement.
        let most = if key == super::bundle::COMMIT {
            MAX_SEALED_BYTES * 32
        } else {
            MAX_SEALED_BYTES
        };
        if bytes.len() > most {
            return Err(self.refused(
                "read",
                key,
                StoreProblem::Damaged(format!(
                    "{} bytes, more than a stored file can be (2 MiB)",
                    bytes.len()
                )),
            ));
        }
        let sealing = self.sealing();
        let Some(folder_key) = sealing.key.as_ref() else {
            return Err(self.refused("read", key, StoreProblem::Locked));
        };
        keys::open(folder_key, &bytes).map_err(|e| {
            let problem = match e {
                OpenError::OtherKey => StoreProblem::OtherKey,
                OpenError::Damaged(why) => StoreProblem::Damaged(why),
            };
            self.refused("read", key, problem)
        })
    }

    fn write(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        if !is_sealed_key(key) {
            return self.inner.write(key, bytes);
        }
        self.inner.write(key, &self.sealed(key, bytes)?)
    }

    fn write_staged(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        if !is_sealed_key(key) {
            return self.inner.write_staged(key, bytes);
        }
        self.inner.write_staged(key, &self.sealed(key, bytes)?)
    }

    fn rename_unsynced(&self, from: &str, to: &str) -> Result<(), StoreError> {
        self.same_kind(from, to)?;
        self.inner.rename_unsynced(from, to)
    }

    fn sync(&self, prefix: &str) -> Result<(), StoreError> {
        self.inner.sync(prefix)
    }

    fn set_aside(&self, key: &str, suffix: &str) -> Result<String, StoreError> {
        self.inner.set_aside(key, suffix)
    }

    /// Bytes move as they are: a file sealed in one of the sealed folders stays sealed (and
    /// readable with the same key) in another; a move between sealed and plain is refused.
    fn rename(&self, from: &str, to: &str) -> Result<(), StoreError> {
        self.same_kind(from, to)?;
        self.inner.rename(from, to)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)
    }
}
