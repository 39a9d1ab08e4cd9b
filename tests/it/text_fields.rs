//! The app knows where its text fields were drawn: the browser build opens a tablet's keyboard
//! when a touch ends on one (Safari opens it only from inside the touch's own handler).

use bevy_egui::egui;
use jas_cards::app::egui_style::{fonts, text_field, text_fields};

/// One egui pass that shows a label and then `fields` text fields, one under the other.
fn pass(ctx: &egui::Context, fields: usize) {
    let mut texts = vec![String::new(); fields];
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| {
        ui.label("Wie speelt er?");
        for text in &mut texts {
            text_field(ui, egui::TextEdit::singleline(text).desired_width(300.0));
        }
    });
    // No renderer here to take the font texture.
    output.textures_delta.clear();
}

#[test]
fn the_fields_of_the_last_pass_are_known_and_forgotten_when_gone() {
    let ctx = egui::Context::default();
    // The app's font, which takes effect from the next pass.
    ctx.set_fonts(fonts());
    pass(&ctx, 0);
    pass(&ctx, 2);
    let fields = text_fields(&ctx);
    assert_eq!(fields.len(), 2, "{fields:?}");
    // Under the label, as wide as asked, the second under the first.
    assert!(
        fields[0].min.y > 10.0 && fields[0].height() > 20.0,
        "{fields:?}"
    );
    assert!(fields[0].width() >= 300.0, "{fields:?}");
    assert!(fields[1].min.y >= fields[0].max.y, "{fields:?}");
    let inside = fields[1].center();

    // The next pass has them again, not twice.
    pass(&ctx, 2);
    assert_eq!(text_fields(&ctx).len(), 2);
    assert!(text_fields(&ctx)[1].contains(inside));

    // A screen without fields: a touch where a field was must not open the keyboard.
    pass(&ctx, 0);
    assert!(text_fields(&ctx).is_empty());
}

#[test]
fn every_text_field_of_the_app_is_noted() {
    // A field added with `ui.add(TextEdit...)` would be left out of the places above: on an
    // iPad a tap on it would not open the keyboard. Each TextEdit must be built as the
    // argument of `text_field(` (within the three lines before it).
    let mut files = vec![crate::project("src/app")];
    let mut missed = Vec::new();
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("egui_style.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if line.contains("TextEdit::") {
                let before = lines[i.saturating_sub(3)..=i].join("\n");
                if !before.contains("text_field(") {
                    missed.push(format!("{}:{}", path.display(), i + 1));
                }
            }
        }
    }
    assert!(missed.is_empty(), "text fields not noted: {missed:?}");
}

#[test]
fn egui_panels_have_exactly_the_window_background() {
    // Rounded as Bevy rounds the clear colour: cut off, the panels were one shade darker.
    use bevy::color::ColorToPacked;
    use jas_cards::app::{egui_style::color, theme};
    let [r, g, b, _] = theme::BACKGROUND.to_srgba().to_u8_array();
    assert_eq!(color(theme::BACKGROUND), egui::Color32::from_rgb(r, g, b));
}
