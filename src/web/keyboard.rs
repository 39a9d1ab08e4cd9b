//! Typing on a tablet's on-screen keyboard in the browser.
//!
//! bevy_egui reads the on-screen keyboard through a hidden text field of its own
//! (`egui_text_agent`), which it focuses when a touch ends on an egui text field. But it listens
//! to that hidden field only when the browser calls itself a phone or tablet (a user agent that
//! names Android, iPhone, iPad, ...). An iPad's Safari calls itself a Mac by default (its
//! "desktop website" setting) and a touch laptop calls itself Windows: there a tap on the name
//! field focused the hidden field and every letter typed went nowhere. This module listens to
//! the hidden field in those browsers, the way bevy_egui does on phones.
//!
//! Safari also opens its keyboard only for a field focused inside the touch's own event
//! handler, and bevy_egui focuses the hidden field a frame later. So a touch that ends on one of
//! our text fields focuses it at once, from where the fields were in the last frame drawn.

use std::cell::RefCell;

use bevy::prelude::*;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};
use bevy_egui::egui;
use bevy_egui::input::EguiInputEvent;
use bevy_egui::{
    EguiContexts, EguiInputSet, EguiPostUpdateSet, EguiPreUpdateSet, PrimaryEguiContext,
};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::app::egui_style::text_fields;

const AGENT_ID: &str = "egui_text_agent";

thread_local! {
    /// What the hidden field received, waiting for the next frame's egui input.
    static TYPED: RefCell<Vec<egui::Event>> = const { RefCell::new(Vec::new()) };
    /// Where the text fields were in the last frame, in CSS pixels (egui's points: the app
    /// does not scale egui).
    static FIELDS: RefCell<Vec<egui::Rect>> = const { RefCell::new(Vec::new()) };
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, listen)
        .add_systems(
            PreUpdate,
            forward_typed
                .in_set(EguiPreUpdateSet::ProcessInput)
                .in_set(EguiInputSet::ReadBevyMessages),
        )
        .add_systems(
            PostUpdate,
            remember_fields.after(EguiPostUpdateSet::EndPass),
        );
}

/// The same test bevy_egui makes before it listens to its hidden field itself.
fn bevy_egui_listens() -> bool {
    const MOBILE: [&str; 6] = ["Android", "iPhone", "iPad", "iPod", "webOS", "BlackBerry"];
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .is_some_and(|agent| MOBILE.iter().any(|name| agent.contains(name)))
}

/// Puts the listeners on the hidden field once it exists (bevy_egui makes it at start-up).
fn listen(proxy: Option<Res<EventLoopProxyWrapper>>, mut done: Local<bool>) {
    if *done {
        return;
    }
    let Some(proxy) = proxy else { return };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(agent) = document
        .get_element_by_id(AGENT_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return; // not made yet: try again next frame
    };
    *done = true;
    let proxy = (**proxy).clone();
    // Typing is no window event: an app waiting for input (reactive rendering) must be woken.
    let wake = move || {
        let _ = proxy.send_event(WinitUserEvent::WakeUp);
    };
    let typed = {
        let wake = wake.clone();
        move |event: egui::Event| {
            TYPED.with_borrow_mut(|t| t.push(event));
            wake();
        }
    };

    if !bevy_egui_listens() {
        // As bevy_egui does on phones: take each letter (or word from a suggestion bar) out of
        // the field as it arrives; a word being composed arrives when it is done.
        let field = agent.clone();
        let send = typed.clone();
        on(&agent, "input", move |event: web_sys::InputEvent| {
            let text = field.value();
            if !text.is_empty() && !event.is_composing() {
                field.set_value("");
                send(egui::Event::Text(text));
            }
        });
        let field = agent.clone();
        on(
            &agent,
            "compositionstart",
            move |_: web_sys::CompositionEvent| {
                field.set_value("");
            },
        );
        let send = typed.clone();
        on(
            &agent,
            "compositionupdate",
            move |event: web_sys::CompositionEvent| {
                if let Some(text) = event.data() {
                    send(egui::Event::Ime(egui::ImeEvent::Preedit {
                        text,
                        active_range_chars: None,
                    }));
                }
            },
        );
        let field = agent.clone();
        let send = typed.clone();
        on(
            &agent,
            "compositionend",
            move |event: web_sys::CompositionEvent| {
                if let Some(text) = event.data() {
                    field.set_value("");
                    send(egui::Event::Ime(egui::ImeEvent::Commit(text)));
                }
            },
        );
        // The field is kept empty, so it has nothing to delete: Backspace itself goes to egui.
        // So does Enter (the keyboard's "Go"), which opens the mentor area after the PIN.
        for (name, pressed) in [("keydown", true), ("keyup", false)] {
            let send = typed.clone();
            on(&agent, name, move |event: web_sys::KeyboardEvent| {
                let key = match event.key().as_str() {
                    "Backspace" => egui::Key::Backspace,
                    "Enter" => egui::Key::Enter,
                    _ => return,
                };
                if !event.is_composing() {
                    send(egui::Event::Key {
                        key,
                        physical_key: None,
                        pressed,
                        repeat: false,
                        modifiers: egui::Modifiers::NONE,
                    });
                }
            });
        }
    } else {
        // bevy_egui forwards the letters; the app must still wake for them.
        on(&agent, "input", move |_: web_sys::Event| wake());
        // But not the keyboard's Enter ("Go"), which opens the mentor area after the PIN:
        // seen as an Android tablet, the PIN stayed in its field.
        for (name, pressed) in [("keydown", true), ("keyup", false)] {
            let send = typed.clone();
            on(&agent, name, move |event: web_sys::KeyboardEvent| {
                if event.key() == "Enter" && !event.is_composing() {
                    send(egui::Event::Key {
                        key: egui::Key::Enter,
                        physical_key: None,
                        pressed,
                        repeat: false,
                        modifiers: egui::Modifiers::NONE,
                    });
                }
            });
        }
    }

    // A touch that ends on a text field focuses the hidden field inside the touch's handler,
    // where Safari allows it to open the keyboard.
    let field = agent.clone();
    on(&document, "touchend", move |event: web_sys::TouchEvent| {
        let touches = event.changed_touches();
        let on_field = (0..touches.length())
            .filter_map(|i| touches.get(i))
            .any(|t| {
                let at = egui::pos2(t.client_x() as f32, t.client_y() as f32);
                FIELDS.with_borrow(|fields| fields.iter().any(|r| r.contains(at)))
            });
        if on_field {
            field.set_hidden(false);
            let _ = field.focus();
        }
    });
}

/// Adds `handler` for `event` on `target` for as long as the page lives.
fn on<E>(target: &web_sys::EventTarget, event: &str, handler: impl FnMut(E) + 'static)
where
    E: wasm_bindgen::convert::FromWasmAbi + 'static,
{
    let closure = Closure::<dyn FnMut(E)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Hands what was typed to egui, in this frame's input.
fn forward_typed(
    context: Query<Entity, With<PrimaryEguiContext>>,
    mut input: MessageWriter<EguiInputEvent>,
) {
    let Ok(context) = context.single() else {
        return;
    };
    for event in TYPED.with_borrow_mut(std::mem::take) {
        input.write(EguiInputEvent { context, event });
    }
}

/// Keeps where the text fields were drawn, for the next touch.
fn remember_fields(mut contexts: EguiContexts) {
    if let Ok(ctx) = contexts.ctx_mut() {
        let fields = text_fields(ctx);
        FIELDS.with_borrow_mut(|f| *f = fields);
    }
}
