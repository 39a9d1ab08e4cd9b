//! One module per screen.

use bevy::prelude::*;

mod decks;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(decks::plugin);
}
