//! The high-contrast look (a round setting, for a youth who sees less well). The screens draw
//! in the app's colours ([`theme`]); this is the one place that knows the other look, and
//! turns what was drawn into it while a round that asks for it is being played. Its colours
//! are in [`HIGH`]: black ink on white, darker buttons, a yellow back of the card and chosen
//! option, deeper pile colours that keep black text readable; every text pair is 7:1 or
//! better (WCAG AAA; `tests/it/contrast.rs` computes them).

use std::sync::atomic::{AtomicBool, Ordering};

use bevy::prelude::*;

use crate::app::session::Current;
use crate::app::theme::{self, PILES};

/// Each colour of the app and the one it becomes. No colour it gives is one it changes, so it
/// can be applied to a colour twice.
pub const HIGH: [(Color, Color); 18] = [
    (theme::BACKGROUND, Color::WHITE),
    (theme::INK, Color::BLACK),
    (theme::MUTED, Color::BLACK),
    (theme::CARD, Color::WHITE),
    (theme::CARD_BACK, Color::srgb(1.0, 1.0, 0.72)),
    (theme::BUTTON, Color::srgb(0.0, 0.16, 0.45)),
    (theme::BUTTON_QUIET, Color::srgb(0.84, 0.84, 0.84)),
    (theme::DISABLED, Color::srgb(0.62, 0.62, 0.62)),
    (theme::WARNING_BG, Color::srgb(1.0, 0.93, 0.55)),
    (theme::WARNING_INK, Color::srgb(0.42, 0.0, 0.0)),
    (theme::HIGHLIGHT, Color::srgb(0.0, 0.0, 0.75)),
    (theme::SELECTED, Color::srgb(1.0, 0.86, 0.35)),
    (theme::SKIP_PILE, Color::srgb(0.84, 0.84, 0.84)),
    (PILES[0], Color::srgb(1.0, 0.56, 0.56)),
    (PILES[1], Color::srgb(1.0, 0.72, 0.42)),
    (PILES[2], Color::srgb(1.0, 0.93, 0.45)),
    (PILES[3], Color::srgb(0.62, 0.90, 0.55)),
    (PILES[4], Color::srgb(0.38, 0.80, 0.45)),
];

/// `c` in the high-contrast look (unchanged if the look does not change it).
pub fn high(c: Color) -> Color {
    HIGH.iter().find(|(n, _)| *n == c).map_or(c, |(_, h)| *h)
}

/// `c` in the look in use now.
pub fn in_look(c: Color) -> Color {
    if high_contrast_on() { high(c) } else { c }
}

/// The WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast_ratio(a: Color, b: Color) -> f32 {
    let l = |c: Color| {
        let c = c.to_linear();
        0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue
    };
    let (x, y) = (l(a), l(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Whether the high-contrast look is in use: while a round that asks for it is being played,
/// or `always` (the demo's screenshots).
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct HighContrast {
    pub on: bool,
    pub always: bool,
}

/// The same, for `egui_style::color`, which has no world at hand.
static ON: AtomicBool = AtomicBool::new(false);

pub fn high_contrast_on() -> bool {
    ON.load(Ordering::Relaxed)
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HighContrast>()
        .add_systems(PreUpdate, follow_round.after(crate::app::AppSystems::Apply))
        .add_systems(PostUpdate, apply);
}

/// The look follows the current round.
fn follow_round(
    current: Res<Current>,
    mut look: ResMut<HighContrast>,
    mut clear: ResMut<ClearColor>,
) {
    let on = look.always || current.0.as_ref().is_some_and(|m| m.high_contrast);
    if look.on != on {
        look.on = on;
    }
    ON.store(on, Ordering::Relaxed);
    let background = if on {
        high(theme::BACKGROUND)
    } else {
        theme::BACKGROUND
    };
    if clear.0 != background {
        clear.0 = background;
    }
}

/// Turns what was drawn this frame into the high-contrast look, when it is in use. (A round's
/// look is set before it begins: the youth's screens are drawn anew in it.)
fn apply(
    look: Res<HighContrast>,
    mut texts: Query<&mut TextColor, Changed<TextColor>>,
    mut backgrounds: Query<&mut BackgroundColor, Changed<BackgroundColor>>,
    mut borders: Query<&mut BorderColor, Changed<BorderColor>>,
    mut outlines: Query<&mut Outline, Changed<Outline>>,
) {
    if !look.on {
        return;
    }
    // Written only where the colour changes, so a component changed here is not changed again
    // next frame (and an idle screen stays idle).
    for mut t in &mut texts {
        if high(t.0) != t.0 {
            t.0 = high(t.0);
        }
    }
    for mut b in &mut backgrounds {
        if high(b.0) != b.0 {
            b.0 = high(b.0);
        }
    }
    for mut b in &mut borders {
        let sides = [b.top, b.right, b.bottom, b.left];
        if sides.iter().any(|c| high(*c) != *c) {
            b.top = high(b.top);
            b.right = high(b.right);
            b.bottom = high(b.bottom);
            b.left = high(b.left);
        }
    }
    for mut o in &mut outlines {
        if high(o.color) != o.color {
            o.color = high(o.color);
        }
    }
}
