//! The PIN gate of the mentor area: the mentor's set-up the first time (a PIN, then the
//! recovery code shown once), the PIN after that, and a new PIN with the recovery code.
//!
//! Opening the area opens the data folder's key (`core::sealed`): the stored rounds are read
//! then, and forgotten again when the area locks.

use bevy::platform::time::Instant;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::MentorArea;
use crate::app::egui_style::{bold, color, egui_ready, primary_button, text_field};
use crate::app::screens::{Form, Screen};
use crate::app::session::Session;
use crate::app::text as t;
use crate::app::theme;
use crate::app::{DataStore, Problems};
use crate::core::keys::FolderKey;
use crate::core::lock::{self, ARGON2, Lock, Opened, PinError, check_new_pin};
use crate::core::store::Store;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        (
            gate.run_if(in_state(Screen::MentorGate).and_then(egui_ready)),
            recovery_code.run_if(in_state(Screen::RecoveryCode).and_then(egui_ready)),
        ),
    );
}

/// What the gate's buttons ask for, done after the form is drawn.
enum Ask {
    SetUp,
    Renew,
    Pin,
    Recovery,
    NewLock,
}

fn pin_field(ui: &mut egui::Ui, text: &mut String, password: bool) -> egui::Response {
    text_field(
        ui,
        egui::TextEdit::singleline(text)
            .password(password)
            .font(egui::FontId::proportional(30.0))
            .min_size(egui::vec2(420.0, 56.0))
            .desired_width(420.0),
    )
}

fn gate(
    mut form: Form,
    mut area: ResMut<MentorArea>,
    store: Res<DataStore>,
    mut problems: ResMut<Problems>,
    mut session: MessageWriter<Session>,
    mut sealed_before: Local<Option<usize>>,
) -> Result {
    let stored = lock::load(store.0.as_ref());
    // Encrypted files a new PIN would not open, counted once per visit to the set-up.
    if matches!(stored, Ok(None)) {
        sealed_before.get_or_insert_with(|| store.0.count_sealed());
    } else {
        *sealed_before = None;
    }
    let mut ask = None;
    let mut leave = false;
    let mut back_home = false;
    form.show(|ui, lang, _next| {
        ui.label(bold(t::MENTOR_AREA.get(lang), 40.0));
        ui.add_space(12.0);
        match &stored {
            Err(_) => {
                ui.label(t::PIN_DAMAGED.get(lang));
                if ui.button(t::NEW_LOCK.get(lang)).clicked() {
                    ask = Some(Ask::NewLock);
                }
            }
            Ok(None) => {
                ui.label(t::SET_PIN.get(lang));
                if sealed_before.is_some_and(|n| n > 0) {
                    ui.colored_label(color(theme::WARNING_INK), t::OLD_DATA_CLOSED.get(lang));
                }
                ui.label(t::PIN.get(lang));
                pin_field(ui, &mut area.pin, true);
                ui.label(t::PIN_AGAIN.get(lang));
                pin_field(ui, &mut area.pin_again, true);
                if primary_button(ui, t::SET_UP_PIN.get(lang), 360.0).clicked() {
                    ask = Some(Ask::SetUp);
                }
                ui.label(t::SET_PIN_NEXT.get(lang));
            }
            Ok(Some(_)) if area.renew && area.unlocked => {
                ui.label(t::NEW_RECOVERY_ASK.get(lang));
                ui.label(t::PIN.get(lang));
                pin_field(ui, &mut area.pin, true);
                if primary_button(ui, t::NEW_RECOVERY.get(lang), 360.0).clicked() {
                    ask = Some(Ask::Renew);
                }
            }
            Ok(Some(_)) if area.forgot => {
                ui.label(t::RECOVERY_ENTER.get(lang));
                ui.label(t::RECOVERY_CODE.get(lang));
                pin_field(ui, &mut area.code, false);
                ui.label(t::NEW_PIN.get(lang));
                pin_field(ui, &mut area.pin, true);
                ui.label(t::PIN_AGAIN.get(lang));
                pin_field(ui, &mut area.pin_again, true);
                if primary_button(ui, t::NEW_LOCK.get(lang), 360.0).clicked() {
                    ask = Some(Ask::Recovery);
                }
            }
            Ok(Some(lock)) => {
                ui.label(t::PIN.get(lang));
                let field = pin_field(ui, &mut area.pin, true);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if primary_button(ui, t::OPEN.get(lang), 260.0).clicked() || entered {
                    ask = Some(Ask::Pin);
                }
                // After five wrong PINs in a row: how long to wait (as of this frame).
                let wait = lock.wait(lock::now_seconds());
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
                if lock.keys.is_some() && ui.button(t::FORGOT_PIN.get(lang)).clicked() {
                    area.forgot = true;
                    area.message = None;
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
            if area.renew && area.unlocked {
                area.renew = false;
                back_home = true;
            } else if area.forgot {
                area.forgot = false;
            } else {
                leave = true;
            }
        }
    })?;
    let mut g = Gate {
        area: &mut area,
        store: &store,
        problems: &mut problems,
        session: &mut session,
    };
    if leave {
        form.go(Screen::Start);
        return Ok(());
    }
    if back_home {
        form.go(Screen::MentorHome);
        return Ok(());
    }
    let Some(ask) = ask else { return Ok(()) };
    let opened = match (ask, stored) {
        (Ask::SetUp, Ok(None)) => g.set_up(),
        (Ask::Pin, Ok(Some(lock))) => g.pin(lock),
        (Ask::Recovery, Ok(Some(lock))) => g.recovery(lock),
        (Ask::Renew, Ok(Some(lock))) => g.renew(lock),
        (Ask::NewLock, Err(_)) => {
            g.set_aside_damaged_lock();
            false
        }
        _ => false,
    };
    // A PIN (and a recovery code) is typed anew after every try.
    g.area.pin.clear();
    g.area.pin_again.clear();
    g.area.code.clear();
    if opened {
        g.area.forgot = false;
        g.area.renew = false;
        if g.area.recovery_code.is_some() {
            form.go(Screen::RecoveryCode);
        } else {
            g.area.unlocked = true;
            form.go(Screen::MentorHome);
        }
    }
    Ok(())
}

/// The recovery code, once: then the mentor area opens. Without a code to show (it went with
/// the idle time) it is the gate again.
fn recovery_code(mut form: Form, mut area: ResMut<MentorArea>) -> Result {
    let Some(code) = area.recovery_code.clone() else {
        form.go(Screen::MentorGate);
        return Ok(());
    };
    let mut done = false;
    form.show(|ui, lang, _next| {
        ui.label(bold(t::MENTOR_AREA.get(lang), 40.0));
        ui.add_space(12.0);
        ui.label(bold(t::RECOVERY_TITLE.get(lang), 28.0));
        ui.label(t::RECOVERY_SHOW.get(lang));
        ui.add_space(8.0);
        ui.label(
            egui::RichText::new(&code)
                .monospace()
                .size(34.0)
                .color(color(theme::INK)),
        );
        ui.add_space(12.0);
        done = primary_button(ui, t::RECOVERY_WRITTEN.get(lang), 560.0).clicked();
    })?;
    if done {
        area.recovery_code = None;
        area.unlocked = true;
        form.go(Screen::MentorHome);
    }
    Ok(())
}

/// The gate's work on the lock and the folder's key.
struct Gate<'a, 'w> {
    area: &'a mut MentorArea,
    store: &'a DataStore,
    problems: &'a mut Problems,
    session: &'a mut MessageWriter<'w, Session>,
}

impl Gate<'_, '_> {
    /// Saves the lock; a failure goes to the mentor area's problems, the gate says only that.
    fn keep(&mut self, lock: &Lock) -> bool {
        match lock::save(self.store.0.as_ref(), lock) {
            Ok(()) => true,
            Err(e) => {
                self.problems.0.push(e.to_string());
                self.area.message = Some(t::PIN_NOT_SAVED);
                false
            }
        }
    }

    /// The new PIN typed twice, if it is a good one (else the message says why).
    fn new_pin(&mut self) -> Option<String> {
        self.area.message = match check_new_pin(&self.area.pin) {
            Err(PinError::NotDigits) => Some(t::PIN_DIGITS),
            Err(PinError::TooShort) => Some(t::PIN_SHORT),
            Err(PinError::TooLong) => Some(t::PIN_LONG),
            Ok(()) if self.area.pin != self.area.pin_again => Some(t::PIN_MISMATCH),
            Ok(()) => None,
        };
        self.area.message.is_none().then(|| self.area.pin.clone())
    }

    /// Opens the folder with its key and reads what is stored.
    fn open(&mut self, key: FolderKey) {
        self.store.0.open(key);
        self.session.write(Session::Reload);
    }

    /// Makes the folder's keys for `pin`, encrypts the plain files of before, and shows the
    /// recovery code.
    fn make_keys(&mut self, pin: &str) -> bool {
        let started = Instant::now();
        let made = lock::set_up(pin, ARGON2);
        // The cost of Argon2id on this device (twice: the PIN's and the recovery code's).
        info!(
            "set-up: two Argon2id derivations took {} ms",
            started.elapsed().as_millis()
        );
        if !self.keep(&made.lock) {
            return false;
        }
        self.store.0.open(made.key);
        if let Err(e) = self.store.0.seal_plain_files() {
            self.problems.0.push(e.to_string());
        }
        self.session.write(Session::Reload);
        self.area.recovery_code = Some(made.recovery_code);
        true
    }

    fn set_up(&mut self) -> bool {
        match self.new_pin() {
            Some(pin) => self.make_keys(&pin),
            None => false,
        }
    }

    fn pin(&mut self, lock: Lock) -> bool {
        let mut tried = lock;
        let started = Instant::now();
        let outcome = tried.try_pin(&self.area.pin, lock::now_seconds());
        info!(
            "PIN: one Argon2id derivation took {} ms",
            started.elapsed().as_millis()
        );
        // The count of wrong PINs must outlive a restart: saved every time. The right PIN
        // opens even on a disk that refuses the lock's save: the mentor area shows why.
        let saved = self.keep(&tried);
        match outcome {
            Err(_) => false,
            Ok(None) => {
                if saved {
                    self.area.message = Some(t::PIN_WRONG);
                }
                false
            }
            Ok(Some(Opened::Key(key))) => {
                self.open(key);
                // Plain files that came in since (copied in, or left by an older version) are
                // encrypted now: a plain file never stays behind in an opened folder.
                if let Err(e) = self.store.0.seal_plain_files() {
                    self.problems.0.push(e.to_string());
                }
                true
            }
            // A folder from before keys: its PIN makes them now.
            Ok(Some(Opened::NoKeysYet)) => {
                let pin = self.area.pin.clone();
                self.make_keys(&pin)
            }
        }
    }

    fn recovery(&mut self, lock: Lock) -> bool {
        let Some(pin) = self.new_pin() else {
            return false;
        };
        let mut tried = lock;
        let outcome = tried.try_recovery(&self.area.code, lock::now_seconds());
        let key = match outcome {
            Err(_) => None,
            Ok(None) => {
                self.area.message = Some(t::RECOVERY_WRONG);
                None
            }
            Ok(Some(key)) => Some(key),
        };
        let Some(key) = key else {
            self.keep(&tried);
            return false;
        };
        match tried.with_new_pin(&key, &pin) {
            Some(new) if self.keep(&new) => {
                self.open(key);
                true
            }
            _ => false,
        }
    }

    /// A new recovery code for the open area, with the PIN typed again (counted like any).
    fn renew(&mut self, lock: Lock) -> bool {
        let mut tried = lock;
        let pin = self.area.pin.clone();
        match tried.try_pin(&pin, lock::now_seconds()) {
            Ok(Some(_)) => {}
            outcome => {
                if self.keep(&tried) && matches!(outcome, Ok(None)) {
                    self.area.message = Some(t::PIN_WRONG);
                }
                return false;
            }
        }
        match tried.with_new_recovery_code(&pin) {
            Some((renewed, code)) if self.keep(&renewed) => {
                self.area.recovery_code = Some(code);
                true
            }
            _ => false,
        }
    }

    /// Keeps the damaged lock file aside (never deleted) so that a new PIN can be set; what
    /// is stored stays encrypted to the old key.
    fn set_aside_damaged_lock(&mut self) {
        let suffix = crate::core::measurement::damaged_suffix();
        if let Err(e) = self.store.0.set_aside(lock::KEY, &suffix) {
            self.problems.0.push(e.to_string());
            self.area.message = Some(t::PIN_NOT_SAVED);
        }
    }
}
