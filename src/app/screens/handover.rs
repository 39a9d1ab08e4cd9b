//! The hand-over (egui): a neutral screen that hides the youth's result and asks to give the
//! tablet to the mentor. The mentor's own sort comes next, in the mentor area.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use crate::app::egui_style::{bold, egui_ready, primary_button};
use crate::app::screens::{Form, Screen};
use crate::app::session::Session;
use crate::app::text as t;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Handover), forget_current)
        .add_systems(
            EguiPrimaryContextPass,
            ui.run_if(in_state(Screen::Handover).and_then(egui_ready)),
        );
}

/// The youth's sort is saved and locked; nothing of it stays on screen or in hand.
fn forget_current(mut session: MessageWriter<Session>) {
    session.write(Session::Close);
}

fn ui(mut form: Form) -> Result {
    form.show(|ui, lang, next| {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.2);
            ui.label(bold(t::HANDOVER_TITLE.get(lang), 48.0));
            ui.add_space(20.0);
            ui.label(egui::RichText::new(t::HANDOVER_TEXT.get(lang)).size(32.0));
            ui.add_space(10.0);
            ui.label(egui::RichText::new(t::HANDOVER_HIDDEN.get(lang)).size(26.0));
            ui.add_space(40.0);
            if primary_button(ui, t::HANDOVER_GO.get(lang), 360.0).clicked() {
                next.set(Screen::MentorGate);
            }
        });
    })?;
    Ok(())
}
