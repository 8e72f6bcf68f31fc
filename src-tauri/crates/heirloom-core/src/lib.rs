//! Heirloom's core: a BIP-39 recovery phrase split T-of-N into encrypted shard cards, and
//! back. Pure library: no UI, no network, no globals. Secrets live in wiped memory and
//! never appear in `Debug` output or error messages.
//!
//! The data flows one way and back, one module per step:
//! phrase → entropy ([`Phrase`]) → shares ([`shamir`]) → sealed cards ([`derive_key`],
//! [`Card`]) → text ([`text`]) → QR ([`qr`]); [`split`] and [`combine`] run the whole of it.
//! `scan` goes back from a picture to QR texts. `registry` keeps the (non-secret) record of
//! the sets made.
//!
//! # Features
//!
//! All on by default. Turned off (`--no-default-features`), the crate is the part worth
//! auditing on its own: the card format, key derivation, AEAD, Shamir and phrase code,
//! built with no C++ and no image, PDF, keychain or JSON code.
//!
//! - `scan`: the `scan` module, reading QR codes from photos, scans and PDFs (zxing-cpp,
//!   which is C++, `image`, `lopdf`).
//! - `render`: the `render` module, drawing cards, the guide and the summary as PNG, SVG
//!   and PDF.
//! - `keychain`: the `keychain` module, wallets kept in the system's keychain (`keyring`).
//! - `registry`: the `registry` module, the record of the sets made (`serde_json`, `dirs`).

#![warn(missing_docs)]

mod board;
mod card;
mod error;
mod fields;
mod fingerprint;
mod kdf;
mod passphrase;
mod phrase;
mod set;
mod subsets;

pub mod correct;
pub mod files;
pub mod harden;
#[cfg(feature = "keychain")]
pub mod keychain;
pub mod qr;
#[cfg(feature = "registry")]
pub mod registry;
#[cfg(feature = "render")]
pub mod render;
#[cfg(feature = "scan")]
pub mod scan;
pub mod shamir;
pub mod text;
pub mod wordlist;

pub use bip39::Language;
pub use board::{Board, Taken, Typed};
pub use card::{Card, Header, SetId, HEADER_LEN, TAG_LEN, VERSION};
pub use error::{Error, Result};
pub use fields::{
    escape_controls, is_forbidden, Holder, TextField, MAX_HOLDER_NAME_CHARS, MAX_LABEL_CHARS,
    MAX_PLACE_CHARS, MAX_WALLET_NAME_CHARS,
};
pub use fingerprint::Fingerprint;
pub use kdf::{derive_key, KdfParams, Key, KDF_ARGON2ID};
pub use passphrase::{
    normalize as normalize_passphrase, strength, Passphrase, Strength, GENERATED_WORDS,
    MIN_GUESSES_LOG10,
};
pub use phrase::{
    language_code, language_from_code, language_from_name, language_name, Phrase, LANGUAGES,
    WORD_COUNTS,
};
pub use set::{
    check_cards, check_cards_blaming, combine, combine_blaming, combine_texts, fingerprint_of_set,
    split, split_with_rng, verify_set, verify_set_with_progress, Blamed, SetParams,
};
pub use subsets::subset_count;
pub use wordlist::suggest;
