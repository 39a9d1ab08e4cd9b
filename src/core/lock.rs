//! The mentor area lock: a PIN of at least six digits, and a wait that doubles after five
//! wrong PINs in a row, kept in the lock file so that a restart does not reset it.
//!
//! The lock also keeps the data folder's keys (`core::keys`): its public key, which every save
//! is encrypted to, and its secret key wrapped for the PIN and for the recovery code. A right
//! PIN is one that unwraps the secret key; nothing else about the PIN is stored. A lost or
//! damaged lock file takes the secret key with it: a new PIN makes new keys, which cannot read
//! what was stored before.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use super::keys::{ARGON2, CHEAP, Cost};
use super::keys::{FolderKey, Keys, argon2id, new_recovery_code};
use super::store::{Store, StoreError};

/// Where the lock is kept in the store.
pub const KEY: &str = "settings/mentor-lock.ron";

/// The shortest and the longest PIN, in digits.
pub const PIN_LENGTH: std::ops::RangeInclusive<usize> = 6..=32;

/// Wrong PINs in a row that are free; after them each one costs a wait.
pub const FREE_TRIES: u32 = 5;

/// The wait after the first wrong PIN past the free ones; each next one doubles it.
pub const FIRST_WAIT: Duration = Duration::from_secs(30);

/// The longest wait (one day), however many wrong PINs.
pub const LONGEST_WAIT: Duration = Duration::from_secs(24 * 60 * 60);

/// How a lock from before the folder had keys checked its PIN.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kdf {
    /// Argon2id at the lock's `cost`, compared with `hash`.
    Argon2id,
    /// Before 2026-11-29: SHA-256 stretched 20,000 times.
    Sha256Stretched,
}

/// Lock files from before the choice of function say nothing of it.
fn first_kdf() -> Kdf {
    Kdf::Sha256Stretched
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lock {
    /// The PIN's Argon2id salt: random, hex.
    pub salt: String,
    /// Only in locks from before the folder had keys: the PIN's hash (hex), checked once and
    /// then replaced by keys.
    #[serde(default)]
    pub hash: String,
    #[serde(default = "first_kdf")]
    pub kdf: Kdf,
    #[serde(default)]
    pub cost: Option<Cost>,
    /// Wrong PINs (or recovery codes) in a row since the last right one.
    #[serde(default)]
    pub wrong: u32,
    /// When the last wrong one was entered (seconds since 1970, UTC).
    #[serde(default)]
    pub last_wrong: u64,
    /// The folder's keys. `None` only in a lock from before 2026-11-29.
    #[serde(default)]
    pub keys: Option<Keys>,
}

/// What a right PIN opens.
#[derive(Clone, Debug)]
pub enum Opened {
    /// The folder's secret key.
    Key(FolderKey),
    /// The PIN of a lock from before the folder had keys: set them up now ([`set_up`]).
    NoKeysYet,
}

/// A new lock with keys: what the mentor's set-up makes.
#[derive(Debug)]
pub struct SetUp {
    pub lock: Lock,
    pub key: FolderKey,
    /// Shown once, to write down; stored nowhere.
    pub recovery_code: String,
}

/// Makes the folder's keys for `pin` at `cost`, with a new recovery code.
pub fn set_up(pin: &str, cost: Cost) -> SetUp {
    let salt = format!("{:032x}", rand::random::<u128>());
    let key = FolderKey::generate();
    let recovery_code = new_recovery_code();
    let keys = Keys::wrap(&key, pin, &salt, &recovery_code, cost);
    SetUp {
        lock: Lock {
            salt,
            hash: String::new(),
            kdf: Kdf::Argon2id,
            cost: Some(cost),
            wrong: 0,
            last_wrong: 0,
            keys: Some(keys),
        },
        key,
        recovery_code,
    }
}

/// Why a PIN is refused when it is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinError {
    TooShort,
    TooLong,
    /// Digits only: a tablet's number pad, and the same PIN on every keyboard.
    NotDigits,
}

/// Why a PIN is refused when it is set.
pub fn check_new_pin(pin: &str) -> Result<(), PinError> {
    let n = pin.chars().count();
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        Err(PinError::NotDigits)
    } else if n < *PIN_LENGTH.start() {
        Err(PinError::TooShort)
    } else if n > *PIN_LENGTH.end() {
        Err(PinError::TooLong)
    } else {
        Ok(())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The first version's stretch, to open a lock it made (once).
fn sha256_stretched(salt: &str, pin: &str) -> String {
    let mut digest = Sha256::digest(format!("{salt}:{pin}").as_bytes());
    for _ in 1..20_000 {
        let mut h = Sha256::new();
        h.update(salt.as_bytes());
        h.update(digest);
        digest = h.finalize();
    }
    hex(&digest)
}

/// Whether two hex strings are equal, in a time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

impl Lock {
    /// A lock of the kind made before the folder had keys (a PIN hash only), at `cost`: to
    /// test the way such a folder is brought up to date.
    pub fn without_keys(pin: &str, salt: u128, cost: Cost) -> Lock {
        let salt = format!("{salt:032x}");
        Lock {
            hash: hex(&argon2id(pin, &salt, cost)),
            salt,
            kdf: Kdf::Argon2id,
            cost: Some(cost),
            wrong: 0,
            last_wrong: 0,
            keys: None,
        }
    }

    /// What `pin` opens, if it is the right one (whatever the wait; see [`Lock::wait`]).
    pub fn opens_with(&self, pin: &str) -> Option<Opened> {
        if let Some(keys) = &self.keys {
            return keys.open_with_pin(pin, &self.salt).map(Opened::Key);
        }
        let made = match (self.kdf, self.cost) {
            (Kdf::Argon2id, Some(cost)) => hex(&argon2id(pin, &self.salt, cost)),
            (Kdf::Argon2id, None) => return None,
            (Kdf::Sha256Stretched, _) => sha256_stretched(&self.salt, pin),
        };
        same(&made, &self.hash).then_some(Opened::NoKeysYet)
    }

    /// How long to wait, at `now` (seconds since 1970), before another PIN may be tried.
    pub fn wait(&self, now: u64) -> Duration {
        if self.wrong < FREE_TRIES {
            return Duration::ZERO;
        }
        let doublings = (self.wrong - FREE_TRIES).min(16);
        let wait = (FIRST_WAIT * 2u32.pow(doublings)).min(LONGEST_WAIT);
        let since = Duration::from_secs(now.saturating_sub(self.last_wrong));
        wait.saturating_sub(since)
    }

    /// Counts a try at `now`: right or wrong.
    fn count<T>(&mut self, opened: Option<T>, now: u64) -> Option<T> {
        if opened.is_some() {
            self.wrong = 0;
            self.last_wrong = 0;
        } else {
            self.wrong += 1;
            self.last_wrong = now;
        }
        opened
    }

    /// Tries `pin` at `now`: `Ok(Some(_))` opens, `Ok(None)` was wrong (counted), `Err(wait)`
    /// says how long before a PIN may be tried (nothing is checked then). Saving the lock is
    /// the caller's next step: the count must outlive a restart.
    pub fn try_pin(&mut self, pin: &str, now: u64) -> Result<Option<Opened>, Duration> {
        let wait = self.wait(now);
        if !wait.is_zero() {
            return Err(wait);
        }
        let opened = self.opens_with(pin);
        Ok(self.count(opened, now))
    }

    /// Tries a recovery code at `now`, counted like a PIN: the folder's key if it is right.
    pub fn try_recovery(&mut self, code: &str, now: u64) -> Result<Option<FolderKey>, Duration> {
        let wait = self.wait(now);
        if !wait.is_zero() {
            return Err(wait);
        }
        let opened = self.keys.as_ref().and_then(|k| k.open_with_recovery(code));
        Ok(self.count(opened, now))
    }

    /// The same lock with a new recovery code (the old one no longer opens it), if `pin` is
    /// the right PIN: it is needed to wrap the folder's key anew. Returns the code to show.
    pub fn with_new_recovery_code(&self, pin: &str) -> Option<(Lock, String)> {
        let Some(Opened::Key(key)) = self.opens_with(pin) else {
            return None;
        };
        let cost = self.keys.as_ref()?.cost;
        let code = new_recovery_code();
        let keys = Keys::wrap(&key, pin, &self.salt, &code, cost);
        let lock = Lock {
            keys: Some(keys),
            ..self.clone()
        };
        Some((lock, code))
    }

    /// The same lock for a new PIN, after the recovery code opened `key`: the recovery code
    /// stays, the old PIN no longer opens.
    pub fn with_new_pin(&self, key: &FolderKey, pin: &str) -> Option<Lock> {
        let salt = format!("{:032x}", rand::random::<u128>());
        let keys = self.keys.as_ref()?.with_new_pin(key, pin, &salt)?;
        Some(Lock {
            salt,
            wrong: 0,
            last_wrong: 0,
            keys: Some(keys),
            ..self.clone()
        })
    }
}

/// Seconds since 1970 now (UTC), for [`Lock::try_pin`].
pub fn now_seconds() -> u64 {
    time::OffsetDateTime::now_utc().unix_timestamp().max(0) as u64
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

/// Why a command that reads stored data (`export`, `check-data`) is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommandRefused {
    /// No PIN was given (`JAS_PIN`).
    NoPin,
    /// The folder has no lock: no mentor has set a PIN for it yet.
    NoLock,
    /// The lock file cannot be read.
    Damaged(String),
    /// The PIN is wrong (counted like one typed in the app).
    Wrong,
    /// Too many wrong PINs: this long before the next try.
    Wait(Duration),
    /// A wrong try could not be counted (the folder cannot be written).
    CannotCount(String),
}

/// Lets a command read the folder's data only with the mentor's PIN, at `now`: the folder's
/// key (`None` for a folder from before keys, whose files are still plain). A wrong PIN
/// counts towards the same doubling wait as in the app, so a script cannot guess faster than
/// a hand on the screen; the lock is written back only when the count changed.
pub fn open_for_command(
    store: &dyn Store,
    pin: Option<&str>,
    now: u64,
) -> Result<Option<FolderKey>, CommandRefused> {
    let pin = pin.ok_or(CommandRefused::NoPin)?;
    let mut lock = load(store)
        .map_err(CommandRefused::Damaged)?
        .ok_or(CommandRefused::NoLock)?;
    let before = lock.clone();
    let opened = lock.try_pin(pin, now).map_err(CommandRefused::Wait)?;
    if lock != before {
        save(store, &lock).map_err(|e| CommandRefused::CannotCount(e.to_string()))?;
    }
    match opened {
        Some(Opened::Key(key)) => Ok(Some(key)),
        Some(Opened::NoKeysYet) => Ok(None),
        None => Err(CommandRefused::Wrong),
    }
}
