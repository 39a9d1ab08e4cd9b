//! An opened pile: its cards, each draggable to another pile, and a close button.

use bevy::prelude::*;

use super::SortView;
use crate::app::cards::make_draggable;
use crate::app::piles::Target;
use crate::app::text::{self as t, Lang};
use crate::app::theme::{self, Assets2d};
use crate::app::widgets::{Look, button};
use crate::core::deck::Deck;

/// An opened pile: its cards, each draggable to another pile, and a close button.
pub(super) fn open_pile(
    slot: &mut ChildSpawnerCommands,
    assets: &Assets2d,
    deck: &Deck,
    m: &crate::core::measurement::Measurement,
    target: Target,
    lang: Lang,
) {
    let main = deck.main_language().to_string();
    let (title, ids) = match target {
        Target::Pile(p) => (
            deck.piles[usize::from(p - 1)]
                .get(lang.code(), &main)
                .to_string(),
            m.sort.pile(p),
        ),
        Target::Skip => (t::SKIP_PILE.get(lang).to_string(), m.sort.skipped()),
        Target::Lean(lean) => {
            let (word, _, _) = super::pile_row::look(deck, target, false, lang);
            (word, m.sort.leaning(lean))
        }
    };
    slot.spawn((
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(16)),
            row_gap: px(10),
            border_radius: BorderRadius::all(px(18)),
            ..default()
        },
        BackgroundColor(theme::BUTTON_QUIET),
        Pickable::IGNORE,
    ))
    .with_children(|panel| {
        panel
            .spawn((
                Node {
                    justify_content: JustifyContent::SpaceBetween,
                    align_items: AlignItems::Center,
                    ..default()
                },
                Pickable::IGNORE,
            ))
            .with_children(|head| {
                head.spawn(theme::bold(assets, title, theme::TEXT_SIZE, theme::INK));
                button(
                    head,
                    assets,
                    t::CLOSE.get(lang),
                    Look::Primary,
                    |_: On<Pointer<Click>>, mut view: ResMut<SortView>| {
                        view.open_pile = None;
                    },
                );
            });
        let hint = if ids.is_empty() {
            t::EMPTY_PILE
        } else {
            t::MOVE_HINT
        };
        panel.spawn(theme::hint(hint.get(lang)));
        panel
            .spawn((
                Node {
                    flex_wrap: FlexWrap::Wrap,
                    column_gap: px(10),
                    row_gap: px(10),
                    ..default()
                },
                Pickable::IGNORE,
            ))
            .with_children(|wrap| {
                for id in ids {
                    let text = deck
                        .statement(id)
                        .map(|s| s.text.get(lang.code(), &main))
                        .unwrap_or(id);
                    let mut chip = wrap.spawn((
                        Node {
                            width: px(200),
                            padding: UiRect::all(px(10)),
                            border_radius: BorderRadius::all(px(12)),
                            ..default()
                        },
                        BackgroundColor(theme::CARD),
                    ));
                    make_draggable(&mut chip, id);
                    chip.with_child(theme::text(text, theme::SMALL_SIZE, theme::INK));
                }
            });
    });
}
