//! The printable report (PDF) of one round: scores per part for both, the statements in the
//! suggested order with both placements and what stands out, remarks and agreements. For the
//! dossier and for supervision with the behavioural scientist. Drawn from the same [`Board`]
//! as the screen, so the numbers cannot differ.
//!
//! The report's own words (headings, labels) are here, in Dutch and English: it is a document,
//! not a screen, and it is made without the app.

use super::board::{Board, PartRow, Section, Side, grid};
use super::deck::{Deck, Role};
use super::layout::{Whose, layout};
use super::measurement::{Measurement, Who, date_of};
use super::scoring::TOTAL;
use super::sort::Placement;
use pdf_writer::types::{StructRole, TableHeaderScope};

mod guess;
mod overview;
mod piles;
mod tags;
mod words;
mod writer;

pub use overview::overview_pdf;

use words::{Words, words};
pub use words::{number, scale_text, signed};
use writer::{MARGIN, PAGE_W, Writer, rgb};

/// Who holds an agreement, in the report's words.
fn who_word(w: &Words, who: Who, youth_word: &'static str) -> &'static str {
    match who {
        Who::Youth => youth_word,
        Who::Mentor => w.mentor,
        Who::Together => w.together,
    }
}

/// The scored value and the word of the pile the player chose: "4 Eens"; on a reverse-keyed
/// card "1 Helemaal eens" (marked as reversed beside it).
fn placement_text(side: &Side, deck: Option<&Deck>, lang: &str) -> String {
    match side.placement {
        None | Some(Placement::Leaning(_)) => "-".into(),
        Some(Placement::Skipped) => words(lang).skip.into(),
        Some(Placement::Pile(n)) => {
            let label = deck
                .and_then(|d| d.piles.get(usize::from(n - 1)))
                .map(|t| t.get(lang, "nl").to_string())
                .unwrap_or_default();
            format!("{} {label}", side.value.unwrap_or(n))
        }
    }
}

/// What the report needs besides the board.
pub struct ReportInput<'a> {
    pub board: &'a Board,
    pub youth: &'a Measurement,
    pub mentor: Option<&'a Measurement>,
    /// The mentor's guess of the youth's sort, where the round asked for one (finished).
    pub guess: Option<&'a Measurement>,
    /// The youth's deck, for the statements' words and the pile labels.
    pub deck: Option<&'a Deck>,
    /// The mentor's deck, for its own questions (the mentor's side of the talk).
    pub mentor_deck: Option<&'a Deck>,
    pub lang: &'a str,
}

/// A table's header cell that heads its column, or its row.
const COLUMN: Option<TableHeaderScope> = Some(TableHeaderScope::Column);
const ROW: Option<TableHeaderScope> = Some(TableHeaderScope::Row);

/// The report as PDF bytes.
pub fn pdf(input: &ReportInput) -> Vec<u8> {
    let w = words(input.lang);
    let lang = input.lang;
    let mut out = Writer::new();
    let text_w = PAGE_W - 2.0 * MARGIN;
    let y = input.youth;
    out.heading(1, text_w, 20.0, w.title);
    out.gap(4.0);
    let deck_title = input
        .deck
        .map(|d| d.title.get(lang, d.main_language()).to_string())
        .unwrap_or_else(|| y.deck.id.clone());
    // A parent round is a parent's view: label it so wherever the youth's side is named.
    let youth_word = if y.role == Role::Parent {
        w.parent
    } else {
        w.youth
    };
    for (label, value) in [
        (youth_word, y.youth.clone()),
        (w.moment, w.moments[y.moment as usize].to_string()),
        (
            w.date,
            date_of(y.finished_at().unwrap_or(&y.started)).to_string(),
        ),
        (
            w.deck,
            format!("{deck_title} ({} {})", y.deck.id, y.deck.version),
        ),
    ] {
        out.para(MARGIN, text_w, 11.0, false, &format!("{label}: {value}"));
    }
    if y.paper || input.mentor.is_some_and(|m| m.paper) {
        out.para(MARGIN, text_w, 11.0, false, w.paper);
    }
    out.para(MARGIN, text_w, 9.0, false, w.note);

    // Scores
    out.gap(10.0);
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
    let part_label = |id: &str| {
        input
            .deck
            .and_then(|d| d.part(id))
            .map(|p| p.label.get(lang, "nl").to_string())
            .unwrap_or_else(|| {
                if id == TOTAL {
                    w.total.to_string()
                } else {
                    id.to_string()
                }
            })
    };
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
            &part_label(&row.id),
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

    // The youth's piles as they were laid, with the mentor's pile by each card.
    let round = super::round::Round {
        id: input.board.round.clone(),
        youth: input.youth,
        mentor: input.mentor,
        guess: input.guess,
    };
    if input.mentor.is_some()
        && let Some(l) = layout(&round, input.board, Whose::Youth)
    {
        let title = format!("{} {}", w.piles_of, y.youth);
        let title = if y.role == Role::Parent {
            format!("{} {}", w.piles_of, w.parent)
        } else {
            title
        };
        piles::piles(
            &mut out,
            text_w,
            &l,
            input.deck,
            lang,
            [
                &title,
                w.piles_note,
                w.skipped,
                w.mentor,
                w.worth_discussing,
            ],
        );
    }

    // The agreement grid: the cards by scored value, the youth's across, the mentor's down.
    if input.mentor.is_some() {
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

    // The mentor's guess of the youth's piles, against the youth's own.
    if let Some(g) = input.guess.filter(|g| g.sort.is_finished()) {
        guess::section(&mut out, text_w, input, g);
    }

    // Statements in talk order
    out.gap(12.0);
    out.heading(2, text_w, 14.0, w.statements);
    let mut section = None;
    for row in &input.board.rows {
        if section != Some(row.section) {
            section = Some(row.section);
            out.gap(6.0);
            let title = match row.section {
                Section::Agree => w.agree,
                Section::Differ => w.differ,
                Section::Skipped => w.skipped,
            };
            out.heading(3, text_w, 12.0, title);
        }
        let text = input
            .deck
            .and_then(|d| d.statement(&row.id))
            .map(|s| s.text.get(lang, "nl").to_string())
            .unwrap_or_else(|| row.id.clone());
        let mut marks = Vec::new();
        if row.worth_discussing {
            marks.push(w.worth_discussing);
        }
        if row.ask_further {
            marks.push(w.ask_further);
        }
        if row.reverse {
            marks.push(w.reversed);
        }
        let marks = if marks.is_empty() {
            String::new()
        } else {
            format!("  [{}]", marks.join(", "))
        };
        out.gap(3.0);
        out.para(
            MARGIN,
            text_w,
            10.5,
            true,
            &format!("{} ({}){marks}", text, part_label(&row.part)),
        );
        out.para(
            MARGIN + 12.0,
            text_w - 12.0,
            10.0,
            false,
            &format!(
                "{}: {}  ·  {}: {}",
                youth_word,
                placement_text(&row.youth, input.deck, lang),
                w.mentor,
                placement_text(&row.mentor, input.deck, lang)
            ),
        );
        for (who, remark) in [
            (youth_word, &row.youth.remark),
            (w.mentor, &row.mentor.remark),
        ] {
            if let Some(r) = remark {
                out.para(
                    MARGIN + 12.0,
                    text_w - 12.0,
                    10.0,
                    false,
                    &format!("{} ({who}): \"{r}\"", w.remark),
                );
            }
        }
        let worth_asking =
            row.worth_discussing || row.ask_further || row.section == Section::Skipped;
        if worth_asking && let Some(s) = input.deck.and_then(|d| d.statement(&row.id)) {
            let qs: Vec<&str> = s.questions.iter().map(|q| q.get(lang, "nl")).collect();
            out.para(
                MARGIN + 12.0,
                text_w - 12.0,
                9.5,
                false,
                &format!("{}: {}", w.questions, qs.join("  ")),
            );
        }
        if worth_asking && let Some(s) = input.mentor_deck.and_then(|d| d.statement(&row.id)) {
            // A mentor card whose questions are the youth's says nothing new: left out.
            let youth_qs: Vec<&str> = input
                .deck
                .and_then(|d| d.statement(&row.id))
                .map(|y| y.questions.iter().map(|q| q.get(lang, "nl")).collect())
                .unwrap_or_default();
            let qs: Vec<&str> = s
                .questions
                .iter()
                .map(|q| q.get(lang, "nl"))
                .filter(|q| !youth_qs.contains(q))
                .collect();
            if qs.is_empty() {
                continue;
            }
            out.para(
                MARGIN + 12.0,
                text_w - 12.0,
                9.5,
                false,
                &format!("{}: {}", w.mentor_questions, qs.join("  ")),
            );
        }
    }

    // Agreements
    out.gap(12.0);
    out.heading(2, text_w, 14.0, w.agreements);
    if y.agreements.is_empty() {
        out.para(MARGIN, text_w, 10.5, false, w.none);
    }
    for a in &y.agreements {
        let by = if a.by_when.trim().is_empty() {
            String::new()
        } else {
            format!(" ({} {})", w.by, a.by_when)
        };
        out.para(
            MARGIN,
            text_w,
            10.5,
            false,
            &format!("- {}: {}{by}", who_word(w, a.who, youth_word), a.what),
        );
    }

    out.finish(w.title, lang)
}
