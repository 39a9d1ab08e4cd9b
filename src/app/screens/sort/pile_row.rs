//! The row of piles under the card. Five piles; or, with three piles first, the three sides
//! (oneens, in het midden, eens) while cards lie on the stack, and then the two piles of the
//! side the card leans to ("helemaal" or "een beetje"). Drawn again when the step changes.

use bevy::prelude::*;

use super::pile_content;
use crate::app::a11y::{node as node_of, rename};
use crate::app::piles::{Target, make_target};
use crate::app::screens::sort::deck_of;
use crate::app::session::Current;
use crate::app::speech::shown_lang;
use crate::app::text::{self as t, Lang};
use crate::app::theme::{self, Assets2d};
use crate::app::{Decks, Settings};
use crate::core::deck::Deck;
use crate::core::measurement::Measurement;
use crate::core::sort::{Lean, Sort};
use bevy::a11y::AccessibilityNode;

/// The row, with the piles it shows now.
#[derive(Component, Debug, Default)]
pub(super) struct PileRow(Vec<Target>);

/// The piles to show now for measurement `m`.
pub fn targets(m: &Measurement) -> Vec<Target> {
    if m.three_piles {
        if m.sort.current().is_some() {
            return vec![
                Target::Lean(Lean::Disagree),
                Target::Pile(3),
                Target::Lean(Lean::Agree),
            ];
        }
        if let Some((_, lean)) = m.sort.to_refine() {
            return lean.piles().into_iter().map(Target::Pile).collect();
        }
    }
    (1..=5).map(Target::Pile).collect()
}

/// How many cards lie on `target`.
pub(super) fn count(sort: &Sort, target: Target) -> usize {
    match target {
        Target::Pile(p) => sort.pile(p).len(),
        Target::Skip => sort.skipped().len(),
        Target::Lean(lean) => sort.leaning(lean).len(),
    }
}

/// A pile's word, face (0-4) and colour. A side of the first step looks like the pile of its
/// plain word ("Oneens", "Eens"); in the second step the two piles say "een beetje" and
/// "helemaal" in so many words.
pub(super) fn look(
    deck: &Deck,
    target: Target,
    refining: bool,
    lang: Lang,
) -> (String, Option<usize>, Color) {
    let main = deck.main_language();
    let pile_word = |i: usize| {
        deck.piles
            .get(i)
            .map(|w| w.get(lang.code(), main).to_string())
            .unwrap_or_default()
    };
    match target {
        Target::Pile(p) => {
            let i = usize::from(p.clamp(1, 5) - 1);
            let word = match (refining, p) {
                (true, 1) => t::FULLY_DISAGREE.get(lang).to_string(),
                (true, 2) => t::LITTLE_DISAGREE.get(lang).to_string(),
                (true, 4) => t::LITTLE_AGREE.get(lang).to_string(),
                (true, 5) => t::FULLY_AGREE.get(lang).to_string(),
                _ => pile_word(i),
            };
            (word, Some(i), theme::PILES[i])
        }
        Target::Lean(lean) => {
            let i = match lean {
                Lean::Disagree => 1,
                Lean::Agree => 3,
            };
            (pile_word(i), Some(i), theme::PILES[i])
        }
        Target::Skip => (t::SKIP_PILE.get(lang).to_string(), None, theme::SKIP_PILE),
    }
}

/// Names every pile (and the skip pile) for a screen reader: its word and how many cards lie
/// on it ("Eens, 4 kaarten").
pub(super) fn name_piles(
    mut commands: Commands,
    current: Res<Current>,
    decks: Res<Decks>,
    settings: Res<Settings>,
    mut piles: Query<(Entity, &Target, Option<&mut AccessibilityNode>)>,
) {
    let (Some(m), Some(deck)) = (current.0.as_ref(), deck_of(&decks, &current)) else {
        return;
    };
    let refining = m.three_piles && m.sort.to_refine().is_some();
    let lang = settings.lang;
    for (entity, &target, node) in &mut piles {
        let (word, _, _) = look(deck, target, refining, lang);
        let n = count(&m.sort, target);
        let cards = if n == 1 { t::ONE_CARD } else { t::CARDS };
        let name = format!("{word}, {n} {}", cards.get(lang));
        match node {
            Some(mut node) => rename(&mut node, &name),
            None => {
                commands
                    .entity(entity)
                    .insert(node_of(accesskit::Role::Button, &name));
            }
        }
    }
}

/// Spawns the (empty) row; [`redraw`] fills it.
pub(super) fn spawn_row(root: &mut ChildSpawnerCommands) {
    root.spawn((
        PileRow::default(),
        Node {
            flex_direction: FlexDirection::Row,
            column_gap: px(12),
            min_height: px(210),
            ..default()
        },
        Pickable::IGNORE,
    ));
}

/// Draws the piles again when the ones to show change (a step begins or is undone).
pub(super) fn redraw(
    mut commands: Commands,
    current: Res<Current>,
    decks: Res<Decks>,
    settings: Res<Settings>,
    assets: Res<Assets2d>,
    mut rows: Query<(Entity, &mut PileRow)>,
) {
    let (Some(m), Some(deck)) = (current.0.as_ref(), deck_of(&decks, &current)) else {
        return;
    };
    let wanted = targets(m);
    let refining = m.three_piles && m.sort.to_refine().is_some();
    let lang = settings.lang;
    for (row, mut shown) in &mut rows {
        if shown.0 == wanted {
            continue;
        }
        shown.0.clone_from(&wanted);
        commands.entity(row).despawn_children();
        commands.entity(row).with_children(|row| {
            for &target in &wanted {
                let (label, face, colour) = look(deck, target, refining, lang);
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
                    BackgroundColor(colour),
                ));
                make_target(&mut p, target);
                let n = count(&m.sort, target);
                // The deck's pile words in the deck's language shown; ours in the interface's.
                let speak_lang = match target {
                    Target::Pile(_) if refining => lang.code().to_string(),
                    Target::Skip => lang.code().to_string(),
                    _ => shown_lang(deck, lang),
                };
                p.with_children(|p| {
                    pile_content(p, &assets, &label, face, target, n, lang, &speak_lang)
                });
            }
        });
    }
}
