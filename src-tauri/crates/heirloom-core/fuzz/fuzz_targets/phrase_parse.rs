//! Phrase import takes whatever a person types; it must never panic.
#![no_main]

use heirloom_core::Phrase;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(p) = Phrase::parse(s) {
            let again = Phrase::parse(&p.words()).ok().map(|q| q.entropy().to_vec());
            assert_eq!(again, Some(p.entropy().to_vec()));
        }
    }
});
