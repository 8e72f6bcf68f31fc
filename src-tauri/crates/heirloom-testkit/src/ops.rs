//! Degradations, each one thing that happens to a card between the printer and the decoder.
//! Grey images only: every decoder under test binarises anyway, and colour adds nothing to
//! what makes a card hard to read.

use image::{imageops, GrayImage, Luma};
use rand::Rng;

fn clamp(v: f32) -> u8 {
    v.round().clamp(0.0, 255.0) as u8
}

/// Bilinear sample at a real position; `fill` outside the image.
pub fn sample(img: &GrayImage, x: f32, y: f32, fill: u8) -> u8 {
    let (w, h) = img.dimensions();
    if !(x >= 0.0 && y >= 0.0 && x <= (w - 1) as f32 && y <= (h - 1) as f32) {
        return fill;
    }
    let (x0, y0) = (x.floor() as u32, y.floor() as u32);
    let (x1, y1) = ((x0 + 1).min(w - 1), (y0 + 1).min(h - 1));
    let (fx, fy) = (x - x0 as f32, y - y0 as f32);
    let p = |x, y| f32::from(img.get_pixel(x, y)[0]);
    let top = p(x0, y0) * (1.0 - fx) + p(x1, y0) * fx;
    let bottom = p(x0, y1) * (1.0 - fx) + p(x1, y1) * fx;
    clamp(top * (1.0 - fy) + bottom * fy)
}

/// An image of `w`×`h` whose pixel (x, y) is `src` sampled at `inverse(x, y)`.
pub fn remap(
    src: &GrayImage,
    w: u32,
    h: u32,
    fill: u8,
    inverse: impl Fn(f32, f32) -> (f32, f32),
) -> GrayImage {
    GrayImage::from_fn(w, h, |x, y| {
        let (sx, sy) = inverse(x as f32 + 0.5, y as f32 + 0.5);
        Luma([sample(src, sx - 0.5, sy - 0.5, fill)])
    })
}

/// A plane projective map, as the 3×3 matrix of a homography.
#[derive(Debug, Clone, Copy)]
pub struct Homography([f64; 9]);

impl Homography {
    /// The map taking `from[i]` to `to[i]` for the four corners.
    ///
    /// # Panics
    /// If three of the points are on a line (no such map exists).
    pub fn between(from: [(f32, f32); 4], to: [(f32, f32); 4]) -> Homography {
        // Solve the 8 unknowns h0..h7 (h8 = 1) by Gaussian elimination.
        let mut a = [[0f64; 9]; 8];
        for i in 0..4 {
            let (x, y) = (f64::from(from[i].0), f64::from(from[i].1));
            let (u, v) = (f64::from(to[i].0), f64::from(to[i].1));
            a[2 * i] = [x, y, 1.0, 0.0, 0.0, 0.0, -u * x, -u * y, u];
            a[2 * i + 1] = [0.0, 0.0, 0.0, x, y, 1.0, -v * x, -v * y, v];
        }
        for col in 0..8 {
            let pivot = (col..8)
                .max_by(|&p, &q| a[p][col].abs().total_cmp(&a[q][col].abs()))
                .unwrap_or(col);
            a.swap(col, pivot);
            let d = a[col][col];
            assert!(d.abs() > 1e-12, "degenerate corners");
            for v in &mut a[col][col..] {
                *v /= d;
            }
            let pivot_row = a[col];
            for (row, r) in a.iter_mut().enumerate() {
                if row != col {
                    let f = r[col];
                    for (v, p) in r[col..].iter_mut().zip(&pivot_row[col..]) {
                        *v -= f * p;
                    }
                }
            }
        }
        let mut m = [0f64; 9];
        for (i, row) in a.iter().enumerate() {
            m[i] = row[8];
        }
        m[8] = 1.0;
        Homography(m)
    }

    /// Where the map takes (x, y).
    pub fn apply(&self, x: f32, y: f32) -> (f32, f32) {
        let m = &self.0;
        let (x, y) = (f64::from(x), f64::from(y));
        let w = m[6] * x + m[7] * y + m[8];
        (
            ((m[0] * x + m[1] * y + m[2]) / w) as f32,
            ((m[3] * x + m[4] * y + m[5]) / w) as f32,
        )
    }
}

/// Draws `card` onto `background` so that its corners (top-left, top-right, bottom-right,
/// bottom-left) land on `quad`.
pub fn place(background: &mut GrayImage, card: &GrayImage, quad: [(f32, f32); 4]) {
    let (cw, ch) = (card.width() as f32, card.height() as f32);
    let corners = [(0.0, 0.0), (cw, 0.0), (cw, ch), (0.0, ch)];
    let back = Homography::between(quad, corners);
    let (bw, bh) = background.dimensions();
    let min_x = quad.iter().map(|p| p.0).fold(f32::MAX, f32::min).max(0.0) as u32;
    let max_x = (quad.iter().map(|p| p.0).fold(f32::MIN, f32::max).ceil() as u32).min(bw);
    let min_y = quad.iter().map(|p| p.1).fold(f32::MAX, f32::min).max(0.0) as u32;
    let max_y = (quad.iter().map(|p| p.1).fold(f32::MIN, f32::max).ceil() as u32).min(bh);
    for y in min_y..max_y {
        for x in min_x..max_x {
            let (sx, sy) = back.apply(x as f32 + 0.5, y as f32 + 0.5);
            if sx >= 0.0 && sy >= 0.0 && sx < cw && sy < ch {
                let v = sample(card, sx - 0.5, sy - 0.5, 255);
                background.put_pixel(x, y, Luma([v]));
            }
        }
    }
}

/// The four corners of a `w`×`h` rectangle turned by `angle` radians about its centre,
/// centred on (cx, cy) and scaled by `scale`.
pub fn turned_rect(w: f32, h: f32, cx: f32, cy: f32, scale: f32, angle: f32) -> [(f32, f32); 4] {
    let (s, c) = angle.sin_cos();
    let corner = |dx: f32, dy: f32| {
        let (dx, dy) = (dx * scale, dy * scale);
        (cx + dx * c - dy * s, cy + dx * s + dy * c)
    };
    [
        corner(-w / 2.0, -h / 2.0),
        corner(w / 2.0, -h / 2.0),
        corner(w / 2.0, h / 2.0),
        corner(-w / 2.0, h / 2.0),
    ]
}

/// Separable Gaussian blur.
pub fn gaussian_blur(img: &GrayImage, sigma: f32) -> GrayImage {
    if sigma <= 0.05 {
        return img.clone();
    }
    let r = (sigma * 3.0).ceil() as i32;
    let kernel: Vec<f32> = (-r..=r)
        .map(|i| (-(i * i) as f32 / (2.0 * sigma * sigma)).exp())
        .collect();
    let sum: f32 = kernel.iter().sum();
    let kernel: Vec<f32> = kernel.iter().map(|k| k / sum).collect();
    let (w, h) = img.dimensions();
    let pass = |src: &GrayImage, horizontal: bool| {
        GrayImage::from_fn(w, h, |x, y| {
            let mut acc = 0.0;
            for (k, weight) in kernel.iter().enumerate() {
                let d = k as i32 - r;
                let (sx, sy) = if horizontal {
                    ((x as i32 + d).clamp(0, w as i32 - 1), y as i32)
                } else {
                    (x as i32, (y as i32 + d).clamp(0, h as i32 - 1))
                };
                acc += weight * f32::from(src.get_pixel(sx as u32, sy as u32)[0]);
            }
            Luma([clamp(acc)])
        })
    };
    pass(&pass(img, true), false)
}

/// Blur along a line of `length` pixels at `angle` radians, as a hand moving during the
/// exposure gives.
pub fn motion_blur(img: &GrayImage, length: f32, angle: f32) -> GrayImage {
    let steps = length.ceil().max(1.0) as i32;
    let (dx, dy) = (angle.cos(), angle.sin());
    let (w, h) = img.dimensions();
    GrayImage::from_fn(w, h, |x, y| {
        let mut acc = 0.0;
        for i in 0..=steps {
            let t = (i as f32 / steps as f32 - 0.5) * length;
            let sx = (x as f32 + t * dx).clamp(0.0, (w - 1) as f32);
            let sy = (y as f32 + t * dy).clamp(0.0, (h - 1) as f32);
            acc += f32::from(sample(img, sx, sy, 255));
        }
        Luma([clamp(acc / (steps + 1) as f32)])
    })
}

/// Gaussian sensor noise of standard deviation `sigma`.
pub fn noise(img: &mut GrayImage, sigma: f32, rng: &mut impl Rng) {
    for p in img.pixels_mut() {
        // Box–Muller.
        let (u1, u2): (f32, f32) = (rng.gen_range(1e-7..1.0), rng.gen());
        let z = (-2.0 * u1.ln()).sqrt() * (std::f32::consts::TAU * u2).cos();
        p[0] = clamp(f32::from(p[0]) + z * sigma);
    }
}

/// The image through a JPEG encoder at `quality` (1–100) and back.
pub fn jpeg(img: &GrayImage, quality: u8) -> GrayImage {
    let mut buf = Vec::new();
    let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut buf, quality);
    img.write_with_encoder(enc)
        .expect("JPEG encoding to memory");
    image::load_from_memory(&buf)
        .expect("JPEG decoding from memory")
        .to_luma8()
}

/// Multiplies every pixel by `light(x, y)`: uneven light and shadows.
pub fn light(img: &mut GrayImage, light: impl Fn(f32, f32) -> f32) {
    for (x, y, p) in img.enumerate_pixels_mut() {
        p[0] = clamp(f32::from(p[0]) * light(x as f32, y as f32));
    }
}

/// A bright reflection: an elliptic spot at (cx, cy) with radii (rx, ry) that pushes pixels
/// towards white, fully at its centre. A `strength` above 1 blows out a core of pure white
/// (the sensor saturated), the wider the stronger.
pub fn glare(img: &mut GrayImage, cx: f32, cy: f32, rx: f32, ry: f32, strength: f32) {
    for (x, y, p) in img.enumerate_pixels_mut() {
        let d = ((x as f32 - cx) / rx).powi(2) + ((y as f32 - cy) / ry).powi(2);
        let a = (strength * (-d * 2.0).exp()).min(1.0);
        p[0] = clamp(f32::from(p[0]) * (1.0 - a) + 255.0 * a);
    }
}

/// Maps black to `black` and white to `white`: faded toner, grey paper.
pub fn contrast(img: &mut GrayImage, black: u8, white: u8) {
    let (b, w) = (f32::from(black), f32::from(white));
    for p in img.pixels_mut() {
        p[0] = clamp(b + (w - b) * f32::from(p[0]) / 255.0);
    }
}

/// Translucent blotches, as coffee or water leave.
pub fn stains(img: &mut GrayImage, count: usize, max_r: f32, rng: &mut impl Rng) {
    let (w, h) = img.dimensions();
    for _ in 0..count {
        let (cx, cy) = (rng.gen_range(0.0..w as f32), rng.gen_range(0.0..h as f32));
        let r = rng.gen_range(max_r * 0.3..max_r);
        let darkness = rng.gen_range(0.25..0.5);
        let wobble: [f32; 3] = [rng.gen(), rng.gen(), rng.gen()];
        for (x, y, p) in img.enumerate_pixels_mut() {
            let (dx, dy) = (x as f32 - cx, y as f32 - cy);
            let a = dy.atan2(dx);
            let edge = r
                * (1.0
                    + 0.15 * (3.0 * a + wobble[0] * 6.0).sin()
                    + 0.1 * (5.0 * a + wobble[1] * 6.0).sin());
            let d = (dx * dx + dy * dy).sqrt();
            if d < edge {
                // Darker at the rim, as a drying drop leaves it.
                let rim = 0.6 + 0.4 * (d / edge).powi(4);
                p[0] = clamp(f32::from(p[0]) * (1.0 - darkness * rim * (0.8 + 0.2 * wobble[2])));
            }
        }
    }
}

/// Tears off the corner of the card whose corners are `quad`: a ragged triangle cut along
/// `depth` of each edge from corner `which`, showing `fill` behind.
pub fn tear(
    img: &mut GrayImage,
    quad: [(f32, f32); 4],
    which: usize,
    depth: f32,
    fill: u8,
    rng: &mut impl Rng,
) {
    let c = quad[which % 4];
    let a = quad[(which + 1) % 4];
    let b = quad[(which + 3) % 4];
    let p1 = (c.0 + (a.0 - c.0) * depth, c.1 + (a.1 - c.1) * depth);
    let p2 = (c.0 + (b.0 - c.0) * depth, c.1 + (b.1 - c.1) * depth);
    let line = Ragged::new(p1, p2, rng);
    let side_c = line.side(c.0, c.1, 0.0);
    let (w, h) = img.dimensions();
    for y in 0..h {
        for x in 0..w {
            let (px, py) = (x as f32, y as f32);
            let along = line.along(px, py);
            if line.side(px, py, along) * side_c.signum() > 0.0 && along > -0.05 && along < 1.05 {
                img.put_pixel(x, y, Luma([fill]));
            }
        }
    }
}

/// Tears off the piece of the card whose corners are `quad` that lies beyond the ragged
/// line through `p1` and `p2` on the side of `corner`, showing `fill` behind: a tear across
/// a card's corner at any depth, the piece reaching to the card's edges.
pub fn tear_off(
    img: &mut GrayImage,
    quad: [(f32, f32); 4],
    (p1, p2): ((f32, f32), (f32, f32)),
    corner: (f32, f32),
    fill: u8,
    rng: &mut impl Rng,
) {
    let line = Ragged::new(p1, p2, rng);
    let side_c = line.side(corner.0, corner.1, 0.0).signum();
    let (w, h) = img.dimensions();
    for y in 0..h {
        for x in 0..w {
            let (px, py) = (x as f32, y as f32);
            if inside(quad, px, py) && line.side(px, py, line.along(px, py)) * side_c > 0.0 {
                img.put_pixel(x, y, Luma([fill]));
            }
        }
    }
}

/// A torn edge: the line from `p1` to `p2`, wobbling along its length.
struct Ragged {
    p1: (f32, f32),
    p2: (f32, f32),
    normal: (f32, f32),
    len: f32,
    phase: f32,
}

impl Ragged {
    fn new(p1: (f32, f32), p2: (f32, f32), rng: &mut impl Rng) -> Ragged {
        let phase: f32 = rng.gen_range(0.0..6.0);
        let normal = (p2.1 - p1.1, -(p2.0 - p1.0));
        let len = (normal.0 * normal.0 + normal.1 * normal.1).sqrt();
        Ragged {
            p1,
            p2,
            normal,
            len,
            phase,
        }
    }

    /// Where (x, y) projects on the line: 0 at `p1`, 1 at `p2`.
    fn along(&self, x: f32, y: f32) -> f32 {
        let (p1, p2) = (self.p1, self.p2);
        ((x - p1.0) * (p2.0 - p1.0) + (y - p1.1) * (p2.1 - p1.1)) / (self.len * self.len)
    }

    /// Which side of the wobbling line (x, y) is on (the sign), `along` being its projection.
    fn side(&self, x: f32, y: f32, along: f32) -> f32 {
        let s = (x - self.p1.0) * self.normal.0 + (y - self.p1.1) * self.normal.1;
        let ragged = (along * 40.0 + self.phase).sin() * 0.015 * self.len * self.len;
        s - ragged
    }
}

/// True when (x, y) is inside the convex quadrilateral `quad`.
fn inside(quad: [(f32, f32); 4], x: f32, y: f32) -> bool {
    let cross = |i: usize| {
        let (a, b) = (quad[i], quad[(i + 1) % 4]);
        (b.0 - a.0) * (y - a.1) - (b.1 - a.1) * (x - a.0)
    };
    let signs = (0..4).map(cross).collect::<Vec<_>>();
    signs.iter().all(|&s| s >= 0.0) || signs.iter().all(|&s| s <= 0.0)
}

/// A reflection on a laminate: a straight band through (cx, cy) at `angle`, of Gaussian
/// profile `width` (its standard deviation) across, pushing pixels towards white; above a
/// `strength` of 1 its middle is blown out to pure white.
pub fn streak(img: &mut GrayImage, (cx, cy): (f32, f32), angle: f32, width: f32, strength: f32) {
    let (s, c) = angle.sin_cos();
    for (x, y, p) in img.enumerate_pixels_mut() {
        let d = ((x as f32 - cx) * s - (y as f32 - cy) * c) / width;
        let a = (strength * (-d * d / 2.0).exp()).min(1.0);
        p[0] = clamp(f32::from(p[0]) * (1.0 - a) + 255.0 * a);
    }
}

/// An opaque blot of grey `value` (ink, a sticker, correction fluid) at (cx, cy), about `r`
/// across, with a wobbling edge.
pub fn blot(img: &mut GrayImage, (cx, cy): (f32, f32), r: f32, value: u8, rng: &mut impl Rng) {
    let wobble: [f32; 4] = [rng.gen(), rng.gen(), rng.gen(), rng.gen()];
    let (w, h) = img.dimensions();
    let reach = r * 1.4;
    let x0 = (cx - reach).max(0.0) as u32;
    let y0 = (cy - reach).max(0.0) as u32;
    let x1 = ((cx + reach).ceil().max(0.0) as u32).min(w);
    let y1 = ((cy + reach).ceil().max(0.0) as u32).min(h);
    for y in y0..y1 {
        for x in x0..x1 {
            let (dx, dy) = (x as f32 - cx, y as f32 - cy);
            let a = dy.atan2(dx);
            let edge = r
                * (1.0
                    + 0.2 * (3.0 * a + wobble[0] * 6.0).sin()
                    + 0.12 * (5.0 * a + wobble[1] * 6.0).sin()
                    + 0.06 * (9.0 * a + wobble[2] * 6.0).sin());
            if (dx * dx + dy * dy).sqrt() < edge {
                img.put_pixel(x, y, Luma([value]));
            }
        }
    }
}

/// A fold through (cx, cy) at `angle`, flattened again: the paper beyond it is shifted by
/// `shift` pixels across the fold (the two halves no longer lie in one plane) and lit by
/// `shade` (a facet turned from the light), and the crease itself is a thin dark line of
/// `width` pixels with a highlight beside it.
pub fn crease(
    img: &GrayImage,
    (cx, cy): (f32, f32),
    angle: f32,
    shift: f32,
    shade: f32,
    width: f32,
) -> GrayImage {
    let (s, c) = angle.sin_cos();
    let across = |x: f32, y: f32| (x - cx) * s - (y - cy) * c;
    let (w, h) = img.dimensions();
    let mut out = remap(img, w, h, 255, |x, y| {
        if across(x, y) > 0.0 {
            (x - shift * s, y + shift * c)
        } else {
            (x, y)
        }
    });
    for (x, y, p) in out.enumerate_pixels_mut() {
        let d = across(x as f32 + 0.5, y as f32 + 0.5);
        let mut v = f32::from(p[0]);
        if d > 0.0 {
            v *= shade;
        }
        // The crease's dark valley, and the ridge beside it catching the light.
        v *= 1.0 - 0.55 * (-(d / width).powi(2)).exp();
        v += 60.0 * (-((d + 1.5 * width) / width).powi(2)).exp();
        p[0] = clamp(v);
    }
    out
}

/// Bends the image like paper lying curved: rows bow by up to `bow` pixels, and the page
/// narrows towards its edges as a cylinder seen from above does.
pub fn curve(img: &GrayImage, bow: f32, fill: u8) -> GrayImage {
    let (w, h) = img.dimensions();
    let (wf, hf) = (w as f32, h as f32);
    remap(img, w, h, fill, |x, y| {
        let u = (x / wf) * 2.0 - 1.0; // -1 … 1 across
                                      // Cylinder: the apparent position u comes from the arc position asin(u·k)/k.
        let k = 0.8;
        let su = (u * k).asin() / k;
        let sx = (su + 1.0) / 2.0 * wf;
        let sy = y - bow * (1.0 - u * u) + bow / 2.0;
        let _ = hf;
        (sx, sy)
    })
}

/// Resamples by `scale` with a triangle filter, as a sensor's pixels average the light.
pub fn rescale(img: &GrayImage, scale: f32) -> GrayImage {
    let w = ((img.width() as f32 * scale).round() as u32).max(1);
    let h = ((img.height() as f32 * scale).round() as u32).max(1);
    imageops::resize(img, w, h, imageops::FilterType::Triangle)
}

/// Spreads dark areas by one pixel: toner dot gain.
pub fn dot_gain(img: &GrayImage) -> GrayImage {
    let (w, h) = img.dimensions();
    GrayImage::from_fn(w, h, |x, y| {
        let mut m = 255u8;
        for (dx, dy) in [(0i32, 0i32), (1, 0), (-1, 0), (0, 1), (0, -1)] {
            let sx = (x as i32 + dx).clamp(0, w as i32 - 1) as u32;
            let sy = (y as i32 + dy).clamp(0, h as i32 - 1) as u32;
            m = m.min(img.get_pixel(sx, sy)[0]);
        }
        // Half a pixel of gain, not a whole one.
        Luma([((u16::from(m) + u16::from(img.get_pixel(x, y)[0])) / 2) as u8])
    })
}

/// A cluttered background: a desk or a room, of random grey rectangles.
pub fn clutter(w: u32, h: u32, rng: &mut impl Rng) -> GrayImage {
    let mut img = GrayImage::from_pixel(w, h, Luma([rng.gen_range(70..140)]));
    for _ in 0..12 {
        let (x0, y0) = (rng.gen_range(0..w), rng.gen_range(0..h));
        let (rw, rh) = (rng.gen_range(w / 12..w / 3), rng.gen_range(h / 12..h / 3));
        let v = rng.gen_range(20..200);
        for y in y0..(y0 + rh).min(h) {
            for x in x0..(x0 + rw).min(w) {
                img.put_pixel(x, y, Luma([v]));
            }
        }
    }
    img
}

/// Draws `card` onto `background` through `project`, which takes a point of the card (in
/// its pixels) to the picture, and darkens it by `shade` (1: as printed) at each point of
/// the card: paper that is not flat. The card is cut into `cells`×`cells` pieces, each
/// drawn through the homography of its projected corners, so any smooth warp is followed
/// to a fraction of a pixel.
pub fn place_warped(
    background: &mut GrayImage,
    card: &GrayImage,
    cells: u32,
    project: impl Fn(f32, f32) -> (f32, f32),
    shade: impl Fn(f32, f32) -> f32,
) {
    let (cw, ch) = (card.width() as f32, card.height() as f32);
    let (bw, bh) = background.dimensions();
    let n = cells.max(1);
    for j in 0..n {
        for i in 0..n {
            let (x0, x1) = (cw * i as f32 / n as f32, cw * (i + 1) as f32 / n as f32);
            let (y0, y1) = (ch * j as f32 / n as f32, ch * (j + 1) as f32 / n as f32);
            let corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)];
            let quad = corners.map(|(x, y)| project(x, y));
            let back = Homography::between(quad, corners);
            let lo = |v: f32, max: u32| (v.floor().max(0.0) as u32).min(max);
            let min_x = lo(quad.iter().map(|p| p.0).fold(f32::MAX, f32::min) - 1.0, bw);
            let max_x = lo(quad.iter().map(|p| p.0).fold(f32::MIN, f32::max) + 2.0, bw);
            let min_y = lo(quad.iter().map(|p| p.1).fold(f32::MAX, f32::min) - 1.0, bh);
            let max_y = lo(quad.iter().map(|p| p.1).fold(f32::MIN, f32::max) + 2.0, bh);
            for y in min_y..max_y {
                for x in min_x..max_x {
                    let (sx, sy) = back.apply(x as f32 + 0.5, y as f32 + 0.5);
                    // Each picture pixel is drawn by the one piece it falls in.
                    if sx >= x0 && sx < x1 && sy >= y0 && sy < y1 {
                        let v = f32::from(sample(card, sx - 0.5, sy - 0.5, 255));
                        background.put_pixel(x, y, Luma([clamp(v * shade(sx, sy))]));
                    }
                }
            }
        }
    }
}

/// A card bent around a cylinder and photographed: where a point of the flat card lands in
/// the picture, and how brightly it is lit.
#[derive(Debug, Clone, Copy)]
pub struct Cylinder {
    /// Radius, in card pixels.
    pub radius: f32,
    /// Where the crest is across the bend, in card pixels.
    pub crest: f32,
    /// True when the bend runs across the card's height (the axis along its width).
    pub across_height: bool,
    /// +1 when the crest bulges towards the camera (convex), −1 when it sinks (concave).
    pub bulge: f32,
    /// The camera's tilt about the picture's horizontal and vertical axes, in radians: a
    /// tilt across the bend's axis is what makes the rows bow.
    pub tilt: (f32, f32),
    /// Turn within the picture, in radians.
    pub turn: f32,
    /// Distance of the camera, in card pixels (perspective).
    pub distance: f32,
    /// Picture scale and where the card's centre lands.
    pub scale: f32,
    /// The card's centre in the picture.
    pub centre: (f32, f32),
    /// The card's size, in its pixels.
    pub size: (f32, f32),
    /// The light's direction (unit, towards the light; z towards the camera).
    pub light: (f32, f32, f32),
}

impl Cylinder {
    /// The point of the card (x, y) on the cylinder, centred, z towards the camera; and the
    /// surface normal there.
    fn surface(&self, x: f32, y: f32) -> ((f32, f32, f32), (f32, f32, f32)) {
        let (w, h) = self.size;
        let (across, along) = if self.across_height {
            (y - h / 2.0, x - w / 2.0)
        } else {
            (x - w / 2.0, y - h / 2.0)
        };
        let c = self.crest - if self.across_height { h / 2.0 } else { w / 2.0 };
        let phi = (across - c) / self.radius;
        let a = c + self.radius * phi.sin();
        let z = self.bulge * self.radius * (phi.cos() - 1.0);
        let (na, nz) = (self.bulge * phi.sin(), phi.cos());
        if self.across_height {
            ((along, a, z), (0.0, na, nz))
        } else {
            ((a, along, z), (na, 0.0, nz))
        }
    }

    /// Where the card's point (x, y) lands in the picture.
    pub fn project(&self, x: f32, y: f32) -> (f32, f32) {
        let ((px, py, pz), _) = self.surface(x, y);
        let (p, q) = self.view(px, py, pz);
        let (s, c) = self.turn.sin_cos();
        (
            self.centre.0 + self.scale * (p * c - q * s),
            self.centre.1 + self.scale * (p * s + q * c),
        )
    }

    /// The camera: tilted, then a pinhole at `distance`.
    fn view(&self, x: f32, y: f32, z: f32) -> (f32, f32) {
        let (sa, ca) = self.tilt.0.sin_cos();
        let (y, z) = (y * ca - z * sa, y * sa + z * ca);
        let (sb, cb) = self.tilt.1.sin_cos();
        let (x, z) = (x * cb + z * sb, -x * sb + z * cb);
        let f = self.distance / (self.distance - z);
        (x * f, y * f)
    }

    /// How brightly the card's point (x, y) is lit: a little ambient light and the rest
    /// falling on the surface at its angle.
    pub fn shade(&self, x: f32, y: f32) -> f32 {
        let (_, n) = self.surface(x, y);
        let l = self.light;
        let lambert = (n.0 * l.0 + n.1 * l.1 + n.2 * l.2).max(0.0);
        0.35 + 0.65 * lambert
    }
}
