//! The report's figure of the youth's piles as they were laid: a column per pile (and one for
//! the skipped cards), each card a box with its first words and the number of the mentor's
//! pile, a red edge where the two are two or more piles apart. The same [`Layout`] the board
//! draws.

use super::writer::{MARGIN, Writer, rgb, wrap};
use crate::core::deck::Deck;
use crate::core::layout::{LaidCard, Layout};
use crate::core::sort::Placement;
use pdf_writer::types::StructRole;

/// The piles' colours, from helemaal oneens (1) to helemaal eens (5), as on the screen.
type Rgb3 = (f32, f32, f32);
const PILES: [Rgb3; 5] = [
    (0.95, 0.62, 0.58),
    (0.98, 0.79, 0.58),
    (0.93, 0.90, 0.70),
    (0.72, 0.88, 0.66),
    (0.52, 0.80, 0.58),
];
const SKIP: Rgb3 = (0.90, 0.89, 0.86);
const CARD_H: f32 = 24.0;
const HEAD_H: f32 = 22.0;
const GAP: f32 = 4.0;

/// Draws `layout` across `width` points from the writer's place down, with `title` and `note`
/// above it; `skipped` heads the column of skipped cards.
pub(super) fn piles(
    out: &mut Writer,
    width: f32,
    layout: &Layout,
    deck: Option<&Deck>,
    lang: &str,
    [title, note, skipped, mentor, far]: [&str; 5],
) {
    let columns = if layout.skipped.is_empty() { 5 } else { 6 };
    let col_w = (width - GAP * (columns as f32 - 1.0)) / columns as f32;
    let tall = layout.tallest() as f32;
    out.gap(12.0);
    out.need(14.0 * 1.4 + 3.0 * 9.5 * 1.4 + HEAD_H + tall * (CARD_H + GAP) + 8.0);
    out.heading(2, width, 14.0, title);
    out.para(MARGIN, width, 9.5, false, note);
    let top = out.y - 6.0;
    let main = deck.map_or("nl", |d| d.main_language());
    let names: Vec<String> = (1..=5u8)
        .map(|p| {
            let label = deck
                .and_then(|d| d.piles.get(usize::from(p - 1)))
                .map(|t| t.get(lang, main).to_string())
                .unwrap_or_else(|| p.to_string());
            format!("{p} {label}")
        })
        .collect();
    let words = Words {
        lang,
        main,
        mentor,
        piles: &names,
        skipped,
        far,
    };
    let columns: Vec<(String, Rgb3, &[LaidCard])> = names
        .iter()
        .zip(PILES)
        .zip(&layout.piles)
        .map(|((head, colour), cards)| (head.clone(), colour, cards.as_slice()))
        .chain(
            (!layout.skipped.is_empty())
                .then(|| (skipped.to_string(), SKIP, layout.skipped.as_slice())),
        )
        .collect();
    for (i, (head, (r, g, b), cards)) in columns.into_iter().enumerate() {
        let x = MARGIN + i as f32 * (col_w + GAP);
        // For a screen reader, a pile is a list: its name, then its cards.
        out.begin(StructRole::L);
        out.rect(x, top - HEAD_H, col_w, HEAD_H, rgb(r, g, b));
        out.begin(StructRole::Caption);
        let per_line = (col_w / (7.5 * 0.52)) as usize;
        for (n, line) in wrap(&head, per_line).iter().take(2).enumerate() {
            out.text_at(x + 3.0, top - 9.0 - n as f32 * 8.5, 7.5, true, line);
        }
        out.end();
        for (k, c) in cards.iter().enumerate() {
            let y = top - HEAD_H - GAP - (k as f32 + 1.0) * (CARD_H + GAP) + GAP;
            out.begin(StructRole::LI);
            card(out, [x, y, col_w], c, deck, &words);
            out.end();
        }
        out.end();
    }
    out.y = top - HEAD_H - tall * (CARD_H + GAP) - 4.0;
}

/// The words a card is read with: the language, the deck's main one, the names of the mentor
/// and of the piles, and what a red edge means.
struct Words<'a> {
    lang: &'a str,
    main: &'a str,
    mentor: &'a str,
    piles: &'a [String],
    skipped: &'a str,
    /// What the red edge means (two or more piles apart).
    far: &'a str,
}

/// One card: a red or grey edge, white inside, two lines of its words and the other side's
/// pile in its colour. A screen reader reads the card's whole words, the mentor's pile by name
/// and a red edge's meaning ("... vind. Mentor: 2 Oneens (bespreken)."), where the page cuts
/// the words short and shows the pile's number and the edge alone.
fn card(out: &mut Writer, [x, y, w]: [f32; 3], c: &LaidCard, deck: Option<&Deck>, words: &Words) {
    let Words { lang, main, .. } = *words;
    let (edge, inset) = if c.far {
        (rgb(0.77, 0.33, 0.08), 1.6)
    } else {
        (rgb(0.80, 0.79, 0.76), 0.6)
    };
    out.rect(x, y, w, CARD_H, edge);
    out.rect(
        x + inset,
        y + inset,
        w - 2.0 * inset,
        CARD_H - 2.0 * inset,
        rgb(1.0, 1.0, 1.0),
    );
    let mark = 11.0;
    let text = deck
        .and_then(|d| d.statement(&c.id))
        .map(|s| s.text.get(lang, main).to_string())
        .unwrap_or_else(|| c.id.clone());
    let other = match c.other {
        Some(Placement::Pile(p)) => Some((p.to_string(), PILES[usize::from(p.clamp(1, 5) - 1)])),
        Some(Placement::Skipped) => Some(("?".to_string(), SKIP)),
        Some(Placement::Leaning(_)) | None => None,
    };
    let mentors_pile = match c.other {
        Some(Placement::Pile(p)) => Some(words.piles[usize::from(p.clamp(1, 5) - 1)].as_str()),
        Some(Placement::Skipped) => Some(words.skipped),
        Some(Placement::Leaning(_)) | None => None,
    };
    let mut says = text.clone();
    if let Some(pile) = mentors_pile {
        says.push_str(&format!(" {}: {pile}", words.mentor));
    }
    // The red edge, which the page shows by colour alone.
    if c.far {
        says.push_str(&format!(" ({})", words.far));
    }
    if mentors_pile.is_some() || c.far {
        says.push('.');
    }
    // Elements that each say their own words are read on without a break between them.
    says.push(' ');
    out.begin_saying(StructRole::LBody, says);
    let per_line = ((w - mark - 6.0) / (6.5 * 0.52)) as usize;
    let mut lines = wrap(&text, per_line);
    if lines.len() > 2 {
        lines.truncate(2);
        lines[1].push_str("...");
    }
    for (n, line) in lines.iter().enumerate() {
        out.text_at(x + 2.5, y + CARD_H - 8.5 - n as f32 * 7.5, 6.5, false, line);
    }
    if let Some((label, (r, g, b))) = other {
        let (mx, my) = (x + w - mark - 2.0, y + CARD_H - mark - 2.0);
        out.rect(mx, my, mark, mark, rgb(r, g, b));
        out.text_at(mx + 3.0, my + 2.5, 8.0, true, &label);
    }
    out.end();
}
