//! PDF writer. Text is real text in the three bundled faces, each embedded as a subset
//! holding only the glyphs used (a CID font: subsetting renumbers glyphs and drops the
//! font's own character map, so the PDF carries the numbering and a ToUnicode map, which also
//! keeps the card text copyable). Streams are deflated.
//!
//! That text layer is also how the scanner reads this PDF back (`scan::pdf_text`): every
//! character shown is a code the ToUnicode map names, and each line is its own text object,
//! so the groups under each QR code come out exactly as printed.

use std::collections::BTreeMap;

use ab_glyph::{Font, GlyphId};
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use subsetter::GlyphRemapper;

use super::fonts::{self, Face};
use super::page::{Item, Page};
use crate::error::{Error, Result};

const RESOURCE_NAMES: [&[u8]; 3] = [b"F0", b"F1", b"F2"];
const SUBSET_TAGS: [&str; 3] = ["HLMAAA", "HLMAAB", "HLMAAC"];

fn system_info() -> SystemInfo<'static> {
    SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    }
}

/// The glyphs of one face used in the document, in the subset's numbering.
struct FontUse {
    remapper: GlyphRemapper,
    chars: BTreeMap<u16, char>,
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

    /// The two bytes the content stream shows for `c`, in the subset's numbering.
    fn code(&mut self, font: &ab_glyph::FontRef<'_>, c: char) -> [u8; 2] {
        let (id, _) = fonts::glyph(font, c);
        let new = self.remapper.remap(id.0);
        self.chars.entry(new).or_insert(c);
        self.used = true;
        if let Some(outline) = font.outline(id) {
            let b = outline.bounds;
            self.bbox[0] = self.bbox[0].min(b.min.x);
            self.bbox[1] = self.bbox[1].min(b.min.y.min(b.max.y));
            self.bbox[2] = self.bbox[2].max(b.max.x);
            self.bbox[3] = self.bbox[3].max(b.max.y.max(b.min.y));
        }
        new.to_be_bytes()
    }
}

pub(crate) fn document(pages: &[Page], title: &str) -> Result<Vec<u8>> {
    let mut uses = [FontUse::new(), FontUse::new(), FontUse::new()];
    let contents = pages
        .iter()
        .map(|page| content(page, &mut uses))
        .collect::<Result<Vec<_>>>()?;

    let mut next = Ref::new(1);
    let catalog = next.bump();
    let tree = next.bump();
    let info = next.bump();
    let font_refs = [next.bump(), next.bump(), next.bump()];
    let page_refs: Vec<Ref> = pages.iter().map(|_| next.bump()).collect();

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
        for face in Face::ALL {
            if uses[face.index()].used {
                font_dict.pair(Name(RESOURCE_NAMES[face.index()]), font_refs[face.index()]);
            }
        }
        font_dict.finish();
        resources.finish();
        p.finish();
    }

    for face in Face::ALL {
        let use_ = &uses[face.index()];
        if use_.used {
            write_font(&mut pdf, &mut next, font_refs[face.index()], face, use_)?;
        }
    }
    Ok(pdf.finish())
}

fn content(page: &Page, uses: &mut [FontUse; 3]) -> Result<Vec<u8>> {
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
            let font = face.font()?;
            let use_ = &mut uses[face.index()];
            let codes: Vec<u8> = text.chars().flat_map(|ch| use_.code(font, ch)).collect();
            c.set_fill_gray(1.0 - ink.clamp(0.0, 1.0));
            c.begin_text();
            c.set_font(Name(RESOURCE_NAMES[face.index()]), *size);
            c.set_text_matrix([1.0, 0.0, 0.0, 1.0, *x, h - y]);
            c.show(Str(&codes));
            c.end_text();
        }
    }
    Ok(c.finish().into_vec())
}

fn write_font(pdf: &mut Pdf, next: &mut Ref, type0: Ref, face: Face, use_: &FontUse) -> Result<()> {
    let font = face.font()?;
    let per_unit = 1000.0 / fonts::units_per_em(font);
    let subset =
        subsetter::subset(face.data(), 0, &use_.remapper).map_err(|_| Error::RenderFailed)?;
    let (cid, descriptor, file, cmap) = (next.bump(), next.bump(), next.bump(), next.bump());
    let base = format!("{}+{}", SUBSET_TAGS[face.index()], face.postscript_name());
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
    let mut cid_font = pdf.cid_font(cid);
    cid_font
        .subtype(CidFontType::Type2)
        .base_font(base)
        .system_info(system_info())
        .font_descriptor(descriptor)
        .default_width(0.0)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    cid_font.widths().consecutive(0, widths);
    cid_font.finish();

    let mut flags = FontFlags::NON_SYMBOLIC;
    if face == Face::Mono {
        flags |= FontFlags::FIXED_PITCH;
    }
    let b = use_.bbox;
    pdf.font_descriptor(descriptor)
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
        .stem_v(if face == Face::Bold { 140.0 } else { 80.0 })
        .font_file2(file);

    let mut unicode = UnicodeCmap::new(Name(b"Custom"), system_info());
    for (gid, ch) in &use_.chars {
        unicode.pair(*gid, *ch);
    }
    let unicode = unicode.finish();
    pdf.cmap(cmap, unicode.as_slice())
        .name(Name(b"Custom"))
        .system_info(system_info());
    pdf.stream(file, &deflate(&subset))
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), subset.len() as i32);
    Ok(())
}

fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}
