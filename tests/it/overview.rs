//! The supervision overview: every youth by name (never by a figure, and no figure per
//! mentor), their latest totals, a drop since last time flagged, the cards furthest apart, and
//! a late measurement marked.

use jas_cards::core::deck::DeckSet;
use jas_cards::core::measurement::Measurement;
use jas_cards::core::overview::overview;
use jas_cards::core::schedule::{DueState, Schedule};
use jas_cards::core::youth::Youth;
use time::macros::date;

use crate::board::{pair, sorted};

/// A youth record added on 2026-09-01 and the measurements of `rounds` (round id, start,
/// the youth's pile for every card or `None` for the shared test piles), linked to it.
fn youth_with(
    name: &str,
    random: u64,
    rounds: &[(&str, &str, Option<u8>)],
) -> (Youth, Vec<Measurement>) {
    let y = Youth::new(name, "", random, "2026-09-01T09:00:00Z");
    let kort = DeckSet::builtin().get("kort").unwrap().clone();
    let mut all = Vec::new();
    for (round, started, pile) in rounds {
        let mut two = pair(round, started);
        if let Some(p) = pile {
            let piles: Vec<(String, u8)> =
                kort.statements.iter().map(|s| (s.id.clone(), *p)).collect();
            let piles: Vec<(&str, u8)> = piles.iter().map(|(i, p)| (i.as_str(), *p)).collect();
            two[0] = sorted(&kort, round, &piles, started);
        }
        for m in &mut two {
            m.youth_id = Some(y.id.clone());
            m.youth = name.into();
        }
        all.extend(two);
    }
    (y, all)
}

#[test]
fn the_overview_is_by_youth_whatever_the_figures() {
    // Bo's figures are the highest, Anna's the lowest, Cas has no round yet; given in
    // another order.
    let (cas, c) = youth_with("Cas", 3, &[]);
    let (bo, b) = youth_with("Bo", 2, &[("r-b", "2026-10-01T10:00:00Z", Some(5))]);
    let (anna, a) = youth_with("anna", 1, &[("r-a", "2026-10-02T10:00:00Z", Some(1))]);
    let all: Vec<Measurement> = [b, c, a].concat();
    let rows = overview(
        &[cas, bo, anna],
        &all,
        &Schedule::default(),
        date!(2026 - 11 - 29),
        0.5,
    );
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["anna", "Bo", "Cas"]);
    assert!(rows[2].latest.is_none());
    let total = |i: usize| rows[i].latest.as_ref().unwrap().board.total.youth.mean;
    assert_eq!((total(0), total(1)), (Some(1.0), Some(5.0)));
    // Cas, added on 1 September and never measured, is late for the begin (13 October).
    assert_eq!(rows[2].due.map(|d| d.state), Some(DueState::Late));
    assert_eq!(rows[1].due.map(|d| d.state), Some(DueState::Later));
}

#[test]
fn a_drop_of_half_a_point_is_flagged_and_the_cards_furthest_apart_are_listed() {
    // First round: the shared piles (youth total 3,50); then every card on 2 (2,00): -1,50.
    let (y, all) = youth_with(
        "Sam",
        4,
        &[
            ("r-1", "2026-09-10T10:00:00Z", None),
            ("r-2", "2026-11-20T10:00:00Z", Some(2)),
        ],
    );
    let rows = overview(
        std::slice::from_ref(&y),
        &all,
        &Schedule::default(),
        date!(2026 - 11 - 29),
        0.5,
    );
    let latest = rows[0].latest.as_ref().unwrap();
    assert_eq!(latest.round, "r-2");
    assert_eq!(latest.board.total.change.youth, Some(-1.5));
    assert!(latest.drop);
    // Not at a threshold of 2 points.
    let rows = overview(
        std::slice::from_ref(&y),
        &all,
        &Schedule::default(),
        date!(2026 - 11 - 29),
        2.0,
    );
    assert!(!rows[0].latest.as_ref().unwrap().drop);
    // The first round alone: the shared piles, furthest apart a3 (5 against 1), then r3 and
    // d4 (three apart); no change, no drop.
    let first: Vec<Measurement> = all.iter().filter(|m| m.round == "r-1").cloned().collect();
    let rows = overview(
        &[y],
        &first,
        &Schedule::default(),
        date!(2026 - 11 - 29),
        0.5,
    );
    let latest = rows[0].latest.as_ref().unwrap();
    assert!(!latest.drop);
    let ids: Vec<&str> = latest
        .differences
        .iter()
        .map(|(id, _, _)| id.as_str())
        .collect();
    assert_eq!(ids[0], "a3");
    assert_eq!(latest.differences[0], ("a3".to_string(), 5, 1));
    let mut rest = ids[1..].to_vec();
    rest.sort();
    assert_eq!(rest, ["d4", "r3"]);
}

#[test]
fn the_overview_pdf_has_every_youth_by_name_with_the_drop_and_the_late_one() {
    let (sam, s) = youth_with(
        "Sam",
        4,
        &[
            ("r-1", "2026-09-10T10:00:00Z", None),
            ("r-2", "2026-11-20T10:00:00Z", Some(2)),
        ],
    );
    let (cas, _) = youth_with("Cas", 3, &[]);
    let rows = overview(
        &[sam, cas],
        &s,
        &Schedule::default(),
        date!(2026 - 11 - 29),
        0.5,
    );
    let text = crate::board::pdf_text(&jas_cards::core::report::overview_pdf(
        &rows,
        &DeckSet::builtin(),
        "nl",
        "2026-11-29",
    ));
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s:?} in {text}"));
    assert!(at("Cas") < at("Sam"), "by name");
    at("JAS-kaarten: overzicht voor supervisie");
    at("Volgende meting: Begin 2026-10-13 (te laat)");
    at("Sinds vorige keer (totaal): -1,50 (daling)");
    at("Verst uit elkaar (jongere / mentor)");
    at("Nog geen ronde die jongere en mentor allebei afrondden.");
    assert!(!text.contains("gemiddelde per mentor"));
}

/// A name in a script the report's font lacks (Arabic) shows as empty boxes, but its run says
/// its words (ActualText), so a screen reader and a copy still have the name; and the line
/// stays left to right, so what follows the name (its note) reads forwards.
#[test]
fn a_name_in_a_script_the_font_lacks_still_reads_out_and_runs_left_to_right() {
    let y = Youth::new("أحمد", "groep 2", 5, "2026-09-01T09:00:00Z");
    let rows = overview(&[y], &[], &Schedule::default(), date!(2026 - 11 - 29), 0.5);
    let bytes =
        jas_cards::core::report::overview_pdf(&rows, &DeckSet::builtin(), "nl", "2026-11-29");
    let text = crate::board::pdf_text(&bytes);
    assert!(text.contains("(groep 2)"), "{text}");
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let page = *doc.get_pages().values().next().unwrap();
    let content = doc.get_and_decode_page_content(page).unwrap();
    let said: Vec<String> = content
        .operations
        .iter()
        .filter(|op| op.operator == "BDC")
        .filter_map(|op| op.operands[1].as_dict().ok()?.get(b"ActualText").ok())
        .map(crate::board::pdf_string)
        .collect();
    assert_eq!(said, ["أحمد (groep 2)"]);
}

#[test]
fn the_mentor_opens_the_overview_from_the_home_and_sees_the_drop() {
    let (raw, key) = crate::mentor_led::locked();
    let store = crate::table::opened(&raw, &key);
    let (sam, s) = youth_with(
        "Sam",
        4,
        &[
            ("r-1", "2026-09-10T10:00:00Z", None),
            ("r-2", "2026-11-20T10:00:00Z", Some(2)),
        ],
    );
    jas_cards::core::youth::save(&store, &sam).unwrap();
    for m in &s {
        jas_cards::core::measurement::save(&store, m).unwrap();
    }
    let mut t = crate::table::Table::open(raw, true);
    t.click_text("Mentordeel");
    crate::mentor_led::enter_pin(&mut t);
    t.click_text("Overzicht");
    assert_eq!(t.screen(), jas_cards::app::Screen::Overview);
    t.assert_shows("Totaal sinds vorige keer: -1,50");
    t.assert_shows("daling");
    t.assert_shows("Relatie 2,0 / 4,7 · Doel 2,0 / 4,0 · Aanpak 2,0 / 3,0 · Totaal 2,0 / 3,9");
}

/// An organisation's overview (which lays out only the youths in view, their heights guessed
/// until drawn) still reaches a youth far down the list when scrolled: the risk of laying
/// out only what is in view. (How much it saves is measured by scripts/scale, not here.)
#[test]
fn the_overview_draws_the_youths_in_view_and_scrolls_to_the_last() {
    use bevy_egui::egui;
    let (raw, key) = crate::mentor_led::locked();
    let store = crate::table::opened(&raw, &key);
    let decks = DeckSet::builtin();
    let (ys, ms) = jas_cards::core::sample::organisation(
        2,
        10,
        2,
        decks.get("jongere").unwrap(),
        decks.mirror_of("jongere").unwrap(),
    );
    for y in &ys {
        jas_cards::core::youth::save(&store, y).unwrap();
    }
    for m in &ms {
        jas_cards::core::measurement::save(&store, m).unwrap();
    }
    let mut t = crate::table::Table::open(raw, true);
    t.click_text("Mentordeel");
    crate::mentor_led::enter_pin(&mut t);
    t.click_text("Overzicht");
    let drawn = |t: &mut crate::table::Table, name: &str| t.texts().iter().any(|s| s == name);
    assert!(drawn(&mut t, "G01-01"));
    assert!(!drawn(&mut t, "G02-10"), "far below: not in view");
    // The mouse over the list, and the wheel turned far down.
    let at = t.drawn("G01-01");
    let mut q = t
        .app
        .world_mut()
        .query_filtered::<bevy::prelude::Entity, bevy::prelude::With<bevy_egui::PrimaryEguiContext>>();
    let context = q.single(t.app.world()).unwrap();
    for event in [
        egui::Event::PointerMoved(egui::pos2(at.x, at.y + 100.0)),
        egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -20_000.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
        },
    ] {
        t.app
            .world_mut()
            .write_message(bevy_egui::input::EguiInputEvent { context, event });
        t.settle();
    }
    for _ in 0..10 {
        t.settle();
    }
    assert!(drawn(&mut t, "G02-10"), "{:?}", t.texts());
}
