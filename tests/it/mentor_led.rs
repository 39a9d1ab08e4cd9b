//! The promises to the youth, held by the app: rounds begin in the mentor area, nothing of
//! anyone else is shown without the PIN, the board opens only when both sorts are finished and
//! only together, two youths of the same name keep their own histories, and a parent is spoken
//! to as "u". Driven headless with egui's screens running: what is on screen is every Bevy UI
//! text and everything egui drew.

use std::sync::Arc;

use jas_cards::app::Screen;
use jas_cards::app::piles::Target;
use jas_cards::app::screens::mentor::MentorArea;
use jas_cards::core::deck::{DeckSet, Role};
use jas_cards::core::lock;
use jas_cards::core::measurement::{Moment, save};
use jas_cards::core::round::{For, begin, rounds_of};
use jas_cards::core::sort::Action;
use jas_cards::core::store::MemoryStore;
use jas_cards::core::youth::{self, Youth, YouthKey};

use crate::table::{Table, find_button, opened};
use jas_cards::core::keys::FolderKey;

const PIN: &str = "246813";

/// A store with a PIN, and Anna's data: a round she stopped halfway (with a remark) and a
/// finished one with an agreement; and Lotte's round from before the records (pseudonym only).
pub(crate) fn store_with_anna() -> (Arc<MemoryStore>, Youth) {
    let (raw, key) = locked();
    // Written as the app writes: encrypted to the folder's key.
    let store = opened(&raw, &key);
    let anna = Youth::new("Anna", "", 0xa11a, "2026-09-01T10:00:00Z");
    youth::save(&store, &anna).unwrap();
    let decks = DeckSet::builtin();
    let kort = decks.get("kort").unwrap();
    let who = For {
        name: "Anna",
        record: Some(&anna.id),
    };
    let mut halfway = begin(who, Moment::Start, kort, 1, 1);
    for pile in [5, 1] {
        let id = halfway.sort.current().unwrap().to_string();
        halfway
            .apply(Action::Place {
                statement: id.clone(),
                pile,
            })
            .unwrap();
        halfway
            .apply(Action::Remark {
                statement: id,
                text: "geheim van Anna".into(),
            })
            .unwrap();
    }
    save(&store, &halfway).unwrap();
    // And a round of hers that both finished, with an agreement.
    let mut done = begin(who, Moment::Start, kort, 3, 3);
    while let Some(id) = done.sort.current().map(str::to_string) {
        done.apply(Action::Place {
            statement: id,
            pile: 4,
        })
        .unwrap();
    }
    done.apply(Action::Finish).unwrap();
    done.set_agreements(vec![crate::board::agreement(
        jas_cards::core::measurement::Who::Together,
        "geheime afspraak",
        "",
    )]);
    save(&store, &done).unwrap();
    let mut lotte = begin(
        jas_cards::core::round::alone("Lotte"),
        Moment::Extra,
        kort,
        2,
        2,
    );
    let id = lotte.sort.current().unwrap().to_string();
    lotte
        .apply(Action::Place {
            statement: id,
            pile: 2,
        })
        .unwrap();
    save(&store, &lotte).unwrap();
    (raw, anna)
}

/// A store whose mentor set PIN (at a cheap cost), and the folder's key to read it with.
/// The folder key of a store locked with [`PIN`], opened with it.
pub(crate) fn key_of(raw: &Arc<MemoryStore>) -> FolderKey {
    lock::open_for_command(raw.as_ref(), Some(PIN), lock::now_seconds())
        .unwrap()
        .unwrap()
}

pub(crate) fn locked() -> (Arc<MemoryStore>, FolderKey) {
    let store = Arc::new(MemoryStore::new());
    let made = lock::set_up(PIN, lock::CHEAP);
    lock::save(store.as_ref(), &made.lock).unwrap();
    (store, made.key)
}

/// Nothing of Anna or Lotte is on screen.
fn shows_nothing_of_others(t: &mut Table, screen: &str) {
    let texts = t.texts();
    assert!(!texts.is_empty(), "{screen}: something is drawn");
    for text in &texts {
        for secret in ["Anna", "Lotte", "geheim", "measurements", "/tmp/"] {
            assert!(
                !text.contains(secret),
                "{screen} shows {secret:?}: {text:?}"
            );
        }
    }
}

/// Opens the mentor area from the gate with the PIN.
pub(crate) fn enter_pin(t: &mut Table) {
    assert_eq!(t.screen(), Screen::MentorGate);
    let label = t.drawn("Pincode");
    t.click(label + bevy::math::Vec2::new(0.0, 50.0));
    t.type_text(PIN);
    t.click_text("Openen");
    assert_eq!(t.screen(), Screen::MentorHome, "{:?}", t.texts());
}

#[test]
fn without_the_pin_no_screen_shows_anything_of_another_youth() {
    let (store, _) = store_with_anna();
    let mut t = Table::open(store, true);
    assert_eq!(t.screen(), Screen::Start);
    assert!(
        t.texts().iter().any(|s| s == "JAS-kaarten"),
        "egui drew the start"
    );
    shows_nothing_of_others(&mut t, "start");

    // Bram begins an extra round of his own.
    t.click_text("Een schuilnaam");
    t.type_text("Bram");
    t.click_text("Beginnen");
    assert_eq!(t.screen(), Screen::Intro);
    assert!(
        t.texts()
            .iter()
            .any(|s| s.starts_with("Bram, hoe gaat het")),
        "his own name: {:?}",
        t.texts()
    );
    shows_nothing_of_others(&mut t, "intro");
    t.click_text("Verder");
    shows_nothing_of_others(&mut t, "intro, second page");
    t.click_text("Ik snap het, begin");
    assert_eq!(t.screen(), Screen::Sort);
    shows_nothing_of_others(&mut t, "sort");
    // Every pile opened: only Bram's cards.
    t.tap_pile(Target::Pile(5));
    shows_nothing_of_others(&mut t, "sort after a move");
    let stop = find_button(&mut t, "Stoppen");
    t.tap(stop);
    assert_eq!(t.screen(), Screen::Paused);
    shows_nothing_of_others(&mut t, "paused");
    t.click_text("Ik ben de mentor");
    assert_eq!(t.screen(), Screen::MentorGate);
    shows_nothing_of_others(&mut t, "gate");
    // The mentor screens cannot be reached past the gate.
    for screen in [
        Screen::MentorHome,
        Screen::Together,
        Screen::Board,
        Screen::History,
    ] {
        t.go(screen);
        assert_eq!(t.screen(), Screen::MentorGate, "{screen:?}");
        shows_nothing_of_others(&mut t, "a mentor screen without the PIN");
    }
    // With the PIN, the mentor sees Anna and her stopped round (the list scrolls on to Lotte's
    // and Bram's rounds, which wait to be linked to a record).
    enter_pin(&mut t);
    let texts = t.texts().join("\n");
    assert!(texts.contains("Anna"), "{texts}");
    assert!(texts.contains("Verder laten spelen"), "{texts}");
    let library = &t.app.world().resource::<jas_cards::app::Library>().0;
    let bram: Vec<_> = library.iter().filter(|m| m.youth == "Bram").collect();
    assert_eq!(bram.len(), 1);
    assert_eq!(bram[0].youth_id, None, "to be linked by the mentor");
}

/// In the mentor area: a new youth Sam, the short deck, the round settings named in `choices`,
/// and the tablet handed to Sam.
fn begin_for_sam(t: &mut Table, choices: &[&str]) {
    t.click_text("+ Nieuwe jongere");
    t.click_text("Schuilnaam of voorletters");
    t.type_text("Sam");
    t.click_text("Jongere kort");
    for c in choices {
        t.click_text(c);
    }
    let at = t.drawn("Geef de tablet aan Sam");
    t.click(at);
}

/// Sam reads both pages of the intro, lays every card on "een beetje eens", hands the tablet
/// back, and the mentor opens the area.
fn sam_sorts_and_hands_back(t: &mut Table) {
    t.click_text("Verder");
    t.click_text("Ik snap het, begin");
    t.place_every_card_on(Target::Pile(4));
    let done = find_button(t, "Klaar");
    t.tap(done);
    assert_eq!(t.screen(), Screen::Handover);
    t.click_text("Ik ben de mentor");
    enter_pin(t);
}

/// The mentor finishes the sort on screen: every card on `pile`, then "Klaar".
fn mentor_sorts_on(t: &mut Table, pile: u8) {
    assert_eq!(t.screen(), Screen::Sort);
    t.place_every_card_on(Target::Pile(pile));
    let done = find_button(t, "Klaar");
    t.tap(done);
}

#[test]
fn a_round_with_the_guess_asks_it_after_the_mentors_own_sort_and_before_the_board() {
    let (store, key) = locked();
    let mut t = Table::open(store.clone(), true);
    t.click_text("Mentordeel");
    enter_pin(&mut t);
    begin_for_sam(&mut t, &["Raad hoe Sam de kaarten legde"]);
    assert!(t.measurement().ask_guess, "the round setting is kept");
    sam_sorts_and_hands_back(&mut t);
    t.click_text("Mijn kaarten sorteren");
    mentor_sorts_on(&mut t, 3);
    // Not the board: the same game again, with the question in view.
    assert_eq!(t.screen(), Screen::Sort);
    assert_eq!(t.measurement().role, Role::MentorGuess);
    assert_eq!(t.measurement().deck.id, "kort", "the youth's own deck");
    t.assert_shows("Jouw gok: hoe denk je dat Sam de kaarten heeft gelegd?");
    // The guess is the mentor's: without the PIN it goes to the gate.
    t.app.world_mut().resource_mut::<MentorArea>().unlocked = false;
    t.update();
    t.update();
    assert_eq!(t.screen(), Screen::MentorGate);
    enter_pin(&mut t);
    t.click_text("Verder met mijn gok");
    mentor_sorts_on(&mut t, 5);
    assert_eq!(t.screen(), Screen::Together);
    let stored = jas_cards::core::measurement::load_all(&opened(&store, &key)).measurements;
    let guess = stored.iter().find(|m| m.role == Role::MentorGuess).unwrap();
    assert!(guess.sort.is_finished());
    assert!(
        guess.sort.answers().values().all(|a| *a == Some(5)),
        "{guess:?}"
    );

    // The board seen together leaves the guess off unless the mentor puts it there.
    t.click_text("We zitten samen");
    assert_eq!(t.screen(), Screen::Board);
    let texts = t.texts().join("\n");
    assert!(!texts.contains("De gok van de mentor"), "{texts}");
    // The history shows it to the mentor: Sam's cards all on 4, the guess all on 5.
    t.click_text("Geschiedenis");
    t.assert_shows("Gok goed");
    t.assert_shows(
        "Op dezelfde stapel: 0 van 9 · Eén stapel ernaast: 9 · Gok hoger dan Sam: 0 · Gok lager dan Sam: 0",
    );
    t.click_text("Ook op het bord");
    t.update();
    let stored = jas_cards::core::measurement::load_all(&opened(&store, &key)).measurements;
    let sams = stored.iter().find(|m| m.role == Role::Youth).unwrap();
    assert!(sams.guess_on_board, "kept with the round");
    t.click_text("Bord bekijken");
    t.click_text("We zitten samen");
    // (Its figures follow under the heading, in the side column's scrolled part.)
    t.assert_shows("De gok van de mentor");
}

#[test]
fn from_the_mentor_adding_a_youth_to_the_board_opened_together() {
    let (store, key) = locked();
    let mut t = Table::open(store.clone(), true);
    t.click_text("Mentordeel");
    enter_pin(&mut t);

    // A new youth, the short deck, and the tablet to Sam: the area locks.
    begin_for_sam(&mut t, &[]);
    assert_eq!(t.screen(), Screen::Intro, "{:?}", t.texts());
    assert!(
        !t.app.world().resource::<MentorArea>().unlocked,
        "locked on hand-over"
    );
    let (youths, _) = youth::load_all(&opened(&store, &key));
    assert_eq!(youths.len(), 1);
    assert_eq!(
        t.measurement().youth_id.as_deref(),
        Some(youths[0].id.as_str())
    );
    assert_eq!(t.measurement().deck.id, "kort");
    // The short deck plays three piles first unless the mentor turns it off, and the intro
    // says how.
    assert!(t.measurement().three_piles);
    t.assert_shows("Daarna kies je: een beetje of helemaal.");

    // Sam reads both pages of the intro, sorts every card and hands back.
    sam_sorts_and_hands_back(&mut t);

    // The board is not there yet: only the mentor's own sort.
    let texts = t.texts().join("\n");
    assert!(!texts.contains("Bord bekijken"), "{texts}");
    t.click_text("Mijn kaarten sorteren");
    mentor_sorts_on(&mut t, 3);
    assert_eq!(t.screen(), Screen::Together);
    assert!(
        t.texts()
            .iter()
            .any(|s| s.contains("Bekijk dit samen met Sam"))
    );
    t.click_text("We zitten samen");
    assert_eq!(t.screen(), Screen::Board);
    let texts = t.texts().join("\n");
    assert!(texts.contains("Samen bekijken: Sam"), "{texts}");
    // The youth is called by their name on the board, not "Jongere".
    assert!(t.texts().iter().any(|s| s == "Sam"), "{texts}");
    assert!(!t.texts().iter().any(|s| s == "Jongere"), "{texts}");
    // The first look is Sam's piles as laid: every card of Sam's sort is drawn, each one a
    // button and a touch target (egui's accessibility output names it by its words); "van de mentor"
    // shows the mentor's cards in the mentor deck's words.
    let decks = DeckSet::builtin();
    let words = |deck: &str| -> Vec<String> {
        let d = decks.get(deck).unwrap();
        d.statements
            .iter()
            .map(|s| s.text.get("nl", "nl").to_string())
            .collect()
    };
    let targets = t.app.world().resource::<crate::table::Drawn>().1.clone();
    for w in words("kort") {
        assert!(t.texts().contains(&w), "{w} on the board");
        let (_, rect) = targets
            .iter()
            .find(|(n, _)| *n == format!("Button {w}"))
            .unwrap_or_else(|| panic!("{w} is a target"));
        assert!(
            rect.width() >= 48.0 && rect.height() >= 48.0,
            "{w}: {rect:?}"
        );
    }
    t.click_text("van de mentor");
    for w in words("mentor-kort") {
        assert!(t.texts().contains(&w), "{w} on the mentor's piles");
    }
    let rounds = rounds_of(
        &YouthKey::Record(youths[0].id.clone()),
        &jas_cards::core::measurement::load_all(&opened(&store, &key)).measurements,
    )
    .len();
    assert_eq!(rounds, 1);
}

/// Whether `text` speaks to someone as "je" (je, jij, jou, jouw, jezelf).
fn says_je(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "je" | "jij" | "jou" | "jouw" | "jezelf"
        )
    })
}

#[test]
fn a_parent_is_spoken_to_as_u_on_every_screen_of_their_round() {
    let store = Arc::new(MemoryStore::new());
    let sam = Youth::new("Sam", "", 3, "2026-09-01T10:00:00Z");
    let decks = DeckSet::builtin();
    let who = For {
        name: &sam.name,
        record: Some(&sam.id),
    };
    let parent_round = begin(who, Moment::Start, decks.get("ouder").unwrap(), 1, 1);
    let mut t = Table::open(store, true);
    t.app
        .world_mut()
        .write_message(jas_cards::app::Session::Begin(parent_round));
    t.update();
    let mut seen = Vec::new();
    let mut check = |t: &mut Table, screen: &str| {
        for text in t.texts() {
            assert!(!says_je(&text), "{screen}: {text:?}");
        }
        seen.push(screen.to_string());
    };
    t.go(Screen::Intro);
    assert_eq!(t.screen(), Screen::Intro);
    t.assert_shows("uw kind");
    check(&mut t, "intro");
    t.click_text("Verder");
    t.assert_shows("De mentor kan uw kaarten pas zien");
    check(&mut t, "intro, second page");
    t.click_text("Ik snap het, begin");
    check(&mut t, "sort");
    let remark = find_button(&mut t, "Opmerking");
    t.tap(remark);
    t.assert_shows("Wilt u");
    check(&mut t, "remark");
    t.click_text("Toch niet");
    t.place_every_card_on(Target::Pile(2));
    check(&mut t, "review");
    let stop = find_button(&mut t, "Klaar");
    t.tap(stop);
    assert_eq!(t.screen(), Screen::Handover);
    assert!(t.texts().iter().any(|s| s == "Dank u wel!"));
    check(&mut t, "hand-over");
    assert_eq!(seen.len(), 6);
}

/// The app with Anna's data, the mentor in the mentor area.
fn in_the_mentor_area() -> (Table, Youth) {
    let (store, anna) = store_with_anna();
    let mut t = Table::open(store, true);
    t.click_text("Mentordeel");
    enter_pin(&mut t);
    (t, anna)
}

#[test]
fn the_mentor_area_locks_itself_when_left_untouched() {
    let (mut t, _) = in_the_mentor_area();
    // Four minutes on: still open. (Each update is a 60 Hz frame; jump the clock instead.)
    let step = |t: &mut Table, seconds: u64| {
        t.app
            .insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(
                std::time::Duration::from_secs(seconds),
            ));
        t.update();
        t.app
            .insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(
                std::time::Duration::from_micros(16_667),
            ));
        t.settle();
    };
    step(&mut t, 240);
    assert_eq!(t.screen(), Screen::MentorHome);
    // A touch starts the time again.
    let at = t.drawn("Mentordeel");
    t.click(at);
    step(&mut t, 240);
    assert_eq!(t.screen(), Screen::MentorHome, "touched a moment ago");
    step(&mut t, 70);
    assert!(!t.app.world().resource::<MentorArea>().unlocked);
    assert_eq!(
        t.screen(),
        Screen::MentorGate,
        "five minutes untouched: locked"
    );
    shows_nothing_of_others(&mut t, "the gate after the lock");
}

#[test]
fn the_board_does_not_open_before_both_sorts_are_finished() {
    let (mut t, anna) = in_the_mentor_area();
    // Anna's finished round has no mentor sort yet: neither the board nor "together" opens.
    let round = t
        .app
        .world()
        .resource::<jas_cards::app::Library>()
        .0
        .iter()
        .find(|m| m.sort.is_finished())
        .map(|m| m.round.clone())
        .unwrap();
    for screen in [Screen::Together, Screen::Board] {
        *t.app
            .world_mut()
            .resource_mut::<jas_cards::app::screens::mentor::Focus>() =
            jas_cards::app::screens::mentor::Focus {
                youth: Some(YouthKey::Record(anna.id.clone())),
                round: Some(round.clone()),
            };
        t.go(screen);
        assert_eq!(t.screen(), Screen::MentorHome, "{screen:?}");
        let texts = t.texts().join("\n");
        assert!(!texts.contains("geheime afspraak"), "{texts}");
    }
}

#[test]
fn wrong_pins_at_the_gate_lead_to_a_wait_that_even_the_right_pin_must_sit_out() {
    let (store, _) = store_with_anna();
    let mut t = Table::open(store.clone(), true);
    t.click_text("Mentordeel");
    let pin_field = t.drawn("Pincode") + bevy::math::Vec2::new(0.0, 50.0);
    for _ in 0..lock::FREE_TRIES {
        t.click(pin_field);
        t.type_text("000000");
        t.click_text("Openen");
        assert!(t.texts().iter().any(|s| s == "Die pincode klopt niet."));
    }
    let wrong = lock::load(store.as_ref()).unwrap().unwrap().wrong;
    assert_eq!(wrong, lock::FREE_TRIES, "counted in the lock file");
    t.click(pin_field);
    t.type_text(PIN);
    t.click_text("Openen");
    assert_eq!(
        t.screen(),
        Screen::MentorGate,
        "not even the right PIN, yet"
    );
    let texts = t.texts().join("\n");
    assert!(texts.contains("Te vaak een verkeerde pincode"), "{texts}");
    shows_nothing_of_others(&mut t, "the gate while waiting");
}

#[test]
fn a_round_a_youth_began_alone_is_linked_to_a_new_record_of_that_name() {
    let (store, key) = locked();
    let decks = DeckSet::builtin();
    let alone = begin(
        jas_cards::core::round::alone("Lotte"),
        Moment::Extra,
        decks.get("kort").unwrap(),
        2,
        2,
    );
    save(&opened(&store, &key), &alone).unwrap();
    let mut t = Table::open(store.clone(), true);
    t.click_text("Mentordeel");
    enter_pin(&mut t);
    t.assert_shows("nog niet gekoppeld");
    t.click_text("+ nieuwe jongere met deze naam");
    let (youths, _) = youth::load_all(&opened(&store, &key));
    assert_eq!(youths.len(), 1);
    assert_eq!(youths[0].name, "Lotte");
    let stored = jas_cards::core::measurement::load_all(&opened(&store, &key)).measurements;
    assert_eq!(stored[0].youth_id.as_deref(), Some(youths[0].id.as_str()));
    t.settle();
    let texts = t.texts().join("\n");
    assert!(!texts.contains("nog niet gekoppeld"), "{texts}");
}

/// "Drie stapels eerst" in the new round: on for the short deck unless the mentor turns it
/// off, off for the full deck unless turned on; the round begins as the form says.
#[test]
fn the_mentor_sets_three_piles_first_per_round() {
    for (deck, tap_it, expected) in [
        ("Jongere kort", false, true),
        ("Jongere kort", true, false),
        ("Jongere (20", false, false),
        ("Jongere (20", true, true),
    ] {
        let (store, _) = locked();
        let mut t = Table::open(store, true);
        t.click_text("Mentordeel");
        enter_pin(&mut t);
        t.click_text("+ Nieuwe jongere");
        t.click_text("Schuilnaam of voorletters");
        t.type_text("Sam");
        t.click_text(deck);
        if tap_it {
            t.click_text("Drie stapels eerst");
        }
        t.click_text("Geef de tablet aan Sam");
        assert_eq!(t.screen(), Screen::Intro);
        assert_eq!(t.measurement().three_piles, expected, "{deck} {tap_it}");
    }
}
