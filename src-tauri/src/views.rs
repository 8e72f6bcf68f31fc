//! What the UI receives: public data only (handles, fingerprints, card texts).

use serde::{Deserialize, Serialize};

/// A phrase held by the app, as the UI knows it.
#[derive(Debug, Clone, Serialize)]
pub struct PhraseView {
    /// Opaque handle for later commands.
    pub handle: String,
    /// Number of words.
    pub words: usize,
    /// Wallet fingerprint, 8 hex digits.
    pub fingerprint: String,
    /// Word-list language.
    pub language: &'static str,
}

/// A wallet in the keychain.
#[derive(Debug, Clone, Serialize)]
pub struct WalletView {
    /// Its name.
    pub name: String,
    /// Its fingerprint.
    pub fingerprint: String,
}

/// Whether the keychain can be used.
#[derive(Debug, Clone, Serialize)]
pub struct KeychainStatus {
    /// True when wallets can be saved.
    pub available: bool,
    /// Why not, in plain words.
    pub message: Option<String>,
}

/// A generated passphrase, shown once.
#[derive(Debug, Clone, Serialize)]
pub struct GeneratedPassphrase {
    /// Opaque handle.
    pub handle: String,
    /// The six words, to show once.
    pub words: Vec<String>,
}

/// A strength estimate.
#[derive(Debug, Clone, Serialize)]
pub struct StrengthView {
    /// Estimated bits (log2 of guesses).
    pub bits: f64,
    /// Whether it clears the floor.
    pub acceptable: bool,
    /// Bits needed.
    pub floor_bits: f64,
}

/// Who keeps a card.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Holder {
    /// The person.
    pub name: String,
    /// Where the card is kept.
    pub place: String,
}

/// One card of a new set.
#[derive(Debug, Clone, Serialize)]
pub struct CardView {
    /// Card number, 1 … N.
    pub index: u8,
    /// The text form (what the QR holds).
    pub text: String,
    /// The text in printed groups.
    pub grouped: String,
    /// The QR code as an SVG document.
    pub qr_svg: String,
    /// QR version.
    pub qr_version: u8,
    /// QR error-correction level.
    pub qr_ecc: char,
    /// Who keeps it.
    pub holder: Holder,
}

/// A new set of cards.
#[derive(Debug, Clone, Serialize)]
pub struct BackupView {
    /// Set id, 16 hex digits.
    pub set_id: String,
    /// The holder's label.
    pub label: String,
    /// Date made, YYYY-MM-DD.
    pub date: String,
    /// Cards needed.
    pub threshold: u8,
    /// Cards made.
    pub count: u8,
    /// Words in the phrase.
    pub words: usize,
    /// Wallet fingerprint.
    pub fingerprint: String,
    /// The cards.
    pub cards: Vec<CardView>,
    /// Why the set could not be added to this computer's record, if it could not.
    pub record_problem: Option<String>,
}

/// The recovery so far: which set, which cards are in, how many more are needed.
#[derive(Debug, Clone, Serialize)]
pub struct BoardView {
    /// Set id of the first card, once there is one.
    pub set_id: Option<String>,
    /// Cards needed to recover.
    pub threshold: Option<u8>,
    /// Cards in the set.
    pub count: Option<u8>,
    /// Words in the phrase the cards hold.
    pub words: Option<usize>,
    /// Card numbers in, in the order added.
    pub cards: Vec<u8>,
    /// More cards needed (0: enough).
    pub still_needed: Option<usize>,
    /// What this computer's record knows of the set; `None` when it does not know it.
    pub known: Option<KnownSetView>,
}

/// A set as this computer's record has it: public bookkeeping only.
#[derive(Debug, Clone, Serialize)]
pub struct KnownSetView {
    /// The name the holder gave the set.
    pub label: String,
    /// When it was made, YYYY-MM-DD.
    pub made: String,
    /// The wallet's fingerprint, 8 hex digits.
    pub fingerprint: String,
    /// Who keeps each card, by card number.
    pub holders: Vec<HolderView>,
    /// When the set was retired (YYYY-MM-DD), if it was: its cards still work, but a newer
    /// set may exist.
    pub retired_on: Option<String>,
}

/// Who keeps one card.
#[derive(Debug, Clone, Serialize)]
pub struct HolderView {
    /// The card number.
    pub index: u8,
    /// The person.
    pub holder: String,
    /// Where the card is kept.
    pub place: String,
}

/// What adding from a picture, a frame or typed text did.
#[derive(Debug, Clone, Serialize)]
pub struct ScanResult {
    /// Card numbers newly added.
    pub added: Vec<u8>,
    /// Codes that were read but refused, one error each.
    pub problems: Vec<crate::error::IpcError>,
    /// The board after.
    pub board: BoardView,
}
