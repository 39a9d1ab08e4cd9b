//! The supervision overview on paper (`core::overview`): a block per youth, by name, with
//! the latest round's means per part and in total (youth / mentor), the change in the youth's
//! total with a drop marked, the cards furthest apart, and the next measurement.

use super::words::{signed, words};
use super::writer::{MARGIN, PAGE_W, Writer, rgb};
use crate::core::deck::DeckSet;
use crate::core::measurement::Moment;
use crate::core::overview::OverviewRow;
use crate::core::schedule::DueState;

/// The overview of `rows` as PDF bytes, made on `made` (a date), in `lang`.
pub fn overview_pdf(rows: &[OverviewRow], decks: &DeckSet, lang: &str, made: &str) -> Vec<u8> {
    let w = words(lang);
    let mut out = Writer::new();
    let text_w = PAGE_W - 2.0 * MARGIN;
    out.heading(1, text_w, 20.0, w.overview_title);
    out.para(MARGIN, text_w, 10.0, false, &format!("{} {made}", w.made));
    out.para(MARGIN, text_w, 9.0, false, w.overview_note);
    let moment = |m: Moment| w.moments[m as usize];
    for row in rows {
        out.gap(10.0);
        out.need(14.0 * 1.4 * 5.0);
        out.heading(2, text_w, 13.0, &row.name);
        if let Some(due) = row.due {
            let mark = match due.state {
                DueState::Late => format!(" ({})", w.late),
                DueState::Soon => format!(" ({})", w.soon),
                DueState::Later => String::new(),
            };
            out.para(
                MARGIN,
                text_w,
                10.0,
                due.state == DueState::Late,
                &format!("{}: {} {}{mark}", w.next, moment(due.moment), due.date),
            );
        }
        let Some(latest) = &row.latest else {
            out.para(MARGIN, text_w, 10.0, false, w.no_round);
            continue;
        };
        let deck = decks.get(&latest.deck);
        out.para(
            MARGIN,
            text_w,
            10.0,
            false,
            &format!("{}: {} · {}", w.latest, latest.date, moment(latest.moment)),
        );
        // "Relatie 3,7 / 4,7 · Doel ... · Totaal 3,5 / 3,9", youth before mentor.
        let b = &latest.board;
        out.para(
            MARGIN,
            text_w,
            10.0,
            false,
            &latest.means_line(deck, lang, w.total),
        );
        if let Some(change) = b.total.change.youth {
            let line = format!(
                "{} ({}): {}",
                w.change,
                w.total.to_lowercase(),
                signed(Some(change), lang)
            );
            if latest.drop {
                out.need(14.0);
                let y = out.y - 12.0;
                out.rect(MARGIN - 6.0, y - 2.0, 3.0, 12.0, rgb(0.75, 0.2, 0.1));
                out.para(MARGIN, text_w, 10.0, true, &format!("{line} ({})", w.drop));
            } else {
                out.para(MARGIN, text_w, 10.0, false, &line);
            }
        }
        if !latest.differences.is_empty() {
            let cards = latest.furthest_cards(deck, lang);
            out.para(
                MARGIN,
                text_w,
                10.0,
                false,
                &format!("{}: {}", w.furthest, cards.join("; ")),
            );
        }
    }
    out.finish(w.overview_title, lang)
}
