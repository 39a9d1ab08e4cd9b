//! "Overzicht": the overview for supervision with the behavioural scientist (`core::overview`):
//! every youth by name with their latest round's means, the change since last time (a drop
//! marked), the cards furthest apart and the next measurement; and its PDF. Never a ranking,
//! never a figure per mentor.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::Exports;
use super::home::due_line;
use crate::app::egui_style::{bold, color, egui_ready};
use crate::app::screens::{Form, Screen};
use crate::app::session::{Library, Youths};
use crate::app::text::{self as t, Lang, moment_label};
use crate::app::{Decks, Org, theme};
use crate::core::deck::DeckSet;
use crate::core::measurement::{date_of, now};
use crate::core::overview::{OverviewRow, overview};
use crate::core::report::{overview_pdf, signed};
use crate::core::schedule::today;

/// A youth's block before it has been drawn (its real height is kept once it has).
const GUESSED_HEIGHT: f32 = 300.0;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Overview).and_then(egui_ready)),
    );
}

fn ui(
    mut form: Form,
    (library, youths, decks, org): (Res<Library>, Res<Youths>, Res<Decks>, Res<Org>),
    mut exports: Exports,
    mut cached: Local<Option<Vec<OverviewRow>>>,
    mut heights: Local<Vec<f32>>,
) -> Result {
    // Worked out when the data changes, not on every frame: an organisation's years of
    // measurements are thousands of rounds.
    if cached.is_none() || library.is_changed() || youths.is_changed() {
        *cached = Some(overview(
            &youths.0,
            &library.0,
            &org.0.schedule,
            today(),
            org.0.drop_alert,
        ));
    }
    let rows = cached.as_deref().unwrap_or_default();
    form.show(|ui, lang, next| {
        ui.horizontal(|ui| {
            ui.label(bold(t::OVERVIEW.get(lang), 34.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(t::BACK.get(lang)).clicked() {
                    next.set(Screen::MentorHome);
                }
                if ui.button(t::REPORT_PDF.get(lang)).clicked() {
                    let made = now();
                    let bytes = overview_pdf(rows, &decks.set, lang.code(), date_of(&made));
                    let name = format!("overzicht-{}.pdf", date_of(&made));
                    exports.last.0 = Some(exports.delivery.0.deliver(&name, &bytes));
                }
            });
        });
        ui.label(egui::RichText::new(t::OVERVIEW_NOTE.get(lang)).italics());
        exports.note(ui, lang);
        // Only the youths in view are laid out: an organisation has hundreds. Each block's
        // height is known once it was drawn; until then it is guessed.
        heights.resize(rows.len(), GUESSED_HEIGHT);
        egui::ScrollArea::vertical().show_viewport(ui, |ui, viewport| {
            let top = ui.min_rect().top();
            let mut y = 0.0;
            for (row, height) in rows.iter().zip(heights.iter_mut()) {
                let visible =
                    y + *height >= viewport.top() - 200.0 && y <= viewport.bottom() + 200.0;
                if visible {
                    let start = ui.cursor().top();
                    row_ui(ui, row, &decks.set, lang);
                    *height = ui.cursor().top() - start;
                } else {
                    ui.add_space(*height - ui.spacing().item_spacing.y);
                }
                y = ui.cursor().top() - top;
            }
        });
    })?;
    Ok(())
}

/// One youth's block.
fn row_ui(ui: &mut egui::Ui, row: &OverviewRow, decks: &DeckSet, lang: Lang) {
    egui::Frame::new()
        .fill(color(theme::CARD))
        .inner_margin(12)
        .corner_radius(10)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(bold(&row.name, 26.0));
            if let Some(d) = &row.due {
                due_line(ui, d, lang);
            }
            let Some(latest) = &row.latest else {
                ui.label(egui::RichText::new(t::NO_COMPLETE_ROUND.get(lang)).italics());
                return;
            };
            let deck = decks.get(&latest.deck);
            ui.label(format!(
                "{}: {} · {}",
                t::LATEST_ROUND.get(lang),
                latest.date,
                moment_label(latest.moment).get(lang)
            ));
            let b = &latest.board;
            ui.label(latest.means_line(deck, lang.code(), t::TOTAL.get(lang)));
            if let Some(change) = b.total.change.youth {
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!(
                        "{}: {}",
                        t::SINCE_LAST_TOTAL.get(lang),
                        signed(Some(change), lang.code())
                    ));
                    if latest.drop {
                        ui.label(bold(t::DROP.get(lang), 22.0).color(color(theme::WARNING_INK)));
                    }
                });
            }
            if !latest.differences.is_empty() {
                let cards = latest.furthest_cards(deck, lang.code());
                ui.label(format!(
                    "{}: {}",
                    t::FURTHEST_APART.get(lang),
                    cards.join("; ")
                ));
            }
        });
    ui.add_space(8.0);
}
