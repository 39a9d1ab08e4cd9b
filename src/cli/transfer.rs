//! `bundle export` and `bundle import`: moving youths' data between devices as one encrypted
//! file (`core::bundle`). Both need the mentor's PIN of the folder; the bundle's passphrase
//! comes from `JAS_BUNDLE_PASSPHRASE` or is typed on a terminal (twice when making one).

use std::path::Path;

use super::Failure;
use super::data::open_with_pin;
use crate::core::bundle::{self, BundleError, MIN_PASSPHRASE};
use crate::core::measurement::{load_all, now};
use crate::core::store::Store;
use crate::core::youth::{self, Youth};

/// The environment variable a command takes the bundle's passphrase from.
pub(super) const PASSPHRASE_VAR: &str = "JAS_BUNDLE_PASSPHRASE";

/// The passphrase from the environment, or typed (not shown); `twice` asks again to catch a
/// typing error in a passphrase that is being made.
fn passphrase(twice: bool) -> Result<String, Failure> {
    if let Ok(p) = std::env::var(PASSPHRASE_VAR)
        && !p.is_empty()
    {
        return Ok(p);
    }
    let refused = || {
        format!(
            "give the bundle's passphrase in {PASSPHRASE_VAR} ({PASSPHRASE_VAR}=... jas-cards bundle ...) or type it on a terminal"
        )
    };
    #[cfg(not(target_arch = "wasm32"))]
    {
        use std::io::IsTerminal;
        if !std::io::stdin().is_terminal() {
            return Err(refused());
        }
        let first = rpassword::prompt_password("Bundle passphrase: ").map_err(|_| refused())?;
        if twice {
            let again = rpassword::prompt_password("Once more: ").map_err(|_| refused())?;
            if again != first {
                return Err("the two passphrases differ; nothing was written".into());
            }
        }
        Ok(first)
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = twice;
        Err(refused())
    }
}

/// The records `wanted` names: each an id or a name (case does not matter); a name that two
/// youths share is refused with both their labels, so the mentor can give the id.
pub(super) fn chosen(all: &[Youth], wanted: &[String]) -> Result<Vec<String>, Failure> {
    let mut ids = Vec::new();
    for w in wanted {
        let matches: Vec<&Youth> = all
            .iter()
            .filter(|y| y.id == *w || y.name.to_lowercase() == w.trim().to_lowercase())
            .collect();
        match matches.as_slice() {
            [one] => ids.push(one.id.clone()),
            // The name typed is said back to who typed it; other names and notes are not
            // printed (what a command prints may end up in a log).
            [] => return Err(format!("no youth \"{w}\" in this folder")),
            many => {
                let ids: Vec<&str> = many.iter().map(|y| y.id.as_str()).collect();
                return Err(format!(
                    "\"{w}\" is more than one youth ({}); give the id",
                    ids.join(", ")
                ));
            }
        }
    }
    Ok(ids)
}

pub(super) fn export(data_dir: &Path, out: &Path, wanted: &[String]) -> Result<(), Failure> {
    let store = open_with_pin(data_dir)?;
    let loaded = load_all(&store);
    let (youths, problems) = youth::load_all(&store);
    for p in loaded.problems.iter().chain(&problems) {
        eprintln!("jas-cards: warning: {p}");
    }
    let ids = (!wanted.is_empty())
        .then(|| chosen(&youths, wanted))
        .transpose()?;
    let (ys, ms) = bundle::choose(&youths, &loaded.measurements, ids.as_deref());
    let pass = passphrase(true)?;
    let bytes = bundle::seal(&bundle::make(&ys, &ms, &now()), &pass, None).map_err(|e| match e {
        BundleError::ShortPassphrase => format!(
            "the passphrase must be at least {MIN_PASSPHRASE} characters (a few words); nothing was written"
        ),
        other => other.to_string(),
    })?;
    let write = || -> std::io::Result<()> {
        use std::io::Write;
        let mut f = crate::core::store::create_private_file(out)?;
        f.write_all(&bytes)?;
        f.sync_all()
    };
    write().map_err(|e| format!("{}: cannot write: {e}", out.display()))?;
    println!(
        "wrote {} youth record(s) and {} measurement(s) from {} to {} ({} bytes, encrypted)",
        ys.len(),
        ms.len(),
        data_dir.display(),
        out.display(),
        bytes.len()
    );
    Ok(())
}

pub(super) fn import(data_dir: &Path, file: &Path) -> Result<(), Failure> {
    let store = open_with_pin(data_dir)?;
    if !store.can_save() {
        return Err(format!(
            "{}: no mentor PIN is set for this folder yet; set one in the app (Mentordeel) first",
            data_dir.display()
        ));
    }
    let bytes = std::fs::read(file).map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
    let pass = passphrase(false)?;
    let b = bundle::open(&bytes, &pass)
        .map_err(|e| format!("{}: {e}; nothing was imported", file.display()))?;
    // What is here, with any import that was cut off finished or undone first.
    bundle::finish(&store).map_err(|e| e.to_string())?;
    let loaded = load_all(&store);
    let (youths, _) = youth::load_all(&store);
    let merge =
        bundle::plan_into(&store, &loaded.measurements, &youths, &b).map_err(|e| e.to_string())?;
    for p in &merge.problems {
        eprintln!("jas-cards: warning: {}: {p}", file.display());
    }
    bundle::apply(&store, &merge).map_err(|e| {
        format!("{e}; the folder is as it was, or the import completes when it is next opened")
    })?;
    println!(
        "imported {} into {}: {}",
        file.display(),
        store.place("measurements"),
        merge.summary()
    );
    Ok(())
}
