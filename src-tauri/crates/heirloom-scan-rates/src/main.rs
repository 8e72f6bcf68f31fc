//! Decode rates per degradation category for each candidate QR decoder, and for Heirloom's
//! own pipeline, printed as the Markdown table of `docs/benchmarks.md`.
//!
//! `cargo run --release -- [SAMPLES] [CATEGORY]` (default 100 scenes per category, every
//! category). zbarimg (Debian's zbar-tools) is run as a program on PNG files of the same
//! scenes. `SCAN_RATES_DECODERS=heirloom,zbarimg` runs only the decoders named (the others'
//! columns then read 0 %), to measure a change of Heirloom's pipeline quickly.
//! OpenCV's WeChat detector runs through a Python helper on the same PNG files (see
//! `wechat`; its column reads 0 % where the helper's Python or OpenCV is missing).
//! `cargo run --release -- SAMPLES printed-text` measures the cards whose QR code is
//! destroyed, read from their printed text (see `printed`); it is not among the others.

mod printed;
mod wechat;

use std::collections::BTreeMap;
use std::io::Write;
use std::process::Command;
use std::time::{Duration, Instant};

use heirloom_testkit::{Category, Scene};
use image::GrayImage;

type Decoder = fn(&GrayImage) -> Vec<String>;

fn rqrr(img: &GrayImage) -> Vec<String> {
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
        img.width() as usize,
        img.height() as usize,
        |x, y| img.get_pixel(x as u32, y as u32)[0],
    );
    prepared
        .detect_grids()
        .iter()
        .filter_map(|g| g.decode().ok().map(|(_, s)| s))
        .collect()
}

fn rxing(img: &GrayImage) -> Vec<String> {
    let mut hints = rxing::DecodeHints::default().with(rxing::DecodeHintValue::TryHarder(true));
    rxing::helpers::detect_multiple_in_luma_with_hints(
        img.as_raw().clone(),
        img.width(),
        img.height(),
        &mut hints,
    )
    .map(|rs| rs.iter().map(|r| r.getText().to_string()).collect())
    .unwrap_or_default()
}

fn zxing_cpp(img: &GrayImage) -> Vec<String> {
    let Ok(view) = zxingcpp::ImageView::from_slice(
        img.as_raw(),
        img.width(),
        img.height(),
        zxingcpp::ImageFormat::Lum,
    ) else {
        return Vec::new();
    };
    zxingcpp::read()
        .formats(zxingcpp::BarcodeFormat::QRCode)
        .try_harder(true)
        .try_rotate(true)
        .from(view)
        .map(|bs| {
            bs.iter()
                .filter(|b| b.is_valid())
                .map(|b| b.text())
                .collect()
        })
        .unwrap_or_default()
}

fn heirloom(img: &GrayImage) -> Vec<String> {
    heirloom_core::scan::scan_gray(img)
}

fn zbar(path: &std::path::Path) -> Vec<String> {
    let out = Command::new("zbarimg")
        .args(["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"])
        .arg(path)
        .output();
    match out {
        Ok(o) => String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(str::to_string)
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// Cards of the scene found with exactly their text.
fn found(scene: &Scene, got: &[String]) -> usize {
    scene.texts.iter().filter(|t| got.contains(t)).count()
}

/// The categories whose cards are also held before the camera: those the live path reads
/// only with its slower tools (a flattening, a finder put back), a different one each frame.
const LIVE: [Category; 4] = [
    Category::Bent,
    Category::FinderTorn,
    Category::FinderCovered,
    Category::GlareFinder,
];

fn rand_seed(seed: u64) -> rand_chacha::ChaCha8Rng {
    rand::SeedableRng::seed_from_u64(seed)
}

fn main() {
    let samples: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(100);
    let only: Option<String> = std::env::args().nth(2);
    if only.as_deref() == Some("printed-text") {
        printed::run(samples);
        return;
    }
    let chosen = std::env::var("SCAN_RATES_DECODERS").ok();
    let runs = |name: &str| {
        chosen
            .as_deref()
            .is_none_or(|c| c.split(',').any(|n| n == name))
    };
    let decoders: Vec<(&str, Decoder)> = [
        ("rqrr", rqrr as Decoder),
        ("rxing", rxing),
        ("zxing-cpp", zxing_cpp),
        ("heirloom", heirloom),
    ]
    .into_iter()
    .filter(|(name, _)| runs(name))
    .collect();
    let mut wechat = if runs("wechat") {
        wechat::WeChat::start()
    } else {
        None
    };
    let dir = std::env::temp_dir().join(format!("heirloom-scan-rates-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary folder");
    let keep = std::env::var_os("SCAN_RATES_KEEP").is_some();
    let mut table: Vec<(Category, usize, BTreeMap<&str, usize>)> = Vec::new();
    let mut times: BTreeMap<&str, Duration> = BTreeMap::new();
    // Texts given back that are not a card of the scene: a decoder's wrong reading.
    let mut misreads: BTreeMap<&str, usize> = BTreeMap::new();
    let mut not_cards: BTreeMap<&str, usize> = BTreeMap::new();
    let show_misses = std::env::var_os("SCAN_RATES_MISSES").is_some();
    let mut webcam_times: BTreeMap<&str, Vec<Duration>> = BTreeMap::new();
    let (mut live_times, mut empty_times, mut live_hits) = (Vec::new(), Vec::new(), 0usize);
    let (mut lamp_times, mut lamp_moving_times) = (Vec::new(), Vec::new());
    let mut unbend_times = Vec::new();
    // Cards read within 24 live frames, per category that measures it.
    let mut live_reads: Vec<(Category, usize)> = Vec::new();
    let mut heirloom_file_times = Vec::new();
    let (mut moving_times, mut moving_alone, mut moving_combined) = (Vec::new(), 0usize, 0usize);
    // Texts the live path gave back on those frames that are not the scene's card.
    let mut moving_wrong = 0usize;
    for category in Category::ALL {
        if only.as_deref().is_some_and(|o| o != category.name()) {
            continue;
        }
        let mut total = 0;
        let mut hits: BTreeMap<&str, usize> = BTreeMap::new();
        let mut file_times = Vec::new();
        for seed in 0..samples {
            let scene = category.scene(seed);
            total += scene.texts.len();
            // A moving card's frames are each a picture: a decoder reads the card when it
            // reads any of them.
            let pictures: Vec<&GrayImage> = std::iter::once(&scene.image).chain(&scene.frames).collect();
            for &(name, decode) in &decoders {
                let t = Instant::now();
                let mut got: Vec<String> = Vec::new();
                for picture in &pictures {
                    for text in decode(picture) {
                        if !got.contains(&text) {
                            got.push(text);
                        }
                    }
                }
                let dt = t.elapsed();
                *times.entry(name).or_default() += dt;
                if name == "heirloom" {
                    file_times.push(dt);
                }
                if category == Category::Webcam {
                    webcam_times.entry(name).or_default().push(dt);
                }
                *hits.entry(name).or_default() += found(&scene, &got);
                // Wrong texts that pass the card text's group checks would be taken for a
                // card: misreads. Others are told apart from a card at once.
                let wrong: Vec<&String> = got.iter().filter(|t| !scene.texts.contains(t)).collect();
                *misreads.entry(name).or_default() += wrong
                    .iter()
                    .filter(|t| heirloom_core::text::decode(t).is_ok())
                    .count();
                *not_cards.entry(name).or_default() += wrong
                    .iter()
                    .filter(|t| heirloom_core::text::decode(t).is_err())
                    .count();
                if show_misses && !wrong.is_empty() {
                    eprintln!(
                        "{name} misread {} seed {seed}: {wrong:?} for {:?}",
                        category.name(),
                        scene.texts
                    );
                }
                if name == "heirloom" && found(&scene, &got) < scene.texts.len() && show_misses {
                    eprintln!("heirloom missed {} seed {seed}", category.name());
                }
            }
            if LIVE.contains(&category) {
                // The live path on a hard card: frames of it until one reads, as a card held
                // still before a camera gives them (24 frames: six seconds at four a second).
                let (w, h) = scene.image.dimensions();
                let read = (0..24u32).any(|a| {
                    let got = heirloom_core::scan::scan_frame(scene.image.as_raw(), w, h, a);
                    found(&scene, &got) > 0
                });
                match live_reads.iter_mut().find(|(c, _)| *c == category) {
                    Some((_, n)) => *n += usize::from(read),
                    None => live_reads.push((category, usize::from(read))),
                }
            }
            if !scene.frames.is_empty() {
                // The live path on a moving card, frame after frame: alone, and with the
                // glared frames combined (GlareFrames), each frame timed.
                let (w, h) = scene.image.dimensions();
                let mut frames = heirloom_core::scan::GlareFrames::default();
                let (mut alone, mut combined) = (false, false);
                for (a, picture) in pictures.iter().enumerate() {
                    let got = heirloom_core::scan::scan_frame(picture.as_raw(), w, h, a as u32);
                    alone |= found(&scene, &got) > 0;
                    let t = Instant::now();
                    let got = frames.scan(picture.as_raw(), w, h, a as u32);
                    moving_times.push(t.elapsed());
                    combined |= found(&scene, &got) > 0;
                    moving_wrong += got.iter().filter(|t| !scene.texts.contains(t)).count();
                    if combined {
                        break;
                    }
                }
                moving_alone += usize::from(alone);
                moving_combined += usize::from(combined);
            }
            if category == Category::Webcam {
                // The live path at 1080p: the frame as a camera at 1920×1080 gives it.
                let frame = image::imageops::resize(
                    &scene.image,
                    1920,
                    1080,
                    image::imageops::FilterType::Triangle,
                );
                let t = Instant::now();
                let got = heirloom_core::scan::scan_frame(frame.as_raw(), 1920, 1080, seed as u32);
                live_times.push(t.elapsed());
                live_hits += found(&scene, &got);
                let empty = image::imageops::resize(
                    &heirloom_testkit::ops::clutter(1280, 720, &mut rand_seed(seed)),
                    1920,
                    1080,
                    image::imageops::FilterType::Triangle,
                );
                let t = Instant::now();
                let _ = heirloom_core::scan::scan_frame(empty.as_raw(), 1920, 1080, seed as u32);
                empty_times.push(t.elapsed());
                // Every fourth frame with nothing read tries a flattening (scan_frame).
                if seed % 4 == 3 {
                    unbend_times.push(t.elapsed());
                }
                // The same empty desk with a lamp blown out in view, the camera still: the
                // glared frames are held, and the fourth is timed with three held.
                let mut lamp = empty;
                heirloom_testkit::ops::glare(&mut lamp, 1500.0, 250.0, 160.0, 110.0, 3.0);
                let mut frames = heirloom_core::scan::GlareFrames::default();
                for a in 0..3 {
                    let _ = frames.scan(lamp.as_raw(), 1920, 1080, seed as u32 * 4 + a);
                }
                let t = Instant::now();
                let _ = frames.scan(lamp.as_raw(), 1920, 1080, seed as u32 * 4 + 3);
                lamp_times.push(t.elapsed());
                // And the camera moving (each frame 7 px further right and 4 down): the
                // held frames are aligned each time, the most a glared frame costs.
                let moved = |k: u32| {
                    GrayImage::from_fn(1920, 1080, |x, y| {
                        *lamp.get_pixel(x.saturating_sub(7 * k), y.saturating_sub(4 * k))
                    })
                };
                let mut frames = heirloom_core::scan::GlareFrames::default();
                for a in 0..3 {
                    let _ = frames.scan(moved(a).as_raw(), 1920, 1080, seed as u32 * 4 + a);
                }
                let last = moved(3);
                let t = Instant::now();
                let _ = frames.scan(last.as_raw(), 1920, 1080, seed as u32 * 4 + 3);
                lamp_moving_times.push(t.elapsed());
            }
            if runs("zbarimg") || wechat.is_some() {
                let (mut zbar_got, mut wechat_got) = (Vec::new(), Vec::new());
                for (k, picture) in pictures.iter().enumerate() {
                    let path = dir.join(format!("{}-{seed}-{k}.png", category.name()));
                    picture.save(&path).expect("PNG of the scene");
                    if runs("zbarimg") {
                        zbar_got.extend(zbar(&path));
                    }
                    if let Some(helper) = wechat.as_mut() {
                        let t = Instant::now();
                        wechat_got.extend(helper.decode(&path).unwrap_or_default());
                        *times.entry("wechat").or_default() += t.elapsed();
                    }
                    if !keep {
                        let _ = std::fs::remove_file(&path);
                    }
                }
                wechat_got.sort();
                wechat_got.dedup();
                *hits.entry("zbarimg").or_default() += found(&scene, &zbar_got);
                *hits.entry("wechat").or_default() += found(&scene, &wechat_got);
                *misreads.entry("wechat").or_default() += wechat_got
                    .iter()
                    .filter(|t| !scene.texts.contains(t))
                    .filter(|t| heirloom_core::text::decode(t).is_ok())
                    .count();
            }
        }
        eprint!(".");
        let _ = std::io::stderr().flush();
        file_times.sort();
        if let (Some(&median), Some(&worst)) =
            (file_times.get(file_times.len() / 2), file_times.last())
        {
            heirloom_file_times.push((category, median, worst));
        }
        table.push((category, total, hits));
    }
    eprintln!();
    let names = [
        "rqrr",
        "rxing",
        "zxing-cpp",
        "zbarimg",
        "wechat",
        "heirloom",
    ];
    println!("| category | cards | {} |", names.join(" | "));
    println!("|---|---:|{}", "---:|".repeat(names.len()));
    for (category, total, hits) in &table {
        let cells: Vec<String> = names
            .iter()
            .map(|n| {
                format!(
                    "{:.1} %",
                    100.0 * *hits.get(n).unwrap_or(&0) as f64 / *total as f64
                )
            })
            .collect();
        println!(
            "| {} | {} | {} |",
            category.name(),
            total,
            cells.join(" | ")
        );
    }
    println!();
    println!("| category | heirloom median per picture | worst |");
    println!("|---|---:|---:|");
    for (category, median, worst) in &heirloom_file_times {
        println!("| {} | {median:.1?} | {worst:.1?} |", category.name());
    }
    if !moving_times.is_empty() {
        moving_times.sort();
        println!(
            "heirloom live: {moving_combined} of {samples} glare-moving cards read within {} frames \
             with the glared frames combined, {moving_alone} with each frame alone; a frame \
             (1280×720): median {:.1?}, worst {:.1?}; {moving_wrong} texts not the card",
            Category::GlareMoving.scene(0).frames.len() + 1,
            moving_times[moving_times.len() / 2],
            moving_times[moving_times.len() - 1]
        );
    }
    for (category, n) in &live_reads {
        println!(
            "heirloom live: {n} of {samples} {} cards read within 24 frames",
            category.name()
        );
    }
    println!();
    for (name, samples) in &mut webcam_times {
        samples.sort();
        let median = samples[samples.len() / 2];
        let worst = samples[samples.len() - 1];
        println!("{name}: webcam frame (1280×720) median {median:.1?}, worst {worst:.1?}");
    }
    if !live_times.is_empty() {
        for (what, samples) in [
            ("with a card", &mut live_times),
            ("with no card", &mut empty_times),
            ("with no card, flattening frames", &mut unbend_times),
            ("with no card, a lamp blown out, three glared frames held", &mut lamp_times),
            ("with no card, a lamp blown out, the camera moving", &mut lamp_moving_times),
        ] {
            samples.sort();
            println!(
                "heirloom live frame (1920×1080) {what}: median {:.1?}, worst {:.1?}",
                samples[samples.len() / 2],
                samples[samples.len() - 1]
            );
        }
        println!(
            "heirloom live frame: {live_hits} of {} cards read from one frame each",
            live_times.len()
        );
    }
    for (name, t) in &times {
        let wrong = misreads.get(name).copied().unwrap_or(0);
        let junk = not_cards.get(name).copied().unwrap_or(0);
        println!("{name}: {t:.1?} in all, {wrong} misreads, {junk} other texts (not a card)");
    }
    if keep {
        eprintln!("images kept in {}", dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
