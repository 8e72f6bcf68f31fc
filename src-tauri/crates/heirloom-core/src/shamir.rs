//! T-of-N Shamir secret sharing of the entropy over GF(256), through the `sharks` API of
//! the `blahaj` crate (spec section 7). Card index i is the x coordinate.

use std::borrow::Borrow;
use std::fmt;

use rand::{CryptoRng, RngCore};
use sharks::{Share as RawShare, Sharks};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Most cards a set may have.
pub const MAX_CARDS: u8 = 16;

/// One share: the card index and the share bytes, wiped on drop.
pub struct Share {
    index: u8,
    y: Zeroizing<Vec<u8>>,
}

impl Share {
    /// A share from its index (1-based) and bytes.
    pub fn new(index: u8, y: Zeroizing<Vec<u8>>) -> Self {
        Share { index, y }
    }

    /// The card index (x coordinate).
    pub fn index(&self) -> u8 {
        self.index
    }

    /// The share bytes (as many as the secret).
    pub fn bytes(&self) -> &[u8] {
        &self.y
    }
}

impl fmt::Debug for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Share(index {}, <redacted>)", self.index)
    }
}

/// Checks 2 ≤ T ≤ N ≤ 16.
pub fn check_threshold(threshold: u8, count: u8) -> Result<()> {
    if threshold < 2 || threshold > count || count > MAX_CARDS {
        return Err(Error::InvalidThreshold { threshold, count });
    }
    Ok(())
}

/// Splits `secret` into `count` shares, any `threshold` of which recover it.
pub fn split<R: RngCore + CryptoRng>(
    secret: &[u8],
    threshold: u8,
    count: u8,
    rng: &mut R,
) -> Result<Vec<Share>> {
    check_threshold(threshold, count)?;
    let shares = Sharks(threshold)
        .dealer_rng(secret, rng)
        .take(usize::from(count))
        .enumerate()
        .map(|(i, raw)| {
            let mut bytes = Zeroizing::new(Vec::from(&raw));
            // The dealer numbers shares 1, 2, 3, …; the card index is that number.
            debug_assert_eq!(usize::from(bytes[0]), i + 1);
            let y = Zeroizing::new(bytes.split_off(1));
            Share::new(bytes[0], y)
        })
        .collect();
    Ok(shares)
}

/// Recovers the secret from shares of a set whose threshold is `threshold`.
///
/// T comes from the cards, never from how many shares were given: interpolating fewer
/// than T points gives a wrong secret, not an error, so fewer than T shares are refused
/// ([`Error::NotEnoughCards`]). So are an index given twice ([`Error::Duplicate`]), index 0
/// (f(0) is the secret itself; no card holds it) and shares of unequal or zero length, which
/// cannot come from one set ([`Error::Damaged`]). Exactly the first T shares are
/// interpolated: any T shares of a set give its secret, and more add only work.
///
/// Takes `Share`s or references to them, so that checking many subsets of one set copies
/// no share.
pub fn combine<S: Borrow<Share>>(shares: &[S], threshold: u8) -> Result<Zeroizing<Vec<u8>>> {
    check_threshold(threshold, MAX_CARDS)?;
    check_shares(shares)?;
    let need = usize::from(threshold);
    let Some(used) = shares.get(..need) else {
        return Err(Error::NotEnoughCards {
            have: shares.len(),
            need,
        });
    };
    let raw = used
        .iter()
        .map(|s| raw_share(s.borrow()))
        .collect::<Result<Vec<RawShare>>>()?;
    let secret = Sharks(threshold)
        .recover(&raw)
        .map_err(|_| Error::Damaged { index: None })?;
    Ok(Zeroizing::new(secret))
}

/// Refuses shares that cannot be points of one set's polynomials: a repeated or zero
/// index, or a length other than the first share's (which must not be zero).
fn check_shares<S: Borrow<Share>>(shares: &[S]) -> Result<()> {
    let Some(first) = shares.first().map(Borrow::borrow) else {
        return Ok(());
    };
    let mut seen = [false; 256];
    for share in shares.iter().map(Borrow::borrow) {
        if share.index == 0 {
            return Err(Error::Damaged { index: None });
        }
        if share.y.is_empty() || share.y.len() != first.y.len() {
            return Err(Error::Damaged {
                index: Some(share.index),
            });
        }
        if std::mem::replace(&mut seen[usize::from(share.index)], true) {
            return Err(Error::Duplicate { index: share.index });
        }
    }
    Ok(())
}

/// The `sharks` form of a share: the index byte, then the share bytes.
fn raw_share(share: &Share) -> Result<RawShare> {
    let mut bytes = Zeroizing::new(Vec::with_capacity(share.y.len() + 1));
    bytes.push(share.index);
    bytes.extend_from_slice(&share.y);
    RawShare::try_from(bytes.as_slice()).map_err(|_| Error::Damaged {
        index: Some(share.index),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rand::SeedableRng;

    fn subsets(n: u8, k: usize) -> Vec<Vec<u8>> {
        (0u32..(1 << n))
            .filter(|m| m.count_ones() as usize == k)
            .map(|m| (0..n).filter(|i| m & (1 << i) != 0).collect())
            .collect()
    }

    #[test]
    fn thresholds() {
        assert!(check_threshold(2, 2).is_ok());
        assert!(check_threshold(16, 16).is_ok());
        assert!(check_threshold(1, 5).is_err(), "T = 1 is refused");
        assert!(check_threshold(4, 3).is_err());
        assert!(check_threshold(3, 17).is_err());
    }

    /// Copies of the shares at `positions`, as a caller would hold them.
    fn pick(shares: &[Share], positions: &[u8]) -> Vec<Share> {
        positions
            .iter()
            .map(|&i| {
                let s = &shares[usize::from(i)];
                Share::new(s.index, s.y.clone())
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        /// Every T-subset recovers the secret; every (T−1)-subset is an error, never a
        /// secret (not even a wrong one), whatever T is said to be.
        #[test]
        fn every_t_subset_recovers_and_no_smaller_one(
            secret in proptest::collection::vec(any::<u8>(), 16..=32),
            n in 2u8..=7,
            t_off in 0u8..=5,
            seed in any::<u64>(),
        ) {
            let t = 2 + t_off % (n - 1);
            let mut rng = rand_chacha::ChaCha20Rng::seed_from_u64(seed);
            let shares = split(&secret, t, n, &mut rng).unwrap();
            prop_assert_eq!(shares.len(), usize::from(n));
            for subset in subsets(n, usize::from(t)) {
                let picked = pick(&shares, &subset);
                prop_assert_eq!(&*combine(&picked, t).unwrap(), &secret);
            }
            for subset in subsets(n, usize::from(t - 1)) {
                let picked = pick(&shares, &subset);
                prop_assert_eq!(
                    combine(&picked, t).unwrap_err(),
                    Error::NotEnoughCards { have: usize::from(t - 1), need: usize::from(t) }
                );
            }
        }
    }

    #[test]
    fn sixteen_cards() {
        let mut rng = rand_chacha::ChaCha20Rng::seed_from_u64(7);
        let secret = [0xABu8; 32];
        let shares = split(&secret, 16, 16, &mut rng).unwrap();
        assert_eq!(*combine(&shares, 16).unwrap(), secret.to_vec());
        assert_eq!(
            combine(&shares[..15], 16).unwrap_err(),
            Error::NotEnoughCards { have: 15, need: 16 }
        );
        // References work as well as shares, and only the first T are used.
        let refs: Vec<&Share> = shares.iter().rev().collect();
        assert_eq!(*combine(&refs, 16).unwrap(), secret.to_vec());
    }

    #[test]
    fn shares_that_cannot_be_one_set_are_refused() {
        let mut rng = rand_chacha::ChaCha20Rng::seed_from_u64(9);
        let shares = split(&[7u8; 16], 2, 4, &mut rng).unwrap();
        let again = pick(&shares, &[0, 2, 0]);
        assert_eq!(
            combine(&again, 2).unwrap_err(),
            Error::Duplicate { index: 1 }
        );
        let zero = [
            Share::new(0, Zeroizing::new(vec![7; 16])),
            Share::new(2, shares[1].y.clone()),
        ];
        assert_eq!(
            combine(&zero, 2).unwrap_err(),
            Error::Damaged { index: None }
        );
        let short = [
            Share::new(1, shares[0].y.clone()),
            Share::new(2, Zeroizing::new(shares[1].y[..15].to_vec())),
        ];
        assert_eq!(
            combine(&short, 2).unwrap_err(),
            Error::Damaged { index: Some(2) }
        );
        let empty = [
            Share::new(1, Zeroizing::new(Vec::new())),
            Share::new(2, Zeroizing::new(Vec::new())),
        ];
        assert_eq!(
            combine(&empty, 2).unwrap_err(),
            Error::Damaged { index: Some(1) }
        );
        // T itself must be a threshold a set can have.
        assert!(matches!(
            combine(&shares, 1),
            Err(Error::InvalidThreshold { threshold: 1, .. })
        ));
        // More than T shares: the first T are used, and agree with any other T.
        let all = pick(&shares, &[3, 1, 2, 0]);
        assert_eq!(*combine(&all, 2).unwrap(), vec![7u8; 16]);
    }
}
