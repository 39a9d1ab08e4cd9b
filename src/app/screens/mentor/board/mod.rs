//! The talk-through board (egui): where youth and mentor put each card, in the suggested order
//! (first what you agree on, then the differences, then what was skipped), with what stands
//! out marked; both scores per part and in total with the change since last time; the
//! agreements; and the exports (PDF report, PNG of the board, CSV). Drawn from the core's
//! [`Board`](crate::core::board::Board), which the report and the tests use too.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::home::whose;
use super::{Exports, Focus};
use crate::app::Decks;
use crate::app::egui_style::{bold, choice, egui_ready};
use crate::app::exports::{export_png, export_report};
use crate::app::screens::{Form, Screen, fresh_on_enter};
use crate::app::session::{Library, Session, Youths};
use crate::app::text::{self as t, moment_label};
use crate::core::board::board;
use crate::core::deck::Role;
use crate::core::guess::guess_score;
use crate::core::layout::{Whose, layout};
use crate::core::measurement::{Agreement, Measurement, date_of};
use crate::core::report::ReportInput;
use crate::core::round::{board_rounds, previous};

mod details;
pub mod grid;
pub mod layout;
mod rows;
pub mod side;

/// How the board shows the cards.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Look {
    /// The piles as they were laid: the first look together.
    #[default]
    Piles,
    /// The statements in talk order.
    List,
    /// The agreement grid.
    Grid,
}

/// The board screen's own state: the card tapped open, the agreement being typed.
#[derive(Resource, Default, Debug)]
pub struct BoardView {
    pub open: Option<String>,
    pub who: usize,
    pub what: String,
    pub by_when: String,
    pub look: Look,
    /// Whose piles the piles look shows.
    pub whose: Whose,
    /// The cell of the agreement grid tapped open.
    pub cell: Option<(u8, u8)>,
}

pub(super) fn plugin(app: &mut App) {
    fresh_on_enter::<BoardView>(app, Screen::Board);
    // Only once the board opens: nothing of it costs the start-up.
    app.add_systems(OnEnter(Screen::Board), layout::register_faces);
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Board).and_then(egui_ready)),
    );
}

#[allow(clippy::too_many_arguments)]
fn ui(
    mut form: Form,
    mut view: ResMut<BoardView>,
    focus: Res<Focus>,
    library: Res<Library>,
    youths: Res<Youths>,
    decks: Res<Decks>,
    mut exports: Exports,
    mut session: MessageWriter<Session>,
    mut commands: Commands,
    faces: Option<Res<layout::FaceTextures>>,
) -> Result {
    let lang = form.lang();
    let focused = focus
        .youth
        .as_ref()
        .zip(focus.round.as_ref())
        .and_then(|(youth, round)| board_rounds(youth, round, &library.0));
    // The board opens only when both sorts are finished: before that, neither is shown.
    let Some((b, layouts, youth, mentor, guess, guess_sort)) = focused
        .filter(|(rounds, i)| rounds[*i].complete())
        .map(|(rounds, i)| {
            let r = &rounds[i];
            let b = board(r, previous(&rounds, &r.id));
            let layouts = [layout(r, &b, Whose::Youth), layout(r, &b, Whose::Mentor)];
            // The guess stands on this board only where the mentor chose so.
            let guess = r
                .guess
                .filter(|_| r.youth.guess_on_board)
                .map(|g| guess_score(r.youth, g));
            // The report is for the file and supervision: it carries the guess either way.
            (b, layouts, r.youth, r.mentor, guess, r.guess)
        })
    else {
        form.go(Screen::MentorHome);
        return Ok(());
    };
    let deck = decks.set.get(&youth.deck.id);
    let mentor_deck = mentor.as_ref().and_then(|m| decks.set.get(&m.deck.id));
    let parent_round = youth.role == Role::Parent;
    // The youth is called by their name on the board (a parent "Ouder"), shortened to fit the
    // column of their placements.
    let youth_label: String = if parent_round {
        t::PARENT.get(lang).to_string()
    } else {
        youths.name_of(&crate::core::youth::YouthKey::of(youth))
    };
    let youth_label = &short(&youth_label, 14);
    let mut agreements = youth.agreements.clone();
    let mut changed = false;
    let name = whose(&youths, youth, lang);

    let ctx = form.show(|ui, lang, next| {
        ui.label(bold(
            &format!(
                "{}: {} · {} · {}",
                t::BOARD.get(lang),
                name,
                moment_label(youth.moment).get(lang),
                date_of(youth.finished_at().unwrap_or(&youth.started))
            ),
            30.0,
        ));
        ui.horizontal_wrapped(|ui| {
            if ui.button(t::BACK.get(lang)).clicked() {
                next.set(Screen::MentorHome);
            }
            if ui.button(t::HISTORY.get(lang)).clicked() {
                next.set(Screen::History);
            }
            if ui.button(t::CSV.get(lang)).clicked() {
                let ms: Vec<Measurement> = [Some(youth), mentor, guess_sort]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect();
                exports.csv(&b.round, &ms);
            }
            if ui.button(t::PICTURE_PNG.get(lang)).clicked() {
                // Said once the picture is taken and delivered, a frame or two from now.
                exports.last.0 = None;
                export_png(&mut commands, format!("{}-bord.png", b.round));
            }
            if ui.button(t::REPORT_PDF.get(lang)).clicked() {
                let report = export_report(
                    &exports.delivery,
                    &ReportInput {
                        board: &b,
                        youth,
                        mentor,
                        guess: guess_sort,
                        deck,
                        mentor_deck,
                        lang: lang.code(),
                    },
                );
                exports.last.0 = Some(report);
            }
        });
        exports.note(ui, lang);
        ui.add_space(6.0);

        let wide = ui.available_width() > 1000.0;
        let side_width = if wide { 420.0 } else { ui.available_width() };
        let side = |ui: &mut egui::Ui,
                    agreements: &mut Vec<Agreement>,
                    changed: &mut bool,
                    view: &mut BoardView| {
            ui.label(bold(t::PARTS.get(lang), 26.0));
            if b.total.change.youth.is_some() {
                ui.label(
                    egui::RichText::new(format!("( ) {}", t::SINCE_LAST.get(lang)))
                        .size(18.0)
                        .italics(),
                );
            }
            for p in &b.parts {
                let label = deck
                    .and_then(|d| d.part(&p.id))
                    .map(|x| x.label.get(lang.code(), "nl").to_string())
                    .unwrap_or_else(|| p.id.clone());
                side::part_ui(ui, &label, p, youth_label, lang);
            }
            side::part_ui(ui, t::TOTAL.get(lang), &b.total, youth_label, lang);
            if let Some(g) = &guess {
                ui.separator();
                side::guess_ui(ui, g, deck, youth_label, lang, view);
            }
            ui.separator();
            side::agreements_ui(ui, lang, &b, agreements, changed, view, youth_label);
        };
        // The cards: as they were laid, as a list in talk order, or as the agreement grid.
        let cards = |ui: &mut egui::Ui, view: &mut BoardView| {
            ui.horizontal(|ui| {
                for (look, label) in [
                    (Look::Piles, t::LAYOUT_VIEW),
                    (Look::List, t::LIST_VIEW),
                    (Look::Grid, t::GRID_VIEW),
                ] {
                    if choice(ui, view.look == look, label.get(lang)).clicked() {
                        view.look = look;
                    }
                }
                if view.look == Look::Piles {
                    ui.add_space(16.0);
                    layout::whose_ui(ui, view, youth_label, lang);
                }
            });
            match view.look {
                Look::Piles => layout::layout_ui(
                    ui,
                    &layouts,
                    [deck, mentor_deck],
                    youth_label,
                    lang,
                    view,
                    faces.as_deref(),
                ),
                Look::List => rows::rows_ui(ui, &b, deck, youth_label, lang, view),
                Look::Grid => grid::grid_ui(ui, &b, deck, youth_label, lang, view),
            }
        };
        if wide {
            ui.horizontal_top(|ui| {
                let rows_width = ui.available_width() - side_width - 40.0;
                ui.vertical(|ui| {
                    ui.set_width(rows_width);
                    egui::ScrollArea::vertical().id_salt("rows").show(ui, |ui| {
                        cards(ui, &mut view);
                    });
                });
                ui.vertical(|ui| {
                    ui.set_width(side_width);
                    egui::ScrollArea::vertical().id_salt("side").show(ui, |ui| {
                        side(ui, &mut agreements, &mut changed, &mut view);
                    });
                });
            });
        } else {
            // Upright, the cards come first: the talk starts from the layout.
            egui::ScrollArea::vertical().show(ui, |ui| {
                cards(ui, &mut view);
                ui.separator();
                side(ui, &mut agreements, &mut changed, &mut view);
            });
        }
    })?;

    if let Some(id) = view.open.clone() {
        details::details(
            &ctx,
            &id,
            &b,
            deck,
            mentor_deck,
            youth_label,
            lang,
            &mut view,
        );
    }
    if changed {
        session.write(Session::SetAgreements {
            id: youth.id.clone(),
            agreements,
        });
    }
    Ok(())
}

/// `text`, cut to `n` characters with an ellipsis when longer.
fn short(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        text.to_string()
    } else {
        let cut: String = text.chars().take(n - 3).collect();
        format!("{cut}...")
    }
}
