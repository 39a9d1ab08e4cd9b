//! The finished layout as the board: one side's five piles exactly as that side left them (the
//! cards in the order they were put there, a card moved in the review where it ended) and the
//! skipped cards, each card carrying where the other side put it. Youth and mentor start the
//! talk from this picture; the app draws it, the tests check it.

use super::board::Board;
use super::round::Round;
use super::scoring::Pile;
use super::sort::Placement;

/// Whose layout is shown: the youth's with the mentor's markers, or the mentor's with the
/// youth's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Whose {
    #[default]
    Youth,
    Mentor,
}

/// One card in a layout.
#[derive(Clone, Debug, PartialEq)]
pub struct LaidCard {
    pub id: String,
    /// Where the other side put it; `None` when there is no other sort.
    pub other: Option<Placement>,
    /// The two placements are at least the deck's threshold apart (two piles in the shipped
    /// decks): the same cards the list marks as a difference.
    pub far: bool,
    /// Reverse-keyed: its pile is not its score, so the board marks it.
    pub reverse: bool,
}

/// One side's sort as it was left.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// `piles[p - 1]`: the cards on pile `p`, in the order they were put there.
    pub piles: [Vec<LaidCard>; 5],
    pub skipped: Vec<LaidCard>,
}

impl Layout {
    /// Every card of the layout, the piles first.
    pub fn cards(&self) -> impl Iterator<Item = &LaidCard> {
        self.piles.iter().flatten().chain(&self.skipped)
    }

    /// The pile a card lies on (`None` for a skipped card) and the card, if it is laid out.
    pub fn find(&self, id: &str) -> Option<(Option<Pile>, &LaidCard)> {
        self.piles
            .iter()
            .zip(1..)
            .find_map(|(cards, p)| cards.iter().find(|c| c.id == id).map(|c| (Some(p), c)))
            .or_else(|| self.skipped.iter().find(|c| c.id == id).map(|c| (None, c)))
    }

    /// The most cards on one pile (or skipped): what the drawing must find room for.
    pub fn tallest(&self) -> usize {
        self.piles
            .iter()
            .chain(std::iter::once(&self.skipped))
            .map(Vec::len)
            .max()
            .unwrap_or(0)
    }
}

/// `whose` layout of `round`, marked from its board `b`; `None` when that side has no sort.
pub fn layout(round: &Round, b: &Board, whose: Whose) -> Option<Layout> {
    let (own, other) = match whose {
        Whose::Youth => (Some(round.youth), round.mentor),
        Whose::Mentor => (round.mentor, Some(round.youth)),
    };
    let own = own?;
    let laid = |id: &str| {
        let row = b.row(id);
        LaidCard {
            id: id.to_string(),
            other: other.and_then(|m| m.sort.placement(id)),
            far: row.is_some_and(|r| r.worth_discussing),
            reverse: row.is_some_and(|r| r.reverse),
        }
    };
    Some(Layout {
        piles: std::array::from_fn(|i| {
            own.sort.pile(i as Pile + 1).into_iter().map(laid).collect()
        }),
        skipped: own.sort.skipped().into_iter().map(laid).collect(),
    })
}
