//! One integration-test crate (every test binary links all of Bevy; one keeps builds short).
//! Each module tests one concern against the rules in docs/product-rules.md.

mod a11y;
mod agreements_ui;
mod app;
pub mod board;
mod bundle;
mod cli;
mod contrast;
mod corpus;
mod decks;
mod encryption;
mod export;
mod guess;
mod idle;
mod kv_store;
mod mentor;
pub mod mentor_led;
mod overview;
mod paper;
mod paper_ui;
mod read_aloud;
mod round;
mod same_frame;
mod schedule;
mod scoring;
mod set_up;
mod shipped_decks;
mod sort;
mod storage;
pub mod table;
mod text_fields;
mod three_piles;
mod touch_targets;
mod transfer_ui;

use std::path::{Path, PathBuf};

use jas_cards::core::deck::{Deck, DeckError, parse_deck};

/// The youth "AB" of the test measurements, known by pseudonym only.
pub fn ab() -> jas_cards::core::youth::YouthKey {
    jas_cards::core::youth::YouthKey::Pseudonym("AB".into())
}

/// A file in the project.
pub fn project(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

pub fn read(rel: &str) -> String {
    std::fs::read_to_string(project(rel)).unwrap()
}

/// The small test deck (tests/data/mini.ron): three parts, seven statements, three reversed.
pub fn mini_source() -> String {
    read("tests/data/mini.ron")
}

pub fn mini() -> Deck {
    parse_deck(Path::new("mini.ron"), mini_source().as_bytes()).unwrap()
}

/// The mini deck with `from` replaced by `to` (exactly once), parsed: the error it gives.
pub fn mini_broken(from: &str, to: &str) -> DeckError {
    let source = mini_source();
    assert_eq!(source.matches(from).count(), 1, "{from:?} must occur once");
    parse_deck(
        Path::new("mini.ron"),
        source.replacen(from, to, 1).as_bytes(),
    )
    .expect_err("the broken deck must be refused")
}

pub fn shipped(name: &str) -> Deck {
    jas_cards::core::deck::load_deck(&project(&format!("levels/{name}.ron"))).unwrap()
}
