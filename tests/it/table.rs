//! The card table, headless: our plugins in an `App` with `MinimalPlugins` and no renderer;
//! real touch events (as a tablet sends them) go through bevy_picking to the cards and piles,
//! and the core's sort state shows the result.

use std::sync::Arc;

use bevy::input::touch::TouchPhase;
use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;
use bevy::window::{PrimaryWindow, WindowEvent, WindowResolution};
use jas_cards::app::cards::Draggable;
use jas_cards::app::dev::touch::{self, Stroke};
use jas_cards::app::exports::ExportFolder;
use jas_cards::app::piles::Target;
use jas_cards::app::speech::{Recorded, Speech};
use jas_cards::app::{
    Current, DataStore, Decks, Delivery, Lang, Library, Problems, Screen, Session, Settings,
};
use jas_cards::core::deck::DeckSet;
use jas_cards::core::keys::FolderKey;
use jas_cards::core::lock;
use jas_cards::core::measurement::{Measurement, Moment, load_all};
use jas_cards::core::sealed::SealedStore;
use jas_cards::core::sort::{Lean, Placement};
use jas_cards::core::store::MemoryStore;

pub struct Table {
    pub app: App,
    /// The bytes as stored (encrypted).
    pub store: Arc<MemoryStore>,
    /// The folder's key, when the table set the folder up itself (else the test holds it).
    pub key: Option<FolderKey>,
    window: Entity,
    /// What the app asked its voice to read: (text, language).
    pub said: Arc<std::sync::Mutex<Vec<(String, String)>>>,
}

/// The PIN of a folder the table sets up itself.
pub const TABLE_PIN: &str = "246813";

/// `store` as the mentor reads it with `key`.
pub fn opened(store: &Arc<MemoryStore>, key: &FolderKey) -> SealedStore {
    let sealed = SealedStore::new(store.clone(), None);
    sealed.open(key.clone());
    sealed
}

impl Table {
    /// The app on the sort screen with a new sort of `deck`.
    pub fn new(deck: &str) -> Table {
        let decks = DeckSet::builtin();
        let m = Measurement::new(
            "T",
            Moment::Start,
            "t-20261129-100000",
            decks.get(deck).unwrap(),
            5,
        );
        Self::with(m, Arc::new(MemoryStore::new()), Screen::Sort)
    }

    /// The app on `screen` with measurement `m` in `store`.
    pub fn with(m: Measurement, store: Arc<MemoryStore>, screen: Screen) -> Table {
        let mut table = Table::open(store, false);
        // As the app does it: the sort comes in through the session, and the screen opens
        // once it is in place.
        table.app.world_mut().write_message(Session::Begin(m));
        table.update();
        table
            .app
            .world_mut()
            .resource_mut::<NextState<Screen>>()
            .set(screen);
        table.settle();
        table
    }

    /// The app on the start screen with what `store` holds, as it starts (with egui's screens
    /// too when `egui`: what they draw is then in [`Drawn`]).
    pub fn open(store: Arc<MemoryStore>, egui: bool) -> Table {
        Table::open_with(store, egui, true)
    }

    /// The app on a fresh install (no lock, no keys), with egui's screens.
    pub fn fresh(store: Arc<MemoryStore>) -> Table {
        Table::open_with(store, true, false)
    }

    fn open_with(store: Arc<MemoryStore>, egui: bool, set_up: bool) -> Table {
        // A store without a lock is set up as the mentor does it first (at a cheap cost), and
        // read with its key as the app starts; a store with a lock stays closed until the
        // gate opens it, as on a tablet.
        let key = match lock::load(store.as_ref()) {
            Ok(None) if set_up => {
                let made = lock::set_up(TABLE_PIN, lock::CHEAP);
                lock::save(store.as_ref(), &made.lock).unwrap();
                Some(made.key)
            }
            _ => None,
        };
        let data = Arc::new(SealedStore::for_store(store.clone()));
        if let Some(key) = &key {
            data.open(key.clone());
        }
        let said = Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut app = App::new();
        // Each update is one 60 Hz frame, however fast the test machine runs them: the slide
        // back and other animations then end after the same number of updates every time.
        app.insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(
            std::time::Duration::from_micros(16_667),
        ));
        app.add_plugins((
            MinimalPlugins,
            bevy::input::InputPlugin,
            bevy::window::WindowPlugin {
                primary_window: Some(Window {
                    resolution: WindowResolution::new(1280, 800),
                    ..default()
                }),
                ..default()
            },
            AssetPlugin::default(),
            bevy::state::app::StatesPlugin,
            TransformPlugin,
            bevy::image::ImagePlugin::default(),
            bevy::image::TextureAtlasPlugin,
            bevy::mesh::MeshPlugin,
            bevy::camera::CameraPlugin,
            bevy::text::TextPlugin,
            bevy::ui::UiPlugin,
            bevy::picking::DefaultPickingPlugins,
        ))
        .insert_resource(Decks {
            set: DeckSet::builtin(),
            source: String::new(),
        })
        .insert_resource(Problems::default())
        .insert_resource(Library(load_all(data.as_ref()).measurements))
        .insert_resource(jas_cards::app::session::Youths(
            jas_cards::core::youth::load_all(data.as_ref()).0,
        ))
        .insert_resource(DataStore(data))
        .insert_resource(Settings {
            lang: Lang::Nl,
            data_place: "/tmp/jas-test".into(),
        })
        .insert_resource(Delivery(Arc::new(ExportFolder(
            std::env::temp_dir().join("jas-test-exports"),
        ))))
        // A voice that records what it is asked to read (Dutch and English), never the
        // machine's own.
        .insert_resource(Speech(Box::new(Recorded {
            said: said.clone(),
            langs: vec!["nl".into(), "en".into()],
        })));
        app.add_plugins(jas_cards::app::plugin);
        if egui {
            // bevy_egui loads its shader at start; there is no renderer to use it here.
            app.init_asset::<bevy::shader::Shader>();
            app.add_plugins((
                bevy_egui::EguiPlugin::default(),
                jas_cards::app::egui_style::plugin,
                jas_cards::app::a11y_egui::plugin,
            ))
            .init_resource::<Drawn>()
            .add_systems(bevy_egui::EguiPrimaryContextPass, egui_reports_widgets)
            .add_systems(
                PostUpdate,
                note_what_egui_drew
                    .after(bevy_egui::EguiPostUpdateSet::EndPass)
                    .before(bevy_egui::EguiPostUpdateSet::ProcessOutput),
            );
        }
        let window = app
            .world_mut()
            .query_filtered::<Entity, With<PrimaryWindow>>()
            .single(app.world())
            .unwrap();
        let mut table = Table {
            app,
            store,
            key,
            window,
            said,
        };
        table.settle();
        table
    }

    /// Every text on screen now: Bevy UI's and, with egui, what egui drew in the last pass.
    pub fn texts(&mut self) -> Vec<String> {
        let mut q = self.app.world_mut().query::<&Text>();
        let mut all: Vec<String> = q.iter(self.app.world()).map(|t| t.0.clone()).collect();
        if let Some(d) = self.app.world().get_resource::<Drawn>() {
            all.extend(d.0.iter().map(|(t, _)| t.clone()));
        }
        all
    }

    /// Fails unless some text on screen holds `part`.
    pub fn assert_shows(&mut self, part: &str) {
        let texts = self.texts();
        assert!(
            texts.iter().any(|s| s.contains(part)),
            "{part:?} in {texts:?}"
        );
    }

    /// Where egui drew `text` (the first text that starts with it).
    pub fn drawn(&self, text: &str) -> Vec2 {
        let d = self.app.world().resource::<Drawn>();
        d.0.iter()
            .find(|(t, _)| t.starts_with(text))
            .map(|(_, at)| *at)
            .unwrap_or_else(|| panic!("{text:?} is not drawn: {:?}", d.0))
    }

    /// Where exactly `text` is drawn (not a longer text that starts with it), the first time.
    pub fn drawn_exactly(&self, text: &str) -> Vec2 {
        let d = self.app.world().resource::<Drawn>();
        d.0.iter()
            .find(|(t, _)| t == text)
            .map(|(_, at)| *at)
            .unwrap_or_else(|| panic!("{text:?} is not drawn: {:?}", d.0))
    }

    /// A mouse click at `at`: moved there, pressed in one frame, released in the next.
    pub fn click(&mut self, at: Vec2) {
        use bevy::input::ButtonState;
        use bevy::input::mouse::{MouseButton, MouseButtonInput};
        let window = self.window;
        let world = self.app.world_mut();
        world.write_message(WindowEvent::CursorMoved(bevy::window::CursorMoved {
            window,
            position: at,
            delta: None,
        }));
        self.update();
        for state in [ButtonState::Pressed, ButtonState::Released] {
            self.app
                .world_mut()
                .write_message(WindowEvent::MouseButtonInput(MouseButtonInput {
                    button: MouseButton::Left,
                    state,
                    window,
                }));
            self.update();
        }
        self.settle();
    }

    /// A click on what egui drew as `text`.
    pub fn click_text(&mut self, text: &str) {
        let at = self.drawn(text);
        self.click(at);
    }

    /// Typing `text` on the keyboard into the egui field that has the focus.
    pub fn type_text(&mut self, text: &str) {
        let mut q = self
            .app
            .world_mut()
            .query_filtered::<Entity, With<bevy_egui::PrimaryEguiContext>>();
        let context = q.single(self.app.world()).expect("an egui context");
        self.app
            .world_mut()
            .write_message(bevy_egui::input::EguiInputEvent {
                context,
                event: bevy_egui::egui::Event::Text(text.into()),
            });
        self.update();
        self.settle();
    }

    /// Asks for `screen` (as a system would) and lets the app settle.
    pub fn go(&mut self, screen: Screen) {
        self.app
            .world_mut()
            .resource_mut::<NextState<Screen>>()
            .set(screen);
        self.settle();
    }

    /// Runs a frame. The renderer normally tells the camera its target's size; here we do.
    pub fn update(&mut self) {
        let mut cameras = self.app.world_mut().query::<&mut Camera>();
        for mut camera in cameras.iter_mut(self.app.world_mut()) {
            camera.computed.target_info = Some(bevy::camera::RenderTargetInfo {
                physical_size: UVec2::new(1280, 800),
                scale_factor: 1.0,
            });
        }
        self.app.update();
    }

    /// A few frames for state changes, layout and redraws.
    pub fn settle(&mut self) {
        for _ in 0..4 {
            self.update();
        }
    }

    pub fn window(&self) -> Entity {
        self.window
    }

    pub fn measurement(&self) -> &Measurement {
        self.app.world().resource::<Current>().0.as_ref().unwrap()
    }

    pub fn screen(&self) -> Screen {
        *self.app.world().resource::<State<Screen>>().get()
    }

    pub fn center(&mut self, entity: Entity) -> Vec2 {
        let world = self.app.world();
        let t = world.get::<UiGlobalTransform>(entity).unwrap();
        let n = world.get::<ComputedNode>(entity).unwrap();
        t.translation * n.inverse_scale_factor
    }

    /// The centre of the card showing `statement`, or of the current card.
    pub fn card(&mut self, statement: Option<&str>) -> Vec2 {
        let mut q = self.app.world_mut().query::<(Entity, &Draggable)>();
        let e = q
            .iter(self.app.world())
            .find(|(_, d)| statement.is_none_or(|s| d.statement == s))
            .map(|(e, _)| e)
            .expect("a card on screen");
        self.center(e)
    }

    pub fn pile(&mut self, target: Target) -> Vec2 {
        let mut q = self.app.world_mut().query::<(Entity, &Target)>();
        let e = q
            .iter(self.app.world())
            .find(|(_, t)| **t == target)
            .map(|(e, _)| e)
            .unwrap();
        self.center(e)
    }

    pub fn touch(&mut self, id: u64, phase: TouchPhase, position: Vec2) {
        let window = self.window;
        self.app
            .world_mut()
            .write_message(touch::event(window, id, phase, position));
        self.update();
    }

    /// A finger from `from` to `to` in `steps` moves, then lifted: the same stroke the demo and
    /// the benchmark drive the app with.
    pub fn drag(&mut self, from: Vec2, to: Vec2, steps: u32) {
        let stroke = Stroke {
            from,
            to,
            moves: steps,
            lift: true,
        };
        for (phase, at) in stroke.events() {
            self.touch(1, phase, at);
        }
        self.settle();
    }

    /// Taps the pile `target` (the no-drag way to place the current card).
    pub fn tap_pile(&mut self, target: Target) {
        let at = self.pile(target);
        self.tap(at);
    }

    /// Taps `target` until every card is placed (at most one tap a card): the review opens.
    /// With three piles first, a card for pile 1 or 2 goes on "oneens" first (4 or 5: "eens")
    /// and is told apart in the second step, as a youth would do it.
    pub fn place_every_card_on(&mut self, target: Target) {
        for _ in 0..2 * self.measurement().sort.len() {
            if self.screen() != Screen::Sort {
                break;
            }
            let m = self.measurement();
            let now = match target {
                Target::Pile(p @ (1 | 2 | 4 | 5))
                    if m.three_piles && m.sort.current().is_some() =>
                {
                    Target::Lean(if p < 3 { Lean::Disagree } else { Lean::Agree })
                }
                _ => target,
            };
            self.tap_pile(now);
        }
        assert_eq!(self.screen(), Screen::Review);
    }

    /// The statement on the current card.
    pub fn current(&self) -> String {
        self.measurement().sort.current().unwrap().to_string()
    }

    pub fn tap(&mut self, at: Vec2) {
        self.touch(1, TouchPhase::Started, at);
        self.touch(1, TouchPhase::Ended, at);
        self.settle();
    }

    /// Every measurement the store holds, read with the folder's key.
    pub fn saved_all(&self) -> Vec<Measurement> {
        let key = self.key.as_ref().expect("the table's own folder");
        load_all(&opened(&self.store, key)).measurements
    }

    /// What the store holds for the current measurement.
    pub fn saved(&self) -> Measurement {
        let id = &self.measurement().id;
        self.saved_all()
            .into_iter()
            .find(|m| &m.id == id)
            .expect("saved")
    }
}

#[test]
fn the_camera_draws_without_multisampling() {
    // The app draws only UI and egui, after the camera's own pass: Bevy's default of 4 samples
    // would clear and resolve a 4x window-sized texture every frame for nothing (scripts/bench).
    let mut table = Table::new("jongere");
    let mut cameras = table.app.world_mut().query::<(&Camera, Option<&Msaa>)>();
    let msaa: Vec<_> = cameras
        .iter(table.app.world())
        .map(|(_, m)| m.copied())
        .collect();
    assert_eq!(msaa, vec![Some(Msaa::Off)]);
}

#[test]
fn dragging_the_card_onto_a_pile_places_it_and_saves() {
    let mut t = Table::new("kort");
    let first = t.current();
    let (from, to) = (t.card(None), t.pile(Target::Pile(4)));
    t.drag(from, to, 6);
    assert_eq!(
        t.measurement().sort.placement(&first),
        Some(Placement::Pile(4))
    );
    assert_eq!(
        t.saved().sort.placement(&first),
        Some(Placement::Pile(4)),
        "saved at once"
    );
    assert_ne!(
        t.measurement().sort.current(),
        Some(first.as_str()),
        "the next card is up"
    );
}

#[test]
fn tapping_a_pile_places_the_current_card() {
    let mut t = Table::new("kort");
    let first = t.current();
    t.tap_pile(Target::Pile(2));
    assert_eq!(
        t.measurement().sort.placement(&first),
        Some(Placement::Pile(2))
    );
    assert_eq!(
        t.measurement().sort.moves().len(),
        1,
        "one gesture, one move"
    );
}

#[test]
fn dropping_on_the_skip_pile_skips_the_card() {
    let mut t = Table::new("kort");
    let first = t.current();
    let (from, to) = (t.card(None), t.pile(Target::Skip));
    t.drag(from, to, 6);
    assert_eq!(
        t.measurement().sort.placement(&first),
        Some(Placement::Skipped)
    );
}

#[test]
fn a_drop_outside_every_pile_changes_nothing() {
    let mut t = Table::new("kort");
    let before = t.measurement().clone();
    let from = t.card(None);
    // Up into the empty space above the card.
    t.drag(from, Vec2::new(from.x, 90.0), 6);
    assert_eq!(t.measurement().sort, before.sort);
    assert!(t.store.keys().iter().all(|k| !k.contains("damaged")));
    // Let the card slide back, then it can still be placed.
    for _ in 0..30 {
        t.update();
    }
    let at = t.card(None);
    assert!(
        (at - from).length() < 2.0,
        "back where it was: {at} vs {from}"
    );
}

fn card_offset(t: &mut Table) -> Vec2 {
    let mut q = t.app.world_mut().query::<(&UiTransform, &Draggable)>();
    let (transform, _) = q.iter(t.app.world()).next().unwrap();
    match transform.translation {
        Val2 {
            x: Val::Px(x),
            y: Val::Px(y),
        } => Vec2::new(x, y),
        _ => Vec2::ZERO,
    }
}

#[test]
fn a_tiny_movement_is_not_a_drag_and_a_real_one_lifts_the_card_and_lights_the_pile() {
    let mut t = Table::new("kort");
    let from = t.card(None);
    let pile = t.pile(Target::Pile(5));
    t.touch(1, TouchPhase::Started, from);
    t.touch(1, TouchPhase::Moved, from + Vec2::new(4.0, 0.0));
    assert_eq!(
        card_offset(&mut t),
        Vec2::ZERO,
        "4 px is below the drag threshold"
    );
    t.touch(1, TouchPhase::Moved, from.lerp(pile, 0.5));
    assert!(
        card_offset(&mut t).length() > 50.0,
        "the card follows the finger"
    );
    t.touch(1, TouchPhase::Moved, pile);
    let lit = {
        let mut q = t.app.world_mut().query::<(&Target, &Outline)>();
        q.iter(t.app.world())
            .filter(|(_, o)| o.color != Color::NONE)
            .map(|(t, _)| *t)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        lit,
        [Target::Pile(5)],
        "only the pile under the finger lights up"
    );
    t.touch(1, TouchPhase::Ended, pile);
    t.settle();
    assert_eq!(t.measurement().sort.done_count(), 1);
}

#[test]
fn undo_takes_back_the_last_move() {
    let mut t = Table::new("kort");
    let first = t.current();
    t.tap_pile(Target::Pile(3));
    let second = t.current();
    t.tap_pile(Target::Pile(1));
    assert_eq!(t.measurement().sort.done_count(), 2);
    let undo = find_button(&mut t, "Stap terug");
    t.tap(undo);
    assert_eq!(t.measurement().sort.placement(&second), None);
    assert_eq!(
        t.measurement().sort.placement(&first),
        Some(Placement::Pile(3))
    );
    assert_eq!(
        t.measurement().sort.current(),
        Some(second.as_str()),
        "the card is back"
    );
    assert_eq!(t.saved().sort.done_count(), 1);
}

#[test]
fn the_last_card_opens_the_review_and_klaar_locks_the_sort() {
    let mut t = Table::new("kort");
    t.place_every_card_on(Target::Pile(4));
    assert_eq!(t.measurement().sort.open_count(), 0);
    // Move one card in the review by dragging it to another column.
    let id = t.measurement().sort.order()[0].clone();
    let (from, to) = (t.card(Some(&id)), t.pile(Target::Pile(2)));
    t.drag(from, to, 6);
    assert_eq!(
        t.measurement().sort.placement(&id),
        Some(Placement::Pile(2))
    );
    // And one by tapping it, then a column.
    let other = t.measurement().sort.order()[1].clone();
    let at = t.card(Some(&other));
    t.tap(at);
    assert_eq!(
        t.app
            .world()
            .resource::<jas_cards::app::screens::review::Selected>()
            .0
            .as_deref(),
        Some(other.as_str()),
        "tapped at {at}"
    );
    let col = t.pile(Target::Skip);
    t.tap(col);
    assert_eq!(
        t.measurement().sort.placement(&other),
        Some(Placement::Skipped)
    );
    let done = find_button(&mut t, "Klaar");
    t.tap(done);
    assert_eq!(t.screen(), Screen::Handover);
    let saved = t.saved_all().pop().unwrap();
    assert!(saved.sort.is_finished(), "locked and saved");
    assert!(
        t.app.world().resource::<Current>().0.is_none(),
        "nothing of it stays in hand"
    );
}

#[test]
fn a_saved_sort_resumes_at_the_same_card() {
    let mut t = Table::new("kort");
    for pile in [5, 1, 3] {
        let at = t.pile(Target::Pile(pile));
        t.tap(at);
    }
    let expected_card = t.measurement().sort.current().unwrap().to_string();
    let store = t.store.clone();
    let m = t.saved_all().pop().unwrap();
    drop(t);
    // A new run: what was saved, loaded back, on the sort screen.
    let mut again = Table::with(m, store, Screen::Sort);
    assert_eq!(
        again.measurement().sort.current(),
        Some(expected_card.as_str())
    );
    assert_eq!(again.measurement().sort.done_count(), 3);
    let card = again.card(None);
    let shown = {
        let mut q = again.app.world_mut().query::<&Draggable>();
        q.iter(again.app.world()).next().unwrap().statement.clone()
    };
    assert_eq!(shown, expected_card);
    assert!(card.x > 0.0);
}

/// The centre of the button whose label is `label`.
pub fn find_button(t: &mut Table, label: &str) -> Vec2 {
    let mut q = t.app.world_mut().query::<(&Text, &ChildOf)>();
    let parent = q
        .iter(t.app.world())
        .find(|(text, _)| text.0 == label)
        .map(|(_, c)| c.parent())
        .unwrap_or_else(|| panic!("a button {label:?}"));
    t.center(parent)
}

#[test]
fn an_opened_pile_shows_its_cards_and_one_can_be_moved_from_it() {
    let mut t = Table::new("kort");
    let first = t.current();
    t.tap_pile(Target::Pile(4));
    // The "Bekijk" (look) button nearest to pile 4 is pile 4's.
    let pile4 = t.pile(Target::Pile(4));
    let look = {
        let mut q = t.app.world_mut().query::<(&Text, &ChildOf)>();
        let parents: Vec<Entity> = q
            .iter(t.app.world())
            .filter(|(text, _)| text.0 == "Bekijk")
            .map(|(_, c)| c.parent())
            .collect();
        let mut best = (f32::MAX, Vec2::ZERO);
        for p in parents {
            let c = t.center(p);
            let d = (c - pile4).length();
            if d < best.0 {
                best = (d, c);
            }
        }
        best.1
    };
    t.tap(look);
    assert_eq!(
        t.measurement().sort.done_count(),
        1,
        "looking is not placing"
    );
    // The opened pile shows the card; drag it to pile 1.
    let (from, to) = (t.card(Some(&first)), t.pile(Target::Pile(1)));
    t.drag(from, to, 6);
    assert_eq!(
        t.measurement().sort.placement(&first),
        Some(Placement::Pile(1))
    );
}

#[test]
fn two_fingers_at_once_never_leave_a_card_in_two_piles_or_none() {
    let mut t = Table::new("kort");
    let first = t.current();
    let card = t.card(None);
    let (p2, p4) = (t.pile(Target::Pile(2)), t.pile(Target::Pile(4)));
    // Finger 1 drags the card towards pile 2 while finger 2 taps pile 4.
    t.touch(1, TouchPhase::Started, card);
    t.touch(1, TouchPhase::Moved, card.lerp(p2, 0.5));
    t.touch(2, TouchPhase::Started, p4);
    t.touch(1, TouchPhase::Moved, p2);
    t.touch(2, TouchPhase::Ended, p4);
    t.touch(1, TouchPhase::Ended, p2);
    t.settle();
    // Two fingers dragging at once: finger 3 drags the (new) current card to pile 1 and finger
    // 4 drags from the same card to pile 5, released in the same frame.
    let card = t.card(None);
    let (p1, p5) = (t.pile(Target::Pile(1)), t.pile(Target::Pile(5)));
    t.touch(3, TouchPhase::Started, card);
    t.touch(4, TouchPhase::Started, card);
    for i in 1..=4 {
        let k = i as f32 / 4.0;
        t.touch(3, TouchPhase::Moved, card.lerp(p1, k));
        t.touch(4, TouchPhase::Moved, card.lerp(p5, k));
    }
    t.touch(3, TouchPhase::Ended, p1);
    t.touch(4, TouchPhase::Ended, p5);
    t.settle();
    let sort = &t.measurement().sort;
    // The tap on pile 4 placed the first card (the drag of it had its card taken away); of the
    // two fingers on the second card, the first to lift placed it; nothing else happened.
    assert_eq!(sort.placement(&first), Some(Placement::Pile(4)));
    let second = sort.order()[1].clone();
    assert_eq!(sort.placement(&second), Some(Placement::Pile(1)));
    assert_eq!(sort.moves().len(), 2, "{:?}", sort.moves());
    // The screen shows what the core holds: its counts, and its current card.
    let shown = pile_counts(&mut t);
    let sort = &t.measurement().sort;
    for (target, n) in shown {
        let expected = match target {
            Target::Pile(p) => sort.pile(p).len(),
            Target::Skip => sort.skipped().len(),
            Target::Lean(lean) => sort.leaning(lean).len(),
        };
        assert_eq!(n, expected, "{target:?}");
    }
    let card_shown = {
        let mut q = t.app.world_mut().query::<&Draggable>();
        q.iter(t.app.world()).next().unwrap().statement.clone()
    };
    assert_eq!(Some(card_shown.as_str()), t.measurement().sort.current());
    let sort = &t.measurement().sort;
    // And what is on disk is the same.
    assert_eq!(t.saved().sort.answers(), sort.answers());
}

/// The count each pile shows on screen: the number in the pile's own text, by target.
fn pile_counts(t: &mut Table) -> Vec<(Target, usize)> {
    let mut targets = t.app.world_mut().query::<(Entity, &Target)>();
    let piles: Vec<(Entity, Target)> = targets.iter(t.app.world()).map(|(e, t)| (e, *t)).collect();
    let mut texts = t.app.world_mut().query::<(&Text, &ChildOf)>();
    let mut counts = Vec::new();
    for (pile, target) in piles {
        // The count is a number in a row below the pile's label.
        let n = texts
            .iter(t.app.world())
            .filter(|(_, c)| {
                t.app
                    .world()
                    .get::<ChildOf>(c.parent())
                    .is_some_and(|row| row.parent() == pile)
            })
            .find_map(|(text, _)| text.0.parse::<usize>().ok());
        counts.push((target, n.expect("a count on every pile")));
    }
    counts
}

/// What egui drew in its last pass: each text with its centre; and each widget one can tap
/// (from egui's accessibility output, turned on in the tests), with its name and bounds.
#[derive(Resource, Default, Debug)]
pub struct Drawn(pub Vec<(String, Vec2)>, pub Vec<(String, Rect)>);

fn note_what_egui_drew(mut drawn: ResMut<Drawn>, outputs: Query<&bevy_egui::EguiFullOutput>) {
    for output in &outputs {
        if let Some(out) = &output.0 {
            drawn.0.clear();
            for clipped in &out.shapes {
                collect_texts(&clipped.shape, &mut drawn.0);
            }
            if let Some(update) = &out.platform_output.accesskit_update {
                drawn.1 = update
                    .nodes
                    .iter()
                    // What one taps: clickable, and not a text (egui's labels can be selected).
                    .filter(|(_, n)| n.supports_action(accesskit::Action::Click))
                    .filter(|(_, n)| {
                        !matches!(
                            n.role(),
                            accesskit::Role::Label | accesskit::Role::Paragraph
                        )
                    })
                    .filter_map(|(_, n)| {
                        let b = n.bounds()?;
                        let name = format!(
                            "{:?} {}",
                            n.role(),
                            n.label().or(n.value()).unwrap_or_default()
                        );
                        let rect = Rect::new(b.x0 as f32, b.y0 as f32, b.x1 as f32, b.y1 as f32);
                        Some((name, rect))
                    })
                    .collect();
            }
        }
    }
}

/// egui reports its widgets (with their bounds) once its accessibility output is on.
fn egui_reports_widgets(mut contexts: bevy_egui::EguiContexts) {
    if let Ok(ctx) = contexts.ctx_mut() {
        ctx.enable_accesskit();
    }
}

fn collect_texts(shape: &bevy_egui::egui::Shape, out: &mut Vec<(String, Vec2)>) {
    match shape {
        bevy_egui::egui::Shape::Text(t) => {
            let c = t.pos + t.galley.rect.center().to_vec2();
            out.push((t.galley.text().to_string(), Vec2::new(c.x, c.y)));
        }
        bevy_egui::egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect_texts(s, out)),
        _ => {}
    }
}

#[test]
fn a_turned_card_still_shows_its_front() {
    let mut t = Table::new("kort");
    let id = t.current();
    let deck = DeckSet::builtin();
    let statement = deck.get("kort").unwrap().statement(&id).unwrap().clone();
    let front = statement.text.get("nl", "nl").to_string();
    let back = statement.explanation.get("nl", "nl").to_string();
    assert!(t.texts().contains(&front));
    assert!(!t.texts().contains(&back));
    let turn = find_button(&mut t, "Draai om");
    t.tap(turn);
    let texts = t.texts();
    assert!(texts.contains(&back), "the back: {texts:?}");
    assert!(texts.contains(&front), "and still the front: {texts:?}");
}
