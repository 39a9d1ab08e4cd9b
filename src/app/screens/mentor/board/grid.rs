//! The agreement grid: a 5x5 grid of the cards by their scored values, the youth's across and
//! the mentor's down. The diagonal is agreement, the far corners the biggest differences; a
//! tapped cell lists its cards (a card tapped there opens its details). Skipped cards apart.

use bevy_egui::egui;

use super::BoardView;
use super::rows::words_of;
use crate::app::egui_style::{bold, color};
use crate::app::text::{self as t, Lang};
use crate::app::theme;
use crate::core::board::{Board, grid};
use crate::core::deck::Deck;

pub fn grid_ui(
    ui: &mut egui::Ui,
    b: &Board,
    deck: Option<&Deck>,
    youth_label: &str,
    lang: Lang,
    view: &mut BoardView,
) {
    let g = grid(b);
    let words = |id: &str| words_of(deck, id, lang);
    ui.label(
        egui::RichText::new(format!(
            "{}: {youth_label} · {}: {}",
            t::GRID_ACROSS.get(lang),
            t::GRID_DOWN.get(lang),
            t::MENTOR.get(lang)
        ))
        .size(20.0)
        .italics(),
    );
    let cell = 64.0;
    egui::Grid::new("agreement-grid")
        .spacing([6.0, 6.0])
        .show(ui, |ui| {
            ui.label("");
            for y in 1..=5u8 {
                ui.add_sized([cell, 30.0], egui::Label::new(bold(&y.to_string(), 20.0)));
            }
            ui.end_row();
            for m in 1..=5u8 {
                ui.add_sized([30.0, cell], egui::Label::new(bold(&m.to_string(), 20.0)));
                for y in 1..=5u8 {
                    let ids = g.cell(y, m);
                    let apart = y.abs_diff(m);
                    // Only cells with cards off by two or more in red: the eye goes there.
                    let fill = match apart {
                        0 => color(theme::PILES[3]),
                        2.. if !ids.is_empty() => color(theme::PILES[0]),
                        _ => color(theme::BUTTON_QUIET),
                    };
                    let chosen = view.cell == Some((y, m));
                    let label = if ids.is_empty() {
                        String::new()
                    } else {
                        ids.len().to_string()
                    };
                    let button = egui::Button::new(bold(&label, 24.0))
                        .fill(fill)
                        .stroke(if chosen {
                            egui::Stroke::new(3.0, color(theme::HIGHLIGHT))
                        } else {
                            egui::Stroke::NONE
                        })
                        .min_size(egui::vec2(cell, cell));
                    if ui.add(button).clicked() {
                        view.cell = (!chosen).then_some((y, m));
                    }
                }
                ui.end_row();
            }
        });
    let listed: Vec<String> = match view.cell {
        Some((y, m)) => g.cell(y, m).to_vec(),
        None => Vec::new(),
    };
    if let Some((y, m)) = view.cell {
        ui.add_space(8.0);
        ui.label(bold(
            &format!("{youth_label} {y} · {} {m}", t::MENTOR.get(lang)),
            22.0,
        ));
        if listed.is_empty() {
            ui.label(t::GRID_EMPTY.get(lang));
        }
    }
    for id in &listed {
        if ui.button(words(id)).clicked() {
            view.open = Some(id.clone());
        }
    }
    if !g.apart.is_empty() {
        ui.add_space(8.0);
        ui.label(bold(t::SECTION_SKIPPED.get(lang), 22.0));
        for id in &g.apart {
            if ui.button(words(id)).clicked() {
                view.open = Some(id.clone());
            }
        }
    }
}
