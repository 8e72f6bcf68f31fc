//! Which bundled font draws each character, and which characters no font draws.
//!
//! DejaVu comes first, so a card in Latin, Greek or Cyrillic prints exactly as it always
//! has. The scripts whose letters join or reorder go to their Noto font, never to DejaVu,
//! whose glyphs for some of them were drawn without the shaping tables a reader expects;
//! anything else DejaVu lacks goes to the first Noto font that has it (Chinese, Japanese and
//! Korean to Noto Sans CJK). A character no bundled font has is refused, so a card never
//! shows an empty box.

use std::ops::Range;

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

use super::fonts::{Face, FontFile};
use crate::error::{Error, Result};

/// The fonts of the scripts that need shaping, in the order they are tried.
const SCRIPT_FONTS: [FontFile; 4] = [
    FontFile::Arabic,
    FontFile::Hebrew,
    FontFile::Devanagari,
    FontFile::Thai,
];

/// The fonts tried, in order, for a character DejaVu lacks.
const FALLBACK: [FontFile; 5] = [
    FontFile::Cjk,
    FontFile::Arabic,
    FontFile::Hebrew,
    FontFile::Devanagari,
    FontFile::Thai,
];

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';
/// First-strong isolate and pop directional isolate: the layout's own marks around a
/// right-to-left name ([`super::shape::isolated`]), read by the bidirectional algorithm
/// and never drawn. Typed, they are refused like every format character.
pub(crate) const FSI: char = '\u{2068}';
pub(crate) const PDI: char = '\u{2069}';

/// Scripts whose letters join or reorder (Arabic, Hebrew, Syriac, Thaana, N'Ko, the Indic
/// scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian): printed only from a Noto font
/// made for them, through the shaper. Those without one ([`SCRIPT_FONTS`]) are refused.
pub(crate) fn complex(c: char) -> bool {
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

/// The font that draws `c` on its own in `face`, if any.
pub(crate) fn font_for(face: Face, c: char) -> Option<FontFile> {
    if complex(c) {
        return SCRIPT_FONTS.into_iter().find(|f| f.has(c));
    }
    let own = face.file();
    if own.has(c) {
        return Some(own);
    }
    FALLBACK.into_iter().find(|f| f.has(c))
}

/// A character that belongs to the one before it (a combining mark, a vowel sign, a
/// joiner): it is set in the same font, so the shaper sees the cluster whole.
fn attaches(c: char) -> bool {
    c == ZWJ
        || c == ZWNJ
        || matches!(
            c.general_category(),
            GeneralCategory::NonspacingMark
                | GeneralCategory::SpacingMark
                | GeneralCategory::EnclosingMark
        )
}

/// Characters never printed, whatever the font: controls, format characters other than the
/// joiners Indic and Persian spelling need (direction marks and overrides included: the
/// card sets direction itself), line and paragraph separators, private-use, unassigned and
/// surrogate code points.
fn never_printed(c: char) -> bool {
    use GeneralCategory::*;
    match c.general_category() {
        Format => c != ZWJ && c != ZWNJ,
        Control | LineSeparator | ParagraphSeparator | PrivateUse | Unassigned | Surrogate => true,
        _ => false,
    }
}

/// `text` cut into runs of one font each, in logical order: byte ranges and their font.
/// A mark or joiner stays in its base's run when that font has it; the layout's isolates
/// are in no run. Fails on a character no font has ([`unprintable`] refuses those before
/// any drawing).
pub(crate) fn runs(face: Face, text: &str) -> Result<Vec<(FontFile, Range<usize>)>> {
    let mut out: Vec<(FontFile, Range<usize>)> = Vec::new();
    let mut after_isolate = false;
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        if c == FSI || c == PDI {
            after_isolate = true;
            continue;
        }
        // A run is one stretch of the text: it never reaches over an isolate mark.
        let continues = !std::mem::take(&mut after_isolate);
        if let Some((file, range)) = out.last_mut().filter(|_| continues) {
            let joins = attaches(c) && (c == ZWJ || c == ZWNJ || file.has(c));
            if joins || font_for(face, c) == Some(*file) {
                range.end = end;
                continue;
            }
        }
        let file = match font_for(face, c) {
            Some(file) => file,
            None if c == ZWJ || c == ZWNJ => face.file(),
            None => return Err(Error::RenderFailed),
        };
        out.push((file, at..end));
    }
    Ok(out)
}

/// The first character of `text` a card cannot print: one [`never_printed`], or one no
/// bundled font draws in the regular or the bold face; `None` when every character prints.
pub(crate) fn unprintable(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        never_printed(c)
            || (c != ZWJ
                && c != ZWNJ
                && [Face::Regular, Face::Bold]
                    .into_iter()
                    .any(|face| font_for(face, c).is_none()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_script_prints_and_the_rest_is_refused() {
        for text in [
            "Zoë Ólafsdóttir, Αθήνα, Ольга",
            "山田太郎, 東京都",
            "张伟, 北京市",
            "김민준, 서울특별시",
            "やまだ はなこ カタカナ",
            "أحمد الراشد، الرياض",
            "مریم، تهران",
            "שרה כהן, תל אביב",
            "देवनागरी, नई दिल्ली",
            "สมชาย, กรุงเทพมหานคร",
            "Nguyễn Văn An",
        ] {
            assert_eq!(unprintable(text), None, "{text}");
        }
        // Linear B, an emoji DejaVu lacks (it has 😀), a Chinese name character outside
        // GB 2312, JIS X 0208 and KS X 1001, a private-use character, a Tamil letter (no
        // Tamil font), a direction override, a line separator.
        for (text, c) in [
            ("Anna 𐀀", '𐀀'),
            ("Bob 🦀", '🦀'),
            ("王堃", '堃'),
            ("x\u{E000}", '\u{E000}'),
            ("தமிழ்", 'த'),
            ("Ann\u{202E}a", '\u{202E}'),
            ("\u{2028}", '\u{2028}'),
        ] {
            assert_eq!(unprintable(text), Some(c), "{text}");
        }
    }

    #[test]
    fn characters_go_to_their_script_font_and_marks_stay_with_their_letter() {
        let fonts = |text: &str| -> Vec<(FontFile, String)> {
            runs(Face::Regular, text)
                .unwrap()
                .into_iter()
                .map(|(f, r)| (f, text[r].to_string()))
                .collect()
        };
        assert_eq!(
            fonts("Ana Ольга"),
            vec![(FontFile::DejaVu, "Ana Ольга".into())]
        );
        assert_eq!(
            fonts("Kim 김민준"),
            vec![
                (FontFile::DejaVu, "Kim ".into()),
                (FontFile::Cjk, "김민준".into())
            ]
        );
        // Hebrew is in DejaVu too, but goes to its Noto font; the vowel points with it.
        assert_eq!(fonts("שָׁלוֹם"), vec![(FontFile::Hebrew, "שָׁלוֹם".into())]);
        assert_eq!(fonts("कि"), vec![(FontFile::Devanagari, "कि".into())]);
        assert_eq!(
            fonts("e\u{301}"),
            vec![(FontFile::DejaVu, "e\u{301}".into())]
        );
        assert!(runs(Face::Regular, "𐀀").is_err());
    }
}
