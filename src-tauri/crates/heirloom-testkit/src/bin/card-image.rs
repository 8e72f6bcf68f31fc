//! `card-image`: pictures of cards for the end-to-end tests and the recovery guide.
//!
//! ```text
//! card-image OUT TEXT [TEXT...] [--category NAME] [--seed N] [--page] [--corrupt|--corrupt-header]
//! card-image OUT TEXT --qr-destroyed [--seed N]
//! card-image OUT --blank
//! ```
//!
//! OUT's extension picks the format: `.png`, `.jpg` or `.pdf` (a scanned page). One text
//! makes a scene of the category (default `nominal`; see `Category::name`); several texts,
//! or `--page`, make a flatbed page at 150 dpi with every card on it. `--corrupt` changes a
//! byte of each card's sealed share and writes valid text again: the QR code and the card
//! read, and the damage shows only when the cards are opened with the passphrase.
//! `--corrupt-header` breaks the card's header instead, which shows as soon as it is read.
//! `--blank` writes a picture of a sheet with no QR code on it. `--qr-destroyed` writes a phone
//! photo of the card whose QR code is torn, covered or painted over while its printed text
//! stays legible (the testkit's `printed::scene`), for reading from the printed text.

use std::process::ExitCode;

use heirloom_testkit::{ops, paper, pdf, Category};
use image::{GrayImage, Luma};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

struct Args {
    out: String,
    texts: Vec<String>,
    category: Category,
    seed: u64,
    page: bool,
    corrupt: Option<Damage>,
    blank: bool,
    qr_destroyed: bool,
}

#[derive(Clone, Copy)]
enum Damage {
    Sealed,
    Header,
}

fn usage() -> String {
    let names: Vec<&str> = Category::ALL.iter().map(|c| c.name()).collect();
    format!(
        "usage: card-image OUT.(png|jpg|pdf) TEXT [TEXT...] [--category {}] [--seed N] [--page] [--corrupt|--corrupt-header]\n       card-image OUT TEXT --qr-destroyed [--seed N]\n       card-image OUT --blank",
        names.join("|")
    )
}

fn parse() -> Result<Args, String> {
    let mut args = Args {
        out: String::new(),
        texts: Vec::new(),
        category: Category::Nominal,
        seed: 1,
        page: false,
        corrupt: None,
        blank: false,
        qr_destroyed: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--category" => {
                let name = it.next().ok_or_else(usage)?;
                args.category = *Category::ALL
                    .iter()
                    .find(|c| c.name() == name)
                    .ok_or_else(|| format!("unknown category {name}\n{}", usage()))?;
            }
            "--seed" => {
                args.seed = it.next().and_then(|s| s.parse().ok()).ok_or_else(usage)?;
            }
            "--page" => args.page = true,
            "--corrupt" => args.corrupt = Some(Damage::Sealed),
            "--corrupt-header" => args.corrupt = Some(Damage::Header),
            "--blank" => args.blank = true,
            "--qr-destroyed" => args.qr_destroyed = true,
            "-h" | "--help" => return Err(usage()),
            _ if args.out.is_empty() => args.out = a,
            _ => args.texts.push(heirloom_core::text::normalize(&a)),
        }
    }
    if args.out.is_empty() || (args.texts.is_empty() && !args.blank) {
        return Err(usage());
    }
    Ok(args)
}

/// The card with one byte changed, re-encoded with valid check characters.
fn corrupted(text: &str, damage: Damage) -> Result<String, String> {
    let mut bytes = heirloom_core::text::decode(text).map_err(|e| e.to_string())?;
    match damage {
        Damage::Sealed => {
            let at = bytes.len() - 20;
            bytes[at] ^= 0x5a;
        }
        // Threshold 16 of a set of 1: no real card says that.
        Damage::Header => bytes[1] = 0xf0,
    }
    Ok(heirloom_core::text::encode(&bytes))
}

/// Several cards on an A4 page at 150 dpi, as a flatbed scanner sees them.
fn page(texts: &[String], rng: &mut ChaCha8Rng) -> GrayImage {
    let (pw, ph) = (1240.0f32, 1754.0f32);
    let mut img = GrayImage::from_pixel(pw as u32, ph as u32, Luma([250]));
    let cols = if texts.len() > 3 { 2 } else { 1 };
    let rows = texts.len().div_ceil(cols);
    let (sw, sh) = (pw / cols as f32, ph / rows as f32);
    for (i, t) in texts.iter().enumerate() {
        let card = paper::card(t, 10, rng);
        let (w, h) = (card.width() as f32, card.height() as f32);
        let scale = (0.85 * sw / w).min(0.85 * sh / h).min(0.6);
        let (col, row) = (i % cols, i / cols);
        let cx = sw * (col as f32 + 0.5);
        let cy = sh * (row as f32 + 0.5);
        let angle = rng.gen_range(-3.0f32..3.0).to_radians();
        ops::place(
            &mut img,
            &card,
            ops::turned_rect(w, h, cx, cy, scale, angle),
        );
    }
    let mut img = ops::gaussian_blur(&img, 0.6);
    ops::noise(&mut img, 3.0, rng);
    img
}

fn blank(rng: &mut ChaCha8Rng) -> GrayImage {
    let mut img = ops::clutter(1000, 700, rng);
    let sheet = GrayImage::from_pixel(600, 420, Luma([240]));
    ops::place(
        &mut img,
        &sheet,
        ops::turned_rect(600.0, 420.0, 500.0, 350.0, 1.0, 0.1),
    );
    img
}

fn run() -> Result<(), String> {
    let a = parse()?;
    let mut rng = ChaCha8Rng::seed_from_u64(a.seed);
    let texts = match a.corrupt {
        Some(d) => a
            .texts
            .iter()
            .map(|t| corrupted(t, d))
            .collect::<Result<Vec<_>, _>>()?,
        None => a.texts.clone(),
    };
    let img = if a.blank {
        blank(&mut rng)
    } else if a.qr_destroyed {
        let card = heirloom_core::Card::from_text(&texts[0]).map_err(|e| e.to_string())?;
        heirloom_testkit::printed::scene(&card, a.seed).image
    } else if a.page || texts.len() > 1 || texts.len() < a.category.cards() {
        page(&texts, &mut rng)
    } else {
        a.category.scene_of(&texts, a.seed).image
    };
    let lower = a.out.to_ascii_lowercase();
    let bytes = if lower.ends_with(".pdf") {
        pdf::scanned(&[img], 150.0)
    } else if lower.ends_with(".jpg") || lower.ends_with(".jpeg") {
        pdf::jpeg(&img, 88)
    } else if lower.ends_with(".png") {
        pdf::png(&img)
    } else {
        return Err(format!("{}: use .png, .jpg or .pdf", a.out));
    };
    std::fs::write(&a.out, bytes).map_err(|e| format!("{}: {e}", a.out))
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
