//! Cards bent around a cylinder, flattened before decoding: a card kept curled in a wallet
//! or a drawer, lying bowed on a table, or held bent towards a camera.
//!
//! A QR decoder samples the code on a flat grid (a homography, corrected at best by an
//! alignment pattern), and a bent card breaks it two ways. Seen from an angle, the rows of a
//! card bent across its width curve into arcs (their depth changes along the row, and depth
//! seen obliquely is a vertical shift): the bow. And the modules narrow towards the sides of
//! the cylinder, to cos 55° ≈ 0.57 of their width at the crest when the code spans 110°:
//! the arc. Both depend on the position across the bend only (in the axis's direction
//! nothing changes), which is what this module models, for a bend across either side of
//! the picture:
//!
//! - the code is found first (blocks dense in edges both ways: modules are, a desk and the
//!   edges of things are not) and squared (the peak of the edge directions, folded to a
//!   quarter turn), so that the rest works on the code's part of the picture;
//! - the bow is measured, not guessed: the rows of modules, the card's edges and its text
//!   lines are all straight on the flat card, so the vertical shift of each column that
//!   lines up their horizontal edges best (the sharpest row profile) is the bow, fitted as a
//!   parabola (its vertex is the crest when the camera looks along the bend, and its slope
//!   takes in what squaring left), over each half of the part (a close camera bows the rows
//!   far from the middle more) and over the whole;
//! - the arc is tried: a few arcs around the measured crest (and around the middle of the
//!   part, which is the crest of a card seen square on), each remap decoded in turn. Each
//!   is a guess, and a guess is one more chance for Reed–Solomon to land on a wrong text, so
//!   the caller takes only card texts (every group passing its check) from them.
//!
//! Everything works on a copy at most [`SIDE`] pixels long, so every remap and decode has a
//! bounded cost whatever the picture's size, and the caller can stop between any two.

use std::f32::consts::FRAC_PI_2;

use image::{imageops, GrayImage, Luma};

/// Longest side of the pictures remapped and decoded: a card filling half of it still has
/// modules of 10 px or more.
const SIDE: u32 = 1400;
/// Longest side of the copy the bow is measured on: modules of 4 px or more still show
/// their edges.
const MEASURE_SIDE: u32 = 640;
/// Longest side of a live frame's copy that is measured and flattened: one copy, small
/// enough that a frame stays well within its time.
const FRAME_SIDE: u32 = 800;
/// Column bands of the bow measurement.
const BANDS: usize = 48;
/// Arcs tried across the code's part of the picture, in degrees (0: the bow alone).
const ARCS: [f32; 3] = [0.0, 80.0, 120.0];
/// The share of the part found by `locate` that its dense patch spans, when the margins are
/// not cut by the picture's edges.
const PATCH: f32 = 5.0 / 7.0;
/// Side of the blocks, on the measuring copy, in which the code is looked for.
const BLOCK: usize = 12;
/// A difference of grey between a pixel's two neighbours that counts as an edge.
const EDGE: u8 = 24;

/// One way of flattening a picture: the part of it where the code is (`region`, as
/// fractions of its width and height: left, top, right, bottom); the turn `angle`
/// (radians) that squares the code's modules with that part's sides; the bend across its
/// width (`turned`: across its height, the part turned a quarter first); the bow as a shift
/// of `bow · u² + tilt · u` of its height (u from -1 to 1 across its width; each
/// coefficient measured at a quarter and at three quarters of the height, and drawn
/// between); and the arc spanned by the code around `crest` (in the same u).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bend {
    region: [f32; 4],
    angle: f32,
    turned: bool,
    bow: [f32; 2],
    tilt: [f32; 2],
    crest: f32,
    arc: f32,
}

/// The bends worth trying on `img`, most likely first: for each direction across the code
/// (the one with the stronger measured bow first), the bow measured over the halves and
/// then over the whole, each with every arc, around the measured crest and then around the
/// middle. At most 20.
pub fn bends(img: &GrayImage) -> Vec<Bend> {
    let small = shrink(img, MEASURE_SIDE);
    let region = locate(&small);
    let part = crop(&small, region);
    let angle = orientation(&part);
    let square = straightened(&part, angle);
    let mut measured = [false, true].map(|turned| {
        let view = if turned {
            imageops::rotate90(&square)
        } else {
            square.clone()
        };
        (turned, measure(&view))
    });
    measured.sort_by(|a, b| b.1.gain.total_cmp(&a.1.gain));
    let mut out = Vec::new();
    for (turned, bow) in measured {
        // The bow's vertex first, then the middle: a card seen square on has no bow to
        // tell its crest.
        let vertex = vertex(bow.whole);
        let crests = if vertex.abs() > 0.15 {
            vec![vertex, 0.0]
        } else {
            vec![vertex]
        };
        // The bow drawn between the halves' first; then the whole's, for when a half holds
        // too few edges (a margin, a line of text) to measure its own.
        let models = [
            (
                [bow.halves[0].0, bow.halves[1].0],
                [bow.halves[0].1, bow.halves[1].1],
            ),
            ([bow.whole.0; 2], [bow.whole.1; 2]),
        ];
        for (bows, tilts) in models {
            for &crest in &crests {
                for arc in ARCS {
                    let bend = Bend {
                        region,
                        angle,
                        turned,
                        bow: bows,
                        tilt: tilts,
                        // Without an arc there is no crest to place.
                        crest: if arc > 0.0 { crest } else { 0.0 },
                        arc,
                    };
                    if !out.contains(&bend) {
                        out.push(bend);
                    }
                }
            }
        }
    }
    out
}

/// One flattening for a live frame, measured on one side only and on one small copy:
/// `attempt` picks the side and the arc, so that successive frames of a bent card try each
/// in turn while every frame stays cheap.
pub fn frame(img: &GrayImage, attempt: u32) -> GrayImage {
    let small = shrink(img, FRAME_SIDE);
    let region = locate(&small);
    let part = crop(&small, region);
    let angle = orientation(&part);
    let square = straightened(&part, angle);
    let turned = attempt % 2 == 1;
    let view = if turned {
        imageops::rotate90(&square)
    } else {
        square
    };
    let (bow, tilt, _) = measure_bow(&view);
    let h = view.height() as f32;
    let (bow, tilt) = (bow / h, tilt / h);
    let bend = Bend {
        region,
        angle,
        turned,
        bow: [bow; 2],
        tilt: [tilt; 2],
        crest: vertex((bow, tilt)),
        arc: ARCS[(attempt / 2 % ARCS.len() as u32) as usize],
    };
    flatten_part(part, &bend)
}

/// Where the crest is, in u: the vertex of the bow (bow, tilt) when there is a bow to
/// tell it, as far as near the code; otherwise the middle.
fn vertex((bow, tilt): (f32, f32)) -> f32 {
    if bow.abs() > 0.01 {
        (-tilt / (2.0 * bow)).clamp(-0.8, 0.8)
    } else {
        0.0
    }
}

/// `img` flattened by `bend`: the code's part of it, at most [`SIDE`] pixels long before
/// the arc widens it, remapped, on a white margin that serves as quiet zone.
pub fn flatten(img: &GrayImage, bend: &Bend) -> GrayImage {
    flatten_part(crop(&shrink(img, SIDE), bend.region), bend)
}

/// The code's `part` of a picture flattened by `bend`, on a white margin.
fn flatten_part(part: GrayImage, bend: &Bend) -> GrayImage {
    let view = if bend.turned {
        imageops::rotate90(&part)
    } else {
        part
    };
    let flat = remap(&view, bend);
    let pad = flat.width().max(flat.height()) / 16;
    let mut out =
        GrayImage::from_pixel(flat.width() + 2 * pad, flat.height() + 2 * pad, Luma([255]));
    imageops::replace(&mut out, &flat, i64::from(pad), i64::from(pad));
    out
}

/// The part of `img` where the code most likely is, as fractions (left, top, right,
/// bottom), with a margin: the largest patch of blocks dense in both horizontal and
/// vertical edges (modules are; a desk, a wall and the edges of things are not). The whole
/// picture when nothing is dense.
fn locate(img: &GrayImage) -> [f32; 4] {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let (bw, bh) = (w.div_ceil(BLOCK), h.div_ceil(BLOCK));
    let raw = img.as_raw();
    let mut counts = vec![(0u32, 0u32); bw * bh];
    for y in 1..h.saturating_sub(1) {
        for x in 1..w.saturating_sub(1) {
            let c = &mut counts[(y / BLOCK) * bw + x / BLOCK];
            c.0 += u32::from(raw[y * w + x + 1].abs_diff(raw[y * w + x - 1]) > EDGE);
            c.1 += u32::from(raw[(y + 1) * w + x].abs_diff(raw[(y - 1) * w + x]) > EDGE);
        }
    }
    let least = (BLOCK * BLOCK / 16) as u32;
    let dense: Vec<bool> = counts
        .iter()
        .map(|c| c.0 >= least && c.1 >= least)
        .collect();
    let Some([x0, y0, x1, y1]) = largest_patch(&dense, bw, bh) else {
        return [0.0, 0.0, 1.0, 1.0];
    };
    // A margin of a fifth of the patch each side (so the patch is the middle `PATCH` of
    // the part): the rest of a code whose edge blocks were not dense, and its quiet zone.
    let (mx, my) = ((x1 - x0 + 1) as f32 / 5.0, (y1 - y0 + 1) as f32 / 5.0);
    [
        ((x0 as f32 - mx) / bw as f32).max(0.0),
        ((y0 as f32 - my) / bh as f32).max(0.0),
        ((x1 as f32 + 1.0 + mx) / bw as f32).min(1.0),
        ((y1 as f32 + 1.0 + my) / bh as f32).min(1.0),
    ]
}

/// The bounding blocks (left, top, right, bottom, inclusive) of the largest group of
/// `dense` blocks that touch, gaps of one block bridged.
fn largest_patch(dense: &[bool], bw: usize, bh: usize) -> Option<[usize; 4]> {
    let mut seen = vec![false; dense.len()];
    let mut best: Option<(usize, [usize; 4])> = None;
    for start in 0..dense.len() {
        if !dense[start] || seen[start] {
            continue;
        }
        seen[start] = true;
        let mut stack = vec![start];
        let (mut n, mut b) = (0, [start % bw, start / bw, start % bw, start / bw]);
        while let Some(i) = stack.pop() {
            let (x, y) = (i % bw, i / bw);
            n += 1;
            b = [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)];
            for ny in y.saturating_sub(2)..(y + 3).min(bh) {
                for nx in x.saturating_sub(2)..(x + 3).min(bw) {
                    let j = ny * bw + nx;
                    if dense[j] && !seen[j] {
                        seen[j] = true;
                        stack.push(j);
                    }
                }
            }
        }
        if best.is_none_or(|(m, _)| n > m) {
            best = Some((n, b));
        }
    }
    best.map(|(_, b)| b)
}

/// The part `region` (fractions, as [`locate`] gives) of `img`.
fn crop(img: &GrayImage, region: [f32; 4]) -> GrayImage {
    let (w, h) = (img.width() as f32, img.height() as f32);
    let x0 = (region[0] * w) as u32;
    let y0 = (region[1] * h) as u32;
    let x1 = ((region[2] * w).ceil() as u32).clamp(x0 + 1, img.width());
    let y1 = ((region[3] * h).ceil() as u32).clamp(y0 + 1, img.height());
    imageops::crop_imm(img, x0, y0, x1 - x0, y1 - y0).to_image()
}

/// The bow of a picture, as fractions of its height: (bow, tilt) over the whole picture,
/// over its top half and over its bottom half; and how much sharper the whole's row profile
/// is for it than with no shift at all.
struct Bow {
    whole: (f32, f32),
    halves: [(f32, f32); 2],
    gain: f32,
}

fn measure(img: &GrayImage) -> Bow {
    let (w, h) = img.dimensions();
    let whole = measure_bow(img);
    let scale = |b: (f32, f32, f32)| (b.0 / h as f32, b.1 / h as f32);
    let halves = if h >= 80 {
        [0, h / 2].map(|top| {
            scale(measure_bow(
                &imageops::crop_imm(img, 0, top, w, h / 2).to_image(),
            ))
        })
    } else {
        [scale(whole); 2]
    };
    Bow {
        whole: scale(whole),
        halves,
        gain: whole.2,
    }
}

/// The parabola of column shifts, in pixels, that makes the row profile of horizontal edges
/// in `img` sharpest, as (bow, tilt), and how much sharper it is than no shift at all.
fn measure_bow(img: &GrayImage) -> (f32, f32, f32) {
    let profiles = band_profiles(img);
    let h = img.height() as f32;
    let flat = sharpness(&profiles, 0.0, 0.0);
    // Coarse to fine: steps of h/60 over ±h/4 of bow and ±h/5 of tilt, then a quarter step
    // around the best.
    let mut best = (flat, 0.0f32, 0.0f32);
    let coarse = h / 60.0;
    for i in -15i32..=15 {
        for j in -12i32..=12 {
            let (b, t) = (i as f32 * coarse, j as f32 * coarse);
            let s = sharpness(&profiles, b, t);
            if s > best.0 {
                best = (s, b, t);
            }
        }
    }
    let (_, b0, t0) = best;
    let fine = coarse / 4.0;
    for i in -4i32..=4 {
        for j in -4i32..=4 {
            let (b, t) = (b0 + i as f32 * fine, t0 + j as f32 * fine);
            let s = sharpness(&profiles, b, t);
            if s > best.0 {
                best = (s, b, t);
            }
        }
    }
    (best.1, best.2, best.0 / flat.max(1.0))
}

/// For each of [`BANDS`] column bands, the sum over its columns of the vertical gradient
/// at each row: where the horizontal edges of that band are.
fn band_profiles(img: &GrayImage) -> Vec<Vec<f32>> {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let raw = img.as_raw();
    let mut out = vec![vec![0f32; h]; BANDS];
    for y in 1..h.saturating_sub(1) {
        for x in 0..w {
            let d = f32::from(raw[(y + 1) * w + x].abs_diff(raw[(y - 1) * w + x]));
            out[(x * BANDS / w).min(BANDS - 1)][y] += d;
        }
    }
    out
}

/// How sharply the bands' edges line up across the picture when band j is shifted by
/// `bow · u² + tilt · u` rows (u its centre, -1 to 1): the energy of the summed profile.
fn sharpness(profiles: &[Vec<f32>], bow: f32, tilt: f32) -> f32 {
    let h = profiles.first().map_or(0, Vec::len);
    let mut sum = vec![0f32; h];
    for (j, band) in profiles.iter().enumerate() {
        let u = (j as f32 + 0.5) / BANDS as f32 * 2.0 - 1.0;
        let shift = (bow * u * u + tilt * u).round() as isize;
        for (y, s) in sum.iter_mut().enumerate() {
            let from = y as isize + shift;
            if from >= 0 && (from as usize) < h {
                *s += band[from as usize];
            }
        }
    }
    sum.iter().map(|v| v * v).sum()
}

/// The picture seen flat: output column X is arc length across the cylinder, whose crest is
/// at `bend.crest` and whose radius makes the content span `bend.arc` degrees; each column
/// is shifted back by the bow.
fn remap(img: &GrayImage, bend: &Bend) -> GrayImage {
    let (w, h) = (img.width() as f32, img.height() as f32);
    let half = w / 2.0;
    let crest = half + bend.crest * half;
    // The code's half-width, from the crest to its farther side, spans half the arc: the
    // code is the middle 5/7 of the part (`locate` adds a fifth each side); no arc is a
    // cylinder so large that it is flat.
    let reach = half * (PATCH + bend.crest.abs());
    let radius = if bend.arc > 0.0 {
        reach / (bend.arc.to_radians() / 2.0).sin().max(0.1)
    } else {
        f32::INFINITY
    };
    let arc_of = |x: f32| -> f32 {
        let t = ((x - crest) / radius).clamp(-1.0, 1.0);
        if radius.is_finite() {
            radius * t.asin()
        } else {
            x - crest
        }
    };
    let (s0, s1) = (arc_of(0.0), arc_of(w));
    let out_w = ((s1 - s0).ceil() as u32).clamp(1, 2 * img.width());
    // Between the coefficients measured at v = ±1/2, for v from -1 to 1 down the picture.
    let at = |c: [f32; 2], v: f32| h * ((c[0] + c[1]) / 2.0 + (c[1] - c[0]) * v);
    GrayImage::from_fn(out_w, img.height(), |ox, oy| {
        let v = (oy as f32 + 0.5) / h * 2.0 - 1.0;
        let (bow, tilt) = (at(bend.bow, v), at(bend.tilt, v));
        let s = s0 + ox as f32 + 0.5;
        let x = if radius.is_finite() {
            crest + radius * (s / radius).clamp(-FRAC_PI_2, FRAC_PI_2).sin()
        } else {
            crest + s
        };
        let u = (x - half) / half;
        let y = oy as f32 + 0.5 + bow * u * u + tilt * u;
        let (x, y) = turn((x, y), (half, h / 2.0), bend.angle);
        Luma([sample(img, x - 0.5, y - 0.5)])
    })
}

/// The point `p` of a picture squared by a turn of `angle` about `centre`, in the picture
/// before the turn.
fn turn(p: (f32, f32), centre: (f32, f32), angle: f32) -> (f32, f32) {
    let (sin, cos) = angle.sin_cos();
    let (dx, dy) = (p.0 - centre.0, p.1 - centre.1);
    (
        centre.0 + dx * cos - dy * sin,
        centre.1 + dx * sin + dy * cos,
    )
}

/// `img` turned by `angle` about its centre, the same size, its edges carried out to the
/// corners (no new edges that a measurement would take for the code's).
fn straightened(img: &GrayImage, angle: f32) -> GrayImage {
    if angle.abs() < 0.5f32.to_radians() {
        return img.clone();
    }
    let (w, h) = (img.width() as f32, img.height() as f32);
    GrayImage::from_fn(img.width(), img.height(), |x, y| {
        let (sx, sy) = turn((x as f32 + 0.5, y as f32 + 0.5), (w / 2.0, h / 2.0), angle);
        let sx = (sx - 0.5).clamp(0.0, w - 1.0);
        let sy = (sy - 0.5).clamp(0.0, h - 1.0);
        Luma([sample(img, sx, sy)])
    })
}

/// The turn, within ±45°, of the strongest direction of edges in `img`: a QR code's modules
/// have edges in two square directions only, and the lines across a bend stay parallel
/// (the rows along it bow), so the histogram of edge directions, folded to a quarter turn,
/// peaks at the turn of the card.
fn orientation(img: &GrayImage) -> f32 {
    const BINS: usize = 90;
    let (w, h) = (img.width() as usize, img.height() as usize);
    let raw = img.as_raw();
    let mut hist = [0f32; BINS];
    for y in 1..h.saturating_sub(1) {
        for x in 1..w.saturating_sub(1) {
            let gx = f32::from(raw[y * w + x + 1]) - f32::from(raw[y * w + x - 1]);
            let gy = f32::from(raw[(y + 1) * w + x]) - f32::from(raw[(y - 1) * w + x]);
            let m = gx.abs() + gy.abs();
            if m < f32::from(EDGE) {
                continue;
            }
            let a = gy.atan2(gx).rem_euclid(FRAC_PI_2);
            hist[((a / FRAC_PI_2 * BINS as f32) as usize).min(BINS - 1)] += m;
        }
    }
    let smooth = |i: usize| hist[(i + BINS - 1) % BINS] + 2.0 * hist[i] + hist[(i + 1) % BINS];
    let peak = (0..BINS)
        .max_by(|&a, &b| smooth(a).total_cmp(&smooth(b)))
        .unwrap_or(0);
    let angle = (peak as f32 + 0.5) / BINS as f32 * FRAC_PI_2;
    if angle > FRAC_PI_2 / 2.0 {
        angle - FRAC_PI_2
    } else {
        angle
    }
}

/// Bilinear sample at a real position; white outside the picture, as a quiet zone.
fn sample(img: &GrayImage, x: f32, y: f32) -> u8 {
    let (w, h) = img.dimensions();
    if !(x >= 0.0 && y >= 0.0 && x <= (w - 1) as f32 && y <= (h - 1) as f32) {
        return 255;
    }
    let (x0, y0) = (x as u32, y as u32);
    let (x1, y1) = ((x0 + 1).min(w - 1), (y0 + 1).min(h - 1));
    let (fx, fy) = (x - x0 as f32, y - y0 as f32);
    let p = |x, y| f32::from(img.get_pixel(x, y)[0]);
    let top = p(x0, y0) * (1.0 - fx) + p(x1, y0) * fx;
    let bottom = p(x0, y1) * (1.0 - fx) + p(x1, y1) * fx;
    (top * (1.0 - fy) + bottom * fy).round() as u8
}

/// `img` shrunk so that its longer side is at most `side` (a copy when it already is).
pub(super) fn shrink(img: &GrayImage, side: u32) -> GrayImage {
    let (w, h) = img.dimensions();
    let long = w.max(h);
    if long <= side {
        return img.clone();
    }
    let f = side as f32 / long as f32;
    imageops::resize(
        img,
        ((w as f32 * f) as u32).max(1),
        ((h as f32 * f) as u32).max(1),
        imageops::FilterType::Triangle,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::decoder;

    /// A card's QR code at 8 px a module with its quiet zone, on white.
    fn card(text: &str) -> GrayImage {
        let modules = crate::qr::modules(text).unwrap();
        let (px, quiet) = (8, 6);
        let side = (modules.width + 2 * quiet) as u32 * px;
        GrayImage::from_fn(side, side, |x, y| {
            let (mx, my) = ((x / px) as usize, (y / px) as usize);
            let on = (quiet..quiet + modules.width).contains(&mx)
                && (quiet..quiet + modules.width).contains(&my)
                && modules.get(mx - quiet, my - quiet);
            Luma([if on { 20 } else { 235 }])
        })
    }

    /// `card` bent around a cylinder across its width, the code spanning `arc` degrees
    /// around a crest `off` of the width from the middle, seen from a camera tilted along
    /// the bend so that the rows bow by `bow` of the height (negative: the other way, as a
    /// concave bend gives), and lit from the side; turned a quarter when `turned`: the bend
    /// across the height.
    fn bend(card: &GrayImage, arc: f32, off: f32, bow: f32, turned: bool) -> GrayImage {
        let (w, h) = (card.width() as f32, card.height() as f32);
        let crest = w / 2.0 + off * w;
        let radius = w / 2.0 / (arc.to_radians() / 2.0).sin();
        let out = GrayImage::from_fn(card.width(), card.height(), |x, y| {
            let t = (x as f32 + 0.5 - crest) / radius;
            if t.abs() >= 1.0 {
                return Luma([90]);
            }
            let phi = t.asin();
            let sx = crest + radius * phi;
            let sy = y as f32 + 0.5
                - bow * h * (1.0 - phi.cos()) / (1.0 - (arc / 2.0).to_radians().cos());
            let light = 0.55 + 0.45 * phi.cos();
            let v = f32::from(sample(card, sx - 0.5, sy - 0.5)) * light;
            Luma([v as u8])
        });
        if turned {
            imageops::rotate90(&out)
        } else {
            out
        }
    }

    fn text() -> String {
        let bytes: Vec<u8> = (0..57u8)
            .map(|i| i.wrapping_mul(37).wrapping_add(11))
            .collect();
        crate::text::encode(&bytes)
    }

    #[test]
    fn bent_cards_that_did_not_read_do_now() {
        let text = text();
        let flat = card(&text);
        assert_eq!(decoder::decode(&flat), vec![text.clone()]);
        // Convex and concave (the bow one way and the other), across either side, off the
        // crest.
        for (bow, turned) in [(0.12, false), (-0.12, false), (0.12, true), (-0.12, true)] {
            let bent = bend(&flat, 110.0, 0.1, bow, turned);
            assert!(
                decoder::decode(&bent).is_empty(),
                "{bow} {turned}: read as it is"
            );
            for variant in crate::scan::prepare::variants(&bent) {
                assert!(
                    decoder::decode(&variant).is_empty(),
                    "{bow} {turned}: a variant read"
                );
            }
            assert_eq!(
                crate::scan::scan_gray(&bent),
                vec![text.clone()],
                "{bow} {turned}"
            );
        }
    }

    #[test]
    fn a_bent_card_before_a_camera_reads_within_a_few_frames() {
        let text = text();
        for (bow, turned) in [(0.12, false), (-0.12, true)] {
            let bent = bend(&card(&text), 110.0, 0.1, bow, turned);
            let (w, h) = bent.dimensions();
            let frames = (0..24u32)
                .position(|a| crate::scan::scan_frame(bent.as_raw(), w, h, a) == [text.clone()]);
            // The plain frame and the variants of the first three do not read it.
            assert!(frames.is_some_and(|n| n >= 3), "{bow} {turned}: {frames:?}");
        }
    }

    #[test]
    fn the_bow_is_measured_on_the_right_side() {
        let flat = card(&text());
        let bent = bend(&flat, 90.0, 0.0, 0.1, true);
        let first = bends(&bent)[0];
        assert!(first.turned);
        assert!(first.bow[0].abs() > 0.05, "{first:?}");
        let bent = bend(&flat, 90.0, 0.0, -0.1, false);
        let first = bends(&bent)[0];
        assert!(!first.turned);
        assert!(first.bow[0].abs() > 0.05, "{first:?}");
    }

    #[test]
    fn work_is_bounded_by_the_working_size() {
        let big = GrayImage::from_fn(4000, 3000, |x, y| Luma([((x / 9 + y / 7) % 2 * 200) as u8]));
        let bends = bends(&big);
        assert!(bends.len() <= 2 * 2 * (1 + 2 * (ARCS.len() - 1)));
        let flat = flatten(&big, &bends[0]);
        assert!(flat.width() <= 2 * SIDE && flat.height() <= SIDE);
    }
}
