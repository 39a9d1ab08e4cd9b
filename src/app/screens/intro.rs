//! The youth intro (egui): what this is for, that there are no wrong answers, who sees the
//! answers and what happens with them, that a card can be skipped and the game stopped.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::app::Settings;
use crate::app::egui_style::{bold, egui_ready, full_screen};
use crate::app::screens::Screen;
use crate::app::text as t;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Intro).and_then(egui_ready)),
    );
}

fn ui(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    full_screen(ctx, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.set_max_width(900.0);
                ui.add_space(12.0);
                ui.label(bold(t::INTRO_TITLE.get(lang), 38.0));
                ui.add_space(16.0);
                for line in t::INTRO_LINES {
                    ui.label(egui::RichText::new(line.get(lang)).size(28.0));
                    ui.add_space(10.0);
                }
                ui.add_space(12.0);
                if ui
                    .add_sized(
                        [420.0, 72.0],
                        egui::Button::new(bold(t::INTRO_GO.get(lang), 30.0)),
                    )
                    .clicked()
                {
                    next.set(Screen::Sort);
                }
                ui.add_space(8.0);
                if ui.button(t::BACK.get(lang)).clicked() {
                    next.set(Screen::Start);
                }
            });
        });
    });
    Ok(())
}
