//! The screens, as Bevy states, one module each. Form screens (start, intro, hand-over) are
//! egui; the card table (sort, review) is Bevy UI with bevy_picking, since egui would capture
//! the pointer that drags the cards.

use bevy::prelude::*;

use crate::app::AppSystems;
use crate::app::session::{self, Current, Session};

mod handover;
mod intro;
pub mod mentor;
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
    /// The PIN gate of the mentor area.
    MentorGate,
    MentorHome,
    Board,
    History,
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .add_systems(Startup, spawn_camera)
        .add_systems(
            PreUpdate,
            follow_the_sort
                .in_set(AppSystems::Apply)
                .after(session::apply),
        )
        .add_plugins((
            start::plugin,
            intro::plugin,
            sort::plugin,
            review::plugin,
            handover::plugin,
            mentor::plugin,
        ));
}

fn spawn_camera(mut commands: Commands) {
    // No multisampling: the app draws only UI and egui, which render after the camera's
    // multisampled pass and smooth their own edges. Bevy's default (4 samples) would clear and
    // resolve a 4x texture of the whole window every frame for nothing: costly where the GPU
    // is slow or emulated, and 16 MB more memory at 1280x800.
    commands.spawn((Camera2d, Msaa::Off));
}

/// The last card placed opens the review. A finished youth (or parent) sort goes to the
/// hand-over; a finished mentor sort opens the board of its round.
fn follow_the_sort(
    current: Res<Current>,
    screen: Res<State<Screen>>,
    mut focus: ResMut<mentor::Focus>,
    mut session: MessageWriter<Session>,
    mut next: ResMut<NextState<Screen>>,
) {
    if !current.is_changed() {
        return;
    }
    let Some(m) = &current.0 else { return };
    match screen.get() {
        Screen::Sort if m.sort.current().is_none() => next.set(Screen::Review),
        Screen::Review if m.sort.is_finished() => {
            focus.youth = Some(m.youth.clone());
            focus.round = Some(m.round.clone());
            if m.role == crate::core::deck::Role::Mentor {
                session.write(Session::Close);
                next.set(Screen::Board);
            } else {
                next.set(Screen::Handover);
            }
        }
        _ => {}
    }
}
