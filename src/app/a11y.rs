//! A screen reader sees the game, natively, through Bevy's AccessKit support (on Linux:
//! AT-SPI, the `accesskit_unix` feature). The card is a label with its words; each pile a
//! button named with its word and count ("Eens, 4 kaarten"); the skip pile, every button and
//! every speaker by their words. A screen reader's activate action on a node is a tap on it:
//! the app gets the same touch a finger would give, so on a pile it places the card, as the
//! no-drag path does.
//!
//! egui's screens (start, intro, hand-over, mentor area) join the same tree through
//! `a11y_egui`. In the browser there is no AccessKit: `web::speech` puts the card into the
//! page's `aria-live` element.

use accesskit::{Action, NodeId, Role};
use bevy::a11y::{AccessibilityNode, ActionRequest};
use bevy::input::touch::{TouchInput, TouchPhase};
use bevy::picking::PickingSystems;
use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;
use bevy::window::{PrimaryWindow, WindowEvent};

/// The finger a screen reader's tap comes as (no real finger has this number).
const SCREEN_READER_FINGER: u64 = 0xA11;

/// An accessible node of `role`, named `label`; a button also answers a screen reader's
/// activate action.
pub fn node(role: Role, label: &str) -> AccessibilityNode {
    let mut n = accesskit::Node::new(role);
    n.set_label(label);
    if role == Role::Button {
        n.add_action(Action::Click);
    }
    AccessibilityNode(n)
}

/// A node's name of our own, kept over the one Bevy UI derives from a button's words (a
/// speaker button has a picture and no words).
#[derive(Component, Clone, Debug, PartialEq, Eq)]
pub struct Named(pub String);

/// A label whose words a screen reader reads (AT-SPI names a label by its value).
pub fn label(text: &str) -> AccessibilityNode {
    let mut n = node(Role::Label, text);
    n.0.set_value(text);
    n
}

/// Sets the name of `node`, touching it only when the name changes (a changed node is sent
/// to the screen reader again).
pub fn rename(node: &mut Mut<AccessibilityNode>, label: &str) {
    if node.0.label() != Some(label) {
        node.0.set_label(label);
    }
}

pub(super) fn plugin(app: &mut App) {
    // Registered by Bevy's accessibility plugin in the app; here too for the headless tests,
    // which send them as a screen reader would.
    app.add_message::<ActionRequest>().add_systems(
        First,
        taps_from_a_screen_reader.before(PickingSystems::Input),
    );
    app.add_systems(
        PostUpdate,
        (keep_names, hide_what_is_not_shown)
            .after(bevy::ui::UiSystems::PostLayout)
            .before(bevy::a11y::AccessibilitySystems::Update),
    )
    .add_systems(
        PostUpdate,
        a_frame_for_each_request.after(bevy::a11y::AccessibilitySystems::Update),
    );
    #[cfg(not(target_arch = "wasm32"))]
    app.add_systems(Last, wake_for_a_screen_reader).add_systems(
        PostUpdate,
        no_focus_on_the_window.before(bevy::a11y::AccessibilitySystems::Update),
    );
}

/// Bevy gives the input focus to the window at start; while the focus is on something the
/// screen reader does not know, Bevy sends it nothing at all. Nothing in the app takes the
/// keyboard focus, so the focus is kept on nothing (or on a node the screen reader knows).
#[cfg(not(target_arch = "wasm32"))]
fn no_focus_on_the_window(
    focus: Option<ResMut<bevy::input_focus::InputFocus>>,
    nodes: Query<(), With<AccessibilityNode>>,
) {
    if let Some(mut focus) = focus
        && focus.get().is_some_and(|e| !nodes.contains(e))
    {
        focus.clear();
    }
}

/// The app waits for input and draws nothing meanwhile (`reactive`), but a screen reader that
/// connects, or asks to activate a node, is no input Bevy wakes for: AccessKit only notes it,
/// for the next frame. A thread of our own watches those notes (ten times a second; it draws
/// nothing) and wakes the app when there is one, so an idle screen stays idle without a
/// screen reader and answers one at once.
#[cfg(not(target_arch = "wasm32"))]
fn wake_for_a_screen_reader(
    requested: Option<Res<bevy::a11y::AccessibilityRequested>>,
    handlers: Option<Res<bevy::winit::accessibility::WinitActionRequestHandlers>>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
    mut started: Local<bool>,
) {
    let (Some(requested), Some(handlers), Some(proxy)) = (requested, handlers, proxy) else {
        return;
    };
    if *started || handlers.is_empty() {
        return;
    }
    *started = true;
    let requested = requested.clone();
    let queues: Vec<_> = handlers.values().cloned().collect();
    let proxy = (**proxy).clone();
    let spawned = std::thread::Builder::new()
        .name("screen-reader-watch".into())
        .spawn(move || {
            let mut was_requested = false;
            // Frames still to wake for after a screen reader connected: AccessKit takes a
            // moment to get ready after asking, and drops what it is given before.
            let mut settling = 0u8;
            loop {
                std::thread::sleep(std::time::Duration::from_millis(100));
                let now_requested = requested.get();
                if now_requested && !was_requested {
                    info!("a screen reader connected");
                    settling = 10;
                }
                was_requested = now_requested;
                let asked = queues.iter().any(|q| q.lock().is_ok_and(|q| !q.is_empty()));
                let settle = settling > 0 && settling % 3 == 1;
                settling = settling.saturating_sub(1);
                // The app has gone when it no longer hears: nothing left to watch for.
                if (asked || settle)
                    && proxy
                        .send_event(bevy::winit::WinitUserEvent::WakeUp)
                        .is_err()
                {
                    return;
                }
            }
        });
    if let Err(e) = spawned {
        warn!("cannot watch for a screen reader: {e}");
    }
}

/// Bevy hands a screen reader's request to the app late in a frame (`PostUpdate`), after
/// this frame's taps were made (`First`): the tap is made in the next frame, so ask for one.
/// Without it, a request that came in while the app was otherwise idle waited for the next
/// input or wake-up, and a screen-reader user's press seemed lost (with two busy loops beside
/// it, 8 of 10 runs of the screen-reader check needed a second press, 2026-11-30).
fn a_frame_for_each_request(
    mut requests: MessageReader<ActionRequest>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    if requests.read().count() > 0 {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// Pictures Bevy UI gave a node of their own (not buttons, not ours), as they change.
type Pictures = (
    With<ImageNode>,
    Without<Button>,
    Without<Named>,
    Changed<AccessibilityNode>,
);

/// Our names stay; pictures (the piles' faces, the loudspeaker) are hidden from the screen
/// reader: the pile or button they are on already says what they mean.
fn keep_names(
    mut named: Query<(&Named, &mut AccessibilityNode), Changed<AccessibilityNode>>,
    mut pictures: Query<&mut AccessibilityNode, Pictures>,
) {
    for (name, mut node) in &mut named {
        rename(&mut node, &name.0);
    }
    for mut node in &mut pictures {
        if !node.0.is_hidden() {
            node.0.set_hidden();
        }
    }
}

/// A node laid out to nothing (`Display::None`: the save banner while saves work) is hidden
/// from the screen reader too.
fn hide_what_is_not_shown(
    mut nodes: Query<(&ComputedNode, &mut AccessibilityNode), Changed<ComputedNode>>,
) {
    for (laid_out, mut node) in &mut nodes {
        let shown = laid_out.size() != Vec2::ZERO;
        if shown == node.0.is_hidden() {
            if shown {
                node.0.clear_hidden();
            } else {
                node.0.set_hidden();
            }
        }
    }
}

/// A screen reader's activate action on a node is a tap on its centre, given as the events a
/// finger or a mouse would give, one per frame: on Bevy UI's nodes a finger down and up (as
/// bevy_picking hears touches), on egui's widgets the pointer moved there, pressed and
/// released (bevy_egui hears touches elsewhere, the mouse among the window's events).
fn taps_from_a_screen_reader(
    mut requests: MessageReader<ActionRequest>,
    nodes: Query<(&UiGlobalTransform, &ComputedNode)>,
    widgets: Query<&crate::app::a11y_egui::EguiWidget>,
    window: Query<Entity, With<PrimaryWindow>>,
    mut events: MessageWriter<WindowEvent>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
    (mut queued, mut frames): (Local<std::collections::VecDeque<WindowEvent>>, Local<u8>),
) {
    use bevy::input::ButtonState;
    use bevy::input::mouse::{MouseButton, MouseButtonInput};
    let Ok(window) = window.single() else { return };
    for request in requests.read() {
        if request.0.action != Action::Click {
            continue;
        }
        let NodeId(bits) = request.0.target_node;
        let Some(entity) = Entity::try_from_bits(bits) else {
            continue;
        };
        let touch = |phase, position| {
            WindowEvent::TouchInput(TouchInput {
                phase,
                position,
                window,
                force: None,
                id: SCREEN_READER_FINGER,
            })
        };
        let button = |state| {
            WindowEvent::MouseButtonInput(MouseButtonInput {
                button: MouseButton::Left,
                state,
                window,
            })
        };
        if let Ok((at, node)) = nodes.get(entity) {
            let centre = at.translation * node.inverse_scale_factor;
            queued.extend([
                touch(TouchPhase::Started, centre),
                touch(TouchPhase::Ended, centre),
            ]);
        } else if let Ok(widget) = widgets.get(entity) {
            queued.extend([
                WindowEvent::CursorMoved(bevy::window::CursorMoved {
                    window,
                    position: widget.0.center(),
                    delta: None,
                }),
                button(ButtonState::Pressed),
                button(ButtonState::Released),
            ]);
        }
    }
    if let Some(event) = queued.pop_front() {
        events.write(event);
        // The tap takes a few frames more to act (picking, a held press): ask for them, since
        // no input of the window's own wakes the app.
        *frames = 4;
    }
    if *frames > 0 {
        *frames -= 1;
        redraw.write(bevy::window::RequestRedraw);
    }
}
