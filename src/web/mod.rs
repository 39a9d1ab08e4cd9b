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

/// How far (CSS pixels) a touch may move and still be a tap: one that moved further was a
/// scroll or a drag, which speaks nothing and opens nothing where it happens to end.
const TAP_SLOP: f32 = 24.0;

thread_local! {
    /// Where the touch (or the primary button's press) under way began.
    static TAP_START: std::cell::RefCell<Option<(f32, f32)>> =
        const { std::cell::RefCell::new(None) };
}

/// Calls `on_end` with where a tap ended, in CSS pixels, inside the page's own event: the only
/// place Safari lets a page speak or open a file dialog. A tap ends twice (touchend, then
/// pointerup): `on_end` tells the two apart itself.
fn on_tap_end(on_end: impl Fn(f32, f32) + Copy + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let listen = |event: &str, handler: &js_sys::Function| {
        let _ = document.add_event_listener_with_callback(event, handler);
    };
    let began = |x: f32, y: f32| TAP_START.with_borrow_mut(|s| *s = Some((x, y)));
    // A tap: it ends where it began (give or take a finger's wobble).
    let ended = move |x: f32, y: f32| {
        let tap = TAP_START.with_borrow(|s| {
            s.is_some_and(|(x0, y0)| (x - x0).abs() <= TAP_SLOP && (y - y0).abs() <= TAP_SLOP)
        });
        if tap {
            on_end(x, y);
        }
    };
    let first_touch = |e: &web_sys::TouchEvent| {
        let t = e.changed_touches().get(0)?;
        Some((t.client_x() as f32, t.client_y() as f32))
    };
    let start = Closure::<dyn FnMut(web_sys::TouchEvent)>::new(move |e: web_sys::TouchEvent| {
        if let Some((x, y)) = first_touch(&e) {
            began(x, y);
        }
    });
    listen("touchstart", start.as_ref().unchecked_ref());
    start.forget();
    let end = Closure::<dyn FnMut(web_sys::TouchEvent)>::new(move |e: web_sys::TouchEvent| {
        if let Some((x, y)) = first_touch(&e) {
            ended(x, y);
        }
    });
    listen("touchend", end.as_ref().unchecked_ref());
    end.forget();
    // The primary button only: a right-click is no tap.
    let down = Closure::<dyn FnMut(web_sys::PointerEvent)>::new(move |e: web_sys::PointerEvent| {
        if e.button() == 0 {
            began(e.client_x() as f32, e.client_y() as f32);
        }
    });
    listen("pointerdown", down.as_ref().unchecked_ref());
    down.forget();
    let up = Closure::<dyn FnMut(web_sys::PointerEvent)>::new(move |e: web_sys::PointerEvent| {
        if e.button() == 0 {
            ended(e.client_x() as f32, e.client_y() as f32);
        }
    });
    listen("pointerup", up.as_ref().unchecked_ref());
    up.forget();
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
