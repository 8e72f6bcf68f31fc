//! T-of-N Shamir secret sharing of the entropy over GF(256), through the `sharks` API of
//! the `blahaj` crate (spec section 7). Card index i is the x coordinate.

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

/// Recovers the secret from shares with distinct indices. The caller has checked that
/// there are at least T of them and that they belong together.
pub fn combine(shares: &[Share]) -> Zeroizing<Vec<u8>> {
    let raw: Vec<RawShare> = shares
        .iter()
        .filter_map(|s| {
            let mut bytes = Zeroizing::new(Vec::with_capacity(s.y.len() + 1));
            bytes.push(s.index);
            bytes.extend_from_slice(&s.y);
            RawShare::try_from(bytes.as_slice()).ok()
        })
        .collect();
    // `recover` only refuses fewer shares than its threshold; the caller guarantees enough,
    // so pass the number given.
    let threshold = u8::try_from(raw.len()).unwrap_or(u8::MAX);
    Zeroizing::new(Sharks(threshold).recover(&raw).unwrap_or_default())
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

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        /// Every T-subset recovers the secret; every (T−1)-subset does not.
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
                let picked: Vec<Share> = subset.iter().map(|&i| Share::new(shares[i as usize].index, shares[i as usize].y.clone())).collect();
                prop_assert_eq!(&*combine(&picked), &secret);
            }
            for subset in subsets(n, usize::from(t - 1)) {
                let picked: Vec<Share> = subset.iter().map(|&i| Share::new(shares[i as usize].index, shares[i as usize].y.clone())).collect();
                prop_assert_ne!(&*combine(&picked), &secret);
            }
        }
    }

    #[test]
    fn sixteen_cards() {
        let mut rng = rand_chacha::ChaCha20Rng::seed_from_u64(7);
        let secret = [0xABu8; 32];
        let shares = split(&secret, 16, 16, &mut rng).unwrap();
        assert_eq!(*combine(&shares), secret.to_vec());
        assert_ne!(*combine(&shares[..15]), secret.to_vec());
    }
}
