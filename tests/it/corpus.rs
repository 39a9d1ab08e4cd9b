//! The bad-input corpus in tests/data/bad: broken decks and damaged saves, each with the exact
//! message it must give; a damaged save is kept aside, never overwritten.

use std::path::Path;

use jas_cards::core::deck::{DeckSet, parse_deck};
use jas_cards::core::measurement::{LoadError, load_all, parse};
use jas_cards::core::store::{FileStore, Store};

use super::read;

fn deck_error(name: &str) -> String {
    let bytes = std::fs::read(super::project(&format!("tests/data/bad/{name}"))).unwrap();
    parse_deck(Path::new(name), &bytes).unwrap_err().to_string()
}

#[test]
fn every_broken_deck_gives_its_message() {
    let cases = [
        (
            "deck-syntax.ron",
            "deck-syntax.ron:75:13: statement \"a2\": Expected comma",
        ),
        (
            "deck-unknown-part.ron",
            "deck-unknown-part.ron:52:13: statement \"d1\": unknown part \"dool\" (the deck's parts are: relatie, doel, aanpak)",
        ),
        (
            "deck-duplicate-id.ron",
            "deck-duplicate-id.ron:36:13: statement \"r1\": this id is used by more than one statement",
        ),
        (
            "deck-empty-text.ron",
            "deck-empty-text.ron:52:13: statement \"d1\": `text` is empty",
        ),
        (
            "deck-wrong-type.ron",
            "deck-wrong-type.ron:4:13: Expected integer",
        ),
        (
            "deck-unknown-field.ron",
            "deck-unknown-field.ron:6:5: Unexpected field named `colour` in `Deck`, expected one of `id`, `version`, `role`, `pairs_with`, `title`, `languages`, `parts`, `piles`, `thresholds`, `statements`, or `three_piles_first` instead",
        ),
        (
            "deck-threshold.ron",
            "deck-threshold.ron:22:9: threshold `statement_difference` is 9; it must be from 1 to 4",
        ),
        (
            "deck-part-without-statements.ron",
            "deck-part-without-statements.ron:11:10: part \"aanpak\" has no statements",
        ),
        (
            "deck-not-utf8.ron",
            "deck-not-utf8.ron: the file is not UTF-8 text",
        ),
    ];
    for (name, message) in cases {
        assert_eq!(deck_error(name), message);
    }
}

#[test]
fn a_mentor_deck_that_does_not_pair_gives_its_message() {
    let dir = super::project("tests/data/bad/unpaired");
    let (set, errors) = DeckSet::load_dir(&dir);
    let messages: Vec<String> = errors
        .iter()
        .map(|e| {
            e.to_string()
                .replace(&dir.display().to_string(), "unpaired")
        })
        .collect();
    assert_eq!(
        messages,
        [
            "unpaired/mini-mentor.ron:60:13: statement \"d9\": does not pair with deck \"mini\": that deck has no statement with this id"
        ]
    );
    assert!(set.get("mini").is_some());
}

#[test]
fn a_huge_file_is_refused_before_it_is_parsed() {
    let huge = "(".repeat(3 << 20);
    let e = parse_deck(Path::new("huge.ron"), huge.as_bytes()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "huge.ron: the file is 3145728 bytes; a deck is at most 1048576 bytes"
    );
}

fn save_error(name: &str) -> LoadError {
    let bytes = std::fs::read(super::project(&format!("tests/data/bad/{name}"))).unwrap();
    parse(&bytes).unwrap_err()
}

#[test]
fn every_damaged_save_gives_its_message() {
    assert!(
        parse(read("tests/data/bad/save-good.ron").as_bytes()).is_ok(),
        "the good one parses"
    );
    let cases = [
        (
            "save-empty.ron",
            LoadError::Damaged("the file is empty".into()),
        ),
        (
            "save-format-0.ron",
            LoadError::Damaged("unknown format version 0".into()),
        ),
        ("save-format-4.ron", LoadError::Newer { format: 4 }),
        (
            "save-wrong-order.ron",
            LoadError::Damaged(
                "the order of the cards does not match the deck's statements".into(),
            ),
        ),
    ];
    for (name, expected) in cases {
        assert_eq!(save_error(name), expected, "{name}");
    }
    match save_error("save-truncated.ron") {
        LoadError::Damaged(why) => assert_eq!(why, "line 63, column 21: Unexpected end of RON"),
        other => panic!("{other:?}"),
    }
    match save_error("save-bad-move.ron") {
        LoadError::Damaged(why) => {
            assert!(
                why.ends_with("move 1 cannot be replayed: there is nothing to undo"),
                "{why}"
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn damaged_saves_on_disk_are_kept_aside_and_a_newer_one_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    let names = [
        "save-empty.ron",
        "save-truncated.ron",
        "save-format-4.ron",
        "save-good.ron",
    ];
    for name in names {
        let bytes = std::fs::read(super::project(&format!("tests/data/bad/{name}"))).unwrap();
        // A good file is named after the measurement it holds.
        let file = if name == "save-good.ron" {
            "kill-20261129-040901-41e2-youth.ron"
        } else {
            name
        };
        store
            .write(&format!("measurements/{file}"), &bytes)
            .unwrap();
    }
    let loaded = load_all(&store);
    assert_eq!(loaded.measurements.len(), 1, "the good one");
    let root = dir.path().join("measurements").display().to_string();
    let problems: Vec<String> = loaded
        .problems
        .iter()
        .map(|p| p.replace(&root, "M"))
        .collect();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(
        problems[0].starts_with(
            "M/save-empty.ron: damaged (the file is empty); kept aside as M/save-empty.ron.damaged-"
        ),
        "{}",
        problems[0]
    );
    assert_eq!(
        problems[1],
        "M/save-format-4.ron: written by a newer version of JAS-kaarten (format 4; this version reads format 3); left as it is"
    );
    assert!(
        problems[2].starts_with("M/save-truncated.ron: damaged (line 63, column 21: Unexpected end of RON); kept aside as M/save-truncated.ron.damaged-"),
        "{}",
        problems[2]
    );
    let files: Vec<String> = std::fs::read_dir(dir.path().join("measurements"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(
        files
            .iter()
            .any(|f| f.starts_with("save-truncated.ron.damaged-"))
    );
    assert!(
        files.contains(&"save-format-4.ron".to_string()),
        "left where it was"
    );
    assert!(
        !files.contains(&"save-truncated.ron".to_string()),
        "not at its old name"
    );
    // The kept-aside bytes are the damaged bytes, untouched.
    let aside = files
        .iter()
        .find(|f| f.starts_with("save-empty.ron.damaged-"))
        .unwrap();
    assert_eq!(
        std::fs::read(dir.path().join("measurements").join(aside)).unwrap(),
        b""
    );
}

/// The fuzz seeds of the encrypted loader (`fuzz/corpus/sealed/`), made from the good save: a
/// whole file to the fuzz target's key, one cut short, and one to another key. Each run of age
/// makes other bytes, so they are written once (`JAS_WRITE_SEEDS=1 cargo test seeds`) and
/// checked here after.
#[test]
fn the_encrypted_loaders_seeds_say_what_they_are() {
    use jas_cards::core::keys::{FolderKey, OpenError, open, seal};
    let dir = super::project("fuzz/corpus/sealed");
    let good = std::fs::read(super::project("tests/data/bad/save-good.ron")).unwrap();
    let key = FolderKey::from_secret_bytes([7; 32]);
    if std::env::var_os("JAS_WRITE_SEEDS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        let sealed = seal(&key.recipient(), &good);
        std::fs::write(dir.join("good.age"), &sealed).unwrap();
        std::fs::write(dir.join("cut.age"), &sealed[..sealed.len() / 2]).unwrap();
        let other = seal(&FolderKey::generate().recipient(), &good);
        std::fs::write(dir.join("other-key.age"), other).unwrap();
    }
    let seed = |name: &str| std::fs::read(dir.join(name)).unwrap();
    assert_eq!(open(&key, &seed("good.age")).unwrap(), good);
    assert!(matches!(
        open(&key, &seed("cut.age")),
        Err(OpenError::Damaged(_))
    ));
    assert_eq!(open(&key, &seed("other-key.age")), Err(OpenError::OtherKey));
}
