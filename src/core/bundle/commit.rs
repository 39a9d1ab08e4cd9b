//! Writing a merge into the folder all or nothing: staged in `transfer/`, one commit file,
//! then moved into place (see the parent module's note).

use super::Merge;
use crate::core::measurement::{self, Measurement};
use crate::core::store::{Store, StoreError, StoreProblem};
use crate::core::youth::{self, Youth};

/// Where an import stages its files, and its commit file: the places of the files staged, a
/// line each.
pub const STAGING: &str = "transfer";
pub const COMMIT: &str = "transfer/commit.txt";

/// Writes the merge into `store`, all or nothing (see the module's note). Afterwards the
/// stored files hold the merge; on an error (a full disk) nothing has changed, unless the
/// error came after the commit, in which case [`finish`] completes it when the folder opens.
pub fn apply(store: &dyn Store, merge: &Merge) -> Result<(), StoreError> {
    // Leftovers of an import that never committed.
    finish(store)?;
    // The files' places and contents; each is staged at `transfer/` + its place.
    let mut files: Vec<(String, Staged)> = Vec::new();
    for y in &merge.youths_added {
        files.push((y.key_in_store(), Staged::Youth(y)));
    }
    for m in merge.added.iter().chain(&merge.updated) {
        files.push((m.key_in_store(), Staged::Measurement(m)));
    }
    if files.is_empty() {
        return Ok(());
    }
    let staged = stage(store, &files).and_then(|()| {
        [youth::FOLDER, measurement::FOLDER]
            .iter()
            .try_for_each(|folder| store.sync(&format!("{STAGING}/{folder}")))
    });
    if let Err(e) = staged {
        // No commit: what was staged is removed now, not left filling the disk (or the
        // browser's storage) until the folder is opened again.
        let _ = finish(store);
        return Err(e);
    }
    // The one write that makes the import happen.
    let moves: Vec<&str> = files.iter().map(|(to, _)| to.as_str()).collect();
    let commit = moves.join("\n");
    store.write(COMMIT, commit.as_bytes())?;
    finish(store)?;
    Ok(())
}

/// Writes the staged `files` (place, what) under `transfer/`, on every core (serialising,
/// encrypting and writing thousands of files is most of an import's time). After the first
/// failure (a full disk) the rest are not tried; that failure is returned.
fn stage(store: &dyn Store, files: &[(String, Staged)]) -> Result<(), StoreError> {
    let failed = std::sync::atomic::AtomicBool::new(false);
    crate::core::parallel::map_on(files, STAGING_THREADS, |(to, what)| {
        if failed.load(std::sync::atomic::Ordering::Relaxed) {
            return Ok(());
        }
        let written = store.write_staged(&format!("{STAGING}/{to}"), what.text().as_bytes());
        if written.is_err() {
            failed.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        written
    })
    .into_iter()
    .collect()
}

/// Staging encrypts (on the cores) and syncs each file (waiting on the disk): more threads
/// than cores let the file system commit many syncs at once.
const STAGING_THREADS: usize = 16;

/// A file an import stages.
enum Staged<'a> {
    Youth(&'a Youth),
    Measurement(&'a Measurement),
}

impl Staged<'_> {
    fn text(&self) -> String {
        match self {
            Staged::Youth(y) => ron::ser::to_string_pretty(y, ron::ser::PrettyConfig::default())
                .expect("a youth always serialises"),
            Staged::Measurement(m) => m.to_ron(),
        }
    }
}

/// Completes an import that committed (moves its staged files into place) or removes the
/// staged files of one that did not. Returns how many files it moved.
pub fn finish(store: &dyn Store) -> Result<usize, StoreError> {
    let commit = match store.read(COMMIT) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.problem == StoreProblem::NotFound => None,
        // Sealed to a key that is gone (a new PIN after a lost lock) or damaged: the import
        // cannot be completed. Its commit file is kept aside, its staged files removed, and
        // the folder is as before the import.
        Err(e) if matches!(e.problem, StoreProblem::OtherKey | StoreProblem::Damaged(_)) => {
            store.set_aside(COMMIT, &measurement::damaged_suffix())?;
            None
        }
        Err(e) => return Err(e),
    };
    let Some(bytes) = commit else {
        for folder in [youth::FOLDER, measurement::FOLDER] {
            let staged = format!("{STAGING}/{folder}");
            let keys = store.list(&staged)?;
            for key in &keys {
                store.remove(key)?;
            }
            if !keys.is_empty() {
                store.sync(&staged)?;
            }
        }
        return Ok(0);
    };
    let moves: Vec<&str> = std::str::from_utf8(&bytes)
        .map_err(|_| StoreError {
            doing: "finish the import",
            place: store.place(COMMIT),
            problem: StoreProblem::Damaged("not a list of files".into()),
        })?
        .lines()
        .collect();
    let mut moved = 0;
    for to in moves {
        // Each move once: a file already moved (before a crash) is not there any more.
        match store.rename_unsynced(&format!("{STAGING}/{to}"), to) {
            Ok(()) => moved += 1,
            Err(e) if e.problem == StoreProblem::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    // Every move durable before the commit goes.
    for folder in [youth::FOLDER, measurement::FOLDER] {
        store.sync(folder)?;
    }
    store.remove(COMMIT)?;
    // The commit's removal durable: one that came back after a crash would move the next
    // import's staged files into place before they were whole.
    store.sync(STAGING)?;
    Ok(moved)
}
