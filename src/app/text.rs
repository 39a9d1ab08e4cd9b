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

// Mentor area
pub const MENTOR_AREA: Tr = tr("Mentordeel", "Mentor area");
pub const SET_PIN: Tr = tr(
    "Kies een pincode voor het mentordeel (minstens 6 cijfers). Zo kan een jongere niet bij de kaarten van anderen of bij jouw kaarten.",
    "Choose a PIN for the mentor area (at least 6 digits). Then a young person cannot open other people's cards or yours.",
);
pub const PIN: Tr = tr("Pincode", "PIN");
pub const PIN_AGAIN: Tr = tr("Nog een keer", "Once more");
pub const PIN_MISMATCH: Tr = tr("De twee pincodes zijn niet gelijk.", "The two PINs differ.");
pub const PIN_SHORT: Tr = tr("Kies minstens 6 cijfers.", "Choose at least 6 digits.");
pub const PIN_LONG: Tr = tr("Kies hoogstens 32 cijfers.", "Choose at most 32 digits.");
pub const PIN_DIGITS: Tr = tr("Alleen cijfers, graag.", "Digits only, please.");
pub const PIN_WAIT: Tr = tr(
    "Te vaak een verkeerde pincode. Probeer het opnieuw over",
    "Too many wrong PINs. Try again in",
);
pub const SECONDS: Tr = tr("seconden.", "seconds.");
pub const PIN_NOT_SAVED: Tr = tr(
    "Het slot kon niet bewaard worden; het mentordeel zegt waarom.",
    "The lock could not be saved; the mentor area says why.",
);
pub const PIN_WRONG: Tr = tr("Die pincode klopt niet.", "That PIN is not right.");
pub const PIN_DAMAGED: Tr = tr(
    "Het slot van het mentordeel is beschadigd; het blijft dicht. Vraag je beheerder.",
    "The mentor area's lock is damaged; it stays closed. Ask your administrator.",
);
pub const OPEN: Tr = tr("Openen", "Open");
pub const LOCK_AND_LEAVE: Tr = tr("Afsluiten", "Lock and leave");
pub const YOUTH_DONE: Tr = tr(
    "De jongere is klaar. Sorteer nu jouw kaarten; daarna bekijken jullie samen het bord.",
    "The young person is done. Now sort your cards; then you look at the board together.",
);
pub const SORT_MINE: Tr = tr("Mijn kaarten sorteren", "Sort my cards");
pub const CONTINUE_MINE: Tr = tr("Verder met mijn kaarten", "Continue my cards");
pub const SEE_BOARD: Tr = tr("Bord bekijken", "Open the board");
pub const RESUME_YOUTH: Tr = tr("Verder laten spelen", "Let them carry on");
pub const LINK_TO: Tr = tr("Koppelen aan:", "Link to:");
pub const AS_NEW_YOUTH: Tr = tr(
    "+ nieuwe jongere met deze naam",
    "+ a new young person of this name",
);
pub const NOT_LINKED: Tr = tr(
    "(zelf ingevuld, nog niet gekoppeld)",
    "(filled in alone, not linked yet)",
);
pub const NEW_ROUND: Tr = tr("Nieuwe ronde", "New round");
pub const FOR_WHOM: Tr = tr("Voor wie?", "For whom?");
pub const NEW_YOUTH: Tr = tr("+ Nieuwe jongere", "+ New young person");
pub const NEW_YOUTH_NAME: Tr = tr("Schuilnaam of voorletters", "Nickname or initials");
pub const NEW_YOUTH_NOTE: Tr = tr(
    "Kenmerk, als de naam er al is",
    "What tells them apart, if the name exists",
);
pub const SAME_NAME: Tr = tr(
    "Die naam is er al. Is het dezelfde jongere? Kies hem dan hierboven. Is het iemand anders? Schrijf erbij wat ze uit elkaar houdt.",
    "That name exists already. Is it the same young person? Then choose them above. Someone else? Add what tells them apart.",
);
pub const PARENT_ROUND: Tr = tr("Ouderkaarten", "Parent cards");
pub const SHORTER_DECK: Tr = tr(
    "Kort spel: voor wie lezen lastig vindt of 20 kaarten te veel.",
    "Short deck: when reading is hard or 20 cards are too many.",
);
pub const HAND_TO: Tr = tr("Geef de tablet aan", "Hand the tablet to");
pub const PARENT_OF: Tr = tr("Ouder van", "Parent of");
pub const CHOOSE_YOUTH: Tr = tr(
    "Kies eerst voor wie deze ronde is.",
    "First choose whom this round is for.",
);
pub const TOGETHER_TITLE: Tr = tr("Bekijk dit samen met", "Look at this together with");
pub const TOGETHER_TEXT: Tr = tr(
    "Ga naast elkaar zitten: het bord laat de kaarten van jullie allebei zien.",
    "Sit side by side: the board shows both your cards.",
);
pub const TOGETHER_GO: Tr = tr(
    "We zitten samen: open het bord",
    "We are together: open the board",
);
pub const HISTORY: Tr = tr("Geschiedenis", "History");
pub const EXPORT_ALL: Tr = tr("Alles exporteren (CSV)", "Export everything (CSV)");
pub const NO_YOUTHS: Tr = tr("Nog geen metingen.", "No measurements yet.");
pub const STATUS_YOUTH_OPEN: Tr = tr("jongere nog bezig", "young person still sorting");
pub const STATUS_WAITING: Tr = tr("wacht op mentor", "waiting for the mentor");
pub const STATUS_MENTOR_OPEN: Tr = tr("mentor nog bezig", "mentor still sorting");
pub const STATUS_DONE: Tr = tr("allebei klaar", "both done");
pub const NO_MIRROR: Tr = tr(
    "geen mentorkaarten voor dit spel",
    "no mentor deck for this deck",
);
/// Before where an export went: a file on a computer, a download in the browser.
#[cfg(not(target_arch = "wasm32"))]
pub const EXPORTED_TO: Tr = tr("Bewaard in", "Saved in");
#[cfg(target_arch = "wasm32")]
pub const EXPORTED_TO: Tr = tr("Gedownload:", "Downloaded:");

// Board
pub const BOARD: Tr = tr("Samen bekijken", "Look at it together");
pub const SECTION_AGREE: Tr = tr("1. Hierover zijn jullie het eens", "1. You agree on these");
pub const SECTION_DIFFER: Tr = tr(
    "2. Hierover denken jullie verschillend",
    "2. You see these differently",
);
pub const SECTION_SKIPPED: Tr = tr("3. Overgeslagen", "3. Skipped");
pub const YOU: Tr = tr("Jongere", "Young person");
pub const MENTOR: Tr = tr("Mentor", "Mentor");
pub const PARENT: Tr = tr("Ouder", "Parent");
/// Under a round in the history whose deck changed since the round before it:
/// "kaarten versie 2 (was 1)".
pub const CARDS_VERSION: Tr = tr("kaarten versie", "cards version");
pub const WAS: Tr = tr("was", "was");
pub const SKIPPED: Tr = tr("overgeslagen", "skipped");
pub const NOT_SORTED: Tr = tr("nog niet", "not yet");
pub const DIFFERENCE: Tr = tr("Verschil", "Difference");
/// The board is looked at together: its mark for a card to ask further about is phrased for
/// the youth too (the mentor's PDF says "vraag door").
pub const ASK_FURTHER: Tr = tr("Hierover praten", "Talk about this");
pub const PARTS: Tr = tr("Per onderdeel (1 tot 5)", "Per part (1 to 5)");
pub const TOTAL: Tr = tr("Totaal", "Total");
pub const NOT_SCORABLE: Tr = tr(
    "niet te berekenen: te weinig antwoorden",
    "not scorable: too few answers",
);
pub const SINCE_LAST: Tr = tr("sinds vorige keer", "since last time");
pub const TAP_FOR_MORE: Tr = tr(
    "Tik op een kaart voor de vragen en opmerkingen.",
    "Tap a card for questions and remarks.",
);
pub const QUESTIONS: Tr = tr("Vragen om te stellen", "Questions to ask");
pub const REMARK_OF: Tr = tr("Opmerking", "Remark");
pub const AGREEMENTS: Tr = tr(
    "Afspraken: wat doen we om beter samen te werken?",
    "Agreements: what will we do to work together better?",
);
pub const PREVIOUS_AGREEMENTS: Tr = tr("Vorige keer afgesproken", "Agreed last time");
pub const WHO_DOES: Tr = tr("Wie", "Who");
pub const WHAT: Tr = tr("Wat", "What");
pub const BY_WHEN: Tr = tr("Wanneer", "By when");
pub const TOGETHER: Tr = tr("Samen", "Together");
pub const REVERSED: Tr = tr("Omgekeerd", "Reversed");
pub const REVERSED_EXPLAINED: Tr = tr(
    "Omgekeerde kaart: hier is 'helemaal eens' het minst goede antwoord. De kleur laat zien hoe de kaart telt.",
    "A reversed card: here 'strongly agree' is the least good answer. The colour shows how the card counts.",
);
pub const ADD: Tr = tr("Toevoegen", "Add");
pub const REMOVE: Tr = tr("Weghalen", "Remove");
pub const REPORT_PDF: Tr = tr("Verslag (PDF)", "Report (PDF)");
pub const PICTURE_PNG: Tr = tr("Plaatje (PNG)", "Picture (PNG)");
pub const CSV: Tr = tr("Gegevens (CSV)", "Data (CSV)");
pub const TREND: Tr = tr("Verloop per onderdeel", "Trend per part");
pub const ROUND_DATE: Tr = tr("Datum", "Date");
pub const MOMENT_HEADER: Tr = tr("Moment", "Moment");
pub const SUMMARY: [Tr; 3] = [
    tr("eens", "agree"),
    tr("verschillend", "differ"),
    tr("overgeslagen", "skipped"),
];
