//! What is stored about one sort: who (a pseudonym), which role, which moment, which deck, the
//! shuffled order and its seed, every move with its time, the remarks and the agreements.
//! One RON file per measurement, saved after every change.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::deck::{Deck, Role};
use super::scoring::{Scores, ScoringKey, score};
use super::sort::{Action, Sort, SortError};

/// The format of the measurement files this version writes and reads.
/// Format 2 added `youth_id` (the youth's record); format 3 the three piles first (the field
/// `three_piles` and the move `Lean`), `read_aloud`, `high_contrast` and `text_size`, so a version before it leaves such a file alone instead
/// of calling it damaged. Older files are read as they are.
pub const FORMAT_VERSION: u32 = 3;

/// The folder (store prefix) that holds the measurement files.
pub const FOLDER: &str = "measurements";

/// When in a trajectory the measurement is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Moment {
    Start,
    MidEvaluation,
    Extra,
}

impl Moment {
    pub const ALL: [Moment; 3] = [Moment::Start, Moment::MidEvaluation, Moment::Extra];

    /// The name in files and exports, as serde writes it.
    pub fn as_str(self) -> &'static str {
        ["start", "mid_evaluation", "extra"][self as usize]
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeckRef {
    pub id: String,
    pub version: u32,
}

/// What youth and mentor agree to do to work together better.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    pub who: Who,
    pub what: String,
    pub by_when: String,
}

/// Who takes an agreement on. Stored as a role, never as a word of the interface, so a file
/// reads the same whatever language the app was in; the screen and the report translate it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Who {
    /// The youth, or the parent in a parent round.
    Youth,
    Mentor,
    Together,
}

impl Who {
    pub const ALL: [Who; 3] = [Who::Youth, Who::Mentor, Who::Together];

    pub fn as_str(self) -> &'static str {
        match self {
            Who::Youth => "youth",
            Who::Mentor => "mentor",
            Who::Together => "together",
        }
    }
}

impl From<Who> for String {
    fn from(w: Who) -> String {
        w.as_str().to_string()
    }
}

impl TryFrom<String> for Who {
    type Error = String;

    /// Reads the stored role, and the interface words that files written before 2026-11-29
    /// stored instead (Dutch or English).
    fn try_from(s: String) -> Result<Who, String> {
        match s.as_str() {
            "youth" | "Jongere" | "Young person" | "Ouder" | "Parent" => Ok(Who::Youth),
            "mentor" | "Mentor" => Ok(Who::Mentor),
            "together" | "Samen" | "Together" => Ok(Who::Together),
            _ => Err(format!("unknown agreement holder \"{s}\"")),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    pub format: u32,
    /// The file name without `.ron`: `<round>-<role>`.
    pub id: String,
    /// A pseudonym or initials; no full name is needed.
    pub youth: String,
    /// The youth's record (`core::youth`), once there is one: rounds begun by the mentor have
    /// it from the start, older ones and extra rounds a youth began alone get it when the
    /// mentor links them. `None`: grouped by pseudonym.
    #[serde(default)]
    pub youth_id: Option<String>,
    pub role: Role,
    pub moment: Moment,
    /// Groups the youth's and the mentor's sort of one measuring moment.
    pub round: String,
    pub deck: DeckRef,
    /// The deck's parts, keying and thresholds when the sort started.
    pub key: ScoringKey,
    pub started: String,
    pub updated: String,
    pub sort: Sort,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    /// Three piles first: the player sorts on "oneens / in het midden / eens" first and tells
    /// "een beetje" from "helemaal" after (see `core::sort`). Written only when set, so a
    /// five-pile sort is stored as before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub three_piles: bool,
    /// "Kaarten voorlezen": each new card is read aloud as it appears (a round setting).
    /// Written only when set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub read_aloud: bool,
    /// The high-contrast look for this round (a setting the mentor's next round for the same
    /// youth starts from). Written only when set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub high_contrast: bool,
    /// The player's text size (0 normal, 1 larger, 2 largest, with A- / A+), kept for the
    /// youth's next round. Written only when not 0.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub text_size: u8,
    /// "Raad hoe ... de kaarten legde": after their own sort the mentor sorts this deck as
    /// they expect the youth did (a round setting, kept on the youth's sort; the round is
    /// complete once the guess is). Written only when set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ask_guess: bool,
    /// The guess's figures also stand on the board the youth sees (the mentor's choice, on
    /// the youth's sort; off, only the mentor's history shows them). Written only when set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub guess_on_board: bool,
    /// Entered from a paper form (in the mentor area or with `import-answers`), not sorted in
    /// the app. Written only when set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub paper: bool,
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

/// The current time as RFC 3339 in UTC, as stored in the files.
pub fn now() -> String {
    OffsetDateTime::now_utc()
        .format(&Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".into())
}

/// The date part (YYYY-MM-DD) of a stored time.
pub fn date_of(stamp: &str) -> &str {
    stamp.get(..10).unwrap_or(stamp)
}

/// The longest pseudonym, in characters.
pub const MAX_PSEUDONYM: usize = 40;

/// Why a pseudonym is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PseudonymError {
    Empty,
    TooLong,
}

/// Why a pseudonym is refused, if it is.
pub fn check_pseudonym(name: &str) -> Result<(), PseudonymError> {
    let n = name.trim();
    if n.is_empty() {
        Err(PseudonymError::Empty)
    } else if n.chars().count() > MAX_PSEUDONYM {
        Err(PseudonymError::TooLong)
    } else {
        Ok(())
    }
}

/// A round id: `r-<YYYYMMDD>-<HHMMSS>` from an RFC 3339 time. The pseudonym stays out of it,
/// because the id becomes a file name, and a folder listing (a file manager on a shared
/// tablet, a backup log) must not tell which youths were measured.
pub fn round_id(stamp: &str) -> String {
    let digits: String = stamp
        .chars()
        .filter(char::is_ascii_digit)
        .take(14)
        .collect();
    let (date, time) = digits.split_at(digits.len().min(8));
    format!("r-{date}-{time}")
}

impl Measurement {
    /// A new, empty measurement of `deck` for `youth`, shuffled with `seed`.
    pub fn new(youth: &str, moment: Moment, round: &str, deck: &Deck, seed: u64) -> Measurement {
        let at = now();
        let ids: Vec<String> = deck.statements.iter().map(|s| s.id.clone()).collect();
        Measurement {
            format: FORMAT_VERSION,
            id: format!("{round}-{}", deck.role),
            youth: youth.trim().to_string(),
            youth_id: None,
            role: deck.role,
            moment,
            round: round.to_string(),
            deck: DeckRef {
                id: deck.id.clone(),
                version: deck.version,
            },
            key: deck.scoring_key(),
            started: at.clone(),
            updated: at,
            sort: Sort::new(&ids, seed),
            agreements: Vec::new(),
            three_piles: false,
            read_aloud: false,
            high_contrast: false,
            text_size: 0,
            ask_guess: false,
            guess_on_board: false,
            paper: false,
        }
    }

    /// The mentor's guess of `youth`'s sort: the same youth, round, moment and deck (`deck`,
    /// the youth's), a sort of its own, stored as `<round>-mentor_guess`.
    pub fn guess_of(youth: &Measurement, deck: &Deck, seed: u64) -> Measurement {
        let mut m = Measurement::new(&youth.youth, youth.moment, &youth.round, deck, seed);
        m.role = Role::MentorGuess;
        m.id = format!("{}-{}", youth.round, Role::MentorGuess);
        m.youth_id = youth.youth_id.clone();
        m
    }

    pub fn key_in_store(&self) -> String {
        format!("{FOLDER}/{}.ron", self.id)
    }

    /// Applies a move now. Saving is the caller's next step.
    pub fn apply(&mut self, action: Action) -> Result<(), SortError> {
        let at = now();
        self.sort.apply(action, &at)?;
        self.updated = at;
        Ok(())
    }

    /// Links the measurement to the youth record `id`. Saving is the caller's next step.
    pub fn link(&mut self, id: &str) {
        self.youth_id = Some(id.to_string());
        self.updated = now();
    }

    /// Replaces the agreements of the round (they are kept on the youth's measurement).
    /// Saving is the caller's next step.
    pub fn set_agreements(&mut self, agreements: Vec<Agreement>) {
        self.agreements = agreements;
        self.updated = now();
    }

    /// Whether the guess's figures stand on the board the youth sees (kept on the youth's
    /// sort). Saving is the caller's next step.
    pub fn set_guess_on_board(&mut self, on: bool) {
        self.guess_on_board = on;
        self.updated = now();
    }

    pub fn scores(&self) -> Scores {
        score(&self.key, &self.sort.answers())
    }

    /// When it was finished, if it was.
    pub fn finished_at(&self) -> Option<&str> {
        self.sort
            .moves()
            .iter()
            .rev()
            .find(|m| m.action == Action::Finish)
            .map(|m| m.at.as_str())
    }

    /// The measurement as the text of its file.
    pub fn to_ron(&self) -> String {
        let config = ron::ser::PrettyConfig::new()
            .depth_limit(4)
            .struct_names(true);
        ron::ser::to_string_pretty(self, config).expect("a measurement always serialises")
    }

    /// Checks that the stored key is sound and agrees with the order; a file edited by hand
    /// (or found by a fuzzer) may not.
    fn check(&self) -> Result<(), String> {
        // Both become file names: plain lower-case names only, and the id is the round's.
        let plain = |s: &str| {
            !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        if !plain(&self.round) || self.round.len() > 64 {
            return Err(format!("the round \"{}\" is not a plain name", self.round));
        }
        if self.id != format!("{}-{}", self.round, self.role) {
            return Err(format!(
                "the id \"{}\" is not the round's and the role's",
                self.id
            ));
        }
        self.key.check()?;
        if let Some(id) = &self.youth_id
            && !super::youth::valid_id(id)
        {
            return Err(format!("\"{id}\" is not a youth id"));
        }
        let mut in_key: Vec<&str> = self.key.items.iter().map(|i| i.id.as_str()).collect();
        let mut in_order: Vec<&str> = self.sort.order().iter().map(String::as_str).collect();
        in_key.sort();
        in_order.sort();
        if in_key != in_order {
            return Err("the order of the cards does not match the deck's statements".into());
        }
        Ok(())
    }
}

mod load;
pub use load::{LoadError, Loaded, MAX_MEASUREMENT_BYTES, damaged_suffix, load_all, parse, save};
