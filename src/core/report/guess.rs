//! The report's section on the mentor's guess: how many cards it put on the youth's pile
//! and one pile away, the mean difference, and the cards it put two or more piles higher or
//! lower, in their words.

use super::ReportInput;
use super::words::{signed, words};
use super::writer::{MARGIN, Writer};
use crate::core::guess::guess_score;
use crate::core::measurement::Measurement;

/// Writes the section for `guess` (finished) against the report's youth sort.
pub(super) fn section(out: &mut Writer, text_w: f32, input: &ReportInput, guess: &Measurement) {
    let (w, lang, y, g) = (words(input.lang), input.lang, input.youth, guess);
    let s = guess_score(y, g);
    out.gap(12.0);
    out.need(14.0 * 1.4 * 3.0 + 10.0 * 1.4 * 2.0);
    out.heading(2, text_w, 14.0, w.guess);
    out.para(MARGIN, text_w, 9.5, false, w.guess_note);
    let of = |n: usize| format!("{n} / {} {}", s.compared, w.of_cards);
    out.para(
        MARGIN,
        text_w,
        10.5,
        false,
        &format!(
            "{}: {}. {}: {}. {}: {}.",
            w.guess_same,
            of(s.same),
            w.guess_one_apart,
            of(s.one_apart),
            w.guess_mean,
            signed(s.mean_difference, lang)
        ),
    );
    for (label, ids) in [(w.guess_higher, &s.over), (w.guess_lower, &s.under)] {
        if ids.is_empty() {
            continue;
        }
        out.para(MARGIN, text_w, 10.5, true, &format!("{label}:"));
        for id in ids {
            let text = input
                .deck
                .and_then(|d| {
                    d.statement(id)
                        .map(|st| st.text.get(lang, d.main_language()))
                })
                .unwrap_or(id);
            out.para(
                MARGIN + 12.0,
                text_w - 12.0,
                10.0,
                false,
                &format!("- {text}"),
            );
        }
    }
}
