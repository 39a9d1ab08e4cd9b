//! The sort: the current card large in the middle, five piles below it, a skip pile beside it.
//! Drag the card onto a pile or tap a pile; turn the card over for its plain explanation; add a
//! remark; undo; change the text size; open a pile to see and move its cards.
//!
//! The screen is drawn from the core's state: when a move changes it, the card area, the
//! counts and the progress are drawn again.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::app::egui_style::{bold, egui_ready, primary_button, text_field};

use crate::app::cards::make_draggable;
use crate::app::piles::{PileTapped, Target, make_target};
use crate::app::screens::Screen;
use crate::app::session::{Applied, Current, Play, SaveNow, SaveState};
use crate::app::text::{self as t, Lang};
use crate::app::theme::{self, Assets2d, TextScale};
use crate::app::widgets::{Look, button};
use crate::app::{Decks, Settings};
use crate::core::deck::Deck;
use crate::core::sort::{Action, Placement};

/// What the sort screen shows besides the core's state.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct SortView {
    /// The current card shows its back (the plain explanation).
    pub flipped: bool,
    /// A pile opened to look at (and move) its cards.
    pub open_pile: Option<Target>,
}

/// The remark dialog, open on a statement with the text being typed. Apart from [`SortView`]
/// so that typing does not redraw the card. It holds its statement, so a remark can never land
/// on another card than the one it was opened on.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct RemarkDraft(pub Option<(String, String)>);

/// The systems that set up the sort screen when it opens.
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Spawned;

#[derive(Component)]
struct CardSlot;

#[derive(Component)]
struct Progress;

#[derive(Component)]
struct PileCount(Target);

#[derive(Component)]
struct UndoButton;

#[derive(Component)]
struct SaveBanner;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SortView>()
        .init_resource::<RemarkDraft>()
        .add_systems(
            OnEnter(Screen::Sort),
            (reset_view, save_on_enter, spawn).chain().in_set(Spawned),
        )
        .add_systems(
            Update,
            (place_on_tap, redraw)
                .chain()
                .after(Applied)
                .run_if(in_state(Screen::Sort)),
        )
        .add_systems(
            EguiPrimaryContextPass,
            remark_dialog.run_if(in_state(Screen::Sort).and_then(egui_ready)),
        );
}

fn reset_view(mut view: ResMut<SortView>, mut draft: ResMut<RemarkDraft>) {
    *view = SortView::default();
    draft.0 = None;
}

/// Saves the sort as it starts, so it can be resumed even before the first move.
fn save_on_enter(
    current: Res<Current>,
    store: Res<crate::app::DataStore>,
    mut library: ResMut<crate::app::session::Library>,
    mut state: ResMut<SaveState>,
    mut problems: ResMut<crate::app::Problems>,
) {
    if let Some(m) = &current.0 {
        crate::app::session::save_current(m, &store, &mut library, &mut state, &mut problems);
    }
}

/// The deck of the current measurement.
pub fn deck_of<'a>(decks: &'a Decks, current: &Current) -> Option<&'a Deck> {
    let m = current.0.as_ref()?;
    decks.set.get(&m.deck.id)
}

fn spawn(
    mut commands: Commands,
    assets: Res<Assets2d>,
    decks: Res<Decks>,
    current: Res<Current>,
    settings: Res<Settings>,
) {
    let lang = settings.lang;
    let Some(deck) = deck_of(&decks, &current) else {
        return;
    };
    let main = deck.main_language().to_string();
    commands
        .spawn((
            DespawnOnExit(Screen::Sort),
            Node {
                width: percent(100),
                height: percent(100),
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(16)),
                row_gap: px(14),
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|root| {
            top_bar(root, &assets, lang);
            save_banner(root, &assets, lang);
            // The card, with the skip pile beside it.
            root.spawn((
                Node {
                    flex_grow: 1.0,
                    flex_direction: FlexDirection::Row,
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    column_gap: px(20),
                    ..default()
                },
                Pickable::IGNORE,
            ))
            .with_children(|middle| {
                middle.spawn((
                    CardSlot,
                    Node {
                        width: percent(64),
                        max_width: px(680),
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Stretch,
                        row_gap: px(12),
                        ..default()
                    },
                    Pickable::IGNORE,
                ));
                let mut skip = middle.spawn((
                    Node {
                        width: percent(22),
                        max_width: px(250),
                        min_height: px(220),
                        flex_direction: FlexDirection::Column,
                        justify_content: JustifyContent::Center,
                        align_items: AlignItems::Center,
                        row_gap: px(10),
                        padding: UiRect::all(px(12)),
                        border: UiRect::all(px(3)),
                        border_radius: BorderRadius::all(px(18)),
                        ..default()
                    },
                    BackgroundColor(theme::SKIP_PILE),
                    BorderColor::all(theme::MUTED),
                ));
                make_target(&mut skip, Target::Skip);
                skip.with_children(|s| {
                    pile_content(s, &assets, t::SKIP_PILE.get(lang), None, Target::Skip, lang)
                });
            });
            // The five piles.
            root.spawn((
                Node {
                    flex_direction: FlexDirection::Row,
                    column_gap: px(12),
                    min_height: px(210),
                    ..default()
                },
                Pickable::IGNORE,
            ))
            .with_children(|row| {
                for pile in 1..=5u8 {
                    let label = deck.piles[usize::from(pile - 1)].get(lang.code(), &main);
                    let mut p = row.spawn((
                        Node {
                            flex_grow: 1.0,
                            flex_basis: px(0),
                            min_width: px(0),
                            flex_direction: FlexDirection::Column,
                            justify_content: JustifyContent::SpaceBetween,
                            align_items: AlignItems::Center,
                            padding: UiRect::all(px(10)),
                            border_radius: BorderRadius::all(px(18)),
                            ..default()
                        },
                        BackgroundColor(theme::PILES[usize::from(pile - 1)]),
                    ));
                    make_target(&mut p, Target::Pile(pile));
                    p.with_children(|p| {
                        pile_content(p, &assets, label, Some(pile), Target::Pile(pile), lang)
                    });
                }
            });
        });
}

fn top_bar(root: &mut ChildSpawnerCommands, assets: &Assets2d, lang: Lang) {
    root.spawn((
        Node {
            flex_direction: FlexDirection::Row,
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Center,
            column_gap: px(12),
            ..default()
        },
        Pickable::IGNORE,
    ))
    .with_children(|bar| {
        bar.spawn((
            Node {
                column_gap: px(20),
                align_items: AlignItems::Center,
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|left| {
            button(
                left,
                assets,
                t::STOP.get(lang),
                Look::Quiet,
                |_: On<Pointer<Click>>, mut next: ResMut<NextState<Screen>>| {
                    // Every move is already saved: stopping loses nothing.
                    next.set(Screen::Start);
                },
            );
            left.spawn((
                Progress,
                theme::bold(assets, "", theme::HEADING_SIZE - 6.0, theme::INK),
            ));
        });
        bar.spawn((
            Node {
                column_gap: px(12),
                align_items: AlignItems::Center,
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|right| {
            button(
                right,
                assets,
                t::TEXT_SMALLER.get(lang),
                Look::Quiet,
                |_: On<Pointer<Click>>, mut s: ResMut<TextScale>| {
                    s.0 = s.0.saturating_sub(1);
                },
            );
            button(
                right,
                assets,
                t::TEXT_LARGER.get(lang),
                Look::Quiet,
                |_: On<Pointer<Click>>, mut s: ResMut<TextScale>| {
                    s.0 = (s.0 + 1).min(2);
                },
            );
            let undo = button(
                right,
                assets,
                t::UNDO.get(lang),
                Look::Primary,
                |_: On<Pointer<Click>>,
                 current: Res<Current>,
                 mut plays: MessageWriter<Play>,
                 mut view: ResMut<SortView>| {
                    if current.0.as_ref().is_some_and(|m| m.sort.can_undo()) {
                        plays.write(Play(Action::Undo));
                        view.flipped = false;
                    }
                },
            );
            right.commands().entity(undo).insert(UndoButton);
        });
    });
}

/// A banner, hidden until a save fails: says so plainly and offers to try again.
fn save_banner(root: &mut ChildSpawnerCommands, assets: &Assets2d, lang: Lang) {
    root.spawn((
        SaveBanner,
        Node {
            display: Display::None,
            flex_direction: FlexDirection::Row,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::SpaceBetween,
            padding: UiRect::all(px(12)),
            column_gap: px(12),
            border_radius: BorderRadius::all(px(12)),
            ..default()
        },
        BackgroundColor(theme::WARNING_BG),
    ))
    .with_children(|b| {
        b.spawn(theme::text(
            t::SAVE_FAILED.get(lang),
            theme::SMALL_SIZE,
            theme::WARNING_INK,
        ));
        button(
            b,
            assets,
            t::RETRY.get(lang),
            Look::Primary,
            |_: On<Pointer<Click>>, mut again: MessageWriter<SaveNow>| {
                again.write(SaveNow);
            },
        );
    });
}

/// Face, word, count and a "look" button: shared by the five piles and the skip pile.
fn pile_content(
    p: &mut ChildSpawnerCommands,
    assets: &Assets2d,
    label: &str,
    face: Option<u8>,
    target: Target,
    lang: Lang,
) {
    if let Some(pile) = face {
        p.spawn((
            ImageNode::new(assets.faces[usize::from(pile - 1)].clone()),
            Node {
                width: px(72),
                height: px(72),
                ..default()
            },
            Pickable::IGNORE,
        ));
    }
    p.spawn((
        theme::bold(assets, label, theme::SMALL_SIZE, theme::INK),
        TextLayout::justify(Justify::Center),
    ));
    p.spawn((
        Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            column_gap: px(10),
            row_gap: px(4),
            ..default()
        },
        Pickable::IGNORE,
    ))
    .with_children(|row| {
        row.spawn((
            PileCount(target),
            theme::bold(assets, "0", theme::TEXT_SIZE, theme::INK),
        ));
        button(
            row,
            assets,
            t::OPEN_PILE.get(lang),
            Look::Quiet,
            move |mut ev: On<Pointer<Click>>, mut view: ResMut<SortView>| {
                // Looking is not placing: keep the tap from reaching the pile.
                ev.propagate(false);
                view.open_pile = if view.open_pile == Some(target) {
                    None
                } else {
                    Some(target)
                };
            },
        );
    });
}

/// Tapping a pile places the current card there: the way to sort without dragging.
fn place_on_tap(
    mut taps: MessageReader<PileTapped>,
    current: Res<Current>,
    mut plays: MessageWriter<Play>,
    mut view: ResMut<SortView>,
) {
    for PileTapped(target) in taps.read() {
        if let Some(statement) = current.0.as_ref().and_then(|m| m.sort.current()) {
            plays.write(Play(target.action(statement)));
            view.flipped = false;
            view.open_pile = None;
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn redraw(
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
    mut first: Local<bool>,
) {
    let slot_added = !*first;
    if !(slot_added
        || current.is_changed()
        || view.is_changed()
        || scale.is_changed()
        || save.is_changed())
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
    for mut text in &mut progress {
        text.0 = format!(
            "{} {shown} {} {}",
            t::CARD_OF.get(lang),
            t::OF.get(lang),
            sort.len()
        );
    }
    for (PileCount(target), mut text) in &mut counts {
        let n = match target {
            Target::Pile(p) => sort.pile(*p).len(),
            Target::Skip => sort.skipped().len(),
        };
        text.0 = n.to_string();
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
        let Some(id) = sort.current() else { return };
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
        card.with_children(|c| {
            if view.flipped {
                c.spawn(theme::text(
                    t::BACK_OF_CARD.get(lang),
                    theme::SMALL_SIZE,
                    theme::MUTED,
                ));
            }
            c.spawn((
                theme::text(body, size, theme::INK),
                TextLayout::justify(Justify::Center),
            ));
            if sort.remark(id).is_some() {
                c.spawn(theme::text(
                    t::HAS_REMARK.get(lang),
                    theme::SMALL_SIZE,
                    theme::MUTED,
                ));
            }
        });
        // Under the card: turn it, remark on it, and the hint how to play.
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
            theme::text(t::DRAG_HINT.get(lang), theme::SMALL_SIZE, theme::MUTED),
            TextLayout::justify(Justify::Center),
        ));
    });
}

/// An opened pile: its cards, each draggable to another pile, and a close button.
fn open_pile(
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
        panel.spawn(theme::text(hint.get(lang), theme::SMALL_SIZE, theme::MUTED));
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

/// The remark dialog (egui: a text field with the on-screen keyboard of the tablet).
fn remark_dialog(
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
    egui::Window::new(t::REMARK.get(lang))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 90.0))
        .min_width(720.0)
        .show(ctx, |ui| {
            // The card stays in view while the youth writes about it.
            ui.label(bold(front, 28.0));
            ui.label(t::REMARK_TITLE.get(lang));
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

/// Which pile a statement lies on, for screens that show it.
pub fn target_of(placement: Placement) -> Target {
    match placement {
        Placement::Pile(p) => Target::Pile(p),
        Placement::Skipped => Target::Skip,
    }
}
