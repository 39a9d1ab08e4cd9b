//! The mentor area (egui): a PIN gate, then the mentor's home: the round waiting for the
//! mentor's own sort, every youth with their rounds, the board, the history and the export.
//!
//! The area locks again whenever the start screen opens, and a guard sends anyone who reaches
//! a mentor screen (or a mentor sort) without the PIN back to the gate.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::app::egui_style::{bold, choice, egui_ready, full_screen, primary_button, text_field};
use crate::app::exports::deliver;
use crate::app::screens::Screen;
use crate::app::session::{Current, Library};
use crate::app::text::{self as t, Lang};
use crate::app::{DataStore, Decks, Problems, Settings};
use crate::core::board::{rounds_of, youths};
use crate::core::deck::Role;
use crate::core::export::{write_items_csv, write_scores_csv};
use crate::core::lock::{self, Lock, check_new_pin};
use crate::core::measurement::{Measurement, Moment, date_of};

/// Whether the mentor area is open, and the gate's form.
#[derive(Resource, Default, Debug)]
pub struct MentorArea {
    pub unlocked: bool,
    pub pin: String,
    pub pin_again: String,
    pub message: Option<t::Tr>,
    /// The last export, to say where it went.
    pub exported: Option<String>,
}

/// The youth and round the mentor is looking at.
#[derive(Resource, Default, Debug, Clone)]
pub struct Focus {
    pub youth: Option<String>,
    pub round: Option<String>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MentorArea>()
        .init_resource::<Focus>()
        .add_systems(OnEnter(Screen::Start), lock_area)
        .add_systems(Update, guard)
        .add_systems(
            EguiPrimaryContextPass,
            (
                gate.run_if(in_state(Screen::MentorGate).and_then(egui_ready)),
                home.run_if(in_state(Screen::MentorHome).and_then(egui_ready)),
            ),
        );
}

fn lock_area(mut area: ResMut<MentorArea>) {
    area.unlocked = false;
    area.pin.clear();
    area.pin_again.clear();
    area.message = None;
}

/// Screens and sorts that only the mentor may see.
pub fn mentor_only(screen: Screen, current: &Current) -> bool {
    let mentor_sort = current.0.as_ref().is_some_and(|m| m.role == Role::Mentor);
    match screen {
        Screen::MentorHome | Screen::Board | Screen::History => true,
        Screen::Sort | Screen::Review => mentor_sort,
        _ => false,
    }
}

/// Sends anyone without the PIN from a mentor screen to the gate.
fn guard(
    screen: Res<State<Screen>>,
    area: Res<MentorArea>,
    mut current: ResMut<Current>,
    mut next: ResMut<NextState<Screen>>,
) {
    if !area.unlocked && mentor_only(*screen.get(), &current) {
        if current.0.as_ref().is_some_and(|m| m.role == Role::Mentor) {
            current.0 = None;
        }
        next.set(Screen::MentorGate);
    }
}

/// The human name of a moment.
pub fn moment_label(m: Moment) -> t::Tr {
    match m {
        Moment::Start => t::MOMENT_START,
        Moment::MidEvaluation => t::MOMENT_MID,
        Moment::Extra => t::MOMENT_EXTRA,
    }
}

fn gate(
    mut contexts: EguiContexts,
    mut area: ResMut<MentorArea>,
    store: Res<DataStore>,
    settings: Res<Settings>,
    mut problems: ResMut<Problems>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let stored = lock::load(store.0.as_ref());
    full_screen(ctx, |ui| {
        ui.label(bold(t::MENTOR_AREA.get(lang), 40.0));
        ui.add_space(12.0);
        let pin_field = |ui: &mut egui::Ui, text: &mut String| {
            text_field(
                ui,
                egui::TextEdit::singleline(text)
                    .password(true)
                    .font(egui::FontId::proportional(30.0))
                    .min_size(egui::vec2(320.0, 56.0))
                    .desired_width(320.0),
            )
        };
        match &stored {
            Err(_) => {
                ui.label(t::PIN_DAMAGED.get(lang));
            }
            Ok(None) => {
                ui.label(t::SET_PIN.get(lang));
                ui.label(t::PIN.get(lang));
                pin_field(ui, &mut area.pin);
                ui.label(t::PIN_AGAIN.get(lang));
                pin_field(ui, &mut area.pin_again);
                if primary_button(ui, t::OPEN.get(lang), 260.0).clicked() {
                    area.message = match check_new_pin(&area.pin) {
                        Err("too short") => Some(t::PIN_SHORT),
                        Err(_) => Some(t::PIN_LONG),
                        Ok(()) if area.pin != area.pin_again => Some(t::PIN_MISMATCH),
                        Ok(()) => {
                            let new = Lock::new(&area.pin, rand::random());
                            match lock::save(store.0.as_ref(), &new) {
                                Ok(()) => {
                                    area.unlocked = true;
                                    next.set(Screen::MentorHome);
                                }
                                Err(e) => problems.0.push(e.to_string()),
                            }
                            None
                        }
                    };
                }
            }
            Ok(Some(lock)) => {
                ui.label(t::PIN.get(lang));
                let field = pin_field(ui, &mut area.pin);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if primary_button(ui, t::OPEN.get(lang), 260.0).clicked() || entered {
                    if lock.opens_with(&area.pin) {
                        area.unlocked = true;
                        area.message = None;
                        next.set(Screen::MentorHome);
                    } else {
                        area.message = Some(t::PIN_WRONG);
                    }
                    area.pin.clear();
                }
            }
        }
        if let Some(m) = area.message {
            ui.colored_label(egui::Color32::from_rgb(140, 50, 0), m.get(lang));
        }
        for p in &problems.0 {
            ui.colored_label(egui::Color32::from_rgb(140, 50, 0), p);
        }
        ui.add_space(20.0);
        if ui.button(t::BACK.get(lang)).clicked() {
            next.set(Screen::Start);
        }
    });
    Ok(())
}

/// Starts (or resumes) the mentor's sort of `round` with the mirror of the youth's deck.
fn start_mentor_sort(
    youth_m: &Measurement,
    library: &Library,
    decks: &Decks,
    current: &mut Current,
) -> bool {
    let existing = library
        .0
        .iter()
        .find(|m| m.round == youth_m.round && m.role == Role::Mentor);
    if let Some(m) = existing {
        current.0 = Some(m.clone());
        return true;
    }
    let Some(deck) = decks.set.mirror_of(&youth_m.deck.id) else {
        return false;
    };
    current.0 = Some(Measurement::new(
        &youth_m.youth,
        youth_m.moment,
        &youth_m.round,
        deck,
        rand::random(),
    ));
    true
}

/// Writes both CSV files of `measurements` into the data folder's `exports/`.
pub fn export_csv(
    settings: &Settings,
    name: &str,
    measurements: &[Measurement],
) -> Result<String, String> {
    export_csv_to(&settings.data_dir.join("exports"), name, measurements)
}

/// Writes both CSV files of `measurements` into `dir`: `<name>.csv` and `<name>-scores.csv`.
pub fn export_csv_to(
    dir: &std::path::Path,
    name: &str,
    measurements: &[Measurement],
) -> Result<String, String> {
    let items_name = format!("{name}.csv");
    let scores_name = crate::cli::scores_path(std::path::Path::new(&items_name))
        .display()
        .to_string();
    let mut items = Vec::new();
    let mut scores = Vec::new();
    write_items_csv(&mut items, measurements).map_err(|e| format!("{items_name}: {e}"))?;
    write_scores_csv(&mut scores, measurements).map_err(|e| format!("{scores_name}: {e}"))?;
    let items = deliver(dir, &items_name, &items)?;
    let scores = deliver(dir, &scores_name, &scores)?;
    Ok(format!("{items} + {scores}"))
}

#[allow(clippy::too_many_arguments)]
fn home(
    mut contexts: EguiContexts,
    mut area: ResMut<MentorArea>,
    mut focus: ResMut<Focus>,
    library: Res<Library>,
    decks: Res<Decks>,
    settings: Res<Settings>,
    mut current: ResMut<Current>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    full_screen(ctx, |ui| {
        ui.horizontal(|ui| {
            ui.label(bold(t::MENTOR_AREA.get(lang), 40.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(t::LOCK_AND_LEAVE.get(lang)).clicked() {
                    next.set(Screen::Start);
                }
                if ui.button(t::EXPORT_ALL.get(lang)).clicked() {
                    let name = format!("jas-{}", date_of(&crate::core::measurement::now()));
                    area.exported = Some(match export_csv(&settings, &name, &library.0) {
                        Ok(p) => format!("{} {p}", t::EXPORTED_TO.get(lang)),
                        Err(e) => e,
                    });
                }
            });
        });
        if let Some(e) = &area.exported {
            ui.label(e);
        }
        ui.add_space(8.0);

        // The round that just came from the hand-over, first and large.
        let waiting = focus.round.as_ref().and_then(|r| {
            library
                .0
                .iter()
                .find(|m| &m.round == r && m.role != Role::Mentor && m.sort.is_finished())
        });
        if let Some(y) = waiting {
            let mentor_done = library
                .0
                .iter()
                .any(|m| m.round == y.round && m.role == Role::Mentor && m.sort.is_finished());
            if !mentor_done {
                egui::Frame::new()
                    .fill(crate::app::egui_style::color(crate::app::theme::SELECTED))
                    .inner_margin(16)
                    .corner_radius(12)
                    .show(ui, |ui| {
                        ui.label(bold(
                            &format!("{} · {}", y.youth, moment_label(y.moment).get(lang)),
                            28.0,
                        ));
                        ui.label(t::YOUTH_DONE.get(lang));
                        if primary_button(ui, t::SORT_MINE.get(lang), 360.0).clicked()
                            && start_mentor_sort(y, &library, &decks, &mut current)
                        {
                            next.set(Screen::Sort);
                        }
                    });
                ui.add_space(12.0);
            }
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
                    round_line(
                        ui,
                        lang,
                        round,
                        &decks,
                        &library,
                        &mut focus,
                        &mut current,
                        &mut next,
                    );
                }
            }
        });
    });
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn round_line(
    ui: &mut egui::Ui,
    lang: Lang,
    round: &crate::core::board::Round,
    decks: &Decks,
    library: &Library,
    focus: &mut Focus,
    current: &mut Current,
    next: &mut NextState<Screen>,
) {
    let y = round.youth;
    let deck_title = decks
        .set
        .get(&y.deck.id)
        .map(|d| d.title.get(lang.code(), d.main_language()).to_string())
        .unwrap_or_else(|| y.deck.id.clone());
    let status = if !y.sort.is_finished() {
        t::STATUS_YOUTH_OPEN
    } else {
        match round.mentor {
            None => t::STATUS_WAITING,
            Some(m) if !m.sort.is_finished() => t::STATUS_MENTOR_OPEN,
            Some(_) => t::STATUS_DONE,
        }
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "{} · {} · {} · {}",
            date_of(round.started()),
            moment_label(y.moment).get(lang),
            deck_title,
            status.get(lang)
        ));
        let open_board = |focus: &mut Focus, next: &mut NextState<Screen>| {
            focus.youth = Some(y.youth.clone());
            focus.round = Some(round.id.clone());
            next.set(Screen::Board);
        };
        if round.complete() {
            if choice(ui, false, t::SEE_BOARD.get(lang)).clicked() {
                open_board(focus, next);
            }
        } else if y.sort.is_finished() {
            let label = if round.mentor.is_some() {
                t::CONTINUE_MINE
            } else {
                t::SORT_MINE
            };
            if decks.set.mirror_of(&y.deck.id).is_none() && round.mentor.is_none() {
                ui.label(t::NO_MIRROR.get(lang));
            } else if choice(ui, false, label.get(lang)).clicked()
                && start_mentor_sort(y, library, decks, current)
            {
                focus.round = Some(round.id.clone());
                next.set(Screen::Sort);
            }
            // The mentor may choose to open the youth's cards before sorting their own.
            if choice(ui, false, t::OPEN_ANYWAY.get(lang)).clicked() {
                open_board(focus, next);
            }
        }
    });
}
