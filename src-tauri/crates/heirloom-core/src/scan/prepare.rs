//! Image variants that rescue codes the first pass misses. Each targets one failure: uneven
//! light and shadows (flatten), faded or stained print (local threshold), blur (sharpen),
//! very small or very large modules (rescale), and busy pages where one card crowds out
//! another (tiles).

use image::{imageops, GrayImage, Luma};

/// Images smaller than this on their short side are enlarged for the retries.
const SMALL: u32 = 900;
/// Images larger than this on their long side are also tried at half size.
const LARGE: u32 = 1400;

/// The variants of the full pipeline, cheapest first.
pub fn variants(img: &GrayImage) -> Vec<GrayImage> {
    let (w, h) = img.dimensions();
    let mut out = Vec::new();
    let base = if w.min(h) < SMALL {
        let f = (SMALL as f32 / w.min(h) as f32).min(3.0);
        imageops::resize(
            img,
            (w as f32 * f) as u32,
            (h as f32 * f) as u32,
            imageops::FilterType::CatmullRom,
        )
    } else {
        img.clone()
    };
    if w.min(h) < SMALL {
        out.push(base.clone());
    }
    let flat = flatten(&base);
    out.push(threshold(&flat));
    out.push(sharpen(&flat));
    out.push(flat);
    if w.max(h) > LARGE {
        out.push(imageops::resize(
            img,
            w / 2,
            h / 2,
            imageops::FilterType::Triangle,
        ));
    }
    out
}

/// One variant for a live frame; `attempt` walks through them over successive frames.
pub fn frame_variant(img: &GrayImage, attempt: u32) -> Option<GrayImage> {
    match attempt % 3 {
        0 => Some(threshold(&flatten(img))),
        1 => Some(sharpen(&flatten(img))),
        _ => Some(imageops::resize(
            img,
            img.width() / 2,
            img.height() / 2,
            imageops::FilterType::Triangle,
        )),
    }
}

/// How many tiles [`tiles`] makes of `img`, without making them.
pub fn tile_count(img: &GrayImage) -> usize {
    if img.width().max(img.height()) < LARGE {
        0
    } else {
        4 + 9
    }
}

/// Overlapping quarters and ninths of a large page, each enlarged to full size: a flatbed
/// page holds several small cards, and a decoder that gives up on one region may read it
/// alone.
pub fn tiles(img: &GrayImage) -> Vec<GrayImage> {
    let (w, h) = img.dimensions();
    if w.max(h) < LARGE {
        return Vec::new();
    }
    let mut out = Vec::new();
    for n in [2u32, 3] {
        // Each tile is 1/n of the side plus a quarter of that as overlap.
        let (tw, th) = (w / n + w / (4 * n), h / n + h / (4 * n));
        for j in 0..n {
            for i in 0..n {
                let x = (i * w / n).saturating_sub(w / (8 * n)).min(w - tw);
                let y = (j * h / n).saturating_sub(h / (8 * n)).min(h - th);
                let tile = imageops::crop_imm(img, x, y, tw, th).to_image();
                out.push(flatten(&tile));
            }
        }
    }
    out
}

/// Summed-area table, for box means of any size in constant time per pixel. Sums are kept
/// modulo 2³² (half the memory of `u64`, which a 16 MP picture feels): a box's sum is the
/// wrapping combination of four entries, exact while the box's true sum fits 32 bits,
/// which 255 × the area of any box used here (at most a sixth of the short side squared)
/// always does.
struct Integral {
    w: usize,
    sums: Vec<u32>,
}

impl Integral {
    fn new(img: &GrayImage) -> Integral {
        let (w, h) = (img.width() as usize, img.height() as usize);
        let mut sums = vec![0u32; (w + 1) * (h + 1)];
        for y in 0..h {
            let mut row = 0u32;
            for x in 0..w {
                row = row.wrapping_add(u32::from(img.as_raw()[y * w + x]));
                sums[(y + 1) * (w + 1) + x + 1] = sums[y * (w + 1) + x + 1].wrapping_add(row);
            }
        }
        Integral { w, sums }
    }

    /// Mean of the box [x0, x1) × [y0, y1).
    fn mean(&self, x0: usize, y0: usize, x1: usize, y1: usize) -> f32 {
        let s = |x: usize, y: usize| self.sums[y * (self.w + 1) + x];
        let total = s(x1, y1)
            .wrapping_add(s(x0, y0))
            .wrapping_sub(s(x1, y0))
            .wrapping_sub(s(x0, y1));
        total as f32 / ((x1 - x0) * (y1 - y0)).max(1) as f32
    }
}

fn box_means(img: &GrayImage, radius: usize) -> Vec<f32> {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let integral = Integral::new(img);
    let mut out = Vec::with_capacity(w * h);
    for y in 0..h {
        let (y0, y1) = (y.saturating_sub(radius), (y + radius + 1).min(h));
        for x in 0..w {
            let (x0, x1) = (x.saturating_sub(radius), (x + radius + 1).min(w));
            out.push(integral.mean(x0, y0, x1, y1));
        }
    }
    out
}

/// Divides out the light: each pixel over the brightest of its neighbourhood's means, so
/// that paper in shadow and paper in sunlight both come out white.
pub(super) fn flatten(img: &GrayImage) -> GrayImage {
    let radius = (img.width().min(img.height()) / 12).max(8) as usize;
    let means = box_means(img, radius);
    let w = img.width();
    GrayImage::from_fn(img.width(), img.height(), |x, y| {
        let m = means[(y * w + x) as usize].max(8.0);
        let v = f32::from(img.get_pixel(x, y)[0]) / (m * 1.25) * 255.0;
        Luma([v.clamp(0.0, 255.0) as u8])
    })
}

/// Black where a pixel is clearly darker than its neighbourhood, white elsewhere.
pub(super) fn threshold(img: &GrayImage) -> GrayImage {
    let radius = (img.width().min(img.height()) / 30).max(6) as usize;
    let means = box_means(img, radius);
    let w = img.width();
    GrayImage::from_fn(img.width(), img.height(), |x, y| {
        let m = means[(y * w + x) as usize];
        let v = f32::from(img.get_pixel(x, y)[0]);
        Luma([if v < m * 0.88 { 0 } else { 255 }])
    })
}

/// Unsharp mask: the image plus its difference from a small blur.
fn sharpen(img: &GrayImage) -> GrayImage {
    let means = box_means(img, 2);
    let w = img.width();
    GrayImage::from_fn(img.width(), img.height(), |x, y| {
        let v = f32::from(img.get_pixel(x, y)[0]);
        let m = means[(y * w + x) as usize];
        Luma([(v + 1.5 * (v - m)).clamp(0.0, 255.0) as u8])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flatten_lifts_shadowed_paper_to_white() {
        // Left half in shadow (paper 90), right half lit (paper 240), one dark mark in each.
        let mut img = GrayImage::from_fn(200, 100, |x, _| Luma([if x < 100 { 90 } else { 240 }]));
        img.put_pixel(50, 50, Luma([20]));
        img.put_pixel(150, 50, Luma([40]));
        let flat = flatten(&img);
        assert!(flat.get_pixel(20, 20)[0] > 180, "shadowed paper stays dark");
        assert!(flat.get_pixel(180, 20)[0] > 180);
        assert!(flat.get_pixel(50, 50)[0] < 80, "mark in the shadow lost");
    }

    #[test]
    fn threshold_is_black_and_white() {
        let img = GrayImage::from_fn(64, 64, |x, y| Luma([((x * 3 + y) % 256) as u8]));
        assert!(threshold(&img).pixels().all(|p| p[0] == 0 || p[0] == 255));
    }

    #[test]
    fn box_means_are_exact_past_the_32_bit_wrap() {
        // 5000 × 4000 of white sums to 5.1e9 over the whole table: past 2³².
        let img = GrayImage::from_pixel(5000, 4000, Luma([255]));
        let integral = Integral::new(&img);
        assert_eq!(integral.mean(4000, 3000, 5000, 4000), 255.0);
        assert_eq!(integral.mean(0, 0, 10, 10), 255.0);
    }

    #[test]
    fn tiles_cover_the_page() {
        let img = GrayImage::new(2000, 1500);
        let made = tiles(&img);
        assert_eq!(made.len(), 4 + 9);
        assert!(made.iter().all(|t| t.width() <= 2000 && t.height() <= 1500));
        assert!(tiles(&GrayImage::new(800, 600)).is_empty());
    }
}
