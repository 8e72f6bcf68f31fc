//! Recovery: cards arrive from the camera, opened files and typed text into one board, then
//! the passphrase opens them. Each arriving card is checked at once (set, duplicate,
//! damage), so a person hears about a wrong card while it is still in their hand.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use heirloom_core::{scan, text, Board, Card, Error, Passphrase, SetId};
use tauri::ipc::{Channel, InvokeBody, Request};
use tauri::{AppHandle, Manager, Runtime, State};

use crate::commands::backup::spawn_progress;
use crate::commands::phrase::view;
use crate::error::{CmdResult, IpcError};
use crate::state::{lock_board, AppState};
use crate::views::{BoardView, KnownSetView, PhraseView, ScanResult, SetCardView};

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
        (Some(theirs), ours) => IpcError {
            kind: e.kind(),
            message: format!(
                "This card belongs to a different backup, '{theirs}', than the cards already added{}. Use only cards from one set.",
                ours.map(|o| format!(" ('{o}')")).unwrap_or_default()
            ),
        },
        _ => e.into(),
    }
}

fn board_view(state: &AppState, board: &Board) -> BoardView {
    let h = board.header();
    BoardView {
        set_id: h.map(|h| h.set_id.to_string()),
        threshold: h.map(|h| h.threshold),
        count: h.map(|h| h.count),
        words: board.cards().first().map(Card::word_count),
        cards: board.indexes(),
        still_needed: board.still_needed(),
        known: h.and_then(|h| known_set(state, h.set_id)),
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

fn raw(request: &Request<'_>) -> CmdResult<Vec<u8>> {
    match request.body() {
        InvokeBody::Raw(bytes) => Ok(bytes.clone()),
        InvokeBody::Json(_) => Err(IpcError::from(Error::UnreadableImage)),
    }
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

/// The codes in a picture or PDF: the file's bytes as the raw body. A file without any
/// code is an error the person must hear about, unlike a camera frame.
pub(crate) async fn read_file(request: &Request<'_>) -> CmdResult<Vec<String>> {
    let bytes = raw(request)?;
    let texts = tauri::async_runtime::spawn_blocking(move || scan::scan_bytes(&bytes))
        .await
        .map_err(|_| IpcError::from(Error::UnreadableImage))??;
    if texts.is_empty() {
        return Err(Error::NoQrCode.into());
    }
    Ok(texts)
}

/// A picture or PDF the person opened or dropped: the file's bytes as the raw body.
#[tauri::command]
pub async fn recovery_add_file<R: Runtime>(
    app: AppHandle<R>,
    request: Request<'_>,
) -> CmdResult<ScanResult> {
    let texts = read_file(&request).await?;
    let state = app.state::<AppState>();
    let mut board = lock_board(&state);
    let (added, problems) = add_all(&state, &mut board, &texts, false);
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

/// Opens the cards on the board with the passphrase. The phrase stays in the app; the UI
/// gets its handle and fingerprint. Key-derivation progress arrives on `on_progress`.
#[tauri::command]
pub async fn recovery_combine<R: Runtime>(
    app: AppHandle<R>,
    passphrase: String,
    on_progress: Channel<u8>,
) -> CmdResult<PhraseView> {
    let passphrase = Passphrase::new(&zeroize::Zeroizing::new(passphrase))?;
    let cards = lock_board(&app.state::<AppState>()).cards().to_vec();
    heirloom_core::check_cards(&cards)?;
    let kdf = cards[0].header().kdf;
    let done = Arc::new(AtomicBool::new(false));
    let ticker = spawn_progress(on_progress.clone(), kdf, done.clone());
    let result =
        tauri::async_runtime::spawn_blocking(move || heirloom_core::combine(&cards, &passphrase))
            .await
            .map_err(|_| IpcError::internal());
    done.store(true, Ordering::SeqCst);
    let _ = ticker.join();
    let phrase = result??;
    let _ = on_progress.send(100);
    Ok(view(&app.state::<AppState>(), phrase))
}
