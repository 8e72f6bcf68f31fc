//! PNG writer: the page drawn into grey pixels. Rectangles get exact area coverage (so
//! module edges are as sharp as the resolution allows), glyphs ab_glyph's coverage.

use ab_glyph::{point, Font, Glyph, PxScale};
use image::{GrayImage, ImageFormat, Luma};

use super::fonts::{self, Face};
use super::page::{Item, Page};
use super::shape;
use crate::error::{Error, Result};

pub(crate) fn png(page: &Page, dpi: f32) -> Result<Vec<u8>> {
    let img = rasterize(page, dpi)?;
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), ImageFormat::Png)
        .map_err(|_| Error::RenderFailed)?;
    Ok(out)
}

pub(crate) fn rasterize(page: &Page, dpi: f32) -> Result<GrayImage> {
    let s = dpi / 72.0;
    let w = (page.width * s).round().max(1.0) as u32;
    let h = (page.height * s).round().max(1.0) as u32;
    let mut ink = vec![0f32; w as usize * h as usize];
    for item in &page.items {
        match item {
            Item::Rect {
                x,
                y,
                w: rw,
                h: rh,
                ink: k,
            } => fill_rect(&mut ink, w, h, x * s, y * s, (x + rw) * s, (y + rh) * s, *k),
            Item::Text {
                x,
                y,
                size,
                face,
                ink: k,
                text,
            } => draw_text(&mut ink, w, h, (x * s, y * s), size * s, *k, *face, text)?,
        }
    }
    Ok(GrayImage::from_fn(w, h, |px, py| {
        let v = ink[py as usize * w as usize + px as usize].clamp(0.0, 1.0);
        Luma([(255.0 * (1.0 - v)).round() as u8])
    }))
}

/// Adds `k` times the coverage of the glyphs of `text`, set `px_size` pixels to the em
/// with its baseline starting at `origin` (pixels).
#[allow(clippy::too_many_arguments)]
fn draw_text(
    ink: &mut [f32],
    w: u32,
    h: u32,
    origin: (f32, f32),
    px_size: f32,
    k: f32,
    face: Face,
    text: &str,
) -> Result<()> {
    // The pen moves by each glyph's own width in pixels, as it always has for text set
    // glyph after glyph, so that such text comes out the same pixels as before shaping;
    // a glyph the shaper placed elsewhere (kerning, marks) is put where it says.
    let mut pen: Option<(f32, f32)> = None;
    for g in shape::line(face, text)?.glyphs {
        let font = g.file.font()?;
        let per_unit = px_size / fonts::units_per_em(font);
        let x = match pen {
            Some((px, em)) if (em - g.x).abs() < 1e-4 && g.y == 0.0 => px,
            _ => origin.0 + g.x * px_size,
        };
        let advance = font.h_advance_unscaled(g.id);
        pen = Some((
            x + advance * per_unit,
            g.x + advance / fonts::units_per_em(font),
        ));
        // ab_glyph scales by the font's height, not its em (and its own pt_to_px_scale
        // assumes 96 dpi): give it the height that makes one em `px_size` pixels.
        let scale = PxScale::from(font.height_unscaled() * per_unit);
        let glyph = Glyph {
            id: g.id,
            scale,
            position: point(x, origin.1 - g.y * px_size),
        };
        if let Some(outlined) = font.outline_glyph(glyph) {
            let b = outlined.px_bounds();
            outlined.draw(|gx, gy, c| {
                let px = b.min.x as i64 + i64::from(gx);
                let py = b.min.y as i64 + i64::from(gy);
                if px >= 0 && py >= 0 && px < i64::from(w) && py < i64::from(h) {
                    ink[py as usize * w as usize + px as usize] += c * k;
                }
            });
        }
    }
    Ok(())
}

/// Adds `k` times each pixel's covered area of the rectangle (x0, y0)–(x1, y1), in pixels.
#[allow(clippy::too_many_arguments)]
fn fill_rect(ink: &mut [f32], w: u32, h: u32, x0: f32, y0: f32, x1: f32, y1: f32, k: f32) {
    let (px0, px1) = (x0.floor().max(0.0) as u32, (x1.ceil() as u32).min(w));
    let (py0, py1) = (y0.floor().max(0.0) as u32, (y1.ceil() as u32).min(h));
    for py in py0..py1 {
        let cy = (y1.min(py as f32 + 1.0) - y0.max(py as f32)).max(0.0);
        for px in px0..px1 {
            let cx = (x1.min(px as f32 + 1.0) - x0.max(px as f32)).max(0.0);
            ink[py as usize * w as usize + px as usize] += cx * cy * k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs are drawn at the size the layout measured them: the ink of a line spans its
    /// measured width (a glyph scale off by 96/72 once made every line overlap itself).
    #[test]
    fn text_ink_spans_its_measured_width() {
        let text = "HEIRLOOM SHARD CARD 0123456789";
        for face in Face::ALL {
            let mut page = Page::new(400.0, 40.0);
            page.text(10.0, 30.0, 12.0, face, 1.0, text);
            let img = rasterize(&page, 288.0).unwrap();
            let columns: Vec<u32> = (0..img.width())
                .filter(|&x| (0..img.height()).any(|y| img.get_pixel(x, y).0[0] < 128))
                .collect();
            let ink = (columns[columns.len() - 1] - columns[0]) as f32 / 4.0;
            let measured = fonts::width(face, 12.0, text).unwrap();
            assert!(
                (ink - measured).abs() < 3.0,
                "{face:?}: ink {ink} pt, measured {measured} pt"
            );
        }
    }
}
