//! `jas-cards autoplay`: the app's own move path (the session plugin: a move, then an atomic
//! save) driven without a window by a scripted player, for the kill test and the network
//! check. It resumes an unfinished sort in the data folder, as the app offers to, and prints
//! `saved <measurement> <moves>` after every save that returned: every such move must survive
//! a SIGKILL that comes after the line.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use bevy::app::ScheduleRunnerPlugin;
use bevy::prelude::*;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::app::session::{self, Current, Library, Play, SaveState, Session};
use crate::app::{AppSystems, DataStore, Problems};
use crate::core::deck::DeckSet;
use crate::core::measurement::{Moment, load_all};
use crate::core::round::{alone, begin};
use crate::core::sealed::SealedStore;
use crate::core::sort::Action;

#[derive(Debug)]
pub struct Autoplay {
    /// The data folder, opened (or not) with `JAS_PIN`.
    pub store: SealedStore,
    pub deck: String,
    /// Time between moves.
    pub delay: Duration,
    /// Stop after this many moves (0: never; the kill test kills it).
    pub max_moves: usize,
    pub seed: u64,
    /// The pseudonym the scripted rounds are for.
    pub youth: String,
    /// The words of the scripted remarks (else "opmerking N").
    pub remark: Option<String>,
}

#[derive(Resource)]
struct Script {
    /// Saves that failed, counted for the exit code (the app is gone when `run` returns).
    failures: Arc<std::sync::atomic::AtomicUsize>,
    rng: ChaCha8Rng,
    deck: String,
    youth: String,
    remark: Option<String>,
    moves_left: Option<usize>,
    last_printed: Option<(String, usize)>,
}

/// Runs until `max_moves` moves were made (or forever). Returns the number of problems met.
pub fn run(options: Autoplay) -> usize {
    let store = options.store;
    let loaded = load_all(&store);
    let decks = DeckSet::builtin();
    let failures = Arc::new(std::sync::atomic::AtomicUsize::new(loaded.problems.len()));
    for p in &loaded.problems {
        eprintln!("jas-cards: {p}");
    }
    let mut app = App::new();
    app.add_plugins(MinimalPlugins.set(ScheduleRunnerPlugin::run_loop(options.delay)))
        .insert_resource(DataStore(Arc::new(store)))
        .insert_resource(Problems(loaded.problems))
        .insert_resource(crate::app::Decks {
            set: decks,
            source: String::new(),
        })
        .insert_resource(Script {
            failures: failures.clone(),
            rng: ChaCha8Rng::seed_from_u64(options.seed),
            deck: options.deck.clone(),
            youth: options.youth.clone(),
            remark: options.remark.clone(),
            moves_left: (options.max_moves > 0).then_some(options.max_moves),
            last_printed: None,
        })
        .insert_resource(Library(loaded.measurements));
    app.add_plugins(session::plugin)
        .add_systems(Startup, resume)
        .add_systems(
            PreUpdate,
            (
                play.in_set(AppSystems::Input),
                report.after(AppSystems::Apply),
            ),
        );
    app.run();
    failures.load(std::sync::atomic::Ordering::Relaxed)
}

/// Resumes the newest unfinished sort, as the app offers to.
fn resume(library: Res<Library>, mut session: MessageWriter<Session>) {
    if let Some(m) = library.unfinished().first() {
        session.write(Session::Resume(m.id.clone()));
    }
}

/// One move per frame: mostly a placement, sometimes a skip, an undo or a remark; a new sort
/// when the last one is finished (begun in one frame, played from the next).
fn play(
    mut script: ResMut<Script>,
    current: Res<Current>,
    decks: Res<crate::app::Decks>,
    mut session: MessageWriter<Session>,
    mut plays: MessageWriter<Play>,
    mut exit: MessageWriter<AppExit>,
    mut frame: Local<u32>,
) {
    *frame += 1;
    if script.moves_left == Some(0) {
        exit.write(AppExit::Success);
        return;
    }
    // The first frame takes in the resumed sort, if there is one.
    if *frame == 1 {
        return;
    }
    if current.0.as_ref().is_none_or(|m| m.sort.is_finished()) {
        let Some(deck) = decks.set.get(&script.deck) else {
            exit.write(AppExit::from_code(2));
            return;
        };
        let seed = script.rng.random();
        let tail = script.rng.random();
        session.write(Session::Begin(begin(
            alone(&script.youth),
            Moment::Extra,
            deck,
            seed,
            tail,
        )));
        return;
    }
    let Some(m) = current.0.as_ref() else { return };
    let roll: u8 = script.rng.random_range(0..20);
    let action = match (m.sort.playing(), roll) {
        (None, _) => Action::Finish,
        (Some(_), 0) if m.sort.can_undo() => Action::Undo,
        (Some(id), 1) => Action::Skip {
            statement: id.to_string(),
        },
        (Some(id), 2) => Action::Remark {
            statement: id.to_string(),
            text: script
                .remark
                .clone()
                .unwrap_or_else(|| format!("opmerking {roll}")),
        },
        (Some(id), _) => Action::Place {
            statement: id.to_string(),
            pile: script.rng.random_range(1..=5),
        },
    };
    plays.write(Play(action));
    if let Some(n) = script.moves_left.as_mut() {
        *n -= 1;
    }
}

/// After a save that returned, says so: the line comes only after the rename.
fn report(mut script: ResMut<Script>, current: Res<Current>, state: Res<SaveState>) {
    if state.is_changed()
        && let Some(e) = &state.failed
    {
        eprintln!("jas-cards: {e}");
        script
            .failures
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    let Some(m) = current.0.as_ref() else { return };
    let now = (m.id.clone(), m.sort.moves().len());
    if state.failed.is_none()
        && script.last_printed.as_ref() != Some(&now)
        && !m.sort.moves().is_empty()
    {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "saved {} {}", now.0, now.1);
        let _ = out.flush();
        script.last_printed = Some(now);
    }
}
