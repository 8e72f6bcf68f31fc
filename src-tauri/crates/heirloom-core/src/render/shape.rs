//! A line of text as glyphs placed left to right, the one placement the SVG, PNG and PDF
//! writers all draw and [`super::fonts::width`] measures.
//!
//! Text DejaVu draws as it is (the card's own words, Latin, Greek, Cyrillic) is set glyph
//! after glyph at each glyph's own advance, as the cards always were. Anything else goes
//! through the Unicode bidirectional algorithm (the line's base direction is left to right,
//! as the card's words around a name are; an Arabic or Hebrew name with its digits comes
//! out in the order its reader expects) and then through rustybuzz, run by run of one font
//! ([`super::fallback`]), which joins Arabic letters, reorders Indic vowel signs and places
//! marks. Work is bounded by the line: every field printed has a length cap.

use std::borrow::Cow;
use std::ops::Range;

use ab_glyph::GlyphId;
use rustybuzz::{Direction, UnicodeBuffer};
use unicode_bidi::{bidi_class, BidiClass, BidiInfo, Level};

use super::fallback::{self, FSI, PDI};
use super::fonts::{self, Face, FontFile};
use crate::error::{Error, Result};

/// One glyph of a line. Positions are in ems (times the type size gives points), from the
/// line's start on its baseline, y upwards.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Placed {
    pub file: FontFile,
    pub id: GlyphId,
    pub x: f32,
    pub y: f32,
    /// How far the pen moves past it (kerning and marks make it differ from the glyph's own
    /// width).
    pub advance: f32,
    /// Where its cluster (the characters shaped together into one or more glyphs, e.g. a
    /// letter and its vowel sign) starts in the line's text: the same for every glyph of
    /// the cluster, which are side by side.
    pub cluster: usize,
    /// The characters of the line this glyph stands for, as a byte range: the whole
    /// cluster's on one of its glyphs, empty on the others (a conjunct drawn in two
    /// pieces, a mark over its letter). The glyph that carries them is the one a reader
    /// meets first: the leftmost in left-to-right text, the rightmost in right-to-left.
    pub chars: Range<usize>,
    /// Whether the glyph is set right to left: its characters are then given in visual
    /// order ([`Placed::text`]).
    pub rtl: bool,
}

impl Placed {
    /// What the glyph stands for in the PDF's text layer. Text extractors (poppler,
    /// pdf.js) read right-to-left glyphs in visual order and reverse them character by
    /// character, so a right-to-left cluster of several characters (lam-alef, a letter with
    /// its vowel marks) is given reversed, and comes out as typed.
    pub(crate) fn text<'a>(&self, line: &'a str) -> Cow<'a, str> {
        let chars = &line[self.chars.clone()];
        if self.rtl && chars.chars().nth(1).is_some() {
            chars.chars().rev().collect::<String>().into()
        } else {
            chars.into()
        }
    }
}

/// A line as placed glyphs, left to right, and its width in ems.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    pub glyphs: Vec<Placed>,
    pub width: f32,
}

/// `text` as a bidirectional isolate when it holds right-to-left letters, so that its
/// direction stays inside it: an Arabic label followed by " · 2026-11-23" would otherwise
/// carry the date into its right-to-left run and print it as 23-11-2026. Text without
/// right-to-left letters is returned as it is, and prints as it always has.
pub(crate) fn isolated(text: &str) -> Cow<'_, str> {
    let rtl = text
        .chars()
        .any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL));
    if rtl {
        format!("{FSI}{text}{PDI}").into()
    } else {
        text.into()
    }
}

/// `text` set in `face` on one line.
pub(crate) fn line(face: Face, text: &str) -> Result<Line> {
    match plain(face, text)? {
        Some(line) => Ok(line),
        None => shaped(face, text),
    }
}

/// The line set glyph after glyph in the face's DejaVu font, or `None` if a character needs
/// another font or shaping.
fn plain(face: Face, text: &str) -> Result<Option<Line>> {
    let file = face.file();
    let font = file.font()?;
    let per_em = 1.0 / fonts::units_per_em(font);
    let mut line = Line {
        glyphs: Vec::with_capacity(text.len()),
        width: 0.0,
    };
    for (at, c) in text.char_indices() {
        let (id, advance) = fonts::glyph(font, c);
        if id == GlyphId(0) || fallback::complex(c) {
            return Ok(None);
        }
        line.glyphs.push(Placed {
            file,
            id,
            x: line.width,
            y: 0.0,
            advance: advance * per_em,
            cluster: at,
            chars: at..at + c.len_utf8(),
            rtl: false,
        });
        line.width += advance * per_em;
    }
    Ok(Some(line))
}

/// The line in visual order: bidirectional runs left to right, each cut into runs of one
/// font (right to left inside a right-to-left run), each shaped.
fn shaped(face: Face, text: &str) -> Result<Line> {
    let bidi = BidiInfo::new(text, Some(Level::ltr()));
    let mut line = Line {
        glyphs: Vec::new(),
        width: 0.0,
    };
    for paragraph in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            let mut pieces = fallback::runs(face, &text[run.clone()])?;
            if rtl {
                pieces.reverse();
            }
            for (file, piece) in pieces {
                let range = run.start + piece.start..run.start + piece.end;
                shape_run(&mut line, file, text, range, rtl)?;
            }
        }
    }
    Ok(line)
}

/// Shapes `text[range]` in one font and direction, and appends its glyphs to `line`.
fn shape_run(
    line: &mut Line,
    file: FontFile,
    text: &str,
    range: Range<usize>,
    rtl: bool,
) -> Result<()> {
    let face = file.shaper()?;
    let per_em = 1.0 / face.units_per_em() as f32;
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(&text[range.clone()]);
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    buffer.guess_segment_properties();
    let shaped = rustybuzz::shape(face, &[], buffer);
    // Where each cluster starts, to know where it ends: clusters are numbered by the byte
    // offset of their first character.
    let mut starts: Vec<usize> = shaped
        .glyph_infos()
        .iter()
        .map(|g| g.cluster as usize)
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let infos = shaped.glyph_infos();
    for (k, (info, pos)) in infos.iter().zip(shaped.glyph_positions()).enumerate() {
        // A glyph the font does not have would print as a box: never.
        let id = u16::try_from(info.glyph_id).map_err(|_| Error::RenderFailed)?;
        if id == 0 {
            return Err(Error::RenderFailed);
        }
        let cluster = info.cluster as usize;
        let end = starts
            .get(starts.partition_point(|&s| s <= cluster))
            .copied()
            .unwrap_or(range.len());
        let neighbour = if rtl { k + 1 } else { k.wrapping_sub(1) };
        let carries = infos
            .get(neighbour)
            .is_none_or(|n| n.cluster != info.cluster);
        let start = range.start + cluster;
        let advance = pos.x_advance as f32 * per_em;
        line.glyphs.push(Placed {
            file,
            id: GlyphId(id),
            x: line.width + pos.x_offset as f32 * per_em,
            y: pos.y_offset as f32 * per_em,
            advance,
            cluster: start,
            chars: if carries {
                start..range.start + end
            } else {
                start..start
            },
            rtl,
        });
        line.width += advance;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(text: &str, line: &Line) -> String {
        line.glyphs.iter().map(|g| &text[g.chars.clone()]).collect()
    }

    /// DejaVu text is placed glyph by glyph at each glyph's advance, as it always was.
    #[test]
    fn dejavu_text_is_placed_at_its_own_advances() {
        let text = "Held by Zoë, Αθήνα";
        let line = line(Face::Regular, text).unwrap();
        assert_eq!(line.glyphs.len(), text.chars().count());
        assert!(line.glyphs.iter().all(|g| g.file == FontFile::DejaVu));
        assert_eq!(text_of(text, &line), text);
    }

    /// Arabic is joined and set right to left: the first letter typed is the rightmost
    /// glyph, and the joined forms differ from the letters on their own.
    #[test]
    fn arabic_is_joined_and_right_to_left() {
        let name = "محمد";
        let line = line(Face::Regular, name).unwrap();
        assert!(line.glyphs.iter().all(|g| g.file == FontFile::Arabic));
        let last = line.glyphs.last().unwrap();
        assert_eq!(
            &name[last.chars.clone()],
            "م",
            "the first letter is on the right"
        );
        let alone = super::line(Face::Regular, "م").unwrap();
        assert_ne!(
            alone.glyphs[0].id, last.id,
            "an initial form, not the isolated one"
        );
        // Latin around it stays left to right, the name in between.
        let text = "Held by محمد 2";
        let mixed = super::line(Face::Regular, text).unwrap();
        let order: String = text_of(text, &mixed);
        assert!(order.starts_with("Held by "), "{order}");
    }

    /// An Indic vowel sign written after its consonant is drawn before it, and the two are
    /// one cluster: its text goes with the first glyph drawn.
    #[test]
    fn devanagari_vowel_signs_are_reordered_as_one_cluster() {
        let text = "कि";
        let line = line(Face::Regular, text).unwrap();
        assert_eq!(line.glyphs.len(), 2);
        assert_eq!(&text[line.glyphs[0].chars.clone()], "कि");
        assert!(line.glyphs[1].chars.is_empty());
    }

    /// An Arabic label isolated keeps the date printed after it in its own order; bare,
    /// the bidirectional algorithm would pull the date into the label's right-to-left run.
    #[test]
    fn an_isolated_right_to_left_label_leaves_the_date_in_order() {
        let spelled = |text: &str| -> String {
            let line = line(Face::Regular, text).unwrap();
            line.glyphs.iter().map(|g| g.text(text)).collect()
        };
        let text = format!("{} · 2026-11-23", isolated("عائلة"));
        assert!(
            spelled(&text).ends_with(" · 2026-11-23"),
            "{}",
            spelled(&text)
        );
        let bare = spelled("عائلة · 2026-11-23");
        assert!(!bare.ends_with(" · 2026-11-23"), "{bare}");
        assert_eq!(
            isolated("Zoë, Αθήνα"),
            "Zoë, Αθήνα",
            "left to right: as it was"
        );
    }

    /// The width measured is the shaped one: a CJK name is as wide as its glyphs.
    #[test]
    fn cjk_is_one_em_a_character() {
        let line = line(Face::Regular, "山田太郎").unwrap();
        assert!((line.width - 4.0).abs() < 0.01, "{}", line.width);
        assert!(line.glyphs.iter().all(|g| g.file == FontFile::Cjk));
    }
}
