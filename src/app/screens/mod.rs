//! The screens, as Bevy states, one module each. Form screens (start, intro, hand-over) are
//! egui; the card table (sort, review) is Bevy UI with bevy_picking, since egui would capture
//! the pointer that drags the cards.

use bevy::prelude::*;

use crate::app::session::Current;

mod handover;
mod intro;
pub mod review;
pub mod sort;
pub mod start;

#[derive(States, Default, Clone, Copy, Eq, PartialEq, Debug, Hash)]
pub enum Screen {
    #[default]
    Start,
    Intro,
    Sort,
    Review,
    Handover,
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .add_systems(Startup, spawn_camera)
        .add_systems(Update, follow_the_sort.after(crate::app::session::Applied))
        .add_plugins((
            start::plugin,
            intro::plugin,
            sort::plugin,
            review::plugin,
            handover::plugin,
        ));
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn(Camera2d);
}

/// The last card placed opens the review; a finished sort goes to the hand-over.
fn follow_the_sort(
    current: Res<Current>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    if !current.is_changed() {
        return;
    }
    let Some(m) = &current.0 else { return };
    match screen.get() {
        Screen::Sort if m.sort.current().is_none() => next.set(Screen::Review),
        Screen::Review if m.sort.is_finished() => next.set(Screen::Handover),
        _ => {}
    }
}
