//! The report's own words, in Dutch and English, and how it writes numbers.

use crate::core::scoring::ScaleScore;

pub(super) struct Words {
    pub(super) title: &'static str,
    pub(super) youth: &'static str,
    pub(super) mentor: &'static str,
    pub(super) moment: &'static str,
    pub(super) date: &'static str,
    pub(super) deck: &'static str,
    pub(super) scores: &'static str,
    pub(super) part: &'static str,
    pub(super) difference: &'static str,
    pub(super) change: &'static str,
    pub(super) total: &'static str,
    pub(super) not_scorable: &'static str,
    pub(super) statements: &'static str,
    pub(super) agree: &'static str,
    pub(super) differ: &'static str,
    pub(super) skipped: &'static str,
    pub(super) skip: &'static str,
    pub(super) ask_further: &'static str,
    pub(super) worth_discussing: &'static str,
    pub(super) remark: &'static str,
    pub(super) agreements: &'static str,
    pub(super) none: &'static str,
    pub(super) by: &'static str,
    pub(super) questions: &'static str,
    pub(super) mentor_questions: &'static str,
    pub(super) grid: &'static str,
    pub(super) piles_of: &'static str,
    pub(super) piles_note: &'static str,
    pub(super) across: &'static str,
    pub(super) down: &'static str,
    pub(super) note: &'static str,
    pub(super) moments: [&'static str; 3],
    pub(super) parent: &'static str,
    pub(super) reversed: &'static str,
    pub(super) together: &'static str,
    pub(super) guess: &'static str,
    pub(super) guess_note: &'static str,
    pub(super) guess_same: &'static str,
    pub(super) guess_one_apart: &'static str,
    pub(super) of_cards: &'static str,
    pub(super) guess_mean: &'static str,
    pub(super) guess_higher: &'static str,
    pub(super) guess_lower: &'static str,
}

pub(super) const NL: Words = Words {
    title: "JAS-kaarten: verslag",
    youth: "Jongere",
    mentor: "Mentor",
    moment: "Moment",
    date: "Datum",
    deck: "Kaartspel",
    scores: "Scores per onderdeel (gemiddelde 1-5, en 0-100)",
    part: "Onderdeel",
    difference: "Verschil",
    change: "Sinds vorige keer",
    total: "Totaal",
    not_scorable: "niet te berekenen",
    statements: "Kaarten, in de voorgestelde volgorde voor het gesprek",
    agree: "Hierover zijn jullie het eens",
    differ: "Hierover denken jullie verschillend",
    skipped: "Overgeslagen",
    skip: "overgeslagen",
    ask_further: "vraag door",
    worth_discussing: "bespreken",
    remark: "Opmerking",
    agreements: "Afspraken",
    none: "Nog geen afspraken.",
    by: "voor",
    questions: "Vragen",
    mentor_questions: "Vragen voor de mentor",
    grid: "Het raster: waar liggen jullie kaarten samen?",
    piles_of: "De stapels van",
    piles_note: "Het getal bij een kaart: de stapel van de mentor (1 helemaal oneens - 5 helemaal eens). Een rode rand: twee of meer stapels verschil.",
    across: "Van links naar rechts:",
    down: "van boven naar onder:",
    note: "Geen oordeel over de mentor: een startpunt voor het gesprek en de supervisie.",
    moments: ["Begin", "Tussenevaluatie", "Extra"],
    parent: "Ouder",
    reversed: "omgekeerd: het getal is hoe de kaart telt",
    together: "Samen",
    guess: "De gok van de mentor",
    guess_note: "Na de eigen kaarten legde de mentor de kaarten zoals de mentor dacht dat de jongere ze legde, voordat het bord openging.",
    guess_same: "Op dezelfde stapel",
    guess_one_apart: "Eén stapel ernaast",
    of_cards: "kaarten",
    guess_mean: "Gemiddeld verschil (gok min jongere, 1-5)",
    guess_higher: "Gok twee of meer stapels hoger",
    guess_lower: "Gok twee of meer stapels lager",
};

pub(super) const EN: Words = Words {
    title: "JAS cards: report",
    youth: "Young person",
    mentor: "Mentor",
    moment: "Moment",
    date: "Date",
    deck: "Deck",
    scores: "Scores per part (mean 1-5, and 0-100)",
    part: "Part",
    difference: "Difference",
    change: "Since last time",
    total: "Total",
    not_scorable: "not scorable",
    statements: "Cards, in the suggested order for the talk",
    agree: "You agree on these",
    differ: "You see these differently",
    skipped: "Skipped",
    skip: "skipped",
    ask_further: "ask further",
    worth_discussing: "discuss",
    remark: "Remark",
    agreements: "Agreements",
    none: "No agreements yet.",
    by: "by",
    questions: "Questions",
    mentor_questions: "Questions for the mentor",
    grid: "The grid: where your cards lie together",
    piles_of: "The piles of",
    piles_note: "The number by a card: the mentor's pile (1 strongly disagree - 5 strongly agree). A red edge: two or more piles apart.",
    across: "Across:",
    down: "down:",
    note: "Not a judgement of the mentor: a starting point for the talk and supervision.",
    moments: ["Start", "Mid-evaluation", "Extra"],
    parent: "Parent",
    reversed: "reversed: the number is how the card counts",
    together: "Together",
    guess: "The mentor's guess",
    guess_note: "After their own cards the mentor laid the cards as they thought the young person laid them, before the board opened.",
    guess_same: "On the same pile",
    guess_one_apart: "One pile away",
    of_cards: "cards",
    guess_mean: "Mean difference (guess minus young person, 1-5)",
    guess_higher: "Guessed two or more piles higher",
    guess_lower: "Guessed two or more piles lower",
};

/// A number as the report's language writes it: "3,71" in Dutch.
pub fn number(x: f64, decimals: usize, lang: &str) -> String {
    let s = format!("{x:.decimals$}");
    if lang == "nl" { s.replace('.', ",") } else { s }
}

/// A mean and its 0-100 score, or "not scorable".
pub fn scale_text(s: &ScaleScore, lang: &str) -> String {
    match (s.mean, s.score_0_100) {
        (Some(m), Some(p)) => format!("{} ({})", number(m, 2, lang), number(p, 0, lang)),
        _ => words(lang).not_scorable.to_string(),
    }
}

/// A signed change or difference, "+0,40".
pub fn signed(x: Option<f64>, lang: &str) -> String {
    match x {
        Some(x) if x > 0.0 => format!("+{}", number(x, 2, lang)),
        Some(x) => number(x, 2, lang),
        None => "-".into(),
    }
}

pub(super) fn words(lang: &str) -> &'static Words {
    if lang == "en" { &EN } else { &NL }
}
