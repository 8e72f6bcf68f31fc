//! The PDF Heirloom saves (vector pages, no pictures) scans back to exactly its cards'
//! texts, through its text layer; and a crafted PDF with a huge text layer stays within the
//! scan's budgets.

#![cfg(all(feature = "scan", feature = "render"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

use std::time::{Duration, Instant};

use heirloom_core::render::{self, CardSheet, Holder, Paper, PassphraseLine, PrintOptions};
use heirloom_core::scan::{self, budget};
use heirloom_core::{combine_texts, split, Error, KdfParams, Passphrase, Phrase, SetParams};
use lopdf::{dictionary, Document, Object, Stream};

/// A set of `n` cards (any 2 recover) at a fast key derivation, printed with labels.
fn sheets(words: usize, n: u8) -> (Phrase, Passphrase, Vec<CardSheet>) {
    let phrase = Phrase::generate(words).unwrap();
    let passphrase = Passphrase::generate();
    let params = SetParams {
        threshold: 2,
        count: n,
        kdf: KdfParams::new(13, 1, 1).unwrap(),
    };
    let sheets = split(&phrase, &passphrase, params)
        .unwrap()
        .into_iter()
        .enumerate()
        .map(|(i, card)| CardSheet {
            card,
            label: "Family savings 2026".into(),
            date: "2026-11-23".into(),
            fingerprint: Some(phrase.fingerprint()),
            holder: Some(Holder {
                name: format!("Zoë Ångström {}", i + 1),
                place: "Lyon, France".into(),
            }),
        })
        .collect();
    (phrase, passphrase, sheets)
}

#[test]
fn every_layout_of_the_saved_pdf_gives_back_exactly_its_cards() {
    for (words, n) in [(24, 5), (12, 3)] {
        let (_, _, sheets) = sheets(words, n);
        let want: Vec<String> = sheets.iter().map(|s| s.card.to_text()).collect();
        for paper in [Paper::A4, Paper::Letter] {
            for per_page in 1..=render::MAX_PER_PAGE {
                let options = PrintOptions {
                    paper,
                    per_page,
                    passphrase_line: PassphraseLine::EveryCard,
                    ..PrintOptions::default()
                };
                let pdf = render::pdf(&sheets, &options).unwrap();
                let report = scan::scan_bytes_report(&pdf).unwrap();
                let at = format!("{words} words, {paper:?}, {per_page} a page");
                assert_eq!(report.texts, want, "{at}");
                let pages = usize::from(n).div_ceil(usize::from(per_page)) + 2; // guide, summary
                assert_eq!((report.pages, report.pages_read), (pages, pages), "{at}");
                assert_eq!(report.stopped, None, "{at}");
                assert_eq!(report.note(), None, "{at}");
            }
        }
    }
}

#[test]
fn the_cards_read_from_the_saved_pdf_recover_the_phrase() {
    let (phrase, passphrase, sheets) = sheets(24, 3);
    let pdf = render::pdf(&sheets[1..], &PrintOptions::default()).unwrap();
    let texts = scan::scan_bytes(&pdf).unwrap();
    assert_eq!(texts.len(), 2);
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let back = combine_texts(&texts, &passphrase).unwrap();
    assert_eq!(back.fingerprint(), phrase.fingerprint());
}

/// A PDF of `pages` pages, each drawing `content` (one shared stream, deflated) in a font
/// whose ToUnicode map is `cmap`.
fn crafted(content: &[u8], cmap: &[u8], pages: usize) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let cmap_id = doc.add_object(Stream::new(dictionary! {}, cmap.to_vec()));
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type0",
        "BaseFont" => "Crafted",
        "Encoding" => "Identity-H",
        "ToUnicode" => cmap_id,
    });
    let mut stream = Stream::new(dictionary! {}, content.to_vec());
    stream.compress().unwrap();
    let content_id = doc.add_object(stream);
    let kids: Vec<Object> = (0..pages)
        .map(|_| {
            doc.add_object(dictionary! {
                "Type" => "Page",
                "Parent" => pages_id,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
                "Contents" => content_id,
                "Resources" => dictionary! { "Font" => dictionary! { "F0" => font_id } },
            })
            .into()
        })
        .collect();
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => pages as i64,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

const CMAP: &[u8] = b"1 begincodespacerange <0000> <FFFF> endcodespacerange \
    1 beginbfrange <0000> <FFFF> <0000> endbfrange";

#[test]
fn a_crafted_text_layer_in_a_pdf_is_read_as_cards() {
    // Another program's PDF with a card's printed groups in it: read like Heirloom's.
    let (_, _, sheets) = sheets(12, 2);
    let text = sheets[0].card.to_text();
    let mut shown = String::from("BT /F0 10 Tf 10 10 Td [");
    for group in heirloom_core::text::grouped(&text).split(' ') {
        shown.push('<');
        for c in group.chars().chain([' ']) {
            shown.push_str(&format!("{:04X}", c as u32));
        }
        shown.push('>');
    }
    shown.push_str("] TJ ET");
    let pdf = crafted(shown.as_bytes(), CMAP, 1);
    assert_eq!(scan::scan_bytes(&pdf).unwrap(), vec![text]);
}

#[test]
fn a_huge_text_layer_stays_within_the_budget() {
    // Over a hundred pages each showing 600 kB of text (words that are nearly groups), all
    // through one small compressed stream: read for at most MAX_PAGES pages, in time.
    let mut content = Vec::new();
    while content.len() < 600_000 {
        content.extend_from_slice(
            b"BT /F0 9 Tf [<0031 0032 0033 0034 0035 0036> -300 <0031>] TJ ET\n",
        );
    }
    let pdf = crafted(&content, CMAP, budget::MAX_PAGES + 20);
    let start = Instant::now();
    let report = scan::scan_bytes_report(&pdf);
    let spent = start.elapsed();
    assert!(
        spent < budget::SCAN_TIME + Duration::from_secs(2),
        "{spent:?}"
    );
    match report {
        Ok(r) => {
            assert!(r.texts.is_empty());
            assert!(r.stopped.is_some(), "{r:?}");
        }
        Err(e) => panic!("{e:?}"),
    }

    // A page whose text inflates past the page's limit is not read for text at all; a
    // ToUnicode range over every 4-byte code is kept as one range, never expanded.
    let mut bomb = Vec::new();
    while bomb.len() < 40_000_000 {
        bomb.extend_from_slice(b"BT /F0 9 Tf (AAAAAA) Tj ET\n");
    }
    let cmap = b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange";
    let pdf = crafted(&bomb, cmap, 1);
    assert!(pdf.len() < 1_000_000);
    let start = Instant::now();
    assert_eq!(scan::scan_bytes(&pdf), Err(Error::PdfWithoutPictures));
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "{:?}",
        start.elapsed()
    );
}
