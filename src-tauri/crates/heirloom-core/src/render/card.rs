//! The layout of one card, and of cards on paper with cut marks.
//!
//! A card is 92 × 126 mm, so four fit on A4 and on US Letter with room for cut marks and
//! for printers that cannot print near the edge. The QR code is 47.7 mm wide with its quiet
//! zone: 0.9 mm modules at version 7, the largest a card uses, comfortably above the 0.8 mm
//! floor that cheap printers and phone cameras need.

use std::borrow::Cow;

use super::fonts::{self, Face};
use super::page::{Page, PT_PER_MM};
use super::shape;
use super::{CardSheet, PrintOptions};
use crate::error::{Error, Result};
use crate::qr;
use crate::text;

/// Card width.
pub const CARD_WIDTH_MM: f32 = 92.0;
/// Card height.
pub const CARD_HEIGHT_MM: f32 = 126.0;
/// The smallest QR module printed.
pub const MIN_MODULE_MM: f32 = 0.8;
/// Light modules around the code, on every side.
pub const QUIET_ZONE: usize = 4;

/// Side of the QR code with its quiet zone.
const QR_SIDE_MM: f32 = 47.7;
/// Spec section 4.5: every version 1 card fits version 7 at Q.
const MAX_VERSION: u8 = 7;
const MARGIN: f32 = 14.0;
const GROUPS_PER_ROW: usize = 5;
const GAP_MM: f32 = 8.0;
const MARK_LEN_MM: f32 = 4.0;
const MARK_OFFSET_MM: f32 = 1.0;

const GREY: f32 = 0.6;

/// How the QR code of a card is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct QrGeometry {
    pub version: u8,
    pub ecc: qr::Ecc,
    /// Modules per side, without the quiet zone.
    pub modules: usize,
    pub module_mm: f32,
}

pub(crate) fn card_size() -> (f32, f32) {
    (CARD_WIDTH_MM * PT_PER_MM, CARD_HEIGHT_MM * PT_PER_MM)
}

/// Lays out one card on its own canvas, the card's size, with or without the passphrase
/// line; also gives the QR geometry used.
pub(crate) fn layout(sheet: &CardSheet, passphrase_line: bool) -> Result<(Page, QrGeometry)> {
    sheet.check_text()?;
    let (w, h) = card_size();
    let inner = w - 2.0 * MARGIN;
    let mut page = Page::new(w, h);
    let header = sheet.card.header();
    let card_text = sheet.card.to_text();

    let mut y = MARGIN + 6.0;
    page.text(MARGIN, y, 6.5, Face::Bold, GREY, "HEIRLOOM SHARD CARD");
    page.text_right(
        w - MARGIN,
        y,
        6.5,
        Face::Regular,
        GREY,
        &format!("set {}", header.set_id),
    )?;
    y += 3.0;

    let title = format!(
        "Card {} of {} — any {} cards and the passphrase recover the wallet",
        header.index, header.count, header.threshold
    );
    y = lines(&mut page, y, Face::Bold, 10.0, 12.5, 1.0, &title, inner, 2)?;

    let made: Vec<Cow<'_, str>> = [sheet.label.trim(), sheet.date.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(shape::isolated)
        .collect();
    if !made.is_empty() {
        y = lines(
            &mut page,
            y,
            Face::Regular,
            7.5,
            9.5,
            1.0,
            &made.join(" · "),
            inner,
            1,
        )?;
    }
    let mut who = Vec::new();
    if let Some(fp) = sheet.fingerprint {
        who.push(format!("Wallet fingerprint {fp}"));
    }
    if let Some(holder) = &sheet.holder {
        who.push(format!("Held by {}", holder_words(holder)));
    }
    if !who.is_empty() {
        y = lines(
            &mut page,
            y,
            Face::Regular,
            7.5,
            9.5,
            1.0,
            &who.join(" · "),
            inner,
            2,
        )?;
    }

    let geometry = draw_qr(&mut page, &card_text, y + 2.0)?;
    let qr_side = (geometry.modules + 2 * QUIET_ZONE) as f32 * geometry.module_mm * PT_PER_MM;
    y += 2.0 + qr_side;

    let caption = "If the code will not scan, type these groups:";
    y += 5.0;
    let caption = fonts::fit(Face::Regular, 6.5, caption, inner)?;
    page.text_center(w / 2.0, y, 6.5, Face::Regular, GREY, &caption)?;
    y = draw_groups(&mut page, &card_text, y)?;

    if passphrase_line {
        y += 12.0;
        page.text(
            MARGIN,
            y,
            7.0,
            Face::Regular,
            1.0,
            "Passphrase (optional: read the family guide first):",
        );
        y += 16.0;
        page.rect(MARGIN, y, inner, 0.6, 0.8);
    }

    let return_to = match &sheet.holder {
        Some(holder) => format!(
            "Please give it back to {}, or to their family.",
            holder_words(holder)
        ),
        None => "Please give it back to its owner, or to their family.".to_string(),
    };
    let finder = [
        (
            Face::Bold,
            "Found this card? Please keep it safe and do not throw it away.".to_string(),
        ),
        (
            Face::Regular,
            "It is one part of a family's wallet backup. On its own it reveals nothing."
                .to_string(),
        ),
        (Face::Regular, return_to),
    ];
    let mut finder_lines = Vec::new();
    for (face, text) in &finder {
        for line in fonts::wrap(*face, 6.5, text, inner)?.into_iter().take(2) {
            finder_lines.push((*face, line));
        }
    }
    let leading = 8.0;
    let first_baseline = h - MARGIN - leading * (finder_lines.len() as f32 - 1.0);
    if first_baseline - 10.0 < y + 4.0 {
        // Never draw overlapping text: a card that does not fit is a bug, not a print.
        return Err(Error::RenderFailed);
    }
    page.rect(MARGIN, first_baseline - 10.0, inner, 0.4, 0.35);
    for (k, (face, line)) in finder_lines.iter().enumerate() {
        page.text(
            MARGIN,
            first_baseline + leading * k as f32,
            6.5,
            *face,
            1.0,
            line,
        );
    }
    Ok((page, geometry))
}

/// The holder's name and place as printed, each isolated so that a right-to-left name
/// keeps its own direction beside the card's words.
fn holder_words(holder: &super::Holder) -> String {
    let name = shape::isolated(holder.name.trim());
    let place = shape::isolated(holder.place.trim());
    match (name.is_empty(), place.is_empty()) {
        (false, false) => format!("{name}, {place}"),
        (false, true) => name.to_string(),
        (true, false) => place.to_string(),
        (true, true) => "—".to_string(),
    }
}

/// Wrapped lines below `y`; at most `max_lines`, the last shortened if need be. Returns
/// the last baseline.
#[allow(clippy::too_many_arguments)]
fn lines(
    page: &mut Page,
    mut y: f32,
    face: Face,
    size: f32,
    leading: f32,
    ink: f32,
    text: &str,
    width: f32,
    max_lines: usize,
) -> Result<f32> {
    let mut wrapped = fonts::wrap(face, size, text, width)?;
    if wrapped.len() > max_lines {
        let rest = wrapped[max_lines - 1..].join(" ");
        wrapped.truncate(max_lines - 1);
        wrapped.push(fonts::fit(face, size, &rest, width)?);
    }
    for line in wrapped {
        y += leading;
        page.text(MARGIN, y, size, face, ink, &line);
    }
    Ok(y)
}

/// The QR code, centred, its quiet zone starting at `top`: one rectangle per run of dark
/// modules in a row, which keeps the PDF small and leaves no seams between modules.
fn draw_qr(page: &mut Page, card_text: &str, top: f32) -> Result<QrGeometry> {
    let plan = qr::plan(card_text).ok_or(Error::CardTooLarge)?;
    let modules = qr::modules(card_text).ok_or(Error::CardTooLarge)?;
    let total = modules.width + 2 * QUIET_ZONE;
    let module_mm = QR_SIDE_MM / total as f32;
    if plan.version > MAX_VERSION || module_mm < MIN_MODULE_MM {
        return Err(Error::CardTooLarge);
    }
    let m = module_mm * PT_PER_MM;
    let left = (page.width - total as f32 * m) / 2.0 + QUIET_ZONE as f32 * m;
    let top = top + QUIET_ZONE as f32 * m;
    for row in 0..modules.width {
        let mut col = 0;
        while col < modules.width {
            if !modules.get(col, row) {
                col += 1;
                continue;
            }
            let start = col;
            while col < modules.width && modules.get(col, row) {
                col += 1;
            }
            page.rect(
                left + start as f32 * m,
                top + row as f32 * m,
                (col - start) as f32 * m,
                m,
                1.0,
            );
        }
    }
    Ok(QrGeometry {
        version: plan.version,
        ecc: plan.ecc,
        modules: modules.width,
        module_mm,
    })
}

/// The text form in rows of five groups, each row led by the number of its first group so
/// that "group 7 does not look right" can be found at a glance. Returns the last baseline.
fn draw_groups(page: &mut Page, card_text: &str, mut y: f32) -> Result<f32> {
    let grouped = text::grouped(card_text);
    let groups: Vec<&str> = grouped.split(' ').collect();
    let size = 10.0;
    let row_width = fonts::width(Face::Mono, size, &["000000"; GROUPS_PER_ROW].join(" "))?;
    let number_col = 14.0;
    let left = (page.width - row_width - number_col) / 2.0 + number_col;
    for (r, row) in groups.chunks(GROUPS_PER_ROW).enumerate() {
        y += 12.5;
        let first = r * GROUPS_PER_ROW + 1;
        page.text_right(left - 5.0, y, 6.5, Face::Regular, GREY, &first.to_string())?;
        page.text(left, y, size, Face::Mono, 1.0, &row.join(" "));
    }
    Ok(y)
}

/// One card on its own canvas with a faint border to cut along.
pub(crate) fn single(sheet: &CardSheet, passphrase_line: bool) -> Result<Page> {
    let (mut page, _) = layout(sheet, passphrase_line)?;
    let (w, h) = (page.width, page.height);
    let t = 0.5;
    for (x, y, rw, rh) in [
        (0.0, 0.0, w, t),
        (0.0, h - t, w, t),
        (0.0, 0.0, t, h),
        (w - t, 0.0, t, h),
    ] {
        page.rect(x, y, rw, rh, 0.3);
    }
    Ok(page)
}

/// The card pages of a print job: `per_page` cards to a page, centred, with cut marks at
/// every corner; the passphrase line on the cards `options` chooses.
pub(crate) fn pages(sheets: &[CardSheet], options: &PrintOptions) -> Result<Vec<Page>> {
    let (pw, ph) = options.paper.size_mm();
    let (pw, ph) = (pw * PT_PER_MM, ph * PT_PER_MM);
    let (cw, ch) = card_size();
    let gap = GAP_MM * PT_PER_MM;
    let (cols, rows) = match options.per_page {
        1 => (1, 1),
        2 => (1, 2),
        _ => (2, 2),
    };
    let x0 = (pw - (cols as f32 * cw + (cols - 1) as f32 * gap)) / 2.0;
    let y0 = (ph - (rows as f32 * ch + (rows - 1) as f32 * gap)) / 2.0;
    let per_page = usize::from(options.per_page);
    let mut pages = Vec::new();
    for (p, chunk) in sheets.chunks(per_page).enumerate() {
        let mut page = Page::new(pw, ph);
        for (k, sheet) in chunk.iter().enumerate() {
            let x = x0 + (k % cols) as f32 * (cw + gap);
            let y = y0 + (k / cols) as f32 * (ch + gap);
            let line = options.passphrase_line.on_card(p * per_page + k);
            let (card, _) = layout(sheet, line)?;
            page.place(&card, x, y);
            cut_marks(&mut page, x, y, cw, ch);
        }
        pages.push(page);
    }
    Ok(pages)
}

/// Short lines continuing the card's edges outside its corners, clear of the card itself so
/// a slightly crooked cut never shows them.
fn cut_marks(page: &mut Page, x: f32, y: f32, w: f32, h: f32) {
    let len = MARK_LEN_MM * PT_PER_MM;
    let off = MARK_OFFSET_MM * PT_PER_MM;
    let t = 0.5;
    for (cx, sx) in [(x, -1.0), (x + w, 1.0)] {
        for (cy, sy) in [(y, -1.0), (y + h, 1.0)] {
            // Horizontal mark on the line y = cy, outside the card in x.
            let hx = if sx < 0.0 { cx - off - len } else { cx + off };
            page.rect(hx, cy - t / 2.0, len, t, 1.0);
            // Vertical mark on the line x = cx, outside the card in y.
            let vy = if sy < 0.0 { cy - off - len } else { cy + off };
            page.rect(cx - t / 2.0, vy, t, len, 1.0);
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::render::{Holder, Paper};
    use crate::{split, KdfParams, Passphrase, Phrase, SetParams};

    pub(crate) fn sheets(words: usize, n: u8) -> Vec<CardSheet> {
        let phrase = Phrase::generate(words).unwrap();
        let params = SetParams {
            threshold: 2,
            count: n,
            kdf: KdfParams::new(13, 1, 1).unwrap(),
        };
        split(&phrase, &Passphrase::generate(), params)
            .unwrap()
            .into_iter()
            .map(|card| CardSheet {
                card,
                label: "Family savings".into(),
                date: "2026-11-23".into(),
                fingerprint: Some(phrase.fingerprint()),
                holder: Some(Holder {
                    name: "Marie Dupont".into(),
                    place: "Lyon, France".into(),
                }),
            })
            .collect()
    }

    /// The printing floor: version 7 at most, modules of 0.8 mm or more, and the
    /// rectangles drawn are exactly that size.
    #[test]
    fn qr_modules_are_large_enough_and_version_at_most_7() {
        for words in [12, 15, 18, 21, 24] {
            for sheet in sheets(words, 3) {
                let (page, g) = layout(&sheet, true).unwrap();
                assert!(g.version <= 7, "{words} words: version {}", g.version);
                assert!(
                    g.module_mm >= MIN_MODULE_MM,
                    "{words} words: {}",
                    g.module_mm
                );
                assert!(g.ecc >= qr::Ecc::Q);
                assert_eq!(g.modules, 17 + 4 * usize::from(g.version));
                let m = g.module_mm * PT_PER_MM;
                let qr_rects = page
                    .items
                    .iter()
                    .filter(|i| matches!(i, super::super::page::Item::Rect { h, .. } if (*h - m).abs() < 1e-3))
                    .count();
                assert!(
                    qr_rects > g.modules * 2,
                    "the QR code is drawn as module rows"
                );
            }
        }
    }

    #[test]
    fn twelve_words_print_at_h() {
        let (_, g) = layout(&sheets(12, 2)[0], true).unwrap();
        assert_eq!(g.ecc, qr::Ecc::H);
    }

    /// Text stays inside the card and never runs into other text, even with labels and
    /// names of the longest length allowed, in words or in the widest letters.
    #[test]
    fn long_labels_stay_inside_the_card() {
        use crate::{MAX_HOLDER_NAME_CHARS, MAX_LABEL_CHARS, MAX_PLACE_CHARS};
        let longest = |text: &str, n: usize| text.chars().cycle().take(n).collect::<String>();
        for (label, name, place) in [
            (
                longest(
                    "A very long label for a set of backup cards ",
                    MAX_LABEL_CHARS,
                ),
                longest(
                    "Wolfeschlegelsteinhausenbergerdorff ",
                    MAX_HOLDER_NAME_CHARS,
                ),
                longest(
                    "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch, ",
                    MAX_PLACE_CHARS,
                ),
            ),
            (
                "W".repeat(MAX_LABEL_CHARS),
                "M".repeat(MAX_HOLDER_NAME_CHARS),
                "W".repeat(MAX_PLACE_CHARS),
            ),
            // Scripts written without spaces, cut between characters; wide ideographs;
            // right-to-left words among left-to-right ones.
            (
                "家族の貯金".repeat(MAX_LABEL_CHARS / 5),
                "김".repeat(MAX_HOLDER_NAME_CHARS),
                "กรุงเทพมหานคร".repeat(MAX_PLACE_CHARS / 13),
            ),
            (
                longest("عائلة محمد 2026 ", MAX_LABEL_CHARS),
                longest("שרה כהן ", MAX_HOLDER_NAME_CHARS),
                longest("प्रियंका दिल्ली ", MAX_PLACE_CHARS),
            ),
        ] {
            let mut sheet = sheets(24, 16).pop().unwrap();
            sheet.label = label;
            sheet.date = "23 November 2026".into();
            sheet.holder = Some(Holder { name, place });
            sheet.check_text().unwrap();
            for passphrase_line in [true, false] {
                let (page, _) = layout(&sheet, passphrase_line).unwrap();
                let boxes = text_boxes(&page);
                for (k, a) in boxes.iter().enumerate() {
                    assert!(
                        a.0 >= MARGIN - 0.01 && a.2 <= page.width - MARGIN + 0.01,
                        "{}",
                        a.4
                    );
                    assert!(a.3 <= page.height - MARGIN + 3.0, "{}", a.4);
                    for b in &boxes[k + 1..] {
                        let apart = a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
                        assert!(apart, "{:?} overlaps {:?}", a.4, b.4);
                    }
                }
            }
        }
    }

    /// A label, name or place over its limit, or with a control character, is refused
    /// before anything is drawn, in every output; a huge one as quickly as a short one.
    #[test]
    fn text_over_its_limit_is_refused_at_once() {
        use crate::fields::TextField;
        let huge = "x".repeat(100_000);
        let mut sheet = sheets(12, 2).pop().unwrap();
        sheet.label = huge.clone();
        let start = std::time::Instant::now();
        let options = super::super::PrintOptions::default();
        for result in [
            super::super::svg(&sheet, &options).map(|_| ()),
            super::super::png(&sheet, &options, 150).map(|_| ()),
            super::super::pdf(std::slice::from_ref(&sheet), &options).map(|_| ()),
        ] {
            match result {
                Err(Error::TextTooLong {
                    field: TextField::Label,
                    chars: 100_000,
                    limit: 64,
                }) => {}
                other => panic!("{other:?}"),
            }
        }
        assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
        sheet.label = "Family".into();
        sheet.holder = Some(Holder {
            name: "Alice\nstatus: retired".into(),
            place: String::new(),
        });
        assert_eq!(
            super::super::svg(&sheet, &options).unwrap_err(),
            Error::ControlCharacter {
                field: TextField::HolderName
            }
        );
        sheet.holder = Some(Holder {
            name: "Alice".into(),
            place: huge,
        });
        assert!(matches!(
            super::super::pdf(&[sheet], &options),
            Err(Error::TextTooLong {
                field: TextField::Place,
                limit: 128,
                ..
            })
        ));
    }

    /// Each text line's box: left, top, right, bottom (from the font's usual ascent and
    /// descent), and the text.
    fn text_boxes(page: &Page) -> Vec<(f32, f32, f32, f32, String)> {
        page.items
            .iter()
            .filter_map(|item| match item {
                super::super::page::Item::Text {
                    x,
                    y,
                    size,
                    face,
                    text,
                    ..
                } => {
                    let w = fonts::width(*face, *size, text).unwrap();
                    Some((*x, y - 0.76 * size, x + w, y + 0.24 * size, text.clone()))
                }
                _ => None,
            })
            .collect()
    }

    /// The passphrase line is on the cards the print job chose: by default the first only.
    #[test]
    fn the_passphrase_line_is_on_the_chosen_cards() {
        use crate::render::PassphraseLine;
        let s = sheets(12, 5);
        let lines_on = |page: &Page| {
            page.items
                .iter()
                .filter(|i| {
                    matches!(i, super::super::page::Item::Text { text, .. }
                        if text.starts_with("Passphrase (optional"))
                })
                .count()
        };
        for (choice, per_page, expected) in [
            (PassphraseLine::default(), 1u8, vec![1, 0, 0, 0, 0]),
            (PassphraseLine::FirstCard, 4, vec![1, 0]),
            (PassphraseLine::EveryCard, 4, vec![4, 1]),
            (PassphraseLine::None, 2, vec![0, 0, 0]),
        ] {
            let options = PrintOptions {
                per_page,
                passphrase_line: choice,
                ..PrintOptions::default()
            };
            let found: Vec<usize> = pages(&s, &options).unwrap().iter().map(lines_on).collect();
            assert_eq!(found, expected, "{choice:?}, {per_page} a page");
        }
    }

    #[test]
    fn cards_fit_the_paper_with_room_for_cut_marks() {
        for paper in [Paper::A4, Paper::Letter] {
            let (pw, ph) = paper.size_mm();
            let margin_x = (pw - 2.0 * CARD_WIDTH_MM - GAP_MM) / 2.0;
            let margin_y = (ph - 2.0 * CARD_HEIGHT_MM - GAP_MM) / 2.0;
            assert!(margin_x - MARK_OFFSET_MM - MARK_LEN_MM >= 3.0, "{paper:?}");
            assert!(margin_y - MARK_OFFSET_MM - MARK_LEN_MM >= 3.0, "{paper:?}");
        }
        let s = sheets(24, 5);
        for per_page in 1..=4u8 {
            let options = PrintOptions {
                per_page,
                ..PrintOptions::default()
            };
            let pages = pages(&s, &options).unwrap();
            assert_eq!(pages.len(), 5usize.div_ceil(usize::from(per_page)));
        }
    }
}
