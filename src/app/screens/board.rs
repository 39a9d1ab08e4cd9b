//! The talk-through board (egui): where youth and mentor put each card, in the suggested order
//! (first what you agree on, then the differences, then what was skipped), with what stands
//! out marked; both scores per part and in total with the change since last time; the
//! agreements; and the exports (PDF report, PNG of the board, CSV). Drawn from the core's
//! [`Board`], which the report and the tests use too.

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::app::egui_style::{
    bold, choice, color, egui_ready, full_screen, primary_button, text_field,
};
use crate::app::screens::Screen;
use crate::app::screens::mentor::{Focus, MentorArea, export_csv, moment_label};
use crate::app::session::{Library, SaveState, save_current};
use crate::app::text::{self as t, Lang};
use crate::app::theme;
use crate::app::{DataStore, Decks, Problems, Settings};
use crate::core::board::{Board, BoardRow, PartRow, Round, Section, board, previous, rounds_of};
use crate::core::deck::{Deck, Role};
use crate::core::measurement::{Agreement, Measurement, date_of};
use crate::core::report::{ReportInput, number, pdf};
use crate::core::sort::Placement;

/// The board screen's own state: the card tapped open, the agreement being typed.
#[derive(Resource, Default, Debug)]
pub struct BoardView {
    pub open: Option<String>,
    pub who: usize,
    pub what: String,
    pub by_when: String,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<BoardView>()
        .add_systems(OnEnter(Screen::Board), |mut v: ResMut<BoardView>| {
            *v = BoardView::default()
        })
        .add_systems(
            EguiPrimaryContextPass,
            ui.run_if(in_state(Screen::Board).and_then(egui_ready)),
        );
}

/// The round in focus, with the mentor's sort only once it is finished: a half-done mentor
/// sort is not compared with.
pub fn focused_round<'a>(focus: &Focus, library: &'a Library) -> Option<(Vec<Round<'a>>, usize)> {
    let youth = focus.youth.as_ref()?;
    let mut rounds = rounds_of(youth, &library.0);
    for r in &mut rounds {
        if r.mentor.is_some_and(|m| !m.sort.is_finished()) {
            r.mentor = None;
        }
    }
    let i = rounds
        .iter()
        .position(|r| Some(&r.id) == focus.round.as_ref())?;
    Some((rounds, i))
}

fn pile_label(deck: Option<&Deck>, p: u8, lang: Lang) -> String {
    deck.and_then(|d| d.piles.get(usize::from(p - 1)))
        .map(|l| l.get(lang.code(), "nl").to_string())
        .unwrap_or_else(|| p.to_string())
}

/// A placement's colour and word: the pile's colour and label, grey for skipped.
fn placement_look(
    p: Option<Placement>,
    deck: Option<&Deck>,
    lang: Lang,
) -> (egui::Color32, String) {
    match p {
        Some(Placement::Pile(n)) => (
            color(theme::PILES[usize::from(n - 1)]),
            pile_label(deck, n, lang),
        ),
        Some(Placement::Skipped) => (color(theme::SKIP_PILE), t::SKIPPED.get(lang).to_string()),
        None => (
            color(theme::BUTTON_QUIET),
            t::NOT_SORTED.get(lang).to_string(),
        ),
    }
}

/// A chip in the pile's colour with its word; grey for skipped.
fn placement_chip(
    ui: &mut egui::Ui,
    who: &str,
    p: Option<Placement>,
    deck: Option<&Deck>,
    lang: Lang,
) {
    let (fill, text) = placement_look(p, deck, lang);
    egui::Frame::new()
        .fill(fill)
        .corner_radius(10)
        .inner_margin(egui::Margin::symmetric(10, 4))
        .show(ui, |ui| {
            ui.label(egui::RichText::new(format!("{who}: {text}")).size(20.0));
        });
}

fn badge(ui: &mut egui::Ui, text: &str, fill: egui::Color32) {
    egui::Frame::new()
        .fill(fill)
        .corner_radius(10)
        .inner_margin(egui::Margin::symmetric(10, 4))
        .show(ui, |ui| {
            ui.label(
                egui::RichText::new(text)
                    .size(20.0)
                    .strong()
                    .color(egui::Color32::WHITE),
            );
        });
}

const DIFFER: egui::Color32 = egui::Color32::from_rgb(196, 84, 20);
const ASK: egui::Color32 = egui::Color32::from_rgb(40, 90, 190);

/// One statement as a compact line: its words (tap for more), both placements, the marks.
fn row_ui(
    ui: &mut egui::Ui,
    row: &BoardRow,
    deck: Option<&Deck>,
    lang: Lang,
    view: &mut BoardView,
    text_width: f32,
) {
    let text = deck
        .and_then(|d| d.statement(&row.id))
        .map(|s| s.text.get(lang.code(), d_main(deck)).to_string())
        .unwrap_or_else(|| row.id.clone());
    let stroke = if row.worth_discussing {
        egui::Stroke::new(4.0, DIFFER)
    } else {
        egui::Stroke::NONE
    };
    let response = egui::Frame::new()
        .fill(egui::Color32::WHITE)
        .stroke(stroke)
        .corner_radius(10)
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.spacing_mut().interact_size.y = 30.0;
                let mut words = text.clone();
                if row.youth_remark.is_some() || row.mentor_remark.is_some() {
                    words.push_str(" *");
                }
                ui.allocate_ui_with_layout(
                    egui::vec2(text_width, 0.0),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        ui.set_width(text_width);
                        ui.label(egui::RichText::new(words).size(22.0));
                        if row.worth_discussing || row.ask_further {
                            ui.horizontal(|ui| {
                                if row.worth_discussing {
                                    badge(ui, t::DIFFERENCE.get(lang), DIFFER);
                                }
                                if row.ask_further {
                                    badge(ui, t::ASK_FURTHER.get(lang), ASK);
                                }
                            });
                        }
                    },
                );
                chip(ui, row.youth, deck, lang);
                chip(ui, row.mentor, deck, lang);
            });
        })
        .response
        .interact(egui::Sense::click());
    if response.clicked() {
        view.open = Some(row.id.clone());
    }
}

/// A placement in its pile's colour and word, at a fixed width so the columns line up.
fn chip(ui: &mut egui::Ui, p: Option<Placement>, deck: Option<&Deck>, lang: Lang) {
    let (fill, text) = placement_look(p, deck, lang);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(150.0, 34.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 8.0, fill);
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(18.0),
        color(theme::INK),
    );
}

fn d_main(deck: Option<&Deck>) -> &str {
    deck.map(|d| d.main_language()).unwrap_or("nl")
}

/// Two bars on the 1-5 scale, youth above mentor, with their numbers.
fn part_ui(ui: &mut egui::Ui, label: &str, row: &PartRow, youth_label: &str, lang: Lang) {
    ui.spacing_mut().interact_size.y = 26.0;
    ui.spacing_mut().item_spacing.y = 4.0;
    ui.label(bold(label, 24.0));
    let bar = |ui: &mut egui::Ui,
               who: &str,
               s: Option<&crate::core::scoring::ScaleScore>,
               fill: egui::Color32,
               change: Option<f64>| {
        ui.horizontal(|ui| {
            ui.add_sized(
                [96.0, 26.0],
                egui::Label::new(egui::RichText::new(who).size(20.0)),
            );
            match s.and_then(|s| s.mean) {
                Some(mean) => {
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(130.0, 22.0), egui::Sense::hover());
                    ui.painter()
                        .rect_filled(rect, 4.0, color(theme::BUTTON_QUIET));
                    let mut filled = rect;
                    filled.set_width(rect.width() * ((mean - 1.0) / 4.0) as f32);
                    ui.painter().rect_filled(filled, 4.0, fill);
                    let mut text = number(mean, 1, lang.code());
                    if let Some(c) = change {
                        let c = (c * 10.0).round() / 10.0;
                        text.push_str(&format!("  ({})", signed_1(c, lang)));
                    }
                    ui.label(egui::RichText::new(text).size(20.0));
                }
                None if s.is_some() => {
                    ui.label(
                        egui::RichText::new(t::NOT_SCORABLE.get(lang))
                            .size(18.0)
                            .italics(),
                    );
                }
                None => {
                    ui.label(egui::RichText::new("-").size(20.0));
                }
            }
        });
    };
    bar(
        ui,
        youth_label,
        Some(&row.youth),
        color(theme::BUTTON),
        row.youth_change,
    );
    bar(
        ui,
        t::MENTOR.get(lang),
        row.mentor.as_ref(),
        egui::Color32::from_rgb(220, 140, 60),
        row.mentor_change,
    );
    if row.difference.as_ref().is_some_and(|d| d.worth_discussing) {
        badge(ui, t::DIFFERENCE.get(lang), DIFFER);
    }
    ui.add_space(6.0);
}

/// A change with one decimal and its sign: "+0,6", "-0,5", "0,0".
fn signed_1(c: f64, lang: Lang) -> String {
    let n = number(c.abs(), 1, lang.code());
    if c > 0.0 {
        format!("+{n}")
    } else if c < 0.0 {
        format!("-{n}")
    } else {
        n
    }
}

/// Writes the PDF report of board `b` into `dir` (made private if new); returns its path.
pub fn write_report(
    dir: &std::path::Path,
    b: &Board,
    youth: &Measurement,
    mentor: Option<&Measurement>,
    deck: Option<&Deck>,
    lang: Lang,
) -> Result<String, String> {
    let bytes = pdf(&ReportInput {
        board: b,
        youth,
        mentor,
        deck,
        lang: lang.code(),
    });
    crate::app::exports::deliver(dir, &format!("{}-verslag.pdf", b.round), &bytes)
}

/// Saves the agreements on the youth's measurement (they belong to the round).
fn set_agreements(
    youth_id: &str,
    agreements: Vec<Agreement>,
    library: &mut Library,
    store: &DataStore,
    state: &mut SaveState,
    problems: &mut Problems,
) {
    if let Some(m) = library.0.iter().find(|m| m.id == youth_id).cloned() {
        let mut m = m;
        m.agreements = agreements;
        m.updated = crate::core::measurement::now();
        save_current(&m, store, library, state, problems);
    }
}

#[allow(clippy::too_many_arguments)]
fn ui(
    mut contexts: EguiContexts,
    mut view: ResMut<BoardView>,
    focus: Res<Focus>,
    mut library: ResMut<Library>,
    decks: Res<Decks>,
    settings: Res<Settings>,
    store: Res<DataStore>,
    mut state: ResMut<SaveState>,
    mut problems: ResMut<Problems>,
    mut area: ResMut<MentorArea>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    // Work on a copy of what the board needs, so the library can be saved into below.
    let Some((b, youth, mentor)) = focused_round(&focus, &library).map(|(rounds, i)| {
        let r = &rounds[i];
        (
            board(r, previous(&rounds, &r.id)),
            r.youth.clone(),
            r.mentor.cloned(),
        )
    }) else {
        next.set(Screen::MentorHome);
        return Ok(());
    };
    let deck = decks.set.get(&youth.deck.id);
    let mentor_deck = mentor.as_ref().and_then(|m| decks.set.get(&m.deck.id));
    let youth_label = if youth.role == Role::Parent {
        t::PARENT
    } else {
        t::YOU
    }
    .get(lang);
    let mut agreements = youth.agreements.clone();
    let mut changed = false;

    full_screen(ctx, |ui| {
        ui.label(bold(
            &format!(
                "{}: {} · {} · {}",
                t::BOARD.get(lang),
                youth.youth,
                moment_label(youth.moment).get(lang),
                date_of(youth.finished_at().unwrap_or(&youth.started))
            ),
            30.0,
        ));
        ui.horizontal_wrapped(|ui| {
            if ui.button(t::BACK.get(lang)).clicked() {
                next.set(Screen::MentorHome);
            }
            if ui.button(t::HISTORY.get(lang)).clicked() {
                next.set(Screen::History);
            }
            let base = settings.data_dir.join("exports");
            if ui.button(t::CSV.get(lang)).clicked() {
                let ms: Vec<Measurement> = [Some(youth.clone()), mentor.clone()]
                    .into_iter()
                    .flatten()
                    .collect();
                area.exported = Some(match export_csv(&settings, &b.round, &ms) {
                    Ok(p) => format!("{} {p}", t::EXPORTED_TO.get(lang)),
                    Err(e) => e,
                });
            }
            if ui.button(t::PICTURE_PNG.get(lang)).clicked() {
                let path = base.join(format!("{}-bord.png", b.round));
                let _ = crate::core::store::create_private_dir(&base);
                commands
                    .spawn(Screenshot::primary_window())
                    .observe(save_to_disk(path.clone()));
                area.exported = Some(format!("{} {}", t::EXPORTED_TO.get(lang), path.display()));
            }
            if ui.button(t::REPORT_PDF.get(lang)).clicked() {
                let result = write_report(&base, &b, &youth, mentor.as_ref(), deck, lang);
                area.exported = Some(match result {
                    Ok(path) => format!("{} {path}", t::EXPORTED_TO.get(lang)),
                    Err(e) => e,
                });
            }
        });
        if let Some(e) = &area.exported {
            ui.label(egui::RichText::new(e).size(18.0));
        }
        ui.add_space(6.0);

        let wide = ui.available_width() > 1000.0;
        let side_width = if wide { 420.0 } else { ui.available_width() };
        let side = |ui: &mut egui::Ui,
                    agreements: &mut Vec<Agreement>,
                    changed: &mut bool,
                    view: &mut BoardView| {
            ui.label(bold(t::PARTS.get(lang), 26.0));
            if b.total.youth_change.is_some() {
                ui.label(
                    egui::RichText::new(format!("( ) {}", t::SINCE_LAST.get(lang)))
                        .size(18.0)
                        .italics(),
                );
            }
            for p in &b.parts {
                let label = deck
                    .and_then(|d| d.part(&p.id))
                    .map(|x| x.label.get(lang.code(), "nl").to_string())
                    .unwrap_or_else(|| p.id.clone());
                part_ui(ui, &label, p, youth_label, lang);
            }
            part_ui(ui, t::TOTAL.get(lang), &b.total, youth_label, lang);
            ui.separator();
            agreements_ui(ui, lang, &b, agreements, changed, view, youth_label);
        };
        if wide {
            ui.horizontal_top(|ui| {
                let rows_width = ui.available_width() - side_width - 40.0;
                ui.vertical(|ui| {
                    ui.set_width(rows_width);
                    egui::ScrollArea::vertical().id_salt("rows").show(ui, |ui| {
                        rows_ui(ui, &b, deck, youth_label, lang, &mut view);
                    });
                });
                ui.vertical(|ui| {
                    ui.set_width(side_width);
                    egui::ScrollArea::vertical().id_salt("side").show(ui, |ui| {
                        side(ui, &mut agreements, &mut changed, &mut view);
                    });
                });
            });
        } else {
            egui::ScrollArea::vertical().show(ui, |ui| {
                side(ui, &mut agreements, &mut changed, &mut view);
                ui.separator();
                rows_ui(ui, &b, deck, youth_label, lang, &mut view);
            });
        }
    });

    if let Some(id) = view.open.clone() {
        details(
            ctx,
            &id,
            &b,
            deck,
            mentor_deck,
            youth_label,
            lang,
            &mut view,
        );
    }
    if changed {
        set_agreements(
            &youth.id,
            agreements,
            &mut library,
            &store,
            &mut state,
            &mut problems,
        );
    }
    Ok(())
}

fn rows_ui(
    ui: &mut egui::Ui,
    b: &Board,
    deck: Option<&Deck>,
    youth_label: &str,
    lang: Lang,
    view: &mut BoardView,
) {
    ui.label(
        egui::RichText::new(t::TAP_FOR_MORE.get(lang))
            .size(20.0)
            .italics(),
    );
    // Room for the two placements and the marks; the words take the rest.
    let text_width = (ui.available_width() - 150.0 * 2.0 - 60.0).max(220.0);
    let mut section = None;
    for row in &b.rows {
        if section != Some(row.section) {
            section = Some(row.section);
            let title = match row.section {
                Section::Agree => t::SECTION_AGREE,
                Section::Differ => t::SECTION_DIFFER,
                Section::Skipped => t::SECTION_SKIPPED,
            };
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                ui.add_sized(
                    [text_width + 20.0, 30.0],
                    egui::Label::new(bold(title.get(lang), 24.0)),
                );
                ui.add_sized([150.0, 30.0], egui::Label::new(bold(youth_label, 18.0)));
                ui.add_sized(
                    [150.0, 30.0],
                    egui::Label::new(bold(t::MENTOR.get(lang), 18.0)),
                );
            });
        }
        row_ui(ui, row, deck, lang, view, text_width);
    }
}

fn agreements_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    b: &Board,
    agreements: &mut Vec<Agreement>,
    changed: &mut bool,
    view: &mut BoardView,
    youth_label: &str,
) {
    if !b.previous_agreements.is_empty() {
        ui.label(bold(t::PREVIOUS_AGREEMENTS.get(lang), 22.0));
        for a in &b.previous_agreements {
            ui.label(format!("{}: {} ({})", a.who, a.what, a.by_when));
        }
        ui.add_space(6.0);
    }
    ui.label(bold(t::AGREEMENTS.get(lang), 22.0));
    let mut remove = None;
    for (i, a) in agreements.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let by = if a.by_when.is_empty() {
                String::new()
            } else {
                format!(" ({})", a.by_when)
            };
            ui.label(format!("{}: {}{by}", a.who, a.what));
            if ui.small_button(t::REMOVE.get(lang)).clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        agreements.remove(i);
        *changed = true;
    }
    let whos = [youth_label, t::MENTOR.get(lang), t::TOGETHER.get(lang)];
    ui.horizontal_wrapped(|ui| {
        ui.label(t::WHO_DOES.get(lang));
        for (i, w) in whos.iter().enumerate() {
            if choice(ui, view.who == i, w).clicked() {
                view.who = i;
            }
        }
    });
    ui.label(t::WHAT.get(lang));
    text_field(
        ui,
        egui::TextEdit::multiline(&mut view.what)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    ui.horizontal(|ui| {
        ui.label(t::BY_WHEN.get(lang));
        text_field(
            ui,
            egui::TextEdit::singleline(&mut view.by_when).desired_width(180.0),
        );
    });
    if primary_button(ui, t::ADD.get(lang), 220.0).clicked() && !view.what.trim().is_empty() {
        agreements.push(Agreement {
            who: whos[view.who.min(2)].to_string(),
            what: view.what.trim().to_string(),
            by_when: view.by_when.trim().to_string(),
        });
        view.what.clear();
        view.by_when.clear();
        *changed = true;
    }
}

#[allow(clippy::too_many_arguments)]
fn details(
    ctx: &egui::Context,
    id: &str,
    b: &Board,
    deck: Option<&Deck>,
    mentor_deck: Option<&Deck>,
    youth_label: &str,
    lang: Lang,
    view: &mut BoardView,
) {
    let Some(row) = b.row(id) else {
        view.open = None;
        return;
    };
    let statement = deck.and_then(|d| d.statement(id));
    let mut open = true;
    egui::Window::new(t::BOARD.get(lang))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .min_width(700.0)
        .open(&mut open)
        .show(ctx, |ui| {
            if let Some(s) = statement {
                ui.label(bold(s.text.get(lang.code(), d_main(deck)), 28.0));
                ui.label(
                    egui::RichText::new(s.explanation.get(lang.code(), d_main(deck)))
                        .size(20.0)
                        .italics(),
                );
            }
            if let Some(ms) = mentor_deck.and_then(|d| d.statement(id)) {
                ui.label(
                    egui::RichText::new(format!(
                        "{}: {}",
                        t::MENTOR.get(lang),
                        ms.text.get(lang.code(), d_main(mentor_deck))
                    ))
                    .size(20.0),
                );
            }
            ui.horizontal_wrapped(|ui| {
                placement_chip(ui, youth_label, row.youth, deck, lang);
                placement_chip(ui, t::MENTOR.get(lang), row.mentor, deck, lang);
            });
            for (who, r) in [
                (youth_label, &row.youth_remark),
                (t::MENTOR.get(lang), &row.mentor_remark),
            ] {
                if let Some(r) = r {
                    ui.label(
                        egui::RichText::new(format!("{} ({who}): \"{r}\"", t::REMARK_OF.get(lang)))
                            .size(22.0),
                    );
                }
            }
            if let Some(s) = statement {
                ui.add_space(6.0);
                ui.label(bold(t::QUESTIONS.get(lang), 22.0));
                for q in &s.questions {
                    ui.label(
                        egui::RichText::new(format!("- {}", q.get(lang.code(), d_main(deck))))
                            .size(24.0),
                    );
                }
            }
            if ui.button(t::CLOSE.get(lang)).clicked() {
                view.open = None;
            }
        });
    if !open {
        view.open = None;
    }
}
