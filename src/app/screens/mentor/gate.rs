//! The PIN gate of the mentor area: set a PIN the first time, enter it after.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::MentorArea;
use crate::app::egui_style::{bold, color, egui_ready, primary_button, text_field};
use crate::app::screens::{Form, Screen};
use crate::app::text as t;
use crate::app::theme;
use crate::app::{DataStore, Problems};
use crate::core::lock::{self, Lock, PinError, check_new_pin};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        gate.run_if(in_state(Screen::MentorGate).and_then(egui_ready)),
    );
}

/// Saves the lock; a failure goes to the mentor area's problems, and the gate says only that.
fn keep(store: &DataStore, lock: &Lock, problems: &mut Problems) -> Result<(), t::Tr> {
    lock::save(store.0.as_ref(), lock).map_err(|e| {
        problems.0.push(e.to_string());
        t::PIN_NOT_SAVED
    })
}

fn gate(
    mut form: Form,
    mut area: ResMut<MentorArea>,
    store: Res<DataStore>,
    mut problems: ResMut<Problems>,
) -> Result {
    let stored = lock::load(store.0.as_ref());
    form.show(|ui, lang, next| {
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
                        Err(PinError::NotDigits) => Some(t::PIN_DIGITS),
                        Err(PinError::TooShort) => Some(t::PIN_SHORT),
                        Err(PinError::TooLong) => Some(t::PIN_LONG),
                        Ok(()) if area.pin != area.pin_again => Some(t::PIN_MISMATCH),
                        Ok(()) => {
                            let new = Lock::new(&area.pin, rand::random());
                            match keep(&store, &new, &mut problems) {
                                Ok(()) => {
                                    area.unlocked = true;
                                    next.set(Screen::MentorHome);
                                    None
                                }
                                Err(m) => Some(m),
                            }
                        }
                    };
                    area.pin.clear();
                    area.pin_again.clear();
                }
            }
            Ok(Some(lock)) => {
                ui.label(t::PIN.get(lang));
                let field = pin_field(ui, &mut area.pin);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let now = lock::now_seconds();
                if primary_button(ui, t::OPEN.get(lang), 260.0).clicked() || entered {
                    let mut tried = lock.clone();
                    let outcome = tried.try_pin(&area.pin, now);
                    area.pin.clear();
                    // The count of wrong PINs must outlive a restart: saved every time.
                    area.message = match (outcome, keep(&store, &tried, &mut problems)) {
                        (Err(_), _) => None,
                        // The right PIN opens even on a disk that refuses the lock's save: the
                        // mentor area is where the problem is shown and solved.
                        (Ok(true), saved) => {
                            area.unlocked = true;
                            next.set(Screen::MentorHome);
                            saved.err()
                        }
                        (Ok(false), Err(m)) => Some(m),
                        (Ok(false), Ok(())) => Some(t::PIN_WRONG),
                    };
                }
                // After five wrong PINs in a row: how long to wait (as of this frame).
                let wait = lock::load(store.0.as_ref())
                    .ok()
                    .flatten()
                    .map(|l| l.wait(now))
                    .unwrap_or_default();
                if !wait.is_zero() {
                    let seconds = wait.as_secs().max(1);
                    ui.colored_label(
                        color(theme::WARNING_INK),
                        format!(
                            "{} {seconds} {}",
                            t::PIN_WAIT.get(lang),
                            t::SECONDS.get(lang)
                        ),
                    );
                }
            }
        }
        // Only the gate's own messages: problems with stored files name them, and older file
        // names carry pseudonyms; the mentor area lists those.
        if let Some(m) = area.message {
            ui.colored_label(color(theme::WARNING_INK), m.get(lang));
        }
        ui.add_space(20.0);
        if ui.button(t::BACK.get(lang)).clicked() {
            next.set(Screen::Start);
        }
    })?;
    Ok(())
}
