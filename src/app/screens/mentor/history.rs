//! A youth's history (egui): every measurement with date and moment, the scores of youth and
//! mentor per round, and a trend chart per part across the rounds.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::Focus;
use crate::app::Decks;
use crate::app::egui_style::{bold, color, egui_ready};
use crate::app::screens::{Form, Screen};
use crate::app::session::{Library, Session, Youths};
use crate::app::text::{self as t, moment_label};
use crate::app::theme;
use crate::core::deck::Role;
use crate::core::guess::{GuessScore, guesses};
use crate::core::measurement::date_of;
use crate::core::report::number;
use crate::core::round::{Round, deck_changed_from, rounds_of};
use crate::core::scoring::TOTAL;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::History).and_then(egui_ready)),
    );
}

fn mean_of(r: &Round, part: &str, mentor: bool) -> Option<f64> {
    let m = if mentor {
        r.mentor.filter(|m| m.sort.is_finished())?
    } else {
        r.youth
    };
    let s = m.scores();
    if part == TOTAL {
        s.total.mean
    } else {
        s.part(part)?.mean
    }
}

/// One small chart: the part's mean (1-5) per round, youth and mentor.
fn chart(ui: &mut egui::Ui, title: &str, rounds: &[Round], part: &str, width: f32) {
    ui.vertical(|ui| {
        ui.set_width(width);
        ui.label(bold(title, 22.0));
        let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 220.0), egui::Sense::hover());
        let p = ui.painter();
        p.rect_filled(rect, 8.0, egui::Color32::WHITE);
        let inner = egui::Rect::from_min_max(
            rect.min + egui::vec2(34.0, 14.0),
            rect.max - egui::vec2(24.0, 34.0),
        );
        let y_of = |v: f64| inner.bottom() - ((v - 1.0) / 4.0) as f32 * inner.height();
        for v in 1..=5 {
            let y = y_of(f64::from(v));
            p.line_segment(
                [egui::pos2(inner.left(), y), egui::pos2(inner.right(), y)],
                (1.0, color(theme::BUTTON_QUIET)),
            );
            p.text(
                egui::pos2(rect.left() + 10.0, y),
                egui::Align2::LEFT_CENTER,
                v.to_string(),
                egui::FontId::proportional(16.0),
                color(theme::MUTED),
            );
        }
        let n = rounds.len().max(2) - 1;
        let x_of = |i: usize| inner.left() + inner.width() * i as f32 / n as f32;
        for (i, r) in rounds.iter().enumerate() {
            // Day and month under each round: "29-11".
            let d = date_of(r.started());
            let label = format!(
                "{}-{}",
                d.get(8..10).unwrap_or(""),
                d.get(5..7).unwrap_or("")
            );
            p.text(
                egui::pos2(x_of(i), rect.bottom() - 16.0),
                egui::Align2::CENTER_CENTER,
                label,
                egui::FontId::proportional(16.0),
                color(theme::MUTED),
            );
        }
        for (mentor, line) in [
            (false, color(theme::BUTTON)),
            (true, color(theme::MENTOR_MARK)),
        ] {
            let points: Vec<egui::Pos2> = rounds
                .iter()
                .enumerate()
                .filter_map(|(i, r)| mean_of(r, part, mentor).map(|v| egui::pos2(x_of(i), y_of(v))))
                .collect();
            if points.len() > 1 {
                p.add(egui::Shape::line(points.clone(), (3.0, line)));
            }
            for pt in points {
                p.circle_filled(pt, 5.0, line);
            }
        }
    });
}

fn ui(
    mut form: Form,
    mut focus: ResMut<Focus>,
    library: Res<Library>,
    youths: Res<Youths>,
    decks: Res<Decks>,
    mut session: MessageWriter<Session>,
) -> Result {
    let Some(youth) = focus.youth.clone() else {
        form.go(Screen::MentorHome);
        return Ok(());
    };
    let name = youths.name_of(&youth);
    let rounds = rounds_of(&youth, &library.0);
    // The trend is the youth's own: a parent's rounds are in the table, not in the lines.
    let youth_rounds: Vec<_> = rounds
        .iter()
        .filter(|r| r.youth.role != Role::Parent)
        .cloned()
        .collect();
    form.show(|ui, lang, next| {
        ui.horizontal(|ui| {
            ui.label(bold(&format!("{}: {name}", t::HISTORY.get(lang)), 34.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(t::BACK.get(lang)).clicked() {
                    next.set(Screen::MentorHome);
                }
            });
        });
        let deck = rounds.last().and_then(|r| decks.set.get(&r.youth.deck.id));
        let parts: Vec<(String, String)> = deck
            .map(|d| {
                d.parts
                    .iter()
                    .map(|p| {
                        (
                            p.id.clone(),
                            p.label.get(lang.code(), d.main_language()).to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        // The screen's width, before a wide table can widen the scrolled area.
        let full = ui.available_width();
        let ids: Vec<&str> = parts
            .iter()
            .map(|(id, _)| id.as_str())
            .chain([TOTAL])
            .collect();
        let mut labels: Vec<&str> = parts.iter().map(|(_, l)| l.as_str()).collect();
        labels.push(t::TOTAL.get(lang));
        // "youth / mentor" of one part in one round.
        let pair = |r: &Round, id: &str| {
            let show = |v: Option<f64>| v.map(|v| number(v, 1, lang.code())).unwrap_or("-".into());
            format!(
                "{} / {}",
                show(mean_of(r, id, false)),
                show(mean_of(r, id, true))
            )
        };
        // The moment, "· Ouder" for a parent's round, and a deck change under it (scores
        // across it compare other wording), on lines that do not wrap.
        let moment_cell = |ui: &mut egui::Ui, i: usize, r: &Round| {
            let mut moment = moment_label(r.youth.moment).get(lang).to_string();
            if r.youth.role == Role::Parent {
                moment = format!("{moment} · {}", t::PARENT.get(lang));
            }
            if r.youth.paper {
                moment = format!("{moment} · {}", t::PAPER.get(lang));
            }
            ui.vertical(|ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                ui.label(moment);
                if let Some(was) = deck_changed_from(&rounds, i) {
                    ui.label(
                        egui::RichText::new(format!(
                            "{} {} ({} {was})",
                            t::CARDS_VERSION.get(lang),
                            r.youth.deck.version,
                            t::WAS.get(lang)
                        ))
                        .size(16.0)
                        .italics(),
                    );
                }
            });
        };
        // The guess's hits per round, in its own column where any round has one.
        let scored = guesses(&rounds);
        let guess_cell = |i: usize| {
            scored
                .iter()
                .find(|(j, _)| *j == i)
                .map(|(_, g)| format!("{} {} {}", g.same, t::OF.get(lang), g.compared))
        };
        let mut open = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            if full > 1000.0 {
                // Wide: one table, a round per row.
                egui::Grid::new("rounds")
                    .striped(true)
                    .spacing([18.0, 8.0])
                    .show(ui, |ui| {
                        ui.label(bold(t::ROUND_DATE.get(lang), 20.0));
                        ui.label(bold(t::MOMENT_HEADER.get(lang), 20.0));
                        for label in &labels {
                            ui.label(bold(label, 20.0));
                        }
                        if !scored.is_empty() {
                            ui.label(bold(t::GUESS_COLUMN.get(lang), 20.0));
                        }
                        ui.label("");
                        ui.end_row();
                        for (i, r) in rounds.iter().enumerate() {
                            ui.label(date_of(r.started()));
                            moment_cell(ui, i, r);
                            for id in &ids {
                                ui.label(pair(r, id));
                            }
                            if !scored.is_empty() {
                                ui.label(guess_cell(i).unwrap_or_else(|| "-".into()));
                            }
                            if r.complete() && ui.button(t::SEE_BOARD.get(lang)).clicked() {
                                open = Some(r.id.clone());
                            }
                            ui.end_row();
                        }
                    });
            } else {
                // Narrow (a portrait tablet): a round per block, its parts in a row under its
                // date and moment, so nothing lies beyond the screen's edge.
                for (i, r) in rounds.iter().enumerate() {
                    egui::Frame::new()
                        .fill(color(theme::CARD))
                        .inner_margin(12)
                        .corner_radius(10)
                        .show(ui, |ui| {
                            ui.set_width(full - 30.0);
                            ui.horizontal(|ui| {
                                ui.label(bold(date_of(r.started()), 22.0));
                                moment_cell(ui, i, r);
                            });
                            egui::Grid::new(("round", i))
                                .spacing([18.0, 4.0])
                                .show(ui, |ui| {
                                    for label in &labels {
                                        ui.label(bold(label, 18.0));
                                    }
                                    ui.end_row();
                                    for id in &ids {
                                        ui.label(pair(r, id));
                                    }
                                    ui.end_row();
                                });
                            if let Some(cell) = guess_cell(i) {
                                ui.label(format!("{}: {cell}", t::GUESS_COLUMN.get(lang)));
                            }
                            if r.complete() && ui.button(t::SEE_BOARD.get(lang)).clicked() {
                                open = Some(r.id.clone());
                            }
                        });
                    ui.add_space(6.0);
                }
            }
            ui.label(
                egui::RichText::new(format!("{name} / {}", t::MENTOR.get(lang)))
                    .size(18.0)
                    .italics(),
            );
            // Per round, like the table above it; the trend charts follow.
            guesses_ui(ui, &rounds, &scored, &name, lang, &mut session);
            ui.add_space(10.0);
            ui.label(bold(t::TREND.get(lang), 26.0));
            ui.horizontal(|ui| {
                ui.colored_label(color(theme::BUTTON), format!("— {name}"));
                ui.colored_label(
                    color(theme::MENTOR_MARK),
                    format!("— {}", t::MENTOR.get(lang)),
                );
            });
            // Four charts in a row on a wide screen, two on a narrow one.
            let per_row = if full > 1100.0 { 4 } else { 2 };
            let width = (full - 16.0 * (per_row as f32 - 1.0)) / per_row as f32 - 4.0;
            let mut charts: Vec<(&str, &str)> = parts
                .iter()
                .map(|(id, l)| (id.as_str(), l.as_str()))
                .collect();
            charts.push((TOTAL, t::TOTAL.get(lang)));
            for row in charts.chunks(per_row) {
                ui.horizontal(|ui| {
                    for (id, label) in row {
                        chart(ui, label, &youth_rounds, id, width);
                    }
                });
            }
        });
        if let Some(round) = open {
            focus.round = Some(round);
            next.set(Screen::Together);
        }
    })?;
    Ok(())
}

/// The mentor's guesses, for the mentor (under the rounds' table): per round how many cards the guess put on the
/// youth's own pile and one pile away, how many it put two or more piles higher and lower, and
/// whether it also stands on the board seen together (off unless the mentor turns it on);
/// then the share on the same pile across the rounds, the trend.
fn guesses_ui(
    ui: &mut egui::Ui,
    rounds: &[Round],
    scored: &[(usize, GuessScore)],
    name: &str,
    lang: t::Lang,
    session: &mut MessageWriter<Session>,
) {
    if scored.is_empty() {
        return;
    }
    ui.add_space(10.0);
    ui.label(bold(t::GUESS_HEADING.get(lang), 26.0));
    ui.label(
        egui::RichText::new(t::GUESS_PRIVATE.get(lang))
            .size(18.0)
            .italics(),
    );
    let figures = |g: &GuessScore| {
        format!(
            "{}: {} {} {} · {}: {} · {} {name}: {} · {} {name}: {}",
            t::GUESS_SAME.get(lang),
            g.same,
            t::OF.get(lang),
            g.compared,
            t::GUESS_ONE_APART.get(lang),
            g.one_apart,
            t::GUESS_HIGHER.get(lang),
            g.over.len(),
            t::GUESS_LOWER.get(lang),
            g.under.len(),
        )
    };
    for (i, g) in scored {
        let r = &rounds[*i];
        ui.horizontal_wrapped(|ui| {
            ui.label(bold(
                &format!(
                    "{} · {}",
                    date_of(r.started()),
                    moment_label(r.youth.moment).get(lang)
                ),
                20.0,
            ));
            ui.label(figures(g));
            let on = r.youth.guess_on_board;
            if crate::app::egui_style::choice(ui, on, t::GUESS_ON_BOARD.get(lang)).clicked() {
                session.write(Session::GuessOnBoard {
                    id: r.youth.id.clone(),
                    on: !on,
                });
            }
        });
    }
    if scored.len() > 1 {
        let trend: Vec<String> = scored
            .iter()
            .filter_map(|(_, g)| g.same_share())
            .map(|s| format!("{:.0}%", s * 100.0))
            .collect();
        ui.label(
            egui::RichText::new(format!(
                "{}: {}",
                t::GUESS_TREND.get(lang),
                trend.join("  ·  ")
            ))
            .size(20.0),
        );
    }
}
