//! The two pages that travel with the cards: a recovery guide for the family, in plain
//! words, and a summary of the card format from which a programmer could decode the cards
//! without Heirloom (the full text is docs/card-format.md).
//!
//! Both are set by a small flow layout that shrinks the type until the page is full but not
//! overfull, so that translations or longer labels never spill onto a second page.

use super::fonts::{self, Face};
use super::guide_words::{fill, GuideWords};
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

/// The family recovery guide for the set of `sheets`, in the language of `options`.
pub(crate) fn family(sheets: &[CardSheet], options: &PrintOptions) -> Result<Page> {
    let w = options.language.words();
    let first = &sheets[0];
    let h = first.card.header();
    let (t, n) = (h.threshold.to_string(), h.count.to_string());
    let fingerprint = first
        .fingerprint
        .map(|f| f.to_string())
        .unwrap_or_else(|| w.fingerprint_not_printed.into());
    let step_4 = match first.fingerprint {
        Some(_) => w.step_4,
        None => w.step_4_no_fingerprint,
    };
    let id = h.set_id.to_string();
    let mut about = vec![fill(w.about_set, &[("id", &id)])];
    if !first.label.trim().is_empty() {
        about.insert(0, fill(w.about_label, &[("label", first.label.trim())]));
    }
    if !first.date.trim().is_empty() {
        about.push(fill(w.about_made, &[("date", first.date.trim())]));
    }
    about.push(fill(w.about_fingerprint, &[("fingerprint", &fingerprint)]));
    let words = first.card.word_count().to_string();
    let short = h.set_id.short().to_string();
    let key_card = key_card(sheets, options).map(|i| i.to_string());
    let i = key_card.as_deref().unwrap_or_default();
    let values = [
        ("t", t.as_str()),
        ("n", n.as_str()),
        ("i", i),
        ("words", words.as_str()),
        ("short", short.as_str()),
        ("fingerprint", fingerprint.as_str()),
    ];
    let say = |template: &str| fill(template, &values);
    let need_passphrase = match (options.passphrase_line, &key_card) {
        (_, Some(_)) => w.need_passphrase_one_line,
        (PassphraseLine::EveryCard, _) => w.need_passphrase_every_line,
        _ => w.need_passphrase,
    };

    let blocks = vec![
        Title(w.title.into()),
        Subtitle(fill(w.subtitle, &[("about", &about.join(" · "))])),
        Heading(w.what_heading.into()),
        p(say(w.what)),
        Heading(w.need_heading.into()),
        bullet(say(w.need_cards)),
        bullet(say(need_passphrase)),
        bullet(w.need_computer),
        Heading(w.steps_heading.into()),
        step(1, w.step_1),
        step(2, w.step_2),
        step(3, say(w.step_3)),
        step(4, say(step_4)),
        Heading(w.damaged_heading.into()),
        p(say(w.damaged)),
        Heading(w.typing_heading.into()),
        p(w.typing),
        Heading(say(passphrase_heading(w, sheets, options))),
        p(passphrase_advice(w, sheets, options)),
        Heading(w.care_heading.into()),
        p(w.care),
    ];
    flow(&blocks, options)
}

/// The card that has the passphrase line when only the first card of the job has one.
fn key_card(sheets: &[CardSheet], options: &PrintOptions) -> Option<u8> {
    (options.passphrase_line == PassphraseLine::FirstCard).then(|| sheets[0].card.header().index)
}

fn passphrase_heading(
    w: &'static GuideWords,
    sheets: &[CardSheet],
    options: &PrintOptions,
) -> &'static str {
    match (options.passphrase_line, key_card(sheets, options)) {
        (_, Some(_)) => w.passphrase_heading_one_line,
        (PassphraseLine::EveryCard, _) => w.passphrase_heading_every_line,
        _ => w.passphrase_heading,
    }
}

/// What the guide says about writing the passphrase down, for the cards that have a line
/// for it in this print job.
fn passphrase_advice(w: &GuideWords, sheets: &[CardSheet], options: &PrintOptions) -> String {
    let t = sheets[0].card.header().threshold;
    let k = (t - 1).to_string();
    let others = match t {
        2 => w.others_one.to_string(),
        _ => fill(w.others_many, &[("k", &k)]),
    };
    let t = t.to_string();
    let apart = fill(w.passphrase_apart, &[("t", &t)]);
    let key = |card: &str| fill(w.passphrase_key, &[("card", card), ("others", &others)]);
    match (options.passphrase_line, key_card(sheets, options)) {
        (_, Some(i)) => {
            let i = i.to_string();
            let card = fill(w.key_card_numbered, &[("i", &i)]);
            let key = key(&card);
            let values = [("apart", apart.as_str()), ("i", &i), ("key", &key)];
            fill(w.passphrase_one_line, &values)
        }
        (PassphraseLine::EveryCard, _) => {
            let key = key(w.key_card_any);
            fill(w.passphrase_every_line, &[("apart", &apart), ("key", &key)])
        }
        _ => fill(w.passphrase_no_line, &[("apart", &apart)]),
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
    use crate::render::{GuideLanguage, Paper};

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

    /// The text lines of a page, joined by spaces.
    fn text_of(page: &Page) -> String {
        page.items
            .iter()
            .filter_map(|i| match i {
                Drawn::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The guide in every language is printable: each character has a glyph in a bundled
    /// font (what a holder's name is checked against), so no translation prints a box.
    #[test]
    fn every_language_of_the_guide_has_its_glyphs() {
        let s = sheets(24, 5);
        for language in GuideLanguage::ALL {
            for passphrase_line in [PassphraseLine::FirstCard, PassphraseLine::EveryCard] {
                let options = PrintOptions {
                    language,
                    passphrase_line,
                    ..PrintOptions::default()
                };
                let text = text_of(&family(&s, &options).unwrap());
                let missing = crate::render::fallback::unprintable(&text);
                assert_eq!(missing, None, "{}: {text}", language.code());
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
            text_of(&family(&s[from..], &options).unwrap())
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

    /// Cards printed without the fingerprint: the guide does not ask to check one, in any
    /// language (no "check that the fingerprint is (not printed)").
    #[test]
    fn without_a_fingerprint_step_4_asks_no_check() {
        let mut s = sheets(12, 3);
        let words = |s: &[CardSheet], language| {
            let options = PrintOptions {
                language,
                ..PrintOptions::default()
            };
            text_of(&family(s, &options).unwrap())
        };
        let printed = s[0].fingerprint.unwrap().to_string();
        assert!(words(&s, GuideLanguage::English).contains("Check that the"));
        for sheet in &mut s {
            sheet.fingerprint = None;
        }
        let english = words(&s, GuideLanguage::English);
        assert!(!english.contains("Check that the"), "{english}");
        assert!(
            english.contains("wallet fingerprint (not printed)"),
            "{english}"
        );
        for language in GuideLanguage::ALL {
            let text = words(&s, language);
            assert!(!text.contains(&printed), "{}: {text}", language.code());
            // The words "(not printed)" appear once, in the subtitle, not in step 4.
            let not_printed = language.words().fingerprint_not_printed;
            assert_eq!(
                text.matches(not_printed).count(),
                1,
                "{}: {text}",
                language.code()
            );
        }
    }

    /// Both pages fit one page of either paper at a readable size, inside the margins, in
    /// every language the guide is printed in.
    #[test]
    fn guide_and_summary_fit_one_page() {
        let s = sheets(24, 5);
        let layouts = [Paper::A4, Paper::Letter].into_iter().flat_map(|paper| {
            [
                PassphraseLine::None,
                PassphraseLine::FirstCard,
                PassphraseLine::EveryCard,
            ]
            .map(|line| (paper, line))
        });
        for (paper, passphrase_line) in layouts {
            for language in GuideLanguage::ALL {
                let options = PrintOptions {
                    paper,
                    per_page: 4,
                    passphrase_line,
                    language,
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
                    assert!(
                        smallest >= 7.5,
                        "{paper:?}, {}: type shrunk to {smallest} pt",
                        language.code()
                    );
                }
            }
        }
    }
}
