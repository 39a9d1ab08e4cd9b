//! The mentor area lock: a PIN the mentor sets, stored only as a salted, stretched hash.
//!
//! It keeps a youth holding the tablet out of other youths' results and out of the mentor's
//! sort. It is not encryption: the files themselves are protected by the device's user
//! account (0700/0600), and a four-digit PIN would not withstand an attacker with the files.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::store::{Store, StoreError};

/// Where the lock is kept in the store.
pub const KEY: &str = "settings/mentor-lock.ron";

/// Rounds of hashing: slows down guessing on the device, costs a few milliseconds.
const ROUNDS: u32 = 20_000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lock {
    pub salt: String,
    pub hash: String,
}

/// The shortest and the longest PIN, in characters.
pub const PIN_LENGTH: std::ops::RangeInclusive<usize> = 4..=12;

/// Why a PIN is refused when it is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinError {
    TooShort,
    TooLong,
}

/// Why a PIN is refused when it is set.
pub fn check_new_pin(pin: &str) -> Result<(), PinError> {
    let n = pin.chars().count();
    if n < *PIN_LENGTH.start() {
        Err(PinError::TooShort)
    } else if n > *PIN_LENGTH.end() {
        Err(PinError::TooLong)
    } else {
        Ok(())
    }
}

fn stretch(salt: &str, pin: &str) -> String {
    let mut digest = Sha256::digest(format!("{salt}:{pin}").as_bytes());
    for _ in 1..ROUNDS {
        let mut h = Sha256::new();
        h.update(salt.as_bytes());
        h.update(digest);
        digest = h.finalize();
    }
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl Lock {
    /// A lock for `pin` with a fresh salt.
    pub fn new(pin: &str, salt: u128) -> Lock {
        let salt = format!("{salt:032x}");
        Lock {
            hash: stretch(&salt, pin),
            salt,
        }
    }

    pub fn opens_with(&self, pin: &str) -> bool {
        stretch(&self.salt, pin) == self.hash
    }
}

/// The stored lock: `Ok(None)` when no PIN was set yet. A damaged lock file counts as
/// present but unopenable (`Err`), so that damage never silently removes the lock.
pub fn load(store: &dyn Store) -> Result<Option<Lock>, String> {
    match store.read(KEY) {
        Err(e) if e.problem == super::store::StoreProblem::NotFound => Ok(None),
        Err(e) => Err(e.to_string()),
        Ok(bytes) => std::str::from_utf8(&bytes)
            .ok()
            .and_then(|t| ron::from_str(t).ok())
            .map(Some)
            .ok_or_else(|| format!("{}: damaged", store.place(KEY))),
    }
}

pub fn save(store: &dyn Store, lock: &Lock) -> Result<(), StoreError> {
    let text = ron::ser::to_string_pretty(lock, ron::ser::PrettyConfig::default())
        .expect("a lock always serialises");
    store.write(KEY, text.as_bytes())
}
