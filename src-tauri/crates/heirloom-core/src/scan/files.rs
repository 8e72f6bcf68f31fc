//! Opened files: photos (PNG, JPEG) and scanners' PDFs, decoded to grey pixels in Rust.
//!
//! A scanner's PDF is a page-sized picture per page, so the pictures embedded in each page
//! are what is scanned; drawing vector pages would need a PDF renderer, which a recovery
//! tool should not carry.
//!
//! Every file is untrusted and gets a budget (see [`budget`]), checked before the work it
//! bounds: the file's size before it is read, each picture's declared size before it is
//! decoded, pages and pictures of a PDF as they are reached, and the time spent between
//! every step. Pictures are decoded one at a time, turned grey in place and shrunk to a
//! working size at once, so that at most one full-size copy is alive, and a PDF's pictures
//! are each scanned and dropped before the next is decoded.

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;
use std::time::Instant;

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
}

use budget::*;

/// Why a scan of a file ended before it had searched everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// The PDF has more pages than [`budget::MAX_PAGES`].
    PageLimit,
    /// The PDF has more distinct pictures than [`budget::MAX_PICTURES`].
    PictureLimit,
    /// [`budget::SCAN_TIME`] ran out.
    TimeLimit,
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
}

impl FileScan {
    /// The texts found; or, when there are none, the error that says why in words a family
    /// can act on (a page limit, the time limit, a picture too large).
    pub fn into_texts(self) -> Result<Vec<String>> {
        if !self.texts.is_empty() {
            return Ok(self.texts);
        }
        match self.stopped {
            Some(Stopped::PageLimit | Stopped::PictureLimit) => {
                return Err(Error::TooManyPages {
                    read: self.pages_read,
                    pages: self.pages,
                    limit: if self.stopped == Some(Stopped::PageLimit) {
                        MAX_PAGES
                    } else {
                        MAX_PICTURES
                    },
                })
            }
            Some(Stopped::TimeLimit) => {
                return Err(Error::ScanTimeUp {
                    read: self.pages_read,
                    pages: self.pages,
                    seconds: SCAN_TIME.as_secs(),
                })
            }
            None => {}
        }
        if let Some(&(_, megapixels)) = self.too_large.first() {
            return Err(Error::PictureTooLarge {
                megapixels,
                limit: MAX_PICTURE_PIXELS / 1_000_000,
            });
        }
        Ok(Vec::new())
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
    let meta = std::fs::metadata(path).map_err(|_| Error::UnreadableFile)?;
    if !meta.is_file() {
        return Err(Error::UnreadableFile);
    }
    check_file_size(meta.len())?;
    let file = std::fs::File::open(path).map_err(|_| Error::UnreadableFile)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| Error::UnreadableFile)?;
    check_file_size(bytes.len() as u64)?;
    scan_bytes_report(&bytes)
}

/// [`scan_bytes`], with how much of the file was read (pages, pictures refused, and why it
/// stopped early if it did). Errors only when the file itself cannot be read; an empty
/// `texts` with `stopped` set means "nothing found in the part that was read", which
/// [`FileScan::into_texts`] turns into the error to show.
pub fn scan_bytes_report(bytes: &[u8]) -> Result<FileScan> {
    scan_bytes_within(bytes, Instant::now() + SCAN_TIME)
}

fn scan_bytes_within(bytes: &[u8], deadline: Instant) -> Result<FileScan> {
    check_file_size(bytes.len() as u64)?;
    if bytes.starts_with(b"%PDF") {
        return scan_pdf(bytes, deadline);
    }
    let img = picture(bytes)?;
    let mut found = Found::default();
    let thorough = super::scan_thorough(&img, &mut found, Some(deadline));
    Ok(FileScan {
        texts: found.0,
        pages: 1,
        pages_read: 1,
        too_large: Vec::new(),
        stopped: None,
        thorough,
    })
}

fn check_file_size(len: u64) -> Result<()> {
    if len > MAX_FILE_BYTES {
        return Err(Error::ScanFileTooLarge {
            megabytes: len.div_ceil(1_000_000),
            limit: MAX_FILE_BYTES / 1_000_000,
        });
    }
    Ok(())
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

/// PDFs of at most this many pictures get the thorough search on every picture.
const THOROUGH_ALL: usize = 16;

/// One picture of a PDF, found on a page and not yet decoded.
struct PdfPicture {
    page: usize,
    id: lopdf::ObjectId,
}

/// A scanner's PDF, in two passes over its pictures, each decoded, scanned and dropped in
/// turn: first the quick pass (the decoder on the picture as it is) over every picture,
/// so that every page is read even when time is short; then, while time remains, the
/// thorough search on each picture again, those where the quick pass found nothing first.
fn scan_pdf(bytes: &[u8], deadline: Instant) -> Result<FileScan> {
    let doc = lopdf::Document::load_mem(bytes).map_err(|_| Error::UnreadableImage)?;
    let pages = doc.get_pages();
    let mut scan = FileScan {
        pages: pages.len(),
        ..FileScan::default()
    };
    let mut found = Found::default();
    let mut seen = HashSet::new();
    let mut decodable = Vec::new();
    let mut misses = Vec::new();
    let mut hits = Vec::new();
    'pages: for (n, (_, &page)) in pages.iter().enumerate() {
        if n >= MAX_PAGES {
            scan.stopped = Some(Stopped::PageLimit);
            break;
        }
        if Instant::now() >= deadline {
            scan.stopped = Some(Stopped::TimeLimit);
            break;
        }
        let images = doc.get_page_images(page).unwrap_or_default();
        for img in images {
            if !seen.insert(img.id) {
                continue; // the same picture drawn again: decoded once
            }
            if seen.len() > MAX_PICTURES {
                scan.stopped = Some(Stopped::PictureLimit);
                break 'pages;
            }
            if Instant::now() >= deadline {
                scan.stopped = Some(Stopped::TimeLimit);
                break 'pages;
            }
            let pic = PdfPicture {
                page: n + 1,
                id: img.id,
            };
            match pdf_picture(&doc, &img) {
                Ok(grey) => {
                    decodable.push(pic.page);
                    let before = found.0.len();
                    found.add(super::decoder::decode(&grey));
                    if found.0.len() > before {
                        hits.push(pic);
                    } else {
                        misses.push(pic);
                    }
                }
                Err(Error::PictureTooLarge { megapixels, .. }) => {
                    scan.too_large.push((pic.page, megapixels));
                }
                Err(_) => {}
            }
        }
        scan.pages_read = n + 1;
    }
    if decodable.is_empty() && scan.too_large.is_empty() && scan.stopped.is_none() {
        return Err(Error::PdfWithoutPictures);
    }
    scan.thorough = true;
    // A page where the quick pass found a code may hold another it missed: searched again
    // when the file is a few pages of cards; in a long scan, only the pages where the
    // quick pass found nothing are, so that the time goes where a card may be hiding.
    if decodable.len() > THOROUGH_ALL {
        scan.thorough = hits.is_empty();
        hits.clear();
    }
    for pic in misses.iter().chain(&hits) {
        if Instant::now() >= deadline {
            scan.thorough = false;
            break;
        }
        let Some(img) = doc
            .get_page_images(pages[&(pic.page as u32)])
            .ok()
            .and_then(|imgs| imgs.into_iter().find(|i| i.id == pic.id))
        else {
            continue;
        };
        let Ok(grey) = pdf_picture(&doc, &img) else {
            continue;
        };
        if !super::scan_thorough(&grey, &mut found, Some(deadline)) {
            scan.thorough = false;
            break;
        }
    }
    scan.texts = found.0;
    Ok(scan)
}

/// One picture of a PDF, grey and at most [`budget::WORK_PIXELS`], its declared size
/// checked from its dictionary before it is decoded.
fn pdf_picture(doc: &lopdf::Document, img: &lopdf::xobject::PdfImage<'_>) -> Result<GrayImage> {
    let (w, h) = (
        u32::try_from(img.width).map_err(|_| Error::UnreadableImage)?,
        u32::try_from(img.height).map_err(|_| Error::UnreadableImage)?,
    );
    let filters = img.filters.clone().unwrap_or_default();
    if filters.iter().any(|f| f == "DCTDecode") {
        // A JPEG as it is: what most scanners write. Its own header is checked too.
        check_picture(u64::from(w), u64::from(h), 1)?;
        return picture(img.content);
    }
    let channels: usize = match img.color_space.as_deref() {
        Some("DeviceGray") | Some("CalGray") => 1,
        Some("DeviceRGB") | Some("CalRGB") => 3,
        _ => return Err(Error::UnreadableImage),
    };
    check_picture(u64::from(w), u64::from(h), channels as u64)?;
    if img.bits_per_component != Some(8) {
        return Err(Error::UnreadableImage);
    }
    let stream = doc
        .get_object(img.id)
        .and_then(|o| o.as_stream())
        .map_err(|_| Error::UnreadableImage)?;
    let expected = w as usize * h as usize * channels;
    let mut data = if stream.dict.get(b"Filter").is_ok() {
        stream
            .decompressed_content_with_limit(expected)
            .map_err(|_| Error::UnreadableImage)?
    } else {
        stream.content.clone()
    };
    if data.len() < expected {
        return Err(Error::UnreadableImage);
    }
    data.truncate(expected);
    grey_in_place(&mut data, channels, false);
    data.truncate(w as usize * h as usize);
    working(w, h, data)
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
        assert_eq!(
            scan.into_texts(),
            Err(Error::TooManyPages {
                read: 100,
                pages: 1000,
                limit: MAX_PAGES
            })
        );
        let found = FileScan {
            texts: vec!["A".into()],
            stopped: Some(Stopped::TimeLimit),
            ..FileScan::default()
        };
        assert_eq!(found.into_texts(), Ok(vec!["A".to_string()]));
    }
}
