//! Beside the statements: both means per part and in total as bars with the change since last
//! time, what was agreed last time, and the agreements for now.

use bevy_egui::egui;

use super::BoardView;
use super::rows::badge;
use crate::app::egui_style::{bold, choice, color, primary_button, text_field};
use crate::app::text::{self as t, Lang, who_label};
use crate::app::theme;
use crate::core::board::{Board, PartRow};
use crate::core::deck::Deck;
use crate::core::guess::GuessScore;
use crate::core::measurement::{Agreement, Who};
use crate::core::report::number;

/// Two bars on the 1-5 scale, youth above mentor, with their numbers.
pub(super) fn part_ui(
    ui: &mut egui::Ui,
    label: &str,
    row: &PartRow,
    youth_label: &str,
    lang: Lang,
) {
    ui.spacing_mut().interact_size.y = 26.0;
    ui.spacing_mut().item_spacing.y = 4.0;
    ui.label(bold(label, 24.0));
    let bar = |ui: &mut egui::Ui,
               who: &str,
               s: Option<&crate::core::scoring::ScaleScore>,
               fill: egui::Color32,
               change: Option<f64>| {
        ui.horizontal(|ui| {
            ui.add_sized(
                [96.0, 26.0],
                egui::Label::new(egui::RichText::new(who).size(20.0)),
            );
            match s.and_then(|s| s.mean) {
                Some(mean) => {
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(130.0, 22.0), egui::Sense::hover());
                    ui.painter()
                        .rect_filled(rect, 4.0, color(theme::BUTTON_QUIET));
                    let mut filled = rect;
                    filled.set_width(rect.width() * ((mean - 1.0) / 4.0) as f32);
                    ui.painter().rect_filled(filled, 4.0, fill);
                    let mut text = number(mean, 1, lang.code());
                    if let Some(c) = change {
                        let c = (c * 10.0).round() / 10.0;
                        text.push_str(&format!("  ({})", signed_1(c, lang)));
                    }
                    ui.label(egui::RichText::new(text).size(20.0));
                }
                None if s.is_some() => {
                    ui.label(
                        egui::RichText::new(t::NOT_SCORABLE.get(lang))
                            .size(18.0)
                            .italics(),
                    );
                }
                None => {
                    ui.label(egui::RichText::new("-").size(20.0));
                }
            }
        });
    };
    bar(
        ui,
        youth_label,
        Some(&row.youth),
        color(theme::BUTTON),
        row.change.youth,
    );
    bar(
        ui,
        t::MENTOR.get(lang),
        row.mentor.as_ref(),
        color(theme::MENTOR_MARK),
        row.change.mentor,
    );
    if row.difference.as_ref().is_some_and(|d| d.worth_discussing) {
        badge(ui, t::DIFFERENCE.get(lang), color(theme::DIFFER));
    }
    ui.add_space(6.0);
}

/// The mentor's guess against the youth's own piles: how many cards it put on the same pile
/// and one pile away, and the cards it put two or more piles higher or lower (a tap opens a
/// card's details). Shown only where the mentor chose to show it on the board.
pub(super) fn guess_ui(
    ui: &mut egui::Ui,
    g: &GuessScore,
    deck: Option<&Deck>,
    youth_label: &str,
    lang: Lang,
    view: &mut BoardView,
) {
    ui.label(bold(t::GUESS_HEADING.get(lang), 24.0));
    ui.label(
        egui::RichText::new(t::guess_asked(youth_label, lang))
            .size(18.0)
            .italics(),
    );
    let line = |ui: &mut egui::Ui, label: &str, n: usize| {
        ui.label(
            egui::RichText::new(format!("{label}: {n} {} {}", t::OF.get(lang), g.compared))
                .size(20.0),
        );
    };
    line(ui, t::GUESS_SAME.get(lang), g.same);
    line(ui, t::GUESS_ONE_APART.get(lang), g.one_apart);
    for (label, cards) in [(t::GUESS_HIGHER, &g.over), (t::GUESS_LOWER, &g.under)] {
        if cards.is_empty() {
            continue;
        }
        ui.label(bold(&format!("{} {youth_label}:", label.get(lang)), 20.0));
        for id in cards {
            let words = super::rows::words_of(deck, id, lang);
            if ui.button(egui::RichText::new(words).size(18.0)).clicked() {
                view.open = Some(id.clone());
            }
        }
    }
    ui.add_space(6.0);
}

/// A change with one decimal and its sign: "+0,6", "-0,5", "0,0".
fn signed_1(c: f64, lang: Lang) -> String {
    let n = number(c.abs(), 1, lang.code());
    if c > 0.0 {
        format!("+{n}")
    } else if c < 0.0 {
        format!("-{n}")
    } else {
        n
    }
}

pub fn agreements_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    b: &Board,
    agreements: &mut Vec<Agreement>,
    changed: &mut bool,
    view: &mut BoardView,
    youth_label: &str,
) {
    // The youth's side by name (a parent "Ouder"), as everywhere on the board.
    let who = |w: Who| match w {
        Who::Youth => youth_label,
        other => who_label(other, false).get(lang),
    };
    if !b.previous_agreements.is_empty() {
        ui.label(bold(t::PREVIOUS_AGREEMENTS.get(lang), 22.0));
        for a in &b.previous_agreements {
            ui.label(format!("{}: {} ({})", who(a.who), a.what, a.by_when));
        }
        ui.add_space(6.0);
    }
    ui.label(bold(t::AGREEMENTS.get(lang), 22.0));
    let mut remove = None;
    for (i, a) in agreements.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let by = if a.by_when.is_empty() {
                String::new()
            } else {
                format!(" ({})", a.by_when)
            };
            ui.label(format!("{}: {}{by}", who(a.who), a.what));
            if ui.small_button(t::REMOVE.get(lang)).clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        agreements.remove(i);
        *changed = true;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(t::WHO_DOES.get(lang));
        for (i, w) in Who::ALL.into_iter().enumerate() {
            if choice(ui, view.who == i, who(w)).clicked() {
                view.who = i;
            }
        }
    });
    ui.label(t::WHAT.get(lang));
    text_field(
        ui,
        egui::TextEdit::multiline(&mut view.what)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    ui.horizontal(|ui| {
        ui.label(t::BY_WHEN.get(lang));
        text_field(
            ui,
            egui::TextEdit::singleline(&mut view.by_when)
                .min_size(egui::vec2(180.0, crate::app::theme::TOUCH))
                .desired_width(180.0),
        );
    });
    if primary_button(ui, t::ADD.get(lang), 220.0).clicked() && !view.what.trim().is_empty() {
        agreements.push(Agreement {
            who: Who::ALL[view.who.min(Who::ALL.len() - 1)],
            what: view.what.trim().to_string(),
            by_when: view.by_when.trim().to_string(),
        });
        view.what.clear();
        view.by_when.clear();
        *changed = true;
    }
}
