//! A backup set as a whole: making N cards from a phrase and a passphrase, and combining
//! cards back into the phrase with the checks of spec section 8 in their fixed order.

use rand::{rngs::OsRng, CryptoRng, RngCore};

use crate::card::{Card, Header, SetId};
use crate::error::{Error, Result};
use crate::fingerprint::Fingerprint;
use crate::kdf::{derive_key, KdfParams};
use crate::passphrase::Passphrase;
use crate::phrase::Phrase;
use crate::shamir::{self, Share};
use zeroize::Zeroizing;

/// What a set is made of, besides the secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetParams {
    /// Cards needed to recover (T).
    pub threshold: u8,
    /// Cards in the set (N).
    pub count: u8,
    /// Key-derivation cost.
    pub kdf: KdfParams,
}

impl SetParams {
    /// T of N at the default key-derivation cost.
    pub fn new(threshold: u8, count: u8) -> Self {
        SetParams {
            threshold,
            count,
            kdf: KdfParams::DEFAULT,
        }
    }
}

/// Splits a phrase into a fresh set of cards (new random salt, new polynomials).
pub fn split(phrase: &Phrase, passphrase: &Passphrase, params: SetParams) -> Result<Vec<Card>> {
    split_with_rng(phrase, passphrase, params, &mut OsRng)
}

/// As [`split`], drawing the salt and the polynomials from `rng`. Only reproducible test
/// vectors should pass anything but the OS generator.
pub fn split_with_rng<R: RngCore + CryptoRng>(
    phrase: &Phrase,
    passphrase: &Passphrase,
    params: SetParams,
    rng: &mut R,
) -> Result<Vec<Card>> {
    shamir::check_threshold(params.threshold, params.count)?;
    if !params.kdf.in_bounds() {
        return Err(Error::InvalidKdfParams);
    }
    let mut salt = [0u8; 8];
    rng.try_fill_bytes(&mut salt)
        .map_err(|_| Error::Randomness)?;
    let key = derive_key(passphrase, &salt, params.kdf)?;
    let shares = shamir::split(&phrase.entropy(), params.threshold, params.count, rng)?;
    Ok(shares
        .iter()
        .map(|share| {
            let header = Header {
                threshold: params.threshold,
                count: params.count,
                index: share.index(),
                language: phrase.language(),
                kdf: params.kdf,
                set_id: SetId(salt),
            };
            Card::seal(header, &key, share.bytes())
        })
        .collect())
}

/// Checks, without the passphrase, that cards can be combined: one set (the first card's),
/// no duplicates, at least T of them (spec section 8, steps 2 to 4). Returns the set's
/// header as the first card has it.
pub fn check_cards(cards: &[Card]) -> Result<Header> {
    let first = *cards
        .first()
        .ok_or(Error::NotEnoughCards { have: 0, need: 2 })?
        .header();
    let mut seen: Vec<u8> = Vec::with_capacity(cards.len());
    for card in cards {
        let h = card.header();
        if h.set_id != first.set_id {
            return Err(Error::OtherSet {
                expected: first.set_id,
                found: h.set_id,
            });
        }
        if !h.same_set_fields(&first) || card.word_count() != cards[0].word_count() {
            return Err(Error::Damaged {
                index: Some(h.index),
            });
        }
        if seen.contains(&h.index) {
            return Err(Error::Duplicate { index: h.index });
        }
        seen.push(h.index);
    }
    let need = usize::from(first.threshold);
    if seen.len() < need {
        return Err(Error::NotEnoughCards {
            have: seen.len(),
            need,
        });
    }
    Ok(first)
}

/// Opens every card with one key derivation. No card opening means the passphrase is wrong;
/// some opening and one not means that card is damaged (spec section 8), so combining and
/// verifying always name the same culprit.
fn open_all(cards: &[Card], header: Header, passphrase: &Passphrase) -> Result<Vec<Share>> {
    let key = derive_key(passphrase, &header.set_id.0, header.kdf)?;
    let opened: Vec<Option<Share>> = cards
        .iter()
        .map(|c| c.open(&key).map(|y| Share::new(c.header().index, y)))
        .collect();
    if opened.iter().all(Option::is_none) {
        return Err(Error::WrongPassphrase);
    }
    if let Some(pos) = opened.iter().position(Option::is_none) {
        return Err(Error::Damaged {
            index: Some(cards[pos].header().index),
        });
    }
    Ok(opened.into_iter().flatten().collect())
}

/// Combines cards with the passphrase into the phrase, in the words and language it had.
pub fn combine(cards: &[Card], passphrase: &Passphrase) -> Result<Phrase> {
    let header = check_cards(cards)?;
    let shares = open_all(cards, header, passphrase)?;
    let entropy = shamir::combine(&shares);
    Phrase::from_entropy(&entropy, header.language)
}

/// Checks a whole printed set before it is handed out: all N cards, opened with one key
/// derivation, and **every** T-subset combined and compared with the wallet's `fingerprint`.
/// Nothing secret is returned. A card that does not open, or that every failing subset has
/// in common, is named as [`Error::Damaged`].
pub fn verify_set(cards: &[Card], passphrase: &Passphrase, fingerprint: Fingerprint) -> Result<()> {
    let header = check_cards(cards)?;
    if cards.len() < usize::from(header.count) {
        return Err(Error::NotEnoughCards {
            have: cards.len(),
            need: usize::from(header.count),
        });
    }
    let shares = open_all(cards, header, passphrase)?;
    let t = usize::from(header.threshold);
    // Cards in every failing subset so far; `None` until one fails.
    let mut suspects: Option<Vec<u8>> = None;
    for subset in subsets(shares.len(), t) {
        let picked: Vec<Share> = subset
            .iter()
            .map(|&i| {
                Share::new(
                    shares[i].index(),
                    Zeroizing::new(shares[i].bytes().to_vec()),
                )
            })
            .collect();
        let entropy = shamir::combine(&picked);
        let good = Phrase::from_entropy(&entropy, header.language)
            .map(|p| p.fingerprint() == fingerprint)
            .unwrap_or(false);
        if !good {
            let these: Vec<u8> = picked.iter().map(Share::index).collect();
            suspects = Some(match suspects {
                None => these,
                Some(s) => s.into_iter().filter(|i| these.contains(i)).collect(),
            });
        }
    }
    match suspects {
        None => Ok(()),
        Some(s) => Err(Error::Damaged {
            index: (s.len() == 1).then(|| s[0]),
        }),
    }
}

/// Every `k`-subset of `0..n`, as sorted positions.
fn subsets(n: usize, k: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut pick: Vec<usize> = (0..k).collect();
    if k == 0 || k > n {
        return out;
    }
    loop {
        out.push(pick.clone());
        let Some(i) = (0..k).rev().find(|&i| pick[i] < n - k + i) else {
            return out;
        };
        pick[i] += 1;
        for j in i + 1..k {
            pick[j] = pick[j - 1] + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    fn fast() -> KdfParams {
        KdfParams::new(13, 1, 1).unwrap()
    }

    fn set(t: u8, n: u8, words: usize) -> (Phrase, Passphrase, Vec<Card>) {
        let phrase = Phrase::generate(words).unwrap();
        let pass = Passphrase::generate();
        let params = SetParams {
            threshold: t,
            count: n,
            kdf: fast(),
        };
        let cards = split(&phrase, &pass, params).unwrap();
        (phrase, pass, cards)
    }

    #[test]
    fn a_printed_set_is_verified_subset_by_subset_and_a_tampered_card_is_named() {
        assert_eq!(subsets(5, 3).len(), 10);
        assert_eq!(subsets(4, 2)[5], vec![2, 3]);
        let (phrase, pass, cards) = set(3, 5, 12);
        verify_set(&cards, &pass, phrase.fingerprint()).unwrap();
        // Not all N cards: refused, not half-checked.
        assert_eq!(
            verify_set(&cards[..4], &pass, phrase.fingerprint()),
            Err(Error::NotEnoughCards { have: 4, need: 5 })
        );
        // Another wallet's fingerprint: no subset matches, no one card to blame.
        let other = Phrase::generate(12).unwrap().fingerprint();
        assert_eq!(
            verify_set(&cards, &pass, other),
            Err(Error::Damaged { index: None })
        );
        assert_eq!(
            verify_set(&cards, &Passphrase::generate(), phrase.fingerprint()),
            Err(Error::WrongPassphrase)
        );
        // A card whose ciphertext was changed (checksum made good again) is named.
        let mut bytes = cards[3].to_bytes();
        bytes[crate::card::HEADER_LEN] ^= 1;
        let tampered = Card::from_bytes(&bytes).unwrap();
        let mut bad = cards.clone();
        bad[3] = tampered;
        assert_eq!(
            verify_set(&bad, &pass, phrase.fingerprint()),
            Err(Error::Damaged { index: Some(4) })
        );
    }

    #[test]
    fn any_three_of_five_recover_the_same_words() {
        let (phrase, pass, cards) = set(3, 5, 24);
        for a in 0..5 {
            for b in a + 1..5 {
                for c in b + 1..5 {
                    let picked = [cards[a].clone(), cards[b].clone(), cards[c].clone()];
                    let back = combine(&picked, &pass).unwrap();
                    assert_eq!(*back.words(), *phrase.words());
                }
            }
        }
        assert_eq!(
            combine(&cards[..2], &pass).unwrap_err(),
            Error::NotEnoughCards { have: 2, need: 3 }
        );
        assert!(Error::NotEnoughCards { have: 2, need: 3 }
            .to_string()
            .contains("need 1 more card"));
    }

    #[test]
    fn errors_in_spec_order() {
        let (_, pass, cards) = set(2, 3, 12);
        let (_, _, other) = set(2, 3, 12);
        assert!(matches!(
            combine(&[cards[0].clone(), other[1].clone()], &pass),
            Err(Error::OtherSet { .. })
        ));
        assert_eq!(
            combine(&[cards[1].clone(), cards[1].clone()], &pass).unwrap_err(),
            Error::Duplicate { index: 2 }
        );
        let wrong = Passphrase::new("not the passphrase").unwrap();
        assert_eq!(
            combine(&cards[..2], &wrong).unwrap_err(),
            Error::WrongPassphrase
        );

        // A card altered after its checks (a forged or corrupted share) is named, because
        // the other card proves the passphrase right.
        let mut bytes = cards[2].to_bytes();
        bytes[20] ^= 1;
        let forged = Card::from_bytes(&bytes).unwrap();
        assert_eq!(
            combine(&[cards[0].clone(), forged], &pass).unwrap_err(),
            Error::Damaged { index: Some(3) }
        );
    }

    #[test]
    fn word_counts_and_languages_survive() {
        for words in crate::phrase::WORD_COUNTS {
            let (phrase, pass, cards) = set(2, 2, words);
            assert_eq!(cards[0].word_count(), words);
            assert_eq!(*combine(&cards, &pass).unwrap().words(), *phrase.words());
        }
        let spanish = Phrase::from_entropy(&[3u8; 16], bip39::Language::Spanish).unwrap();
        let pass = Passphrase::generate();
        let cards = split(
            &spanish,
            &pass,
            SetParams {
                threshold: 2,
                count: 3,
                kdf: fast(),
            },
        )
        .unwrap();
        let back = combine(&cards[1..], &pass).unwrap();
        assert_eq!(back.language(), bip39::Language::Spanish);
        assert_eq!(*back.words(), *spanish.words());
    }

    #[test]
    fn reproducible_with_a_seeded_generator() {
        let phrase = Phrase::from_entropy(&[1u8; 16], bip39::Language::English).unwrap();
        let pass = Passphrase::new("fixed passphrase for this test").unwrap();
        let p = SetParams {
            threshold: 2,
            count: 3,
            kdf: fast(),
        };
        let a = split_with_rng(
            &phrase,
            &pass,
            p,
            &mut rand_chacha::ChaCha20Rng::seed_from_u64(1),
        )
        .unwrap();
        let b = split_with_rng(
            &phrase,
            &pass,
            p,
            &mut rand_chacha::ChaCha20Rng::seed_from_u64(1),
        )
        .unwrap();
        assert_eq!(a, b);
        let fresh = split(&phrase, &pass, p).unwrap();
        assert_ne!(a[0].header().set_id, fresh[0].header().set_id);
    }
}
