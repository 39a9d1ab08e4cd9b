//! Nothing lost: every save is whole, a damaged file is kept aside and reported, never
//! overwritten, and a store that refuses writes gets a clear message while nothing in memory
//! is lost.

use jas_cards::core::measurement::{
    self, FORMAT_VERSION, Measurement, Moment, load_all, parse, save,
};
use jas_cards::core::sort::Action;
use jas_cards::core::store::{FileStore, MemoryStore, Store, StoreProblem};

use super::mini;

fn measurement_with_moves(n: usize) -> Measurement {
    let deck = mini();
    let mut m = Measurement::new("AB", Moment::Start, "ab-20261129-100000", &deck, 77);
    for i in 0..n {
        let id = m.sort.current().unwrap().to_string();
        if i == 2 {
            m.apply(Action::Skip {
                statement: id.clone(),
            })
            .unwrap();
            m.apply(Action::Remark {
                statement: id,
                text: "Snap ik niet: wat is 'aanpak'?".into(),
            })
            .unwrap();
        } else {
            m.apply(Action::Place {
                statement: id,
                pile: (i % 5 + 1) as u8,
            })
            .unwrap();
        }
    }
    m
}

#[test]
fn a_saved_sort_resumes_at_the_same_card_with_every_move() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    let m = measurement_with_moves(4);
    save(&store, &m).unwrap();
    let loaded = load_all(&store);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.measurements, std::slice::from_ref(&m));
    let back = &loaded.measurements[0];
    assert_eq!(back.sort.current(), m.sort.current());
    assert_eq!(back.sort.answers(), m.sort.answers());
    assert_eq!(back.sort.remarks(), m.sort.remarks());
    assert_eq!(back.format, FORMAT_VERSION);
}

#[test]
fn saving_again_replaces_the_file_whole_and_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    let mut m = measurement_with_moves(1);
    save(&store, &m).unwrap();
    for _ in 0..3 {
        m.sort.place_current(3, "2026-11-29T10:00:00Z").unwrap();
        save(&store, &m).unwrap();
    }
    let files: Vec<_> = std::fs::read_dir(dir.path().join("measurements"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(files, [format!("{}.ron", m.id)]);
    let text = std::fs::read(
        dir.path()
            .join("measurements")
            .join(format!("{}.ron", m.id)),
    )
    .unwrap();
    assert_eq!(parse(&text).unwrap(), m);
}

#[cfg(unix)]
#[test]
fn the_data_folder_and_files_are_private_to_the_user() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("data");
    let store = FileStore::new(&root);
    let m = measurement_with_moves(1);
    save(&store, &m).unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&root.join("measurements")), 0o700);
    assert_eq!(
        mode(&root.join("measurements").join(format!("{}.ron", m.id))),
        0o600
    );
}

/// A damaged file `bytes` is set aside and reported: the report starts with `why` and holds
/// `detail`.
fn damaged_case(bytes: &[u8], why: &str, detail: &str) {
    let store = MemoryStore::new();
    let good = measurement_with_moves(2);
    save(&store, &good).unwrap();
    store.insert("measurements/cd-20261101-090000-youth.ron", bytes);
    let loaded = load_all(&store);
    assert_eq!(
        loaded.measurements,
        std::slice::from_ref(&good),
        "the good file still loads"
    );
    assert_eq!(loaded.problems.len(), 1);
    let p = &loaded.problems[0];
    assert!(
        p.starts_with(&format!(
            "memory:measurements/cd-20261101-090000-youth.ron: damaged ({why}"
        )),
        "{p}"
    );
    assert!(p.contains(detail), "{p}");
    assert!(
        p.contains("; kept aside as memory:measurements/cd-20261101-090000-youth.ron.damaged-"),
        "{p}"
    );
    // Kept aside with its bytes, not at its old name, and never overwritten by a later load.
    let keys = store.keys();
    let aside: Vec<_> = keys.iter().filter(|k| k.contains(".damaged-")).collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(store.read(aside[0]).unwrap(), bytes);
    assert!(!keys.contains(&"measurements/cd-20261101-090000-youth.ron".to_string()));
    let again = load_all(&store);
    assert!(
        again.problems.is_empty(),
        "set aside once: {:?}",
        again.problems
    );
    assert_eq!(store.read(aside[0]).unwrap(), bytes);
}

#[test]
fn a_truncated_file_is_kept_aside_and_reported() {
    let text = measurement_with_moves(3).to_ron();
    // Cut in the middle: the parser names where the text stops making sense.
    damaged_case(&text.as_bytes()[..text.len() / 2], "line ", ", column ");
}

#[test]
fn a_zero_byte_file_is_kept_aside_and_reported() {
    damaged_case(b"", "the file is empty)", "");
}

#[test]
fn a_file_that_is_not_text_is_kept_aside_and_reported() {
    damaged_case(&[0xff, 0x00, 0xfe], "not UTF-8 text)", "");
}

#[test]
fn a_file_with_an_impossible_move_log_is_kept_aside() {
    let text = measurement_with_moves(1).to_ron().replacen(
        "action: Place(",
        "action: Undo),\n Move(at: \"2026-11-29T10:00:00Z\", action: Place(",
        1,
    );
    damaged_case(
        text.as_bytes(),
        "line ",
        "move 1 cannot be replayed: there is nothing to undo",
    );
}

#[test]
fn a_file_from_a_newer_version_is_left_alone_and_reported() {
    let store = MemoryStore::new();
    let text = measurement_with_moves(1).to_ron().replace(
        &format!("format: {FORMAT_VERSION},"),
        "format: 9,\n    new_field: 1,",
    );
    store.insert("measurements/x.ron", text.as_bytes());
    let loaded = load_all(&store);
    assert!(loaded.measurements.is_empty());
    assert_eq!(
        loaded.problems,
        [
            "memory:measurements/x.ron: written by a newer version of JAS-kaarten (format 9; this version reads format 3); left as it is"
        ]
    );
    assert_eq!(
        store.read("measurements/x.ron").unwrap(),
        text.as_bytes(),
        "untouched"
    );
}

#[test]
fn a_full_disk_gives_a_clear_message_and_loses_nothing_once_writing_works() {
    let store = MemoryStore::new();
    let mut m = measurement_with_moves(1);
    save(&store, &m).unwrap();
    store.fail_writes(Some(StoreProblem::DiskFull));
    m.sort.place_current(5, "2026-11-29T10:01:00Z").unwrap();
    let err = save(&store, &m).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "could not save memory:measurements/{}.ron: the disk is full",
            m.id
        )
    );
    // The sort in memory still has the move; the next save, once the disk has room, has all.
    m.sort.place_current(1, "2026-11-29T10:02:00Z").unwrap();
    store.fail_writes(None);
    save(&store, &m).unwrap();
    let back = load_all(&store).measurements.pop().unwrap();
    assert_eq!(back.sort.done_count(), 3);
    assert_eq!(back, m);
}

#[test]
fn a_folder_that_cannot_be_written_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    // The data "folder" is a file: nothing can be created below it, even as root.
    let blocker = dir.path().join("data");
    std::fs::write(&blocker, "not a folder").unwrap();
    let store = FileStore::new(&blocker);
    let m = measurement_with_moves(1);
    let err = save(&store, &m).unwrap_err().to_string();
    let file = blocker.join("measurements").join(format!("{}.ron", m.id));
    assert!(
        err.starts_with(&format!("could not save {}: ", file.display())),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "not a folder");
}

#[test]
fn the_measurement_records_who_when_what_and_how() {
    let m = measurement_with_moves(3);
    assert_eq!(m.youth, "AB");
    assert_eq!(m.id, "ab-20261129-100000-youth");
    assert_eq!(m.deck.id, "mini");
    assert_eq!(m.deck.version, 3);
    assert_eq!(m.sort.seed(), 77);
    assert_eq!(m.key, mini().scoring_key());
    assert_eq!(m.sort.moves().len(), 4, "two places, a skip and a remark");
    assert!(m.started.ends_with('Z'));
    assert_eq!(
        measurement::round_id("2026-11-29T10:15:03Z"),
        "r-20261129-101503"
    );
}

#[test]
fn pseudonyms_are_checked() {
    assert!(measurement::check_pseudonym("AB").is_ok());
    assert_eq!(
        measurement::check_pseudonym("  "),
        Err(measurement::PseudonymError::Empty)
    );
    assert!(measurement::check_pseudonym(&"x".repeat(40)).is_ok());
    assert_eq!(
        measurement::check_pseudonym(&"x".repeat(41)),
        Err(measurement::PseudonymError::TooLong)
    );
}

#[test]
fn no_name_from_a_file_reaches_outside_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = FileStore::new(&data);
    // The store itself refuses keys that climb out, are absolute or have empty parts.
    for key in [
        "../escaped.ron",
        "measurements/../../escaped.ron",
        "/etc/passwd",
        "measurements//x.ron",
        "measurements/./x.ron",
        "measurements\\..\\x.ron",
    ] {
        let e = store.write(key, b"x").unwrap_err();
        assert!(
            e.to_string().contains("is not a name in the data folder"),
            "{key}: {e}"
        );
        assert!(store.read(key).is_err(), "{key}");
    }
    assert!(!dir.path().join("escaped.ron").exists());
    // A measurement whose id or round would be such a name is damaged, and set aside.
    let m = measurement_with_moves(1);
    let text = m.to_ron();
    for (field, value) in [
        ("id", "../../escaped-youth"),
        ("round", "../../escaped"),
        ("round", "AB 20261129"),
    ] {
        let old = format!(
            "{field}: \"{}\"",
            if field == "id" { &m.id } else { &m.round }
        );
        assert!(text.contains(&old), "{old}");
        let bad = text.replacen(&old, &format!("{field}: \"{value}\""), 1);
        let store = MemoryStore::new();
        store.insert(&m.key_in_store(), bad.as_bytes());
        let loaded = load_all(&store);
        assert!(loaded.measurements.is_empty(), "{field} {value}");
        assert!(
            loaded.problems[0].contains("damaged"),
            "{:?}",
            loaded.problems
        );
    }
    // A good measurement in a file of another name is not taken for that file's.
    refused_with(
        "measurements/other-youth.ron",
        text.as_bytes(),
        "not its own",
    );
}

/// `bytes` stored at `key` load as nothing, with a problem that says `why`.
fn refused_with(key: &str, bytes: &[u8], why: &str) {
    let store = MemoryStore::new();
    store.insert(key, bytes);
    let loaded = load_all(&store);
    assert!(loaded.measurements.is_empty());
    assert!(loaded.problems[0].contains(why), "{:?}", loaded.problems);
}

#[test]
fn a_file_of_two_mebibytes_is_refused_without_parsing() {
    let m = measurement_with_moves(1);
    let mut big = m.to_ron().into_bytes();
    big.extend(std::iter::repeat_n(b' ', 2 << 20));
    refused_with(
        &m.key_in_store(),
        &big,
        "more than a measurement can be (1 MiB)",
    );
}

#[test]
fn work_spread_over_threads_comes_back_in_order() {
    let items: Vec<u32> = (0..1000).collect();
    for most in [1, 2, 4, 8] {
        let doubled = jas_cards::core::parallel::map(&items, most, |x| x * 2);
        assert_eq!(doubled, (0..1000).map(|x| x * 2).collect::<Vec<_>>());
    }
}
