//! Storing and loading measurements: one file each, saved atomically; loading checks every
//! file, sets a damaged one aside (never deleting it) and leaves a newer version's alone.

use serde::Deserialize;

use super::{FOLDER, FORMAT_VERSION, Measurement, now};
use crate::core::store::{Store, StoreError, StoreProblem};

/// Saves a measurement at once, atomically.
pub fn save(store: &dyn Store, m: &Measurement) -> Result<(), StoreError> {
    store.write(&m.key_in_store(), m.to_ron().as_bytes())
}

/// What loading the stored measurements found.
#[derive(Debug, Default)]
pub struct Loaded {
    pub measurements: Vec<Measurement>,
    /// One clear line per file that could not be used, naming the file and the problem.
    pub problems: Vec<String>,
    /// Encrypted files not read because the folder's key is not in hand (the mentor area is
    /// locked): loaded when it opens.
    pub locked: usize,
}

/// Why one stored file cannot be used.
#[derive(Debug, PartialEq)]
pub enum LoadError {
    /// Not a measurement this version can read: keep the file as it is (a newer version may).
    Newer { format: u32 },
    /// Damaged: set the file aside and report it.
    Damaged(String),
}

/// A measurement is a few hundred moves; a file larger than this is not one (and is not read
/// into the parser).
pub const MAX_MEASUREMENT_BYTES: usize = 1 << 20;

/// Parses one measurement file.
pub fn parse(bytes: &[u8]) -> Result<Measurement, LoadError> {
    if bytes.len() > MAX_MEASUREMENT_BYTES {
        return Err(LoadError::Damaged(format!(
            "{} bytes, more than a measurement can be (1 MiB)",
            bytes.len()
        )));
    }
    // Named like the real struct: RON checks the name written in the file.
    #[derive(Deserialize)]
    #[serde(rename = "Measurement")]
    struct Head {
        format: u32,
    }
    let text =
        std::str::from_utf8(bytes).map_err(|_| LoadError::Damaged("not UTF-8 text".into()))?;
    if text.trim().is_empty() {
        return Err(LoadError::Damaged("the file is empty".into()));
    }
    // Parsed once in full; only a file that does not parse is parsed again for its format
    // alone, to tell a newer version's file (kept as it is) from a damaged one.
    let m: Measurement = match ron::from_str(text) {
        Ok(m) => m,
        Err(e) => {
            if let Ok(h) = ron::from_str::<Head>(text)
                && h.format > FORMAT_VERSION
            {
                return Err(LoadError::Newer { format: h.format });
            }
            return Err(LoadError::Damaged(format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            )));
        }
    };
    if m.format > FORMAT_VERSION {
        return Err(LoadError::Newer { format: m.format });
    }
    if m.format < 1 {
        return Err(LoadError::Damaged(format!(
            "unknown format version {}",
            m.format
        )));
    }
    m.check().map_err(LoadError::Damaged)?;
    Ok(m)
}

/// The suffix a damaged file gets when it is set aside: `.damaged-<UTC time>`.
pub fn damaged_suffix() -> String {
    let digits: String = now()
        .chars()
        .filter(char::is_ascii_digit)
        .take(14)
        .collect();
    format!(".damaged-{digits}")
}

/// Sets a damaged file aside (never overwritten, never deleted); returns the message.
fn set_aside(store: &dyn Store, key: &str, why: &str) -> String {
    match store.set_aside(key, &damaged_suffix()) {
        Ok(aside) => format!(
            "{}: damaged ({why}); kept aside as {aside}",
            store.place(key)
        ),
        Err(e) => format!("{}: damaged ({why}); {e}", store.place(key)),
    }
}

/// A file read (or why not) and parsed (or why not).
type ReadParsed = Result<Result<Measurement, LoadError>, StoreError>;

/// Each of `keys` read from `store` and parsed, in order, on up to 4 threads.
fn read_parsed<'k>(store: &dyn Store, keys: &[&'k String]) -> Vec<(&'k String, ReadParsed)> {
    crate::core::parallel::map(keys, 4, |key| (*key, store.read(key).map(|b| parse(&b))))
}

/// Loads every measurement in the store. A damaged file is renamed to
/// `<name>.damaged-<time>` (never overwritten, never deleted) and reported; a file from a newer
/// version is left alone and reported.
pub fn load_all(store: &dyn Store) -> Loaded {
    let mut loaded = Loaded::default();
    let keys = match store.list(FOLDER) {
        Ok(k) => k,
        Err(e) => {
            loaded.problems.push(e.to_string());
            return loaded;
        }
    };
    let keys: Vec<&String> = keys.iter().filter(|k| k.ends_with(".ron")).collect();
    // Reading and decrypting is the cost of an organisation's years of files: on both (or
    // all) cores. What follows (setting a damaged file aside) is done in order, here.
    for (key, read) in read_parsed(store, &keys) {
        let bytes = match read {
            Ok(b) => b,
            Err(e) => {
                match e.problem {
                    StoreProblem::Locked => loaded.locked += 1,
                    StoreProblem::Damaged(why) => loaded.problems.push(set_aside(store, key, &why)),
                    _ => loaded.problems.push(e.to_string()),
                }
                continue;
            }
        };
        match bytes {
            // A file holds the measurement its name says, or it is not that file.
            Ok(m) if *key != m.key_in_store() => {
                let why = format!("it holds measurement \"{}\", not its own", m.id);
                loaded.problems.push(set_aside(store, key, &why));
            }
            Ok(m) => loaded.measurements.push(m),
            Err(LoadError::Newer { format }) => loaded.problems.push(format!(
                "{}: written by a newer version of JAS-kaarten (format {format}; this version reads format {FORMAT_VERSION}); left as it is",
                store.place(key)
            )),
            Err(LoadError::Damaged(why)) => loaded.problems.push(set_aside(store, key, &why)),
        }
    }
    loaded
        .measurements
        .sort_by(|a, b| a.started.cmp(&b.started).then(a.id.cmp(&b.id)));
    loaded
}
