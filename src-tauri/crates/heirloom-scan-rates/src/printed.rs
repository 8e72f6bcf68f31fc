//! `printed-text`: cards whose QR code is destroyed and whose printed text is legible, read
//! by Heirloom's whole file path (the QR search, then the printed text through Tesseract).
//!
//! The cards are real (five sets, one per phrase length, 2 of 16 at a test-sized key
//! derivation), so that a text read with a mistake can be put through the core's typo
//! search with the set's key, as recovery does once the passphrase is typed. Counted per
//! card: read exactly, read after the typo search (proven by the tag), not read; and
//! misreads, a wrong text that passes every group check (taken for a card before the
//! passphrase, and refused by its tag at combine time) or a wrong card out of the search.

use std::time::{Duration, Instant};

use heirloom_core::correct::{correct_card, Reference};
use heirloom_core::{derive_key, split_with_rng, Card, KdfParams, Key, Passphrase, Phrase};
use heirloom_core::{Language, SetParams};

/// One set per phrase length, with its key.
fn sets() -> Vec<(Vec<Card>, Key)> {
    let mut rng: rand_chacha::ChaCha20Rng = rand::SeedableRng::seed_from_u64(15);
    let pass = Passphrase::new("dice rib rude curious tube excess").expect("passphrase");
    [16usize, 20, 24, 28, 32]
        .iter()
        .map(|&n| {
            let entropy: Vec<u8> = (0..n).map(|i| (i * 29 + n) as u8).collect();
            let phrase = Phrase::from_entropy(&entropy, Language::English).expect("phrase");
            let params = SetParams {
                threshold: 2,
                count: 16,
                kdf: KdfParams::from_mib(8, 1, 1).expect("kdf"),
            };
            let cards = split_with_rng(&phrase, &pass, params, &mut rng).expect("split");
            let h = *cards[0].header();
            let key = derive_key(&pass, &h.set_id.0, h.kdf).expect("key");
            (cards, key)
        })
        .collect()
}

/// What became of one card.
#[derive(Default)]
struct Tally {
    exact: usize,
    corrected: usize,
    missed: usize,
    misread: usize,
    wrong_correction: usize,
    unavailable: usize,
}

/// Runs `samples` scenes and prints the figures.
pub fn run(samples: u64) {
    let sets = sets();
    let mut t = Tally::default();
    let mut times = Vec::new();
    let show = std::env::var_os("SCAN_RATES_MISSES").is_some();
    let only: Option<Vec<u64>> = std::env::var("SCAN_RATES_SEEDS")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect());
    for seed in 0..samples {
        if only.as_ref().is_some_and(|o| !o.contains(&seed)) {
            continue;
        }
        let (cards, key) = &sets[seed as usize % sets.len()];
        let card = &cards[(seed as usize / sets.len()) % cards.len()];
        let scene = heirloom_testkit::printed::scene(card, seed);
        let png = heirloom_testkit::pdf::png(&scene.image);
        if let Some(dir) = std::env::var_os("SCAN_RATES_KEEP") {
            let path = std::path::Path::new(&dir).join(format!("printed-text-{seed}.png"));
            std::fs::write(path, &png).expect("scene kept");
        }
        let start = Instant::now();
        let report = heirloom_core::scan::scan_bytes_report(&png).expect("scan");
        times.push(start.elapsed());
        let truth = card.to_text();
        if report.printed_unavailable {
            t.unavailable += 1;
        }
        let wrong_cards = report
            .printed
            .iter()
            .filter(|p| **p != truth && Card::from_text(p).is_ok())
            .count();
        t.misread += wrong_cards + report.texts.iter().filter(|q| **q != truth).count();
        let reference = Reference::of(card);
        let corrected = report
            .printed
            .iter()
            .find_map(|p| correct_card(p, &reference, key).map(|(c, _)| c));
        if report.printed.contains(&truth) || report.texts.contains(&truth) {
            t.exact += 1;
        } else if let Some(c) = corrected {
            if c == *card {
                t.corrected += 1;
            } else {
                t.wrong_correction += 1;
            }
        } else {
            t.missed += 1;
            if show {
                eprintln!("missed seed {seed}: {:?} for {truth}", report.printed);
            }
        }
        eprint!(".");
    }
    eprintln!();
    print(samples as usize, &t, &mut times);
}

fn print(n: usize, t: &Tally, times: &mut [Duration]) {
    let pct = |k: usize| 100.0 * k as f64 / n as f64;
    times.sort();
    println!("| printed-text | cards | read exactly | read after the typo search | read in all | not read | misreads |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    println!(
        "| heirloom | {n} | {:.1} % | {:.1} % | {:.1} % | {:.1} % | {} |",
        pct(t.exact),
        pct(t.corrected),
        pct(t.exact + t.corrected),
        pct(t.missed),
        t.misread + t.wrong_correction
    );
    if let (Some(median), Some(worst)) = (times.get(times.len() / 2), times.last()) {
        println!("heirloom printed-text: median {median:.1?} per picture, worst {worst:.1?}");
    }
    if t.unavailable > 0 {
        println!(
            "tesseract unavailable on {} pictures: install tesseract-ocr",
            t.unavailable
        );
    }
}
