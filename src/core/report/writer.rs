//! A small page writer over pdf-writer: text, wrapped paragraphs and filled boxes on A4 pages,
//! with a new page whenever the next line would run into the margin.
//!
//! The text is shaped and set in the app's own font (`font`); the structure a screen reader
//! follows is kept beside the pages (`tags`). The document states its language.

use pdf_writer::types::{StructRole, TableHeaderScope};
use pdf_writer::writers::PositionedItems;
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::font::{Font, deflate};
use super::tags::Tags;
use crate::fonts::{FONT_BOLD, FONT_REGULAR};

pub(super) const PAGE_W: f32 = 595.0; // A4 in points
pub(super) const PAGE_H: f32 = 842.0;
pub(super) const MARGIN: f32 = 48.0;

/// A fill colour, red, green and blue from 0 to 1.
#[derive(Clone, Copy)]
pub(super) struct Rgb(f32, f32, f32);

pub(super) fn rgb(r: f32, g: f32, b: f32) -> Rgb {
    Rgb(r, g, b)
}

pub(super) struct Writer {
    pages: Vec<Content>,
    pub(super) y: f32,
    regular: Font,
    bold: Font,
    tags: Tags,
}

impl Writer {
    pub(super) fn new() -> Writer {
        Writer {
            pages: vec![Content::new()],
            y: PAGE_H - MARGIN,
            regular: Font::new(FONT_REGULAR, b"AtkinsonHyperlegible-Regular", b"F1", 80.0),
            bold: Font::new(FONT_BOLD, b"AtkinsonHyperlegible-Bold", b"F2", 140.0),
            tags: Tags::default(),
        }
    }

    fn page(&mut self) -> &mut Content {
        self.pages.last_mut().expect("a page")
    }

    pub(super) fn need(&mut self, height: f32) {
        if self.y - height < MARGIN {
            self.pages.push(Content::new());
            self.y = PAGE_H - MARGIN;
        }
    }

    pub(super) fn text_at(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
        let font = if bold {
            &mut self.bold
        } else {
            &mut self.regular
        };
        let (key, glyphs) = (font.key, font.shape(text));
        // Text outside any element is a paragraph of its own.
        let own = !self.tags.is_open();
        if own {
            self.tags.begin(StructRole::P);
        }
        let mcid = self.tags.text(self.pages.len() - 1);
        // A letter drawn as its empty box gives no character back: the run then says its
        // words itself (ActualText), so a screen reader and a copy still have the name.
        let lacking = glyphs.iter().any(|g| g.glyph == 0);
        let page = self.page();
        let mut marked = page.begin_marked_content_with_properties(Name(b"Span"));
        let mut properties = marked.properties();
        properties.identify(mcid);
        if lacking {
            properties.actual_text(TextStr(text));
        }
        drop(properties);
        drop(marked);
        page.begin_text();
        page.set_fill_rgb(0.1, 0.1, 0.12);
        page.set_font(Name(key), size);
        page.next_line(x, y);
        // Runs of glyphs on the line go out as one positioned string each; a glyph raised or
        // lowered (a mark) as a run of its own, with the text rise (in points) set around it.
        for run in glyphs.chunk_by(|a, b| a.dy == b.dy) {
            let rise = run[0].dy / 1000.0 * size;
            if rise != 0.0 {
                page.set_rise(rise);
            }
            let mut shown = page.show_positioned();
            let mut items = shown.items();
            // Glyphs that follow one another at their own widths go out as one string.
            let mut string: Vec<u8> = Vec::new();
            let flush = |items: &mut PositionedItems, string: &mut Vec<u8>| {
                if !string.is_empty() {
                    items.show(Str(string));
                    string.clear();
                }
            };
            for g in run {
                // An adjustment moves the pen back (left), in thousandths of the font size.
                if g.dx != 0.0 {
                    flush(&mut items, &mut string);
                    items.adjust(-g.dx);
                }
                string.extend(g.glyph.to_be_bytes());
                if g.extra != g.dx {
                    flush(&mut items, &mut string);
                    items.adjust(g.dx - g.extra);
                }
            }
            flush(&mut items, &mut string);
            drop(items);
            drop(shown);
            if rise != 0.0 {
                page.set_rise(0.0);
            }
        }
        page.end_text();
        page.end_marked_content();
        if own {
            self.tags.end();
        }
    }

    /// Begins a structure element: the text written until its `end` belongs to it (a table,
    /// its rows and cells).
    pub(super) fn begin(&mut self, role: StructRole) {
        self.tags.begin(role);
    }

    pub(super) fn end(&mut self) {
        self.tags.end();
    }

    /// Begins a structure element that a screen reader reads as `says`, in place of the text
    /// written until its `end`.
    pub(super) fn begin_saying(&mut self, role: StructRole, says: String) {
        self.tags.begin_saying(role, says);
    }

    /// One table cell holding one line of text: a data cell, or a header cell heading its
    /// row or its column.
    pub(super) fn cell(
        &mut self,
        header: Option<TableHeaderScope>,
        at: [f32; 2],
        size: f32,
        bold: bool,
        text: &str,
    ) {
        match header {
            Some(scope) => self.tags.begin_header(scope),
            None => self.tags.begin(StructRole::TD),
        }
        self.text_at(at[0], at[1], size, bold, text);
        self.end();
    }

    /// A heading of `level` (1 the document's title, 2 a section, 3 a part of one) at the left
    /// margin, wrapped to `width` points.
    pub(super) fn heading(&mut self, level: u8, width: f32, size: f32, text: &str) {
        self.begin(match level {
            1 => StructRole::H1,
            2 => StructRole::H2,
            _ => StructRole::H3,
        });
        self.lines(MARGIN, width, size, true, text);
        self.end();
    }

    /// A paragraph at `x`, wrapped to `width` points, moving down the page.
    pub(super) fn para(&mut self, x: f32, width: f32, size: f32, bold: bool, text: &str) {
        self.begin(StructRole::P);
        self.lines(x, width, size, bold, text);
        self.end();
    }

    fn lines(&mut self, x: f32, width: f32, size: f32, bold: bool, text: &str) {
        // Atkinson Hyperlegible averages about half an em per character.
        let per_line = ((width / (size * 0.52)) as usize).max(10);
        for line in wrap(text, per_line) {
            self.need(size * 1.4);
            self.y -= size * 1.3;
            self.text_at(x, self.y, size, bold, &line);
        }
    }

    pub(super) fn gap(&mut self, h: f32) {
        self.y -= h;
    }

    pub(super) fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, Rgb(r, g, b): Rgb) {
        // A box only colours what its text says: a screen reader skips it.
        let page = self.page();
        page.begin_marked_content(Name(b"Artifact"));
        page.set_fill_rgb(r, g, b);
        page.rect(x, y, w, h);
        page.fill_nonzero();
        page.end_marked_content();
    }

    /// The document's bytes: every page written so far, titled `title`, in language `lang`.
    pub(super) fn finish(self, title: &str, lang: &str) -> Vec<u8> {
        let mut pdf = Pdf::new();
        let mut next = Ref::new(1);
        let [catalog, tree, info] = [(); 3].map(|_| next.bump());
        pdf.document_info(info).title(TextStr(title));
        let fonts = [&self.regular, &self.bold].map(|f| (f.key, f.embed(&mut pdf, &mut next)));
        let pages: Vec<(Ref, Ref, Content)> = self
            .pages
            .into_iter()
            .map(|content| (next.bump(), next.bump(), content))
            .collect();
        let page_refs: Vec<Ref> = pages.iter().map(|(page, ..)| *page).collect();
        let structure = self.tags.write(&mut pdf, &mut next, &page_refs);
        // A tagged document, titled by its title (not its file name) in a reader's window.
        let mut cat = pdf.catalog(catalog);
        cat.pages(tree).lang(TextStr(lang));
        cat.pair(Name(b"StructTreeRoot"), structure);
        cat.mark_info().marked(true);
        cat.viewer_preferences().display_doc_title(true);
        cat.finish();
        pdf.pages(tree)
            .kids(page_refs.iter().copied())
            .count(pages.len() as i32);
        for (key, (id, contents, content)) in pages.into_iter().enumerate() {
            let mut page = pdf.page(id);
            page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
                .parent(tree)
                .contents(contents)
                .struct_parents(key as i32);
            let mut resources = page.resources();
            let mut names = resources.fonts();
            for (key, font) in fonts {
                names.pair(Name(key), font);
            }
            names.finish();
            resources.finish();
            page.finish();
            pdf.stream(contents, &deflate(&content.finish()))
                .filter(Filter::FlateDecode);
        }
        pdf.finish()
    }
}

/// Splits text into lines of at most `n` characters, at spaces.
pub(super) fn wrap(text: &str, n: usize) -> Vec<String> {
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
