//! PDFs as flatbed scanners write them: one JPEG picture filling each page.

use std::fmt::Write as _;

use image::GrayImage;

/// A PDF written object by object, numbered from 1 in the order they are added: object 1 is
/// the catalog and object 2 the page tree, both written by [`Writer::start`].
#[derive(Debug)]
pub struct Writer {
    out: Vec<u8>,
    offsets: Vec<usize>,
}

impl Writer {
    /// A PDF 1.4 file (with the binary marker scanners write) whose page tree lists the page
    /// objects `page_ids`.
    pub fn start(page_ids: impl ExactSizeIterator<Item = usize>) -> Writer {
        let mut w = Writer {
            out: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec(),
            offsets: Vec::new(),
        };
        w.obj(b"<< /Type /Catalog /Pages 2 0 R >>");
        let n = page_ids.len();
        let kids = page_ids.fold(String::new(), |mut s, id| {
            let _ = write!(s, "{id} 0 R ");
            s
        });
        w.obj(format!("<< /Type /Pages /Kids [{kids}] /Count {n} >>").as_bytes());
        w
    }

    /// Adds the next object, holding `body`.
    pub fn obj(&mut self, body: &[u8]) {
        self.offsets.push(self.out.len());
        let id = self.offsets.len();
        self.out
            .extend_from_slice(format!("{id} 0 obj\n").as_bytes());
        self.out.extend_from_slice(body);
        self.out.extend_from_slice(b"\nendobj\n");
    }

    /// The file: the objects, their cross-reference table and the trailer.
    pub fn finish(mut self) -> Vec<u8> {
        let xref = self.out.len();
        let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", self.offsets.len() + 1);
        for o in &self.offsets {
            let _ = writeln!(table, "{o:010} 00000 n ");
        }
        let _ = write!(
            table,
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            self.offsets.len() + 1
        );
        self.out.extend_from_slice(table.as_bytes());
        self.out
    }
}

/// A PDF of one page per picture, each embedded as a JPEG (`DCTDecode`) at `dpi`.
pub fn scanned(pages: &[GrayImage], dpi: f32) -> Vec<u8> {
    // Objects: 1 catalog, 2 page tree, then per page: page, contents, image.
    let page_id = |i: usize| 3 + 3 * i;
    let mut pdf = Writer::start((0..pages.len()).map(page_id));
    for (i, img) in pages.iter().enumerate() {
        let (w, h) = img.dimensions();
        let (pw, ph) = (w as f32 * 72.0 / dpi, h as f32 * 72.0 / dpi);
        pdf.obj(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2} {ph:.2}] /Contents {} 0 R /Resources << /XObject << /Scan {} 0 R >> >> >>",
                page_id(i) + 1,
                page_id(i) + 2
            )
            .as_bytes(),
        );
        let draw = format!("q {pw:.2} 0 0 {ph:.2} 0 0 cm /Scan Do Q");
        pdf.obj(
            format!(
                "<< /Length {} >>\nstream\n{draw}\nendstream",
                draw.len() + 1
            )
            .as_bytes(),
        );
        let jpeg = jpeg(img, 90);
        let mut body = format!(
            "<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length {} >>\nstream\n",
            jpeg.len()
        )
        .into_bytes();
        body.extend_from_slice(&jpeg);
        body.extend_from_slice(b"\nendstream");
        pdf.obj(&body);
    }
    pdf.finish()
}

/// The picture as PNG bytes.
pub fn png(img: &GrayImage) -> Vec<u8> {
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .expect("PNG encoding to memory");
    out
}

/// The picture as JPEG bytes at `quality`.
pub fn jpeg(img: &GrayImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality);
    img.write_with_encoder(enc)
        .expect("JPEG encoding to memory");
    out
}
