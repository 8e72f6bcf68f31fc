//! `heirloom scan` and `heirloom recover` on the PDF that `heirloom print` saved: vector
//! pages with no pictures, read through their text layer.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use std::path::Path;

use common::{heirloom, tempdir, text};

const PHRASE: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const PASS: &str = "quarter amused velvet orbit lemon crisp";

/// A 2-of-3 set at a fast KDF: the card files and their texts.
fn make_set(dir: &Path) -> (Vec<String>, Vec<String>) {
    common::make_set(dir, PHRASE, PASS)
}

#[test]
fn the_saved_pdf_scans_and_recovers() {
    let dir = tempdir("own-pdf");
    let (files, texts) = make_set(&dir.join("set"));
    for per_page in ["1", "4"] {
        let pdf = dir.join(format!("cards-{per_page}.pdf"));
        let pdf = pdf.to_str().unwrap();
        let mut args = vec!["print", "--out", pdf, "--per-page", per_page];
        args.extend(files.iter().map(String::as_str));
        let out = heirloom(&args, "");
        assert!(out.status.success(), "{}", text(&out.stderr));

        let out = heirloom(&["scan", pdf], "");
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(text(&out.stdout), format!("{}\n", texts.join("\n")));

        let out = heirloom(&["recover", pdf], &format!("{PASS}\n"));
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(text(&out.stdout), format!("{PHRASE}\n"));
    }
}
