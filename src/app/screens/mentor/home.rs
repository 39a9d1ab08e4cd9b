//! The mentor's home: the round that just came in (waiting for the mentor's own sort), a new
//! round for a youth, every youth with their rounds and where each stands, problems with the
//! stored data, and the export of everything. What a round's state is and which sort the
//! mentor starts are the core's rules (`core::round`); this screen only shows them and turns
//! taps into messages. Handing the tablet to a youth locks the area.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::new_round::{NewRound, new_round_ui};
use super::{Exports, Focus, MentorArea};
use crate::app::egui_style::{bold, choice, color, egui_ready, primary_button};
use crate::app::screens::{Form, Screen};
use crate::app::session::{Library, Session, Youths};
use crate::app::text::{self as t, Lang, moment_label};
use crate::app::theme;
use crate::app::{Decks, Org, Problems};
use crate::core::deck::Role;
use crate::core::measurement::{Measurement, date_of, now};
use crate::core::round::{
    MentorSort, Round, RoundStatus, begin_mentor_sort, exportable, mentor_sort, rounds_of, youths,
};
use crate::core::schedule::{Due, DueState, Schedule, date_from, next_due, today};
use crate::core::youth::{Youth, YouthKey, same_name};

mod youths;
pub(super) use youths::due_line;
use youths::youth_list;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<NewRound>().add_systems(
        EguiPrimaryContextPass,
        home.run_if(in_state(Screen::MentorHome).and_then(egui_ready)),
    );
}

/// What a tap on the home asks for.
enum Go {
    /// A screen of the mentor area for a youth's round.
    Screen(Screen, YouthKey, String),
    /// The mentor's own sort of a round.
    MentorSort(YouthKey, String),
    /// The tablet to the youth (or parent): this sort, then the area locks.
    HandOver(Screen),
    /// The gate, asking for the PIN to make a new recovery code.
    NewRecoveryCode,
}

/// What the parts of the home share: what they show from, and where a tap goes.
struct Home<'a, 'w> {
    lang: Lang,
    youths: &'a Youths,
    decks: &'a Decks,
    /// When measurements are due, and today, for each youth's next one.
    schedule: &'a Schedule,
    today: time::Date,
    session: &'a mut MessageWriter<'w, Session>,
    go: Option<Go>,
}

/// Starts or resumes the mentor's next sort of `round` (their own, then the guess where the
/// round asks for one); false when there is none to start or no deck for it.
pub(crate) fn start_mentor_sort(
    round: &Round,
    decks: &Decks,
    session: &mut MessageWriter<Session>,
) -> bool {
    match mentor_sort(round, &decks.set) {
        MentorSort::Resume(m) => session.write(Session::Resume(m.id.clone())),
        MentorSort::Begin(deck) => session.write(Session::Begin(begin_mentor_sort(
            round.youth,
            deck,
            rand::random(),
        ))),
        MentorSort::Guess(deck) => session.write(Session::Begin(Measurement::guess_of(
            round.youth,
            deck,
            rand::random(),
        ))),
        MentorSort::NoMirror | MentorSort::Done => return false,
    };
    true
}

/// How the mentor area names whose a sort is: "Sam", or "Ouder van Sam" for a parent's.
pub(crate) fn whose(youths: &Youths, m: &Measurement, lang: Lang) -> String {
    let name = youths.name_of(&YouthKey::of(m));
    if m.role == Role::Parent {
        format!("{} {name}", t::PARENT_OF.get(lang))
    } else {
        name
    }
}

#[allow(clippy::too_many_arguments)]
fn home(
    mut form: Form,
    mut focus: ResMut<Focus>,
    mut area: ResMut<MentorArea>,
    mut new_round: ResMut<NewRound>,
    (library, youths, decks, problems): (Res<Library>, Res<Youths>, Res<Decks>, Res<Problems>),
    org: Res<Org>,
    mut exports: Exports,
    mut session: MessageWriter<Session>,
) -> Result {
    let mut go = None;
    form.show(|ui, lang, next| {
        let mut h = Home {
            lang,
            youths: &youths,
            decks: &decks,
            schedule: &org.0.schedule,
            today: today(),
            session: &mut session,
            go: None,
        };
        let wide = ui.available_width() > 1000.0;
        let mut new_code = false;
        let mut buttons = |ui: &mut egui::Ui| {
            if ui.button(t::LOCK_AND_LEAVE.get(lang)).clicked() {
                next.set(Screen::Start);
            }
            if ui.button(t::EXPORT_ALL.get(lang)).clicked() {
                // Complete rounds only: the hand-over promised the youth so.
                let out = exportable(&library.0);
                exports.csv(&format!("jas-{}", date_of(&now())), &out);
            }
            // The everyday buttons nearest the right edge, where the tests and hands
            // expect them; the new ones to their left.
            if ui.button(t::TRANSFER.get(lang)).clicked() {
                next.set(Screen::Transfer);
            }
            if ui.button(t::OVERVIEW.get(lang)).clicked() {
                next.set(Screen::Overview);
            }
            // Years of paper forms, entered by hand.
            if ui.button(t::PAPER_FORM_SHORT.get(lang)).clicked() {
                next.set(Screen::PaperForm);
            }
        };
        if wide {
            ui.horizontal(|ui| {
                ui.label(bold(t::MENTOR_AREA.get(lang), 40.0));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), buttons);
            });
        } else {
            // Upright the buttons follow the title and wrap: one row would be wider than the
            // screen.
            ui.horizontal_wrapped(|ui| {
                ui.label(bold(t::MENTOR_AREA.get(lang), 40.0));
                buttons(ui);
            });
        }
        exports.note(ui, lang);
        if !problems.0.is_empty() {
            ui.label(bold(t::PROBLEMS_HEADING.get(lang), 24.0));
            for p in &problems.0 {
                ui.colored_label(color(theme::WARNING_INK), p);
            }
        }
        ui.add_space(8.0);
        // The round that just came in and a new round on the left, every youth on the right;
        // one column on a narrow (portrait) screen.
        let mut left = |ui: &mut egui::Ui, h: &mut Home| {
            let waiting = focus.youth.as_ref().and_then(|key| {
                rounds_of(key, &library.0)
                    .into_iter()
                    .find(|r| Some(&r.id) == focus.round.as_ref() && r.awaits_mentor())
            });
            if let Some(round) = waiting {
                waiting_ui(ui, h, &round);
            }
            egui::Frame::new()
                .fill(color(theme::BUTTON_QUIET))
                .inner_margin(16)
                .corner_radius(12)
                .show(ui, |ui| {
                    if let Some(b) =
                        new_round_ui(ui, lang, &mut new_round, &youths, &decks.set, &library.0)
                    {
                        if let Some(y) = b.youth {
                            h.session.write(Session::AddYouth(y));
                        }
                        h.session.write(Session::Begin(b.round));
                        h.go = Some(Go::HandOver(Screen::Intro));
                    }
                });
        };
        if wide {
            let wide = (ui.available_width() - 24.0) * 0.62;
            let rest = ui.available_width() - 24.0 - wide;
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(wide);
                    egui::ScrollArea::vertical()
                        .id_salt("new")
                        .show(ui, |ui| left(ui, &mut h));
                });
                ui.add_space(24.0);
                ui.vertical(|ui| {
                    ui.set_width(rest);
                    egui::ScrollArea::vertical()
                        .id_salt("youths")
                        .show(ui, |ui| {
                            youth_list(ui, &mut h, &library.0);
                            // Seldom needed: a recovery code that was lost (or seen by
                            // someone) is replaced here, at the bottom of the page.
                            ui.add_space(24.0);
                            if ui.button(t::NEW_RECOVERY.get(lang)).clicked() {
                                new_code = true;
                            }
                        });
                });
            });
        } else {
            egui::ScrollArea::vertical().show(ui, |ui| {
                left(ui, &mut h);
                ui.add_space(12.0);
                youth_list(ui, &mut h, &library.0);
                ui.add_space(24.0);
                if ui.button(t::NEW_RECOVERY.get(lang)).clicked() {
                    new_code = true;
                }
            });
        }
        if new_code {
            h.go = Some(Go::NewRecoveryCode);
        }
        go = h.go;
    })?;
    match go {
        Some(Go::Screen(screen, youth, round)) => {
            *focus = Focus {
                youth: Some(youth),
                round: Some(round),
            };
            form.go(screen);
        }
        Some(Go::MentorSort(youth, round)) => {
            *focus = Focus {
                youth: Some(youth),
                round: Some(round),
            };
            form.go(Screen::Sort);
        }
        Some(Go::NewRecoveryCode) => {
            area.renew = true;
            form.go(Screen::MentorGate);
        }
        Some(Go::HandOver(screen)) => {
            // The tablet changes hands: the area locks at once.
            area.unlocked = false;
            form.go(screen);
        }
        None => {}
    }
    Ok(())
}

/// What the button to the mentor's next sort of a round says.
fn next_sort_label(status: RoundStatus) -> t::Tr {
    match status {
        RoundStatus::MentorSorting => t::CONTINUE_MINE,
        RoundStatus::MentorGuessing => t::CONTINUE_GUESS,
        _ => t::SORT_MINE,
    }
}

/// The round waiting for the mentor's own sort.
fn waiting_ui(ui: &mut egui::Ui, h: &mut Home, round: &Round) {
    let (lang, youths, decks) = (h.lang, h.youths, h.decks);
    egui::Frame::new()
        .fill(color(theme::SELECTED))
        .inner_margin(16)
        .corner_radius(12)
        .show(ui, |ui| {
            let y = round.youth;
            ui.label(bold(
                &format!(
                    "{} · {}",
                    whose(youths, y, lang),
                    moment_label(y.moment).get(lang)
                ),
                28.0,
            ));
            ui.label(t::YOUTH_DONE.get(lang));
            let label = next_sort_label(round.status());
            if primary_button(ui, label.get(lang), 360.0).clicked()
                && start_mentor_sort(round, decks, h.session)
            {
                h.go = Some(Go::MentorSort(YouthKey::of(y), round.id.clone()));
            }
        });
    ui.add_space(12.0);
}
