//! A backup set as a whole: making N cards from a phrase and a passphrase, and combining
//! cards back into the phrase with the checks of spec section 8 in their fixed order.

use rand::{rngs::OsRng, CryptoRng, RngCore};

use crate::card::{Card, Header, SetId};
use crate::error::{Error, Result};
use crate::fingerprint::Fingerprint;
use crate::kdf::{derive_key, KdfParams, Key};
use crate::passphrase::Passphrase;
use crate::phrase::Phrase;
use crate::shamir::{self, Share};
use crate::subsets::{self, subset_count};
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

/// An error of combining with the card it is about, by its place in the list given,
/// counted from 0 (spec section 8). `position` is `None` for the errors about no single
/// card: *not enough cards* and *wrong passphrase*.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blamed {
    /// What went wrong.
    pub error: Error,
    /// The place in the list of the card it is about, from 0.
    pub position: Option<usize>,
}

impl Blamed {
    fn at(position: usize, error: Error) -> Blamed {
        Blamed {
            error,
            position: Some(position),
        }
    }

    fn whole(error: Error) -> Blamed {
        Blamed {
            error,
            position: None,
        }
    }
}

impl From<Blamed> for Error {
    fn from(b: Blamed) -> Error {
        b.error
    }
}

/// Checks, without the passphrase, that cards can be combined: one set (the first card's),
/// no duplicates, at least T of them (spec section 8, steps 2 and 3). Returns the set's
/// header as the first card has it.
pub fn check_cards(cards: &[Card]) -> Result<Header> {
    check_cards_blaming(cards).map_err(Error::from)
}

/// As [`check_cards`], naming the card an error is about. Card by card in the order given:
/// another set, then a set field that disagrees, then an index seen before; the first card
/// that fails is reported (spec section 8, step 2), then the count (step 3).
pub fn check_cards_blaming(cards: &[Card]) -> std::result::Result<Header, Blamed> {
    let first = *cards
        .first()
        .ok_or(Blamed::whole(Error::NotEnoughCards { have: 0, need: 2 }))?
        .header();
    let mut seen: Vec<u8> = Vec::with_capacity(cards.len());
    for (pos, card) in cards.iter().enumerate() {
        let h = card.header();
        if h.set_id != first.set_id {
            return Err(Blamed::at(
                pos,
                Error::OtherSet {
                    expected: first.set_id,
                    found: h.set_id,
                },
            ));
        }
        if !h.same_set_fields(&first) || card.word_count() != cards[0].word_count() {
            return Err(Blamed::at(
                pos,
                Error::Damaged {
                    index: Some(h.index),
                },
            ));
        }
        if seen.contains(&h.index) {
            return Err(Blamed::at(pos, Error::Duplicate { index: h.index }));
        }
        seen.push(h.index);
    }
    let need = usize::from(first.threshold);
    if seen.len() < need {
        return Err(Blamed::whole(Error::NotEnoughCards {
            have: seen.len(),
            need,
        }));
    }
    Ok(first)
}

/// Opens every card with one key. No card opening means the passphrase is wrong; some
/// opening and one not means that card is damaged (spec section 8, step 4), so combining
/// and verifying always name the same culprit.
fn open_with(cards: &[Card], key: &Key) -> std::result::Result<Vec<Share>, Blamed> {
    let opened: Vec<Option<Share>> = cards
        .iter()
        .map(|c| c.open(key).map(|y| Share::new(c.header().index, y)))
        .collect();
    if opened.iter().all(Option::is_none) {
        return Err(Blamed::whole(Error::WrongPassphrase));
    }
    if let Some(pos) = opened.iter().position(Option::is_none) {
        return Err(Blamed::at(
            pos,
            Error::Damaged {
                index: Some(cards[pos].header().index),
            },
        ));
    }
    Ok(opened.into_iter().flatten().collect())
}

/// Opens every card with one key derivation (see [`open_with`]).
fn open_all(cards: &[Card], header: Header, passphrase: &Passphrase) -> Result<Vec<Share>> {
    let key = derive_key(passphrase, &header.set_id.0, header.kdf)?;
    open_with(cards, &key).map_err(Error::from)
}

/// Combines cards with the passphrase into the phrase, in the words and language it had.
pub fn combine(cards: &[Card], passphrase: &Passphrase) -> Result<Phrase> {
    combine_blaming(cards, passphrase).map_err(Error::from)
}

/// As [`combine`], naming the card an error is about (spec section 8, steps 2 to 5).
pub fn combine_blaming(
    cards: &[Card],
    passphrase: &Passphrase,
) -> std::result::Result<Phrase, Blamed> {
    combine_with(cards, &mut |h: &Header| {
        derive_key(passphrase, &h.set_id.0, h.kdf)
    })
}

/// Combines card texts, as scanned or typed, with every check of spec section 8 in its
/// order, step 1 (each text and binary card alone, card by card) included.
pub fn combine_texts(
    texts: &[&str],
    passphrase: &Passphrase,
) -> std::result::Result<Phrase, Blamed> {
    let cards = parse_texts(texts)?;
    combine_blaming(&cards, passphrase)
}

/// Step 1 of spec section 8: every text decoded, card by card; the first failure is
/// reported with its place.
pub(crate) fn parse_texts(texts: &[&str]) -> std::result::Result<Vec<Card>, Blamed> {
    texts
        .iter()
        .enumerate()
        .map(|(pos, t)| Card::from_text(t).map_err(|e| Blamed::at(pos, e)))
        .collect()
}

/// Steps 2 to 5 of spec section 8, the key for the set's header coming from `key_for`
/// (called at most once, and only when steps 2 and 3 pass).
pub(crate) fn combine_with(
    cards: &[Card],
    key_for: &mut dyn FnMut(&Header) -> Result<Key>,
) -> std::result::Result<Phrase, Blamed> {
    let header = check_cards_blaming(cards)?;
    let key = key_for(&header).map_err(Blamed::whole)?;
    let shares = open_with(cards, &key)?;
    let entropy = shamir::combine(&shares, header.threshold).map_err(Blamed::whole)?;
    Phrase::from_entropy(&entropy, header.language).map_err(Blamed::whole)
}

/// Checks a whole printed set before it is handed out; see [`verify_set_with_progress`].
pub fn verify_set(cards: &[Card], passphrase: &Passphrase, fingerprint: Fingerprint) -> Result<()> {
    verify_set_with_progress(cards, passphrase, fingerprint, &mut |_, _| {})
}

/// How many subsets are checked between two calls of the progress callback.
const PROGRESS_EVERY: u64 = 256;

/// Checks a whole printed set before it is handed out: all N cards, opened with one key
/// derivation, and **every** T-subset combined, each giving the wallet with `fingerprint`.
/// Nothing secret is returned.
///
/// The subsets are compared by the entropy they give (bytes: microseconds each), and the
/// fingerprint is derived once, from the entropy the subsets agree on: rebuilding a phrase
/// and a BIP-32 fingerprint per subset took 33 s for 16 cards, any 8 (12,870 subsets).
///
/// A card that does not open is [`Error::Damaged`] with its index; when subsets disagree,
/// the card every disagreeing subset has in common is named (`index: None` when there is no
/// single one). When every subset agrees but on another wallet, the error is
/// [`Error::DifferentWallet`]. `progress(checked, total)` is called every
/// [`PROGRESS_EVERY`] subsets and once at the end.
pub fn verify_set_with_progress(
    cards: &[Card],
    passphrase: &Passphrase,
    fingerprint: Fingerprint,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<()> {
    check_every_subset(cards, passphrase, Some(fingerprint), progress).map(|_| ())
}

/// As [`verify_set_with_progress`] for a set whose fingerprint is not known here: every
/// T-subset must give the same wallet, whose fingerprint is returned for the person to
/// compare with the one printed on the cards. Until they have, the set is not verified.
pub fn fingerprint_of_set(
    cards: &[Card],
    passphrase: &Passphrase,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Fingerprint> {
    check_every_subset(cards, passphrase, None, progress)
}

/// Combines every T-subset of all N cards and gives the one wallet they agree on, which must
/// be `expected` when that is known; otherwise names the culprit (see
/// [`verify_set_with_progress`]).
fn check_every_subset(
    cards: &[Card],
    passphrase: &Passphrase,
    expected: Option<Fingerprint>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Fingerprint> {
    let header = check_cards(cards)?;
    if cards.len() < usize::from(header.count) {
        return Err(Error::NotEnoughCards {
            have: cards.len(),
            need: usize::from(header.count),
        });
    }
    let shares = open_all(cards, header, passphrase)?;
    let results = combine_every_subset(&shares, header.threshold, progress)?;
    let wallet =
        |entropy: &[u8]| Phrase::from_entropy(entropy, header.language).map(|p| p.fingerprint());
    let groups = results.groups();
    if let [all] = groups.as_slice() {
        let found = wallet(results.entropy(all[0]))?;
        return match expected {
            Some(expected) if expected != found => Err(Error::DifferentWallet { expected, found }),
            _ => Ok(found),
        };
    }
    Err(Error::Damaged {
        index: results
            .culprit(&groups, expected, wallet)
            .map(|pos| shares[pos].index()),
    })
}

/// The entropy every T-subset of a set's shares gave, in one wiped buffer, with the subset
/// (a bit mask over the shares' positions) that gave it.
struct SubsetResults {
    /// The entropies one after another, `len` bytes each, subset `k` at `k * len`.
    entropies: Zeroizing<Vec<u8>>,
    len: usize,
    masks: Vec<u32>,
}

/// Combines every T-subset of `shares`: one interpolation each, no phrase, no fingerprint.
fn combine_every_subset(
    shares: &[Share],
    threshold: u8,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<SubsetResults> {
    // `check_cards` lets at most 16 distinct cards through.
    let n = u8::try_from(shares.len())
        .unwrap_or(u8::MAX)
        .min(shamir::MAX_CARDS);
    let total = subset_count(n, threshold);
    let len = shares.first().map_or(0, |s| s.bytes().len());
    let subsets = usize::try_from(total).unwrap_or(usize::MAX);
    // Sized once: a buffer that grows would leave unwiped copies behind when it moves.
    let mut entropies = Zeroizing::new(Vec::with_capacity(subsets.saturating_mul(len)));
    let mut masks = Vec::with_capacity(subsets);
    let mut picked: Vec<&Share> = Vec::with_capacity(usize::from(threshold));
    for mask in subsets::masks(n, threshold) {
        picked.clear();
        picked.extend(positions(mask).map(|i| &shares[i]));
        entropies.extend_from_slice(&shamir::combine(&picked, threshold)?);
        masks.push(mask);
        let checked = masks.len() as u64;
        if checked.is_multiple_of(PROGRESS_EVERY) && checked < total {
            progress(checked, total);
        }
    }
    progress(masks.len() as u64, total);
    Ok(SubsetResults {
        entropies,
        len,
        masks,
    })
}

/// The positions of the one bits of `mask`, lowest first.
fn positions(mask: u32) -> impl Iterator<Item = usize> {
    (0..32).filter(move |i| mask & (1 << i) != 0)
}

impl SubsetResults {
    /// The entropy subset `k` gave.
    fn entropy(&self, k: usize) -> &[u8] {
        &self.entropies[k * self.len..(k + 1) * self.len]
    }

    /// The subsets grouped by the entropy they gave (each group in subset order), the
    /// largest group first and, among equals, the one with the earliest subset. Subset
    /// numbers only: nothing secret.
    fn groups(&self) -> Vec<Vec<usize>> {
        let mut order: Vec<usize> = (0..self.masks.len()).collect();
        order.sort_by(|&a, &b| self.entropy(a).cmp(self.entropy(b)).then(a.cmp(&b)));
        let mut groups: Vec<Vec<usize>> = order
            .chunk_by(|&a, &b| self.entropy(a) == self.entropy(b))
            .map(<[usize]>::to_vec)
            .collect();
        groups.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
        groups
    }

    /// When subsets disagree: the share every untrusted subset has, if there is exactly
    /// one. The subsets to trust are the largest group, if it is the `expected` wallet
    /// (`wallet` gives an entropy's fingerprint); a tie for largest, as when N = T + 1, is
    /// settled by the fingerprint alone, and without one names nobody.
    fn culprit(
        &self,
        groups: &[Vec<usize>],
        expected: Option<Fingerprint>,
        wallet: impl Fn(&[u8]) -> Result<Fingerprint>,
    ) -> Option<usize> {
        let largest = groups.first().map_or(0, Vec::len);
        let mut tied = groups.iter().take_while(|g| g.len() == largest);
        let trusted = match expected {
            // At most one derivation per card: ties are that small when they happen.
            Some(fingerprint) => tied
                .take(usize::from(shamir::MAX_CARDS))
                .find(|g| wallet(self.entropy(g[0])).ok() == Some(fingerprint)),
            None => tied.next().filter(|_| tied.next().is_none()),
        }?;
        self.common_card_outside(trusted)
    }

    /// The one share position that every subset outside `group` contains, if there is
    /// exactly one.
    fn common_card_outside(&self, group: &[usize]) -> Option<usize> {
        let common = self
            .masks
            .iter()
            .enumerate()
            .filter(|(k, _)| group.binary_search(k).is_err())
            .fold(u32::MAX, |acc, (_, m)| acc & m);
        (common.count_ones() == 1).then(|| common.trailing_zeros() as usize)
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

    /// Card `index` of `cards` sealed again, with the right key, around a share with one
    /// byte changed: it authenticates, so only comparing subsets can find it.
    fn forge(cards: &mut [Card], pass: &Passphrase, index: u8) {
        let h = *cards[0].header();
        let key = derive_key(pass, &h.set_id.0, h.kdf).unwrap();
        let pos = cards
            .iter()
            .position(|c| c.header().index == index)
            .unwrap();
        let mut share = cards[pos].open(&key).unwrap();
        share[0] ^= 0x5a;
        cards[pos] = Card::seal(*cards[pos].header(), &key, &share);
    }

    #[test]
    fn a_printed_set_is_verified_subset_by_subset_and_a_tampered_card_is_named() {
        let (phrase, pass, cards) = set(3, 5, 12);
        verify_set(&cards, &pass, phrase.fingerprint()).unwrap();
        // Not all N cards: refused, not half-checked.
        assert_eq!(
            verify_set(&cards[..4], &pass, phrase.fingerprint()),
            Err(Error::NotEnoughCards { have: 4, need: 5 })
        );
        // Another wallet's fingerprint: every subset agrees, on a different wallet.
        let other = Phrase::generate(12).unwrap().fingerprint();
        assert_eq!(
            verify_set(&cards, &pass, other),
            Err(Error::DifferentWallet {
                expected: other,
                found: phrase.fingerprint()
            })
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
    fn a_forged_card_that_opens_is_named_by_the_subsets_that_disagree() {
        // N ≥ T + 2: the subsets without the forged card outnumber every other group.
        let (phrase, pass, mut cards) = set(3, 5, 24);
        forge(&mut cards, &pass, 2);
        assert_eq!(
            verify_set(&cards, &pass, phrase.fingerprint()),
            Err(Error::Damaged { index: Some(2) })
        );
        // N = T + 1: every group has one subset; the fingerprint picks the true one.
        let (phrase, pass, mut cards) = set(3, 4, 12);
        forge(&mut cards, &pass, 4);
        assert_eq!(
            verify_set(&cards, &pass, phrase.fingerprint()),
            Err(Error::Damaged { index: Some(4) })
        );
        // Two forged cards: no single card is common to every disagreeing subset.
        let (phrase, pass, mut cards) = set(2, 5, 12);
        forge(&mut cards, &pass, 1);
        forge(&mut cards, &pass, 5);
        assert_eq!(
            verify_set(&cards, &pass, phrase.fingerprint()),
            Err(Error::Damaged { index: None })
        );
        // T = N: one subset, nothing to compare; the fingerprint still catches it.
        let (phrase, pass, mut cards) = set(2, 2, 12);
        forge(&mut cards, &pass, 1);
        assert!(matches!(
            verify_set(&cards, &pass, phrase.fingerprint()),
            Err(Error::DifferentWallet { expected, .. }) if expected == phrase.fingerprint()
        ));
    }

    #[test]
    fn without_a_fingerprint_the_set_gives_the_one_it_agrees_on() {
        let (phrase, pass, mut cards) = set(3, 5, 12);
        let none = &mut |_, _| {};
        assert_eq!(
            fingerprint_of_set(&cards, &pass, none),
            Ok(phrase.fingerprint())
        );
        forge(&mut cards, &pass, 3);
        assert_eq!(
            fingerprint_of_set(&cards, &pass, none),
            Err(Error::Damaged { index: Some(3) })
        );
        // N = T + 1: a tie that only a fingerprint could settle names no card.
        let (_, pass, mut cards) = set(2, 3, 12);
        forge(&mut cards, &pass, 3);
        assert_eq!(
            fingerprint_of_set(&cards, &pass, none),
            Err(Error::Damaged { index: None })
        );
    }

    #[test]
    fn sixteen_cards_any_eight_report_progress() {
        let (phrase, pass, cards) = set(8, 16, 24);
        let mut calls: Vec<(u64, u64)> = Vec::new();
        verify_set_with_progress(&cards, &pass, phrase.fingerprint(), &mut |c, t| {
            calls.push((c, t))
        })
        .unwrap();
        assert_eq!(calls.last(), Some(&(12_870, 12_870)), "once at the end");
        assert_eq!(calls.len(), 12_870 / 256 + 1);
        let (last, every) = calls.split_last().unwrap();
        assert!(every
            .iter()
            .enumerate()
            .all(|(k, c)| c.0 == 256 * (k as u64 + 1)));
        assert_eq!(last.0, 12_870);
        assert!(calls.iter().all(|&(_, total)| total == subset_count(16, 8)));
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
        // Card by card: the second card is a duplicate before the third is seen.
        let listed = [cards[0].clone(), cards[0].clone(), other[1].clone()];
        assert_eq!(
            combine_blaming(&listed, &pass).unwrap_err(),
            Blamed::at(1, Error::Duplicate { index: 1 })
        );
        let listed = [cards[0].clone(), other[1].clone(), cards[0].clone()];
        assert_eq!(
            combine_blaming(&listed, &pass).unwrap_err().position,
            Some(1)
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
