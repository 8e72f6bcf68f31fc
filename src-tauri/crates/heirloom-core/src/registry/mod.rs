//! The record of backup sets: which sets this computer made or was told about, who keeps
//! each card and where, when each card was last checked, and which sets are retired.
//!
//! It holds no secret, but it says who keeps which card and where, so its file and its
//! exports are private (`0600`, the folder `0700`). It lives in one JSON file,
//! `record.json`, in the app's data folder, shared by the app and the command line.
//! [`Registry`] is that folder; [`Record`] is the record in memory, with the changes and the
//! merge as plain functions.
//!
//! Reading never waits: [`Registry::read`] reads the file without the lock (writes replace
//! it atomically) and never changes anything, so recovery can't be held up by another
//! window or a long import. A change waits a few seconds for the lock at most, then says
//! another Heirloom is busy with the record. Everything read is bounded ([`MAX_RECORD_BYTES`],
//! [`MAX_SETS`], the name limits of [`TextField`]).

mod new_set;
mod record;
mod store;
mod timestamp;

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

// The holder's words are checked before there is a record too: see crate::fields.
pub use crate::fields::{
    escape_controls, is_forbidden, Holder, TextField, MAX_HOLDER_NAME_CHARS, MAX_LABEL_CHARS,
    MAX_PLACE_CHARS, MAX_WALLET_NAME_CHARS,
};
pub use new_set::NewSet;
pub use record::{
    CardRecord, MergeSummary, Record, Retirement, SetRecord, SetStatus,
    DEFAULT_CHECK_INTERVAL_DAYS, MAX_CHECK_INTERVAL_DAYS, MIN_CHECK_INTERVAL_DAYS, SCHEMA,
};
pub use store::{MAX_JSON_TOKENS, MAX_RECORD_BYTES, MAX_SETS};
pub use timestamp::Timestamp;

use crate::card::{Card, SetId};
use crate::error::{Error, Result};
use crate::files::{self, ReadError};

/// The environment variable that moves the data folder (for tests and portable installs).
pub const DATA_DIR_ENV: &str = "HEIRLOOM_DATA_DIR";

/// The app's Tauri identifier: the data folder's name inside the platform's data folder, as
/// Tauri's `app_data_dir()` has it, so the app and the command line share one record.
pub const APP_IDENTIFIER: &str = "org.heirloom.desktop";

/// The record folder of this computer (or of `HEIRLOOM_DATA_DIR`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registry {
    dir: PathBuf,
    lock_wait: Duration,
}

/// A result, and whether a damaged record file had to be moved aside to get it (only a
/// change does that; a read reports [`Error::RecordUnreadable`] instead). The caller must
/// tell the person: the old entries are in that file, not in the record.
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
    /// newer Heirloom, nor while another Heirloom is changing the record).
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
        Registry {
            dir: dir.into(),
            lock_wait: store::LOCK_WAIT,
        }
    }

    /// The same record, with changes waiting at most `wait` for another writer (five
    /// seconds unless chosen).
    pub fn with_lock_wait(mut self, wait: Duration) -> Registry {
        self.lock_wait = wait;
        self
    }

    /// The record folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The record file.
    pub fn file(&self) -> PathBuf {
        self.dir.join(store::RECORD_FILE)
    }

    /// Reads the record (empty if there is none yet), without waiting for the lock and
    /// without changing anything. A record of a newer Heirloom is read as far as this one
    /// understands it; see [`Record::is_newer`]. A damaged record is
    /// [`Error::RecordUnreadable`], left where it is (the next change keeps it aside); a
    /// data folder that is a file, or that may not be read, is an error too, never an empty
    /// record.
    pub fn read(&self) -> Result<Record> {
        match store::read(&self.dir)? {
            store::Found::Missing => Ok(Record::new()),
            store::Found::Record(r) => Ok(r),
            store::Found::Damaged => Err(Error::RecordUnreadable { path: self.file() }),
        }
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
        set.validate()?; // before the lock and the disk
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
        new.validate()?;
        self.change(|r| r.reissue(old, new))
    }

    /// A card check-up: which set and card this is, and whether the set is active, retired
    /// or unknown here. The answer is read without the lock. For a known set, the date is
    /// then recorded if the lock is free within a moment; if another Heirloom is changing
    /// the record, the answer stands and `recorded` is false. A record of a newer Heirloom
    /// still answers; it is just not written.
    pub fn check_card(&self, card: &Card) -> Result<Outcome<CardCheck>> {
        let h = *card.header();
        let record = self.read()?;
        let set = record.set(h.set_id).cloned();
        let recorded = !record.is_newer()
            && set.is_some()
            && Registry {
                dir: self.dir.clone(),
                lock_wait: self.lock_wait.min(CHECK_LOCK_WAIT),
            }
            .change(|r| r.mark_checked(h.set_id, h.index, Timestamp::now()))
            .is_ok();
        Ok(Outcome {
            value: CardCheck {
                set_id: h.set_id,
                index: h.index,
                threshold: h.threshold,
                count: h.count,
                status: record.status(h.set_id),
                set,
                recorded,
            },
            kept_aside: None,
        })
    }

    /// Writes the whole record to `to`, replacing what is there (the caller asks first),
    /// for another computer or the family: private (`0600`), whole or not at all.
    pub fn export(&self, to: &Path) -> Result<Outcome<()>> {
        let record = self.read()?;
        let json = store::to_json(&record, to)?;
        files::write_replacing(to, &json).map_err(|_| Error::RecordUnavailable {
            path: to.to_path_buf(),
        })?;
        Ok(Outcome {
            value: (),
            kept_aside: None,
        })
    }

    /// Writes the whole record to the new file `to`, like [`Registry::export`], but never
    /// over an existing file (nor through a symlink planted there): gives `false`, having
    /// written nothing, when `to` exists.
    pub fn export_new(&self, to: &Path) -> Result<bool> {
        let record = self.read()?;
        let json = store::to_json(&record, to)?;
        match files::write_new(to, &json) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(_) => Err(Error::RecordUnavailable {
                path: to.to_path_buf(),
            }),
        }
    }

    /// Merges an exported record from `from` into this one; see [`Record::merge`].
    ///
    /// The file is read and checked before the lock is taken, and refused quickly when it
    /// is not a record Heirloom could have written: over [`MAX_RECORD_BYTES`] (read no
    /// further), over [`MAX_JSON_TOKENS`] or nested too deep, of the wrong types, over
    /// [`MAX_SETS`] sets, a set listed twice, or a set this computer would not record
    /// itself (see [`Record::check_import`]). Linear in the size of both records.
    pub fn import(&self, from: &Path) -> Result<Outcome<MergeSummary>> {
        let bytes = files::read_limited(from, MAX_RECORD_BYTES).map_err(|e| match e {
            ReadError::TooBig { limit } => Error::RecordFileTooLarge {
                path: from.to_path_buf(),
                limit_mb: limit >> 20,
            },
            ReadError::NotAFile | ReadError::Io(_) => Error::UnreadableFile,
        })?;
        let theirs = parse_import(&bytes).map_err(|e| match e {
            Error::RecordFileTooLarge { limit_mb, .. } => Error::RecordFileTooLarge {
                path: from.to_path_buf(),
                limit_mb,
            },
            e => e,
        })?;
        drop(bytes);
        self.change(|r| r.merge(theirs))
    }

    /// Takes the lock (waiting a few seconds at most), reads, moving a damaged file aside;
    /// runs `f`; saves if `f` changed the record, after checking the names of every set it
    /// changed. When `f` fails after damage was found, the damage is the error reported, so
    /// that it is never lost.
    fn locked<T>(&self, f: impl FnOnce(&mut Record) -> Result<T>) -> Result<Outcome<T>> {
        let _lock = store::lock(&self.dir, self.lock_wait)?;
        let (mut record, kept_aside) = match store::read(&self.dir)? {
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
            check_changed_names(&before, &record)?;
            store::write_record(&self.dir, &record)?;
        }
        Ok(Outcome { value, kept_aside })
    }
}

/// The record in an exported file's bytes, checked as [`Registry::import`] checks it before
/// merging: within [`MAX_RECORD_BYTES`] and [`MAX_JSON_TOKENS`] (else
/// [`Error::RecordFileTooLarge`], with an empty path), nested no deeper than the parser
/// allows, of the right types ([`Error::NotARecordFile`]), not of a newer layout, at most
/// [`MAX_SETS`] sets, and [`Record::check_import`]. Linear in the length of `bytes`; no
/// file is touched.
pub fn parse_import(bytes: &[u8]) -> Result<Record> {
    let too_large = || Error::RecordFileTooLarge {
        path: PathBuf::new(),
        limit_mb: MAX_RECORD_BYTES >> 20,
    };
    if bytes.len() as u64 > MAX_RECORD_BYTES {
        return Err(too_large());
    }
    let theirs = match store::parse(bytes) {
        store::Parsed::Record(r) if r.is_newer() => return Err(Error::RecordTooNew),
        store::Parsed::Record(r) => r,
        store::Parsed::TooNew => return Err(Error::RecordTooNew),
        store::Parsed::TooManySets => return Err(Error::TooManySets { limit: MAX_SETS }),
        store::Parsed::TooBig => return Err(too_large()),
        store::Parsed::Invalid => return Err(Error::NotARecordFile),
    };
    // What this computer records itself must hold for what it is given too.
    theirs.check_import()?;
    Ok(theirs)
}

/// The record as Heirloom writes it (pretty JSON, a final newline), refused with
/// [`Error::RecordFull`] when it would be more than a reader accepts.
pub fn to_json(record: &Record) -> Result<Vec<u8>> {
    store::to_json(record, Path::new(store::RECORD_FILE))
}

/// How long a check-up waits to record its date before leaving it unrecorded.
const CHECK_LOCK_WAIT: Duration = Duration::from_millis(500);

/// The names of every set a change touched are within their limits (a set's position is
/// its identity here: changes edit sets in place or add them at the end). Sets left as
/// they were are not checked, so an old or hand-edited entry never blocks other changes.
fn check_changed_names(before: &Record, after: &Record) -> Result<()> {
    if after.sets.len() > MAX_SETS {
        return Err(Error::TooManySets { limit: MAX_SETS });
    }
    for (i, set) in after.sets.iter().enumerate() {
        if before.sets.get(i).is_none_or(|old| set.names_differ(old)) {
            set.check_names()?;
        }
    }
    Ok(())
}

fn default_dir(from_env: Option<OsString>, data_dir: Option<PathBuf>) -> Option<PathBuf> {
    match from_env.filter(|d| !d.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir)),
        None => data_dir.map(|d| d.join(APP_IDENTIFIER)),
    }
}

#[cfg(test)]
mod tests;
