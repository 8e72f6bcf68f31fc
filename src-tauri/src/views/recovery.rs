//! What the UI receives while cards are taken in and a wallet is recovered.

use serde::Serialize;
use ts_rs::TS;

use super::{PhraseView, SetCardView};

/// The recovery so far: which set, which cards are in, how many more are needed.
#[derive(Debug, Clone, Serialize, TS)]
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
    /// Typed cards that did not read, kept to be corrected once the passphrase is known.
    pub typed: Vec<TypedCardView>,
}

/// A typed card kept for correction (public data: the text printed on a card).
#[derive(Debug, Clone, Serialize, TS)]
pub struct TypedCardView {
    /// Its card number, when the groups that hold it are right.
    pub index: Option<u8>,
    /// The first group that does not match its check, from 1; `None` when every group
    /// matches but the card's contents do not.
    pub group: Option<usize>,
    /// The text as typed, in groups of six.
    pub text: String,
    /// Read from the card's printed text (in a picture whose QR code gave nothing), not
    /// typed by the person.
    pub from_print: bool,
}

/// A recovered wallet, and the typed cards Heirloom had to correct to open it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RecoveredView {
    /// The phrase, by handle.
    pub phrase: PhraseView,
    /// Every typed card that was corrected, proven by its tag; empty when none was.
    pub corrections: Vec<CorrectionView>,
    /// The typed cards (or readings of the printed text) that could not be corrected and
    /// were left out, the other cards being enough: each one's card number when its
    /// groups show it. Empty when every card was used.
    pub left_out: Vec<Option<u8>>,
}

/// One typed card as corrected: what was typed, what the card says.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CorrectionView {
    /// The card's number.
    pub index: u8,
    /// The groups typed differently, in order.
    pub groups: Vec<GroupCorrectionView>,
    /// The card's whole text as corrected, in groups of six.
    pub text: String,
    /// The text corrected was read from the card's print, not typed.
    pub from_print: bool,
}

/// One group typed differently from the card.
#[derive(Debug, Clone, Serialize, TS)]
pub struct GroupCorrectionView {
    /// The group, from 1, as printed.
    pub group: usize,
    /// What was typed (shorter or longer when a character was missing or extra), or read
    /// from the print; empty when nothing was (for a reading, a group it lost).
    pub typed: String,
    /// What the card says.
    pub corrected: String,
}

impl CorrectionView {
    /// `c` as the person is told it; `from_print`: the text was read from the card's print.
    pub fn of(c: &heirloom_core::correct::Correction, from_print: bool) -> Self {
        CorrectionView {
            index: c.index,
            groups: c
                .groups
                .iter()
                .map(|g| GroupCorrectionView {
                    group: g.group,
                    // Nothing was read of a group the reading of the print lost.
                    typed: if from_print && g.lost_in_print() {
                        String::new()
                    } else {
                        g.typed.clone()
                    },
                    corrected: g.corrected.clone(),
                })
                .collect(),
            text: heirloom_core::text::grouped(&c.card.to_text()),
            from_print,
        }
    }
}

/// A set as this computer's record has it: public bookkeeping only.
#[derive(Debug, Clone, Serialize, TS)]
pub struct KnownSetView {
    /// The name the holder gave the set.
    pub label: String,
    /// When it was made, YYYY-MM-DD.
    pub made: String,
    /// The wallet's fingerprint, 8 hex digits.
    pub fingerprint: String,
    /// Who keeps each card, by card number.
    pub holders: Vec<SetCardView>,
    /// When the set was retired (YYYY-MM-DD), if it was: its cards still work, but a newer
    /// set may exist.
    pub retired_on: Option<String>,
}

/// What adding from a picture, a frame or typed text did.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ScanResult {
    /// Card numbers newly added.
    pub added: Vec<u8>,
    /// Codes that were read but refused, one error each.
    pub problems: Vec<crate::error::IpcError>,
    /// Whether a card read from the text printed under a QR code that could not be read
    /// (OCR) went on the board: as a typed card does, proven only by the passphrase.
    pub read_from_printed_text: bool,
    /// The board after.
    pub board: BoardView,
}
