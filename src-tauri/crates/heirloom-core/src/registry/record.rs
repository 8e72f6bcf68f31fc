//! The record itself, in memory: what is kept about each set and its cards, and the changes
//! made to it. Pure data; reading and writing the file is in `store`.
//!
//! Nothing here is secret: set ids and fingerprints are printed on every card. Every struct
//! keeps the fields it does not know (`extra`), so a record written by a newer Heirloom
//! loses nothing when this one rewrites it.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::de::{IgnoredAny, SeqAccess, Visitor};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use super::store::MAX_SETS;
use super::timestamp::Timestamp;
use crate::card::{Header, SetId};
use crate::error::{Error, Result};
use crate::fields::{Holder, TextField};
use crate::fingerprint::Fingerprint;
use crate::shamir;

/// The version of the record's layout that this program writes. A record with a higher
/// `schema` is read but never rewritten.
pub const SCHEMA: u32 = 1;

/// How long a set may go without a check-up before the holder is reminded: twelve months.
pub const DEFAULT_CHECK_INTERVAL_DAYS: u32 = 365;

/// The shortest reminder period a holder may choose: a month.
pub const MIN_CHECK_INTERVAL_DAYS: u32 = 30;

/// The longest: ten years. Paper, people and addresses change faster than that.
pub const MAX_CHECK_INTERVAL_DAYS: u32 = 3650;

/// Every set this computer knows of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The layout version ([`SCHEMA`] when this program wrote it).
    pub schema: u32,
    /// The sets, oldest first. When read, at most [`MAX_SETS`] + 1 are kept (the rest are
    /// skipped), so that a hostile file costs no more memory than a full record; the
    /// reader refuses a record with more than [`MAX_SETS`].
    #[serde(default, deserialize_with = "bounded_sets")]
    pub sets: Vec<SetRecord>,
    /// Days without a check-up before a set is due, when the holder chose; else
    /// [`DEFAULT_CHECK_INTERVAL_DAYS`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_interval_days: Option<u32>,
    /// Fields of a newer layout, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One backup set: its public facts, its cards, and what happened to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetRecord {
    /// The set id printed on every card (the card's salt).
    pub id: SetId,
    /// The holder's name for the set, e.g. "Dad 2025"; may be empty.
    #[serde(default)]
    pub label: String,
    /// The wallet's name on this computer; may be empty.
    #[serde(default)]
    pub wallet: String,
    /// The wallet's master key fingerprint.
    pub fingerprint: Fingerprint,
    /// When the set was made.
    pub made: Timestamp,
    /// Cards needed to recover (T).
    pub threshold: u8,
    /// Cards in the set (N).
    pub count: u8,
    /// One entry per card, by index.
    #[serde(default)]
    pub cards: Vec<CardRecord>,
    /// When every printed card was scanned back and checked; `None` if never.
    #[serde(default)]
    pub verified_at: Option<Timestamp>,
    /// When and why the set stopped being the one to use; `None` while it is active.
    #[serde(default)]
    pub retired: Option<Retirement>,
    /// The set this one was made to replace (a re-issue). That set stays active until this
    /// one is verified, so no one destroys the old cards while the new ones are unproven.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<SetId>,
    /// Fields of a newer layout, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Who keeps one card, where, and when it was last seen to be readable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardRecord {
    /// The card's number, 1 … N.
    pub index: u8,
    /// Who keeps it; may be empty.
    #[serde(default)]
    pub holder: String,
    /// Where it is kept; may be empty.
    #[serde(default)]
    pub place: String,
    /// When it was last scanned and found intact.
    #[serde(default)]
    pub last_checked: Option<Timestamp>,
    /// Fields of a newer layout, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A set taken out of use. Its cards still recover the wallet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Retirement {
    /// When it was retired.
    pub at: Timestamp,
    /// The set issued to replace it, if any.
    #[serde(default)]
    pub replaced_by: Option<SetId>,
    /// Fields of a newer layout, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Whether a set is the one to use, as far as this computer knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetStatus {
    /// Recorded and not retired.
    Active,
    /// Recorded and retired; its cards still work.
    Retired {
        /// When it was retired.
        at: Timestamp,
        /// The set that replaced it, if any.
        replaced_by: Option<SetId>,
    },
    /// Not in this computer's record.
    Unknown,
}

impl SetStatus {
    /// `active`, `retired` or `unknown`: stable words for scripts and the UI.
    pub fn as_str(&self) -> &'static str {
        match self {
            SetStatus::Active => "active",
            SetStatus::Retired { .. } => "retired",
            SetStatus::Unknown => "unknown",
        }
    }
}

/// What an import changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeSummary {
    /// Sets that were not in the record before.
    pub added: usize,
    /// Sets already in the record that gained something (a later check, a holder, …).
    pub updated: usize,
}

impl Default for Record {
    fn default() -> Self {
        Record::new()
    }
}

impl Record {
    /// An empty record of the current layout.
    pub fn new() -> Record {
        Record {
            schema: SCHEMA,
            sets: Vec::new(),
            check_interval_days: None,
            extra: Map::new(),
        }
    }

    /// Days without a check-up before a set is due: the holder's choice, or twelve months.
    pub fn check_interval(&self) -> u32 {
        self.check_interval_days
            .unwrap_or(DEFAULT_CHECK_INTERVAL_DAYS)
    }

    /// Chooses how long a set may go without a check-up: from a month to ten years.
    pub fn set_check_interval(&mut self, days: u32) -> Result<()> {
        if !(MIN_CHECK_INTERVAL_DAYS..=MAX_CHECK_INTERVAL_DAYS).contains(&days) {
            return Err(Error::InvalidCheckInterval { days });
        }
        self.check_interval_days = Some(days);
        Ok(())
    }

    /// Whether a newer Heirloom wrote this record, so this one must not rewrite it.
    pub fn is_newer(&self) -> bool {
        self.schema > SCHEMA
    }

    /// The set with this id.
    pub fn set(&self, id: SetId) -> Option<&SetRecord> {
        self.sets.iter().find(|s| s.id == id)
    }

    /// The set with this id, to change (its holders, say) inside [`Registry::change`].
    ///
    /// [`Registry::change`]: super::Registry::change
    pub fn set_mut(&mut self, id: SetId) -> Result<&mut SetRecord> {
        self.sets
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or(Error::SetNotFound { id })
    }

    /// The status of a set, `Unknown` if it is not recorded.
    pub fn status(&self, id: SetId) -> SetStatus {
        self.set(id).map_or(SetStatus::Unknown, SetRecord::status)
    }

    /// Adds a set. The same id twice is refused unless the two entries are identical, so
    /// that nothing recorded is ever replaced without a word.
    pub fn add(&mut self, set: SetRecord) -> Result<()> {
        set.validate()?;
        match self.set(set.id) {
            Some(existing) if *existing == set => Ok(()),
            Some(_) => Err(Error::SetExists { id: set.id }),
            None if self.sets.len() >= MAX_SETS => Err(Error::TooManySets { limit: MAX_SETS }),
            None => {
                self.sets.push(set);
                Ok(())
            }
        }
    }

    /// Records that card `index` of a set was found intact at `at`.
    pub fn mark_checked(&mut self, id: SetId, index: u8, at: Timestamp) -> Result<()> {
        let set = self.set_mut(id)?;
        let card = set.card_mut(index)?;
        card.last_checked = Some(card.last_checked.map_or(at, |t| t.max(at)));
        Ok(())
    }

    /// Records that every printed card of a set was scanned back and checked. A set made to
    /// replace another is now proven, so the set it replaces is retired in its favour in the
    /// same change, unless it was retired already (the first retirement stands) or is not
    /// recorded here. Returns the set it retired.
    pub fn mark_verified(&mut self, id: SetId, at: Timestamp) -> Result<Option<SetId>> {
        let set = self.set_mut(id)?;
        set.verified_at = Some(at);
        let (replaces, fingerprint) = (set.replaces, set.fingerprint);
        // An old set of another wallet can only come from an edited record; it is left be.
        let Some(old) = replaces.filter(|&old| {
            self.set(old)
                .is_some_and(|o| o.retired.is_none() && o.fingerprint == fingerprint)
        }) else {
            return Ok(None);
        };
        self.retire(old, Some(id), at)?;
        Ok(Some(old))
    }

    /// Retires a set. Retiring it again keeps the first date and fills in a replacement not
    /// named before.
    pub fn retire(&mut self, id: SetId, replaced_by: Option<SetId>, at: Timestamp) -> Result<()> {
        if replaced_by == Some(id) {
            return Err(Error::SetReplacesItself { id });
        }
        self.set(id).ok_or(Error::SetNotFound { id })?;
        // A replacement unknown here (say, recorded on another computer) is taken on trust;
        // a known one must be a backup of the same wallet.
        if let Some(new) = replaced_by.and_then(|n| self.set(n)) {
            self.check_replacement(id, new.fingerprint)?;
        }
        let set = self.set_mut(id)?;
        match &mut set.retired {
            Some(r) => {
                if replaced_by.is_some() {
                    r.replaced_by = replaced_by;
                }
            }
            None => {
                set.retired = Some(Retirement {
                    at,
                    replaced_by,
                    extra: Map::new(),
                })
            }
        }
        Ok(())
    }

    /// Whether a new set of the wallet with `fingerprint` may replace `old`: `old` must be
    /// recorded, and a backup of that same wallet. Asked before a re-issue makes any card.
    pub fn check_replacement(&self, old: SetId, fingerprint: Fingerprint) -> Result<()> {
        let set = self.set(old).ok_or(Error::SetNotFound { id: old })?;
        same_wallet(set.fingerprint, fingerprint)
    }

    /// Whether the recorded set `new` may be named as the one that replaces `old` when `old`
    /// is retired: `new` recorded here, not `old` itself, and a backup of the same wallet.
    /// Asked before the person is asked to confirm.
    pub fn check_replaced_by(&self, old: SetId, new: SetId) -> Result<()> {
        let found = self
            .set(new)
            .ok_or(Error::SetNotFound { id: new })?
            .fingerprint;
        if new == old {
            return Err(Error::SetReplacesItself { id: old });
        }
        self.check_replacement(old, found)
    }

    /// Records a fresh set made to replace `old` (same wallet, recorded here). `old` stays
    /// active: [`Record::mark_verified`] retires it once the new cards are proven.
    pub fn reissue(&mut self, old: SetId, mut new: SetRecord) -> Result<()> {
        if new.id == old {
            return Err(Error::SetReplacesItself { id: old });
        }
        self.check_replacement(old, new.fingerprint)?;
        new.replaces = Some(old);
        self.add(new)
    }

    /// The active set made to replace `old`, the latest if several: while it is not
    /// verified, the old cards are the ones that are proven and must be kept.
    pub fn replacement_of(&self, old: SetId) -> Option<&SetRecord> {
        self.sets
            .iter()
            .rev()
            .find(|s| s.replaces == Some(old) && s.retired.is_none())
    }

    /// Checks a record given from outside (an import) against the rules this computer
    /// keeps for its own: at most [`MAX_SETS`] sets, each id once, and every set as
    /// [`Record::add`] would accept it (T and N, card numbers, names within their limits
    /// and without control characters). Linear in the number of sets.
    pub fn check_import(&self) -> Result<()> {
        if self.sets.len() > MAX_SETS {
            return Err(Error::TooManySets { limit: MAX_SETS });
        }
        let mut seen = HashSet::with_capacity(self.sets.len());
        for set in &self.sets {
            if !seen.insert(set.id) {
                return Err(Error::DuplicateSetInFile { id: set.id });
            }
            set.validate().map_err(|e| Error::InvalidSetInFile {
                id: set.id,
                reason: Box::new(e),
            })?;
        }
        Ok(())
    }

    /// Merges another record (an import) into this one without losing an entry: every set
    /// of either; for a set in both, the later check dates, retired if either says so, and
    /// this computer's names unless they are empty. Linear in the sets of both (sets are
    /// found by id through a hash table); a set listed twice in `other` is merged twice.
    ///
    /// Refused, with nothing changed, when the result would hold more than [`MAX_SETS`].
    pub fn merge(&mut self, other: Record) -> Result<MergeSummary> {
        let mut at: HashMap<SetId, usize> = HashMap::with_capacity(self.sets.len());
        for (i, s) in self.sets.iter().enumerate() {
            at.entry(s.id).or_insert(i);
        }
        let new = other
            .sets
            .iter()
            .map(|s| s.id)
            .filter(|id| !at.contains_key(id))
            .collect::<HashSet<_>>()
            .len();
        if self.sets.len() + new > MAX_SETS {
            return Err(Error::TooManySets { limit: MAX_SETS });
        }
        let mut summary = MergeSummary::default();
        for theirs in other.sets {
            match at.get(&theirs.id) {
                Some(&i) => {
                    let ours = &mut self.sets[i];
                    let before = ours.clone();
                    ours.merge(theirs);
                    if *ours != before {
                        summary.updated += 1;
                    }
                }
                None => {
                    at.insert(theirs.id, self.sets.len());
                    self.sets.push(theirs);
                    summary.added += 1;
                }
            }
        }
        // This computer's choice stands; an import only fills it in.
        self.check_interval_days = self.check_interval_days.or(other.check_interval_days);
        merge_extra(&mut self.extra, other.extra);
        Ok(summary)
    }
}

impl SetRecord {
    /// A new, active set with one empty card entry per card; names are filled in by the
    /// caller.
    pub fn new(header: &Header, fingerprint: Fingerprint, made: Timestamp) -> SetRecord {
        SetRecord {
            id: header.set_id,
            label: String::new(),
            wallet: String::new(),
            fingerprint,
            made,
            threshold: header.threshold,
            count: header.count,
            cards: (1..=header.count).map(CardRecord::new).collect(),
            verified_at: None,
            retired: None,
            replaces: None,
            extra: Map::new(),
        }
    }

    /// Active or retired.
    pub fn status(&self) -> SetStatus {
        match &self.retired {
            Some(r) => SetStatus::Retired {
                at: r.at,
                replaced_by: r.replaced_by,
            },
            None => SetStatus::Active,
        }
    }

    /// The entry of card `index`.
    pub fn card(&self, index: u8) -> Option<&CardRecord> {
        self.cards.iter().find(|c| c.index == index)
    }

    /// Card `index`'s entry, made if the record has none yet (an import may have left
    /// cards out); an index beyond N is refused.
    fn card_mut(&mut self, index: u8) -> Result<&mut CardRecord> {
        if index == 0 || index > self.count {
            return Err(Error::NoSuchCard {
                index,
                count: self.count,
            });
        }
        if !self.cards.iter().any(|c| c.index == index) {
            self.cards.push(CardRecord::new(index));
            self.cards.sort_by_key(|c| c.index);
        }
        let count = self.count;
        self.cards
            .iter_mut()
            .find(|c| c.index == index)
            .ok_or(Error::NoSuchCard { index, count })
    }

    /// Sets a card's holder and place, each within its limit and without control
    /// characters ([`TextField::check`]).
    pub fn set_holder(&mut self, index: u8, holder: &str, place: &str) -> Result<()> {
        let (holder, place) = (holder.trim(), place.trim());
        TextField::HolderName.check(holder)?;
        TextField::Place.check(place)?;
        let card = self.card_mut(index)?;
        card.holder = holder.to_owned();
        card.place = place.to_owned();
        Ok(())
    }

    /// Sets who keeps each card and where from `holders`, in card order (`holders[i]` is
    /// card i + 1's; cards after the last keep theirs). More holders than cards is refused,
    /// and so is a name or place over its limit or with a control character.
    pub fn set_holders(&mut self, holders: &[Holder]) -> Result<()> {
        if holders.len() > usize::from(self.count) {
            return Err(Error::NoSuchCard {
                index: u8::try_from(holders.len()).unwrap_or(u8::MAX),
                count: self.count,
            });
        }
        for (index, h) in (1u8..).zip(holders) {
            self.set_holder(index, &h.name, &h.place)?;
        }
        Ok(())
    }

    /// Checks the label, the wallet name and every holder and place: within their limits,
    /// no control characters.
    pub fn check_names(&self) -> Result<()> {
        TextField::Label.check(&self.label)?;
        TextField::WalletName.check(&self.wallet)?;
        for card in &self.cards {
            TextField::HolderName.check(&card.holder)?;
            TextField::Place.check(&card.place)?;
        }
        Ok(())
    }

    /// Whether the label, wallet name, holders or places differ from `other`'s.
    pub(super) fn names_differ(&self, other: &SetRecord) -> bool {
        self.label != other.label
            || self.wallet != other.wallet
            || self.cards.len() != other.cards.len()
            || self
                .cards
                .iter()
                .zip(&other.cards)
                .any(|(a, b)| a.holder != b.holder || a.place != b.place)
    }

    /// The most recent check of any of its cards.
    pub fn last_check(&self) -> Option<Timestamp> {
        self.cards.iter().filter_map(|c| c.last_checked).max()
    }

    /// Whether an active set is due for a check-up at `now`: none of its cards was checked
    /// (or, failing that, it was not verified or made) within `interval_days`. A retired
    /// set is never due.
    pub fn needs_check(&self, now: Timestamp, interval_days: u32) -> bool {
        if self.retired.is_some() {
            return false;
        }
        let seen = [self.last_check(), self.verified_at, Some(self.made)]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(self.made);
        now.unix() - seen.unix() > i64::from(interval_days) * 86_400
    }

    /// T and N in bounds, card numbers within 1 … N and each once, names within their
    /// limits.
    pub(super) fn validate(&self) -> Result<()> {
        shamir::check_threshold(self.threshold, self.count)?;
        // The first bad entry stops the loop: among N + 1 entries one is repeated or out of
        // range, so a hostile list of a million cards costs at most 17 steps.
        for (i, card) in self.cards.iter().enumerate() {
            if card.index == 0 || card.index > self.count {
                return Err(Error::NoSuchCard {
                    index: card.index,
                    count: self.count,
                });
            }
            if self.cards[..i].iter().any(|c| c.index == card.index) {
                return Err(Error::Duplicate { index: card.index });
            }
        }
        self.check_names()
    }

    fn merge(&mut self, theirs: SetRecord) {
        fill_if_empty(&mut self.label, theirs.label);
        fill_if_empty(&mut self.wallet, theirs.wallet);
        self.verified_at = self.verified_at.or(theirs.verified_at);
        self.replaces = self.replaces.or(theirs.replaces);
        match (&mut self.retired, theirs.retired) {
            (None, theirs) => self.retired = theirs,
            (Some(ours), Some(theirs)) => {
                ours.replaced_by = ours.replaced_by.or(theirs.replaced_by);
                merge_extra(&mut ours.extra, theirs.extra);
            }
            (Some(_), None) => {}
        }
        for card in theirs.cards {
            match self.cards.iter_mut().find(|c| c.index == card.index) {
                Some(ours) => ours.merge(card),
                None => self.cards.push(card),
            }
        }
        self.cards.sort_by_key(|c| c.index);
        merge_extra(&mut self.extra, theirs.extra);
    }
}

impl CardRecord {
    /// An entry with no holder, place or check yet.
    pub fn new(index: u8) -> CardRecord {
        CardRecord {
            index,
            holder: String::new(),
            place: String::new(),
            last_checked: None,
            extra: Map::new(),
        }
    }

    fn merge(&mut self, theirs: CardRecord) {
        fill_if_empty(&mut self.holder, theirs.holder);
        fill_if_empty(&mut self.place, theirs.place);
        self.last_checked = self.last_checked.max(theirs.last_checked);
        merge_extra(&mut self.extra, theirs.extra);
    }
}

fn fill_if_empty(ours: &mut String, theirs: String) {
    if ours.trim().is_empty() {
        *ours = theirs;
    }
}

fn merge_extra(ours: &mut Map<String, Value>, theirs: Map<String, Value>) {
    for (k, v) in theirs {
        ours.entry(k).or_insert(v);
    }
}

/// Reads the list of sets, keeping at most [`MAX_SETS`] + 1 and skipping the rest without
/// keeping them: a million sets cost the memory of [`MAX_SETS`], and the reader refuses the
/// record from the count.
fn bounded_sets<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Vec<SetRecord>, D::Error> {
    struct Sets;
    impl<'de> Visitor<'de> for Sets {
        type Value = Vec<SetRecord>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list of backup sets")
        }

        fn visit_seq<A: SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> std::result::Result<Self::Value, A::Error> {
            let mut sets = Vec::new();
            while sets.len() <= MAX_SETS {
                match seq.next_element()? {
                    Some(set) => sets.push(set),
                    None => return Ok(sets),
                }
            }
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(sets)
        }
    }
    d.deserialize_seq(Sets)
}

// Ids are written as the hex digits printed on the cards, so a person can match them.

impl Serialize for SetId {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SetId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        SetId::from_hex(&s).ok_or_else(|| de::Error::custom("a set id of 16 hex digits"))
    }
}

impl Serialize for Fingerprint {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Fingerprint {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Fingerprint::from_hex(&s).ok_or_else(|| de::Error::custom("a fingerprint of 8 hex digits"))
    }
}

/// A set may only be replaced by a backup of the same wallet.
fn same_wallet(expected: Fingerprint, found: Fingerprint) -> Result<()> {
    if expected == found {
        Ok(())
    } else {
        Err(Error::DifferentWallet { expected, found })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::kdf::KdfParams;

    pub(crate) fn t(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    /// The header of card 1 of a 2-of-3 set whose id starts with `id`.
    pub(crate) fn header(id: u8) -> Header {
        Header {
            threshold: 2,
            count: 3,
            index: 1,
            language: bip39::Language::English,
            kdf: KdfParams::DEFAULT,
            set_id: SetId([id, 1, 2, 3, 4, 5, 6, 7]),
        }
    }

    pub(crate) fn sample(id: u8) -> SetRecord {
        let mut set = SetRecord::new(
            &header(id),
            Fingerprint([0x73, 0xc5, 0xda, 0x0a]),
            t("2026-01-02T03:04:05Z"),
        );
        set.label = format!("set {id}");
        set.wallet = "Main".into();
        set.set_holder(1, "Alice", "Lisbon").unwrap();
        set
    }

    #[test]
    fn json_round_trip_is_exact_and_readable() {
        let mut r = Record::new();
        r.add(sample(1)).unwrap();
        r.mark_checked(sample(1).id, 2, t("2026-03-01T00:00:00Z"))
            .unwrap();
        r.retire(sample(1).id, Some(SetId([9; 8])), t("2026-04-01T00:00:00Z"))
            .unwrap();
        let json = serde_json::to_string_pretty(&r).unwrap();
        assert!(json.contains("\"id\": \"0101020304050607\""), "{json}");
        assert!(json.contains("\"fingerprint\": \"73c5da0a\""), "{json}");
        assert!(json.contains("\"last_checked\": \"2026-03-01T00:00:00Z\""));
        assert!(json.contains("\"replaced_by\": \"0909090909090909\""));
        let back: Record = serde_json::from_str(&json).unwrap();
        assert_eq!(back, r);
    }

    #[test]
    fn unknown_fields_survive_a_rewrite() {
        let json = r#"{"schema":1,"owner":"x","sets":[{"id":"0101020304050607",
            "fingerprint":"73c5da0a","made":"2026-01-02T03:04:05Z","threshold":2,"count":2,
            "colour":"red","cards":[{"index":1,"ink":"blue"}],
            "retired":{"at":"2026-01-03T00:00:00Z","why":"lost"}}]}"#;
        let mut r: Record = serde_json::from_str(json).unwrap();
        r.mark_checked(
            SetId([1, 1, 2, 3, 4, 5, 6, 7]),
            1,
            t("2026-05-05T00:00:00Z"),
        )
        .unwrap();
        let again: Value = serde_json::to_value(&r).unwrap();
        assert_eq!(again["owner"], "x");
        assert_eq!(again["sets"][0]["colour"], "red");
        assert_eq!(again["sets"][0]["cards"][0]["ink"], "blue");
        assert_eq!(again["sets"][0]["retired"]["why"], "lost");
        assert_eq!(
            again["sets"][0]["cards"][0]["last_checked"],
            "2026-05-05T00:00:00Z"
        );
    }

    #[test]
    fn the_same_id_twice_is_refused_unless_identical() {
        let mut r = Record::new();
        r.add(sample(1)).unwrap();
        r.add(sample(1)).unwrap();
        assert_eq!(r.sets.len(), 1);
        let mut other = sample(1);
        other.label = "something else".into();
        assert_eq!(r.add(other), Err(Error::SetExists { id: sample(1).id }));
        assert_eq!(r.sets[0].label, "set 1", "the recorded set is untouched");
    }

    #[test]
    fn bad_sets_and_cards_are_refused() {
        let mut r = Record::new();
        let mut bad = sample(1);
        bad.threshold = 1;
        assert!(matches!(r.add(bad), Err(Error::InvalidThreshold { .. })));
        let mut dup = sample(2);
        dup.cards.push(CardRecord::new(2));
        assert_eq!(r.add(dup), Err(Error::Duplicate { index: 2 }));
        r.add(sample(3)).unwrap();
        let id = sample(3).id;
        assert_eq!(
            r.mark_checked(id, 4, Timestamp::now()),
            Err(Error::NoSuchCard { index: 4, count: 3 })
        );
        assert_eq!(
            r.mark_checked(SetId([0; 8]), 1, Timestamp::now()),
            Err(Error::SetNotFound { id: SetId([0; 8]) })
        );
        assert_eq!(
            r.retire(id, Some(id), Timestamp::now()),
            Err(Error::SetReplacesItself { id })
        );
        assert_eq!(r.status(id), SetStatus::Active);
    }

    #[test]
    fn checks_keep_the_latest_and_retiring_keeps_the_first_date() {
        let mut r = Record::new();
        let id = sample(1).id;
        r.add(sample(1)).unwrap();
        r.mark_checked(id, 3, t("2026-06-01T00:00:00Z")).unwrap();
        r.mark_checked(id, 3, t("2026-02-01T00:00:00Z")).unwrap();
        assert_eq!(
            r.set(id).unwrap().last_check(),
            Some(t("2026-06-01T00:00:00Z"))
        );
        r.retire(id, None, t("2026-07-01T00:00:00Z")).unwrap();
        r.retire(id, Some(SetId([5; 8])), t("2026-08-01T00:00:00Z"))
            .unwrap();
        assert_eq!(
            r.status(id),
            SetStatus::Retired {
                at: t("2026-07-01T00:00:00Z"),
                replaced_by: Some(SetId([5; 8]))
            }
        );
        assert_eq!(r.status(SetId([5; 8])), SetStatus::Unknown);
    }

    #[test]
    fn a_set_is_due_a_year_after_it_was_last_seen() {
        let mut set = sample(1);
        let year = DEFAULT_CHECK_INTERVAL_DAYS;
        assert!(
            !set.needs_check(t("2027-01-02T03:04:05Z"), year),
            "365 days"
        );
        assert!(set.needs_check(t("2027-01-02T03:04:06Z"), year));
        set.verified_at = Some(t("2026-06-01T00:00:00Z"));
        assert!(!set.needs_check(t("2027-01-02T03:04:06Z"), year));
        set.cards[2].last_checked = Some(t("2027-03-01T00:00:00Z"));
        assert!(!set.needs_check(t("2028-02-01T00:00:00Z"), year));
        assert!(set.needs_check(t("2028-03-02T00:00:00Z"), year));
        assert!(set.needs_check(t("2027-05-01T00:00:00Z"), 30));
        set.retired = Some(Retirement {
            at: t("2027-04-01T00:00:00Z"),
            replaced_by: None,
            extra: Map::new(),
        });
        assert!(!set.needs_check(t("2030-01-01T00:00:00Z"), year));
    }

    #[test]
    fn a_replacement_named_on_retiring_is_recorded_other_and_of_the_same_wallet() {
        let mut r = Record::new();
        r.add(sample(1)).unwrap();
        r.add(sample(2)).unwrap();
        let mut other = sample(3);
        other.fingerprint = Fingerprint([1, 2, 3, 4]);
        r.add(other).unwrap();
        let id = |n| sample(n).id;
        assert_eq!(r.check_replaced_by(id(1), id(2)), Ok(()));
        assert_eq!(
            r.check_replaced_by(id(1), id(4)),
            Err(Error::SetNotFound { id: id(4) })
        );
        assert_eq!(
            r.check_replaced_by(id(1), id(1)),
            Err(Error::SetReplacesItself { id: id(1) })
        );
        assert!(matches!(
            r.check_replaced_by(id(1), id(3)),
            Err(Error::DifferentWallet { .. })
        ));
    }

    #[test]
    fn holders_are_set_in_card_order_within_the_set() {
        let mut set = sample(1);
        let bob = Holder::new(" Bob ", "Accra");
        set.set_holders(&[Holder::default(), bob]).unwrap();
        assert_eq!(set.card(1).map(|c| c.holder.as_str()), Some(""));
        assert_eq!(set.card(2).map(|c| c.holder.as_str()), Some("Bob"));
        assert_eq!(
            set.set_holders(&vec![Holder::default(); 4]),
            Err(Error::NoSuchCard { index: 4, count: 3 })
        );
        assert!(set.set_holders(&[Holder::new("A\u{1b}[2J", "")]).is_err());
    }

    #[test]
    fn reissue_adds_the_new_set_and_leaves_the_old_active_or_does_nothing() {
        let (old, new) = (sample(1).id, sample(2).id);
        let mut r = Record::new();
        r.add(sample(1)).unwrap();
        r.reissue(old, sample(2)).unwrap();
        assert_eq!(r.status(new), SetStatus::Active);
        assert_eq!(
            r.status(old),
            SetStatus::Active,
            "until the new set is proven"
        );
        assert_eq!(r.set(new).unwrap().replaces, Some(old));
        assert_eq!(r.replacement_of(old).map(|s| s.id), Some(new));
        assert_eq!(r.replacement_of(new), None);

        let before = r.clone();
        assert_eq!(
            r.reissue(sample(5).id, sample(3)),
            Err(Error::SetNotFound { id: sample(5).id })
        );
        let mut clash = sample(2);
        clash.label = "not the recorded one".into();
        assert_eq!(r.reissue(old, clash), Err(Error::SetExists { id: new }));
        assert_eq!(
            r.reissue(old, sample(1)),
            Err(Error::SetReplacesItself { id: old })
        );
        let mut stranger = sample(4);
        stranger.fingerprint = Fingerprint([1, 2, 3, 4]);
        let refused = Err(Error::DifferentWallet {
            expected: Fingerprint([0x73, 0xc5, 0xda, 0x0a]),
            found: Fingerprint([1, 2, 3, 4]),
        });
        assert_eq!(r.reissue(old, stranger.clone()), refused);
        assert_eq!(r, before);
        r.add(stranger).unwrap();
        assert_eq!(r.retire(new, Some(sample(4).id), Timestamp::now()), refused);
        assert_eq!(r.status(new), SetStatus::Active);
    }

    #[test]
    fn verifying_the_new_set_retires_the_old_once() {
        let (old, new) = (sample(1).id, sample(2).id);
        let mut r = Record::new();
        r.add(sample(1)).unwrap();
        r.reissue(old, sample(2)).unwrap();
        // Verifying the old set itself retires nothing.
        assert_eq!(r.mark_verified(old, t("2026-09-01T00:00:00Z")), Ok(None));
        assert_eq!(r.status(old), SetStatus::Active);

        let at = t("2026-09-09T00:00:00Z");
        assert_eq!(r.mark_verified(new, at), Ok(Some(old)));
        assert_eq!(r.set(new).unwrap().verified_at, Some(at));
        assert_eq!(
            r.status(old),
            SetStatus::Retired {
                at,
                replaced_by: Some(new)
            }
        );
        // The replacement is still named, for the screens that explain the retirement.
        assert_eq!(r.replacement_of(old).map(|s| s.id), Some(new));
        // Verifying again changes only the date.
        assert_eq!(r.mark_verified(new, t("2026-10-01T00:00:00Z")), Ok(None));
        assert_eq!(r.status(old).as_str(), "retired");
        assert_eq!(
            r.mark_verified(sample(7).id, at),
            Err(Error::SetNotFound { id: sample(7).id })
        );
    }

    #[test]
    fn verifying_a_replacement_of_a_set_retired_before_keeps_the_first_retirement() {
        let (old, new) = (sample(1).id, sample(2).id);
        let mut r = Record::new();
        r.add(sample(1)).unwrap();
        r.reissue(old, sample(2)).unwrap();
        let first = t("2026-08-01T00:00:00Z");
        r.retire(old, None, first).unwrap();
        assert_eq!(r.mark_verified(new, t("2026-09-09T00:00:00Z")), Ok(None));
        assert_eq!(
            r.status(old),
            SetStatus::Retired {
                at: first,
                replaced_by: None
            }
        );
        // A replacement whose old set is not recorded here (an import) retires nothing.
        let mut lone = sample(3);
        lone.replaces = Some(SetId([9; 8]));
        r.add(lone).unwrap();
        assert_eq!(r.mark_verified(sample(3).id, Timestamp::now()), Ok(None));
    }

    #[test]
    fn replaces_is_written_only_when_set_and_old_records_read() {
        let mut r = Record::new();
        r.add(sample(1)).unwrap();
        let json = serde_json::to_string(&r).unwrap();
        assert!(!json.contains("replaces"), "{json}");
        r.reissue(sample(1).id, sample(2)).unwrap();
        let json = serde_json::to_string_pretty(&r).unwrap();
        assert!(
            json.contains("\"replaces\": \"0101020304050607\""),
            "{json}"
        );
        let back: Record = serde_json::from_str(&json).unwrap();
        assert_eq!(back, r);
        // A record written before re-issues waited for verification: no `replaces`.
        let old = r#"{"schema":1,"sets":[{"id":"0101020304050607","fingerprint":"73c5da0a",
            "made":"2026-01-02T03:04:05Z","threshold":2,"count":3}]}"#;
        let read: Record = serde_json::from_str(old).unwrap();
        assert_eq!(read.sets[0].replaces, None);
    }

    #[test]
    fn the_reminder_period_is_chosen_within_bounds_and_kept_on_import() {
        let mut r = Record::new();
        assert_eq!(r.check_interval(), DEFAULT_CHECK_INTERVAL_DAYS);
        assert!(
            !serde_json::to_string(&r)
                .unwrap()
                .contains("check_interval"),
            "not written until chosen"
        );
        assert_eq!(
            r.set_check_interval(29),
            Err(Error::InvalidCheckInterval { days: 29 })
        );
        assert_eq!(
            r.set_check_interval(3651),
            Err(Error::InvalidCheckInterval { days: 3651 })
        );
        r.set_check_interval(182).unwrap();
        assert_eq!(r.check_interval(), 182);
        let back: Record = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        assert_eq!(back.check_interval(), 182);

        let mut other = Record::new();
        other.set_check_interval(730).unwrap();
        r.merge(other.clone()).unwrap();
        assert_eq!(r.check_interval(), 182, "this computer's choice stands");
        let mut fresh = Record::new();
        fresh.merge(other).unwrap();
        assert_eq!(
            fresh.check_interval(),
            730,
            "an import fills in an unset choice"
        );
    }

    #[test]
    fn merge_loses_nothing() {
        let (a, b, c) = (sample(1).id, sample(2).id, sample(3).id);
        let mut ours = Record::new();
        ours.add(sample(1)).unwrap();
        ours.add(sample(2)).unwrap();
        ours.mark_checked(a, 1, t("2026-05-01T00:00:00Z")).unwrap();
        ours.mark_checked(a, 2, t("2026-01-09T00:00:00Z")).unwrap();

        let mut theirs = Record::new();
        let mut a2 = sample(1);
        a2.replaces = Some(SetId([8; 8]));
        a2.set_holder(1, "Mallory", "Elsewhere").unwrap();
        a2.set_holder(2, "Bob", "Porto").unwrap();
        a2.label = "their label".into();
        theirs.add(a2).unwrap();
        theirs.add(sample(3)).unwrap();
        theirs
            .mark_checked(a, 1, t("2026-02-01T00:00:00Z"))
            .unwrap();
        theirs
            .mark_checked(a, 2, t("2026-09-01T00:00:00Z"))
            .unwrap();
        theirs
            .retire(a, Some(c), t("2026-09-02T00:00:00Z"))
            .unwrap();
        theirs.extra.insert("note".into(), Value::from("kept"));

        let summary = ours.merge(theirs.clone()).unwrap();
        assert_eq!(
            summary,
            MergeSummary {
                added: 1,
                updated: 1
            }
        );
        let ids: Vec<SetId> = ours.sets.iter().map(|s| s.id).collect();
        assert_eq!(ids, vec![a, b, c]);
        let set = ours.set(a).unwrap();
        assert_eq!(set.label, "set 1", "our label wins");
        assert_eq!(
            set.replaces,
            Some(SetId([8; 8])),
            "what it replaces is carried"
        );
        let card1 = set.card(1).unwrap();
        assert_eq!(
            (card1.holder.as_str(), card1.place.as_str()),
            ("Alice", "Lisbon")
        );
        assert_eq!(card1.last_checked, Some(t("2026-05-01T00:00:00Z")));
        let card2 = set.card(2).unwrap();
        assert_eq!(
            (card2.holder.as_str(), card2.place.as_str()),
            ("Bob", "Porto")
        );
        assert_eq!(card2.last_checked, Some(t("2026-09-01T00:00:00Z")));
        assert_eq!(
            ours.status(a),
            SetStatus::Retired {
                at: t("2026-09-02T00:00:00Z"),
                replaced_by: Some(c)
            }
        );
        assert_eq!(ours.extra["note"], "kept");

        // Merging the same file again changes nothing; retired stays retired either way.
        assert_eq!(ours.merge(theirs), Ok(MergeSummary::default()));
        let mut active_again = Record::new();
        active_again.add(sample(1)).unwrap();
        ours.merge(active_again).unwrap();
        assert_eq!(ours.status(a).as_str(), "retired");
    }
}
