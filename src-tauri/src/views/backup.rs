//! What the UI receives about a new set: its cards, where they were saved, how its
//! verification went.

use serde::Serialize;
use ts_rs::TS;

use crate::error::IpcError;

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
