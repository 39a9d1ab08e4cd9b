//! The youth intro (egui): for whom the round is (their own name, nobody else's), what this is
//! for, that there are no wrong answers, who sees the answers and what happens with them (the
//! organisation's sentence, `core::organisation`), that a card can be skipped and the game
//! stopped. A parent is spoken to as "u".

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use crate::app::Org;
use crate::app::egui_style::{bold, egui_ready, primary_button};
use crate::app::screens::{Form, Screen};
use crate::app::text as t;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Intro).and_then(egui_ready)),
    );
}

fn ui(mut form: Form, current: Res<crate::app::session::Current>, org: Res<Org>) -> Result {
    let Some(m) = current.0.as_ref() else {
        form.go(Screen::Start);
        return Ok(());
    };
    // A parent is spoken to as "u", about their child's mentor.
    let parent = m.role == crate::core::deck::Role::Parent;
    // Where the organisation's sentence on who sees the answers goes among the lines.
    let (title, lines, who_sees_at): (t::Tr, &[t::Tr], usize) = if parent {
        (t::INTRO_TITLE_PARENT, &t::INTRO_LINES_PARENT, 3)
    } else {
        (t::INTRO_TITLE, &t::INTRO_LINES, 4)
    };
    let who_sees = org.0.who_sees(form.lang().code(), parent).to_string();
    let name = m.youth.clone();
    form.show(|ui, lang, next| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            // Left-aligned short paragraphs in a column of reading width: easiest to follow
            // for a reader who struggles.
            let width = ui.available_width().min(900.0);
            let margin = ((ui.available_width() - width) / 2.0).max(0.0);
            ui.horizontal(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    // At most a reading width, and never wider than a portrait screen.
                    ui.set_max_width(width);
                    // Their own name, and nobody else's: "Sam, hoe gaat het ...?" (a parent
                    // is asked about their child's mentor, without a name).
                    let title = if parent {
                        title.get(lang).to_string()
                    } else {
                        format!("{name}, {}", lowercase_first(title.get(lang)))
                    };
                    ui.label(bold(&title, 38.0));
                    ui.add_space(10.0);
                    let line = |ui: &mut egui::Ui, text: &str| {
                        ui.label(egui::RichText::new(text).size(28.0));
                        ui.add_space(6.0);
                    };
                    for (i, l) in lines.iter().enumerate() {
                        if i == who_sees_at {
                            line(ui, &who_sees);
                        }
                        line(ui, l.get(lang));
                    }
                    if who_sees_at >= lines.len() {
                        line(ui, &who_sees);
                    }
                    ui.add_space(12.0);
                    ui.horizontal(|ui| {
                        if primary_button(ui, t::INTRO_GO.get(lang), 420.0).clicked() {
                            next.set(Screen::Sort);
                        }
                        ui.add_space(16.0);
                        let back = egui::Button::new(t::BACK.get(lang));
                        // The sort is saved; the mentor can start it again later.
                        if ui.add_sized([160.0, 72.0], back).clicked() {
                            next.set(Screen::Paused);
                        }
                    });
                });
            });
        });
    })?;
    Ok(())
}

/// "Hoe gaat ..." as it reads after a name: "Sam, hoe gaat ...".
fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
