//! The scripted demo behind `jas-cards demo`: a fresh youth sort of the shipped youth deck with
//! a fixed seed, N moves played (some placed, one skipped, one with a remark), shown on the
//! screen asked for; optionally with a card held mid-drag by a simulated finger (real touch
//! events through bevy_picking, as a tablet sends them). With `--screenshot` it writes a PNG.

use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;
use bevy::window::{PrimaryWindow, WindowEvent};

use super::demo_board::{DemoView, demo_youth, open_details, set_up_mentor_area, show_view};
use super::touch::{Stroke, centre, event};
use crate::app::cards::Draggable;
use crate::app::piles::Target;
use crate::app::screens::Screen;
use crate::app::screens::mentor::MentorArea;
use crate::app::screens::sort::RemarkDraft;
use crate::app::session::{Current, Session};
use crate::app::{AppSystems, Decks, Problems};
use crate::core::measurement::{Measurement, Moment};
use crate::core::round::{For, begin};
use crate::core::sort::{Action, Lean};

/// The seed of every demo sort, so that every demo shows the same cards.
pub const SEED: u64 = 2026;

// The demo's options are parsed by clap straight into these types (`jas-cards demo ...`): the
// demo is a developer's driver, and one definition keeps the names and help in one place.

/// The screen the demo shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DemoScreen {
    Intro,
    Sort,
    Review,
    Handover,
    /// After "Stoppen": the neutral screen a stopped sort ends on.
    Paused,
    /// The mentor area's home, with the round waiting for the mentor's sort.
    Mentor,
    /// "Bekijk dit samen met ...", before the board.
    Together,
    Board,
    History,
    /// "Overzetten", with a bundle waiting in the folder to import from.
    Transfer,
    /// "Overzicht" for supervision: the demo's youth and two more (a drop; one never measured).
    Overview,
    /// "Papieren lijst invoeren", the short deck chosen and half of it entered.
    PaperForm,
    /// The mentor area's gate, on a folder with a PIN.
    Gate,
    /// A fresh install's first mentor screen: the PIN set-up.
    SetUp,
    /// The recovery code as the set-up shows it once (a sample code).
    RecoveryCode,
    /// "Pincode vergeten?": the recovery code and a new PIN.
    ForgotPin,
}

/// What the youth and the mentor answered, for the board and history demos.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum DemoCase {
    /// Several statements two or more piles apart.
    #[default]
    Differences,
    /// The mentor put every card where the youth did.
    Agreement,
    /// The youth skipped cards, leaving a part not scorable.
    Skipped,
}

/// Shows a screen with a scripted youth sort on a fresh temporary data folder, for looking at
/// the app and for screenshots.
#[derive(Clone, Debug, clap::Args)]
pub struct Demo {
    #[arg(long, value_enum)]
    pub screen: DemoScreen,
    /// Moves played before the screen is shown (sort screen).
    #[arg(long, default_value_t = 7)]
    pub moves: usize,
    /// Hold the current card mid-drag over a pile (sort screen).
    #[arg(long)]
    pub drag: bool,
    /// Open the remark dialog on the current card, with a remark being typed (sort screen).
    #[arg(long)]
    pub remark: bool,
    /// What youth and mentor answered (board and history screens).
    #[arg(long, value_enum, default_value_t = DemoCase::Differences)]
    pub case: DemoCase,
    /// Also write the demo round's PDF report and CSV files into DIR (board screen).
    #[arg(long, value_name = "DIR")]
    pub export: Option<std::path::PathBuf>,
    /// "Kaarten voorlezen" for the demo's round: its card is read aloud as it appears (sort
    /// screen; scripts/voice-check listens for it).
    #[arg(long)]
    pub read_aloud: bool,
    /// The board's cards as the piles were laid, as a list (talk order) or as the agreement
    /// grid (board screen).
    #[arg(long, value_enum, default_value_t = DemoView::Layout)]
    pub view: DemoView,
    /// With `--view layout`: the mentor's piles with the youth's circles.
    #[arg(long)]
    pub mentor_piles: bool,
    /// With `--screen overview`: an organisation of GROUPS groups of 10 youths with 15 rounds
    /// each (3 measurements a round) instead of the demo's youths; prints the time of the
    /// overview's first frames (scripts/scale).
    #[arg(long, value_name = "GROUPS")]
    pub organisation: Option<usize>,
    /// Rounds with the mentor's guess (board, history; shown on the latest round's board);
    /// on the sort screen, the mentor's guess sort.
    #[arg(long)]
    pub guess: bool,
    /// Every screen in the high-contrast look.
    #[arg(long)]
    pub high_contrast: bool,
    /// Open the details of one card (`d2`) on the board (board screen).
    #[arg(long)]
    pub details: bool,
    /// Three piles first: the sort screen half-way through the first step; with `--screen
    /// review`, the sort screen half-way through the second step.
    #[arg(long)]
    pub three_piles: bool,
}

/// Whether the demo has set up what it shows (the screenshot waits for it).
#[derive(Resource, Default, Debug)]
pub struct DemoReady(pub bool);

/// The screen to show once the session has taken in the demo's measurements.
#[derive(Resource, Default, Debug)]
pub(super) struct ShowNext(pub(super) Option<Screen>);

/// The move that puts `id` on `pile`, or skips it for pile 0.
pub(super) fn move_to(id: &str, pile: u8) -> Action {
    let statement = id.to_string();
    match pile {
        0 => Action::Skip { statement },
        pile => Action::Place { statement, pile },
    }
}

/// The first step of three piles first for a scripted move: a card for pile 1 or 2 goes on
/// "oneens", 4 or 5 on "eens"; the middle, a skip and a remark stay as they are.
fn first_step(action: Action) -> Action {
    match action {
        Action::Place { statement, pile } if pile != 3 => Action::Lean {
            statement,
            toward: if pile < 3 {
                Lean::Disagree
            } else {
                Lean::Agree
            },
        },
        other => other,
    }
}

/// The scripted moves: pile per move; move 4 is a skip; the second card gets a remark.
pub fn scripted(n: usize, order: &[String]) -> Vec<Action> {
    const PILES: [u8; 19] = [4, 5, 3, 0, 2, 4, 5, 1, 4, 3, 5, 2, 4, 4, 5, 3, 1, 4, 5];
    let mut actions = Vec::new();
    for (i, id) in order.iter().take(n).enumerate() {
        actions.push(move_to(id, PILES[i % PILES.len()]));
        if i == 1 {
            actions.push(Action::Remark {
                statement: id.clone(),
                text: "Soms wel, als hij tijd heeft.".into(),
            });
        }
    }
    actions
}

pub fn plugin(demo: Demo) -> impl Fn(&mut App) {
    move |app: &mut App| {
        let script = demo.clone();
        app.init_resource::<DemoReady>()
            .init_resource::<ShowNext>()
            .add_systems(Startup, move |world: &mut World| set_up(world, &script))
            .add_systems(PreUpdate, show_next.after(AppSystems::Apply))
            .add_systems(Update, hold_a_card.run_if(in_state(Screen::Sort)));
        if demo.remark {
            app.add_systems(
                OnEnter(Screen::Sort),
                open_remark.after(crate::app::screens::sort::Spawned),
            );
        }
        if demo.high_contrast {
            app.insert_resource(crate::app::contrast::HighContrast {
                on: true,
                always: true,
            });
        }
        if demo.details {
            app.add_systems(Update, open_details.run_if(in_state(Screen::Board)));
        }
        app.add_systems(
            Update,
            show_view(demo.view, demo.mentor_piles).run_if(in_state(Screen::Board)),
        );
        app.add_systems(
            Update,
            super::demo_board::fill_paper_form.run_if(in_state(Screen::PaperForm)),
        );
        if demo.organisation.is_some() {
            app.init_resource::<super::demo_board::FrameStart>()
                .add_systems(First, super::demo_board::note_frame_start)
                .add_systems(
                    Last,
                    super::demo_board::print_overview_frames.run_if(in_state(Screen::Overview)),
                );
        }
        if !demo.drag {
            app.world_mut().resource_mut::<DemoReady>().0 = true;
        }
    }
}

fn set_up(world: &mut World, demo: &Demo) {
    if matches!(
        demo.screen,
        DemoScreen::Gate | DemoScreen::SetUp | DemoScreen::RecoveryCode | DemoScreen::ForgotPin
    ) {
        world.resource_mut::<MentorArea>().forgot = demo.screen == DemoScreen::ForgotPin;
        let next = if demo.screen == DemoScreen::RecoveryCode {
            world.resource_mut::<MentorArea>().recovery_code =
                Some(crate::core::keys::new_recovery_code());
            Screen::RecoveryCode
        } else {
            Screen::MentorGate
        };
        world.resource_mut::<ShowNext>().0 = Some(next);
        return;
    }
    if matches!(
        demo.screen,
        DemoScreen::Mentor
            | DemoScreen::Together
            | DemoScreen::Board
            | DemoScreen::History
            | DemoScreen::Transfer
            | DemoScreen::Overview
            | DemoScreen::PaperForm
    ) {
        set_up_mentor_area(world, demo);
        return;
    }
    let Some(deck) = world.resource::<Decks>().set.get("jongere").cloned() else {
        world
            .resource_mut::<Problems>()
            .0
            .push("demo: no deck \"jongere\"".into());
        return;
    };
    // A round the mentor began for the demo's youth.
    let youth = demo_youth();
    world.write_message(Session::AddYouth(youth.clone()));
    let who = For {
        name: &youth.name,
        record: Some(&youth.id),
    };
    let mut m = begin(who, Moment::Start, &deck, SEED, 0);
    if demo.guess {
        // The mentor's guess of the youth's sort: the same deck, the mentor's (behind the
        // PIN, so the area is open).
        m = Measurement::guess_of(&m, &deck, SEED);
        world.resource_mut::<MentorArea>().unlocked = true;
    }
    let moves = match demo.screen {
        DemoScreen::Intro => 0,
        DemoScreen::Sort | DemoScreen::Paused => demo.moves.min(m.sort.len() - 1),
        _ => m.sort.len(),
    };
    let order = m.sort.order().to_vec();
    m.three_piles = demo.three_piles;
    m.read_aloud = demo.read_aloud;
    if demo.three_piles {
        // The first step (for the review: all of it, and half of the second step after it).
        let second = demo.screen == DemoScreen::Review;
        let n = if second { m.sort.len() } else { moves };
        let script = scripted(n, &order);
        for action in script.iter().cloned().map(first_step) {
            m.apply(action).expect("scripted moves are valid");
        }
        if second {
            let finals: Vec<Action> = script
                .into_iter()
                .filter(|a| matches!(a, Action::Place { pile, .. } if *pile != 3))
                .collect();
            for action in finals.iter().take(finals.len() / 2).cloned() {
                m.apply(action).expect("scripted moves are valid");
            }
        }
    } else {
        for action in scripted(moves, &order) {
            m.apply(action).expect("scripted moves are valid");
        }
    }
    if demo.screen == DemoScreen::Handover {
        m.apply(Action::Finish).expect("every card is placed");
    }
    world.write_message(Session::Begin(m));
    world.resource_mut::<ShowNext>().0 = Some(match demo.screen {
        DemoScreen::Intro => Screen::Intro,
        DemoScreen::Sort => Screen::Sort,
        DemoScreen::Review if demo.three_piles => Screen::Sort,
        DemoScreen::Review => Screen::Review,
        DemoScreen::Paused => Screen::Paused,
        _ => Screen::Handover,
    });
}

/// Opens the demo's screen in the frame the session took in its measurements, so the screen
/// finds them in place.
fn show_next(mut show: ResMut<ShowNext>, mut next: ResMut<NextState<Screen>>) {
    if let Some(screen) = show.0.take() {
        next.set(screen);
    }
}

fn open_remark(mut draft: ResMut<RemarkDraft>, current: Res<Current>) {
    if let Some(id) = current.0.as_ref().and_then(|m| m.sort.playing()) {
        let text = "Hij luistert wel, maar pas als ik boos word";
        draft.0 = Some((id.to_string(), text.into()));
    }
}

/// Puts a finger on the current card and moves it most of the way to pile 4, without letting
/// go: one touch event per frame, as a tablet would send them.
fn hold_a_card(
    mut step: Local<u32>,
    mut ready: ResMut<DemoReady>,
    cards: Query<(&UiGlobalTransform, &ComputedNode), With<Draggable>>,
    piles: Query<(&Target, &UiGlobalTransform, &ComputedNode)>,
    window: Query<Entity, With<PrimaryWindow>>,
    mut events: MessageWriter<WindowEvent>,
) {
    if ready.0 {
        return;
    }
    let (Some((card, card_node)), Ok(window)) = (cards.iter().next(), window.single()) else {
        return;
    };
    let Some((_, pile, pile_node)) = piles.iter().find(|(t, _, _)| **t == Target::Pile(4)) else {
        return;
    };
    // Wait two frames for the layout, then press and move in eight steps.
    *step += 1;
    if *step < 3 {
        return;
    }
    let from = centre(card, card_node);
    let stroke = Stroke {
        from,
        to: from.lerp(centre(pile, pile_node), 0.85),
        moves: 8,
        lift: false,
    };
    match stroke.at(*step - 3) {
        Some((phase, position)) => {
            events.write(event(window, 1, phase, position));
        }
        None => ready.0 = true,
    }
}
