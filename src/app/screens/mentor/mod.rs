//! The mentor area (egui), behind a PIN: the gate, the mentor's home (the round waiting for
//! the mentor's own sort, every youth with their rounds), the board of a round and a youth's
//! history. This module owns what its screens share: whether the area is open, and which
//! youth and round the mentor is looking at.
//!
//! The area locks again whenever the start screen opens, and a guard sends anyone who reaches
//! a mentor screen (or a mentor sort) without the PIN back to the gate.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::egui;

use crate::app::egui_style::color;
use crate::app::exports::{Delivery, LastExport, export_csv};
use crate::app::screens::Screen;
use crate::app::session::{Current, Session};
use crate::app::text as t;
use crate::app::text::Lang;
use crate::app::theme;
use crate::core::deck::Role;
use crate::core::measurement::Measurement;

pub mod board;
mod gate;
mod history;
mod home;

/// Whether the mentor area is open, and the gate's form.
#[derive(Resource, Default, Debug)]
pub struct MentorArea {
    pub unlocked: bool,
    pub pin: String,
    pub pin_again: String,
    pub message: Option<t::Tr>,
}

/// The youth and round the mentor is looking at.
#[derive(Resource, Default, Debug, Clone)]
pub struct Focus {
    pub youth: Option<String>,
    pub round: Option<String>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MentorArea>()
        .init_resource::<Focus>()
        .add_systems(OnEnter(Screen::Start), lock_area)
        .add_systems(Update, guard)
        .add_plugins((gate::plugin, home::plugin, board::plugin, history::plugin));
}

/// The exports of the mentor screens, and what the last one did.
#[derive(SystemParam)]
pub struct Exports<'w> {
    pub delivery: Res<'w, Delivery>,
    pub last: ResMut<'w, LastExport>,
}

impl Exports<'_> {
    /// Both CSV files of `measurements`, named `name`.
    pub fn csv(&mut self, name: &str, measurements: &[Measurement]) {
        self.last.0 = Some(export_csv(&self.delivery, name, measurements));
    }

    /// Says where the last export went, or why it failed.
    pub fn note(&self, ui: &mut egui::Ui, lang: Lang) {
        match &self.last.0 {
            Some(Ok(p)) => {
                ui.label(
                    egui::RichText::new(format!("{} {p}", t::EXPORTED_TO.get(lang))).size(18.0),
                );
            }
            Some(Err(e)) => {
                ui.colored_label(color(theme::WARNING_INK), e);
            }
            None => {}
        }
    }
}

/// Locks the area and forgets the gate's form and the last export's message.
fn lock_area(mut area: ResMut<MentorArea>, mut last: ResMut<LastExport>) {
    area.unlocked = false;
    area.pin.clear();
    area.pin_again.clear();
    area.message = None;
    last.0 = None;
}

/// Screens and sorts that only the mentor may see.
pub fn mentor_only(screen: Screen, current: &Current) -> bool {
    let mentor_sort = current.0.as_ref().is_some_and(|m| m.role == Role::Mentor);
    match screen {
        Screen::MentorHome | Screen::Board | Screen::History => true,
        Screen::Sort | Screen::Review => mentor_sort,
        _ => false,
    }
}

/// Sends anyone without the PIN from a mentor screen to the gate.
fn guard(
    screen: Res<State<Screen>>,
    area: Res<MentorArea>,
    current: Res<Current>,
    mut session: MessageWriter<Session>,
    mut next: ResMut<NextState<Screen>>,
) {
    if !area.unlocked && mentor_only(*screen.get(), &current) {
        if current.0.as_ref().is_some_and(|m| m.role == Role::Mentor) {
            session.write(Session::Close);
        }
        next.set(Screen::MentorGate);
    }
}
