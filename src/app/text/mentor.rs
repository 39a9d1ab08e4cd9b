//! The strings of the mentor's screens: the mentor area, the board and the history.

use super::{Lang, Tr, tr};

// Mentor area
pub const MENTOR_AREA: Tr = tr("Mentordeel", "Mentor area");
pub const SET_PIN: Tr = tr(
    "Kies een pincode voor het mentordeel (minstens 6 cijfers). Zo kan een jongere niet bij de kaarten van anderen of bij jouw kaarten.",
    "Choose a PIN for the mentor area (at least 6 digits). Then a young person cannot open other people's cards or yours.",
);
pub const SET_PIN_NEXT: Tr = tr(
    "De antwoorden worden versleuteld bewaard. Alleen met deze pincode of de herstelcode zijn ze te lezen. Daarna krijg je die herstelcode om op te schrijven.",
    "The answers are stored encrypted. Only this PIN or the recovery code opens them. Next you get that recovery code to write down.",
);
pub const SET_UP_PIN: Tr = tr("Pincode instellen", "Set the PIN");
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
    "Het slot van het mentordeel is beschadigd. Zet het terug uit een back-up. Of stel een nieuwe pincode in: wat al bewaard is, blijft dan dicht, maar wordt niet gewist.",
    "The mentor area's lock is damaged. Restore it from a backup. Or set a new PIN: what is stored stays closed then, but it is not deleted.",
);
pub const NEW_LOCK: Tr = tr("Nieuwe pincode instellen", "Set a new PIN");
pub const OLD_DATA_CLOSED: Tr = tr(
    "Let op: hier staan al versleutelde gegevens. Een nieuwe pincode opent die niet. Ze blijven bewaard zoals ze zijn.",
    "Note: encrypted data is stored here already. A new PIN does not open it. It stays stored as it is.",
);
pub const RECOVERY_TITLE: Tr = tr("Je herstelcode", "Your recovery code");
pub const RECOVERY_SHOW: Tr = tr(
    "Schrijf deze code op papier. Bewaar hem op een veilige plek, niet bij de tablet. Ben je de pincode kwijt? Dan opent deze code de gegevens weer. Zonder pincode en zonder deze code kan niemand de bewaarde antwoorden nog lezen, wij ook niet. Je ziet de code maar één keer.",
    "Write this code down on paper. Keep it somewhere safe, not with the tablet. Lost the PIN? Then this code opens the data again. Without the PIN and without this code nobody can read the stored answers any more, not even us. You see the code only once.",
);
pub const RECOVERY_WRITTEN: Tr = tr(
    "Ik heb de code opgeschreven",
    "I have written the code down",
);
pub const NEW_RECOVERY: Tr = tr("Nieuwe herstelcode", "New recovery code");
pub const NEW_RECOVERY_ASK: Tr = tr(
    "Typ je pincode. Je krijgt dan een nieuwe herstelcode. De oude code werkt daarna niet meer.",
    "Type your PIN. Then you get a new recovery code. The old code stops working.",
);
pub const FORGOT_PIN: Tr = tr("Pincode vergeten?", "Forgot the PIN?");
pub const RECOVERY_ENTER: Tr = tr(
    "Typ de herstelcode die je bij het instellen kreeg. Kies dan een nieuwe pincode.",
    "Type the recovery code you got when the PIN was set. Then choose a new PIN.",
);
pub const RECOVERY_CODE: Tr = tr("Herstelcode", "Recovery code");
pub const NEW_PIN: Tr = tr("Nieuwe pincode", "New PIN");
pub const RECOVERY_WRONG: Tr = tr(
    "Die herstelcode klopt niet.",
    "That recovery code is not right.",
);
pub const OPEN: Tr = tr("Openen", "Open");
pub const LOCK_AND_LEAVE: Tr = tr("Afsluiten", "Lock and leave");
pub const YOUTH_DONE: Tr = tr(
    "De jongere is klaar. Sorteer nu jouw kaarten; daarna bekijken jullie samen het bord.",
    "The young person is done. Now sort your cards; then you look at the board together.",
);
pub const SORT_MINE: Tr = tr("Mijn kaarten sorteren", "Sort my cards");
pub const CONTINUE_MINE: Tr = tr("Verder met mijn kaarten", "Continue my cards");
pub const CONTINUE_GUESS: Tr = tr("Verder met mijn gok", "Continue my guess");
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
pub const STATUS_GUESS_OPEN: Tr = tr(
    "gok van de mentor nog niet klaar",
    "mentor's guess not finished",
);
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
/// The board's first look: the piles as they were laid.
pub const LAYOUT_VIEW: Tr = tr("Stapels", "Piles");
pub const LIST_VIEW: Tr = tr("Lijst", "List");
pub const GRID_VIEW: Tr = tr("Raster", "Grid");
pub const GRID_ACROSS: Tr = tr("Van links naar rechts", "Across");
pub const GRID_DOWN: Tr = tr("van boven naar onder", "down");
/// Beside "Stapels", whose piles: "van Sam" (`OF`) or "van de mentor".
pub const OF_THE_MENTOR: Tr = tr("van de mentor", "of the mentor");
/// What the small circle on each card in the piles means.
pub const MARKER_YOUTH_SHOWN: Tr = tr(
    "Het rondje op een kaart: waar de mentor die kaart legde. Tik op een kaart voor meer.",
    "The circle on a card: where the mentor put that card. Tap a card for more.",
);
/// After the youth's name: "Het rondje op een kaart: waar Sam die kaart legde."
pub const MARKER_MENTOR_SHOWN: Tr = tr(
    "Het rondje op een kaart: waar deze kaart lag bij",
    "The circle on a card: where this card was put by",
);
pub const TAP_A_CARD: Tr = tr("Tik op een kaart voor meer.", "Tap a card for more.");
pub const GRID_EMPTY: Tr = tr("Hier liggen geen kaarten.", "No cards here.");
pub const YOU: Tr = tr("Jongere", "Young person");
pub const MENTOR: Tr = tr("Mentor", "Mentor");
pub const PARENT: Tr = tr("Ouder", "Parent");
/// Under a round in the history whose deck changed since the round before it:
/// "kaarten versie 2 (was 1)".
pub const CARDS_VERSION: Tr = tr("kaarten versie", "cards version");
pub const WAS: Tr = tr("was", "was");
pub const SKIPPED: Tr = tr("overgeslagen", "skipped");
/// The head of the skipped cards' column on the board's piles.
pub const SKIPPED_PILE: Tr = tr("Overgeslagen", "Skipped");
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
pub const THREE_PILES: Tr = tr("Drie stapels eerst", "Three piles first");
pub const READ_EACH_CARD: Tr = tr("Kaarten voorlezen", "Read cards aloud");
pub const HIGH_CONTRAST: Tr = tr("Hoog contrast", "High contrast");
pub const QUESTIONS: Tr = tr("Vragen om te stellen", "Questions to ask");
pub const MENTOR_QUESTIONS: Tr = tr(
    "Vragen voor jezelf (mentor)",
    "Questions for yourself (mentor)",
);
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

// The mentor's guess
pub const GUESS_HEADING: Tr = tr("De gok van de mentor", "The mentor's guess");
pub const GUESS_SAME: Tr = tr("Op dezelfde stapel", "On the same pile");
pub const GUESS_ONE_APART: Tr = tr("Eén stapel ernaast", "One pile away");
pub const GUESS_HIGHER: Tr = tr("Gok hoger dan", "Guessed higher than");
pub const GUESS_LOWER: Tr = tr("Gok lager dan", "Guessed lower than");
pub const GUESS_COLUMN: Tr = tr("Gok goed", "Guess right");
pub const GUESS_ON_BOARD: Tr = tr("Ook op het bord", "On the board too");
pub const GUESS_PRIVATE: Tr = tr(
    "Op het bord dat je samen bekijkt, staat de gok alleen als je 'Ook op het bord' aanzet.",
    "The board you look at together shows the guess only if you turn on 'On the board too'.",
);
pub const GUESS_TREND: Tr = tr(
    "Op dezelfde stapel, per keer",
    "On the same pile, each time",
);

/// Under the guess's heading: what was asked.
pub fn guess_asked(who: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Hoe dacht de mentor dat {who} de kaarten legde?"),
        Lang::En => format!("How did the mentor think {who} laid the cards?"),
    }
}

/// The round setting: "Raad hoe Sam de kaarten legde".
pub fn ask_guess(who: &str, parent: bool, lang: Lang) -> String {
    let who = match (who.is_empty(), parent, lang) {
        (true, false, Lang::Nl) => "de jongere".to_string(),
        (true, false, Lang::En) => "the young person".to_string(),
        (true, true, Lang::Nl) => "de ouder".to_string(),
        (true, true, Lang::En) => "the parent".to_string(),
        (false, true, Lang::Nl) => format!("de ouder van {who}"),
        (false, true, Lang::En) => format!("{who}'s parent"),
        (false, false, _) => who.to_string(),
    };
    match lang {
        Lang::Nl => format!("Raad hoe {who} de kaarten legde"),
        Lang::En => format!("Guess how {who} laid the cards"),
    }
}

/// Above the guess sort: what the mentor is asked.
pub fn guess_question(who: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Jouw gok: hoe denk je dat {who} de kaarten heeft gelegd?"),
        Lang::En => format!("Your guess: how do you think {who} laid the cards?"),
    }
}

// Overzetten (a bundle to another device)
pub const TRANSFER: Tr = tr("Overzetten", "Transfer");
pub const TRANSFER_WHY: Tr = tr(
    "Zet gegevens veilig over naar een ander apparaat, zoals de laptop van de gedragswetenschapper. Het bestand is versleuteld met een wachtzin die jij kiest. Zeg de wachtzin apart, niet in dezelfde mail als het bestand.",
    "Move data safely to another device, such as the behavioural scientist's laptop. The file is encrypted with a passphrase you choose. Tell the passphrase separately, not in the same e-mail as the file.",
);
pub const TRANSFER_OUT: Tr = tr("Meegeven", "Send");
pub const TRANSFER_IN: Tr = tr("Binnenhalen", "Receive");
pub const WHOM: Tr = tr("Van wie?", "Whose?");
pub const EVERYONE: Tr = tr("Iedereen", "Everyone");
pub const PASSPHRASE: Tr = tr("Wachtzin", "Passphrase");
pub const FILES_PASSPHRASE: Tr = tr("Wachtzin van het bestand", "The file's passphrase");
pub const PASSPHRASE_HINT: Tr = tr(
    "Minstens 10 tekens, bijvoorbeeld drie woorden: paard batterij nietje.",
    "At least 10 characters, for example three words: horse battery staple.",
);
pub const PASSPHRASE_SHORT: Tr = tr(
    "De wachtzin is te kort: kies minstens 10 tekens.",
    "The passphrase is too short: choose at least 10 characters.",
);
pub const PASSPHRASES_DIFFER: Tr = tr(
    "De twee wachtzinnen zijn niet gelijk.",
    "The two passphrases differ.",
);
pub const MAKE_BUNDLE: Tr = tr("Bestand maken", "Make the file");
pub const MEASUREMENTS: Tr = tr("metingen", "measurements");
pub const CHOOSE_FILE: Tr = tr("Bestand kiezen", "Choose the file");
pub const NO_INBOX: Tr = tr(
    "Binnenhalen kan hier nog niet: gebruik de app op een computer.",
    "Receiving is not possible here yet: use the app on a computer.",
);
pub const PUT_BUNDLE_IN: Tr = tr("Zet het bestand in de map", "Put the file in the folder");
pub const NO_BUNDLES: Tr = tr(
    "Daar staat nog geen bestand.",
    "There is no file there yet.",
);
pub const IMPORT_BUNDLE: Tr = tr("Inlezen", "Read in");
pub const IMPORTED: Tr = tr("Ingelezen", "Read in");
pub const ADDED: Tr = tr("nieuw", "new");
pub const UPDATED: Tr = tr("bijgewerkt", "updated");
pub const KEPT: Tr = tr("waren er al", "already here");
pub const NEW_YOUTHS: Tr = tr("Nieuwe jongeren", "New young people");
pub const NOTHING_IMPORTED: Tr = tr("Er is niets ingelezen.", "Nothing was read in.");
pub const NOT_A_BUNDLE: Tr = tr(
    "Dit is geen bestand om over te zetten.",
    "This is not a transfer file.",
);
pub const WRONG_PASSPHRASE: Tr = tr("Die wachtzin past niet.", "That passphrase does not fit.");
pub const NEWER_BUNDLE: Tr = tr(
    "Dit bestand is gemaakt met een nieuwere versie van de app.",
    "This file was made with a newer version of the app.",
);
pub const HEAVY_BUNDLE: Tr = tr(
    "Dit bestand is zwaarder versleuteld dan deze versie van de app opent. Maak het opnieuw met deze versie.",
    "This file is encrypted more heavily than this version of the app opens. Make it again with this version.",
);
pub const DAMAGED_BUNDLE: Tr = tr(
    "Dit bestand is beschadigd of niet compleet.",
    "This file is damaged or incomplete.",
);

// Due moments
pub const NEXT_MEASUREMENT: Tr = tr("Volgende meting", "Next measurement");
pub const LATE: Tr = tr("te laat", "overdue");
pub const SOON: Tr = tr("binnenkort", "soon");

// The overview for supervision
pub const OVERVIEW: Tr = tr("Overzicht", "Overview");
pub const OVERVIEW_NOTE: Tr = tr(
    "Voor de supervisie: per jongere, op naam. Geen oordeel over mentoren: er staan geen cijfers per mentor in. De cijfers: jongere / mentor, 1 tot 5.",
    "For supervision: per young person, by name. Not a judgement of mentors: it holds no figure per mentor. The figures: young person / mentor, 1 to 5.",
);
pub const NO_COMPLETE_ROUND: Tr = tr(
    "Nog geen ronde die jongere en mentor allebei afrondden.",
    "No round that the young person and the mentor both finished yet.",
);
pub const LATEST_ROUND: Tr = tr("Laatste ronde", "Latest round");
pub const SINCE_LAST_TOTAL: Tr = tr("Totaal sinds vorige keer", "Total since last time");
pub const DROP: Tr = tr("daling", "drop");
pub const FURTHEST_APART: Tr = tr("Verst uit elkaar", "Furthest apart");
pub const PAPER: Tr = tr("papier", "paper");

// A paper form entered
pub const PAPER_FORM_SHORT: Tr = tr("Papieren lijst", "Paper form");
pub const PAPER_FORM: Tr = tr("Papieren lijst invoeren", "Enter a paper form");
pub const FILLED_IN_ON: Tr = tr("Ingevuld op", "Filled in on");
pub const NOT_FILLED_IN: Tr = tr("niet ingevuld", "not filled in");
pub const PAPER_ALL: Tr = tr(
    "Tik bij elke zin een antwoord aan, of - als die niet is ingevuld.",
    "Tap an answer for every statement, or - if it was not filled in.",
);
pub const ENTERED: Tr = tr("ingevuld", "entered");
pub const SAVE_FORM: Tr = tr("Lijst opslaan", "Save the form");
pub const PAPER_SAVED: Tr = tr(
    "De lijst van de jongere is opgeslagen.",
    "The young person's form is saved.",
);
pub const PAPER_MENTOR_NOW: Tr = tr(
    "Nu de lijst van de mentor bij dezelfde meting:",
    "Now the mentor's form of the same measurement:",
);
pub const PAPER_NO_MENTOR: Tr = tr(
    "Er is geen lijst van de mentor",
    "There is no mentor's form",
);
pub const PAPER_ROUND_DONE: Tr = tr(
    "Beide lijsten zijn opgeslagen. Het bord van deze meting staat bij de jongere.",
    "Both forms are saved. The board of this measurement is with the young person.",
);
pub const ANOTHER_FORM: Tr = tr("Nog een lijst invoeren", "Enter another form");
pub const NOT_A_DATE: Tr = tr(
    "Schrijf de datum zo: 2026-11-29 (jaar-maand-dag).",
    "Write the date like this: 2026-11-29 (year-month-day).",
);
