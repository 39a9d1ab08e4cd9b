//! A simulated finger: touch events as a tablet sends them, one per frame, through the window
//! to bevy_picking. The demo holds a card mid-drag with it, the benchmark sorts a deck with it
//! and the headless tests drag and tap with it; one routine, so all three drive the app the
//! same way.

use bevy::input::touch::{TouchInput, TouchPhase};
use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;
use bevy::window::WindowEvent;

/// The touch event of finger `id` in `window`.
pub fn event(window: Entity, id: u64, phase: TouchPhase, position: Vec2) -> WindowEvent {
    WindowEvent::TouchInput(TouchInput {
        phase,
        position,
        window,
        force: None,
        id,
    })
}

/// The centre of a laid-out UI node, in logical window pixels (where touches land).
pub fn centre(transform: &UiGlobalTransform, node: &ComputedNode) -> Vec2 {
    transform.translation * node.inverse_scale_factor
}

/// A finger's way from `from` to `to`: pressed at `from`, `moves` steps along the line, then
/// lifted at `to` (unless `lift` is false: the finger stays down).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub from: Vec2,
    pub to: Vec2,
    pub moves: u32,
    pub lift: bool,
}

impl Stroke {
    /// The event of frame `step` (0 = the press), or `None` once the stroke is over.
    pub fn at(&self, step: u32) -> Option<(TouchPhase, Vec2)> {
        match step {
            0 => Some((TouchPhase::Started, self.from)),
            s if s <= self.moves => Some((
                TouchPhase::Moved,
                self.from.lerp(self.to, s as f32 / self.moves.max(1) as f32),
            )),
            s if s == self.moves + 1 && self.lift => Some((TouchPhase::Ended, self.to)),
            _ => None,
        }
    }

    /// Every event of the stroke, in order.
    pub fn events(&self) -> impl Iterator<Item = (TouchPhase, Vec2)> + '_ {
        (0..).map_while(|s| self.at(s))
    }
}
