//! The rules of a round (core::round) and what the session does with rounds and agreements.

use jas_cards::app::{Library, Screen, Session};
use jas_cards::core::deck::{DeckSet, Role};
use jas_cards::core::measurement::{Measurement, Moment, Who, parse, save};
use jas_cards::core::round::{
    MentorSort, RoundStatus, alone, begin, begin_mentor_sort, board_rounds, exportable,
    mentor_sort, rounds_of,
};
use jas_cards::core::sort::Action;
use jas_cards::core::store::MemoryStore;

use crate::board::pair;
use crate::table::Table;

/// `m` with every card still open placed on pile 3 (not finished).
fn all_placed(mut m: Measurement) -> Measurement {
    while let Some(id) = m.sort.current().map(str::to_string) {
        m.apply(Action::Place {
            statement: id,
            pile: 3,
        })
        .unwrap();
    }
    m
}

#[test]
fn a_round_goes_from_the_youth_to_the_mentor_to_complete() {
    let decks = DeckSet::builtin();
    let youth = begin(alone("AB"), Moment::Start, decks.get("kort").unwrap(), 1, 7);
    let all = vec![youth.clone()];
    assert_eq!(
        rounds_of(&crate::ab(), &all)[0].status(),
        RoundStatus::YouthSorting
    );
    assert!(!rounds_of(&crate::ab(), &all)[0].awaits_mentor());

    let mut youth = all_placed(youth);
    youth.apply(Action::Finish).unwrap();
    let all = vec![youth.clone()];
    let r = &rounds_of(&crate::ab(), &all)[0];
    assert_eq!(r.status(), RoundStatus::WaitingForMentor);
    assert!(r.awaits_mentor() && !r.complete());

    let mentor = begin_mentor_sort(&youth, decks.get("mentor-kort").unwrap(), 2);
    assert_eq!(mentor.round, youth.round);
    assert_eq!(mentor.role, Role::Mentor);
    let all = vec![youth.clone(), all_placed(mentor.clone())];
    let r = &rounds_of(&crate::ab(), &all)[0];
    assert_eq!(r.status(), RoundStatus::MentorSorting);
    assert!(!r.complete(), "a mentor sort not finished is not complete");

    let mut done = all_placed(mentor);
    done.apply(Action::Finish).unwrap();
    let all = vec![youth, done];
    assert_eq!(
        rounds_of(&crate::ab(), &all)[0].status(),
        RoundStatus::Complete
    );
}

/// The hand-over promises "your cards stay closed until your mentor is done too": an export
/// holds complete rounds only, never a sort under way or one waiting for the mentor.
#[test]
fn an_export_holds_only_rounds_that_both_have_finished() {
    let decks = DeckSet::builtin();
    let finished = |m: Measurement| {
        let mut m = all_placed(m);
        m.apply(Action::Finish).unwrap();
        m
    };
    // AB: a complete round. CD: finished, waiting for the mentor. EF: the youth still sorting.
    // GH: the mentor half-way.
    let ab = finished(begin(
        alone("AB"),
        Moment::Start,
        decks.get("kort").unwrap(),
        1,
        1,
    ));
    let ab_mentor = finished(begin_mentor_sort(&ab, decks.get("mentor-kort").unwrap(), 2));
    let cd = finished(begin(
        alone("CD"),
        Moment::Start,
        decks.get("kort").unwrap(),
        3,
        2,
    ));
    let ef = all_placed(begin(
        alone("EF"),
        Moment::Start,
        decks.get("kort").unwrap(),
        4,
        3,
    ));
    let gh = finished(begin(
        alone("GH"),
        Moment::Start,
        decks.get("kort").unwrap(),
        5,
        4,
    ));
    let gh_mentor = all_placed(begin_mentor_sort(&gh, decks.get("mentor-kort").unwrap(), 6));
    let all = vec![cd.clone(), ab_mentor.clone(), ef, gh, gh_mentor, ab.clone()];
    let out = exportable(&all);
    let names: Vec<(&str, Role)> = out.iter().map(|m| (m.youth.as_str(), m.role)).collect();
    assert_eq!(names, [("AB", Role::Youth), ("AB", Role::Mentor)]);
    assert_eq!(out[0].id, ab.id);
    assert_eq!(out[1].id, ab_mentor.id);
    // Once the mentor has sorted CD's round, it goes out too.
    let cd_mentor = finished(begin_mentor_sort(&cd, decks.get("mentor-kort").unwrap(), 7));
    let all = [all, vec![cd_mentor]].concat();
    assert_eq!(exportable(&all).len(), 4);
}

#[test]
fn the_board_never_compares_with_an_unfinished_mentor_sort() {
    let mut all = pair("ab-1", "2026-09-01T10:00:00Z");
    let finished = board_rounds(&crate::ab(), "ab-1", &all).unwrap();
    assert!(finished.0[finished.1].mentor.is_some());
    // The mentor's sort, one card still open.
    let decks = DeckSet::builtin();
    let mut m = begin_mentor_sort(&all[0], decks.get("mentor-kort").unwrap(), 3);
    let first = m.sort.current().unwrap().to_string();
    m.apply(Action::Place {
        statement: first,
        pile: 2,
    })
    .unwrap();
    all[1] = m;
    let (rounds, i) = board_rounds(&crate::ab(), "ab-1", &all).unwrap();
    assert!(rounds[i].mentor.is_none(), "hidden until finished");
    assert!(board_rounds(&crate::ab(), "nope", &all).is_none());
}

#[test]
fn the_mentor_resumes_their_own_sort_or_begins_the_mirror_deck() {
    let decks = DeckSet::builtin();
    let mut all = pair("ab-1", "2026-09-01T10:00:00Z");
    let finished = &rounds_of(&crate::ab(), &all)[0];
    assert_eq!(mentor_sort(finished, &decks), MentorSort::Done);
    all[1] = begin_mentor_sort(&all[0], decks.get("mentor-kort").unwrap(), 3);
    let with_mentor = &rounds_of(&crate::ab(), &all)[0];
    assert_eq!(
        mentor_sort(with_mentor, &decks),
        MentorSort::Resume(&all[1])
    );
    let youth_only = vec![all[0].clone()];
    let r = &rounds_of(&crate::ab(), &youth_only)[0];
    assert_eq!(
        mentor_sort(r, &decks),
        MentorSort::Begin(decks.get("mentor-kort").unwrap())
    );
    // A deck without a mirror beside it.
    let lonely = DeckSet {
        decks: decks
            .decks
            .iter()
            .filter(|(_, d)| d.id != "mentor-kort")
            .cloned()
            .collect(),
    };
    assert_eq!(mentor_sort(r, &lonely), MentorSort::NoMirror);
}

#[test]
fn rounds_begun_in_the_same_second_get_their_own_ids() {
    let decks = DeckSet::builtin();
    let deck = decks.get("kort").unwrap();
    let a = begin(alone("Sam"), Moment::Extra, deck, 1, 1);
    let b = begin(alone("Sam"), Moment::Extra, deck, 1, 2);
    assert_ne!(a.round, b.round);
    assert_ne!(a.id, b.id);
    assert!(a.round.starts_with("r-2"), "{}", a.round);
    assert!(a.round.ends_with("-0001"), "{}", a.round);
    assert_eq!(a.moment, Moment::Extra);
}

/// A file name is seen without the PIN (a file manager, a backup log), so it must not say
/// which youth was measured.
#[test]
fn a_stored_file_name_does_not_carry_the_pseudonym() {
    let decks = DeckSet::builtin();
    let store = MemoryStore::new();
    let m = begin(
        alone("Zwaluw de Vries"),
        Moment::Start,
        decks.get("kort").unwrap(),
        1,
        3,
    );
    save(&store, &m).unwrap();
    let keys = store.keys();
    assert_eq!(keys, vec![m.key_in_store()]);
    for part in ["zwaluw", "vries"] {
        assert!(!keys[0].to_lowercase().contains(part), "{}", keys[0]);
    }
}

#[test]
fn an_agreement_stores_who_as_a_role_and_reads_the_old_words() {
    let mut m = pair("ab-1", "2026-09-01T10:00:00Z").remove(0);
    let before = m.updated.clone();
    m.set_agreements(vec![crate::board::agreement(
        Who::Together,
        "Samen koken",
        "vrijdag",
    )]);
    assert!(m.updated >= before);
    let text = m.to_ron();
    assert!(text.contains("who: \"together\""), "{text}");
    assert!(!text.contains("Samen\""), "no interface word is stored");
    assert_eq!(parse(text.as_bytes()).unwrap(), m);
    // Files written before the roles stored the interface's word, in either language.
    let old_words = [
        (
            Who::Youth,
            &["Jongere", "Ouder", "Young person", "Parent"][..],
        ),
        (Who::Mentor, &["Mentor"][..]),
        (Who::Together, &["Samen", "Together"][..]),
    ];
    for (who, words) in old_words {
        for word in words {
            let old = text.replace("who: \"together\"", &format!("who: \"{word}\""));
            assert_eq!(
                parse(old.as_bytes()).unwrap().agreements[0].who,
                who,
                "{word}"
            );
        }
    }
    let unknown = text.replace("who: \"together\"", "who: \"Iemand\"");
    assert!(parse(unknown.as_bytes()).is_err());
}

#[test]
fn agreements_and_whole_measurements_are_saved_through_the_session() {
    let store = std::sync::Arc::new(MemoryStore::new());
    let all = pair("ab-1", "2026-09-01T10:00:00Z");
    let mut t = Table::with(all[0].clone(), store.clone(), Screen::Handover);
    for m in &all {
        t.app.world_mut().write_message(Session::Record(m.clone()));
    }
    t.app.world_mut().resource_mut::<Library>().0 = all.clone();
    let agreement = crate::board::agreement(Who::Mentor, "Elke week even praten", "");
    t.app.world_mut().write_message(Session::SetAgreements {
        id: all[0].id.clone(),
        agreements: vec![agreement.clone()],
    });
    let mut later = pair("ab-2", "2026-11-29T10:00:00Z").remove(0);
    later.youth = "CD".into();
    t.app
        .world_mut()
        .write_message(Session::Record(later.clone()));
    t.settle();
    let stored = t.saved_all();
    let ab = stored.iter().find(|m| m.id == all[0].id).unwrap();
    assert_eq!(ab.agreements, vec![agreement]);
    assert!(stored.iter().any(|m| m.youth == "CD"), "recorded and saved");
    let library = &t.app.world().resource::<Library>().0;
    assert_eq!(library.iter().find(|m| m.id == all[0].id), Some(ab));
}

#[test]
fn two_youths_called_sam_keep_their_own_rounds_and_agreements() {
    use jas_cards::core::round::{For, board_rounds, previous};
    use jas_cards::core::youth::{AddError, Youth, YouthKey, check_new};
    let first = Youth::new("Sam", "", 1, "2026-09-01T10:00:00Z");
    // A second Sam needs something that tells them apart.
    assert_eq!(
        check_new(std::slice::from_ref(&first), " sam ", ""),
        Err(AddError::SameName)
    );
    assert_eq!(
        check_new(std::slice::from_ref(&first), "Sam", "groep 2"),
        Ok(())
    );
    let second = Youth::new("Sam", "groep 2", 2, "2026-10-01T10:00:00Z");
    assert_ne!(first.id, second.id);
    assert_eq!(second.label(), "Sam (groep 2)");

    let decks = DeckSet::builtin();
    let kort = decks.get("kort").unwrap();
    let finished = |y: &Youth, tail: u16, started: &str| {
        let who = For {
            name: &y.name,
            record: Some(&y.id),
        };
        let mut m = all_placed(begin(who, Moment::Start, kort, 1, tail));
        m.started = started.into();
        m.apply(Action::Finish).unwrap();
        m
    };
    let mut first_round = finished(&first, 1, "2026-09-02T10:00:00Z");
    first_round.set_agreements(vec![crate::board::agreement(
        Who::Mentor,
        "afspraak van de eerste Sam",
        "",
    )]);
    let second_round = finished(&second, 2, "2026-11-02T10:00:00Z");
    let all = vec![first_round.clone(), second_round.clone()];
    let first_key = YouthKey::Record(first.id.clone());
    let second_key = YouthKey::Record(second.id.clone());
    assert_eq!(rounds_of(&first_key, &all).len(), 1);
    assert_eq!(rounds_of(&second_key, &all).len(), 1);
    // The second Sam's board: no "since last time", none of the first Sam's agreements.
    let (rounds, i) = board_rounds(&second_key, &second_round.round, &all).unwrap();
    assert!(previous(&rounds, &rounds[i].id).is_none());
    assert_eq!(rounds[i].youth.id, second_round.id);
}

#[test]
fn a_parent_round_is_compared_with_the_parents_round_before_it_only() {
    use jas_cards::core::round::{For, previous};
    use jas_cards::core::youth::{Youth, YouthKey};
    let sam = Youth::new("Sam", "", 1, "2026-09-01T10:00:00Z");
    let decks = DeckSet::builtin();
    let who = For {
        name: &sam.name,
        record: Some(&sam.id),
    };
    let mut youth_round = all_placed(begin(who, Moment::Start, decks.get("kort").unwrap(), 1, 1));
    youth_round.started = "2026-09-02T10:00:00Z".into();
    let mut parent_round = all_placed(begin(who, Moment::Start, decks.get("ouder").unwrap(), 1, 2));
    parent_round.started = "2026-09-03T10:00:00Z".into();
    let all = vec![youth_round, parent_round.clone()];
    let rounds = rounds_of(&YouthKey::Record(sam.id.clone()), &all);
    assert_eq!(rounds.len(), 2);
    assert!(
        previous(&rounds, &parent_round.round).is_none(),
        "the youth's round is not the parent's last time"
    );
}

#[test]
fn measurements_from_before_the_records_load_and_are_linked_once() {
    use jas_cards::core::measurement::{FORMAT_VERSION, load_all};
    use jas_cards::core::youth::{Youth, YouthKey};
    // A file as version 1 wrote it: no youth_id.
    let m = pair("ab-1", "2026-09-01T10:00:00Z").remove(0);
    let old = m
        .to_ron()
        .replace(&format!("format: {FORMAT_VERSION},"), "format: 1,")
        .replace("    youth_id: None,\n", "");
    assert!(!old.contains("youth_id"));
    let store = MemoryStore::new();
    store.insert(&m.key_in_store(), old.as_bytes());
    let loaded = load_all(&store);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let mut back = loaded.measurements[0].clone();
    assert_eq!(back.youth_id, None);
    assert_eq!(
        YouthKey::of(&back),
        crate::ab(),
        "grouped by pseudonym, as before"
    );
    // The mentor links it to a record: from then on it is that youth's.
    let ab = Youth::new("AB", "", 9, "2026-11-29T10:00:00Z");
    back.link(&ab.id);
    save(&store, &back).unwrap();
    let again = load_all(&store).measurements.remove(0);
    assert_eq!(YouthKey::of(&again), YouthKey::Record(ab.id.clone()));
    assert_eq!(again.sort, m.sort, "nothing else changed");
}

/// The history names a round whose cards changed since the same player's round before it;
/// a round with another deck (the short one, a parent's) is no change.
#[test]
fn a_deck_version_change_between_two_rounds_is_found() {
    use jas_cards::core::round::deck_changed_from;
    let mut all = pair("ab-1", "2026-09-01T10:00:00Z");
    all.extend(pair("ab-2", "2026-10-01T10:00:00Z"));
    all.extend(pair("ab-3", "2026-11-29T10:00:00Z"));
    for m in all.iter_mut().filter(|m| m.round != "ab-3") {
        m.deck.version = 1;
    }
    let rounds = rounds_of(&crate::ab(), &all);
    let found: Vec<_> = (0..rounds.len())
        .map(|i| deck_changed_from(&rounds, i))
        .collect();
    assert_eq!(found, [None, None, Some(1)]);
    // Another deck in between is not a change of this one.
    let mut other = pair("ab-0", "2026-08-01T10:00:00Z");
    other[0].deck.id = "jongere".into();
    all.extend(other);
    let rounds = rounds_of(&crate::ab(), &all);
    assert_eq!(rounds[0].id, "ab-0");
    assert_eq!(
        deck_changed_from(&rounds, 1),
        None,
        "the first short-deck round follows a round of another deck"
    );
    assert_eq!(deck_changed_from(&rounds, 3), Some(1));
}
