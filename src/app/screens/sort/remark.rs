//! The remark dialog (egui: a text field with the tablet's on-screen keyboard). The card
//! stays in view while the youth writes about it.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::{RemarkDraft, deck_of};
use crate::app::egui_style::{bold, dialog, primary_button, text_field};
use crate::app::session::{Current, Play};
use crate::app::text as t;
use crate::app::{Decks, Settings};
use crate::core::deck::Role;
use crate::core::sort::Action;

/// The remark dialog (egui: a text field with the on-screen keyboard of the tablet).
pub(super) fn remark_dialog(
    mut contexts: EguiContexts,
    mut draft: ResMut<RemarkDraft>,
    current: Res<Current>,
    decks: Res<Decks>,
    settings: Res<Settings>,
    mut plays: MessageWriter<Play>,
) -> Result {
    let Some((statement, mut text)) = draft.0.clone() else {
        return Ok(());
    };
    let Some(deck) = deck_of(&decks, &current) else {
        draft.0 = None;
        return Ok(());
    };
    let statement = statement.as_str();
    let lang = settings.lang;
    let front = deck
        .statement(statement)
        .map(|s| s.text.get(lang.code(), deck.main_language()))
        .unwrap_or(statement);
    let ctx = contexts.ctx_mut()?;
    let mut close = false;
    dialog(t::REMARK.get(lang), egui::Align2::CENTER_TOP, 90.0, 720.0).show(ctx, |ui| {
        // The card stays in view while the youth writes about it.
        ui.label(bold(front, 28.0));
        let parent = current.0.as_ref().is_some_and(|m| m.role == Role::Parent);
        ui.label(t::REMARK_TITLE.get(lang, parent));
        let edit = text_field(
            ui,
            egui::TextEdit::multiline(&mut text)
                .font(egui::FontId::proportional(26.0))
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        );
        edit.request_focus();
        ui.horizontal(|ui| {
            if primary_button(ui, t::SAVE.get(lang), 220.0).clicked() {
                plays.write(Play(Action::Remark {
                    statement: statement.to_string(),
                    text: text.clone(),
                }));
                close = true;
            }
            if ui
                .add_sized([200.0, 72.0], egui::Button::new(t::CANCEL.get(lang)))
                .clicked()
            {
                close = true;
            }
        });
    });
    if close {
        draft.0 = None;
    } else if draft.0.as_ref().map(|(_, t)| t) != Some(&text) {
        draft.0 = Some((statement.to_string(), text));
    }
    Ok(())
}
