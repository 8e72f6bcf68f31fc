//! Cards with holders in every script the issue lists print with real glyphs: the PDF of
//! the print job is drawn by poppler (`pdftoppm`, from the embedded font subsets) and read
//! back (`pdftotext`, from its text layer), and both are checked against what was typed.
//! Poppler comes with scripts/setup.sh (poppler-utils).

use std::path::{Path, PathBuf};
use std::process::Command;

use image::GrayImage;

use super::card::tests::sheets;
use super::fonts::{self, FontFile};
use super::page::Item;
use super::{CardSheet, Holder, PrintOptions};

/// A label, a holder's name and place in each script, and the font that must draw them.
const SAMPLES: [(&str, &str, &str, &str, FontFile); 10] = [
    (
        "latin",
        "Épargne",
        "Zoë Ólafsdóttir",
        "Łódź",
        FontFile::DejaVu,
    ),
    ("greek", "Οικογένεια", "Ελένη", "Αθήνα", FontFile::DejaVu),
    ("cyrillic", "Семья", "Ольга", "Москва", FontFile::DejaVu),
    ("arabic", "عائلة", "مُحَمَّد لا", "القاهرة", FontFile::Arabic),
    ("hebrew", "משפחה", "שרה כהן", "ירושלים", FontFile::Hebrew),
    (
        "devanagari",
        "परिवार",
        "प्रिया",
        "दिल्ली",
        FontFile::Devanagari,
    ),
    ("thai", "ครอบครัว", "สมชาย", "กรุงเทพ", FontFile::Thai),
    ("chinese", "家庭储蓄", "张伟", "北京市", FontFile::Cjk),
    (
        "japanese",
        "家族の貯金",
        "山田花子",
        "東京都",
        FontFile::Cjk,
    ),
    ("korean", "가족", "김민준", "서울", FontFile::Cjk),
];

const DPI: u32 = 200;

fn artefacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../target/print-artifacts/scripts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn tool(name: &str, args: &[&str]) -> Vec<u8> {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} (poppler-utils, scripts/setup.sh): {e}"));
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn sheet(label: &str, name: &str, place: &str) -> Vec<CardSheet> {
    sheets(12, 2)
        .into_iter()
        .map(|mut s| {
            s.label = label.into();
            s.holder = Some(Holder {
                name: name.into(),
                place: place.into(),
            });
            s
        })
        .collect()
}

/// The first page of `pdf` as poppler draws it, grey.
fn poppler_page(pdf: &Path) -> GrayImage {
    let prefix = pdf.with_extension("");
    let dpi = DPI.to_string();
    let (p, first) = (prefix.to_str().unwrap(), "1");
    tool(
        "pdftoppm",
        &[
            "-r",
            &dpi,
            "-f",
            first,
            "-l",
            first,
            "-singlefile",
            "-png",
            pdf.to_str().unwrap(),
            p,
        ],
    );
    image::open(prefix.with_extension("png"))
        .unwrap()
        .to_luma8()
}

/// The box (in pixels) of the holder's words on the card page: the part of the line
/// after "Held by".
fn holder_box(page: &super::page::Page, words: &str) -> (u32, u32, u32, u32) {
    let s = DPI as f32 / 72.0;
    for item in &page.items {
        if let Item::Text {
            x,
            y,
            size,
            face,
            text,
            ..
        } = item
        {
            if let Some(at) = text.find("Held by ") {
                let (before, rest) = text.split_at(at + "Held by ".len());
                assert!(
                    rest.trim_start_matches('\u{2068}').starts_with(words),
                    "the whole name on one line: {text}"
                );
                let left = x + fonts::width(*face, *size, before).unwrap();
                let right = x + fonts::width(*face, *size, text).unwrap();
                let (top, bottom) = (y - 0.9 * size, y + 0.35 * size);
                return (
                    (left * s) as u32,
                    (top * s) as u32,
                    (right * s) as u32 + 1,
                    (bottom * s) as u32 + 1,
                );
            }
        }
    }
    panic!("no holder line");
}

/// Darkness (0 white, 1 black) of each 4 × 4 pixel cell of a box, row by row.
fn cells(img: &GrayImage, (x0, y0, x1, y1): (u32, u32, u32, u32)) -> Vec<f32> {
    let mut out = Vec::new();
    for cy in (y0..y1).step_by(4) {
        for cx in (x0..x1).step_by(4) {
            let mut sum = 0.0;
            for y in cy..(cy + 4).min(y1) {
                for x in cx..(cx + 4).min(x1) {
                    sum += 1.0 - f32::from(img.get_pixel(x, y).0[0]) / 255.0;
                }
            }
            out.push(sum / 16.0);
        }
    }
    out
}

/// Each script's card, in the print job's PDF: poppler draws the holder's words where the
/// layout put them, as the renderer's own drawing from the full fonts has them (not blank,
/// not boxes), and the text layer gives back the label, name and place as typed.
#[test]
fn cards_in_every_script_print_real_glyphs_and_real_text() {
    let dir = artefacts();
    let options = PrintOptions::default();
    for (script, label, name, place, font) in SAMPLES {
        let sheets = sheet(label, name, place);
        let pdf = dir.join(format!("{script}.pdf"));
        std::fs::write(&pdf, super::pdf(&sheets, &options).unwrap()).unwrap();

        // The text layer, as a person copying it or a search gets it.
        let text = String::from_utf8(tool(
            "pdftotext",
            &["-f", "1", "-l", "1", pdf.to_str().unwrap(), "-"],
        ))
        .unwrap();
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for typed in [label, name, place] {
            assert!(
                words.contains(typed),
                "{script}: {typed:?} not in the text layer: {words}"
            );
        }

        // The glyphs, as poppler draws the embedded subsets, against the renderer's own.
        let page = &super::card::pages(&sheets, &options).unwrap()[0];
        let ours = super::raster::rasterize(page, DPI as f32).unwrap();
        let theirs = poppler_page(&pdf);
        assert_eq!(ours.dimensions(), theirs.dimensions());
        let area = holder_box(page, name);
        let (a, b) = (cells(&ours, area), cells(&theirs, area));
        let ink = b.iter().sum::<f32>() / b.len() as f32;
        assert!(ink > 0.04, "{script}: the holder's words are blank ({ink})");
        let off = a
            .iter()
            .zip(&b)
            .map(|(p, q)| (p - q).abs())
            .fold(0.0, f32::max);
        assert!(
            off < 0.25,
            "{script}: poppler draws other shapes than the fonts' ({off})"
        );

        // SVG and PNG draw the same glyphs, from the script's font.
        let svg = super::svg(&sheets[0], &options).unwrap();
        assert!(
            svg.contains(&format!("#g{}-", font.index())),
            "{script}: no glyph of {font:?}"
        );
        for file in FontFile::ALL {
            let notdef = format!("#g{}-0\"", file.index());
            assert!(!svg.contains(&notdef), "{script}: a missing-glyph box");
        }
        let png = image::load_from_memory(&super::png(&sheets[0], &options, DPI).unwrap())
            .unwrap()
            .to_luma8();
        let (w, h) = super::card::card_size();
        assert_eq!(
            png.dimensions(),
            (
                (w * DPI as f32 / 72.0).round() as u32,
                (h * DPI as f32 / 72.0).round() as u32
            )
        );
    }
}
