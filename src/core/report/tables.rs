//! The report's two tables: the scores per part for both, with bars, and the agreement grid
//! (the cards by scored value, the youth's across, the mentor's down). Each is a table for a
//! screen reader too, its header cells heading their column or their row.

use pdf_writer::types::{StructRole, TableHeaderScope};

use super::words::{scale_text, signed, words};
use super::writer::{MARGIN, PAGE_W, Writer, rgb};
use super::{ReportInput, part_label};
use crate::core::board::{PartRow, grid};
use crate::core::scoring::TOTAL;

/// A table's header cell that heads its column, or its row.
const COLUMN: Option<TableHeaderScope> = Some(TableHeaderScope::Column);
const ROW: Option<TableHeaderScope> = Some(TableHeaderScope::Row);

/// The scores per part and in total: the youth's and the mentor's (mean and 0-100), their
/// difference and the change since last time, with two bars on the 1-5 scale.
pub(super) fn scores(out: &mut Writer, input: &ReportInput, youth_word: &str) {
    let w = words(input.lang);
    let lang = input.lang;
    let text_w = PAGE_W - 2.0 * MARGIN;
    out.heading(2, text_w, 14.0, w.scores);
    let cols = [
        MARGIN,
        MARGIN + 110.0,
        MARGIN + 230.0,
        MARGIN + 350.0,
        MARGIN + 420.0,
    ];
    out.need(20.0);
    out.y -= 16.0;
    let head_y = out.y;
    out.begin(StructRole::Table);
    out.begin(StructRole::TR);
    for (x, t) in cols
        .iter()
        .zip([w.part, youth_word, w.mentor, w.difference, w.change])
    {
        out.cell(COLUMN, [*x, head_y], 10.0, true, t);
    }
    out.end();
    let rows: Vec<&PartRow> = input
        .board
        .parts
        .iter()
        .chain([&input.board.total])
        .collect();
    for row in rows {
        out.need(34.0);
        out.y -= 15.0;
        let ry = out.y;
        out.begin(StructRole::TR);
        out.cell(
            ROW,
            [cols[0], ry],
            10.0,
            row.id == TOTAL,
            &part_label(input, &row.id),
        );
        out.cell(
            None,
            [cols[1], ry],
            10.0,
            false,
            &scale_text(&row.youth, lang),
        );
        let mentor = row
            .mentor
            .as_ref()
            .map(|m| scale_text(m, lang))
            .unwrap_or("-".into());
        out.cell(None, [cols[2], ry], 10.0, false, &mentor);
        let diff = row.difference.as_ref().and_then(|d| d.difference);
        let flag = if row.difference.as_ref().is_some_and(|d| d.worth_discussing) {
            " !"
        } else {
            ""
        };
        out.cell(
            None,
            [cols[3], ry],
            10.0,
            false,
            &format!("{}{flag}", signed(diff, lang)),
        );
        out.cell(
            None,
            [cols[4], ry],
            10.0,
            false,
            &signed(row.change.youth, lang),
        );
        out.end();
        // Two bars on the 1-5 scale: youth above, mentor below.
        let bar = |m: Option<f64>| m.map(|m| ((m - 1.0) / 4.0) as f32 * 200.0);
        out.y -= 10.0;
        if let Some(len) = bar(row.youth.mean) {
            out.rect(cols[1], out.y, len.max(1.0), 4.0, rgb(0.25, 0.36, 0.62));
        }
        if let Some(len) = bar(row.mentor.as_ref().and_then(|m| m.mean)) {
            out.rect(
                cols[1],
                out.y - 5.0,
                len.max(1.0),
                4.0,
                rgb(0.85, 0.55, 0.25),
            );
        }
        out.y -= 6.0;
    }
    out.end();
}

/// The agreement grid: how many cards lie at each pair of the youth's and the mentor's
/// scored values, the diagonal green and cards two or more apart red.
pub(super) fn agreement_grid(out: &mut Writer, input: &ReportInput, youth_word: &str) {
    let w = words(input.lang);
    let text_w = PAGE_W - 2.0 * MARGIN;
    let g = grid(input.board);
    let cell = 26.0;
    out.gap(12.0);
    out.need(14.0 * 1.4 + 10.0 * 1.4 + cell * 6.0 + 16.0);
    out.heading(2, text_w, 14.0, w.grid);
    out.para(
        MARGIN,
        text_w,
        9.5,
        false,
        &format!("{} {youth_word}, {} {}", w.across, w.down, w.mentor),
    );
    let left = MARGIN + 24.0;
    let top = out.y - 16.0;
    // A table for a screen reader: the youth's piles across, the mentor's down, each
    // cell the number of cards there (an empty cell none).
    out.begin(StructRole::Table);
    out.begin(StructRole::TR);
    out.begin(StructRole::TD);
    out.end();
    for v in 1..=5u8 {
        let x = left + f32::from(v - 1) * cell + cell * 0.38;
        out.cell(COLUMN, [x, top], 10.0, true, &v.to_string());
    }
    out.end();
    for m in 1..=5u8 {
        let y = top - 6.0 - f32::from(m) * cell;
        out.begin(StructRole::TR);
        out.cell(
            ROW,
            [MARGIN + 6.0, y + cell * 0.35],
            10.0,
            true,
            &m.to_string(),
        );
        for v in 1..=5u8 {
            let x = left + f32::from(v - 1) * cell;
            // The diagonal green; cards two or more apart red; the rest (and empty
            // cells off the diagonal) light, so only what lies there draws the eye.
            let n = g.cell(v, m).len();
            let colour = match v.abs_diff(m) {
                0 => rgb(0.72, 0.88, 0.66),
                2.. if n > 0 => rgb(0.95, 0.62, 0.58),
                _ => rgb(0.92, 0.91, 0.88),
            };
            out.rect(x, y, cell - 2.0, cell - 2.0, colour);
            out.begin(StructRole::TD);
            if n > 0 {
                out.text_at(x + cell * 0.36, y + cell * 0.32, 10.0, true, &n.to_string());
            }
            out.end();
        }
        out.end();
    }
    out.end();
    out.y = top - 6.0 - 5.0 * cell - 4.0;
    if !g.apart.is_empty() {
        out.para(
            MARGIN,
            text_w,
            9.5,
            false,
            &format!("{}: {}", w.skipped, g.apart.len()),
        );
    }
}
