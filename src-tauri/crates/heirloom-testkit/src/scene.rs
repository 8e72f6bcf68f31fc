//! The categories of the decode-rate figures: how a card reaches the decoder, one scene per
//! seed. Sizes follow the real thing: a printed module is 0.8 mm, so 9.4 px at 300 dpi and
//! 4.7 px at 150 dpi; a webcam frame is 1280×720; a phone photo is cut down to 1600×1200.

use std::f32::consts::PI;

use image::{GrayImage, Luma};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::damage::{self, Damage};
use crate::ops;
use crate::paper;

/// One way a card can reach the decoder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// A clean render at 8 px per module.
    Nominal,
    /// Printed and scanned at 300 dpi: dot gain, faded toner, a slight skew, scanner noise.
    PrintScan,
    /// A phone photo: any rotation, tilted, uneven light, soft focus, JPEG.
    PhonePhoto,
    /// Out of focus: Gaussian blur of 1.5 to 3 px at 8 px per module.
    GaussianBlur,
    /// A moving hand: motion blur of 6 to 14 px in any direction.
    MotionBlur,
    /// Strong perspective and any rotation.
    Perspective,
    /// Heavy JPEG compression (quality 8 to 20) at 5 px per module.
    Jpeg,
    /// A light gradient and a hard shadow across the code.
    UnevenLight,
    /// A reflection washing out part of the code.
    Glare,
    /// Coffee stains and a torn-off corner.
    StainsTorn,
    /// 3 to 4 px per module.
    LowRes,
    /// Paper lying curved.
    Curved,
    /// A card held up to a 1280×720 webcam.
    Webcam,
    /// A flatbed page at 150 dpi with three cards on it.
    Flatbed,
    // Last, so that the seeds of the categories before it (which mix in the variant's
    // number) keep their scenes.
    /// A card bent around a cylinder and photographed: convex or concave, across its width
    /// or its height, the code spanning 40° to 110° of arc, off the crest, lit from one
    /// side, seen at an angle (which bows its rows), on a cluttered desk.
    Bent,
    /// The corner of the card holding one finder pattern torn off, the table showing.
    FinderTorn,
    /// A sticker or a thumb over one finder pattern.
    FinderCovered,
    /// A saturated reflection, a blob or a laminate's streak, over one finder pattern.
    GlareFinder,
    /// One to three folds through the code, flattened again.
    Crease,
    /// Opaque ink blots and small stickers over the data, the finders clear.
    StainsData,
    /// A laminated card held up to a webcam under a lamp: a blown-out streak of reflection
    /// over a third of the code in every frame, moving across it as the hand tilts the
    /// card (the scene's [`Scene::frames`]).
    GlareMoving,
}

impl Category {
    /// Every category, in the order the figures list them.
    pub const ALL: [Category; 21] = [
        Category::Nominal,
        Category::PrintScan,
        Category::PhonePhoto,
        Category::GaussianBlur,
        Category::MotionBlur,
        Category::Perspective,
        Category::Jpeg,
        Category::UnevenLight,
        Category::Glare,
        Category::StainsTorn,
        Category::LowRes,
        Category::Curved,
        Category::Bent,
        Category::Webcam,
        Category::Flatbed,
        Category::FinderTorn,
        Category::FinderCovered,
        Category::GlareFinder,
        Category::Crease,
        Category::StainsData,
        Category::GlareMoving,
    ];

    /// A short name for tables and file names.
    pub fn name(self) -> &'static str {
        match self {
            Category::Nominal => "nominal",
            Category::PrintScan => "print-scan",
            Category::PhonePhoto => "phone-photo",
            Category::GaussianBlur => "gaussian-blur",
            Category::MotionBlur => "motion-blur",
            Category::Perspective => "perspective",
            Category::Jpeg => "jpeg",
            Category::UnevenLight => "uneven-light",
            Category::Glare => "glare",
            Category::StainsTorn => "stains-torn",
            Category::LowRes => "low-res",
            Category::Curved => "curved",
            Category::Bent => "bent",
            Category::Webcam => "webcam",
            Category::Flatbed => "flatbed",
            Category::FinderTorn => "finder-torn",
            Category::FinderCovered => "finder-covered",
            Category::GlareFinder => "glare-finder",
            Category::Crease => "crease",
            Category::StainsData => "stains-data",
            Category::GlareMoving => "glare-moving",
        }
    }

    /// The scene of this category for `seed`, of random card texts.
    pub fn scene(self, seed: u64) -> Scene {
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ (self as u64) << 48);
        let texts: Vec<String> = (0..self.cards()).map(|_| card_text(&mut rng)).collect();
        self.scene_from(texts, &mut rng)
    }

    /// How many cards a scene of this category shows.
    pub fn cards(self) -> usize {
        if self == Category::Flatbed {
            3
        } else {
            1
        }
    }

    /// The scene of this category for `seed`, of the given card texts ([`Category::cards`]
    /// of them).
    ///
    /// # Panics
    /// If `texts` holds fewer than [`Category::cards`] texts.
    pub fn scene_of(self, texts: &[String], seed: u64) -> Scene {
        assert!(
            texts.len() >= self.cards(),
            "a {} scene shows {} cards",
            self.name(),
            self.cards()
        );
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ (self as u64) << 48);
        let texts = texts[..self.cards()].to_vec();
        self.scene_from(texts, &mut rng)
    }

    fn scene_from(self, texts: Vec<String>, rng: &mut ChaCha8Rng) -> Scene {
        if self == Category::GlareMoving {
            let mut frames = glare_moving(&texts[0], rng);
            let image = frames.remove(0);
            return Scene {
                image,
                texts,
                frames,
            };
        }
        Scene {
            image: self.render(&texts, rng),
            texts,
            frames: Vec::new(),
        }
    }

    fn render(self, texts: &[String], rng: &mut ChaCha8Rng) -> GrayImage {
        let text = &texts[0];
        match self {
            Category::Nominal => on_white(&paper::card(text, 8, rng), 40),
            Category::PrintScan => {
                let card = paper::card(text, 12, rng);
                let card = ops::dot_gain(&card);
                let mut img = ops::rescale(&card, 9.4 / 12.0);
                ops::contrast(&mut img, rng.gen_range(10..50), rng.gen_range(225..250));
                let (w, h) = (img.width() as f32, img.height() as f32);
                let mut page = GrayImage::from_pixel(w as u32 + 160, h as u32 + 160, Luma([246]));
                let angle = rng.gen_range(-2.0f32..2.0).to_radians();
                let quad = ops::turned_rect(w, h, w / 2.0 + 80.0, h / 2.0 + 80.0, 1.0, angle);
                ops::place(&mut page, &img, quad);
                let mut page = ops::gaussian_blur(&page, rng.gen_range(0.6..1.2));
                ops::noise(&mut page, 3.0, rng);
                ops::jpeg(&page, 85)
            }
            Category::PhonePhoto => {
                let card = paper::card(text, 10, rng);
                let mut photo = ops::clutter(1600, 1200, rng);
                let quad = jittered(
                    &card,
                    800.0,
                    600.0,
                    rng.gen_range(0.45..0.75) * 1200.0,
                    rng.gen_range(0.0..2.0 * PI),
                    0.08,
                    rng,
                );
                ops::place(&mut photo, &card, quad);
                let (a, b) = (rng.gen_range(0.55..0.8), rng.gen_range(0.0..2.0 * PI));
                ops::light(&mut photo, |x, y| {
                    let t = ((x - 800.0) * b.cos() + (y - 600.0) * b.sin()) / 1000.0;
                    (1.0 - a) / 2.0 + a + t * (1.0 - a)
                });
                let mut photo = ops::gaussian_blur(&photo, rng.gen_range(0.8..1.6));
                ops::noise(&mut photo, 5.0, rng);
                ops::jpeg(&photo, 75)
            }
            Category::GaussianBlur => ops::gaussian_blur(
                &on_white(&paper::card(text, 8, rng), 40),
                rng.gen_range(1.5..3.0),
            ),
            Category::MotionBlur => {
                let img = on_white(&paper::card(text, 8, rng), 40);
                ops::motion_blur(&img, rng.gen_range(6.0..14.0), rng.gen_range(0.0..PI))
            }
            Category::Perspective => {
                let card = paper::card(text, 8, rng);
                let mut img = ops::clutter(1200, 1200, rng);
                let quad = jittered(
                    &card,
                    600.0,
                    600.0,
                    800.0,
                    rng.gen_range(0.0..2.0 * PI),
                    0.18,
                    rng,
                );
                ops::place(&mut img, &card, quad);
                ops::gaussian_blur(&img, 0.7)
            }
            Category::Jpeg => ops::jpeg(
                &on_white(&paper::card(text, 5, rng), 30),
                rng.gen_range(8..20),
            ),
            Category::UnevenLight => {
                let mut img = on_white(&paper::card(text, 8, rng), 40);
                let (w, h) = (img.width() as f32, img.height() as f32);
                let (lo, dir) = (rng.gen_range(0.35..0.6), rng.gen_range(0.0..2.0 * PI));
                let (sx, sy) = (rng.gen_range(0.3..0.7) * w, rng.gen_range(0.0..PI));
                let shade = rng.gen_range(0.4..0.6);
                ops::light(&mut img, |x, y| {
                    let t = (((x - w / 2.0) * dir.cos() + (y - h / 2.0) * dir.sin()) / w + 0.5)
                        .clamp(0.0, 1.0);
                    let gradient = lo + (1.0 - lo) * t;
                    // A shadow edge through (sx, h/2) at angle sy, softened over 6 px.
                    let d = (x - sx) * sy.cos() + (y - h / 2.0) * sy.sin();
                    let s = 1.0 - (1.0 - shade) * (0.5 + 0.5 * (d / 6.0).tanh());
                    gradient * s
                });
                img
            }
            Category::Glare => {
                let mut img = on_white(&paper::card(text, 8, rng), 40);
                let side = img.width() as f32;
                let (cx, cy) = (
                    rng.gen_range(0.3..0.7) * side,
                    rng.gen_range(0.3..0.6) * side,
                );
                let (rx, ry) = (
                    rng.gen_range(0.12..0.25) * side,
                    rng.gen_range(0.08..0.18) * side,
                );
                ops::contrast(&mut img, 20, 225);
                ops::glare(&mut img, cx, cy, rx, ry, rng.gen_range(0.7..0.95));
                img
            }
            Category::StainsTorn => {
                let card = paper::card(text, 8, rng);
                let (w, h) = (card.width() as f32, card.height() as f32);
                let mut img = GrayImage::from_pixel(w as u32 + 80, h as u32 + 80, Luma([110]));
                let quad = ops::turned_rect(w, h, w / 2.0 + 40.0, h / 2.0 + 40.0, 1.0, 0.0);
                ops::place(&mut img, &card, quad);
                ops::stains(&mut img, rng.gen_range(2..5), w * 0.2, rng);
                let corner = rng.gen_range(0..4);
                let depth = rng.gen_range(0.12..0.25);
                ops::tear(&mut img, quad, corner, depth, 110, rng);
                img
            }
            Category::LowRes => {
                let img = on_white(&paper::card(text, 12, rng), 60);
                let mut img = ops::rescale(&img, rng.gen_range(3.0..4.0) / 12.0);
                ops::noise(&mut img, 2.0, rng);
                img
            }
            Category::Curved => {
                let img = on_white(&paper::card(text, 8, rng), 60);
                let bow = rng.gen_range(0.04..0.12) * img.height() as f32;
                let mut img = ops::curve(&img, bow, 120);
                let w = img.width() as f32;
                ops::light(&mut img, |x, _| 0.75 + 0.25 * (PI * x / w).sin());
                img
            }
            Category::Bent => bent(&paper::card(text, 10, rng), 10, rng),
            Category::FinderTorn => damage::render(Damage::FinderTorn, text, rng),
            Category::FinderCovered => damage::render(Damage::FinderCovered, text, rng),
            Category::GlareFinder => damage::render(Damage::GlareFinder, text, rng),
            Category::Crease => damage::render(Damage::Crease, text, rng),
            Category::StainsData => damage::render(Damage::StainsData, text, rng),
            Category::GlareMoving => glare_moving(text, rng).swap_remove(0),
            Category::Webcam => {
                let card = paper::card(text, 10, rng);
                let mut frame = ops::clutter(1280, 720, rng);
                let size = rng.gen_range(380.0..520.0);
                let (cx, cy) = (rng.gen_range(500.0..780.0), 360.0);
                let quad = jittered(&card, cx, cy, size, rng.gen_range(-0.45..0.45), 0.04, rng);
                ops::place(&mut frame, &card, quad);
                let mut frame = ops::gaussian_blur(&frame, 1.0);
                ops::noise(&mut frame, 6.0, rng);
                ops::jpeg(&frame, 70)
            }
            Category::Flatbed => {
                let mut page = GrayImage::from_pixel(1240, 1754, Luma([250]));
                let slot = 1754.0 / 3.0;
                for (i, t) in texts.iter().enumerate() {
                    let card = paper::card(t, 10, rng);
                    let (w, h) = (card.width() as f32, card.height() as f32);
                    let cx = rng.gen_range(0.3..0.7) * 1240.0;
                    let cy = slot * (i as f32 + 0.5);
                    let quad = ops::turned_rect(
                        w,
                        h,
                        cx,
                        cy,
                        0.47,
                        rng.gen_range(-3.0f32..3.0).to_radians(),
                    );
                    ops::place(&mut page, &card, quad);
                }
                let mut page = ops::gaussian_blur(&page, 0.6);
                ops::noise(&mut page, 3.0, rng);
                ops::jpeg(&page, 85)
            }
        }
    }
}

/// What a decoder is given, and what it should find in it.
#[derive(Debug, Clone)]
pub struct Scene {
    /// The image.
    pub image: GrayImage,
    /// The texts of the cards in the image.
    pub texts: Vec<String>,
    /// For a card moving before a camera, the frames after `image`, a quarter of a second
    /// apart (the camera's rate); empty for a still picture.
    pub frames: Vec<GrayImage>,
}

/// A random card-shaped text: the bytes of a 12- to 24-word card, whose ciphertext and tag
/// are as random as these.
pub fn card_text(rng: &mut impl Rng) -> String {
    let len = [45, 49, 53, 57, 61][rng.gen_range(0..5)];
    let bytes: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
    heirloom_core::text::encode(&bytes)
}

/// The frames of a [`Category::GlareMoving`] scene.
const GLARE_FRAMES: usize = 6;

/// A laminated card held up to a 1280×720 webcam under a lamp ([`Category::GlareMoving`]):
/// the lamp's reflection a blown-out streak 25–40 % of the code wide, at any angle, over
/// the code in every frame and sweeping across it (its line from 5 to 95 % of the code's
/// width over the frames) as the card tilts; the hand shakes a few pixels and turns a fraction of a
/// degree between frames; the desk behind stays. Each frame has its own noise and JPEG.
fn glare_moving(text: &str, rng: &mut impl Rng) -> Vec<GrayImage> {
    let px = 10;
    let mut card = paper::card(text, px, rng);
    ops::contrast(&mut card, rng.gen_range(15..35), rng.gen_range(215..240));
    let n = heirloom_core::qr::modules(text)
        .expect("card text fits a QR code")
        .width as f32;
    // paper::card: the code starts after 3 modules of margin and 4 of quiet zone.
    let side = n * px as f32;
    let centre = 7.0 * px as f32 + side / 2.0;
    let angle = rng.gen_range(0.0..PI);
    let strength = rng.gen_range(1.8f32..2.5);
    // ops::streak saturates within width × √(2 ln strength) of its line.
    let band = rng.gen_range(0.25..0.40) * side;
    let width = band / 2.0 / (2.0 * strength.ln()).sqrt();
    let (s, c) = angle.sin_cos();
    let backwards = rng.gen_bool(0.5);
    let desk = ops::clutter(1280, 720, rng);
    let size = rng.gen_range(400.0..520.0);
    let (cx, cy) = (rng.gen_range(520.0..760.0), rng.gen_range(330.0..390.0));
    let quad = jittered(&card, cx, cy, size, rng.gen_range(-0.45..0.45), 0.04, rng);
    let (mut shake, mut turn) = ((0.0f32, 0.0f32), 0.0f32);
    (0..GLARE_FRAMES)
        .map(|k| {
            let t = 0.05 + 0.9 * k as f32 / (GLARE_FRAMES - 1) as f32;
            let t = if backwards { 1.0 - t } else { t };
            // The streak's line, moved along its normal (s, -c) across the code.
            let off = (t - 0.5) * side;
            let mut lit = card.clone();
            ops::streak(
                &mut lit,
                (centre + off * s, centre - off * c),
                angle,
                width,
                strength,
            );
            if k > 0 {
                shake.0 += rng.gen_range(-5.0..5.0);
                shake.1 += rng.gen_range(-5.0..5.0);
                turn += rng.gen_range(-0.4f32..0.4).to_radians();
            }
            let (ts, tc) = turn.sin_cos();
            let moved = quad.map(|(x, y)| {
                let (dx, dy) = (x - cx, y - cy);
                (
                    cx + dx * tc - dy * ts + shake.0,
                    cy + dx * ts + dy * tc + shake.1,
                )
            });
            let mut frame = desk.clone();
            ops::place(&mut frame, &lit, moved);
            let mut frame = ops::gaussian_blur(&frame, 1.0);
            ops::noise(&mut frame, 5.0, rng);
            ops::jpeg(&frame, 75)
        })
        .collect()
}

/// A card of `px` pixels per module bent around a cylinder and photographed
/// ([`Category::Bent`]).
fn bent(card: &GrayImage, px: u32, rng: &mut impl Rng) -> GrayImage {
    let (w, h) = (card.width() as f32, card.height() as f32);
    // The symbol's own width: the card is the symbol, 4 modules of quiet zone and 3 of
    // margin on each side.
    let symbol = w - 14.0 * px as f32;
    let across_height = rng.gen_bool(0.5);
    let arc = rng.gen_range(40.0f32..110.0).to_radians();
    let centre = if across_height { h / 2.0 } else { w / 2.0 };
    let lean =
        rng.gen_range(10.0f32..35.0).to_radians() * if rng.gen_bool(0.5) { 1.0 } else { -1.0 };
    let other = rng.gen_range(-8.0f32..8.0).to_radians();
    let quarter = f32::from(rng.gen_range(0u8..4)) * PI / 2.0;
    let light = (
        rng.gen_range(-0.7f32..0.7),
        rng.gen_range(-0.7f32..0.7),
        1.0f32,
    );
    let norm = (light.0 * light.0 + light.1 * light.1 + 1.0).sqrt();
    let (fw, fh) = (1280u32, 960u32);
    let cylinder = ops::Cylinder {
        radius: symbol / arc,
        // Off the crest, but no part of the code turned more than 65° away from the camera
        // (foreshortened to less than 0.42 of its width: a picture nobody would take).
        crest: centre
            + rng.gen_range(-1.0f32..1.0)
                * ((65f32.to_radians() - arc / 2.0) / arc).clamp(0.0, 0.35)
                * symbol,
        across_height,
        bulge: if rng.gen_bool(0.5) { 1.0 } else { -1.0 },
        tilt: if across_height {
            (other, lean)
        } else {
            (lean, other)
        },
        turn: quarter + rng.gen_range(-6.0f32..6.0).to_radians(),
        distance: rng.gen_range(2.5f32..5.0) * w.max(h),
        scale: rng.gen_range(0.6f32..0.85) * fh as f32 / w.max(h),
        centre: (
            fw as f32 / 2.0 + rng.gen_range(-100.0f32..100.0),
            fh as f32 / 2.0 + rng.gen_range(-40.0f32..40.0),
        ),
        size: (w, h),
        light: (light.0 / norm, light.1 / norm, 1.0 / norm),
    };
    let mut photo = ops::clutter(fw, fh, rng);
    ops::place_warped(
        &mut photo,
        card,
        48,
        |x, y| cylinder.project(x, y),
        |x, y| cylinder.shade(x, y),
    );
    let mut photo = ops::gaussian_blur(&photo, rng.gen_range(0.6..1.2));
    ops::noise(&mut photo, 4.0, rng);
    ops::jpeg(&photo, 80)
}

fn on_white(card: &GrayImage, margin: u32) -> GrayImage {
    let mut img = GrayImage::from_pixel(
        card.width() + 2 * margin,
        card.height() + 2 * margin,
        Luma([255]),
    );
    image::imageops::overlay(&mut img, card, i64::from(margin), i64::from(margin));
    img
}

/// The card's corners centred on (cx, cy), its longer side `size` px, turned by `angle`,
/// each corner moved by up to `jitter` of the size: a camera not square to the paper.
fn jittered(
    card: &GrayImage,
    cx: f32,
    cy: f32,
    size: f32,
    angle: f32,
    jitter: f32,
    rng: &mut impl Rng,
) -> [(f32, f32); 4] {
    let (w, h) = (card.width() as f32, card.height() as f32);
    let scale = size / w.max(h);
    let mut quad = ops::turned_rect(w, h, cx, cy, scale, angle);
    for p in &mut quad {
        p.0 += rng.gen_range(-jitter..jitter) * size;
        p.1 += rng.gen_range(-jitter..jitter) * size;
    }
    quad
}
