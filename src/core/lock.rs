//! The mentor area lock: a PIN of at least six digits, stored only as an Argon2id hash with a
//! random salt, and a wait that doubles after five wrong PINs in a row, kept in the same file
//! so that a restart does not reset it.
//!
//! It keeps a youth holding the tablet out of other youths' results and out of the mentor's
//! sort. It is not encryption: the files themselves are protected by the device's user account
//! (0700/0600); the Argon2id cost is what makes guessing a PIN from a copied lock file slow.

use std::time::Duration;

use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

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

/// Argon2id's cost: 64 MiB of memory, 3 passes, 1 lane. About a quarter of a second on a
/// 2-core machine of ours (`tests/it/mentor.rs` prints the time), so a wrong PIN costs a
/// guesser as much as a right one costs the mentor.
pub const ARGON2: Cost = Cost {
    memory_kib: 64 * 1024,
    passes: 3,
    lanes: 1,
};

/// An Argon2id cost, stored with each hash so that a later version can change it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cost {
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
}

/// How the PIN's hash was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kdf {
    /// Argon2id at the lock's `cost`.
    Argon2id,
    /// Before 2026-11-29: SHA-256 stretched 20,000 times. Opened once, then replaced by an
    /// Argon2id hash of the same PIN.
    Sha256Stretched,
}

/// Lock files from before the choice of function say nothing of it.
fn first_kdf() -> Kdf {
    Kdf::Sha256Stretched
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lock {
    /// Random, hex.
    pub salt: String,
    /// 32 bytes, hex.
    pub hash: String,
    #[serde(default = "first_kdf")]
    pub kdf: Kdf,
    #[serde(default)]
    pub cost: Option<Cost>,
    /// Wrong PINs in a row since the last right one.
    #[serde(default)]
    pub wrong: u32,
    /// When the last wrong PIN was entered (seconds since 1970, UTC).
    #[serde(default)]
    pub last_wrong: u64,
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

/// Argon2id of `pin` with `salt` at `cost`, hex.
fn argon2id(pin: &str, salt: &str, cost: Cost) -> String {
    let params = Params::new(cost.memory_kib, cost.passes, cost.lanes, Some(32))
        .expect("the stored cost is within Argon2's limits");
    let mut out = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(pin.as_bytes(), salt.as_bytes(), &mut out)
        .expect("a 32-byte Argon2id output from a hex salt always works");
    hex(&out)
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
    /// A lock for `pin` with the random `salt`.
    pub fn new(pin: &str, salt: u128) -> Lock {
        Lock::with_cost(pin, salt, ARGON2)
    }

    /// A lock at another cost (the tests use a small one: a debug build is slow).
    pub fn with_cost(pin: &str, salt: u128, cost: Cost) -> Lock {
        let salt = format!("{salt:032x}");
        Lock {
            hash: argon2id(pin, &salt, cost),
            salt,
            kdf: Kdf::Argon2id,
            cost: Some(cost),
            wrong: 0,
            last_wrong: 0,
        }
    }

    /// Whether `pin` is the right one (whatever the wait; see [`Lock::wait`]).
    pub fn opens_with(&self, pin: &str) -> bool {
        let made = match (self.kdf, self.cost) {
            (Kdf::Argon2id, Some(cost)) => argon2id(pin, &self.salt, cost),
            (Kdf::Argon2id, None) => return false,
            (Kdf::Sha256Stretched, _) => sha256_stretched(&self.salt, pin),
        };
        same(&made, &self.hash)
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

    /// Tries `pin` at `now`: `Ok(true)` opens, `Ok(false)` was wrong (counted), `Err(wait)`
    /// says how long before a PIN may be tried (nothing is checked then). Saving the lock is
    /// the caller's next step: the count must outlive a restart.
    pub fn try_pin(&mut self, pin: &str, now: u64) -> Result<bool, Duration> {
        let wait = self.wait(now);
        if !wait.is_zero() {
            return Err(wait);
        }
        if self.opens_with(pin) {
            self.wrong = 0;
            self.last_wrong = 0;
            // A lock of the first version becomes an Argon2id lock of the same PIN.
            if self.kdf == Kdf::Sha256Stretched {
                *self = Lock::new(pin, u128::from_str_radix(&self.salt, 16).unwrap_or(0));
            }
            Ok(true)
        } else {
            self.wrong += 1;
            self.last_wrong = now;
            Ok(false)
        }
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

/// Lets a command read the folder's data only with the mentor's PIN, at `now`. A wrong PIN
/// counts towards the same doubling wait as in the app, so a script cannot guess faster than
/// a hand on the screen; the lock is written back only when the count changed.
pub fn open_for_command(
    store: &dyn Store,
    pin: Option<&str>,
    now: u64,
) -> Result<(), CommandRefused> {
    let pin = pin.ok_or(CommandRefused::NoPin)?;
    let mut lock = load(store)
        .map_err(CommandRefused::Damaged)?
        .ok_or(CommandRefused::NoLock)?;
    let before = lock.clone();
    let opened = lock.try_pin(pin, now).map_err(CommandRefused::Wait)?;
    if lock != before {
        save(store, &lock).map_err(|e| CommandRefused::CannotCount(e.to_string()))?;
    }
    if opened {
        Ok(())
    } else {
        Err(CommandRefused::Wrong)
    }
}
