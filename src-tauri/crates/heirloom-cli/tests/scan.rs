//! `heirloom scan` and `heirloom recover` on photos, scans and PDFs of real cards.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use std::fs;
use std::path::Path;

use common::{heirloom, tempdir, text};

use heirloom_testkit::hostile::{self, Picture};
use heirloom_testkit::{pdf, Category};

const PHRASE: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const PASS: &str = "quarter amused velvet orbit lemon crisp";

/// A 2-of-3 set at a fast KDF; the card texts.
fn make_set(dir: &Path) -> Vec<String> {
    common::make_set(dir, PHRASE, PASS).1
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

#[test]
fn scan_prints_each_code_and_recover_gives_the_words() {
    let dir = tempdir("recover");
    let cards = make_set(&dir.join("set"));
    let photo = Category::PhonePhoto.scene_of(&cards[0..1], 1);
    let scan = Category::PrintScan.scene_of(&cards[2..3], 2);
    let photo_path = write(&dir, "photo.jpg", &pdf::jpeg(&photo.image, 85));
    let scan_path = write(&dir, "scan.png", &pdf::png(&scan.image));

    let out = heirloom(&["scan", &photo_path, &scan_path], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{}\n{}\n", cards[0], cards[2]));

    let out = heirloom(&["recover", &photo_path, &scan_path], &format!("{PASS}\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{PHRASE}\n"));
    assert!(text(&out.stderr).contains("card 1 of 3"));
    assert!(
        !text(&out.stderr).contains("abandon"),
        "no secret on stderr"
    );

    // One card alone: how many more are needed.
    let out = heirloom(&["recover", &photo_path], &format!("{PASS}\n"));
    assert_eq!(out.status.code(), Some(8));
    assert!(
        text(&out.stderr).contains("need 1 more card"),
        "{}",
        text(&out.stderr)
    );
    // The wrong passphrase.
    let out = heirloom(
        &["recover", &photo_path, &scan_path],
        "not the passphrase at all\n",
    );
    assert_eq!(out.status.code(), Some(9));
}

#[test]
fn a_scanned_pdf_page_with_every_card() {
    let dir = tempdir("pdf");
    let cards = make_set(&dir.join("set"));
    let page = Category::Flatbed.scene_of(&cards, 4);
    let pdf_path = write(&dir, "scan.pdf", &pdf::scanned(&[page.image], 150.0));
    let out = heirloom(&["scan", &pdf_path], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut got: Vec<String> = text(&out.stdout).lines().map(str::to_string).collect();
    got.sort();
    let mut want = cards.clone();
    want.sort();
    assert_eq!(got, want);
    let out = heirloom(&["recover", &pdf_path], &format!("{PASS}\n"));
    assert_eq!(
        text(&out.stdout),
        format!("{PHRASE}\n"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn nothing_found_other_codes_and_unreadable_files() {
    let dir = tempdir("odd");
    let blank = write(
        &dir,
        "blank.png",
        &pdf::png(&image::GrayImage::from_pixel(400, 300, image::Luma([230]))),
    );
    let out = heirloom(&["scan", &blank], "");
    assert_eq!(out.status.code(), Some(0), "none found is not an error");
    assert_eq!(text(&out.stdout), "");
    assert!(text(&out.stderr).contains("no QR code found"));

    // A QR code that is not a card: set aside with a note by scan and recover; recover
    // then has no card.
    let other = Category::Nominal.scene_of(&["HTTPS://EXAMPLE.ORG/".to_string()], 0);
    let other_path = write(&dir, "other.png", &pdf::png(&other.image));
    let out = heirloom(&["scan", &other_path], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "");
    assert!(text(&out.stderr).contains("not a Heirloom card, set aside"));
    let out = heirloom(&["recover", &other_path], &format!("{PASS}\n"));
    assert_eq!(out.status.code(), Some(13));
    assert!(text(&out.stderr).contains("not a Heirloom card, set aside"));
    assert!(
        text(&out.stderr).contains("No Heirloom card was found"),
        "{}",
        text(&out.stderr)
    );

    let junk = write(&dir, "notes.png", b"these are not pixels");
    let out = heirloom(&["scan", &junk, &other_path], "");
    assert_eq!(out.status.code(), Some(12));
    assert_eq!(
        text(&out.stderr).matches("PNG, JPEG or PDF").count(),
        1,
        "said once: {}",
        text(&out.stderr)
    );
    assert!(
        text(&out.stderr).contains("other.png: a QR code that is not a Heirloom card"),
        "the other files are still scanned: {}",
        text(&out.stderr)
    );
}

/// The scanned page: three good cards and a parcel code beside them (alphanumeric,
/// so it once read as a card with a typo in group 1 and stopped the recovery). The parcel
/// code is set aside with a note; the cards recover.
#[test]
fn another_code_on_the_page_is_set_aside() {
    let dir = tempdir("parcel");
    let cards = make_set(&dir.join("set"));
    let page = Category::Flatbed.scene_of(&cards, 5).image;
    let parcel = Category::Nominal
        .scene_of(&["1Z999AA10123456784".to_string()], 1)
        .image;
    let mut both = image::GrayImage::from_pixel(
        page.width() + parcel.width() + 40,
        page.height().max(parcel.height()),
        image::Luma([246]),
    );
    image::imageops::overlay(&mut both, &page, 0, 0);
    image::imageops::overlay(&mut both, &parcel, i64::from(page.width()) + 40, 0);
    let page_path = write(&dir, "page.png", &pdf::png(&both));

    let out = heirloom(&["scan", &page_path], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mut got: Vec<String> = text(&out.stdout).lines().map(str::to_string).collect();
    got.sort();
    let mut want = cards.clone();
    want.sort();
    assert_eq!(got, want, "the card texts, and only them");
    let notes = text(&out.stderr);
    assert_eq!(
        notes.matches("not a Heirloom card, set aside").count(),
        1,
        "{notes}"
    );
    assert!(
        !notes.contains("1Z999"),
        "a foreign code's text is not echoed"
    );

    let out = heirloom(&["recover", &page_path], &format!("{PASS}\n"));
    assert_eq!(
        text(&out.stdout),
        format!("{PHRASE}\n"),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stderr).contains("not a Heirloom card, set aside"));
    assert_eq!(
        text(&out.stderr).matches(": card ").count(),
        3,
        "each card is named"
    );
}

/// A PDF longer than the scanner reads: the card on its first page is used, and a note says
/// how many pages were read; the exit status is that of a scan that found its card.
#[test]
fn a_pdf_over_the_page_limit_gives_its_cards_and_says_what_was_not_read() {
    let dir = tempdir("pages");
    let cards = make_set(&dir.join("set"));
    let card = Category::Nominal.scene_of(&cards[1..2], 3).image;
    let pictures = [
        Picture::jpeg(&card),
        Picture::Blank {
            w: 300,
            h: 400,
            value: 250,
        },
    ];
    let pages: Vec<Vec<usize>> = std::iter::once(vec![0])
        .chain(std::iter::repeat_n(vec![1], 101))
        .collect();
    let pdf_path = write(&dir, "long.pdf", &hostile::pdf_with(&pictures, &pages));
    let out = heirloom(&["scan", &pdf_path], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{}\n", cards[1]));
    assert!(
        text(&out.stderr).contains("Read the first 100 pages of 102"),
        "{}",
        text(&out.stderr)
    );
}
