//! Colours, sizes and the font. Atkinson Hyperlegible (OFL, made for low-vision readers, with
//! full Dutch diacritics) is built into the binary and replaces Bevy's default font, so every
//! text uses it without naming it and the app finds it from any working folder.

use bevy::prelude::*;

pub const FONT_REGULAR: &[u8] =
    include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
pub const FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Bold.ttf");

pub const BACKGROUND: Color = Color::srgb(0.96, 0.94, 0.89);
pub const INK: Color = Color::srgb(0.13, 0.13, 0.16);
pub const MUTED: Color = Color::srgb(0.35, 0.35, 0.40);
pub const CARD: Color = Color::srgb(1.0, 1.0, 1.0);
pub const WARNING_BG: Color = Color::srgb(1.0, 0.91, 0.80);
pub const WARNING_INK: Color = Color::srgb(0.55, 0.20, 0.0);

/// Body text; card text is larger (at least 22 px at 1280x800).
pub const TEXT_SIZE: f32 = 24.0;
pub const HEADING_SIZE: f32 = 40.0;
pub const SMALL_SIZE: f32 = 20.0;

/// The bold face; the regular face is the default font.
#[derive(Resource, Clone)]
pub struct Fonts {
    pub bold: Handle<Font>,
}

pub(super) fn plugin(app: &mut App) {
    let mut fonts = app.world_mut().resource_mut::<Assets<Font>>();
    let _ = fonts.insert(AssetId::default(), Font::from_bytes(FONT_REGULAR.to_vec()));
    let bold = fonts.add(Font::from_bytes(FONT_BOLD.to_vec()));
    app.insert_resource(Fonts { bold })
        .insert_resource(ClearColor(BACKGROUND));
}

/// A text bundle in the default (regular) face.
pub fn text(s: impl Into<String>, size: f32, color: Color) -> impl Bundle {
    (
        Text::new(s),
        TextFont::from_font_size(size),
        TextColor(color),
    )
}
