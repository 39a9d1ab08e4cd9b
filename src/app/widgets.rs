//! Small building blocks for Bevy UI screens: a big touch button and a warning banner.

use bevy::ecs::system::IntoObserverSystem;
use bevy::prelude::*;

use crate::app::theme::{self, Assets2d};

/// Which look a button has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    Primary,
    Quiet,
}

/// Spawns a button of at least the touch size that runs `on_tap` when tapped or clicked.
pub fn button<M>(
    parent: &mut ChildSpawnerCommands,
    assets: &Assets2d,
    label: &str,
    look: Look,
    on_tap: impl IntoObserverSystem<Pointer<Click>, (), M>,
) -> Entity {
    let (bg, ink) = match look {
        Look::Primary => (theme::BUTTON, theme::BUTTON_INK),
        Look::Quiet => (theme::BUTTON_QUIET, theme::INK),
    };
    parent
        .spawn((
            Node {
                min_width: px(theme::TOUCH),
                min_height: px(theme::TOUCH),
                padding: UiRect::axes(px(20), px(8)),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                border_radius: BorderRadius::all(px(14)),
                ..default()
            },
            BackgroundColor(bg),
            Button,
            crate::app::a11y::node(accesskit::Role::Button, label),
        ))
        .with_child(theme::bold(assets, label, theme::TEXT_SIZE, ink))
        .observe(on_tap)
        .id()
}
