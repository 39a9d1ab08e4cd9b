//! The review: all piles open side by side. Any card can still be moved, by dragging it or by
//! tapping it and then a pile. "Klaar" locks the sort.

use bevy::prelude::*;

use crate::app::cards::{CardTapped, make_draggable};
use crate::app::piles::{PileTapped, Target, make_target};
use crate::app::screens::Screen;
use crate::app::screens::sort::deck_of;
use crate::app::session::{Current, Play};
use crate::app::text as t;
use crate::app::theme::{self, Assets2d};
use crate::app::widgets::{Look, button};
use crate::app::{AppSystems, Decks, Settings};
use crate::core::deck::Role;
use crate::core::sort::Action;

/// The card tapped last, waiting for a tap on a pile (the no-drag way to move).
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct Selected(pub Option<String>);

#[derive(Component)]
struct Columns;

/// Where a column's scroll stood when a finger started dragging it.
#[derive(Component, Default)]
struct ScrollStart(Vec2);

/// A mouse wheel or touchpad over a column scrolls it.
fn scroll_with_wheel(ev: On<Pointer<Scroll>>, mut q: Query<&mut ScrollPosition>) {
    if let Ok(mut pos) = q.get_mut(ev.entity) {
        let step = match ev.unit {
            bevy::input::mouse::MouseScrollUnit::Line => 40.0,
            bevy::input::mouse::MouseScrollUnit::Pixel => 1.0,
        };
        pos.0.y = (pos.0.y - ev.y * step).max(0.0);
    }
}

fn start_scroll(ev: On<Pointer<DragStart>>, mut q: Query<(&ScrollPosition, &mut ScrollStart)>) {
    if let Ok((pos, mut start)) = q.get_mut(ev.entity) {
        start.0 = pos.0;
    }
}

/// A finger dragging a column (not a card in it: cards keep their drags) scrolls it.
fn scroll_with_finger(
    ev: On<Pointer<Drag>>,
    scale: Res<UiScale>,
    mut q: Query<(&mut ScrollPosition, &ScrollStart)>,
) {
    if let Ok((mut pos, start)) = q.get_mut(ev.entity) {
        pos.0.y = (start.0.y - ev.distance.y / scale.0.max(0.01)).max(0.0);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Selected>()
        .add_systems(OnEnter(Screen::Review), spawn)
        .add_systems(
            PreUpdate,
            select_and_move
                .in_set(AppSystems::Input)
                .run_if(in_state(Screen::Review)),
        )
        .add_systems(
            Update,
            redraw
                .in_set(AppSystems::Draw)
                .run_if(in_state(Screen::Review)),
        );
}

fn spawn(
    mut commands: Commands,
    assets: Res<Assets2d>,
    settings: Res<Settings>,
    current: Res<Current>,
    mut selected: ResMut<Selected>,
) {
    selected.0 = None;
    let lang = settings.lang;
    let parent = current.0.as_ref().is_some_and(|m| m.role == Role::Parent);
    commands
        .spawn((
            DespawnOnExit(Screen::Review),
            Node {
                width: percent(100),
                height: percent(100),
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(16)),
                row_gap: px(12),
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|root| {
            root.spawn((
                Node {
                    justify_content: JustifyContent::SpaceBetween,
                    align_items: AlignItems::Center,
                    column_gap: px(16),
                    ..default()
                },
                Pickable::IGNORE,
            ))
            .with_children(|bar| {
                bar.spawn((
                    Node {
                        flex_direction: FlexDirection::Column,
                        flex_shrink: 1.0,
                        ..default()
                    },
                    Pickable::IGNORE,
                ))
                .with_children(|left| {
                    left.spawn(theme::bold(
                        &assets,
                        t::REVIEW_TITLE.get(lang),
                        theme::HEADING_SIZE - 6.0,
                        theme::INK,
                    ));
                    left.spawn(theme::hint(t::REVIEW_HINT.get(lang, parent)));
                });
                bar.spawn((
                    Node {
                        column_gap: px(12),
                        ..default()
                    },
                    Pickable::IGNORE,
                ))
                .with_children(|right| {
                    button(
                        right,
                        &assets,
                        t::UNDO.get(lang),
                        Look::Quiet,
                        |_: On<Pointer<Click>>,
                         current: Res<Current>,
                         mut plays: MessageWriter<Play>| {
                            if current.0.as_ref().is_some_and(|m| m.sort.can_undo()) {
                                plays.write(Play(Action::Undo));
                            }
                        },
                    );
                    button(
                        right,
                        &assets,
                        t::DONE.get(lang),
                        Look::Primary,
                        |_: On<Pointer<Click>>, mut plays: MessageWriter<Play>| {
                            plays.write(Play(Action::Finish));
                        },
                    );
                });
            });
            root.spawn((
                Columns,
                Node {
                    flex_grow: 1.0,
                    display: Display::Grid,
                    column_gap: px(10),
                    row_gap: px(10),
                    min_height: px(0),
                    ..default()
                },
                Pickable::IGNORE,
            ));
        });
}

fn select_and_move(
    mut card_taps: MessageReader<CardTapped>,
    mut pile_taps: MessageReader<PileTapped>,
    mut selected: ResMut<Selected>,
    current: Res<Current>,
    mut plays: MessageWriter<Play>,
) {
    let mut card_tapped = false;
    for CardTapped(id) in card_taps.read() {
        card_tapped = true;
        selected.0 = if selected.0.as_ref() == Some(id) {
            None
        } else {
            Some(id.clone())
        };
    }
    // A card lets the pointer through to its column (so that drops reach the column): a tap on
    // a card is then also a tap on its column, which must not move the card just selected.
    if card_tapped {
        pile_taps.clear();
    }
    for PileTapped(target) in pile_taps.read() {
        let Some(id) = selected.0.take() else {
            continue;
        };
        let here = current.0.as_ref().and_then(|m| m.sort.placement(&id));
        if here != Some(target.placement()) {
            plays.write(Play(target.action(&id)));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn redraw(
    mut commands: Commands,
    current: Res<Current>,
    selected: Res<Selected>,
    decks: Res<Decks>,
    settings: Res<Settings>,
    assets: Res<Assets2d>,
    mut columns: Query<(Entity, &mut Node), With<Columns>>,
    windows: Query<Ref<Window>>,
    mut drawn: Local<bool>,
) {
    let Ok((columns, mut grid)) = columns.single_mut() else {
        *drawn = false;
        return;
    };
    let resized = windows.iter().any(|w| w.is_changed());
    if *drawn && !current.is_changed() && !selected.is_changed() && !resized {
        return;
    }
    // Six piles side by side in landscape; three by two in portrait, so a card's text keeps
    // room for whole words.
    let portrait = windows
        .iter()
        .next()
        .is_some_and(|w| w.height() > w.width());
    let (cols, rows) = if portrait { (3, 2) } else { (6, 1) };
    grid.grid_template_columns = RepeatedGridTrack::flex(cols, 1.0);
    grid.grid_template_rows = RepeatedGridTrack::flex(rows, 1.0);
    let (Some(m), Some(deck)) = (current.0.as_ref(), deck_of(&decks, &current)) else {
        return;
    };
    *drawn = true;
    let lang = settings.lang;
    let main = deck.main_language().to_string();
    commands.entity(columns).despawn_children();
    commands.entity(columns).with_children(|row| {
        let targets = (1..=5u8).map(Target::Pile).chain([Target::Skip]);
        for target in targets {
            let (label, colour, ids, face) = match target {
                Target::Pile(p) => (
                    deck.piles[usize::from(p - 1)]
                        .get(lang.code(), &main)
                        .to_string(),
                    theme::PILES[usize::from(p - 1)],
                    m.sort.pile(p),
                    Some(p),
                ),
                Target::Skip => (
                    t::SKIP_PILE.get(lang).to_string(),
                    theme::SKIP_PILE,
                    m.sort.skipped(),
                    None,
                ),
                // The review comes after both steps: no card leans any more.
                Target::Lean(_) => continue,
            };
            let mut column = row.spawn((
                ScrollStart::default(),
                ScrollPosition::default(),
                Node {
                    min_height: px(0),
                    min_width: px(0),
                    flex_direction: FlexDirection::Column,
                    padding: UiRect::all(px(8)),
                    row_gap: px(8),
                    border_radius: BorderRadius::all(px(16)),
                    overflow: Overflow::scroll_y(),
                    ..default()
                },
                BackgroundColor(colour),
            ));
            make_target(&mut column, target);
            column
                .observe(scroll_with_wheel)
                .observe(start_scroll)
                .observe(scroll_with_finger);
            column.with_children(|col| {
                col.spawn((
                    Node {
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        min_height: px(110),
                        flex_shrink: 0.0,
                        ..default()
                    },
                    Pickable::IGNORE,
                ))
                .with_children(|head| {
                    if let Some(p) = face {
                        head.spawn((
                            ImageNode::new(assets.faces[usize::from(p - 1)].clone()),
                            Node {
                                width: px(52),
                                height: px(52),
                                ..default()
                            },
                            Pickable::IGNORE,
                        ));
                    }
                    head.spawn((
                        theme::bold(
                            &assets,
                            format!("{label} ({})", ids.len()),
                            theme::SMALL_SIZE,
                            theme::INK,
                        ),
                        TextLayout::justify(Justify::Center),
                    ));
                });
                for id in ids {
                    let text = deck
                        .statement(id)
                        .map(|s| s.text.get(lang.code(), &main))
                        .unwrap_or(id);
                    let is_selected = selected.0.as_deref() == Some(id);
                    let mut chip = col.spawn((
                        Node {
                            padding: UiRect::all(px(8)),
                            border: UiRect::all(px(if is_selected { 4 } else { 0 })),
                            border_radius: BorderRadius::all(px(10)),
                            flex_shrink: 0.0,
                            ..default()
                        },
                        BackgroundColor(theme::CARD),
                        BorderColor::all(theme::HIGHLIGHT),
                    ));
                    make_draggable(&mut chip, id);
                    chip.with_child(theme::text(text, theme::SMALL_SIZE, theme::INK));
                }
            });
        }
    });
}
