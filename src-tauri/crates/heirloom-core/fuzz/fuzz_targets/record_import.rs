//! Record import: any bytes as an exported record of backup sets. Never panics; what it
//! accepts is within every limit, merges into an empty record whole (and a second time
//! changes nothing), writes back to JSON that reads back the same, and shows without a
//! control character once escaped.
#![no_main]

use heirloom_core::escape_controls;
use heirloom_core::registry::{self, is_forbidden, Record, MAX_SETS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(theirs) = registry::parse_import(data) else {
        return;
    };
    assert!(theirs.sets.len() <= MAX_SETS);
    for set in &theirs.sets {
        set.check_names().unwrap();
        assert!(!escape_controls(&set.label).chars().any(is_forbidden));
    }
    let mut ours = Record::new();
    let summary = ours.merge(theirs.clone()).unwrap();
    assert_eq!(summary.added, theirs.sets.len());
    assert_eq!(summary.updated, 0);
    assert_eq!(ours.merge(theirs.clone()).unwrap().added, 0);
    let json = registry::to_json(&theirs).unwrap();
    assert_eq!(registry::parse_import(&json).unwrap(), theirs);
});
