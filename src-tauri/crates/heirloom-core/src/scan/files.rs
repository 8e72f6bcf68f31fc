//! Opened files: photos (PNG, JPEG) and scanners' PDFs, decoded to grey pixels in Rust.
//!
//! A scanner's PDF is a page-sized picture per page, so the pictures embedded in each page
//! are what is scanned; drawing vector pages would need a PDF renderer, which a recovery
//! tool should not carry. The PDF Heirloom saves has no pictures but holds every card's
//! text as real text, so each page's text layer is read for card texts first
//! (`pdf_text`).
//!
//! Every file is untrusted and gets a budget (see [`budget`]), checked before the work it
//! bounds: the file's size before it is read, each picture's declared size before it is
//! decoded, pages and pictures of a PDF as they are reached, and the time spent between
//! every step. Pictures are decoded one at a time, turned grey in place and shrunk to a
//! working size at once, so that at most one full-size copy is alive, and a PDF's pictures
//! are each scanned and dropped before the next is decoded.
//!
//! A scan can be watched ([`Watch`]): it reports its progress before each step ("page 3 of
//! 40") and stops at the next step once its cancel flag is set, so that a front end can
//! show how far it has come and offer a Cancel button.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use image::{ColorType, GrayImage, ImageDecoder, ImageReader, Limits};

use super::Found;
use crate::error::{Error, Result};

/// The limits every opened file is held to. Public so that front ends can state them.
pub mod budget {
    use std::time::Duration;

    /// Largest file read: a 64-page 300-dpi scan is 15–100 MB. A PDF is held three times
    /// at worst (the bytes, the parsed document, the decoder's copy of one JPEG) beside one
    /// decoded picture, and all of that stays under 1 GiB.
    pub const MAX_FILE_BYTES: u64 = 150_000_000;
    /// Largest picture decoded, in pixels (declared in its header or PDF dictionary): a
    /// 108-megapixel phone photo and a 600-dpi A3 scan fit; a decompression bomb does not.
    pub const MAX_PICTURE_PIXELS: u64 = 128_000_000;
    /// Largest decoded buffer of one picture: 128 MP of 8-bit RGB is 384 MB.
    pub const MAX_DECODE_BYTES: u64 = 400 << 20;
    /// Pictures larger than this are shrunk to it (by averaging blocks of pixels) right
    /// after decoding; every scan works on at most this many pixels. A 50 MP photo becomes
    /// 12.5 MP, a 300-dpi A4 page (8.7 MP) stays as it is.
    pub const WORK_PIXELS: u64 = 16_000_000;
    /// Pages of a PDF read; the pages after it are counted and reported, not read.
    pub const MAX_PAGES: usize = 100;
    /// Distinct pictures of a PDF decoded (a picture drawn on many pages counts once).
    pub const MAX_PICTURES: usize = 200;
    /// Time spent on one file, checked between steps (one step is one decode or one
    /// decoder pass, well under a second at the working size).
    pub const SCAN_TIME: Duration = Duration::from_secs(8);
    /// Time given to reading a picture's printed text (OCR), after the codes gave no card:
    /// its own budget, so that a picture the QR search spent its time on is still read.
    pub const OCR_TIME: Duration = Duration::from_secs(10);
}

use budget::*;

mod pdf;

/// Why a scan of a file ended before it had searched everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// The PDF has more pages than [`budget::MAX_PAGES`].
    PageLimit,
    /// The PDF has more distinct pictures than [`budget::MAX_PICTURES`].
    PictureLimit,
    /// [`budget::SCAN_TIME`] ran out.
    TimeLimit,
    /// The scan was cancelled through its [`Watch`].
    Cancelled,
}

/// How far a scan of a file has come, reported before each step. The app sends it to the
/// page as it is (`{stage: "reading", page, pages}`…), typed for the UI by the `ts` feature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    feature = "ts",
    derive(serde::Serialize, ts_rs::TS),
    serde(tag = "stage", rename_all = "snake_case"),
    ts(rename = "ScanProgress")
)]
pub enum Progress {
    /// Opening the file (a PDF is parsed before its pages are counted).
    Opening,
    /// The first pass (every picture, decoded and read once) is at `page` of the `pages`
    /// it will read (the file's pages, at most [`budget::MAX_PAGES`]; a picture is 1 of 1).
    Reading {
        /// The page being read, counted from 1.
        page: usize,
        /// How many pages this pass reads.
        pages: usize,
    },
    /// The closer look (variants and tiles) at the `n`-th of the `of` pictures that get
    /// one, on `page`: pass `pass` of its `passes`.
    LookingCloser {
        /// The page the picture is on.
        page: usize,
        /// Which of the pictures that get a closer look, counted from 1.
        n: usize,
        /// How many pictures get one.
        of: usize,
        /// The pass on this picture, counted from 1.
        pass: usize,
        /// How many passes this picture gets.
        passes: usize,
    },
}

/// What a front end watching a scan gives it: a flag that cancels the scan at its next
/// step, and a function told of the progress before each step. The default watches
/// nothing.
#[derive(Clone, Copy, Default)]
pub struct Watch<'a> {
    /// Set (from any thread) to stop the scan; it then ends with [`Stopped::Cancelled`].
    pub cancel: Option<&'a AtomicBool>,
    /// Told before each step.
    pub progress: Option<&'a dyn Fn(Progress)>,
}

impl std::fmt::Debug for Watch<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watch")
            .field("cancel", &self.cancel)
            .field("progress", &self.progress.map(|_| "Fn(Progress)"))
            .finish()
    }
}

/// A scan under way: its deadline and its watcher.
struct Run<'a> {
    deadline: Instant,
    watch: Watch<'a>,
}

impl Run<'_> {
    /// Why the scan must stop now, if it must: cancelled first, then out of time.
    fn stop(&self) -> Option<Stopped> {
        if self.watch.cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
            Some(Stopped::Cancelled)
        } else if Instant::now() >= self.deadline {
            Some(Stopped::TimeLimit)
        } else {
            None
        }
    }

    fn tell(&self, p: Progress) {
        if let Some(f) = self.watch.progress {
            f(p);
        }
    }
}

/// What a scan of a file found and how much of the file it read: the richer result behind
/// [`scan_bytes`], for front ends that say "read 100 of 1000 pages".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FileScan {
    /// Every QR text found, each once, in the order found.
    pub texts: Vec<String>,
    /// Pages in the file (1 for a picture).
    pub pages: usize,
    /// Pages whose every picture was looked at (at least the quick pass).
    pub pages_read: usize,
    /// Pictures refused for their size, as (1-based page, megapixels).
    pub too_large: Vec<(usize, u64)>,
    /// Why not everything was read, if it was not.
    pub stopped: Option<Stopped>,
    /// Every picture read also had the thorough search (variants and tiles). False when
    /// time ran out first, or when a long PDF's pages where the quick pass already found a
    /// code were not searched again.
    pub thorough: bool,
    /// Card texts read from the text printed under the code (OCR), when no code in a
    /// picture gave a card: read as a person types them, so a group may fail its check,
    /// and they go to recovery as typed cards. Empty otherwise.
    pub printed: Vec<String>,
    /// The printed text had to be read and could not be: no OCR on this machine.
    pub printed_unavailable: bool,
}

impl FileScan {
    /// The texts found; or, when there are none, the error that says why in words a family
    /// can act on (a page limit, the time limit, a picture too large). A cancelled scan is
    /// [`Error::ScanCancelled`], whatever it found before it stopped.
    pub fn into_texts(self) -> Result<Vec<String>> {
        if self.stopped == Some(Stopped::Cancelled) {
            return Err(Error::ScanCancelled);
        }
        if !self.texts.is_empty() {
            return Ok(self.texts);
        }
        match self.note() {
            Some(e) => Err(e),
            None => Ok(Vec::new()),
        }
    }

    /// What a person must be told about the part of the file that was not read, said
    /// beside the cards found (or, when none were, as the error): the pages after a limit,
    /// the pages the time did not reach, the pictures refused for their size. None when
    /// every page was read, or when the scan was cancelled.
    pub fn note(&self) -> Option<Error> {
        match self.stopped {
            Some(Stopped::PageLimit) => {
                return Some(Error::TooManyPages {
                    read: self.pages_read,
                    pages: self.pages,
                    limit: MAX_PAGES,
                })
            }
            Some(Stopped::PictureLimit) => {
                return Some(Error::TooManyPictures {
                    read: self.pages_read,
                    pages: self.pages,
                    limit: MAX_PICTURES,
                })
            }
            Some(Stopped::TimeLimit) => {
                return Some(Error::ScanTimeUp {
                    read: self.pages_read,
                    pages: self.pages,
                    seconds: SCAN_TIME.as_secs(),
                })
            }
            Some(Stopped::Cancelled) => return None,
            None => {}
        }
        self.too_large
            .first()
            .map(|&(_, megapixels)| Error::PictureTooLarge {
                megapixels,
                limit: MAX_PICTURE_PIXELS / 1_000_000,
            })
    }
}

/// Every QR text in the picture or PDF at `path`.
pub fn scan_file(path: &Path) -> Result<Vec<String>> {
    scan_file_report(path)?.into_texts()
}

/// Every QR text in a PNG, JPEG or PDF file's contents.
pub fn scan_bytes(bytes: &[u8]) -> Result<Vec<String>> {
    scan_bytes_report(bytes)?.into_texts()
}

/// [`scan_file`], with how much of the file was read. Reads at most
/// [`budget::MAX_FILE_BYTES`], and only regular files (never waits on a FIFO or device).
pub fn scan_file_report(path: &Path) -> Result<FileScan> {
    scan_file_watched(path, Watch::default())
}

/// [`scan_file_report`], watched: progress reported and cancellable.
pub fn scan_file_watched(path: &Path, watch: Watch<'_>) -> Result<FileScan> {
    use crate::files::{read_limited, ReadError};
    let bytes = match read_limited(path, MAX_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(ReadError::TooBig { .. }) => {
            // The size for the message; the refusal itself was read_limited's.
            let len = std::fs::metadata(path).map_or(0, |m| m.len());
            return Err(file_too_large(len.max(MAX_FILE_BYTES + 1)));
        }
        Err(ReadError::NotAFile) => return Err(Error::ScanNotAFile),
        Err(ReadError::Io(_)) => return Err(Error::UnreadableFile),
    };
    scan_bytes_watched(&bytes, watch)
}

/// [`scan_bytes`], with how much of the file was read (pages, pictures refused, and why it
/// stopped early if it did). Errors only when the file itself cannot be read; an empty
/// `texts` with `stopped` set means "nothing found in the part that was read", which
/// [`FileScan::into_texts`] turns into the error to show.
pub fn scan_bytes_report(bytes: &[u8]) -> Result<FileScan> {
    scan_bytes_watched(bytes, Watch::default())
}

/// [`scan_bytes_report`], watched: `watch.progress` is told before each step, and setting
/// `watch.cancel` ends the scan at the next one with [`Stopped::Cancelled`] (whatever was
/// found so far is in `texts`; [`FileScan::into_texts`] refuses it).
pub fn scan_bytes_watched(bytes: &[u8], watch: Watch<'_>) -> Result<FileScan> {
    let run = Run {
        deadline: Instant::now() + SCAN_TIME,
        watch,
    };
    check_file_size(bytes.len() as u64)?;
    if let Some(stopped) = run.stop() {
        return Ok(FileScan {
            stopped: Some(stopped),
            ..FileScan::default()
        });
    }
    if bytes.starts_with(b"%PDF") {
        return pdf::scan_pdf(bytes, &run);
    }
    run.tell(Progress::Reading { page: 1, pages: 1 });
    let img = picture(bytes)?;
    let mut found = Found::default();
    let mut stopped = None;
    let thorough = super::scan_thorough(&img, &mut found, &mut |pass, passes| {
        stopped = run.stop();
        run.tell(Progress::LookingCloser {
            page: 1,
            n: 1,
            of: 1,
            pass,
            passes,
        });
        stopped.is_some()
    });
    let stopped = stopped.filter(|s| *s == Stopped::Cancelled);
    let mut scan = FileScan {
        texts: found.0,
        pages: 1,
        pages_read: 1,
        too_large: Vec::new(),
        // Out of time on a picture is "nothing found" (a page was not left unread).
        stopped,
        thorough,
        ..FileScan::default()
    };
    if stopped.is_none() && super::cards_only(scan.texts.clone()).is_empty() {
        read_printed(&img, OCR_TIME, &run, &mut scan);
    }
    Ok(scan)
}

/// The second channel, for a picture whose codes gave no card: its printed text (see
/// `printed`), within `limit` and stopped by a cancel; the cards read join `scan.printed`.
fn read_printed(img: &GrayImage, limit: Duration, run: &Run<'_>, scan: &mut FileScan) {
    let cancelled = || run.watch.cancel.is_some_and(|c| c.load(Ordering::Relaxed));
    match super::printed::read(img, limit, &cancelled) {
        super::Printed::Unavailable => scan.printed_unavailable = true,
        super::Printed::Read(texts) => {
            for t in texts {
                if !scan.printed.contains(&t) {
                    scan.printed.push(t);
                }
            }
        }
    }
    if cancelled() {
        scan.stopped = Some(Stopped::Cancelled);
    }
}

fn check_file_size(len: u64) -> Result<()> {
    if len > MAX_FILE_BYTES {
        return Err(file_too_large(len));
    }
    Ok(())
}

fn file_too_large(len: u64) -> Error {
    Error::ScanFileTooLarge {
        megabytes: len.div_ceil(1_000_000),
        limit: MAX_FILE_BYTES / 1_000_000,
    }
}

/// Refuses a picture whose decoded size would blow the budget, from its declared size.
fn check_picture(width: u64, height: u64, bytes_per_pixel: u64) -> Result<()> {
    let pixels = width.saturating_mul(height);
    let limit = MAX_PICTURE_PIXELS.min(MAX_DECODE_BYTES / bytes_per_pixel.max(1));
    if width == 0 || height == 0 {
        return Err(Error::UnreadableImage);
    }
    if pixels > limit {
        return Err(Error::PictureTooLarge {
            megapixels: pixels.div_ceil(1_000_000),
            limit: limit / 1_000_000,
        });
    }
    Ok(())
}

/// A PNG or JPEG picture, grey and at most [`budget::WORK_PIXELS`]. Its size is checked
/// from the header before anything is decoded.
pub(super) fn picture(bytes: &[u8]) -> Result<GrayImage> {
    let reader = ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| Error::UnreadableImage)?;
    if reader.format().is_none() {
        return Err(Error::UnreadableImage);
    }
    let format = reader.format();
    let mut decoder = reader.into_decoder().map_err(|_| Error::UnreadableImage)?;
    let (w, h) = decoder.dimensions();
    let color = decoder.color_type();
    let mut cost = u64::from(color.bytes_per_pixel());
    if format == Some(image::ImageFormat::Jpeg) && progressive_jpeg(bytes) {
        // A progressive JPEG's decoder also holds every DCT coefficient (two bytes a
        // sample) until the last scan: three times the memory of the pixels.
        cost *= 3;
    }
    check_picture(u64::from(w), u64::from(h), cost)?;
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODE_BYTES + (64 << 20));
    decoder
        .set_limits(limits)
        .map_err(|_| Error::UnreadableImage)?;
    let len = usize::try_from(decoder.total_bytes()).map_err(|_| Error::UnreadableImage)?;
    let mut buf = alloc(len)?;
    decoder
        .read_image(&mut buf)
        .map_err(|_| Error::UnreadableImage)?;
    let (channels, wide) = match color {
        ColorType::L8 => (1, false),
        ColorType::La8 => (2, false),
        ColorType::Rgb8 => (3, false),
        ColorType::Rgba8 => (4, false),
        ColorType::L16 => (1, true),
        ColorType::La16 => (2, true),
        ColorType::Rgb16 => (3, true),
        ColorType::Rgba16 => (4, true),
        _ => return Err(Error::UnreadableImage),
    };
    grey_in_place(&mut buf, channels, wide);
    buf.truncate(w as usize * h as usize);
    working(w, h, buf)
}

/// True when the JPEG's frame header is progressive (SOF2, SOF6, SOF10, SOF14). Walks the
/// marker segments up to the frame header; anything malformed is "not progressive" and
/// left to the decoder to refuse.
fn progressive_jpeg(bytes: &[u8]) -> bool {
    let mut at = 2; // after SOI
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xFF {
            return false;
        }
        let marker = bytes[at + 1];
        if marker == 0xFF {
            at += 1; // fill byte
            continue;
        }
        if (0xC0..=0xCF).contains(&marker) && ![0xC4, 0xC8, 0xCC].contains(&marker) {
            return matches!(marker, 0xC2 | 0xC6 | 0xCA | 0xCE);
        }
        let len = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        at += 2 + len;
    }
    false
}

/// A zeroed buffer, or an error instead of an abort when memory is short.
fn alloc(len: usize) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    buf.try_reserve_exact(len)
        .map_err(|_| Error::PictureTooLarge {
            megapixels: (len as u64).div_ceil(1_000_000),
            limit: MAX_PICTURE_PIXELS / 1_000_000,
        })?;
    buf.resize(len, 0);
    Ok(buf)
}

/// Turns pixels of `channels` samples (8-bit, or 16-bit native-endian when `wide`) into one
/// grey byte each, written over the front of the same buffer.
fn grey_in_place(buf: &mut [u8], channels: usize, wide: bool) {
    if channels == 1 && !wide {
        return;
    }
    let size = if wide { 2 } else { 1 };
    let step = channels * size;
    let n = buf.len() / step;
    for i in 0..n {
        let at = i * step;
        let sample = |c: usize| -> u32 {
            if wide {
                u32::from(u16::from_ne_bytes([buf[at + 2 * c], buf[at + 2 * c + 1]]) >> 8)
            } else {
                u32::from(buf[at + c])
            }
        };
        let g = if channels >= 3 {
            // Rec. 709 luma, as `image`'s own grey conversion.
            (sample(0) * 2126 + sample(1) * 7152 + sample(2) * 722 + 5000) / 10_000
        } else {
            sample(0)
        };
        // i ≤ at: the write never lands on a pixel not yet read.
        buf[i] = g as u8;
    }
}

/// The grey picture `w`×`h` in `grey`, shrunk to at most [`budget::WORK_PIXELS`] by
/// averaging k×k blocks; the full-size buffer is dropped before this returns.
fn working(w: u32, h: u32, grey: Vec<u8>) -> Result<GrayImage> {
    let (wu, hu) = (w as usize, h as usize);
    if grey.len() < wu * hu {
        return Err(Error::UnreadableImage);
    }
    if (wu * hu) as u64 <= WORK_PIXELS {
        return GrayImage::from_raw(w, h, grey).ok_or(Error::UnreadableImage);
    }
    let mut k = 2usize;
    while ((wu / k) * (hu / k)) as u64 > WORK_PIXELS {
        k += 1;
    }
    let (ow, oh) = (wu / k, hu / k);
    let mut out = Vec::with_capacity(ow * oh);
    let mut sums = vec![0u32; ow];
    let area = (k * k) as u32;
    for oy in 0..oh {
        sums.fill(0);
        for dy in 0..k {
            let row = &grey[(oy * k + dy) * wu..][..ow * k];
            for (s, block) in sums.iter_mut().zip(row.chunks_exact(k)) {
                *s += block.iter().map(|&p| u32::from(p)).sum::<u32>();
            }
        }
        out.extend(sums.iter().map(|&s| ((s + area / 2) / area) as u8));
    }
    drop(grey);
    GrayImage::from_raw(ow as u32, oh as u32, out).ok_or(Error::UnreadableImage)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(img: &GrayImage) -> Vec<u8> {
        let mut out = Vec::new();
        img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn not_a_picture() {
        assert_eq!(scan_bytes(b"hello, world"), Err(Error::UnreadableImage));
        assert_eq!(scan_bytes(b"%PDF-1.7 garbage"), Err(Error::UnreadableImage));
    }

    #[test]
    fn picture_without_codes_finds_nothing() {
        let img = GrayImage::from_pixel(300, 200, image::Luma([200]));
        assert_eq!(scan_bytes(&png(&img)), Ok(Vec::new()));
    }

    #[test]
    fn declared_size_is_checked_before_decoding() {
        assert_eq!(
            check_picture(16_000, 16_000, 1),
            Err(Error::PictureTooLarge {
                megapixels: 256,
                limit: 128
            })
        );
        // RGB is refused with the same words as grey.
        assert!(matches!(
            check_picture(16_000, 16_000, 3),
            Err(Error::PictureTooLarge {
                megapixels: 256,
                ..
            })
        ));
        assert!(check_picture(8160, 6120, 3).is_ok(), "a 50 MP photo");
        assert!(check_picture(11_000, 11_000, 3).is_ok());
        assert!(matches!(
            check_picture(10_000, 10_000, 8),
            Err(Error::PictureTooLarge { limit: 52, .. })
        ));
    }

    #[test]
    fn progressive_jpegs_are_told_apart() {
        let img = GrayImage::from_pixel(16, 16, image::Luma([128]));
        let mut jpeg = Vec::new();
        img.write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
        assert!(!progressive_jpeg(&jpeg));
        let sof = jpeg.windows(2).position(|m| m == [0xFF, 0xC0]).unwrap();
        jpeg[sof + 1] = 0xC2;
        assert!(progressive_jpeg(&jpeg));
        assert!(!progressive_jpeg(b"\xFF\xD8\xFF"));
    }

    #[test]
    fn grey_in_place_of_every_layout() {
        let mut rgb = vec![255, 255, 255, 0, 0, 0, 255, 0, 0];
        grey_in_place(&mut rgb, 3, false);
        assert_eq!(&rgb[..3], &[255, 0, 54]);
        let mut la16: Vec<u8> = [0xff00u16, 0xffff, 0x1000, 0]
            .iter()
            .flat_map(|v| v.to_ne_bytes())
            .collect();
        grey_in_place(&mut la16, 2, true);
        assert_eq!(&la16[..2], &[0xff, 0x10]);
    }

    #[test]
    fn large_pictures_are_shrunk_by_whole_blocks() {
        let (w, h) = (4100u32, 4000u32); // 16.4 MP: just over the working size
        let grey: Vec<u8> = (0..w * h)
            .map(|i| if (i % w) % 2 == 0 { 0 } else { 200 })
            .collect();
        let img = working(w, h, grey).unwrap();
        assert_eq!(img.dimensions(), (2050, 2000));
        assert!(img.pixels().all(|p| p[0] == 100));
        let small = working(10, 10, vec![7; 100]).unwrap();
        assert_eq!(small.dimensions(), (10, 10));
    }

    #[test]
    fn file_size_is_checked_first() {
        assert!(matches!(
            check_file_size(MAX_FILE_BYTES + 1),
            Err(Error::ScanFileTooLarge { limit: 150, .. })
        ));
    }

    #[test]
    fn nothing_found_within_the_limits_says_how_much_was_read() {
        let scan = FileScan {
            pages: 1000,
            pages_read: 100,
            stopped: Some(Stopped::PageLimit),
            ..FileScan::default()
        };
        let err = scan.clone().into_texts().unwrap_err();
        assert_eq!(
            err,
            Error::TooManyPages {
                read: 100,
                pages: 1000,
                limit: MAX_PAGES
            }
        );
        assert_eq!(
            err.to_string(),
            "Read the first 100 pages of 1000; Heirloom reads up to 100 pages of a file. Split the file or scan the cards separately."
        );
        // Found: the codes, and the same words as a note beside them.
        let found = FileScan {
            texts: vec!["A".into()],
            ..scan
        };
        assert_eq!(found.note().map(|e| e.kind()), Some("too_many_pages"));
        assert_eq!(found.into_texts(), Ok(vec!["A".to_string()]));
        let late = FileScan {
            pages: 64,
            pages_read: 37,
            stopped: Some(Stopped::TimeLimit),
            ..FileScan::default()
        };
        assert_eq!(late.note().map(|e| e.kind()), Some("scan_time_up"));
        let whole = FileScan {
            texts: vec!["A".into()],
            pages: 3,
            pages_read: 3,
            ..FileScan::default()
        };
        assert_eq!(whole.note(), None);
    }

    #[test]
    fn a_cancelled_scan_gives_nothing() {
        let page = GrayImage::from_fn(300, 200, |x, y| image::Luma([((x ^ y) & 0xff) as u8]));
        let cancel = AtomicBool::new(true);
        let watch = Watch {
            cancel: Some(&cancel),
            progress: None,
        };
        let scan = scan_bytes_watched(&png(&page), watch).unwrap();
        assert_eq!(scan.stopped, Some(Stopped::Cancelled));
        assert_eq!(scan.note(), None, "nothing alarming to say");
        assert_eq!(scan.into_texts(), Err(Error::ScanCancelled));
    }

    #[test]
    fn a_picture_reports_its_passes_and_stops_when_cancelled() {
        // Noise: not featureless, so the closer look runs its passes.
        let page = GrayImage::from_fn(1500, 1000, |x, y| {
            image::Luma([((x * 31 + y * 17) % 251) as u8])
        });
        let bytes = png(&page);
        let seen = std::sync::Mutex::new(Vec::new());
        let cancel = AtomicBool::new(false);
        let progress = |p: Progress| {
            seen.lock().unwrap().push(p);
            if let Progress::LookingCloser { pass: 3, .. } = p {
                cancel.store(true, Ordering::Relaxed);
            }
        };
        let watch = Watch {
            cancel: Some(&cancel),
            progress: Some(&progress),
        };
        let scan = scan_bytes_watched(&bytes, watch).unwrap();
        assert_eq!(scan.stopped, Some(Stopped::Cancelled));
        let seen = seen.into_inner().unwrap();
        assert_eq!(seen[0], Progress::Reading { page: 1, pages: 1 });
        assert!(
            matches!(seen.last(), Some(Progress::LookingCloser { pass: 4, passes, .. }) if *passes > 4),
            "{seen:?}"
        );
    }
}
