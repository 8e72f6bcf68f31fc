//! The bundled fonts, their metrics and simple line breaking. DejaVu (see
//! `fonts/LICENSE-DejaVu.txt`) sets the card's own words and every Latin, Greek and Cyrillic
//! name; Noto fonts (`fonts/LICENSE-Noto.txt`) draw the scripts DejaVu cannot, chosen per
//! character by [`super::fallback`] and shaped by [`super::shape`]. Every backend places the
//! glyphs a line is shaped into, so a layout measured here looks the same in SVG, PNG and PDF.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, GlyphId};
use unicode_linebreak::{linebreaks, BreakOpportunity};
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

/// Breaks `text` into lines no wider than `max` points, where the Unicode line breaking
/// rules (UAX #14) allow: at spaces, and between Chinese or Japanese characters, but never
/// before their closing punctuation (a line never starts with "，" or "。") and never inside
/// a Latin word set among them. A piece longer than a line with no break in it is cut
/// between two characters as a reader sees them (grapheme clusters): a vowel sign or an
/// accent is never torn from its letter.
pub(crate) fn wrap(face: Face, size: f32, text: &str, max: f32) -> Result<Vec<String>> {
    let breaks: Vec<(usize, BreakOpportunity)> = linebreaks(text).collect();
    let fits = |line: &str| -> Result<bool> { Ok(width(face, size, line.trim_end())? <= max) };
    let mut lines = Vec::new();
    let mut start = skip_spaces(text, 0);
    while start < text.len() {
        // The furthest break whose line still fits; a forced break (a new line) ends it.
        let mut end = None;
        for &(at, kind) in breaks.iter().filter(|(at, _)| *at > start) {
            if !fits(&text[start..at])? {
                break;
            }
            end = Some(at);
            if kind == BreakOpportunity::Mandatory {
                break;
            }
        }
        let end = match end {
            Some(at) => at,
            None => {
                // Not even the first piece fits: cut it where it no longer does.
                let piece = text[start..].trim_end();
                let head = longest_head(face, size, piece, max)?;
                let first = piece.graphemes(true).next().map_or(piece.len(), str::len);
                start + head.max(first)
            }
        };
        let line = text[start..end].trim_end();
        if !line.is_empty() {
            lines.push(line.to_string());
        }
        start = skip_spaces(text, end);
    }
    Ok(lines)
}

/// The first byte at or after `at` that is not a space.
fn skip_spaces(text: &str, at: usize) -> usize {
    at + text[at..].len() - text[at..].trim_start_matches(' ').len()
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

    /// Chinese and Japanese break between characters, as their readers expect, but a line
    /// never starts with closing punctuation, and a Latin word among them stays whole.
    #[test]
    fn chinese_and_japanese_break_by_their_rules() {
        let text = "在Linux上，请安装它的软件包（Debian和Ubuntu用.deb，Fedora用.rpm），或者请您信任的人帮您安装。\
                    如果再也找不到这个程序，请把下一页交给程序员：那一页完整地描述了这些卡片。";
        for max in [60.0, 75.0, 90.0, 110.0, 130.0, 170.0] {
            let lines = wrap(Face::Regular, 9.0, text, max).unwrap();
            assert_eq!(lines.concat(), text, "{max}: nothing lost or added");
            for line in &lines {
                assert!(
                    width(Face::Regular, 9.0, line).unwrap() <= max,
                    "{max}: {line}"
                );
                let first = line.chars().next().unwrap();
                assert!(
                    !"，。、：；）".contains(first),
                    "{max}: a line starts with {first}: {line}"
                );
            }
            for word in ["Linux", "Debian", "Ubuntu", "Fedora"] {
                assert!(
                    lines.iter().any(|l| l.contains(word)),
                    "{max}: {word} was cut: {lines:?}"
                );
            }
        }
        let japanese = "カードを1枚ずつ、好きな順番で、下の3つの方法のどれかで追加してください。";
        let lines = wrap(Face::Regular, 9.0, japanese, 70.0).unwrap();
        assert!(lines.len() > 2, "{lines:?}");
        assert_eq!(lines.concat(), japanese);
        assert!(
            lines
                .iter()
                .all(|l| !l.starts_with('、') && !l.starts_with('。')),
            "{lines:?}"
        );
    }
}
