//! Opened files: photos (PNG, JPEG) and scanners' PDFs, decoded to grey pixels in Rust.
//!
//! A scanner's PDF is a page-sized picture per page, so the pictures embedded in each page
//! are what is scanned; drawing vector pages would need a PDF renderer, which a recovery
//! tool should not carry.

use std::path::Path;

use image::{GrayImage, ImageReader, Limits};

use crate::error::{Error, Result};

/// No real photo or scan is larger; a file claiming more is refused before decoding.
const MAX_SIDE: u32 = 16_000;
const MAX_BYTES: u64 = 512 << 20;
/// Pages of a PDF looked at; a recovery never needs more.
const MAX_PAGES: usize = 64;

/// Every QR text in the picture or PDF at `path`.
pub fn scan_file(path: &Path) -> Result<Vec<String>> {
    let bytes = std::fs::read(path).map_err(|_| Error::UnreadableFile)?;
    scan_bytes(&bytes)
}

/// Every QR text in a PNG, JPEG or PDF file's contents.
pub fn scan_bytes(bytes: &[u8]) -> Result<Vec<String>> {
    let mut found = Vec::new();
    for img in pictures(bytes)? {
        for t in super::scan_gray(&img) {
            if !found.contains(&t) {
                found.push(t);
            }
        }
    }
    Ok(found)
}

/// The grey pictures in a file: the image itself, or each picture of each PDF page.
fn pictures(bytes: &[u8]) -> Result<Vec<GrayImage>> {
    if bytes.starts_with(b"%PDF") {
        return pdf_pictures(bytes);
    }
    Ok(vec![picture(bytes)?])
}

fn picture(bytes: &[u8]) -> Result<GrayImage> {
    let mut reader = ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| Error::UnreadableImage)?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_BYTES);
    reader.limits(limits);
    Ok(reader
        .decode()
        .map_err(|_| Error::UnreadableImage)?
        .to_luma8())
}

fn pdf_pictures(bytes: &[u8]) -> Result<Vec<GrayImage>> {
    let doc = lopdf::Document::load_mem(bytes).map_err(|_| Error::UnreadableImage)?;
    let mut out = Vec::new();
    for (_, page) in doc.get_pages().into_iter().take(MAX_PAGES) {
        let Ok(images) = doc.get_page_images(page) else {
            continue;
        };
        for img in images {
            let filters = img.filters.clone().unwrap_or_default();
            let decoded = if filters.iter().any(|f| f == "DCTDecode") {
                // A JPEG as it is: what most scanners write.
                picture(img.content).ok()
            } else {
                raw_picture(&doc, &img)
            };
            out.extend(decoded);
        }
    }
    if out.is_empty() {
        return Err(Error::PdfWithoutPictures);
    }
    Ok(out)
}

/// An uncompressed or Flate-compressed 8-bit grey or RGB picture.
fn raw_picture(doc: &lopdf::Document, img: &lopdf::xobject::PdfImage<'_>) -> Option<GrayImage> {
    let (w, h) = (
        u32::try_from(img.width).ok()?,
        u32::try_from(img.height).ok()?,
    );
    if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE || img.bits_per_component != Some(8) {
        return None;
    }
    let channels: usize = match img.color_space.as_deref() {
        Some("DeviceGray") | Some("CalGray") => 1,
        Some("DeviceRGB") | Some("CalRGB") => 3,
        _ => return None,
    };
    let stream = doc.get_object(img.id).ok()?.as_stream().ok()?;
    let expected = w as usize * h as usize * channels;
    let data = if stream.dict.get(b"Filter").is_ok() {
        stream.decompressed_content_with_limit(expected).ok()?
    } else {
        stream.content.clone()
    };
    if data.len() < expected {
        return None;
    }
    let grey: Vec<u8> = data
        .chunks_exact(channels)
        .take(w as usize * h as usize)
        .map(|px| match px {
            [g] => *g,
            [r, g, b] => {
                ((u32::from(*r) * 299 + u32::from(*g) * 587 + u32::from(*b) * 114) / 1000) as u8
            }
            _ => 255,
        })
        .collect();
    GrayImage::from_raw(w, h, grey)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_a_picture() {
        assert_eq!(scan_bytes(b"hello, world"), Err(Error::UnreadableImage));
        assert_eq!(scan_bytes(b"%PDF-1.7 garbage"), Err(Error::UnreadableImage));
    }

    #[test]
    fn picture_without_codes_finds_nothing() {
        let img = GrayImage::from_pixel(300, 200, image::Luma([200]));
        let mut png = Vec::new();
        img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        assert_eq!(scan_bytes(&png), Ok(Vec::new()));
    }
}
