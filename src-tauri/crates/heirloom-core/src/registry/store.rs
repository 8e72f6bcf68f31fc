//! The record on disk: one JSON file, replaced whole and atomically under a lock file, read
//! back tolerantly and without the lock.
//!
//! A write goes to a new private temporary file in the same folder, is flushed to the disk,
//! renamed over the record and the folder flushed too ([`files::write_replacing`]): a crash
//! or power cut at any moment leaves either the old record or the new one, never a mixture.
//! So a reader needs no lock: it opens either file whole. Every read-modify-write holds an
//! exclusive lock on a separate lock file, so the app and the command line running at the
//! same time cannot lose each other's changes; a writer waits a few seconds for it at most,
//! and the operating system drops the lock when a process dies, however it dies.
//!
//! Every read is bounded: a record is read up to [`MAX_RECORD_BYTES`] and holds at most
//! [`MAX_SETS`] sets, checked while it is parsed, and the parser's nesting limit refuses a
//! deeply nested file before it costs anything.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use serde::Deserialize;

use super::record::{Record, SCHEMA};
use super::timestamp::Timestamp;
use crate::error::{Error, Result};
use crate::files::{self, ReadError};

pub(super) const RECORD_FILE: &str = "record.json";
const LOCK_FILE: &str = "record.lock";

/// The largest record file Heirloom reads or writes, import or its own: 128 MiB. A set of
/// three named cards takes about 650 bytes of the pretty-printed JSON Heirloom writes, so
/// this leaves room for [`MAX_SETS`] of them, twice over; a household has a handful.
pub const MAX_RECORD_BYTES: u64 = 128 << 20;

/// The most sets a record holds: 100,000.
pub const MAX_SETS: usize = 100_000;

/// The most JSON tokens (`[`, `{`, `,`, `:` outside strings: about one per value or key) a
/// record file may have: a set of three named, checked, retired cards has about 55, so
/// [`MAX_SETS`] of them fit. Counted in one pass before parsing, it bounds the memory of
/// what is kept without being understood (the fields of a newer layout, held as
/// `serde_json` values), which the byte limit alone does not: `[0,0,0,…]` is a value every
/// two bytes. Measured worst case at this limit, an unknown object of three million keys:
/// about 650 MB while it is read.
pub const MAX_JSON_TOKENS: usize = 6_000_000;

/// How long a change waits for another writer to finish before it gives up.
pub(super) const LOCK_WAIT: Duration = Duration::from_secs(5);
const LOCK_POLL: Duration = Duration::from_millis(25);

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

/// Takes the folder's lock, creating the folder (private) if need be; waits up to `wait`
/// for another writer, then gives up with [`Error::RecordBusy`].
pub(super) fn lock(dir: &Path, wait: Duration) -> Result<Lock> {
    let unavailable = || Error::RecordUnavailable {
        path: dir.to_path_buf(),
    };
    check_folder(dir)?;
    files::create_private_dir(dir).map_err(|_| unavailable())?;
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options
        .open(dir.join(LOCK_FILE))
        .map_err(|_| unavailable())?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(TryLockError::WouldBlock) if start.elapsed() < wait => thread::sleep(LOCK_POLL),
            Err(TryLockError::WouldBlock) => return Err(Error::RecordBusy),
            Err(TryLockError::Error(_)) => return Err(unavailable()),
        }
    }
    // Whatever a writer killed mid-write left behind: only the lock holder writes, so no
    // temporary file of the record is in use now.
    remove_leftovers(dir);
    Ok(Lock { _file: file })
}

/// Refuses a data folder that is not a folder (a file, say, named by `HEIRLOOM_DATA_DIR`).
/// A folder that does not exist yet is fine: it is made on the first write.
pub(super) fn check_folder(dir: &Path) -> Result<()> {
    match fs::metadata(dir) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(Error::DataFolderNotAFolder {
            path: dir.to_path_buf(),
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(_) => Err(Error::RecordUnavailable {
            path: dir.to_path_buf(),
        }),
    }
}

fn remove_leftovers(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{RECORD_FILE}.");
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let old_temp = name == ".record.json.tmp"; // the name before files::write_replacing
        if old_temp || (name.starts_with(&prefix) && name.ends_with(".part")) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Reads the record file of `dir`, without the lock. A record of a newer layout that cannot
/// be read is an error, not damage: it must be kept exactly as it is.
pub(super) fn read(dir: &Path) -> Result<Found> {
    let path = dir.join(RECORD_FILE);
    let bytes = match files::read_limited(&path, MAX_RECORD_BYTES) {
        Ok(bytes) => bytes,
        Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound => {
            // No record, but only because there is none yet: a data folder that is a file,
            // or that may not be read, is said so, never taken for an empty record.
            check_folder(dir)?;
            return Ok(Found::Missing);
        }
        // Heirloom never writes a record beyond its limits; one that is was made or edited
        // elsewhere, and is kept aside like damage on the next change.
        Err(ReadError::TooBig { .. }) => return Ok(Found::Damaged),
        Err(ReadError::Io(_)) => {
            check_folder(dir)?;
            return Err(Error::RecordUnavailable { path });
        }
        Err(ReadError::NotAFile) => return Ok(Found::Damaged),
    };
    Ok(match parse(&bytes) {
        Parsed::Record(r) => Found::Record(r),
        Parsed::TooNew => return Err(Error::RecordTooNew),
        Parsed::TooBig | Parsed::TooManySets | Parsed::Invalid => Found::Damaged,
    })
}

pub(super) enum Parsed {
    Record(Record),
    TooNew,
    /// More JSON tokens than [`MAX_JSON_TOKENS`].
    TooBig,
    TooManySets,
    Invalid,
}

/// Parses a record, telling a newer layout from damage. Linear in the size of `bytes`; the
/// sets beyond [`MAX_SETS`] are skipped over, not kept (see `record::bounded_sets`).
pub(super) fn parse(bytes: &[u8]) -> Parsed {
    if !tokens_within(bytes, MAX_JSON_TOKENS) {
        return Parsed::TooBig;
    }
    match serde_json::from_slice::<Record>(bytes) {
        Ok(record) if record.sets.len() > MAX_SETS => Parsed::TooManySets,
        Ok(record) => Parsed::Record(record),
        Err(_) => {
            // Only the schema number, to tell a newer layout from damage; the rest of the
            // file is skipped without being kept.
            #[derive(Deserialize)]
            struct Schema {
                schema: u64,
            }
            match serde_json::from_slice::<Schema>(bytes) {
                Ok(s) if s.schema > u64::from(SCHEMA) => Parsed::TooNew,
                _ => Parsed::Invalid,
            }
        }
    }
}

/// Whether the JSON text `bytes` has at most `limit` structural tokens (`[`, `{`, `,`, `:`
/// outside strings): an upper bound on the values and keys a parser would build, counted in
/// one pass without building anything.
pub(super) fn tokens_within(bytes: &[u8], limit: usize) -> bool {
    let mut tokens = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    for &b in bytes {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if b == b'"' {
            in_string = true;
        } else if matches!(b, b'[' | b'{' | b',' | b':') {
            tokens += 1;
            if tokens > limit {
                return false;
            }
        }
    }
    true
}

/// Moves a damaged record aside to `record.damaged-<when>.json`, next to it, and gives its
/// new path. Never deletes and never replaces another kept file. The caller holds the lock.
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
        if to.symlink_metadata().is_ok() {
            continue;
        }
        fs::rename(&from, &to)
            .and_then(|()| files::sync_parent(&to))
            .map_err(|_| Error::RecordUnavailable { path: from.clone() })?;
        return Ok(to);
    }
    Err(Error::RecordUnavailable { path: from })
}

/// The record as the JSON written to disk, refused if it would be too large to read back.
pub(super) fn to_json(record: &Record, path: &Path) -> Result<Vec<u8>> {
    let mut json = serde_json::to_vec_pretty(record).map_err(|_| Error::RecordUnavailable {
        path: path.to_path_buf(),
    })?;
    json.push(b'\n');
    if json.len() as u64 > MAX_RECORD_BYTES || !tokens_within(&json, MAX_JSON_TOKENS) {
        return Err(Error::RecordFull {
            limit_mb: MAX_RECORD_BYTES >> 20,
        });
    }
    Ok(json)
}

/// Replaces the record file atomically (private, `0600`). The caller holds the lock.
pub(super) fn write_record(dir: &Path, record: &Record) -> Result<()> {
    let path = dir.join(RECORD_FILE);
    let json = to_json(record, &path)?;
    files::write_replacing(&path, &json).map_err(|_| Error::RecordUnavailable { path })
}
