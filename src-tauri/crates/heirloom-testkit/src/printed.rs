//! Cards whose QR code is destroyed but whose printed text is legible (issue 15, point 3):
//! Heirloom's own card picture, the code painted over, torn away or under a sticker, then
//! photographed as a phone does it. Unlike the other scenes these need a real card (the
//! core draws the card's text from it), so they are made from one, not from a seed alone.

use image::{GrayImage, Luma};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use heirloom_core::render::{self, CardSheet, PrintOptions};
use heirloom_core::Card;

use crate::ops;
use crate::scene::Scene;

/// The card as Heirloom renders it, at `dpi`, grey.
///
/// # Panics
/// If the core cannot render the card (every real card renders).
pub fn rendered(card: &Card, dpi: u32) -> GrayImage {
    let png = render::png(&CardSheet::new(card.clone()), &PrintOptions::default(), dpi)
        .expect("a card renders");
    image::load_from_memory(&png)
        .expect("the core's PNG decodes")
        .to_luma8()
}

/// The card as Heirloom renders it at 300 dpi, its QR code (quiet zone included) painted
/// over in the grey `shade`: a code beyond any repair, the printed text under it intact.
pub fn painted(card: &Card, shade: u8) -> GrayImage {
    let mut img = rendered(card, 300);
    let (l, t, r, b) = qr_box(&img);
    for y in t..b {
        for x in l..r {
            img.put_pixel(x, y, image::Luma([shade]));
        }
    }
    img
}

/// The QR code's box on a rendered card, quiet zone included, as (left, top, right,
/// bottom): centred across the card, 47.7 of its 92 mm wide, and down the card the longest
/// run of rows with ink in that band (text lines have white rows between them; every row
/// of a code has dark modules).
pub fn qr_box(card: &GrayImage) -> (u32, u32, u32, u32) {
    let (w, h) = card.dimensions();
    let half = (w as f32 * 47.7 / 92.0 / 2.0) as u32;
    let (left, right) = (w / 2 - half, w / 2 + half);
    let inked = |y: u32| (left..right).any(|x| card.get_pixel(x, y)[0] < 128);
    let (mut best, mut run_start) = ((0, 0), None);
    for y in 0..h {
        match (inked(y), run_start) {
            (true, None) => run_start = Some(y),
            (false, Some(s)) => {
                if y - s > best.1 - best.0 {
                    best = (s, y);
                }
                run_start = None;
            }
            _ => {}
        }
    }
    let quiet = (right - left) / 12;
    (
        left,
        best.0.saturating_sub(quiet),
        right,
        (best.1 + quiet).min(h),
    )
}

/// How the code was lost.
fn destroy(card: &mut GrayImage, rng: &mut impl Rng) {
    let (l, t, r, b) = qr_box(card);
    let value = match rng.gen_range(0..3) {
        0 => rng.gen_range(10..60),   // painted or inked over
        1 => rng.gen_range(235..252), // a paper sticker or correction fluid
        _ => rng.gen_range(90..140),  // torn away, the table showing
    };
    // Ragged edges: the box, grown or shrunk a little on each side, then blots along it.
    let side = (r - l) as f32;
    let grow = |rng: &mut dyn rand::RngCore| (rng.gen_range(-0.04f32..0.08) * side) as i64;
    let (l2, t2) = (i64::from(l) - grow(rng), i64::from(t) - grow(rng));
    let (r2, b2) = (i64::from(r) + grow(rng), i64::from(b) + grow(rng));
    for y in t2.max(0)..b2.min(i64::from(card.height())) {
        for x in l2.max(0)..r2.min(i64::from(card.width())) {
            card.put_pixel(x as u32, y as u32, Luma([value]));
        }
    }
    for _ in 0..rng.gen_range(3..8) {
        let (cx, cy) = (
            rng.gen_range(l2 as f32..r2 as f32),
            rng.gen_range(t2 as f32..b2 as f32),
        );
        ops::blot(card, (cx, cy), side * rng.gen_range(0.05..0.12), value, rng);
    }
}

/// A phone photo of `card` whose code was destroyed: held roughly upright (within 6°),
/// a little perspective, filling 60 to 90 % of a 1600×1200 frame's height on a cluttered
/// desk, uneven light, soft focus, noise and JPEG. The scene for `seed`.
pub fn scene(card: &Card, seed: u64) -> Scene {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x7e47 << 48);
    let mut img = rendered(card, rng.gen_range(200..=300));
    destroy(&mut img, &mut rng);
    let mut photo = ops::clutter(1600, 1200, &mut rng);
    let (w, h) = (img.width() as f32, img.height() as f32);
    let size = rng.gen_range(0.6..0.9) * 1200.0;
    let angle = rng.gen_range(-6.0f32..6.0).to_radians();
    let mut quad = ops::turned_rect(w, h, 800.0, 600.0, size / w.max(h), angle);
    for p in &mut quad {
        p.0 += rng.gen_range(-0.03..0.03) * size;
        p.1 += rng.gen_range(-0.03..0.03) * size;
    }
    ops::place(&mut photo, &img, quad);
    let (a, b) = (
        rng.gen_range(0.55..0.85),
        rng.gen_range(0.0..std::f32::consts::TAU),
    );
    ops::light(&mut photo, |x, y| {
        let t = ((x - 800.0) * b.cos() + (y - 600.0) * b.sin()) / 1000.0;
        (1.0 - a) / 2.0 + a + t * (1.0 - a)
    });
    let mut photo = ops::gaussian_blur(&photo, rng.gen_range(0.5..1.1));
    ops::noise(&mut photo, 4.0, &mut rng);
    Scene {
        image: ops::jpeg(&photo, 80),
        texts: vec![card.to_text()],
        frames: Vec::new(),
    }
}
