//! egui, used for the form screens and dialogs, in the app's font and at touch sizes.

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::egui::{self, FontData, FontDefinitions, FontFamily, FontId, TextStyle};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::app::theme;

/// True from the frame after the fonts were given to egui: fonts take effect at the next
/// pass, and a screen that asks for the bold face before then would panic.
#[derive(Resource, Default, Debug)]
pub struct EguiReady(pub bool);

/// Run condition for egui screens.
pub fn egui_ready(ready: Option<Res<EguiReady>>) -> bool {
    ready.is_some_and(|r| r.0)
}

pub fn plugin(app: &mut App) {
    app.init_resource::<EguiReady>()
        .add_systems(EguiPrimaryContextPass, (style_once, follow_look).chain());
}

/// egui's own colours follow the look (`contrast`) when it changes.
fn follow_look(
    mut contexts: EguiContexts,
    look: Option<Res<crate::app::contrast::HighContrast>>,
) -> Result {
    if look.is_some_and(|l| l.is_changed()) {
        let ctx = contexts.ctx_mut()?;
        ctx.all_styles_mut(|style| visuals(&mut style.visuals));
    }
    Ok(())
}

/// The app's own light, warm look rather than egui's dark default, in the look in use.
fn visuals(v: &mut egui::Visuals) {
    *v = egui::Visuals::light();
    v.panel_fill = color(theme::BACKGROUND);
    v.window_fill = color(theme::CARD);
    v.override_text_color = Some(color(theme::INK));
    v.selection.bg_fill = color(theme::SELECTED);
    v.selection.stroke = egui::Stroke::new(3.0, color(theme::HIGHLIGHT));
    for w in [
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
    ] {
        w.weak_bg_fill = color(theme::BUTTON_QUIET);
        w.bg_fill = color(theme::BUTTON_QUIET);
        w.corner_radius = egui::CornerRadius::same(12);
    }
    v.widgets.hovered.weak_bg_fill = color(theme::DISABLED);
    v.widgets.noninteractive.fg_stroke.color = color(theme::INK);
}

/// Sets the font and sizes once, when the context exists.
fn style_once(
    mut contexts: EguiContexts,
    mut done: Local<bool>,
    mut ready: ResMut<EguiReady>,
) -> Result {
    if *done {
        ready.0 = true;
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    ctx.set_fonts(fonts());
    // The app's own light, warm look rather than egui's dark default.
    ctx.set_theme(egui::Theme::Light);
    // A slow or unsteady finger is still a tap. egui's defaults (0.8 s, 6 px) are made for a
    // mouse: a child pressing carefully, or a tablet that stalls a moment as the finger lands
    // (seen in the browser build: a frame of up to 2 s), would lose the tap. There are no
    // long-press menus to collide with. The card table's own tap threshold is 8 px.
    ctx.options_mut(|o| {
        o.input_options.max_click_duration = 3.0;
        o.input_options.max_click_dist = 10.0;
    });
    ctx.all_styles_mut(|style| {
        visuals(&mut style.visuals);
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(36.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(24.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(26.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(20.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(22.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.interact_size = egui::vec2(theme::TOUCH, theme::TOUCH);
        style.spacing.button_padding = egui::vec2(20.0, 12.0);
        style.spacing.item_spacing = egui::vec2(14.0, 14.0);
    });
    *done = true;
    Ok(())
}

pub fn fonts() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in [
        ("atkinson", crate::fonts::FONT_REGULAR),
        ("atkinson-bold", crate::fonts::FONT_BOLD),
    ] {
        fonts
            .font_data
            .insert(name.into(), Arc::new(FontData::from_static(bytes)));
    }
    // Our font only: egui's own fonts (bevy_egui's `default_fonts`) would add 1.3 MB to the
    // browser download for symbols and emoji the app does not use.
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, "atkinson".into());
    }
    fonts.families.insert(
        FontFamily::Name("bold".into()),
        vec!["atkinson-bold".into(), "atkinson".into()],
    );
    fonts
}

/// A Bevy colour as an egui colour, in the look in use (`contrast`).
pub fn color(c: Color) -> egui::Color32 {
    // Rounded, as Bevy does: cut off, egui's panels came out one shade darker than the
    // window's background around them.
    let [r, g, b, a] = crate::app::contrast::in_look(c).to_srgba().to_u8_array();
    egui::Color32::from_rgba_unmultiplied(r, g, b, a)
}

/// A big button in the app's primary colour, for the one thing to do next on a screen.
pub fn primary_button(ui: &mut egui::Ui, text: &str, width: f32) -> egui::Response {
    ui.add_sized(
        [width, 72.0],
        egui::Button::new(bold(text, 30.0).color(egui::Color32::WHITE)).fill(color(theme::BUTTON)),
    )
}

/// One choice of several (a moment, a deck, a name): a big button, clearly marked when chosen.
pub fn choice(ui: &mut egui::Ui, selected: bool, text: &str) -> egui::Response {
    choice_sized(ui, selected, text, 26.0)
}

/// [`choice`] with its words at `size` points (the button stays a full touch target).
pub fn choice_sized(ui: &mut egui::Ui, selected: bool, text: &str, size: f32) -> egui::Response {
    let (fill, stroke) = if selected {
        (
            color(theme::SELECTED),
            egui::Stroke::new(3.0, color(theme::HIGHLIGHT)),
        )
    } else {
        (color(theme::BUTTON_QUIET), egui::Stroke::NONE)
    };
    ui.add(
        egui::Button::new(egui::RichText::new(text).size(size))
            .fill(fill)
            .stroke(stroke)
            .min_size(egui::vec2(theme::TOUCH, theme::TOUCH)),
    )
}

/// Text in the bold face, for headings.
pub fn bold(text: &str, size: f32) -> egui::RichText {
    egui::RichText::new(text).font(FontId::new(size, FontFamily::Name("bold".into())))
}

/// A dialog over a screen: fixed in place at `anchor` (offset by `offset`), at least `width`
/// wide, neither folded nor resized by a stray touch.
pub fn dialog(title: &str, anchor: egui::Align2, offset: f32, width: f32) -> egui::Window<'_> {
    egui::Window::new(title)
        .collapsible(false)
        .resizable(false)
        .anchor(anchor, egui::vec2(0.0, offset))
        .min_width(width)
}

/// A full-screen panel for a form screen (egui 0.36 panels are shown inside a root `Ui`).
pub fn full_screen(ctx: &egui::Context, add_contents: impl FnOnce(&mut egui::Ui)) {
    let mut root = egui::Ui::new(
        ctx.clone(),
        "screen".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    let frame = egui::Frame::new()
        .fill(color(theme::BACKGROUND))
        .inner_margin(egui::Margin::symmetric(40, 24));
    egui::CentralPanel::default()
        .frame(frame)
        .show(&mut root, add_contents);
}

/// Where the text fields and the file-dialog buttons of the last egui pass were, in egui
/// points. The browser build opens the tablet's keyboard, or the file dialog, when a touch
/// ends on one, inside the touch's own event (see `web/keyboard.rs`, `web/picker.rs`).
#[derive(Clone, Default)]
struct TouchSpots {
    pass: u64,
    text_fields: Vec<egui::Rect>,
    file_buttons: Vec<egui::Rect>,
}

/// Notes a spot of this pass (`add` picks the list).
fn note_spot(ctx: &egui::Context, add: impl FnOnce(&mut TouchSpots)) {
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| {
        let spots = d.get_temp_mut_or_default::<TouchSpots>(egui::Id::NULL);
        if spots.pass != pass {
            // The first spot of a new pass: the old places are gone.
            *spots = TouchSpots {
                pass,
                ..TouchSpots::default()
            };
        }
        add(spots);
    });
}

/// The spots of the pass that ended last (none when it had none).
fn last_spots(ctx: &egui::Context) -> TouchSpots {
    match ctx.data(|d| d.get_temp::<TouchSpots>(egui::Id::NULL)) {
        // The pass counter moves on when a pass ends.
        Some(s) if s.pass + 1 == ctx.cumulative_pass_nr() => s,
        _ => TouchSpots::default(),
    }
}

/// Adds a text field and notes where it is. Every text field of the app goes through here.
pub fn text_field(ui: &mut egui::Ui, edit: egui::TextEdit) -> egui::Response {
    let response = ui.add(edit);
    note_spot(ui.ctx(), |s| s.text_fields.push(response.interact_rect));
    response
}

/// A button that opens a file dialog, noted so that the browser can open the dialog inside
/// the touch (Safari opens one nowhere else).
pub fn file_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let response = choice(ui, false, text);
    note_spot(ui.ctx(), |s| s.file_buttons.push(response.interact_rect));
    response
}

/// The file-dialog buttons of the pass that ended last.
pub fn file_buttons(ctx: &egui::Context) -> Vec<egui::Rect> {
    last_spots(ctx).file_buttons
}

/// The text fields of the pass that ended last (none when it had none).
pub fn text_fields(ctx: &egui::Context) -> Vec<egui::Rect> {
    last_spots(ctx).text_fields
}
