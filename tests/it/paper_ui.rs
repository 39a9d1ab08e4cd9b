//! "Papieren lijst invoeren" on screen: the youth's form, then the mentor's of the same round,
//! saved as paper measurements that make a complete round.

use jas_cards::app::Screen;
use jas_cards::app::screens::mentor::paper::PaperForm;
use jas_cards::core::deck::DeckSet;
use jas_cards::core::measurement::load_all;
use jas_cards::core::round::rounds_of;
use jas_cards::core::youth::YouthKey;

use crate::mentor_led::{enter_pin, store_with_anna};
use crate::table::{Table, opened};

/// Every statement of `deck` answered with `pile` in the form (as taps would).
fn answer_all(t: &mut Table, deck: &str, pile: u8) {
    let d = DeckSet::builtin().get(deck).unwrap().clone();
    let mut f = t.app.world_mut().resource_mut::<PaperForm>();
    for s in &d.statements {
        f.answers.insert(s.id.clone(), Some(pile));
    }
}

#[test]
fn a_paper_round_is_entered_form_by_form_and_opens_like_any_round() {
    let (raw, anna) = store_with_anna();
    let key = crate::mentor_led::key_of(&raw);
    let before = load_all(&opened(&raw, &key)).measurements.len();
    let mut t = Table::open(raw.clone(), true);
    t.click_text("Mentordeel");
    enter_pin(&mut t);
    t.click_text("Papieren lijst");
    assert_eq!(t.screen(), Screen::PaperForm);
    t.click_text("Anna");
    t.click_text("Tussenevaluatie");
    t.click_text("Jongere kort (9 kaarten)");
    // Saving before every statement has an answer does nothing.
    t.click_text("Lijst opslaan");
    t.assert_shows("Tik bij elke zin een antwoord aan, of - als die niet is ingevuld.");
    t.assert_shows("0 van 9 ingevuld");
    assert!(t.app.world().resource::<PaperForm>().saved.is_none());
    answer_all(&mut t, "kort", 4);
    // The first statement's "2", tapped.
    let two = t.drawn_exactly("2");
    t.click(two);
    t.click_text("Lijst opslaan");
    t.assert_shows("De lijst van de jongere is opgeslagen.");
    t.assert_shows("Nu de lijst van de mentor bij dezelfde meting:");
    answer_all(&mut t, "mentor-kort", 3);
    t.click_text("Lijst opslaan");
    t.assert_shows("Beide lijsten zijn opgeslagen. Het bord van deze meting staat bij de jongere.");
    t.update();

    let all = load_all(&opened(&raw, &key)).measurements;
    assert_eq!(all.len(), before + 2);
    let rounds = rounds_of(&YouthKey::Record(anna.id.clone()), &all);
    let paper = rounds
        .iter()
        .find(|r| r.youth.paper)
        .expect("the paper round");
    assert!(paper.complete(), "both forms: its board opens");
    assert_eq!(
        paper.youth.moment,
        jas_cards::core::measurement::Moment::MidEvaluation
    );
    let m = paper.mentor.unwrap();
    assert!(m.paper);
    let kort = DeckSet::builtin().get("kort").unwrap().clone();
    let first = &kort.statements[0].id;
    let answers = paper.youth.sort.answers();
    assert_eq!(answers[first], Some(2), "the tapped answer");
    assert!(
        answers
            .iter()
            .filter(|(id, _)| *id != first)
            .all(|(_, a)| *a == Some(4))
    );
}
