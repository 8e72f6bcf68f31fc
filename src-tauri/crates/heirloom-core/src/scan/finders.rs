//! Finder patterns found on their own, without the decoder: the nested squares whose runs
//! across any line through their centre are dark, light, dark, light, dark in the ratio
//! 1:1:3:1:1. The decoder needs all three of a code's; [`super::repair`] works from the two
//! that a torn corner, a sticker or glare left.
//!
//! The search is the classic one: each row of a thresholded copy is cut into runs, five
//! runs in the ratio are a candidate, a column through its middle must show the ratio too,
//! and a candidate seen on two rows or more is a finder.

use image::GrayImage;

/// A finder pattern: its centre and the size of its modules, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Finder {
    pub x: f32,
    pub y: f32,
    pub module: f32,
}

/// Rows scanned: every `ROW_STEP`-th.
const ROW_STEP: usize = 2;
/// The smallest module looked for, in pixels: smaller ones the decoder would not read.
const MIN_MODULE: f32 = 2.0;
/// At most this many finders are kept, the most often seen first: a code has three, and a
/// picture of a card with text beside it a few false ones.
const MAX_FINDERS: usize = 6;

/// The finder patterns in `binary` (0 dark, anything else light), the most often seen
/// first.
pub fn find(binary: &GrayImage) -> Vec<Finder> {
    let (w, h) = (binary.width() as usize, binary.height() as usize);
    let raw = binary.as_raw();
    let mut seen: Vec<(Finder, u32)> = Vec::new();
    for y in (0..h).step_by(ROW_STEP) {
        let runs = runs(&raw[y * w..(y + 1) * w]);
        for k in 0..runs.len().saturating_sub(4) {
            let five = &runs[k..k + 5];
            if !five[0].dark || !in_ratio(five.iter().map(|r| r.len)) {
                continue;
            }
            let (start, end) = (five[0].start, five[4].start + five[4].len);
            let x = (five[2].start as f32 + five[2].len as f32 / 2.0).floor() as usize;
            let Some((cy, vertical)) = column_check(binary, x, y) else {
                continue;
            };
            let horizontal = (end - start) as f32;
            if (vertical - horizontal).abs() > 0.4 * horizontal {
                continue;
            }
            let cx = (start + end) as f32 / 2.0;
            let module = (horizontal + vertical) / 14.0;
            if module >= MIN_MODULE {
                add(
                    &mut seen,
                    Finder {
                        x: cx,
                        y: cy,
                        module,
                    },
                );
            }
        }
    }
    seen.retain(|(_, n)| *n >= 2);
    seen.sort_by_key(|s| std::cmp::Reverse(s.1));
    seen.truncate(MAX_FINDERS);
    seen.into_iter().map(|(f, _)| f).collect()
}

/// One run of equal pixels in a row.
#[derive(Debug, Clone, Copy)]
struct Run {
    start: usize,
    len: usize,
    dark: bool,
}

fn runs(row: &[u8]) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for (x, &p) in row.iter().enumerate() {
        let dark = p == 0;
        match out.last_mut() {
            Some(r) if r.dark == dark => r.len += 1,
            _ => out.push(Run {
                start: x,
                len: 1,
                dark,
            }),
        }
    }
    out
}

/// Whether five run lengths are in the ratio 1:1:3:1:1: the outer four each within 0.6 of
/// a module, the middle within 1.5 modules, as blur, dot gain and a slant allow.
fn in_ratio(lens: impl Iterator<Item = usize>) -> bool {
    let lens: Vec<f32> = lens.map(|l| l as f32).collect();
    let module = lens.iter().sum::<f32>() / 7.0;
    if module < MIN_MODULE {
        return false;
    }
    [1.0, 1.0, 3.0, 1.0, 1.0]
        .iter()
        .zip(&lens)
        .all(|(&want, &got)| {
            (want * module - got).abs() < if want > 1.0 { 1.5 } else { 0.6 } * module
        })
}

/// The column through `x` around row `y` (in the middle run of a candidate): the centre
/// row of its five runs and their total length, when they are in the ratio too.
fn column_check(binary: &GrayImage, x: usize, y: usize) -> Option<(f32, f32)> {
    let (w, h) = (binary.width() as usize, binary.height() as usize);
    let raw = binary.as_raw();
    let dark = |yy: usize| raw[yy * w + x] == 0;
    if !dark(y) {
        return None;
    }
    // Out from the middle: the middle dark run, then light, then dark, each way.
    let walk = |up: bool| -> Option<[usize; 3]> {
        let mut lens = [0usize; 3];
        let mut yy = y as isize;
        for (i, want_dark) in [true, false, true].into_iter().enumerate() {
            while yy >= 0 && (yy as usize) < h && dark(yy as usize) == want_dark {
                lens[i] += 1;
                yy += if up { -1 } else { 1 };
                if lens[i] > h / 4 {
                    return None;
                }
            }
            if lens[i] == 0 {
                return None;
            }
        }
        Some(lens)
    };
    let (up, down) = (walk(true)?, walk(false)?);
    let lens = [up[2], up[1], up[0] + down[0] - 1, down[1], down[2]];
    if !in_ratio(lens.into_iter()) {
        return None;
    }
    let top = y + 1 - up[0];
    let centre = top as f32 + lens[2] as f32 / 2.0;
    Some((centre, lens.iter().sum::<usize>() as f32))
}

/// Counts `f` towards a finder already seen near it (averaging their centres), or adds it.
fn add(seen: &mut Vec<(Finder, u32)>, f: Finder) {
    for (g, n) in seen.iter_mut() {
        let near = (g.x - f.x).abs() < 2.0 * g.module && (g.y - f.y).abs() < 2.0 * g.module;
        if near && (g.module - f.module).abs() < 0.5 * g.module {
            let k = *n as f32;
            g.x = (g.x * k + f.x) / (k + 1.0);
            g.y = (g.y * k + f.y) / (k + 1.0);
            g.module = (g.module * k + f.module) / (k + 1.0);
            *n += 1;
            return;
        }
    }
    seen.push((f, 1));
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;

    #[test]
    fn the_three_finders_of_a_code_are_found() {
        let modules = crate::qr::modules(&crate::text::encode(&[7; 57])).unwrap();
        let (px, quiet) = (6usize, 4usize);
        let side = ((modules.width + 2 * quiet) * px) as u32;
        let img = GrayImage::from_fn(side, side, |x, y| {
            let (mx, my) = (x as usize / px, y as usize / px);
            let inside = (quiet..quiet + modules.width).contains(&mx)
                && (quiet..quiet + modules.width).contains(&my);
            Luma([if inside && modules.get(mx - quiet, my - quiet) {
                0
            } else {
                255
            }])
        });
        let found = find(&img);
        let n = modules.width as f32;
        for (u, v) in [(3.5, 3.5), (n - 3.5, 3.5), (3.5, n - 3.5)] {
            let (x, y) = (
                (u + quiet as f32) * px as f32,
                (v + quiet as f32) * px as f32,
            );
            assert!(
                found.iter().any(|f| (f.x - x).abs() < 2.0
                    && (f.y - y).abs() < 2.0
                    && (f.module - px as f32).abs() < 1.0),
                "{u},{v}: {found:?}"
            );
        }
    }
}
