//! A pointer that arrives and presses in the same frame still acts.
//!
//! Switch access, dwell clicking, a screen reader's "activate", remote desktops and some
//! touch-to-mouse drivers move the pointer and press and release it all at once. bevy_picking
//! 0.19 finds a `Press` among the entities hovered *now*, but a `Release` and the `Click` among
//! those hovered in the *previous* frame (`pointer_events` in `bevy_picking/src/events.rs`: so
//! that a lifted finger, which hovers nothing, still clicks). When the move came in the same
//! frame, the previous frame hovered something else: the press is dropped and nothing is
//! clicked (seen with `xdotool mousemove X Y click 1`: no card placed).
//!
//! So we hold back, per pointer, a press or release that follows a move of that pointer in the
//! same frame (and everything after it, to keep the order), and send it in the next frame,
//! when the new position is the previous hover too. A button is then one frame later, which
//! nobody sees; the app draws that frame because input asks for one more (`reactive`).

use bevy::picking::PickingSystems;
use bevy::picking::pointer::{PointerAction, PointerId, PointerInput};
use bevy::platform::collections::HashSet;
use bevy::prelude::*;
use bevy::window::RequestRedraw;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        First,
        hold_buttons_after_a_move
            .after(PickingSystems::Input)
            .before(PickingSystems::PostInput),
    );
}

/// Holds back buttons that came with a move of their pointer; sends held ones a frame later.
fn hold_buttons_after_a_move(
    mut messages: ResMut<Messages<PointerInput>>,
    mut held: Local<Vec<PointerInput>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let new = messages.iter_current_update_messages().count();
    if held.is_empty() && new == 0 {
        return;
    }
    let needs_holding = {
        let mut moved = HashSet::<PointerId>::new();
        messages
            .iter_current_update_messages()
            .any(|m| match m.action {
                PointerAction::Move { .. } => {
                    moved.insert(m.pointer_id);
                    false
                }
                PointerAction::Press(_) | PointerAction::Release(_) => {
                    moved.contains(&m.pointer_id)
                }
                _ => false,
            })
    };
    if held.is_empty() && !needs_holding {
        return;
    }
    // Every picking reader read last frame's messages then; only this frame's are still to be
    // read. Take them all out, and write back what may go now: last frame's held ones first.
    let all: Vec<PointerInput> = messages.drain().collect();
    let fresh = all[all.len() - new..].to_vec();
    let mut moved = HashSet::<PointerId>::new();
    let mut blocked = HashSet::<PointerId>::new();
    let mut later = Vec::new();
    for m in std::mem::take(&mut *held).into_iter().chain(fresh) {
        let id = m.pointer_id;
        let button = matches!(
            m.action,
            PointerAction::Press(_) | PointerAction::Release(_)
        );
        if blocked.contains(&id) || (button && moved.contains(&id)) {
            blocked.insert(id);
            later.push(m);
            continue;
        }
        if matches!(m.action, PointerAction::Move { .. }) {
            moved.insert(id);
        }
        messages.write(m);
    }
    if !later.is_empty() {
        redraw.write(RequestRedraw);
    }
    *held = later;
}
