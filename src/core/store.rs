//! Where measurements are kept: a small interface over files on a computer and the browser's
//! local storage (`kv_store`).
//!
//! Files are written atomically (a temporary file in the same folder, flushed to disk, then
//! renamed over the old one), so a crash or a flat battery leaves either the old or the new
//! file, never half of one. Folders are 0700 and files 0600 on Unix: only the user reads them.

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why a store could not do something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreProblem {
    DiskFull,
    ReadOnly,
    PermissionDenied,
    NotFound,
    /// An encrypted file while the folder's key is not in hand (the mentor area is locked).
    Locked,
    /// An encrypted file this folder's key does not open: kept as it is.
    OtherKey,
    /// A youth's data, but the folder has no keys yet (no mentor PIN): never stored plain.
    NoKeys,
    /// An encrypted file that is not whole.
    Damaged(String),
    Other(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreError {
    /// What was being done: "save", "read", "list" or "set aside".
    pub doing: &'static str,
    /// The file (or key) it concerns, as the user can find it.
    pub place: String,
    pub problem: StoreProblem,
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let why = match &self.problem {
            StoreProblem::DiskFull => "the disk is full".to_string(),
            StoreProblem::ReadOnly => "the folder is read-only".to_string(),
            StoreProblem::PermissionDenied => "permission denied".to_string(),
            StoreProblem::NotFound => "it does not exist".to_string(),
            StoreProblem::Locked => "it is encrypted and the mentor area is locked".to_string(),
            StoreProblem::OtherKey => "it is encrypted with a key this folder no longer has \
                 (from before its PIN was set anew); kept as it is"
                .to_string(),
            StoreProblem::NoKeys => "no mentor PIN is set for this folder yet, and a youth's \
                 answers are never stored unencrypted"
                .to_string(),
            StoreProblem::Damaged(why) => format!("damaged ({why})"),
            StoreProblem::Other(e) => e.clone(),
        };
        write!(f, "could not {} {}: {why}", self.doing, self.place)
    }
}

impl std::error::Error for StoreError {}

fn classify(e: &io::Error) -> StoreProblem {
    match e.kind() {
        io::ErrorKind::StorageFull => StoreProblem::DiskFull,
        io::ErrorKind::ReadOnlyFilesystem => StoreProblem::ReadOnly,
        io::ErrorKind::PermissionDenied => StoreProblem::PermissionDenied,
        io::ErrorKind::NotFound => StoreProblem::NotFound,
        _ => StoreProblem::Other(e.to_string()),
    }
}

/// Whether `key` is a relative path of plain names: no `..` or `.`, no empty part, not
/// absolute, no `\\`. Every store refuses other keys, so no name read from a file (an id, a
/// round) can reach outside the data folder.
pub fn check_key(key: &str) -> Result<(), StoreProblem> {
    let bad = key.is_empty()
        || key.starts_with('/')
        || key.contains('\\')
        || key.contains(':')
        || key
            .split('/')
            .any(|part| part.is_empty() || part == "." || part == "..");
    if bad {
        Err(StoreProblem::Other(format!(
            "\"{key}\" is not a name in the data folder"
        )))
    } else {
        Ok(())
    }
}

/// Keys are relative paths with `/`, such as `measurements/ab-20261129-101500-youth.ron`.
pub trait Store: Send + Sync {
    /// Where `key` lives, for messages (a file path, or a browser storage key).
    fn place(&self, key: &str) -> String;
    /// The keys below `prefix` (a folder such as `measurements`), sorted.
    fn list(&self, prefix: &str) -> Result<Vec<String>, StoreError>;
    fn read(&self, key: &str) -> Result<Vec<u8>, StoreError>;
    /// Replaces `key` with `bytes` atomically: afterwards it holds the old or the new bytes.
    fn write(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError>;
    /// Renames `key` to `key` + `suffix`, keeping its bytes; returns the new place.
    fn set_aside(&self, key: &str, suffix: &str) -> Result<String, StoreError>;
    /// Moves `from` to `to` (in the same store), replacing `to` atomically: afterwards `to`
    /// holds its old bytes or `from`'s. (How an import puts its staged files in place.)
    fn rename(&self, from: &str, to: &str) -> Result<(), StoreError>;
    /// Removes `key`; a key that is not there is no error.
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Writes a file among many that nothing reads until a later [`Store::sync`] of its
    /// folder and a commit (an import's staged files): not atomic (written in place, without
    /// a temporary file and a rename), its contents durable, its folder's entry durable after
    /// that `sync`.
    fn write_staged(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        self.write(key, bytes)
    }
    /// [`Store::rename`] likewise, made durable by a later [`Store::sync`].
    fn rename_unsynced(&self, from: &str, to: &str) -> Result<(), StoreError> {
        self.rename(from, to)
    }
    /// Makes the entries of folder `prefix` durable (after `rename_unsynced`).
    fn sync(&self, _prefix: &str) -> Result<(), StoreError> {
        Ok(())
    }
}

/// A folder on disk: the platform's data directory, or `--data-dir`.
#[derive(Clone, Debug)]
pub struct FileStore {
    root: PathBuf,
}

impl FileStore {
    pub fn new(root: impl Into<PathBuf>) -> FileStore {
        FileStore { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn path(&self, key: &str) -> PathBuf {
        key.split('/')
            .fold(self.root.clone(), |p, part| p.join(part))
    }

    fn checked(&self, doing: &'static str, key: &str) -> Result<(), StoreError> {
        check_key(key).map_err(|problem| StoreError {
            doing,
            place: self.root.display().to_string(),
            problem,
        })
    }

    /// Writes `key` atomically and durably (a private temporary file, synced, renamed, the
    /// folder synced).
    fn write_file(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        self.checked("save", key)?;
        let path = self.path(key);
        let dir = path.parent().unwrap_or(&self.root).to_path_buf();
        let fail = |e: io::Error| self.err("save", key, &e);
        create_private_dir(&dir).map_err(fail)?;
        // tempfile creates the file 0600 on Unix, in the same folder so the rename is atomic.
        let mut tmp = tempfile::Builder::new()
            .prefix(".saving-")
            .tempfile_in(&dir)
            .map_err(fail)?;
        tmp.write_all(bytes).map_err(fail)?;
        tmp.as_file().sync_all().map_err(fail)?;
        tmp.persist(&path).map_err(|e| fail(e.error))?;
        // Make the rename itself durable.
        sync_folder(&dir);
        Ok(())
    }

    /// Moves `from` to `to`, and makes the move durable when `sync_dir`.
    fn move_file(&self, from: &str, to: &str, sync_dir: bool) -> Result<(), StoreError> {
        self.checked("move", from)?;
        self.checked("move", to)?;
        let target = self.path(to);
        let dir = target.parent().unwrap_or(&self.root).to_path_buf();
        create_private_dir(&dir).map_err(|e| self.err("move", to, &e))?;
        std::fs::rename(self.path(from), &target).map_err(|e| self.err("move", from, &e))?;
        if sync_dir {
            sync_folder(&dir);
        }
        Ok(())
    }

    fn err(&self, doing: &'static str, key: &str, e: &io::Error) -> StoreError {
        StoreError {
            doing,
            place: self.place(key),
            problem: classify(e),
        }
    }
}

/// Creates `dir` and its parents, private to the user on Unix.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Creates (or truncates) a file readable by its user only (0600 on Unix): for exports.
pub fn create_private_file(path: &Path) -> io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

impl Store for FileStore {
    fn place(&self, key: &str) -> String {
        self.path(key).display().to_string()
    }

    fn list(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let dir = self.path(prefix);
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(self.err("list", prefix, &e)),
        };
        let mut keys: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|name| !name.starts_with('.'))
            .map(|name| format!("{prefix}/{name}"))
            .collect();
        keys.sort();
        Ok(keys)
    }

    fn read(&self, key: &str) -> Result<Vec<u8>, StoreError> {
        self.checked("read", key)?;
        std::fs::read(self.path(key)).map_err(|e| self.err("read", key, &e))
    }

    fn write(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        self.write_file(key, bytes)
    }

    fn write_staged(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        self.checked("save", key)?;
        let path = self.path(key);
        let fail = |e: io::Error| self.err("save", key, &e);
        create_private_dir(path.parent().unwrap_or(&self.root)).map_err(fail)?;
        // In place, without a temporary file and a rename: nothing reads it before the
        // commit. Synced here, so that a write the disk could not keep is reported for this
        // file (a file system's one sync of everything does not report every such error
        // everywhere).
        let mut file = create_private_file(&path).map_err(fail)?;
        file.write_all(bytes).map_err(fail)?;
        file.sync_all().map_err(fail)
    }

    fn rename_unsynced(&self, from: &str, to: &str) -> Result<(), StoreError> {
        self.move_file(from, to, false)
    }

    fn sync(&self, prefix: &str) -> Result<(), StoreError> {
        self.checked("sync", prefix)?;
        #[cfg(unix)]
        if let Ok(d) = std::fs::File::open(self.path(prefix)) {
            d.sync_all().map_err(|e| self.err("sync", prefix, &e))?;
        }
        Ok(())
    }

    fn set_aside(&self, key: &str, suffix: &str) -> Result<String, StoreError> {
        self.checked("set aside", key)?;
        check_key(&format!("{key}{suffix}")).map_err(|problem| StoreError {
            doing: "set aside",
            place: self.place(key),
            problem,
        })?;
        let from = self.path(key);
        let mut to = from.clone().into_os_string();
        to.push(suffix);
        std::fs::rename(&from, &to).map_err(|e| self.err("set aside", key, &e))?;
        Ok(PathBuf::from(to).display().to_string())
    }

    fn rename(&self, from: &str, to: &str) -> Result<(), StoreError> {
        self.move_file(from, to, true)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.checked("remove", key)?;
        match std::fs::remove_file(self.path(key)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(self.err("remove", key, &e)),
            _ => Ok(()),
        }
    }
}

/// Makes the entries of folder `dir` (a file renamed into it) durable, where the system has
/// folders to sync (Unix); best effort: the file itself is synced already.
fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// The one writer of a data folder: an exclusive lock on the file `.writer-lock` in it, held
/// as long as this value lives (the system lets go of it when the process ends, however it
/// ends). A second app or writing command on the same folder is refused at once, so two never
/// overwrite each other's saves; reading commands (export, check-data) need no lock.
#[derive(Debug)]
pub struct WriterLock {
    _file: std::fs::File,
}

/// The name of the lock file in a data folder.
pub const WRITER_LOCK: &str = ".writer-lock";

/// Takes the writer's lock of `dir` (creating the folder if needed), or says why not.
pub fn lock_writer(dir: &Path) -> Result<WriterLock, String> {
    let path = dir.join(WRITER_LOCK);
    let fail = |e: io::Error| format!("{}: cannot lock the data folder: {e}", dir.display());
    create_private_dir(dir).map_err(fail)?;
    if !path.exists() {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options.open(&path).map_err(fail)?;
    }
    // Held open for reading only: a lock needs no more, and a file open for writing would
    // keep the folder's file system from turning read-only under the app.
    let file = std::fs::File::open(&path).map_err(fail)?;
    match file.try_lock() {
        Ok(()) => Ok(WriterLock { _file: file }),
        Err(std::fs::TryLockError::WouldBlock) => Err(format!(
            "{}: in use by another JAS-kaarten (one app or command writes a data folder at a time)",
            dir.display()
        )),
        Err(std::fs::TryLockError::Error(e)) => Err(fail(e)),
    }
}

mod memory;
pub use memory::MemoryStore;
