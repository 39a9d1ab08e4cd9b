//! The youth intro (egui), in two short pages so a weak reader meets a few lines at a time and
//! the start button stays in view. Page one: for whom the round is (their own name, nobody
//! else's), how to sort, the middle pile, no wrong answers and no consequences. Page two: who
//! sees the answers (the organisation's sentence, `core::organisation`), that the mentor sorts
//! the same cards, skipping, turning a card, remarks, undo and stopping. A parent is spoken to
//! as "u".

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use crate::app::Org;
use crate::app::egui_style::{bold, egui_ready, primary_button};
use crate::app::screens::{Form, Screen, fresh_on_enter};
use crate::app::speech::{Speak, SpeakerZones, SpeechNotice, egui_speaker, notice_line};
use crate::app::text as t;

/// Which page of the intro is showing: 0 or 1.
#[derive(Resource, Default, Debug)]
pub struct IntroPage(pub usize);

pub(super) fn plugin(app: &mut App) {
    fresh_on_enter::<IntroPage>(app, Screen::Intro);
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Intro).and_then(egui_ready)),
    );
}

fn ui(
    mut form: Form,
    mut page: ResMut<IntroPage>,
    current: Res<crate::app::session::Current>,
    org: Res<Org>,
    (mut zones, mut out, notice): (
        ResMut<SpeakerZones>,
        MessageWriter<Speak>,
        Res<SpeechNotice>,
    ),
) -> Result {
    let Some(m) = current.0.as_ref() else {
        form.go(Screen::Start);
        return Ok(());
    };
    // A parent is spoken to as "u", about their child's mentor.
    let parent = m.role == crate::core::deck::Role::Parent;
    let (title, first, second): (t::Tr, &[t::Tr], &[t::Tr]) = if parent {
        (
            t::INTRO_TITLE_PARENT,
            &t::INTRO_PAGE_1_PARENT,
            &t::INTRO_PAGE_2_PARENT,
        )
    } else {
        (t::INTRO_TITLE, &t::INTRO_PAGE_1, &t::INTRO_PAGE_2)
    };
    let who_sees = org.0.who_sees(form.lang().code(), parent).to_string();
    let name = m.youth.clone();
    let three_piles = m.three_piles;
    let on_first = page.0 == 0;
    form.show(|ui, lang, next| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            // Left-aligned short paragraphs in a column of reading width: easiest to follow
            // for a reader who struggles.
            let width = ui.available_width().min(900.0);
            let margin = ((ui.available_width() - width) / 2.0).max(0.0);
            ui.horizontal(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    // At most a reading width, and never wider than a portrait screen.
                    ui.set_max_width(width);
                    // Their own name, and nobody else's: "Sam, hoe gaat het ...?" (a parent
                    // is asked about their child's mentor, without a name).
                    let title = if parent {
                        title.get(lang).to_string()
                    } else {
                        format!("{name}, {}", lowercase_first(title.get(lang)))
                    };
                    // The page's lines: on the first, the second line says how to sort (five
                    // piles, or three first).
                    let three = if parent {
                        t::INTRO_THREE_PILES_PARENT
                    } else {
                        t::INTRO_THREE_PILES
                    };
                    let lines: Vec<&str> = if on_first {
                        first
                            .iter()
                            .enumerate()
                            .map(|(i, l)| if i == 1 && three_piles { three } else { *l })
                            .map(|l| l.get(lang))
                            .collect()
                    } else {
                        std::iter::once(who_sees.as_str())
                            .chain(second.iter().map(|l| l.get(lang)))
                            .collect()
                    };
                    // A speaker beside the title reads the whole page.
                    ui.horizontal(|ui| {
                        let page_text = std::iter::once(title.as_str())
                            .chain(lines.iter().copied())
                            .collect::<Vec<_>>()
                            .join(" ");
                        let name = t::READ_ALOUD.get(lang);
                        if egui_speaker(ui, name, &page_text, lang.code(), &mut zones) {
                            out.write(Speak {
                                text: page_text.clone(),
                                lang: lang.code().to_string(),
                            });
                        }
                        // Wrapped within the screen (a row does not wrap by itself).
                        ui.add(egui::Label::new(bold(&title, 38.0)).wrap());
                    });
                    ui.add_space(10.0);
                    for l in &lines {
                        ui.label(egui::RichText::new(*l).size(28.0));
                        ui.add_space(6.0);
                    }
                    notice_line(ui, &notice, lang);
                    ui.add_space(12.0);
                    ui.horizontal(|ui| {
                        let go = if on_first { t::INTRO_NEXT } else { t::INTRO_GO };
                        if primary_button(ui, go.get(lang), 420.0).clicked() {
                            if on_first {
                                page.0 = 1;
                            } else {
                                next.set(Screen::Sort);
                            }
                        }
                        ui.add_space(16.0);
                        let back = egui::Button::new(t::BACK.get(lang));
                        if ui.add_sized([160.0, 72.0], back).clicked() {
                            if on_first {
                                // The sort is saved; the mentor can start it again later.
                                next.set(Screen::Paused);
                            } else {
                                page.0 = 0;
                            }
                        }
                    });
                });
            });
        });
    })?;
    Ok(())
}

/// "Hoe gaat ..." as it reads after a name: "Sam, hoe gaat ...".
fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
