//! Every touch target is at least 48 by 48 logical pixels, landscape (1280x800) and portrait
//! (800x1280): Bevy UI's buttons, piles and cards, and every egui widget one can tap (from
//! egui's own accessibility output), on the screens a youth and a mentor use.

use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use jas_cards::app::cards::Draggable;
use jas_cards::app::piles::Target;

use crate::table::{Drawn, Table};

const MIN: f32 = 48.0;

fn resize(t: &mut Table, w: f32, h: f32) {
    let mut q = t
        .app
        .world_mut()
        .query_filtered::<&mut Window, With<PrimaryWindow>>();
    q.single_mut(t.app.world_mut())
        .unwrap()
        .resolution
        .set(w, h);
    t.settle();
    t.settle();
}

/// Bevy UI's targets that are too small: (what, width, height).
fn small_ui_targets(t: &mut Table) -> Vec<(String, f32, f32)> {
    let mut q = t.app.world_mut().query_filtered::<(
        Entity,
        &ComputedNode,
        &InheritedVisibility,
        Option<&Target>,
    ), Or<(With<Button>, With<Target>, With<Draggable>)>>();
    let mut small = Vec::new();
    for (e, node, visible, target) in q.iter(t.app.world()) {
        if !visible.get() || node.size() == Vec2::ZERO {
            continue;
        }
        let size = node.size() * node.inverse_scale_factor();
        if size.x < MIN || size.y < MIN {
            small.push((format!("{e} {target:?}"), size.x, size.y));
        }
    }
    small
}

/// egui's widgets that are too small, and how many were measured.
fn small_egui_targets(t: &mut Table) -> (Vec<(String, f32, f32)>, usize) {
    let d = t.app.world().resource::<Drawn>();
    let small =
        d.1.iter()
            .filter(|(_, r)| r.width() < MIN - 0.5 || r.height() < MIN - 0.5)
            .map(|(n, r)| (n.clone(), r.width(), r.height()))
            .collect();
    (small, d.1.len())
}

#[test]
fn the_card_table_has_no_target_under_48_pixels() {
    for (w, h) in [(1280.0, 800.0), (800.0, 1280.0)] {
        let mut t = Table::new("jongere");
        resize(&mut t, w, h);
        assert!(
            t.app
                .world_mut()
                .query::<&Target>()
                .iter(t.app.world())
                .count()
                >= 6
        );
        let small = small_ui_targets(&mut t);
        assert!(small.is_empty(), "{w}x{h}: {small:?}");
    }
}

#[test]
fn the_form_screens_have_no_widget_under_48_pixels() {
    for (w, h) in [(1280.0, 800.0), (800.0, 1280.0)] {
        let store = std::sync::Arc::new(jas_cards::core::store::MemoryStore::new());
        let mut t = Table::open(store, true);
        resize(&mut t, w, h);
        let mut seen = 0;
        let mut check = |t: &mut Table, screen: &str| {
            t.settle();
            let (small, n) = small_egui_targets(t);
            assert!(n > 0, "{screen}: egui reported its widgets");
            seen += n;
            assert!(small.is_empty(), "{w}x{h} {screen}: {small:?}");
        };
        check(&mut t, "start");
        t.click_text("Mentordeel");
        check(&mut t, "gate");
        let label = t.drawn("Pincode");
        t.click(label + Vec2::new(0.0, 50.0));
        t.type_text(crate::table::TABLE_PIN);
        t.click_text("Openen");
        check(&mut t, "mentor home");
        t.click_text("+ Nieuwe jongere");
        check(&mut t, "new round, adding a youth");
        t.click_text("Schuilnaam of voorletters");
        t.type_text("Sam");
        t.click_text("Geef de tablet aan Sam");
        check(&mut t, "intro");
        t.click_text("Verder");
        check(&mut t, "intro, page 2");
        assert!(seen > 10);
    }
}
