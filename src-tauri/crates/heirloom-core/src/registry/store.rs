//! The record on disk: one JSON file, replaced whole and atomically under a lock file, read
//! back tolerantly.
//!
//! A write goes to a temporary file in the same folder, is flushed to the disk, renamed over
//! the record and the folder flushed too: a crash or power cut at any moment leaves either
//! the old record or the new one, never a mixture. Every read-modify-write holds an
//! exclusive lock on a separate lock file, so the app and the command line running at the
//! same time cannot lose each other's changes; the operating system drops the lock when a
//! process dies, however it dies.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::record::{Record, SCHEMA};
use super::timestamp::Timestamp;
use crate::error::{Error, Result};

pub(super) const RECORD_FILE: &str = "record.json";
const LOCK_FILE: &str = "record.lock";
// One fixed name: only the holder of the lock writes it, and a leftover from a killed
// writer is simply overwritten by the next one.
const TEMP_FILE: &str = ".record.json.tmp";

/// What was found on disk.
pub(super) enum Found {
    /// No record yet.
    Missing,
    /// A record this program can read (possibly of a newer layout).
    Record(Record),
    /// Not a record: not JSON, or not of the layout its `schema` claims.
    Damaged,
}

/// Holds the exclusive lock on a record folder until dropped.
pub(super) struct Lock {
    _file: File,
}

pub(super) fn lock(dir: &Path) -> Result<Lock> {
    let unavailable = || Error::RecordUnavailable {
        path: dir.to_path_buf(),
    };
    fs::create_dir_all(dir).map_err(|_| unavailable())?;
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(dir.join(LOCK_FILE))
        .map_err(|_| unavailable())?;
    file.lock().map_err(|_| unavailable())?;
    Ok(Lock { _file: file })
}

/// Reads the record file. A record of a newer layout that cannot be read is an error, not
/// damage: it must be kept exactly as it is.
pub(super) fn read(path: &Path) -> Result<Found> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Found::Missing),
        Err(_) => {
            return Err(Error::RecordUnavailable {
                path: path.to_path_buf(),
            })
        }
    };
    Ok(match parse(&bytes) {
        Parsed::Record(r) => Found::Record(r),
        Parsed::TooNew => return Err(Error::RecordTooNew),
        Parsed::Invalid => Found::Damaged,
    })
}

pub(super) enum Parsed {
    Record(Record),
    TooNew,
    Invalid,
}

/// Parses a record, telling a newer layout from damage.
pub(super) fn parse(bytes: &[u8]) -> Parsed {
    let Ok(value) = serde_json::from_slice::<Value>(bytes) else {
        return Parsed::Invalid;
    };
    let Some(schema) = value.get("schema").and_then(Value::as_u64) else {
        return Parsed::Invalid;
    };
    match serde_json::from_value::<Record>(value) {
        Ok(record) => Parsed::Record(record),
        Err(_) if schema > u64::from(SCHEMA) => Parsed::TooNew,
        Err(_) => Parsed::Invalid,
    }
}

/// Moves a damaged record aside to `record.damaged-<when>.json`, next to it, and gives its
/// new path. Never deletes and never replaces another kept file.
pub(super) fn keep_aside(dir: &Path) -> Result<PathBuf> {
    let stamp: String = Timestamp::now()
        .to_string()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    let from = dir.join(RECORD_FILE);
    for n in 1u32.. {
        let name = match n {
            1 => format!("record.damaged-{stamp}.json"),
            n => format!("record.damaged-{stamp}-{n}.json"),
        };
        let to = dir.join(name);
        if to.exists() {
            continue;
        }
        fs::rename(&from, &to)
            .and_then(|()| sync_dir(dir))
            .map_err(|_| Error::RecordUnavailable { path: from.clone() })?;
        return Ok(to);
    }
    Err(Error::RecordUnavailable { path: from })
}

/// Replaces the record file atomically. The caller holds the lock.
pub(super) fn write_record(dir: &Path, record: &Record) -> Result<()> {
    write_atomic(&dir.join(RECORD_FILE), &dir.join(TEMP_FILE), record)
}

/// Writes `record` to `path` through `temp` (in the same folder): flushed, renamed over,
/// and the folder flushed.
pub(super) fn write_atomic(path: &Path, temp: &Path, record: &Record) -> Result<()> {
    let unavailable = || Error::RecordUnavailable {
        path: path.to_path_buf(),
    };
    let mut json = serde_json::to_vec_pretty(record).map_err(|_| unavailable())?;
    json.push(b'\n');
    let written = (|| -> io::Result<()> {
        let mut f = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(temp)?;
        f.write_all(&json)?;
        f.sync_all()?;
        drop(f);
        fs::rename(temp, path)?;
        sync_dir(path.parent().unwrap_or(Path::new(".")))
    })();
    if written.is_err() {
        let _ = fs::remove_file(temp);
    }
    written.map_err(|_| unavailable())
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    // The rename is only durable once the folder's own entry list reaches the disk.
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    // Windows cannot open a folder as a file; its rename is journalled by NTFS itself.
    Ok(())
}
