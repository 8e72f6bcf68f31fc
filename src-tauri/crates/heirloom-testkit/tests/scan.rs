//! The core's scanning pipeline on card images degraded as paper, printers, scanners and
//! cameras degrade them. The rates over many scenes are figures (`make scan-rates`); these
//! are fixed scenes that must keep reading, so that a change to the pipeline that loses
//! them fails here.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

use heirloom_core::scan;
use heirloom_testkit::{pdf, Category};

const SEEDS: u64 = 6;

fn read(category: Category) -> usize {
    (0..SEEDS)
        .map(|seed| {
            let scene = category.scene(seed);
            let got = scan::scan_gray(&scene.image);
            // Nothing is ever read wrongly: every text found is one of the scene's.
            for t in &got {
                assert!(
                    scene.texts.contains(t),
                    "{} {seed}: read {t:?}, not on any card",
                    category.name()
                );
            }
            scene.texts.iter().filter(|t| got.contains(t)).count()
        })
        .sum()
}

fn all(category: Category) -> usize {
    SEEDS as usize * category.cards()
}

#[test]
fn the_everyday_cases_always_read() {
    for c in [
        Category::Nominal,
        Category::PrintScan,
        Category::PhonePhoto,
        Category::Webcam,
        Category::Flatbed,
    ] {
        assert_eq!(read(c), all(c), "{}", c.name());
    }
}

#[test]
fn blur_compression_and_resolution() {
    for c in [
        Category::GaussianBlur,
        Category::Jpeg,
        Category::LowRes,
        Category::Glare,
    ] {
        assert_eq!(read(c), all(c), "{}", c.name());
    }
    assert!(read(Category::MotionBlur) >= 5, "motion blur");
}

#[test]
fn light_stains_and_geometry() {
    for c in [
        Category::UnevenLight,
        Category::StainsTorn,
        Category::Perspective,
    ] {
        assert!(read(c) >= all(c) - 1, "{}", c.name());
    }
    // Curved paper defeats every other decoder measured about half the time; Heirloom
    // flattens it (scan/unbend.rs).
    assert_eq!(read(Category::Curved), all(Category::Curved), "curved");
    // Bent around a real cylinder, off the crest, seen in perspective: 79 % over 100
    // scenes (docs/benchmarks.md); these six fixed scenes read three, none wrongly.
    assert!(read(Category::Bent) >= 3, "bent");
}

#[test]
fn a_finder_torn_covered_or_glared_is_put_back() {
    // No other decoder measured reads one of these, nor did Heirloom before
    // (docs/benchmarks.md): the code has two finder patterns left. Heirloom paints the
    // third back where the two say it was (scan/repair.rs). Of these six fixed scenes of
    // each it reads 5, 5 and 4, none wrongly; one fewer is allowed for a change elsewhere in
    // the pipeline, none at all is the capability lost.
    for (c, floor) in [
        (Category::FinderTorn, 4),
        (Category::FinderCovered, 4),
        (Category::GlareFinder, 3),
    ] {
        let n = read(c);
        assert!(n >= floor, "{}: {n} of {}", c.name(), all(c));
    }
}

#[test]
fn creases_and_blots_over_the_data() {
    for c in [Category::Crease, Category::StainsData] {
        assert!(read(c) >= all(c) - 1, "{}", c.name());
    }
}

#[test]
fn a_covered_finder_before_a_camera_reads_within_a_few_frames() {
    // The live path tries one guess a frame once the plain frame and its variant read
    // nothing.
    let scene = Category::FinderCovered.scene(0);
    let img = &scene.image;
    let frames = (0..24u32)
        .position(|a| scan::scan_frame(img.as_raw(), img.width(), img.height(), a) == scene.texts);
    assert!(frames.is_some(), "not read within 24 frames");
}

#[test]
fn files_png_jpeg_and_a_scanned_pdf() {
    let scene = Category::Flatbed.scene(11);
    let from_png = scan::scan_bytes(&pdf::png(&scene.image)).unwrap();
    let from_jpeg = scan::scan_bytes(&pdf::jpeg(&scene.image, 80)).unwrap();
    let second = Category::PrintScan.scene(3);
    let from_pdf = scan::scan_bytes(&pdf::scanned(
        &[scene.image.clone(), second.image.clone()],
        150.0,
    ))
    .unwrap();
    for t in &scene.texts {
        assert!(from_png.contains(t));
        assert!(from_jpeg.contains(t));
        assert!(from_pdf.contains(t), "page 1 of the PDF");
    }
    assert!(from_pdf.contains(&second.texts[0]), "page 2 of the PDF");
    assert_eq!(from_pdf.len(), 4);
}

#[test]
fn a_live_frame_reads_a_card_and_empty_frames_read_nothing() {
    let scene = Category::Webcam.scene(2);
    let img = &scene.image;
    let got = scan::scan_frame(img.as_raw(), img.width(), img.height(), 0);
    assert_eq!(got, scene.texts);
    let empty = heirloom_testkit::ops::clutter(
        1280,
        720,
        &mut <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(5),
    );
    for attempt in 0..3 {
        assert!(scan::scan_frame(empty.as_raw(), 1280, 720, attempt).is_empty());
    }
    // A buffer of the wrong size is no frame.
    assert!(scan::scan_frame(&[0; 10], 1280, 720, 0).is_empty());
}
