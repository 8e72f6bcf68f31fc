//! The keychain against a real Secret Service: run through `scripts/with-keyring.sh` (as
//! `make test` does), which starts a private D-Bus session with its own gnome-keyring.
//! Entries are filed under a service name of this test run, never "heirloom".

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

use heirloom_core::keychain::{Keychain, OsKeychain};
use heirloom_core::{Error, Phrase};

const ABANDON: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

fn keychain(test: &str) -> OsKeychain {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "no D-Bus session: run the tests through scripts/with-keyring.sh (make test does)"
    );
    OsKeychain::new(&format!("heirloom-test-{}-{test}", std::process::id()))
}

#[test]
fn a_wallet_round_trips_through_the_secret_service() {
    let k = keychain("round-trip");
    let phrase = Phrase::parse(ABANDON).unwrap();
    let entry = k.add("Grandma's savings", &phrase).unwrap();
    assert_eq!(entry.fingerprint.to_string(), "73c5da0a");
    // A second keychain object sees the same store: nothing is cached in the process.
    let again = keychain("round-trip");
    assert_eq!(again.list().unwrap(), vec![entry]);
    assert_eq!(*again.get("Grandma's savings").unwrap().words(), ABANDON);
    again.remove("Grandma's savings").unwrap();
    assert!(k.list().unwrap().is_empty());
    assert_eq!(
        k.get("Grandma's savings").unwrap_err(),
        Error::WalletNotFound
    );
}

#[test]
fn an_entry_is_never_overwritten_silently() {
    let k = keychain("no-overwrite");
    let first = Phrase::generate(24).unwrap();
    k.add("w", &first).unwrap();
    let second = Phrase::generate(24).unwrap();
    assert_eq!(k.add("w", &second).unwrap_err(), Error::WalletExists);
    assert_eq!(*k.get("w").unwrap().words(), *first.words());
    // Replacing names the wallet it replaces; the new words are read back before the old
    // entry goes.
    assert_eq!(
        k.replace("w", &second, second.fingerprint()).unwrap_err(),
        Error::WalletChanged
    );
    assert_eq!(*k.get("w").unwrap().words(), *first.words());
    k.replace("w", &second, first.fingerprint()).unwrap();
    assert_eq!(*k.get("w").unwrap().words(), *second.words());
    assert_eq!(k.list().unwrap().len(), 1);
    k.remove("w").unwrap();
}

#[test]
fn several_wallets_are_listed_by_name() {
    let k = keychain("several");
    let names = ["Zoë", "alpha", "Mum & Dad"];
    for n in names {
        k.add(n, &Phrase::generate(12).unwrap()).unwrap();
    }
    let listed: Vec<String> = k.list().unwrap().into_iter().map(|e| e.name).collect();
    let mut expected: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(listed, expected);
    for n in names {
        k.remove(n).unwrap();
    }
    assert!(k.list().unwrap().is_empty());
}
