//! "Papieren lijst invoeren": a paper form entered in the mentor area as a measurement of a
//! youth, with its date and moment: a tap on the answer of each statement (or "niet
//! ingevuld"), scored like any sort and marked as paper (`core::answers::paper_measurement`).
//! The youth's form first; then the mentor's form of the same round, if there is one, so the
//! round is complete and its board opens.

use std::collections::BTreeMap;

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use crate::app::Decks;
use crate::app::egui_style::{
    bold, choice, choice_sized, color, egui_ready, primary_button, text_field,
};
use crate::app::screens::{Form, Screen, fresh_on_enter};
use crate::app::session::{Session, Youths};
use crate::app::text::{self as t, Lang, moment_label};
use crate::app::theme;
use crate::core::answers::paper_measurement;
use crate::core::deck::{Deck, Role};
use crate::core::measurement::{Measurement, Moment, date_of, now};
use crate::core::round::For;

/// The form, emptied whenever the screen opens.
#[derive(Resource, Debug)]
pub struct PaperForm {
    pub youth: Option<String>,
    pub moment: Moment,
    /// The day the form was filled in, YYYY-MM-DD.
    pub date: String,
    pub deck: String,
    /// Per statement: a pile, or `None` for "niet ingevuld". A statement not in the map has
    /// not been entered yet.
    pub answers: BTreeMap<String, Option<u8>>,
    /// The youth's form is saved: its measurement, for the mentor's form of the same round.
    pub saved: Option<Measurement>,
    /// Both forms (or the only one) are saved.
    pub done: bool,
    pub message: Option<String>,
}

impl Default for PaperForm {
    fn default() -> Self {
        PaperForm {
            youth: None,
            moment: Moment::Start,
            date: date_of(&now()).to_string(),
            deck: "jongere".into(),
            answers: BTreeMap::new(),
            saved: None,
            done: false,
            message: None,
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    fresh_on_enter::<PaperForm>(app, Screen::PaperForm);
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::PaperForm).and_then(egui_ready)),
    );
}

fn ui(
    mut form: Form,
    mut f: ResMut<PaperForm>,
    youths: Res<Youths>,
    decks: Res<Decks>,
    mut session: MessageWriter<Session>,
) -> Result {
    form.show(|ui, lang, next| {
        ui.horizontal(|ui| {
            ui.label(bold(t::PAPER_FORM.get(lang), 34.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(t::BACK.get(lang)).clicked() {
                    next.set(Screen::MentorHome);
                }
            });
        });
        if let Some(m) = &f.message {
            ui.label(bold(m, 22.0));
        }
        // The youth's form; once saved, the mentor's form of the same round (where the deck
        // has a mentor's beside it); then done.
        let step = match &f.saved {
            Some(saved) => decks.set.mirror_of(&saved.deck.id),
            None if f.done => None,
            None => decks.set.get(&f.deck),
        };
        let Some(deck) = step else {
            if primary_button(ui, t::ANOTHER_FORM.get(lang), 420.0).clicked() {
                *f = PaperForm::default();
            }
            return;
        };
        // The form scrolls; the line with "Lijst opslaan" stays in view under it.
        egui::ScrollArea::vertical()
            .max_height(ui.available_height() - 72.0)
            .show(ui, |ui| {
                if f.saved.is_some() {
                    ui.label(bold(t::PAPER_MENTOR_NOW.get(lang), 24.0));
                } else {
                    head_ui(ui, lang, &mut f, &youths, &decks);
                }
                answers_ui(ui, lang, &mut f, deck);
            });
        let entered = deck
            .statements
            .iter()
            .filter(|s| f.answers.contains_key(&s.id))
            .count();
        let complete = entered == deck.statements.len();
        ui.horizontal_wrapped(|ui| {
            if primary_button(ui, t::SAVE_FORM.get(lang), 360.0).clicked() && complete {
                save(&mut f, deck, &youths, &mut session, lang);
            }
            ui.label(format!(
                "{entered} {} {} {}",
                t::OF.get(lang),
                deck.statements.len(),
                t::ENTERED.get(lang)
            ));
            if f.saved.is_some() && ui.button(t::PAPER_NO_MENTOR.get(lang)).clicked() {
                f.saved = None;
                f.done = true;
            }
        });
    })?;
    Ok(())
}

/// Whose form, its moment, date and deck.
fn head_ui(ui: &mut egui::Ui, lang: Lang, f: &mut PaperForm, youths: &Youths, decks: &Decks) {
    ui.horizontal_wrapped(|ui| {
        ui.label(t::FOR_WHOM.get(lang));
        for y in &youths.0 {
            if choice(ui, f.youth.as_deref() == Some(y.id.as_str()), &y.label()).clicked() {
                f.youth = Some(y.id.clone());
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(t::MOMENT.get(lang));
        for m in Moment::ALL {
            if choice(ui, f.moment == m, moment_label(m).get(lang)).clicked() {
                f.moment = m;
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(t::FILLED_IN_ON.get(lang));
        text_field(
            ui,
            egui::TextEdit::singleline(&mut f.date)
                .hint_text("2026-11-29")
                .min_size(egui::vec2(180.0, theme::TOUCH))
                .desired_width(180.0),
        );
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(t::DECK.get(lang));
        for d in decks.set.iter().filter(|d| d.role != Role::Mentor) {
            if choice(ui, f.deck == d.id, &t::deck_choice(d, lang)).clicked() && f.deck != d.id {
                f.deck = d.id.clone();
                f.answers.clear();
            }
        }
    });
}

/// A line per statement: its words and the six answers.
fn answers_ui(ui: &mut egui::Ui, lang: Lang, f: &mut PaperForm, deck: &Deck) {
    let main = deck.main_language();
    let piles: Vec<String> = deck
        .piles
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{} {}", i + 1, p.get(lang.code(), main)))
        .collect();
    ui.label(egui::RichText::new(t::PAPER_ALL.get(lang)).italics());
    ui.label(
        egui::RichText::new(format!(
            "{} · - {}",
            piles.join(" · "),
            t::NOT_FILLED_IN.get(lang)
        ))
        .size(18.0),
    );
    for s in &deck.statements {
        egui::Frame::new()
            .fill(color(theme::CARD))
            .inner_margin(8)
            .corner_radius(8)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(s.text.get(lang.code(), main)).size(22.0));
                ui.horizontal_wrapped(|ui| {
                    let now = f.answers.get(&s.id).copied();
                    for pile in 1..=5u8 {
                        if choice_sized(ui, now == Some(Some(pile)), &pile.to_string(), 24.0)
                            .clicked()
                        {
                            f.answers.insert(s.id.clone(), Some(pile));
                        }
                    }
                    if choice_sized(ui, now == Some(None), "-", 24.0).clicked() {
                        f.answers.insert(s.id.clone(), None);
                    }
                });
            });
    }
}

/// Saves the form as a measurement (the youth's, or the mentor's of the same round).
fn save(
    f: &mut PaperForm,
    deck: &Deck,
    youths: &Youths,
    session: &mut MessageWriter<Session>,
    lang: Lang,
) {
    let youth = f.youth.as_deref().and_then(|id| youths.get(id));
    let Some(y) = youth else {
        f.message = Some(t::CHOOSE_YOUTH.get(lang).into());
        return;
    };
    let who = For {
        name: &y.name,
        record: Some(&y.id),
    };
    let made = paper_measurement(
        deck,
        &f.answers,
        who,
        f.moment,
        f.date.trim(),
        rand::random(),
    );
    let mut m = match made {
        Ok(m) => m,
        Err(_) => {
            f.message = Some(t::NOT_A_DATE.get(lang).into());
            return;
        }
    };
    if let Some(youths_form) = f.saved.take() {
        // The mentor's form joins the youth's round.
        m.round = youths_form.round.clone();
        m.id = format!("{}-{}", m.round, m.role);
        session.write(Session::Record(m));
        f.message = Some(t::PAPER_ROUND_DONE.get(lang).into());
        f.done = true;
    } else {
        session.write(Session::Record(m.clone()));
        f.message = Some(t::PAPER_SAVED.get(lang).into());
        f.saved = Some(m);
    }
    f.answers.clear();
}
