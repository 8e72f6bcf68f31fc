//! The T-subsets of a set's N cards, which verifying a printed set checks one by one: how
//! many there are, and each as a bit mask over the cards' positions, without allocating.

/// How many different T-card subsets N cards have: the binomial coefficient C(N, T). For
/// the screens that say "checking 12,870 ways to recover"; 0 when T > N.
pub fn subset_count(n: u8, t: u8) -> u64 {
    if t > n {
        return 0;
    }
    let (n, k) = (u128::from(n), u128::from(t.min(n - t)));
    // C(n, i) = C(n, i − 1) · (n − i + 1) / i, exact at every step. C(n, i) grows with i up
    // to k ≤ n/2, so once it passes u64::MAX the answer saturates; below that the product
    // fits u128.
    let mut c: u128 = 1;
    for i in 1..=k {
        c = c * (n - i + 1) / i;
        if c > u128::from(u64::MAX) {
            return u64::MAX;
        }
    }
    u64::try_from(c).unwrap_or(u64::MAX)
}

/// Every `t`-subset of positions `0..n` (n ≤ 32) as a bit mask, in increasing order of the
/// mask (Gosper's hack: the next larger number with the same count of one bits).
pub(crate) fn masks(n: u8, t: u8) -> impl Iterator<Item = u32> {
    let end: u64 = 1 << n.min(32);
    let first: Option<u64> = (t <= n && n <= 32).then(|| (1u64 << t) - 1);
    std::iter::successors(first, |&m| {
        if m == 0 {
            return None;
        }
        let lowest = m & m.wrapping_neg();
        let ripple = m + lowest;
        Some((((ripple ^ m) >> 2) / lowest) | ripple)
    })
    .take_while(move |&m| m < end)
    .map(|m| m as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_binomial_coefficients() {
        assert_eq!(subset_count(16, 8), 12_870);
        assert_eq!(subset_count(5, 3), 10);
        assert_eq!(subset_count(16, 16), 1);
        assert_eq!(subset_count(3, 4), 0);
        assert_eq!(subset_count(255, 127), u64::MAX, "saturates");
        assert_eq!(subset_count(64, 32), 1_832_624_140_942_590_534);
    }

    #[test]
    fn masks_are_every_subset_once_in_order() {
        for n in 0..=16u8 {
            for t in 0..=n + 1 {
                let all: Vec<u32> = masks(n, t).collect();
                assert_eq!(all.len() as u64, subset_count(n, t), "{t} of {n}");
                assert!(all.iter().all(|m| m.count_ones() == u32::from(t)));
                assert!(all.iter().all(|&m| u64::from(m) < 1 << n));
                assert!(
                    all.windows(2).all(|w| w[0] < w[1]),
                    "increasing, so distinct"
                );
            }
        }
        assert_eq!(masks(4, 2).collect::<Vec<_>>(), [3, 5, 6, 9, 10, 12]);
    }
}
