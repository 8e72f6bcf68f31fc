//! The bundled fonts, their metrics and simple line breaking. DejaVu (see
//! `fonts/LICENSE-DejaVu.txt`) sets the card's own words and every Latin, Greek and Cyrillic
//! name; Noto fonts (`fonts/LICENSE-Noto.txt`) draw the scripts DejaVu cannot, chosen per
//! character by [`super::fallback`] and shaped by [`super::shape`]. Every backend places the
//! glyphs a line is shaped into, so a layout measured here looks the same in SVG, PNG and PDF.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, GlyphId};
use unicode_segmentation::UnicodeSegmentation;

use super::shape;
use crate::error::{Error, Result};

/// A typeface of the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Face {
    Regular,
    Bold,
    /// For the typed text form: every character the same width, so groups line up.
    Mono,
}

impl Face {
    #[cfg(test)]
    pub(crate) const ALL: [Face; 3] = [Face::Regular, Face::Bold, Face::Mono];

    /// The DejaVu file of this face, tried first for every character.
    pub(crate) fn file(self) -> FontFile {
        match self {
            Face::Regular => FontFile::DejaVu,
            Face::Bold => FontFile::DejaVuBold,
            Face::Mono => FontFile::DejaVuMono,
        }
    }

    /// The face's DejaVu font, parsed once per process.
    #[cfg(test)]
    pub(crate) fn font(self) -> Result<&'static FontRef<'static>> {
        self.file().font()
    }
}

/// One bundled font file. The Noto fonts are regular weight only: what they draw is the
/// holder's own words, which the card sets in the regular face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum FontFile {
    DejaVu,
    DejaVuBold,
    DejaVuMono,
    /// Noto Sans Arabic (Arabic, Persian, Urdu).
    Arabic,
    /// Noto Sans Hebrew.
    Hebrew,
    /// Noto Sans Devanagari (Hindi, Marathi, Nepali, Sanskrit).
    Devanagari,
    /// Noto Sans Thai.
    Thai,
    /// Noto Sans CJK SC, cut to the characters of GB 2312, JIS X 0208 and KS X 1001 and all
    /// Hangul syllables by `scripts/cjk-font-subset.py`.
    Cjk,
}

impl FontFile {
    pub(crate) const ALL: [FontFile; 8] = [
        FontFile::DejaVu,
        FontFile::DejaVuBold,
        FontFile::DejaVuMono,
        FontFile::Arabic,
        FontFile::Hebrew,
        FontFile::Devanagari,
        FontFile::Thai,
        FontFile::Cjk,
    ];

    pub(crate) fn data(self) -> &'static [u8] {
        match self {
            FontFile::DejaVu => include_bytes!("../../fonts/DejaVuSans.ttf"),
            FontFile::DejaVuBold => include_bytes!("../../fonts/DejaVuSans-Bold.ttf"),
            FontFile::DejaVuMono => include_bytes!("../../fonts/DejaVuSansMono.ttf"),
            FontFile::Arabic => include_bytes!("../../fonts/NotoSansArabic-Regular.ttf"),
            FontFile::Hebrew => include_bytes!("../../fonts/NotoSansHebrew-Regular.ttf"),
            FontFile::Devanagari => include_bytes!("../../fonts/NotoSansDevanagari-Regular.ttf"),
            FontFile::Thai => include_bytes!("../../fonts/NotoSansThai-Regular.ttf"),
            FontFile::Cjk => include_bytes!("../../fonts/NotoSansCJKsc-Regular-subset.otf"),
        }
    }

    pub(crate) fn postscript_name(self) -> &'static str {
        match self {
            FontFile::DejaVu => "DejaVuSans",
            FontFile::DejaVuBold => "DejaVuSans-Bold",
            FontFile::DejaVuMono => "DejaVuSansMono",
            FontFile::Arabic => "NotoSansArabic-Regular",
            FontFile::Hebrew => "NotoSansHebrew-Regular",
            FontFile::Devanagari => "NotoSansDevanagari-Regular",
            FontFile::Thai => "NotoSansThai-Regular",
            FontFile::Cjk => "NotoSansCJKsc-Regular",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// Whether the outlines are CFF (PostScript) rather than TrueType: a PDF embeds the two
    /// differently.
    pub(crate) fn is_cff(self) -> bool {
        self.data().starts_with(b"OTTO")
    }

    /// The parsed font, for outlines and metrics; parsed once per process.
    pub(crate) fn font(self) -> Result<&'static FontRef<'static>> {
        static FONTS: [OnceLock<Option<FontRef<'static>>>; 8] = [const { OnceLock::new() }; 8];
        FONTS[self.index()]
            .get_or_init(|| FontRef::try_from_slice(self.data()).ok())
            .as_ref()
            .ok_or(Error::RenderFailed)
    }

    /// The font as the shaper reads it (its substitution and positioning tables); parsed
    /// once per process.
    pub(crate) fn shaper(self) -> Result<&'static rustybuzz::Face<'static>> {
        static FACES: [OnceLock<Option<rustybuzz::Face<'static>>>; 8] =
            [const { OnceLock::new() }; 8];
        FACES[self.index()]
            .get_or_init(|| rustybuzz::Face::from_slice(self.data(), 0))
            .as_ref()
            .ok_or(Error::RenderFailed)
    }

    /// Whether the font has a glyph for `c`.
    pub(crate) fn has(self, c: char) -> bool {
        self.font().is_ok_and(|f| f.glyph_id(c) != GlyphId(0))
    }
}

/// A character's glyph, and its advance in font units.
pub(crate) fn glyph(font: &FontRef<'_>, c: char) -> (GlyphId, f32) {
    let id = font.glyph_id(c);
    (id, font.h_advance_unscaled(id))
}

/// Font units per em; DejaVu has 2048.
pub(crate) fn units_per_em(font: &FontRef<'_>) -> f32 {
    font.units_per_em().unwrap_or(2048.0)
}

/// Width of `text` in points at `size` points, as shaped.
pub(crate) fn width(face: Face, size: f32, text: &str) -> Result<f32> {
    Ok(shape::line(face, text)?.width * size)
}

/// Breaks `text` into lines no wider than `max` points, at spaces. A word longer than a
/// line (or a run of Chinese, Japanese or Thai, written without spaces) is cut between two
/// characters as a reader sees them (grapheme clusters), where it no longer fits: a vowel
/// sign or an accent is never torn from its letter.
pub(crate) fn wrap(face: Face, size: f32, text: &str, max: f32) -> Result<Vec<String>> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(face, size, &candidate)? <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut rest = word;
        while width(face, size, rest)? > max {
            let head = longest_head(face, size, rest, max)?;
            if head == 0 {
                break;
            }
            lines.push(rest[..head].to_string());
            rest = &rest[head..];
        }
        line = rest.to_string();
    }
    if !line.is_empty() {
        lines.push(line);
    }
    Ok(lines)
}

/// The byte length of the longest run of whole grapheme clusters that `text` starts with
/// and that fits in `max` points (0 if not even the first does).
fn longest_head(face: Face, size: f32, text: &str, max: f32) -> Result<usize> {
    let mut head = 0;
    for (at, cluster) in text.grapheme_indices(true) {
        let end = at + cluster.len();
        if width(face, size, &text[..end])? > max {
            break;
        }
        head = end;
    }
    Ok(head)
}

/// `text` on one line of at most `max` points, shortened with an ellipsis if it must be.
pub(crate) fn fit(face: Face, size: f32, text: &str, max: f32) -> Result<String> {
    if width(face, size, text)? <= max {
        return Ok(text.to_string());
    }
    let mut out: &str = text;
    while !out.is_empty() && width(face, size, &format!("{out}…"))? > max {
        let last = out
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(at, _)| at);
        out = &out[..last];
    }
    Ok(format!("{}…", out.trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_parses_and_measures() {
        for face in Face::ALL {
            let w = width(face, 10.0, "ABC").unwrap();
            assert!(w > 10.0 && w < 30.0, "{face:?}: {w}");
        }
        // Mono: every character the same width.
        assert_eq!(
            width(Face::Mono, 9.0, "WWWWWW").unwrap(),
            width(Face::Mono, 9.0, "111111").unwrap()
        );
    }

    #[test]
    fn wrapping_and_fitting_keep_within_the_width() {
        let text = "Any three cards and the passphrase recover the wallet; fewer reveal nothing.";
        let lines = wrap(Face::Regular, 8.0, text, 100.0).unwrap();
        assert!(lines.len() > 2);
        assert_eq!(lines.join(" "), text);
        for l in &lines {
            assert!(width(Face::Regular, 8.0, l).unwrap() <= 100.0);
        }
        let long = "x".repeat(300);
        let cut = wrap(Face::Regular, 8.0, &long, 100.0).unwrap();
        assert_eq!(cut.concat(), long);
        let f = fit(Face::Bold, 8.0, &long, 100.0).unwrap();
        assert!(f.ends_with('…') && width(Face::Bold, 8.0, &f).unwrap() <= 100.0);
    }
}
