//! The Bevy shell: window, reactive rendering, the font, shared resources and one plugin per
//! screen or concern. Systems here only turn input into messages and core state into what is
//! drawn; they never compute a score. Each frame runs in one order ([`AppSystems`]): input
//! becomes messages, the session applies and saves them, then screens draw.
//!
//! The app knows nothing of the command line or the browser: they build it with [`build`] and
//! add what is theirs (a store, a way to deliver exports, plugins).

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;

use crate::core::deck::DeckSet;
use crate::core::measurement::{Loaded, load_all};
use crate::core::sealed::SealedStore;
use crate::core::store::{FileStore, Store, create_private_dir};

pub mod a11y;
pub mod a11y_egui;
pub mod cards;
pub mod contrast;
pub mod dev;
pub mod egui_style;
pub mod exports;
pub mod piles;
pub mod pointer;
pub mod reactive;
pub mod screens;
pub mod session;
pub mod speech;
pub mod text;
pub mod theme;
pub mod widgets;

pub use exports::Delivery;
pub use screens::Screen;
pub use session::{Current, Library, Play, Session};
pub use text::Lang;

/// The order of a frame's work, as in the bevy_new_2d template. In `PreUpdate`, once
/// bevy_picking has turned the pointers into taps and drops: input systems turn those into
/// messages, then the session applies them in the core and saves. Screen changes then happen
/// in the same frame (Bevy's state transition follows `PreUpdate`), and in `Update` the screens
/// draw. So a tap acts in the frame it happens, and a screen that opens finds its sort in
/// place. (egui screens run later in the frame; what they ask for is applied at the start of
/// the next one, which input always brings about.)
#[derive(SystemSet, Debug, Clone, Copy, Eq, PartialEq, Hash, PartialOrd, Ord)]
pub enum AppSystems {
    /// Taps, drops and button presses become messages (`PreUpdate`).
    Input,
    /// The session applies the messages and saves; screens follow the new state (`PreUpdate`).
    Apply,
    /// Screens draw the state (`Update`).
    Draw,
}

/// What the command line tells the app.
#[derive(Clone, Debug)]
pub struct AppOptions {
    pub data_dir: PathBuf,
    pub decks_dir: Option<PathBuf>,
    pub lang: Lang,
    pub size: (u32, u32),
    pub screenshot: Option<PathBuf>,
    /// A scripted demo to play before the screenshot (the `demo` subcommand).
    pub demo: Option<dev::demo::Demo>,
    /// The benchmark (the `bench` subcommand).
    pub bench: Option<dev::bench::Bench>,
}

/// The decks the app offers.
#[derive(Resource, Debug, Default)]
pub struct Decks {
    pub set: DeckSet,
    /// Where they came from, for the screen: a folder, or empty for the built-in copies.
    pub source: String,
}

/// Where measurements are kept: encrypted (`core::sealed`), readable while the mentor area
/// is open.
#[derive(Resource, Clone)]
pub struct DataStore(pub Arc<SealedStore>);

/// Problems to show the user: a bad deck, a damaged save, a disk that refuses writes.
/// Each names the file and what is wrong; the app keeps running.
#[derive(Resource, Debug, Default)]
pub struct Problems(pub Vec<String>);

/// The organisation's settings (`core::organisation`): the intro's sentence on who sees the
/// answers, and how long the mentor area stays open untouched.
#[derive(Resource, Debug, Clone, Default)]
pub struct Org(pub crate::core::organisation::Organisation);

/// The interface language and other choices of this run.
#[derive(Resource, Debug, Clone)]
pub struct Settings {
    pub lang: Lang,
    /// Where the data is kept, for messages (the start screen does not name it).
    pub data_place: String,
}

/// Loads decks and measurements from the data folder before the window opens (assets up
/// front), then runs the app; exports go to the data folder's `exports/`.
pub fn run(options: AppOptions) -> AppExit {
    let mut problems = Vec::new();
    let decks = load_decks(options.decks_dir.as_deref(), &mut problems);
    dev::bench::mark("decks_loaded");
    if let Err(e) = create_private_dir(&options.data_dir) {
        problems.push(format!(
            "{}: cannot create the data folder: {e}",
            options.data_dir.display()
        ));
    }
    let place = options.data_dir.display().to_string();
    let store = Arc::new(FileStore::new(&options.data_dir));
    let delivery = Delivery(Arc::new(exports::ExportFolder(
        options.data_dir.join("exports"),
    )));
    let inbox = exports::Inbox::Folder(options.data_dir.join("imports"));
    let mut app = build(options, decks, store, place, problems, delivery);
    app.insert_resource(inbox);
    app.run()
}

/// The app on `store` (files on a computer, local storage in the browser), delivering exports
/// through `delivery` (a private file, a download). `place` says where the data is, for the
/// start screen. The caller adds its own plugins and runs it.
pub fn build(
    options: AppOptions,
    decks: Decks,
    store: Arc<dyn Store>,
    place: String,
    mut problems: Vec<String>,
    delivery: Delivery,
) -> App {
    // Deck problems name deck files: logged as they are. Problems with stored data name
    // files, and older files' names carry pseudonyms: only counted in the log (the mentor
    // area lists them).
    for p in &problems {
        warn!("{p}");
    }
    let store = Arc::new(SealedStore::for_store(store));
    // (The set-up demo shows a fresh install's first mentor screen: no keys yet.)
    let fresh_demo = options
        .demo
        .as_ref()
        .is_some_and(|d| d.screen == dev::demo::DemoScreen::SetUp);
    if (options.demo.is_some() && !fresh_demo) || options.bench.is_some() {
        open_throwaway_folder(&store);
    }
    // Locked at start: only the mentor's PIN opens what is stored (the mentor area loads it
    // then). Plain files from before the folder had keys are read as they are.
    let Loaded {
        measurements,
        problems: load_problems,
        ..
    } = load_all(store.as_ref());
    let (youths, youth_problems) = crate::core::youth::load_all(store.as_ref());
    let (organisation, organisation_problem) = crate::core::organisation::load(store.as_ref());
    let data_problems: Vec<String> = load_problems
        .into_iter()
        .chain(youth_problems)
        .chain(organisation_problem)
        .collect();
    if !data_problems.is_empty() {
        warn!(
            "{} stored file(s) could not be used; the mentor area names them",
            data_problems.len()
        );
    }
    problems.extend(data_problems);
    dev::bench::mark("data_loaded");

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
    .insert_resource(delivery)
    .insert_resource(Problems(problems))
    .insert_resource(Library(measurements))
    .insert_resource(session::Youths(youths))
    .insert_resource(Org(organisation))
    .insert_resource(Settings {
        lang: options.lang,
        data_place: place,
    })
    .insert_resource(reactive::settings());
    app.add_plugins((
        plugin,
        egui_style::plugin,
        a11y_egui::plugin,
        reactive::plugin,
    ));
    if let Some(d) = options.demo {
        app.add_plugins(dev::demo::plugin(d));
    }
    if let Some(b) = options.bench {
        app.add_plugins(dev::bench::plugin(b));
    }
    if let Some(path) = options.screenshot {
        app.add_plugins(dev::screenshot::plugin(path));
    }
    dev::bench::mark("app_built");
    app
}

/// The demo's and the benchmark's own temporary folder gets keys at once (at a cheap cost,
/// with a PIN nobody needs) and is open, as a folder is once its mentor has set a PIN.
fn open_throwaway_folder(store: &SealedStore) {
    let made = crate::core::lock::set_up("000000", crate::core::lock::CHEAP);
    if let Err(e) = crate::core::lock::save(store, &made.lock) {
        warn!(
            "could not save the temporary folder's lock: {:?}",
            e.problem
        );
    }
    store.open(made.key);
}

/// A bare Bevy + egui window of the same size with the default plugins and nothing of ours:
/// what the benchmark compares the app with.
pub fn run_bare(size: (u32, u32), b: dev::bench::Bench) -> AppExit {
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
    .add_plugins(dev::bench::plugin(b));
    dev::bench::mark("app_built");
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

/// Everything but the window, egui and the resources `build` inserts: used by `build` and by
/// the headless tests. Expects `Decks`, `DataStore`, `Delivery`, `Problems`, `Library` and
/// `Settings` (and takes `Org` and `Youths` as they are, or their defaults).
pub fn plugin(app: &mut App) {
    app.init_resource::<Org>();
    app.configure_sets(
        PreUpdate,
        AppSystems::Input.after(bevy::picking::PickingSystems::Last),
    )
    .configure_sets(Update, AppSystems::Draw);
    app.add_plugins((
        theme::plugin,
        session::plugin,
        exports::plugin,
        pointer::plugin,
        screens::plugin,
        cards::plugin,
        piles::plugin,
        speech::plugin,
        contrast::plugin,
        a11y::plugin,
    ));
}
