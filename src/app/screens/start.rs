//! The start screen (egui): who plays (a pseudonym, no full name), which moment, which deck;
//! or carry on with a sort that was stopped. Deck and storage problems are listed here too.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::app::egui_style::{
    bold, choice, color, egui_ready, full_screen, primary_button, text_field,
};
use crate::app::screens::Screen;
use crate::app::session::{Library, Session};
use crate::app::text::{self as t, Lang, moment_label};
use crate::app::theme;
use crate::app::{Decks, Problems, Settings};
use crate::core::deck::{DeckSet, Role};
use crate::core::measurement::{Measurement, Moment, PseudonymError, check_pseudonym};
use crate::core::round::{begin, youths};

/// What is filled in on the start screen.
#[derive(Resource, Debug, Clone)]
pub struct StartForm {
    pub name: String,
    pub moment: Moment,
    pub deck: String,
    pub error: Option<t::Tr>,
}

impl Default for StartForm {
    fn default() -> Self {
        StartForm {
            name: String::new(),
            moment: Moment::Start,
            deck: "jongere".into(),
            error: None,
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<StartForm>().add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Start).and_then(egui_ready)),
    );
}

/// The new measurement the form asks for, or what is wrong with the form.
pub fn try_start(form: &StartForm, decks: &DeckSet, seed: u64) -> Result<Measurement, t::Tr> {
    match check_pseudonym(&form.name) {
        Err(PseudonymError::Empty) => return Err(t::NAME_EMPTY),
        Err(PseudonymError::TooLong) => return Err(t::NAME_TOO_LONG),
        Ok(()) => {}
    }
    let deck = decks.get(&form.deck).ok_or(t::NO_DECKS)?;
    Ok(begin(&form.name, form.moment, deck, seed, rand::random()))
}

#[allow(clippy::too_many_arguments)]
fn ui(
    mut contexts: EguiContexts,
    mut form: ResMut<StartForm>,
    mut settings: ResMut<Settings>,
    decks: Res<Decks>,
    library: Res<Library>,
    problems: Res<Problems>,
    mut session: MessageWriter<Session>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    full_screen(ctx, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(bold(t::APP_TITLE.get(lang), 40.0));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    for (l, name) in [(Lang::En, "English"), (Lang::Nl, "Nederlands")] {
                        if choice(ui, settings.lang == l, name).clicked() {
                            settings.lang = l;
                        }
                    }
                    ui.label(t::LANGUAGE.get(lang));
                });
            });
            ui.add_space(8.0);

            let unfinished = library.unfinished();
            if !unfinished.is_empty() {
                ui.label(bold(t::RESUME_HEADING.get(lang), 28.0));
                for m in unfinished.iter().take(6) {
                    let title = decks
                        .set
                        .get(&m.deck.id)
                        .map(|d| d.title.get(lang.code(), d.main_language()).to_string())
                        .unwrap_or_else(|| m.deck.id.clone());
                    ui.horizontal(|ui| {
                        if ui.button(t::RESUME.get(lang)).clicked()
                            && decks.set.get(&m.deck.id).is_some()
                        {
                            session.write(Session::Resume(m.id.clone()));
                            next.set(Screen::Sort);
                        }
                        ui.label(format!(
                            "{} · {} · {} {} {} {}",
                            m.youth,
                            title,
                            t::CARD_OF.get(lang),
                            m.sort.done_count(),
                            t::OF.get(lang),
                            m.sort.len()
                        ));
                    });
                }
                ui.separator();
            }

            ui.label(bold(t::WHO.get(lang), 28.0));
            text_field(
                ui,
                egui::TextEdit::singleline(&mut form.name)
                    .hint_text(t::PSEUDONYM_HINT.get(lang))
                    .font(egui::FontId::proportional(28.0))
                    .min_size(egui::vec2(640.0, 56.0))
                    .margin(egui::Margin::symmetric(12, 10))
                    .desired_width(640.0),
            );
            let known = youths(&library.0);
            if !known.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(t::KNOWN_YOUTHS.get(lang));
                    for name in known {
                        if choice(ui, form.name == name, &name).clicked() {
                            form.name = name;
                        }
                    }
                });
            }
            ui.add_space(8.0);

            ui.label(bold(t::MOMENT.get(lang), 28.0));
            ui.horizontal_wrapped(|ui| {
                for m in Moment::ALL {
                    if choice(ui, form.moment == m, moment_label(m).get(lang)).clicked() {
                        form.moment = m;
                    }
                }
            });
            ui.add_space(8.0);

            ui.label(bold(t::DECK.get(lang), 28.0));
            ui.horizontal_wrapped(|ui| {
                // The mentor's mirrored decks are sorted by the mentor, after the hand-over.
                for deck in decks.set.iter().filter(|d| d.role != Role::Mentor) {
                    let label = format!(
                        "{} ({} {})",
                        deck.title.get(lang.code(), deck.main_language()),
                        deck.statements.len(),
                        t::STATEMENTS.get(lang)
                    );
                    if choice(ui, form.deck == deck.id, &label).clicked() {
                        form.deck = deck.id.clone();
                    }
                }
            });
            if decks.set.decks.is_empty() {
                ui.label(t::NO_DECKS.get(lang));
            }
            ui.add_space(16.0);

            let start = primary_button(ui, t::START.get(lang), 300.0);
            if let Some(e) = form.error {
                ui.colored_label(color(theme::WARNING_INK), e.get(lang));
            }
            if start.clicked() {
                match try_start(&form, &decks.set, rand::random()) {
                    Ok(m) => {
                        form.error = None;
                        session.write(Session::Begin(m));
                        next.set(Screen::Intro);
                    }
                    Err(e) => form.error = Some(e),
                }
            }

            if !problems.0.is_empty() {
                ui.separator();
                ui.label(bold(t::PROBLEMS_HEADING.get(lang), 26.0));
                for p in &problems.0 {
                    ui.colored_label(color(theme::WARNING_INK), p);
                }
            }
            ui.add_space(8.0);
            // The mentor's way in at any time (history, exports, an unfinished mentor sort),
            // not only after a youth hands over. Straight to the PIN gate (the start screen has
            // just locked the area). Quiet and at the bottom, so it is not the youth's next step.
            ui.horizontal_wrapped(|ui| {
                if ui.button(t::MENTOR_AREA.get(lang)).clicked() {
                    next.set(Screen::MentorGate);
                }
                ui.small(format!("{} {}", t::DATA_IN.get(lang), settings.data_place));
            });
        });
    });
    Ok(())
}
