//! The error that crosses IPC: `{kind, message, details}`. `kind` is a closed list the UI
//! branches on (the core's kinds, plus the shell's own), `details` the facts that go with it
//! (a group, a card number, a word position, have/need, set ids), and `message` is what a
//! person reads. The UI never reads facts out of `message`: everything it needs is in
//! `details`, typed by the generated bindings (ui/src/bindings/ipc.ts, see `bindings.rs`).

mod from_core;
mod shell;

use heirloom_core::TextField;
use serde::Serialize;
use ts_rs::TS;

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IpcError {
    /// What went wrong (`kind`), with its facts (`details`).
    #[serde(flatten)]
    #[ts(flatten)]
    pub kind: ErrorKind,
    /// Plain words for the person at the screen.
    pub message: String,
}

/// A field of the record whose text was refused (the core's `TextField`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// A set's label.
    Label,
    /// The wallet's name recorded with a set.
    WalletName,
    /// The name of a card's holder.
    HolderName,
    /// Where a card is kept.
    Place,
}

impl From<TextField> for Field {
    fn from(f: TextField) -> Self {
        match f {
            TextField::Label => Field::Label,
            TextField::WalletName => Field::WalletName,
            TextField::HolderName => Field::HolderName,
            TextField::Place => Field::Place,
        }
    }
}

/// What a person was asked to type to confirm, and did not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Confirmation {
    /// Replacing a saved wallet: its fingerprint.
    ReplaceWallet,
    /// Removing a saved wallet: its name.
    RemoveWallet,
    /// Retiring a set: its label (or id).
    RetireSet,
}

/// Every kind of failure the UI may receive, with its facts. Serialised as
/// `{"kind": "snake_case_name", "details": {…}}` (flattened into [`IpcError`]); every
/// variant has a `details` object, empty when there are no facts. Set ids are 16 hex
/// digits, fingerprints 8, card numbers count from 1, word positions from 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", content = "details", rename_all = "snake_case")]
pub enum ErrorKind {
    // ---- The core's kinds (heirloom_core::Error::kind()) ----
    /// Not a Heirloom card.
    NotACard {},
    /// A group of a typed card text fails its check; `group` counts from 1.
    Typo { group: usize },
    /// A card that can't be read correctly; `index` when its number is known.
    Damaged { index: Option<u8> },
    /// A card of another set than the first card's: set ids, and the sets' labels when
    /// this computer's record knows them.
    OtherSet {
        expected: String,
        found: String,
        expected_label: Option<String>,
        found_label: Option<String>,
    },
    /// This card was already added.
    Duplicate { index: u8 },
    /// Too few cards: `have` of the `need` needed.
    NotEnoughCards { have: usize, need: usize },
    /// The passphrase does not open the cards.
    WrongPassphrase {},
    /// A card of a newer format.
    UnsupportedVersion { version: u8 },
    /// KDF settings beyond any real card's.
    KdfOutOfBounds {},
    /// A phrase of `count` words, not 12/15/18/21/24.
    BadWordCount { count: usize },
    /// Word `position` (from 1) is not in the word list.
    UnknownWord { position: usize },
    /// The phrase's checksum fails.
    BadChecksum {},
    /// T of N out of range.
    InvalidThreshold { threshold: u8, count: u8 },
    /// KDF settings out of range.
    InvalidKdfParams {},
    /// A passphrase too easy to guess.
    WeakPassphrase {},
    /// A well-known passphrase.
    WellKnownPassphrase {},
    /// An empty passphrase.
    EmptyPassphrase {},
    /// Dice rolls that are not digits 1–6, or fewer than `min`.
    InvalidDice { min: usize },
    /// The keychain can't be reached.
    KeychainUnavailable {},
    /// The keychain did not store the wallet correctly.
    KeychainMismatch {},
    /// A wallet of another fingerprint is saved under `name` (the shell fills in the
    /// fingerprints; the core's bare error leaves them `null`).
    WalletExists {
        name: Option<String>,
        saved_fingerprint: Option<String>,
        new_fingerprint: Option<String>,
    },
    /// No wallet of this name.
    WalletNotFound {},
    /// A wallet name out of bounds.
    InvalidWalletName {},
    /// A file that can't be opened.
    UnreadableFile {},
    /// A file that is not a picture.
    UnreadableImage {},
    /// A PDF without pictures.
    PdfWithoutPictures {},
    /// No QR code in the picture.
    NoQrCode {},
    /// No QR code in the picture, and its printed text could not be read either: this
    /// computer has no OCR (the `tesseract` program or its English data is missing).
    NoQrCodeNoOcr {},
    /// No QR code in the picture (a check-up), and its printed text was read, but not for
    /// certain: `text` as read (the card's characters, no spaces: public, it is printed on
    /// the card), `group` the first that fails its check (from 1) when one does. Nothing
    /// can correct it without the passphrase, so the person compares it with the card.
    PrintedUnsure { text: String, group: Option<usize> },
    /// A card too large for a reliable QR code.
    CardTooLarge {},
    /// A print layout out of range.
    InvalidPrintLayout {},
    /// The cards could not be drawn.
    RenderFailed {},
    /// The random number generator failed.
    Randomness {},
    /// A record of a newer version.
    RecordTooNew {},
    /// A damaged record moved aside to `kept`.
    RecordDamaged { kept: String },
    /// The record at `path` can't be read or written.
    RecordUnavailable { path: String },
    /// No data folder.
    NoDataFolder {},
    /// The record at `path` is damaged; nothing changed.
    RecordUnreadable { path: String },
    /// Someone else is changing the record.
    RecordBusy {},
    /// The data folder at `path` is not a folder.
    DataFolderNotAFolder { path: String },
    /// A record file larger than `limit_mb`.
    RecordFileTooLarge { path: String, limit_mb: u64 },
    /// More than `limit` sets.
    TooManySets { limit: usize },
    /// The record would outgrow `limit_mb`.
    RecordFull { limit_mb: u64 },
    /// A file listing set `set_id` twice.
    DuplicateSetInFile { set_id: String },
    /// Set `set_id` of a file can't be recorded, for `reason`.
    InvalidSetInFile {
        set_id: String,
        reason: Box<ErrorKind>,
    },
    /// A text of `chars` characters in a `field` of at most `limit`.
    TextTooLong {
        field: Field,
        chars: usize,
        limit: usize,
    },
    /// A control character in a `field`.
    ControlCharacter { field: Field },
    /// Not a record file.
    NotARecordFile {},
    /// Another set `set_id` is already recorded.
    SetExists { set_id: String },
    /// No set `set_id` in the record.
    SetNotFound { set_id: String },
    /// No card `index` in a set of `count`.
    NoSuchCard { index: u8, count: u8 },
    /// Set `set_id` named as its own replacement.
    SetReplacesItself { set_id: String },
    /// A check-up interval of `days` out of range.
    InvalidCheckInterval { days: u32 },
    /// Words or cards of the wallet `found`, where `expected` was expected.
    DifferentWallet { expected: String, found: String },
    /// This wallet is already saved as `name`.
    WalletAlreadySaved { name: String, fingerprint: String },
    /// The saved wallet changed under the confirmation.
    WalletChanged {},
    /// A picture of `megapixels`, beyond `limit`.
    PictureTooLarge { megapixels: u64, limit: u64 },
    /// A file of `megabytes`, beyond `limit`.
    ScanFileTooLarge { megabytes: u64, limit: u64 },
    /// Read `read` of `pages` pages; the limit is `limit`.
    TooManyPages {
        read: usize,
        pages: usize,
        limit: usize,
    },
    /// Read `read` of `pages` pages; the limit is `limit` pictures.
    TooManyPictures {
        read: usize,
        pages: usize,
        limit: usize,
    },
    /// Read `read` of `pages` pages in the `seconds` allowed.
    ScanTimeUp {
        read: usize,
        pages: usize,
        seconds: u64,
    },
    /// A folder, device or pipe, not a file.
    ScanNotAFile {},
    /// The scan was stopped.
    ScanCancelled {},
    /// `limit` cards, typed ones included, are on the board already.
    TooManyCards { limit: usize },
    /// `field` holds `character`, which a card cannot print as written.
    Unprintable { field: Field, character: String },

    // ---- The shell's own kinds ----
    /// The handle of a phrase or passphrase is unknown.
    Expired {},
    /// The phrase sat unused too long and was forgotten.
    TimedOut {},
    /// A worker thread of Heirloom's own failed.
    Internal {},
    /// Checking printed cards needs every card of the set (`need`), and `have` are in.
    VerifyNeedsEveryCard { have: usize, need: usize },
    /// The passphrase typed back from paper differs: in its word count (`expected`,
    /// `typed`), or at word `position` (from 1).
    PassphraseMismatch {
        expected: Option<usize>,
        typed: Option<usize>,
        position: Option<usize>,
    },
    /// Words on the person's paper that are not the phrase's, by position (from 1); empty
    /// when none were typed.
    WrittenWordsDiffer { positions: Vec<usize> },
    /// Words read back from paper were wrong `allowed` times: no more checks until the
    /// words are shown again.
    TooManyWrongWords { allowed: u8 },
    /// Cards were to be made with a passphrase nobody typed back.
    PassphraseNotConfirmed {},
    /// A chosen passphrase is never shown again.
    NotShownAgain {},
    /// The person said no in a native confirmation dialog.
    Declined {},
    /// T = N without the acknowledgement.
    AllCardsNeeded { count: u8 },
    /// A confirmation typed wrong.
    NotConfirmed {
        what: Confirmation,
        /// What was to be typed, when it is public (a fingerprint); `null` otherwise.
        expected: Option<String>,
    },
    /// Removing the only copy of wallet `name`.
    OnlyCopy { name: String },
    /// A set id that is not 16 hexadecimal characters.
    BadSetId {},
    /// A file could not be written at `path`.
    /// `reason`: the system's words for what went wrong (e.g. "No space left on device").
    Io { path: String, reason: String },
    /// A file appeared at `path` while the save dialog was open.
    FileAppeared { path: String },
    /// `folder` already has a file `name`.
    FileExists { folder: String, name: String },
}

impl ErrorKind {
    /// The kind's name, as serialised (`snake_case`).
    pub fn name(&self) -> String {
        match serde_json::to_value(self) {
            Ok(v) => v["kind"].as_str().unwrap_or_default().to_owned(),
            Err(_) => String::new(),
        }
    }
}

impl From<heirloom_core::Error> for IpcError {
    fn from(e: heirloom_core::Error) -> Self {
        IpcError {
            kind: ErrorKind::from(&e),
            message: e.to_string(),
        }
    }
}

/// Result of a command.
pub type CmdResult<T> = Result<T, IpcError>;
