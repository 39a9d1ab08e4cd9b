//! A small page writer over pdf-writer: text, wrapped paragraphs and filled boxes on A4 pages,
//! with a new page whenever the next line would run into the margin.
//!
//! The text is shaped (harfrust: kerning, marks on their letters) and set in the app's own
//! font, embedded whole and compressed (about 30 KB each): cutting them down to the glyphs
//! used would need a font subsetter, which costs more build time than it saves bytes in a
//! document of this kind (docs/build.md). The glyphs are addressed by
//! their numbers in the font (Identity-H), each with its Unicode character (ToUnicode), so a
//! reader can search, copy and read the text aloud; the document states its language.

use std::collections::BTreeMap;

use std::io::Write;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use pdf_writer::types::{
    CidFontType, FontFlags, StructRole, SystemInfo, TableHeaderScope, UnicodeCmap,
};
use pdf_writer::writers::PositionedItems;
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, GlyphId, MetadataProvider};

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

/// One of the two built-in fonts, with the glyphs the document has used so far.
struct Font {
    data: &'static [u8],
    /// The PostScript name the PDF gives it.
    name: &'static [u8],
    /// The resource name the pages use for it.
    key: &'static [u8],
    /// The thickness of its vertical strokes, which a reader uses when it must stand in a
    /// font of its own (an estimate: PDF fonts rarely state it exactly).
    stem_v: f32,
    used: BTreeMap<u16, char>,
    /// The shaper's tables of the font, read once.
    shaper: harfrust::ShaperData,
    /// Thousandths of the font size per font unit.
    scale: f32,
}

/// A shaped glyph, its distances in thousandths of the font size: `extra` is how much further
/// than its own width the pen moves after it (kerning; a mark's minus its width), `dx` and `dy`
/// how far it is drawn from the pen (a mark on its letter).
struct Placed {
    glyph: u16,
    extra: f32,
    dx: f32,
    dy: f32,
}

impl Font {
    fn new(data: &'static [u8], name: &'static [u8], key: &'static [u8], stem_v: f32) -> Font {
        let face = FontRef::new(data).expect("the built-in font");
        let upem = face
            .metrics(Size::unscaled(), LocationRef::default())
            .units_per_em;
        Font {
            data,
            name,
            key,
            stem_v,
            used: BTreeMap::new(),
            shaper: harfrust::ShaperData::new(&face),
            scale: 1000.0 / f32::from(upem),
        }
    }

    fn face(&self) -> FontRef<'static> {
        FontRef::new(self.data).expect("the built-in font")
    }

    /// The text shaped into the font's glyphs (harfrust: its kerning, and its marks placed on
    /// their letters). A letter the font lacks is first written as its base letter and
    /// combining marks when the font has those: the font has no İ, which opens many Turkish
    /// names, but has I and the combining dot above, which shaping puts above the capital.
    /// The shaper would decompose it too, but then both glyphs come from the one İ and the I
    /// glyph would be given back as İ wherever it is used; decomposed here, each glyph has its
    /// own character, and copying or searching gives "İlayda". Anything else the font lacks
    /// shows as its empty box (glyph 0) rather than disappearing.
    fn shape(&mut self, text: &str) -> Vec<Placed> {
        use unicode_normalization::char::decompose_canonical;
        let face = self.face();
        let map = face.charmap();
        let mut prepared = String::with_capacity(text.len());
        for c in text.chars() {
            let mut parts = Vec::new();
            if map.map(c).is_none() {
                decompose_canonical(c, |p| parts.push(p));
            }
            if parts.len() > 1 && parts.iter().all(|&p| map.map(p).is_some()) {
                prepared.extend(parts);
            } else {
                prepared.push(c);
            }
        }
        let mut buffer = harfrust::UnicodeBuffer::new();
        // Each character its own cluster, so each glyph can be given back its own character.
        buffer.set_cluster_level(harfrust::BufferClusterLevel::Characters);
        buffer.push_str(&prepared);
        // Left to right, whatever script a name begins with: the font has no right-to-left
        // script, and a line turned around would show what follows the name backwards.
        buffer.set_direction(harfrust::Direction::LeftToRight);
        buffer.guess_segment_properties();
        let shaped = self
            .shaper
            .shaper(&face)
            .build()
            .shape(buffer, harfrust::ShapeOptions::new());
        let advances = face.glyph_metrics(Size::unscaled(), LocationRef::default());
        let scale = self.scale;
        let mut placed = Vec::with_capacity(shaped.len());
        for (info, pos) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
            let glyph = u16::try_from(info.glyph_id).unwrap_or(0);
            let c = prepared
                .get(info.cluster as usize..)
                .and_then(|rest| rest.chars().next())
                .unwrap_or('\u{FFFD}');
            self.used.entry(glyph).or_insert(c);
            let width = advances
                .advance_width(GlyphId::new(u32::from(glyph)))
                .unwrap_or(0.0);
            placed.push(Placed {
                glyph,
                extra: (pos.x_advance as f32 - width) * scale,
                dx: pos.x_offset as f32 * scale,
                dy: pos.y_offset as f32 * scale,
            });
        }
        placed
    }

    /// Writes the font's objects (reserving their numbers from `next`); the page resources
    /// refer to the returned one.
    fn embed(&self, pdf: &mut Pdf, next: &mut Ref) -> Ref {
        let [type0, cid, descriptor, file, cmap] = [(); 5].map(|_| next.bump());
        let face = self.face();
        let metrics = face.metrics(Size::unscaled(), LocationRef::default());
        let advances = face.glyph_metrics(Size::unscaled(), LocationRef::default());
        // PDF measures glyphs in thousandths of the font size.
        let scale = self.scale;
        let name = Name(self.name);
        let info = SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"Identity"),
            supplement: 0,
        };

        pdf.type0_font(type0)
            .base_font(name)
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);

        let mut font = pdf.cid_font(cid);
        font.subtype(CidFontType::Type2)
            .base_font(name)
            .system_info(info)
            .font_descriptor(descriptor)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        let mut widths = font.widths();
        for &glyph in self.used.keys() {
            let advance = advances
                .advance_width(GlyphId::new(u32::from(glyph)))
                .unwrap_or(0.0);
            widths.consecutive(glyph, [advance * scale]);
        }
        widths.finish();
        font.finish();

        let bounds = metrics.bounds.unwrap_or_default();
        pdf.font_descriptor(descriptor)
            .name(name)
            // Addressed by glyph number, not through a standard encoding.
            .flags(FontFlags::SYMBOLIC)
            .bbox(Rect::new(
                bounds.x_min * scale,
                bounds.y_min * scale,
                bounds.x_max * scale,
                bounds.y_max * scale,
            ))
            .italic_angle(metrics.italic_angle)
            .ascent(metrics.ascent * scale)
            .descent(metrics.descent * scale)
            .cap_height(metrics.cap_height.unwrap_or(metrics.ascent) * scale)
            .stem_v(self.stem_v)
            .font_file2(file);
        // A TrueType font program states its own length (Length1).
        pdf.stream(file, &deflate(self.data))
            .filter(Filter::FlateDecode)
            .pair(Name(b"Length1"), self.data.len() as i32);

        let mut unicode = UnicodeCmap::new(Name(b"Custom"), info);
        // Glyph 0 stands for every character the font lacks: it has no one character.
        for (&glyph, &c) in self.used.iter().filter(|(g, _)| **g != 0) {
            unicode.pair(glyph, c);
        }
        pdf.cmap(cmap, &unicode.finish());
        type0
    }
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

/// A stream's bytes compressed as FlateDecode reads them.
fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut z = ZlibEncoder::new(Vec::new(), Compression::default());
    z.write_all(bytes).expect("writing to memory");
    z.finish().expect("writing to memory")
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
