//! Dragging a card, with one code path for mouse and touch (both are bevy_picking pointers).
//!
//! bevy_picking starts a drag at the first movement; a finger always moves a little, so a drag
//! only counts once it has gone [`DRAG_THRESHOLD`] pixels: below that it is a tap. A card that
//! is not dropped on a pile slides back to where it was.

use bevy::prelude::*;
use bevy::window::RequestRedraw;

/// A drag shorter than this (in logical pixels) is a tap.
pub const DRAG_THRESHOLD: f32 = 8.0;

/// The size of a lifted card, relative to its size at rest.
pub const LIFTED_SCALE: f32 = 0.55;

/// A card that can be dragged onto a pile; carries the statement it shows.
#[derive(Component, Clone, Debug)]
pub struct Draggable {
    pub statement: String,
}

/// Whether the pointer on this card has moved past the threshold since it was pressed.
#[derive(Component, Default, Debug)]
pub struct DragMemory {
    pub moved: bool,
}

/// Set by the pile that accepted the card being dropped this frame.
#[derive(Resource, Default, Debug)]
pub struct DropClaimed(pub Option<Entity>);

/// A card was tapped (pressed and released without a drag).
#[derive(Message, Clone, Debug, PartialEq)]
pub struct CardTapped(pub String);

/// Moves a UI node's offset (and scale) smoothly to a target; keeps frames coming meanwhile.
#[derive(Component, Debug)]
pub struct Slide {
    pub from: Vec2,
    pub to: Vec2,
    pub elapsed: f32,
    pub seconds: f32,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DropClaimed>()
        .add_message::<CardTapped>()
        .add_systems(Update, slide);
}

/// Makes a spawned card draggable and tappable.
pub fn make_draggable(card: &mut EntityCommands, statement: &str) {
    card.insert((
        Draggable {
            statement: statement.to_string(),
        },
        DragMemory::default(),
        // The piles under the card must still see the pointer, or nothing is ever dropped.
        Pickable {
            should_block_lower: false,
            is_hoverable: true,
        },
        UiTransform::default(),
        GlobalZIndex::default(),
    ))
    .observe(on_press)
    .observe(on_drag)
    .observe(on_drag_end)
    .observe(on_click);
}

fn on_press(mut ev: On<Pointer<Press>>, mut q: Query<&mut DragMemory>) {
    ev.propagate(false);
    if let Ok(mut m) = q.get_mut(ev.entity) {
        m.moved = false;
    }
}

fn on_drag(
    mut ev: On<Pointer<Drag>>,
    scale: Res<UiScale>,
    mut q: Query<(&mut DragMemory, &mut UiTransform, &mut GlobalZIndex)>,
    mut commands: Commands,
) {
    ev.propagate(false);
    let Ok((mut memory, mut transform, mut z)) = q.get_mut(ev.entity) else {
        return;
    };
    if !memory.moved && ev.distance.length() < DRAG_THRESHOLD {
        return;
    }
    memory.moved = true;
    let d = ev.distance / scale.0.max(0.01);
    transform.translation = Val2::px(d.x, d.y);
    // A lifted card shrinks so the piles under the finger, and the one lighting up, stay in
    // sight.
    transform.scale = Vec2::splat(LIFTED_SCALE);
    z.0 = 100;
    commands.entity(ev.entity).remove::<Slide>();
}

fn on_drag_end(
    mut ev: On<Pointer<DragEnd>>,
    scale: Res<UiScale>,
    mut claimed: ResMut<DropClaimed>,
    mut q: Query<(&DragMemory, &mut UiTransform, &mut GlobalZIndex)>,
    mut commands: Commands,
) {
    ev.propagate(false);
    let was_claimed = claimed.0.take() == Some(ev.entity);
    let Ok((memory, mut transform, mut z)) = q.get_mut(ev.entity) else {
        return;
    };
    z.0 = 0;
    transform.scale = Vec2::ONE;
    if was_claimed || !memory.moved {
        return;
    }
    // Not dropped on a pile: slide back.
    let from = ev.distance / scale.0.max(0.01);
    commands.entity(ev.entity).insert(Slide {
        from,
        to: Vec2::ZERO,
        elapsed: 0.0,
        seconds: 0.18,
    });
}

fn on_click(
    mut ev: On<Pointer<Click>>,
    q: Query<(&DragMemory, &Draggable)>,
    mut taps: MessageWriter<CardTapped>,
) {
    ev.propagate(false);
    if let Ok((memory, card)) = q.get(ev.entity)
        && !memory.moved
    {
        taps.write(CardTapped(card.statement.clone()));
    }
}

fn slide(
    time: Res<Time>,
    mut q: Query<(Entity, &mut Slide, &mut UiTransform)>,
    mut commands: Commands,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    for (entity, mut s, mut transform) in &mut q {
        s.elapsed += time.delta_secs();
        let t = (s.elapsed / s.seconds).clamp(0.0, 1.0);
        // Ease out: fast at first, gentle at the end.
        let k = 1.0 - (1.0 - t) * (1.0 - t);
        let p = s.from.lerp(s.to, k);
        transform.translation = Val2::px(p.x, p.y);
        if t >= 1.0 {
            commands.entity(entity).remove::<Slide>();
        } else {
            redraw.write(RequestRedraw);
        }
    }
}
