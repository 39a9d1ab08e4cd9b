//! The browser's storage: measurements in local storage, exports as downloads.

use wasm_bindgen::{JsCast, JsValue};

use crate::core::kv_store::KeyValue;
use crate::core::store::StoreProblem;

/// Every key of ours starts with this, so other pages' data on the same origin is left alone.
pub(super) const PREFIX: &str = "jas-cards/";

/// The browser's local storage; [`KeyValueStore`] makes it a [`Store`](crate::core::store::Store).
pub struct LocalStorage;

fn storage() -> Result<web_sys::Storage, StoreProblem> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| StoreProblem::Other("the browser allows no local storage".into()))
}

/// A full storage is the browser's "disk full"; anything else is passed on as it is.
fn problem(e: JsValue) -> StoreProblem {
    let name = e
        .dyn_ref::<web_sys::DomException>()
        .map(|d| d.name())
        .unwrap_or_default();
    if name == "QuotaExceededError" {
        StoreProblem::DiskFull
    } else {
        StoreProblem::Other(format!("{e:?}"))
    }
}

impl KeyValue for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreProblem> {
        storage()?.get_item(key).map_err(problem)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreProblem> {
        storage()?.set_item(key, value).map_err(problem)
    }

    fn remove(&self, key: &str) -> Result<(), StoreProblem> {
        storage()?.remove_item(key).map_err(problem)
    }

    fn keys(&self) -> Result<Vec<String>, StoreProblem> {
        let s = storage()?;
        let n = s.length().map_err(problem)?;
        Ok((0..n).filter_map(|i| s.key(i).ok().flatten()).collect())
    }
}

/// Offers `bytes` to the user as a downloaded file called `name`.
pub fn download(name: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |e: JsValue| format!("{name}: the download failed ({e:?})");
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes).into());
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| format!("{name}: no page to download from"))?;
    let link: web_sys::HtmlElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|e| fail(e.into()))?;
    link.set_attribute("href", &url).map_err(fail)?;
    link.set_attribute("download", name).map_err(fail)?;
    link.click();
    // The browser reads the file after this call returns: let go of it a minute later, not
    // at once (a revoked address can leave the download empty).
    let window = web_sys::window().ok_or_else(|| format!("{name}: no page to download from"))?;
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)
        .map_err(fail)?;
    Ok(())
}

/// Asks the browser to keep this site's storage when it runs short of space (it may ask the
/// user, or decide by itself); without it, a browser may clear local storage under pressure.
pub fn ask_to_keep_storage() {
    if let Some(window) = web_sys::window()
        && let Ok(promise) = window.navigator().storage().persist()
    {
        // The answer does not change what the app does: nothing to wait for.
        drop(promise);
    }
}
