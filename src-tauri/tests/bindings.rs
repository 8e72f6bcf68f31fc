//! The checked-in TypeScript bindings (ui/src/bindings/ipc.ts) are what the Rust
//! definitions generate now, and describe exactly the commands the app registers.
//! `HEIRLOOM_BLESS=1 cargo test -p heirloom-app --test bindings` rewrites the file.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

use std::path::Path;

#[test]
fn bindings_are_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings/ipc.ts");
    let fresh = heirloom_app::bindings::typescript();
    if std::env::var_os("HEIRLOOM_BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == fresh,
        "{} is stale: regenerate it with HEIRLOOM_BLESS=1 cargo test -p heirloom-app --test bindings",
        path.display()
    );
}

#[test]
fn bindings_name_every_command() {
    let mut described = heirloom_app::bindings::command_names();
    let mut registered = heirloom_app::COMMANDS.to_vec();
    described.sort_unstable();
    registered.sort_unstable();
    assert_eq!(described, registered);
}
