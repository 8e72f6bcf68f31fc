//! The two pages that travel with the cards: a recovery guide for the family, in plain
//! words, and a summary of the card format from which a programmer could decode the cards
//! without Heirloom (the full text is docs/card-format.md).
//!
//! Both are set by a small flow layout that shrinks the type until the page is full but not
//! overfull, so that translations or longer labels never spill onto a second page.

use super::fonts::{self, Face};
use super::page::{Page, PT_PER_MM};
use super::{CardSheet, PassphraseLine, PrintOptions};
use crate::error::{Error, Result};

const MARGIN_MM: f32 = 18.0;
/// Below this the guide would be hard to read; the text is written to fit well above it.
const MIN_SCALE: f32 = 0.75;

/// A piece of a guide page.
#[derive(Debug, Clone)]
enum Block {
    Title(String),
    Subtitle(String),
    Heading(String),
    Para(String),
    /// A numbered step or a bullet: the marker, then the text, indented.
    Item(String, String),
    /// Lines set in the monospaced face, never wrapped.
    Code(Vec<String>),
}

use Block::*;

fn p(s: impl Into<String>) -> Block {
    Para(s.into())
}

fn bullet(s: impl Into<String>) -> Block {
    Item("•".into(), s.into())
}

fn step(n: usize, s: impl Into<String>) -> Block {
    Item(format!("{n}."), s.into())
}

/// The family recovery guide for the set of `sheets`.
pub(crate) fn family(sheets: &[CardSheet], options: &PrintOptions) -> Result<Page> {
    let first = &sheets[0];
    let h = first.card.header();
    let (t, n) = (h.threshold, h.count);
    let fingerprint = first
        .fingerprint
        .map(|f| f.to_string())
        .unwrap_or_else(|| "(not printed)".into());
    let mut about = vec![format!("set {}", h.set_id)];
    if !first.label.trim().is_empty() {
        about.insert(0, format!("“{}”", first.label.trim()));
    }
    if !first.date.trim().is_empty() {
        about.push(format!("made {}", first.date.trim()));
    }
    about.push(format!("wallet fingerprint {fingerprint}"));

    let blocks = vec![
        Title("How to recover the wallet".into()),
        Subtitle(format!("A guide for the family — {}", about.join(" · "))),
        Heading("What these cards are".into()),
        p(format!(
            "The recovery words of a wallet (its {} secret words) were split into {n} shard \
             cards with the Heirloom program. Any {t} of the {n} cards, together with the \
             passphrase, bring the words back, exactly as they were. Fewer than {t} cards \
             reveal nothing at all, even with the passphrase; one card alone is safe to lose.",
            first.card.word_count()
        )),
        Heading("What you need".into()),
        bullet(format!(
            "{t} different cards of this set. Each says “Card i of {n}”, and its set id begins \
             with {}.",
            h.set_id.short()
        )),
        bullet(format!(
            "The passphrase: a few words chosen when the cards were made. It is not printed on \
             the cards{}.",
            match (options.passphrase_line, key_card(sheets, options)) {
                (_, Some(i)) => format!(", unless someone wrote it on card {i}'s passphrase line"),
                (PassphraseLine::EveryCard, _) => ", unless someone wrote it on a card's passphrase line".into(),
                _ => String::new(),
            }
        )),
        bullet(
            "A computer with Heirloom, a free program. On Linux, install its package (.deb for \
             Debian and Ubuntu, .rpm for Fedora), published with its source code, or ask someone \
             you trust to install it. If the program can no longer be found, give the next page \
             to a programmer: it describes the cards completely.",
        ),
        Heading("Recovering, step by step".into()),
        step(1, "If you can, disconnect the computer from the internet. Open Heirloom and choose Recover."),
        step(
            2,
            "Show each card to the webcam, or open photos or scans of the cards (several cards \
             on one page are fine), or type the text printed under the QR code.",
        ),
        step(
            3,
            format!(
                "Heirloom says which cards it has and how many more it needs. With {t} cards in, \
                 type the passphrase."
            ),
        ),
        step(
            4,
            format!(
                "Heirloom shows the recovery words and the wallet fingerprint. Check that the \
                 fingerprint is {fingerprint}. Type the words into a wallet app to reach the \
                 funds, and keep them as safe as the cards."
            ),
        ),
        Heading("If a card is damaged".into()),
        p(format!(
            "If its QR code will not scan, type the text printed under it. If part of the text \
             is unreadable too, use another card instead: any {t} will do. Heirloom says in \
             plain words when a card is damaged, from another set, or given twice, and it never \
             gives wrong words: a damaged card is refused, not guessed."
        )),
        Heading("Typing the text".into()),
        p(
            "The text is in groups of six characters; the last character of each group checks \
             the other five. Type the groups in order. Spaces, hyphens and upper or lower case do \
             not matter. The letters I, L, O and U are never used: a round character is the \
             digit zero. If Heirloom says that a group does not look right, compare that group \
             with the card: the small number at the start of each line is the number of its \
             first group.",
        ),
        Heading(passphrase_heading(sheets, options)),
        p(passphrase_advice(sheets, options)),
        Heading("Looking after the cards".into()),
        p(
            "Keep each card with a different person or in a different place, dry and out of \
             sunlight. Do not photograph them or keep copies online. If a card is lost, the \
             wallet owner can make a new set and destroy every card of this one.",
        ),
    ];
    flow(&blocks, options)
}

/// The card that has the passphrase line when only the first card of the job has one.
fn key_card(sheets: &[CardSheet], options: &PrintOptions) -> Option<u8> {
    (options.passphrase_line == PassphraseLine::FirstCard).then(|| sheets[0].card.header().index)
}

fn passphrase_heading(sheets: &[CardSheet], options: &PrintOptions) -> String {
    match (options.passphrase_line, key_card(sheets, options)) {
        (_, Some(i)) => format!("The passphrase line on card {i}"),
        (PassphraseLine::EveryCard, _) => "The passphrase lines on the cards".into(),
        _ => "The passphrase".into(),
    }
}

/// What the guide says about writing the passphrase down, for the cards that have a line
/// for it in this print job.
fn passphrase_advice(sheets: &[CardSheet], options: &PrintOptions) -> String {
    let t = sheets[0].card.header().threshold;
    let others = if t == 2 {
        "any one other card".to_string()
    } else {
        format!("any {} other cards", t - 1)
    };
    let apart = format!(
        "Keep the passphrase apart from the cards: then even {t} stolen cards are useless."
    );
    let key = |card: &str| {
        format!(
            "Writing the passphrase on {card} makes it a “key card”: it and {others} open the \
             wallet without anyone knowing the passphrase. If you do that, give the key card to \
             the person you trust most and never keep it with another card."
        )
    };
    match (options.passphrase_line, key_card(sheets, options)) {
        (_, Some(i)) => format!(
            "{apart} Only card {i} has a line for it; leaving the line empty is safest. {} \
             Never write the passphrase on another card.",
            key(&format!("card {i}"))
        ),
        (PassphraseLine::EveryCard, _) => format!(
            "{apart} Every card has a line for it; leaving the lines empty is safest. {} Write \
             it on one card at most.",
            key("one card")
        ),
        _ => format!(
            "{apart} The cards have no line for it: write it down apart from them, for example \
             in the owner's papers, and tell the family where it is."
        ),
    }
}

/// The format summary: enough to decode a card by hand.
pub(crate) fn format_summary(options: &PrintOptions) -> Result<Page> {
    let blocks = vec![
        Title("Heirloom card format, version 1".into()),
        Subtitle(
            "A summary for programmers, enough to recover the words without Heirloom. The \
             full specification, with test vectors, is docs/card-format.md in Heirloom's source."
                .into(),
        ),
        Heading("1. Text to bytes".into()),
        p(
            "The QR code holds the card text in alphanumeric mode; the same text is printed \
             under it. Remove spaces and hyphens, make letters upper case, read O as 0 and I or L \
             as 1. Alphabet (Crockford base32, each character stands for its position, 0–31):",
        ),
        Code(vec!["0123456789ABCDEFGHJKMNPQRSTVWXYZ".into()]),
        p(
            "Cut the text into groups of 6 characters (the last may be shorter): 5 data \
             characters and 1 check character. Check of group g (counted from 0), in GF(32) \
             with x⁵ + x² + 1:",
        ),
        Code(vec![
            "acc = 0".into(),
            "for each data value d:  acc = (acc XOR d) · α".into(),
            "    (· α: shift left 1; if bit 5 is set, XOR with 0b100101)".into(),
            "check = acc XOR ((g + 1) mod 32)".into(),
        ]),
        p(
            "Join the 5-bit data values, most significant bit first, and read whole bytes; fewer \
             than 5 zero bits remain.",
        ),
        Heading("2. The card bytes".into()),
        Code(vec![
            "offset  size  field".into(),
            "0       1     version = 0x01".into(),
            "1       1     (T − 1) << 4 | (N − 1)      T of N cards recover".into(),
            "2       1     (i − 1) << 4 | language     i = this card's number".into(),
            "3       1     bits 7–5: 1 = Argon2id; bits 4–0: log2(memory in KiB)".into(),
            "4       1     (passes − 1) << 4 | (lanes − 1)".into(),
            "5       8     salt (also the set id)".into(),
            "13      L     ciphertext, L = 16, 20, 24, 28 or 32 (12 … 24 words)".into(),
            "13 + L  16    Poly1305 tag".into(),
        ]),
        p(
            "Languages: 0 English, 1 Chinese (simplified), 2 Chinese (traditional), 3 Czech, \
             4 French, 5 Italian, 6 Japanese, 7 Korean, 8 Portuguese, 9 Spanish.",
        ),
        Heading("3. Key and decryption".into()),
        p(
            "Normalise the passphrase: Unicode NFKD, trim white space at both ends, replace each \
             inner run of white space by one space. key = Argon2id (version 0x13) of the UTF-8 \
             passphrase, salt = the 8 salt bytes, memory, passes and lanes from bytes 3–4, \
             32-byte output. Then ChaCha20-Poly1305 (RFC 8439): nonce = i followed by 11 zero \
             bytes, associated data = bytes 0–12, ciphertext and tag as above. The plaintext y \
             (L bytes) is card i's share.",
        ),
        Heading("4. Combining T cards".into()),
        p(
            "Shamir secret sharing over GF(256) with x⁸ + x⁴ + x³ + x² + 1 (0x11D), byte by byte; \
             card i is the point x = i. With T cards numbered x_1 … x_T and shares y_1 … y_T, \
             each entropy byte b is the Lagrange interpolation at 0:",
        ),
        Code(vec![
            "e[b] = sum over j of  y_j[b] · L_j,".into(),
            "L_j  = product over m ≠ j of  x_m / (x_m XOR x_j)".into(),
            "(+ and − are XOR; / multiplies by the inverse in GF(256))".into(),
        ]),
        Heading("5. Words and fingerprint".into()),
        p(
            "e is the BIP-39 entropy. Append the first L/4 bits of SHA-256(e), cut into 11-bit \
             numbers, and look each up (from 0) in the language's BIP-39 list of 2048 words. \
             Check: the BIP-32 master fingerprint (seed from the words with an empty BIP-39 \
             passphrase; first 4 bytes of RIPEMD-160(SHA-256(compressed master public key))) \
             is the fingerprint printed on the cards.",
        ),
    ];
    flow(&blocks, options)
}

/// Sizes at scale 1: title, subtitle, heading, body, code.
const SIZES: [f32; 5] = [18.0, 9.5, 11.5, 9.5, 8.5];

fn flow(blocks: &[Block], options: &PrintOptions) -> Result<Page> {
    let mut scale = 1.0;
    while scale >= MIN_SCALE {
        if let Some(page) = try_flow(blocks, options, scale)? {
            return Ok(page);
        }
        scale -= 0.025;
    }
    Err(Error::RenderFailed)
}

/// The page at `scale`, or `None` if it does not fit.
fn try_flow(blocks: &[Block], options: &PrintOptions, scale: f32) -> Result<Option<Page>> {
    let (pw, ph) = options.paper.size_mm();
    let (pw, ph) = (pw * PT_PER_MM, ph * PT_PER_MM);
    let m = MARGIN_MM * PT_PER_MM;
    let width = pw - 2.0 * m;
    let bottom = ph - m;
    let [title, subtitle, heading, body, code] = SIZES.map(|s| s * scale);
    let mut page = Page::new(pw, ph);
    let mut y = m;
    for block in blocks {
        match block {
            Title(text) => {
                y += title;
                page.text(m, y, title, Face::Bold, 1.0, text);
                y += title * 0.3;
            }
            Subtitle(text) => {
                for line in fonts::wrap(Face::Regular, subtitle, text, width)? {
                    y += subtitle * 1.3;
                    page.text(m, y, subtitle, Face::Regular, 0.7, &line);
                }
                y += subtitle * 0.4;
                page.rect(m, y, width, 0.6, 0.5);
            }
            Heading(text) => {
                y += heading * 1.7;
                page.text(m, y, heading, Face::Bold, 1.0, text);
                y += heading * 0.15;
            }
            Para(text) => {
                for line in fonts::wrap(Face::Regular, body, text, width)? {
                    y += body * 1.32;
                    page.text(m, y, body, Face::Regular, 1.0, &line);
                }
            }
            Item(marker, text) => {
                let indent = body * 1.6;
                y += body * 0.25;
                page.text(
                    m + body * 0.2,
                    y + body * 1.32,
                    body,
                    Face::Regular,
                    1.0,
                    marker,
                );
                for line in fonts::wrap(Face::Regular, body, text, width - indent)? {
                    y += body * 1.32;
                    page.text(m + indent, y, body, Face::Regular, 1.0, &line);
                }
            }
            Code(lines) => {
                y += code * 0.4;
                for line in lines {
                    if fonts::width(Face::Mono, code, line)? > width - code {
                        return Ok(None);
                    }
                    y += code * 1.3;
                    page.text(m + code, y, code, Face::Mono, 1.0, line);
                }
                y += code * 0.3;
            }
        }
        if y > bottom {
            return Ok(None);
        }
    }
    Ok(Some(page))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::card::tests::sheets;
    use crate::render::page::Item as Drawn;
    use crate::render::Paper;

    /// Every character printed has a glyph in its face: no missing-glyph boxes.
    #[test]
    fn every_printed_character_has_a_glyph() {
        use ab_glyph::Font;
        let s = sheets(24, 5);
        let options = PrintOptions::default();
        let mut pages = vec![
            family(&s, &options).unwrap(),
            format_summary(&options).unwrap(),
        ];
        pages.extend(crate::render::card::pages(&s, &options).unwrap());
        for page in &pages {
            for item in &page.items {
                if let Drawn::Text { face, text, .. } = item {
                    let font = face.font().unwrap();
                    for c in text.chars().filter(|c| *c != ' ') {
                        assert_ne!(font.glyph_id(c).0, 0, "{c:?} in {face:?}: {text}");
                    }
                }
            }
        }
    }

    /// The guide speaks of the passphrase line the cards actually have.
    #[test]
    fn the_guide_says_which_cards_have_the_passphrase_line() {
        let s = sheets(12, 5);
        let said = |choice, from: usize| {
            let options = PrintOptions {
                passphrase_line: choice,
                ..PrintOptions::default()
            };
            let page = family(&s[from..], &options).unwrap();
            page.items
                .iter()
                .filter_map(|i| match i {
                    Drawn::Text { text, .. } => Some(text.as_str()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let first = said(PassphraseLine::FirstCard, 0);
        assert!(first.contains("The passphrase line on card 1"), "{first}");
        assert!(first.contains("Only card 1 has a line for it"), "{first}");
        // A job that starts with card 3 (a reprint) puts the line on card 3.
        let reprint = said(PassphraseLine::FirstCard, 2);
        assert!(reprint.contains("Only card 3 has a line"), "{reprint}");
        let every = said(PassphraseLine::EveryCard, 0);
        assert!(every.contains("Every card has a line"), "{every}");
        assert!(every.contains("one card at most"), "{every}");
        let none = said(PassphraseLine::None, 0);
        assert!(none.contains("The cards have no line for it"), "{none}");
        assert!(
            !none.contains("key card") && !none.contains("unless"),
            "{none}"
        );
    }

    /// Both pages fit one page of either paper at a readable size, inside the margins.
    #[test]
    fn guide_and_summary_fit_one_page() {
        let s = sheets(24, 5);
        for paper in [Paper::A4, Paper::Letter] {
            for passphrase_line in [
                PassphraseLine::None,
                PassphraseLine::FirstCard,
                PassphraseLine::EveryCard,
            ] {
                let options = PrintOptions {
                    paper,
                    per_page: 4,
                    passphrase_line,
                };
                for page in [
                    family(&s, &options).unwrap(),
                    format_summary(&options).unwrap(),
                ] {
                    let m = MARGIN_MM * PT_PER_MM;
                    let mut smallest = f32::MAX;
                    for item in &page.items {
                        if let Drawn::Text {
                            x,
                            y,
                            size,
                            face,
                            text,
                            ..
                        } = item
                        {
                            smallest = smallest.min(*size);
                            let w = fonts::width(*face, *size, text).unwrap();
                            assert!(x + w <= page.width - m + 0.01, "{text}");
                            assert!(*y <= page.height - m, "{text}");
                        }
                    }
                    assert!(smallest >= 7.5, "{paper:?}: type shrunk to {smallest} pt");
                }
            }
        }
    }
}
