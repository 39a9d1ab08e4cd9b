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
pub const STATEMENTS: Tr = tr("kaarten", "cards");
pub const FOR_ROLE_YOUTH: Tr = tr("voor de jongere", "for the young person");
pub const FOR_ROLE_MENTOR: Tr = tr("voor de mentor", "for the mentor");
pub const FOR_ROLE_PARENT: Tr = tr("voor de ouder", "for the parent");
pub const PROBLEMS_HEADING: Tr = tr("Let op", "Please note");
pub const DATA_IN: Tr = tr("Gegevens staan in", "Data is kept in");
pub const NO_DECKS: Tr = tr(
    "Er zijn geen kaartspellen gevonden.",
    "No card decks were found.",
);

// Start screen
pub const WHO: Tr = tr("Wie speelt er?", "Who is playing?");
pub const PSEUDONYM_HINT: Tr = tr(
    "Een schuilnaam of voorletters, geen volledige naam",
    "A nickname or initials, no full name",
);
pub const KNOWN_YOUTHS: Tr = tr("Of kies:", "Or choose:");
pub const MOMENT: Tr = tr("Welk moment?", "Which moment?");
pub const MOMENT_START: Tr = tr("Begin", "Start");
pub const MOMENT_MID: Tr = tr("Tussenevaluatie", "Mid-evaluation");
pub const MOMENT_EXTRA: Tr = tr("Extra", "Extra");
pub const DECK: Tr = tr("Welk kaartspel?", "Which deck?");
pub const START: Tr = tr("Beginnen", "Start");
pub const RESUME_HEADING: Tr = tr("Verder waar je was", "Carry on where you were");
pub const RESUME: Tr = tr("Verder", "Carry on");
pub const LANGUAGE: Tr = tr("Taal", "Language");
pub const NAME_EMPTY: Tr = tr("Vul eerst een naam in.", "Fill in a name first.");
pub const NAME_TOO_LONG: Tr = tr(
    "Die naam is te lang (hoogstens 40 tekens).",
    "That name is too long (40 characters at most).",
);

// Youth intro
pub const INTRO_TITLE: Tr = tr(
    "Hoe gaat het tussen jou en je mentor?",
    "How are things between you and your mentor?",
);
pub const INTRO_LINES: [Tr; 6] = [
    tr(
        "Je krijgt kaarten met zinnen over jou en je mentor.",
        "You get cards with sentences about you and your mentor.",
    ),
    tr(
        "Leg elke kaart op de stapel die past: van helemaal oneens tot helemaal eens.",
        "Put each card on the pile that fits: from strongly disagree to strongly agree.",
    ),
    tr(
        "Er zijn geen foute antwoorden. Het gaat om wat jij vindt.",
        "There are no wrong answers. It is about what you think.",
    ),
    tr(
        "Daarna kijken jij en je mentor samen naar de kaarten en praten jullie over wat beter kan. De gedragswetenschapper die je mentor helpt, ziet de uitkomst ook. Verder niemand.",
        "Then you and your mentor look at the cards together and talk about what could be better. The behavioural scientist who helps your mentor sees the result too. Nobody else.",
    ),
    tr(
        "Snap je een kaart niet? Leg hem op 'Snap ik niet / sla over'. Draai een kaart om voor uitleg.",
        "Don't understand a card? Put it on 'I don't get it / skip'. Turn a card over for an explanation.",
    ),
    tr(
        "Je kunt altijd een stap terug, en je kunt altijd stoppen.",
        "You can always go a step back, and you can always stop.",
    ),
];
pub const INTRO_GO: Tr = tr("Ik snap het, begin", "Got it, let's start");
pub const BACK: Tr = tr("Terug", "Back");

// Sort screen
pub const CARD_OF: Tr = tr("Kaart", "Card");
pub const OF: Tr = tr("van", "of");
pub const UNDO: Tr = tr("Stap terug", "Undo");
pub const STOP: Tr = tr("Stoppen", "Stop");
pub const TURN: Tr = tr("Draai om", "Turn over");
pub const TURN_BACK: Tr = tr("Draai terug", "Turn back");
pub const REMARK: Tr = tr("Opmerking", "Remark");
pub const HAS_REMARK: Tr = tr("Met opmerking", "With remark");
pub const BACK_OF_CARD: Tr = tr("Wat betekent dit?", "What does this mean?");
pub const SKIP_PILE: Tr = tr("Snap ik niet / sla over", "I don't get it / skip");
pub const TEXT_SMALLER: Tr = tr("A-", "A-");
pub const TEXT_LARGER: Tr = tr("A+", "A+");
pub const OPEN_PILE: Tr = tr("Bekijk", "Look");
pub const CLOSE: Tr = tr("Sluiten", "Close");
pub const EMPTY_PILE: Tr = tr("Hier liggen nog geen kaarten.", "No cards here yet.");
pub const DRAG_HINT: Tr = tr(
    "Sleep de kaart naar een stapel, of tik op een stapel.",
    "Drag the card to a pile, or tap a pile.",
);
pub const MOVE_HINT: Tr = tr(
    "Sleep een kaart naar een andere stapel om hem te verplaatsen.",
    "Drag a card to another pile to move it.",
);

// Remark dialog
pub const REMARK_TITLE: Tr = tr(
    "Wil je iets zeggen over deze kaart?",
    "Anything to say about this card?",
);
pub const SAVE: Tr = tr("Bewaren", "Save");
pub const CANCEL: Tr = tr("Annuleren", "Cancel");

// Review
pub const REVIEW_TITLE: Tr = tr("Klopt het zo?", "Is this right?");
pub const REVIEW_HINT: Tr = tr(
    "Je kunt nog kaarten verplaatsen: sleep ze, of tik op een kaart en dan op een stapel.",
    "You can still move cards: drag them, or tap a card and then a pile.",
);
pub const DONE: Tr = tr("Klaar", "Done");

// Hand-over
pub const HANDOVER_TITLE: Tr = tr("Dank je wel!", "Thank you!");
pub const HANDOVER_TEXT: Tr = tr(
    "Je kaarten zijn bewaard. Geef de tablet aan je mentor.",
    "Your cards are saved. Please give the tablet to your mentor.",
);
pub const HANDOVER_HIDDEN: Tr = tr(
    "Je mentor ziet jouw kaarten pas als jullie ze samen bekijken.",
    "Your mentor sees your cards only when you look at them together.",
);
pub const HANDOVER_GO: Tr = tr("Ik ben de mentor", "I am the mentor");

// Saving
pub const SAVE_FAILED: Tr = tr(
    "Opslaan lukt niet. Je kaarten zijn niet kwijt: ze staan nog in het geheugen.",
    "Saving does not work. Your cards are not lost: they are still in memory.",
);
pub const RETRY: Tr = tr("Opnieuw opslaan", "Save again");
