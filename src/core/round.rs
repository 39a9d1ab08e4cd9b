//! A round: the youth's (or parent's) sort and the mentor's sort of one measuring moment.
//! The rules about rounds live here, not in the screens: how a round begins (its id), what
//! state it is in, whether its board may open, which sort the mentor starts or resumes, and
//! that an unfinished mentor sort is never compared with.

use std::collections::BTreeMap;

use super::deck::{Deck, DeckSet, Role};
use super::measurement::{Measurement, Moment, now, round_id};
use super::youth::YouthKey;

/// A youth's (or parent's) sort and, once begun, the mentor's sort of the same round.
#[derive(Clone, Debug)]
pub struct Round<'a> {
    pub id: String,
    pub youth: &'a Measurement,
    pub mentor: Option<&'a Measurement>,
    /// The mentor's guess of the youth's sort (the youth deck, sorted by the mentor as they
    /// expect the youth did), where the round asked for one.
    pub guess: Option<&'a Measurement>,
}

/// Where a round stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundStatus {
    /// The youth (or parent) has not finished their sort.
    YouthSorting,
    /// The youth is done; the mentor has not begun.
    WaitingForMentor,
    /// The mentor has begun and not finished.
    MentorSorting,
    /// The mentor's own sort is finished; the guess the round asks for is not. The board
    /// stays closed, so the guess is made before the mentor sees the youth's cards.
    MentorGuessing,
    /// Both sorts (and the guess, where asked) are finished.
    Complete,
}

impl Round<'_> {
    pub fn status(&self) -> RoundStatus {
        if !self.youth.sort.is_finished() {
            return RoundStatus::YouthSorting;
        }
        match self.mentor {
            None => RoundStatus::WaitingForMentor,
            Some(m) if !m.sort.is_finished() => RoundStatus::MentorSorting,
            Some(_) if self.guess_pending() => RoundStatus::MentorGuessing,
            Some(_) => RoundStatus::Complete,
        }
    }

    /// The round asks for the mentor's guess and it is not finished.
    fn guess_pending(&self) -> bool {
        self.youth.ask_guess && !self.guess.is_some_and(|g| g.sort.is_finished())
    }

    /// Both sorts are finished: the board may be opened.
    pub fn complete(&self) -> bool {
        self.status() == RoundStatus::Complete
    }

    /// The mentor still has to sort (or finish sorting) this round.
    pub fn awaits_mentor(&self) -> bool {
        matches!(
            self.status(),
            RoundStatus::WaitingForMentor
                | RoundStatus::MentorSorting
                | RoundStatus::MentorGuessing
        )
    }

    pub fn started(&self) -> &str {
        &self.youth.started
    }

    /// The round as the board sees it: a mentor sort that is not finished is left out, so a
    /// half-done sort is never compared with.
    pub fn for_board(mut self) -> Self {
        if self.mentor.is_some_and(|m| !m.sort.is_finished()) {
            self.mentor = None;
        }
        if self.guess.is_some_and(|g| !g.sort.is_finished()) {
            self.guess = None;
        }
        self
    }
}

/// The rounds of one youth, oldest first: of a record, or of a pseudonym not yet linked to one
/// (two youths of the same name with records never share rounds). A round without the youth's
/// (or parent's) sort is left out; a mentor sort without its counterpart has nothing to be
/// compared with.
pub fn rounds_of<'a>(youth: &YouthKey, all: &'a [Measurement]) -> Vec<Round<'a>> {
    rounds_in(all.iter().filter(|m| YouthKey::of(m) == *youth))
}

/// Every measurement by whose it is: one pass, for screens that look at every youth (the
/// overview, the due dates) instead of one pass per youth.
pub fn by_youth(all: &[Measurement]) -> BTreeMap<YouthKey, Vec<&Measurement>> {
    let mut map: BTreeMap<YouthKey, Vec<&Measurement>> = BTreeMap::new();
    for m in all {
        map.entry(YouthKey::of(m)).or_default().push(m);
    }
    map
}

/// The rounds of `theirs`, the measurements of one youth (see [`rounds_of`]).
pub fn rounds_in<'a>(theirs: impl IntoIterator<Item = &'a Measurement>) -> Vec<Round<'a>> {
    type Sides<'m> = [Option<&'m Measurement>; 3];
    let mut by_round: BTreeMap<&str, Sides> = BTreeMap::new();
    for m in theirs {
        let entry = by_round.entry(m.round.as_str()).or_default();
        let side = match m.role {
            Role::Youth | Role::Parent => 0,
            Role::Mentor => 1,
            // Never the youth's sort: a guess stands beside it.
            Role::MentorGuess => 2,
        };
        entry[side] = Some(m);
    }
    let mut rounds: Vec<Round> = by_round
        .into_iter()
        .filter_map(|(id, [y, m, g])| {
            Some(Round {
                id: id.to_string(),
                youth: y?,
                mentor: m,
                guess: g,
            })
        })
        .collect();
    rounds.sort_by(|a, b| a.started().cmp(b.started()).then(a.id.cmp(&b.id)));
    rounds
}

/// The round `id` of `youth`, in its place among the youth's rounds (for "since last time"),
/// as the board sees them (see [`Round::for_board`]).
pub fn board_rounds<'a>(
    youth: &YouthKey,
    id: &str,
    all: &'a [Measurement],
) -> Option<(Vec<Round<'a>>, usize)> {
    let rounds: Vec<Round> = rounds_of(youth, all)
        .into_iter()
        .map(Round::for_board)
        .collect();
    let i = rounds.iter().position(|r| r.id == id)?;
    Some((rounds, i))
}

/// The round before `round` among `rounds` (oldest first) of the same player: a parent's
/// round looks back on the parent's, a youth's on the youth's.
pub fn previous<'a, 'b>(rounds: &'b [Round<'a>], round: &str) -> Option<&'b Round<'a>> {
    let i = rounds.iter().position(|r| r.id == round)?;
    let role = rounds[i].youth.role;
    rounds[..i].iter().rev().find(|r| r.youth.role == role)
}

/// The version of the deck that the same player's last round with that deck used, if it
/// differs from round `i`'s: the cards changed between the two, so their scores compare
/// different wording (the history says so beside the round).
pub fn deck_changed_from(rounds: &[Round], i: usize) -> Option<u32> {
    let now = &rounds.get(i)?.youth;
    let before = rounds[..i]
        .iter()
        .rev()
        .find(|r| r.youth.role == now.role && r.youth.deck.id == now.deck.id)?;
    (before.youth.deck.version != now.deck.version).then_some(before.youth.deck.version)
}

/// What may leave the device in an export: both sorts of every complete round, by youth and
/// then oldest round first. A youth's cards stay closed until the mentor has sorted too (the
/// hand-over promises it), so a sort under way or waiting for the mentor is held back, and so
/// is a mentor's sort that is not finished (it is never compared with either).
pub fn exportable(all: &[Measurement]) -> Vec<Measurement> {
    let mut out = Vec::new();
    for youth in youths(all) {
        for round in rounds_of(&youth, all).iter().filter(|r| r.complete()) {
            out.push(round.youth.clone());
            out.extend(round.mentor.cloned());
            // A finished guess goes with its round; one under way stays in the mentor area.
            out.extend(round.guess.filter(|g| g.sort.is_finished()).cloned());
        }
    }
    out
}

/// Every youth in the measurements (records and unlinked pseudonyms), each once.
pub fn youths(all: &[Measurement]) -> Vec<YouthKey> {
    let mut v: Vec<YouthKey> = all.iter().map(YouthKey::of).collect();
    v.sort();
    v.dedup();
    v
}

/// Who a new round is for: the name shown, and the record where there is one.
#[derive(Clone, Copy, Debug)]
pub struct For<'a> {
    pub name: &'a str,
    pub record: Option<&'a str>,
}

/// Begins a round: a new, empty sort of `deck` for a youth. The round id is the time and `tail`
/// (a random number), never the pseudonym: two rounds begun in the same second get two files,
/// never one overwriting the other.
pub fn begin(youth: For, moment: Moment, deck: &Deck, seed: u64, tail: u16) -> Measurement {
    let round = format!("{}-{tail:04x}", round_id(&now()));
    let mut m = Measurement::new(youth.name, moment, &round, deck, seed);
    m.youth_id = youth.record.map(str::to_string);
    m
}

/// A pseudonym without a record: an extra round a youth begins alone.
pub fn alone(name: &str) -> For<'_> {
    For { name, record: None }
}

/// What the mentor's next sort of a round is to be.
#[derive(Debug, PartialEq)]
pub enum MentorSort<'a> {
    /// The mentor has begun (their own sort, or the guess after it): carry on with that sort.
    Resume(&'a Measurement),
    /// Not yet begun: a new sort of this deck (the mirror of the youth's deck).
    Begin(&'a Deck),
    /// The mentor's own sort is finished and the round asks for a guess: a new sort of this
    /// deck (the youth's own) as the mentor expects the youth laid it.
    Guess(&'a Deck),
    /// The deck the next sort needs is not there (no mentor deck beside the youth's, or the
    /// youth's deck is gone for the guess).
    NoMirror,
    /// The mentor has nothing left to sort in this round.
    Done,
}

/// Which sort the mentor starts or resumes for `round`: their own first, then the guess where
/// the round asks for one.
pub fn mentor_sort<'a>(round: &Round<'a>, decks: &'a DeckSet) -> MentorSort<'a> {
    match round.mentor {
        Some(m) if !m.sort.is_finished() => MentorSort::Resume(m),
        Some(_) if round.guess_pending() => match round.guess {
            Some(g) => MentorSort::Resume(g),
            None => decks
                .get(&round.youth.deck.id)
                .map_or(MentorSort::NoMirror, MentorSort::Guess),
        },
        Some(_) => MentorSort::Done,
        None => decks
            .mirror_of(&round.youth.deck.id)
            .map_or(MentorSort::NoMirror, MentorSort::Begin),
    }
}

/// The mentor's new sort of the round that `youth` belongs to.
pub fn begin_mentor_sort(youth: &Measurement, deck: &Deck, seed: u64) -> Measurement {
    let mut m = Measurement::new(&youth.youth, youth.moment, &youth.round, deck, seed);
    m.youth_id = youth.youth_id.clone();
    m
}
