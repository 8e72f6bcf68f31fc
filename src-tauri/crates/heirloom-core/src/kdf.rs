//! Key derivation: Argon2id from the passphrase and the set's salt (spec section 5), with
//! the parameter bounds that keep a hostile card from costing minutes or gigabytes.

use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::passphrase::Passphrase;

/// The KDF identifier of Argon2id v1.3 in the card's `kdf` byte.
pub const KDF_ARGON2ID: u8 = 1;

/// A 256-bit key, wiped when dropped.
pub type Key = Zeroizing<[u8; 32]>;

/// Argon2id cost parameters, as recorded on every card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KdfParams {
    /// log2 of the memory in KiB (13 = 8 MiB … 20 = 1 GiB).
    memory_log2_kib: u8,
    passes: u8,
    lanes: u8,
}

impl KdfParams {
    /// Smallest accepted memory, log2 KiB (8 MiB).
    pub const MIN_MEMORY_LOG2_KIB: u8 = 13;
    /// Largest accepted memory, log2 KiB (1 GiB).
    pub const MAX_MEMORY_LOG2_KIB: u8 = 20;
    /// Largest accepted number of passes.
    pub const MAX_PASSES: u8 = 8;
    /// Largest accepted number of lanes.
    pub const MAX_LANES: u8 = 8;

    /// The defaults every real set uses: 256 MiB, 3 passes, 4 lanes.
    pub const DEFAULT: KdfParams = KdfParams {
        memory_log2_kib: 18,
        passes: 3,
        lanes: 4,
    };

    /// Parameters within the format's bounds, or `None`.
    pub fn new(memory_log2_kib: u8, passes: u8, lanes: u8) -> Option<Self> {
        let p = KdfParams {
            memory_log2_kib,
            passes,
            lanes,
        };
        p.in_bounds().then_some(p)
    }

    /// Parameters from a memory size in MiB (a power of two from 8 to 1024).
    pub fn from_mib(memory_mib: u32, passes: u8, lanes: u8) -> Result<Self> {
        if !memory_mib.is_power_of_two() {
            return Err(Error::InvalidKdfParams);
        }
        let log2 =
            u8::try_from(memory_mib.trailing_zeros() + 10).map_err(|_| Error::InvalidKdfParams)?;
        Self::new(log2, passes, lanes).ok_or(Error::InvalidKdfParams)
    }

    /// Parameters without bounds checks, to test that out-of-bounds ones are refused.
    #[cfg(test)]
    pub(crate) fn unchecked(memory_log2_kib: u8, passes: u8, lanes: u8) -> Self {
        KdfParams {
            memory_log2_kib,
            passes,
            lanes,
        }
    }

    /// Whether the parameters are within the bounds of spec section 3.1.
    pub fn in_bounds(&self) -> bool {
        (Self::MIN_MEMORY_LOG2_KIB..=Self::MAX_MEMORY_LOG2_KIB).contains(&self.memory_log2_kib)
            && (1..=Self::MAX_PASSES).contains(&self.passes)
            && (1..=Self::MAX_LANES).contains(&self.lanes)
    }

    /// log2 of the memory in KiB.
    pub fn memory_log2_kib(&self) -> u8 {
        self.memory_log2_kib
    }

    /// Memory in KiB.
    pub fn memory_kib(&self) -> u32 {
        1u32 << self.memory_log2_kib
    }

    /// Memory in MiB.
    pub fn memory_mib(&self) -> u32 {
        self.memory_kib() / 1024
    }

    /// Number of passes over the memory.
    pub fn passes(&self) -> u8 {
        self.passes
    }

    /// Degree of parallelism.
    pub fn lanes(&self) -> u8 {
        self.lanes
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Derives the set key. Refuses out-of-bounds parameters before doing any work.
pub fn derive_key(passphrase: &Passphrase, salt: &[u8; 8], params: KdfParams) -> Result<Key> {
    if !params.in_bounds() {
        return Err(Error::KdfOutOfBounds);
    }
    let argon_params = Params::new(
        params.memory_kib(),
        u32::from(params.passes),
        u32::from(params.lanes),
        Some(32),
    )
    .map_err(|_| Error::KdfOutOfBounds)?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut key = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.normalized().as_bytes(), salt, key.as_mut())
        .map_err(|_| Error::KdfOutOfBounds)?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds() {
        assert!(KdfParams::DEFAULT.in_bounds());
        assert_eq!(KdfParams::DEFAULT.memory_mib(), 256);
        assert!(KdfParams::new(12, 1, 1).is_none());
        assert!(KdfParams::new(21, 1, 1).is_none());
        assert!(KdfParams::new(13, 9, 1).is_none());
        assert!(KdfParams::new(13, 1, 9).is_none());
        assert!(KdfParams::new(13, 0, 1).is_none());
        assert_eq!(KdfParams::from_mib(8, 1, 1).unwrap().memory_log2_kib(), 13);
        assert_eq!(
            KdfParams::from_mib(1024, 8, 8).unwrap().memory_log2_kib(),
            20
        );
        assert_eq!(KdfParams::from_mib(12, 1, 1), Err(Error::InvalidKdfParams));
        assert_eq!(
            KdfParams::from_mib(2048, 1, 1),
            Err(Error::InvalidKdfParams)
        );
    }

    #[test]
    fn out_of_bounds_is_refused_before_work() {
        let p = Passphrase::new("any passphrase at all").unwrap();
        let huge = KdfParams::unchecked(31, 16, 16);
        // 2 TiB would fail or take forever if attempted; the refusal is immediate.
        assert_eq!(
            derive_key(&p, &[0; 8], huge).unwrap_err(),
            Error::KdfOutOfBounds
        );
    }

    #[test]
    fn argon2id_matches_rfc9106_shape() {
        // Same inputs, same key; different salt, different key.
        let p = Passphrase::new("correct horse battery staple").unwrap();
        let params = KdfParams::new(13, 1, 1).unwrap();
        let a = derive_key(&p, &[1; 8], params).unwrap();
        let b = derive_key(&p, &[1; 8], params).unwrap();
        let c = derive_key(&p, &[2; 8], params).unwrap();
        assert_eq!(*a, *b);
        assert_ne!(*a, *c);
    }
}
