//! Reactive rendering: an untouched screen draws no frames (tablet batteries), and a touched
//! one draws until the touch has had its effect.
//!
//! The app waits for input instead of drawing continuously. Two things needed help:
//!
//! - A touch takes two frames to act: bevy_picking makes a pointer for a new finger in the
//!   frame the finger lands and finds what is under it in the next. Waiting for the next input
//!   left a tap half done until the finger touched again (seen in the browser build). So after
//!   any input we ask for one frame more.
//! - bevy_egui 0.42 pushes `ModifiersChanged` into egui's input on every pass, even when no key
//!   changed. egui counts any input event as a reason to repaint at once, so each pass asked
//!   for the next one and the app drew about 75 frames a second while nobody touched it. We
//!   drop the event when the modifiers are the same as the last ones egui was told about: egui
//!   keeps its own modifier state between passes, so it loses nothing.
//! - A resized window (a tablet turned to portrait) takes two frames too: bevy_egui sizes its
//!   screen from the camera, which learns the new size only at the end of the first frame. A
//!   form screen stayed laid out for the old size, cut off, until the next touch (seen in the
//!   browser build). So a resize also asks for one frame more.

use std::time::Duration;

use bevy::input::keyboard::KeyboardInput;
use bevy::input::mouse::{MouseButtonInput, MouseWheel};
use bevy::input::touch::TouchInput;
use bevy::platform::collections::HashMap;
use bevy::prelude::*;
use bevy::window::{RequestRedraw, WindowResized, WindowScaleFactorChanged};
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::egui::{Event, Modifiers};
use bevy_egui::{EguiInput, EguiPreUpdateSet};

/// Wait for input, however long: no timer wakes the app.
pub fn settings() -> WinitSettings {
    WinitSettings {
        focused_mode: UpdateMode::reactive(Duration::MAX),
        unfocused_mode: UpdateMode::reactive_low_power(Duration::MAX),
    }
}

pub fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_unchanged_modifiers
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    )
    .add_systems(Last, one_more_frame_after_input);
}

/// Input arrived or the window changed size this frame: draw the next one too, so picking,
/// egui and the layout finish with it.
#[allow(clippy::too_many_arguments)]
fn one_more_frame_after_input(
    mut touches: MessageReader<TouchInput>,
    mut buttons: MessageReader<MouseButtonInput>,
    mut wheels: MessageReader<MouseWheel>,
    mut keys: MessageReader<KeyboardInput>,
    mut resized: MessageReader<WindowResized>,
    mut rescaled: MessageReader<WindowScaleFactorChanged>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    // Read them all: the readers must not carry old input into the next frame.
    let any = touches.read().count()
        + buttons.read().count()
        + wheels.read().count()
        + keys.read().count()
        + resized.read().count()
        + rescaled.read().count();
    if any > 0 {
        redraw.write(RequestRedraw);
    }
}

fn drop_unchanged_modifiers(
    mut inputs: Query<(Entity, &mut EguiInput)>,
    mut last: Local<HashMap<Entity, Modifiers>>,
) {
    for (entity, mut input) in &mut inputs {
        let known = last.entry(entity).or_default();
        input.events.retain(|event| match event {
            Event::ModifiersChanged(m) if m == known => false,
            Event::ModifiersChanged(m) => {
                *known = *m;
                true
            }
            // egui forgets the modifiers when the window loses focus.
            Event::WindowFocused(false) => {
                *known = Modifiers::default();
                true
            }
            _ => true,
        });
    }
}
