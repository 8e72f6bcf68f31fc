//! The binary card of format version 1 (spec section 3) and its encryption (section 6):
//! header fields, validity rules in their fixed order, and sealing a share under the set key.

use std::fmt;

use bip39::Language;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::kdf::{KdfParams, Key, KDF_ARGON2ID};
use crate::phrase::{language_code, language_from_code, WORD_COUNTS};
use crate::text;

/// The format version this library writes and reads.
pub const VERSION: u8 = 1;
/// Bytes of the header (version … salt), which is also the AEAD associated data.
pub const HEADER_LEN: usize = 13;
/// Bytes of the Poly1305 tag.
pub const TAG_LEN: usize = 16;

/// The text lengths of version 1 cards, each with its binary length (spec section 4.5):
/// one per phrase length, 12 to 24 words.
pub const TEXT_LENGTHS: [(usize, usize); 5] = [(87, 45), (95, 49), (102, 53), (111, 57), (118, 61)];

/// A set's id: its random 8-byte salt, shown as 16 hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SetId(pub [u8; 8]);

impl SetId {
    /// The first 8 hex digits, for tight spaces on screen; compare with the whole id.
    pub fn short(&self) -> String {
        self.to_string()[..8].to_string()
    }

    /// Parses 16 hex digits.
    pub fn from_hex(s: &str) -> Option<SetId> {
        let s = s.trim();
        if s.len() != 16 {
            return None;
        }
        let mut out = [0u8; 8];
        for (i, b) in out.iter_mut().enumerate() {
            *b = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(SetId(out))
    }
}

impl fmt::Display for SetId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for SetId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SetId({self})")
    }
}

/// The public header of a card: everything but the encrypted share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// Cards needed to recover (T).
    pub threshold: u8,
    /// Cards in the set (N).
    pub count: u8,
    /// This card's number, 1 … N.
    pub index: u8,
    /// Word-list language of the phrase.
    pub language: Language,
    /// Key-derivation parameters of the set.
    pub kdf: KdfParams,
    /// The set id, which is also the KDF salt.
    pub set_id: SetId,
}

impl Header {
    /// The 13 header bytes (spec section 3).
    pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let mut h = [0u8; HEADER_LEN];
        h[0] = VERSION;
        h[1] = ((self.threshold - 1) << 4) | (self.count - 1);
        h[2] = ((self.index - 1) << 4) | language_code(self.language);
        h[3] = (KDF_ARGON2ID << 5) | self.kdf.memory_log2_kib();
        h[4] = ((self.kdf.passes() - 1) << 4) | (self.kdf.lanes() - 1);
        h[5..].copy_from_slice(&self.set_id.0);
        h
    }

    /// Whether another card's header belongs to the same set (all but the index agree).
    pub fn same_set_fields(&self, other: &Header) -> bool {
        self.threshold == other.threshold
            && self.count == other.count
            && self.language == other.language
            && self.kdf == other.kdf
            && self.set_id == other.set_id
    }
}

/// One card: its header and its sealed share (ciphertext and tag). Public data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    header: Header,
    sealed: Vec<u8>,
}

impl Card {
    /// Whether `len` characters (normalised, no separators) is the length of a whole
    /// version 1 card text: then its last group, however short, is complete and checkable.
    pub fn is_text_length(len: usize) -> bool {
        TEXT_LENGTHS.iter().any(|&(t, _)| t == len)
    }

    /// Parses a binary card, applying the validity rules of spec section 3.1 in order.
    pub fn from_bytes(bytes: &[u8]) -> Result<Card> {
        match bytes.first() {
            None | Some(0) => return Err(Error::NotACard),
            Some(&v) if v > VERSION => return Err(Error::UnsupportedVersion { version: v }),
            _ => {}
        }
        let damaged = Error::Damaged { index: None };
        let entropy_len = bytes
            .len()
            .checked_sub(HEADER_LEN + TAG_LEN)
            .ok_or(damaged.clone())?;
        if !WORD_COUNTS.iter().any(|w| w * 4 / 3 == entropy_len) {
            return Err(damaged);
        }
        let threshold = (bytes[1] >> 4) + 1;
        let count = (bytes[1] & 0x0f) + 1;
        let index = (bytes[2] >> 4) + 1;
        let language = language_from_code(bytes[2] & 0x0f);
        let kdf_id = bytes[3] >> 5;
        let (Some(language), true, true, true) =
            (language, threshold >= 2, threshold <= count, index <= count)
        else {
            return Err(damaged);
        };
        if kdf_id != KDF_ARGON2ID {
            return Err(damaged);
        }
        let kdf = KdfParams::new(bytes[3] & 0x1f, (bytes[4] >> 4) + 1, (bytes[4] & 0x0f) + 1)
            .ok_or(Error::KdfOutOfBounds)?;
        let mut salt = [0u8; 8];
        salt.copy_from_slice(&bytes[5..HEADER_LEN]);
        Ok(Card {
            header: Header {
                threshold,
                count,
                index,
                language,
                kdf,
                set_id: SetId(salt),
            },
            sealed: bytes[HEADER_LEN..].to_vec(),
        })
    }

    /// Parses a card's text form, as scanned from its QR code or typed from the print.
    pub fn from_text(text: &str) -> Result<Card> {
        Card::from_bytes(&text::decode(text)?)
    }

    /// The binary card.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.header.to_bytes().to_vec();
        out.extend_from_slice(&self.sealed);
        out
    }

    /// The text form: exactly what the QR code holds.
    pub fn to_text(&self) -> String {
        text::encode(&self.to_bytes())
    }

    /// The public header.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// Number of words of the phrase this card helps recover.
    pub fn word_count(&self) -> usize {
        (self.sealed.len() - TAG_LEN) * 3 / 4
    }

    /// Encrypts a share under the set key (spec section 6).
    pub(crate) fn seal(header: Header, key: &Key, share: &[u8]) -> Card {
        let cipher = ChaCha20Poly1305::new(key.as_ref().into());
        let ad = header.to_bytes();
        let sealed = match cipher.encrypt(
            &nonce(header.index),
            Payload {
                msg: share,
                aad: &ad,
            },
        ) {
            Ok(sealed) => sealed,
            Err(_) => unreachable!("ChaCha20-Poly1305 encrypts any message shorter than 256 GiB"),
        };
        Card { header, sealed }
    }

    /// Decrypts the share; `None` when authentication fails (wrong key or damaged card).
    pub(crate) fn open(&self, key: &Key) -> Option<Zeroizing<Vec<u8>>> {
        let cipher = ChaCha20Poly1305::new(key.as_ref().into());
        let ad = self.header.to_bytes();
        cipher
            .decrypt(
                &nonce(self.header.index),
                Payload {
                    msg: &self.sealed,
                    aad: &ad,
                },
            )
            .ok()
            .map(Zeroizing::new)
    }
}

fn nonce(index: u8) -> Nonce {
    let mut n = [0u8; 12];
    n[0] = index;
    n.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(index: u8) -> Header {
        Header {
            threshold: 3,
            count: 5,
            index,
            language: Language::English,
            kdf: KdfParams::DEFAULT,
            set_id: SetId([9, 8, 7, 6, 5, 4, 3, 2]),
        }
    }

    #[test]
    fn header_layout_is_the_spec_table() {
        assert_eq!(
            header(4).to_bytes(),
            [1, 0x24, 0x30, 0x32, 0x23, 9, 8, 7, 6, 5, 4, 3, 2]
        );
    }

    #[test]
    fn the_text_lengths_are_those_of_cards_of_every_phrase_length() {
        let key = Zeroizing::new([5u8; 32]);
        for (words, &(text_len, binary_len)) in WORD_COUNTS.iter().zip(&TEXT_LENGTHS) {
            let entropy = vec![7u8; words * 4 / 3];
            let card = Card::seal(header(1), &key, &entropy);
            assert_eq!(card.to_bytes().len(), binary_len, "{words} words");
            assert_eq!(card.to_text().len(), text_len, "{words} words");
            assert!(Card::is_text_length(text_len));
            assert!(!Card::is_text_length(text_len + 1) && !Card::is_text_length(text_len - 1));
        }
    }

    #[test]
    fn seal_open_round_trip_and_binding() {
        let key = Zeroizing::new([5u8; 32]);
        let card = Card::seal(header(2), &key, &[1u8; 16]);
        assert_eq!(card.to_bytes().len(), 45);
        assert_eq!(card.word_count(), 12);
        let back = Card::from_text(&card.to_text()).unwrap();
        assert_eq!(back, card);
        assert_eq!(*back.open(&key).unwrap(), vec![1u8; 16]);
        assert!(back.open(&Zeroizing::new([6u8; 32])).is_none());
    }

    #[test]
    fn validity_rules_in_order() {
        let key = Zeroizing::new([5u8; 32]);
        let good = Card::seal(header(2), &key, &[1u8; 32]).to_bytes();
        let with = |i: usize, v: u8| {
            let mut b = good.clone();
            b[i] = v;
            Card::from_bytes(&b)
        };
        assert_eq!(with(0, 0), Err(Error::NotACard));
        assert_eq!(with(0, 2), Err(Error::UnsupportedVersion { version: 2 }));
        assert_eq!(
            Card::from_bytes(&good[..60]),
            Err(Error::Damaged { index: None })
        );
        assert_eq!(with(1, 0x04), Err(Error::Damaged { index: None }), "T = 1");
        assert_eq!(with(1, 0x53), Err(Error::Damaged { index: None }), "T > N");
        assert_eq!(with(2, 0x50), Err(Error::Damaged { index: None }), "i > N");
        assert_eq!(
            with(2, 0x1a),
            Err(Error::Damaged { index: None }),
            "language 10"
        );
        assert_eq!(
            with(3, 0x52),
            Err(Error::Damaged { index: None }),
            "KDF id 2"
        );
        assert_eq!(with(3, 0x35), Err(Error::KdfOutOfBounds), "2 GiB");
        assert_eq!(with(3, 0x2c), Err(Error::KdfOutOfBounds), "4 MiB");
        assert_eq!(with(4, 0x83), Err(Error::KdfOutOfBounds), "9 passes");
        assert_eq!(with(4, 0x28), Err(Error::KdfOutOfBounds), "9 lanes");
        assert_eq!(Card::from_bytes(&[]), Err(Error::NotACard));
    }
}
