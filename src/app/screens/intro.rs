//! The youth intro (egui): what this is for, that there are no wrong answers, who sees the
//! answers and what happens with them, that a card can be skipped and the game stopped.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use crate::app::egui_style::{bold, egui_ready, primary_button};
use crate::app::screens::{Form, Screen};
use crate::app::text as t;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Intro).and_then(egui_ready)),
    );
}

fn ui(mut form: Form, current: Res<crate::app::session::Current>) -> Result {
    // A parent is spoken to as "u", about their child's mentor.
    let parent = current
        .0
        .as_ref()
        .is_some_and(|m| m.role == crate::core::deck::Role::Parent);
    let (title, lines): (t::Tr, &[t::Tr]) = if parent {
        (t::INTRO_TITLE_PARENT, &t::INTRO_LINES_PARENT)
    } else {
        (t::INTRO_TITLE, &t::INTRO_LINES)
    };
    form.show(|ui, lang, next| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            // Left-aligned short paragraphs in a column of reading width: easiest to follow
            // for a reader who struggles.
            let margin = ((ui.available_width() - 900.0) / 2.0).max(0.0);
            ui.horizontal(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    ui.set_max_width(900.0);
                    ui.add_space(12.0);
                    ui.label(bold(title.get(lang), 38.0));
                    ui.add_space(12.0);
                    for line in lines {
                        ui.label(egui::RichText::new(line.get(lang)).size(28.0));
                        ui.add_space(6.0);
                    }
                    ui.add_space(12.0);
                    ui.horizontal(|ui| {
                        if primary_button(ui, t::INTRO_GO.get(lang), 420.0).clicked() {
                            next.set(Screen::Sort);
                        }
                        ui.add_space(16.0);
                        let back = egui::Button::new(t::BACK.get(lang));
                        if ui.add_sized([160.0, 72.0], back).clicked() {
                            next.set(Screen::Start);
                        }
                    });
                });
            });
        });
    })?;
    Ok(())
}
