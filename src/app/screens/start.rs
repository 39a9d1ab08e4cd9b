//! The start screen (egui), which needs no PIN and so shows nothing stored: no names, no
//! unfinished sorts, not where the data is. Rounds begin in the mentor area, where the mentor
//! chooses the youth and hands the tablet over. Here a youth can only begin an extra round of
//! their own (filling it in when angry can be the most honest): they type their name, and the
//! mentor links the round to their record later. And the mentor's way in.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::app::egui_style::{
    bold, choice, color, egui_ready, full_screen, primary_button, text_field,
};
use crate::app::screens::{Screen, fresh_on_enter};
use crate::app::session::Session;
use crate::app::text::{self as t, Lang};
use crate::app::theme;
use crate::app::{DataStore, Decks, Problems, Settings};
use crate::core::deck::{DeckSet, Role};
use crate::core::measurement::{Measurement, Moment, PseudonymError, check_pseudonym};
use crate::core::round::{alone, begin};

/// What is filled in on the start screen.
#[derive(Resource, Debug, Clone)]
pub struct StartForm {
    pub name: String,
    pub deck: String,
    pub error: Option<t::Tr>,
}

impl Default for StartForm {
    fn default() -> Self {
        StartForm {
            name: String::new(),
            deck: "jongere".into(),
            error: None,
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    // The next player must not see what the last one typed.
    fresh_on_enter::<StartForm>(app, Screen::Start);
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Start).and_then(egui_ready)),
    );
}

/// The extra round the form asks for, or what is wrong with the form.
pub fn try_start(form: &StartForm, decks: &DeckSet, seed: u64) -> Result<Measurement, t::Tr> {
    match check_pseudonym(&form.name) {
        Err(PseudonymError::Empty) => return Err(t::NAME_EMPTY),
        Err(PseudonymError::TooLong) => return Err(t::NAME_TOO_LONG),
        Ok(()) => {}
    }
    let deck = decks
        .get(&form.deck)
        .filter(|d| d.role == Role::Youth)
        .ok_or(t::NO_DECKS)?;
    let mut m = begin(alone(&form.name), Moment::Extra, deck, seed, rand::random());
    m.three_piles = deck.three_piles_first;
    Ok(m)
}

fn ui(
    mut contexts: EguiContexts,
    mut form: ResMut<StartForm>,
    mut settings: ResMut<Settings>,
    decks: Res<Decks>,
    (problems, store): (Res<Problems>, Res<DataStore>),
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
            ui.add_space(16.0);
            ui.label(egui::RichText::new(t::START_FOR_YOUTH.get(lang)).size(30.0));
            ui.add_space(24.0);
            ui.separator();

            // Nothing of a youth is ever stored unencrypted: before the mentor's set-up there
            // is no key to save to, so no round can begin.
            if store.0.can_save() {
                extra_round(ui, lang, &mut form, &decks, &mut session, &mut next);
            } else {
                ui.colored_label(color(theme::WARNING_INK), t::SET_UP_FIRST.get(lang));
            }

            // Problems name files, and older file names carry pseudonyms: the mentor area lists
            // them; here only that there is one.
            if !problems.0.is_empty() {
                ui.add_space(12.0);
                ui.colored_label(color(theme::WARNING_INK), t::DATA_PROBLEM.get(lang));
            }
            ui.add_space(24.0);
            // The mentor's way in, quiet and at the bottom, so it is not the youth's next step.
            if ui.button(t::MENTOR_AREA.get(lang)).clicked() {
                next.set(Screen::MentorGate);
            }
        });
    });
    Ok(())
}

/// The form of an extra round the youth begins alone.
fn extra_round(
    ui: &mut egui::Ui,
    lang: Lang,
    form: &mut StartForm,
    decks: &Decks,
    session: &mut MessageWriter<Session>,
    next: &mut NextState<Screen>,
) {
    ui.label(bold(t::EXTRA_ROUND.get(lang), 28.0));
    ui.label(t::EXTRA_ROUND_NAME.get(lang));
    text_field(
        ui,
        egui::TextEdit::singleline(&mut form.name)
            .hint_text(t::PSEUDONYM_HINT.get(lang))
            .font(egui::FontId::proportional(28.0))
            .min_size(egui::vec2(640.0, 56.0))
            .margin(egui::Margin::symmetric(12, 10))
            .desired_width(640.0),
    );
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        // Only the youth's own decks: a parent round and the mentor's sort begin in
        // the mentor area.
        for deck in decks.set.iter().filter(|d| d.role == Role::Youth) {
            if choice(ui, form.deck == deck.id, &t::deck_choice(deck, lang)).clicked() {
                form.deck = deck.id.clone();
            }
        }
    });
    ui.add_space(12.0);
    let start = primary_button(ui, t::START.get(lang), 300.0);
    if let Some(e) = form.error {
        ui.colored_label(color(theme::WARNING_INK), e.get(lang));
    }
    if start.clicked() {
        match try_start(form, &decks.set, rand::random()) {
            Ok(m) => {
                *form = StartForm::default();
                session.write(Session::Begin(m));
                next.set(Screen::Intro);
            }
            Err(e) => form.error = Some(e),
        }
    }
}
