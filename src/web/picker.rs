//! The browser's file dialog for "Binnenhalen": a web page has no folder to look in, so the
//! mentor picks the bundle, and it is read into memory for the transfer screen.
//!
//! Safari opens a file dialog only from inside a touch's (or click's) own event handler, and
//! the app sees a tap a frame later. So, as the keyboard (`keyboard.rs`) and the voice
//! (`speech.rs`) do, the page's own handler opens it: the app keeps where its "Bestand
//! kiezen" buttons were drawn, and a touch that ends on one opens the dialog there and then.
//! The app's own request for the same tap then finds it open.

use std::cell::RefCell;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPostUpdateSet};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::app::egui_style::file_buttons;
use crate::app::exports::Pick;

/// A tap ends twice (touchend, then pointerup) within this long: one dialog.
const SAME_TAP_MS: f64 = 500.0;

/// The app answers the tap a frame or so later: within this long of the page's handler
/// opening the dialog, the app's own request is for that same tap.
const APP_LATE_MS: f64 = 1500.0;

/// A file's name and bytes.
type Picked = Option<(String, Vec<u8>)>;

thread_local! {
    /// The file picked last, until the screen takes it.
    static PICKED: RefCell<Picked> = const { RefCell::new(None) };
    /// A picked file is being read.
    static WAITING: RefCell<bool> = const { RefCell::new(false) };
    /// Where the file-dialog buttons were in the last frame, in CSS pixels (egui's points).
    static BUTTONS: RefCell<Vec<bevy_egui::egui::Rect>> = const { RefCell::new(Vec::new()) };
    /// When the page's handler last opened the dialog.
    static OPENED_AT: RefCell<f64> = const { RefCell::new(f64::NEG_INFINITY) };
    /// The page's handler opened the dialog, and the app has not yet asked for it.
    static APP_TO_ASK: RefCell<bool> = const { RefCell::new(false) };
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, listen).add_systems(
        PostUpdate,
        remember_buttons.after(EguiPostUpdateSet::EndPass),
    );
}

/// The file dialog, as the transfer screen uses it (the browser is one thread: the state is
/// the page's).
#[derive(Default)]
pub struct FilePicker;

impl Pick for FilePicker {
    fn open(&self) {
        // The tap the page's handler answered already: once.
        let answered = APP_TO_ASK.with_borrow_mut(std::mem::take)
            && OPENED_AT.with_borrow(|at| now_ms() - at < APP_LATE_MS);
        if !answered {
            show_dialog();
        }
    }

    fn take(&self) -> Option<(String, Vec<u8>)> {
        let file = PICKED.with_borrow_mut(Option::take);
        if file.is_some() {
            WAITING.with_borrow_mut(|w| *w = false);
        }
        file
    }

    fn waiting(&self) -> bool {
        WAITING.with_borrow(|w| *w)
    }
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Opens the browser's file dialog for a bundle; the file chosen is read in the background.
fn show_dialog() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(input) = document
        .create_element("input")
        .map(|e| e.unchecked_into::<web_sys::HtmlInputElement>())
    else {
        return;
    };
    input.set_type("file");
    input.set_accept(&format!(".{}", crate::core::bundle::EXTENSION));
    let chosen = input.clone();
    let on_change = Closure::once_into_js(move |_: web_sys::Event| {
        let Some(file) = chosen.files().and_then(|f| f.get(0)) else {
            return;
        };
        let Ok(reader) = web_sys::FileReader::new() else {
            return;
        };
        let name = file.name();
        let done = reader.clone();
        let on_load = Closure::once_into_js(move |_: web_sys::Event| {
            if let Ok(result) = done.result() {
                let bytes = js_sys::Uint8Array::new(&result).to_vec();
                PICKED.with_borrow_mut(|p| *p = Some((name, bytes)));
            }
        });
        reader.set_onload(Some(on_load.unchecked_ref()));
        if reader.read_as_array_buffer(&file).is_ok() {
            WAITING.with_borrow_mut(|w| *w = true);
        }
    });
    input.set_onchange(Some(on_change.unchecked_ref()));
    input.click();
}

/// A touch (or click) that ends on a file-dialog button opens the dialog inside its own event.
fn listen() {
    let on_end = |x: f32, y: f32| {
        let at = bevy_egui::egui::pos2(x, y);
        let on_button = BUTTONS.with_borrow(|b| b.iter().any(|r| r.contains(at)));
        // A touch ends twice (touchend, then pointerup): one dialog.
        let again = OPENED_AT.with_borrow(|t| now_ms() - t < SAME_TAP_MS);
        if on_button && !again {
            OPENED_AT.with_borrow_mut(|t| *t = now_ms());
            APP_TO_ASK.with_borrow_mut(|a| *a = true);
            show_dialog();
        }
    };
    super::on_tap_end(on_end);
}

/// Keeps where the file-dialog buttons were drawn, for the next touch.
fn remember_buttons(mut contexts: EguiContexts) {
    if let Ok(ctx) = contexts.ctx_mut() {
        // As far around them as egui counts a touch on them.
        let radius = ctx.global_style().interaction.interact_radius;
        let buttons = file_buttons(ctx).into_iter().map(|r| r.expand(radius));
        BUTTONS.with_borrow_mut(|b| *b = buttons.collect());
    }
}
