//! Every user-facing string, Dutch first and English second, in one place.
//! Deck texts (statements, piles, parts) come from the deck files, not from here.

/// The interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// The language code used in deck files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

/// A string in both languages.
#[derive(Clone, Copy, Debug)]
pub struct Tr {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Tr {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

const fn tr(nl: &'static str, en: &'static str) -> Tr {
    Tr { nl, en }
}

pub const APP_TITLE: Tr = tr("JAS-kaarten", "JAS cards");
pub const DECKS_HEADING: Tr = tr("Kaartspellen", "Card decks");
pub const STATEMENTS: Tr = tr("kaarten", "cards");
pub const BUILT_IN: Tr = tr("ingebouwd", "built in");
pub const DECKS_FROM: Tr = tr("uit", "from");
pub const NO_DECKS: Tr = tr(
    "Er zijn geen kaartspellen gevonden.",
    "No card decks were found.",
);
pub const PROBLEMS_HEADING: Tr = tr("Let op", "Please note");
pub const DATA_IN: Tr = tr("Gegevens staan in", "Data is kept in");
pub const FOR_ROLE_YOUTH: Tr = tr("voor de jongere", "for the young person");
pub const FOR_ROLE_MENTOR: Tr = tr("voor de mentor", "for the mentor");
pub const FOR_ROLE_PARENT: Tr = tr("voor de ouder", "for the parent");
