//! Damage that takes one finder pattern of the code or lands on its data (issue 15, point 2):
//! a torn-off corner, a sticker or a thumb, blown-out glare, a fold, blots. Each scene is a
//! card lying on a table, photographed from roughly above (any turn, a little perspective),
//! so that what is measured is the damage, not the camera.

use std::f32::consts::PI;

use image::{GrayImage, Luma};
use rand::Rng;

use crate::ops::{self, Homography};
use crate::paper;

/// The damage of one scene.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// The corner of the card holding one finder pattern torn off; the table shows.
    FinderTorn,
    /// A sticker or a thumb over one finder pattern.
    FinderCovered,
    /// A saturated reflection (a blob or a laminate's streak) over one finder pattern.
    GlareFinder,
    /// One to three folds through the code, flattened again.
    Crease,
    /// Opaque ink blots and small stickers over the data, the finders left clear.
    StainsData,
}

/// Where the code is on a card drawn by [`paper::card`]: module (u, v) is at card pixel
/// `origin + (u, v) · px`.
struct Layout {
    px: f32,
    origin: f32,
    n: f32,
}

impl Layout {
    fn of(text: &str, px: u32) -> Layout {
        let n = heirloom_core::qr::modules(text)
            .expect("card text fits a QR code")
            .width;
        // paper::card: a margin of 3 modules and a quiet zone of 4.
        Layout {
            px: px as f32,
            origin: 7.0 * px as f32,
            n: n as f32,
        }
    }

    /// The card pixel of module position (u, v).
    fn at(&self, (u, v): (f32, f32)) -> (f32, f32) {
        (self.origin + u * self.px, self.origin + v * self.px)
    }

    /// The outer corner of finder `which` (0 top left, 1 top right, 2 bottom left), in
    /// modules, and the unit steps from it along the code's two edges into the code.
    fn finder_corner(&self, which: usize) -> ((f32, f32), (f32, f32), (f32, f32)) {
        match which {
            0 => ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0)),
            1 => ((self.n, 0.0), (-1.0, 0.0), (0.0, 1.0)),
            _ => ((0.0, self.n), (1.0, 0.0), (0.0, -1.0)),
        }
    }

    /// The centre of finder `which`, in card pixels.
    fn finder_centre(&self, which: usize) -> (f32, f32) {
        let (c, e1, e2) = self.finder_corner(which);
        self.at((c.0 + 3.5 * (e1.0 + e2.0), c.1 + 3.5 * (e1.1 + e2.1)))
    }
}

/// The scene of `damage` for the card `text`.
pub fn render(damage: Damage, text: &str, rng: &mut impl Rng) -> GrayImage {
    let px = rng.gen_range(8..11);
    let mut card = paper::card(text, px, rng);
    let layout = Layout::of(text, px);
    let which = rng.gen_range(0..3);
    let table = rng.gen_range(70u8..150);
    match damage {
        Damage::FinderTorn => {
            let (corner, e1, e2) = layout.finder_corner(which);
            // Across the finder: 10 modules from its outer corner leaves a sliver of it,
            // 16 takes all of it and a triangle of data beyond.
            let (d1, d2) = (rng.gen_range(10.0..16.0), rng.gen_range(10.0..16.0));
            let p1 = layout.at((corner.0 + d1 * e1.0, corner.1 + d1 * e1.1));
            let p2 = layout.at((corner.0 + d2 * e2.0, corner.1 + d2 * e2.1));
            let c = layout.at((
                corner.0 - 5.0 * (e1.0 + e2.0),
                corner.1 - 5.0 * (e1.1 + e2.1),
            ));
            return photographed(&card, table, rng, |img, to, quad, rng| {
                ops::tear_off(
                    img,
                    quad,
                    (to.apply(p1.0, p1.1), to.apply(p2.0, p2.1)),
                    to.apply(c.0, c.1),
                    table,
                    rng,
                );
            });
        }
        Damage::FinderCovered => cover(&mut card, &layout, which, rng),
        Damage::GlareFinder => {
            ops::contrast(&mut card, rng.gen_range(15..35), rng.gen_range(210..235));
            let (cx, cy) = layout.finder_centre(which);
            let m = layout.px;
            let (cx, cy) = (
                cx + rng.gen_range(-1.5..1.5) * m,
                cy + rng.gen_range(-1.5..1.5) * m,
            );
            if rng.gen_bool(0.5) {
                let (rx, ry) = (rng.gen_range(5.0..8.0) * m, rng.gen_range(4.0..7.0) * m);
                ops::glare(&mut card, cx, cy, rx, ry, rng.gen_range(1.8..3.0));
            } else {
                let angle = rng.gen_range(0.0..PI);
                let width = rng.gen_range(1.5..2.5) * m;
                ops::streak(&mut card, (cx, cy), angle, width, rng.gen_range(1.5..2.5));
            }
        }
        Damage::Crease => {
            for _ in 0..rng.gen_range(1..4) {
                let (u, v) = (
                    rng.gen_range(0.25..0.75) * layout.n,
                    rng.gen_range(0.25..0.75) * layout.n,
                );
                let m = layout.px;
                card = ops::crease(
                    &card,
                    layout.at((u, v)),
                    rng.gen_range(0.0..PI),
                    rng.gen_range(0.3..1.0) * m,
                    rng.gen_range(0.7..0.95),
                    rng.gen_range(0.25..0.5) * m,
                );
            }
        }
        Damage::StainsData => blots(&mut card, &layout, rng),
    }
    photographed(&card, table, rng, |_, _, _, _| {})
}

/// A sticker (a label, square-ish, light or coloured) or a thumb (long, rounded, shaded,
/// reaching in from outside the code) over finder `which`.
fn cover(card: &mut GrayImage, layout: &Layout, which: usize, rng: &mut impl Rng) {
    let (cx, cy) = layout.finder_centre(which);
    let m = layout.px;
    let (_, e1, e2) = layout.finder_corner(which);
    // Outwards, along the diagonal from the finder's centre past its outer corner.
    let out = (-(e1.0 + e2.0) / 2f32.sqrt(), -(e1.1 + e2.1) / 2f32.sqrt());
    if rng.gen_bool(0.5) {
        let (half_w, half_h) = (rng.gen_range(4.5..6.5) * m, rng.gen_range(4.5..6.5) * m);
        let (s, c) = rng.gen_range(0.0..PI).sin_cos();
        let (ox, oy) = (
            cx + rng.gen_range(-1.0..1.0) * m,
            cy + rng.gen_range(-1.0..1.0) * m,
        );
        let grey: f32 = rng.gen_range(150.0..245.0);
        fill(card, |x, y| {
            let (dx, dy) = (x - ox, y - oy);
            let (a, b) = (dx * c + dy * s, -dx * s + dy * c);
            // A printed label's edge is a little darker than its face.
            let edge = (half_w - a.abs()).min(half_h - b.abs());
            (edge > 0.0).then_some(if edge < 0.25 * m { grey * 0.8 } else { grey })
        });
    } else {
        let (long, wide) = (rng.gen_range(9.0..13.0) * m, rng.gen_range(5.0..6.5) * m);
        let turn = rng.gen_range(-0.4f32..0.4);
        let dir = (
            out.0 * turn.cos() - out.1 * turn.sin(),
            out.0 * turn.sin() + out.1 * turn.cos(),
        );
        // The tip of the thumb a module or two past the finder's centre, the rest outside.
        let tip = rng.gen_range(1.0..3.0) * m;
        let (ox, oy) = (
            cx - dir.0 * tip + dir.0 * long,
            cy - dir.1 * tip + dir.1 * long,
        );
        let skin: f32 = rng.gen_range(120.0..190.0);
        fill(card, |x, y| {
            let (dx, dy) = (x - ox, y - oy);
            let (a, b) = (dx * dir.0 + dy * dir.1, -dx * dir.1 + dy * dir.0);
            let d = (a / long).powi(2) + (b / wide).powi(2);
            (d < 1.0).then_some(skin * (1.0 - 0.35 * d * d))
        });
    }
}

/// Sets each pixel of `card` for which `paint` gives a grey.
fn fill(card: &mut GrayImage, paint: impl Fn(f32, f32) -> Option<f32>) {
    for (x, y, p) in card.enumerate_pixels_mut() {
        if let Some(v) = paint(x as f32 + 0.5, y as f32 + 0.5) {
            p[0] = v.round().clamp(0.0, 255.0) as u8;
        }
    }
}

/// Three to six opaque blots over the data: ink (dark) or a small sticker or correction
/// fluid (light), 2 to 4.5 modules in radius, none over a finder pattern.
fn blots(card: &mut GrayImage, layout: &Layout, rng: &mut impl Rng) {
    let n = layout.n;
    let (mut placed, count) = (0, rng.gen_range(3..7));
    while placed < count {
        let (u, v) = (rng.gen_range(2.0..n - 2.0), rng.gen_range(2.0..n - 2.0));
        let clear_of_finders = [(3.5, 3.5), (n - 3.5, 3.5), (3.5, n - 3.5)]
            .iter()
            .all(|&(fu, fv): &(f32, f32)| (u - fu).abs().max((v - fv).abs()) > 9.0);
        if !clear_of_finders {
            continue;
        }
        let r = rng.gen_range(2.0..4.5) * layout.px;
        let value = if rng.gen_bool(0.6) {
            rng.gen_range(10..60)
        } else {
            rng.gen_range(200..250)
        };
        ops::blot(card, layout.at((u, v)), r, value, rng);
        placed += 1;
    }
}

/// `card` lying on a table of grey `table`, photographed from roughly above: any turn, a
/// little perspective, its longer side 650 to 850 pixels of a 1200 × 1200 picture. `then`
/// damages the picture once the card is in it (given the map from the card's pixels to the
/// picture's and the card's corners in it), before the camera's blur, noise and JPEG.
fn photographed<R: Rng>(
    card: &GrayImage,
    table: u8,
    rng: &mut R,
    then: impl FnOnce(&mut GrayImage, &Homography, [(f32, f32); 4], &mut R),
) -> GrayImage {
    let (w, h) = (card.width() as f32, card.height() as f32);
    let mut photo = GrayImage::from_pixel(1200, 1200, Luma([table]));
    let scale = rng.gen_range(650.0..850.0) / w.max(h);
    let mut quad = ops::turned_rect(w, h, 600.0, 600.0, scale, rng.gen_range(0.0..2.0 * PI));
    for p in &mut quad {
        p.0 += rng.gen_range(-0.03..0.03) * 800.0;
        p.1 += rng.gen_range(-0.03..0.03) * 800.0;
    }
    ops::place(&mut photo, card, quad);
    let to = Homography::between([(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)], quad);
    then(&mut photo, &to, quad, rng);
    let mut photo = ops::gaussian_blur(&photo, rng.gen_range(0.6..1.1));
    ops::noise(&mut photo, 3.0, rng);
    ops::jpeg(&photo, 85)
}
