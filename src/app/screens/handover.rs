//! The neutral screens a youth (or parent) ends on: the hand-over after "Klaar", and the pause
//! after "Stoppen". Neither shows anything of the sort; both ask to give the tablet to the
//! mentor, whose PIN opens the mentor area (where a stopped sort is resumed at the same card).

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use crate::app::egui_style::{bold, egui_ready, primary_button};
use crate::app::screens::{Form, Screen};
use crate::app::session::{Current, Session};
use crate::app::speech::{Speak, SpeakerZones, SpeechNotice, egui_speaker, notice_line};
use crate::app::text as t;
use crate::core::deck::Role;

/// Whether the player who was just sorting is a parent (spoken to as "u").
#[derive(Resource, Default, Debug)]
struct Parent(bool);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Parent>()
        .add_systems(OnEnter(Screen::Handover), put_away)
        .add_systems(OnEnter(Screen::Paused), put_away)
        .add_systems(
            EguiPrimaryContextPass,
            ui.run_if(
                (in_state(Screen::Handover).or_else(in_state(Screen::Paused))).and_then(egui_ready),
            ),
        );
}

/// The sort is saved; nothing of it stays on screen or in hand.
fn put_away(
    current: Res<Current>,
    mut parent: ResMut<Parent>,
    mut session: MessageWriter<Session>,
) {
    parent.0 = current.0.as_ref().is_some_and(|m| m.role == Role::Parent);
    session.write(Session::Close);
}

fn ui(
    mut form: Form,
    screen: Res<State<Screen>>,
    parent: Res<Parent>,
    (mut zones, mut out, notice): (
        ResMut<SpeakerZones>,
        MessageWriter<Speak>,
        Res<SpeechNotice>,
    ),
) -> Result {
    let parent = parent.0;
    let (title, text, hidden) = if *screen.get() == Screen::Paused {
        (t::PAUSED_TITLE, t::PAUSED_TEXT, None)
    } else {
        (
            t::HANDOVER_TITLE,
            t::HANDOVER_TEXT,
            Some(t::HANDOVER_HIDDEN),
        )
    };
    form.show(|ui, lang, next| {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.2);
            // A speaker above the title reads the screen's words.
            let said: Vec<&str> = [Some(title), Some(text), hidden]
                .into_iter()
                .flatten()
                .map(|x| x.get(lang, parent))
                .collect();
            let said = said.join(" ");
            if egui_speaker(ui, t::READ_ALOUD.get(lang), &said, lang.code(), &mut zones) {
                out.write(Speak {
                    text: said.clone(),
                    lang: lang.code().to_string(),
                });
            }
            notice_line(ui, &notice, lang);
            ui.label(bold(title.get(lang, parent), 48.0));
            ui.add_space(20.0);
            ui.label(egui::RichText::new(text.get(lang, parent)).size(32.0));
            if let Some(hidden) = hidden {
                ui.add_space(10.0);
                ui.label(egui::RichText::new(hidden.get(lang, parent)).size(26.0));
            }
            ui.add_space(40.0);
            if primary_button(ui, t::HANDOVER_GO.get(lang), 360.0).clicked() {
                next.set(Screen::MentorGate);
            }
        });
    })?;
    Ok(())
}
