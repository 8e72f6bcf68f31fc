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

/// The card's QR code as an SVG document with a 4-module quiet zone, at the printing plan's
/// version and level. Vector modules, so it scales to any size.
pub fn svg(text: &str) -> Option<String> {
    let plan = plan(text)?;
    let code = QrCode::with_version(
        text.as_bytes(),
        Version::Normal(i16::from(plan.version)),
        plan.ecc.level(),
    )
    .ok()?;
    Some(
        code.render::<qrcode::render::svg::Color<'_>>()
            .quiet_zone(true)
            .min_dimensions(200, 200)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build(),
    )
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
