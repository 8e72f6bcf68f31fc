//! The record of backup sets: which sets this computer made or was told about, who keeps
//! each card and where, when each card was last checked, and which sets are retired.
//!
//! It holds no secret: nothing in it helps recover a wallet. It lives in one JSON file,
//! `record.json`, in the app's data folder, shared by the app and the command line.
//! [`Registry`] is that folder; [`Record`] is the record in memory, with the changes and the
//! merge as plain functions.

mod record;
mod store;
mod timestamp;

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

pub use record::{
    CardRecord, MergeSummary, Record, Retirement, SetRecord, SetStatus,
    DEFAULT_CHECK_INTERVAL_DAYS, MAX_CHECK_INTERVAL_DAYS, MIN_CHECK_INTERVAL_DAYS, SCHEMA,
};
pub use timestamp::Timestamp;

use crate::card::{Card, SetId};
use crate::error::{Error, Result};

/// The environment variable that moves the data folder (for tests and portable installs).
pub const DATA_DIR_ENV: &str = "HEIRLOOM_DATA_DIR";

/// The app's Tauri identifier: the data folder's name inside the platform's data folder, as
/// Tauri's `app_data_dir()` has it, so the app and the command line share one record.
pub const APP_IDENTIFIER: &str = "org.heirloom.desktop";

/// The record folder of this computer (or of `HEIRLOOM_DATA_DIR`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registry {
    dir: PathBuf,
}

/// A result, and whether a damaged record file had to be moved aside to get it. The caller
/// must tell the person: the old entries are in that file, not in the record.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Outcome<T> {
    /// What the operation gives.
    pub value: T,
    /// Where a damaged record was kept, if one was found; the record started afresh.
    pub kept_aside: Option<PathBuf>,
}

/// What a check-up of one card found. The card was intact (it parsed); no passphrase was
/// needed.
#[derive(Debug, Clone, PartialEq)]
pub struct CardCheck {
    /// The card's set.
    pub set_id: SetId,
    /// The card's number, 1 … N.
    pub index: u8,
    /// Cards needed to recover (T), as the card says.
    pub threshold: u8,
    /// Cards in the set (N), as the card says.
    pub count: u8,
    /// Active, retired, or unknown to this computer.
    pub status: SetStatus,
    /// The recorded set, when it is known (for its label and the card's holder).
    pub set: Option<SetRecord>,
    /// Whether the check date was saved (not for an unknown set, nor into a record of a
    /// newer Heirloom).
    pub recorded: bool,
}

impl Registry {
    /// The folder of `HEIRLOOM_DATA_DIR` when set, else the app's data folder.
    pub fn open_default() -> Result<Registry> {
        default_dir(env::var_os(DATA_DIR_ENV), dirs::data_dir())
            .map(Registry::at)
            .ok_or(Error::NoDataFolder)
    }

    /// The record in `dir`; nothing is created until something is written.
    pub fn at(dir: impl Into<PathBuf>) -> Registry {
        Registry { dir: dir.into() }
    }

    /// The record folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The record file.
    pub fn file(&self) -> PathBuf {
        self.dir.join(store::RECORD_FILE)
    }

    /// Reads the record (empty if there is none yet). A record of a newer Heirloom is read
    /// as far as this one understands it; see [`Record::is_newer`].
    pub fn load(&self) -> Result<Outcome<Record>> {
        if !self.file().exists() {
            return Ok(Outcome {
                value: Record::new(),
                kept_aside: None,
            });
        }
        self.locked(|r| Ok(r.clone()))
    }

    /// Runs `change` on the record under the lock and saves the result. Refused, with
    /// nothing changed, when a newer Heirloom wrote the record.
    pub fn change<T>(&self, change: impl FnOnce(&mut Record) -> Result<T>) -> Result<Outcome<T>> {
        self.locked(|r| {
            if r.is_newer() {
                return Err(Error::RecordTooNew);
            }
            change(r)
        })
    }

    /// Records a new set; see [`Record::add`].
    pub fn add_set(&self, set: SetRecord) -> Result<Outcome<()>> {
        self.change(|r| r.add(set))
    }

    /// Records that card `index` of a set was found intact, now.
    pub fn mark_checked(&self, id: SetId, index: u8) -> Result<Outcome<()>> {
        self.change(|r| r.mark_checked(id, index, Timestamp::now()))
    }

    /// Records that every printed card of a set was scanned back and checked, now, and
    /// retires the set it replaces in the same write; see [`Record::mark_verified`]. Gives
    /// the set it retired.
    pub fn mark_verified(&self, id: SetId) -> Result<Outcome<Option<SetId>>> {
        self.change(|r| r.mark_verified(id, Timestamp::now()))
    }

    /// Retires a set, now, optionally naming the set that replaces it.
    pub fn retire(&self, id: SetId, replaced_by: Option<SetId>) -> Result<Outcome<()>> {
        self.change(|r| r.retire(id, replaced_by, Timestamp::now()))
    }

    /// Records a fresh set made to replace `old` of the same wallet; `old` stays active
    /// until the new set is verified. See [`Record::reissue`].
    pub fn reissue(&self, old: SetId, new: SetRecord) -> Result<Outcome<()>> {
        self.change(|r| r.reissue(old, new))
    }

    /// A card check-up: which set and card this is, and whether the set is active, retired
    /// or unknown here. For a known set, the date is recorded. A record of a newer Heirloom
    /// still answers; it is just not written.
    pub fn check_card(&self, card: &Card) -> Result<Outcome<CardCheck>> {
        let h = *card.header();
        self.locked(|r| {
            let recorded = !r.is_newer()
                && r.set(h.set_id).is_some()
                && r.mark_checked(h.set_id, h.index, Timestamp::now()).is_ok();
            Ok(CardCheck {
                set_id: h.set_id,
                index: h.index,
                threshold: h.threshold,
                count: h.count,
                status: r.status(h.set_id),
                set: r.set(h.set_id).cloned(),
                recorded,
            })
        })
    }

    /// Writes the whole record to `to` (replacing it; the caller asks first), for another
    /// computer or the family.
    pub fn export(&self, to: &Path) -> Result<Outcome<()>> {
        let record = self.load()?;
        let name = to
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = to.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        store::write_atomic(to, &temp, &record.value)?;
        Ok(Outcome {
            value: (),
            kept_aside: record.kept_aside,
        })
    }

    /// Merges an exported record from `from` into this one; see [`Record::merge`].
    pub fn import(&self, from: &Path) -> Result<Outcome<MergeSummary>> {
        let bytes = fs::read(from).map_err(|_| Error::UnreadableFile)?;
        let theirs = match store::parse(&bytes) {
            store::Parsed::Record(r) if r.is_newer() => return Err(Error::RecordTooNew),
            store::Parsed::Record(r) => r,
            store::Parsed::TooNew => return Err(Error::RecordTooNew),
            store::Parsed::Invalid => return Err(Error::NotARecordFile),
        };
        // What this computer records itself must hold for what it is given too.
        if theirs.sets.iter().any(|s| s.validate().is_err()) {
            return Err(Error::NotARecordFile);
        }
        self.change(|r| Ok(r.merge(theirs)))
    }

    /// Reads under the lock, moving a damaged file aside; runs `f`; saves if `f` changed the
    /// record. When `f` fails after damage was found, the damage is the error reported, so
    /// that it is never lost.
    fn locked<T>(&self, f: impl FnOnce(&mut Record) -> Result<T>) -> Result<Outcome<T>> {
        let _lock = store::lock(&self.dir)?;
        let (mut record, kept_aside) = match store::read(&self.file())? {
            store::Found::Missing => (Record::new(), None),
            store::Found::Record(r) => (r, None),
            store::Found::Damaged => (Record::new(), Some(store::keep_aside(&self.dir)?)),
        };
        let before = record.clone();
        let value = match f(&mut record) {
            Ok(v) => v,
            Err(e) => {
                return Err(match kept_aside {
                    Some(kept) => Error::RecordDamaged { kept },
                    None => e,
                })
            }
        };
        if record != before {
            store::write_record(&self.dir, &record)?;
        }
        Ok(Outcome { value, kept_aside })
    }
}

fn default_dir(from_env: Option<OsString>, data_dir: Option<PathBuf>) -> Option<PathBuf> {
    match from_env.filter(|d| !d.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir)),
        None => data_dir.map(|d| d.join(APP_IDENTIFIER)),
    }
}

#[cfg(test)]
mod tests;
