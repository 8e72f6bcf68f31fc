//! SVG writer. Glyphs become outline paths defined once and reused, so the document needs
//! no font and renders identically everywhere; QR modules are rectangles in one path.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use ab_glyph::{Font, GlyphId, OutlineCurve};

use super::fonts::{self, FontFile};
use super::page::{num, Item, Page, PT_PER_MM};
use super::shape;
use crate::error::Result;

pub(crate) fn document(page: &Page) -> Result<String> {
    let mut defs: BTreeMap<(FontFile, u16), String> = BTreeMap::new();
    let mut body = String::new();
    // Rectangles of one ink in one path.
    let mut rects: BTreeMap<u32, String> = BTreeMap::new();
    for item in &page.items {
        match item {
            Item::Rect { x, y, w, h, ink } => {
                let d = rects.entry(ink_key(*ink)).or_default();
                let _ = write!(
                    d,
                    "M{} {}h{}v{}h-{}z",
                    num(*x),
                    num(*y),
                    num(*w),
                    num(*h),
                    num(*w)
                );
            }
            Item::Text {
                x,
                y,
                size,
                face,
                ink,
                text,
            } => {
                let _ = write!(body, r#"<g fill="{}">"#, colour(*ink));
                for g in shape::line(*face, text)?.glyphs {
                    let font = g.file.font()?;
                    let scale = size / fonts::units_per_em(font);
                    if let Some(path) = glyph_path(font, g.id) {
                        defs.entry((g.file, g.id.0)).or_insert(path);
                        let _ = write!(
                            body,
                            r##"<use xlink:href="#g{}-{}" transform="matrix({} 0 0 -{} {} {})"/>"##,
                            g.file.index(),
                            g.id.0,
                            num_fine(scale),
                            num_fine(scale),
                            num(x + g.x * size),
                            num(y - g.y * size)
                        );
                    }
                }
                body.push_str("</g>");
            }
        }
    }
    let mut out = String::with_capacity(body.len() + 4096);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="{}mm" height="{}mm" viewBox="0 0 {} {}">"#,
        num(page.width / PT_PER_MM),
        num(page.height / PT_PER_MM),
        num(page.width),
        num(page.height)
    );
    out.push_str("<title>Heirloom shard card</title><defs>");
    for ((file, id), d) in &defs {
        let _ = write!(out, r#"<path id="g{}-{}" d="{}"/>"#, file.index(), id, d);
    }
    out.push_str("</defs>");
    let _ = write!(
        out,
        r##"<rect width="{}" height="{}" fill="#ffffff"/>"##,
        num(page.width),
        num(page.height)
    );
    for (ink, d) in &rects {
        let _ = write!(
            out,
            r#"<path fill="{}" d="{}"/>"#,
            colour(*ink as f32 / 100.0),
            d
        );
    }
    out.push_str(&body);
    out.push_str("</svg>\n");
    Ok(out)
}

fn ink_key(ink: f32) -> u32 {
    (ink.clamp(0.0, 1.0) * 100.0).round() as u32
}

fn colour(ink: f32) -> String {
    let v = (255.0 * (1.0 - ink.clamp(0.0, 1.0))).round() as u8;
    format!("#{v:02x}{v:02x}{v:02x}")
}

fn num_fine(v: f32) -> String {
    let s = format!("{v:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A glyph's outline in font units (y up), as path data; `None` for a blank glyph.
fn glyph_path(font: &impl Font, id: GlyphId) -> Option<String> {
    let outline = font.outline(id)?;
    let mut d = String::new();
    let mut last = None;
    for curve in &outline.curves {
        let (start, end) = match curve {
            OutlineCurve::Line(a, b)
            | OutlineCurve::Quad(a, _, b)
            | OutlineCurve::Cubic(a, _, _, b) => (*a, *b),
        };
        if last != Some(start) {
            if last.is_some() {
                d.push('Z');
            }
            let _ = write!(d, "M{} {}", start.x, start.y);
        }
        let _ = match curve {
            OutlineCurve::Line(_, b) => write!(d, "L{} {}", b.x, b.y),
            OutlineCurve::Quad(_, c, b) => write!(d, "Q{} {} {} {}", c.x, c.y, b.x, b.y),
            OutlineCurve::Cubic(_, c1, c2, b) => {
                write!(d, "C{} {} {} {} {} {}", c1.x, c1.y, c2.x, c2.y, b.x, b.y)
            }
        };
        last = Some(end);
    }
    if d.is_empty() {
        return None;
    }
    d.push('Z');
    Some(d)
}
