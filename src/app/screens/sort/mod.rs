//! The sort: the current card large in the middle, five piles below it (or three first, see
//! [`pile_row`]), a skip pile beside it.
//! Drag the card onto a pile or tap a pile; turn the card over for its plain explanation; add a
//! remark; undo; change the text size; open a pile to see and move its cards.
//!
//! The screen is drawn from the core's state: when a move changes it, the card area, the
//! counts and the progress are drawn again.

use bevy::prelude::*;
use bevy_egui::EguiPrimaryContextPass;

use crate::app::egui_style::egui_ready;

use crate::app::piles::{PileTapped, Target, make_target};
use crate::app::screens::Screen;
use crate::app::session::{Current, Play, Session};
use crate::app::speech::{Speak, shown_lang, speaker_button};
use crate::app::text::{self as t, Lang};
use crate::app::theme::{self, Assets2d, TextScale};
use crate::app::widgets::{Look, button};
use crate::app::{AppSystems, Decks, Settings};
use crate::core::deck::{Deck, Role};
use crate::core::sort::{Action, Placement};
pub use pile_row::targets;

mod card;
mod pile_row;
mod pile_view;
mod remark;
mod top_bar;

use top_bar::top_bar;

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

/// Where the current card (or an opened pile) is drawn.
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
        .init_resource::<LastRead>()
        .init_resource::<RemarkDraft>()
        .add_systems(
            OnEnter(Screen::Sort),
            (reset_view, spawn).chain().in_set(Spawned),
        )
        .add_systems(
            PreUpdate,
            place_on_tap
                .in_set(AppSystems::Input)
                .run_if(in_state(Screen::Sort)),
        )
        .add_systems(
            Update,
            (
                text_size,
                pile_row::redraw,
                card::redraw,
                read_each_card,
                pile_row::name_piles,
            )
                .chain()
                .in_set(AppSystems::Draw)
                .run_if(in_state(Screen::Sort)),
        )
        .add_systems(
            EguiPrimaryContextPass,
            remark::remark_dialog.run_if(in_state(Screen::Sort).and_then(egui_ready)),
        );
}

fn reset_view(
    mut view: ResMut<SortView>,
    mut draft: ResMut<RemarkDraft>,
    mut last: ResMut<LastRead>,
) {
    *view = SortView::default();
    draft.0 = None;
    last.0 = None;
}

/// The text size is the sort's own (A- / A+ change it through the session).
fn text_size(current: Res<Current>, mut scale: ResMut<TextScale>) {
    let size = current.0.as_ref().map_or(0, |m| m.text_size);
    if scale.0 != size {
        scale.0 = size;
    }
}

/// The card (and side) last read aloud by "Kaarten voorlezen".
#[derive(Resource, Default, Debug)]
pub struct LastRead(Option<(String, bool)>);

/// "Kaarten voorlezen": a card is read aloud as it appears, and its back when turned.
fn read_each_card(
    current: Res<Current>,
    view: Res<SortView>,
    decks: Res<Decks>,
    settings: Res<Settings>,
    mut last: ResMut<LastRead>,
    mut out: MessageWriter<Speak>,
) {
    let Some(m) = current.0.as_ref().filter(|m| m.read_aloud) else {
        return;
    };
    let Some(id) = m.sort.playing() else { return };
    let now = (id.to_string(), view.flipped);
    if last.0.as_ref() == Some(&now) {
        return;
    }
    let Some(deck) = deck_of(&decks, &current) else {
        return;
    };
    let Some(s) = deck.statement(id) else { return };
    let lang = shown_lang(deck, settings.lang);
    let text = if view.flipped {
        s.explanation.get(&lang, deck.main_language())
    } else {
        s.text.get(&lang, deck.main_language())
    };
    out.write(Speak {
        text: text.to_string(),
        lang,
    });
    last.0 = Some(now);
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
    if deck_of(&decks, &current).is_none() {
        return;
    }
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
            // The guess is the same game, so the question stays in view: the mentor lays the
            // cards as they expect the youth did, not as they see it themselves.
            if let Some(m) = current.0.as_ref().filter(|m| m.role == Role::MentorGuess) {
                root.spawn(theme::bold(
                    &assets,
                    &t::guess_question(&m.youth, lang),
                    theme::HEADING_SIZE - 6.0,
                    theme::INK,
                ));
            }
            let parent = current.0.as_ref().is_some_and(|m| m.role == Role::Parent);
            save_banner(root, &assets, t::SAVE_FAILED.get(lang, parent), lang);
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
                let skipped = current.0.as_ref().map_or(0, |m| m.sort.skipped().len());
                skip.with_children(|s| {
                    let label = t::SKIP_PILE.get(lang);
                    let code = lang.code();
                    pile_content(s, &assets, label, None, Target::Skip, skipped, lang, code)
                });
            });
            pile_row::spawn_row(root);
        });
}

/// A banner, hidden until a save fails: says so plainly and offers to try again.
fn save_banner(root: &mut ChildSpawnerCommands, assets: &Assets2d, failed: &str, lang: Lang) {
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
        b.spawn(theme::text(failed, theme::SMALL_SIZE, theme::WARNING_INK));
        button(
            b,
            assets,
            t::RETRY.get(lang),
            Look::Primary,
            |_: On<Pointer<Click>>, mut session: MessageWriter<Session>| {
                session.write(Session::SaveAgain);
            },
        );
    });
}

/// Face (0-4), word, count, a "look" button and a speaker that reads the word (in
/// `speak_lang`): shared by the piles and the skip pile.
#[allow(clippy::too_many_arguments)]
fn pile_content(
    p: &mut ChildSpawnerCommands,
    assets: &Assets2d,
    label: &str,
    face: Option<usize>,
    target: Target,
    count: usize,
    lang: Lang,
    speak_lang: &str,
) {
    if let Some(face) = face {
        p.spawn((
            ImageNode::new(assets.faces[face].clone()),
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
            theme::bold(assets, count.to_string(), theme::TEXT_SIZE, theme::INK),
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
        speaker_button(row, assets, label.to_string(), speak_lang.to_string());
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
        if let Some(statement) = current.0.as_ref().and_then(|m| m.sort.playing()) {
            plays.write(Play(target.action(statement)));
            view.flipped = false;
            view.open_pile = None;
        }
    }
}

/// Which pile a statement lies on, for screens that show it.
pub fn target_of(placement: Placement) -> Target {
    match placement {
        Placement::Pile(p) => Target::Pile(p),
        Placement::Skipped => Target::Skip,
        Placement::Leaning(lean) => Target::Lean(lean),
    }
}
