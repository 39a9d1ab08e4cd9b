//! An organisation's worth of made-up data, for the scale figures (`scripts/scale`): groups of
//! youths, each with complete rounds four months apart (the youth's sort, the mentor's and
//! the mentor's guess, on scripted piles). Used by `jas-cards make-data` and by `jas-cards demo
//! --screen overview --organisation N`; never by the app itself.

use super::deck::Deck;
use super::measurement::{Measurement, Moment};
use super::round::{For, begin, begin_mentor_sort};
use super::sort::{Action, Move, Sort};
use super::youth::Youth;

/// `groups` groups of `per_group` youths with `rounds` rounds each, of `deck` and its mirror.
pub fn organisation(
    groups: usize,
    per_group: usize,
    rounds: usize,
    deck: &Deck,
    mirror: &Deck,
) -> (Vec<Youth>, Vec<Measurement>) {
    let mut youths = Vec::new();
    let mut all = Vec::new();
    for g in 0..groups {
        for k in 0..per_group {
            let n = g * per_group + k;
            let y = Youth::new(
                &format!("G{:02}-{:02}", g + 1, k + 1),
                "",
                0x5ca1_e000 + n as u64,
                "2021-09-01T09:00:00Z",
            );
            for r in 0..rounds {
                // Four months apart from October 2021, on a day of the youth's.
                let month = 9 + r * 4;
                let at = format!(
                    "{}-{:02}-{:02}T10:00:00Z",
                    2021 + month / 12,
                    month % 12 + 1,
                    1 + n % 28
                );
                let who = For {
                    name: &y.name,
                    record: Some(&y.id),
                };
                let moment = if r == 0 {
                    Moment::Start
                } else {
                    Moment::MidEvaluation
                };
                let mut youth_sort = begin(who, moment, deck, (n * 100 + r) as u64, 0);
                youth_sort.round = format!("r-{}-{:04x}", at[..10].replace('-', ""), n * 16 + r);
                youth_sort.id = format!("{}-youth", youth_sort.round);
                youth_sort.ask_guess = true;
                let youth_sort = finished(youth_sort, &at, n + r);
                let mentor = finished(begin_mentor_sort(&youth_sort, mirror, 7), &at, n + r + 1);
                let guess = finished(Measurement::guess_of(&youth_sort, deck, 9), &at, n + r + 2);
                all.extend([youth_sort, mentor, guess]);
            }
            youths.push(y);
        }
    }
    (youths, all)
}

/// `m` finished on `at`: each card on a pile from a simple pattern of `seed`.
fn finished(mut m: Measurement, at: &str, seed: usize) -> Measurement {
    let moves: Vec<Move> = m
        .sort
        .order()
        .iter()
        .enumerate()
        .map(|(i, id)| Move {
            at: at.to_string(),
            action: Action::Place {
                statement: id.clone(),
                pile: 1 + ((i * 7 + seed * 3) % 5) as u8,
            },
        })
        .chain([Move {
            at: at.to_string(),
            action: Action::Finish,
        }])
        .collect();
    m.sort = Sort::replay(m.sort.seed(), m.sort.order().to_vec(), moves).expect("valid moves");
    m.started = at.to_string();
    m.updated = at.to_string();
    m
}
