//! The data folder's key pair, in age's formats (the `age` crate): every stored measurement and
//! youth record is an age file encrypted to the folder's X25519 public key, so the youth side
//! saves each move without the PIN, and only the matching secret key (the identity) reads it.
//!
//! The identity itself is kept as an age file encrypted to two recipients: one derived from
//! the mentor's PIN and one from the recovery code, each with Argon2id (the `argon2` crate)
//! and its own random salt. Argon2id's 32-byte output is used as an X25519 secret key, so the
//! wrapping is age's own X25519 format too, not a scheme of ours. Only the recovery code's
//! public key is stored (it is random, about 108 bits): the PIN's is not, since a public key would
//! let anyone with the file test PINs without touching the wrapped identity.

use std::io::{Read, Write};
use std::str::FromStr;

use age::secrecy::ExposeSecret;
use age::x25519::{Identity, Recipient};
use argon2::{Algorithm, Argon2, Params, Version};
use bech32::ToBase32;
use serde::{Deserialize, Serialize};

/// An Argon2id cost, stored with what it made so that a later version can change it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cost {
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
}

/// Argon2id's cost for the PIN and the recovery code: 64 MiB of memory, 8 passes, 1 lane.
/// About a quarter of a second on a 2-core machine of ours (`cargo test the_pin_costs --
/// --nocapture` prints it; 3 passes took 0.11 s), and 0.4-0.5 s in a browser, so each guess
/// of a PIN from a copied lock file costs as much as the mentor's entry. 64 MiB, not more:
/// a tablet's browser must find it.
pub const ARGON2: Cost = Cost {
    memory_kib: 64 * 1024,
    passes: 8,
    lanes: 1,
};

/// A cost for throw-away folders (the demo, the benchmark) and tests: a debug build is slow.
pub const CHEAP: Cost = Cost {
    memory_kib: 64,
    passes: 1,
    lanes: 1,
};

/// Argon2id of `secret` with `salt` at `cost`: 32 bytes.
pub fn argon2id(secret: &str, salt: &str, cost: Cost) -> [u8; 32] {
    let params = Params::new(cost.memory_kib, cost.passes, cost.lanes, Some(32))
        .expect("the stored cost is within Argon2's limits");
    let mut out = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(secret.as_bytes(), salt.as_bytes(), &mut out)
        .expect("a 32-byte Argon2id output from a hex salt always works");
    out
}

/// The age identity whose secret key is `bytes` (X25519 clamps it).
fn identity_from(bytes: [u8; 32]) -> Identity {
    let text = bech32::encode(
        "age-secret-key-",
        bytes.to_base32(),
        bech32::Variant::Bech32,
    )
    .expect("the prefix is valid");
    Identity::from_str(&text.to_uppercase()).expect("32 bytes are an X25519 secret key")
}

/// The identity a PIN or recovery code stands for, with its salt and cost.
pub fn derived(secret: &str, salt: &str, cost: Cost) -> Identity {
    identity_from(argon2id(secret, salt, cost))
}

/// The secret key of a data folder: it reads what was stored. Never written anywhere but
/// wrapped, never logged.
#[derive(Clone)]
pub struct FolderKey(Identity);

impl std::fmt::Debug for FolderKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FolderKey({})", self.0.to_public())
    }
}

impl FolderKey {
    pub fn generate() -> FolderKey {
        FolderKey(Identity::generate())
    }

    /// The key with these secret bytes: for the fuzz target and its seeds, which need a key
    /// that stays the same between runs.
    pub fn from_secret_bytes(bytes: [u8; 32]) -> FolderKey {
        FolderKey(identity_from(bytes))
    }

    /// The public key every save is encrypted to.
    pub fn recipient(&self) -> Recipient {
        self.0.to_public()
    }
}

/// The first bytes of an age file in its ASCII armor, as every stored file is written.
const ARMOR_START: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

/// Whether `bytes` are an age file (armored), rather than a plain file from before the
/// folder had keys.
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.trim_ascii_start().starts_with(ARMOR_START)
}

/// Encrypts `plain` to `recipient`, as an age file in ASCII armor (text, so the browser's
/// local storage holds it as it is).
pub fn seal(recipient: &Recipient, plain: &[u8]) -> Vec<u8> {
    seal_to(&[recipient], plain)
}

fn seal_to(recipients: &[&Recipient], plain: &[u8]) -> Vec<u8> {
    let recipients = recipients.iter().map(|r| *r as &dyn age::Recipient);
    let encryptor = age::Encryptor::with_recipients(recipients).expect("at least one recipient");
    let mut out = Vec::with_capacity(plain.len() * 4 / 3 + 400);
    // Writing into memory cannot fail.
    let armor = age::armor::ArmoredWriter::wrap_output(&mut out, age::armor::Format::AsciiArmor)
        .expect("memory");
    let mut writer = encryptor.wrap_output(armor).expect("memory");
    writer.write_all(plain).expect("memory");
    writer
        .finish()
        .and_then(|armor| armor.finish())
        .expect("memory");
    out
}

/// Why a sealed file could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// It is encrypted to another key (a folder whose PIN was set anew after its lock was lost,
    /// or a file from another folder): whole, but not ours to read.
    OtherKey,
    /// It is not a whole age file: damaged.
    Damaged(String),
}

/// Decrypts an age file (armored or not) with `identity`.
fn open_with(identity: &Identity, sealed: &[u8]) -> Result<Vec<u8>, OpenError> {
    let damaged = |e: &dyn std::fmt::Display| OpenError::Damaged(format!("cannot decrypt: {e}"));
    let decryptor = age::Decryptor::new_buffered(age::armor::ArmoredReader::new(sealed)).map_err(
        |e| match e {
            age::DecryptError::NoMatchingKeys => OpenError::OtherKey,
            e => damaged(&e),
        },
    )?;
    let mut reader = decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => OpenError::OtherKey,
            e => damaged(&e),
        })?;
    let mut plain = Vec::new();
    reader.read_to_end(&mut plain).map_err(|e| damaged(&e))?;
    Ok(plain)
}

/// Decrypts a stored file with the folder's key.
pub fn open(key: &FolderKey, sealed: &[u8]) -> Result<Vec<u8>, OpenError> {
    open_with(&key.0, sealed)
}

/// What a lock file keeps of the folder's keys: the public key, and the secret key wrapped
/// for the PIN and for the recovery code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Keys {
    /// The folder's public key (`age1...`).
    pub recipient: String,
    /// The folder's secret key as an age file to the PIN's and the recovery code's keys.
    pub wrapped: String,
    /// The recovery code's salt (hex) and public key.
    pub recovery_salt: String,
    pub recovery_recipient: String,
    pub cost: Cost,
}

/// A new recovery code: 24 characters from a 23-letter alphabet without look-alikes (no 0/O,
/// 1/I/L, 5/S, 2/Z, 8/B, U/V), in six groups of four: 24 x log2(23), about 108 bits, from the
/// system's random numbers.
pub fn new_recovery_code() -> String {
    use rand::RngExt;
    const ALPHABET: &[u8] = b"34679ACDEFGHJKMNPQRTWXY";
    let mut rng = rand::rng();
    let chars: Vec<char> = (0..24)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// A recovery code as typed: case, spaces and dashes do not matter.
pub fn normalise_recovery_code(typed: &str) -> String {
    let plain: String = typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let chars: Vec<char> = plain.chars().collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

fn hex_salt() -> String {
    format!("{:032x}", rand::random::<u128>())
}

impl Keys {
    /// Wraps `key` for `pin` (with `pin_salt`) and for `recovery`, at `cost`.
    pub fn wrap(key: &FolderKey, pin: &str, pin_salt: &str, recovery: &str, cost: Cost) -> Keys {
        let recovery_salt = hex_salt();
        let by_recovery = derived(&normalise_recovery_code(recovery), &recovery_salt, cost);
        Keys::wrap_for(
            key,
            pin,
            pin_salt,
            by_recovery.to_public(),
            recovery_salt,
            cost,
        )
    }

    fn wrap_for(
        key: &FolderKey,
        pin: &str,
        pin_salt: &str,
        recovery_recipient: Recipient,
        recovery_salt: String,
        cost: Cost,
    ) -> Keys {
        let by_pin = derived(pin, pin_salt, cost).to_public();
        let secret = key.0.to_string();
        let wrapped = seal_to(
            &[&by_pin, &recovery_recipient],
            secret.expose_secret().as_bytes(),
        );
        Keys {
            recipient: key.recipient().to_string(),
            wrapped: String::from_utf8(wrapped).expect("armor is ASCII"),
            recovery_salt,
            recovery_recipient: recovery_recipient.to_string(),
            cost,
        }
    }

    /// The same folder key wrapped for a new PIN (after the recovery code opened it); the
    /// recovery code stays the same.
    pub fn with_new_pin(&self, key: &FolderKey, pin: &str, pin_salt: &str) -> Option<Keys> {
        let recovery = Recipient::from_str(&self.recovery_recipient).ok()?;
        Some(Keys::wrap_for(
            key,
            pin,
            pin_salt,
            recovery,
            self.recovery_salt.clone(),
            self.cost,
        ))
    }

    /// The public key saves are encrypted to, if the stored one is sound.
    pub fn public(&self) -> Option<Recipient> {
        Recipient::from_str(&self.recipient).ok()
    }

    /// Unwraps the folder key with a derived identity; `None` if it does not open it (or what
    /// it opens is not this folder's key).
    fn unwrap_with(&self, with: &Identity) -> Option<FolderKey> {
        let secret = open_with(with, self.wrapped.as_bytes()).ok()?;
        let identity = Identity::from_str(std::str::from_utf8(&secret).ok()?.trim()).ok()?;
        (identity.to_public().to_string() == self.recipient).then_some(FolderKey(identity))
    }

    /// The folder key, if `pin` (with the lock's `pin_salt`) is the right PIN.
    pub fn open_with_pin(&self, pin: &str, pin_salt: &str) -> Option<FolderKey> {
        self.unwrap_with(&derived(pin, pin_salt, self.cost))
    }

    /// The folder key, if `code` is the recovery code.
    pub fn open_with_recovery(&self, code: &str) -> Option<FolderKey> {
        let code = normalise_recovery_code(code);
        self.unwrap_with(&derived(&code, &self.recovery_salt, self.cost))
    }
}
