//! The piles as they were laid, the board's first look: one side's five piles in the game's
//! colours and faces with the skipped cards beside them, each card with a small circle for
//! where the other side put it, and the cards the two see differently edged in the difference
//! colour. The mentor's piles (with the youth's circles) are one tap away. A card shows its
//! first words; tapped, it opens the same details as the list.

use bevy::prelude::*;
use bevy_egui::{EguiUserTextures, egui};

use super::BoardView;
use super::rows::words_of;
use crate::app::egui_style::{choice_sized, color};
use crate::app::text::{self as t, Lang};
use crate::app::theme::{self, Assets2d};
use crate::core::deck::Deck;
use crate::core::layout::{LaidCard, Layout, Whose};
use crate::core::sort::Placement;

/// The pile faces as egui textures, registered once, when the board first opens (absent in
/// tests without rendering: the piles then show their numbers only).
#[derive(Resource, Clone, Copy)]
pub struct FaceTextures(pub [egui::TextureId; 5]);

pub(super) fn register_faces(
    mut commands: Commands,
    assets: Res<Assets2d>,
    textures: Option<ResMut<EguiUserTextures>>,
    registered: Option<Res<FaceTextures>>,
) {
    if registered.is_some() {
        return;
    }
    if let Some(mut textures) = textures {
        let ids = assets
            .faces
            .clone()
            .map(|face| textures.add_image(bevy_egui::EguiTextureHandle::Strong(face)));
        commands.insert_resource(FaceTextures(ids));
    }
}

/// Room between the columns and between the cards.
const GAP: f32 = 6.0;
/// A card is never lower than a touch target, nor higher than two lines need.
const CARD_MIN: f32 = 48.0;
const CARD_MAX: f32 = 72.0;
const HEADER: f32 = 64.0;

/// Whose piles: the youth's or the mentor's, beside the board's look buttons ("Stapels" |
/// "van Sam" | "van de mentor").
pub(super) fn whose_ui(ui: &mut egui::Ui, view: &mut BoardView, youth_label: &str, lang: Lang) {
    let youth_piles = format!("{} {youth_label}", t::OF.get(lang));
    for (whose, label) in [
        (Whose::Youth, youth_piles.as_str()),
        (Whose::Mentor, t::OF_THE_MENTOR.get(lang)),
    ] {
        if choice_sized(ui, view.whose == whose, label, 22.0).clicked() {
            view.whose = whose;
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub fn layout_ui(
    ui: &mut egui::Ui,
    layouts: &[Option<Layout>; 2],
    decks: [Option<&Deck>; 2],
    youth_label: &str,
    lang: Lang,
    view: &mut BoardView,
    faces: Option<&FaceTextures>,
) {
    let (shown, deck) = match view.whose {
        Whose::Youth => (&layouts[0], decks[0]),
        Whose::Mentor => (&layouts[1], decks[1].or(decks[0])),
    };
    let Some(layout) = shown else {
        ui.label(t::NOT_SORTED.get(lang));
        return;
    };

    let columns = if layout.skipped.is_empty() { 5 } else { 6 };
    let width = ((ui.available_width() - GAP * (columns as f32 - 1.0)) / columns as f32).floor();
    // As high as the visible room allows (the board scrolls), so the whole layout is seen at
    // once; a pile taller than that scrolls.
    let room = ui.clip_rect().bottom() - ui.cursor().top() - HEADER - 2.0 * GAP;
    let tallest = layout.tallest().max(1) as f32;
    let card_h = (room / tallest - GAP).clamp(CARD_MIN, CARD_MAX);
    let main = deck.map_or("nl", |d| d.main_language());
    let words = |id: &str| words_of(deck, id, lang);
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(GAP, GAP);
        for (cards, pile) in layout.piles.iter().zip(1u8..) {
            ui.vertical(|ui| {
                ui.set_width(width);
                let label = deck
                    .and_then(|d| d.piles.get(usize::from(pile - 1)))
                    .map(|l| l.get(lang.code(), main).to_string())
                    .unwrap_or_else(|| pile.to_string());
                header(
                    ui,
                    width,
                    color(theme::PILES[usize::from(pile - 1)]),
                    &label,
                    faces.map(|f| f.0[usize::from(pile - 1)]),
                );
                for c in cards {
                    card(ui, c, &words(&c.id), [width, card_h], lang, view, faces);
                }
            });
        }
        if !layout.skipped.is_empty() {
            ui.vertical(|ui| {
                ui.set_width(width);
                header(
                    ui,
                    width,
                    color(theme::SKIP_PILE),
                    t::SKIPPED_PILE.get(lang),
                    None,
                );
                for c in &layout.skipped {
                    card(ui, c, &words(&c.id), [width, card_h], lang, view, faces);
                }
            });
        }
    });
    // Under the piles, so the piles get the room.
    let legend = match view.whose {
        Whose::Youth => t::MARKER_YOUTH_SHOWN.get(lang).to_string(),
        Whose::Mentor => format!(
            "{} {youth_label}. {}",
            t::MARKER_MENTOR_SHOWN.get(lang),
            t::TAP_A_CARD.get(lang)
        ),
    };
    ui.label(egui::RichText::new(legend).size(18.0).italics());
}

/// A pile's head: its colour, its face and its word (two lines when the column is narrow, as
/// with a sixth column for skipped cards: "Helemaal / oneens" must stay inside the head).
fn header(
    ui: &mut egui::Ui,
    width: f32,
    fill: egui::Color32,
    label: &str,
    face: Option<egui::TextureId>,
) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, HEADER), egui::Sense::hover());
    ui.painter().rect_filled(rect, 10.0, fill);
    let mut text_top = rect.top() + 6.0;
    if let Some(face) = face {
        let size = 24.0;
        let at = egui::Rect::from_center_size(
            egui::pos2(rect.center().x, rect.top() + 6.0 + size / 2.0),
            egui::vec2(size, size),
        );
        egui::Image::new((face, at.size())).paint_at(ui, at);
        text_top += size + 2.0;
    }
    let galley = lines(ui, label, 13.5, width - 8.0, 2, true);
    let at = egui::pos2(rect.center().x - galley.size().x / 2.0, text_top);
    ui.painter().galley(at, galley, color(theme::INK));
}

/// One card: its first words (two lines at most), the other side's circle, the difference
/// edge, a reverse-keyed card's mark. Tapped, it opens the card's details.
fn card(
    ui: &mut egui::Ui,
    c: &LaidCard,
    words: &str,
    [width, height]: [f32; 2],
    lang: Lang,
    view: &mut BoardView,
    faces: Option<&FaceTextures>,
) {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, words));
    let painter = ui.painter();
    let stroke = if c.far {
        egui::Stroke::new(4.0, color(theme::DIFFER))
    } else {
        egui::Stroke::new(1.0, color(theme::BUTTON_QUIET))
    };
    painter.rect(
        rect,
        8.0,
        color(theme::CARD),
        stroke,
        egui::StrokeKind::Inside,
    );
    let circle = 13.0;
    let text_width = width - 2.0 * circle - 14.0;
    // The first words: as many lines as the card's height holds.
    let rows = ((height - 10.0) / 17.0).floor().clamp(2.0, 4.0) as usize;
    let galley = lines(ui, words, 14.0, text_width, rows, false);
    let text_at = egui::pos2(rect.left() + 7.0, rect.center().y - galley.size().y / 2.0);
    painter.galley(text_at, galley, color(theme::INK));
    let centre = egui::pos2(rect.right() - circle - 5.0, rect.top() + circle + 5.0);
    match c.other {
        Some(Placement::Pile(p)) => {
            let i = usize::from(p.clamp(1, 5) - 1);
            painter.circle(
                centre,
                circle,
                color(theme::PILES[i]),
                egui::Stroke::new(1.5, color(theme::INK)),
            );
            match faces {
                Some(f) => {
                    let at = egui::Rect::from_center_size(
                        centre,
                        egui::vec2(circle * 1.6, circle * 1.6),
                    );
                    egui::Image::new((f.0[i], at.size())).paint_at(ui, at);
                }
                None => {
                    painter.text(
                        centre,
                        egui::Align2::CENTER_CENTER,
                        p.to_string(),
                        egui::FontId::proportional(15.0),
                        color(theme::INK),
                    );
                }
            }
        }
        Some(Placement::Skipped) => {
            painter.circle(
                centre,
                circle,
                color(theme::SKIP_PILE),
                egui::Stroke::new(1.5, color(theme::INK)),
            );
            painter.text(
                centre,
                egui::Align2::CENTER_CENTER,
                "?",
                egui::FontId::proportional(16.0),
                color(theme::INK),
            );
        }
        Some(Placement::Leaning(_)) | None => {}
    }
    if c.reverse {
        painter.text(
            egui::pos2(rect.right() - 5.0, rect.bottom() - 3.0),
            egui::Align2::RIGHT_BOTTOM,
            t::REVERSED.get(lang).to_lowercase(),
            egui::FontId::proportional(11.0),
            color(theme::MUTED),
        );
    }
    if response.clicked() {
        view.open = Some(c.id.clone());
    }
}

/// `text` laid out in at most `rows` lines of `width`, cut with an ellipsis.
fn lines(
    ui: &egui::Ui,
    text: &str,
    size: f32,
    width: f32,
    rows: usize,
    strong: bool,
) -> std::sync::Arc<egui::Galley> {
    let font = if strong {
        egui::FontId::new(size, egui::FontFamily::Name("bold".into()))
    } else {
        egui::FontId::proportional(size)
    };
    let mut job = egui::text::LayoutJob::simple(text.to_string(), font, color(theme::INK), width);
    job.wrap.max_rows = rows;
    job.wrap.break_anywhere = false;
    ui.painter().layout_job(job)
}
