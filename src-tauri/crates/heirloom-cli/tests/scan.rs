//! `heirloom scan` and `heirloom recover` on photos, scans and PDFs of real cards.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use std::fs;
use std::path::Path;

use common::{heirloom, tempdir, text};

use heirloom_testkit::{pdf, Category};

const PHRASE: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const PASS: &str = "quarter amused velvet orbit lemon crisp";

/// A 2-of-3 set at a fast KDF; the card texts.
fn make_set(dir: &Path) -> Vec<String> {
    let out = heirloom(
        &[
            "split",
            "-t",
            "2",
            "-n",
            "3",
            "--out",
            dir.to_str().unwrap(),
            "--kdf-memory-mib",
            "8",
            "--kdf-passes",
            "1",
        ],
        &format!("{PHRASE}\n{PASS}\n"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    (1..=3)
        .map(|i| {
            fs::read_to_string(dir.join(format!("card-{i}.txt")))
                .unwrap()
                .trim()
                .to_string()
        })
        .collect()
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

    // A QR code that is not a card: scan prints it, recover leaves it out and says so.
    let other = Category::Nominal.scene_of(&["HTTPS://EXAMPLE.ORG/".to_string()], 0);
    let other_path = write(&dir, "other.png", &pdf::png(&other.image));
    let out = heirloom(&["scan", &other_path], "");
    assert_eq!(text(&out.stdout), "HTTPS://EXAMPLE.ORG/\n");
    let out = heirloom(&["recover", &other_path], &format!("{PASS}\n"));
    assert_eq!(out.status.code(), Some(13));
    assert!(text(&out.stderr).contains("not a Heirloom card"));

    let junk = write(&dir, "notes.png", b"these are not pixels");
    let out = heirloom(&["scan", &junk, &other_path], "");
    assert_eq!(out.status.code(), Some(12));
    assert!(
        text(&out.stderr).contains("PNG, JPEG or PDF"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        text(&out.stdout),
        "HTTPS://EXAMPLE.ORG/\n",
        "the other files are still scanned"
    );
}
