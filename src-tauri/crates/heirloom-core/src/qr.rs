//! QR code sizing for card texts: which version and error-correction level a card needs.
//! The printing policy is error correction Q, or H when H still fits version 7.

use qrcode::{EcLevel, QrCode, Version};

/// A QR error-correction level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ecc {
    /// About 7 % of the code may be damaged.
    L,
    /// About 15 %.
    M,
    /// About 25 %.
    Q,
    /// About 30 %.
    H,
}

impl Ecc {
    fn level(self) -> EcLevel {
        match self {
            Ecc::L => EcLevel::L,
            Ecc::M => EcLevel::M,
            Ecc::Q => EcLevel::Q,
            Ecc::H => EcLevel::H,
        }
    }

    /// The letter QR uses for the level.
    pub fn letter(self) -> char {
        match self {
            Ecc::L => 'L',
            Ecc::M => 'M',
            Ecc::Q => 'Q',
            Ecc::H => 'H',
        }
    }
}

/// Largest version the printing policy upgrades to H within.
pub const MAX_VERSION_FOR_H: u8 = 7;

/// The smallest QR version holding `text` at `ecc` (the encoder picks alphanumeric mode
/// for card texts), or `None` if it does not fit any version.
pub fn version_for(text: &str, ecc: Ecc) -> Option<u8> {
    match QrCode::with_error_correction_level(text.as_bytes(), ecc.level())
        .ok()?
        .version()
    {
        Version::Normal(v) => u8::try_from(v).ok(),
        Version::Micro(_) => None,
    }
}

/// The version and level a card is printed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QrPlan {
    /// QR version, 1 … 40.
    pub version: u8,
    /// Error-correction level.
    pub ecc: Ecc,
}

/// Q, or H when H still fits version 7.
pub fn plan(text: &str) -> Option<QrPlan> {
    if let Some(v) = version_for(text, Ecc::H).filter(|&v| v <= MAX_VERSION_FOR_H) {
        return Some(QrPlan {
            version: v,
            ecc: Ecc::H,
        });
    }
    version_for(text, Ecc::Q).map(|version| QrPlan {
        version,
        ecc: Ecc::Q,
    })
}

/// A QR code's modules, row by row, without the quiet zone: `true` is dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Modules {
    /// Modules per side.
    pub width: usize,
    /// `width * width` modules, row-major.
    pub dark: Vec<bool>,
}

impl Modules {
    /// Whether the module at column `x`, row `y` is dark.
    pub fn get(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.width + x]
    }
}

/// The card's QR code at the printing plan's version and level: every renderer draws this
/// one code, so screen, picture and paper never disagree.
fn planned_code(text: &str) -> Option<QrCode> {
    let plan = plan(text)?;
    QrCode::with_version(
        text.as_bytes(),
        Version::Normal(i16::from(plan.version)),
        plan.ecc.level(),
    )
    .ok()
}

/// The card's QR code at the printing plan's version and level, as modules, for renderers.
pub fn modules(text: &str) -> Option<Modules> {
    let code = planned_code(text)?;
    Some(Modules {
        width: code.width(),
        dark: code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect(),
    })
}

/// The card's QR code as an SVG document with a 4-module quiet zone, at the printing plan's
/// version and level. Vector modules, so it scales to any size.
pub fn svg(text: &str) -> Option<String> {
    let code = planned_code(text)?;
    Some(
        code.render::<qrcode::render::svg::Color<'_>>()
            .quiet_zone(true)
            .min_dimensions(200, 200)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build(),
    )
}

/// The phrase as a Standard SeedQR (SeedSigner's format, which several hardware wallets
/// scan): each word's number in the English list as four digits, in QR numeric mode at
/// level L, as an SVG document. English only: a phrase in another language makes a
/// different wallet from the same numbers, so it gives `None`.
pub fn seed_qr_svg(phrase: &crate::Phrase) -> Option<zeroize::Zeroizing<String>> {
    if phrase.language() != bip39::Language::English {
        return None;
    }
    let words = phrase.words();
    let mut digits = zeroize::Zeroizing::new(String::with_capacity(96));
    for w in words.split(' ') {
        let n = bip39::Language::English.find_word(w)?;
        digits.push_str(&format!("{n:04}"));
    }
    let code = QrCode::with_error_correction_level(digits.as_bytes(), EcLevel::L).ok()?;
    Some(zeroize::Zeroizing::new(
        code.render::<qrcode::render::svg::Color<'_>>()
            .quiet_zone(true)
            .min_dimensions(240, 240)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    /// The table of spec section 4.5, checked against the QR encoder. All-0xFF bytes give
    /// a text of letters but for a few check characters, the worst case: runs of digits let the encoder switch to the
    /// denser numeric mode, so real cards are never larger than this.
    #[test]
    fn card_sizes_fit_the_promised_versions() {
        let table = [
            (45, 87, [4, 4, 5, 7]),
            (49, 95, [4, 5, 6, 8]),
            (53, 102, [4, 5, 6, 8]),
            (57, 111, [4, 5, 7, 8]),
            (61, 118, [5, 5, 7, 8]),
        ];
        for (bytes, chars, versions) in table {
            let t = text::encode(&vec![0xFF; bytes]);
            assert_eq!(t.len(), chars);
            for (ecc, v) in [Ecc::L, Ecc::M, Ecc::Q, Ecc::H].into_iter().zip(versions) {
                assert_eq!(version_for(&t, ecc), Some(v), "{bytes} bytes at {ecc:?}");
            }
            // Real cards: never larger than the worst case.
            let digits = text::encode(&vec![0x00; bytes]);
            assert!(version_for(&digits, Ecc::Q) <= Some(versions[2]));
        }
    }

    /// SeedSigner's published example: "vacuum bridge buddy supreme exclude milk consider
    /// tail expand wasp pattern nuclear" is 1924 0222 0235 1743 0631 1124 0378 1770 0641
    /// 1980 1290 1210, a version 2 code.
    #[test]
    fn seed_qr_digits() {
        let p = crate::Phrase::parse(
            "vacuum bridge buddy supreme exclude milk consider tail expand wasp pattern nuclear",
        )
        .unwrap();
        let svg = seed_qr_svg(&p).unwrap();
        let digits = "192402220235174306311124037817700641198012901210";
        let expected = QrCode::with_error_correction_level(digits.as_bytes(), EcLevel::L).unwrap();
        assert_eq!(expected.version(), Version::Normal(2));
        let again = expected
            .render::<qrcode::render::svg::Color<'_>>()
            .quiet_zone(true)
            .min_dimensions(240, 240)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build();
        assert_eq!(*svg, again);
        let spanish = crate::Phrase::from_entropy(&p.entropy(), bip39::Language::Spanish).unwrap();
        assert!(seed_qr_svg(&spanish).is_none());
    }

    #[test]
    fn printing_plan() {
        let twelve = text::encode(&[0xFF; 45]);
        assert_eq!(
            plan(&twelve),
            Some(QrPlan {
                version: 7,
                ecc: Ecc::H
            })
        );
        let twenty_four = text::encode(&[0xFF; 61]);
        assert_eq!(
            plan(&twenty_four),
            Some(QrPlan {
                version: 7,
                ecc: Ecc::Q
            })
        );
    }
}
