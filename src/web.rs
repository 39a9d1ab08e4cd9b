//! The browser build: the app on the page's canvas, measurements in the browser's local
//! storage (so a reload or a closed tab loses nothing), exports as downloads. Nothing is sent
//! anywhere: there is no network code, only the page's own storage.

use std::path::PathBuf;
use std::sync::Arc;

use wasm_bindgen::{JsCast, JsValue};

use crate::app::{AppOptions, Decks, Lang};
use crate::core::deck::DeckSet;
use crate::core::kv_store::{KeyValue, KeyValueStore};
use crate::core::store::StoreProblem;

/// Starts the app in the page (called from `main` on wasm).
pub fn run() {
    let lang = match query("lang").as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Nl,
    };
    let options = AppOptions {
        data_dir: PathBuf::new(),
        decks_dir: None,
        lang,
        size: (1280, 800),
        screenshot: None,
        demo: None,
        bench: None,
    };
    let decks = Decks {
        set: DeckSet::builtin(),
        source: String::new(),
    };
    let place = match lang {
        Lang::En => "this browser (local storage)",
        Lang::Nl => "deze browser (lokale opslag)",
    };
    crate::app::run_with(
        options,
        decks,
        Arc::new(KeyValueStore::new(LocalStorage, PREFIX)),
        place.to_string(),
        Vec::new(),
    );
}

/// Names the screen on the canvas (`data-screen="sort"`), so a browser test or an assistive
/// tool can tell where the app is without reading pixels.
pub fn plugin(app: &mut bevy::prelude::App) {
    use bevy::prelude::*;
    app.add_systems(Update, wake_on_typing);
    app.add_systems(Last, |screen: Res<State<crate::app::Screen>>| {
        if !screen.is_changed() {
            return;
        }
        let name = format!("{:?}", screen.get()).to_lowercase();
        if let Some(canvas) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("jas-cards"))
        {
            let _ = canvas.set_attribute("data-screen", &name);
        }
    });
}

/// Wakes the app when the on-screen keyboard types. bevy_egui reads the tablet's keyboard
/// through a hidden text field of its own (`egui_text_agent`); its events are no window events,
/// so an app waiting for input (reactive rendering) slept through them and showed the typed
/// name only at the next touch.
fn wake_on_typing(
    proxy: Option<bevy::prelude::Res<bevy::winit::EventLoopProxyWrapper>>,
    mut done: bevy::prelude::Local<bool>,
) {
    use wasm_bindgen::closure::Closure;
    if *done {
        return;
    }
    let Some(proxy) = proxy else { return };
    let Some(agent) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("egui_text_agent"))
    else {
        return; // not made yet: try again next frame
    };
    let proxy = (**proxy).clone();
    let wake = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
        let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
    });
    for event in ["input", "compositionend", "keydown", "keyup"] {
        let _ = agent.add_event_listener_with_callback(event, wake.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page.
    wake.forget();
    *done = true;
}

/// A value from the page's address (`?lang=en`).
fn query(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// Every key of ours starts with this, so other pages' data on the same origin is left alone.
const PREFIX: &str = "jas-cards/";

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
    web_sys::Url::revoke_object_url(&url).map_err(fail)?;
    Ok(())
}
