//! Reading aloud, headless: the speaker buttons hand their text and language to the voice (a
//! recording double here), "elke kaart voorlezen" reads each new card once, a turned card
//! reads its back, and where the voice lacks the language the screen says so.

use std::sync::Arc;

use bevy::prelude::*;
use jas_cards::app::piles::Target;
use jas_cards::app::speech::{Recorded, Speaker, Speech};
use jas_cards::core::deck::DeckSet;
use jas_cards::core::measurement::{Measurement, Moment};
use jas_cards::core::store::MemoryStore;

use crate::table::{Table, find_button};

fn round(read_aloud: bool) -> Table {
    let decks = DeckSet::builtin();
    let mut m = Measurement::new(
        "T",
        Moment::Start,
        "r-20261129-100000-0003",
        decks.get("kort").unwrap(),
        5,
    );
    m.read_aloud = read_aloud;
    Table::with(
        m,
        Arc::new(MemoryStore::new()),
        jas_cards::app::Screen::Sort,
    )
}

fn said(t: &Table) -> Vec<(String, String)> {
    t.said.lock().unwrap().clone()
}

/// The centre of the speaker button that reads `text`.
fn speaker(t: &mut Table, text: &str) -> Vec2 {
    let mut q = t.app.world_mut().query::<(Entity, &Speaker)>();
    let e = q
        .iter(t.app.world())
        .find(|(_, s)| s.text == text)
        .map(|(e, _)| e)
        .unwrap_or_else(|| panic!("a speaker reading {text:?}"));
    t.center(e)
}

fn front(t: &Table) -> String {
    let id = t.measurement().sort.current().unwrap().to_string();
    let deck = DeckSet::builtin();
    let s = deck.get("kort").unwrap().statement(&id).unwrap().clone();
    s.text.get("nl", "nl").to_string()
}

#[test]
fn the_cards_speaker_reads_the_card_in_the_decks_language_and_places_nothing() {
    let mut t = round(false);
    assert!(said(&t).is_empty(), "nothing is read unasked");
    let text = front(&t);
    let at = speaker(&mut t, &text);
    t.tap(at);
    assert_eq!(said(&t), [(text.clone(), "nl".to_string())]);
    assert_eq!(
        t.measurement().sort.moves().len(),
        0,
        "a tap on the speaker is no move"
    );
    // Turned, the speaker reads the back.
    let turn = find_button(&mut t, "Draai om");
    t.tap(turn);
    let id = t.measurement().sort.current().unwrap().to_string();
    let back = DeckSet::builtin()
        .get("kort")
        .unwrap()
        .statement(&id)
        .unwrap()
        .explanation
        .get("nl", "nl")
        .to_string();
    let at = speaker(&mut t, &back);
    t.tap(at);
    assert_eq!(said(&t).last().unwrap().0, back);
}

#[test]
fn a_piles_speaker_reads_its_name() {
    let mut t = round(false);
    let at = speaker(&mut t, "Helemaal eens");
    t.tap(at);
    assert_eq!(said(&t), [("Helemaal eens".to_string(), "nl".to_string())]);
    assert_eq!(
        t.measurement().sort.moves().len(),
        0,
        "the card stays where it was"
    );
}

#[test]
fn read_each_card_reads_every_new_card_once_and_a_turned_card_its_back() {
    let mut t = round(true);
    let first = front(&t);
    assert_eq!(said(&t), [(first.clone(), "nl".to_string())]);
    // Another frame reads nothing again.
    t.settle();
    assert_eq!(said(&t).len(), 1);
    t.tap_pile(Target::Pile(4));
    let second = front(&t);
    assert_ne!(first, second);
    assert_eq!(said(&t).len(), 2);
    assert_eq!(said(&t)[1].0, second);
    let turn = find_button(&mut t, "Draai om");
    t.tap(turn);
    assert_eq!(said(&t).len(), 3, "turning reads the back");
    assert_ne!(said(&t)[2].0, second);
}

#[test]
fn without_a_voice_of_the_language_the_screen_says_so() {
    let mut t = round(false);
    t.app.insert_resource(Speech(Box::new(Recorded {
        said: t.said.clone(),
        langs: vec!["en".into()],
    })));
    let text = front(&t);
    let at = speaker(&mut t, &text);
    t.tap(at);
    assert!(
        said(&t).is_empty(),
        "Dutch is not read with another language's voice"
    );
    let mut q = t.app.world_mut().query::<&Text>();
    assert!(
        q.iter(t.app.world())
            .any(|x| x.0.starts_with("Voorlezen lukt hier niet")),
        "the screen says there is no Dutch voice"
    );
}
