//! What the app holds between commands. Secrets stay here, behind opaque handles; the UI
//! only ever holds the handles.

use std::collections::HashMap;
use std::sync::Mutex;

use heirloom_core::keychain::Keychain;
use heirloom_core::registry::{Record, Registry, SetRecord};
use heirloom_core::render::CardSheet;
use heirloom_core::{Board, Passphrase, Phrase, SetId};
use rand::RngCore;

use crate::error::IpcError;

/// The app's state.
pub struct AppState {
    /// The wallets store.
    pub keychain: Box<dyn Keychain>,
    phrases: Mutex<HashMap<String, Phrase>>,
    passphrases: Mutex<HashMap<String, Passphrase>>,
    /// The card sets made in this session, by set id, as printed sheets (card, label, date,
    /// fingerprint, holder; public data): for the card texts, previews, pictures and the PDF.
    pub sheets: Mutex<HashMap<String, Vec<CardSheet>>>,
    /// The cards of the recovery in progress (public data).
    pub board: Mutex<Board>,
    /// The record of sets made on this computer (no secrets); `None` when this computer
    /// has no data folder, and the app then works without it.
    pub registry: Option<Registry>,
    /// The record as last read for [`set_record`](Self::set_record), with its file's stamp.
    record_cache: Mutex<Option<(FileStamp, Record)>>,
}

/// What tells one version of the record file from the next. Every writer (the app, the
/// command line) replaces the file by renaming a new one over it, and the new file exists
/// beside the old one until then, so its inode always differs; size and modification time
/// cover file systems without stable inodes.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileStamp {
    inode: u64,
    len: u64,
    modified: Option<std::time::SystemTime>,
}

impl FileStamp {
    fn of(path: &std::path::Path) -> Option<FileStamp> {
        let m = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(&m);
        #[cfg(not(unix))]
        let inode = 0;
        Some(FileStamp {
            inode,
            len: m.len(),
            modified: m.modified().ok(),
        })
    }
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AppState(<secrets redacted>)")
    }
}

/// A fresh random handle: 128 bits, hex.
fn new_handle() -> String {
    let mut b = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

impl AppState {
    /// State over a keychain and the record of sets.
    pub fn new(keychain: Box<dyn Keychain>, registry: Option<Registry>) -> Self {
        AppState {
            keychain,
            phrases: Mutex::new(HashMap::new()),
            passphrases: Mutex::new(HashMap::new()),
            sheets: Mutex::new(HashMap::new()),
            board: Mutex::new(Board::new()),
            registry,
            record_cache: Mutex::new(None),
        }
    }

    /// What this computer's record says of a set, if it knows it. Reading never blocks a
    /// recovery: a record that can't be read is as good as none here. The board asks with
    /// every camera frame, so the file is parsed again only when it was replaced.
    pub fn set_record(&self, id: SetId) -> Option<SetRecord> {
        let registry = self.registry.as_ref()?;
        let stamp = FileStamp::of(&registry.file());
        let mut cache = lock(&self.record_cache);
        if let (Some(now), Some((then, record))) = (&stamp, cache.as_ref()) {
            if now == then {
                return record.set(id).cloned();
            }
        }
        let record = registry.load().ok()?.value;
        let found = record.set(id).cloned();
        *cache = stamp.map(|s| (s, record));
        found
    }

    /// Keeps a phrase; returns its handle.
    pub fn keep_phrase(&self, phrase: Phrase) -> String {
        let h = new_handle();
        lock(&self.phrases).insert(h.clone(), phrase);
        h
    }

    /// Runs `f` on the phrase of a handle.
    pub fn with_phrase<T>(
        &self,
        handle: &str,
        f: impl FnOnce(&Phrase) -> T,
    ) -> Result<T, IpcError> {
        lock(&self.phrases)
            .get(handle)
            .map(f)
            .ok_or_else(IpcError::expired)
    }

    /// Drops a phrase (its memory is wiped).
    pub fn forget_phrase(&self, handle: &str) {
        lock(&self.phrases).remove(handle);
    }

    /// Keeps a passphrase; returns its handle.
    pub fn keep_passphrase(&self, passphrase: Passphrase) -> String {
        let h = new_handle();
        lock(&self.passphrases).insert(h.clone(), passphrase);
        h
    }

    /// Runs `f` on the passphrase of a handle.
    pub fn with_passphrase<T>(
        &self,
        handle: &str,
        f: impl FnOnce(&Passphrase) -> T,
    ) -> Result<T, IpcError> {
        lock(&self.passphrases)
            .get(handle)
            .map(f)
            .ok_or_else(IpcError::expired)
    }

    /// Puts a passphrase taken out with [`take_passphrase`](Self::take_passphrase) back
    /// under its handle.
    pub fn put_passphrase(&self, handle: &str, passphrase: Passphrase) {
        lock(&self.passphrases).insert(handle.to_string(), passphrase);
    }

    /// Takes a passphrase out of the state (it is used once).
    pub fn take_passphrase(&self, handle: &str) -> Result<Passphrase, IpcError> {
        lock(&self.passphrases)
            .remove(handle)
            .ok_or_else(IpcError::expired)
    }
}

/// A poisoned lock only means another command panicked; the maps are still consistent.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Locks the recovery board.
pub fn lock_board(state: &AppState) -> std::sync::MutexGuard<'_, Board> {
    lock(&state.board)
}

/// Locks the printed sheets.
pub fn lock_sheets(state: &AppState) -> std::sync::MutexGuard<'_, HashMap<String, Vec<CardSheet>>> {
    lock(&state.sheets)
}
