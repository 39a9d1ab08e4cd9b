//! The screens, as Bevy states, one module each. Form screens (start, intro, hand-over) are
//! egui; the card table (sort, review) is Bevy UI with bevy_picking, since egui would capture
//! the pointer that drags the cards.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::egui_style::full_screen;
use crate::app::session::{self, Current, Library, Session};
use crate::app::text::Lang;
use crate::app::{AppSystems, Settings};

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
    /// After "Klaar": a neutral screen asking to give the tablet to the mentor.
    Handover,
    /// After "Stoppen": the same, for a sort not yet finished.
    Paused,
    /// The PIN gate of the mentor area.
    MentorGate,
    /// The recovery code, shown once after the mentor set a PIN (or asked for a new code).
    RecoveryCode,
    MentorHome,
    /// "Bekijk dit samen met ...": the step before a round's board.
    Together,
    Board,
    History,
    /// "Overzetten": data to another device and back.
    Transfer,
    /// "Overzicht": every youth for supervision.
    Overview,
    /// "Papieren lijst invoeren".
    PaperForm,
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

/// Keeps a screen's own state `R` and empties it whenever `screen` opens: the next player (or
/// the next round) never sees what was typed or opened before.
pub fn fresh_on_enter<R: Resource + Default>(app: &mut App, screen: Screen) {
    app.init_resource::<R>()
        .add_systems(OnEnter(screen), |mut commands: Commands| {
            commands.insert_resource(R::default())
        });
}

/// What every egui form screen needs: the egui context, the language and the way to another
/// screen. `show` draws the screen full size and hands the contents the language and the next
/// screen to set.
#[derive(SystemParam)]
pub struct Form<'w, 's> {
    contexts: EguiContexts<'w, 's>,
    settings: Res<'w, Settings>,
    next: ResMut<'w, NextState<Screen>>,
}

impl Form<'_, '_> {
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// Draws a full-screen form; returns the context for dialogs drawn over it.
    pub fn show(
        &mut self,
        add_contents: impl FnOnce(&mut egui::Ui, Lang, &mut NextState<Screen>),
    ) -> Result<egui::Context> {
        let lang = self.settings.lang;
        let ctx = self.contexts.ctx_mut()?.clone();
        let next = &mut *self.next;
        full_screen(&ctx, |ui| add_contents(ui, lang, next));
        Ok(ctx)
    }

    /// Opens another screen (outside the form's contents).
    pub fn go(&mut self, screen: Screen) {
        self.next.set(screen);
    }
}

fn spawn_camera(mut commands: Commands) {
    // No multisampling: the app draws only UI and egui, which render after the camera's
    // multisampled pass and smooth their own edges. Bevy's default (4 samples) would clear and
    // resolve a 4x texture of the whole window every frame for nothing: costly where the GPU
    // is slow or emulated, and 16 MB more memory at 1280x800.
    commands.spawn((Camera2d, Msaa::Off));
}

/// The last card placed opens the review. A finished youth (or parent) sort goes to the
/// hand-over; a finished mentor sort to the mentor's guess where the round asks for one (a new
/// sort, before the board shows anything of the youth's), and then to "look at it together",
/// before the board.
fn follow_the_sort(
    current: Res<Current>,
    screen: Res<State<Screen>>,
    (library, decks): (Res<Library>, Res<crate::app::Decks>),
    mut focus: ResMut<mentor::Focus>,
    mut session: MessageWriter<Session>,
    mut next: ResMut<NextState<Screen>>,
    mut next_sort: Local<bool>,
) {
    if !current.is_changed() {
        return;
    }
    let Some(m) = &current.0 else {
        // The sort closed (the area locked) before the guess began: nothing is waiting.
        *next_sort = false;
        return;
    };
    match screen.get() {
        // The guess, begun below, is the current sort now: its game opens (not before, so
        // the sort screen is built from the guess, not from the sort before it).
        Screen::Review if m.role == crate::core::deck::Role::MentorGuess && *next_sort => {
            *next_sort = false;
            next.set(Screen::Sort);
        }
        Screen::Sort if m.sort.playing().is_none() => next.set(Screen::Review),
        Screen::Review if m.sort.is_finished() => {
            let youth = crate::core::youth::YouthKey::of(m);
            focus.youth = Some(youth.clone());
            focus.round = Some(m.round.clone());
            if !m.role.is_mentors() {
                next.set(Screen::Handover);
                return;
            }
            let round = crate::core::round::rounds_of(&youth, &library.0)
                .into_iter()
                .find(|r| r.id == m.round);
            if round.is_some_and(|r| mentor::start_mentor_sort(&r, &decks, &mut session)) {
                // The guess is a sort of its own: the game again, from its first card, once
                // the session has made it current.
                *next_sort = true;
            } else {
                // Everything is sorted: the board opens together with the youth.
                session.write(Session::Close);
                next.set(Screen::Together);
            }
        }
        _ => {}
    }
}
