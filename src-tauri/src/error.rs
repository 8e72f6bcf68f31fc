//! The error that crosses IPC: `{kind, message, details}`. `kind` is a closed list the UI
//! branches on (the core's kinds, plus the shell's own), `details` the facts that go with it
//! (a group, a card number, a word position, have/need, set ids), and `message` is what a
//! person reads. The UI never reads facts out of `message`: everything it needs is in
//! `details`, typed by the generated bindings (ui/src/bindings/ipc.ts, see `bindings.rs`).

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
    /// A card of another set than the first card's.
    OtherSet { expected: String, found: String },
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

    // ---- The shell's own kinds ----
    /// The handle of a phrase or passphrase is unknown.
    Expired {},
    /// The phrase sat unused too long and was forgotten.
    TimedOut {},
    /// A worker thread of Heirloom's own failed.
    Internal {},
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
    Io { path: String },
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

impl From<&heirloom_core::Error> for ErrorKind {
    fn from(e: &heirloom_core::Error) -> Self {
        use heirloom_core::Error as E;
        let path = |p: &std::path::Path| p.display().to_string();
        match e {
            E::NotACard => ErrorKind::NotACard {},
            E::Typo { group } => ErrorKind::Typo { group: *group },
            E::Damaged { index } => ErrorKind::Damaged { index: *index },
            E::OtherSet { expected, found } => ErrorKind::OtherSet {
                expected: expected.to_string(),
                found: found.to_string(),
            },
            E::Duplicate { index } => ErrorKind::Duplicate { index: *index },
            E::NotEnoughCards { have, need } => ErrorKind::NotEnoughCards {
                have: *have,
                need: *need,
            },
            E::WrongPassphrase => ErrorKind::WrongPassphrase {},
            E::UnsupportedVersion { version } => {
                ErrorKind::UnsupportedVersion { version: *version }
            }
            E::KdfOutOfBounds => ErrorKind::KdfOutOfBounds {},
            E::BadWordCount { count } => ErrorKind::BadWordCount { count: *count },
            E::UnknownWord { position } => ErrorKind::UnknownWord {
                position: *position,
            },
            E::BadChecksum => ErrorKind::BadChecksum {},
            E::InvalidThreshold { threshold, count } => ErrorKind::InvalidThreshold {
                threshold: *threshold,
                count: *count,
            },
            E::InvalidKdfParams => ErrorKind::InvalidKdfParams {},
            E::WeakPassphrase => ErrorKind::WeakPassphrase {},
            E::WellKnownPassphrase => ErrorKind::WellKnownPassphrase {},
            E::EmptyPassphrase => ErrorKind::EmptyPassphrase {},
            E::InvalidDice { min } => ErrorKind::InvalidDice { min: *min },
            E::KeychainUnavailable => ErrorKind::KeychainUnavailable {},
            E::KeychainMismatch => ErrorKind::KeychainMismatch {},
            E::WalletExists => ErrorKind::WalletExists {
                name: None,
                saved_fingerprint: None,
                new_fingerprint: None,
            },
            E::WalletNotFound => ErrorKind::WalletNotFound {},
            E::InvalidWalletName => ErrorKind::InvalidWalletName {},
            E::UnreadableFile => ErrorKind::UnreadableFile {},
            E::UnreadableImage => ErrorKind::UnreadableImage {},
            E::PdfWithoutPictures => ErrorKind::PdfWithoutPictures {},
            E::NoQrCode => ErrorKind::NoQrCode {},
            E::CardTooLarge => ErrorKind::CardTooLarge {},
            E::InvalidPrintLayout => ErrorKind::InvalidPrintLayout {},
            E::RenderFailed => ErrorKind::RenderFailed {},
            E::Randomness => ErrorKind::Randomness {},
            E::RecordTooNew => ErrorKind::RecordTooNew {},
            E::RecordDamaged { kept } => ErrorKind::RecordDamaged { kept: path(kept) },
            E::RecordUnavailable { path: p } => ErrorKind::RecordUnavailable { path: path(p) },
            E::NoDataFolder => ErrorKind::NoDataFolder {},
            E::RecordUnreadable { path: p } => ErrorKind::RecordUnreadable { path: path(p) },
            E::RecordBusy => ErrorKind::RecordBusy {},
            E::DataFolderNotAFolder { path: p } => {
                ErrorKind::DataFolderNotAFolder { path: path(p) }
            }
            E::RecordFileTooLarge { path: p, limit_mb } => ErrorKind::RecordFileTooLarge {
                path: path(p),
                limit_mb: *limit_mb,
            },
            E::TooManySets { limit } => ErrorKind::TooManySets { limit: *limit },
            E::RecordFull { limit_mb } => ErrorKind::RecordFull {
                limit_mb: *limit_mb,
            },
            E::DuplicateSetInFile { id } => ErrorKind::DuplicateSetInFile {
                set_id: id.to_string(),
            },
            E::InvalidSetInFile { id, reason } => ErrorKind::InvalidSetInFile {
                set_id: id.to_string(),
                reason: Box::new(ErrorKind::from(&**reason)),
            },
            E::TextTooLong {
                field,
                chars,
                limit,
            } => ErrorKind::TextTooLong {
                field: (*field).into(),
                chars: *chars,
                limit: *limit,
            },
            E::ControlCharacter { field } => ErrorKind::ControlCharacter {
                field: (*field).into(),
            },
            E::NotARecordFile => ErrorKind::NotARecordFile {},
            E::SetExists { id } => ErrorKind::SetExists {
                set_id: id.to_string(),
            },
            E::SetNotFound { id } => ErrorKind::SetNotFound {
                set_id: id.to_string(),
            },
            E::NoSuchCard { index, count } => ErrorKind::NoSuchCard {
                index: *index,
                count: *count,
            },
            E::SetReplacesItself { id } => ErrorKind::SetReplacesItself {
                set_id: id.to_string(),
            },
            E::InvalidCheckInterval { days } => ErrorKind::InvalidCheckInterval { days: *days },
            E::DifferentWallet { expected, found } => ErrorKind::DifferentWallet {
                expected: expected.to_string(),
                found: found.to_string(),
            },
            E::WalletAlreadySaved { name, fingerprint } => ErrorKind::WalletAlreadySaved {
                name: name.clone(),
                fingerprint: fingerprint.to_string(),
            },
            E::WalletChanged => ErrorKind::WalletChanged {},
            E::PictureTooLarge { megapixels, limit } => ErrorKind::PictureTooLarge {
                megapixels: *megapixels,
                limit: *limit,
            },
            E::ScanFileTooLarge { megabytes, limit } => ErrorKind::ScanFileTooLarge {
                megabytes: *megabytes,
                limit: *limit,
            },
            E::TooManyPages { read, pages, limit } => ErrorKind::TooManyPages {
                read: *read,
                pages: *pages,
                limit: *limit,
            },
            E::TooManyPictures { read, pages, limit } => ErrorKind::TooManyPictures {
                read: *read,
                pages: *pages,
                limit: *limit,
            },
            E::ScanTimeUp {
                read,
                pages,
                seconds,
            } => ErrorKind::ScanTimeUp {
                read: *read,
                pages: *pages,
                seconds: *seconds,
            },
            E::ScanNotAFile => ErrorKind::ScanNotAFile {},
            E::ScanCancelled => ErrorKind::ScanCancelled {},
            // The core's enum is #[non_exhaustive], so the compiler cannot see a kind added
            // there without a line here: it would reach the UI as `internal` with the core's
            // words. tests/ipc_errors.rs has one row per core kind; add the new one there too.
            _ => ErrorKind::Internal {},
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

impl IpcError {
    fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        IpcError {
            kind,
            message: message.into(),
        }
    }

    /// The same error, in other words (the facts are unchanged).
    pub fn with_message(self, message: impl Into<String>) -> Self {
        IpcError {
            message: message.into(),
            ..self
        }
    }

    /// The handle of a phrase or passphrase is unknown: it was forgotten, or never existed.
    pub fn expired() -> Self {
        IpcError::new(
            ErrorKind::Expired {},
            "This step has expired, so the words were cleared from memory. Please start this backup again.",
        )
    }

    /// The phrase sat unused longer than [`PHRASE_IDLE_LIMIT`](crate::state::PHRASE_IDLE_LIMIT)
    /// and was forgotten.
    pub fn timed_out() -> Self {
        IpcError::new(
            ErrorKind::TimedOut {},
            "This took too long; for safety the words were forgotten. Start again.",
        )
    }

    /// A worker thread of Heirloom's own failed (a bug, not the person's input). Nothing was
    /// changed; saying "wrong passphrase" or "damaged card" here would send a family looking
    /// for a problem they don't have.
    pub fn internal() -> Self {
        IpcError::new(
            ErrorKind::Internal {},
            "Something went wrong inside Heirloom, not with your cards or words. Nothing was changed. Please try again; if it happens again, close Heirloom, open it again, and report the problem.",
        )
    }

    /// The passphrase typed back from paper is not the one the cards would be locked with.
    pub fn passphrase_mismatch(m: crate::commands::passphrase::Mismatch) -> Self {
        use crate::commands::passphrase::Mismatch;
        match m {
            Mismatch::WordCount { expected, typed } => IpcError::new(
                ErrorKind::PassphraseMismatch {
                    expected: Some(expected),
                    typed: Some(typed),
                    position: None,
                },
                format!(
                    "You typed {typed} word{}, but the passphrase has {expected}. Compare what you typed with your paper; no card has been made.",
                    if typed == 1 { "" } else { "s" }
                ),
            ),
            Mismatch::Word(n) => IpcError::new(
                ErrorKind::PassphraseMismatch {
                    expected: None,
                    typed: None,
                    position: Some(n),
                },
                format!(
                    "Word {n} is not the same as in the passphrase. Compare it with your paper, letter by letter, and correct the paper if it is wrong there; no card has been made."
                ),
            ),
        }
    }

    /// Words read back from the person's paper are not the phrase's: the positions.
    pub fn written_words_differ(positions: &[usize]) -> Self {
        let list = positions
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        let message = if positions.is_empty() {
            "Type the words asked for from your paper.".into()
        } else {
            format!(
                "{} {list} on your paper {} not the word{} of the phrase. Show the words again and correct your paper: the cards will give back the words shown, not the ones written.",
                if positions.len() == 1 { "Word" } else { "Words" },
                if positions.len() == 1 { "is" } else { "are" },
                if positions.len() == 1 { "" } else { "s" },
            )
        };
        IpcError::new(
            ErrorKind::WrittenWordsDiffer {
                positions: positions.to_vec(),
            },
            message,
        )
    }

    /// Checking printed cards with some of them missing: every card is checked, not T.
    pub fn verify_needs_every_card(have: usize, need: usize) -> Self {
        IpcError::new(
            ErrorKind::NotEnoughCards { have, need },
            format!(
                "Checking the printed cards needs all {need} of them, and {have} {} in. Bring back every card of the set: a card that is not checked is not proven.",
                if have == 1 { "is" } else { "are" }
            ),
        )
    }

    /// Cards were to be made with a passphrase nobody has typed back from paper.
    pub fn passphrase_not_confirmed() -> Self {
        IpcError::new(
            ErrorKind::PassphraseNotConfirmed {},
            "Type the passphrase again from your paper first, so the cards are locked with exactly what is written down.",
        )
    }

    /// Only the generated words are ever shown again.
    pub fn not_shown_again() -> Self {
        IpcError::new(
            ErrorKind::NotShownAgain {},
            "A passphrase you chose yourself is not shown again. If you are not sure what you wrote down, choose it again.",
        )
    }

    /// The person said no in a native confirmation dialog (or none could be shown).
    pub fn declined() -> Self {
        IpcError::new(ErrorKind::Declined {}, "Nothing was shown.")
    }

    /// T = N without the acknowledgement that losing one card loses the wallet.
    pub fn all_cards_needed(count: u8) -> Self {
        IpcError::new(
            ErrorKind::AllCardsNeeded { count },
            format!(
                "With {count} of {count}, losing any one card loses the wallet for ever. Confirm that this is what you want, or choose a smaller number of cards needed."
            ),
        )
    }

    /// A wallet of another fingerprint is saved under the name; replacing it needs its
    /// fingerprint typed.
    pub fn wallet_exists(name: &str, saved: &str, new: &str) -> Self {
        IpcError::new(
            ErrorKind::WalletExists {
                name: Some(name.to_owned()),
                saved_fingerprint: Some(saved.to_owned()),
                new_fingerprint: Some(new.to_owned()),
            },
            format!(
                "Another wallet is already saved as “{name}”: fingerprint {saved}. These words are the wallet with fingerprint {new}. Nothing was changed. Choose another name; or, to replace the saved wallet and delete its words from this computer, type its fingerprint {saved}."
            ),
        )
    }

    /// A replacement was confirmed with something other than the saved wallet's fingerprint.
    pub fn replace_not_confirmed(saved: &str) -> Self {
        IpcError::new(
            ErrorKind::NotConfirmed {
                what: Confirmation::ReplaceWallet,
                expected: Some(saved.to_owned()),
            },
            format!(
                "To replace the saved wallet, type its fingerprint, {saved}, exactly. Nothing was changed."
            ),
        )
    }

    /// Removing the only copy of a wallet: no verified, active card set is recorded.
    pub fn only_copy(name: &str) -> Self {
        IpcError::new(
            ErrorKind::OnlyCopy {
                name: name.to_owned(),
            },
            format!(
                "“{name}” is the only copy of this wallet on this computer, and no checked cards of it exist: no active backup set of it has been verified after printing. If you remove it and have no other copy, the wallet and its money are lost for ever."
            ),
        )
    }

    /// The person did not confirm a removal.
    pub fn not_confirmed() -> Self {
        IpcError::new(
            ErrorKind::NotConfirmed {
                what: Confirmation::RemoveWallet,
                expected: None,
            },
            "Type the wallet's name exactly to confirm removing it.",
        )
    }

    /// A set id that is not 16 hexadecimal characters.
    pub fn bad_set_id() -> Self {
        IpcError::new(
            ErrorKind::BadSetId {},
            "That is not a backup set id: it is the 16 characters printed on each card.",
        )
    }

    /// The person did not confirm retiring a set.
    pub fn retire_not_confirmed() -> Self {
        IpcError::new(
            ErrorKind::NotConfirmed {
                what: Confirmation::RetireSet,
                expected: None,
            },
            "Type the set's name exactly as shown to confirm retiring it.",
        )
    }

    /// A file could not be written.
    pub fn io(what: &str, e: &std::io::Error) -> Self {
        IpcError::new(
            ErrorKind::Io {
                path: what.to_owned(),
            },
            format!("Could not write {what}: {e}."),
        )
    }

    /// A file appeared at a new name chosen in a save dialog before it was written: it is
    /// not replaced, since nobody was asked.
    pub fn appeared(path: &str) -> Self {
        IpcError::new(
            ErrorKind::FileAppeared {
                path: path.to_owned(),
            },
            format!(
                "Nothing was saved: a file {path} appeared while the dialog was open, and Heirloom only replaces a file when you were asked. Save again."
            ),
        )
    }

    /// The folder chosen for the card files already has a file of one of their names:
    /// nothing was written.
    pub fn already_there(folder: &str, name: &str) -> Self {
        IpcError::new(
            ErrorKind::FileExists {
                folder: folder.to_owned(),
                name: name.to_owned(),
            },
            format!(
                "Nothing was saved: {folder} already has a file named {name}, and Heirloom never writes over a file. Choose an empty folder."
            ),
        )
    }
}

/// Result of a command.
pub type CmdResult<T> = Result<T, IpcError>;
