//! A small page writer over printpdf: text, wrapped paragraphs and filled boxes, with a new
//! A4 page whenever the next line would run into the margin.

use printpdf::{Color, Op, PaintMode, PdfFontHandle, Point, Pt, Rect, Rgb, TextItem};

pub(super) const PAGE_W: f32 = 595.0; // A4 in points
pub(super) const PAGE_H: f32 = 842.0;
pub(super) const MARGIN: f32 = 48.0;

pub(super) struct Writer {
    pub(super) pages: Vec<Vec<Op>>,
    pub(super) y: f32,
    pub(super) regular: PdfFontHandle,
    pub(super) bold: PdfFontHandle,
}

impl Writer {
    fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("a page")
    }

    pub(super) fn need(&mut self, height: f32) {
        if self.y - height < MARGIN {
            self.pages.push(Vec::new());
            self.y = PAGE_H - MARGIN;
        }
    }

    pub(super) fn text_at(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
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

    pub(super) fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, col: Color) {
        let mut rectangle = Rect::from_xywh(Pt(x), Pt(y), Pt(w), Pt(h));
        rectangle.mode = Some(PaintMode::Fill);
        let ops = self.ops();
        ops.push(Op::SetFillColor { col });
        ops.push(Op::DrawRectangle { rectangle });
    }
}

pub(super) fn rgb(r: f32, g: f32, b: f32) -> Color {
    Color::Rgb(Rgb::new(r, g, b, None))
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
