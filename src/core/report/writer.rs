//! A small page writer over pdf-writer: text, wrapped paragraphs and filled boxes on A4 pages,
//! with a new page whenever the next line would run into the margin.
//!
//! The text is in the app's own font, embedded whole and compressed (about 30 KB each): cutting
//! them down to the glyphs used would need a font subsetter, which costs more build time than
//! it saves bytes in a document of this kind (docs/build.md). The glyphs are addressed by
//! their numbers in the font (Identity-H), each with its Unicode character (ToUnicode), so a
//! reader can search, copy and read the text aloud; the document states its language.

use std::collections::BTreeMap;

use std::io::Write;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, GlyphId, MetadataProvider};

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
}

impl Font {
    fn new(data: &'static [u8], name: &'static [u8], key: &'static [u8], stem_v: f32) -> Font {
        Font {
            data,
            name,
            key,
            stem_v,
            used: BTreeMap::new(),
        }
    }

    fn face(&self) -> FontRef<'static> {
        FontRef::new(self.data).expect("the built-in font")
    }

    /// The text as the font's glyph numbers, two bytes each (Identity-H). A letter the font
    /// lacks is written as its base letter and combining marks when the font has those: the
    /// font has no İ, which opens many Turkish names, but has I and the combining dot above.
    /// Without text shaping the dot sits at a small letter's height, inside the I, so the page
    /// shows "Ilayda" where it showed an empty box, and copying or searching gives "İlayda".
    /// Anything else the font lacks shows as its empty box (glyph 0) rather than disappearing.
    fn encode(&mut self, text: &str) -> Vec<u8> {
        use unicode_normalization::char::decompose_canonical;
        let map = self.face().charmap();
        let mut bytes = Vec::with_capacity(text.len() * 2);
        let mut put = |glyph: u16, c: char| {
            self.used.entry(glyph).or_insert(c);
            bytes.extend_from_slice(&glyph.to_be_bytes());
        };
        for c in text.chars() {
            if let Some(g) = map.map(c) {
                put(g.to_u32() as u16, c);
                continue;
            }
            let mut parts = Vec::new();
            decompose_canonical(c, |p| parts.push(p));
            let glyphs: Option<Vec<u16>> = parts
                .iter()
                .map(|&p| map.map(p).map(|g| g.to_u32() as u16))
                .collect();
            match glyphs {
                Some(glyphs) if parts.len() > 1 => {
                    for (g, p) in glyphs.into_iter().zip(parts) {
                        put(g, p);
                    }
                }
                _ => put(0, c),
            }
        }
        bytes
    }

    /// Writes the font's objects (reserving their numbers from `next`); the page resources
    /// refer to the returned one.
    fn embed(&self, pdf: &mut Pdf, next: &mut Ref) -> Ref {
        let [type0, cid, descriptor, file, cmap] = [(); 5].map(|_| next.bump());
        let face = self.face();
        let metrics = face.metrics(Size::unscaled(), LocationRef::default());
        let advances = face.glyph_metrics(Size::unscaled(), LocationRef::default());
        // PDF measures glyphs in thousandths of the font size.
        let scale = 1000.0 / f32::from(metrics.units_per_em);
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
}

impl Writer {
    pub(super) fn new() -> Writer {
        Writer {
            pages: vec![Content::new()],
            y: PAGE_H - MARGIN,
            regular: Font::new(FONT_REGULAR, b"AtkinsonHyperlegible-Regular", b"F1", 80.0),
            bold: Font::new(FONT_BOLD, b"AtkinsonHyperlegible-Bold", b"F2", 140.0),
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
        let (key, glyphs) = (font.key, font.encode(text));
        let page = self.page();
        page.begin_text();
        page.set_fill_rgb(0.1, 0.1, 0.12);
        page.set_font(Name(key), size);
        page.next_line(x, y);
        page.show(Str(&glyphs));
        page.end_text();
    }

    /// A paragraph at `x`, wrapped to `width` points, moving down the page.
    pub(super) fn para(&mut self, x: f32, width: f32, size: f32, bold: bool, text: &str) {
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
        let page = self.page();
        page.set_fill_rgb(r, g, b);
        page.rect(x, y, w, h);
        page.fill_nonzero();
    }

    /// The document's bytes: every page written so far, titled `title`, in language `lang`.
    pub(super) fn finish(self, title: &str, lang: &str) -> Vec<u8> {
        let mut pdf = Pdf::new();
        let mut next = Ref::new(1);
        let [catalog, tree, info] = [(); 3].map(|_| next.bump());
        pdf.catalog(catalog).pages(tree).lang(TextStr(lang));
        pdf.document_info(info).title(TextStr(title));
        let fonts = [&self.regular, &self.bold].map(|f| (f.key, f.embed(&mut pdf, &mut next)));
        let pages: Vec<(Ref, Ref, Content)> = self
            .pages
            .into_iter()
            .map(|content| (next.bump(), next.bump(), content))
            .collect();
        pdf.pages(tree)
            .kids(pages.iter().map(|(page, ..)| *page))
            .count(pages.len() as i32);
        for (id, contents, content) in pages {
            let mut page = pdf.page(id);
            page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
                .parent(tree)
                .contents(contents);
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
