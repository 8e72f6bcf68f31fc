//! Blots beside the printed text, whitened before Tesseract reads it: the ink, sticker or
//! tear over a card's QR code reaches down to the first row of groups, and the engine's
//! page layout then takes the patch and the row for one block of noise and reads neither.
//! A patch is dark in every direction for longer than a character's stroke is thick, so a
//! closing (the lightest value near each pixel, then the darkest of those) keeps patches
//! and loses strokes; what it keeps is painted white.

use image::GrayImage;

/// How much darker than the paper a pixel of a patch is (of 255).
const DARKER: u8 = 80;

/// `img` with every dark patch thicker than `size` pixels both ways painted white, and a
/// margin of a few pixels around it (a blot's ragged edge is thinner than `size`).
pub(super) fn whitened(img: &GrayImage, size: u32) -> GrayImage {
    let (w, h) = (img.width() as usize, img.height() as usize);
    if w == 0 || h == 0 || size < 3 {
        return img.clone();
    }
    let r = size as usize / 2;
    let mut values: Vec<u8> = img.as_raw().clone();
    // The paper: the light end of the picture's values (most of a crop around text is paper).
    let mut sorted = values.clone();
    sorted.sort_unstable();
    let paper = sorted[sorted.len() * 9 / 10];
    let light = filtered(&values, w, h, r, u8::max);
    let closed = filtered(&light, w, h, r, u8::min);
    let patch: Vec<u8> = closed
        .iter()
        .map(|&v| u8::from(v.saturating_add(DARKER) < paper))
        .collect();
    let margin = filtered(&patch, w, h, (r / 3).max(2), u8::max);
    for (v, m) in values.iter_mut().zip(margin) {
        if m == 1 {
            *v = 255;
        }
    }
    GrayImage::from_raw(w as u32, h as u32, values).unwrap_or_else(|| img.clone())
}

/// `values` (a `w` × `h` picture) with each pixel replaced by `pick` of the square of
/// radius `r` around it, in two passes (rows, then columns).
fn filtered(values: &[u8], w: usize, h: usize, r: usize, pick: fn(u8, u8) -> u8) -> Vec<u8> {
    let mut rows = vec![0u8; values.len()];
    for y in 0..h {
        let line = &values[y * w..(y + 1) * w];
        for x in 0..w {
            let (a, b) = (x.saturating_sub(r), (x + r + 1).min(w));
            rows[y * w + x] = line[a..b].iter().copied().fold(line[x], pick);
        }
    }
    let mut out = vec![0u8; values.len()];
    for x in 0..w {
        for y in 0..h {
            let (a, b) = (y.saturating_sub(r), (y + r + 1).min(h));
            out[y * w + x] = (a..b).map(|k| rows[k * w + x]).fold(rows[y * w + x], pick);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;

    #[test]
    fn a_patch_goes_and_strokes_stay() {
        // Paper, a grey patch 60 px square, and thin strokes (4 px) beside it.
        let img = GrayImage::from_fn(200, 100, |x, y| {
            if (10..70).contains(&x) && (10..70).contains(&y) {
                Luma([120])
            } else if (100..104).contains(&x) || (40..44).contains(&y) && x > 120 {
                Luma([20])
            } else {
                Luma([230])
            }
        });
        let out = whitened(&img, 16);
        assert_eq!(out.get_pixel(40, 40)[0], 255, "the patch is gone");
        assert_eq!(out.get_pixel(101, 80)[0], 20, "a stroke stays");
        assert_eq!(out.get_pixel(150, 41)[0], 20, "a stroke stays");
        assert_eq!(out.get_pixel(190, 90)[0], 230, "the paper stays");
    }
}
