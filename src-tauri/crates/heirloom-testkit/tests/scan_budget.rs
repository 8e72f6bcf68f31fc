//! The scanner's budgets against hostile files (issue 17), in small, fast variants: each is
//! refused or read with the specific error, and quickly. The full-size files and their
//! time and memory figures are `scan-budget`'s (docs/benchmarks.md); the time bounds here
//! are loose on purpose, to catch "minutes", not to measure. Peak memory is measured the
//! way `scan-budget` measures it: the file scanned in a child process (`scan-budget --one`),
//! whose `VmHWM` is its peak RSS.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

use std::time::{Duration, Instant};

use heirloom_core::scan::{self, budget, Stopped};
use heirloom_core::Error;
use heirloom_testkit::hostile::{self, Picture};
use heirloom_testkit::{paper, pdf, scene};
use image::GrayImage;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

const QUICK: Duration = Duration::from_secs(5);
/// A legitimate file may use its whole time budget on the thorough search.
const BUDGETED: Duration = Duration::from_secs(budget::SCAN_TIME.as_secs() + 5);

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    within(QUICK, what, f)
}

fn within<T>(bound: Duration, what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    assert!(took < bound, "{what} took {took:?}");
    out
}

fn rng() -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(17)
}

/// A file to scan, in a folder of this test run.
fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("heirloom-scan-budget-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Scans `path` in a child process (`scan-budget --one`): its peak RSS in MB and the
/// outcome line (the error's kind in backquotes, or "read N code(s)…").
fn measured(path: &std::path::Path) -> (u64, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_scan-budget"))
        .arg("--one")
        .arg(path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let line = String::from_utf8(out.stdout).unwrap();
    let (kib, outcome) = line.trim().split_once('\t').unwrap();
    (kib.parse::<u64>().unwrap() / 1024, outcome.to_string())
}

/// Scans `bytes` in a child: within `secs` seconds and `mb` MB of peak RSS, with an
/// outcome that starts with `outcome`.
fn bounded(name: &str, bytes: &[u8], secs: u64, mb: u64, outcome: &str) {
    let path = temp_file(name, bytes);
    let (peak, got) = within(Duration::from_secs(secs), name, || measured(&path));
    let _ = std::fs::remove_file(&path);
    assert!(got.starts_with(outcome), "{name}: {got}");
    assert!(peak <= mb, "{name}: peak RSS {peak} MB");
}

#[test]
fn png_bomb_is_refused_from_its_header() {
    // 16000² grey: 256 megapixels declared, the data cut short (it is never read).
    let grey = hostile::png_blank(16_000, 16_000, 255, Some(16));
    let got = timed("grey PNG bomb", || scan::scan_bytes(&grey));
    assert_eq!(
        got,
        Err(Error::PictureTooLarge {
            megapixels: 256,
            limit: 128
        })
    );
    let msg = got.unwrap_err().to_string();
    assert!(
        msg.contains("256 megapixels") && msg.contains("up to 128"),
        "{msg}"
    );
    // The same size in RGB, and 30000², get the same words, not "can't read".
    let rgb = hostile::png_header_only(16_000, 16_000, 2);
    assert!(matches!(
        scan::scan_bytes(&rgb),
        Err(Error::PictureTooLarge {
            megapixels: 256,
            ..
        })
    ));
    let huge = hostile::png_header_only(30_000, 30_000, 0);
    assert!(matches!(
        scan::scan_bytes(&huge),
        Err(Error::PictureTooLarge {
            megapixels: 900,
            ..
        })
    ));
}

#[test]
fn jpeg_declaring_a_huge_size_is_refused_at_once() {
    let img = GrayImage::from_fn(64, 64, |x, y| image::Luma([((x * y) % 251) as u8]));
    let jpeg = hostile::jpeg_declaring(&img, 16_000, 16_000);
    assert!(jpeg.len() < 20_000);
    let got = timed("JPEG declaring 16000²", || scan::scan_bytes(&jpeg));
    assert!(matches!(
        got,
        Err(Error::PictureTooLarge {
            megapixels: 256,
            ..
        })
    ));
    assert_eq!(got.unwrap_err().kind(), "picture_too_large");
}

#[test]
fn truncated_and_mislabelled_files_are_unreadable() {
    let page = hostile::page(400, 300, None, &mut rng());
    let png = pdf::png(&page);
    let jpeg = pdf::jpeg(&page, 80);
    for cut in [8, 40, png.len() / 2] {
        assert_eq!(scan::scan_bytes(&png[..cut]), Err(Error::UnreadableImage));
    }
    // A JPEG cut short is read as far as it goes (a photo cut off below the card still
    // reads); it is never more than "nothing found" or "can't read".
    let cut = timed("truncated JPEG", || {
        scan::scan_bytes(&jpeg[..jpeg.len() / 3])
    });
    assert!(matches!(cut, Ok(ref t) if t.is_empty()) || cut == Err(Error::UnreadableImage));
    assert_eq!(scan::scan_bytes(&jpeg[..100]), Err(Error::UnreadableImage));
    // A scanned PDF cut in half: refused or read as far as it goes, never a hang.
    let scan = pdf::scanned(std::slice::from_ref(&page), 75.0);
    let cut = timed("truncated PDF", || {
        scan::scan_bytes(&scan[..scan.len() / 2])
    });
    assert!(
        matches!(
            cut,
            Ok(_) | Err(Error::UnreadableImage | Error::PdfWithoutPictures)
        ),
        "{cut:?}"
    );
    // A PDF that is a PNG inside, and a PNG that is text.
    let mut fake_pdf = b"%PDF-1.4\n".to_vec();
    fake_pdf.extend_from_slice(&png);
    assert_eq!(scan::scan_bytes(&fake_pdf), Err(Error::UnreadableImage));
    let mut fake_png = png[..8].to_vec();
    fake_png.extend_from_slice(b"not really a picture");
    assert_eq!(scan::scan_bytes(&fake_png), Err(Error::UnreadableImage));
}

/// A PDF of four 16000² blank pictures, a page each: each 256 MP, compressed to a few hundred
/// KB.
fn four_bombs() -> Vec<u8> {
    let pictures: Vec<Picture> = (0..4)
        .map(|_| Picture::Blank {
            w: 16_000,
            h: 16_000,
            value: 255,
        })
        .collect();
    hostile::page_each(&pictures)
}

#[test]
fn pdf_of_bomb_pictures_is_refused_from_the_dictionaries() {
    let file = four_bombs();
    let report = timed("PDF of four bombs", || scan::scan_bytes_report(&file)).unwrap();
    assert_eq!(report.too_large.len(), 4);
    assert_eq!(report.pages_read, 4);
    assert!(matches!(
        report.into_texts(),
        Err(Error::PictureTooLarge {
            megapixels: 256,
            ..
        })
    ));
}

#[test]
fn pdf_with_many_pictures_stops_at_the_picture_limit() {
    let n = budget::MAX_PICTURES + 20;
    let pictures: Vec<Picture> = (0..n)
        .map(|_| Picture::Blank {
            w: 200,
            h: 200,
            value: 255,
        })
        .collect();
    // Ten pictures a page.
    let pages: Vec<Vec<usize>> = (0..n)
        .collect::<Vec<_>>()
        .chunks(10)
        .map(<[usize]>::to_vec)
        .collect();
    let file = hostile::pdf_with(&pictures, &pages);
    let report = timed("PDF of many pictures", || scan::scan_bytes_report(&file)).unwrap();
    assert_eq!(report.stopped, Some(Stopped::PictureLimit));
    assert_eq!(report.pages, pages.len());
    assert_eq!(report.pages_read, budget::MAX_PICTURES / 10);
    let err = report.into_texts().unwrap_err();
    assert!(
        matches!(err, Error::TooManyPictures { limit, .. } if limit == budget::MAX_PICTURES),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("up to 200 pictures of a file"),
        "{err}"
    );
}

#[test]
fn one_picture_drawn_on_every_page_is_decoded_once() {
    let pictures = [Picture::Blank {
        w: 2000,
        h: 2000,
        value: 255,
    }];
    let pages: Vec<Vec<usize>> = (0..500).map(|_| vec![0]).collect();
    let file = hostile::pdf_with(&pictures, &pages);
    assert!(file.len() < 200_000, "{} bytes", file.len());
    let report = timed("one picture on 500 pages", || {
        scan::scan_bytes_report(&file)
    })
    .unwrap();
    // 100 pages read (the page limit), all of them the one picture, decoded once.
    assert_eq!(report.stopped, Some(Stopped::PageLimit));
    assert_eq!((report.pages_read, report.pages), (budget::MAX_PAGES, 500));
    let err = report.into_texts().unwrap_err();
    assert_eq!(err.kind(), "too_many_pages");
    assert_eq!(
        err.to_string(),
        "Read the first 100 pages of 500; Heirloom reads up to 100 pages of a file. Split the file or scan the cards separately."
    );
    // One page drawing it 500 times: one picture, one page, nothing on it.
    let pictures = [Picture::Blank {
        w: 2000,
        h: 2000,
        value: 255,
    }];
    let file = hostile::pdf_with(&pictures, &[vec![0; 500]]);
    let report = timed("one picture drawn 500 times", || {
        scan::scan_bytes_report(&file)
    })
    .unwrap();
    assert_eq!(
        (report.pages_read, report.pages, report.stopped),
        (1, 1, None)
    );
    assert_eq!(report.into_texts(), Ok(Vec::new()));
}

#[test]
fn a_camera_frame_over_the_working_size_reads_nothing() {
    let (w, h) = (5000u32, 4000u32);
    let luma = vec![255u8; (w * h) as usize];
    assert!(timed("huge frame", || scan::scan_frame(&luma, w, h, 0)).is_empty());
}

#[test]
fn a_card_past_the_page_limit_is_reported_and_one_before_it_is_read() {
    let mut rng = rng();
    let text = scene::card_text(&mut rng);
    let blank = Picture::Blank {
        w: 620,
        h: 877,
        value: 250,
    };
    let card = Picture::jpeg(&hostile::page(620, 877, Some((&text, 4, 60, 60)), &mut rng));
    // The card on page 70 of 120 pages (the blank picture on all the others).
    let mut pages: Vec<Vec<usize>> = (0..120).map(|_| vec![0]).collect();
    pages[69] = vec![1];
    let file = hostile::pdf_with(&[blank, card], &pages);
    let report = within(BUDGETED, "card on page 70", || {
        scan::scan_bytes_report(&file)
    })
    .unwrap();
    assert_eq!(report.texts, vec![text.clone()]);
    assert_eq!(report.stopped, Some(Stopped::PageLimit));
    assert_eq!((report.pages_read, report.pages), (100, 120));
    // Said beside the card: how many pages were read.
    assert_eq!(
        report.note().map(|e| e.to_string()).as_deref(),
        Some("Read the first 100 pages of 120; Heirloom reads up to 100 pages of a file. Split the file or scan the cards separately.")
    );
    assert_eq!(report.into_texts(), Ok(vec![text]));
}

#[test]
fn a_card_on_page_70_of_a_scan_is_found() {
    // A scan as scanners write them: every page its own JPEG.
    let mut rng = rng();
    let text = scene::card_text(&mut rng);
    let blank = pdf::jpeg(&hostile::page(620, 877, None, &mut rng), 75);
    let mut pictures = hostile::jpeg_copies(620, 877, &blank, 80);
    pictures[69] = Picture::jpeg(&hostile::page(620, 877, Some((&text, 4, 60, 60)), &mut rng));
    let file = hostile::page_each(&pictures);
    let report = within(BUDGETED, "card on page 70 of 80", || {
        scan::scan_bytes_report(&file)
    })
    .unwrap();
    assert_eq!(
        (report.pages_read, report.pages, report.stopped),
        (80, 80, None)
    );
    assert_eq!(report.note(), None);
    assert_eq!(report.texts, vec![text]);
}

#[test]
fn a_thousand_page_scan_reads_the_first_hundred_pages_and_says_so() {
    let mut rng = rng();
    let page = pdf::jpeg(&hostile::page(124, 175, None, &mut rng), 60);
    let file = hostile::page_each(&hostile::jpeg_copies(124, 175, &page, 1000));
    let report = within(BUDGETED, "1000-page scan", || {
        scan::scan_bytes_report(&file)
    })
    .unwrap();
    assert_eq!((report.pages_read, report.pages), (100, 1000));
    let err = report.into_texts().unwrap_err();
    assert_eq!(err.kind(), "too_many_pages");
    assert!(err
        .to_string()
        .starts_with("Read the first 100 pages of 1000;"));
    bounded("scan-1000.pdf", &file, 30, 300, "`too_many_pages`");
}

#[test]
fn jpeg_bombs_are_read_shrunk_or_refused() {
    // A real baseline JPEG, blank, 6000²: 36 MP from a small file, decoded and shrunk to
    // the working size; nothing on it.
    let blank = pdf::jpeg(&GrayImage::from_pixel(6000, 6000, image::Luma([255])), 75);
    assert!(blank.len() < 1_000_000, "{} bytes", blank.len());
    let got = within(BUDGETED, "JPEG bomb", || scan::scan_bytes(&blank));
    assert_eq!(got, Ok(Vec::new()));
    bounded("bomb-6000.jpg", &blank, 20, 250, "read 0 code(s)");
    // The same picture drawn on 150 pages of a PDF, each its own object: 100 pages read,
    // one picture alive at a time.
    let file = hostile::page_each(&hostile::jpeg_copies(6000, 6000, &blank, 150));
    bounded("bombs-6000.pdf", &file, 60, 400, "`");
}

#[test]
fn decompression_bombs_stay_small_in_memory() {
    let png = hostile::png_blank(16_000, 16_000, 255, None);
    bounded("bomb-16000.png", &png, 10, 64, "`picture_too_large`");
    let pdf = four_bombs();
    bounded("bombs-16000.pdf", &pdf, 10, 128, "`picture_too_large`");
    let img = GrayImage::from_fn(64, 64, |x, y| image::Luma([((x * y) % 251) as u8]));
    let jpeg = hostile::jpeg_declaring(&img, 16_000, 16_000);
    bounded("declares-16000.jpg", &jpeg, 10, 64, "`picture_too_large`");
}

#[cfg(unix)]
#[test]
fn special_files_are_refused_without_reading_them() {
    for dev in ["/dev/zero", "/dev/urandom"] {
        let got = timed(dev, || scan::scan_file(std::path::Path::new(dev)));
        assert_eq!(got, Err(Error::ScanNotAFile), "{dev}");
    }
    let dir = std::env::temp_dir().join(format!("heirloom-scan-fifo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("card.png");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.unwrap().success());
    let got = timed("FIFO", || scan::scan_file(&fifo));
    assert_eq!(got, Err(Error::ScanNotAFile));
    let (peak, outcome) = timed("FIFO in a child", || measured(&fifo));
    assert!(outcome.starts_with("`scan_not_a_file`"), "{outcome}");
    assert!(peak < 64, "{peak} MB");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn many_pages_of_scans_each_read() {
    // Twelve 75-dpi pages with a card each: the quick pass reads every page.
    let mut rng = rng();
    let texts: Vec<String> = (0..12).map(|_| scene::card_text(&mut rng)).collect();
    let pages: Vec<GrayImage> = texts
        .iter()
        .map(|t| hostile::page(620, 877, Some((t, 4, 100, 200)), &mut rng))
        .collect();
    let file = pdf::scanned(&pages, 75.0);
    let report = within(BUDGETED, "12-page scan", || scan::scan_bytes_report(&file)).unwrap();
    assert_eq!(report.stopped, None);
    assert_eq!((report.pages_read, report.pages), (12, 12));
    for t in &texts {
        assert!(report.texts.contains(t), "a page was not read");
    }
}

#[test]
fn a_big_photo_is_shrunk_and_still_reads() {
    // 8000×6000 (48 MP) with the card drawn large: shrunk to the working size, not refused.
    let mut rng = rng();
    let text = scene::card_text(&mut rng);
    let card = paper::card(&text, 60, &mut rng);
    let mut photo = GrayImage::from_pixel(8000, 6000, image::Luma([235]));
    image::imageops::overlay(&mut photo, &card, 2000, 1000);
    let jpeg = pdf::jpeg(&photo, 85);
    drop(photo);
    let got = scan::scan_bytes(&jpeg).unwrap();
    assert_eq!(got, vec![text]);
}

#[test]
fn oversized_files_are_refused_before_they_are_read() {
    let dir = std::env::temp_dir().join(format!("heirloom-scan-budget-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("huge.pdf");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(budget::MAX_FILE_BYTES + 1).unwrap(); // sparse: no disk used
    drop(f);
    let got = timed("oversized file", || scan::scan_file(&path));
    assert!(
        matches!(got, Err(Error::ScanFileTooLarge { .. })),
        "{got:?}"
    );
    // A folder is not a picture, and is not read.
    assert_eq!(scan::scan_file(&dir), Err(Error::ScanNotAFile));
    assert_eq!(
        scan::scan_file(&dir.join("missing.png")),
        Err(Error::UnreadableFile)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
