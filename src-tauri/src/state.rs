//! What the app holds between commands. Secrets stay here, behind opaque handles; the UI
//! only ever holds the handles.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use heirloom_core::keychain::Keychain;
use heirloom_core::registry::{Record, Registry, SetRecord};
use heirloom_core::render::CardSheet;
use heirloom_core::{Board, Passphrase, Phrase, SetId};
use rand::RngCore;

use crate::confirm::{Confirm, Question};
use crate::error::IpcError;

/// A passphrase for a new set, as the app holds it: the secret, whether Heirloom generated
/// it (six lower-case list words, so case does not matter when it is typed back), and
/// whether the person has typed it back from their paper. Cards are made only with a
/// confirmed one.
struct HeldPassphrase {
    passphrase: Passphrase,
    generated: bool,
    confirmed: bool,
}

/// The app's state.
pub struct AppState {
    /// The wallets store.
    pub keychain: Box<dyn Keychain>,
    phrases: Mutex<HashMap<String, Phrase>>,
    passphrases: Mutex<HashMap<String, HeldPassphrase>>,
    /// The native yes/no dialog, set when the window exists; `None` answers every question
    /// with no.
    confirm: Mutex<Option<Arc<Confirm>>>,
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
            confirm: Mutex::new(None),
            sheets: Mutex::new(HashMap::new()),
            board: Mutex::new(Board::new()),
            registry,
            record_cache: Mutex::new(None),
        }
    }

    /// What this computer's record says of a set, if it knows it.
    pub fn set_record(&self, id: SetId) -> Option<SetRecord> {
        self.record()?.set(id).cloned()
    }

    /// This computer's record of sets, if there is one and it can be read. Reading never
    /// blocks a recovery: a record that can't be read is as good as none here. The board
    /// asks with every camera frame, so the file is parsed again only when it was replaced.
    pub fn record(&self) -> Option<Record> {
        let registry = self.registry.as_ref()?;
        let stamp = FileStamp::of(&registry.file());
        let mut cache = lock(&self.record_cache);
        if let (Some(now), Some((then, record))) = (&stamp, cache.as_ref()) {
            if now == then {
                return Some(record.clone());
            }
        }
        let record = registry.load().ok()?.value;
        *cache = stamp.map(|s| (s, record.clone()));
        Some(record)
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

    /// Keeps a passphrase for a new set, not yet confirmed; returns its handle.
    pub fn keep_passphrase(&self, passphrase: Passphrase, generated: bool) -> String {
        let h = new_handle();
        let held = HeldPassphrase {
            passphrase,
            generated,
            confirmed: false,
        };
        lock(&self.passphrases).insert(h.clone(), held);
        h
    }

    /// Runs `f` on the passphrase of a handle and whether Heirloom generated it.
    pub fn with_passphrase<T>(
        &self,
        handle: &str,
        f: impl FnOnce(&Passphrase, bool) -> T,
    ) -> Result<T, IpcError> {
        lock(&self.passphrases)
            .get(handle)
            .map(|h| f(&h.passphrase, h.generated))
            .ok_or_else(IpcError::expired)
    }

    /// Notes that the person typed the passphrase of `handle` back from their paper.
    pub fn confirm_passphrase(&self, handle: &str) -> Result<(), IpcError> {
        lock(&self.passphrases)
            .get_mut(handle)
            .map(|h| h.confirmed = true)
            .ok_or_else(IpcError::expired)
    }

    /// Takes a passphrase out of the state to make cards with: it must have been typed back
    /// from paper first, so that no card is locked with a passphrase nobody wrote down.
    pub fn take_confirmed_passphrase(&self, handle: &str) -> Result<Passphrase, IpcError> {
        let mut held = lock(&self.passphrases);
        match held.get(handle) {
            None => Err(IpcError::expired()),
            Some(h) if !h.confirmed => Err(IpcError::passphrase_not_confirmed()),
            Some(_) => Ok(held
                .remove(handle)
                .map(|h| h.passphrase)
                .ok_or_else(IpcError::expired)?),
        }
    }

    /// Puts a confirmed passphrase back under its handle (the cards could not be made, and
    /// the person may try again).
    pub fn put_confirmed_passphrase(&self, handle: &str, passphrase: Passphrase) {
        let held = HeldPassphrase {
            passphrase,
            generated: false,
            confirmed: true,
        };
        lock(&self.passphrases).insert(handle.to_string(), held);
    }

    /// Drops a passphrase (its memory is wiped). An unknown handle was dropped already.
    pub fn forget_passphrase(&self, handle: &str) {
        lock(&self.passphrases).remove(handle);
    }

    /// Sets the native yes/no dialog.
    pub fn set_confirm(&self, confirm: Confirm) {
        *lock(&self.confirm) = Some(Arc::new(confirm));
    }

    /// Asks the person at the screen, in a dialog the page cannot answer for itself.
    /// Blocks until they answer: call it off the main thread.
    pub fn ask(&self, question: &Question) -> bool {
        let confirm = lock(&self.confirm).clone();
        confirm.is_some_and(|c| c(question))
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
