//! The statements in talk order: each a compact line with its words, both placements in the
//! piles' colours and words, and the marks (a difference, a card to ask further about).

use bevy_egui::egui;

use super::BoardView;
use crate::app::egui_style::{bold, color};
use crate::app::text::{self as t, Lang};
use crate::app::theme;
use crate::core::board::{Board, BoardRow, Section, Side};
use crate::core::deck::Deck;
use crate::core::sort::Placement;

pub(super) fn rows_ui(
    ui: &mut egui::Ui,
    b: &Board,
    deck: Option<&Deck>,
    youth_label: &str,
    lang: Lang,
    view: &mut BoardView,
) {
    ui.label(
        egui::RichText::new(t::TAP_FOR_MORE.get(lang))
            .size(20.0)
            .italics(),
    );
    // Room for the two placements and the marks; the words take the rest.
    let text_width = (ui.available_width() - 150.0 * 2.0 - 60.0).max(220.0);
    let mut section = None;
    for row in &b.rows {
        if section != Some(row.section) {
            section = Some(row.section);
            let title = match row.section {
                Section::Agree => t::SECTION_AGREE,
                Section::Differ => t::SECTION_DIFFER,
                Section::Skipped => t::SECTION_SKIPPED,
            };
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                ui.add_sized(
                    [text_width + 20.0, 30.0],
                    egui::Label::new(bold(title.get(lang), 24.0)),
                );
                ui.add_sized([150.0, 30.0], egui::Label::new(bold(youth_label, 18.0)));
                ui.add_sized(
                    [150.0, 30.0],
                    egui::Label::new(bold(t::MENTOR.get(lang), 18.0)),
                );
            });
        }
        row_ui(ui, row, deck, lang, view, text_width);
    }
}

/// One statement as a compact line: its words (tap for more), both placements, the marks.
fn row_ui(
    ui: &mut egui::Ui,
    row: &BoardRow,
    deck: Option<&Deck>,
    lang: Lang,
    view: &mut BoardView,
    text_width: f32,
) {
    let text = words_of(deck, &row.id, lang);
    let stroke = if row.worth_discussing {
        egui::Stroke::new(4.0, color(theme::DIFFER))
    } else {
        egui::Stroke::NONE
    };
    let response = egui::Frame::new()
        .fill(egui::Color32::WHITE)
        .stroke(stroke)
        .corner_radius(10)
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.spacing_mut().interact_size.y = 30.0;
                let mut words = text.clone();
                if row.youth.remark.is_some() || row.mentor.remark.is_some() {
                    words.push_str(" *");
                }
                // At least as high as the chips and centred in that height: the row's line
                // is where the chips sit (the text started half a chip lower before).
                ui.allocate_ui_with_layout(
                    egui::vec2(text_width, 34.0),
                    egui::Layout::top_down(egui::Align::Min).with_main_align(egui::Align::Center),
                    |ui| {
                        ui.set_width(text_width);
                        ui.label(egui::RichText::new(words).size(22.0));
                        if row.worth_discussing || row.ask_further || row.reverse {
                            ui.horizontal(|ui| {
                                if row.reverse {
                                    badge(ui, t::REVERSED.get(lang), color(theme::MUTED));
                                }
                                if row.worth_discussing {
                                    badge(ui, t::DIFFERENCE.get(lang), color(theme::DIFFER));
                                }
                                if row.ask_further {
                                    badge(ui, t::ASK_FURTHER.get(lang), color(theme::ASK));
                                }
                            });
                        }
                    },
                );
                chip(ui, &row.youth, deck, lang);
                chip(ui, &row.mentor, deck, lang);
            });
        })
        .response
        .interact(egui::Sense::click());
    if response.clicked() {
        view.open = Some(row.id.clone());
    }
}

/// A placement in its scored value's colour and its pile's word, at a fixed width so the
/// columns line up.
fn chip(ui: &mut egui::Ui, side: &Side, deck: Option<&Deck>, lang: Lang) {
    let (fill, text) = placement_look(side, deck, lang);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(150.0, 34.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 8.0, fill);
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(18.0),
        color(theme::INK),
    );
}

/// A chip in the pile's colour with its word; grey for skipped.
pub(super) fn placement_chip(
    ui: &mut egui::Ui,
    who: &str,
    side: &Side,
    deck: Option<&Deck>,
    lang: Lang,
) {
    let (fill, text) = placement_look(side, deck, lang);
    egui::Frame::new()
        .fill(fill)
        .corner_radius(10)
        .inner_margin(egui::Margin::symmetric(10, 4))
        .show(ui, |ui| {
            ui.label(egui::RichText::new(format!("{who}: {text}")).size(20.0));
        });
}

/// A placement's colour and word: the colour of its scored value (on a reverse-keyed card
/// "helemaal eens" scores 1, so it is red), the word of the pile the player chose; grey for
/// skipped.
fn placement_look(side: &Side, deck: Option<&Deck>, lang: Lang) -> (egui::Color32, String) {
    match side.placement {
        Some(Placement::Pile(n)) => (
            color(theme::PILES[usize::from(side.value.unwrap_or(n).clamp(1, 5) - 1)]),
            pile_label(deck, n, lang),
        ),
        Some(Placement::Skipped) => (color(theme::SKIP_PILE), t::SKIPPED.get(lang).to_string()),
        Some(Placement::Leaning(_)) | None => (
            color(theme::BUTTON_QUIET),
            t::NOT_SORTED.get(lang).to_string(),
        ),
    }
}

fn pile_label(deck: Option<&Deck>, p: u8, lang: Lang) -> String {
    deck.and_then(|d| d.piles.get(usize::from(p - 1)))
        .map(|l| l.get(lang.code(), "nl").to_string())
        .unwrap_or_else(|| p.to_string())
}

pub(super) fn badge(ui: &mut egui::Ui, text: &str, fill: egui::Color32) {
    egui::Frame::new()
        .fill(fill)
        .corner_radius(10)
        .inner_margin(egui::Margin::symmetric(10, 4))
        .show(ui, |ui| {
            ui.label(
                egui::RichText::new(text)
                    .size(20.0)
                    .strong()
                    .color(egui::Color32::WHITE),
            );
        });
}

/// A statement's words in `lang` (the deck's main language where it has none), or its id when
/// the deck is missing.
pub(super) fn words_of(deck: Option<&Deck>, id: &str, lang: Lang) -> String {
    deck.and_then(|d| d.statement(id))
        .map(|s| s.text.get(lang.code(), d_main(deck)).to_string())
        .unwrap_or_else(|| id.to_string())
}

pub(super) fn d_main(deck: Option<&Deck>) -> &str {
    deck.map(|d| d.main_language()).unwrap_or("nl")
}
