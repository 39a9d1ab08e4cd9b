//! The printable report (PDF) of one round: scores per part for both, the statements in the
//! suggested order with both placements and what stands out, remarks and agreements. For the
//! dossier and for supervision with the behavioural scientist. Drawn from the same [`Board`]
//! as the screen, so the numbers cannot differ.
//!
//! The report's own words (headings, labels) are here, in Dutch and English: it is a document,
//! not a screen, and it is made without the app.

use printpdf::{
    Color, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions,
    Point, Pt, Rect, Rgb, TextItem,
};

use super::board::{Board, PartRow, Section};
use super::deck::Deck;
use super::measurement::{Measurement, date_of};
use super::scoring::ScaleScore;
use super::sort::Placement;

const FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
const FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Bold.ttf");

const PAGE_W: f32 = 595.0; // A4 in points
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 48.0;

struct Words {
    title: &'static str,
    youth: &'static str,
    mentor: &'static str,
    moment: &'static str,
    date: &'static str,
    deck: &'static str,
    scores: &'static str,
    part: &'static str,
    difference: &'static str,
    change: &'static str,
    total: &'static str,
    not_scorable: &'static str,
    statements: &'static str,
    agree: &'static str,
    differ: &'static str,
    skipped: &'static str,
    skip: &'static str,
    ask_further: &'static str,
    worth_discussing: &'static str,
    remark: &'static str,
    agreements: &'static str,
    none: &'static str,
    by: &'static str,
    questions: &'static str,
    note: &'static str,
    moments: [&'static str; 3],
}

const NL: Words = Words {
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
    note: "Geen oordeel over de mentor: een startpunt voor het gesprek en de supervisie.",
    moments: ["Begin", "Tussenevaluatie", "Extra"],
};

const EN: Words = Words {
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
    note: "Not a judgement of the mentor: a starting point for the talk and supervision.",
    moments: ["Start", "Mid-evaluation", "Extra"],
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

fn words(lang: &str) -> &'static Words {
    if lang == "en" { &EN } else { &NL }
}

struct Writer {
    pages: Vec<Vec<Op>>,
    y: f32,
    regular: PdfFontHandle,
    bold: PdfFontHandle,
}

impl Writer {
    fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("a page")
    }

    fn need(&mut self, height: f32) {
        if self.y - height < MARGIN {
            self.pages.push(Vec::new());
            self.y = PAGE_H - MARGIN;
        }
    }

    fn text_at(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
        let font = if bold {
            self.bold.clone()
        } else {
            self.regular.clone()
        };
        let ops = self.ops();
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFillColor {
            col: rgb(0.1, 0.1, 0.12),
        });
        ops.push(Op::SetFont {
            font,
            size: Pt(size),
        });
        ops.push(Op::SetTextCursor {
            pos: Point { x: Pt(x), y: Pt(y) },
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.to_string())],
        });
        ops.push(Op::EndTextSection);
    }

    /// A paragraph at `x`, wrapped to `width` points, moving down the page.
    fn para(&mut self, x: f32, width: f32, size: f32, bold: bool, text: &str) {
        // Atkinson Hyperlegible averages about half an em per character.
        let per_line = ((width / (size * 0.52)) as usize).max(10);
        for line in wrap(text, per_line) {
            self.need(size * 1.4);
            self.y -= size * 1.3;
            self.text_at(x, self.y, size, bold, &line);
        }
    }

    fn gap(&mut self, h: f32) {
        self.y -= h;
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, col: Color) {
        let mut rectangle = Rect::from_xywh(Pt(x), Pt(y), Pt(w), Pt(h));
        rectangle.mode = Some(PaintMode::Fill);
        let ops = self.ops();
        ops.push(Op::SetFillColor { col });
        ops.push(Op::DrawRectangle { rectangle });
    }
}

fn rgb(r: f32, g: f32, b: f32) -> Color {
    Color::Rgb(Rgb::new(r, g, b, None))
}

/// Splits text into lines of at most `n` characters, at spaces.
fn wrap(text: &str, n: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > n {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn placement_text(p: Option<Placement>, deck: Option<&Deck>, lang: &str) -> String {
    match p {
        None => "-".into(),
        Some(Placement::Skipped) => words(lang).skip.into(),
        Some(Placement::Pile(n)) => {
            let label = deck
                .and_then(|d| d.piles.get(usize::from(n - 1)))
                .map(|t| t.get(lang, "nl").to_string())
                .unwrap_or_default();
            format!("{n} {label}")
        }
    }
}

/// What the report needs besides the board.
pub struct ReportInput<'a> {
    pub board: &'a Board,
    pub youth: &'a Measurement,
    pub mentor: Option<&'a Measurement>,
    /// The youth's deck, for the statements' words and the pile labels.
    pub deck: Option<&'a Deck>,
    pub lang: &'a str,
}

/// The report as PDF bytes.
pub fn pdf(input: &ReportInput) -> Vec<u8> {
    let w = words(input.lang);
    let lang = input.lang;
    let mut doc = PdfDocument::new(w.title);
    let mut warnings = Vec::new();
    let regular = ParsedFont::from_bytes(FONT_REGULAR, 0, &mut warnings).expect("built-in font");
    let bold = ParsedFont::from_bytes(FONT_BOLD, 0, &mut warnings).expect("built-in font");
    let mut out = Writer {
        pages: vec![Vec::new()],
        y: PAGE_H - MARGIN,
        regular: PdfFontHandle::External(doc.add_font(&regular)),
        bold: PdfFontHandle::External(doc.add_font(&bold)),
    };
    let text_w = PAGE_W - 2.0 * MARGIN;
    let y = input.youth;
    out.para(MARGIN, text_w, 20.0, true, w.title);
    out.gap(4.0);
    let deck_title = input
        .deck
        .map(|d| d.title.get(lang, d.main_language()).to_string())
        .unwrap_or_else(|| y.deck.id.clone());
    for (label, value) in [
        (w.youth, y.youth.clone()),
        (w.moment, w.moments[y.moment as usize].to_string()),
        (
            w.date,
            date_of(y.finished_at().unwrap_or(&y.started)).to_string(),
        ),
        (
            w.deck,
            format!("{deck_title} ({} {})", y.deck.id, y.deck.version),
        ),
    ] {
        out.para(MARGIN, text_w, 11.0, false, &format!("{label}: {value}"));
    }
    out.para(MARGIN, text_w, 9.0, false, w.note);

    // Scores
    out.gap(10.0);
    out.para(MARGIN, text_w, 14.0, true, w.scores);
    let cols = [
        MARGIN,
        MARGIN + 110.0,
        MARGIN + 230.0,
        MARGIN + 350.0,
        MARGIN + 420.0,
    ];
    out.need(20.0);
    out.y -= 16.0;
    let head_y = out.y;
    for (x, t) in cols
        .iter()
        .zip([w.part, w.youth, w.mentor, w.difference, w.change])
    {
        out.text_at(*x, head_y, 10.0, true, t);
    }
    let part_label = |id: &str| {
        input
            .deck
            .and_then(|d| d.part(id))
            .map(|p| p.label.get(lang, "nl").to_string())
            .unwrap_or_else(|| {
                if id == "total" {
                    w.total.to_string()
                } else {
                    id.to_string()
                }
            })
    };
    let rows: Vec<&PartRow> = input
        .board
        .parts
        .iter()
        .chain([&input.board.total])
        .collect();
    for row in rows {
        out.need(34.0);
        out.y -= 15.0;
        let ry = out.y;
        out.text_at(cols[0], ry, 10.0, row.id == "total", &part_label(&row.id));
        out.text_at(cols[1], ry, 10.0, false, &scale_text(&row.youth, lang));
        let mentor = row
            .mentor
            .as_ref()
            .map(|m| scale_text(m, lang))
            .unwrap_or("-".into());
        out.text_at(cols[2], ry, 10.0, false, &mentor);
        let diff = row.difference.as_ref().and_then(|d| d.difference);
        let flag = if row.difference.as_ref().is_some_and(|d| d.worth_discussing) {
            " !"
        } else {
            ""
        };
        out.text_at(
            cols[3],
            ry,
            10.0,
            false,
            &format!("{}{flag}", signed(diff, lang)),
        );
        out.text_at(cols[4], ry, 10.0, false, &signed(row.youth_change, lang));
        // Two bars on the 1-5 scale: youth above, mentor below.
        let bar = |m: Option<f64>| m.map(|m| ((m - 1.0) / 4.0) as f32 * 200.0);
        out.y -= 10.0;
        if let Some(len) = bar(row.youth.mean) {
            out.rect(cols[1], out.y, len.max(1.0), 4.0, rgb(0.25, 0.36, 0.62));
        }
        if let Some(len) = bar(row.mentor.as_ref().and_then(|m| m.mean)) {
            out.rect(
                cols[1],
                out.y - 5.0,
                len.max(1.0),
                4.0,
                rgb(0.85, 0.55, 0.25),
            );
        }
        out.y -= 6.0;
    }

    // Statements in talk order
    out.gap(12.0);
    out.para(MARGIN, text_w, 14.0, true, w.statements);
    let mut section = None;
    for row in &input.board.rows {
        if section != Some(row.section) {
            section = Some(row.section);
            out.gap(6.0);
            let title = match row.section {
                Section::Agree => w.agree,
                Section::Differ => w.differ,
                Section::Skipped => w.skipped,
            };
            out.para(MARGIN, text_w, 12.0, true, title);
        }
        let text = input
            .deck
            .and_then(|d| d.statement(&row.id))
            .map(|s| s.text.get(lang, "nl").to_string())
            .unwrap_or_else(|| row.id.clone());
        let mut marks = Vec::new();
        if row.worth_discussing {
            marks.push(w.worth_discussing);
        }
        if row.ask_further {
            marks.push(w.ask_further);
        }
        let marks = if marks.is_empty() {
            String::new()
        } else {
            format!("  [{}]", marks.join(", "))
        };
        out.gap(3.0);
        out.para(
            MARGIN,
            text_w,
            10.5,
            true,
            &format!("{} ({}){marks}", text, part_label(&row.part)),
        );
        out.para(
            MARGIN + 12.0,
            text_w - 12.0,
            10.0,
            false,
            &format!(
                "{}: {}  ·  {}: {}",
                w.youth,
                placement_text(row.youth, input.deck, lang),
                w.mentor,
                placement_text(row.mentor, input.deck, lang)
            ),
        );
        for (who, remark) in [(w.youth, &row.youth_remark), (w.mentor, &row.mentor_remark)] {
            if let Some(r) = remark {
                out.para(
                    MARGIN + 12.0,
                    text_w - 12.0,
                    10.0,
                    false,
                    &format!("{} ({who}): \"{r}\"", w.remark),
                );
            }
        }
        let worth_asking =
            row.worth_discussing || row.ask_further || row.section == Section::Skipped;
        if worth_asking && let Some(s) = input.deck.and_then(|d| d.statement(&row.id)) {
            let qs: Vec<&str> = s.questions.iter().map(|q| q.get(lang, "nl")).collect();
            out.para(
                MARGIN + 12.0,
                text_w - 12.0,
                9.5,
                false,
                &format!("{}: {}", w.questions, qs.join("  ")),
            );
        }
    }

    // Agreements
    out.gap(12.0);
    out.para(MARGIN, text_w, 14.0, true, w.agreements);
    if y.agreements.is_empty() {
        out.para(MARGIN, text_w, 10.5, false, w.none);
    }
    for a in &y.agreements {
        let by = if a.by_when.trim().is_empty() {
            String::new()
        } else {
            format!(" ({} {})", w.by, a.by_when)
        };
        out.para(
            MARGIN,
            text_w,
            10.5,
            false,
            &format!("- {}: {}{by}", a.who, a.what),
        );
    }

    let pages = out
        .pages
        .into_iter()
        .map(|ops| PdfPage::new(Mm::from(Pt(PAGE_W)), Mm::from(Pt(PAGE_H)), ops))
        .collect();
    let options = PdfSaveOptions {
        subset_fonts: true,
        ..Default::default()
    };
    doc.with_pages(pages).save(&options, &mut Vec::new())
}
