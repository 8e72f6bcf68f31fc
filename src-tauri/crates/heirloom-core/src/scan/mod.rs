//! image → QR texts: the one decoding pipeline behind the webcam, opened files and
//! `heirloom scan`.
//!
//! The decoder is zxing-cpp, chosen by measurement against rxing, rqrr and zbar on the
//! degraded card images of `heirloom-testkit` (figures in `docs/benchmarks.md`): it read the
//! most cards in every category and was the fastest. Around it, [`prepare`] makes the
//! variants that rescue the cards it misses on the first pass: illumination flattened, local
//! thresholding, sharpened, rescaled, and overlapping tiles of large pages. When none of
//! them reads anything, [`repair`] puts back a finder pattern that a torn corner, a
//! sticker or glare took (from the two left, found by [`finders`]), and [`unbend`]
//! flattens a card bent around a cylinder, and each tries again.
//! A live frame in which nothing is read and part of the picture is blown out by a
//! reflection is combined with the glared frames just before it ([`GlareFrames`]): the
//! reflection moves as the card is tilted, and what one frame lost another shows.
//!
//! Only a grey pixel buffer reaches the C++ decoder: files are decoded by the Rust `image`
//! and `lopdf` crates first. A PDF's text layer is read too (`pdf_text`): the PDF that
//! Heirloom saved has every card's text in it, and no picture.
//!
//! When no code in an opened picture gives a card, the text printed under the code is read
//! with Tesseract ([`printed`]), and enters recovery as a typed card does.

mod blots;
mod decoder;
mod files;
mod finders;
mod glare;
mod level;
mod pdf_text;
mod prepare;
mod printed;
mod repair;
mod tesseract;
mod unbend;

use image::GrayImage;

pub use files::{
    budget, scan_bytes, scan_bytes_report, scan_bytes_watched, scan_file, scan_file_report,
    scan_file_watched, FileScan, Progress, Stopped, Watch,
};
pub use glare::GlareFrames;
pub use printed::Printed;

/// Every QR text found in `img`, each once, in the order found. Tries every variant: for
/// opened files and pages, where thoroughness matters more than time.
pub fn scan_gray(img: &GrayImage) -> Vec<String> {
    let mut found = Found::default();
    scan_thorough(img, &mut found, &mut |_, _| false);
    found.0
}

/// The thorough search of [`scan_gray`], adding to `found`. Before each decoder pass after
/// the first, `stop(pass, passes)` is asked (1-based; it reports progress too) whether to
/// give up. True when every variant and tile was tried.
fn scan_thorough(
    img: &GrayImage,
    found: &mut Found,
    stop: &mut dyn FnMut(usize, usize) -> bool,
) -> bool {
    found.add(decoder::decode(img));
    if featureless(img) {
        return true; // blank paper, or a bomb's one colour: no variant can find a code
    }
    if stop(1, 2) {
        return false;
    }
    // The tiles are made only once the variants are dropped: one set alive at a time.
    let variants = prepare::variants(img);
    let passes = 1 + variants.len() + prepare::tile_count(img);
    let mut pass = 1;
    for variant in variants {
        pass += 1;
        if stop(pass, passes) {
            return false;
        }
        found.add(decoder::decode(&variant));
    }
    for tile in prepare::tiles(img) {
        pass += 1;
        if stop(pass, passes) {
            return false;
        }
        found.add(decoder::decode(&tile));
    }
    if found.0.is_empty() {
        let Some(pass) = scan_repaired(img, found, pass, stop) else {
            return false;
        };
        if found.0.is_empty() {
            return scan_unbent(img, found, pass, stop);
        }
    }
    true
}

/// After pass `done` of [`scan_thorough`]: the picture with a missing finder pattern put
/// back, for each likely place in turn, until one reads. Guesses, so card texts only, as
/// for [`scan_unbent`]. The passes done, or None when `stop` said to stop.
fn scan_repaired(
    img: &GrayImage,
    found: &mut Found,
    done: usize,
    stop: &mut dyn FnMut(usize, usize) -> bool,
) -> Option<usize> {
    let (small, guesses) = repair::guesses(img);
    let passes = done + guesses.len();
    for (k, guess) in guesses.iter().enumerate() {
        if stop(done + k + 1, passes) {
            return None;
        }
        found.add(cards_only(decoder::decode(&repair::repaired(
            &small, guess,
        ))));
        if !found.0.is_empty() {
            break;
        }
    }
    Some(passes)
}

/// The last resort of [`scan_thorough`], after pass `done`: the picture flattened by each
/// likely bend in turn, until one reads. Every flattening is a guess, and each guess is one
/// more chance for the decoder's error correction to land on a wrong text; so only a card's
/// text, whose every group carries its own check, is taken from them.
fn scan_unbent(
    img: &GrayImage,
    found: &mut Found,
    done: usize,
    stop: &mut dyn FnMut(usize, usize) -> bool,
) -> bool {
    let bends = unbend::bends(img);
    let passes = done + bends.len();
    for (k, bend) in bends.iter().enumerate() {
        if stop(done + k + 1, passes) {
            return false;
        }
        found.add(cards_only(decoder::decode(&unbend::flatten(img, bend))));
        if !found.0.is_empty() {
            break;
        }
    }
    true
}

/// QR texts in one live camera frame (grey, one byte per pixel, row-major). Fast: the plain
/// frame, then one of the variants chosen by `attempt`, so that successive frames of a
/// card that is hard to read try each variant in turn while every frame stays cheap. Every
/// fourth such frame tries one flattening of a bent card instead (card texts only, as in
/// [`scan_gray`]). A frame that still reads nothing and shows two finder patterns of a
/// code gets one guess at the third put back (card texts only), a different guess each
/// frame.
///
/// A frame larger than [`budget::WORK_PIXELS`] (no camera's is) reads nothing.
pub fn scan_frame(luma: &[u8], width: u32, height: u32, attempt: u32) -> Vec<String> {
    if u64::from(width) * u64::from(height) > budget::WORK_PIXELS {
        return Vec::new();
    }
    let Some(img) = GrayImage::from_raw(width, height, luma.to_vec()) else {
        return Vec::new();
    };
    let mut found = decoder::decode(&img);
    if found.is_empty() {
        if attempt % 4 == 3 {
            found = cards_only(decoder::decode(&unbend::frame(&img, attempt / 4)));
        } else if let Some(variant) = prepare::frame_variant(&img, attempt / 4 * 3 + attempt % 4) {
            found = decoder::decode(&variant);
        }
    }
    if found.is_empty() {
        if let Some(repaired) = repair::frame(&img, attempt) {
            found = cards_only(decoder::decode(&repaired));
        }
    }
    found
}

/// The card texts among `texts`: those whose every group passes its check.
pub(crate) fn cards_only(texts: Vec<String>) -> Vec<String> {
    texts
        .into_iter()
        .filter(|t| crate::text::decode(t).is_ok())
        .collect()
}

/// True when no pixel differs from the first by more than a faint smudge: no QR code can be
/// in it, whatever the variant.
fn featureless(img: &GrayImage) -> bool {
    let Some(&first) = img.as_raw().first() else {
        return true;
    };
    img.as_raw().iter().all(|&p| p.abs_diff(first) < 24)
}

#[derive(Default)]
struct Found(Vec<String>);

impl Found {
    fn add(&mut self, texts: Vec<String>) {
        for t in texts {
            if !self.0.contains(&t) {
                self.0.push(t);
            }
        }
    }
}
