//! A youth is a record, not a string: the mentor adds each youth once, with a pseudonym or
//! initials and a stable random id, and every measurement of that youth carries the id. Two
//! youths who both call themselves "Sam" are two records (told apart by a note), so their
//! histories, "since last time" and agreements never mix.
//!
//! Measurements from before the records (a pseudonym only), and extra rounds a youth starts
//! alone, are grouped by pseudonym until the mentor links them to a record.

use serde::{Deserialize, Serialize};

use super::measurement::Measurement;
use super::store::{Store, StoreError, StoreProblem};

/// The folder (store prefix) that holds one file per youth.
pub const FOLDER: &str = "youths";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Youth {
    /// `y-` and 16 hex digits, random: stable for life, never shown.
    pub id: String,
    /// A pseudonym or initials, as the screens show it.
    pub name: String,
    /// What tells two youths of the same name apart ("groep 2", "de oudste"); may be empty.
    #[serde(default)]
    pub note: String,
    /// When the mentor added the youth (RFC 3339, UTC).
    pub added: String,
}

impl Youth {
    /// A new record with a random id made from `random`.
    pub fn new(name: &str, note: &str, random: u64, at: &str) -> Youth {
        Youth {
            id: format!("y-{random:016x}"),
            name: name.trim().to_string(),
            note: note.trim().to_string(),
            added: at.to_string(),
        }
    }

    /// The name with the note, where there is one: "Sam (groep 2)".
    pub fn label(&self) -> String {
        if self.note.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.note)
        }
    }

    pub fn key_in_store(&self) -> String {
        format!("{FOLDER}/{}.ron", self.id)
    }
}

/// Whether `id` has the shape of a youth id (it becomes a file name).
pub fn valid_id(id: &str) -> bool {
    id.len() == 18
        && id.starts_with("y-")
        && id[2..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The records that already carry `name` (case and spaces aside): adding one more asks
/// whether it is the same youth, and if not, for a note to tell them apart.
pub fn same_name<'a>(all: &'a [Youth], name: &str) -> Vec<&'a Youth> {
    let wanted = name.trim().to_lowercase();
    all.iter()
        .filter(|y| y.name.to_lowercase() == wanted)
        .collect()
}

/// Why a new youth cannot be added as typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddError {
    /// The pseudonym is empty or too long.
    Name(super::measurement::PseudonymError),
    /// A youth of that name exists and has the same note (or neither has one): the mentor
    /// must say it is the same youth, or add a note that tells them apart.
    SameName,
}

/// Checks a youth the mentor is about to add next to `all`.
pub fn check_new(all: &[Youth], name: &str, note: &str) -> Result<(), AddError> {
    super::measurement::check_pseudonym(name).map_err(AddError::Name)?;
    let note = note.trim().to_lowercase();
    if same_name(all, name)
        .iter()
        .any(|y| y.note.to_lowercase() == note)
    {
        return Err(AddError::SameName);
    }
    Ok(())
}

/// Saves a record at once, atomically.
pub fn save(store: &dyn Store, y: &Youth) -> Result<(), StoreError> {
    let text = ron::ser::to_string_pretty(y, ron::ser::PrettyConfig::default())
        .expect("a youth always serialises");
    store.write(&y.key_in_store(), text.as_bytes())
}

/// Every stored record, by name; a file that cannot be read is reported (and left as it is:
/// it names a youth, and nothing of it is lost by leaving it).
pub fn load_all(store: &dyn Store) -> (Vec<Youth>, Vec<String>) {
    let mut youths = Vec::new();
    let mut problems = Vec::new();
    let keys = match store.list(FOLDER) {
        Ok(k) => k,
        Err(e) => return (youths, vec![e.to_string()]),
    };
    for key in keys.iter().filter(|k| k.ends_with(".ron")) {
        let parsed = match store.read(key) {
            // Encrypted while the mentor area is locked: read when it opens.
            Err(e) if e.problem == StoreProblem::Locked => continue,
            read => read,
        };
        let parsed = parsed.map_err(|e| e.to_string()).and_then(|b| {
            std::str::from_utf8(&b)
                .map_err(|_| "not UTF-8 text".to_string())
                .and_then(|t| ron::from_str::<Youth>(t).map_err(|e| e.to_string()))
                .and_then(|y| {
                    let file = format!("{FOLDER}/{}.ron", y.id);
                    if valid_id(&y.id) && &file == key {
                        Ok(y)
                    } else {
                        Err("the id does not match the file name".into())
                    }
                })
                .map_err(|why| {
                    format!(
                        "{}: cannot be read ({why}); left as it is",
                        store.place(key)
                    )
                })
        });
        match parsed {
            Ok(y) => youths.push(y),
            Err(p) => problems.push(p),
        }
    }
    youths.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.id.cmp(&b.id))
    });
    (youths, problems)
}

/// Whose a measurement is: a youth record, or (before the records, or for an extra round a
/// youth started alone) only a pseudonym, until the mentor links it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum YouthKey {
    Record(String),
    Pseudonym(String),
}

impl YouthKey {
    pub fn of(m: &Measurement) -> YouthKey {
        match &m.youth_id {
            Some(id) => YouthKey::Record(id.clone()),
            None => YouthKey::Pseudonym(m.youth.clone()),
        }
    }

    pub fn is_linked(&self) -> bool {
        matches!(self, YouthKey::Record(_))
    }
}
