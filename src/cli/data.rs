//! `check-data` and `export`: the stored measurements, read without changing them.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::Failure;
use crate::core::export::{Cells, scores_file_name, write_items_csv, write_scores_csv};
use crate::core::measurement::load_all;
use crate::core::store::FileStore;

/// `OUT` with `-scores` before its extension: `results.csv` -> `results-scores.csv`.
fn scores_path(out: &Path) -> PathBuf {
    let name = out.file_name().unwrap_or_default().to_string_lossy();
    out.with_file_name(scores_file_name(&name))
}

pub(super) fn check_data(data_dir: &Path) -> Result<(), Failure> {
    use crate::core::measurement::{FOLDER, LoadError, parse};
    use crate::core::store::Store;
    let store = FileStore::new(data_dir);
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
    let cells = if raw { Cells::Raw } else { Cells::Safe };
    let store = FileStore::new(data_dir);
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
    write_items_csv(create(out)?, &loaded.measurements, cells)
        .map_err(|e| format!("{}: cannot write: {e}", out.display()))?;
    write_scores_csv(create(&scores_out)?, &loaded.measurements, cells)
        .map_err(|e| format!("{}: cannot write: {e}", scores_out.display()))?;
    println!(
        "exported {} measurement(s) from {} to {} and {}",
        loaded.measurements.len(),
        data_dir.display(),
        out.display(),
        scores_out.display()
    );
    Ok(())
}
