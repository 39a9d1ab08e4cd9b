//! The command line: exit 0 on success, 2 on bad input with one clear line on stderr.

use std::path::Path;
use std::process::{Command, Output};

use super::project;

/// The mentor PIN of the test folders.
const PIN: &str = "246813";

/// Runs the app's command line with `JAS_PIN` set to [`PIN`].
fn run(args: &[&str]) -> Output {
    run_with_pin(args, Some(PIN))
}

fn run_with_pin(args: &[&str], pin: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_jas-cards"));
    c.args(args).current_dir(project("")).env_remove("JAS_PIN");
    if let Some(pin) = pin {
        c.env("JAS_PIN", pin);
    }
    c.output().unwrap()
}

/// Locks `data` with [`PIN`], at a small cost (a test runs it often).
fn lock(data: &Path) {
    use jas_cards::core::lock;
    let store = jas_cards::core::store::FileStore::new(data);
    lock::save(&store, &lock::set_up(PIN, lock::CHEAP).lock).unwrap();
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write_answers(dir: &Path, text: &str) -> String {
    let p = dir.join("answers.csv");
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// A hand-checked paper form for the shipped youth deck (since version 2 it has no
/// reverse-keyed card; the reverse keying is checked on the mini deck and the parent deck):
/// relatie r1..r7 on 5 4 4 3 5 2 4, sum 27 over 7. doel d1..d7 on 4 skip 3 1 4 5 1: values
/// 4 3 1 4 5 1, sum 18 over 6. aanpak a1..a6 on skip skip skip 2 4 5: 3 answered, under the
/// deck's minimum of 4, so not scorable (sum 11). Total: 16 answered (minimum 15), sum 56.
const PAPER_FORM: &str = "statement,pile
r1,5
r2,4
r3,4
r4,3
r5,5
r6,2
r7,4
d1,4
d2,skip
d3,3
d4,1
d5,4
d6,5
d7,1
a1,
a2,skip
a3,
a4,2
a5,4
a6,5
";

/// `jas-cards score` of PAPER_FORM on the shipped youth deck, with `extra` arguments.
fn score_paper_form(extra: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let answers = write_answers(dir.path(), PAPER_FORM);
    let mut args = vec![
        "score",
        "--deck",
        "levels/jongere.ron",
        "--answers",
        &answers,
    ];
    args.extend_from_slice(extra);
    run(&args)
}

#[test]
fn score_json_on_the_shipped_youth_deck_is_checked_by_hand() {
    let o = score_paper_form(&["--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let expected = serde_json::json!({
        "deck": "jongere",
        "parts": {
            "relatie": {"answered": 7, "sum": 27, "mean": 27.0 / 7.0, "score_0_100": (27.0 / 7.0 - 1.0) / 4.0 * 100.0, "scorable": true},
            "doel": {"answered": 6, "sum": 18, "mean": 3.0, "score_0_100": 50.0, "scorable": true},
            "aanpak": {"answered": 3, "sum": 11, "mean": null, "score_0_100": null, "scorable": false}
        },
        "total": {"answered": 16, "sum": 56, "mean": 3.5, "score_0_100": 62.5, "scorable": true}
    });
    assert_eq!(v, expected);
    // Parts in the deck's order, exactly as the documented shape.
    let text = String::from_utf8_lossy(&o.stdout);
    let (r, d, a) = (
        text.find("relatie").unwrap(),
        text.find("doel").unwrap(),
        text.find("aanpak").unwrap(),
    );
    assert!(r < d && d < a, "{text}");
}

#[test]
fn score_prints_a_table_by_default() {
    let o = score_paper_form(&[]);
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("relatie         7/7    27   3.86    71.4"),
        "{out}"
    );
    assert!(
        out.contains("aanpak          3/6    11   not scorable (needs 4 answered)"),
        "{out}"
    );
    assert!(
        out.contains("total         16/20    56   3.50    62.5"),
        "{out}"
    );
}

#[test]
fn score_on_the_short_deck() {
    let dir = tempfile::tempdir().unwrap();
    let answers = write_answers(
        dir.path(),
        "statement,pile\nr1,4\nr2,4\nr3,4\nd1,2\nd2,2\nd4,2\na1,5\na2,5\na3,skip\n",
    );
    let o = run(&[
        "score",
        "--deck",
        "levels/kort.ron",
        "--answers",
        &answers,
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["parts"]["relatie"]["mean"], 4.0);
    assert_eq!(v["parts"]["doel"]["score_0_100"], 25.0);
    assert_eq!(v["parts"]["aanpak"]["answered"], 2);
    assert_eq!(v["total"]["sum"], 28);
}

fn bad_answers(text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let answers = write_answers(dir.path(), text);
    let o = run(&["score", "--deck", "levels/kort.ron", "--answers", &answers]);
    assert_eq!(o.status.code(), Some(2), "bad input exits 2");
    assert!(o.stdout.is_empty());
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    err.trim_end().replace(&answers, "answers.csv")
}

#[test]
fn bad_answers_exit_2_with_one_clear_line() {
    let good = "r1,4\nr2,4\nr3,4\nd1,2\nd2,2\nd4,2\na1,5\na2,5\na3,3\n";
    let cases = [
        (
            format!("id;answer\n{}", good.replace(',', ";")),
            "jas-cards: answers.csv: line 1: the header must be `statement,pile` (or `statement;pile`), not `id,answer`",
        ),
        (
            format!("id,answer\n{good}"),
            "jas-cards: answers.csv: line 1: the header must be `statement,pile` (or `statement;pile`), not `id,answer`",
        ),
        (
            format!("statement,pile\n{good}zz,3\n"),
            "jas-cards: answers.csv: line 11: statement \"zz\" is not in deck \"kort\"",
        ),
        (
            format!("statement,pile\n{good}r1,3\n"),
            "jas-cards: answers.csv: line 11: statement \"r1\" appears twice",
        ),
        (
            "statement,pile\nr1,4\n".to_string(),
            "jas-cards: answers.csv: statement \"r2\" is missing; every statement of the deck must appear once (leave the pile empty to skip it)",
        ),
        (
            format!("statement,pile\n{}", good.replace("d1,2", "d1,6")),
            "jas-cards: answers.csv: line 5: pile \"6\" for statement \"d1\" must be 1 to 5, empty or skip",
        ),
        (
            format!("statement,pile\n{}", good.replace("d1,2", "d1,0")),
            "jas-cards: answers.csv: line 5: pile \"0\" for statement \"d1\" must be 1 to 5, empty or skip",
        ),
        (
            format!("statement,pile\n{}", good.replace("d1,2", "d1,eens")),
            "jas-cards: answers.csv: line 5: pile \"eens\" for statement \"d1\" must be 1 to 5, empty or skip",
        ),
    ];
    for (text, message) in cases {
        assert_eq!(bad_answers(&text), message);
    }
}

#[test]
fn a_missing_answers_file_exits_2() {
    let o = run(&[
        "score",
        "--deck",
        "levels/kort.ron",
        "--answers",
        "/nonexistent.csv",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("jas-cards: /nonexistent.csv: cannot read the file:"));
}

#[test]
fn check_deck_passes_the_shipped_decks_and_names_each() {
    let o = run(&["check-deck", "levels/jongere.ron", "levels/mentor.ron"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("ok levels/jongere.ron: deck \"jongere\" version 3, 20 statements (relatie 7, doel 7, aanpak 6), 0 reverse-keyed"), "{out}");
    // The mentor deck alone finds its pair next to it.
    let o = run(&["check-deck", "levels/mentor.ron"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn check_deck_refuses_a_bad_deck_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        super::mini_source().replace("part: \"aanpak\"", "part: \"aanpakk\""),
    )
    .unwrap();
    let o = run(&["check-deck", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).trim_end(),
        format!(
            "jas-cards: {}:67:13: statement \"a1\": unknown part \"aanpakk\" (the deck's parts are: relatie, doel, aanpak)",
            bad.display()
        )
    );
}

/// Saves a complete round of `youth` (both sorts of the short decks finished) as plain files,
/// as a folder of before the encryption held them (the PIN's first use seals them).
fn save_complete_round(data: &Path, youth: &str) {
    use jas_cards::core::measurement::{Moment, save};
    use jas_cards::core::round::{alone, begin, begin_mentor_sort};
    use jas_cards::core::sort::Action;
    let finished = |mut m: jas_cards::core::measurement::Measurement| {
        while let Some(id) = m.sort.current().map(str::to_string) {
            let pile = 1 + (id.len() % 5) as u8;
            m.apply(Action::Place {
                statement: id,
                pile,
            })
            .unwrap();
        }
        m.apply(Action::Finish).unwrap();
        m
    };
    let store = jas_cards::core::store::FileStore::new(data);
    let y = finished(begin(
        alone(youth),
        Moment::Start,
        &super::shipped("kort"),
        1,
        1,
    ));
    let m = finished(begin_mentor_sort(&y, &super::shipped("mentor-kort"), 2));
    save(&store, &y).unwrap();
    save(&store, &m).unwrap();
}

/// `jas-cards export --csv OUT --data-dir DATA`.
fn export_csv(out: &std::path::Path, data: &std::path::Path) -> std::process::Output {
    run(&[
        "export",
        "--csv",
        out.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ])
}

#[test]
fn export_writes_both_csv_files_from_the_data_dir() {
    use jas_cards::core::measurement::{Measurement, Moment, save};
    use jas_cards::core::store::FileStore;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = FileStore::new(&data);
    save_complete_round(&data, "AB");
    // A sort still under way is held back: the youth was promised it stays closed.
    let mut m = Measurement::new(
        "CD",
        Moment::Start,
        "r-20261129-100000-2",
        &super::shipped("kort"),
        1,
    );
    m.sort.place_current(4, "2026-11-29T10:00:00Z").unwrap();
    save(&store, &m).unwrap();
    lock(&data);
    let out = dir.path().join("results.csv");
    let o = export_csv(&out, &data);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("held back 1 measurement(s)"),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let items = std::fs::read_to_string(&out).unwrap();
    assert_eq!(
        items.lines().count(),
        1 + 9 + 9,
        "AB's and the mentor's cards"
    );
    assert!(!items.contains("CD"), "{items}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "an export is readable by its user only");
    }
    let scores = std::fs::read_to_string(dir.path().join("results-scores.csv")).unwrap();
    assert_eq!(scores.lines().count(), 3);
    assert!(scores.starts_with(
        "youth,role,moment,date,round,deck,deck_version,finished,source,relatie_answered,"
    ));
}

#[test]
fn unknown_arguments_exit_2() {
    let o = run(&["score", "--deck"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn export_keeps_formulas_out_of_spreadsheets_unless_raw() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    save_complete_round(&data, "=1+1");
    lock(&data);
    let export = |name: &str, raw: bool| {
        let out = dir.path().join(name);
        let mut args = vec!["export", "--csv", out.to_str().unwrap(), "--data-dir"];
        args.push(data.to_str().unwrap());
        if raw {
            args.push("--raw");
        }
        let o = run(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        std::fs::read_to_string(&out).unwrap()
    };
    let safe = export("safe.csv", false);
    assert!(safe.lines().nth(1).unwrap().starts_with("'=1+1,"), "{safe}");
    let raw = export("raw.csv", true);
    assert!(raw.lines().nth(1).unwrap().starts_with("=1+1,"), "{raw}");
}

#[test]
fn a_second_writer_of_a_data_folder_stops_at_once_and_readers_run_alongside() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // This test holds the folder, as a running app would.
    let _app = jas_cards::core::store::lock_writer(&data).unwrap();
    lock(&data);
    let three_moves = || {
        run(&[
            "autoplay",
            "--data-dir",
            data.to_str().unwrap(),
            "--max-moves",
            "3",
        ])
    };
    let o = three_moves();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&data.display().to_string()) && err.contains("in use"),
        "{err}"
    );
    assert!(o.stdout.is_empty(), "nothing was saved");
    let out = dir.path().join("out.csv");
    let o = export_csv(&out, &data);
    assert!(
        o.status.success(),
        "a reader runs alongside: {}",
        stderr(&o)
    );
    // Once the folder is free, the next writer goes ahead.
    drop(_app);
    let o = three_moves();
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn check_deck_plain_passes_the_shipped_decks_and_names_a_card_that_breaks_a_rule() {
    let decks = [
        "levels/jongere.ron",
        "levels/kort.ron",
        "levels/ouder.ron",
        "levels/mentor.ron",
        "levels/mentor-kort.ron",
        "levels/mentor-ouder.ron",
    ];
    let mut args = vec!["check-deck", "--plain"];
    args.extend(decks);
    let o = run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    // A deck with a negated front fails, naming the card and the rule.
    let dir = tempfile::tempdir().unwrap();
    let source = std::fs::read_to_string(super::project("levels/kort.ron")).unwrap();
    let bad = source.replacen(
        "\"Ik vertrouw mijn mentor.\"",
        "\"Ik vertrouw mijn mentor niet.\"",
        1,
    );
    assert_ne!(bad, source);
    let file = dir.path().join("kort.ron");
    std::fs::write(&file, bad).unwrap();
    let o = run(&["check-deck", "--plain", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("statement \"r2\": the front says \"niet\""),
        "{err}"
    );
}

#[test]
fn reading_commands_need_the_mentor_pin_and_count_wrong_ones() {
    use jas_cards::core::lock;
    use jas_cards::core::store::FileStore;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let d = data.to_str().unwrap();
    let out = dir.path().join("out.csv");
    let o = out.to_str().unwrap();
    std::fs::create_dir_all(&data).unwrap();

    let refused = |args: &[&str], pin: Option<&str>, says: &str| {
        let r = run_with_pin(args, pin);
        assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
        let err = stderr(&r);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(says), "{err}");
        assert!(!out.exists(), "nothing is written");
    };
    refused(
        &["check-data", "--data-dir", d],
        Some(PIN),
        "no mentor PIN is set",
    );
    lock(&data);
    refused(&["export", "--csv", o, "--data-dir", d], None, "JAS_PIN");
    refused(&["check-data", "--data-dir", d], None, "JAS_PIN");
    refused(
        &["export", "--csv", o, "--data-dir", d],
        Some("111111"),
        "wrong",
    );
    let store = FileStore::new(&data);
    assert_eq!(lock::load(&store).unwrap().unwrap().wrong, 1, "counted");
    let r = run(&["export", "--csv", o, "--data-dir", d]);
    assert!(r.status.success(), "{}", stderr(&r));
    assert_eq!(lock::load(&store).unwrap().unwrap().wrong, 0);
}

/// The scripted path of the issue: autoplay locks a new folder with JAS_PIN, and an export
/// with the same PIN reads it.
#[test]
fn autoplay_locks_a_new_folder_with_jas_pin_and_export_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let d = data.to_str().unwrap();
    let r = run(&["autoplay", "--data-dir", d, "--max-moves", "2"]);
    assert!(r.status.success(), "{}", stderr(&r));
    let store = jas_cards::core::store::FileStore::new(&data);
    let made = jas_cards::core::lock::load(&store).unwrap().unwrap();
    assert!(made.opens_with(PIN).is_some());
    // What autoplay saved is encrypted: the folder holds no youth's name or answer.
    for entry in std::fs::read_dir(data.join("measurements")).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(bytes.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"));
        assert!(!String::from_utf8_lossy(&bytes).contains("youth:"));
    }
    // The PIN opens the folder; the unfinished sort stays in it (complete rounds only go out).
    let out = dir.path().join("out.csv");
    let r = run(&["export", "--csv", out.to_str().unwrap(), "--data-dir", d]);
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(String::from_utf8_lossy(&r.stdout).contains("held back 1 measurement(s)"));
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 1);
}

/// [`run`] with the bundle passphrase `pass` in `JAS_BUNDLE_PASSPHRASE`.
fn run_with_passphrase(args: &[&str], pass: &str) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_jas-cards"));
    c.args(args)
        .current_dir(project(""))
        .env("JAS_PIN", PIN)
        .env("JAS_BUNDLE_PASSPHRASE", pass);
    c.output().unwrap()
}

#[test]
fn a_bundle_carries_a_folders_rounds_to_another_folder_and_a_wrong_passphrase_changes_nothing() {
    use jas_cards::core::measurement::load_all;
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("tablet"), dir.path().join("laptop"));
    save_complete_round(&a, "AB");
    lock(&a);
    lock(&b);
    let file = dir.path().join("groep.jasbundle");
    let (a_s, b_s, f) = (
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        file.to_str().unwrap(),
    );
    let pass = "paard batterij nietje";
    let r = run_with_passphrase(&["bundle", "export", "--out", f, "--data-dir", a_s], pass);
    assert!(r.status.success(), "{}", stderr(&r));
    let said = String::from_utf8_lossy(&r.stdout);
    assert!(
        said.contains("0 youth record(s) and 2 measurement(s)"),
        "{said}"
    );
    // Encrypted: nothing of the measurements readable in it (a long word, so random bytes
    // cannot match it by chance, as "AB" did once).
    let raw = String::from_utf8_lossy(&std::fs::read(&file).unwrap()).into_owned();
    assert!(raw.starts_with("age-encryption.org/v1"));
    assert!(!raw.contains("mentor-kort") && !raw.contains("Measurement"));

    // The wrong passphrase: exit 2, a clear line, nothing written.
    let r = run_with_passphrase(
        &["bundle", "import", f, "--data-dir", b_s],
        "paard batterij",
    );
    assert_eq!(r.status.code(), Some(2));
    assert!(
        stderr(&r)
            .contains("groep.jasbundle: the passphrase does not open it; nothing was imported"),
        "{}",
        stderr(&r)
    );
    assert!(!b.join("measurements").exists());

    let r = run_with_passphrase(&["bundle", "import", f, "--data-dir", b_s], pass);
    assert!(r.status.success(), "{}", stderr(&r));
    let said = String::from_utf8_lossy(&r.stdout);
    assert!(
        said.contains("measurements: 2 added, 0 updated, 0 kept"),
        "{said}"
    );
    // Both folders now hold the same measurements, encrypted at the laptop too.
    let read = |d: &Path| {
        let store = jas_cards::core::sealed::SealedStore::for_store(std::sync::Arc::new(
            jas_cards::core::store::FileStore::new(d),
        ));
        let key = jas_cards::core::lock::open_for_command(
            store.inner(),
            Some(PIN),
            jas_cards::core::lock::now_seconds(),
        )
        .unwrap()
        .unwrap();
        store.open(key);
        let mut ms = load_all(&store).measurements;
        ms.sort_by(|x, y| x.id.cmp(&y.id));
        ms
    };
    assert_eq!(read(&a), read(&b));
    for entry in std::fs::read_dir(b.join("measurements")).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(jas_cards::core::keys::is_sealed(&bytes));
    }
    // Again: nothing new.
    let r = run_with_passphrase(&["bundle", "import", f, "--data-dir", b_s], pass);
    assert!(
        String::from_utf8_lossy(&r.stdout).contains("0 added, 0 updated, 2 kept"),
        "{}",
        String::from_utf8_lossy(&r.stdout)
    );
}

#[test]
fn score_reads_the_semicolons_and_byte_order_mark_of_a_dutch_spreadsheet_alike() {
    let comma = score_paper_form(&["--json"]);
    let dir = tempfile::tempdir().unwrap();
    let dutch = format!("\u{feff}{}", PAPER_FORM.replace(',', ";"));
    let answers = write_answers(dir.path(), &dutch);
    let semicolon = run(&[
        "score",
        "--deck",
        "levels/jongere.ron",
        "--answers",
        &answers,
        "--json",
    ]);
    assert!(semicolon.status.success(), "{}", stderr(&semicolon));
    assert_eq!(semicolon.stdout, comma.stdout);
}

#[test]
fn import_answers_enters_a_paper_form_for_a_youth_marked_as_paper() {
    use jas_cards::core::youth::{self, Youth};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    lock(&data);
    // The youth's record, as the app saves it (encrypted to the folder's key).
    let raw = std::sync::Arc::new(jas_cards::core::store::FileStore::new(&data));
    let store = jas_cards::core::sealed::SealedStore::for_store(raw);
    youth::save(&store, &Youth::new("Sam", "", 7, "2026-09-01T09:00:00Z")).unwrap();
    let answers = write_answers(dir.path(), &PAPER_FORM.replace(',', ";"));
    let d = data.to_str().unwrap();
    let args = |moment: &str| {
        vec![
            "import-answers".to_string(),
            "--deck".into(),
            "levels/jongere.ron".into(),
            "--answers".into(),
            answers.clone(),
            "--youth".into(),
            "sam".into(),
            "--date".into(),
            "2026-09-20".into(),
            "--moment".into(),
            moment.into(),
            "--data-dir".into(),
            d.into(),
        ]
    };
    let bad = run(&args("halverwege")
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>());
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("\"halverwege\" is not a moment"),
        "{}",
        stderr(&bad)
    );
    let o = run(&args("start").iter().map(String::as_str).collect::<Vec<_>>());
    assert!(o.status.success(), "{}", stderr(&o));
    // The hand-checked total of the form: 56 over 16.
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(
        said.contains(
            "imported the paper form of youth y-0000000000000007 (2026-09-20, start, jongere)"
        ),
        "{said}"
    );
    assert!(said.contains("total 3.50"), "{said}");
    // In the export: dated on the form's day, marked as paper. (A youth's form alone is not
    // a complete round: the mentor's joins it with --round.)
    let round = said
        .trim()
        .split(" as ")
        .nth(1)
        .unwrap()
        .split(':')
        .next()
        .unwrap();
    let mentor_answers = write_answers(
        dir.path(),
        // The mentor's form: the same, with the skipped cards answered.
        &PAPER_FORM.replace(",skip", ",4").replace(",\n", ",3\n"),
    );
    let mut m = args("start");
    m[2] = "levels/mentor.ron".into();
    m[4] = mentor_answers;
    m.extend(["--round".into(), round.into()]);
    // At another moment than the round's: refused, nothing written.
    let mut wrong = m.clone();
    wrong[10] = "mid_evaluation".into();
    let before = std::fs::read_dir(data.join("measurements"))
        .unwrap()
        .count();
    let o = run(&wrong.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("is a start round, not mid_evaluation; nothing was imported"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read_dir(data.join("measurements"))
            .unwrap()
            .count(),
        before
    );
    let o = run(&m.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = dir.path().join("out.csv");
    let e = export_csv(&out, &data);
    assert!(e.status.success(), "{}", stderr(&e));
    let scores = std::fs::read_to_string(dir.path().join("out-scores.csv")).unwrap();
    let lines: Vec<&str> = scores.lines().collect();
    assert!(
        lines[0].starts_with("youth,role,moment,date,round,deck,deck_version,finished,source,")
    );
    assert_eq!(lines.len(), 3, "{scores}");
    for l in &lines[1..] {
        assert!(l.contains(",start,2026-09-20,"), "{l}");
        assert!(l.contains(",1,paper,"), "{l}");
    }
}
