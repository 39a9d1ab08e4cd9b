//! The two built-in fonts of the PDF reports: text shaped into their glyphs (harfrust: the
//! font's kerning, marks on their letters), and each font embedded whole and compressed
//! (about 30 KB each). Cutting them down to the glyphs used would need a font subsetter, which
//! costs more build time than it saves bytes in a document of this kind (docs/build.md). The
//! glyphs are addressed by their numbers in the font (Identity-H), each with its Unicode
//! character (ToUnicode), so a reader can search, copy and read the text aloud.

use std::collections::BTreeMap;
use std::io::Write;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, Str};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, GlyphId, MetadataProvider};

/// One of the two built-in fonts, with the glyphs the document has used so far.
pub(super) struct Font {
    data: &'static [u8],
    /// The PostScript name the PDF gives it.
    name: &'static [u8],
    /// The resource name the pages use for it.
    pub(super) key: &'static [u8],
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
pub(super) struct Placed {
    pub(super) glyph: u16,
    pub(super) extra: f32,
    pub(super) dx: f32,
    pub(super) dy: f32,
}

impl Font {
    pub(super) fn new(
        data: &'static [u8],
        name: &'static [u8],
        key: &'static [u8],
        stem_v: f32,
    ) -> Font {
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
    pub(super) fn shape(&mut self, text: &str) -> Vec<Placed> {
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
    pub(super) fn embed(&self, pdf: &mut Pdf, next: &mut Ref) -> Ref {
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

/// A stream's bytes compressed as FlateDecode reads them.
pub(super) fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut z = ZlibEncoder::new(Vec::new(), Compression::default());
    z.write_all(bytes).expect("writing to memory");
    z.finish().expect("writing to memory")
}
