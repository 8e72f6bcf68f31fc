//! `heirloom print` and `heirloom render`, checked the way a family would use the printout:
//! the PDF is rasterised by poppler's `pdftoppm` at 300 and 150 dpi, every page is scanned
//! back by Heirloom (`heirloom recover`) and by an independent decoder (`zbarimg`), and the
//! cards must give back the very words that were split. The rasterised pages are kept under
//! `target/print-artifacts/` to be looked at.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{heirloom, tempdir, text};

/// A tool the test depends on; missing, the test fails with what to install.
fn tool(name: &str, args: &[&str]) -> Output {
    Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed (Debian: poppler-utils, zbar-tools): {e}"))
}

/// Where rasterised pages are kept for people to look at.
fn artefacts(name: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../target"));
    let d = target.join("print-artifacts").join(name);
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).unwrap();
    d
}

const PASS: &str = "quarter amused velvet orbit lemon crisp";

struct Set {
    phrase: String,
    fingerprint: String,
    files: Vec<String>,
    texts: Vec<String>,
}

/// A fresh phrase split 3 of 5 at a fast KDF.
fn make_set(dir: &Path, words: usize) -> Set {
    let phrase = text(&heirloom(&["generate", "--words", &words.to_string()], "").stdout)
        .trim()
        .to_string();
    assert_eq!(phrase.split(' ').count(), words);
    let out_dir = dir.join("set");
    let out = heirloom(
        &common::split_args("3", "5", &out_dir),
        &format!("{phrase}\n\n{PASS}\n"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    let fingerprint = err
        .split("wallet fingerprint ")
        .nth(1)
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let files: Vec<String> = (1..=5)
        .map(|i| out_dir.join(format!("card-{i}.txt")).display().to_string())
        .collect();
    let texts = files
        .iter()
        .map(|f| fs::read_to_string(f).unwrap().trim().to_string())
        .collect();
    Set {
        phrase,
        fingerprint,
        files,
        texts,
    }
}

/// The page pictures pdftoppm made, in page order.
fn rasterise(pdf: &Path, dpi: u32, into: &Path) -> Vec<PathBuf> {
    let prefix = into.join(format!("page-{dpi}dpi"));
    let out = tool(
        "pdftoppm",
        &[
            "-r",
            &dpi.to_string(),
            "-png",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "pdftoppm: {}", text(&out.stderr));
    let mut pages: Vec<PathBuf> = fs::read_dir(into)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_str().unwrap();
            name.starts_with(&format!("page-{dpi}dpi")) && name.ends_with(".png")
        })
        .collect();
    pages.sort();
    pages
}

/// Every QR code zbar finds in a picture, in any order.
fn zbar(picture: &Path) -> Vec<String> {
    let out = tool("zbarimg", &["--raw", "-q", picture.to_str().unwrap()]);
    // zbarimg exits 4 when it finds nothing, which is a result here, not a failure.
    assert!(
        matches!(out.status.code(), Some(0) | Some(4)),
        "zbarimg: {}",
        text(&out.stderr)
    );
    let mut found: Vec<String> = text(&out.stdout).lines().map(str::to_string).collect();
    found.sort();
    found
}

/// The issue's round trip for one configuration.
fn print_and_scan_back(name: &str, words: usize, paper: &str, per_page: usize) {
    let dir = tempdir(name);
    let set = make_set(&dir, words);
    let pdf = dir.join("cards.pdf");
    let mut args = vec![
        "print".to_string(),
        "--out".into(),
        pdf.display().to_string(),
        "--paper".into(),
        paper.into(),
        "--per-page".into(),
        per_page.to_string(),
        "--label".into(),
        "Family savings".into(),
        "--date".into(),
        "2026-11-23".into(),
        "--fingerprint".into(),
        set.fingerprint.clone(),
        "--holder".into(),
        "1=Marie Dupont, Lyon".into(),
        "--holder".into(),
        "4=Jonas Okafor, Accra".into(),
    ];
    args.extend(set.files.iter().cloned());
    let out = heirloom(&args.iter().map(String::as_str).collect::<Vec<_>>(), "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let card_pages = 5usize.div_ceil(per_page);

    let keep = artefacts(name);
    fs::copy(&pdf, keep.join("cards.pdf")).unwrap();
    for dpi in [300, 150] {
        let pages = rasterise(&pdf, dpi, &keep);
        assert_eq!(
            pages.len(),
            card_pages + 2,
            "cards, the guide and the format summary"
        );

        // zbar: each card page holds exactly its cards, each decoding to the card's text;
        // the guide and the summary hold no code at all.
        for (p, page) in pages.iter().enumerate() {
            let mut want: Vec<String> = set
                .texts
                .iter()
                .skip(p * per_page)
                .take(if p < card_pages { per_page } else { 0 })
                .cloned()
                .collect();
            want.sort();
            assert_eq!(
                zbar(page),
                want,
                "{name}: zbarimg on page {} at {dpi} dpi",
                p + 1
            );
        }

        // Heirloom's own scanner: every page in, the words out.
        let files: Vec<&str> = pages.iter().map(|p| p.to_str().unwrap()).collect();
        let out = heirloom(&[&["recover"][..], &files].concat(), &format!("{PASS}\n"));
        assert!(
            out.status.success(),
            "{name} at {dpi} dpi: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stdout).trim(), set.phrase, "{name} at {dpi} dpi");
        assert!(!text(&out.stderr).contains(&set.phrase));
    }

    // The text of the PDF is real text: a person can copy a card's groups out of it.
    let words = pdf_words(&pdf);
    assert!(
        words.contains("Card 2 of 5 — any 3 cards and the passphrase"),
        "{words}"
    );
    let first_group = &set.texts[0][..6];
    assert!(words.contains(first_group), "{first_group} in {words}");
    assert!(words.contains("Held by Marie Dupont, Lyon"));
    assert!(words.contains(&format!("Wallet fingerprint {}", set.fingerprint)));
    assert!(words.contains("How to recover the wallet"));
    assert!(words.contains("Heirloom card format, version 1"));
    assert!(
        !words.contains(PASS.split(' ').next().unwrap()),
        "no passphrase on paper"
    );
    assert_eq!(
        words.matches("Passphrase (optional").count(),
        1,
        "by default, one card has the passphrase line"
    );
}

/// The words of a PDF's text, white space collapsed (lines wrap where the layout put them).
fn pdf_words(pdf: &Path) -> String {
    let out = tool("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    text(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `heirloom print` flags, the locale it runs in, and the guide's title it must print.
#[allow(clippy::type_complexity)]
const GUIDE_CASES: [(&[&str], &[(&str, &str)], &str); 12] = [
    (&[], &[], "How to recover the wallet"),
    (&["--language", "es"], &[], "Cómo recuperar la billetera"),
    (
        &["--language", "fr"],
        &[],
        "Comment récupérer le portefeuille",
    ),
    (
        &["--language", "de"],
        &[],
        "So stellen Sie die Wallet wieder her",
    ),
    (&["--language", "pt"], &[], "Como recuperar a carteira"),
    (&["--language", "it"], &[], "Come recuperare il portafoglio"),
    (&["--language", "ja"], &[], "ウォレットの復元のしかた"),
    (&["--language", "zh-Hans"], &[], "如何找回钱包"),
    // The system's language, as a desktop session sets it.
    (
        &[],
        &[("LANG", "es_MX.UTF-8")],
        "Cómo recuperar la billetera",
    ),
    (
        &[],
        &[("LANGUAGE", "nl:de"), ("LANG", "fr_FR.UTF-8")],
        "So stellen Sie die Wallet wieder her",
    ),
    // A language the guide is not printed in, and traditional Chinese: English.
    (&[], &[("LANG", "zh_TW.UTF-8")], "How to recover the wallet"),
    // --language wins over the system.
    (
        &["--language", "en"],
        &[("LANG", "ja_JP.UTF-8")],
        "How to recover the wallet",
    ),
];

/// The family guide is printed in the language asked for (`--language`), else the system's
/// (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`), else English; the format summary for
/// programmers and the cards stay English, and each guide is one page. The titles are
/// written here as a reader of each language reads them, not taken from Heirloom's tables.
#[test]
fn the_family_guide_is_printed_in_the_language_asked_for() {
    const SUMMARY: &str = "Heirloom card format, version 1";
    let dir = tempdir("guide-language");
    let set = make_set(&dir, 12);
    for (k, (flags, locale, title)) in GUIDE_CASES.into_iter().enumerate() {
        let pdf = dir.join(format!("guide-{k}.pdf"));
        let mut args = vec!["print", "--out", pdf.to_str().unwrap()];
        args.extend(flags.iter().copied());
        args.extend(set.files.iter().map(String::as_str));
        let out = common::heirloom_in(&args, "", locale);
        assert!(
            out.status.success(),
            "{flags:?} {locale:?}: {}",
            text(&out.stderr)
        );
        let words = pdf_words(&pdf);
        assert!(
            words.contains(title),
            "{flags:?} {locale:?}: {title} in {words}"
        );
        assert!(
            words.contains(SUMMARY),
            "the summary stays English: {words}"
        );
        assert!(
            words.contains("Card 1 of 5"),
            "the cards stay English: {words}"
        );
        assert!(
            !words.contains('{') && !words.contains('}'),
            "a placeholder left: {words}"
        );
        let pages = tool("pdfinfo", &[pdf.to_str().unwrap()]);
        assert!(
            text(&pages.stdout).contains("Pages:           7"),
            "five cards, one guide page, one summary page: {}",
            text(&pages.stdout)
        );
    }
    let out = heirloom(
        &[
            "print",
            "--out",
            dir.join("x.pdf").to_str().unwrap(),
            "--language",
            "nl",
            &set.files[0],
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("not printed in \"nl\"") && err.contains("zh-Hans"),
        "{err}"
    );
    assert!(!dir.join("x.pdf").exists());
}

/// `--passphrase-line` puts the line on the first card (the default), every card or none,
/// and the family guide says the same.
#[test]
fn the_passphrase_line_is_where_it_was_asked_for_and_the_guide_agrees() {
    let dir = tempdir("passphrase-line");
    let set = make_set(&dir, 12);
    for (k, (flags, lines, guide)) in [
        (vec![], 1, "Only card 1 has a line for it"),
        (
            vec!["--passphrase-line", "first"],
            1,
            "Only card 1 has a line for it",
        ),
        (
            vec!["--passphrase-line", "every"],
            5,
            "Every card has a line for it",
        ),
        (
            vec!["--passphrase-line", "none"],
            0,
            "The cards have no line for it",
        ),
        (
            vec!["--no-passphrase-line"],
            0,
            "The cards have no line for it",
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let pdf = dir.join(format!("cards-{k}.pdf"));
        let mut args = vec!["print", "--out", pdf.to_str().unwrap()];
        args.extend(flags.iter().copied());
        args.extend(set.files.iter().map(String::as_str));
        let out = heirloom(&args, "");
        assert!(out.status.success(), "{flags:?}: {}", text(&out.stderr));
        let words = pdf_words(&pdf);
        assert_eq!(
            words.matches("Passphrase (optional").count(),
            lines,
            "{flags:?}"
        );
        assert!(words.contains(guide), "{flags:?}: {words}");
    }
    let out = heirloom(
        &[
            "print",
            "--out",
            dir.join("x.pdf").to_str().unwrap(),
            "--passphrase-line",
            "none",
            "--no-passphrase-line",
            &set.files[0],
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2), "the two are one choice");
}

#[test]
fn twelve_words_a4_four_per_page() {
    print_and_scan_back("12-words-a4-4up", 12, "a4", 4);
}

#[test]
fn twenty_four_words_a4_one_per_page() {
    print_and_scan_back("24-words-a4-1up", 24, "a4", 1);
}

#[test]
fn twelve_words_letter_two_per_page() {
    print_and_scan_back("12-words-letter-2up", 12, "letter", 2);
}

#[test]
fn twenty_four_words_letter_four_per_page() {
    print_and_scan_back("24-words-letter-4up", 24, "letter", 4);
}

/// `render --png`: one picture per card that both decoders read, and nothing is ever
/// overwritten.
#[test]
fn render_png_pictures_scan_back_and_nothing_is_overwritten() {
    let dir = tempdir("png");
    let set = make_set(&dir, 24);
    let png_dir = dir.join("png");
    let mut args = vec!["render", "--png", png_dir.to_str().unwrap(), "--dpi", "200"];
    args.extend([
        "--label",
        "Family savings",
        "--holder",
        "2=Aunt Marie, Lyon",
    ]);
    args.extend(set.files.iter().map(String::as_str));
    let out = heirloom(&args, "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let keep = artefacts("png");
    for (i, card_text) in set.texts.iter().enumerate() {
        let png = png_dir.join(format!("card-{}.png", i + 1));
        assert_eq!(zbar(&png), vec![card_text.clone()]);
        let out = heirloom(&["scan", png.to_str().unwrap()], "");
        assert_eq!(text(&out.stdout).trim(), card_text);
        fs::copy(&png, keep.join(format!("card-{}.png", i + 1))).unwrap();
    }

    let again = heirloom(&args, "");
    assert_eq!(again.status.code(), Some(2));
    assert!(
        text(&again.stderr).contains("already exists"),
        "{}",
        text(&again.stderr)
    );
    assert_eq!(text(&again.stderr).lines().count(), 1);

    let pdf = dir.join("cards.pdf");
    fs::write(&pdf, b"keep me").unwrap();
    let out = heirloom(
        &["print", "--out", pdf.to_str().unwrap(), &set.files[0]],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("already exists"));
    assert_eq!(fs::read(&pdf).unwrap(), b"keep me");
}

#[test]
fn bad_print_arguments_are_refused_in_one_line() {
    let dir = tempdir("bad");
    let set = make_set(&dir, 12);
    let pdf = dir.join("out.pdf");
    let pdf = pdf.to_str().unwrap();
    let far = format!("1=Marie, {}", "p".repeat(129));
    for (extra, needle) in [
        (vec!["--fingerprint", "xyz"], "8 hex digits"),
        (vec!["--date", "23/11/2026"], "YYYY-MM-DD"),
        (vec!["--holder", "Marie"], "I=NAME, PLACE"),
        (vec!["--holder", "1=, Lyon"], "I=NAME, PLACE"),
        (vec!["--holder", "9=Marie, Lyon"], "card 9"),
        // The same limits as split's, checked where the holder is read.
        (vec!["--holder", &far], "a place has at most 128 characters"),
    ] {
        let mut args = vec!["print", "--out", pdf];
        args.extend(extra);
        args.push(&set.files[0]);
        let out = heirloom(&args, "");
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains(needle), "{}", text(&out.stderr));
        assert_eq!(text(&out.stderr).lines().count(), 1);
    }
    // The same card twice is refused by the core, naming the card.
    let out = heirloom(&["print", "--out", pdf, &set.files[0], &set.files[0]], "");
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
    assert!(!Path::new(pdf).exists());
}
