//! The shipped decks: valid, paired, balanced, and written by the rules in docs/product-rules.md
//! ("Writing the statements").

use jas_cards::core::deck::{Deck, DeckSet, Role};

use super::{project, shipped};

fn count(deck: &Deck, part: &str) -> usize {
    deck.statements.iter().filter(|s| s.part == part).count()
}

#[test]
fn all_shipped_decks_load_without_problems() {
    let (set, errors) = DeckSet::load_dir(&project("levels"));
    assert!(errors.is_empty(), "{errors:?}");
    let mut ids: Vec<&str> = set.iter().map(|d| d.id.as_str()).collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            "jongere",
            "kort",
            "mentor",
            "mentor-kort",
            "mentor-ouder",
            "ouder"
        ]
    );
}

#[test]
fn the_built_in_decks_are_the_shipped_files() {
    let built_in = DeckSet::builtin();
    for deck in built_in.iter() {
        assert_eq!(deck, &shipped(&deck.id));
    }
    assert_eq!(built_in.iter().count(), 6);
}

#[test]
fn the_youth_deck_has_20_statements_6_or_7_per_part() {
    let d = shipped("jongere");
    assert_eq!(d.role, Role::Youth);
    assert_eq!(d.statements.len(), 20);
    for part in ["relatie", "doel", "aanpak"] {
        assert!((6..=7).contains(&count(&d, part)), "{part}");
    }
}

#[test]
fn every_youth_and_parent_deck_has_a_mentor_mirror() {
    for (base, mirror) in [
        ("jongere", "mentor"),
        ("kort", "mentor-kort"),
        ("ouder", "mentor-ouder"),
    ] {
        let (y, m) = (shipped(base), shipped(mirror));
        assert_eq!(m.role, Role::Mentor);
        assert_eq!(m.pairs_with.as_deref(), Some(base));
        let mut a: Vec<_> = y
            .statements
            .iter()
            .map(|s| (&s.id, &s.part, s.reverse))
            .collect();
        let mut b: Vec<_> = m
            .statements
            .iter()
            .map(|s| (&s.id, &s.part, s.reverse))
            .collect();
        a.sort();
        b.sort();
        assert_eq!(a, b, "{mirror} mirrors {base}");
    }
}

#[test]
fn the_mentor_deck_mirrors_the_youth_deck() {
    let y = shipped("jongere");
    let m = shipped("mentor");
    assert_eq!(m.role, Role::Mentor);
    assert_eq!(m.pairs_with.as_deref(), Some("jongere"));
    assert_eq!(y.statements.len(), m.statements.len());
    for s in &y.statements {
        let mirror = m.statement(&s.id).expect("every youth card has a mirror");
        assert_eq!(mirror.part, s.part);
        assert_eq!(mirror.reverse, s.reverse, "{}: the same keying", s.id);
    }
}

#[test]
fn the_short_deck_has_3_per_part_with_youth_deck_ids() {
    let k = shipped("kort");
    let y = shipped("jongere");
    for part in ["relatie", "doel", "aanpak"] {
        assert_eq!(count(&k, part), 3, "{part}");
    }
    for s in &k.statements {
        assert_eq!(y.statement(&s.id), Some(s), "{} as in jongere.ron", s.id);
    }
    // And the mentor's short deck says what the mentor's long deck says.
    let mk = shipped("mentor-kort");
    let m = shipped("mentor");
    assert_eq!(mk.statements.len(), k.statements.len());
    for s in &mk.statements {
        assert_eq!(m.statement(&s.id), Some(s), "{} as in mentor.ron", s.id);
    }
}

#[test]
fn the_parent_deck_has_about_12_statements() {
    let o = shipped("ouder");
    assert_eq!(o.role, Role::Parent);
    assert!((10..=14).contains(&o.statements.len()));
}

fn all_decks() -> Vec<Deck> {
    [
        "jongere",
        "mentor",
        "kort",
        "ouder",
        "mentor-kort",
        "mentor-ouder",
    ]
    .into_iter()
    .map(shipped)
    .collect()
}

#[test]
fn statements_are_short_and_free_of_jargon() {
    let jargon = [
        "alliantie",
        "werkrelatie",
        "interventie",
        "doelrealisatie",
        "cliënt",
        "hulpverlening",
    ];
    for deck in all_decks() {
        for s in &deck.statements {
            let nl = s.text.get("nl", "nl");
            let words = nl.split_whitespace().count();
            assert!(words <= 12, "{}/{}: {words} words: {nl}", deck.id, s.id);
            for j in jargon {
                for t in [nl, s.explanation.get("nl", "nl")] {
                    assert!(
                        !t.to_lowercase().contains(j),
                        "{}/{}: jargon {j:?}",
                        deck.id,
                        s.id
                    );
                }
            }
        }
    }
}

#[test]
fn the_youth_deck_speaks_to_the_youth_about_my_mentor() {
    let d = shipped("jongere");
    let about_mentor = d
        .statements
        .iter()
        .filter(|s| s.text.get("nl", "nl").contains("mentor"))
        .count();
    assert!(
        about_mentor >= 10,
        "{about_mentor} statements name the mentor"
    );
    for s in &d.statements {
        let back = s.explanation.get("nl", "nl").to_lowercase();
        assert!(
            back.contains("je ")
                || back.contains("jij")
                || back.contains("jou")
                || back.contains("jullie"),
            "{}: the back speaks to the youth (je/jij): {back}",
            s.id
        );
    }
}

#[test]
fn every_card_has_both_languages_and_a_different_back() {
    for deck in all_decks() {
        for s in &deck.statements {
            for t in [&s.text, &s.explanation] {
                assert!(!t.get("en", "").is_empty(), "{}/{}: English", deck.id, s.id);
            }
            assert_ne!(
                s.text.get("nl", "nl").to_lowercase(),
                s.explanation.get("nl", "nl").to_lowercase(),
                "{}/{}",
                deck.id,
                s.id
            );
        }
    }
}

#[test]
fn conversation_questions_are_open_not_yes_or_no() {
    // A Dutch yes/no question starts with a verb ("Vind je ...?"); an open one with a question
    // word.
    let open = [
        "Wat", "Wanneer", "Hoe", "Waaraan", "Waarover", "Welk", "Welke", "Waar", "Wie", "Waardoor",
    ];
    for deck in all_decks() {
        for s in &deck.statements {
            for q in &s.questions {
                let nl = q.get("nl", "nl");
                let first = nl.split_whitespace().next().unwrap_or("");
                assert!(open.contains(&first), "{}/{}: {nl}", deck.id, s.id);
                assert!(nl.ends_with('?'), "{}/{}: {nl}", deck.id, s.id);
            }
        }
    }
}

#[test]
fn reverse_keyed_statements_are_few_and_marked() {
    for deck in all_decks() {
        let reversed = deck.statements.iter().filter(|s| s.reverse).count();
        assert!(reversed <= 2, "{}: {reversed} reverse-keyed", deck.id);
    }
}
