//! Deck validation: every problem gives a clear message naming the file, the line and column
//! where one is known, and the statement.

use std::path::Path;

use jas_cards::core::deck::{DeckSet, parse_deck};

use super::{mini, mini_broken, mini_source};

#[test]
fn the_mini_deck_is_valid() {
    let d = mini();
    assert_eq!(d.statements.len(), 7);
    assert_eq!(d.statements.iter().filter(|s| s.reverse).count(), 3);
}

#[test]
fn unknown_part() {
    let e = mini_broken(
        "part: \"doel\",\n            text: {\"nl\": \"Ik weet",
        "part: \"dool\",\n            text: {\"nl\": \"Ik weet",
    );
    assert_eq!(
        e.to_string(),
        "mini.ron:52:13: statement \"d1\": unknown part \"dool\" (the deck's parts are: relatie, doel, aanpak)"
    );
}

#[test]
fn duplicate_id_points_at_the_second_use() {
    let e = mini_broken("id: \"r2\"", "id: \"r1\"");
    assert_eq!(
        e.to_string(),
        "mini.ron:36:13: statement \"r1\": this id is used by more than one statement"
    );
}

#[test]
fn empty_text() {
    let e = mini_broken(
        "{\"nl\": \"Ik weet waar ik aan werk.\"}",
        "{\"nl\": \"  \"}",
    );
    assert_eq!(
        e.to_string(),
        "mini.ron:52:13: statement \"d1\": `text` is empty"
    );
}

#[test]
fn empty_translation() {
    let e = mini_broken("\"en\": \"My mentor listens to me.\"", "\"en\": \"\"");
    assert_eq!(
        e.to_string(),
        "mini.ron:29:13: statement \"r1\": `text` (en) is empty"
    );
}

#[test]
fn text_missing_in_the_first_language() {
    let e = mini_broken(
        "{\"nl\": \"Ik weet waar ik aan werk.\"}",
        "{\"en\": \"I know what I work on.\"}",
    );
    assert_eq!(
        e.to_string(),
        "mini.ron:52:13: statement \"d1\": `text` has no text in the deck's first language \"nl\""
    );
}

#[test]
fn language_not_declared() {
    let e = mini_broken(
        "{\"nl\": \"Je kent je doel.\"}",
        "{\"nl\": \"Je kent je doel.\", \"de\": \"Du kennst dein Ziel.\"}",
    );
    assert_eq!(
        e.to_string(),
        "mini.ron:52:13: statement \"d1\": `explanation` has language \"de\", which is not in the deck's `languages`"
    );
}

#[test]
fn part_without_statements() {
    let source = mini_source().replace("part: \"aanpak\"", "part: \"doel\"");
    let e = parse_deck(Path::new("mini.ron"), source.as_bytes()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "mini.ron:11:10: part \"aanpak\" has no statements"
    );
}

#[test]
fn wrong_number_of_questions() {
    let e = mini_broken(
        "questions: [{\"nl\": \"Wat helpt?\"}, {\"nl\": \"Wat zou beter kunnen?\"}]",
        "questions: [{\"nl\": \"Wat helpt?\"}]",
    );
    assert_eq!(
        e.to_string(),
        "mini.ron:67:13: statement \"a1\": `questions` must hold exactly 2 open questions, not 1"
    );
}

#[test]
fn wrong_number_of_piles() {
    let e = mini_broken("        {\"nl\": \"Neutraal\", \"en\": \"Neutral\"},\n", "");
    assert_eq!(
        e.to_string(),
        "mini.ron:13:5: `piles` must have exactly 5 labels, not 4"
    );
}

#[test]
fn thresholds_out_of_range() {
    let cases = [
        (
            "statement_difference: 2",
            "statement_difference: 7",
            "mini.ron:22:9: threshold `statement_difference` is 7; it must be from 1 to 4",
        ),
        (
            "min_answered_total: 5",
            "min_answered_total: 8",
            "mini.ron:21:9: threshold `min_answered_total` is 8; it must be from 1 to 7 (the deck's statements)",
        ),
        (
            "part_difference: 1.0",
            "part_difference: 0.0",
            "mini.ron:23:9: threshold `part_difference` is 0; it must be more than 0 and at most 4",
        ),
        (
            "total_difference: 0.5",
            "total_difference: 4.5",
            "mini.ron:24:9: threshold `total_difference` is 4.5; it must be more than 0 and at most 4",
        ),
        (
            "ask_further_at_or_below: 3",
            "ask_further_at_or_below: 0",
            "mini.ron:25:9: threshold `ask_further_at_or_below` is 0; it must be from 1 to 5",
        ),
        (
            "Approach\"}, min_answered: 1",
            "Approach\"}, min_answered: 3",
            "mini.ron: threshold `min_answered of part \"aanpak\"` is 3; it must be from 1 to 2 (the part's statements)",
        ),
    ];
    for (from, to, message) in cases {
        assert_eq!(mini_broken(from, to).to_string(), message, "{to}");
    }
}

#[test]
fn unknown_field_names_the_line_and_the_statement() {
    let e = mini_broken(
        "reverse: true,\n            questions: [{\"nl\": \"Wat snap",
        "reverse: true,\n            colour: \"red\",\n            questions: [{\"nl\": \"Wat snap",
    );
    assert_eq!(
        e.to_string(),
        "mini.ron:64:13: statement \"d2\": Unexpected field named `colour` in `Statement`, expected one of `id`, `part`, `text`, `explanation`, `reverse`, or `questions` instead"
    );
}

#[test]
fn syntax_error_names_line_and_column() {
    let e = mini_broken("id: \"a2\",", "id: \"a2\"");
    assert_eq!(e.line, Some(75));
    assert!(e.to_string().starts_with("mini.ron:75:"), "{e}");
    assert_eq!(e.statement.as_deref(), Some("a2"));
}

#[test]
fn wrong_type_is_a_clear_error() {
    let e = mini_broken("version: 3", "version: \"three\"");
    assert!(e.to_string().starts_with("mini.ron:4:"), "{e}");
    assert!(e.to_string().contains("integer"), "{e}");
}

#[test]
fn not_utf8() {
    let e = parse_deck(Path::new("bad.ron"), &[0xff, 0xfe, 0x00, 0x41]).unwrap_err();
    assert_eq!(e.to_string(), "bad.ron: the file is not UTF-8 text");
}

#[test]
fn unreadable_file() {
    let e = jas_cards::core::deck::load_deck(Path::new("/nonexistent/deck.ron")).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("/nonexistent/deck.ron: cannot read the file:"),
        "{e}"
    );
}

/// A mentor deck built from the mini deck: pairs with it, same ids and parts.
fn mini_mirror() -> String {
    mini_source()
        .replace("id: \"mini\"", "id: \"mini-mentor\"")
        .replace(
            "role: youth,",
            "role: mentor,\n    pairs_with: Some(\"mini\"),",
        )
}

fn load_pair(base: &str, mirror: &str) -> (DeckSet, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let b = dir.path().join("mini.ron");
    let m = dir.path().join("mini-mentor.ron");
    std::fs::write(&b, base).unwrap();
    std::fs::write(&m, mirror).unwrap();
    let (set, errors) = DeckSet::load_dir(dir.path());
    let dir_text = dir.path().display().to_string();
    (
        set,
        errors
            .iter()
            .map(|e| e.to_string().replace(&dir_text, "DIR"))
            .collect(),
    )
}

#[test]
fn a_mirror_deck_pairs_with_its_base() {
    let (set, errors) = load_pair(&mini_source(), &mini_mirror());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(set.mirror_of("mini").unwrap().id, "mini-mentor");
}

#[test]
fn a_mirror_deck_with_an_unpaired_id_is_refused() {
    let mirror = mini_mirror().replace("id: \"d2\"", "id: \"d9\"");
    let (set, errors) = load_pair(&mini_source(), &mirror);
    assert_eq!(
        errors,
        [
            "DIR/mini-mentor.ron:60:13: statement \"d9\": does not pair with deck \"mini\": that deck has no statement with this id"
        ]
    );
    assert!(set.get("mini-mentor").is_none());
    assert!(set.get("mini").is_some(), "the good deck is still offered");
}

#[test]
fn a_mirror_deck_with_a_statement_in_another_part_is_refused() {
    let mirror = mini_mirror().replacen("part: \"aanpak\"", "part: \"doel\"", 1);
    let (_, errors) = load_pair(&mini_source(), &mirror);
    assert_eq!(
        errors,
        [
            "DIR/mini-mentor.ron:68:13: statement \"a1\": does not pair with deck \"mini\": it is in part \"doel\" here and \"aanpak\" there"
        ]
    );
}

#[test]
fn a_mirror_deck_missing_a_statement_is_refused() {
    let base = mini_source();
    let start = base.find("        (\n            id: \"a2\"").unwrap();
    let end = base[start..].find("        ),\n").unwrap() + start + "        ),\n".len();
    let mut mirror = mini_mirror();
    let m_start = mirror.find("        (\n            id: \"a2\"").unwrap();
    mirror.replace_range(m_start..m_start + (end - start), "");
    let (_, errors) = load_pair(&base, &mirror);
    assert_eq!(
        errors,
        [
            "DIR/mini-mentor.ron: does not pair with deck \"mini\": statement \"a2\" of that deck has no mirror here"
        ]
    );
}

#[test]
fn a_mirror_deck_whose_pair_is_absent_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("m.ron"), mini_mirror()).unwrap();
    let (_, errors) = DeckSet::load_dir(dir.path());
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .to_string()
            .ends_with("m.ron: the deck pairs with deck \"mini\", which was not found next to it"),
        "{}",
        errors[0]
    );
}

/// The mini deck with `from` replaced by `to`, and what the plain-language check says of r1.
fn plain_r1(from: &str, to: &str) -> Vec<jas_cards::core::deck::plain::Plain> {
    use jas_cards::core::deck::parse_deck;
    let source = super::mini_source();
    assert_eq!(source.matches(from).count(), 1, "{from:?}");
    let deck = parse_deck(
        std::path::Path::new("mini.ron"),
        source.replacen(from, to, 1).as_bytes(),
    )
    .unwrap();
    jas_cards::core::deck::plain::check(&deck)
        .into_iter()
        .filter(|(id, _)| id == "r1")
        .map(|(_, p)| p)
        .collect()
}

#[test]
fn the_plain_language_check_finds_each_rule_broken() {
    use jas_cards::core::deck::plain::Plain;
    let front = "\"Mijn mentor luistert naar mij.\"";
    let back = "\"Je mentor let op wat je zegt.\"";
    assert_eq!(plain_r1(front, front), [], "r1 as it is breaks nothing");
    assert_eq!(
        plain_r1(front, "\"Mijn mentor luistert niet naar mij.\""),
        [Plain::NegationOnFront("niet".into())]
    );
    assert_eq!(
        plain_r1(
            front,
            "\"Mijn mentor luistert altijd heel goed en rustig naar mij als ik iets zeg.\""
        ),
        [Plain::LongFront(14)]
    );
    assert_eq!(
        plain_r1(
            back,
            "\"Je mentor let op wat je zegt en vraagt door als hij het nog een beetje moeilijk vindt.\""
        ),
        [Plain::LongBackSentence(18)]
    );
    assert_eq!(
        plain_r1(back, "\"Je mentor laat je nooit alleen praten.\""),
        [Plain::BackAddsNegation("nooit".into())]
    );
    // A reverse-keyed card with a negation: the double negative the rule is for.
    let r1_reversed = plain_r1(
        "part: \"relatie\",\n            text: {\"nl\": \"Mijn mentor luistert naar mij.\"",
        "part: \"relatie\",\n            reverse: true,\n            text: {\"nl\": \"Mijn mentor luistert naar niemand.\"",
    );
    assert_eq!(r1_reversed, [Plain::ReversedWithNegation("niemand".into())]);
}
