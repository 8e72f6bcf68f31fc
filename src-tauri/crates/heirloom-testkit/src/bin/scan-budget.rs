//! `scan-budget`: the scanner against the full-size hostile files of issue 17 and the
//! legitimate files it must still read, each scanned in a child process whose wall time
//! and peak RSS (VmHWM) are measured. Prints a Markdown table for `docs/benchmarks.md`.
//!
//! ```text
//! scan-budget [DIR] [--only SUBSTRING]   generate the files into DIR (default a temp dir), measure
//! scan-budget --one FILE                 scan one file; print the outcome and VmHWM
//! ```

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use heirloom_core::scan;
use heirloom_testkit::hostile::{self, Picture};
use heirloom_testkit::{paper, pdf, scene};
use image::{DynamicImage, GrayImage, Luma};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// A4 at 300 dpi.
const A4: (u32, u32) = (2480, 3508);

struct Case {
    name: &'static str,
    file: &'static str,
    /// What must come out: "refused", or the number of cards that must be read.
    expect: &'static str,
    make: Make,
}

/// How a case's file comes to be.
enum Make {
    /// Its bytes, generated.
    Bytes(fn(&mut ChaCha8Rng) -> Vec<u8>),
    /// A sparse file of this many bytes (no disk used).
    Sparse(u64),
    /// A FIFO with no writer.
    Fifo,
    /// A device, opened where it is (the case's `file` is its absolute path).
    Device,
}

fn card_page(rng: &mut ChaCha8Rng, card: bool) -> GrayImage {
    let text = scene::card_text(rng);
    hostile::page(
        A4.0,
        A4.1,
        card.then_some((text.as_str(), 10, 300, 300)),
        rng,
    )
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "16000×16000 grey PNG, blank",
            file: "blank-16000.png",
            expect: "refused",
            make: Make::Bytes(|_| hostile::png_blank(16_000, 16_000, 255, None)),
        },
        Case {
            name: "16000×16000 RGB PNG (header and one row)",
            file: "rgb-16000.png",
            expect: "refused",
            make: Make::Bytes(|_| hostile::png_header_only(16_000, 16_000, 2)),
        },
        Case {
            name: "30000×30000 grey PNG (header and one row)",
            file: "grey-30000.png",
            expect: "refused",
            make: Make::Bytes(|_| hostile::png_header_only(30_000, 30_000, 0)),
        },
        Case {
            name: "11000×11000 JPEG with a card in it",
            file: "card-11000.jpg",
            expect: "1",
            make: Make::Bytes(|rng| {
                let text = scene::card_text(rng);
                let card = paper::card(&text, 80, rng);
                let mut img = GrayImage::from_pixel(11_000, 11_000, Luma([230]));
                image::imageops::overlay(&mut img, &card, 3000, 4000);
                pdf::jpeg(&img, 85)
            }),
        },
        Case {
            name: "11300×11300 RGB JPEG with a card (just under 128 MP)",
            file: "card-11300-rgb.jpg",
            expect: "1",
            make: Make::Bytes(|rng| {
                let text = scene::card_text(rng);
                let card = paper::card(&text, 80, rng);
                let mut img = GrayImage::from_pixel(11_300, 11_300, Luma([230]));
                image::imageops::overlay(&mut img, &card, 3000, 4000);
                rgb_jpeg(img)
            }),
        },
        Case {
            name: "106 KB JPEG whose header says 16000×16000",
            file: "declares-16000.jpg",
            expect: "refused",
            make: Make::Bytes(|rng| {
                let img = hostile::page(600, 600, None, rng);
                let noisy = GrayImage::from_fn(600, 600, |x, y| {
                    Luma([img.get_pixel(x, y)[0] ^ ((x * 7 + y * 13) % 97) as u8])
                });
                hostile::jpeg_declaring(&noisy, 16_000, 16_000)
            }),
        },
        Case {
            name: "PDF with one 16000² image",
            file: "pdf-1x16000.pdf",
            expect: "refused",
            make: Make::Bytes(|_| bombs(1, 1)),
        },
        Case {
            name: "PDF with four 16000² images",
            file: "pdf-4x16000.pdf",
            expect: "refused",
            make: Make::Bytes(|_| bombs(4, 4)),
        },
        Case {
            name: "PDF with 64 pages of 16000² images",
            file: "pdf-64x16000.pdf",
            expect: "refused",
            make: Make::Bytes(|_| bombs(64, 64)),
        },
        Case {
            name: "PDF with 500 16000² images",
            file: "pdf-500x16000.pdf",
            expect: "refused",
            make: Make::Bytes(|_| bombs(500, 50)),
        },
        Case {
            name: "PDF with 500 2000² images",
            file: "pdf-500x2000.pdf",
            expect: "refused",
            make: Make::Bytes(|_| {
                let pictures: Vec<Picture> = (0..500)
                    .map(|_| Picture::Blank {
                        w: 2000,
                        h: 2000,
                        value: 255,
                    })
                    .collect();
                let pages: Vec<Vec<usize>> = (0..500).map(|i| vec![i]).collect();
                hostile::pdf_with(&pictures, &pages)
            }),
        },
        Case {
            name: "PDF with one 2000² image drawn on 500 pages",
            file: "pdf-1x2000-drawn-500.pdf",
            expect: "refused",
            make: Make::Bytes(|_| {
                let pictures = [Picture::Blank {
                    w: 2000,
                    h: 2000,
                    value: 255,
                }];
                let pages: Vec<Vec<usize>> = (0..500).map(|_| vec![0]).collect();
                hostile::pdf_with(&pictures, &pages)
            }),
        },
        Case {
            name: "PDF with one 2000² image drawn 500 times on one page",
            file: "pdf-1x2000-drawn-500-one-page.pdf",
            expect: "0",
            make: Make::Bytes(|_| {
                let pictures = [Picture::Blank {
                    w: 2000,
                    h: 2000,
                    value: 255,
                }];
                hostile::pdf_with(&pictures, &[vec![0; 500]])
            }),
        },
        Case {
            name: "1000-page A4 scan (300 dpi, JPEG)",
            file: "scan-1000-pages.pdf",
            expect: "refused",
            make: Make::Bytes(|rng| scan_of(&card_page(rng, false), None, 1000)),
        },
        Case {
            name: "a card on page 70 of an 80-page scan",
            file: "scan-card-on-70.pdf",
            expect: "1",
            make: Make::Bytes(|rng| {
                let blank = card_page(rng, false);
                scan_of(&blank, Some((69, &card_page(rng, true))), 80)
            }),
        },
        Case {
            name: "a card on page 70 of a 340-page scan",
            file: "scan-card-on-70-of-340.pdf",
            expect: "1, and a note",
            make: Make::Bytes(|rng| {
                let blank = card_page(rng, false);
                scan_of(&blank, Some((69, &card_page(rng, true))), 340)
            }),
        },
        Case {
            name: "JPEG bomb: 11300×11300 blank, baseline",
            file: "jpeg-bomb-11300.jpg",
            expect: "0",
            make: Make::Bytes(|_| {
                pdf::jpeg(&GrayImage::from_pixel(11_300, 11_300, Luma([255])), 75)
            }),
        },
        Case {
            name: "JPEG bomb: 16000×16000 blank, baseline",
            file: "jpeg-bomb-16000.jpg",
            expect: "refused",
            make: Make::Bytes(|_| {
                pdf::jpeg(&GrayImage::from_pixel(16_000, 16_000, Luma([255])), 75)
            }),
        },
        Case {
            name: "PDF with one 11300² JPEG bomb on each of 100 pages",
            file: "pdf-100x11300-jpeg.pdf",
            expect: "refused",
            make: Make::Bytes(|_| {
                let bytes = pdf::jpeg(&GrayImage::from_pixel(11_300, 11_300, Luma([255])), 75);
                let pictures: Vec<Picture> = (0..100)
                    .map(|_| Picture::Jpeg {
                        w: 11_300,
                        h: 11_300,
                        bytes: bytes.clone(),
                    })
                    .collect();
                hostile::pdf_with(&pictures, &(0..100).map(|i| vec![i]).collect::<Vec<_>>())
            }),
        },
        Case {
            name: "a 300-dpi scan PDF (4 pages, a card each) cut in half",
            file: "scan-truncated.pdf",
            expect: "what survives",
            make: Make::Bytes(|rng| {
                let pages: Vec<GrayImage> = (0..4).map(|_| card_page(rng, true)).collect();
                let mut bytes = pdf::scanned(&pages, 300.0);
                bytes.truncate(bytes.len() / 2);
                bytes
            }),
        },
        Case {
            name: "a 300-dpi PNG page cut in half",
            file: "page-truncated.png",
            expect: "refused",
            make: Make::Bytes(|rng| {
                let mut bytes = pdf::png(&card_page(rng, true));
                bytes.truncate(bytes.len() / 2);
                bytes
            }),
        },
        Case {
            name: "a PNG picture labelled as a PDF (%PDF header)",
            file: "png-inside.pdf",
            expect: "refused",
            make: Make::Bytes(|rng| {
                let mut bytes = b"%PDF-1.4\n".to_vec();
                bytes.extend(pdf::png(&card_page(rng, true)));
                bytes
            }),
        },
        Case {
            name: "a 1 GB sparse file as a picture",
            file: "sparse-1g.jpg",
            expect: "refused",
            make: Make::Sparse(1 << 30),
        },
        Case {
            name: "a FIFO as a picture",
            file: "fifo.png",
            expect: "refused",
            make: Make::Fifo,
        },
        Case {
            name: "/dev/zero as a picture",
            file: "/dev/zero",
            expect: "refused",
            make: Make::Device,
        },
        Case {
            name: "/dev/urandom as a picture",
            file: "/dev/urandom",
            expect: "refused",
            make: Make::Device,
        },
        Case {
            name: "legitimate: 300-dpi A4 scan, four cards",
            file: "a4-four-cards.pdf",
            expect: "4",
            make: Make::Bytes(|rng| {
                let mut page = card_page(rng, false);
                for (x, y) in [(150, 200), (1300, 200), (150, 1900), (1300, 1900)] {
                    let text = scene::card_text(rng);
                    let card = paper::card(&text, 10, rng);
                    image::imageops::overlay(&mut page, &card, x, y);
                }
                pdf::scanned(&[page], 300.0)
            }),
        },
        Case {
            name: "legitimate: 50 MP phone photo (8160×6120 RGB JPEG) of a card",
            file: "photo-50mp.jpg",
            expect: "1",
            make: Make::Bytes(|rng| {
                let text = scene::card_text(rng);
                let card = paper::card(&text, 45, rng);
                let mut img = GrayImage::from_pixel(8160, 6120, Luma([210]));
                image::imageops::overlay(&mut img, &card, 2500, 1500);
                rgb_jpeg(img)
            }),
        },
        Case {
            name: "legitimate: 64-page 300-dpi scan, a card on every page",
            file: "scan-64-cards.pdf",
            expect: "64",
            make: Make::Bytes(|rng| {
                let pages: Vec<GrayImage> = (0..64).map(|_| card_page(rng, true)).collect();
                pdf::scanned(&pages, 300.0)
            }),
        },
    ]
}

/// `img` as an RGB JPEG at quality 90, as a phone writes it.
fn rgb_jpeg(img: GrayImage) -> Vec<u8> {
    let rgb = DynamicImage::ImageLuma8(img).to_rgb8();
    let mut out = Vec::new();
    let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90);
    rgb.write_with_encoder(enc).expect("JPEG encoding");
    out
}

/// A PDF of `n` blank 16000² pictures, spread over `pages` pages.
fn bombs(n: usize, pages: usize) -> Vec<u8> {
    let pictures: Vec<Picture> = (0..n)
        .map(|_| Picture::Blank {
            w: 16_000,
            h: 16_000,
            value: 255,
        })
        .collect();
    let per = n.div_ceil(pages);
    let pages: Vec<Vec<usize>> = (0..n)
        .collect::<Vec<_>>()
        .chunks(per)
        .map(<[usize]>::to_vec)
        .collect();
    hostile::pdf_with(&pictures, &pages)
}

/// A scan of `pages` pages, each its own JPEG picture object as a scanner writes them: all
/// `page`, except one `(index, picture)`.
fn scan_of(page: &GrayImage, other: Option<(usize, &GrayImage)>, pages: usize) -> Vec<u8> {
    let jpeg = pdf::jpeg(page, 75);
    let mut pictures: Vec<Picture> = (0..pages)
        .map(|_| Picture::Jpeg {
            w: page.width(),
            h: page.height(),
            bytes: jpeg.clone(),
        })
        .collect();
    if let Some((i, img)) = other {
        pictures[i] = Picture::jpeg(img);
    }
    hostile::pdf_with(&pictures, &(0..pages).map(|i| vec![i]).collect::<Vec<_>>())
}

fn one(path: &Path) -> ExitCode {
    let outcome = match scan::scan_file_report(path) {
        Ok(report) => {
            let read = (
                report.pages_read,
                report.pages,
                report.stopped,
                report.thorough,
            );
            let note = report
                .note()
                .map(|e| format!("; note `{}`: {e}", e.kind()))
                .unwrap_or_default();
            match report.into_texts() {
                Ok(texts) => format!(
                    "read {} code(s); pages {}/{}{}{}{note}",
                    texts.len(),
                    read.0,
                    read.1,
                    read.2
                        .map(|s| format!(", stopped: {s:?}"))
                        .unwrap_or_default(),
                    if read.3 {
                        ""
                    } else {
                        "; not every page searched thoroughly"
                    }
                ),
                Err(e) => format!("`{}`: {e}", e.kind()),
            }
        }
        Err(e) => format!("`{}`: {e}", e.kind()),
    };
    let hwm = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|v| v.parse::<u64>().ok())
            })
        })
        .unwrap_or(0);
    println!("{hwm}\t{outcome}");
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--one") {
        return match args.get(1) {
            Some(p) => one(Path::new(p)),
            None => ExitCode::FAILURE,
        };
    }
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1).cloned());
    let dir = args
        .first()
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("heirloom-scan-budget"));
    if std::fs::create_dir_all(&dir).is_err() {
        eprintln!("can't create {}", dir.display());
        return ExitCode::FAILURE;
    }
    let Ok(me) = std::env::current_exe() else {
        return ExitCode::FAILURE;
    };
    println!("| input | file size | expected | wall time | peak RSS | outcome |");
    println!("|---|---|---|---|---|---|");
    for case in cases() {
        if only
            .as_ref()
            .is_some_and(|o| !case.name.contains(o.as_str()))
        {
            continue;
        }
        let path = dir.join(case.file);
        if let Err(e) = make(&case.make, &path) {
            eprintln!("can't make {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        let size = std::fs::metadata(&path)
            .ok()
            .filter(std::fs::Metadata::is_file)
            .map_or(0, |m| m.len());
        let start = Instant::now();
        let out = Command::new(&me).arg("--one").arg(&path).output();
        let took = start.elapsed();
        let (hwm, outcome) = match out {
            Ok(o) if o.status.success() => {
                let s = String::from_utf8_lossy(&o.stdout).trim().to_string();
                let (h, rest) = s.split_once('\t').unwrap_or(("0", s.as_str()));
                (h.parse::<u64>().unwrap_or(0), rest.to_string())
            }
            Ok(o) => (0, format!("child failed: {}", o.status)),
            Err(e) => (0, format!("can't run: {e}")),
        };
        println!(
            "| {} | {} | {} | {:.1} s | {} MB | {} |",
            case.name,
            human(size),
            case.expect,
            took.as_secs_f64(),
            hwm / 1024,
            outcome
        );
    }
    ExitCode::SUCCESS
}

/// Makes the file of a case at `path`, unless it is there already.
fn make(how: &Make, path: &Path) -> std::io::Result<()> {
    if path.symlink_metadata().is_ok() {
        return Ok(());
    }
    match how {
        Make::Bytes(f) => {
            let mut rng = ChaCha8Rng::seed_from_u64(17);
            std::fs::write(path, f(&mut rng))
        }
        Make::Sparse(len) => std::fs::File::create(path)?.set_len(*len),
        Make::Fifo => {
            let made = Command::new("mkfifo").arg(path).status()?;
            if made.success() {
                Ok(())
            } else {
                Err(std::io::Error::other("mkfifo failed"))
            }
        }
        Make::Device => Ok(()),
    }
}

fn human(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{:.0} MB", bytes as f64 / f64::from(1 << 20))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}
