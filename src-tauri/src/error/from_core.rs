//! Which IPC kind, and which details, each core error becomes: field by field, so the UI
//! gets the facts (group, card, position, set ids) without reading the message.

use super::ErrorKind;

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
            E::TooManyCards { limit } => ErrorKind::TooManyCards { limit: *limit },
            // The core's enum is #[non_exhaustive], so the compiler cannot see a kind added
            // there without a line here: it would reach the UI as `internal` with the core's
            // words. tests/ipc_errors.rs has one row per core kind; add the new one there too.
            _ => ErrorKind::Internal {},
        }
    }
}
