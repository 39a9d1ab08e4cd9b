//! How well the mentor knows the youth's view: the mentor's guess of the youth's sort against
//! the youth's own, card by card on the scored values (1-5). How many cards the guess put on
//! the youth's pile and how many one pile away; which cards the mentor thought better of than
//! the youth does (over-estimated: where a hidden negative view may lie) and which worse
//! (under-estimated), two or more apart; and the mean difference, which shows a mentor who
//! under- or over-estimates across the board. For the mentor and supervision, never a mark
//! of the mentor's worth.

use super::measurement::Measurement;
use super::round::Round;
use super::scoring::item_value;
use super::sort::Placement;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct GuessScore {
    /// Cards both the youth and the guess placed on a pile (skipped ones are not compared).
    pub compared: usize,
    /// Cards the guess put on the youth's own pile.
    pub same: usize,
    /// Cards the guess put one pile away.
    pub one_apart: usize,
    /// Two or more piles better in the guess than in the youth's sort, in the deck's order.
    pub over: Vec<String>,
    /// Two or more piles worse in the guess than in the youth's sort.
    pub under: Vec<String>,
    /// Mean of guess minus youth over the compared cards; `None` when none are compared.
    pub mean_difference: Option<f64>,
}

/// Scores `guess` against `youth`, both sorts of the youth deck (keyed alike, so a reverse-keyed
/// card compares by how it counts).
pub fn guess_score(youth: &Measurement, guess: &Measurement) -> GuessScore {
    let mut g = GuessScore::default();
    let mut sum = 0i32;
    for item in &youth.key.items {
        let value = |m: &Measurement| match m.sort.placement(&item.id) {
            Some(Placement::Pile(p)) => Some(i32::from(item_value(p, item.reverse))),
            _ => None,
        };
        let (Some(y), Some(x)) = (value(youth), value(guess)) else {
            continue;
        };
        g.compared += 1;
        sum += x - y;
        match x - y {
            0 => g.same += 1,
            -1 | 1 => g.one_apart += 1,
            d if d >= 2 => g.over.push(item.id.clone()),
            _ => g.under.push(item.id.clone()),
        }
    }
    g.mean_difference = (g.compared > 0).then(|| f64::from(sum) / g.compared as f64);
    g
}

/// The guesses of `rounds` (one youth's, oldest first) for the history's trend: each round
/// with a finished guess, by its index, with its score. A guess under way is left out.
pub fn guesses(rounds: &[Round]) -> Vec<(usize, GuessScore)> {
    rounds
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let g = r.guess.filter(|g| g.sort.is_finished())?;
            Some((i, guess_score(r.youth, g)))
        })
        .collect()
}

impl GuessScore {
    /// The share of the compared cards the guess put on the youth's own pile (0-1).
    pub fn same_share(&self) -> Option<f64> {
        (self.compared > 0).then(|| self.same as f64 / self.compared as f64)
    }
}
