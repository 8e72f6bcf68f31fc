//! Which IPC kind, and which details, each core error becomes: field by field, so the UI
//! gets the facts (group, card, position, set ids) without reading the message.

use super::ErrorKind;

impl From<&heirloom_core::Error> for ErrorKind {
    fn from(e: &heirloom_core::Error) -> Self {
        card_kind(e)
            .or_else(|| wallet_and_file_kind(e))
            .or_else(|| record_kind(e))
            .or_else(|| scan_kind(e))
            // The core's enum is #[non_exhaustive], so the compiler cannot see a kind added
            // there without a line in one of the functions below: it would reach the UI as
            // `internal` with the core's words. tests/ipc_errors.rs has one row per core
            // kind; add the new one there too.
            .unwrap_or(ErrorKind::Internal {})
    }
}

/// A card, a set of cards, and the passphrase that opens them.
fn card_kind(e: &heirloom_core::Error) -> Option<ErrorKind> {
    use heirloom_core::Error as E;
    match e {
        E::NotACard => Some(ErrorKind::NotACard {}),
        E::Typo { group } => Some(ErrorKind::Typo { group: *group }),
        E::Damaged { index } => Some(ErrorKind::Damaged { index: *index }),
        E::OtherSet { expected, found } => Some(ErrorKind::OtherSet {
            expected: expected.to_string(),
            found: found.to_string(),
            expected_label: None,
            found_label: None,
        }),
        E::Duplicate { index } => Some(ErrorKind::Duplicate { index: *index }),
        E::NotEnoughCards { have, need } => Some(ErrorKind::NotEnoughCards {
            have: *have,
            need: *need,
        }),
        E::WrongPassphrase => Some(ErrorKind::WrongPassphrase {}),
        E::UnsupportedVersion { version } => {
            Some(ErrorKind::UnsupportedVersion { version: *version })
        }
        E::KdfOutOfBounds => Some(ErrorKind::KdfOutOfBounds {}),
        _ => None,
    }
}

/// Words, passphrases, the keychain, and reading or drawing files.
fn wallet_and_file_kind(e: &heirloom_core::Error) -> Option<ErrorKind> {
    use heirloom_core::Error as E;
    match e {
        E::BadWordCount { count } => Some(ErrorKind::BadWordCount { count: *count }),
        E::UnknownWord { position } => Some(ErrorKind::UnknownWord {
            position: *position,
        }),
        E::BadChecksum => Some(ErrorKind::BadChecksum {}),
        E::InvalidThreshold { threshold, count } => Some(ErrorKind::InvalidThreshold {
            threshold: *threshold,
            count: *count,
        }),
        E::InvalidKdfParams => Some(ErrorKind::InvalidKdfParams {}),
        E::WeakPassphrase => Some(ErrorKind::WeakPassphrase {}),
        E::WellKnownPassphrase => Some(ErrorKind::WellKnownPassphrase {}),
        E::EmptyPassphrase => Some(ErrorKind::EmptyPassphrase {}),
        E::InvalidDice { min } => Some(ErrorKind::InvalidDice { min: *min }),
        E::KeychainUnavailable => Some(ErrorKind::KeychainUnavailable {}),
        E::KeychainMismatch => Some(ErrorKind::KeychainMismatch {}),
        E::WalletExists => Some(ErrorKind::WalletExists {
            name: None,
            saved_fingerprint: None,
            new_fingerprint: None,
        }),
        E::WalletNotFound => Some(ErrorKind::WalletNotFound {}),
        E::InvalidWalletName => Some(ErrorKind::InvalidWalletName {}),
        E::UnreadableFile => Some(ErrorKind::UnreadableFile {}),
        E::UnreadableImage => Some(ErrorKind::UnreadableImage {}),
        E::PdfWithoutPictures => Some(ErrorKind::PdfWithoutPictures {}),
        E::NoQrCode => Some(ErrorKind::NoQrCode {}),
        E::CardTooLarge => Some(ErrorKind::CardTooLarge {}),
        E::InvalidPrintLayout => Some(ErrorKind::InvalidPrintLayout {}),
        E::RenderFailed => Some(ErrorKind::RenderFailed {}),
        E::Randomness => Some(ErrorKind::Randomness {}),
        _ => None,
    }
}

/// The record of sets on this computer.
fn record_kind(e: &heirloom_core::Error) -> Option<ErrorKind> {
    use heirloom_core::Error as E;
    let path = |p: &std::path::Path| p.display().to_string();
    match e {
        E::RecordTooNew => Some(ErrorKind::RecordTooNew {}),
        E::RecordDamaged { kept } => Some(ErrorKind::RecordDamaged { kept: path(kept) }),
        E::RecordUnavailable { path: p } => Some(ErrorKind::RecordUnavailable { path: path(p) }),
        E::NoDataFolder => Some(ErrorKind::NoDataFolder {}),
        E::RecordUnreadable { path: p } => Some(ErrorKind::RecordUnreadable { path: path(p) }),
        E::RecordBusy => Some(ErrorKind::RecordBusy {}),
        E::DataFolderNotAFolder { path: p } => {
            Some(ErrorKind::DataFolderNotAFolder { path: path(p) })
        }
        E::RecordFileTooLarge { path: p, limit_mb } => Some(ErrorKind::RecordFileTooLarge {
            path: path(p),
            limit_mb: *limit_mb,
        }),
        E::TooManySets { limit } => Some(ErrorKind::TooManySets { limit: *limit }),
        E::RecordFull { limit_mb } => Some(ErrorKind::RecordFull {
            limit_mb: *limit_mb,
        }),
        E::DuplicateSetInFile { id } => Some(ErrorKind::DuplicateSetInFile {
            set_id: id.to_string(),
        }),
        E::InvalidSetInFile { id, reason } => Some(ErrorKind::InvalidSetInFile {
            set_id: id.to_string(),
            reason: Box::new(ErrorKind::from(&**reason)),
        }),
        E::TextTooLong {
            field,
            chars,
            limit,
        } => Some(ErrorKind::TextTooLong {
            field: (*field).into(),
            chars: *chars,
            limit: *limit,
        }),
        E::ControlCharacter { field } => Some(ErrorKind::ControlCharacter {
            field: (*field).into(),
        }),
        E::NotARecordFile => Some(ErrorKind::NotARecordFile {}),
        E::SetExists { id } => Some(ErrorKind::SetExists {
            set_id: id.to_string(),
        }),
        E::SetNotFound { id } => Some(ErrorKind::SetNotFound {
            set_id: id.to_string(),
        }),
        E::NoSuchCard { index, count } => Some(ErrorKind::NoSuchCard {
            index: *index,
            count: *count,
        }),
        E::SetReplacesItself { id } => Some(ErrorKind::SetReplacesItself {
            set_id: id.to_string(),
        }),
        E::InvalidCheckInterval { days } => Some(ErrorKind::InvalidCheckInterval { days: *days }),
        E::DifferentWallet { expected, found } => Some(ErrorKind::DifferentWallet {
            expected: expected.to_string(),
            found: found.to_string(),
        }),
        E::WalletAlreadySaved { name, fingerprint } => Some(ErrorKind::WalletAlreadySaved {
            name: name.clone(),
            fingerprint: fingerprint.to_string(),
        }),
        E::WalletChanged => Some(ErrorKind::WalletChanged {}),
        _ => None,
    }
}

/// Scanning pictures and PDFs within their budget; the board's size.
fn scan_kind(e: &heirloom_core::Error) -> Option<ErrorKind> {
    use heirloom_core::Error as E;
    match e {
        E::PictureTooLarge { megapixels, limit } => Some(ErrorKind::PictureTooLarge {
            megapixels: *megapixels,
            limit: *limit,
        }),
        E::ScanFileTooLarge { megabytes, limit } => Some(ErrorKind::ScanFileTooLarge {
            megabytes: *megabytes,
            limit: *limit,
        }),
        E::TooManyPages { read, pages, limit } => Some(ErrorKind::TooManyPages {
            read: *read,
            pages: *pages,
            limit: *limit,
        }),
        E::TooManyPictures { read, pages, limit } => Some(ErrorKind::TooManyPictures {
            read: *read,
            pages: *pages,
            limit: *limit,
        }),
        E::ScanTimeUp {
            read,
            pages,
            seconds,
        } => Some(ErrorKind::ScanTimeUp {
            read: *read,
            pages: *pages,
            seconds: *seconds,
        }),
        E::ScanNotAFile => Some(ErrorKind::ScanNotAFile {}),
        E::ScanCancelled => Some(ErrorKind::ScanCancelled {}),
        E::TooManyCards { limit } => Some(ErrorKind::TooManyCards { limit: *limit }),
        E::Unprintable { field, character } => Some(ErrorKind::Unprintable {
            field: (*field).into(),
            character: character.to_string(),
        }),
        _ => None,
    }
}
