//! Exports for the behavioural scientist: CSV files ready for R or SPSS (empty = missing),
//! and the JSON score report of the command line.

use std::io::Write;

use serde_json::{Map, Value, json};

use super::measurement::{Measurement, date_of};
use super::scoring::{ScaleScore, Scores, TOTAL, item_value};
use super::sort::Placement;

/// The header of the per-statement CSV.
pub const ITEM_COLUMNS: [&str; 16] = [
    "youth",
    "role",
    "moment",
    "date",
    "round",
    "deck",
    "deck_version",
    "finished",
    "source",
    "statement",
    "part",
    "reverse",
    "position",
    "pile",
    "item_value",
    "remark",
];

/// How free-text cells (pseudonyms, remarks, ids from deck files) are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Cells {
    /// Safe to open in a spreadsheet: a cell that starts with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return gets a leading `'`, so Excel or LibreOffice shows it as text instead of
    /// running it as a formula (OWASP's advice on CSV injection). Numbers are written as
    /// numbers.
    #[default]
    Safe,
    /// As typed, for R and SPSS, which never run a cell (`jas-cards export --raw`).
    Raw,
}

impl Cells {
    /// A free-text cell as this mode writes it.
    pub fn text(self, cell: &str) -> String {
        let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
        if self == Cells::Safe && risky {
            format!("'{cell}")
        } else {
            cell.to_string()
        }
    }
}

/// One row per statement of every measurement. `pile` and `item_value` are empty for a skipped
/// or unanswered card; `pile` is what the youth chose, `item_value` is after reverse keying.
pub fn write_items_csv(
    out: impl Write,
    measurements: &[Measurement],
    cells: Cells,
) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(ITEM_COLUMNS)?;
    for m in measurements {
        let head = head_fields(m, cells);
        for item in &m.key.items {
            let position = m
                .sort
                .order()
                .iter()
                .position(|id| *id == item.id)
                .map(|p| (p + 1).to_string())
                .unwrap_or_default();
            let (pile, value) = match m.sort.placement(&item.id) {
                Some(Placement::Pile(p)) => {
                    (p.to_string(), item_value(p, item.reverse).to_string())
                }
                _ => (String::new(), String::new()),
            };
            let mut row = head.clone();
            row.extend([
                cells.text(&item.id),
                cells.text(&item.part),
                bool01(item.reverse),
                position,
                pile,
                value,
                cells.text(m.sort.remark(&item.id).unwrap_or("")),
            ]);
            w.write_record(&row)?;
        }
    }
    w.flush()?;
    Ok(())
}

fn bool01(b: bool) -> String {
    if b { "1" } else { "0" }.to_string()
}

fn head_fields(m: &Measurement, cells: Cells) -> Vec<String> {
    vec![
        cells.text(&m.youth),
        m.role.to_string(),
        m.moment.as_str().to_string(),
        date_of(m.finished_at().unwrap_or(&m.started)).to_string(),
        cells.text(&m.round),
        cells.text(&m.deck.id),
        m.deck.version.to_string(),
        bool01(m.sort.is_finished()),
        // Sorted in the app, or entered from a paper form.
        if m.paper { "paper" } else { "app" }.to_string(),
    ]
}

/// Every part id across `measurements`, in the order first met.
fn all_parts(measurements: &[Measurement]) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for m in measurements {
        for p in &m.key.parts {
            if !parts.contains(&p.id) {
                parts.push(p.id.clone());
            }
        }
    }
    parts
}

const SCALE_FIELDS: [&str; 5] = ["answered", "sum", "mean", "score_0_100", "scorable"];

fn scale_fields(s: Option<&ScaleScore>) -> Vec<String> {
    let num = |x: Option<f64>| x.map(|x| x.to_string()).unwrap_or_default();
    match s {
        None => vec![String::new(); 5],
        Some(s) => vec![
            s.answered.to_string(),
            s.sum.to_string(),
            num(s.mean),
            num(s.score_0_100),
            bool01(s.scorable),
        ],
    }
}

/// One row per measurement with every part's and the total's score. A part that is not
/// scorable has empty mean and score; a part the deck does not have is empty throughout.
pub fn write_scores_csv(
    out: impl Write,
    measurements: &[Measurement],
    cells: Cells,
) -> csv::Result<()> {
    let parts = all_parts(measurements);
    let mut w = csv::Writer::from_writer(out);
    let mut header: Vec<String> = ITEM_COLUMNS[..9].iter().map(|s| s.to_string()).collect();
    for p in parts.iter().map(String::as_str).chain([TOTAL]) {
        header.extend(SCALE_FIELDS.iter().map(|f| cells.text(&format!("{p}_{f}"))));
    }
    w.write_record(&header)?;
    for m in measurements {
        let scores = m.scores();
        let mut row = head_fields(m, cells);
        for p in &parts {
            row.extend(scale_fields(scores.part(p)));
        }
        row.extend(scale_fields(Some(&scores.total)));
        w.write_record(&row)?;
    }
    w.flush()?;
    Ok(())
}

fn scale_json(s: &ScaleScore) -> Value {
    json!({
        "answered": s.answered,
        "sum": s.sum,
        "mean": s.mean,
        "score_0_100": s.score_0_100,
        "scorable": s.scorable,
    })
}

/// The score report of `jas-cards score --json`.
pub fn scores_json(deck: &str, scores: &Scores) -> Value {
    let mut parts = Map::new();
    for (id, s) in &scores.parts {
        parts.insert(id.clone(), scale_json(s));
    }
    json!({
        "deck": deck,
        "parts": parts,
        (TOTAL): scale_json(&scores.total),
    })
}

/// The two files of a CSV export: `results.csv` (one row per statement) and beside it
/// `results-scores.csv` (one row per measurement). Returns the second name for the first.
pub fn scores_file_name(items: &str) -> String {
    match items.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{stem}-scores.{ext}"),
        _ => format!("{items}-scores"),
    }
}

/// Both CSV files of `measurements`, as bytes: (items, scores).
pub fn csv_pair(measurements: &[Measurement], cells: Cells) -> csv::Result<(Vec<u8>, Vec<u8>)> {
    let mut items = Vec::new();
    let mut scores = Vec::new();
    write_items_csv(&mut items, measurements, cells)?;
    write_scores_csv(&mut scores, measurements, cells)?;
    Ok((items, scores))
}
