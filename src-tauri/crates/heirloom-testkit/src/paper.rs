//! A clean card as a printer would put it on paper: the QR code with its quiet zone, a thin
//! border, and lines of printed text below it (real cards have text right next to the code,
//! which a decoder must not mistake for part of it).

use image::{GrayImage, Luma};
use rand::Rng;

/// A card holding `text`'s QR code at `px` pixels per module, on white paper.
///
/// # Panics
/// If the text does not fit a QR code (no card text is that long).
pub fn card(text: &str, px: u32, rng: &mut impl Rng) -> GrayImage {
    let modules = heirloom_core::qr::modules(text).expect("card text fits a QR code");
    let w = u32::try_from(modules.width).expect("QR width fits u32");
    let quiet = 4;
    let qr_side = (w + 2 * quiet) * px;
    let margin = 3 * px;
    let text_band = 10 * px;
    let width = qr_side + 2 * margin;
    let height = qr_side + 2 * margin + text_band;
    let mut img = GrayImage::from_pixel(width, height, Luma([255]));
    // Border line, as a cut line or printed frame.
    let border = (px / 4).max(1);
    for x in 0..width {
        for t in 0..border {
            img.put_pixel(x, t, Luma([40]));
            img.put_pixel(x, height - 1 - t, Luma([40]));
        }
    }
    for y in 0..height {
        for t in 0..border {
            img.put_pixel(t, y, Luma([40]));
            img.put_pixel(width - 1 - t, y, Luma([40]));
        }
    }
    let origin = margin + quiet * px;
    for my in 0..modules.width {
        for mx in 0..modules.width {
            if modules.get(mx, my) {
                let (x0, y0) = (origin + mx as u32 * px, origin + my as u32 * px);
                for y in y0..y0 + px {
                    for x in x0..x0 + px {
                        img.put_pixel(x, y, Luma([0]));
                    }
                }
            }
        }
    }
    // Lines of "text": short dark dashes like printed characters.
    let line_h = (px * 3 / 2).max(2);
    let mut y = margin + qr_side;
    while y + line_h < height - margin / 2 {
        let mut x = margin;
        while x + px < width - margin {
            let glyph = rng.gen_range(px / 2..=px + px / 2).max(1);
            if rng.gen_bool(0.8) {
                for yy in y..y + line_h {
                    for xx in x..(x + glyph).min(width - margin) {
                        img.put_pixel(xx, yy, Luma([30]));
                    }
                }
            }
            x += glyph + (px / 2).max(1);
        }
        y += line_h * 2;
    }
    img
}
