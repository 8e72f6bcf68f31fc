//! PDF writer. Text is real text in the bundled fonts, each font used embedded as a subset
//! holding only the glyphs used (a CID font: subsetting renumbers glyphs and drops the
//! font's own character map, so the PDF carries the numbering and a ToUnicode map, which also
//! keeps the card text copyable). Streams are deflated.
//!
//! A shaped glyph stands for its cluster's characters in the ToUnicode map (a ligature for
//! both its letters, a conjunct for all of its; see `shape::Placed::chars` for which glyph
//! carries them). One glyph can stand for different characters in different places (an
//! Indic vowel sign carries each consonant it is drawn before): the map gives it the first,
//! and each other such cluster is shown in an ActualText span holding its characters,
//! which is what copying and text extraction then give. Right-to-left glyphs are written
//! in visual order, their text too (`shape::Placed::text`), as text extractors expect: they
//! reverse it back to the order typed.
//!
//! That text layer is also how the scanner reads this PDF back (`scan::pdf_text`): every
//! character shown is a code the ToUnicode map names, and each line is its own text object,
//! so the groups under each QR code come out exactly as printed.

use std::collections::BTreeMap;

use ab_glyph::{Font, GlyphId};
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use subsetter::GlyphRemapper;

use super::fonts::{self, FontFile};
use super::page::{Item, Page};
use super::shape;
use crate::error::{Error, Result};

const FONTS: usize = FontFile::ALL.len();
const RESOURCE_NAMES: [&[u8]; FONTS] = [b"F0", b"F1", b"F2", b"F3", b"F4", b"F5", b"F6", b"F7"];
const SUBSET_TAGS: [&str; FONTS] = [
    "HLMAAA", "HLMAAB", "HLMAAC", "HLMAAD", "HLMAAE", "HLMAAF", "HLMAAG", "HLMAAH",
];

fn system_info() -> SystemInfo<'static> {
    SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    }
}

/// The glyphs of one font used in the document, in the subset's numbering.
struct FontUse {
    remapper: GlyphRemapper,
    /// What each glyph stands for in the ToUnicode map: the first text it was drawn for.
    chars: BTreeMap<u16, String>,
    /// Union of the used glyphs' boxes, in font units.
    bbox: [f32; 4],
    used: bool,
}

impl FontUse {
    fn new() -> Self {
        FontUse {
            remapper: GlyphRemapper::new(),
            chars: BTreeMap::new(),
            bbox: [0.0; 4],
            used: false,
        }
    }

    /// Takes glyph `id` into the subset, standing for `text` in the ToUnicode map unless
    /// it already stands for something (the first text a glyph carries is its mapping) or
    /// `text` is empty (a glyph whose cluster's text another glyph carries).
    fn register(&mut self, font: &ab_glyph::FontRef<'_>, id: GlyphId, text: &str) {
        let new = self.remapper.remap(id.0);
        if !text.is_empty() {
            self.chars.entry(new).or_insert_with(|| text.to_string());
        }
        self.used = true;
        if let Some(outline) = font.outline(id) {
            let b = outline.bounds;
            self.bbox[0] = self.bbox[0].min(b.min.x);
            self.bbox[1] = self.bbox[1].min(b.min.y.min(b.max.y));
            self.bbox[2] = self.bbox[2].max(b.max.x);
            self.bbox[3] = self.bbox[3].max(b.max.y.max(b.min.y));
        }
    }

    /// The two bytes the content stream shows for a registered glyph, in the subset's
    /// numbering, and the text the ToUnicode map gives it ("" if none).
    fn code(&self, id: GlyphId) -> ([u8; 2], &str) {
        let new = self.remapper.get(id.0).unwrap_or(0);
        let text = self.chars.get(&new).map_or("", String::as_str);
        (new.to_be_bytes(), text)
    }
}

/// A text line of a page, shaped.
struct TextLine {
    /// Where its baseline starts, in PDF coordinates (from the bottom).
    origin: (f32, f32),
    size: f32,
    ink: f32,
    text: String,
    line: shape::Line,
}

pub(crate) fn document(pages: &[Page], title: &str) -> Result<Vec<u8>> {
    // Every line is shaped and every glyph's mapping settled first, so that each line can
    // be checked against the final ToUnicode map when it is written.
    let mut uses: [FontUse; FONTS] = std::array::from_fn(|_| FontUse::new());
    let lines = pages.iter().map(shaped_lines).collect::<Result<Vec<_>>>()?;
    for l in lines.iter().flatten() {
        for g in &l.line.glyphs {
            uses[g.file.index()].register(g.file.font()?, g.id, &g.text(&l.text));
        }
    }
    let contents = pages
        .iter()
        .zip(&lines)
        .map(|(page, lines)| content(page, lines, &uses))
        .collect::<Result<Vec<_>>>()?;

    let mut next = Ref::new(1);
    let catalog = next.bump();
    let tree = next.bump();
    let info = next.bump();
    // The three DejaVu faces are numbered first, whether used or not, the other fonts
    // after the pages and only when used: a card in DejaVu alone is the same file as before
    // other scripts could be printed.
    let mut font_refs: [Option<Ref>; FONTS] = [None; FONTS];
    for slot in &mut font_refs[..3] {
        *slot = Some(next.bump());
    }
    let page_refs: Vec<Ref> = pages.iter().map(|_| next.bump()).collect();
    for (slot, use_) in font_refs.iter_mut().zip(&uses).skip(3) {
        if use_.used {
            *slot = Some(next.bump());
        }
    }

    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_refs.iter().copied())
        .count(page_refs.len() as i32);
    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr("Heirloom"));

    for ((page, data), page_ref) in pages.iter().zip(&contents).zip(&page_refs) {
        let content_ref = next.bump();
        pdf.stream(content_ref, &deflate(data))
            .filter(Filter::FlateDecode);
        let mut p = pdf.page(*page_ref);
        p.media_box(Rect::new(0.0, 0.0, page.width, page.height))
            .parent(tree)
            .contents(content_ref);
        let mut resources = p.resources();
        let mut font_dict = resources.fonts();
        for file in FontFile::ALL {
            if let (true, Some(r)) = (uses[file.index()].used, font_refs[file.index()]) {
                font_dict.pair(Name(RESOURCE_NAMES[file.index()]), r);
            }
        }
        font_dict.finish();
        resources.finish();
        p.finish();
    }

    for file in FontFile::ALL {
        let use_ = &uses[file.index()];
        if let (true, Some(r)) = (use_.used, font_refs[file.index()]) {
            write_font(&mut pdf, &mut next, r, file, use_)?;
        }
    }
    Ok(pdf.finish())
}

/// The text lines of `page`, shaped, in drawing order.
fn shaped_lines(page: &Page) -> Result<Vec<TextLine>> {
    let mut lines = Vec::new();
    for item in &page.items {
        if let Item::Text {
            x,
            y,
            size,
            face,
            ink,
            text,
        } = item
        {
            lines.push(TextLine {
                origin: (*x, page.height - y),
                size: *size,
                ink: *ink,
                text: text.clone(),
                line: shape::line(*face, text)?,
            });
        }
    }
    Ok(lines)
}

fn content(page: &Page, lines: &[TextLine], uses: &[FontUse; FONTS]) -> Result<Vec<u8>> {
    let mut c = Content::new();
    let h = page.height;
    // Rectangles of one grey filled together: the QR code is one fill.
    let mut by_ink: BTreeMap<u32, Vec<(f32, f32, f32, f32)>> = BTreeMap::new();
    for item in &page.items {
        if let Item::Rect {
            x,
            y,
            w,
            h: rh,
            ink,
        } = item
        {
            by_ink
                .entry((ink.clamp(0.0, 1.0) * 100.0).round() as u32)
                .or_default()
                .push((*x, h - y - rh, *w, *rh));
        }
    }
    for (ink, rects) in &by_ink {
        c.set_fill_gray(1.0 - *ink as f32 / 100.0);
        for (x, y, w, rh) in rects {
            c.rect(*x, *y, *w, *rh);
        }
        c.fill_nonzero();
    }
    for l in lines {
        c.set_fill_gray(1.0 - l.ink.clamp(0.0, 1.0));
        text_line(&mut c, uses, l)?;
    }
    Ok(c.finish().into_vec())
}

/// Glyphs shown by one text-showing operator: one font, each after the previous one's own
/// width. `actual` is the text of a cluster shown in an ActualText span of its own: one
/// the ToUnicode map does not spell (a glyph that stands for other characters elsewhere
/// in the document), or of several glyphs.
struct Run {
    file: FontFile,
    x: f32,
    y: f32,
    codes: Vec<u8>,
    /// The cluster (where it starts in the line) and its text, for a cluster in a span.
    actual: Option<(usize, String)>,
}

/// The runs of one shaped line.
fn runs(uses: &[FontUse; FONTS], text: &str, line: &shape::Line) -> Result<Vec<Run>> {
    let mut runs: Vec<Run> = Vec::new();
    let mut pen: Option<(f32, f32)> = None;
    for cluster in line.glyphs.chunk_by(|a, b| a.cluster == b.cluster) {
        let spelled = cluster
            .iter()
            .all(|g| uses[g.file.index()].code(g.id).1 == g.text(text));
        // A left-to-right cluster of several glyphs (a conjunct, a vowel sign drawn apart)
        // is spelled by one of them, and poppler reads the others as a gap between words:
        // the span covers them all. A right-to-left one is a letter with its marks drawn
        // over it, read right without a span (poppler spaces out spans of right-to-left
        // glyphs).
        let several = cluster.len() > 1 && !cluster[0].rtl;
        let actual = (!spelled || several).then(|| {
            (
                cluster[0].cluster,
                cluster.iter().map(|g| g.text(text)).collect(),
            )
        });
        for g in cluster {
            let font = g.file.font()?;
            let (code, _) = uses[g.file.index()].code(g.id);
            // A glyph continues the run only where the viewer's pen already is: after the
            // previous glyph's own width, on the same baseline, and in the same span.
            let follows = pen.is_some_and(|(px, py): (f32, f32)| {
                (px - g.x).abs() < 1e-4 && (py - g.y).abs() < 1e-4
            });
            match runs.last_mut() {
                Some(run) if run.file == g.file && follows && run.actual == actual => {
                    run.codes.extend(code)
                }
                _ => runs.push(Run {
                    file: g.file,
                    x: g.x,
                    y: g.y,
                    codes: code.to_vec(),
                    actual: actual.clone(),
                }),
            }
            pen = Some((
                g.x + font.h_advance_unscaled(g.id) / fonts::units_per_em(font),
                g.y,
            ));
        }
    }
    Ok(runs)
}

/// One line of text, its baseline starting at `origin` (PDF coordinates), in one text
/// object; each cluster in a span of its own has one span, whatever runs it takes.
fn text_line(c: &mut Content, uses: &[FontUse; FONTS], l: &TextLine) -> Result<()> {
    let (origin, size) = (l.origin, l.size);
    let runs = runs(uses, &l.text, &l.line)?;
    c.begin_text();
    let mut current = None;
    for (k, run) in runs.iter().enumerate() {
        let span = run.actual.as_ref();
        if let Some((_, actual)) = span.filter(|_| k == 0 || runs[k - 1].actual.as_ref() != span) {
            c.begin_marked_content_with_properties(Name(b"Span"))
                .properties()
                .actual_text(TextStr(actual));
        }
        if current != Some(run.file) {
            c.set_font(Name(RESOURCE_NAMES[run.file.index()]), size);
            current = Some(run.file);
        }
        let (x, y) = (origin.0 + run.x * size, origin.1 + run.y * size);
        c.set_text_matrix([1.0, 0.0, 0.0, 1.0, x, y]);
        c.show(Str(&run.codes));
        if span.is_some() && runs.get(k + 1).is_none_or(|n| n.actual.as_ref() != span) {
            c.end_marked_content();
        }
    }
    c.end_text();
    Ok(())
}

fn write_font(
    pdf: &mut Pdf,
    next: &mut Ref,
    type0: Ref,
    file: FontFile,
    use_: &FontUse,
) -> Result<()> {
    let font = file.font()?;
    let per_unit = 1000.0 / fonts::units_per_em(font);
    let subset =
        subsetter::subset(file.data(), 0, &use_.remapper).map_err(|_| Error::RenderFailed)?;
    let (cid, descriptor, data, cmap) = (next.bump(), next.bump(), next.bump(), next.bump());
    let base = format!("{}+{}", SUBSET_TAGS[file.index()], file.postscript_name());
    let base = Name(base.as_bytes());

    pdf.type0_font(type0)
        .base_font(base)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap);

    let widths: Vec<f32> = use_
        .remapper
        .remapped_gids()
        .map(|old| font.h_advance_unscaled(GlyphId(old)) * per_unit)
        .collect();
    // The subset's CIDs are its glyph numbers, for CFF outlines too (subsetter's promise).
    let cff = file.is_cff();
    let mut cid_font = pdf.cid_font(cid);
    cid_font
        .subtype(if cff {
            CidFontType::Type0
        } else {
            CidFontType::Type2
        })
        .base_font(base)
        .system_info(system_info())
        .font_descriptor(descriptor)
        .default_width(0.0);
    if !cff {
        cid_font.cid_to_gid_map_predefined(Name(b"Identity"));
    }
    cid_font.widths().consecutive(0, widths);
    cid_font.finish();

    write_descriptor(pdf, (descriptor, data), base, file, use_)?;

    write_to_unicode(pdf, cmap, use_);
    let deflated = deflate(&subset);
    let mut stream = pdf.stream(data, &deflated);
    stream.filter(Filter::FlateDecode);
    if cff {
        stream.pair(Name(b"Subtype"), Name(b"OpenType"));
    } else {
        stream.pair(Name(b"Length1"), subset.len() as i32);
    }
    Ok(())
}

/// The font descriptor of `file` (reference `refs.0`), naming its embedded program
/// (`refs.1`): metrics in the PDF's thousandths of an em.
fn write_descriptor(
    pdf: &mut Pdf,
    refs: (Ref, Ref),
    base: Name,
    file: FontFile,
    use_: &FontUse,
) -> Result<()> {
    let (descriptor, data) = refs;
    let font = file.font()?;
    let per_unit = 1000.0 / fonts::units_per_em(font);
    let cff = file.is_cff();
    let mut flags = FontFlags::NON_SYMBOLIC;
    if file == FontFile::DejaVuMono {
        flags |= FontFlags::FIXED_PITCH;
    }
    let b = use_.bbox;
    let mut descriptor = pdf.font_descriptor(descriptor);
    descriptor
        .name(base)
        .flags(flags)
        .bbox(Rect::new(
            b[0] * per_unit,
            b[1] * per_unit,
            b[2] * per_unit,
            b[3] * per_unit,
        ))
        .italic_angle(0.0)
        .ascent(font.ascent_unscaled() * per_unit)
        .descent(font.descent_unscaled() * per_unit)
        .cap_height(729.0)
        .stem_v(if file == FontFile::DejaVuBold {
            140.0
        } else {
            80.0
        });
    if cff {
        descriptor.font_file3(data);
    } else {
        descriptor.font_file2(data);
    }
    descriptor.finish();
    Ok(())
}

/// The ToUnicode map of a font: each glyph used, in the subset's numbering, and the
/// characters it stands for (several for a ligature or a cluster).
fn write_to_unicode(pdf: &mut Pdf, cmap: Ref, use_: &FontUse) {
    let mut unicode = UnicodeCmap::new(Name(b"Custom"), system_info());
    for (gid, text) in &use_.chars {
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => unicode.pair(*gid, c),
            _ => unicode.pair_with_multiple(*gid, text.chars()),
        };
    }
    let unicode = unicode.finish();
    pdf.cmap(cmap, unicode.as_slice())
        .name(Name(b"Custom"))
        .system_info(system_info());
}

fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}
