//! Moving data between devices ("Overzetten"): chosen youths (or everything) in one file,
//! encrypted with a passphrase the mentor types (age's passphrase mode: scrypt, then
//! ChaCha20-Poly1305), and merged on the other device without losing anything.
//!
//! The merge rules: a measurement that is not there yet is added; one that is there (same id)
//! is replaced only by a newer copy (its `updated` time), otherwise kept as it is; a youth
//! record is added when new and otherwise kept. Every measurement in the bundle is read with
//! the same checks as a stored file, and one that fails them is left out and named. The
//! import says what it added, updated and kept.
//!
//! The import is all or nothing, even when the device dies half-way: every file is first
//! written into `transfer/` (encrypted like any youth's file), then one small commit file
//! names them, and only then are they moved into place. [`finish`] runs whenever the folder
//! is opened: with a commit file it completes the moves (the import happened), without one it
//! removes what was staged (it did not).

use std::collections::BTreeMap;
use std::io::{Read, Write};

use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};

use super::measurement::{LoadError, Measurement, parse};
use super::store::{Store, StoreError};
use super::youth::{self, Youth, YouthKey, valid_id};

/// The bundle format this version writes and reads.
pub const FORMAT: u32 = 1;

/// The shortest passphrase a bundle takes: it may travel by e-mail or on a stick, so it must
/// hold out against guessing on someone else's computer.
pub const MIN_PASSPHRASE: usize = 10;

/// scrypt's work factor (log2 N) a bundle is sealed with, and the most one is opened with:
/// age's recommended 2^18, about half a second and 256 MiB on our 2-core machine. Fixed
/// rather than measured on the device that makes the bundle (age's default), which picks
/// 1-2 s there (2^20, 1 GiB, on a quick laptop) and which a tablet must then match: a
/// tablet's browser may not have 1 GiB to give, and age refuses a bundle made on a device
/// 16 times faster.
pub const WORK_FACTOR: u8 = 18;

/// A bundle larger than this is not read (18,000 measurements made about 60 MB).
pub const MAX_BUNDLE_BYTES: u64 = 1 << 30;

/// The file name a bundle gets: `jas-<date>.jasbundle`.
pub const EXTENSION: &str = "jasbundle";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub format: u32,
    /// When it was made (RFC 3339, UTC).
    pub made: String,
    pub youths: Vec<Youth>,
    /// Each measurement as the text of its file, read back with the same checks.
    pub measurements: Vec<String>,
}

/// Why a bundle could not be made or read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// The passphrase is shorter than [`MIN_PASSPHRASE`].
    ShortPassphrase,
    /// Not a bundle: not an age file, or one encrypted to a key rather than a passphrase.
    NotABundle,
    /// The passphrase does not open it.
    WrongPassphrase,
    /// Cut off or changed: the encryption's check failed, or the contents are not a bundle.
    Damaged(String),
    /// Made by a newer version of the app.
    Newer(u32),
    /// Larger than [`MAX_BUNDLE_BYTES`].
    TooLarge(u64),
    /// Sealed with a scrypt work factor above [`WORK_FACTOR`] (by another program, or by a
    /// version of this app from before the factor was fixed): opening it could take minutes
    /// and gigabytes.
    TooMuchWork(u8),
}

impl std::fmt::Display for BundleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BundleError::ShortPassphrase => write!(
                f,
                "the passphrase is shorter than {MIN_PASSPHRASE} characters"
            ),
            BundleError::NotABundle => f.write_str("not a JAS-kaarten bundle"),
            BundleError::WrongPassphrase => f.write_str("the passphrase does not open it"),
            BundleError::Damaged(why) => write!(f, "damaged ({why})"),
            BundleError::Newer(format) => write!(
                f,
                "made by a newer version of JAS-kaarten (bundle format {format}; this version reads {FORMAT})"
            ),
            BundleError::TooLarge(n) => write!(f, "{n} bytes, more than a bundle can be"),
            BundleError::TooMuchWork(n) => write!(
                f,
                "sealed with scrypt work factor {n}, more than this version opens ({WORK_FACTOR}); make it again with this version"
            ),
        }
    }
}

/// What goes in a bundle: the youths with ids in `chosen` and every measurement of theirs,
/// or, with `None`, every youth and every measurement (rounds not linked to a record too).
pub fn choose(
    youths: &[Youth],
    measurements: &[Measurement],
    chosen: Option<&[String]>,
) -> (Vec<Youth>, Vec<Measurement>) {
    let Some(ids) = chosen else {
        return (youths.to_vec(), measurements.to_vec());
    };
    let ys = youths
        .iter()
        .filter(|y| ids.contains(&y.id))
        .cloned()
        .collect();
    let ms = measurements
        .iter()
        .filter(|m| matches!(YouthKey::of(m), YouthKey::Record(id) if ids.contains(&id)))
        .cloned()
        .collect();
    (ys, ms)
}

pub fn make(youths: &[Youth], measurements: &[Measurement], made: &str) -> Bundle {
    Bundle {
        format: FORMAT,
        made: made.to_string(),
        youths: youths.to_vec(),
        // Compact, not as the files are written: a bundle of thousands is a third smaller
        // and quicker to write and read. `parse` reads either.
        measurements: super::parallel::map(measurements, 8, |m| {
            ron::to_string(m).expect("a measurement always serialises")
        }),
    }
}

/// The bundle encrypted with `passphrase`. `work_factor` (scrypt's log2 N) is
/// [`WORK_FACTOR`] when `None`; tests pass a small one.
pub fn seal(
    bundle: &Bundle,
    passphrase: &str,
    work_factor: Option<u8>,
) -> Result<Vec<u8>, BundleError> {
    if passphrase.chars().count() < MIN_PASSPHRASE {
        return Err(BundleError::ShortPassphrase);
    }
    let text = ron::to_string(bundle).expect("a bundle always serialises");
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_string()));
    recipient.set_work_factor(work_factor.unwrap_or(WORK_FACTOR));
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .expect("one recipient");
    let mut out = Vec::with_capacity(text.len() + 1024);
    // Writing into memory cannot fail.
    let mut writer = encryptor.wrap_output(&mut out).expect("memory");
    writer.write_all(text.as_bytes()).expect("memory");
    writer.finish().expect("memory");
    Ok(out)
}

/// The bundle in `bytes`, opened with `passphrase`.
pub fn open(bytes: &[u8], passphrase: &str) -> Result<Bundle, BundleError> {
    if bytes.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(BundleError::TooLarge(bytes.len() as u64));
    }
    let decryptor = age::Decryptor::new_buffered(bytes).map_err(|_| BundleError::NotABundle)?;
    if !decryptor.is_scrypt() {
        return Err(BundleError::NotABundle);
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_string()));
    identity.set_max_work_factor(WORK_FACTOR);
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                BundleError::WrongPassphrase
            }
            age::DecryptError::ExcessiveWork { required, .. } => BundleError::TooMuchWork(required),
            other => BundleError::Damaged(other.to_string()),
        })?;
    let mut text = String::new();
    reader
        .read_to_string(&mut text)
        .map_err(|e| BundleError::Damaged(e.to_string()))?;
    #[derive(Deserialize)]
    #[serde(rename = "Bundle")]
    struct Head {
        format: u32,
    }
    // Parsed once in full (tens of megabytes for an organisation); the format alone only when
    // that fails, to tell a newer version's bundle from a damaged one.
    match ron::from_str::<Bundle>(&text) {
        Ok(b) if b.format > FORMAT => Err(BundleError::Newer(b.format)),
        Ok(b) => Ok(b),
        Err(e) => match ron::from_str::<Head>(&text) {
            Ok(h) if h.format > FORMAT => Err(BundleError::Newer(h.format)),
            _ => Err(BundleError::Damaged(e.to_string())),
        },
    }
}

/// What an import does, worked out before anything is written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merge {
    /// Not here yet.
    pub added: Vec<Measurement>,
    /// Here, and the bundle's copy is newer.
    pub updated: Vec<Measurement>,
    /// Here already, as new as the bundle's copy or newer: left as it is.
    pub kept: usize,
    pub youths_added: Vec<Youth>,
    pub youths_kept: usize,
    /// One line per thing in the bundle that could not be used, and was left out.
    pub problems: Vec<String>,
}

impl Merge {
    /// Whether the import writes anything.
    pub fn changes(&self) -> bool {
        !(self.added.is_empty() && self.updated.is_empty() && self.youths_added.is_empty())
    }

    /// "added 3, updated 1, kept 12 measurements; added 1 youth, kept 2".
    pub fn summary(&self) -> String {
        format!(
            "measurements: {} added, {} updated, {} kept as they were; youths: {} added, {} kept",
            self.added.len(),
            self.updated.len(),
            self.kept,
            self.youths_added.len(),
            self.youths_kept
        )
    }
}

/// How `bundle` merges into what is here (`local`, `local_youths`).
pub fn plan(local: &[Measurement], local_youths: &[Youth], bundle: &Bundle) -> Merge {
    let mut merge = Merge::default();
    let here: BTreeMap<&str, &Measurement> = local.iter().map(|m| (m.id.as_str(), m)).collect();
    // The bundle's newest copy of each id (a bundle made by hand may hold one twice).
    let mut incoming: BTreeMap<String, Measurement> = BTreeMap::new();
    // Parsed on every core: thousands of them in an organisation's bundle.
    let parsed = super::parallel::map(&bundle.measurements, 8, |text| parse(text.as_bytes()));
    for (i, parsed) in parsed.into_iter().enumerate() {
        match parsed {
            Ok(m) => {
                if incoming.get(&m.id).is_none_or(|o| m.updated > o.updated) {
                    incoming.insert(m.id.clone(), m);
                }
            }
            Err(LoadError::Damaged(why)) => merge.problems.push(format!(
                "measurement {} in the bundle: {why}; left out",
                i + 1
            )),
            Err(LoadError::Newer { format }) => merge.problems.push(format!(
                "measurement {} in the bundle: made by a newer version (format {format}); left out",
                i + 1
            )),
        }
    }
    for (id, m) in incoming {
        match here.get(id.as_str()) {
            None => merge.added.push(m),
            Some(old) if m.updated > old.updated => merge.updated.push(m),
            Some(_) => merge.kept += 1,
        }
    }
    // A measurement of a record that is in neither the bundle nor here would be listed
    // nowhere: it brings a record of its own, named by its pseudonym.
    let mut records: Vec<Youth> = bundle.youths.clone();
    for m in merge.added.iter().chain(&merge.updated) {
        if let Some(id) = &m.youth_id
            && !records.iter().any(|y| &y.id == id)
            && !local_youths.iter().any(|y| &y.id == id)
        {
            records.push(Youth {
                id: id.clone(),
                name: m.youth.clone(),
                note: String::new(),
                added: m.started.clone(),
            });
        }
    }
    for y in &records {
        if !valid_id(&y.id) || y.name.trim().is_empty() {
            merge.problems.push(format!(
                "a youth record in the bundle (\"{}\") is not a valid record; left out",
                y.id
            ));
        } else if local_youths.iter().any(|l| l.id == y.id)
            || merge.youths_added.iter().any(|l| l.id == y.id)
        {
            merge.youths_kept += 1;
        } else {
            merge.youths_added.push(y.clone());
        }
    }
    merge
}

/// [`plan`] against what `store` holds: a bundle's copy is never put over a stored file this
/// device could not read (a damaged one, one of a newer version, one sealed to another key),
/// which would lose it: such a copy is left out and named.
pub fn plan_into(
    store: &dyn Store,
    local: &[Measurement],
    local_youths: &[Youth],
    bundle: &Bundle,
) -> Result<Merge, StoreError> {
    let mut merge = plan(local, local_youths, bundle);
    let mut stored: std::collections::BTreeSet<String> = store
        .list(super::measurement::FOLDER)?
        .into_iter()
        .collect();
    stored.extend(store.list(youth::FOLDER)?);
    let mut kept_apart = Vec::new();
    merge.added.retain(|m| {
        let free = !stored.contains(&m.key_in_store());
        if !free {
            kept_apart.push(format!(
                "{}: stored here but not readable; the bundle's copy was left out",
                m.id
            ));
        }
        free
    });
    merge.youths_added.retain(|y| {
        let free = !stored.contains(&y.key_in_store());
        if !free {
            kept_apart.push(format!(
                "{}: stored here but not readable; the bundle's copy was left out",
                y.id
            ));
        }
        free
    });
    merge.problems.extend(kept_apart);
    Ok(merge)
}

mod commit;
pub use commit::{COMMIT, STAGING, apply, finish};
