//! Glare that moves (issue 15, point 2). A laminated card under a lamp shows a blown-out
//! reflection that can take more of the code than its error correction gives back, in
//! every frame. But the reflection moves as the hand tilts the card, and what one frame
//! lost another shows. So the camera's last few frames in which nothing was read and part
//! of the picture was blown out are kept, for a moment; each new such frame is combined
//! with them, and the decoder reads the combination.
//!
//! Combining: the card's motion from each earlier frame to the new one is measured around
//! the glare, block by block, and an affine motion (a shift, a turn, a little tilt) fitted
//! to the blocks that agree, since the card moves in the hand while the desk behind it
//! stays. Then, in and around the glared part of the new frame only, each pixel is darkened
//! to the darkest the aligned earlier frames show there, because glare only ever adds
//! light. Only card texts are taken from a combination, as from every other guess of the
//! scanner. The time is spent only on frames in which the fast path read nothing (figures
//! in `docs/benchmarks.md`).
//!
//! The frames are a card's picture: they are wiped when dropped, forgotten after
//! [`MAX_AGE`] and as soon as a code is read.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use image::GrayImage;
use zeroize::Zeroize;

use super::{cards_only, decoder};

/// Earlier frames combined with a new one: with it, four views of the moving reflection.
const KEPT: usize = 3;

/// Frames older than this are of another moment (the card put down, another card taken).
const MAX_AGE: Duration = Duration::from_millis(2500);

/// A pixel at or above this is taken as blown out (the sensor saturated).
const BLOWN: u8 = 250;

/// A frame counts as glared when at least one pixel in this many is blown out: a
/// reflection over a code a camera can read covers far more.
const BLOWN_SHARE: usize = 1000;

/// The side of the blocks aligned one by one, in the frame's pixels.
const BLOCK: usize = 32;

/// The coarse search is made on the frame shrunk by this factor.
const COARSE: usize = 4;

/// How far a block is searched for, in coarse pixels either way (×[`COARSE`] in the
/// frame's: 24 px between frames a quarter of a second apart, a hand held still).
const REACH: i32 = 6;

/// The fine search around the coarse motion, in the frame's pixels either way.
const FINE: i32 = 3;

/// A pixel's difference counts at most this much: glare, or a part of the card only one
/// frame shows, costs every shift alike instead of pulling the match its way.
const CAP: u32 = 48;

/// A coarse cell (a square of [`COARSE`] pixels) whose mean is at least this is glare, or
/// paper so bright that taking it from another frame changes nothing.
const GLARED: u8 = 240;

/// How far around a glared cell, in cells, the picture is taken as washed out.
const RIM: usize = 4;

/// The card's motion is measured on the blocks within this many blocks of the glare.
const AROUND: usize = 2;

/// A block agrees with a motion when its shift is within this many pixels of it.
const AGREE: f32 = 1.5;

/// A motion is taken when at least this many blocks, and a fifth of them, agree with it:
/// the desk behind the card, or a part of the card that turned, may hold the rest.
const AGREEING: usize = 8;

/// Two shrunk frames' cells differing by more than this differ by more than noise.
const SAME: u8 = 24;

/// The three-point guesses of [`consensus`].
const TRIES: usize = 200;

/// A block whose pixels spread less than this (standard deviation) is plain paper, desk
/// or glare: nothing to align on.
const TEXTURED: f32 = 10.0;

/// A few recent camera frames with glare in which nothing was read, to be combined with
/// the next.
#[derive(Default)]
pub struct GlareFrames {
    held: VecDeque<Held>,
}

impl std::fmt::Debug for GlareFrames {
    // A card's picture is not for a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GlareFrames({} held)", self.held.len())
    }
}

struct Held {
    img: Wiped,
    at: Instant,
}

/// A picture wiped when dropped.
struct Wiped(GrayImage);

impl Drop for Wiped {
    fn drop(&mut self) {
        (*self.0).zeroize();
    }
}

impl GlareFrames {
    /// The codes in one camera frame, as [`super::scan_frame`] reads them; when it reads
    /// nothing and the frame is glared, the frame combined with the glared ones before it.
    pub fn scan(&mut self, luma: &[u8], width: u32, height: u32, attempt: u32) -> Vec<String> {
        let found = super::scan_frame(luma, width, height, attempt);
        if !found.is_empty() {
            self.held.clear();
            return found;
        }
        // Nothing past the scanner's working size is held (scan_frame refused it too); a
        // frame of the wrong length is refused below.
        if u64::from(width) * u64::from(height) > super::budget::WORK_PIXELS {
            return found;
        }
        self.held
            .retain(|h| h.at.elapsed() < MAX_AGE && h.img.0.dimensions() == (width, height));
        if !glared(luma) {
            return found;
        }
        let Some(img) = GrayImage::from_raw(width, height, luma.to_vec()).map(Wiped) else {
            return found;
        };
        let mut found = Vec::new();
        if !self.held.is_empty() {
            let earlier: Vec<&GrayImage> = self.held.iter().rev().map(|h| &h.img.0).collect();
            if let Some(combined) = combine(&img.0, &earlier).map(Wiped) {
                found = cards_only(decoder::decode(&combined.0));
            }
        }
        if found.is_empty() {
            self.held.push_back(Held {
                img,
                at: Instant::now(),
            });
            if self.held.len() > KEPT {
                self.held.pop_front();
            }
        } else {
            self.held.clear();
        }
        found
    }

    /// How many frames are held.
    #[cfg(test)]
    fn held(&self) -> usize {
        self.held.len()
    }
}

/// True when enough of the frame is blown out to be glare.
fn glared(luma: &[u8]) -> bool {
    luma.iter().filter(|&&p| p >= BLOWN).count() * BLOWN_SHARE >= luma.len()
}

/// `new` with its glare taken away: each pixel in or near a glared part (see
/// [`glared_cells`]) darkened to the darkest that `earlier`, aligned to `new`, show there.
/// The rest of `new` is left as it is: a pixel taken from another frame is only as right as
/// the alignment, so only where glare is does another frame have its say. None when no
/// earlier frame adds anything: none aligns, or each shows the same view as `new` (a
/// bright window behind an empty desk, the camera and all in it still).
fn combine(new: &GrayImage, earlier: &[&GrayImage]) -> Option<GrayImage> {
    let (w, h) = (new.width() as usize, new.height() as usize);
    let coarse_new = shrunk(new);
    let small = View::of(&coarse_new.0);
    let glare = glared_cells(small);
    if !glare.contains(&true) {
        return None;
    }
    // Each earlier frame is aligned on its own thread: a glared frame's time is mostly this.
    let motions: Vec<(Affine, &GrayImage)> = std::thread::scope(|s| {
        let glare = &glare;
        let work: Vec<_> = earlier
            .iter()
            .map(|&old| {
                s.spawn(move || {
                    let coarse_old = shrunk(old);
                    let coarse_old = View::of(&coarse_old.0);
                    if same_view(small, coarse_old) {
                        return None;
                    }
                    align((View::of(new), small, glare), old, coarse_old).map(|m| (m, old))
                })
            })
            .collect();
        work.into_iter()
            .filter_map(|w| w.join().ok().flatten())
            .collect()
    });
    if motions.is_empty() {
        return None;
    }
    let mut out = new.clone();
    let dst: &mut [u8] = &mut out;
    for y in 0..h {
        let row = (y / COARSE).min(small.h - 1) * small.w;
        for x in 0..w {
            if !glare[row + (x / COARSE).min(small.w - 1)] {
                continue;
            }
            let p = &mut dst[y * w + x];
            for (motion, old) in &motions {
                let (ox, oy) = motion.apply(x as f32, y as f32);
                let (ox, oy) = (ox.round(), oy.round());
                if ox >= 0.0 && oy >= 0.0 && ox < w as f32 && oy < h as f32 {
                    *p = (*p).min(old.as_raw()[oy as usize * w + ox as usize]);
                }
            }
        }
    }
    Some(out)
}

/// True when two shrunk frames show the same view: hardly a cell differs by more than
/// noise. Another frame of it adds nothing, and is not worth aligning.
fn same_view(a: View<'_>, b: View<'_>) -> bool {
    let differing =
        a.px.iter()
            .zip(b.px)
            .filter(|(&p, &q)| p.abs_diff(q) > SAME)
            .count();
    differing * 500 < a.px.len()
}

/// The coarse cells of a shrunk frame that are glare, and those within [`RIM`] of them
/// (a reflection's rim is washed out, if not blown).
fn glared_cells(small: View<'_>) -> Vec<bool> {
    let (w, h) = (small.w, small.h);
    let bright: Vec<bool> = small.px.iter().map(|&p| p >= GLARED).collect();
    // Widened along the rows, then along the columns.
    let across: Vec<bool> = (0..w * h)
        .map(|i| {
            let (x, y) = (i % w, i / w);
            (x.saturating_sub(RIM)..=(x + RIM).min(w - 1)).any(|xx| bright[y * w + xx])
        })
        .collect();
    (0..w * h)
        .map(|i| {
            let (x, y) = (i % w, i / w);
            (y.saturating_sub(RIM)..=(y + RIM).min(h - 1)).any(|yy| across[yy * w + x])
        })
        .collect()
}

/// How the card moved from an earlier frame to the new one: the pixel (x, y) of the new
/// frame is `apply(x, y)` of the earlier. Affine: a turn, a shift and a little tilt.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Affine {
    x: [f32; 3],
    y: [f32; 3],
}

impl Affine {
    fn apply(&self, x: f32, y: f32) -> (f32, f32) {
        (
            x + self.x[0] + self.x[1] * x + self.x[2] * y,
            y + self.y[0] + self.y[1] * x + self.y[2] * y,
        )
    }

    /// The least-squares fit of the shifts `(x, y, dx, dy)` (three or more, not in a line),
    /// solved in coordinates centred on their mean and scaled to about one, where the
    /// equations are well conditioned.
    fn fit(points: &[(f32, f32, f32, f32)]) -> Option<Affine> {
        const SCALE: f64 = 256.0;
        let n = points.len() as f64;
        let mx = points.iter().map(|p| f64::from(p.0)).sum::<f64>() / n;
        let my = points.iter().map(|p| f64::from(p.1)).sum::<f64>() / n;
        let mut m = [[0f64; 3]; 3];
        let (mut rx, mut ry) = ([0f64; 3], [0f64; 3]);
        for &(x, y, dx, dy) in points {
            let v = [
                1.0,
                (f64::from(x) - mx) / SCALE,
                (f64::from(y) - my) / SCALE,
            ];
            for r in 0..3 {
                for c in 0..3 {
                    m[r][c] += v[r] * v[c];
                }
                rx[r] += v[r] * f64::from(dx);
                ry[r] += v[r] * f64::from(dy);
            }
        }
        // Back to the frame's coordinates: a0 + a1·(x − mx)/S + a2·(y − my)/S.
        let back = |a: [f64; 3]| {
            [
                (a[0] - a[1] * mx / SCALE - a[2] * my / SCALE) as f32,
                (a[1] / SCALE) as f32,
                (a[2] / SCALE) as f32,
            ]
        };
        Some(Affine {
            x: back(solve3(m, rx, n)?),
            y: back(solve3(m, ry, n)?),
        })
    }
}

/// x with m·x = r, by Cramer's rule; None when m, the sums over `n` points of coordinates
/// about one in size, is nearly singular (the points nearly in a line).
fn solve3(m: [[f64; 3]; 3], r: [f64; 3], n: f64) -> Option<[f64; 3]> {
    let det = |a: [[f64; 3]; 3]| {
        a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
            - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
            + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])
    };
    let d = det(m);
    if d.abs() <= 1e-4 * n.powi(3) {
        return None;
    }
    let mut out = [0f64; 3];
    for (k, o) in out.iter_mut().enumerate() {
        let mut a = m;
        for (row, &v) in a.iter_mut().zip(&r) {
            row[k] = v;
        }
        *o = det(a) / d;
    }
    Some(out)
}

/// How the card moved from `old` to `new`, measured around the glare: the blocks near a
/// glared cell that have something to align on are found in `old` by a coarse search on
/// both shrunk, an affine motion is fitted to those that agree (most of them: the card; a
/// block of the still desk or one matched to the wrong place does not), and each block is
/// found again at full size near where that motion puts it, for the final fit. None when
/// too few blocks agree.
fn align(
    (new, coarse_new, glare): (View<'_>, View<'_>, &[bool]),
    old: &GrayImage,
    coarse_old: View<'_>,
) -> Option<Affine> {
    let cb = BLOCK / COARSE;
    let (cols, rows) = (
        coarse_new.w.div_ceil(cb).max(1),
        coarse_new.h.div_ceil(cb).max(1),
    );
    let glared_block: Vec<bool> = (0..cols * rows)
        .map(|b| {
            let (c, r) = (b % cols, b / cols);
            (r * cb..((r + 1) * cb).min(coarse_new.h)).any(|y| {
                (c * cb..((c + 1) * cb).min(coarse_new.w)).any(|x| glare[y * coarse_new.w + x])
            })
        })
        .collect();
    let near: Vec<usize> = (0..cols * rows)
        .filter(|&b| {
            let (c, r) = (b % cols, b / cols);
            (r.saturating_sub(AROUND)..=(r + AROUND).min(rows - 1)).any(|rr| {
                (c.saturating_sub(AROUND)..=(c + AROUND).min(cols - 1))
                    .any(|cc| glared_block[rr * cols + cc])
            })
        })
        .collect();
    let centre = |b: usize| {
        let mid = |from: usize, size: usize| (from + (from + BLOCK).min(size)) as f32 / 2.0;
        (
            mid((b % cols) * BLOCK, new.w),
            mid((b / cols) * BLOCK, new.h),
        )
    };
    // The rough motion from every other block (a checkerboard): plenty for a first fit,
    // at half the cost.
    let coarse: Vec<(f32, f32, f32, f32)> = near
        .iter()
        .filter(|&&b| (b % cols + b / cols) % 2 == 0)
        .filter_map(|&b| {
            // The block and half a block around it: a code's modules are two coarse
            // pixels wide, and a block of them alone can match one module off.
            let area = (
                ((b % cols) * cb).saturating_sub(cb / 2),
                ((b / cols) * cb).saturating_sub(cb / 2),
                2 * cb,
                2 * cb,
            );
            if !coarse_new.textured(area) {
                return None;
            }
            let (dx, dy) = best_shift(coarse_new, coarse_old, area, (0, 0), REACH);
            let (x, y) = centre(b);
            let k = COARSE as f32;
            Some((x, y, dx as f32 * k, dy as f32 * k))
        })
        .collect();
    let rough = consensus(&coarse, COARSE as f32)?;
    let old = View::of(old);
    let fine: Vec<(f32, f32, f32, f32)> = near
        .iter()
        .filter_map(|&b| {
            let area = ((b % cols) * BLOCK, (b / cols) * BLOCK, BLOCK, BLOCK);
            if !new.textured(area) {
                return None;
            }
            let (x, y) = centre(b);
            let (px, py) = rough.apply(x, y);
            let guess = ((px - x).round() as i32, (py - y).round() as i32);
            let (dx, dy) = best_shift(new, old, area, guess, FINE);
            Some((x, y, dx as f32, dy as f32))
        })
        .collect();
    consensus(&fine, AGREE)
}

/// The affine motion most of `points` `(x, y, dx, dy)` agree with (within `agree`
/// pixels), fitted to those: a fixed series of three-point guesses (no randomness: the
/// same frames give the same result), the one most points agree with refined. None when
/// too few agree ([`AGREEING`]).
fn consensus(points: &[(f32, f32, f32, f32)], agree: f32) -> Option<Affine> {
    let n = points.len();
    if n < 3 {
        return None;
    }
    let agreeing = |m: &Affine| -> Vec<(f32, f32, f32, f32)> {
        points
            .iter()
            .copied()
            .filter(|&(x, y, dx, dy)| {
                let (px, py) = m.apply(x, y);
                (px - x - dx).abs() <= agree && (py - y - dy).abs() <= agree
            })
            .collect()
    };
    let mut state = 0x2545_f491_u32;
    let mut next = |bound: usize| {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (state >> 8) as usize % bound
    };
    let mut best: Vec<(f32, f32, f32, f32)> = Vec::new();
    for _ in 0..TRIES {
        let (a, b, c) = (next(n), next(n), next(n));
        if a == b || b == c || a == c {
            continue;
        }
        if let Some(m) = Affine::fit(&[points[a], points[b], points[c]]) {
            let agree = agreeing(&m);
            if agree.len() > best.len() {
                best = agree;
            }
        }
    }
    if best.len() < AGREEING || 5 * best.len() < n {
        return None;
    }
    Affine::fit(&best)
}

/// The shift within `reach` of `around` that matches the block `area` of `a` best in `b`.
fn best_shift(
    a: View<'_>,
    b: View<'_>,
    area: (usize, usize, usize, usize),
    around: (i32, i32),
    reach: i32,
) -> (i32, i32) {
    let mut best = (u64::MAX, around);
    for dy in -reach..=reach {
        for dx in -reach..=reach {
            let s = (around.0 + dx, around.1 + dy);
            let c = block_cost(a, b, area, s);
            if c < best.0 || (c == best.0 && s == around) {
                best = (c, s);
            }
        }
    }
    best.1
}

/// How badly the block `area` of `a` matches `b` shifted by `(dx, dy)`: the sum of
/// [`pixel_cost`], a pixel of the block that falls outside `b` costing [`CAP`].
fn block_cost(
    a: View<'_>,
    b: View<'_>,
    (x0, y0, bw, bh): (usize, usize, usize, usize),
    (dx, dy): (i32, i32),
) -> u64 {
    let (x1, y1) = ((x0 + bw).min(a.w), (y0 + bh).min(a.h));
    let inside =
        |v: usize, d: i32, size: usize| (0..=size as i64).contains(&(v as i64 + i64::from(d)));
    let mut sum = 0u64;
    if inside(x0, dx, b.w) && inside(x1, dx, b.w) && inside(y0, dy, b.h) && inside(y1, dy, b.h) {
        // The whole block lands inside `b`: rows against rows, which the compiler turns
        // into vector instructions (this is most of the scanner's time on a glared frame).
        let ox = (x0 as i64 + i64::from(dx)) as usize;
        for y in y0..y1 {
            let oy = (y as i64 + i64::from(dy)) as usize;
            let ra = &a.px[y * a.w + x0..y * a.w + x1];
            let rb = &b.px[oy * b.w + ox..oy * b.w + ox + (x1 - x0)];
            sum += u64::from(
                ra.iter()
                    .zip(rb)
                    .map(|(&p, &q)| pixel_cost(p, q))
                    .sum::<u32>(),
            );
        }
        return sum;
    }
    for y in y0..y1 {
        let oy = y as i64 + i64::from(dy);
        for x in x0..x1 {
            let ox = x as i64 + i64::from(dx);
            sum += u64::from(
                if ox >= 0 && oy >= 0 && (ox as usize) < b.w && (oy as usize) < b.h {
                    pixel_cost(a.px[y * a.w + x], b.px[oy as usize * b.w + ox as usize])
                } else {
                    CAP
                },
            );
        }
    }
    sum
}

/// How badly two pixels match: their difference up to [`CAP`]; nothing for a blown pixel
/// of the new frame (nothing to match, the same for every shift), half of `CAP` for a blown
/// one of the earlier frame.
#[inline]
fn pixel_cost(p: u8, q: u8) -> u32 {
    let d = u32::from(p.abs_diff(q)).min(CAP);
    let d = if q >= BLOWN { CAP / 2 } else { d };
    if p >= BLOWN {
        0
    } else {
        d
    }
}

/// A grey picture as a plain slice with its size, for the searches' inner loops.
#[derive(Clone, Copy)]
struct View<'a> {
    w: usize,
    h: usize,
    px: &'a [u8],
}

impl View<'_> {
    fn of(img: &GrayImage) -> View<'_> {
        View {
            w: img.width() as usize,
            h: img.height() as usize,
            px: img.as_raw(),
        }
    }

    /// True when the pixels of `area` spread enough to align on, leaving out the blown
    /// ones, and at most half of them are blown.
    fn textured(&self, (x0, y0, bw, bh): (usize, usize, usize, usize)) -> bool {
        let (x1, y1) = ((x0 + bw).min(self.w), (y0 + bh).min(self.h));
        let (mut n, mut sum, mut sq) = (0f32, 0f32, 0f32);
        for y in y0..y1 {
            for &p in &self.px[y * self.w + x0..y * self.w + x1] {
                if p >= BLOWN {
                    continue;
                }
                let v = f32::from(p);
                n += 1.0;
                sum += v;
                sq += v * v;
            }
        }
        2.0 * n >= ((x1 - x0) * (y1 - y0)) as f32
            && n > 0.0
            && (sq / n - (sum / n).powi(2)).max(0.0).sqrt() >= TEXTURED
    }
}

/// `img` shrunk by [`COARSE`] in each direction, each pixel the mean of its square; wiped
/// when dropped, as the frame itself.
fn shrunk(img: &GrayImage) -> Wiped {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let (sw, sh) = ((w / COARSE).max(1), (h / COARSE).max(1));
    let raw = img.as_raw();
    let mut px = vec![0u8; sw * sh];
    for (sy, row) in px.chunks_mut(sw).enumerate() {
        for (sx, out) in row.iter_mut().enumerate() {
            let mut sum = 0u32;
            let mut n = 0u32;
            for y in sy * COARSE..((sy + 1) * COARSE).min(h) {
                for x in sx * COARSE..((sx + 1) * COARSE).min(w) {
                    sum += u32::from(raw[y * w + x]);
                    n += 1;
                }
            }
            *out = (sum / n.max(1)) as u8;
        }
    }
    Wiped(GrayImage::from_raw(sw as u32, sh as u32, px).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;

    /// A textured picture: blocks of dark and light in a pattern that does not repeat
    /// within the search's reach.
    fn pattern(w: u32, h: u32, dx: i32, dy: i32) -> GrayImage {
        GrayImage::from_fn(w, h, |x, y| {
            let (x, y) = (x as i32 + dx, y as i32 + dy);
            let v = ((x / 9 + 50) as u32).wrapping_mul(73_856_093)
                ^ ((y / 11 + 50) as u32).wrapping_mul(19_349_663);
            Luma([if (v >> 7) % 7 < 3 { 30 } else { 220 }])
        })
    }

    #[test]
    fn a_moved_picture_is_aligned_and_its_glare_taken_away() {
        let new = pattern(256, 192, 0, 0);
        // The earlier frame: the same picture 7 px right and 5 px down.
        let old = pattern(256, 192, -7, -5);
        let mut glared = new.clone();
        for y in 40..120 {
            for x in 60..200 {
                glared.put_pixel(x, y, Luma([255]));
            }
        }
        let out = combine(&glared, &[&old]).expect("the frames combined");
        // Inside, away from the frame's edges, the glare is gone and the picture is back.
        let wrong = (40..120)
            .flat_map(|y| (60..200).map(move |x| (x, y)))
            .filter(|&(x, y)| out.get_pixel(x, y) != new.get_pixel(x, y))
            .count();
        assert_eq!(wrong, 0, "pixels not restored under the glare");
    }

    #[test]
    fn nothing_to_align_on_or_nothing_new_gives_no_combination() {
        let plain = GrayImage::from_pixel(128, 96, Luma([255]));
        let dark = GrayImage::from_pixel(128, 96, Luma([20]));
        let small = shrunk(&plain);
        let glare = glared_cells(View::of(&small.0));
        assert!(align(
            (View::of(&plain), View::of(&small.0), &glare),
            &dark,
            View::of(&shrunk(&dark).0)
        )
        .is_none());
        assert_eq!(combine(&plain, &[&dark]), None);
        // The same view again adds nothing: not even aligned.
        let mut glared = pattern(256, 192, 0, 0);
        for y in 40..120 {
            for x in 60..200 {
                glared.put_pixel(x, y, Luma([255]));
            }
        }
        assert_eq!(combine(&glared, &[&glared.clone()]), None);
    }

    #[test]
    fn frames_are_held_only_when_glared_and_unread() {
        let mut frames = GlareFrames::default();
        let (w, h) = (320u32, 240u32);
        let mut plain = vec![128u8; (w * h) as usize];
        assert!(frames.scan(&plain, w, h, 0).is_empty());
        assert_eq!(frames.held(), 0, "a frame without glare is not kept");
        for p in plain.iter_mut().take((w * h / 10) as usize) {
            *p = 255;
        }
        assert!(frames.scan(&plain, w, h, 1).is_empty());
        assert!(frames.scan(&plain, w, h, 2).is_empty());
        assert_eq!(frames.held(), 2);
        for a in 3..10 {
            frames.scan(&plain, w, h, a);
        }
        assert_eq!(frames.held(), KEPT, "at most a few are kept");
        // A frame of another size is another camera: the earlier ones are dropped.
        frames.scan(&vec![128u8; 100 * 80], 100, 80, 10);
        assert_eq!(frames.held(), 0);
        assert_eq!(format!("{frames:?}"), "GlareFrames(0 held)");
    }
}
