//! The Bevy shell: window, reactive rendering, the font, shared resources and one plugin per
//! screen or concern. Systems here only turn input into core calls (through [`session`]) and
//! core state into what is drawn; they never compute a score.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};

use crate::core::deck::DeckSet;
use crate::core::measurement::{Loaded, Measurement, load_all};
use crate::core::store::{FileStore, Store, create_private_dir};

pub mod autoplay;
pub mod bench;
pub mod cards;
pub mod demo;
pub mod egui_idle;
pub(crate) mod egui_style;
pub mod piles;
pub mod screens;
mod screenshot;
pub mod session;
pub mod text;
pub mod theme;
pub mod widgets;

pub use screens::Screen;
pub use session::{Current, Library, Play};
pub use text::Lang;

/// What the command line tells the app.
#[derive(Clone, Debug)]
pub struct AppOptions {
    pub data_dir: PathBuf,
    pub decks_dir: Option<PathBuf>,
    pub lang: Lang,
    pub size: (u32, u32),
    pub screenshot: Option<PathBuf>,
    /// A scripted demo to play before the screenshot (the `demo` subcommand).
    pub demo: Option<demo::Demo>,
    /// The benchmark (the `bench` subcommand).
    pub bench: Option<bench::Bench>,
}

/// The decks the app offers.
#[derive(Resource, Debug, Default)]
pub struct Decks {
    pub set: DeckSet,
    /// Where they came from, for the screen: a folder, or empty for the built-in copies.
    pub source: String,
}

/// Where measurements are kept.
#[derive(Resource, Clone)]
pub struct DataStore(pub Arc<dyn Store>);

/// Problems to show the user: a bad deck, a damaged save, a disk that refuses writes.
/// Each names the file and what is wrong; the app keeps running.
#[derive(Resource, Debug, Default)]
pub struct Problems(pub Vec<String>);

/// The interface language and other choices of this run.
#[derive(Resource, Debug, Clone)]
pub struct Settings {
    pub lang: Lang,
    pub data_dir: PathBuf,
}

/// Loads decks and measurements before the window opens (assets up front), then runs the app.
pub fn run(options: AppOptions) -> AppExit {
    let mut problems = Vec::new();
    let decks = load_decks(options.decks_dir.as_deref(), &mut problems);
    if let Err(e) = create_private_dir(&options.data_dir) {
        problems.push(format!(
            "{}: cannot create the data folder: {e}",
            options.data_dir.display()
        ));
    }
    let store = FileStore::new(&options.data_dir);
    let Loaded {
        measurements,
        problems: load_problems,
    } = load_all(&store);
    problems.extend(load_problems);
    for p in &problems {
        warn!("{p}");
    }

    let (w, h) = options.size;
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "JAS-kaarten".into(),
            resolution: (w, h).into(),
            ..default()
        }),
        ..default()
    }))
    .add_plugins(bevy_egui::EguiPlugin::default())
    .insert_resource(decks)
    .insert_resource(DataStore(Arc::new(store)))
    .insert_resource(Problems(problems))
    .insert_resource(Library(measurements))
    .insert_resource(Settings {
        lang: options.lang,
        data_dir: options.data_dir.clone(),
    })
    .insert_resource(reactive());
    app.add_plugins((plugin, egui_style::plugin, egui_idle::plugin));
    if let Some(d) = options.demo {
        app.add_plugins(demo::plugin(d));
    }
    if let Some(b) = options.bench {
        app.add_plugins(bench::plugin(b));
    }
    if let Some(path) = options.screenshot {
        app.add_plugins(screenshot::plugin(path));
    }
    app.run()
}

/// A bare Bevy + egui window of the same size with the default plugins and nothing of ours:
/// what the benchmark compares the app with.
pub fn run_bare(size: (u32, u32), b: bench::Bench) -> AppExit {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "bare".into(),
            resolution: size.into(),
            ..default()
        }),
        ..default()
    }))
    .add_plugins(bevy_egui::EguiPlugin::default())
    .add_systems(
        bevy_egui::EguiPrimaryContextPass,
        |mut contexts: bevy_egui::EguiContexts| -> Result {
            // One label, so egui has a pass to run like it does in the app.
            bevy_egui::egui::Area::new("bare".into())
                .show(contexts.ctx_mut()?, |ui| ui.label("bare"));
            Ok(())
        },
    )
    .add_plugins(bench::plugin(b));
    app.run()
}

/// An untouched screen draws no frames: the app waits for input (tablet batteries).
pub(crate) fn reactive() -> WinitSettings {
    WinitSettings {
        focused_mode: UpdateMode::reactive(Duration::MAX),
        unfocused_mode: UpdateMode::reactive_low_power(Duration::MAX),
    }
}

fn load_decks(dir: Option<&std::path::Path>, problems: &mut Vec<String>) -> Decks {
    let default = PathBuf::from("levels");
    let dir = match dir {
        Some(d) => Some(d.to_path_buf()),
        None => default.is_dir().then_some(default),
    };
    match dir {
        Some(dir) => {
            let (set, errors) = DeckSet::load_dir(&dir);
            problems.extend(errors.iter().map(ToString::to_string));
            Decks {
                set,
                source: dir.display().to_string(),
            }
        }
        None => Decks {
            set: DeckSet::builtin(),
            source: String::new(),
        },
    }
}

/// Everything but the window, egui and the resources `run` inserts: used by `run` and by the
/// headless tests. Expects `Decks`, `DataStore`, `Problems`, `Library` and `Settings`.
pub fn plugin(app: &mut App) {
    app.init_resource::<Current>();
    app.add_plugins((
        theme::plugin,
        session::plugin,
        screens::plugin,
        cards::plugin,
        piles::plugin,
    ));
}

/// Starts a new measurement (used by the start screen, the demo and the tests).
pub fn begin(
    current: &mut Current,
    youth: &str,
    moment: crate::core::measurement::Moment,
    deck: &crate::core::deck::Deck,
    seed: u64,
) {
    // A random tail keeps two rounds begun in the same second apart (two files, never one
    // overwriting the other).
    let round = format!(
        "{}-{:04x}",
        crate::core::measurement::round_id(youth, &crate::core::measurement::now()),
        rand::random::<u16>()
    );
    current.0 = Some(Measurement::new(youth, moment, &round, deck, seed));
}
