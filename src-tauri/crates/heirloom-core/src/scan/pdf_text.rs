//! Card texts in a PDF's text layer: what reads the PDF Heirloom saved (vector pages, no
//! pictures), and any other PDF whose text holds a card's printed groups.
//!
//! The print job's PDF sets every character as real text with a ToUnicode map (see
//! `render::pdf`), so the groups printed under each QR code are in its text layer exactly,
//! which is cheaper and surer than drawing the page and decoding the code. A card is found
//! the way a person types it (spec section 4.4): consecutive words that are each a group
//! whose check character holds at its position, the row numbers between them skipped; a run
//! counts only when the whole text decodes (every check character, and the padding). What is
//! returned is the card's text form, exactly what its QR code holds.
//!
//! Nothing here trusts the file: a page's content is read up to [`MAX_PAGE_CONTENT`] bytes
//! after decompression, a font's ToUnicode map up to [`MAX_CMAP_BYTES`] and
//! [`MAX_CMAP_ENTRIES`] entries (ranges are kept as ranges, never expanded), and the
//! content is lexed in one pass that keeps only the current operands. The caller checks the
//! time and the page budget between pages.

use std::collections::HashMap;
use std::rc::Rc;

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::text::{self, GROUP_LEN};

/// Most bytes of one page's content read, after decompression. A page of four Heirloom
/// cards is about 100 kB; a page over this is not read for text (its pictures still are).
pub(crate) const MAX_PAGE_CONTENT: usize = 2 << 20;
/// Most bytes of one font's ToUnicode map read, after decompression (Heirloom's are 2–4 kB).
pub(crate) const MAX_CMAP_BYTES: usize = 256 << 10;
/// Most entries (single codes or ranges) kept from one ToUnicode map.
pub(crate) const MAX_CMAP_ENTRIES: usize = 8192;
/// Most fonts of one page looked at.
const MAX_PAGE_FONTS: usize = 64;
/// Most groups in one run: a version-1 card has 20; a longer run is not a card.
const MAX_RUN_GROUPS: usize = 100;

/// The text layer of one PDF, read page by page; fonts shared by pages are read once.
pub(super) struct TextLayer<'a> {
    doc: &'a Document,
    fonts: HashMap<ObjectId, Option<Rc<Font>>>,
}

impl<'a> TextLayer<'a> {
    pub(super) fn new(doc: &'a Document) -> Self {
        TextLayer {
            doc,
            fonts: HashMap::new(),
        }
    }

    /// The card texts on `page`, in the order they are drawn, each once.
    pub(super) fn page_cards(&mut self, page: ObjectId) -> Vec<String> {
        let Ok(content) = self.doc.get_page_content_with_limit(page, MAX_PAGE_CONTENT) else {
            return Vec::new();
        };
        let fonts = self.page_fonts(page);
        let mut cards = Cards::default();
        let mut words = Words::default();
        lex(&content, &mut |op, operands| {
            match op {
                b"Tf" => {
                    let font = operands.first().and_then(|o| match o {
                        Operand::Name(n) => fonts.get(n.as_slice()).cloned(),
                        _ => None,
                    });
                    words.font = font;
                }
                b"Tj" | b"'" => {
                    if op == b"'" {
                        words.boundary(&mut cards);
                    }
                    if let Some(Operand::Str(s)) = operands.first() {
                        words.show(s, &mut cards);
                    }
                }
                b"\"" => {
                    words.boundary(&mut cards);
                    if let Some(Operand::Str(s)) = operands.get(2) {
                        words.show(s, &mut cards);
                    }
                }
                b"TJ" => {
                    let Some(Operand::Array(items)) = operands.first() else {
                        return;
                    };
                    for o in items {
                        match o {
                            Operand::Str(s) => words.show(s, &mut cards),
                            // A wide move to the right is a space between words.
                            Operand::Num(n) if *n < -250.0 => words.boundary(&mut cards),
                            _ => {}
                        }
                    }
                }
                b"BT" | b"ET" | b"Td" | b"TD" | b"Tm" | b"T*" => words.boundary(&mut cards),
                _ => {}
            }
        });
        words.boundary(&mut cards);
        cards.end();
        cards.found
    }

    /// The page's fonts by resource name, each with the way its codes become characters.
    fn page_fonts(&mut self, page: ObjectId) -> HashMap<Vec<u8>, Rc<Font>> {
        let mut out = HashMap::new();
        let Ok((direct, inherited)) = self.doc.get_page_resources(page) else {
            return out;
        };
        let dicts = direct.into_iter().chain(
            inherited
                .iter()
                .filter_map(|id| self.doc.get_dictionary(*id).ok()),
        );
        let mut entries: Vec<(Vec<u8>, &Object)> = Vec::new();
        for resources in dicts {
            let Ok(fonts) = resources
                .get_deref(b"Font", self.doc)
                .and_then(Object::as_dict)
            else {
                continue;
            };
            for (name, value) in fonts.iter().take(MAX_PAGE_FONTS) {
                if !entries.iter().any(|(n, _)| n == name) {
                    entries.push((name.clone(), value));
                }
            }
        }
        for (name, value) in entries.into_iter().take(MAX_PAGE_FONTS) {
            let font = match value {
                Object::Reference(id) => {
                    let doc = self.doc;
                    self.fonts
                        .entry(*id)
                        .or_insert_with(|| {
                            doc.get_dictionary(*id)
                                .ok()
                                .and_then(|d| Font::read(doc, d))
                                .map(Rc::new)
                        })
                        .clone()
                }
                Object::Dictionary(d) => Font::read(self.doc, d).map(Rc::new),
                _ => None,
            };
            if let Some(font) = font {
                out.insert(name, font);
            }
        }
        out
    }
}

/// How a font's codes become characters: its ToUnicode map, or for a simple font without
/// one, the byte as ASCII (the letters and digits of a card are the same in every standard
/// encoding). A composite font without a map cannot be read: its codes are glyph numbers.
struct Font {
    /// Codes are two bytes (a composite font), else one.
    wide: bool,
    map: Option<CMap>,
}

impl Font {
    fn read(doc: &Document, dict: &Dictionary) -> Option<Font> {
        let wide = dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|s| s == b"Type0");
        let map = dict
            .get_deref(b"ToUnicode", doc)
            .and_then(Object::as_stream)
            .ok()
            .and_then(|s| s.get_plain_content_with_limit(MAX_CMAP_BYTES).ok())
            .map(|bytes| CMap::parse(&bytes));
        if wide && map.is_none() {
            return None;
        }
        Some(Font { wide, map })
    }

    fn decode(&self, bytes: &[u8], out: &mut String) {
        let step = if self.wide { 2 } else { 1 };
        for code in bytes.chunks(step) {
            let code = code.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b));
            match &self.map {
                Some(map) => map.push(code, out),
                None => {
                    if let Some(c) = char::from_u32(code).filter(char::is_ascii) {
                        out.push(c);
                    } else {
                        out.push('\u{FFFD}');
                    }
                }
            }
        }
    }
}

/// A ToUnicode map: single codes and ranges, sorted by their first code.
#[derive(Default)]
struct CMap {
    entries: Vec<(u32, u32, Target)>,
}

enum Target {
    /// Each code of the range maps to this text, its last UTF-16 unit counted up.
    Text(Vec<u16>),
    /// The codes of the range map to these texts in turn.
    List(Vec<Vec<u16>>),
}

impl CMap {
    /// Reads the `bfchar` and `bfrange` sections; anything else is skipped.
    fn parse(bytes: &[u8]) -> CMap {
        #[derive(PartialEq)]
        enum Section {
            None,
            Char,
            Range,
        }
        let mut map = CMap::default();
        let mut section = Section::None;
        let mut pending: Vec<Operand> = Vec::new();
        lex_tokens(bytes, &mut |token| {
            if map.entries.len() >= MAX_CMAP_ENTRIES {
                return;
            }
            match token {
                Token::Op(b"beginbfchar") => section = Section::Char,
                Token::Op(b"beginbfrange") => section = Section::Range,
                Token::Op(_) => {
                    section = Section::None;
                    pending.clear();
                }
                Token::Operand(o) if section != Section::None => {
                    pending.push(o);
                    let want = if section == Section::Char { 2 } else { 3 };
                    if pending.len() == want {
                        map.entry(&pending);
                        pending.clear();
                    }
                }
                Token::Operand(_) => {}
            }
        });
        map.entries.sort_by_key(|e| e.0);
        map
    }

    fn entry(&mut self, ops: &[Operand]) {
        let code = |o: &Operand| match o {
            Operand::Str(s) if (1..=4).contains(&s.len()) => {
                Some(s.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b)))
            }
            _ => None,
        };
        let units = |o: &Operand| match o {
            Operand::Str(s) if !s.is_empty() && s.len() <= 32 => Some(
                s.chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                    .collect::<Vec<u16>>(),
            ),
            _ => None,
        };
        match ops {
            [src, dst] => {
                if let (Some(c), Some(u)) = (code(src), units(dst)) {
                    self.entries.push((c, c, Target::Text(u)));
                }
            }
            [lo, hi, dst] => {
                let (Some(lo), Some(hi)) = (code(lo), code(hi)) else {
                    return;
                };
                if hi < lo {
                    return;
                }
                let target = match dst {
                    Operand::Array(items) => {
                        Target::List(items.iter().filter_map(units).take(4096).collect())
                    }
                    other => match units(other) {
                        Some(u) => Target::Text(u),
                        None => return,
                    },
                };
                self.entries.push((lo, hi, target));
            }
            _ => {}
        }
    }

    fn push(&self, code: u32, out: &mut String) {
        let at = self.entries.partition_point(|e| e.0 <= code);
        let Some((lo, hi, target)) = at.checked_sub(1).map(|i| &self.entries[i]) else {
            out.push('\u{FFFD}');
            return;
        };
        if code > *hi {
            out.push('\u{FFFD}');
            return;
        }
        let offset = code - lo;
        let units: Option<Vec<u16>> = match target {
            Target::Text(u) => {
                let mut u = u.clone();
                if let Some(last) = u.last_mut() {
                    *last = last.wrapping_add(offset as u16);
                }
                Some(u)
            }
            Target::List(list) => list.get(offset as usize).cloned(),
        };
        match units {
            Some(u) => out.extend(char::decode_utf16(u).map(|c| c.unwrap_or('\u{FFFD}'))),
            None => out.push('\u{FFFD}'),
        }
    }
}

/// The shown text cut into words: at separators, and where the text moves (a new text
/// object or line). Each word goes to `Cards` as it ends.
#[derive(Default)]
struct Words {
    font: Option<Rc<Font>>,
    shown: String,
}

impl Words {
    fn show(&mut self, bytes: &[u8], cards: &mut Cards) {
        let Some(font) = self.font.clone() else {
            return;
        };
        let mut decoded = String::new();
        font.decode(bytes, &mut decoded);
        for c in decoded.chars() {
            if text::is_separator(c) {
                self.boundary(cards);
            } else if self.shown.len() < 64 {
                self.shown.push(c);
            }
        }
    }

    fn boundary(&mut self, cards: &mut Cards) {
        if !self.shown.is_empty() {
            cards.word(&self.shown);
            self.shown.clear();
        }
    }
}

/// Card texts assembled from words: a run of groups, each valid at its position.
#[derive(Default)]
struct Cards {
    groups: Vec<String>,
    /// A row number seen after a full row; kept in case it was a short last group instead.
    label: Option<String>,
    found: Vec<String>,
}

impl Cards {
    fn word(&mut self, word: &str) {
        let next = self.groups.len() + 1;
        let norm = text::normalize(word);
        if let Some(label) = self.label.take() {
            if is_group(next, &norm) {
                self.push(norm);
                return;
            }
            // Not followed by a group: the number was the run's last, short group, if it
            // is one at all.
            if is_group(next, &label) {
                self.groups.push(label);
            }
            self.end();
            self.start(norm);
            return;
        }
        if norm.bytes().all(|b| b.is_ascii_digit())
            && norm.parse::<usize>().ok() == Some(next)
            && (next - 1).is_multiple_of(5)
        {
            // The number printed before each row of five groups.
            self.label = Some(norm);
            return;
        }
        if !self.groups.is_empty() && is_group(next, &norm) && self.groups.len() < MAX_RUN_GROUPS {
            self.push(norm);
            return;
        }
        self.end();
        self.start(norm);
    }

    fn start(&mut self, norm: String) {
        if is_group(1, &norm) {
            self.push(norm);
        }
    }

    fn push(&mut self, norm: String) {
        let short = norm.len() < GROUP_LEN;
        self.groups.push(norm);
        if short {
            self.end(); // only the last group may be short
        }
    }

    /// Ends the run: kept when the whole text decodes.
    fn end(&mut self) {
        if let Some(label) = self.label.take() {
            if is_group(self.groups.len() + 1, &label) {
                self.groups.push(label);
            }
        }
        let run = self.groups.concat();
        self.groups.clear();
        if !run.is_empty() && text::decode(&run).is_ok() && !self.found.contains(&run) {
            self.found.push(run);
        }
    }
}

fn is_group(position: usize, norm: &str) -> bool {
    (2..=GROUP_LEN).contains(&norm.len()) && text::group_is_valid(position, norm)
}

/// An operand of a content-stream operator, as far as reading text needs.
#[derive(Debug, Clone, PartialEq)]
enum Operand {
    Num(f32),
    Name(Vec<u8>),
    Str(Vec<u8>),
    Array(Vec<Operand>),
    Other,
}

enum Token<'t> {
    Operand(Operand),
    Op(&'t [u8]),
}

/// Calls `on_op` with each operator of a content stream and its operands.
fn lex(bytes: &[u8], on_op: &mut dyn FnMut(&[u8], &[Operand])) {
    let mut operands: Vec<Operand> = Vec::new();
    lex_tokens(bytes, &mut |token| match token {
        Token::Operand(o) => {
            if operands.len() < 64 {
                operands.push(o);
            }
        }
        Token::Op(op) => {
            on_op(op, &operands);
            operands.clear();
        }
    });
}

fn is_white(b: u8) -> bool {
    matches!(b, b'\0' | b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

/// One pass over PostScript-like syntax: numbers, names, strings, arrays (one level kept,
/// deeper ones flattened into it), dictionaries skipped, inline images skipped. Work and
/// memory are linear in the input.
fn lex_tokens(bytes: &[u8], emit: &mut dyn FnMut(Token<'_>)) {
    let mut i = 0;
    let n = bytes.len();
    // Items of the open array, if one is open, and how deep.
    let mut array: Option<Vec<Operand>> = None;
    let mut depth = 0usize;
    while i < n {
        let b = bytes[i];
        if is_white(b) {
            i += 1;
            continue;
        }
        match b {
            b'%' => {
                while i < n && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'(' => {
                let (s, end) = literal(bytes, i + 1);
                i = end;
                give(Operand::Str(s), &mut array, emit);
            }
            b'<' if bytes.get(i + 1) == Some(&b'<') => i += 2, // a dictionary: its entries pass as operands
            b'>' if bytes.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                let mut s = Vec::new();
                let mut half: Option<u8> = None;
                i += 1;
                while i < n && bytes[i] != b'>' {
                    if let Some(v) = (bytes[i] as char).to_digit(16) {
                        match half.take() {
                            Some(h) => s.push(h << 4 | v as u8),
                            None => half = Some(v as u8),
                        }
                    }
                    i += 1;
                }
                if let Some(h) = half {
                    s.push(h << 4);
                }
                i += 1;
                give(Operand::Str(s), &mut array, emit);
            }
            b'[' => {
                depth += 1;
                if array.is_none() {
                    array = Some(Vec::new());
                }
                i += 1;
            }
            b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if let Some(items) = array.take() {
                        emit(Token::Operand(Operand::Array(items)));
                    }
                }
                i += 1;
            }
            b'/' => {
                let start = i + 1;
                i = start;
                while i < n && !is_white(bytes[i]) && !is_delimiter(bytes[i]) {
                    i += 1;
                }
                give(Operand::Name(bytes[start..i].to_vec()), &mut array, emit);
            }
            b')' | b'>' | b'{' | b'}' => i += 1,
            _ => {
                let start = i;
                while i < n && !is_white(bytes[i]) && !is_delimiter(bytes[i]) {
                    i += 1;
                }
                let word = &bytes[start..i];
                let number = std::str::from_utf8(word)
                    .ok()
                    .filter(|w| w.bytes().all(|c| c.is_ascii_digit() || b"+-.".contains(&c)))
                    .and_then(|w| w.parse::<f32>().ok());
                if let Some(v) = number {
                    give(Operand::Num(v), &mut array, emit);
                } else if array.is_some() {
                    give(Operand::Other, &mut array, emit); // true, false, null
                } else if word == b"ID" {
                    // An inline image's data, up to "EI" between white space.
                    i += 1;
                    while i < n
                        && !(bytes[i] == b'E'
                            && bytes.get(i + 1) == Some(&b'I')
                            && is_white(bytes[i - 1])
                            && bytes.get(i + 2).is_none_or(|&c| is_white(c)))
                    {
                        i += 1;
                    }
                    i += 2;
                    emit(Token::Op(b"EI"));
                } else {
                    emit(Token::Op(word));
                }
            }
        }
    }
}

/// An operand to the open array, or else to the caller.
fn give(o: Operand, array: &mut Option<Vec<Operand>>, emit: &mut dyn FnMut(Token<'_>)) {
    match array {
        Some(items) => {
            if items.len() < 4096 {
                items.push(o);
            }
        }
        None => emit(Token::Operand(o)),
    }
}

/// A literal string from just after its "(": its bytes, and where it ends.
fn literal(bytes: &[u8], mut i: usize) -> (Vec<u8>, usize) {
    let mut s = Vec::new();
    let mut nest = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        match b {
            b'\\' => {
                let Some(&e) = bytes.get(i) else { break };
                i += 1;
                match e {
                    b'n' => s.push(b'\n'),
                    b'r' => s.push(b'\r'),
                    b't' => s.push(b'\t'),
                    b'b' => s.push(0x08),
                    b'f' => s.push(0x0C),
                    b'0'..=b'7' => {
                        let mut v = u32::from(e - b'0');
                        for _ in 0..2 {
                            match bytes.get(i) {
                                Some(&d @ b'0'..=b'7') => {
                                    v = v * 8 + u32::from(d - b'0');
                                    i += 1;
                                }
                                _ => break,
                            }
                        }
                        s.push(v as u8);
                    }
                    b'\r' => {
                        if bytes.get(i) == Some(&b'\n') {
                            i += 1;
                        }
                    }
                    b'\n' => {}
                    other => s.push(other),
                }
            }
            b'(' => {
                nest += 1;
                s.push(b);
            }
            b')' => {
                if nest == 0 {
                    break;
                }
                nest -= 1;
                s.push(b);
            }
            _ => s.push(b),
        }
    }
    (s, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(ws: &[&str]) -> Vec<String> {
        let mut cards = Cards::default();
        for w in ws {
            cards.word(w);
        }
        cards.end();
        cards.found
    }

    fn a_card_text(seed: u8) -> String {
        let bytes: Vec<u8> = (0..70u8).map(|i| i.wrapping_mul(37) ^ seed).collect();
        text::encode(&bytes)
    }

    /// The rows as the card prints them: "1", five groups, "6", five groups, …
    fn printed(card: &str) -> Vec<String> {
        let grouped = text::grouped(card);
        let groups: Vec<&str> = grouped.split(' ').collect();
        let mut out = Vec::new();
        for (r, row) in groups.chunks(5).enumerate() {
            out.push((r * 5 + 1).to_string());
            out.extend(row.iter().map(|g| g.to_string()));
        }
        out
    }

    #[test]
    fn printed_rows_give_back_the_card_text() {
        let (a, b) = (a_card_text(1), a_card_text(2));
        let mut ws: Vec<String> = vec!["Card".into(), "1".into(), "of".into(), "3".into()];
        ws.extend(printed(&a));
        ws.push("Passphrase".into());
        ws.extend(printed(&b));
        let refs: Vec<&str> = ws.iter().map(String::as_str).collect();
        assert_eq!(words(&refs), vec![a.clone(), b.clone()]);
        // Two cards with nothing between them: the second starts again at group 1.
        let mut both = printed(&a);
        both.extend(printed(&b));
        let refs: Vec<&str> = both.iter().map(String::as_str).collect();
        assert_eq!(words(&refs), vec![a, b]);
    }

    #[test]
    fn a_mistyped_group_or_a_cut_run_is_no_card() {
        let a = a_card_text(3);
        let mut ws = printed(&a);
        // Group 3's check character changed: that group, and so the card, is not read.
        let check = ws[3].pop().unwrap();
        ws[3].push(if check == 'A' { 'B' } else { 'A' });
        let refs: Vec<&str> = ws.iter().map(String::as_str).collect();
        assert!(words(&refs).is_empty());
        let whole = printed(&a);
        let refs: Vec<&str> = whole[..8].iter().map(String::as_str).collect();
        assert!(words(&refs).is_empty());
    }

    #[test]
    fn no_row_number_is_a_valid_group_at_its_own_place() {
        // So a number after a full row is a label; a card would need 41 groups to meet one.
        for p in (11..=36).step_by(5) {
            assert!(!is_group(p, &p.to_string()), "{p}");
        }
    }

    #[test]
    fn lexer_reads_strings_arrays_and_skips_inline_images() {
        let content = b"BT /F0 10 Tf 1 0 0 1 5 5 Tm (a\\(b\\)c \\101) Tj [(x) -300 <4142>] TJ ET \
            BI /W 2 /H 2 ID \x00EI(junk) EI Q % comment (not a string)\n[1 [2 3] 4] d";
        let mut seen = Vec::new();
        lex(content, &mut |op, operands| {
            seen.push((String::from_utf8_lossy(op).into_owned(), operands.to_vec()))
        });
        let ops: Vec<&str> = seen.iter().map(|(o, _)| o.as_str()).collect();
        assert_eq!(
            ops,
            ["BT", "Tf", "Tm", "Tj", "TJ", "ET", "BI", "EI", "Q", "d"]
        );
        assert_eq!(seen[3].1, vec![Operand::Str(b"a(b)c A".to_vec())]);
        assert_eq!(
            seen[4].1,
            vec![Operand::Array(vec![
                Operand::Str(b"x".to_vec()),
                Operand::Num(-300.0),
                Operand::Str(b"AB".to_vec())
            ])]
        );
        assert_eq!(
            seen[9].1.len(),
            1,
            "a nested array is flattened into one operand"
        );
    }

    #[test]
    fn cmap_ranges_stay_ranges() {
        let cmap = CMap::parse(
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange \
              2 beginbfchar <0003> <0041> <0004> <00660069> endbfchar \
              2 beginbfrange <0010> <0019> <0030> <00000000> <FFFFFFFF> <0041> endbfrange \
              1 beginbfrange <0020> <0021> [<0058> <0059>] endbfrange",
        );
        assert_eq!(cmap.entries.len(), 5);
        let mut s = String::new();
        for code in [3, 4, 0x12, 0x21] {
            cmap.push(code, &mut s);
        }
        assert_eq!(s, "Afi2Y");
    }

    proptest::proptest! {
        /// Any bytes, as a content stream or as a ToUnicode map, are read to the end without
        /// a panic, and every run of words kept decodes.
        #[test]
        fn any_bytes_are_lexed_without_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..2000)) {
            let mut ops = 0usize;
            lex(&bytes, &mut |_, operands| {
                ops += 1;
                assert!(operands.len() <= 64);
            });
            assert!(ops <= bytes.len() + 1);
            let cmap = CMap::parse(&bytes);
            let mut s = String::new();
            for code in [0, 1, 0x41, 0xFFFF] {
                cmap.push(code, &mut s);
            }
            let mut cards = Cards::default();
            for w in String::from_utf8_lossy(&bytes).split(' ') {
                cards.word(w);
            }
            cards.end();
            assert!(cards.found.iter().all(|t| text::decode(t).is_ok()));
        }
    }

    #[test]
    fn a_huge_cmap_keeps_a_bounded_number_of_entries() {
        let mut body = b"100000 beginbfchar ".to_vec();
        for i in 0..100_000u32 {
            body.extend_from_slice(format!("<{:04X}> <0041> ", i & 0xFFFF).as_bytes());
        }
        let cmap = CMap::parse(&body);
        assert_eq!(cmap.entries.len(), MAX_CMAP_ENTRIES);
    }
}
