//! `heirloom print` with holders named in every script of issue 16: each card's page of the
//! PDF holds its holder's name and place as typed (read with poppler's `pdftotext`), and a
//! name with a character no bundled font has is refused before any file is written.
//! (The glyphs themselves are checked by rasterising in heirloom-core's
//! `render::every_script`.)

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{heirloom, tempdir, text};

const PASS: &str = "quarter amused velvet orbit lemon crisp";

const HOLDERS: [(&str, &str); 5] = [
    ("محمد", "القاهرة"),
    ("שרה כהן", "ירושלים"),
    ("प्रिया", "दिल्ली"),
    ("สมชาย", "กรุงเทพ"),
    ("김민준", "서울"),
];

/// A 2-of-5 set's card files.
fn cards(dir: &Path) -> Vec<String> {
    let phrase = text(&heirloom(&["generate", "--words", "12"], "").stdout)
        .trim()
        .to_string();
    let out_dir = dir.join("set");
    let out = heirloom(
        &common::split_args("2", "5", &out_dir),
        &format!("{phrase}\n\n{PASS}\n"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    (1..=5)
        .map(|i| out_dir.join(format!("card-{i}.txt")).display().to_string())
        .collect()
}

fn page_text(pdf: &Path, page: usize) -> String {
    let page = page.to_string();
    let out = Command::new("pdftotext")
        .args(["-f", &page, "-l", &page, pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext is needed (Debian: poppler-utils)");
    assert!(out.status.success());
    text(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn holders_in_every_script_are_printed_as_typed_and_a_glyphless_one_is_refused() {
    let dir = tempdir("print-scripts");
    let files = cards(&dir);
    let pdf = dir.join("cards.pdf");
    let mut args: Vec<String> = ["print", "--out", pdf.to_str().unwrap()]
        .map(String::from)
        .to_vec();
    args.extend(["--label".into(), "家族の貯金".into()]);
    for (i, (name, place)) in HOLDERS.iter().enumerate() {
        args.extend(["--holder".into(), format!("{}={name}, {place}", i + 1)]);
    }
    args.extend(files.iter().cloned());
    let out = heirloom(&args.iter().map(String::as_str).collect::<Vec<_>>(), "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    for (i, (name, place)) in HOLDERS.iter().enumerate() {
        let words = page_text(&pdf, i + 1);
        for typed in [*name, *place, "家族の貯金"] {
            assert!(
                words.contains(typed),
                "card {}: {typed:?} in {words}",
                i + 1
            );
        }
    }

    // Linear B: no bundled font has it. Refused, naming the field and the character, and
    // no PDF is written.
    let refused = dir.join("refused.pdf");
    let mut args = vec!["print", "--out", refused.to_str().unwrap()];
    args.extend(["--holder", "1=Anna 𐀀, Knossos"]);
    args.extend(files.iter().map(String::as_str));
    let out = heirloom(&args, "");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert!(
        said.contains("holder's name contains “𐀀”") && said.contains("empty box"),
        "{said}"
    );
    assert!(!refused.exists());
    let _ = fs::remove_dir_all(&dir);
}
