//! The text form of a card (spec section 4): Crockford base32 in groups of five data
//! characters, each followed by a check character that names the group when it is mistyped.
//! This layer knows nothing about what the bytes mean, so it stays the same in every format
//! version and a decoder can always reach the version byte.

use crate::error::{Error, Result};

/// The 32 symbols, each standing for its index.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Data characters per group; each group then has one check character.
pub const GROUP_DATA: usize = 5;

/// Printed group length: data characters plus the check character.
pub const GROUP_LEN: usize = GROUP_DATA + 1;

/// What a reading of a card's print puts in place of a group it lost: six zeros fail the
/// check of every group (their check symbol would be the group's number), so the typo
/// search replaces them.
pub const LOST_GROUP: &str = "000000";

const MIN_TEXT_LEN: usize = 12;
const MAX_STRAY_CHARS: usize = 2;

/// The most a card file may hold, in bytes: a card's text is at most 118 characters, so even
/// typed with spaces, over several lines or in UTF-16 it is far below this. A reader stops
/// here, so a huge or endless file costs nothing.
pub const CARD_FILE_MAX_BYTES: u64 = 16 * 1024;

/// The text of a card file, as a person or a text editor saved it: UTF-8 with or without a
/// byte-order mark, or UTF-16 with one (what Windows Notepad saves as "Unicode"). `None`
/// when the bytes are not text in any of these.
pub fn from_file(bytes: &[u8]) -> Option<std::borrow::Cow<'_, str>> {
    use std::borrow::Cow;
    let utf16 = |body: &[u8], unit: fn([u8; 2]) -> u16| -> Option<Cow<'_, str>> {
        if !body.len().is_multiple_of(2) {
            return None;
        }
        let units = body.chunks_exact(2).map(|c| unit([c[0], c[1]]));
        char::decode_utf16(units)
            .collect::<std::result::Result<String, _>>()
            .ok()
            .map(Cow::Owned)
    };
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => std::str::from_utf8(rest).ok().map(Cow::Borrowed),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => std::str::from_utf8(bytes).ok().map(Cow::Borrowed),
    }
}

/// Multiplication by α in GF(32) with x⁵ + x² + 1.
fn mul_alpha(v: u8) -> u8 {
    let v = v << 1;
    if v & 0x20 != 0 {
        v ^ 0b10_0101
    } else {
        v
    }
}

/// The check symbol of group `group` (0-based) holding `data` (symbol values < 32).
fn check_symbol(group: usize, data: &[u8]) -> u8 {
    let acc = data.iter().fold(0u8, |acc, &d| mul_alpha(acc ^ d));
    acc ^ ((group + 1) % 32) as u8
}

fn symbol_value(c: u8) -> Option<u8> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u8)
}

/// Encodes bytes as the card text: what the QR code holds, without separators.
pub fn encode(bytes: &[u8]) -> String {
    let data = to_symbols(bytes);
    let mut out = String::with_capacity(data.len() + data.len().div_ceil(GROUP_DATA));
    for (g, chunk) in data.chunks(GROUP_DATA).enumerate() {
        for &d in chunk {
            out.push(ALPHABET[d as usize] as char);
        }
        out.push(ALPHABET[check_symbol(g, chunk) as usize] as char);
    }
    out
}

/// The card text split into its printed groups, separated by single spaces.
pub fn grouped(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(GROUP_LEN)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a character is one that spec section 4.4 step 1 removes from typed or copied
/// text: the 25 Unicode `White_Space` characters, hyphens and dashes, and the invisible
/// joiners that copying out of a PDF leaves. Listed by code point, as the spec lists them.
pub fn is_separator(c: char) -> bool {
    matches!(
        c,
        '\u{0009}'..='\u{000D}'
            | '\u{0020}'
            | '\u{0085}'
            | '\u{00A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}'
            | '\u{002D}'
            | '\u{00AD}'
            | '\u{2010}'..='\u{2014}'
            | '\u{2212}'
            | '\u{200B}'
            | '\u{2060}'
            | '\u{FEFF}'
    )
}

/// Puts typed text into canonical form (spec section 4.4 steps 1 and 2): separators
/// removed, ASCII `a`–`z` upper-cased (no other character: `ı`, `ß`, `ſ` stay as they are
/// and make the text not a card), then O→0, I/L→1.
pub fn normalize(input: &str) -> String {
    input
        .chars()
        .filter(|&c| !is_separator(c))
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

/// Checks one typed group (data characters and check character) at its 1-based position,
/// so an input field can flag a group the moment it is typed.
pub fn group_is_valid(group_number: usize, group: &str) -> bool {
    let norm = normalize(group);
    let values: Option<Vec<u8>> = norm.bytes().map(symbol_value).collect();
    match values {
        Some(v) if (2..=GROUP_LEN).contains(&v.len()) && group_number >= 1 => {
            let (data, check) = v.split_at(v.len() - 1);
            check_symbol(group_number - 1, data) == check[0]
        }
        _ => false,
    }
}

/// Decodes a card text, as scanned or as typed, back to bytes (spec section 4.4).
pub fn decode(input: &str) -> Result<Vec<u8>> {
    let norm = normalize(input);
    if norm.len() < MIN_TEXT_LEN || !norm.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(Error::NotACard);
    }
    let stray = norm.bytes().filter(|&c| symbol_value(c).is_none()).count();
    if stray > MAX_STRAY_CHARS {
        return Err(Error::NotACard);
    }

    let mut data = Vec::with_capacity(norm.len());
    for (g, group) in norm.as_bytes().chunks(GROUP_LEN).enumerate() {
        let typo = Error::Typo { group: g + 1 };
        if group.len() < 2 {
            return Err(typo);
        }
        let values: Vec<u8> = group
            .iter()
            .map(|&c| symbol_value(c))
            .collect::<Option<_>>()
            .ok_or(typo.clone())?;
        let (d, check) = values.split_at(values.len() - 1);
        if check_symbol(g, d) != check[0] {
            return Err(typo);
        }
        data.extend_from_slice(d);
    }
    from_symbols(&data).ok_or(Error::Damaged { index: None })
}

fn to_symbols(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity((bytes.len() * 8).div_ceil(5));
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(((acc >> bits) & 0x1f) as u8);
        }
    }
    if bits > 0 {
        out.push(((acc << (5 - bits)) & 0x1f) as u8);
    }
    out
}

/// Joins 5-bit symbols into bytes; `None` when the padding bits are not zero.
fn from_symbols(symbols: &[u8]) -> Option<Vec<u8>> {
    let (out, bits, padding) = join_symbols(symbols);
    (bits < 5 && padding == 0).then_some(out)
}

/// Joins 5-bit symbols into bytes: the bytes, and the number and value of the bits left
/// over (the padding, which the caller judges; the typo search only needs the bytes).
pub(crate) fn join_symbols(symbols: &[u8]) -> (Vec<u8>, u32, u32) {
    let mut out = Vec::with_capacity(symbols.len() * 5 / 8);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &s in symbols {
        acc = ((acc << 5) | u32::from(s)) & 0xffff;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    (out, bits, acc & ((1 << bits) - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_length() {
        for len in 0..80usize {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let text = encode(&bytes);
            if text.len() >= MIN_TEXT_LEN {
                assert_eq!(decode(&text).unwrap(), bytes, "length {len}");
            }
        }
    }

    #[test]
    fn lengths_match_the_spec_table() {
        for (bytes, chars) in [(45, 87), (49, 95), (53, 102), (57, 111), (61, 118)] {
            assert_eq!(encode(&vec![0xA5; bytes]).len(), chars);
        }
    }

    #[test]
    fn every_single_substitution_names_its_group() {
        let text = encode(&[0x5Au8; 45]);
        for pos in 0..text.len() {
            for &c in ALPHABET.iter() {
                let mut t = text.clone().into_bytes();
                if t[pos] == c {
                    continue;
                }
                t[pos] = c;
                let t = String::from_utf8(t).unwrap();
                assert_eq!(
                    decode(&t),
                    Err(Error::Typo {
                        group: pos / GROUP_LEN + 1
                    }),
                    "position {pos} -> {}",
                    c as char
                );
            }
        }
    }

    #[test]
    fn every_neighbour_swap_within_a_group_is_caught() {
        let bytes: Vec<u8> = (0..61u8).map(|i| i.wrapping_mul(73)).collect();
        let text = encode(&bytes);
        let t = text.as_bytes();
        for pos in 0..t.len() - 1 {
            if pos / GROUP_LEN != (pos + 1) / GROUP_LEN || t[pos] == t[pos + 1] {
                continue;
            }
            let mut s = t.to_vec();
            s.swap(pos, pos + 1);
            assert_eq!(
                decode(std::str::from_utf8(&s).unwrap()),
                Err(Error::Typo {
                    group: pos / GROUP_LEN + 1
                })
            );
        }
    }

    #[test]
    fn swapped_groups_are_caught() {
        let text = encode(&[0x33u8; 45]);
        let mut groups: Vec<String> = grouped(&text).split(' ').map(String::from).collect();
        groups.swap(2, 3);
        assert_eq!(decode(&groups.concat()), Err(Error::Typo { group: 3 }));
    }

    #[test]
    fn typed_text_is_forgiving() {
        let bytes = [0x00u8, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99];
        let text = encode(&bytes);
        let typed = grouped(&text)
            .to_lowercase()
            .replace('0', "o")
            .replace('1', "l");
        assert_eq!(decode(&format!("  {typed}\n")).unwrap(), bytes);
        let dashed = grouped(&text).replace(' ', "-");
        assert_eq!(decode(&dashed).unwrap(), bytes);
    }

    #[test]
    fn copied_text_keeps_only_its_characters() {
        let bytes = [0x6Bu8; 45];
        let text = encode(&bytes);
        // As copied out of a PDF or a word processor: no-break and thin spaces, CR LF,
        // soft hyphens, en dashes, zero-width spaces, a byte-order mark.
        let groups: Vec<String> = grouped(&text).split(' ').map(String::from).collect();
        let seps = [
            "\u{00A0}",
            "\r\n",
            "\u{2009}",
            "\u{00AD}",
            " \u{2013} ",
            "\u{200B}",
            "\u{202F}",
            "\u{3000}",
            "\u{FEFF}",
            "\u{2028}",
            "\u{0085}",
            "\t",
            "\u{2212}",
            "-",
        ];
        let mut copied = String::from("\u{FEFF}");
        for (i, g) in groups.iter().enumerate() {
            copied.push_str(g);
            copied.push_str(seps[i % seps.len()]);
        }
        assert_eq!(decode(&copied).unwrap(), bytes);
        // Characters some languages count as white space, and others, are not separators.
        for c in ['\u{001C}', '\u{001F}', '\u{180E}', '\u{200C}', '_', '.'] {
            let t = format!("{}{c}{}", &groups[0], groups[1..].concat());
            assert_eq!(decode(&t), Err(Error::NotACard), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn only_ascii_letters_are_upper_cased() {
        let text = encode(&[0x15u8; 45]);
        assert!(decode(&text.to_lowercase()).is_ok());
        // A Unicode upper-caser would make these ASCII (ı→I→1, ſ→S, ß→SS, ﬁ→FI, K→K).
        for (ascii, other) in [("1", "\u{0131}"), ("S", "\u{017F}"), ("K", "\u{212A}")] {
            if let Some(pos) = text.find(ascii) {
                let t = format!("{}{other}{}", &text[..pos], &text[pos + 1..]);
                assert_eq!(decode(&t), Err(Error::NotACard), "{other}");
            }
        }
        assert_eq!(normalize("ßﬁı"), "ßﬁı");
        assert_eq!(normalize("oil-OIL u"), "011011U");
    }

    #[test]
    fn other_qr_payloads_are_not_cards() {
        for s in [
            "",
            "HELLO",
            "HTTPS://EXAMPLE.COM/ABCDEF",
            "WIFI:S:HOME;T:WPA;P:SECRET;;",
            "bitcoin:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
            "UUUUUUUUUUUUUUUU",
        ] {
            assert_eq!(decode(s), Err(Error::NotACard), "{s}");
        }
    }

    #[test]
    fn card_files_in_any_text_encoding() {
        let text = encode(&[0x42u8; 45]);
        let line = format!("{text}\r\n");
        assert_eq!(from_file(line.as_bytes()).as_deref(), Some(line.as_str()));
        let bom = [&[0xEF, 0xBB, 0xBF][..], line.as_bytes()].concat();
        assert_eq!(from_file(&bom).as_deref(), Some(line.as_str()));
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(line.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(from_file(&le).as_deref(), Some(line.as_str()));
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(line.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(from_file(&be).as_deref(), Some(line.as_str()));
        assert_eq!(decode(&from_file(&le).unwrap()).unwrap(), vec![0x42u8; 45]);
        for not_text in [
            &b"\x89PNG\r\n\x1a\n\0\0"[..],
            b"caf\xe9",
            &[0xFF, 0xFE, 0x41],
        ] {
            assert_eq!(from_file(not_text), None);
        }
    }

    #[test]
    fn a_lone_trailing_character_is_an_incomplete_group() {
        let text = encode(&[7u8; 53]);
        assert_eq!(text.len(), 17 * GROUP_LEN);
        assert_eq!(decode(&format!("{text}7")), Err(Error::Typo { group: 18 }));
    }

    #[test]
    fn groups_check_alone() {
        let text = encode(&[0xC3u8; 45]);
        for (i, g) in grouped(&text).split(' ').enumerate() {
            assert!(group_is_valid(i + 1, g));
            assert!(!group_is_valid(i + 2, g));
        }
    }
}
