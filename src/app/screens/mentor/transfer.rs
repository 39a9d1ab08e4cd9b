//! "Overzetten": youths' data to another device (the behavioural scientist's laptop, a new
//! tablet) and back, as one file encrypted with a passphrase the mentor types
//! (`core::bundle`). Making a bundle reads what this run already holds; importing one goes
//! through the session, the one writer, which merges it all or nothing and says what it did.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use crate::app::egui_style::{
    bold, choice, color, egui_ready, file_button, primary_button, text_field,
};
use crate::app::exports::{Delivery, Inbox, LastExport};
use crate::app::screens::{Form, Screen, fresh_on_enter};
use crate::app::session::{ImportRefused, LastImport, Library, Session, Youths};
use crate::app::text::{self as t, Lang};
use crate::app::theme;
use crate::core::bundle::{self, BundleError, Merge};
use crate::core::measurement::now;

/// The screen's form. Emptied whenever the screen opens: a passphrase never lingers.
#[derive(Resource, Default, Debug)]
pub struct TransferForm {
    /// The youths chosen (ids); none chosen: everyone.
    pub chosen: Vec<String>,
    pub passphrase: String,
    pub again: String,
    /// The bundle picked to import, and the passphrase typed for it.
    pub picked: Option<String>,
    /// Its bytes, where a file dialog read them (the browser).
    pub file: Option<Vec<u8>>,
    pub import_passphrase: String,
    pub problem: Option<String>,
}

pub(super) fn plugin(app: &mut App) {
    fresh_on_enter::<TransferForm>(app, Screen::Transfer);
    app.add_systems(OnEnter(Screen::Transfer), forget_last)
        .add_systems(Update, wait_for_the_file.run_if(in_state(Screen::Transfer)))
        .add_systems(
            EguiPrimaryContextPass,
            ui.run_if(in_state(Screen::Transfer).and_then(egui_ready)),
        );
}

/// A file being read in the background arrives without an input event: keep drawing until
/// it is there (only while a file dialog's file is on its way).
fn wait_for_the_file(inbox: Res<Inbox>, mut redraw: MessageWriter<bevy::window::RequestRedraw>) {
    if let Inbox::Picker(p) = &*inbox
        && p.waiting()
    {
        redraw.write(bevy::window::RequestRedraw);
    }
}

fn forget_last(mut export: ResMut<LastExport>, mut import: ResMut<LastImport>) {
    export.0 = None;
    import.0 = None;
}

fn passphrase_field(ui: &mut egui::Ui, text: &mut String, hint: &str) {
    text_field(
        ui,
        egui::TextEdit::singleline(text)
            .password(true)
            .hint_text(hint)
            .min_size(egui::vec2(340.0, theme::TOUCH))
            .desired_width(340.0),
    );
}

#[allow(clippy::too_many_arguments)]
fn ui(
    mut form: Form,
    mut f: ResMut<TransferForm>,
    (library, youths, inbox): (Res<Library>, Res<Youths>, Res<Inbox>),
    delivery: Res<Delivery>,
    mut last_export: ResMut<LastExport>,
    last_import: Res<LastImport>,
    mut session: MessageWriter<Session>,
) -> Result {
    form.show(|ui, lang, next| {
        ui.horizontal(|ui| {
            ui.label(bold(t::TRANSFER.get(lang), 34.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(t::BACK.get(lang)).clicked() {
                    next.set(Screen::MentorHome);
                }
            });
        });
        ui.label(t::TRANSFER_WHY.get(lang));
        let wide = ui.available_width() > 1000.0;
        let f = &mut *f;
        let sources = (&*library, &*youths);
        if wide {
            // Side by side: both fit 1280x800 without scrolling.
            ui.columns(2, |cols| {
                send_ui(&mut cols[0], lang, f, sources, &delivery, &mut last_export);
                receive_ui(&mut cols[1], lang, f, &inbox, &last_import, &mut session);
            });
        } else {
            egui::ScrollArea::vertical().show(ui, |ui| {
                send_ui(ui, lang, f, sources, &delivery, &mut last_export);
                ui.add_space(16.0);
                ui.separator();
                receive_ui(ui, lang, f, &inbox, &last_import, &mut session);
            });
        }
    })?;
    Ok(())
}

/// "Meegeven": whose data, the passphrase twice, and the file made.
fn send_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    f: &mut TransferForm,
    (library, youths): (&Library, &Youths),
    delivery: &Delivery,
    last_export: &mut LastExport,
) {
    ui.add_space(8.0);
    ui.label(bold(t::TRANSFER_OUT.get(lang), 26.0));
    ui.horizontal_wrapped(|ui| {
        ui.label(t::WHOM.get(lang));
        if choice(ui, f.chosen.is_empty(), t::EVERYONE.get(lang)).clicked() {
            f.chosen.clear();
        }
        for y in &youths.0 {
            let on = f.chosen.contains(&y.id);
            if choice(ui, on, &y.label()).clicked() {
                if on {
                    f.chosen.retain(|id| *id != y.id);
                } else {
                    f.chosen.push(y.id.clone());
                }
            }
        }
    });
    passphrase_field(ui, &mut f.passphrase, t::PASSPHRASE.get(lang));
    passphrase_field(ui, &mut f.again, t::PIN_AGAIN.get(lang));
    line(
        ui,
        egui::RichText::new(t::PASSPHRASE_HINT.get(lang)).italics(),
    );
    if primary_button(ui, t::MAKE_BUNDLE.get(lang), 420.0).clicked() {
        f.problem = None;
        last_export.0 = None;
        if f.passphrase != f.again {
            f.problem = Some(t::PASSPHRASES_DIFFER.get(lang).into());
        } else {
            let chosen = (!f.chosen.is_empty()).then_some(f.chosen.as_slice());
            let (ys, ms) = bundle::choose(&youths.0, &library.0, chosen);
            match bundle::seal(&bundle::make(&ys, &ms, &now()), &f.passphrase, None) {
                Ok(bytes) => {
                    // Date and time: a second bundle of the day never replaces the first.
                    let name = format!(
                        "jas-{}.{}",
                        crate::core::measurement::round_id(&now()).trim_start_matches("r-"),
                        bundle::EXTENSION
                    );
                    last_export.0 = Some(delivery.0.deliver(&name, &bytes).map(|p| {
                        format!(
                            "{} {p} ({} {})",
                            t::EXPORTED_TO.get(lang),
                            ms.len(),
                            t::MEASUREMENTS.get(lang)
                        )
                    }));
                    f.passphrase.clear();
                    f.again.clear();
                }
                Err(e) => f.problem = Some(refusal(&e, lang)),
            }
        }
    }
    match &last_export.0 {
        Some(Ok(p)) => line(ui, p),
        Some(Err(e)) => warning(ui, e),
        None => {}
    }
    if let Some(p) = &f.problem {
        warning(ui, p);
    }
}

/// "Binnenhalen": the files waiting in the folder, the passphrase, and what the import did.
fn receive_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    f: &mut TransferForm,
    inbox: &Inbox,
    last_import: &LastImport,
    session: &mut MessageWriter<Session>,
) {
    ui.add_space(8.0);
    ui.label(bold(t::TRANSFER_IN.get(lang), 26.0));
    match inbox {
        Inbox::None => {
            line(ui, t::NO_INBOX.get(lang));
            return;
        }
        Inbox::Folder(folder) => {
            line(
                ui,
                format!("{} {}", t::PUT_BUNDLE_IN.get(lang), folder.display()),
            );
            let waiting = inbox.bundles();
            if waiting.is_empty() {
                line(ui, egui::RichText::new(t::NO_BUNDLES.get(lang)).italics());
            }
            ui.horizontal_wrapped(|ui| {
                for name in &waiting {
                    let on = f.picked.as_deref() == Some(name.as_str());
                    if choice(ui, on, name).clicked() {
                        f.picked = Some(name.clone());
                        f.file = None;
                    }
                }
            });
        }
        Inbox::Picker(picker) => {
            if let Some((name, bytes)) = picker.take() {
                f.picked = Some(name);
                f.file = Some(bytes);
            }
            if file_button(ui, t::CHOOSE_FILE.get(lang)).clicked() {
                picker.open();
            }
            if let Some(name) = &f.picked {
                ui.label(name.as_str());
            }
        }
    }
    if let Some(name) = f.picked.clone() {
        passphrase_field(ui, &mut f.import_passphrase, t::FILES_PASSPHRASE.get(lang));
        if primary_button(ui, t::IMPORT_BUNDLE.get(lang), 420.0).clicked() {
            let bytes = match f.file.clone() {
                Some(bytes) => Ok(bytes),
                None => inbox.read(&name),
            };
            match bytes {
                Ok(bytes) => {
                    session.write(Session::Import {
                        name,
                        bytes,
                        passphrase: std::mem::take(&mut f.import_passphrase),
                    });
                }
                Err(e) => f.problem = Some(e),
            }
        }
    }
    match &last_import.0 {
        Some(Ok(m)) => imported(ui, m, lang),
        Some(Err(ImportRefused::Bundle(name, e))) => {
            warning(
                ui,
                &format!(
                    "{name}: {} {}",
                    refusal(e, lang),
                    t::NOTHING_IMPORTED.get(lang)
                ),
            );
        }
        Some(Err(ImportRefused::Store(e))) => warning(ui, e),
        None => {}
    }
}

/// What the import did, in numbers, and what it left out.
fn imported(ui: &mut egui::Ui, m: &Merge, lang: Lang) {
    ui.label(bold(
        &format!(
            "{}: {} {}, {} {}, {} {}.",
            t::IMPORTED.get(lang),
            m.added.len(),
            t::ADDED.get(lang),
            m.updated.len(),
            t::UPDATED.get(lang),
            m.kept,
            t::KEPT.get(lang),
        ),
        22.0,
    ));
    if !m.youths_added.is_empty() {
        line(
            ui,
            format!(
                "{}: {}",
                t::NEW_YOUTHS.get(lang),
                m.youths_added
                    .iter()
                    .map(|y| y.label())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    for p in &m.problems {
        warning(ui, p);
    }
}

/// A line of text, ragged right: in the screen's two columns egui would justify a wrapped
/// label and stretch its spaces, which is hard to read.
fn line(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) {
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.label(text)
    });
}

/// A warning, ragged right like [`line`].
fn warning(ui: &mut egui::Ui, text: &str) {
    line(
        ui,
        egui::RichText::new(text).color(color(theme::WARNING_INK)),
    );
}

/// Why a bundle could not be made or opened, in the mentor's words.
fn refusal(e: &BundleError, lang: Lang) -> String {
    match e {
        BundleError::ShortPassphrase => t::PASSPHRASE_SHORT.get(lang).into(),
        BundleError::NotABundle => t::NOT_A_BUNDLE.get(lang).into(),
        BundleError::WrongPassphrase => t::WRONG_PASSPHRASE.get(lang).into(),
        BundleError::Newer(_) => t::NEWER_BUNDLE.get(lang).into(),
        BundleError::Damaged(_) | BundleError::TooLarge(_) => t::DAMAGED_BUNDLE.get(lang).into(),
        BundleError::TooMuchWork(_) => t::HEAVY_BUNDLE.get(lang).into(),
    }
}
