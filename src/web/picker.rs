//! The browser's file dialog for "Binnenhalen": a web page has no folder to look in, so the
//! mentor picks the bundle, and it is read into memory for the transfer screen.

use std::sync::{Arc, Mutex};

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::app::exports::Pick;

/// A file's name and bytes.
type Picked = Option<(String, Vec<u8>)>;

/// The file picked last (its name and bytes), until the screen takes it.
#[derive(Default)]
pub struct FilePicker {
    picked: Arc<Mutex<Picked>>,
    waiting: Arc<Mutex<bool>>,
}

impl Pick for FilePicker {
    fn open(&self) {
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
        let (picked, waiting) = (self.picked.clone(), self.waiting.clone());
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
                    *picked.lock().unwrap_or_else(|e| e.into_inner()) = Some((name, bytes));
                }
            });
            reader.set_onload(Some(on_load.unchecked_ref()));
            if reader.read_as_array_buffer(&file).is_ok() {
                *waiting.lock().unwrap_or_else(|e| e.into_inner()) = true;
            }
        });
        input.set_onchange(Some(on_change.unchecked_ref()));
        input.click();
    }

    fn take(&self) -> Option<(String, Vec<u8>)> {
        let file = self.picked.lock().unwrap_or_else(|e| e.into_inner()).take();
        if file.is_some() {
            *self.waiting.lock().unwrap_or_else(|e| e.into_inner()) = false;
        }
        file
    }

    fn waiting(&self) -> bool {
        *self.waiting.lock().unwrap_or_else(|e| e.into_inner())
    }
}
