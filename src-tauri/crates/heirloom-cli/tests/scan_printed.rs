//! `heirloom scan` and `heirloom recover` on pictures of cards whose QR code is destroyed:
//! the card is read from its printed text (issue 15, point 3). These need Tesseract, which
//! `make test` installs (scripts/setup.sh); without it they fail and say so, never skip.
//!
//! Every picture here is of the vector set's cards (tests/vectors/card-v1.json), never of
//! a set made in the run: what Tesseract reads depends on the card's characters, so a
//! random set would make a test that passes on most runs and fails on some.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use std::path::Path;
use std::process::Command;

use common::{heirloom, tempdir, text};
use heirloom_core::Card;
use heirloom_testkit::{pdf, printed};
use image::GrayImage;

/// The first set of the test vectors (2 of 3): its cards, passphrase and phrase.
struct Vectors {
    cards: Vec<String>,
    pass: String,
    phrase: String,
}

fn vectors() -> Vectors {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../tests/vectors/card-v1.json"
    );
    let all: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let set = &all["valid"][0];
    let text = |v: &serde_json::Value| v.as_str().unwrap().to_string();
    Vectors {
        cards: set["cards"].as_array().unwrap().iter().map(text).collect(),
        pass: text(&set["passphrase"]),
        phrase: text(&set["phrase"]),
    }
}

fn require_tesseract() {
    let found = Command::new("tesseract").arg("--version").output();
    assert!(
        found.is_ok_and(|o| o.status.success()),
        "tesseract is missing: install the Debian packages tesseract-ocr and tesseract-ocr-eng \
         (scripts/setup.sh does, and `make test` runs it)"
    );
}

/// Card `text` as Heirloom draws it at 300 dpi, its QR code painted over in `shade`.
fn painted(text: &str, shade: u8) -> GrayImage {
    printed::painted(&Card::from_text(text).unwrap(), shade)
}

fn save(dir: &Path, name: &str, img: &GrayImage) -> String {
    let path = dir.join(name);
    std::fs::write(&path, pdf::png(img)).unwrap();
    path.display().to_string()
}

#[test]
fn cards_whose_code_is_painted_over_are_read_from_their_printed_text() {
    require_tesseract();
    let dir = tempdir("printed");
    let Vectors {
        cards,
        pass,
        phrase,
    } = vectors();
    let one = save(&dir, "one.png", &painted(&cards[0], 20));
    let three = save(&dir, "three.png", &painted(&cards[2], 245));

    let out = heirloom(&["scan", &one], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("card read from the printed text"),
        "{}",
        text(&out.stderr)
    );
    // The card, or a reading whose wrong group fails its check and is said to be uncertain:
    // never another text that passes as a card.
    let read = text(&out.stdout);
    let read = read.trim_end();
    if read != cards[0] {
        assert!(heirloom_core::text::decode(read).is_err(), "{read}");
        assert!(text(&out.stderr).contains("not for certain"));
    }

    let out = heirloom(&["recover", &one, &three], &format!("{pass}\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{phrase}\n"));
    assert!(text(&out.stderr).contains("read from the printed text"));
}

/// A scanner's PDF of two cards whose codes are worn away (issue 15, point 3): read from
/// their printed text as pictures are, and the wallet recovered from it alone.
#[test]
fn a_scanned_pdf_of_cards_whose_codes_are_gone_is_read_from_their_text() {
    require_tesseract();
    let dir = tempdir("printed-pdf");
    let Vectors {
        cards,
        pass,
        phrase,
    } = vectors();
    let pages = [painted(&cards[1], 30), painted(&cards[2], 240)];
    let path = dir.join("scan.pdf");
    std::fs::write(&path, pdf::scanned(&pages, 300.0)).unwrap();
    let path = path.to_str().unwrap();

    let out = heirloom(&["scan", path], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("read from the printed text"),
        "{}",
        text(&out.stderr)
    );
    let out = heirloom(&["recover", path], &format!("{pass}\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{phrase}\n"));
}

#[test]
fn a_picture_of_text_that_is_no_card_gives_no_card() {
    require_tesseract();
    let dir = tempdir("printed-garbage");
    let Vectors { cards, pass, .. } = vectors();
    // The card's text mirrored: letters the engine reads as something, never as groups
    // that check.
    let mirrored = image::imageops::flip_horizontal(&painted(&cards[1], 20));
    let path = save(&dir, "mirrored.png", &mirrored);
    let out = heirloom(&["scan", &path], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "");
    assert!(
        text(&out.stderr).contains("nor a card's printed text"),
        "{}",
        text(&out.stderr)
    );
    let out = heirloom(&["recover", &path], &format!("{pass}\n"));
    assert!(!out.status.success());
}

/// A reading of the print that the card's tag proves corrected is said to be read, not
/// typed: the vector set's card 2 photographed with its code destroyed (the testkit's
/// scene, seed 2), which Tesseract reads with group 3 as `SYT5N8`.
#[test]
fn a_reading_corrected_is_said_to_be_read_not_typed() {
    require_tesseract();
    let Vectors {
        cards,
        pass,
        phrase,
    } = vectors();
    let card = |i: usize| cards[i].as_str();
    let dir = tempdir("printed-read");
    // Saved as the e2e tests' card-image tool saves a photo, JPEG at quality 88.
    let two = dir.join("two.jpg");
    let photo = printed::scene(&Card::from_text(card(1)).unwrap(), 2).image;
    std::fs::write(&two, pdf::jpeg(&photo, 88)).unwrap();
    let one = save(
        &dir,
        "one.png",
        &printed::rendered(&Card::from_text(card(0)).unwrap(), 300),
    );
    let two = two.display().to_string();
    let out = heirloom(&["recover", &two, &one], &format!("{pass}\n"));
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert_eq!(text(&out.stdout).trim_end(), phrase);
    assert!(
        err.contains(&format!(
            "{two}: card 2, group 3: read as SYT5N8, the card says {} — please check",
            &card(1)[12..18]
        )),
        "{err}"
    );
    assert!(!err.contains("you typed"), "{err}");
}
