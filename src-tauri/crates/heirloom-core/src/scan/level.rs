//! Levelling a photo's text lines before OCR: Tesseract reads lines tilted by a degree or
//! two, but a card held at 6° loses whole groups. The tilt is found by a projection
//! profile: the ink of printed lines, projected along the right angle, piles up into a few
//! sharp rows, so the angle whose row counts have the largest sum of squares is the tilt.

use image::{imageops, GrayImage, Luma};

/// The largest tilt searched, either way, in degrees: a card photographed "upright".
const MAX_DEGREES: f32 = 20.0;

/// The side the tilt is measured at: enough for the printed groups' rows to stand out.
const SIDE: u32 = 900;

/// The tilt of the text lines in `img`, in radians (positive: lines fall to the right).
pub(super) fn tilt(img: &GrayImage) -> f32 {
    let (w, h) = img.dimensions();
    let f = (SIDE as f32 / w.max(h) as f32).min(1.0);
    let small = imageops::resize(
        img,
        ((w as f32 * f) as u32).max(1),
        ((h as f32 * f) as u32).max(1),
        imageops::FilterType::Triangle,
    );
    let ink: Vec<(f32, f32)> = super::prepare::threshold(&super::prepare::flatten(&small))
        .enumerate_pixels()
        .filter(|(_, _, p)| p[0] == 0)
        .map(|(x, y, _)| (x as f32, y as f32))
        .collect();
    let score = |deg: f32| -> u64 {
        let (s, c) = deg.to_radians().sin_cos();
        let rows = (small.width() + small.height()) as usize * 2;
        let mut bins = vec![0u64; rows];
        for &(x, y) in &ink {
            let r = (y * c - x * s) as isize + rows as isize / 2;
            if let Some(b) = usize::try_from(r).ok().and_then(|r| bins.get_mut(r)) {
                *b += 1;
            }
        }
        bins.iter().map(|b| b * b).sum()
    };
    let best = |from: f32, to: f32, step: f32| -> f32 {
        let n = ((to - from) / step).round() as i32;
        (0..=n)
            .map(|k| from + k as f32 * step)
            .max_by_key(|&d| score(d))
            .unwrap_or(0.0)
    };
    let coarse = best(-MAX_DEGREES, MAX_DEGREES, 1.0);
    best(coarse - 1.0, coarse + 1.0, 0.2).to_radians()
}

/// `img` turned by `-angle` about its centre (bilinear), so that lines tilted by `angle`
/// come out level; what the turn brings in from outside is white.
pub(super) fn level(img: &GrayImage, angle: f32) -> GrayImage {
    let (w, h) = img.dimensions();
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    let (s, c) = angle.sin_cos();
    GrayImage::from_fn(w, h, |x, y| {
        // The output pixel's place in the tilted picture.
        let (dx, dy) = (x as f32 - cx, y as f32 - cy);
        let (sx, sy) = (cx + dx * c - dy * s, cy + dx * s + dy * c);
        Luma([bilinear(img, sx, sy)])
    })
}

fn bilinear(img: &GrayImage, x: f32, y: f32) -> u8 {
    let (w, h) = img.dimensions();
    if x < 0.0 || y < 0.0 || x > (w - 1) as f32 || y > (h - 1) as f32 {
        return 255;
    }
    let (x0, y0) = (x.floor() as u32, y.floor() as u32);
    let (x1, y1) = ((x0 + 1).min(w - 1), (y0 + 1).min(h - 1));
    let (fx, fy) = (x - x0 as f32, y - y0 as f32);
    let p = |x, y| f32::from(img.get_pixel(x, y)[0]);
    let top = p(x0, y0) * (1.0 - fx) + p(x1, y0) * fx;
    let bottom = p(x0, y1) * (1.0 - fx) + p(x1, y1) * fx;
    (top * (1.0 - fy) + bottom * fy).round() as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tilt_of_ruled_lines_is_found_and_levelled() {
        // Dashed lines, like rows of groups, tilted by 7°.
        let angle = 7f32.to_radians();
        let img = GrayImage::from_fn(600, 400, |x, y| {
            let (xf, yf) = (x as f32 - 300.0, y as f32 - 200.0);
            let along = xf * angle.cos() + yf * angle.sin();
            let across = -xf * angle.sin() + yf * angle.cos();
            let on_line = across.rem_euclid(40.0) < 6.0 && along.rem_euclid(14.0) < 9.0;
            Luma([if on_line && along.abs() < 250.0 {
                20
            } else {
                235
            }])
        });
        let found = tilt(&img);
        assert!(
            (found - angle).abs() < 0.6f32.to_radians(),
            "{}",
            found.to_degrees()
        );
        assert!(tilt(&level(&img, found)).abs() < 0.6f32.to_radians());
    }
}
