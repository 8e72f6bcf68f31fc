//! Opened files (PNG, JPEG, PDF) into the scanner: whatever a person drops on the window,
//! or a hostile file made to look like a scan, must give texts or an error, never a panic,
//! a hang or an allocation past the scanner's limits.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(texts) = heirloom_core::scan::scan_bytes(data) {
        for t in texts {
            assert!(!t.is_empty());
        }
    }
});
