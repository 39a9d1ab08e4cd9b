//! The demo's mentor area and board (`jas-cards demo --screen mentor|together|board|history`):
//! the demo youth's rounds for each case, the board's three looks, a card's details opened, and
//! the exports a mentor makes from the board. Apart from `demo.rs`, which plays the youth's
//! screens.

use std::sync::Arc;

use bevy::prelude::*;

use super::demo::{Demo, DemoCase, DemoScreen, SEED, ShowNext, move_to};
use crate::app::exports::{Delivery, ExportFolder, export_csv, export_report};
use crate::app::screens::Screen;
use crate::app::screens::mentor::board::{BoardView, Look};
use crate::app::screens::mentor::{Focus, MentorArea};
use crate::app::session::Session;
use crate::app::{Decks, Problems, Settings};
use crate::core::board::board;
use crate::core::layout::Whose;
use crate::core::measurement::{Agreement, Measurement, Moment, Who};
use crate::core::report::ReportInput;
use crate::core::round::{previous, rounds_of};
use crate::core::sort::Action;
use crate::core::youth::{Youth, YouthKey};

/// The board's three looks at the cards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DemoView {
    /// The piles as they were laid (the youth's; the mentor's with `--mentor-piles`).
    Layout,
    List,
    /// The agreement grid, with the cell of "eens" on both sides open.
    Grid,
}

/// Shows the board's cards in `view` (and the mentor's piles when `mentor_piles`).
pub(super) fn show_view(
    view: DemoView,
    mentor_piles: bool,
) -> impl FnMut(ResMut<BoardView>, Local<bool>) {
    move |mut board, mut done| {
        if !std::mem::replace(&mut *done, true) {
            board.look = match view {
                DemoView::Layout => Look::Piles,
                DemoView::List => Look::List,
                DemoView::Grid => Look::Grid,
            };
            if view == DemoView::Grid {
                board.cell = Some((4, 4));
            }
            if mentor_piles {
                board.whose = Whose::Mentor;
            }
        }
    }
}

/// The paper form half filled in: the demo's youth, the mid-term evaluation, the short deck,
/// its first five statements answered (the form empties itself when it opens).
pub(super) fn fill_paper_form(
    mut form: ResMut<crate::app::screens::mentor::paper::PaperForm>,
    decks: Res<Decks>,
    mut done: Local<bool>,
) {
    if std::mem::replace(&mut *done, true) {
        return;
    }
    form.youth = Some(demo_youth().id);
    form.moment = Moment::MidEvaluation;
    form.deck = "kort".into();
    if let Some(d) = decks.set.get("kort") {
        for (i, s) in d.statements.iter().take(5).enumerate() {
            form.answers
                .insert(s.id.clone(), (i != 2).then_some(4 - (i % 2) as u8));
        }
    }
}

/// Opens the details of card `d2` once the board is drawn (opening it empties the view).
pub(super) fn open_details(
    mut view: ResMut<crate::app::screens::mentor::board::BoardView>,
    mut done: Local<bool>,
) {
    if !*done {
        view.open = Some("d2".into());
        *done = true;
    }
}

/// A finished sort of `deck` in `round`, started at `started`, by the scripted piles.
fn finished(
    deck: &crate::core::deck::Deck,
    round: &str,
    moment: Moment,
    started: &str,
    pile_of: impl Fn(usize, &str) -> u8,
) -> Measurement {
    let mut m = Measurement::new("Demo", moment, round, deck, SEED);
    m.started = started.to_string();
    let ids: Vec<String> = deck.statements.iter().map(|s| s.id.clone()).collect();
    for (i, id) in ids.iter().enumerate() {
        m.apply(move_to(id, pile_of(i, id)))
            .expect("scripted moves are valid");
    }
    m.apply(Action::Finish).expect("every card is placed");
    m
}

/// The demo's latest round, the one its board shows.
const LATEST: &str = "demo-20261129-100000";

/// The mentor's guess in both rounds: in September three cards two or more piles off and more
/// one pile off, in November one (the trend the history shows); the latest one stands on the
/// board.
fn add_guesses(decks: &crate::core::deck::DeckSet, all: &mut Vec<Measurement>) {
    let youths: Vec<Measurement> = all
        .iter()
        .filter(|m| m.role == crate::core::deck::Role::Youth)
        .cloned()
        .collect();
    for (n, y) in youths.iter().enumerate() {
        let Some(deck) = decks.get(&y.deck.id) else {
            continue;
        };
        let mut guess = Measurement::guess_of(y, deck, SEED);
        guess.started = y.started.clone();
        // September's guess is further off than November's: the history shows the trend.
        let (missed, off_by_one): (&[usize], usize) =
            if n == 0 { (&[2, 8, 13], 3) } else { (&[8], 5) };
        for (i, s) in deck.statements.iter().enumerate() {
            let own = match y.sort.placement(&s.id) {
                Some(crate::core::sort::Placement::Pile(p)) => p,
                _ => 3,
            };
            // A card missed is guessed two piles the other way; every few one pile off.
            let pile = if missed.contains(&i) {
                if own > 3 { own - 2 } else { own + 2 }
            } else if i % off_by_one == 1 {
                own.saturating_sub(1).max(1)
            } else {
                own
            };
            guess
                .apply(move_to(&s.id, pile))
                .expect("scripted moves are valid");
        }
        guess.apply(Action::Finish).expect("every card is placed");
        all.push(guess);
    }
    for m in all
        .iter_mut()
        .filter(|m| m.role == crate::core::deck::Role::Youth)
    {
        m.ask_guess = true;
        m.guess_on_board = m.round == LATEST;
    }
}

/// Two rounds of youth and mentor sorts for the board and history demos.
fn rounds_for(decks: &crate::core::deck::DeckSet, case: DemoCase) -> Vec<Measurement> {
    let (Some(youth), Some(mentor)) = (decks.get("jongere"), decks.mirror_of("jongere")) else {
        return Vec::new();
    };
    const YOUTH: [u8; 20] = [4, 5, 3, 2, 4, 4, 5, 4, 1, 3, 4, 5, 4, 2, 3, 4, 5, 4, 4, 3];
    const MENTOR: [u8; 20] = [4, 4, 4, 4, 5, 4, 4, 4, 4, 4, 4, 4, 2, 4, 4, 5, 1, 4, 4, 4];
    let youth_now = move |i: usize, id: &str| match case {
        DemoCase::Skipped if id.starts_with('a') && !i.is_multiple_of(3) => 0,
        DemoCase::Skipped if id == "d5" => 0,
        _ => YOUTH[i % 20],
    };
    let mentor_now = move |i: usize, id: &str| match case {
        DemoCase::Agreement => youth_now(i, id).max(1),
        _ => MENTOR[i % 20],
    };
    let mut earlier_youth = finished(
        youth,
        "demo-20260915-100000",
        Moment::Start,
        "2026-09-15T10:00:00Z",
        |i, _| YOUTH[(i + 3) % 20].saturating_sub(1).max(1),
    );
    earlier_youth.agreements.push(Agreement {
        who: Who::Mentor,
        what: "Elke week tien minuten samen praten over hoe het gaat.".into(),
        by_when: "oktober".into(),
    });
    let mut earlier_mentor = finished(
        mentor,
        "demo-20260915-100000",
        Moment::Start,
        "2026-09-15T10:00:00Z",
        |i, _| MENTOR[(i + 5) % 20],
    );
    // September's round was sorted with the decks before their rewrite (version 1), as real
    // data of that time is: the history shows the change.
    for m in [&mut earlier_youth, &mut earlier_mentor] {
        m.deck.version = m.deck.version.saturating_sub(1).max(1);
    }
    vec![
        earlier_youth,
        earlier_mentor,
        finished(
            youth,
            LATEST,
            Moment::MidEvaluation,
            "2026-11-29T10:00:00Z",
            youth_now,
        ),
        finished(
            mentor,
            LATEST,
            Moment::MidEvaluation,
            "2026-11-29T10:00:00Z",
            mentor_now,
        ),
    ]
}

/// The demo's data goes in the way all data does: as messages to the session, which saves it.
fn record(world: &mut World, m: Measurement) {
    world.write_message(Session::Record(m));
}

/// The demo's youth, as the mentor added them.
pub(super) fn demo_youth() -> Youth {
    Youth::new("Demo", "", 0xde70, "2026-09-01T09:00:00Z")
}

pub(super) fn set_up_mentor_area(world: &mut World, demo: &Demo) {
    let decks = world.resource::<Decks>().set.clone();
    let youth = demo_youth();
    let mut all = rounds_for(&decks, demo.case);
    if demo.guess {
        add_guesses(&decks, &mut all);
    }
    for m in &mut all {
        m.youth_id = Some(youth.id.clone());
    }
    if demo.screen == DemoScreen::Mentor {
        // The mentor has not sorted this round yet.
        all.retain(|m| !(m.round == LATEST && m.role.is_mentors()));
    }
    if let Some(dir) = &demo.export {
        export_demo_round(world, dir, &all);
    }
    if demo.screen == DemoScreen::Transfer {
        put_bundle_in_inbox(world, &youth, &all);
    }
    if let (DemoScreen::Overview, Some(groups)) = (demo.screen, demo.organisation) {
        // Straight into the library, not saved: thousands of saves would time the disk, and
        // the figure wanted is the overview's.
        let (Some(deck), Some(mirror)) = (decks.get("jongere"), decks.mirror_of("jongere")) else {
            return;
        };
        let (ys, ms) = crate::core::sample::organisation(groups, 10, 15, deck, mirror);
        world
            .resource_mut::<crate::app::session::Youths>()
            .0
            .extend(ys);
        world.resource_mut::<crate::app::Library>().0.extend(ms);
    } else if demo.screen == DemoScreen::Overview {
        let more = more_youths(&decks);
        if let Some(dir) = &demo.export {
            // The overview's PDF, as the screen's button writes it.
            let youths: Vec<Youth> = more
                .iter()
                .map(|(y, _)| y.clone())
                .chain([youth.clone()])
                .collect();
            let everything: Vec<Measurement> = more
                .iter()
                .flat_map(|(_, ms)| ms.clone())
                .chain(all.clone())
                .collect();
            let org = world.resource::<crate::app::Org>().0.clone();
            let rows = crate::core::overview::overview(
                &youths,
                &everything,
                &org.schedule,
                crate::core::schedule::today(),
                org.drop_alert,
            );
            let lang = world.resource::<Settings>().lang;
            let bytes = crate::core::report::overview_pdf(&rows, &decks, lang.code(), "2026-11-29");
            let to = Delivery(Arc::new(ExportFolder(dir.clone())));
            if let Err(e) = to.0.deliver("overzicht.pdf", &bytes) {
                world.resource_mut::<Problems>().0.push(e);
            }
        }
        for (y, ms) in more {
            world.write_message(Session::AddYouth(y));
            for m in ms {
                record(world, m);
            }
        }
    }
    world.write_message(Session::AddYouth(youth.clone()));
    for m in all {
        record(world, m);
    }
    world.resource_mut::<MentorArea>().unlocked = true;
    *world.resource_mut::<Focus>() = Focus {
        youth: Some(YouthKey::Record(youth.id)),
        round: Some(LATEST.into()),
    };
    world.resource_mut::<ShowNext>().0 = Some(match demo.screen {
        DemoScreen::Mentor => Screen::MentorHome,
        DemoScreen::History => Screen::History,
        DemoScreen::Transfer => Screen::Transfer,
        DemoScreen::Overview => Screen::Overview,
        DemoScreen::PaperForm => Screen::PaperForm,
        DemoScreen::Together => Screen::Together,
        _ => Screen::Board,
    });
    // The board opens together, after both sorts: the demo shows it as it is then.
}

/// Two more youths for the overview: Bo, whose total dropped since September, and Cas,
/// added in August and not measured yet (late).
fn more_youths(decks: &crate::core::deck::DeckSet) -> Vec<(Youth, Vec<Measurement>)> {
    let (Some(youth), Some(mentor)) = (decks.get("jongere"), decks.mirror_of("jongere")) else {
        return Vec::new();
    };
    let bo = Youth::new("Bo", "", 0xb0, "2026-08-01T09:00:00Z");
    let mut rounds = Vec::new();
    for (round, moment, at, pile) in [
        (
            "demo-20260910-100000",
            Moment::Start,
            "2026-09-10T10:00:00Z",
            4,
        ),
        (
            "demo-20261120-100000",
            Moment::MidEvaluation,
            "2026-11-20T10:00:00Z",
            2,
        ),
    ] {
        let mut y = finished(
            youth,
            round,
            moment,
            at,
            |i, _| if i % 4 == 0 { 3 } else { pile },
        );
        let mut m = finished(
            mentor,
            round,
            moment,
            at,
            |i, _| if i % 5 == 0 { 5 } else { 4 },
        );
        for x in [&mut y, &mut m] {
            x.youth = bo.name.clone();
            x.youth_id = Some(bo.id.clone());
        }
        rounds.extend([y, m]);
    }
    let cas = Youth::new("Cas", "groep 2", 0xca5, "2026-08-15T09:00:00Z");
    vec![(bo, rounds), (cas, Vec::new())]
}

/// A bundle of the demo's rounds in the folder the transfer screen imports from (its
/// passphrase: "paard batterij nietje").
fn put_bundle_in_inbox(world: &mut World, youth: &Youth, all: &[Measurement]) {
    use crate::core::bundle;
    let crate::app::exports::Inbox::Folder(dir) =
        world.resource::<crate::app::exports::Inbox>().clone()
    else {
        return;
    };
    let b = bundle::make(std::slice::from_ref(youth), all, "2026-11-29T10:00:00Z");
    // A quick work factor: the demo shows the screen, not scrypt's second.
    let bytes = bundle::seal(&b, "paard batterij nietje", Some(10)).expect("a long passphrase");
    let path = dir.join(format!("groep-3.{}", bundle::EXTENSION));
    let written =
        crate::core::store::create_private_dir(&dir).and_then(|()| std::fs::write(&path, bytes));
    if let Err(e) = written {
        world
            .resource_mut::<Problems>()
            .0
            .push(format!("{}: {e}", path.display()));
    }
}

/// The exports a mentor makes from the board, of the demo's latest round, into `dir`.
fn export_demo_round(world: &mut World, dir: &std::path::Path, all: &[Measurement]) {
    let decks = world.resource::<Decks>();
    let lang = world.resource::<Settings>().lang;
    let rounds = rounds_of(&YouthKey::Record(demo_youth().id), all);
    let Some(last) = rounds.last() else { return };
    let b = board(last, previous(&rounds, &last.id));
    let deck = decks.set.get(&last.youth.deck.id);
    let mentor_deck = last.mentor.and_then(|m| decks.set.get(&m.deck.id));
    let to = Delivery(Arc::new(ExportFolder(dir.to_path_buf())));
    let both: Vec<Measurement> = [Some(last.youth), last.mentor, last.guess]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    let results = [
        export_report(
            &to,
            &ReportInput {
                board: &b,
                youth: last.youth,
                mentor: last.mentor,
                guess: last.guess,
                deck,
                mentor_deck,
                lang: lang.code(),
            },
        ),
        export_csv(&to, &last.id, &both),
    ];
    for r in results {
        match r {
            Ok(p) => info!("demo export written: {p}"),
            Err(e) => world.resource_mut::<Problems>().0.push(e),
        }
    }
}

/// When the frame began (`demo --organisation`).
#[derive(Resource)]
pub(super) struct FrameStart(std::time::Instant);

impl Default for FrameStart {
    fn default() -> Self {
        FrameStart(std::time::Instant::now())
    }
}

pub(super) fn note_frame_start(mut start: ResMut<FrameStart>) {
    start.0 = std::time::Instant::now();
}

/// Prints how long the overview's first three frames took, from the frame's start to its last
/// systems (the overview worked out and laid out by egui). Counts only, no names.
pub(super) fn print_overview_frames(start: Res<FrameStart>, mut printed: Local<u32>) {
    if *printed < 3 {
        *printed += 1;
        println!(
            "overview_frame_{}_ms {:.1}",
            *printed,
            start.0.elapsed().as_secs_f64() * 1000.0
        );
    }
}
