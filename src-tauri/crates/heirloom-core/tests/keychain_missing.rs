//! With no Secret Service to talk to, the keychain says so plainly instead of failing in a
//! way the UI cannot explain. Its own test binary: it points D-Bus at nothing for the whole
//! process.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

use heirloom_core::keychain::{Keychain, OsKeychain};
use heirloom_core::{Error, Phrase};

#[test]
fn no_secret_service_is_reported_as_unavailable() {
    std::env::set_var(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/heirloom-test-bus",
    );
    let k = OsKeychain::new(&format!("heirloom-test-{}-missing", std::process::id()));
    assert_eq!(k.list().unwrap_err(), Error::KeychainUnavailable);
    let p = Phrase::generate(12).unwrap();
    assert_eq!(k.add("w", &p).unwrap_err(), Error::KeychainUnavailable);
    assert!(Error::KeychainUnavailable
        .to_string()
        .contains("without saving"));
}
