//! Exports read back: the CSV values are the core's values for the same measurement.

use jas_cards::core::export::{Cells, ITEM_COLUMNS, write_items_csv, write_scores_csv};
use jas_cards::core::measurement::{Measurement, Moment};
use jas_cards::core::sort::Action;

use super::mini;

fn sorted(role_seed: u64, piles: &[(&str, Option<u8>)]) -> Measurement {
    let mut m = Measurement::new(
        "AB",
        Moment::MidEvaluation,
        "ab-20261129-100000",
        &mini(),
        role_seed,
    );
    for (id, pile) in piles {
        let action = match pile {
            Some(p) => Action::Place {
                statement: id.to_string(),
                pile: *p,
            },
            None => Action::Skip {
                statement: id.to_string(),
            },
        };
        m.apply(action).unwrap();
    }
    m.apply(Action::Remark {
        statement: "r2".into(),
        text: "Soms, \"als\" hij tijd heeft".into(),
    })
    .unwrap();
    m.apply(Action::Finish).unwrap();
    m
}

fn rows(bytes: &[u8]) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(bytes)
        .records()
        .map(|r| r.unwrap())
        .collect()
}

fn measurements() -> Vec<Measurement> {
    vec![
        sorted(
            1,
            &[
                ("r1", Some(5)),
                ("r2", Some(1)),
                ("r3", Some(2)),
                ("d1", None),
                ("d2", Some(4)),
                ("a1", Some(3)),
                ("a2", Some(1)),
            ],
        ),
        sorted(
            2,
            &[
                ("r1", Some(2)),
                ("r2", None),
                ("r3", None),
                ("d1", Some(4)),
                ("d2", Some(2)),
                ("a1", Some(5)),
                ("a2", Some(4)),
            ],
        ),
    ]
}

#[test]
fn one_row_per_statement_with_pile_item_value_and_remark() {
    let ms = measurements();
    let mut out = Vec::new();
    write_items_csv(&mut out, &ms, Cells::Safe).unwrap();
    let header = csv::Reader::from_reader(out.as_slice())
        .headers()
        .unwrap()
        .clone();
    assert_eq!(header.iter().collect::<Vec<_>>(), ITEM_COLUMNS);
    let rows = rows(&out);
    assert_eq!(rows.len(), 14);
    let col = |name: &str| ITEM_COLUMNS.iter().position(|c| *c == name).unwrap();
    let row = |m: usize, id: &str| {
        rows.iter()
            .filter(|r| r[col("statement")] == *id)
            .nth(m)
            .unwrap()
            .clone()
    };
    let r2 = row(0, "r2");
    assert_eq!(&r2[col("pile")], "1");
    assert_eq!(&r2[col("item_value")], "5", "reverse-keyed: 6 - 1");
    assert_eq!(&r2[col("reverse")], "1");
    assert_eq!(&r2[col("remark")], "Soms, \"als\" hij tijd heeft");
    assert_eq!(&r2[col("part")], "relatie");
    let d1 = row(0, "d1");
    assert_eq!(
        (&d1[col("pile")], &d1[col("item_value")]),
        ("", ""),
        "skipped is empty (missing)"
    );
    assert_eq!(&d1[col("youth")], "AB");
    assert_eq!(&d1[col("role")], "youth");
    assert_eq!(&d1[col("moment")], "mid_evaluation");
    assert_eq!(&d1[col("deck")], "mini");
    assert_eq!(&d1[col("deck_version")], "3");
    assert_eq!(&d1[col("finished")], "1");
    assert_eq!(d1[col("date")].len(), 10);
    // The position is where the card came in the shuffled order.
    let pos: usize = d1[col("position")].parse().unwrap();
    assert_eq!(ms[0].sort.order()[pos - 1], "d1");
}

#[test]
fn the_scores_file_equals_the_core_scores() {
    let ms = measurements();
    let mut out = Vec::new();
    write_scores_csv(&mut out, &ms, Cells::Safe).unwrap();
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert!(header.contains(&"relatie_score_0_100".to_string()));
    assert!(header.contains(&"total_scorable".to_string()));
    let rows = rows(&out);
    assert_eq!(rows.len(), 2);
    for (m, row) in ms.iter().zip(&rows) {
        let get = |name: &str| row[header.iter().position(|h| h == name).unwrap()].to_string();
        let scores = m.scores();
        for (part, s) in scores
            .parts
            .iter()
            .map(|(p, s)| (p.as_str(), s))
            .chain([("total", &scores.total)])
        {
            assert_eq!(get(&format!("{part}_answered")), s.answered.to_string());
            assert_eq!(get(&format!("{part}_sum")), s.sum.to_string());
            assert_eq!(
                get(&format!("{part}_scorable")),
                if s.scorable { "1" } else { "0" }
            );
            let num = |x: String| (!x.is_empty()).then(|| x.parse::<f64>().unwrap());
            assert_eq!(
                num(get(&format!("{part}_mean"))),
                s.mean,
                "{part}: exact, unrounded"
            );
            assert_eq!(num(get(&format!("{part}_score_0_100"))), s.score_0_100);
        }
    }
    // The second sort skipped two of three relatie cards: below the minimum of 2.
    assert_eq!(
        rows[1][header.iter().position(|h| h == "relatie_mean").unwrap()].len(),
        0
    );
}

#[test]
fn every_export_is_delivered_whole_and_private_even_over_an_old_file() {
    use jas_cards::app::exports::{Deliver, ExportFolder};
    let dir = tempfile::tempdir().unwrap();
    let folder = ExportFolder(dir.path().join("exports"));
    let old = dir.path().join("exports").join("ab.csv");
    std::fs::create_dir_all(old.parent().unwrap()).unwrap();
    std::fs::write(&old, "old and readable by all").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let place = folder.deliver("ab.csv", b"new").unwrap();
    assert_eq!(place, old.display().to_string());
    assert_eq!(std::fs::read(&old).unwrap(), b"new");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&old).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "private, though the old file was not");
    }
    let left: Vec<_> = std::fs::read_dir(old.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["ab.csv"], "no temporary file left behind");
}

#[test]
fn the_board_picture_is_encoded_as_a_png_of_the_window() {
    use bevy::asset::RenderAssetUsages;
    use bevy::image::Image;
    use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};
    // A 3x2 picture, one red pixel in the corner, as a screenshot arrives (BGRA on most GPUs).
    let mut pixels = vec![255u8; 3 * 2 * 4];
    pixels[0..4].copy_from_slice(&[0, 0, 255, 255]);
    let image = Image::new(
        Extent3d {
            width: 3,
            height: 2,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        pixels,
        TextureFormat::Bgra8UnormSrgb,
        RenderAssetUsages::default(),
    );
    let bytes = jas_cards::app::exports::png_bytes(&image).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    let back = image::load_from_memory(&bytes).unwrap().to_rgb8();
    assert_eq!(back.dimensions(), (3, 2));
    assert_eq!(back.get_pixel(0, 0).0, [255, 0, 0], "red stays red");
    assert_eq!(back.get_pixel(2, 1).0, [255, 255, 255]);
}

#[test]
fn a_cell_that_a_spreadsheet_would_run_is_written_as_text_unless_raw() {
    let mut m = Measurement::new(
        "=HYPERLINK(\"http://x\",\"klik\")",
        Moment::Start,
        "ab-20261129-100000",
        &mini(),
        1,
    );
    for action in [
        Action::Place {
            statement: "r1".into(),
            pile: 4,
        },
        Action::Remark {
            statement: "r1".into(),
            text: "@SUM(1+1)".into(),
        },
    ] {
        m.apply(action).unwrap();
    }
    let ms = [m];
    let mut safe = Vec::new();
    write_items_csv(&mut safe, &ms, Cells::Safe).unwrap();
    let safe = rows(&safe);
    assert_eq!(&safe[0][0], "'=HYPERLINK(\"http://x\",\"klik\")");
    let col = |name: &str| ITEM_COLUMNS.iter().position(|c| *c == name).unwrap();
    let r1 = safe.iter().find(|r| &r[col("statement")] == "r1").unwrap();
    assert_eq!(&r1[col("remark")], "'@SUM(1+1)");
    assert_eq!(&r1[col("pile")], "4", "numbers stay numbers");
    for lead in ["+1", "-1", "\tx", "\rx"] {
        assert_eq!(Cells::Safe.text(lead), format!("'{lead}"));
    }
    assert_eq!(Cells::Safe.text("Sam"), "Sam");
    // Raw: as typed, for R and SPSS.
    let mut raw = Vec::new();
    write_items_csv(&mut raw, &ms, Cells::Raw).unwrap();
    assert_eq!(&rows(&raw)[0][0], "=HYPERLINK(\"http://x\",\"klik\")");
    let mut scores = Vec::new();
    write_scores_csv(&mut scores, &ms, Cells::Safe).unwrap();
    assert_eq!(&rows(&scores)[0][0], "'=HYPERLINK(\"http://x\",\"klik\")");
}
