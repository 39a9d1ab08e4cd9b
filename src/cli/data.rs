//! `check-data` and `export`: the stored measurements, read without changing them, and only
//! with the mentor's PIN (`JAS_PIN`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::Failure;
use crate::core::export::{Cells, scores_file_name, write_items_csv, write_scores_csv};
use crate::core::measurement::load_all;
use crate::core::sealed::SealedStore;
use crate::core::store::FileStore;

/// The environment variable a command takes the mentor's PIN from.
pub(super) const PIN_VAR: &str = "JAS_PIN";

fn pin_from_env() -> Option<String> {
    std::env::var(PIN_VAR).ok().filter(|p| !p.is_empty())
}

/// The PIN from `JAS_PIN`, or typed on the terminal (not shown) when there is one; a script
/// without `JAS_PIN` gets no prompt and is refused.
fn pin_for(data_dir: &Path) -> Option<String> {
    pin_from_env().or_else(|| typed_pin(data_dir))
}

#[cfg(not(target_arch = "wasm32"))]
fn typed_pin(data_dir: &Path) -> Option<String> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        return None;
    }
    let prompt = format!("Mentor PIN for {}: ", data_dir.display());
    rpassword::prompt_password(prompt)
        .ok()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
}

/// The browser has no terminal.
#[cfg(target_arch = "wasm32")]
fn typed_pin(_: &Path) -> Option<String> {
    None
}

/// Reading commands hold youths' answers: they run only with the folder's PIN, which opens
/// the folder's key.
pub(super) fn open_with_pin(data_dir: &Path) -> Result<SealedStore, Failure> {
    use crate::core::lock::{CommandRefused, FREE_TRIES, now_seconds, open_for_command};
    let inner = Arc::new(FileStore::new(data_dir));
    let pin = pin_for(data_dir);
    let key = open_for_command(inner.as_ref(), pin.as_deref(), now_seconds()).map_err(|why| match why {
        CommandRefused::NoPin => format!(
            "{} holds youths' answers: give the mentor PIN in {PIN_VAR} ({PIN_VAR}=... jas-cards ...) or type it on a terminal",
            data_dir.display()
        ),
        CommandRefused::NoLock => format!(
            "{}: no mentor PIN is set for this folder yet; set one in the app (Mentordeel) first",
            data_dir.display()
        ),
        CommandRefused::Damaged(why) => format!("{why}; nothing is read"),
        CommandRefused::Wrong => format!(
            "the PIN in {PIN_VAR} is wrong (after {FREE_TRIES} wrong PINs each next try waits longer)"
        ),
        CommandRefused::Wait(wait) => format!(
            "too many wrong PINs: try again in {} s",
            wait.as_secs().max(1)
        ),
        CommandRefused::CannotCount(why) => format!("cannot count a wrong PIN: {why}"),
    })?;
    let store = SealedStore::for_store(inner);
    if let Some(key) = key {
        store.open(key);
    }
    Ok(store)
}

/// The folder `autoplay` plays in. On a folder without a lock it first sets one up from
/// `JAS_PIN` (nobody is shown its recovery code: the PIN is the only way in), so that a script
/// can play and then export with the same PIN; with `JAS_PIN` the folder is opened, so an
/// unfinished sort is resumed. Without `JAS_PIN` it saves to the folder's key but reads nothing.
pub(super) fn autoplay_folder(data_dir: &Path) -> Result<SealedStore, Failure> {
    use crate::core::lock::{self, ARGON2, check_new_pin};
    let inner = Arc::new(FileStore::new(data_dir));
    let Some(pin) = pin_from_env() else {
        return Ok(SealedStore::for_store(inner));
    };
    if lock::load(inner.as_ref())?.is_none() {
        check_new_pin(&pin).map_err(|_| {
            format!("{PIN_VAR} must be a PIN of 6 to 32 digits to lock a new folder")
        })?;
        lock::save(inner.as_ref(), &lock::set_up(&pin, ARGON2).lock).map_err(|e| e.to_string())?;
    }
    open_with_pin(data_dir)
}

/// `OUT` with `-scores` before its extension: `results.csv` -> `results-scores.csv`.
fn scores_path(out: &Path) -> PathBuf {
    let name = out.file_name().unwrap_or_default().to_string_lossy();
    out.with_file_name(scores_file_name(&name))
}

pub(super) fn check_data(data_dir: &Path) -> Result<(), Failure> {
    use crate::core::measurement::{FOLDER, LoadError, parse};
    use crate::core::store::Store;
    let store = open_with_pin(data_dir)?;
    let keys = store.list(FOLDER).map_err(|e| e.to_string())?;
    let mut errors = Vec::new();
    for key in keys.iter().filter(|k| k.ends_with(".ron")) {
        let bytes = match store.read(key) {
            Ok(b) => b,
            Err(e) => {
                errors.push(e.to_string());
                continue;
            }
        };
        match parse(&bytes) {
            Ok(m) => {
                let line = format!(
                    "ok {}: {} moves, {} of {} cards placed{}",
                    m.id,
                    m.sort.moves().len(),
                    m.sort.done_count(),
                    m.sort.len(),
                    if m.sort.is_finished() {
                        ", finished"
                    } else {
                        ""
                    }
                );
                // A closed pipe (`| head`) ends the listing, not the program with a panic.
                if writeln!(std::io::stdout(), "{line}").is_err() {
                    break;
                }
            }
            Err(LoadError::Newer { format }) => {
                println!("newer {}: format {format}", store.place(key))
            }
            Err(LoadError::Damaged(why)) => {
                errors.push(format!("{}: damaged ({why})", store.place(key)))
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

pub(super) fn export(data_dir: &Path, out: &Path, raw: bool) -> Result<(), Failure> {
    let store = open_with_pin(data_dir)?;
    let cells = if raw { Cells::Raw } else { Cells::Safe };
    let loaded = load_all(&store);
    for p in &loaded.problems {
        eprintln!("jas-cards: warning: {p}");
    }
    let scores_out = scores_path(out);
    let create = |path: &Path| {
        crate::core::store::create_private_file(path)
            .map(std::io::BufWriter::new)
            .map_err(|e| format!("{}: cannot write: {e}", path.display()))
    };
    // As in the app: complete rounds only (a youth's cards stay closed until the mentor has
    // sorted too).
    let complete = crate::core::round::exportable(&loaded.measurements);
    write_items_csv(create(out)?, &complete, cells)
        .map_err(|e| format!("{}: cannot write: {e}", out.display()))?;
    write_scores_csv(create(&scores_out)?, &complete, cells)
        .map_err(|e| format!("{}: cannot write: {e}", scores_out.display()))?;
    println!(
        "exported {} measurement(s) of complete rounds from {} to {} and {}",
        complete.len(),
        data_dir.display(),
        out.display(),
        scores_out.display()
    );
    let held = loaded.measurements.len() - complete.len();
    if held > 0 {
        println!(
            "held back {held} measurement(s) of rounds that the youth and the mentor have not both finished"
        );
    }
    Ok(())
}

/// `make-data`: an organisation's worth of data for the scale figures (scripts/scale), from
/// `core::sample`, encrypted to the folder's key like the app's own files. The folder is
/// locked with JAS_PIN first when it has no PIN.
pub(super) fn make_data(
    data_dir: &Path,
    groups: usize,
    per_group: usize,
    rounds: usize,
) -> Result<(), Failure> {
    use crate::core::deck::DeckSet;
    use crate::core::measurement::save;
    use crate::core::youth;
    let store = autoplay_folder(data_dir)?;
    if !store.can_save() {
        return Err(format!("{}: give a PIN in {PIN_VAR}", data_dir.display()));
    }
    let decks = DeckSet::builtin();
    let (Some(deck), Some(mirror)) = (decks.get("jongere"), decks.mirror_of("jongere")) else {
        return Err("the built-in youth deck is missing".into());
    };
    let (youths, all) = crate::core::sample::organisation(groups, per_group, rounds, deck, mirror);
    for y in &youths {
        youth::save(&store, y).map_err(|e| e.to_string())?;
    }
    for m in &all {
        save(&store, m).map_err(|e| e.to_string())?;
    }
    println!(
        "{} youths and {} measurements in {}",
        youths.len(),
        all.len(),
        data_dir.display()
    );
    Ok(())
}
