//! What the UI receives: public data only (handles, fingerprints, card texts).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::IpcError;

/// A phrase held by the app, as the UI knows it.
#[derive(Debug, Clone, Serialize, TS)]
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
#[derive(Debug, Clone, Serialize, TS)]
pub struct WalletView {
    /// Its name.
    pub name: String,
    /// Its fingerprint.
    pub fingerprint: String,
}

impl From<heirloom_core::keychain::WalletEntry> for WalletView {
    fn from(e: heirloom_core::keychain::WalletEntry) -> Self {
        WalletView {
            name: e.name,
            fingerprint: e.fingerprint.to_string(),
        }
    }
}

/// Whether the keychain can be used.
#[derive(Debug, Clone, Serialize, TS)]
pub struct KeychainStatus {
    /// True when wallets can be saved.
    pub available: bool,
    /// Why not: an error of kind `keychain_unavailable` (or another), so the page words it
    /// in its own language.
    pub problem: Option<IpcError>,
}

/// A generated passphrase, shown once. `Debug` names the handle only: the words are the
/// secret.
#[derive(Clone, Serialize, TS)]
pub struct GeneratedPassphrase {
    /// Opaque handle.
    pub handle: String,
    /// The six words, to show once.
    pub words: Vec<String>,
}

impl std::fmt::Debug for GeneratedPassphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "GeneratedPassphrase({}, <{} words redacted>)",
            self.handle,
            self.words.len()
        )
    }
}

#[cfg(test)]
mod generated_passphrase_tests {
    use super::GeneratedPassphrase;

    #[test]
    fn debug_shows_no_word() {
        let g = GeneratedPassphrase {
            handle: "h1".into(),
            words: vec!["orbit".into(), "lemon".into()],
        };
        let shown = format!("{g:?}");
        assert!(
            !shown.contains("orbit") && !shown.contains("lemon"),
            "{shown}"
        );
    }
}

/// A strength estimate.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StrengthView {
    /// Estimated bits (log2 of guesses).
    pub bits: f64,
    /// Whether it clears the floor.
    pub acceptable: bool,
    /// Bits needed.
    pub floor_bits: f64,
}

/// Who keeps a card: the core's one holder type, typed for the UI by the core's `ts`
/// feature.
pub use heirloom_core::Holder;

/// One card of a new set.
#[derive(Debug, Clone, Serialize, TS)]
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
    #[ts(type = "string")]
    pub qr_ecc: char,
    /// Who keeps it.
    pub holder: Holder,
}

/// A new set of cards.
#[derive(Debug, Clone, Serialize, TS)]
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
    /// Why the set could not be added to this computer's record, if it could not: the
    /// error, with its kind and facts, so the page words it in its own language.
    pub record_problem: Option<IpcError>,
    /// Where the record was kept when it was found damaged and set aside to record this
    /// set in a new one; `None` when it was sound.
    pub record_kept_aside: Option<String>,
    /// A re-issue: the set this one replaces, retired once this one is verified.
    pub replaces: Option<String>,
}

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
}

/// A recovered wallet, and the typed cards Heirloom had to correct to open it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RecoveredView {
    /// The phrase, by handle.
    pub phrase: PhraseView,
    /// Every typed card that was corrected, proven by its tag; empty when none was.
    pub corrections: Vec<CorrectionView>,
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
}

/// One group typed differently from the card.
#[derive(Debug, Clone, Serialize, TS)]
pub struct GroupCorrectionView {
    /// The group, from 1, as printed.
    pub group: usize,
    /// What was typed (shorter or longer when a character was missing or extra).
    pub typed: String,
    /// What the card says.
    pub corrected: String,
}

impl From<&heirloom_core::correct::Correction> for CorrectionView {
    fn from(c: &heirloom_core::correct::Correction) -> Self {
        CorrectionView {
            index: c.index,
            groups: c
                .groups
                .iter()
                .map(|g| GroupCorrectionView {
                    group: g.group,
                    typed: g.typed.clone(),
                    corrected: g.corrected.clone(),
                })
                .collect(),
            text: heirloom_core::text::grouped(&c.card.to_text()),
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
    /// The board after.
    pub board: BoardView,
}

/// The record of sets for the home screen.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SetsView {
    /// The sets, newest first.
    pub sets: Vec<SetView>,
    /// Where a damaged record was moved aside, if one was found just now: the person must
    /// be told, since its entries are in that file and no longer in the list.
    pub kept_aside: Option<String>,
    /// Days a set may go unchecked before the reminder.
    pub interval_days: u32,
}

/// One recorded set.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SetView {
    /// Set id, 16 hex digits.
    pub set_id: String,
    /// The holder's name for it; may be empty.
    pub label: String,
    /// The wallet's name when it was made; may be empty.
    pub wallet: String,
    /// The wallet's fingerprint, 8 hex digits.
    pub fingerprint: String,
    /// When it was made, YYYY-MM-DD.
    pub made: String,
    /// Cards needed (T).
    pub threshold: u8,
    /// Cards made (N).
    pub count: u8,
    /// `active` or `retired`.
    #[ts(type = "\"active\" | \"retired\"")]
    pub status: &'static str,
    /// When it was retired, YYYY-MM-DD.
    pub retired_on: Option<String>,
    /// The set that replaced it, if one was named.
    pub replaced_by: Option<String>,
    /// When its printed cards were all scanned back and checked, YYYY-MM-DD.
    pub verified_on: Option<String>,
    /// A re-issue: the set this one replaces. Until this set is verified, both are active
    /// and the old cards are the ones to keep.
    pub replaces: Option<String>,
    /// The latest check-up of any of its cards, YYYY-MM-DD.
    pub last_check: Option<String>,
    /// An active set not checked (nor made or verified) within the interval.
    pub needs_check: bool,
    /// Its cards, by number.
    pub cards: Vec<SetCardView>,
}

/// One card of a recorded set.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SetCardView {
    /// Card number.
    pub index: u8,
    /// Who keeps it.
    pub holder: String,
    /// Where.
    pub place: String,
    /// Last check-up, YYYY-MM-DD.
    pub last_checked: Option<String>,
}

impl From<&heirloom_core::registry::CardRecord> for SetCardView {
    fn from(c: &heirloom_core::registry::CardRecord) -> Self {
        SetCardView {
            index: c.index,
            holder: c.holder.clone(),
            place: c.place.clone(),
            last_checked: c.last_checked.map(heirloom_core::registry::Timestamp::date),
        }
    }
}

/// What a check-up found about one card.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CardCheckView {
    /// Set id, 16 hex digits.
    pub set_id: String,
    /// Card number.
    pub index: u8,
    /// Cards needed (T).
    pub threshold: u8,
    /// Cards in the set (N).
    pub count: u8,
    /// `active`, `retired` or `unknown`.
    #[ts(type = "\"active\" | \"retired\" | \"unknown\"")]
    pub status: &'static str,
    /// The set's name, when this computer knows the set.
    pub label: Option<String>,
    /// When the set was made, when known.
    pub made: Option<String>,
    /// When the set was retired.
    pub retired_on: Option<String>,
    /// Who keeps this card, when known.
    pub holder: Option<String>,
    /// Where, when known.
    pub place: Option<String>,
    /// The date recorded for this check-up; `None` when nothing was recorded (an unknown set).
    pub checked_on: Option<String>,
}

/// A check-up of one text or picture.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CheckResult {
    /// The intact cards found.
    pub checks: Vec<CardCheckView>,
    /// Codes that were not intact cards, one per code.
    pub problems: Vec<crate::error::IpcError>,
    /// Where a damaged record was moved aside, if that happened.
    pub kept_aside: Option<String>,
}

/// What an import of a record changed.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportView {
    /// Sets new to this computer.
    pub added: usize,
    /// Sets that gained something.
    pub updated: usize,
    /// Where a damaged record was moved aside, if that happened.
    pub kept_aside: Option<String>,
}

/// How far a check of printed cards has come: T-subsets checked of all of them.
#[derive(Debug, Clone, Copy, Serialize, TS)]
pub struct VerifyProgress {
    /// Subsets checked so far.
    pub checked: u64,
    /// Subsets in all, C(N, T).
    pub total: u64,
}

/// A verified set, as this computer's record now has it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct VerifyView {
    /// The record says the set is verified.
    pub recorded: bool,
    /// The set this one replaced, retired just now (a re-issue is finished).
    pub retired: Option<String>,
}

/// Files saved where the person chose in a native dialog. The page learns where they went,
/// to say so; it never says where they go.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SavedView {
    /// The file saved, or the folder the files were saved in.
    pub place: String,
    /// Each file saved, in card order (one for a single file).
    pub files: Vec<String>,
    /// Where a damaged record was moved aside while it was read, if that happened (an
    /// export of the record only).
    pub kept_aside: Option<String>,
}

/// A BIP-39 word list, by its English name: the names of the card format and of
/// `heirloom_core::language_name` (`chinese_simplified`, …), so there is one naming.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WordList {
    /// English.
    English,
    /// Simplified Chinese.
    ChineseSimplified,
    /// Traditional Chinese.
    ChineseTraditional,
    /// Czech.
    Czech,
    /// French.
    French,
    /// Italian.
    Italian,
    /// Japanese.
    Japanese,
    /// Korean.
    Korean,
    /// Portuguese.
    Portuguese,
    /// Spanish.
    Spanish,
}

impl WordList {
    /// The core's language of this list.
    pub fn language(self) -> heirloom_core::Language {
        use heirloom_core::Language as L;
        match self {
            WordList::English => L::English,
            WordList::ChineseSimplified => L::SimplifiedChinese,
            WordList::ChineseTraditional => L::TraditionalChinese,
            WordList::Czech => L::Czech,
            WordList::French => L::French,
            WordList::Italian => L::Italian,
            WordList::Japanese => L::Japanese,
            WordList::Korean => L::Korean,
            WordList::Portuguese => L::Portuguese,
            WordList::Spanish => L::Spanish,
        }
    }

    /// The list of a core language.
    pub fn of(language: heirloom_core::Language) -> WordList {
        use heirloom_core::Language as L;
        match language {
            L::English => WordList::English,
            L::SimplifiedChinese => WordList::ChineseSimplified,
            L::TraditionalChinese => WordList::ChineseTraditional,
            L::Czech => WordList::Czech,
            L::French => WordList::French,
            L::Italian => WordList::Italian,
            L::Japanese => WordList::Japanese,
            L::Korean => WordList::Korean,
            L::Portuguese => WordList::Portuguese,
            L::Spanish => WordList::Spanish,
        }
    }
}
