//! The Bevy shell, headless: our plugins in an `App` with `MinimalPlugins` and no renderer.

use std::sync::Arc;

use bevy::prelude::*;
use jas_cards::app::{DataStore, Decks, Lang, Problems, Settings};
use jas_cards::core::deck::DeckSet;
use jas_cards::core::store::MemoryStore;

/// An app with everything our screens need but a window and a GPU.
pub fn headless(problems: Vec<String>) -> App {
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        bevy::input::InputPlugin,
        bevy::window::WindowPlugin::default(),
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
    .insert_resource(DataStore(Arc::new(MemoryStore::new())))
    .insert_resource(Problems(problems))
    .insert_resource(Settings {
        lang: Lang::Nl,
        data_dir: "/tmp/jas-test".into(),
    });
    app.add_plugins(jas_cards::app::plugin);
    app.update();
    app
}

fn texts(app: &mut App) -> Vec<String> {
    let mut q = app.world_mut().query::<&Text>();
    q.iter(app.world()).map(|t| t.0.clone()).collect()
}

#[test]
fn the_window_shows_every_loaded_deck() {
    let mut app = headless(Vec::new());
    let texts = texts(&mut app);
    for title in ["Jongere", "Jongere kort", "Mentor", "Ouder"] {
        assert!(texts.iter().any(|t| t == title), "{title} in {texts:?}");
    }
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("20 kaarten · voor de jongere\nRelatie 7 · Doel 7 · Aanpak 6")),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t == "Let op"),
        "no problems, no warning box"
    );
}

#[test]
fn problems_are_shown_naming_the_file() {
    let problem = "levels/x.ron:3:5: unknown part \"dool\"".to_string();
    let mut app = headless(vec![problem.clone()]);
    let texts = texts(&mut app);
    assert!(texts.iter().any(|t| t == "Let op"));
    assert!(texts.contains(&problem));
}
