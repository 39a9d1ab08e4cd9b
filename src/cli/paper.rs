//! `import-answers`: a paper form into the data folder as a measurement of a youth, with its
//! date and moment, scored like any sort and marked as paper. The answers CSV is the one
//! `score` reads (`statement,pile`, or `statement;pile`).

use std::path::Path;

use super::Failure;
use super::data::open_with_pin;
use super::transfer::chosen;
use crate::core::answers::{check_joins, paper_measurement, parse_answers};
use crate::core::deck::{Role, load_deck};
use crate::core::measurement::{Moment, load_all, save};
use crate::core::round::For;
use crate::core::youth;

/// `start`, `mid_evaluation` (or `tussenevaluatie`), `extra`.
pub(super) fn parse_moment(s: &str) -> Result<Moment, String> {
    match s.trim().to_lowercase().as_str() {
        "start" | "begin" => Ok(Moment::Start),
        "mid_evaluation" | "tussenevaluatie" => Ok(Moment::MidEvaluation),
        "extra" => Ok(Moment::Extra),
        other => Err(format!(
            "\"{other}\" is not a moment: start, mid_evaluation or extra"
        )),
    }
}

pub(super) struct PaperForm<'a> {
    pub deck: &'a Path,
    pub answers: &'a Path,
    pub youth: &'a str,
    pub date: &'a str,
    pub moment: Moment,
    /// The round a mentor's (or a second) form joins; a new round without it.
    pub round: Option<&'a str>,
}

pub(super) fn import_answers(data_dir: &Path, form: PaperForm) -> Result<(), Failure> {
    let deck = load_deck(form.deck).map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(form.answers)
        .map_err(|e| format!("{}: cannot read the file: {e}", form.answers.display()))?;
    let answers =
        parse_answers(&deck, &text).map_err(|e| format!("{}: {e}", form.answers.display()))?;
    let store = open_with_pin(data_dir)?;
    if !store.can_save() {
        return Err(format!(
            "{}: no mentor PIN is set for this folder yet; set one in the app (Mentordeel) first",
            data_dir.display()
        ));
    }
    let (youths, _) = youth::load_all(&store);
    let id = chosen(&youths, &[form.youth.to_string()])?.remove(0);
    let y = youths
        .iter()
        .find(|y| y.id == id)
        .expect("chosen from them");
    let who = For {
        name: &y.name,
        record: Some(&y.id),
    };
    let mut m = paper_measurement(&deck, &answers, who, form.moment, form.date, rand::random())?;
    let all = load_all(&store).measurements;
    match form.round {
        Some(round) => {
            // Joins a round of this youth that has no form of this role yet.
            let theirs: Vec<_> = all
                .iter()
                .filter(|x| x.round == round && x.youth_id.as_deref() == Some(y.id.as_str()))
                .cloned()
                .collect();
            if theirs.is_empty() {
                return Err(format!("youth {} has no round \"{round}\"", y.id));
            }
            check_joins(&theirs, &deck, form.moment)
                .map_err(|e| format!("{e}; nothing was imported"))?;
            m.round = round.to_string();
            m.id = format!("{round}-{}", m.role);
            if all.iter().any(|x| x.id == m.id) {
                return Err(format!(
                    "round \"{round}\" already has a {} sort; nothing was imported",
                    m.role
                ));
            }
        }
        None if deck.role == Role::Mentor => {
            return Err(
                "a mentor's form joins the youth's round: give it with --round".to_string(),
            );
        }
        None if all.iter().any(|x| x.id == m.id) => {
            return Err(format!(
                "{} exists already; nothing was imported (run it again for a new round id)",
                m.id
            ));
        }
        None => {}
    }
    save(&store, &m).map_err(|e| e.to_string())?;
    let s = m.scores();
    let total = s
        .total
        .mean
        .map(|x| format!("{x:.2}"))
        .unwrap_or_else(|| "not scorable".into());
    println!(
        "imported the paper form of youth {} ({}, {}, {}) as {}: total {total}",
        y.id,
        form.date,
        form.moment.as_str(),
        deck.id,
        m.round
    );
    Ok(())
}
