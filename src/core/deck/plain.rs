//! The plain-language check of a deck a youth or a parent reads (`check-deck --plain`): the
//! rules of how statements are written (docs/product-rules.md) that a program can see. A
//! weak reader who puts a negated card on "helemaal oneens" says the opposite of what they
//! mean, so a front has no negation word; fronts and backs are short; a back says the same
//! thing as its front and adds no negation; a reverse-keyed card carries no negation either.
//! Checked in the deck's first language (Dutch for the shipped decks).

use std::fmt;

use super::{Deck, Role};

/// Words that turn a sentence into its opposite.
pub const NEGATIONS: [&str; 4] = ["niet", "geen", "nooit", "niemand"];

/// The most words on a front.
pub const FRONT_WORDS: usize = 12;

/// The most words in one sentence of a back.
pub const BACK_SENTENCE_WORDS: usize = 14;

/// A rule a card breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plain {
    NegationOnFront(String),
    LongFront(usize),
    LongBackSentence(usize),
    BackAddsNegation(String),
    ReversedWithNegation(String),
}

impl fmt::Display for Plain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Plain::NegationOnFront(w) => write!(
                f,
                "the front says \"{w}\": on \"helemaal oneens\" that is a double negative"
            ),
            Plain::LongFront(n) => write!(f, "the front has {n} words (at most {FRONT_WORDS})"),
            Plain::LongBackSentence(n) => write!(
                f,
                "a sentence on the back has {n} words (at most {BACK_SENTENCE_WORDS})"
            ),
            Plain::BackAddsNegation(w) => {
                write!(f, "the back says \"{w}\", which the front does not")
            }
            Plain::ReversedWithNegation(w) => {
                write!(
                    f,
                    "a reverse-keyed card says \"{w}\": say it without a negation"
                )
            }
        }
    }
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn negation(text: &str) -> Option<String> {
    words(text).find(|w| NEGATIONS.contains(&w.as_str()))
}

/// Every rule each card of `deck` breaks, by statement id. A mentor deck is the mentor's own
/// reading and is not checked.
pub fn check(deck: &Deck) -> Vec<(String, Plain)> {
    let mut found = Vec::new();
    if deck.role == Role::Mentor {
        return found;
    }
    let lang = deck.main_language();
    for s in &deck.statements {
        let front = s.text.get(lang, lang);
        let back = s.explanation.get(lang, lang);
        let mut add = |p: Plain| found.push((s.id.clone(), p));
        if let Some(w) = negation(front) {
            add(if s.reverse {
                Plain::ReversedWithNegation(w)
            } else {
                Plain::NegationOnFront(w)
            });
        }
        let n = words(front).count();
        if n > FRONT_WORDS {
            add(Plain::LongFront(n));
        }
        for sentence in back.split(['.', '!', '?', ';']) {
            let n = words(sentence).count();
            if n > BACK_SENTENCE_WORDS {
                add(Plain::LongBackSentence(n));
            }
        }
        if negation(front).is_none()
            && let Some(w) = negation(back)
        {
            add(Plain::BackAddsNegation(w));
        }
    }
    found
}
