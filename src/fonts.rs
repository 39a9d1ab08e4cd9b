//! The font, built into the binary once: the app draws with it and the PDF report embeds it.
//! Atkinson Hyperlegible (SIL OFL, `assets/fonts/OFL.txt`) was made for low-vision readers and
//! has the Dutch diacritics (é, ë, ï) that Bevy's own font lacks.

pub const FONT_REGULAR: &[u8] = include_bytes!("../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
pub const FONT_BOLD: &[u8] = include_bytes!("../assets/fonts/AtkinsonHyperlegible-Bold.ttf");
