//! egui's screens (start, intro, hand-over, the mentor area) for a screen reader. egui
//! describes its widgets for AccessKit itself, but bevy_egui's own AccessKit support replaces
//! Bevy UI's tree with egui's instead of joining them, which would hide the card table. So,
//! while a screen reader is connected, egui's description is copied into Bevy's tree: each of
//! egui's widgets and texts becomes an entity with an [`AccessibilityNode`], beside the card
//! table's, in egui's order. Flat: egui's grouping boxes are left out (copies made children of
//! one another through Bevy's hierarchy reached the screen reader without their parents, and
//! AccessKit refused the tree), so a screen reader walks the screen's widgets one after
//! another. A screen reader's activate action on one of them is a tap on its centre (`a11y`).

use accesskit::NodeId;
use bevy::a11y::{AccessibilityNode, AccessibilityRequested};
use bevy::platform::collections::{HashMap, HashSet};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiFullOutput, EguiPostUpdateSet};

/// Where an egui widget is, in logical pixels (for a screen reader's tap on it).
#[derive(Component, Clone, Copy, Debug, PartialEq)]
pub struct EguiWidget(pub Rect);

/// egui's node ids and the entities that stand for them.
#[derive(Resource, Default, Debug)]
struct Copies(HashMap<NodeId, Entity>);

/// Needs bevy_egui's plugin (added with it, as `egui_style::plugin` is).
pub fn plugin(app: &mut App) {
    app.init_resource::<Copies>()
        .add_systems(bevy_egui::EguiPrimaryContextPass, describe_when_asked)
        .add_systems(
            PostUpdate,
            copy_egui_tree
                .after(EguiPostUpdateSet::EndPass)
                .before(EguiPostUpdateSet::ProcessOutput)
                .before(bevy::a11y::AccessibilitySystems::Update),
        );
}

/// egui describes its widgets only once a screen reader has asked: no cost otherwise.
fn describe_when_asked(
    requested: Option<Res<AccessibilityRequested>>,
    mut contexts: EguiContexts,
    mut on: Local<bool>,
) {
    if *on || !requested.is_some_and(|r| r.get()) {
        return;
    }
    if let Ok(ctx) = contexts.ctx_mut() {
        ctx.enable_accesskit();
        *on = true;
    }
}

/// Copies egui's description of this pass into Bevy's tree: new nodes spawned, changed ones
/// updated, gone ones despawned.
fn copy_egui_tree(
    requested: Option<Res<AccessibilityRequested>>,
    outputs: Query<&EguiFullOutput>,
    mut copies: ResMut<Copies>,
    mut commands: Commands,
    mut existing: Query<(&mut AccessibilityNode, &mut EguiWidget)>,
) {
    if !requested.is_some_and(|r| r.get()) {
        return;
    }
    let Some(update) = outputs
        .iter()
        .find_map(|o| o.0.as_ref()?.platform_output.accesskit_update.as_ref())
    else {
        return;
    };
    // egui's root (its window) is not copied: its children hang under Bevy's window.
    let root = update.tree.as_ref().map(|t| t.root).or_else(|| {
        update
            .nodes
            .iter()
            .find(|(_, n)| n.role() == accesskit::Role::Window)
            .map(|(id, _)| *id)
    });
    let mut seen = HashSet::new();
    for (id, node) in &update.nodes {
        // egui's window and its grouping boxes say nothing themselves.
        if Some(*id) == root || node.role() == accesskit::Role::GenericContainer {
            continue;
        }
        seen.insert(*id);
        let rect = node.bounds().map_or(Rect::default(), |b| {
            Rect::new(b.x0 as f32, b.y0 as f32, b.x1 as f32, b.y1 as f32)
        });
        let mut copy = node.clone();
        // Bevy takes children from its own hierarchy.
        copy.clear_children();
        match copies.0.get(id).copied() {
            Some(e) if existing.contains(e) => {
                if let Ok((mut a, mut w)) = existing.get_mut(e) {
                    if a.0 != copy {
                        a.0 = copy;
                    }
                    if w.0 != rect {
                        w.0 = rect;
                    }
                }
            }
            _ => {
                let e = commands
                    .spawn((AccessibilityNode(copy), EguiWidget(rect)))
                    .id();
                copies.0.insert(*id, e);
            }
        }
    }
    copies.0.retain(|id, e| {
        let keep = seen.contains(id);
        if !keep {
            commands.entity(*e).try_despawn();
        }
        keep
    });
}
