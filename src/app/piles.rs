//! The piles as drop targets and tap targets. A pile lights up while a card is dragged over
//! it; a drop or a tap turns into a move (a [`Play`]); the screen decides which card a tap
//! places (the current card in the sort, the selected card in the review).

use bevy::prelude::*;

use crate::app::cards::{DragMemory, Draggable, DropClaimed};
use crate::app::session::{Current, Play};
use crate::app::theme;
use crate::core::sort::{Action, Lean, Placement};

/// Where a card can go: one of the five piles, the skip pile, or (three piles first) a side.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Pile(u8),
    Skip,
    Lean(Lean),
}

impl Target {
    /// The move that puts `statement` here.
    pub fn action(self, statement: &str) -> Action {
        match self {
            Target::Pile(pile) => Action::Place {
                statement: statement.to_string(),
                pile,
            },
            Target::Skip => Action::Skip {
                statement: statement.to_string(),
            },
            Target::Lean(toward) => Action::Lean {
                statement: statement.to_string(),
                toward,
            },
        }
    }

    pub fn placement(self) -> Placement {
        match self {
            Target::Pile(p) => Placement::Pile(p),
            Target::Skip => Placement::Skipped,
            Target::Lean(lean) => Placement::Leaning(lean),
        }
    }
}

/// A pile was tapped (the no-drag path).
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct PileTapped(pub Target);

pub(super) fn plugin(app: &mut App) {
    app.add_message::<PileTapped>();
}

/// Makes a spawned node a pile: a drop target and a tap target.
pub fn make_target(pile: &mut EntityCommands, target: Target) {
    pile.insert((
        target,
        Outline {
            width: px(7),
            offset: px(3),
            color: Color::NONE,
        },
    ))
    .observe(on_drag_enter)
    .observe(on_drag_leave)
    .observe(on_drop)
    .observe(on_click);
}

fn on_drag_enter(
    ev: On<Pointer<DragEnter>>,
    cards: Query<&Draggable>,
    mut outlines: Query<&mut Outline, With<Target>>,
) {
    if cards.contains(ev.dragged)
        && let Ok(mut o) = outlines.get_mut(ev.entity)
    {
        o.color = theme::HIGHLIGHT;
    }
}

fn on_drag_leave(ev: On<Pointer<DragLeave>>, mut outlines: Query<&mut Outline, With<Target>>) {
    if let Ok(mut o) = outlines.get_mut(ev.entity) {
        o.color = Color::NONE;
    }
}

/// A card dropped here: the move, unless the card already lies here or was only tapped.
fn on_drop(
    mut ev: On<Pointer<DragDrop>>,
    targets: Query<&Target>,
    cards: Query<(&Draggable, &DragMemory)>,
    mut outlines: Query<&mut Outline, With<Target>>,
    current: Res<Current>,
    mut claimed: ResMut<DropClaimed>,
    mut plays: MessageWriter<Play>,
) {
    // Drops on a card lying in a pile bubble up to the pile; handle them once, here.
    let Ok(&target) = targets.get(ev.entity) else {
        return;
    };
    ev.propagate(false);
    if let Ok(mut o) = outlines.get_mut(ev.entity) {
        o.color = Color::NONE;
    }
    // `dropped` may be the window or anything else that was dragged: only cards count.
    let Ok((card, memory)) = cards.get(ev.dropped) else {
        return;
    };
    if !memory.moved {
        return;
    }
    claimed.0 = Some(ev.dropped);
    let already_here = current
        .0
        .as_ref()
        .and_then(|m| m.sort.placement(&card.statement))
        == Some(target.placement());
    if !already_here {
        plays.write(Play(target.action(&card.statement)));
    }
}

fn on_click(ev: On<Pointer<Click>>, targets: Query<&Target>, mut taps: MessageWriter<PileTapped>) {
    if let Ok(&target) = targets.get(ev.entity) {
        taps.write(PileTapped(target));
    }
}
