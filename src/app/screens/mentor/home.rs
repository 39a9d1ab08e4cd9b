//! The mentor's home: the round that just came in (waiting for the mentor's own sort), every
//! youth with their rounds and where each stands, the history, and the export of everything.
//! What a round's state is and which sort the mentor starts are the core's rules
//! (`core::round`); this screen only shows them and turns taps into messages.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::{Exports, Focus};
use crate::app::Decks;
use crate::app::egui_style::{bold, choice, color, egui_ready, primary_button};
use crate::app::screens::{Form, Screen};
use crate::app::session::{Library, Session};
use crate::app::text::{self as t, Lang, moment_label};
use crate::app::theme;
use crate::core::measurement::{date_of, now};
use crate::core::round::{
    MentorSort, Round, RoundStatus, begin_mentor_sort, mentor_sort, rounds_of, youths,
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        home.run_if(in_state(Screen::MentorHome).and_then(egui_ready)),
    );
}

/// Starts or resumes the mentor's sort of `round`; false when there is no mentor deck for it.
fn start_mentor_sort(round: &Round, decks: &Decks, session: &mut MessageWriter<Session>) -> bool {
    match mentor_sort(round, &decks.set) {
        MentorSort::Resume(m) => session.write(Session::Resume(m.id.clone())),
        MentorSort::Begin(deck) => session.write(Session::Begin(begin_mentor_sort(
            round.youth,
            deck,
            rand::random(),
        ))),
        MentorSort::NoMirror => return false,
    };
    true
}

#[allow(clippy::too_many_arguments)]
fn home(
    mut form: Form,
    mut focus: ResMut<Focus>,
    library: Res<Library>,
    decks: Res<Decks>,
    mut exports: Exports,
    mut session: MessageWriter<Session>,
) -> Result {
    form.show(|ui, lang, next| {
        ui.horizontal(|ui| {
            ui.label(bold(t::MENTOR_AREA.get(lang), 40.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(t::LOCK_AND_LEAVE.get(lang)).clicked() {
                    next.set(Screen::Start);
                }
                if ui.button(t::EXPORT_ALL.get(lang)).clicked() {
                    let name = format!("jas-{}", date_of(&now()));
                    exports.csv(&name, &library.0);
                }
            });
        });
        exports.note(ui, lang);
        ui.add_space(8.0);

        // The round that just came from the hand-over, first and large.
        let waiting = focus.youth.as_ref().and_then(|youth| {
            rounds_of(youth, &library.0)
                .into_iter()
                .find(|r| Some(&r.id) == focus.round.as_ref() && r.awaits_mentor())
        });
        if let Some(round) = waiting {
            egui::Frame::new()
                .fill(color(theme::SELECTED))
                .inner_margin(16)
                .corner_radius(12)
                .show(ui, |ui| {
                    let y = round.youth;
                    ui.label(bold(
                        &format!("{} · {}", y.youth, moment_label(y.moment).get(lang)),
                        28.0,
                    ));
                    ui.label(t::YOUTH_DONE.get(lang));
                    if primary_button(ui, t::SORT_MINE.get(lang), 360.0).clicked()
                        && start_mentor_sort(&round, &decks, &mut session)
                    {
                        next.set(Screen::Sort);
                    }
                });
            ui.add_space(12.0);
        }

        let names = youths(&library.0);
        if names.is_empty() {
            ui.label(t::NO_YOUTHS.get(lang));
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            for name in names {
                ui.separator();
                ui.horizontal(|ui| {
                    ui.label(bold(&name, 30.0));
                    if choice(ui, false, t::HISTORY.get(lang)).clicked() {
                        focus.youth = Some(name.clone());
                        next.set(Screen::History);
                    }
                });
                for round in rounds_of(&name, &library.0).iter().rev() {
                    if let Some(go) = round_line(ui, lang, round, &decks, &mut session) {
                        focus.youth = Some(round.youth.youth.clone());
                        focus.round = Some(round.id.clone());
                        next.set(go);
                    }
                }
            }
        });
    })?;
    Ok(())
}

/// One round: date, moment, deck and where it stands, with what the mentor can do next.
/// Returns the screen a tap asks for.
fn round_line(
    ui: &mut egui::Ui,
    lang: Lang,
    round: &Round,
    decks: &Decks,
    session: &mut MessageWriter<Session>,
) -> Option<Screen> {
    let y = round.youth;
    let deck_title = decks
        .set
        .get(&y.deck.id)
        .map(|d| d.title.get(lang.code(), d.main_language()).to_string())
        .unwrap_or_else(|| y.deck.id.clone());
    let status = round.status();
    let status_text = match status {
        RoundStatus::YouthSorting => t::STATUS_YOUTH_OPEN,
        RoundStatus::WaitingForMentor => t::STATUS_WAITING,
        RoundStatus::MentorSorting => t::STATUS_MENTOR_OPEN,
        RoundStatus::Complete => t::STATUS_DONE,
    };
    let mut go = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "{} · {} · {} · {}",
            date_of(round.started()),
            moment_label(y.moment).get(lang),
            deck_title,
            status_text.get(lang)
        ));
        if status == RoundStatus::Complete {
            if choice(ui, false, t::SEE_BOARD.get(lang)).clicked() {
                go = Some(Screen::Board);
            }
        } else if round.awaits_mentor() {
            let label = if status == RoundStatus::MentorSorting {
                t::CONTINUE_MINE
            } else {
                t::SORT_MINE
            };
            if matches!(mentor_sort(round, &decks.set), MentorSort::NoMirror) {
                ui.label(t::NO_MIRROR.get(lang));
            } else if choice(ui, false, label.get(lang)).clicked()
                && start_mentor_sort(round, decks, session)
            {
                go = Some(Screen::Sort);
            }
            // The mentor may choose to open the youth's cards before sorting their own.
            if choice(ui, false, t::OPEN_ANYWAY.get(lang)).clicked() {
                go = Some(Screen::Board);
            }
        }
    });
    go
}
