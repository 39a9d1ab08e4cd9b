//! The printable report (PDF) of one round: scores per part for both, the statements in the
//! suggested order with both placements and what stands out, remarks and agreements. For the
//! dossier and for supervision with the behavioural scientist. Drawn from the same [`Board`]
//! as the screen, so the numbers cannot differ.
//!
//! The report's own words (headings, labels) are here, in Dutch and English: it is a document,
//! not a screen, and it is made without the app.

use super::board::{Board, Section, Side};
use super::deck::{Deck, Role};
use super::layout::{Whose, layout};
use super::measurement::{Measurement, Who, date_of};
use super::scoring::TOTAL;
use super::sort::Placement;

mod font;
mod guess;
mod overview;
mod piles;
mod tables;
mod tags;
mod words;
mod writer;

pub use overview::overview_pdf;

use words::{Words, words};
pub use words::{number, scale_text, signed};
use writer::{MARGIN, PAGE_W, Writer};

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

/// A part's name in the deck's words ("Relatie"), the total's in the report's.
fn part_label(input: &ReportInput, id: &str) -> String {
    input
        .deck
        .and_then(|d| d.part(id))
        .map(|p| p.label.get(input.lang, "nl").to_string())
        .unwrap_or_else(|| {
            if id == TOTAL {
                words(input.lang).total.to_string()
            } else {
                id.to_string()
            }
        })
}

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
    tables::scores(&mut out, input, youth_word);

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
        tables::agreement_grid(&mut out, input, youth_word);
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
            &format!("{} ({}){marks}", text, part_label(input, &row.part)),
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
