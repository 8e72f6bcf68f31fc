//! Recovery: cards arrive from the camera, opened files and typed text into one board, then
//! the passphrase opens them. Each arriving card is checked at once (set, duplicate,
//! damage), so a person hears about a wrong card while it is still in their hand.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use heirloom_core::scan::{self, budget, Progress, Stopped, Watch};
use heirloom_core::{text, Blamed, Board, Card, Error, Passphrase, SetId, Taken};
use serde::Serialize;
use tauri::ipc::{Channel, InvokeBody, JavaScriptChannelId, Request};
use tauri::{AppHandle, Manager, Runtime, State, Webview};

use crate::commands::backup::spawn_progress;
use crate::commands::phrase::view;
use crate::error::{CmdResult, IpcError};
use crate::state::{lock_board, AppState};
use crate::views::{
    BoardView, CorrectionView, KnownSetView, RecoveredView, ScanResult, SetCardView, TypedCardView,
};

fn known_set(state: &AppState, id: SetId) -> Option<KnownSetView> {
    let set = state.set_record(id)?;
    Some(KnownSetView {
        made: set.made.date(),
        fingerprint: set.fingerprint.to_string(),
        holders: set.cards.iter().map(SetCardView::from).collect(),
        retired_on: set.retired.as_ref().map(|r| r.at.date()),
        label: set.label,
    })
}

/// A card of another set, named by the labels this computer knows, so the person hears
/// "this card belongs to 'Dad 2022'" rather than two set numbers.
fn name_other_set(state: &AppState, e: Error) -> IpcError {
    let Error::OtherSet { expected, found } = e else {
        return e.into();
    };
    let label = |id| {
        state
            .set_record(id)
            .map(|s| s.label)
            .filter(|l| !l.is_empty())
    };
    match (label(found), label(expected)) {
        (Some(theirs), ours) => IpcError::from(e).with_message(format!(
            "This card belongs to a different backup, '{theirs}', than the cards already added{}. Use only cards from one set.",
            ours.map(|o| format!(" ('{o}')")).unwrap_or_default()
        )),
        _ => e.into(),
    }
}

fn board_view(state: &AppState, board: &Board) -> BoardView {
    let h = board.header_hint();
    BoardView {
        set_id: h.map(|h| h.set_id.to_string()),
        threshold: h.map(|h| h.threshold),
        count: h.map(|h| h.count),
        words: board.cards().first().map(Card::word_count),
        cards: board.indexes(),
        still_needed: board.still_needed(),
        known: h.and_then(|h| known_set(state, h.set_id)),
        typed: board
            .typed()
            .iter()
            .map(|t| TypedCardView {
                index: t.index,
                group: t.group,
                text: text::grouped(&t.text),
            })
            .collect(),
    }
}

/// Parses and adds one card text.
fn add_text(board: &mut Board, text: &str) -> Result<u8, Error> {
    let card = Card::from_text(text)?;
    board.add(card)
}

/// Starts a recovery afresh: no cards.
#[tauri::command]
pub fn recovery_reset(state: State<'_, AppState>) -> BoardView {
    let mut board = lock_board(&state);
    *board = Board::new();
    board_view(&state, &board)
}

/// The cards in so far.
#[tauri::command]
pub fn recovery_board(state: State<'_, AppState>) -> BoardView {
    board_view(&state, &lock_board(&state))
}

/// Takes a card out again.
#[tauri::command]
pub fn recovery_remove_card(state: State<'_, AppState>, index: u8) -> BoardView {
    let mut board = lock_board(&state);
    board.remove(index);
    board_view(&state, &board)
}

/// Whether one typed group (1-based) matches its check character, as it is typed.
#[tauri::command]
pub fn check_card_group(group_number: usize, group: String) -> bool {
    text::group_is_valid(group_number, &text::normalize(&group))
}

/// A card typed from the text printed under its QR code.
#[tauri::command]
pub fn recovery_add_text(state: State<'_, AppState>, text: String) -> CmdResult<ScanResult> {
    let mut board = lock_board(&state);
    let added = add_text(&mut board, &text).map_err(|e| name_other_set(&state, e))?;
    Ok(ScanResult {
        added: vec![added],
        problems: Vec::new(),
        board: board_view(&state, &board),
    })
}

/// A typed card that failed its checks, which the person chose to keep as typed: Heirloom
/// corrects it once the passphrase is known, only where the card's own tag proves the
/// correction (spec section 14). A text that reads is simply added.
#[tauri::command]
pub fn recovery_keep_typed(state: State<'_, AppState>, text: String) -> CmdResult<ScanResult> {
    let mut board = lock_board(&state);
    let taken = board
        .take_typed(&text)
        .map_err(|e| name_other_set(&state, e))?;
    Ok(ScanResult {
        added: match taken {
            Taken::Added(i) => vec![i],
            Taken::Kept => Vec::new(),
        },
        problems: Vec::new(),
        board: board_view(&state, &board),
    })
}

/// Takes a kept typed card out again (`position` from 0, in the board's `typed` order).
#[tauri::command]
pub fn recovery_remove_typed(state: State<'_, AppState>, position: usize) -> BoardView {
    let mut board = lock_board(&state);
    board.remove_typed(position);
    board_view(&state, &board)
}

fn raw(request: &Request<'_>) -> CmdResult<Vec<u8>> {
    match request.body() {
        InvokeBody::Raw(bytes) => Ok(bytes.clone()),
        InvokeBody::Json(_) => Err(IpcError::from(Error::UnreadableImage)),
    }
}

/// A picture or PDF's bytes from the raw body, its length checked before anything else is
/// done with it (the page checks too, before reading the file; this is the same limit and
/// the same words, for a page that does not).
fn raw_file(request: &Request<'_>) -> CmdResult<Vec<u8>> {
    if let InvokeBody::Raw(bytes) = request.body() {
        let len = bytes.len() as u64;
        if len > budget::MAX_FILE_BYTES {
            return Err(Error::ScanFileTooLarge {
                megabytes: len.div_ceil(1_000_000),
                limit: budget::MAX_FILE_BYTES / 1_000_000,
            }
            .into());
        }
    }
    raw(request)
}

/// The codes in one camera frame: grey pixels as the raw body, its size and the frame's
/// number (which varies the decoder's tries) in headers. A frame that can't be read is no
/// codes, not an error: the next one comes a moment later.
pub(crate) async fn read_frame(request: &Request<'_>) -> CmdResult<Vec<String>> {
    let header = |name: &str| -> u32 {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    let (w, h, attempt) = (header("x-width"), header("x-height"), header("x-attempt"));
    // The per-frame budget, before the body is copied: a frame is its width × height grey
    // bytes and at most the scanner's working size (a webcam frame is far less).
    let expected = u64::from(w) * u64::from(h);
    match request.body() {
        InvokeBody::Raw(bytes) if bytes.len() as u64 != expected => return Ok(Vec::new()),
        _ if expected > budget::WORK_PIXELS => return Ok(Vec::new()),
        _ => {}
    }
    let pixels = raw(request)?;
    Ok(
        tauri::async_runtime::spawn_blocking(move || scan::scan_frame(&pixels, w, h, attempt))
            .await
            .unwrap_or_default(),
    )
}

/// Adds every card among `texts`; the problems (other set, damaged, not a card) come back
/// one per code, and a code already on the board is not a problem when `quiet_repeats`
/// (the camera sees the same card many times a second).
fn add_all(
    state: &AppState,
    board: &mut Board,
    texts: &[String],
    quiet_repeats: bool,
) -> (Vec<u8>, Vec<IpcError>) {
    let mut added = Vec::new();
    let mut problems = Vec::new();
    for t in texts {
        if quiet_repeats && Card::from_text(t).is_ok_and(|c| board.holds(&c)) {
            continue;
        }
        match add_text(board, t) {
            Ok(i) => added.push(i),
            Err(e) => problems.push(name_other_set(state, e)),
        }
    }
    (added, problems)
}

/// How far the scan of a file has come, as the page receives it on its progress channel.
#[derive(Debug, Clone, Copy, Serialize, ts_rs::TS)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum ScanProgress {
    /// Opening the file (a PDF is parsed before its pages are counted).
    Opening,
    /// The first pass: page `page` of the `pages` it reads (a picture is 1 of 1).
    Reading { page: usize, pages: usize },
    /// The closer look at the `n`-th of `of` pictures (on `page`), pass `pass` of `passes`.
    LookingCloser {
        page: usize,
        n: usize,
        of: usize,
        pass: usize,
        passes: usize,
    },
}

impl From<Progress> for ScanProgress {
    fn from(p: Progress) -> Self {
        match p {
            Progress::Opening => ScanProgress::Opening,
            Progress::Reading { page, pages } => ScanProgress::Reading { page, pages },
            Progress::LookingCloser {
                page,
                n,
                of,
                pass,
                passes,
            } => ScanProgress::LookingCloser {
                page,
                n,
                of,
                pass,
                passes,
            },
        }
    }
}

/// Scans of files under way, by the window and the id of the progress channel the page
/// gave them, so that [`scan_cancel`] can stop one. An id cancelled before its scan began
/// (the file's bytes were still on their way) is kept, cancelled, for the scan to find.
///
/// Files are scanned one at a time (`turn`): the page reads one file after another, and a
/// page that sends many at once gets them scanned in turn, each within its budget, not a
/// scanner's working memory for each at once.
#[derive(Debug, Default)]
pub struct Scans {
    flags: Mutex<HashMap<(String, u32), Arc<AtomicBool>>>,
    turn: Arc<Mutex<()>>,
}

/// Ids cancelled before their scan began are forgotten beyond this many.
const CANCELLED_KEPT: usize = 64;

impl Scans {
    fn of<R: Runtime>(app: &AppHandle<R>) -> State<'_, Scans> {
        // Managed on first use, so that no builder needs to know of it.
        app.manage(Scans::default());
        app.state::<Scans>()
    }

    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<(String, u32), Arc<AtomicBool>>> {
        self.flags
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The flag of the scan `key`, made now unless it was cancelled already.
    fn start(&self, key: (String, u32)) -> Arc<AtomicBool> {
        self.map().entry(key).or_default().clone()
    }

    fn cancel(&self, key: (String, u32)) {
        let mut map = self.map();
        if map.len() >= CANCELLED_KEPT {
            map.retain(|_, flag| !flag.load(Ordering::SeqCst));
        }
        map.entry(key).or_default().store(true, Ordering::SeqCst);
    }

    fn end(&self, key: &(String, u32)) {
        self.map().remove(key);
    }
}

/// The codes in a picture or PDF, and the note about any part of it not read (pages past
/// the limit, the time, pictures too large) to show beside them. A file without any code
/// is an error the person must hear about, unlike a camera frame.
pub(crate) struct FileCodes {
    pub texts: Vec<String>,
    pub note: Option<IpcError>,
    /// Set when the person cancelled the scan: whoever adds the codes checks it under its
    /// own lock, so that a scan cancelled just as it finished adds nothing either.
    cancelled: Option<Arc<AtomicBool>>,
}

impl FileCodes {
    /// Nothing may be added: the scan was cancelled, even after it finished.
    pub fn cancelled(&self) -> CmdResult<()> {
        match &self.cancelled {
            Some(flag) if flag.load(Ordering::SeqCst) => Err(Error::ScanCancelled.into()),
            _ => Ok(()),
        }
    }
}

/// Reads the picture or PDF in the raw body. When the page passes a progress channel in
/// the `x-progress` header (`__CHANNEL__:<id>`), the scan reports on it before each step
/// and [`scan_cancel`] with that id stops it.
pub(crate) async fn read_file<R: Runtime>(
    webview: &Webview<R>,
    request: &Request<'_>,
) -> CmdResult<FileCodes> {
    let bytes = raw_file(request)?;
    let channel = request
        .headers()
        .get("x-progress")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| Some((v.rsplit(':').next()?.parse::<u32>().ok()?, v)))
        .and_then(|(id, v)| {
            let js = JavaScriptChannelId::from_str(v).ok()?;
            Some((id, js.channel_on::<R, ScanProgress>(webview.clone())))
        });
    let app = webview.app_handle().clone();
    let key = channel
        .as_ref()
        .map(|(id, _)| (webview.label().to_string(), *id));
    let flag = key.clone().map(|k| Scans::of(&app).start(k));
    let cancel = flag.clone();
    let progress = channel.map(|(_, c)| c);
    let turn = Scans::of(&app).turn.clone();
    let report = tauri::async_runtime::spawn_blocking(move || {
        let _turn = turn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let tell = |p: Progress| {
            if let Some(c) = &progress {
                let _ = c.send(p.into());
            }
        };
        let watch = Watch {
            cancel: cancel.as_deref(),
            progress: Some(&tell),
        };
        scan::scan_bytes_watched(&bytes, watch)
    })
    .await;
    if let Some(k) = &key {
        Scans::of(&app).end(k);
    }
    let report = report.map_err(|_| IpcError::internal())??;
    let note = report.note().map(IpcError::from);
    if report.stopped == Some(Stopped::Cancelled) {
        return Err(Error::ScanCancelled.into());
    }
    let texts = report.into_texts()?;
    if texts.is_empty() {
        return Err(Error::NoQrCode.into());
    }
    Ok(FileCodes {
        texts,
        note,
        cancelled: flag,
    })
}

/// Stops the scan of a file whose progress channel has the id `scan`: it ends at its next
/// step (within a second), adds nothing and answers `scan_cancelled`. An id with no scan
/// under way yet is stopped when its scan begins.
#[tauri::command]
pub fn scan_cancel<R: Runtime>(webview: Webview<R>, scan: u32) {
    Scans::of(webview.app_handle()).cancel((webview.label().to_string(), scan));
}

/// A picture or PDF the person opened or dropped: the file's bytes as the raw body, and
/// optionally a progress channel in the `x-progress` header (see [`read_file`]). A note
/// about pages not read comes back among the problems, with its own kind
/// (`too_many_pages`, `too_many_pictures`, `scan_time_up`, `picture_too_large`).
#[tauri::command]
pub async fn recovery_add_file<R: Runtime>(
    webview: Webview<R>,
    request: Request<'_>,
) -> CmdResult<ScanResult> {
    let codes = read_file(&webview, &request).await?;
    let app = webview.app_handle();
    let state = app.state::<AppState>();
    let mut board = lock_board(&state);
    codes.cancelled()?;
    let (added, mut problems) = add_all(&state, &mut board, &codes.texts, false);
    problems.extend(codes.note);
    Ok(ScanResult {
        added,
        problems,
        board: board_view(&state, &board),
    })
}

/// One camera frame: grey pixels, one byte each, as the raw body; its size in the
/// `x-width` and `x-height` headers and the frame counter in `x-attempt`.
#[tauri::command]
pub async fn recovery_add_frame<R: Runtime>(
    app: AppHandle<R>,
    request: Request<'_>,
) -> CmdResult<ScanResult> {
    let texts = read_frame(&request).await?;
    let state = app.state::<AppState>();
    let mut board = lock_board(&state);
    let (added, problems) = add_all(&state, &mut board, &texts, true);
    Ok(ScanResult {
        added,
        problems,
        board: board_view(&state, &board),
    })
}

/// Opens the cards on the board with the passphrase, correcting the typed cards kept on
/// it where their tags prove it (one key derivation in all). The phrase stays in the app;
/// the UI gets its handle and fingerprint, and what was corrected. Key-derivation progress
/// arrives on `on_progress`.
#[tauri::command]
pub async fn recovery_combine<R: Runtime>(
    app: AppHandle<R>,
    passphrase: String,
    on_progress: Channel<u8>,
) -> CmdResult<RecoveredView> {
    let passphrase = Passphrase::new(&zeroize::Zeroizing::new(passphrase))?;
    let state = app.state::<AppState>();
    let board = lock_board(&state).clone();
    enough_to_try(&board)?;
    let kdf = board
        .header_hint()
        .map_or(heirloom_core::KdfParams::DEFAULT, |h| h.kdf);
    let done = Arc::new(AtomicBool::new(false));
    let ticker = spawn_progress(on_progress.clone(), kdf, done.clone());
    let on_board = board.cards().len();
    let typed: Vec<Option<u8>> = board.typed().iter().map(|t| t.index).collect();
    let result =
        tauri::async_runtime::spawn_blocking(move || board.combine_correcting(&passphrase))
            .await
            .map_err(|_| IpcError::internal());
    done.store(true, Ordering::SeqCst);
    let _ = ticker.join();
    let recovered = result?.map_err(|b| not_combined(&state, b, on_board, &typed))?;
    let _ = on_progress.send(100);
    Ok(RecoveredView {
        corrections: recovered
            .corrections
            .iter()
            .map(CorrectionView::from)
            .collect(),
        phrase: view(&state, recovered.phrase),
    })
}

/// Refuses before the key derivation what can be told without it: too few cards (typed
/// ones counted), and, when nothing was typed, every check of spec section 8 step 2.
fn enough_to_try(board: &Board) -> CmdResult<()> {
    if board.typed().is_empty() {
        heirloom_core::check_cards(board.cards())?;
        return Ok(());
    }
    let have = board.cards().len() + board.typed().len();
    match board.header_hint() {
        Some(h) if have < usize::from(h.threshold) => Err(Error::NotEnoughCards {
            have,
            need: usize::from(h.threshold),
        }
        .into()),
        _ => Ok(()),
    }
}

/// Why combining failed, for the person: a typed card that could not be corrected is
/// named as typed (`typed`: the kept texts' card numbers), with what to do; when every card
/// was typed and none could be corrected, the passphrase may be the cause as well, and is
/// said first.
fn not_combined(
    state: &AppState,
    blamed: Blamed,
    on_board: usize,
    typed: &[Option<u8>],
) -> IpcError {
    let e = blamed.error;
    let Some(number) = blamed
        .position
        .and_then(|p| p.checked_sub(on_board))
        .map(|p| typed.get(p).copied().flatten())
    else {
        return name_other_set(state, e);
    };
    if !matches!(e, Error::Typo { .. } | Error::Damaged { .. }) {
        return name_other_set(state, e);
    }
    let which = match number {
        Some(i) => format!("card {i}, which you typed"),
        None => "a card you typed".to_owned(),
    };
    let message = if on_board == 0 {
        format!("Heirloom could not open the cards. Either the passphrase is not right, or more is different in {which} than Heirloom can correct for certain. Check the passphrase first; then go back and compare each typed card with the paper, group by group.")
    } else {
        format!("Heirloom could not correct {which}: more is different from the card than it can correct for certain. Go back to the cards, take it out with \u{201c}Remove\u{201d}, and type it again, comparing each group with the card.")
    };
    IpcError::from(e).with_message(message)
}
