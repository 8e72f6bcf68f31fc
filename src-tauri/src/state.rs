//! What the app holds between commands. Secrets stay here, behind opaque handles; the UI
//! only ever holds the handles.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use heirloom_core::keychain::Keychain;
use heirloom_core::registry::{Record, Registry, SetRecord};
use heirloom_core::render::{CardSheet, GuideLanguage};
use heirloom_core::{Board, KdfParams, Phrase, SetId};
use rand::RngCore;

mod passphrases;

use crate::choose::{Choice, Chooser};
use crate::confirm::{Confirm, Question};
use crate::error::IpcError;

/// How long the phrase may sit unused before it is forgotten. Every command that uses it
/// starts the time again. Fifteen minutes is longer than the slowest step that leaves it
/// untouched (writing 24 words by hand and reading three back takes a careful person five
/// to ten minutes; naming the holders and writing the passphrase down, a few more), and
/// short enough that the phrase of someone who walked away from an unlocked computer does
/// not stay in memory, one reload of the page away from the screen, for the rest of the day.
pub const PHRASE_IDLE_LIMIT: Duration = Duration::from_secs(15 * 60);

/// How many handles of timed-out phrases are remembered, to say "too long" rather than
/// "unknown" (handles only, no secret).
const TIMED_OUT_KEPT: usize = 8;

/// How long a yes to "use a saved recovery phrase?" also stands for showing its words, so
/// that opening a saved wallet to show its words asks once, not twice in a row.
const APPROVAL_LASTS: Duration = Duration::from_secs(60);

/// How many times words read back from paper may be wrong before the words must be shown
/// again. Each check tells right from wrong per word, so unlimited checks would let a
/// script in the page find the phrase word by word without any native dialog; five is more
/// than a person copying from their paper needs.
pub const WRONG_CHECKS_ALLOWED: u8 = 5;

/// The one phrase the app holds, its handle, when a command last used it, how many checks
/// of written words failed since its words were last shown, and until when the person's yes
/// to reading it from the keychain also stands for showing it.
struct HeldPhrase {
    handle: String,
    phrase: Phrase,
    last_used: Instant,
    wrong_checks: u8,
    approved_until: Option<Instant>,
}

/// The app's state.
pub struct AppState {
    /// The wallets store.
    pub keychain: Box<dyn Keychain>,
    /// At most one phrase at a time: a new, imported, opened or recovered phrase replaces
    /// the one held before, whose handle then no longer works.
    phrase: Mutex<Option<HeldPhrase>>,
    /// Handles of phrases forgotten for sitting unused too long, newest last.
    timed_out: Mutex<Vec<String>>,
    /// [`PHRASE_IDLE_LIMIT`], shorter in tests.
    idle_limit: Mutex<Duration>,
    passphrases: Mutex<HashMap<String, passphrases::HeldPassphrase>>,
    /// The native yes/no dialog, set when the window exists; `None` answers every question
    /// with no.
    confirm: Mutex<Option<Arc<Confirm>>>,
    /// The native file and folder dialogs, set when the window exists; `None` closes every
    /// dialog unanswered.
    chooser: Mutex<Option<Arc<Chooser>>>,
    /// The key-derivation cost of new cards: the spec's defaults. Only Rust can change it
    /// (tests, through the state of the app they build); no command takes it from the page.
    kdf: Mutex<KdfParams>,
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
    /// The language the page is shown in, for the native dialogs; at first the system's.
    language: Mutex<GuideLanguage>,
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
            phrase: Mutex::new(None),
            timed_out: Mutex::new(Vec::new()),
            idle_limit: Mutex::new(PHRASE_IDLE_LIMIT),
            passphrases: Mutex::new(HashMap::new()),
            confirm: Mutex::new(None),
            chooser: Mutex::new(None),
            kdf: Mutex::new(KdfParams::DEFAULT),
            sheets: Mutex::new(HashMap::new()),
            board: Mutex::new(Board::new()),
            registry,
            record_cache: Mutex::new(None),
            language: Mutex::new(GuideLanguage::from_environment(|v| std::env::var(v).ok())),
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
        let record = registry.read().ok()?;
        *cache = stamp.map(|s| (s, record.clone()));
        Some(record)
    }

    /// Keeps a phrase, in place of the one held before (whose memory is wiped); returns
    /// its handle.
    pub fn keep_phrase(&self, phrase: Phrase) -> String {
        self.hold(phrase, None)
    }

    /// Keeps a phrase the person at the screen just agreed to read from the keychain, in a
    /// native dialog; for a minute, that yes also stands for showing its words.
    pub fn keep_approved_phrase(&self, phrase: Phrase) -> String {
        self.hold(phrase, Some(Instant::now() + APPROVAL_LASTS))
    }

    fn hold(&self, phrase: Phrase, approved_until: Option<Instant>) -> String {
        let handle = new_handle();
        *lock(&self.phrase) = Some(HeldPhrase {
            handle: handle.clone(),
            phrase,
            last_used: Instant::now(),
            wrong_checks: 0,
            approved_until,
        });
        handle
    }

    /// Whether the phrase of `handle` was opened with a yes that still stands for showing
    /// it; the yes is used up by asking.
    pub fn take_approval(&self, handle: &str) -> bool {
        let mut held = lock(&self.phrase);
        match held.as_mut() {
            Some(h) if h.handle == handle => h
                .approved_until
                .take()
                .is_some_and(|until| Instant::now() < until),
            _ => false,
        }
    }

    /// Counts a check of written words against the phrase of `handle`: `right` is whether
    /// every word was right. Once [`WRONG_CHECKS_ALLOWED`] checks failed, no check is made
    /// (`too_many_wrong_words`) until the words are shown again.
    pub fn count_check(
        &self,
        handle: &str,
        check: impl FnOnce(&Phrase) -> bool,
    ) -> Result<bool, IpcError> {
        let mut held = lock(&self.phrase);
        self.drop_if_idle(&mut held);
        match held.as_mut() {
            Some(h) if h.handle == handle => {
                if h.wrong_checks >= WRONG_CHECKS_ALLOWED {
                    return Err(IpcError::too_many_wrong_words());
                }
                h.last_used = Instant::now();
                let right = check(&h.phrase);
                if !right {
                    h.wrong_checks += 1;
                }
                Ok(right)
            }
            _ => Err(self.gone(handle)),
        }
    }

    /// Why `handle` holds no phrase: it sat unused too long (`timed_out`), or it was
    /// replaced, forgotten or never given (`expired`).
    fn gone(&self, handle: &str) -> IpcError {
        if lock(&self.timed_out).iter().any(|t| t == handle) {
            IpcError::timed_out()
        } else {
            IpcError::expired()
        }
    }

    /// The words of the phrase of `handle` were shown to the person (after a native yes):
    /// checks of written words may fail again.
    pub fn words_shown(&self, handle: &str) {
        if let Some(h) = lock(&self.phrase).as_mut().filter(|h| h.handle == handle) {
            h.wrong_checks = 0;
        }
    }

    /// Runs `f` on the phrase of a handle, which starts its idle time again. A handle that
    /// sat unused too long is `timed_out`; one replaced, forgotten or never given is
    /// `expired`.
    pub fn with_phrase<T>(
        &self,
        handle: &str,
        f: impl FnOnce(&Phrase) -> T,
    ) -> Result<T, IpcError> {
        let mut held = lock(&self.phrase);
        self.drop_if_idle(&mut held);
        match held.as_mut() {
            Some(h) if h.handle == handle => {
                let value = f(&h.phrase);
                h.last_used = Instant::now();
                Ok(value)
            }
            _ => Err(self.gone(handle)),
        }
    }

    /// Drops a phrase (its memory is wiped). Another handle than the held phrase's changes
    /// nothing.
    pub fn forget_phrase(&self, handle: &str) {
        let mut held = lock(&self.phrase);
        if held.as_ref().is_some_and(|h| h.handle == handle) {
            *held = None;
        }
    }

    /// Drops the phrase if it sat unused longer than the idle limit. Called on every use,
    /// and every so often by the app, so that an abandoned phrase leaves memory on time.
    pub fn expire_idle_phrase(&self) {
        let mut held = lock(&self.phrase);
        self.drop_if_idle(&mut held);
    }

    fn drop_if_idle(&self, held: &mut Option<HeldPhrase>) {
        let limit = *lock(&self.idle_limit);
        if let Some(h) = held.take_if(|h| h.last_used.elapsed() >= limit) {
            let mut timed_out = lock(&self.timed_out);
            if timed_out.len() >= TIMED_OUT_KEPT {
                timed_out.remove(0);
            }
            timed_out.push(h.handle.clone());
        }
    }

    /// Sets how long the phrase may sit unused (tests; the app keeps [`PHRASE_IDLE_LIMIT`]).
    pub fn set_phrase_idle_limit(&self, limit: Duration) {
        *lock(&self.idle_limit) = limit;
    }

    /// The page is loading (a reload, or a navigation): the handles the old page held are
    /// gone with it, so every phrase and passphrase is dropped and its memory wiped.
    pub fn page_loading(&self) {
        *lock(&self.phrase) = None;
        lock(&self.timed_out).clear();
        lock(&self.passphrases).clear();
    }

    /// The key-derivation cost of new cards.
    pub fn kdf(&self) -> KdfParams {
        *lock(&self.kdf)
    }

    /// Sets the key-derivation cost of new cards: for tests that build the app themselves.
    /// The app keeps the spec's defaults, and no command takes a cost from the page.
    pub fn set_kdf(&self, kdf: KdfParams) {
        *lock(&self.kdf) = kdf;
    }

    /// The language the app speaks: the page's, once it said; before, the system's.
    pub fn language(&self) -> GuideLanguage {
        *lock(&self.language)
    }

    /// The page is now shown in `language`.
    pub fn set_language(&self, language: GuideLanguage) {
        *lock(&self.language) = language;
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

    /// Sets the native file and folder dialogs.
    pub fn set_chooser(&self, chooser: Chooser) {
        *lock(&self.chooser) = Some(Arc::new(chooser));
    }

    /// Lets the person at the screen choose a file or folder in a native dialog; `None`
    /// when they closed it (or no dialog can be shown). Blocks until they answer: call it
    /// off the main thread.
    pub fn choose(&self, choice: &Choice) -> Option<PathBuf> {
        let chooser = lock(&self.chooser).clone();
        chooser.and_then(|c| c(choice))
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
