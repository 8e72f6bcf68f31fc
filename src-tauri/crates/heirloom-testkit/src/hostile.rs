//! Hostile and oversized files for the scanner's budgets (issue 17): decompression bombs in
//! PNG and PDF, pictures whose header claims a huge size, PDFs with many pictures, one
//! picture drawn many times, and many pages. The same generators make the small variants
//! the tests assert on and the full-size ones `scan-budget` measures.

use std::fmt::Write as _;

use image::{GrayImage, Luma};
use rand::Rng;

use crate::{paper, pdf};

/// A valid PNG of `w`×`h` grey pixels of one `value`, of which only the first `rows` rows
/// are present when given (a truncated file). A blank page compresses about 1000 to 1.
pub fn png_blank(w: u32, h: u32, value: u8, rows: Option<u32>) -> Vec<u8> {
    let rows = rows.unwrap_or(h).min(h);
    // First row: filter Sub (the value, then zero differences); the others: filter Up
    // (all zero differences).
    let mut runs = vec![(1u8, 1usize), (value, 1), (0, w as usize - 1)];
    for _ in 1..rows {
        runs.push((2, 1));
        runs.push((0, w as usize));
    }
    let idat = zlib_runs(&runs);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 0, 0, 0, 0]); // 8-bit grey, no interlace
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &idat);
    chunk(&mut out, b"IEND", &[]);
    out
}

/// A PNG's header declaring `w`×`h` pixels of `color_type` (0 grey, 2 RGB), with one row
/// of data: what a bomb looks like to a decoder that reads headers first.
pub fn png_header_only(w: u32, h: u32, color_type: u8) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, color_type, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    let row = 1 + w as usize * if color_type == 2 { 3 } else { 1 };
    chunk(&mut out, b"IDAT", &zlib_runs(&[(0, row)]));
    chunk(&mut out, b"IEND", &[]);
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&u32::try_from(data.len()).expect("chunk fits").to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The JPEG of `img`, its frame header changed to claim `w`×`h`: a small file whose
/// decoder would allocate the claimed size.
pub fn jpeg_declaring(img: &GrayImage, w: u16, h: u16) -> Vec<u8> {
    let mut jpeg = pdf::jpeg(img, 90);
    let sof = jpeg
        .windows(2)
        .position(|m| m == [0xFF, 0xC0])
        .expect("a baseline JPEG has SOF0");
    // FF C0, length (2), precision (1), height (2), width (2).
    jpeg[sof + 5..sof + 7].copy_from_slice(&h.to_be_bytes());
    jpeg[sof + 7..sof + 9].copy_from_slice(&w.to_be_bytes());
    jpeg
}

/// A zlib stream of runs of equal bytes (byte, count), compressed as a decompression bomb
/// is: each run a literal and then copies of 258 bytes at distance 1, in one block of
/// fixed Huffman codes (RFC 1951 3.2.6), about 600 to 1.
pub fn zlib_runs(runs: &[(u8, usize)]) -> Vec<u8> {
    let mut bits = Bits::default();
    bits.put(1, 1); // final block
    bits.put(1, 2); // fixed Huffman codes
    let (mut a, mut b) = (1u64, 0u64);
    for &(byte, len) in runs {
        if len == 0 {
            continue;
        }
        let (v, l) = (u64::from(byte), len as u64);
        // Adler-32 of `len` copies of `byte`, in closed form.
        b = (b + l % 65_521 * a + v * ((l * (l + 1) / 2) % 65_521)) % 65_521;
        a = (a + l % 65_521 * v) % 65_521;
        bits.literal(byte);
        let mut rest = len - 1;
        while rest >= 258 {
            bits.code(0xC5, 8); // length 258 (symbol 285)
            bits.code(0, 5); // distance 1
            rest -= 258;
        }
        for _ in 0..rest {
            bits.literal(byte);
        }
    }
    bits.code(0, 7); // end of block (symbol 256)
    let mut out = vec![0x78, 0x01];
    out.extend(bits.finish());
    out.extend_from_slice(&(((b << 16) | a) as u32).to_be_bytes());
    out
}

#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    /// `len` bits of `v`, least significant first (header fields, extra bits).
    fn put(&mut self, v: u32, len: u32) {
        self.acc |= u64::from(v) << self.n;
        self.n += len;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A Huffman code of `len` bits, most significant first.
    fn code(&mut self, code: u32, len: u32) {
        self.put(code.reverse_bits() >> (32 - len), len);
    }

    fn literal(&mut self, b: u8) {
        if b < 144 {
            self.code(0x30 + u32::from(b), 8);
        } else {
            self.code(0x190 + u32::from(b) - 144, 9);
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

/// A picture to embed in a PDF.
#[derive(Debug)]
pub enum Picture {
    /// `w`×`h` grey pixels of one value, Flate-compressed.
    Blank { w: u32, h: u32, value: u8 },
    /// A grey JPEG (`DCTDecode`).
    Jpeg { w: u32, h: u32, bytes: Vec<u8> },
}

impl Picture {
    /// The JPEG of `img` at quality 85.
    pub fn jpeg(img: &GrayImage) -> Picture {
        Picture::Jpeg {
            w: img.width(),
            h: img.height(),
            bytes: pdf::jpeg(img, 85),
        }
    }
}

/// `n` copies of the grey JPEG `bytes` of `w`×`h`, each its own picture object as a scanner
/// writes every page.
pub fn jpeg_copies(w: u32, h: u32, bytes: &[u8], n: usize) -> Vec<Picture> {
    (0..n)
        .map(|_| Picture::Jpeg {
            w,
            h,
            bytes: bytes.to_vec(),
        })
        .collect()
}

/// A PDF of one page per picture, each page drawing its own.
pub fn page_each(pictures: &[Picture]) -> Vec<u8> {
    let pages: Vec<Vec<usize>> = (0..pictures.len()).map(|i| vec![i]).collect();
    pdf_with(pictures, &pages)
}

/// A PDF with `pictures` and one page per entry of `pages`, each drawing the pictures whose
/// indices it lists, filling the page. Identical blank pictures share one compressed body
/// in the generator only; each is its own object in the file.
pub fn pdf_with(pictures: &[Picture], pages: &[Vec<usize>]) -> Vec<u8> {
    let picture_id = |i: usize| 3 + i;
    let page_id = |p: usize| 3 + pictures.len() + 2 * p;
    let mut pdf = pdf::Writer::start((0..pages.len()).map(page_id));
    #[allow(clippy::type_complexity)]
    let mut blank_cache: Option<((u32, u32, u8), Vec<u8>)> = None;
    for pic in pictures {
        let (w, h, filter, data): (u32, u32, &str, Vec<u8>) = match pic {
            Picture::Blank { w, h, value } => {
                let key = (*w, *h, *value);
                let data = match &blank_cache {
                    Some((k, d)) if *k == key => d.clone(),
                    _ => {
                        let d = zlib_runs(&[(*value, *w as usize * *h as usize)]);
                        blank_cache = Some((key, d.clone()));
                        d
                    }
                };
                (*w, *h, "FlateDecode", data)
            }
            Picture::Jpeg { w, h, bytes } => (*w, *h, "DCTDecode", bytes.clone()),
        };
        let mut body = format!(
            "<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /{filter} /Length {} >>\nstream\n",
            data.len()
        )
        .into_bytes();
        body.extend_from_slice(&data);
        body.extend_from_slice(b"\nendstream");
        pdf.obj(&body);
    }
    for (p, drawn) in pages.iter().enumerate() {
        let xobjects = drawn.iter().fold(String::new(), |mut s, &i| {
            let _ = write!(s, "/Im{i} {} 0 R ", picture_id(i));
            s
        });
        pdf.obj(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {} 0 R /Resources << /XObject << {xobjects}>> >> >>",
                page_id(p) + 1
            )
            .as_bytes(),
        );
        let draw = drawn.iter().fold(String::new(), |mut s, &i| {
            let _ = write!(s, "q 595 0 0 842 0 0 cm /Im{i} Do Q ");
            s
        });
        pdf.obj(
            format!(
                "<< /Length {} >>\nstream\n{draw}\nendstream",
                draw.len() + 1
            )
            .as_bytes(),
        );
    }
    pdf.finish()
}

/// A page `w`×`h` of white paper with light scanner noise and, if `text` is given, a card
/// holding it at `px` pixels per module, placed at (`x`, `y`).
pub fn page(w: u32, h: u32, card: Option<(&str, u32, u32, u32)>, rng: &mut impl Rng) -> GrayImage {
    let mut img = GrayImage::from_fn(w, h, |_, _| Luma([250]));
    for _ in 0..(w * h / 2000) {
        let (x, y) = (rng.gen_range(0..w), rng.gen_range(0..h));
        img.put_pixel(x, y, Luma([rng.gen_range(120..240)]));
    }
    if let Some((text, px, x, y)) = card {
        let c = paper::card(text, px, rng);
        image::imageops::overlay(&mut img, &c, i64::from(x), i64::from(y));
    }
    img
}
