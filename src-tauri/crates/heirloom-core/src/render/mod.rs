//! Printed cards: each card as SVG, PNG, and a print-ready PDF job (cards, a family recovery
//! guide and a one-page format summary).
//!
//! One layout, three writers: [`card`] and [`guide`] lay pages out as a short list of
//! rectangles and text lines ([`page`]); [`svg`], [`raster`] and [`pdf`] only translate that
//! list, so every output shows the same thing at the same place. Text is set in the bundled
//! fonts (DejaVu, and Noto for the scripts DejaVu lacks, [`fallback`]), shaped once into
//! placed glyphs ([`shape`]): glyph outlines in SVG, rasterised in PNG, embedded as subsets
//! in PDF.
//! QR modules are always vector rectangles.
//!
//! Only public card data reaches this module: the encrypted card and labels the holder
//! chose. No phrase, share or passphrase is ever drawn.

mod card;
#[cfg(test)]
mod every_script;
mod fallback;
mod fonts;
mod guide;
mod guide_words;
mod page;
mod pdf;
mod raster;
mod shape;
mod svg;

use crate::card::Card;
use crate::error::{Error, Result};
use crate::fields::TextField;
use crate::fingerprint::Fingerprint;

pub use card::{CARD_HEIGHT_MM, CARD_WIDTH_MM, MIN_MODULE_MM, QUIET_ZONE};
pub use guide_words::GuideLanguage;

/// Who keeps a card, and where, as printed on it: the core's one holder type.
pub use crate::fields::Holder;

/// Everything printed on one card. Public data only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardSheet {
    /// The encrypted card.
    pub card: Card,
    /// The set's label, e.g. "Family savings".
    pub label: String,
    /// The date the set was made, as the holder wants it written (e.g. 2026-11-23).
    pub date: String,
    /// The wallet's fingerprint, so the family can check they recovered the right wallet.
    pub fingerprint: Option<Fingerprint>,
    /// Who keeps this card.
    pub holder: Option<Holder>,
}

/// Refuses a label, holder name or place with a character the card cannot print as it is
/// written ([`Error::Unprintable`]): one no bundled font has (Linear B, emoji, a script
/// without its font, a Chinese character outside the bundled sets), or a control or format
/// character. A card is the one paper a family relies on, so it never shows an empty box.
/// Called before any key is derived, so a person hears it before the cards exist, and again
/// before drawing.
pub fn check_printable(label: &str, holder: Option<&Holder>) -> Result<()> {
    let fields = [
        (TextField::Label, label),
        (
            TextField::HolderName,
            holder.map_or("", |h| h.name.as_str()),
        ),
        (TextField::Place, holder.map_or("", |h| h.place.as_str())),
    ];
    for (field, text) in fields {
        if let Some(character) = fallback::unprintable(text) {
            return Err(Error::Unprintable { field, character });
        }
    }
    Ok(())
}

impl CardSheet {
    /// Refuses a label, holder name or place over its limit ([`crate::MAX_LABEL_CHARS`] and
    /// the others) or with a control character, before any drawing: a label of a hundred
    /// thousand characters is refused at once, not laid out for minutes.
    pub fn check_text(&self) -> Result<()> {
        TextField::Label.check(self.label.trim())?;
        self.holder.as_ref().map_or(Ok(()), Holder::check)?;
        check_printable(&self.label, self.holder.as_ref())
    }

    /// The sheets of a set's cards, each with the set's label, date and fingerprint and its
    /// own holder: `holders[i]` is card i + 1's, in card order as the record keeps them, and
    /// an empty holder prints nothing. Label and names are printed without the spaces around
    /// them. The one way the app and the command line lay a set's words onto its cards.
    pub fn for_cards(
        cards: &[Card],
        label: &str,
        date: &str,
        fingerprint: Option<Fingerprint>,
        holders: &[Holder],
    ) -> Vec<CardSheet> {
        cards
            .iter()
            .map(|card| CardSheet {
                card: card.clone(),
                label: label.trim().to_owned(),
                date: date.to_owned(),
                fingerprint,
                holder: usize::from(card.header().index)
                    .checked_sub(1)
                    .and_then(|i| holders.get(i))
                    .filter(|h| !h.is_empty())
                    .map(Holder::trimmed),
            })
            .collect()
    }

    /// A sheet with nothing but the card.
    pub fn new(card: Card) -> Self {
        CardSheet {
            card,
            label: String::new(),
            date: String::new(),
            fingerprint: None,
            holder: None,
        }
    }
}

/// Paper size of a print job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in millimetres.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
        }
    }
}

/// Largest number of cards on one page.
pub const MAX_PER_PAGE: u8 = 4;

/// Which cards of a print job have a line to hand-write the passphrase on. A card with the
/// passphrase written on it is a "key card" (it and T − 1 others open the wallet), so the
/// family guide recommends one such card at most, and that is what is printed by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PassphraseLine {
    /// No card: the passphrase is kept apart from all of them.
    None,
    /// The first card of the print job only.
    #[default]
    FirstCard,
    /// Every card (the holder writes on one at most; the guide says so).
    EveryCard,
}

impl PassphraseLine {
    /// Whether the card at `position` in the print job (0 for the first) has the line.
    pub fn on_card(self, position: usize) -> bool {
        match self {
            PassphraseLine::None => false,
            PassphraseLine::FirstCard => position == 0,
            PassphraseLine::EveryCard => true,
        }
    }
}

/// How a print job is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrintOptions {
    /// Paper size.
    pub paper: Paper,
    /// Cards per page, 1 to [`MAX_PER_PAGE`].
    pub per_page: u8,
    /// Which cards have a line to hand-write the passphrase on.
    pub passphrase_line: PassphraseLine,
    /// The language of the family guide (the cards and the format summary stay English).
    pub language: GuideLanguage,
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            paper: Paper::A4,
            per_page: 1,
            passphrase_line: PassphraseLine::FirstCard,
            language: GuideLanguage::English,
        }
    }
}

/// One card as an SVG document, the card's actual size (text as glyph outlines, so it looks
/// the same in every viewer without the font installed). The card is a print job of its
/// own, so it is the first card; to draw a set card by card, use [`svgs`].
pub fn svg(sheet: &CardSheet, options: &PrintOptions) -> Result<String> {
    svg_at(sheet, options, 0)
}

/// Every card of a print job as an SVG document each, the passphrase line on the cards
/// `options` chooses, as the PDF of the same job has it.
pub fn svgs(sheets: &[CardSheet], options: &PrintOptions) -> Result<Vec<String>> {
    one_set(sheets)?;
    (0..sheets.len())
        .map(|k| svg_at(&sheets[k], options, k))
        .collect()
}

/// One card as a PNG picture at `dpi` dots per inch (grey, 8 bits), as the first card of
/// its print job; to draw a set card by card, use [`pngs`].
pub fn png(sheet: &CardSheet, options: &PrintOptions, dpi: u32) -> Result<Vec<u8>> {
    png_at(sheet, options, dpi, 0)
}

/// Every card of a print job as a PNG picture each; see [`svgs`].
pub fn pngs(sheets: &[CardSheet], options: &PrintOptions, dpi: u32) -> Result<Vec<Vec<u8>>> {
    one_set(sheets)?;
    (0..sheets.len())
        .map(|k| png_at(&sheets[k], options, dpi, k))
        .collect()
}

/// The card at `position` of its print job as SVG.
fn svg_at(sheet: &CardSheet, options: &PrintOptions, position: usize) -> Result<String> {
    let line = options.passphrase_line.on_card(position);
    svg::document(&card::single(sheet, line)?)
}

/// The card at `position` of its print job as PNG.
fn png_at(sheet: &CardSheet, options: &PrintOptions, dpi: u32, position: usize) -> Result<Vec<u8>> {
    if !(72..=1200).contains(&dpi) {
        return Err(Error::InvalidPrintLayout);
    }
    let line = options.passphrase_line.on_card(position);
    raster::png(&card::single(sheet, line)?, dpi as f32)
}

/// The print job as a PDF: the cards (`per_page` to a page, with cut marks), then the
/// family recovery guide, then the format summary. The cards must be of one set, each card
/// once; fewer than T is fine (reprinting a lost card).
pub fn pdf(sheets: &[CardSheet], options: &PrintOptions) -> Result<Vec<u8>> {
    let pages = job(sheets, options)?;
    let title = format!(
        "Heirloom backup cards, set {}",
        sheets[0].card.header().set_id
    );
    pdf::document(&pages, &title)
}

/// The print job of [`pdf`] as one SVG document per page, each the paper's size: what the
/// app hands to the system's print dialog, so that "Print…" gives the pages the PDF holds.
pub fn page_svgs(sheets: &[CardSheet], options: &PrintOptions) -> Result<Vec<String>> {
    job(sheets, options)?.iter().map(svg::document).collect()
}

/// The pages of a print job: the cards, the family guide, the format summary.
fn job(sheets: &[CardSheet], options: &PrintOptions) -> Result<Vec<page::Page>> {
    if !(1..=MAX_PER_PAGE).contains(&options.per_page) || sheets.is_empty() {
        return Err(Error::InvalidPrintLayout);
    }
    one_set(sheets)?;
    let mut pages = card::pages(sheets, options)?;
    pages.push(guide::family(sheets, options)?);
    pages.push(guide::format_summary(options)?);
    Ok(pages)
}

/// The guide speaks of one set: refuse a mix, and the same card twice. Every sheet's text
/// is checked too, before any is drawn.
fn one_set(sheets: &[CardSheet]) -> Result<()> {
    for sheet in sheets {
        sheet.check_text()?;
    }
    let Some(first) = sheets.first().map(|s| s.card.header()) else {
        return Err(Error::InvalidPrintLayout);
    };
    let mut seen = Vec::with_capacity(sheets.len());
    for sheet in sheets {
        let h = sheet.card.header();
        if h.set_id != first.set_id {
            return Err(Error::OtherSet {
                expected: first.set_id,
                found: h.set_id,
            });
        }
        if seen.contains(&h.index) {
            return Err(Error::Duplicate { index: h.index });
        }
        seen.push(h.index);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::card::tests::sheets;
    use super::*;

    #[test]
    #[cfg(feature = "scan")] // read back with the scanner's crates
    fn png_scans_back_to_the_card() {
        let s = sheets(24, 3);
        for dpi in [150, 300] {
            let png = png(&s[1], &PrintOptions::default(), dpi).unwrap();
            let found = crate::scan::scan_bytes(&png).unwrap();
            assert_eq!(found, vec![s[1].card.to_text()], "{dpi} dpi");
        }
        assert_eq!(
            png(&s[1], &PrintOptions::default(), 20),
            Err(Error::InvalidPrintLayout)
        );
    }

    #[test]
    fn svg_is_a_card_sized_document_with_outlined_text() {
        let s = sheets(12, 2);
        let doc = svg(&s[0], &PrintOptions::default()).unwrap();
        assert!(doc.starts_with("<svg ") && doc.trim_end().ends_with("</svg>"));
        assert!(doc.contains(r#"width="92mm" height="126mm""#));
        // Glyphs are defined once and reused: far fewer definitions than uses.
        let defs = doc.matches("<path id=").count();
        let uses = doc.matches("<use ").count();
        assert!(defs > 20 && uses > 3 * defs, "{defs} glyphs, {uses} uses");
        assert!(!doc.contains("<text"), "no font needed to show it");
        // Kept beside the CLI's artefacts, to be looked at.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../target/print-artifacts/svg");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("card-1.svg"), &doc).unwrap();
    }

    #[test]
    #[cfg(feature = "scan")] // read back with the scanner's crates
    fn pdf_has_card_pages_the_guide_and_the_summary_with_subset_fonts() {
        let s = sheets(24, 5);
        for (per_page, card_pages) in [(1u8, 5usize), (2, 3), (4, 2)] {
            let options = PrintOptions {
                paper: Paper::Letter,
                per_page,
                passphrase_line: PassphraseLine::EveryCard,
                ..PrintOptions::default()
            };
            let bytes = pdf(&s, &options).unwrap();
            let doc = lopdf::Document::load_mem(&bytes).unwrap();
            assert_eq!(doc.get_pages().len(), card_pages + 2);
            let fonts = doc
                .objects
                .values()
                .filter(|o| o.as_dict().map(|d| d.has(b"FontFile2")).unwrap_or(false))
                .count();
            assert_eq!(fonts, 3, "regular, bold and mono, embedded");
            // Subsets: far smaller than the 1.8 MB of the three fonts.
            assert!(bytes.len() < 200_000, "{} bytes", bytes.len());
        }
    }

    #[test]
    #[cfg(feature = "scan")] // read back with the scanner's crates
    fn page_svgs_are_the_pdf_pages_at_paper_size_and_scan_back() {
        let s = sheets(12, 3);
        for (paper, size, per_page, card_pages) in [
            (Paper::A4, r#"width="210mm" height="297mm""#, 1u8, 3usize),
            (Paper::Letter, r#"width="215.9mm" height="279.4mm""#, 2, 2),
        ] {
            let options = PrintOptions {
                paper,
                per_page,
                passphrase_line: PassphraseLine::EveryCard,
                ..PrintOptions::default()
            };
            let docs = page_svgs(&s, &options).unwrap();
            assert_eq!(docs.len(), card_pages + 2, "cards, guide, summary");
            assert!(docs.iter().all(|d| d.contains(size)), "{size}");
            let mut found: Vec<String> = job(&s, &options).unwrap()[..card_pages]
                .iter()
                .flat_map(|p| crate::scan::scan_bytes(&raster::png(p, 150.0).unwrap()).unwrap())
                .collect();
            found.sort();
            let mut expected: Vec<String> = s.iter().map(|x| x.card.to_text()).collect();
            expected.sort();
            assert_eq!(found, expected, "every card once, on the pages");
        }
        assert_eq!(
            page_svgs(&[], &PrintOptions::default()),
            Err(Error::InvalidPrintLayout)
        );
    }

    #[test]
    fn a_print_job_is_one_set_each_card_once() {
        let a = sheets(12, 3);
        let b = sheets(12, 3);
        let options = PrintOptions::default();
        assert!(matches!(
            pdf(&[a[0].clone(), b[1].clone()], &options),
            Err(Error::OtherSet { .. })
        ));
        assert_eq!(
            pdf(&[a[0].clone(), a[0].clone()], &options),
            Err(Error::Duplicate { index: 1 })
        );
        assert_eq!(pdf(&[], &options), Err(Error::InvalidPrintLayout));
        let five = PrintOptions {
            per_page: 5,
            ..options
        };
        assert_eq!(pdf(&a, &five), Err(Error::InvalidPrintLayout));
        // Reprinting one lost card is allowed.
        assert!(pdf(&a[2..], &options).is_ok());
    }
}
