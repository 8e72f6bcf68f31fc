//! Codes with one finder pattern gone: a torn-off corner, a sticker or a thumb over it, or
//! glare that blew it out. The decoder finds a code by its three finders and reads nothing
//! when one is missing, although Reed–Solomon could repair the data under it. Here the
//! missing finder is put back: the two that are left ([`finders`]) fix the code's position,
//! turn and module size, which leave only a few places for the third (beside either of
//! them, on either side, or across the diagonal between them), and a card's code has one of
//! five sizes (versions 5 to 9). For each likely guess a copy of the code's part of the
//! picture gets a clean finder pattern painted there, with its separator and quiet zone,
//! and goes to the decoder.
//!
//! Painting was chosen over sampling the grid here: the decoder then does what it does
//! best (binarising, refining the grid on the alignment pattern, error correction) on a
//! picture that differs from the original only where the finder was, and the code stays
//! one decoder's. Every guess is one more chance for Reed–Solomon to land on a wrong
//! text, so the caller takes only card texts (every group passing its check), as for a
//! flattening (`unbend`).

use image::{imageops, GrayImage, Luma};

use super::finders::{self, Finder};
use super::{prepare, unbend};

/// Modules per side of a card's code: versions 5 to 9 (`qr::plan` prints 5 to 8).
const SIDES: [f32; 5] = [37.0, 41.0, 45.0, 49.0, 53.0];
/// Longest side of the copy of an opened picture that is searched and repaired.
const SIDE: u32 = 1400;
/// Longest side of a live frame's copy, at most: one small copy keeps a frame within its
/// time.
const FRAME_SIDE: u32 = 960;
/// Guesses tried on an opened picture, the likeliest first.
const MAX_GUESSES: usize = 12;
/// Share of neighbouring modules that differ, at least, over a guessed code: about half do
/// in a real code's data; paper, a table or the margin beside the code have few.
const MIN_TEXTURE: f32 = 0.25;

/// A guess at a code with one finder missing: the centres of the finder at its corner
/// (`corner`) and of the two beside it (`sides`), one of the three inferred (`missing`:
/// 0 the corner, 1 or 2 a side), and its modules per side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Guess {
    corner: (f32, f32),
    sides: [(f32, f32); 2],
    missing: usize,
    n: f32,
}

/// A picture shrunk to the working size, and the guesses worth trying on it, likeliest
/// first (none when fewer than two finders are found).
pub fn guesses(img: &GrayImage) -> (GrayImage, Vec<Guess>) {
    let small = unbend::shrink(img, SIDE);
    let list = ranked(&small);
    (small, list.into_iter().take(MAX_GUESSES).collect())
}

/// The repaired copy for one guess on a live frame, `attempt` choosing which, so that
/// successive frames try each in turn: None when the frame shows no two finders of a code.
pub fn frame(img: &GrayImage, attempt: u32) -> Option<GrayImage> {
    let small = decimated(img, FRAME_SIDE);
    let list = ranked(&small);
    let guess = list.get(attempt as usize % list.len().max(1))?;
    Some(repaired(&small, guess))
}

/// `img` with only every k-th pixel of every k-th row kept, k the least that brings its
/// longer side to `side` or less. Unlike a filtered shrink it costs next to nothing, which a
/// live frame needs (most frames show no code); a webcam's modules are many pixels wide, so
/// the few the sampling loses do not matter.
fn decimated(img: &GrayImage, side: u32) -> GrayImage {
    let k = img.width().max(img.height()).div_ceil(side).max(1);
    if k == 1 {
        return img.clone();
    }
    let (w, h) = (img.width() / k, img.height() / k);
    GrayImage::from_fn(w.max(1), h.max(1), |x, y| *img.get_pixel(x * k, y * k))
}

/// Every guess from the finders found in `img`, whose code looks like one (textured as
/// data), the most textured first.
fn ranked(img: &GrayImage) -> Vec<Guess> {
    let binary = prepare::threshold(img);
    let found = finders::find(&binary);
    let mut scored: Vec<(f32, Guess)> = Vec::new();
    for (i, a) in found.iter().enumerate() {
        for b in &found[i + 1..] {
            for g in around(a, b) {
                let third = g.points()[g.missing];
                let (w, h) = (img.width() as f32, img.height() as f32);
                let inside = third.0 >= 0.0 && third.1 >= 0.0 && third.0 < w && third.1 < h;
                // A finder found there means it is not missing: the decoder had all three.
                let taken = found
                    .iter()
                    .any(|f| (f.x - third.0).hypot(f.y - third.1) < 4.0 * f.module);
                if !inside || taken {
                    continue;
                }
                let t = texture(&binary, &g);
                if t >= MIN_TEXTURE && !scored.iter().any(|(_, s)| s == &g) {
                    scored.push((t, g));
                }
            }
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().map(|(_, g)| g).collect()
}

/// The places the third finder can be when `a` and `b` are two of a code's: beside either,
/// on either side of the line between them (they share an edge of the code), or across
/// the diagonal (they are the two beside the corner). For each, the code sizes that agree
/// with the finders' module size.
fn around(a: &Finder, b: &Finder) -> Vec<Guess> {
    let mut out = Vec::new();
    if a.module.max(b.module) > 1.5 * a.module.min(b.module) {
        return out;
    }
    let (pa, pb) = ((a.x, a.y), (b.x, b.y));
    let (dx, dy) = (pb.0 - pa.0, pb.1 - pa.1);
    let d = dx.hypot(dy);
    // A finder's runs are measured along rows and columns: a code turned by θ shows them
    // 1/cos θ too long.
    let module = (a.module + b.module) / 2.0;
    let folded = |angle: f32| {
        let q = std::f32::consts::FRAC_PI_2;
        let r = angle.rem_euclid(q);
        r.min(q - r)
    };
    let along = dy.atan2(dx);
    for s in [1.0f32, -1.0] {
        let perp = (-dy * s, dx * s);
        for n in sizes(d, module * folded(along).cos()) {
            for (corner, side) in [(pa, pb), (pb, pa)] {
                let third = (corner.0 + perp.0, corner.1 + perp.1);
                out.push(Guess {
                    corner,
                    sides: [side, third],
                    missing: 2,
                    n,
                });
            }
        }
        let diagonal = d / std::f32::consts::SQRT_2;
        let turned = module * folded(along - std::f32::consts::FRAC_PI_4).cos();
        for n in sizes(diagonal, turned) {
            let corner = ((pa.0 + pb.0 + perp.0) / 2.0, (pa.1 + pb.1 + perp.1) / 2.0);
            out.push(Guess {
                corner,
                sides: [pa, pb],
                missing: 0,
                n,
            });
        }
    }
    out
}

/// The code sizes whose module, for finders `side` pixels apart along an edge, is within a
/// fifth of `module`.
fn sizes(side: f32, module: f32) -> impl Iterator<Item = f32> {
    SIDES
        .into_iter()
        .filter(move |n| (side / (n - 7.0) - module).abs() < 0.2 * module)
}

impl Guess {
    /// The three finders' centres: the corner's, then the sides'.
    fn points(&self) -> [(f32, f32); 3] {
        [self.corner, self.sides[0], self.sides[1]]
    }

    /// Where module position (u, v) of the code is in the picture (the corner finder at
    /// the top left, the first side along u), an affine map through the three centres.
    fn at(&self, u: f32, v: f32) -> (f32, f32) {
        let k = self.n - 7.0;
        let (c, s1, s2) = (self.corner, self.sides[0], self.sides[1]);
        let (du, dv) = ((u - 3.5) / k, (v - 3.5) / k);
        (
            c.0 + du * (s1.0 - c.0) + dv * (s2.0 - c.0),
            c.1 + du * (s1.1 - c.1) + dv * (s2.1 - c.1),
        )
    }

    /// The module position (u, v) at picture point (x, y): the inverse of [`Guess::at`].
    fn module_at(&self, x: f32, y: f32) -> (f32, f32) {
        let k = self.n - 7.0;
        let (c, s1, s2) = (self.corner, self.sides[0], self.sides[1]);
        let (a, b) = ((s1.0 - c.0) / k, (s1.1 - c.1) / k);
        let (e, f) = ((s2.0 - c.0) / k, (s2.1 - c.1) / k);
        let det = a * f - b * e;
        let (px, py) = (x - c.0, y - c.1);
        (3.5 + (px * f - py * e) / det, 3.5 + (py * a - px * b) / det)
    }

    /// The missing finder's top-left module.
    fn missing_origin(&self) -> (f32, f32) {
        match self.missing {
            0 => (0.0, 0.0),
            1 => (self.n - 7.0, 0.0),
            _ => (0.0, self.n - 7.0),
        }
    }
}

/// How much the guessed code looks like data: the share of horizontally neighbouring
/// module centres, away from the finders, whose shade differs in `binary`.
fn texture(binary: &GrayImage, g: &Guess) -> f32 {
    let n = g.n as usize;
    let (w, h) = (binary.width() as f32, binary.height() as f32);
    let dark = |u: usize, v: usize| {
        let (x, y) = g.at(u as f32 + 0.5, v as f32 + 0.5);
        if x < 0.0 || y < 0.0 || x >= w || y >= h {
            return false;
        }
        binary.get_pixel(x as u32, y as u32)[0] == 0
    };
    let (mut differ, mut pairs) = (0u32, 0u32);
    for v in (9..n - 1).step_by(2) {
        let mut last = dark(9, v);
        for u in 10..n - 1 {
            let now = dark(u, v);
            differ += u32::from(now != last);
            pairs += 1;
            last = now;
        }
    }
    differ as f32 / pairs.max(1) as f32
}

/// The code's part of `img` for `guess`, with a quiet zone's margin, and a clean finder
/// pattern with its separator and quiet zone painted where the missing one is.
pub fn repaired(img: &GrayImage, guess: &Guess) -> GrayImage {
    let n = guess.n;
    // The margin takes in the quiet zone, and the perspective an affine guess misses.
    let margin = 4.0 + n / 8.0;
    let corners = [
        (-margin, -margin),
        (n + margin, -margin),
        (n + margin, n + margin),
        (-margin, n + margin),
    ]
    .map(|(u, v)| guess.at(u, v));
    let (w, h) = (img.width() as f32, img.height() as f32);
    let x0 = corners
        .iter()
        .map(|p| p.0)
        .fold(w, f32::min)
        .clamp(0.0, w - 1.0) as u32;
    let y0 = corners
        .iter()
        .map(|p| p.1)
        .fold(h, f32::min)
        .clamp(0.0, h - 1.0) as u32;
    let x1 = (corners
        .iter()
        .map(|p| p.0)
        .fold(0.0, f32::max)
        .ceil()
        .clamp(1.0, w) as u32)
        .max(x0 + 1);
    let y1 = (corners
        .iter()
        .map(|p| p.1)
        .fold(0.0, f32::max)
        .ceil()
        .clamp(1.0, h) as u32)
        .max(y0 + 1);
    let mut part = imageops::crop_imm(img, x0, y0, x1 - x0, y1 - y0).to_image();
    let (ink, paper) = shades(&part);
    let (fu, fv) = guess.missing_origin();
    for (x, y, p) in part.enumerate_pixels_mut() {
        let (u, v) = guess.module_at((x + x0) as f32 + 0.5, (y + y0) as f32 + 0.5);
        if let Some(dark) = finder_module(u - fu, v - fv, fu, fv) {
            *p = Luma([if dark { ink } else { paper }]);
        }
    }
    part
}

/// Whether (du, dv), in modules from the missing finder's top-left module, is dark in a
/// clean finder pattern, light in its separator or the quiet zone beyond the code's edge
/// (`fu`, `fv`: the finder's top-left module, telling which edges are outside); None
/// elsewhere, where the picture is kept.
fn finder_module(du: f32, dv: f32, fu: f32, fv: f32) -> Option<bool> {
    // A finder on the left of the code has the quiet zone on its left, one on the right
    // on its right; the same up and down. The separator is one module on its other sides.
    let span = |d: f32, at_start: bool| {
        if at_start {
            (-4.0..8.0).contains(&d)
        } else {
            (-1.0..11.0).contains(&d)
        }
    };
    if !(span(du, fu == 0.0) && span(dv, fv == 0.0)) {
        return None;
    }
    let ring = (du - 3.5).abs().max((dv - 3.5).abs());
    Some(ring < 1.5 || (2.5..3.5).contains(&ring))
}

/// The shades of ink and paper of a picture: its 5th and 95th percentiles.
fn shades(img: &GrayImage) -> (u8, u8) {
    let mut hist = [0usize; 256];
    for p in img.as_raw() {
        hist[usize::from(*p)] += 1;
    }
    let total = img.as_raw().len().max(1);
    let at = |share: f32| {
        let want = (total as f32 * share) as usize;
        let mut seen = 0;
        for (v, &c) in hist.iter().enumerate() {
            seen += c;
            if seen > want {
                return v as u8;
            }
        }
        255
    };
    (at(0.05), at(0.95))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::decoder;

    /// A card's code at `px` a module with its quiet zone, on white, finder `which` (0 top
    /// left, 1 top right, 2 bottom left) painted over with the grey of a sticker.
    fn covered(text: &str, px: u32, which: usize) -> GrayImage {
        let modules = crate::qr::modules(text).unwrap();
        let quiet = 6;
        let n = modules.width;
        let side = (n + 2 * quiet) as u32 * px;
        let (fu, fv) = [(0, 0), (n - 7, 0), (0, n - 7)][which];
        GrayImage::from_fn(side, side, |x, y| {
            let (mx, my) = ((x / px) as usize, (y / px) as usize);
            let inside = (quiet..quiet + n).contains(&mx) && (quiet..quiet + n).contains(&my);
            if !inside {
                return Luma([235]);
            }
            let (u, v) = (mx - quiet, my - quiet);
            if (fu..fu + 8).contains(&u) && (fv..fv + 8).contains(&v) {
                return Luma([150]);
            }
            Luma([if modules.get(u, v) { 20 } else { 235 }])
        })
    }

    fn text() -> String {
        let bytes: Vec<u8> = (0..61u8)
            .map(|i| i.wrapping_mul(53).wrapping_add(7))
            .collect();
        crate::text::encode(&bytes)
    }

    #[test]
    fn a_code_missing_any_one_finder_reads_once_repaired() {
        let text = text();
        for which in 0..3 {
            let img = covered(&text, 8, which);
            assert!(decoder::decode(&img).is_empty(), "{which}: read as it is");
            let (small, list) = guesses(&img);
            assert!(!list.is_empty(), "{which}: no guess");
            let read = list
                .iter()
                .any(|g| decoder::decode(&repaired(&small, g)) == [text.clone()]);
            assert!(read, "{which}: {list:?}");
        }
    }

    #[test]
    fn a_blank_page_gives_no_guess() {
        let img = GrayImage::from_pixel(640, 480, Luma([200]));
        assert!(guesses(&img).1.is_empty());
        assert!(frame(&img, 0).is_none());
    }
}
