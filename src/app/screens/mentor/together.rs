//! "Bekijk dit samen met ...": the step before a round's board. The board opens only when both
//! sorts are finished, and this screen asks the mentor to sit with the youth before it shows
//! either's cards.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::Focus;
use super::home::whose;
use crate::app::egui_style::{bold, egui_ready, primary_button};
use crate::app::screens::{Form, Screen};
use crate::app::session::{Library, Youths};
use crate::app::text as t;
use crate::core::round::board_rounds;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Together).and_then(egui_ready)),
    );
}

fn ui(mut form: Form, focus: Res<Focus>, library: Res<Library>, youths: Res<Youths>) -> Result {
    let round = focus
        .youth
        .as_ref()
        .zip(focus.round.as_ref())
        .and_then(|(youth, round)| board_rounds(youth, round, &library.0))
        .map(|(rounds, i)| rounds[i].clone())
        .filter(|r| r.complete());
    let Some(round) = round else {
        form.go(Screen::MentorHome);
        return Ok(());
    };
    let lang = form.lang();
    let name = whose(&youths, round.youth, lang);
    form.show(|ui, lang, next| {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.2);
            ui.label(bold(
                &format!("{} {name}", t::TOGETHER_TITLE.get(lang)),
                44.0,
            ));
            ui.add_space(20.0);
            ui.label(egui::RichText::new(t::TOGETHER_TEXT.get(lang)).size(30.0));
            ui.add_space(40.0);
            if primary_button(ui, t::TOGETHER_GO.get(lang), 520.0).clicked() {
                next.set(Screen::Board);
            }
            ui.add_space(16.0);
            if ui.button(t::BACK.get(lang)).clicked() {
                next.set(Screen::MentorHome);
            }
        });
    })?;
    Ok(())
}
