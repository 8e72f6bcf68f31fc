//! Every kind of IPC error, one row each: its `kind`, its `details` (the facts the UI reads
//! instead of the message) and the shape `{kind, message, details}`. The table must name
//! every kind the generated bindings declare, and every core error keeps the core's kind.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

use std::collections::BTreeSet;
use std::path::PathBuf;

use heirloom_app::commands::passphrase::Mismatch;
use heirloom_app::error::{ErrorKind, IpcError};
use heirloom_core::{Error, Fingerprint, SetId, TextField};
use serde_json::{json, Value};
use ts_rs::TS;

fn set(hex: &str) -> SetId {
    SetId::from_hex(hex).unwrap()
}

fn fp(hex: &str) -> Fingerprint {
    Fingerprint::from_hex(hex).unwrap()
}

/// One core error of each kind, with the details it must carry.
fn core_rows() -> Vec<(Error, Value)> {
    let (a, b) = ("0011223344556677", "8899aabbccddeeff");
    let path = || PathBuf::from("/data/record.json");
    vec![
        (Error::NotACard, json!({})),
        (Error::Typo { group: 3 }, json!({ "group": 3 })),
        (Error::Damaged { index: Some(2) }, json!({ "index": 2 })),
        (
            Error::OtherSet {
                expected: set(a),
                found: set(b),
            },
            json!({ "expected": a, "found": b, "expected_label": null, "found_label": null }),
        ),
        (Error::Duplicate { index: 4 }, json!({ "index": 4 })),
        (
            Error::NotEnoughCards { have: 1, need: 3 },
            json!({ "have": 1, "need": 3 }),
        ),
        (Error::WrongPassphrase, json!({})),
        (
            Error::UnsupportedVersion { version: 9 },
            json!({ "version": 9 }),
        ),
        (Error::KdfOutOfBounds, json!({})),
        (Error::BadWordCount { count: 13 }, json!({ "count": 13 })),
        (Error::UnknownWord { position: 7 }, json!({ "position": 7 })),
        (Error::BadChecksum, json!({})),
        (
            Error::InvalidThreshold {
                threshold: 5,
                count: 3,
            },
            json!({ "threshold": 5, "count": 3 }),
        ),
        (Error::InvalidKdfParams, json!({})),
        (Error::WeakPassphrase, json!({})),
        (Error::WellKnownPassphrase, json!({})),
        (Error::EmptyPassphrase, json!({})),
        (Error::InvalidDice { min: 50 }, json!({ "min": 50 })),
        (Error::KeychainUnavailable, json!({})),
        (Error::KeychainMismatch, json!({})),
        (
            Error::WalletExists,
            json!({ "name": null, "saved_fingerprint": null, "new_fingerprint": null }),
        ),
        (Error::WalletNotFound, json!({})),
        (Error::InvalidWalletName, json!({})),
        (Error::UnreadableFile, json!({})),
        (Error::UnreadableImage, json!({})),
        (Error::PdfWithoutPictures, json!({})),
        (Error::NoQrCode, json!({})),
        (Error::CardTooLarge, json!({})),
        (Error::InvalidPrintLayout, json!({})),
        (Error::RenderFailed, json!({})),
        (Error::Randomness, json!({})),
        (Error::RecordTooNew, json!({})),
        (
            Error::RecordDamaged { kept: path() },
            json!({ "kept": "/data/record.json" }),
        ),
        (
            Error::RecordUnavailable { path: path() },
            json!({ "path": "/data/record.json" }),
        ),
        (Error::NoDataFolder, json!({})),
        (
            Error::RecordUnreadable { path: path() },
            json!({ "path": "/data/record.json" }),
        ),
        (Error::RecordBusy, json!({})),
        (
            Error::DataFolderNotAFolder { path: path() },
            json!({ "path": "/data/record.json" }),
        ),
        (
            Error::RecordFileTooLarge {
                path: path(),
                limit_mb: 64,
            },
            json!({ "path": "/data/record.json", "limit_mb": 64 }),
        ),
        (Error::TooManySets { limit: 10 }, json!({ "limit": 10 })),
        (
            Error::RecordFull { limit_mb: 64 },
            json!({ "limit_mb": 64 }),
        ),
        (
            Error::DuplicateSetInFile { id: set(a) },
            json!({ "set_id": a }),
        ),
        (
            Error::InvalidSetInFile {
                id: set(a),
                reason: Box::new(Error::NoSuchCard { index: 5, count: 3 }),
            },
            json!({
                "set_id": a,
                "reason": { "kind": "no_such_card", "details": { "index": 5, "count": 3 } }
            }),
        ),
        (
            Error::TextTooLong {
                field: TextField::HolderName,
                chars: 70,
                limit: 64,
            },
            json!({ "field": "holder_name", "chars": 70, "limit": 64 }),
        ),
        (
            Error::ControlCharacter {
                field: TextField::Place,
            },
            json!({ "field": "place" }),
        ),
        (Error::NotARecordFile, json!({})),
        (Error::SetExists { id: set(a) }, json!({ "set_id": a })),
        (Error::SetNotFound { id: set(b) }, json!({ "set_id": b })),
        (
            Error::NoSuchCard { index: 5, count: 3 },
            json!({ "index": 5, "count": 3 }),
        ),
        (
            Error::SetReplacesItself { id: set(a) },
            json!({ "set_id": a }),
        ),
        (
            Error::InvalidCheckInterval { days: 3 },
            json!({ "days": 3 }),
        ),
        (
            Error::DifferentWallet {
                expected: fp("73c5da0a"),
                found: fp("0123abcd"),
            },
            json!({ "expected": "73c5da0a", "found": "0123abcd" }),
        ),
        (
            Error::WalletAlreadySaved {
                name: "Gran".into(),
                fingerprint: fp("73c5da0a"),
            },
            json!({ "name": "Gran", "fingerprint": "73c5da0a" }),
        ),
        (Error::WalletChanged, json!({})),
        (
            Error::PictureTooLarge {
                megapixels: 300,
                limit: 100,
            },
            json!({ "megapixels": 300, "limit": 100 }),
        ),
        (
            Error::ScanFileTooLarge {
                megabytes: 200,
                limit: 150,
            },
            json!({ "megabytes": 200, "limit": 150 }),
        ),
        (
            Error::TooManyPages {
                read: 40,
                pages: 60,
                limit: 40,
            },
            json!({ "read": 40, "pages": 60, "limit": 40 }),
        ),
        (
            Error::TooManyPictures {
                read: 10,
                pages: 60,
                limit: 200,
            },
            json!({ "read": 10, "pages": 60, "limit": 200 }),
        ),
        (
            Error::ScanTimeUp {
                read: 10,
                pages: 60,
                seconds: 120,
            },
            json!({ "read": 10, "pages": 60, "seconds": 120 }),
        ),
        (Error::ScanNotAFile, json!({})),
        (Error::ScanCancelled, json!({})),
        (Error::TooManyCards { limit: 16 }, json!({ "limit": 16 })),
        (
            Error::Unprintable {
                field: heirloom_core::TextField::HolderName,
                character: '山',
            },
            json!({ "field": "holder_name", "character": "山" }),
        ),
    ]
}

/// One error of each of the shell's own kinds (and the shell's words for core kinds).
fn shell_rows() -> Vec<(IpcError, &'static str, Value)> {
    vec![
        (IpcError::expired(), "expired", json!({})),
        (IpcError::timed_out(), "timed_out", json!({})),
        (IpcError::internal(), "internal", json!({})),
        (
            IpcError::passphrase_mismatch(Mismatch::WordCount {
                expected: 6,
                typed: 5,
            }),
            "passphrase_mismatch",
            json!({ "expected": 6, "typed": 5, "position": null }),
        ),
        (
            IpcError::passphrase_mismatch(Mismatch::Word(4)),
            "passphrase_mismatch",
            json!({ "expected": null, "typed": null, "position": 4 }),
        ),
        (
            IpcError::written_words_differ(&[3, 9]),
            "written_words_differ",
            json!({ "positions": [3, 9] }),
        ),
        (
            IpcError::verify_needs_every_card(2, 3),
            "verify_needs_every_card",
            json!({ "have": 2, "need": 3 }),
        ),
        (
            IpcError::passphrase_not_confirmed(),
            "passphrase_not_confirmed",
            json!({}),
        ),
        (IpcError::not_shown_again(), "not_shown_again", json!({})),
        (IpcError::declined(), "declined", json!({})),
        (
            IpcError::no_qr_code_no_ocr(),
            "no_qr_code_no_ocr",
            json!({}),
        ),
        (
            IpcError::printed_unsure("04910D000000", Some(2)),
            "printed_unsure",
            json!({ "text": "04910D000000", "group": 2 }),
        ),
        (
            IpcError::printed_unsure("04910D", None),
            "printed_unsure",
            json!({ "text": "04910D", "group": null }),
        ),
        (
            IpcError::too_many_wrong_words(),
            "too_many_wrong_words",
            json!({ "allowed": 5 }),
        ),
        (
            IpcError::all_cards_needed(3),
            "all_cards_needed",
            json!({ "count": 3 }),
        ),
        (
            IpcError::wallet_exists("Gran", "73c5da0a", "0123abcd"),
            "wallet_exists",
            json!({ "name": "Gran", "saved_fingerprint": "73c5da0a", "new_fingerprint": "0123abcd" }),
        ),
        (
            IpcError::replace_not_confirmed("73c5da0a"),
            "not_confirmed",
            json!({ "what": "replace_wallet", "expected": "73c5da0a" }),
        ),
        (
            IpcError::not_confirmed(),
            "not_confirmed",
            json!({ "what": "remove_wallet", "expected": null }),
        ),
        (
            IpcError::retire_not_confirmed(),
            "not_confirmed",
            json!({ "what": "retire_set", "expected": null }),
        ),
        (
            IpcError::only_copy("Gran"),
            "only_copy",
            json!({ "name": "Gran" }),
        ),
        (IpcError::bad_set_id(), "bad_set_id", json!({})),
        (
            IpcError::io(
                "/tmp/cards.pdf",
                &std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            ),
            "io",
            json!({ "path": "/tmp/cards.pdf", "reason": "permission denied" }),
        ),
        (
            IpcError::appeared("/tmp/record.json"),
            "file_appeared",
            json!({ "path": "/tmp/record.json" }),
        ),
        (
            IpcError::already_there("/tmp/cards", "card-1.txt"),
            "file_exists",
            json!({ "folder": "/tmp/cards", "name": "card-1.txt" }),
        ),
    ]
}

fn check(err: &IpcError, kind: &str, details: &Value) {
    let v = serde_json::to_value(err).unwrap();
    let obj = v.as_object().unwrap();
    assert_eq!(
        obj.keys().map(String::as_str).collect::<BTreeSet<_>>(),
        BTreeSet::from(["details", "kind", "message"]),
        "{v}"
    );
    assert_eq!(v["kind"], kind, "{v}");
    assert_eq!(&v["details"], details, "{v}");
    assert!(!v["message"].as_str().unwrap().is_empty(), "{v}");
    assert_eq!(err.kind.name(), kind);
}

#[test]
fn every_core_error_keeps_its_kind_and_carries_its_facts() {
    for (e, details) in core_rows() {
        let kind = e.kind();
        let message = e.to_string();
        let err = IpcError::from(e);
        check(&err, kind, &details);
        assert_eq!(err.message, message, "the core's words, unchanged");
    }
}

#[test]
fn every_shell_error_has_its_kind_and_facts() {
    for (err, kind, details) in shell_rows() {
        check(&err, kind, &details);
    }
}

#[test]
fn the_table_names_every_kind_the_bindings_declare() {
    let decl = ErrorKind::decl(&ts_rs::Config::new());
    let declared: BTreeSet<String> = decl
        .split("\"kind\": \"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().to_owned())
        .collect();
    let mut tested: BTreeSet<String> = core_rows()
        .iter()
        .map(|(e, _)| e.kind().to_owned())
        .collect();
    tested.extend(shell_rows().iter().map(|(_, k, _)| (*k).to_owned()));
    assert_eq!(tested, declared);
    assert!(declared.len() > 70, "{declared:?}");
}
