//! The text parser takes anything a QR code or a keyboard can produce. It must never
//! panic, and what it accepts must re-encode to the same bytes.
#![no_main]

use heirloom_core::{text, Card};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(bytes) = text::decode(s) {
        assert_eq!(text::decode(&text::encode(&bytes)).ok(), Some(bytes));
    }
    if let Ok(card) = Card::from_text(s) {
        assert_eq!(Card::from_text(&card.to_text()).ok(), Some(card));
    }
});
