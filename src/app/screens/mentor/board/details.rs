//! A statement tapped open: its words and plain explanation, the mentor's wording, both
//! placements, both remarks, the two open questions for the talk and the mentor deck's own two
//! questions (the mentor's side: what to ask oneself about this card).

use bevy_egui::egui;

use super::BoardView;
use super::rows::{d_main, placement_chip};
use crate::app::egui_style::{bold, dialog};
use crate::app::text::{self as t, Lang};
use crate::core::board::Board;
use crate::core::deck::Deck;

#[allow(clippy::too_many_arguments)]
pub(super) fn details(
    ctx: &egui::Context,
    id: &str,
    b: &Board,
    deck: Option<&Deck>,
    mentor_deck: Option<&Deck>,
    youth_label: &str,
    lang: Lang,
    view: &mut BoardView,
) {
    let Some(row) = b.row(id) else {
        view.open = None;
        return;
    };
    let statement = deck.and_then(|d| d.statement(id));
    let mut open = true;
    dialog(t::BOARD.get(lang), egui::Align2::CENTER_CENTER, 0.0, 700.0)
        .open(&mut open)
        .show(ctx, |ui| {
            if let Some(s) = statement {
                ui.label(bold(s.text.get(lang.code(), d_main(deck)), 28.0));
                ui.label(
                    egui::RichText::new(s.explanation.get(lang.code(), d_main(deck)))
                        .size(20.0)
                        .italics(),
                );
            }
            if row.reverse {
                ui.label(egui::RichText::new(t::REVERSED_EXPLAINED.get(lang)).italics());
            }
            if let Some(ms) = mentor_deck.and_then(|d| d.statement(id)) {
                ui.label(
                    egui::RichText::new(format!(
                        "{}: {}",
                        t::MENTOR.get(lang),
                        ms.text.get(lang.code(), d_main(mentor_deck))
                    ))
                    .size(20.0),
                );
            }
            ui.horizontal_wrapped(|ui| {
                placement_chip(ui, youth_label, &row.youth, deck, lang);
                placement_chip(ui, t::MENTOR.get(lang), &row.mentor, deck, lang);
            });
            for (who, r) in [
                (youth_label, &row.youth.remark),
                (t::MENTOR.get(lang), &row.mentor.remark),
            ] {
                if let Some(r) = r {
                    ui.label(
                        egui::RichText::new(format!("{} ({who}): \"{r}\"", t::REMARK_OF.get(lang)))
                            .size(22.0),
                    );
                }
            }
            if let Some(s) = statement {
                ui.add_space(6.0);
                ui.label(bold(t::QUESTIONS.get(lang), 22.0));
                for q in &s.questions {
                    ui.label(
                        egui::RichText::new(format!("- {}", q.get(lang.code(), d_main(deck))))
                            .size(24.0),
                    );
                }
            }
            // The mentor card's own questions, where they differ from the youth's.
            let youth_qs: Vec<&str> = statement
                .map(|s| {
                    s.questions
                        .iter()
                        .map(|q| q.get(lang.code(), d_main(deck)))
                        .collect()
                })
                .unwrap_or_default();
            let own: Vec<&str> = mentor_deck
                .and_then(|d| d.statement(id))
                .map(|ms| {
                    ms.questions
                        .iter()
                        .map(|q| q.get(lang.code(), d_main(mentor_deck)))
                        .filter(|q| !youth_qs.contains(q))
                        .collect()
                })
                .unwrap_or_default();
            if !own.is_empty() {
                ui.add_space(6.0);
                ui.label(bold(t::MENTOR_QUESTIONS.get(lang), 18.0));
                for q in own {
                    ui.label(egui::RichText::new(format!("- {q}")).size(18.0));
                }
            }
            if ui.button(t::CLOSE.get(lang)).clicked() {
                view.open = None;
            }
        });
    if !open {
        view.open = None;
    }
}
