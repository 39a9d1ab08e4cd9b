//! The board model, and that every export of it carries the core's numbers.

use jas_cards::core::board::{Section, board};
use jas_cards::core::deck::{Deck, DeckSet};
use jas_cards::core::export::{Cells, write_scores_csv};
use jas_cards::core::measurement::{Agreement, Measurement, Moment, Who};
use jas_cards::core::report::{ReportInput, pdf};
use jas_cards::core::round::{previous, rounds_of, youths};
use jas_cards::core::sort::{Action, Placement};
use jas_cards::core::youth::YouthKey;

fn deck(id: &str) -> Deck {
    DeckSet::builtin().get(id).unwrap().clone()
}

/// A finished sort of `deck` in `round`: `piles` by statement id (0 = skip).
pub fn sorted(deck: &Deck, round: &str, piles: &[(&str, u8)], started: &str) -> Measurement {
    sorted_then(deck, round, piles, &[], started)
}

/// [`sorted`], with the cards of `review` moved to other piles in the review before it ends.
fn sorted_then(
    deck: &Deck,
    round: &str,
    piles: &[(&str, u8)],
    review: &[(&str, u8)],
    started: &str,
) -> Measurement {
    let mut m = Measurement::new("AB", Moment::Start, round, deck, 1);
    m.started = started.into();
    for (id, p) in piles.iter().chain(review) {
        let action = if *p == 0 {
            Action::Skip {
                statement: id.to_string(),
            }
        } else {
            Action::Place {
                statement: id.to_string(),
                pile: *p,
            }
        };
        m.apply(action).unwrap();
    }
    m.apply(Action::Finish).unwrap();
    m
}

/// The youth's piles in [`pair`] by statement (0: skipped).
pub const YOUTH: [(&str, u8); 9] = [
    ("r1", 5),
    ("r2", 4),
    ("r3", 2),
    ("d1", 4),
    ("d2", 0),
    ("d4", 1),
    ("a1", 3),
    ("a2", 4),
    ("a3", 5),
];
const MENTOR: [(&str, u8); 9] = [
    ("r1", 5),
    ("r2", 4),
    ("r3", 5),
    ("d1", 4),
    ("d2", 4),
    ("d4", 4),
    ("a1", 4),
    ("a2", 4),
    ("a3", 1),
];

pub fn agreement(who: Who, what: &str, by_when: &str) -> Agreement {
    Agreement {
        who,
        what: what.into(),
        by_when: by_when.into(),
    }
}

/// The round "ab-1" of 2026-09-01 with one agreement on the youth's side.
fn pair_agreeing(who: Who, what: &str, by_when: &str) -> Vec<Measurement> {
    let mut all = pair("ab-1", "2026-09-01T10:00:00Z");
    all[0].set_agreements(vec![agreement(who, what, by_when)]);
    all
}

pub fn pair(round: &str, started: &str) -> Vec<Measurement> {
    vec![
        sorted(&deck("kort"), round, &YOUTH, started),
        sorted(&deck("mentor-kort"), round, &MENTOR, started),
    ]
}

#[test]
fn rounds_pair_the_youth_and_the_mentor_sort() {
    let mut all = pair("ab-1", "2026-09-01T10:00:00Z");
    all.extend(pair("ab-2", "2026-11-29T10:00:00Z"));
    let rounds = rounds_of(&crate::ab(), &all);
    assert_eq!(rounds.len(), 2);
    assert_eq!(rounds[0].id, "ab-1");
    assert!(rounds.iter().all(|r| r.complete()));
    assert_eq!(previous(&rounds, "ab-2").unwrap().id, "ab-1");
    assert!(previous(&rounds, "ab-1").is_none());
    assert_eq!(youths(&all), [crate::ab()]);
    assert!(
        rounds_of(&YouthKey::Pseudonym("CD".into()), &all).is_empty(),
        "another youth's rounds are not mixed in"
    );
}

#[test]
fn the_board_marks_differences_ask_further_and_skips_and_orders_the_talk() {
    let all = pair("ab-1", "2026-09-01T10:00:00Z");
    let rounds = rounds_of(&crate::ab(), &all);
    let b = board(&rounds[0], None);
    let row = |id: &str| b.row(id).unwrap();
    assert_eq!(row("r3").difference, Some(-3));
    assert!(row("r3").worth_discussing);
    assert_eq!(row("r3").section, Section::Differ);
    assert!(row("r3").ask_further, "a low youth card");
    assert!(row("a1").ask_further, "a neutral youth card");
    assert!(!row("a1").worth_discussing, "one pile apart");
    assert_eq!(row("d2").youth.placement, Some(Placement::Skipped));
    assert_eq!(row("d2").section, Section::Skipped);
    assert!(!row("d2").ask_further, "skipped is not low");
    assert_eq!(row("a3").difference, Some(4));
    // First what you agree on, strengths first; then differences, largest first; then skips.
    let order: Vec<(&str, Section)> = b.rows.iter().map(|r| (r.id.as_str(), r.section)).collect();
    assert_eq!(
        order,
        [
            ("r1", Section::Agree),
            ("r2", Section::Agree),
            ("d1", Section::Agree),
            ("a2", Section::Agree),
            ("a1", Section::Agree),
            ("a3", Section::Differ),
            ("r3", Section::Differ),
            ("d4", Section::Differ),
            ("d2", Section::Skipped),
        ]
    );
}

#[test]
fn the_board_numbers_are_the_core_scores() {
    let all = pair("ab-1", "2026-09-01T10:00:00Z");
    let rounds = rounds_of(&crate::ab(), &all);
    let b = board(&rounds[0], None);
    let (ys, ms) = (all[0].scores(), all[1].scores());
    for (id, s) in &ys.parts {
        let p = b.part(id).unwrap();
        assert_eq!(&p.youth, s);
        assert_eq!(p.mentor.as_ref(), ms.part(id));
        let d = p.difference.as_ref().unwrap().difference;
        assert_eq!(d, s.mean.zip(ms.part(id).unwrap().mean).map(|(a, b)| a - b));
    }
    assert_eq!(b.total.youth, ys.total);
    // doel: youth answered d1 and d4 only (d2 skipped): 2 of 3, the deck's minimum is 2.
    assert_eq!(b.part("doel").unwrap().youth.answered, 2);
}

#[test]
fn the_change_since_last_time_and_the_agreements_made_then() {
    let mut all = pair_agreeing(
        Who::Mentor,
        "Elke week tien minuten samen praten",
        "december",
    );
    let mut later = pair("ab-2", "2026-11-29T10:00:00Z");
    // The youth is more positive about aanpak now: a1 3 -> 5.
    let mut now = YOUTH;
    assert_eq!(now[6], ("a1", 3));
    now[6] = ("a1", 5);
    later[0] = sorted(&deck("kort"), "ab-2", &now, "2026-11-29T10:00:00Z");
    all.extend(later);
    let rounds = rounds_of(&crate::ab(), &all);
    let b = board(&rounds[1], previous(&rounds, "ab-2"));
    let aanpak = b.part("aanpak").unwrap();
    assert!((aanpak.change.youth.unwrap() - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(aanpak.change.mentor, Some(0.0));
    assert_eq!(b.part("relatie").unwrap().change.youth, Some(0.0));
    assert_eq!(b.previous_agreements.len(), 1);
    assert_eq!(
        b.previous_agreements[0].what,
        "Elke week tien minuten samen praten"
    );
}

#[test]
fn a_youth_sort_without_the_mentor_has_no_comparison() {
    let all = vec![sorted(
        &deck("kort"),
        "ab-1",
        &YOUTH,
        "2026-09-01T10:00:00Z",
    )];
    let rounds = rounds_of(&crate::ab(), &all);
    assert!(!rounds[0].complete(), "locked until both are done");
    let b = board(&rounds[0], None);
    assert!(
        b.rows
            .iter()
            .all(|r| r.mentor == Default::default() && r.difference.is_none())
    );
    assert!(b.total.mentor.is_none());
}

/// The text of a PDF, with its number formatting as printed.
pub fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap()
}

/// A PDF text string (an ActualText): UTF-16 after its byte order mark, else one byte a
/// letter (PDFDocEncoding, which is ASCII for these words).
pub fn pdf_string(o: &lopdf::Object) -> String {
    let lopdf::Object::String(bytes, _) = o else {
        panic!("not a string: {o:?}")
    };
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => {
            let units: Vec<u16> = utf16
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        None => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// The Dutch PDF report of the first round of a youth and mentor pair on the short decks.
fn short_report(key: &jas_cards::core::youth::YouthKey, all: &[Measurement]) -> Vec<u8> {
    let b = board(&rounds_of(key, all)[0], None);
    pdf(&ReportInput {
        board: &b,
        youth: &all[0],
        mentor: Some(&all[1]),
        guess: None,
        deck: Some(&deck("kort")),
        mentor_deck: None,
        lang: "nl",
    })
}

/// A Turkish name keeps its İ in the report's text: the font has no such glyph, so it is
/// written as I and the combining dot above (shaping puts the dot above the capital), and
/// reads back as the same name (normalised), not as a box.
#[test]
fn the_pdf_report_draws_a_letter_its_font_lacks_from_its_parts() {
    use unicode_normalization::UnicodeNormalization;
    let mut all = pair("ab-1", "2026-09-01T10:00:00Z");
    for m in &mut all {
        m.youth = "İlayda Şen".into();
    }
    let key = jas_cards::core::youth::YouthKey::Pseudonym("İlayda Şen".into());
    let bytes = short_report(&key, &all);
    let text: String = pdf_text(&bytes).nfc().collect();
    // The dot is drawn above the I, moved there within the line; lopdf's text reads a move
    // of over a tenth of an em as a space (pdftotext, which places by position, gives
    // "İlayda").
    // Each glyph gives back its own letter: the I an I, the dot the dot ("İİlayda" was a
    // glyph given back as the letter it came from).
    let squeezed = text.replace(' ', "");
    assert!(
        squeezed.contains("Jongere:İlaydaŞen"),
        "the name is not in the report:\n{text}"
    );
}

/// Shaping places a mark on its letter: the İ's dot is drawn after the I and moved back over
/// it (a positive move after the I in the line's positioned text), where without shaping it
/// sat after the I at a small letter's height, inside it.
#[test]
fn the_pdf_report_draws_the_dot_of_an_i_over_the_capital() {
    use lopdf::Object;
    use skrifa::MetadataProvider;
    let mut all = pair("ab-1", "2026-09-01T10:00:00Z");
    for m in &mut all {
        m.youth = "İlayda".into();
    }
    let bytes = short_report(&YouthKey::Pseudonym("İlayda".into()), &all);
    let font = skrifa::FontRef::new(jas_cards::fonts::FONT_REGULAR).unwrap();
    let capital_i = font.charmap().map('I').unwrap().to_u32() as u16;
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let first = *doc.get_pages().values().next().unwrap();
    let content = doc.get_and_decode_page_content(first).unwrap();
    let moved_back_after_i = content.operations.iter().any(|op| {
        op.operator == "TJ"
            && op.operands.iter().any(|items| {
                let Ok(items) = items.as_array() else {
                    return false;
                };
                items.windows(2).any(|w| match (&w[0], &w[1]) {
                    (Object::String(glyphs, _), moved) => {
                        glyphs.ends_with(&capital_i.to_be_bytes())
                            && moved.as_float().is_ok_and(|m| m > 100.0)
                    }
                    _ => false,
                })
            })
    });
    assert!(moved_back_after_i, "no dot moved back over an I");
}

/// The report is a tagged PDF, for a screen reader: every run of text on its pages belongs to
/// one element of its structure (none left out, none twice), every coloured box is an artifact
/// (skipped), and the sections are headings under the title, the scores a table.
#[test]
fn the_pdf_report_is_tagged_for_a_screen_reader() {
    use lopdf::{Object, ObjectId};
    let all = pair("ab-1", "2026-09-01T10:00:00Z");
    let bytes = short_report(&crate::ab(), &all);
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let catalog = doc.catalog().unwrap();
    let marked = catalog.get(b"MarkInfo").and_then(Object::as_dict);
    assert_eq!(
        marked
            .and_then(|m| m.get(b"Marked"))
            .and_then(Object::as_bool)
            .ok(),
        Some(true)
    );
    // The structure: its roles in reading order, and the text runs (page, MCID) it holds with
    // the element holding each. Each element names its parent.
    type Run = ((ObjectId, i64), ObjectId);
    fn walk(doc: &lopdf::Document, id: ObjectId, roles: &mut Vec<String>, runs: &mut Vec<Run>) {
        let element = doc.get_dictionary(id).unwrap();
        if let Ok(role) = element.get(b"S").and_then(Object::as_name) {
            roles.push(String::from_utf8_lossy(role).into());
        }
        let kids = match element.get(b"K") {
            Ok(Object::Array(kids)) => kids.clone(),
            Ok(kid) => vec![kid.clone()],
            Err(_) => vec![],
        };
        for kid in kids {
            match kid {
                Object::Reference(r) => {
                    let parent = doc.get_dictionary(r).unwrap().get(b"P");
                    assert_eq!(parent.and_then(Object::as_reference).ok(), Some(id));
                    walk(doc, r, roles, runs);
                }
                Object::Dictionary(mcr) => runs.push((
                    (
                        mcr.get(b"Pg").and_then(Object::as_reference).unwrap(),
                        mcr.get(b"MCID").and_then(Object::as_i64).unwrap(),
                    ),
                    id,
                )),
                other => panic!("a structure element's kid {other:?}"),
            }
        }
    }
    let root = catalog
        .get(b"StructTreeRoot")
        .and_then(Object::as_reference)
        .unwrap();
    let (mut roles, mut runs) = (Vec::new(), Vec::new());
    walk(&doc, root, &mut roles, &mut runs);
    // The parent tree, which a reader follows from a text run to its element: the page's key
    // (StructParents), then the run's MCID.
    let parent_tree = doc
        .get_dictionary(root)
        .unwrap()
        .get(b"ParentTree")
        .unwrap();
    let nums = parent_tree.as_dict().unwrap().get(b"Nums").unwrap();
    let nums = nums.as_array().unwrap();
    for ((page, mcid), owner) in &runs {
        let key = doc.get_dictionary(*page).unwrap().get(b"StructParents");
        let key = key.and_then(Object::as_i64).unwrap();
        let at = nums
            .iter()
            .position(|n| n.as_i64().ok() == Some(key))
            .unwrap();
        let owners = doc
            .get_object(nums[at + 1].as_reference().unwrap())
            .unwrap();
        let listed = owners.as_array().unwrap()[*mcid as usize].as_reference();
        assert_eq!(
            listed.ok(),
            Some(*owner),
            "the parent tree at {page:?} {mcid}"
        );
    }
    let mut in_tree: Vec<(ObjectId, i64)> = runs.iter().map(|(run, _)| *run).collect();
    // What the pages draw: each text run inside a marked sequence with its MCID, each filled
    // box inside an artifact.
    let mut on_pages = Vec::new();
    for (_, &page) in doc.get_pages().iter() {
        let content = doc.get_and_decode_page_content(page).unwrap();
        // The open marked sequences: whether each is an artifact, and its MCID.
        let mut marks: Vec<(bool, Option<i64>)> = Vec::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "BDC" => {
                    let mcid = op.operands[1].as_dict().unwrap().get(b"MCID").unwrap();
                    let mcid = mcid.as_i64().unwrap();
                    marks.push((false, Some(mcid)));
                    on_pages.push((page, mcid));
                }
                "BMC" => marks.push((op.operands[0].as_name().unwrap() == b"Artifact", None)),
                "EMC" => {
                    marks.pop();
                }
                "TJ" | "Tj" => assert!(
                    marks.last().is_some_and(|m| m.1.is_some()),
                    "text outside the structure on {page:?}"
                ),
                "f" => assert!(
                    marks.iter().any(|m| m.0),
                    "a box that is not an artifact on {page:?}"
                ),
                _ => {}
            }
        }
    }
    in_tree.sort();
    on_pages.sort();
    assert_eq!(in_tree, on_pages, "each text run in the structure once");
    let headings: Vec<&str> = roles
        .iter()
        .map(String::as_str)
        .filter(|r| r.starts_with('H'))
        .collect();
    assert_eq!(headings[..2], ["H1", "H2"], "{roles:?}");
    assert_eq!(headings.iter().filter(|h| **h == "H1").count(), 1);
    assert!(roles.iter().any(|r| r == "Table") && roles.iter().any(|r| r == "TH"));
    // Each header cell says whether it heads its row or its column.
    let scopes = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"S").and_then(Object::as_name).ok() == Some(b"TH"))
        .map(|th| {
            let attributes = th.get(b"A").and_then(Object::as_array).unwrap();
            let scope = attributes[0].as_dict().unwrap().get(b"Scope").unwrap();
            scope.as_name().unwrap().to_vec()
        })
        .collect::<Vec<_>>();
    assert!(!scopes.is_empty());
    assert!(scopes.iter().all(|s| s == b"Row" || s == b"Column"));
    // A card in the piles, its words cut short on the page, reads whole, with the mentor's
    // pile by name and, where the page draws a red edge, what it means.
    let said: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"S").and_then(Object::as_name).ok() == Some(b"LBody"))
        .map(|card| pdf_string(card.get(b"ActualText").expect("a card's words")))
        .collect();
    let kort = deck("kort");
    assert_eq!(said.len(), kort.statements.len(), "every card");
    let pile_name = |p: Option<Placement>| match p {
        Some(Placement::Pile(p)) => {
            format!("{p} {}", kort.piles[usize::from(p) - 1].get("nl", "nl"))
        }
        Some(Placement::Skipped) => "Overgeslagen".to_string(),
        other => panic!("the test's rounds place every card: {other:?}"),
    };
    let mut far = 0;
    for st in &kort.statements {
        let words = st.text.get("nl", "nl");
        let card = said
            .iter()
            .find(|c| c.starts_with(words))
            .unwrap_or_else(|| panic!("{words:?} is not read whole: {said:?}"));
        let (youth, mentor) = (all[0].sort.placement(&st.id), all[1].sort.placement(&st.id));
        let apart = match (youth, mentor) {
            (Some(Placement::Pile(a)), Some(Placement::Pile(b))) => a.abs_diff(b) >= 2,
            _ => false,
        };
        far += usize::from(apart);
        let edge = if apart { " (bespreken)" } else { "" };
        let expected = format!("{words} Mentor: {}{edge}. ", pile_name(mentor));
        assert_eq!(*card, expected);
    }
    assert!(far > 0, "the test's rounds have a card two piles apart");
}

/// The report prints the same on a machine without the app's font: both fonts travel inside
/// the file (FontFile2), with a width for every glyph used, and the pages compressed.
#[test]
fn the_pdf_report_carries_its_fonts_inside() {
    use lopdf::Object;
    let all = pair("ab-1", "2026-09-01T10:00:00Z");
    let bytes = short_report(&crate::ab(), &all);
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let dicts: Vec<&lopdf::Dictionary> = doc
        .objects
        .values()
        .filter_map(|o| match o {
            Object::Dictionary(d) => Some(d),
            Object::Stream(s) => Some(&s.dict),
            _ => None,
        })
        .collect();
    let kind =
        |d: &&lopdf::Dictionary, t: &[u8]| d.get(b"Type").and_then(Object::as_name).ok() == Some(t);
    let embedded: Vec<String> = dicts
        .iter()
        .filter(|d| kind(d, b"FontDescriptor") && d.has(b"FontFile2"))
        .map(|d| String::from_utf8_lossy(d.get(b"FontName").unwrap().as_name().unwrap()).into())
        .collect();
    assert_eq!(
        embedded,
        ["AtkinsonHyperlegible-Regular", "AtkinsonHyperlegible-Bold"],
        "both fonts embedded"
    );
    for d in dicts
        .iter()
        .filter(|d| d.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"CIDFontType2"))
    {
        let widths = d.get(b"W").unwrap().as_array().unwrap();
        assert!(widths.len() > 20, "a width for each glyph used: {widths:?}");
    }
    let page = doc.get_pages()[&1];
    let content = doc.get_page_content(page);
    assert!(
        String::from_utf8_lossy(&content).contains(" Tf"),
        "the page's text, inflated"
    );
    let raw = doc
        .get_dictionary(page)
        .unwrap()
        .get(b"Contents")
        .unwrap()
        .as_reference()
        .unwrap();
    let stream = doc.get_object(raw).unwrap().as_stream().unwrap();
    assert_eq!(
        stream.dict.get(b"Filter").unwrap().as_name().unwrap(),
        b"FlateDecode"
    );
    // A reader that reads aloud picks its voice by the document's language.
    let lang = doc
        .catalog()
        .unwrap()
        .get(b"Lang")
        .unwrap()
        .as_str()
        .unwrap();
    assert_eq!(lang, b"nl");
}

#[test]
fn the_pdf_report_carries_the_board_numbers_and_the_agreements() {
    let all = pair_agreeing(Who::Together, "Na school samen de dag doornemen", "januari");
    let rounds = rounds_of(&crate::ab(), &all);
    let b = board(&rounds[0], None);
    let kort = deck("kort");
    let mentor_kort = deck("mentor-kort");
    let bytes = pdf(&ReportInput {
        board: &b,
        youth: &all[0],
        mentor: Some(&all[1]),
        guess: None,
        deck: Some(&kort),
        mentor_deck: Some(&mentor_kort),
        lang: "nl",
    });
    assert!(bytes.starts_with(b"%PDF"));
    let text = pdf_text(&bytes);
    // Worked out by hand from YOUTH and MENTOR (the short deck has no reverse-keyed card):
    // youth relatie 5+4+2 = 3,67 (67 on 0-100), doel 4+1 (d2 skipped) = 2,50, aanpak 3+4+5 =
    // 4,00 (75); mentor relatie 5+4+5 = 4,67 (92), doel 4,00 (75), aanpak 4+4+1 = 3,00 (50),
    // total 35/9 = 3,89 (72); youth minus mentor -1,00, -1,50, +1,00, total 3,50 - 3,89 = -0,39.
    for expected in [
        "3,67 (67)",
        "2,50",
        "4,00 (75)",
        "3,50",
        "4,67 (92)",
        "3,00 (50)",
        "3,89 (72)",
        "-1,00",
        "-1,50",
        "+1,00",
        "-0,39",
    ] {
        assert!(text.contains(expected), "{expected} in the report:\n{text}");
    }
    assert!(
        text.contains("Samen: Na school samen de dag doornemen"),
        "{text}"
    );
    assert!(text.contains("Na school samen de dag doornemen"));
    assert!(text.contains("Mijn mentor luistert naar mij."));
    // The youth's piles as a figure, titled and explained (its pile heads, "4 Eens" and so on,
    // also stand in the list's placements, so they prove nothing here).
    assert!(text.contains("De stapels van AB"), "{text}");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Het getal bij een kaart: de stapel van de mentor"),
        "{flat}"
    );
    // The agreement grid as a figure, with its axes named.
    assert!(
        text.contains("Het raster: waar liggen jullie kaarten samen?"),
        "{text}"
    );
    assert!(text.contains("Overgeslagen: 1"), "d2 stands apart: {text}");
    // The skipped card d2 is worth asking about: the youth's questions and the mentor deck's
    // own, on the mentor's side.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let own = mentor_kort.statement("d2").unwrap().questions[0].get("nl", "nl");
    assert!(
        flat.contains(&format!("Vragen voor de mentor: {own}")),
        "{own} in the report:\n{flat}"
    );
    // The same numbers as the CSV export of the same measurements.
    let mut csv_out = Vec::new();
    write_scores_csv(&mut csv_out, &all, Cells::Safe).unwrap();
    let csv_text = String::from_utf8(csv_out).unwrap();
    let relatie_mean = all[0].scores().part("relatie").unwrap().mean.unwrap();
    assert!(csv_text.contains(&relatie_mean.to_string()));
    assert!((relatie_mean - 11.0 / 3.0).abs() < 1e-12);
}

#[test]
fn a_reversed_card_is_shown_by_how_it_counts_and_marked() {
    let mini = crate::mini();
    let ids: Vec<String> = mini.statements.iter().map(|s| s.id.clone()).collect();
    // The youth puts every card on "helemaal eens" (5); r2, r3 and d2 are reverse-keyed.
    let piles: Vec<(&str, u8)> = ids.iter().map(|id| (id.as_str(), 5)).collect();
    let y = sorted(&mini, "ab-9", &piles, "2026-11-29T10:00:00Z");
    let all = vec![y];
    let b = board(&rounds_of(&crate::ab(), &all)[0], None);
    let r2 = b.row("r2").unwrap();
    assert!(r2.reverse);
    assert_eq!(
        r2.youth.placement,
        Some(Placement::Pile(5)),
        "what the youth chose"
    );
    assert_eq!(r2.youth.value, Some(1), "how it counts");
    let r1 = b.row("r1").unwrap();
    assert!(!r1.reverse);
    assert_eq!(r1.youth.value, Some(5));
    // Strengths first: the reversed cards, which count 1, come after the others.
    let order: Vec<&str> = b.rows.iter().map(|r| r.id.as_str()).collect();
    let first_reversed = order
        .iter()
        .position(|id| ["r2", "r3", "d2"].contains(id))
        .unwrap();
    assert!(first_reversed >= 4, "{order:?}");
    // The report says "1 Helemaal eens" and marks it reversed.
    let bytes = pdf(&ReportInput {
        board: &b,
        youth: &all[0],
        mentor: None,
        guess: None,
        deck: Some(&mini),
        mentor_deck: None,
        lang: "nl",
    });
    let text = pdf_text(&bytes);
    assert!(text.contains("1 Helemaal eens"), "{text}");
    assert!(text.contains("omgekeerd"), "{text}");
}

/// The agreement grid holds each card in the cell of its pair of values (youth across, mentor
/// down), counted by hand from YOUTH and MENTOR; the skipped card stands apart.
#[test]
fn the_agreement_grid_puts_each_card_in_the_cell_of_its_pair() {
    use jas_cards::core::board::grid;
    let all = pair("ab-1", "2026-09-01T10:00:00Z");
    let b = board(&rounds_of(&crate::ab(), &all)[0], None);
    let g = grid(&b);
    assert_eq!(g.cell(5, 5), ["r1"]);
    let mut agree_on_4: Vec<&str> = g.cell(4, 4).iter().map(String::as_str).collect();
    agree_on_4.sort();
    assert_eq!(agree_on_4, ["a2", "d1", "r2"]);
    assert_eq!(g.cell(2, 5), ["r3"]);
    assert_eq!(g.cell(1, 4), ["d4"]);
    assert_eq!(g.cell(3, 4), ["a1"]);
    assert_eq!(
        g.cell(5, 1),
        ["a3"],
        "the far corner: the youth 5, the mentor 1"
    );
    assert_eq!(g.apart, ["d2"]);
    let in_cells: usize = g.cells.iter().flatten().map(Vec::len).sum();
    assert_eq!(in_cells + g.apart.len(), 9, "every card once");
}

/// The piles as they were laid: every card of the youth's sort on the pile it was left on, in
/// the order it was put there (r3, moved in the review, where it ended), with where the mentor
/// put it; the cards two or more apart marked; the mentor's piles with the youth's places.
/// Counted by hand from YOUTH and MENTOR.
#[test]
fn the_layout_holds_each_card_where_it_was_left_with_the_other_sides_place() {
    use jas_cards::core::layout::{Whose, layout};
    let youth = sorted_then(
        &deck("kort"),
        "ab-1",
        &YOUTH,
        &[("r3", 5)],
        "2026-09-01T10:00:00Z",
    );
    let mentor = sorted(
        &deck("mentor-kort"),
        "ab-1",
        &MENTOR,
        "2026-09-01T10:00:00Z",
    );
    let all = vec![youth, mentor];
    let round = &rounds_of(&crate::ab(), &all)[0];
    let b = board(round, None);
    let l = layout(round, &b, Whose::Youth).unwrap();
    let ids = |cards: &[jas_cards::core::layout::LaidCard]| {
        cards.iter().map(|c| c.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&l.piles[0]), ["d4"]);
    assert!(l.piles[1].is_empty(), "r3 left pile 2 in the review");
    assert_eq!(ids(&l.piles[2]), ["a1"]);
    assert_eq!(ids(&l.piles[3]), ["r2", "d1", "a2"]);
    assert_eq!(
        ids(&l.piles[4]),
        ["r1", "a3", "r3"],
        "in the order put there"
    );
    assert_eq!(ids(&l.skipped), ["d2"]);
    assert_eq!(l.cards().count(), 9, "every card once");
    assert_eq!(l.tallest(), 3);
    let (pile, a3) = l.find("a3").unwrap();
    assert_eq!((pile, a3.other), (Some(5), Some(Placement::Pile(1))));
    assert!(a3.far, "5 against 1");
    let (_, r3) = l.find("r3").unwrap();
    assert!(!r3.far, "moved to 5, where the mentor put it too");
    assert_eq!(r3.other, Some(Placement::Pile(5)));
    let far: Vec<&str> = l.cards().filter(|c| c.far).map(|c| c.id.as_str()).collect();
    assert_eq!(far, ["d4", "a3"]);
    assert_eq!(l.find("d2").unwrap().0, None, "skipped");

    let m = layout(round, &b, Whose::Mentor).unwrap();
    assert_eq!(ids(&m.piles[0]), ["a3"]);
    assert_eq!(ids(&m.piles[3]), ["r2", "d1", "d2", "d4", "a1", "a2"]);
    assert_eq!(ids(&m.piles[4]), ["r1", "r3"]);
    assert!(m.skipped.is_empty());
    assert_eq!(m.find("d2").unwrap().1.other, Some(Placement::Skipped));
    assert_eq!(m.tallest(), 6);
}
