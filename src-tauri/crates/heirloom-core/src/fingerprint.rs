//! The BIP-32 master key fingerprint (spec section 9): the 8-hex-digit wallet id that
//! Sparrow, Electrum and hardware wallets show, so a family can confirm the right wallet.

use std::fmt;

use hmac::{Hmac, Mac};
use k256::elliptic_curve::sec1::ToEncodedPoint;
use ripemd::Ripemd160;
use sha2::{Digest, Sha256, Sha512};
use zeroize::Zeroizing;

/// A wallet's master key fingerprint. Public: it names the wallet, it opens nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub [u8; 4]);

impl Fingerprint {
    /// The fingerprint of a BIP-32 seed.
    pub fn of_seed(seed: &[u8]) -> Fingerprint {
        let mut mac = match Hmac::<Sha512>::new_from_slice(b"Bitcoin seed") {
            Ok(mac) => mac,
            Err(_) => unreachable!("HMAC accepts keys of any length"),
        };
        mac.update(seed);
        let out = Zeroizing::new(mac.finalize().into_bytes());
        let Ok(master) = k256::SecretKey::from_slice(&out[..32]) else {
            // BIP-32: a master key of 0 or ≥ n is invalid; the odds are below 2^-127.
            return Fingerprint([0; 4]);
        };
        let point = master.public_key().to_encoded_point(true);
        let id = Ripemd160::digest(Sha256::digest(point.as_bytes()));
        Fingerprint([id[0], id[1], id[2], id[3]])
    }

    /// Parses 8 hex digits.
    pub fn from_hex(s: &str) -> Option<Fingerprint> {
        let s = s.trim();
        if s.len() != 8 {
            return None;
        }
        let mut out = [0u8; 4];
        for (i, b) in out.iter_mut().enumerate() {
            *b = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(Fingerprint(out))
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn bip32_published_vectors() {
        // BIP-32 test vectors 1 and 2: the fingerprint of each chain's master key
        // (the parent fingerprint of its m/0 child, as published).
        let cases = [
            ("000102030405060708090a0b0c0d0e0f", "3442193e"),
            (
                "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542",
                "bd16bee5",
            ),
        ];
        for (seed, fp) in cases {
            assert_eq!(Fingerprint::of_seed(&hex(seed)).to_string(), fp, "{seed}");
        }
    }

    #[test]
    fn hex_round_trip() {
        let f = Fingerprint([0x73, 0xc5, 0xda, 0x0a]);
        assert_eq!(f.to_string(), "73c5da0a");
        assert_eq!(Fingerprint::from_hex("73C5DA0A"), Some(f));
        assert_eq!(Fingerprint::from_hex("73c5da0"), None);
    }
}
