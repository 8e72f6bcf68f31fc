//! The binary card decoder: never panics, refuses out-of-bounds KDF parameters, and what
//! it accepts round-trips exactly.
#![no_main]

use heirloom_core::Card;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(card) = Card::from_bytes(data) {
        assert_eq!(card.to_bytes(), data);
        let h = card.header();
        assert!(h.kdf.in_bounds());
        assert!(2 <= h.threshold && h.threshold <= h.count && h.index <= h.count);
    }
});
