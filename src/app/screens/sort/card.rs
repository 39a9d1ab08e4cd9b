//! The current card, drawn again whenever the sort, the view or the text size changes: its
//! words (or its back), the turn and remark buttons under it, the progress, the pile counts,
//! and the banner when a save failed.

use bevy::prelude::*;

use super::pile_row::count;
use super::pile_view::open_pile;
use super::{
    CardSlot, PileCount, Progress, RemarkDraft, SaveBanner, SortView, UndoButton, deck_of,
};
use crate::app::cards::make_draggable;
use crate::app::session::{Current, SaveState};
use crate::app::speech::{SpeechNotice, Unspoken, shown_lang, speaker_button};
use crate::app::text as t;
use crate::app::theme::{self, Assets2d, TextScale};
use crate::app::widgets::{Look, button};
use crate::app::{Decks, Settings};

#[allow(clippy::too_many_arguments)]
pub(super) fn redraw(
    mut commands: Commands,
    current: Res<Current>,
    view: Res<SortView>,
    scale: Res<TextScale>,
    save: Res<SaveState>,
    decks: Res<Decks>,
    settings: Res<Settings>,
    assets: Res<Assets2d>,
    slot: Query<Entity, With<CardSlot>>,
    mut progress: Query<&mut Text, (With<Progress>, Without<PileCount>)>,
    mut counts: Query<(&PileCount, &mut Text), Without<Progress>>,
    mut undo: Query<&mut BackgroundColor, With<UndoButton>>,
    mut banner: Query<&mut Node, With<SaveBanner>>,
    notice: Res<SpeechNotice>,
    mut first: Local<bool>,
) {
    let slot_added = !*first;
    if !(slot_added
        || current.is_changed()
        || view.is_changed()
        || scale.is_changed()
        || save.is_changed()
        || notice.is_changed())
    {
        return;
    }
    let (Some(m), Some(deck), Ok(slot)) =
        (current.0.as_ref(), deck_of(&decks, &current), slot.single())
    else {
        return;
    };
    *first = true;
    let lang = settings.lang;
    let sort = &m.sort;
    let shown = (sort.done_count() + 1).min(sort.len());
    let refining = sort.to_refine().is_some();
    for mut text in &mut progress {
        text.0 = if refining {
            // The second step of three piles first: how many are left to tell apart.
            format!("{} {}", t::STILL_TO_DO.get(lang), sort.leaning_count())
        } else {
            format!(
                "{} {shown} {} {}",
                t::CARD_OF.get(lang),
                t::OF.get(lang),
                sort.len()
            )
        };
    }
    for (PileCount(target), mut text) in &mut counts {
        text.0 = count(sort, *target).to_string();
    }
    for mut bg in &mut undo {
        bg.0 = if sort.can_undo() {
            theme::BUTTON
        } else {
            theme::DISABLED
        };
    }
    for mut node in &mut banner {
        node.display = if save.failed.is_some() {
            Display::Flex
        } else {
            Display::None
        };
    }

    commands.entity(slot).despawn_children();
    let main = deck.main_language().to_string();
    let size = theme::CARD_TEXT * scale.factor();
    commands.entity(slot).with_children(|slot| {
        if let Some(target) = view.open_pile {
            open_pile(slot, &assets, deck, m, target, lang);
            return;
        }
        let Some(id) = sort.playing() else { return };
        if refining {
            slot.spawn((
                theme::bold(
                    &assets,
                    t::HOW_MUCH.get(lang),
                    theme::HEADING_SIZE - 6.0,
                    theme::INK,
                ),
                TextLayout::justify(Justify::Center),
            ));
        }
        let Some(statement) = deck.statement(id) else {
            return;
        };
        let (bg, body) = if view.flipped {
            (
                theme::CARD_BACK,
                statement.explanation.get(lang.code(), &main),
            )
        } else {
            (theme::CARD, statement.text.get(lang.code(), &main))
        };
        let mut card = slot.spawn((
            Node {
                min_height: px(280),
                flex_direction: FlexDirection::Column,
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                padding: UiRect::all(px(28)),
                row_gap: px(12),
                border: UiRect::all(px(2)),
                border_radius: BorderRadius::all(px(22)),
                ..default()
            },
            BackgroundColor(bg),
            BorderColor::all(theme::MUTED),
            BoxShadow::new(
                Color::srgba(0.0, 0.0, 0.0, 0.25),
                px(0),
                px(6),
                px(0),
                px(14),
            ),
        ));
        make_draggable(&mut card, id);
        let front = statement.text.get(lang.code(), &main).to_string();
        // For a screen reader: the card's words (and its back, once turned).
        let name = if view.flipped {
            format!("{front} {body}")
        } else {
            front.clone()
        };
        card.insert(crate::app::a11y::label(&name));
        card.with_children(|c| {
            // A turned card keeps its front in view: the youth answers the statement, and the
            // back only explains it.
            if view.flipped {
                c.spawn((
                    theme::bold(&assets, front, size * 0.8, theme::INK),
                    TextLayout::justify(Justify::Center),
                ));
                c.spawn(theme::hint(t::BACK_OF_CARD.get(lang)));
            }
            c.spawn((
                theme::text(body, size, theme::INK),
                TextLayout::justify(Justify::Center),
            ));
            if sort.remark(id).is_some() {
                c.spawn(theme::hint(t::HAS_REMARK.get(lang)));
            }
        });
        // Under the card: read it aloud, turn it, remark on it, and the hint how to play.
        slot.spawn((
            Node {
                flex_direction: FlexDirection::Row,
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                column_gap: px(14),
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|row| {
            // Reads what the card shows: its front, or its back once turned.
            speaker_button(row, &assets, body.to_string(), shown_lang(deck, lang));
            let turn = if view.flipped { t::TURN_BACK } else { t::TURN };
            button(
                row,
                &assets,
                turn.get(lang),
                Look::Quiet,
                |_: On<Pointer<Click>>, mut view: ResMut<SortView>| {
                    view.flipped = !view.flipped;
                },
            );
            let existing = sort.remark(id).unwrap_or("").to_string();
            let card = id.to_string();
            button(
                row,
                &assets,
                t::REMARK.get(lang),
                Look::Quiet,
                move |_: On<Pointer<Click>>, mut draft: ResMut<RemarkDraft>| {
                    draft.0 = Some((card.clone(), existing.clone()));
                },
            );
        });
        slot.spawn((
            theme::hint(t::DRAG_HINT.get(lang)),
            TextLayout::justify(Justify::Center),
        ));
        if let Some(why) = notice.0 {
            let said = match why {
                Unspoken::NoVoice => t::NO_VOICE,
                Unspoken::NoSpeech => t::NO_SPEECH,
            };
            slot.spawn((
                theme::text(said.get(lang), theme::SMALL_SIZE, theme::WARNING_INK),
                TextLayout::justify(Justify::Center),
            ));
        }
    });
}
