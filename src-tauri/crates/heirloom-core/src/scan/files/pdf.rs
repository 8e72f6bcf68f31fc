//! A scanner's PDF (or Heirloom's own): the card texts of its text layer, the codes in its
//! pictures, and when none gives a card, the printed text of the pictures (issue 15).

use std::collections::HashSet;
use std::time::Instant;

use image::GrayImage;

use super::budget::*;
use super::{
    check_picture, grey_in_place, picture, read_printed, working, FileScan, Progress, Run, Stopped,
};
use crate::error::{Error, Result};
use crate::scan::Found;

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
pub(super) fn scan_pdf(bytes: &[u8], run: &Run<'_>) -> Result<FileScan> {
    run.tell(Progress::Opening);
    let doc = lopdf::Document::load_mem(bytes).map_err(|_| Error::UnreadableImage)?;
    let pages = doc.get_pages();
    let to_read = pages.len().min(MAX_PAGES);
    let mut scan = FileScan {
        pages: pages.len(),
        ..FileScan::default()
    };
    let mut found = Found::default();
    let mut seen = HashSet::new();
    let mut decodable = Vec::new();
    let mut misses = Vec::new();
    let mut hits = Vec::new();
    let mut layer = crate::scan::pdf_text::TextLayer::new(&doc);
    'pages: for (n, (_, &page)) in pages.iter().enumerate() {
        if n >= MAX_PAGES {
            scan.stopped = Some(Stopped::PageLimit);
            break;
        }
        if let Some(stopped) = run.stop() {
            scan.stopped = Some(stopped);
            break;
        }
        run.tell(Progress::Reading {
            page: n + 1,
            pages: to_read,
        });
        // The card text in the page's text layer first: all there is in Heirloom's own PDF.
        found.add(layer.page_cards(page));
        let images = doc.get_page_images(page).unwrap_or_default();
        for img in images {
            if !seen.insert(img.id) {
                continue; // the same picture drawn again: decoded once
            }
            if seen.len() > MAX_PICTURES {
                scan.stopped = Some(Stopped::PictureLimit);
                break 'pages;
            }
            if let Some(stopped) = run.stop() {
                scan.stopped = Some(stopped);
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
                    found.add(crate::scan::decoder::decode(&grey));
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
    if scan.stopped == Some(Stopped::Cancelled) {
        scan.texts = found.0;
        return Ok(scan);
    }
    if decodable.is_empty()
        && scan.too_large.is_empty()
        && scan.stopped.is_none()
        && found.0.is_empty()
    {
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
    let closer = misses.len() + hits.len();
    for (k, pic) in misses.iter().chain(&hits).enumerate() {
        if let Some(stopped) = run.stop() {
            scan.thorough = false;
            if stopped == Stopped::Cancelled {
                scan.stopped = Some(stopped);
            }
            break;
        }
        run.tell(Progress::LookingCloser {
            page: pic.page,
            n: k + 1,
            of: closer,
            pass: 1,
            passes: 1,
        });
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
        let mut stopped = None;
        let done = crate::scan::scan_thorough(&grey, &mut found, &mut |pass, passes| {
            stopped = run.stop();
            run.tell(Progress::LookingCloser {
                page: pic.page,
                n: k + 1,
                of: closer,
                pass,
                passes,
            });
            stopped.is_some()
        });
        if !done {
            scan.thorough = false;
            if stopped == Some(Stopped::Cancelled) {
                scan.stopped = stopped;
            }
            break;
        }
    }
    scan.texts = found.0;
    if scan.stopped.is_none() && crate::scan::cards_only(scan.texts.clone()).is_empty() {
        read_printed_pages(&doc, &misses, run, &mut scan);
    }
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

/// The printed text of a scanned PDF's pictures, when none of its codes gave a card: the
/// pictures where the search found nothing, in order, within [`budget::OCR_TIME`] in all
/// (a family's scan of the cards whose codes are worn out is a few pages).
fn read_printed_pages(
    doc: &lopdf::Document,
    misses: &[PdfPicture],
    run: &Run<'_>,
    scan: &mut FileScan,
) {
    let pages = doc.get_pages();
    let deadline = Instant::now() + OCR_TIME;
    for pic in misses {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || scan.printed_unavailable || scan.stopped.is_some() {
            break;
        }
        let grey = pages
            .get(&(pic.page as u32))
            .and_then(|&p| doc.get_page_images(p).ok())
            .and_then(|imgs| imgs.into_iter().find(|i| i.id == pic.id))
            .and_then(|img| pdf_picture(doc, &img).ok());
        if let Some(grey) = grey {
            read_printed(&grey, left, run, scan);
        }
    }
}
