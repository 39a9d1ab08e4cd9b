//! Hands a finished export (CSV, PDF) to the user: on a computer a private file in the data
//! folder's `exports/`, in the browser a download, since a web page has no folder of its own.

use std::path::Path;

/// Delivers `bytes` as `name`; returns where it went, for the screen.
#[cfg(not(target_arch = "wasm32"))]
pub fn deliver(dir: &Path, name: &str, bytes: &[u8]) -> Result<String, String> {
    use std::io::Write;
    let path = dir.join(name);
    crate::core::store::create_private_dir(dir)
        .and_then(|()| crate::core::store::create_private_file(&path)?.write_all(bytes))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path.display().to_string())
}

/// Delivers `bytes` as `name`; returns where it went, for the screen.
#[cfg(target_arch = "wasm32")]
pub fn deliver(_dir: &Path, name: &str, bytes: &[u8]) -> Result<String, String> {
    crate::web::download(name, bytes).map(|()| name.to_string())
}
