//! The shell's own errors (dialogs, handles, files, confirmations), each with the words a
//! person reads and the details the UI branches on.

use heirloom_core::SetId;

use super::{Confirmation, ErrorKind, IpcError};

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

    /// A card of another set, whose label this computer knows (and perhaps the label of
    /// the cards already added): named by them rather than by two set ids.
    pub fn other_set_named(
        expected: SetId,
        found: SetId,
        ours: Option<String>,
        theirs: String,
    ) -> Self {
        let message = format!(
            "This card belongs to a different backup, '{theirs}', than the cards already added{}. Use only cards from one set.",
            ours.as_ref().map(|o| format!(" ('{o}')")).unwrap_or_default()
        );
        IpcError::new(
            ErrorKind::OtherSet {
                expected: expected.to_string(),
                found: found.to_string(),
                expected_label: ours,
                found_label: Some(theirs),
            },
            message,
        )
    }

    /// Checking printed cards with some of them missing: every card is checked, not T.
    pub fn verify_needs_every_card(have: usize, need: usize) -> Self {
        IpcError::new(
            ErrorKind::VerifyNeedsEveryCard { have, need },
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

    /// Words read back from paper were wrong too many times since the words were shown.
    pub fn too_many_wrong_words() -> Self {
        let allowed = crate::state::WRONG_CHECKS_ALLOWED;
        IpcError::new(
            ErrorKind::TooManyWrongWords { allowed },
            format!(
                "The words typed did not match {allowed} times. Show the words again and check your paper against them, then type the words asked for."
            ),
        )
    }

    /// No code in an opened picture, and no OCR here to read the text printed on the card:
    /// said so, so that the family types the text (or installs it) instead of retaking a
    /// photo of a card whose code is gone.
    pub fn no_qr_code_no_ocr() -> Self {
        IpcError::new(
            ErrorKind::NoQrCodeNoOcr {},
            "No QR code was found in this picture, and this computer cannot read the text printed under it (the Tesseract program is not installed). Type the text printed under the QR code, or take the picture again with the whole card in view.",
        )
    }

    /// A check-up read a card's printed text, but not for certain (`group`: the first that
    /// fails its check): the reading goes to the person to compare with the card, since a
    /// check-up has no passphrase to prove a correction with.
    pub fn printed_unsure(text: &str, group: Option<usize>) -> Self {
        let which = match group {
            Some(g) => format!("group {g} does not look right"),
            None => "it does not read as a whole card".to_owned(),
        };
        IpcError::new(
            ErrorKind::PrintedUnsure {
                text: text.to_owned(),
                group,
            },
            format!(
                "No QR code could be read in this picture. Heirloom read the text printed under it, but not for certain: {which}."
            ),
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
                reason: e.to_string(),
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
