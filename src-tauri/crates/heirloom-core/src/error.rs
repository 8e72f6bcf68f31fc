//! The one error type of the core. Every variant's message is written for the person in
//! front of the screen: what happened, and what to do next. No message ever contains a
//! recovery-phrase word or a passphrase.

use std::fmt;
use std::path::PathBuf;

use crate::card::SetId;
use crate::fields::TextField;
use crate::fingerprint::Fingerprint;

/// Everything that can go wrong in the core.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The text or image is not a Heirloom card at all.
    #[error("This is not a Heirloom card. Check that you scanned or typed the code from a Heirloom shard card.")]
    NotACard,

    /// A typed group of the card text does not match its check character (1-based group).
    #[error("Group {group} of the card text does not look right. Compare it, and the group before it, with the card, character by character: a character left out or added there makes this group and the ones after it look wrong.")]
    Typo {
        /// The group whose check character does not match, counted from 1.
        group: usize,
    },

    /// The card was read, but its contents are inconsistent or fail authentication.
    #[error("{} is damaged: it can't be read correctly. Scan it again, or type the text printed under the QR code.", card_name(*.index))]
    Damaged {
        /// The card's number, when its header could be read.
        index: Option<u8>,
    },

    /// The card belongs to a different backup set than the cards given before it.
    #[error("This card belongs to a different backup (set {found}) than the first card (set {expected}). Use only cards from one set.")]
    OtherSet {
        /// The set of the cards given first.
        expected: SetId,
        /// The set of this card.
        found: SetId,
    },

    /// The same card was given twice.
    #[error("You already added card {index}. Add a different card.")]
    Duplicate {
        /// The number of the card given twice.
        index: u8,
    },

    /// Fewer cards than the threshold were given.
    #[error("Not enough cards: you have {have}, any {need} recover the wallet; need {} more card{}.", .need - .have, plural(.need - .have))]
    NotEnoughCards {
        /// How many different cards were given.
        have: usize,
        /// The threshold T.
        need: usize,
    },

    /// The passphrase does not open the cards.
    #[error(
        "The passphrase is not right for these cards. Check spelling and spaces, and try again."
    )]
    WrongPassphrase,

    /// The card was made by a newer version of Heirloom.
    #[error("This card was made by a newer version of Heirloom (card format {version}). Install the latest Heirloom to read it.")]
    UnsupportedVersion {
        /// The format version the card declares.
        version: u8,
    },

    /// The card asks for key-derivation work beyond the safe bounds.
    #[error("This card asks for more computer memory or time than any real Heirloom card does, so it was refused. It may have been tampered with.")]
    KdfOutOfBounds,

    /// A recovery phrase has a word count BIP-39 does not allow.
    #[error("A recovery phrase has 12, 15, 18, 21 or 24 words; this one has {count}.")]
    BadWordCount {
        /// How many words were given.
        count: usize,
    },

    /// A recovery-phrase word is not on the word list (1-based position).
    #[error("Word {position} is not a recovery-phrase word. Check its spelling.")]
    UnknownWord {
        /// The word's position, counted from 1 (never the word itself: it may be secret).
        position: usize,
    },

    /// Every word is valid but the phrase's checksum does not match.
    #[error("The words are all valid, but they don't form a valid recovery phrase: one is probably wrong or out of order. Check each word against your backup.")]
    BadChecksum,

    /// T and N are outside 2 ≤ T ≤ N ≤ 16.
    #[error("Choose between 2 and 16 cards, and a number needed to recover between 2 and the number of cards (you chose {threshold} of {count}).")]
    InvalidThreshold {
        /// The number of cards asked for to recover (T).
        threshold: u8,
        /// The number of cards asked for (N).
        count: u8,
    },

    /// KDF parameters asked for when making cards are outside the bounds of the format.
    #[error("Key-derivation settings out of range: memory must be a power of two from 8 to 1024 MiB, passes 1 to 8, lanes 1 to 8.")]
    InvalidKdfParams,

    /// A chosen passphrase is too easy to guess.
    #[error("This passphrase is too easy to guess. Use the six generated words, or a longer passphrase of several unrelated words.")]
    WeakPassphrase,

    /// A chosen passphrase is a well-known phrase (a famous quote, an example, a test
    /// phrase), which attackers try before anything else.
    #[error("This is a well-known phrase that attackers try first; choose words of your own, or use the six generated words.")]
    WellKnownPassphrase,

    /// The passphrase is empty.
    #[error(
        "The passphrase is empty. Type the passphrase that was chosen when the cards were made."
    )]
    EmptyPassphrase,

    /// Dice rolls given for extra randomness are not digits 1 to 6.
    #[error(
        "Dice rolls must be the digits 1 to 6 (spaces are ignored); roll at least {min} times."
    )]
    InvalidDice {
        /// The fewest rolls accepted.
        min: usize,
    },

    /// No keychain can be reached: it is locked, or the system has no keychain service.
    #[error("This computer's keychain can't be reached (it may be locked, or there is none). You can go on without saving the wallet on this computer.")]
    KeychainUnavailable,

    /// What was read back from the keychain is not what was written.
    #[error("The keychain did not store the wallet correctly, so nothing was saved. Try again, or go on without saving.")]
    KeychainMismatch,

    /// A wallet of that name is already in the keychain.
    #[error("A wallet with this name is already saved on this computer. Choose another name, or confirm that you want to replace it.")]
    WalletExists,

    /// No wallet of that name is in the keychain.
    #[error("There is no wallet with this name on this computer.")]
    WalletNotFound,

    /// A wallet name is empty, too long, or has control characters.
    #[error("Give the wallet a name of 1 to 64 characters.")]
    InvalidWalletName,

    /// A file could not be opened or read.
    #[error(
        "Heirloom can't open this file. Check that it is still there and that you may read it."
    )]
    UnreadableFile,

    /// A file is not a picture Heirloom can read.
    #[error("Heirloom can't read this file as a picture. Use a photo or scan saved as PNG, JPEG or PDF.")]
    UnreadableImage,

    /// A PDF has no scanned pictures in it, and no card text.
    #[error("This PDF has no scanned pictures and no card text in it. Open the scan or photo of the cards instead, or type the text printed under each QR code.")]
    PdfWithoutPictures,

    /// A picture was read, but no QR code was found in it.
    #[error("No QR code was found in this picture. Take it again with the whole card in view, in even light and in focus, or type the text printed under the QR code.")]
    NoQrCode,

    /// A card's QR code would need a version above 7, or modules below 0.8 mm on paper.
    #[error("This card is too large to print as a reliable QR code. It was not made by this version of Heirloom; print its text instead.")]
    CardTooLarge,

    /// A print job asks for a layout that does not exist (cards per page, resolution).
    #[error("Choose 1 to 4 cards per page, at least one card, and a picture resolution from 72 to 1200 dpi.")]
    InvalidPrintLayout,

    /// Drawing a card, guide or PDF failed inside Heirloom (a bundled font or encoder).
    #[error("Heirloom could not draw the cards. Nothing was written; please report this problem.")]
    RenderFailed,

    /// The operating system's random number generator failed.
    #[error("This computer's random number generator failed. Nothing was created; try again.")]
    Randomness,

    /// The record of backup sets was written by a newer Heirloom; this one will not change it.
    #[error("The record of your backup sets was made by a newer version of Heirloom, so this version will not change it. Install the latest Heirloom.")]
    RecordTooNew,

    /// The record of backup sets was damaged; it was moved aside and a new one started.
    #[error("The record of your backup sets was damaged and could not be read. It was kept as {} and a new, empty record was started; nothing else was changed. Import a saved export of the record if you have one.", .kept.display())]
    RecordDamaged {
        /// Where the damaged record was moved, so the person can find it.
        kept: PathBuf,
    },

    /// The record's folder or file cannot be read or written.
    #[error("Heirloom can't read or save its record of backup sets at {}. Check that the disk is not full and that you may write there.", .path.display())]
    RecordUnavailable {
        /// The record's file or folder that failed.
        path: PathBuf,
    },

    /// The computer has no folder for application data.
    #[error("Heirloom can't find a folder for its own data on this computer, so it can't keep a record of backup sets.")]
    NoDataFolder,

    /// The record of backup sets is damaged; a read found it and left it as it is. The next
    /// change keeps it aside and starts a new record.
    #[error("The record of your backup sets at {} is damaged and could not be read; nothing was changed. Import a saved export of the record if you have one: Heirloom then keeps the damaged file aside, next to it, and starts a new record (recording a new set does the same).", .path.display())]
    RecordUnreadable {
        /// The damaged record, left where it is.
        path: PathBuf,
    },

    /// Another process holds the record's lock for longer than a change waits.
    #[error("Another Heirloom window or command is changing the record of backup sets. Try again when it has finished.")]
    RecordBusy,

    /// The data folder (or `HEIRLOOM_DATA_DIR`) names something that is not a folder.
    #[error("{} is not a folder, so Heirloom can't keep its record of backup sets there. If HEIRLOOM_DATA_DIR is set, make it name a folder.", .path.display())]
    DataFolderNotAFolder {
        /// What the data folder names.
        path: PathBuf,
    },

    /// A file to import holds more than any record Heirloom writes: over the byte limit
    /// (then it is not read further), or over the limit on JSON tokens.
    #[error("{} holds more than a record of backup sets can (at most {limit_mb} MB, room for about 100,000 sets), so it was not read and nothing was changed. Choose a file made with Export.", .path.display())]
    RecordFileTooLarge {
        /// The file refused (empty when the bytes came from no file).
        path: PathBuf,
        /// The byte limit, in MB.
        limit_mb: u64,
    },

    /// A record (read, or as an import would leave it) lists more sets than Heirloom keeps.
    #[error("A record of backup sets holds at most {limit} sets, and this one would hold more, so nothing was changed.")]
    TooManySets {
        /// The most sets a record holds.
        limit: usize,
    },

    /// Saving the record would make it larger than Heirloom reads back.
    #[error("The record of backup sets would grow beyond {limit_mb} MB, the most Heirloom reads back, so this change was not saved.")]
    RecordFull {
        /// The most a record may weigh, in MB.
        limit_mb: u64,
    },

    /// A file to import lists the same set twice.
    #[error("This file lists backup set {id} more than once, which no export made by Heirloom does. It may have been edited or damaged; nothing was imported.")]
    DuplicateSetInFile {
        /// The set listed more than once.
        id: SetId,
    },

    /// A set in a file to import breaks a rule this computer keeps for its own record.
    #[error("Nothing was imported: backup set {id} in this file can't be recorded. {reason}")]
    InvalidSetInFile {
        /// The set refused.
        id: SetId,
        /// The rule it breaks, as the error recording it here would give.
        reason: Box<Error>,
    },

    /// A label, name or place is longer than its limit.
    #[error("The {field} is {chars} characters long; a {field} has at most {limit} characters. Shorten it.")]
    TextTooLong {
        /// Which of the holder's words.
        field: TextField,
        /// How many characters it has.
        chars: usize,
        /// The most it may have.
        limit: usize,
    },

    /// A label, name or place holds a control character (a line break, a tab, an escape).
    #[error("The {field} contains a line break, a tab or another control character. Use letters, digits, spaces and punctuation only.")]
    ControlCharacter {
        /// Which of the holder's words.
        field: TextField,
    },

    /// A file to import is not an exported record of backup sets.
    #[error("This file is not a Heirloom record of backup sets, or it is damaged. Choose a file made with Export.")]
    NotARecordFile,

    /// A different set with the same id is already recorded.
    #[error("A different backup set {id} is already recorded; it was not replaced.")]
    SetExists {
        /// The id of both sets.
        id: SetId,
    },

    /// No set with that id is recorded on this computer.
    #[error("There is no backup set {id} in this computer's record. Check the set id: it is the 16 characters printed on each card.")]
    SetNotFound {
        /// The id asked for.
        id: SetId,
    },

    /// A card number outside 1 … N of its set.
    #[error("This set has cards 1 to {count}; there is no card {index}.")]
    NoSuchCard {
        /// The card number asked for.
        index: u8,
        /// The number of cards in the set (N).
        count: u8,
    },

    /// A set was named as its own replacement.
    #[error("Set {id} can't replace itself. Name the new set that replaces it.")]
    SetReplacesItself {
        /// The set named twice.
        id: SetId,
    },

    /// A reminder period outside a month … ten years.
    #[error("A check-up reminder every {days} days is not possible: choose between one month and ten years.")]
    InvalidCheckInterval {
        /// The period asked for, in days.
        days: u32,
    },

    /// Words or cards are of another wallet than expected (a set being replaced, or the
    /// fingerprint a set was checked against): the fingerprints differ.
    #[error("These are the words or cards of the wallet with fingerprint {found}, but the wallet expected here has fingerprint {expected}. Check that you have the right cards or the right recovery phrase. A new set can only replace a set of the same wallet; for another wallet, make an ordinary new backup instead.")]
    DifferentWallet {
        /// The fingerprint of the wallet expected.
        expected: Fingerprint,
        /// The fingerprint of the words or cards given.
        found: Fingerprint,
    },

    /// The wallet being saved is already in the keychain under another (or the same) name.
    #[error("This wallet (fingerprint {fingerprint}) is already saved on this computer as “{name}”, so it was not saved a second time.")]
    WalletAlreadySaved {
        /// The name it is saved under.
        name: String,
        /// Its fingerprint.
        fingerprint: Fingerprint,
    },

    /// A replacement named the wallet it replaces, but the saved wallet is another one now.
    #[error("The wallet saved under this name is not the one you confirmed replacing (it may have just been changed). Nothing was replaced; look at the list of wallets and try again.")]
    WalletChanged,

    /// A picture declares more pixels than the scanner's budget; refused before decoding.
    #[error("This picture is {megapixels} megapixels; Heirloom reads pictures up to {limit} megapixels. Take a photo of the card instead, or scan at 300 dpi.")]
    PictureTooLarge {
        /// The picture's size, as its header declares it.
        megapixels: u64,
        /// The most the scanner decodes, in megapixels.
        limit: u64,
    },

    /// A picture or PDF file is larger than the scanner reads.
    #[error("This file is {megabytes} MB; Heirloom reads pictures and PDFs up to {limit} MB. Scan only the pages with cards, at 300 dpi, or take a photo of each card.")]
    ScanFileTooLarge {
        /// The file's size.
        megabytes: u64,
        /// The most the scanner reads, in MB.
        limit: u64,
    },

    /// A PDF has more pages than the scanner reads: said beside the cards found in the
    /// pages read, or as the error when they held none.
    #[error("Read the first {read} pages of {pages}; Heirloom reads up to {limit} pages of a file. Split the file or scan the cards separately.")]
    TooManyPages {
        /// How many pages were read.
        read: usize,
        /// How many pages the file has.
        pages: usize,
        /// The most pages read of one file.
        limit: usize,
    },

    /// A PDF has more pictures than the scanner decodes: said beside the cards found in the
    /// pages read, or as the error when they held none.
    #[error("Read the first {read} pages of {pages}; Heirloom reads up to {limit} pictures of a file. Split the file or scan the cards separately.")]
    TooManyPictures {
        /// How many pages were read.
        read: usize,
        /// How many pages the file has.
        pages: usize,
        /// The most pictures decoded from one file.
        limit: usize,
    },

    /// Scanning a file ran out of its time budget before every page was read.
    #[error("Read {read} of the {pages} pages of this file in the {seconds} seconds Heirloom spends on one file. Split the file or scan the cards separately.")]
    ScanTimeUp {
        /// How many pages were read in time.
        read: usize,
        /// How many pages the file has.
        pages: usize,
        /// The time budget for one file.
        seconds: u64,
    },

    /// What was given to the scanner is a folder, a FIFO, a device or a socket: not a file
    /// to read (and never waited on).
    #[error("This is not a picture or PDF file but a folder, a device or a pipe, so Heirloom did not read it. Open the photo or scan of the cards instead.")]
    ScanNotAFile,

    /// The person stopped the scan of a file; nothing found in it was used.
    #[error("The scan was stopped; nothing from this file was added.")]
    ScanCancelled,

    /// A label, name or place holds a character the card cannot print: none of the bundled
    /// fonts has a glyph for it (it would print as an empty box), or it is a control or
    /// format character that is never printed.
    #[error("The {field} contains “{character}”, which Heirloom can't print on a card: none of its fonts has it, so it would come out as an empty box. Write the {field} without it, or leave that part out.")]
    Unprintable {
        /// Which of the holder's words.
        field: TextField,
        /// The first such character.
        character: char,
    },

    /// As many cards as a set can have are added already (typed ones included), so this
    /// one is one of them again or belongs elsewhere.
    #[error("A backup has at most {limit} cards, and {limit} are added already. Take out a card that was added by mistake first.")]
    TooManyCards {
        /// The most cards a set has.
        limit: usize,
    },
}

impl Error {
    /// A stable, closed identifier for the kind of error, for scripts and the UI.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::NotACard => "not_a_card",
            Error::Typo { .. } => "typo",
            Error::Damaged { .. } => "damaged",
            Error::OtherSet { .. } => "other_set",
            Error::Duplicate { .. } => "duplicate",
            Error::NotEnoughCards { .. } => "not_enough_cards",
            Error::WrongPassphrase => "wrong_passphrase",
            Error::UnsupportedVersion { .. } => "unsupported_version",
            Error::KdfOutOfBounds => "kdf_out_of_bounds",
            Error::BadWordCount { .. } => "bad_word_count",
            Error::UnknownWord { .. } => "unknown_word",
            Error::BadChecksum => "bad_checksum",
            Error::InvalidThreshold { .. } => "invalid_threshold",
            Error::InvalidKdfParams => "invalid_kdf_params",
            Error::WeakPassphrase => "weak_passphrase",
            Error::WellKnownPassphrase => "well_known_passphrase",
            Error::EmptyPassphrase => "empty_passphrase",
            Error::InvalidDice { .. } => "invalid_dice",
            Error::KeychainUnavailable => "keychain_unavailable",
            Error::KeychainMismatch => "keychain_mismatch",
            Error::WalletExists => "wallet_exists",
            Error::WalletNotFound => "wallet_not_found",
            Error::InvalidWalletName => "invalid_wallet_name",
            Error::UnreadableFile => "unreadable_file",
            Error::UnreadableImage => "unreadable_image",
            Error::PdfWithoutPictures => "pdf_without_pictures",
            Error::NoQrCode => "no_qr_code",
            Error::CardTooLarge => "card_too_large",
            Error::InvalidPrintLayout => "invalid_print_layout",
            Error::RenderFailed => "render_failed",
            Error::Randomness => "randomness",
            Error::RecordTooNew => "record_too_new",
            Error::RecordDamaged { .. } => "record_damaged",
            Error::RecordUnavailable { .. } => "record_unavailable",
            Error::NoDataFolder => "no_data_folder",
            Error::RecordUnreadable { .. } => "record_unreadable",
            Error::RecordBusy => "record_busy",
            Error::DataFolderNotAFolder { .. } => "data_folder_not_a_folder",
            Error::RecordFileTooLarge { .. } => "record_file_too_large",
            Error::TooManySets { .. } => "too_many_sets",
            Error::RecordFull { .. } => "record_full",
            Error::DuplicateSetInFile { .. } => "duplicate_set_in_file",
            Error::InvalidSetInFile { .. } => "invalid_set_in_file",
            Error::TextTooLong { .. } => "text_too_long",
            Error::ControlCharacter { .. } => "control_character",
            Error::NotARecordFile => "not_a_record_file",
            Error::SetExists { .. } => "set_exists",
            Error::SetNotFound { .. } => "set_not_found",
            Error::NoSuchCard { .. } => "no_such_card",
            Error::SetReplacesItself { .. } => "set_replaces_itself",
            Error::InvalidCheckInterval { .. } => "invalid_check_interval",
            Error::DifferentWallet { .. } => "different_wallet",
            Error::WalletAlreadySaved { .. } => "wallet_already_saved",
            Error::WalletChanged => "wallet_changed",
            Error::PictureTooLarge { .. } => "picture_too_large",
            Error::ScanFileTooLarge { .. } => "scan_file_too_large",
            Error::TooManyCards { .. } => "too_many_cards",
            Error::Unprintable { .. } => "unprintable",
            Error::TooManyPages { .. } => "too_many_pages",
            Error::TooManyPictures { .. } => "too_many_pictures",
            Error::ScanTimeUp { .. } => "scan_time_up",
            Error::ScanNotAFile => "scan_not_a_file",
            Error::ScanCancelled => "scan_cancelled",
        }
    }
}

fn card_name(index: Option<u8>) -> CardName {
    CardName(index)
}

struct CardName(Option<u8>);

impl fmt::Display for CardName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(i) => write!(f, "Card {i}"),
            None => f.write_str("This card"),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
