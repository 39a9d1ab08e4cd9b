//! Every colour and size of the app, the pile faces and the font. The font (see
//! [`crate::fonts`]) replaces Bevy's default one, so every text uses it and the app finds it
//! from any working folder. The pile faces are built in too: assets are ready before the first
//! frame. egui screens take their colours from here as well (`egui_style::color`).

use bevy::asset::RenderAssetUsages;
use bevy::image::{CompressedImageFormats, ImageSampler, ImageType};
use bevy::prelude::*;

use crate::fonts::{FONT_BOLD, FONT_REGULAR};

const FACES: [&[u8]; 5] = [
    include_bytes!("../../assets/images/face-1.png"),
    include_bytes!("../../assets/images/face-2.png"),
    include_bytes!("../../assets/images/face-3.png"),
    include_bytes!("../../assets/images/face-4.png"),
    include_bytes!("../../assets/images/face-5.png"),
];
const SPEAKER: &[u8] = include_bytes!("../../assets/images/speaker.png");

pub const BACKGROUND: Color = Color::srgb(0.96, 0.94, 0.89);
pub const INK: Color = Color::srgb(0.13, 0.13, 0.16);
pub const MUTED: Color = Color::srgb(0.35, 0.35, 0.40);
pub const CARD: Color = Color::srgb(1.0, 1.0, 1.0);
pub const CARD_BACK: Color = Color::srgb(0.87, 0.93, 1.0);
pub const BUTTON: Color = Color::srgb(0.25, 0.36, 0.62);
pub const BUTTON_INK: Color = Color::WHITE;
pub const BUTTON_QUIET: Color = Color::srgb(0.88, 0.86, 0.80);
pub const DISABLED: Color = Color::srgb(0.80, 0.79, 0.76);
pub const WARNING_BG: Color = Color::srgb(1.0, 0.91, 0.80);
pub const WARNING_INK: Color = Color::srgb(0.55, 0.20, 0.0);
pub const HIGHLIGHT: Color = Color::srgb(0.10, 0.30, 0.85);
/// A chosen option: light, so dark text on it stays readable.
pub const SELECTED: Color = Color::srgb(0.80, 0.87, 1.0);
pub const SKIP_PILE: Color = Color::srgb(0.90, 0.89, 0.86);
/// A statement youth and mentor see two or more piles apart.
pub const DIFFER: Color = Color::srgb_u8(196, 84, 20);
/// A card to ask further about (the mentor's mark).
pub const ASK: Color = Color::srgb_u8(40, 90, 190);
/// The mentor's bars and lines beside the youth's (which are [`BUTTON`]).
pub const MENTOR_MARK: Color = Color::srgb_u8(220, 140, 60);

/// Pile colours from helemaal oneens (1) to helemaal eens (5): warm to green, light enough for
/// dark text, and each pile also has its own face and word so colour is never the only cue.
pub const PILES: [Color; 5] = [
    Color::srgb(0.95, 0.62, 0.58),
    Color::srgb(0.98, 0.79, 0.58),
    Color::srgb(0.93, 0.90, 0.70),
    Color::srgb(0.72, 0.88, 0.66),
    Color::srgb(0.52, 0.80, 0.58),
];

/// Card text at the normal size; the text-size control multiplies it. At least 22 px at
/// 1280x800 (docs/product-rules.md).
pub const CARD_TEXT: f32 = 34.0;
pub const TEXT_SIZE: f32 = 24.0;
pub const HEADING_SIZE: f32 = 40.0;
pub const SMALL_SIZE: f32 = 22.0;
/// Touch targets are at least this tall and wide (docs/product-rules.md: 48 px).
pub const TOUCH: f32 = 56.0;

/// The bold face (the regular face is the default font) and the faces of the piles.
#[derive(Resource, Clone)]
pub struct Assets2d {
    pub bold: Handle<Font>,
    pub faces: [Handle<Image>; 5],
    /// The loudspeaker of the read-aloud buttons.
    pub speaker: Handle<Image>,
}

/// The player's text size: 0 normal, 1 larger, 2 largest.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextScale(pub u8);

impl TextScale {
    pub const STEPS: [f32; 3] = [1.0, 1.2, 1.4];

    pub fn factor(self) -> f32 {
        Self::STEPS[usize::from(self.0).min(2)]
    }
}

pub(super) fn plugin(app: &mut App) {
    let mut fonts = app.world_mut().resource_mut::<Assets<Font>>();
    let _ = fonts.insert(AssetId::default(), Font::from_bytes(FONT_REGULAR.to_vec()));
    let bold = fonts.add(Font::from_bytes(FONT_BOLD.to_vec()));
    let mut images = app.world_mut().resource_mut::<Assets<Image>>();
    let mut png = |bytes: &[u8]| {
        let image = Image::from_buffer(
            bytes,
            ImageType::Extension("png"),
            CompressedImageFormats::NONE,
            true,
            ImageSampler::linear(),
            RenderAssetUsages::default(),
        )
        .expect("the built-in pictures are valid PNGs");
        images.add(image)
    };
    let faces = FACES.map(&mut png);
    let speaker = png(SPEAKER);
    app.insert_resource(Assets2d {
        bold,
        faces,
        speaker,
    })
    .init_resource::<TextScale>()
    .insert_resource(ClearColor(BACKGROUND))
    .add_systems(Update, scale_ui_to_window);
}

/// Scales the whole interface with the window's shorter side, so a tablet (800 px), a small
/// laptop (768 px) and a large screen (1080 px) all get the same layout at a readable size.
fn scale_ui_to_window(windows: Query<&Window, Changed<Window>>, mut scale: ResMut<UiScale>) {
    if let Some(w) = windows.iter().next() {
        let short = w.width().min(w.height());
        let s = (short / 800.0).clamp(0.9, 1.5);
        if (scale.0 - s).abs() > 0.01 {
            scale.0 = s;
        }
    }
}

/// A text bundle in the default (regular) face.
pub fn text(s: impl Into<String>, size: f32, color: Color) -> impl Bundle {
    (
        Text::new(s),
        TextFont::from_font_size(size),
        TextColor(color),
        Pickable::IGNORE,
    )
}

/// A hint: small, muted text (how to play, what a card carries).
pub fn hint(s: impl Into<String>) -> impl Bundle {
    text(s, SMALL_SIZE, MUTED)
}

/// A text bundle in the bold face.
pub fn bold(assets: &Assets2d, s: impl Into<String>, size: f32, color: Color) -> impl Bundle {
    (
        Text::new(s),
        TextFont::from_font_size(size).with_font(assets.bold.clone()),
        TextColor(color),
        Pickable::IGNORE,
    )
}
