//! Keeps egui from waking the app when nothing happened, so an untouched screen draws no
//! frames (tablet batteries).
//!
//! bevy_egui 0.42 pushes `ModifiersChanged` into egui's input on every pass, even when no key
//! changed. egui counts any input event as a reason to repaint at once, so each pass asked
//! for the next one and the app drew about 75 frames a second while nobody touched it. We drop
//! the event when the modifiers are the same as the last ones egui was told about: egui keeps
//! its own modifier state between passes, so it loses nothing.

use bevy::platform::collections::HashMap;
use bevy::prelude::*;
use bevy_egui::egui::{Event, Modifiers};
use bevy_egui::{EguiInput, EguiPreUpdateSet};

pub fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_unchanged_modifiers
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    );
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
