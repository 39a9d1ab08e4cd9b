//! The browser build: the app on the page's canvas, measurements in the browser's local
//! storage (so a reload or a closed tab loses nothing), exports as downloads. Nothing is sent
//! anywhere: there is no network code, only the page's own storage.

use std::path::PathBuf;
use std::sync::Arc;

use crate::app::exports::{Deliver, Delivery};
use crate::app::{AppOptions, Decks, Lang};
use crate::core::deck::DeckSet;
use crate::core::kv_store::KeyValueStore;

mod keyboard;
mod picker;
mod speech;
mod storage;

use storage::PREFIX;
pub use storage::{LocalStorage, download};

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
    storage::ask_to_keep_storage();
    let store = KeyValueStore::new(LocalStorage, PREFIX);
    // Warn the mentor (in the mentor area) while there is still room to export.
    let problems: Vec<String> = store
        .usage()
        .ok()
        .and_then(crate::core::kv_store::storage_warning)
        .into_iter()
        .collect();
    let mut app = crate::app::build(
        options,
        decks,
        Arc::new(store),
        place.to_string(),
        problems,
        Delivery(Arc::new(Downloads)),
    );
    app.add_plugins(plugin);
    // Bundles to read in come from the browser's file dialog.
    app.insert_resource(crate::app::exports::Inbox::Picker(Arc::new(
        picker::FilePicker,
    )));
    app.run();
}

/// A web page has no folder of its own: an export is offered as a download.
struct Downloads;

impl Deliver for Downloads {
    fn deliver(&self, name: &str, bytes: &[u8]) -> Result<String, String> {
        download(name, bytes).map(|()| name.to_string())
    }
}

/// Names the screen on the canvas (`data-screen="sort"`), so a browser test or an assistive
/// tool can tell where the app is without reading pixels.
fn plugin(app: &mut bevy::prelude::App) {
    use bevy::prelude::*;
    app.add_plugins((keyboard::plugin, picker::plugin, speech::plugin));
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

/// Calls `on_end` with where a touch (or a click) ended, in CSS pixels, inside the page's own
/// event: the only place Safari lets a page speak or open a file dialog. A touch ends twice
/// (touchend, then pointerup): `on_end` tells the two apart itself.
fn on_tap_end(on_end: impl Fn(f32, f32) + Copy + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let touch = Closure::<dyn FnMut(web_sys::TouchEvent)>::new(move |e: web_sys::TouchEvent| {
        let touches = e.changed_touches();
        for i in 0..touches.length() {
            if let Some(t) = touches.get(i) {
                on_end(t.client_x() as f32, t.client_y() as f32);
            }
        }
    });
    let _ = document.add_event_listener_with_callback("touchend", touch.as_ref().unchecked_ref());
    touch.forget();
    let pointer =
        Closure::<dyn FnMut(web_sys::PointerEvent)>::new(move |e: web_sys::PointerEvent| {
            on_end(e.client_x() as f32, e.client_y() as f32);
        });
    let _ =
        document.add_event_listener_with_callback("pointerup", pointer.as_ref().unchecked_ref());
    pointer.forget();
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
