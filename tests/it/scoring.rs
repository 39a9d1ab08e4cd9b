//! Scoring exactly as the paper form: pile = item value, reverse keying 6 - pile, skips are
//! missing (never neutral), parts below their minimum are not scorable.

use std::collections::BTreeMap;

use jas_cards::core::scoring::{ScaleScore, change, compare, item_value, score, to_0_100};

use super::mini;

fn answers(pairs: &[(&str, Option<u8>)]) -> BTreeMap<String, Option<u8>> {
    pairs.iter().map(|(id, p)| (id.to_string(), *p)).collect()
}

/// r1 5; r2 1 (reversed: 5); r3 2 (reversed: 4); d1 4; d2 4 (reversed: 2); a1 3; a2 1.
fn full() -> BTreeMap<String, Option<u8>> {
    answers(&[
        ("r1", Some(5)),
        ("r2", Some(1)),
        ("r3", Some(2)),
        ("d1", Some(4)),
        ("d2", Some(4)),
        ("a1", Some(3)),
        ("a2", Some(1)),
    ])
}

fn scorable(answered: usize, sum: u32, mean: f64) -> ScaleScore {
    ScaleScore {
        answered,
        sum,
        mean: Some(mean),
        score_0_100: Some((mean - 1.0) / 4.0 * 100.0),
        scorable: true,
    }
}

#[test]
fn item_values_and_reverse_keying() {
    for pile in 1..=5 {
        assert_eq!(item_value(pile, false), pile);
        assert_eq!(item_value(pile, true), 6 - pile);
    }
}

#[test]
fn the_0_100_scale() {
    assert_eq!(to_0_100(1.0), 0.0);
    assert_eq!(to_0_100(3.0), 50.0);
    assert_eq!(to_0_100(5.0), 100.0);
    assert_eq!(to_0_100(4.0), 75.0);
}

#[test]
fn a_full_sort_scores_per_part_and_in_total_with_reverse_keying() {
    let s = score(&mini().scoring_key(), &full());
    assert_eq!(s.part("relatie"), Some(&scorable(3, 14, 14.0 / 3.0)));
    assert_eq!(s.part("doel"), Some(&scorable(2, 6, 3.0)));
    assert_eq!(s.part("aanpak"), Some(&scorable(2, 4, 2.0)));
    assert_eq!(s.total, scorable(7, 24, 24.0 / 7.0));
    let order: Vec<&str> = s.parts.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(order, ["relatie", "doel", "aanpak"], "the deck's order");
}

#[test]
fn a_skipped_card_is_missing_not_neutral() {
    let mut a = full();
    a.insert("r1".into(), None);
    let s = score(&mini().scoring_key(), &a);
    // Missing: (5 + 4) / 2. Neutral would have given (3 + 5 + 4) / 3 = 4.
    assert_eq!(s.part("relatie"), Some(&scorable(2, 9, 4.5)));
    assert_eq!(s.total, scorable(6, 19, 19.0 / 6.0));
}

#[test]
fn a_statement_absent_from_the_answers_is_missing() {
    let mut a = full();
    a.remove("a2");
    let s = score(&mini().scoring_key(), &a);
    assert_eq!(s.part("aanpak"), Some(&scorable(1, 3, 3.0)));
}

#[test]
fn a_part_below_its_minimum_is_not_scorable_rather_than_low() {
    let mut a = full();
    a.insert("r1".into(), None);
    a.insert("r2".into(), None);
    let s = score(&mini().scoring_key(), &a);
    assert_eq!(
        s.part("relatie"),
        Some(&ScaleScore {
            answered: 1,
            sum: 4,
            mean: None,
            score_0_100: None,
            scorable: false,
        })
    );
    assert!(
        s.part("doel").unwrap().scorable,
        "other parts are unaffected"
    );
    // 5 answered (4 + 4 + 2 + 3 + 1): the total's minimum of 5 is just met.
    assert_eq!(s.total, scorable(5, 14, 2.8));
    a.insert("a1".into(), None);
    let s = score(&mini().scoring_key(), &a);
    assert!(!s.total.scorable);
    assert_eq!(s.total.mean, None);
}

#[test]
fn an_all_skipped_sort_has_no_scores_at_all() {
    let a = answers(&[
        ("r1", None),
        ("r2", None),
        ("r3", None),
        ("d1", None),
        ("d2", None),
        ("a1", None),
        ("a2", None),
    ]);
    let s = score(&mini().scoring_key(), &a);
    for (_, p) in &s.parts {
        assert_eq!(p.answered, 0);
        assert!(!p.scorable);
        assert_eq!(p.mean, None);
    }
    assert_eq!(s.total.sum, 0);
    assert!(!s.total.scorable);
}

#[test]
fn youth_minus_mentor_per_statement_part_and_total() {
    let key = mini().scoring_key();
    let youth = full();
    // Mentor: the same, but r1 on 3 (2 apart), d1 on 3 (1 apart), a2 skipped.
    let mut mentor = full();
    mentor.insert("r1".into(), Some(3));
    mentor.insert("d1".into(), Some(3));
    mentor.insert("a2".into(), None);
    let c = compare(&key, &youth, &key, &mentor);
    let get = |id: &str| c.statements.iter().find(|s| s.id == id).unwrap();
    assert_eq!(get("r1").difference, Some(2));
    assert!(get("r1").worth_discussing, "two piles apart");
    assert_eq!(get("d1").difference, Some(1));
    assert!(!get("d1").worth_discussing, "one pile apart");
    assert_eq!(get("a2").difference, None, "skipped by one side");
    assert!(!get("a2").worth_discussing);
    // Reverse-keyed: youth r2 on 1 (value 5), mentor on 1 too: no difference.
    assert_eq!(get("r2").difference, Some(0));

    let part = |id: &str| &c.parts.iter().find(|(p, _)| p == id).unwrap().1;
    // relatie: youth 14/3, mentor 12/3: 2/3 apart, under the deck's 1.0.
    assert!((part("relatie").difference.unwrap() - 2.0 / 3.0).abs() < 1e-12);
    assert!(!part("relatie").worth_discussing);
    // aanpak: youth (3+1)/2 = 2, mentor 3/1 = 3: exactly 1.0 apart, worth discussing.
    assert_eq!(part("aanpak").difference, Some(-1.0));
    assert!(part("aanpak").worth_discussing);
    // total: youth 24/7, mentor 20/6; the deck's total threshold is 0.5.
    let d = c.total.difference.unwrap();
    assert!((d - (24.0 / 7.0 - 20.0 / 6.0)).abs() < 1e-12);
    assert!(!c.total.worth_discussing);
}

#[test]
fn a_difference_on_a_part_that_is_not_scorable_is_not_computed() {
    let key = mini().scoring_key();
    let mut mentor = full();
    mentor.insert("a1".into(), None);
    mentor.insert("a2".into(), None);
    let c = compare(&key, &full(), &key, &mentor);
    let aanpak = &c.parts.iter().find(|(p, _)| p == "aanpak").unwrap().1;
    assert_eq!(aanpak.difference, None);
    assert!(!aanpak.worth_discussing);
}

#[test]
fn change_since_the_previous_measurement() {
    let key = mini().scoring_key();
    let before = score(&key, &full());
    let mut a = full();
    a.insert("a2".into(), Some(5));
    a.insert("r1".into(), None);
    a.insert("r2".into(), None);
    let now = score(&key, &a);
    let ch = change(&before, &now);
    let part = |id: &str| ch.parts.iter().find(|(p, _)| p == id).unwrap().1;
    assert_eq!(part("aanpak"), Some(4.0 - 2.0));
    assert_eq!(part("doel"), Some(0.0));
    assert_eq!(part("relatie"), None, "not scorable now");
    assert!((ch.total.unwrap() - (18.0 / 5.0 - 24.0 / 7.0)).abs() < 1e-12);
}
