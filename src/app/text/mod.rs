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

/// A string that speaks to the player: "je" to a youth, "u" to a parent (English: "you").
#[derive(Clone, Copy, Debug)]
pub struct Ad {
    pub je: Tr,
    pub u: Tr,
}

impl Ad {
    pub fn get(self, lang: Lang, parent: bool) -> &'static str {
        if parent {
            self.u.get(lang)
        } else {
            self.je.get(lang)
        }
    }
}

const fn ad(je: &'static str, u: &'static str, en: &'static str) -> Ad {
    Ad {
        je: tr(je, en),
        u: tr(u, en),
    }
}

/// The human name of a moment.
pub fn moment_label(m: crate::core::measurement::Moment) -> Tr {
    use crate::core::measurement::Moment;
    match m {
        Moment::Start => MOMENT_START,
        Moment::MidEvaluation => MOMENT_MID,
        Moment::Extra => MOMENT_EXTRA,
    }
}

/// Who holds an agreement, in words: the youth's side is "Ouder" in a parent round.
pub fn who_label(who: crate::core::measurement::Who, parent_round: bool) -> Tr {
    use crate::core::measurement::Who;
    match who {
        Who::Youth if parent_round => PARENT,
        Who::Youth => YOU,
        Who::Mentor => MENTOR,
        Who::Together => TOGETHER,
    }
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
pub const START_FOR_YOUTH: Tr = tr(
    "Je mentor zet de kaarten voor je klaar en geeft je dan de tablet.",
    "Your mentor sets up the cards for you and then hands you the tablet.",
);
pub const EXTRA_ROUND: Tr = tr(
    "Wil je zelf een extra keer invullen?",
    "Would you like to fill it in once more on your own?",
);
pub const EXTRA_ROUND_NAME: Tr = tr(
    "Typ je naam. Je mentor zet het later bij jouw gegevens.",
    "Type your name. Your mentor adds it to your record later.",
);
pub const SET_UP_FIRST: Tr = tr(
    "Eerst zet de mentor de app klaar (bij Mentordeel). Daarna kun je beginnen.",
    "First the mentor sets the app up (in the Mentor area). Then you can begin.",
);
pub const DATA_PROBLEM: Tr = tr(
    "Er is iets mis met opgeslagen gegevens. Je mentor ziet wat in het mentordeel.",
    "Something is wrong with stored data. Your mentor sees what in the mentor area.",
);
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
/// The intro in two short pages: how to play, then who sees it and what else you can do. The
/// organisation's sentence on who sees the answers comes first on the second page.
pub const INTRO_PAGE_1: [Tr; 5] = [
    tr(
        "Je krijgt kaarten met zinnen over jou en je mentor.",
        "You get cards with sentences about you and your mentor.",
    ),
    tr(
        "Leg elke kaart op de stapel die past: van helemaal oneens tot helemaal eens.",
        "Put each card on the pile that fits: from strongly disagree to strongly agree.",
    ),
    tr(
        "Twijfel je, of is het soms zo en soms anders? Leg de kaart dan in het midden.",
        "Not sure, or is it sometimes so and sometimes not? Then put the card in the middle.",
    ),
    tr(
        "Er zijn geen foute antwoorden. Het gaat om wat jij vindt.",
        "There are no wrong answers. It is about what you think.",
    ),
    tr(
        "Wat je kiest, heeft geen gevolgen voor jou.",
        "What you choose has no consequences for you.",
    ),
];
pub const INTRO_PAGE_2: [Tr; 5] = [
    tr(
        "Je mentor legt dezelfde kaarten, over hoe jullie samenwerken.",
        "Your mentor sorts the same cards, about how you work together.",
    ),
    tr(
        "Daarna kijken jij en je mentor samen naar de kaarten en praten jullie over wat beter kan.",
        "Then you and your mentor look at the cards together and talk about what could be better.",
    ),
    tr(
        "Snap je een kaart niet? Leg hem op 'Snap ik niet / sla over'. Draai een kaart om voor uitleg.",
        "Don't understand a card? Put it on 'I don't get it / skip'. Turn a card over for an explanation.",
    ),
    tr(
        "Wil je iets zeggen over een kaart? Tik op 'Opmerking'.",
        "Want to say something about a card? Tap 'Remark'.",
    ),
    tr(
        "Je kunt altijd een stap terug, en je kunt altijd stoppen.",
        "You can always undo a step, and you can always stop.",
    ),
];
/// With three piles first, in place of the second line of the first page.
pub const INTRO_THREE_PILES: Tr = tr(
    "Leg elke kaart eerst op oneens, in het midden of eens. Daarna kies je: een beetje of helemaal.",
    "First put each card on disagree, in the middle or agree. Then you choose: a little or completely.",
);
pub const INTRO_THREE_PILES_PARENT: Tr = tr(
    "Leg elke kaart eerst op oneens, in het midden of eens. Daarna kiest u: een beetje of helemaal.",
    "First put each card on disagree, in the middle or agree. Then you choose: a little or completely.",
);
/// The intro for a parent sorting the parent deck: "u", and about their child's mentor.
pub const INTRO_TITLE_PARENT: Tr = tr(
    "Hoe gaat de samenwerking met de mentor van uw kind?",
    "How is the collaboration with your child's mentor going?",
);
pub const INTRO_PAGE_1_PARENT: [Tr; 4] = [
    tr(
        "U krijgt kaarten met zinnen over u en de mentor van uw kind.",
        "You get cards with sentences about you and your child's mentor.",
    ),
    tr(
        "Leg elke kaart op de stapel die past: van helemaal oneens tot helemaal eens.",
        "Put each card on the pile that fits: from strongly disagree to strongly agree.",
    ),
    tr(
        "Twijfelt u, of is het soms zo en soms anders? Leg de kaart dan in het midden.",
        "Not sure, or is it sometimes so and sometimes not? Then put the card in the middle.",
    ),
    tr(
        "Er zijn geen foute antwoorden. Wat u kiest, heeft geen gevolgen voor u of uw kind.",
        "There are no wrong answers. What you choose has no consequences for you or your child.",
    ),
];
pub const INTRO_PAGE_2_PARENT: [Tr; 3] = [
    tr(
        "Daarna bekijkt u de kaarten samen met de mentor.",
        "Afterwards you look at the cards together with the mentor.",
    ),
    tr(
        "Wilt u iets zeggen over een kaart? Tik op 'Opmerking'.",
        "Want to say something about a card? Tap 'Remark'.",
    ),
    tr(
        "U kunt een kaart overslaan, een stap terug doen en altijd stoppen.",
        "You can skip a card, undo a step and stop at any time.",
    ),
];
pub const INTRO_NEXT: Tr = tr("Verder", "Next");
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
/// After a pile's count, for a screen reader: "Eens, 4 kaarten", "Eens, 1 kaart".
pub const CARDS: Tr = tr("kaarten", "cards");
pub const ONE_CARD: Tr = tr("kaart", "card");

// Reading aloud
pub const READ_ALOUD: Tr = tr("Voorlezen", "Read aloud");
pub const NO_VOICE: Tr = tr(
    "Voorlezen lukt hier niet: er is geen Nederlandse stem op dit apparaat.",
    "Reading aloud does not work here: this device has no voice for this language.",
);
pub const NO_SPEECH: Tr = tr(
    "Voorlezen lukt hier niet: dit apparaat kan niet voorlezen.",
    "Reading aloud does not work here: this device cannot read aloud.",
);

// Three piles first: the second step.
pub const HOW_MUCH: Tr = tr("Een beetje of helemaal?", "A little or completely?");
pub const STILL_TO_DO: Tr = tr("Nog te doen:", "Still to do:");
pub const LITTLE_DISAGREE: Tr = tr("Een beetje oneens", "Disagree a little");
pub const FULLY_DISAGREE: Tr = tr("Helemaal oneens", "Strongly disagree");
pub const LITTLE_AGREE: Tr = tr("Een beetje eens", "Agree a little");
pub const FULLY_AGREE: Tr = tr("Helemaal eens", "Strongly agree");
pub const MOVE_HINT: Tr = tr(
    "Sleep een kaart naar een andere stapel om hem te verplaatsen.",
    "Drag a card to another pile to move it.",
);

// Remark dialog
pub const REMARK_TITLE: Ad = ad(
    "Wil je iets zeggen over deze kaart?",
    "Wilt u iets zeggen over deze kaart?",
    "Anything to say about this card?",
);
pub const SAVE: Tr = tr("Bewaren", "Save");
pub const CANCEL: Tr = tr("Toch niet", "Never mind");

// Review
pub const REVIEW_TITLE: Tr = tr("Klopt het zo?", "Is this right?");
pub const REVIEW_HINT: Ad = ad(
    "Je kunt nog kaarten verplaatsen: sleep ze, of tik op een kaart en dan op een stapel.",
    "U kunt nog kaarten verplaatsen: sleep ze, of tik op een kaart en dan op een stapel.",
    "You can still move cards: drag them, or tap a card and then a pile.",
);
pub const DONE: Tr = tr("Klaar", "Done");

// Hand-over
pub const HANDOVER_TITLE: Ad = ad("Dank je wel!", "Dank u wel!", "Thank you!");
pub const HANDOVER_TEXT: Ad = ad(
    "Je kaarten zijn bewaard. Geef de tablet aan je mentor.",
    "Uw kaarten zijn bewaard. Geef de tablet aan de mentor.",
    "Your cards are saved. Please give the tablet to the mentor.",
);
/// True by construction: the board opens only when both sorts are finished.
pub const HANDOVER_HIDDEN: Ad = ad(
    "Je kaarten blijven dicht tot je mentor ook klaar is. Dan bekijken jullie ze samen.",
    "Uw kaarten blijven dicht tot de mentor ook klaar is. Dan bekijkt u ze samen.",
    "Your cards stay closed until the mentor is done too. Then you look at them together.",
);
pub const PAUSED_TITLE: Ad = ad(
    "Je kaarten zijn bewaard.",
    "Uw kaarten zijn bewaard.",
    "Your cards are saved.",
);
pub const PAUSED_TEXT: Ad = ad(
    "Geef de tablet aan je mentor. Later ga je verder waar je was.",
    "Geef de tablet aan de mentor. Later gaat u verder waar u was.",
    "Please give the tablet to the mentor. Later you carry on where you were.",
);
pub const HANDOVER_GO: Tr = tr("Ik ben de mentor", "I am the mentor");

// Saving
pub const SAVE_FAILED: Ad = ad(
    "Opslaan lukt niet. Je kaarten zijn niet kwijt: ze staan nog in het geheugen.",
    "Opslaan lukt niet. Uw kaarten zijn niet kwijt: ze staan nog in het geheugen.",
    "Saving does not work. Your cards are not lost: they are still in memory.",
);
pub const RETRY: Tr = tr("Opnieuw opslaan", "Save again");

// The mentor's screens (mentor area, board, history) have their own file.
mod mentor;
pub use mentor::*;

/// How a deck is offered to choose: its title and how many statements it has.
pub fn deck_choice(deck: &crate::core::deck::Deck, lang: Lang) -> String {
    format!(
        "{} ({} {})",
        deck.title.get(lang.code(), deck.main_language()),
        deck.statements.len(),
        STATEMENTS.get(lang)
    )
}
