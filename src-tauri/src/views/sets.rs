//! What the UI receives about this computer's record of sets and check-ups.

use serde::Serialize;
use ts_rs::TS;

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
    /// Whether a card among `checks` was read from the text printed under its QR code
    /// (OCR), because the code itself could not be read: the card is intact but its code
    /// is not, which is what a check-up is for finding.
    pub read_from_printed_text: bool,
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
