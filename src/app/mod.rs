//! The Bevy shell: window, reactive rendering, the font, shared resources and one plugin per
//! screen or concern. Systems here only turn input into core calls (through [`session`]) and
//! core state into what is drawn; they never compute a score.

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;

use crate::core::deck::DeckSet;
use crate::core::measurement::{Loaded, Measurement, load_all};
use crate::core::store::{FileStore, Store, create_private_dir};

pub mod autoplay;
pub mod bench;
pub mod cards;
pub mod demo;
pub mod egui_style;
pub mod exports;
pub mod piles;
pub mod reactive;
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
    /// Where the data is kept, as the start screen names it.
    pub data_place: String,
}

/// Loads decks and measurements from the data folder before the window opens (assets up
/// front), then runs the app.
pub fn run(options: AppOptions) -> AppExit {
    let mut problems = Vec::new();
    let decks = load_decks(options.decks_dir.as_deref(), &mut problems);
    bench::mark("decks_loaded");
    if let Err(e) = create_private_dir(&options.data_dir) {
        problems.push(format!(
            "{}: cannot create the data folder: {e}",
            options.data_dir.display()
        ));
    }
    let place = options.data_dir.display().to_string();
    let store = Arc::new(FileStore::new(&options.data_dir));
    run_with(options, decks, store, place, problems)
}

/// Runs the app on `store` (files on a computer, local storage in the browser). `place` says
/// where the data is, for the start screen.
pub fn run_with(
    options: AppOptions,
    decks: Decks,
    store: Arc<dyn Store>,
    place: String,
    mut problems: Vec<String>,
) -> AppExit {
    let Loaded {
        measurements,
        problems: load_problems,
    } = load_all(store.as_ref());
    problems.extend(load_problems);
    for p in &problems {
        warn!("{p}");
    }
    bench::mark("data_loaded");

    let (w, h) = options.size;
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "JAS-kaarten".into(),
            resolution: (w, h).into(),
            // In the browser: draw into the page's canvas, fill it, and keep the page from
            // scrolling, zooming or selecting text while a finger drags a card.
            canvas: Some("#jas-cards".into()),
            fit_canvas_to_parent: true,
            prevent_default_event_handling: true,
            ..default()
        }),
        ..default()
    }))
    .add_plugins(bevy_egui::EguiPlugin::default())
    .insert_resource(decks)
    .insert_resource(DataStore(store))
    .insert_resource(Problems(problems))
    .insert_resource(Library(measurements))
    .insert_resource(Settings {
        lang: options.lang,
        data_dir: options.data_dir.clone(),
        data_place: place,
    })
    .insert_resource(reactive::settings());
    app.add_plugins((plugin, egui_style::plugin, reactive::plugin));
    #[cfg(target_arch = "wasm32")]
    app.add_plugins(crate::web::plugin);
    if let Some(d) = options.demo {
        app.add_plugins(demo::plugin(d));
    }
    if let Some(b) = options.bench {
        app.add_plugins(bench::plugin(b));
    }
    if let Some(path) = options.screenshot {
        app.add_plugins(screenshot::plugin(path));
    }
    bench::mark("app_built");
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
        |mut contexts: bevy_egui::EguiContexts, mut fonts_set: Local<bool>| -> Result {
            let ctx = contexts.ctx_mut()?;
            // egui ships without fonts here (no `default_fonts`): give it ours, as the app
            // does, and write from the next pass on, when they are in.
            if !std::mem::replace(&mut *fonts_set, true) {
                ctx.set_fonts(egui_style::fonts());
                return Ok(());
            }
            // One label, so egui has a pass to run like it does in the app.
            bevy_egui::egui::Area::new("bare".into()).show(ctx, |ui| ui.label("bare"));
            Ok(())
        },
    )
    .add_plugins(bench::plugin(b));
    bench::mark("app_built");
    app.run()
}

pub fn load_decks(dir: Option<&std::path::Path>, problems: &mut Vec<String>) -> Decks {
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
