//! The bundled fonts (DejaVu, see `fonts/LICENSE-DejaVu.txt`), their metrics and simple line
//! breaking. Every backend places glyphs with the same advances, so a layout measured here
//! looks the same in SVG, PNG and PDF.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, GlyphId};

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
    pub(crate) const ALL: [Face; 3] = [Face::Regular, Face::Bold, Face::Mono];

    pub(crate) fn data(self) -> &'static [u8] {
        match self {
            Face::Regular => include_bytes!("../../fonts/DejaVuSans.ttf"),
            Face::Bold => include_bytes!("../../fonts/DejaVuSans-Bold.ttf"),
            Face::Mono => include_bytes!("../../fonts/DejaVuSansMono.ttf"),
        }
    }

    pub(crate) fn postscript_name(self) -> &'static str {
        match self {
            Face::Regular => "DejaVuSans",
            Face::Bold => "DejaVuSans-Bold",
            Face::Mono => "DejaVuSansMono",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The parsed font; parsed once per process.
    pub(crate) fn font(self) -> Result<&'static FontRef<'static>> {
        static FONTS: [OnceLock<Option<FontRef<'static>>>; 3] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        FONTS[self.index()]
            .get_or_init(|| FontRef::try_from_slice(self.data()).ok())
            .as_ref()
            .ok_or(Error::RenderFailed)
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

/// Width of `text` in points at `size` points.
pub(crate) fn width(face: Face, size: f32, text: &str) -> Result<f32> {
    let font = face.font()?;
    let units: f32 = text.chars().map(|c| glyph(font, c).1).sum();
    Ok(units * size / units_per_em(font))
}

/// Breaks `text` into lines no wider than `max` points, at spaces. A word longer than a
/// line is cut where it no longer fits.
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
        let mut rest = word.to_string();
        while width(face, size, &rest)? > max {
            let mut head = String::new();
            for c in rest.chars() {
                head.push(c);
                if width(face, size, &head)? > max {
                    head.pop();
                    break;
                }
            }
            if head.is_empty() {
                break;
            }
            rest = rest[head.len()..].to_string();
            lines.push(head);
        }
        line = rest;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    Ok(lines)
}

/// `text` on one line of at most `max` points, shortened with an ellipsis if it must be.
pub(crate) fn fit(face: Face, size: f32, text: &str, max: f32) -> Result<String> {
    if width(face, size, text)? <= max {
        return Ok(text.to_string());
    }
    let mut out: String = text.to_string();
    while !out.is_empty() && width(face, size, &format!("{out}…"))? > max {
        out.pop();
    }
    Ok(format!("{}…", out.trim_end()))
}

/// Scripts whose letters join or reorder (Arabic, Hebrew, Syriac, Thaana, N'Ko, the Indic
/// scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian): the card's layout places one
/// glyph after another, left to right, so their words would print broken or backwards,
/// though DejaVu has glyphs for some. Refused until the layout shapes text.
fn needs_shaping(c: char) -> bool {
    matches!(u32::from(c),
        0x0590..=0x08FF // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic
        | 0x0900..=0x0DFF // Devanagari to Sinhala
        | 0x0E00..=0x0FFF // Thai, Lao, Tibetan
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x18AF // Khmer, Mongolian
        | 0xFB1D..=0xFDFF // Hebrew and Arabic presentation forms
        | 0xFE70..=0xFEFF // Arabic presentation forms B
    )
}

/// The first character of `text` a card cannot print as written: one without a glyph in
/// the card's regular and bold faces, or of a script that needs shaping
/// ([`needs_shaping`]); `None` when every character prints.
pub(crate) fn unprintable(text: &str) -> Result<Option<char>> {
    let faces = [Face::Regular.font()?, Face::Bold.font()?];
    Ok(text.chars().find(|&c| {
        !c.is_whitespace()
            && (needs_shaping(c) || faces.iter().any(|f| f.glyph_id(c) == GlyphId(0)))
    }))
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

    #[test]
    fn what_a_card_cannot_print_is_found() {
        assert_eq!(unprintable("Zoë Ólafsdóttir, Αθήνα, Ольга").unwrap(), None);
        assert_eq!(unprintable("山田").unwrap(), Some('山'));
        assert_eq!(unprintable("Ahmed أحمد").unwrap(), Some('أ'));
        assert_eq!(unprintable("שרה").unwrap(), Some('ש'));
        assert_eq!(unprintable("देव").unwrap(), Some('द'));
        assert_eq!(unprintable("สมชาย").unwrap(), Some('ส'));
        assert_eq!(unprintable("Kim 김").unwrap(), Some('김'));
    }
}
