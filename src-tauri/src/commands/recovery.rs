//! Recovery: cards arrive from the camera, opened files and typed text into one board, then
//! the passphrase opens them. Each arriving card is checked at once (set, duplicate,
//! damage), so a person hears about a wrong card while it is still in their hand.

use heirloom_core::{text, Blamed, Board, Card, Error, Passphrase, SetId, Taken};
use tauri::ipc::{Channel, Request};
use tauri::{AppHandle, Manager, Runtime, Webview};

use crate::commands::off_main;
use crate::commands::phrase::view;
use crate::commands::progress::with_kdf_progress;
use crate::commands::scanning::{read_file, read_frame};
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
    match label(found) {
        Some(theirs) => IpcError::other_set_named(expected, found, label(expected), theirs),
        None => e.into(),
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
                from_print: t.from_print,
            })
            .collect(),
    }
}

/// Starts a recovery afresh: no cards.
#[tauri::command]
pub async fn recovery_reset<R: Runtime>(app: AppHandle<R>) -> CmdResult<BoardView> {
    on_board(&app, |_, board| {
        *board = Board::new();
        Ok(())
    })
    .await
}

/// The cards in so far.
#[tauri::command]
pub async fn recovery_board<R: Runtime>(app: AppHandle<R>) -> CmdResult<BoardView> {
    on_board(&app, |_, _| Ok(())).await
}

/// Takes a card out again.
#[tauri::command]
pub async fn recovery_remove_card<R: Runtime>(
    app: AppHandle<R>,
    index: u8,
) -> CmdResult<BoardView> {
    on_board(&app, move |_, board| {
        board.remove(index);
        Ok(())
    })
    .await
}

/// Whether one typed group (1-based) matches its check character, as it is typed:
/// answered for a whole group, and for the last group of a text of a whole card's length
/// (`text_length`: the typed text's characters, normalised), which is shorter; `None` for
/// a group still being typed. Only Rust knows the card lengths, so the box asks.
#[tauri::command]
pub fn check_card_group(group_number: usize, group: String, text_length: usize) -> Option<bool> {
    let group = text::normalize(&group);
    let last = group_number == text_length.div_ceil(text::GROUP_LEN);
    (group.len() == text::GROUP_LEN || last && Card::is_text_length(text_length))
        .then(|| text::group_is_valid(group_number, &group))
}

/// A card typed from the text printed under its QR code.
#[tauri::command]
pub async fn recovery_add_text<R: Runtime>(
    app: AppHandle<R>,
    text: String,
) -> CmdResult<ScanResult> {
    added(&app, move |state, board| {
        let card = Card::from_text(&text).map_err(|e| name_other_set(state, e))?;
        let i = board.add(card).map_err(|e| name_other_set(state, e))?;
        Ok(vec![i])
    })
    .await
}

/// A typed card that failed its checks, which the person chose to keep as typed: Heirloom
/// corrects it once the passphrase is known, only where the card's own tag proves the
/// correction (spec section 14). A text that reads is simply added.
#[tauri::command]
pub async fn recovery_keep_typed<R: Runtime>(
    app: AppHandle<R>,
    text: String,
) -> CmdResult<ScanResult> {
    added(&app, move |state, board| {
        match board
            .take_typed(&text)
            .map_err(|e| name_other_set(state, e))?
        {
            Taken::Added(i) => Ok(vec![i]),
            Taken::Kept => Ok(Vec::new()),
        }
    })
    .await
}

/// Takes a kept typed card out again (`position` from 0, in the board's `typed` order).
#[tauri::command]
pub async fn recovery_remove_typed<R: Runtime>(
    app: AppHandle<R>,
    position: usize,
) -> CmdResult<BoardView> {
    on_board(&app, move |_, board| {
        board.remove_typed(position);
        Ok(())
    })
    .await
}

/// Changes the board with `change`, off the main thread (the board's view reads the record
/// of sets from disk), and answers the board after.
async fn on_board<R: Runtime>(
    app: &AppHandle<R>,
    change: impl FnOnce(&AppState, &mut Board) -> CmdResult<()> + Send + 'static,
) -> CmdResult<BoardView> {
    off_main(app, move |state| {
        let mut board = lock_board(state);
        change(state, &mut board)?;
        Ok(board_view(state, &board))
    })
    .await
}

/// Adds what `add` adds to the board, and answers the cards added with the board after.
async fn added<R: Runtime>(
    app: &AppHandle<R>,
    add: impl FnOnce(&AppState, &mut Board) -> CmdResult<Vec<u8>> + Send + 'static,
) -> CmdResult<ScanResult> {
    off_main(app, move |state| {
        let mut board = lock_board(state);
        let added = add(state, &mut board)?;
        Ok(ScanResult {
            added,
            problems: Vec::new(),
            read_from_printed_text: false,
            board: board_view(state, &board),
        })
    })
    .await
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
        match Card::from_text(t).and_then(|card| board.add(card)) {
            Ok(i) => added.push(i),
            Err(e) => problems.push(name_other_set(state, e)),
        }
    }
    (added, problems)
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
    let (mut added, mut problems) = add_all(&state, &mut board, &codes.texts, false);
    // Read from the printed text: on the board as a typed card, corrected with the
    // passphrase only where the card's tag proves it.
    // Said only of a reading that went on the board: one refused (another set's card, one
    // already added) is told by its problem alone.
    let mut read_from_printed_text = false;
    for t in &codes.printed {
        match board.take_printed(t) {
            Ok(heirloom_core::Taken::Added(i)) => added.push(i),
            Ok(heirloom_core::Taken::Kept) => {}
            Err(e) => {
                problems.push(name_other_set(&state, e));
                continue;
            }
        }
        read_from_printed_text = true;
    }
    problems.extend(codes.note);
    Ok(ScanResult {
        added,
        problems,
        read_from_printed_text,
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
    let texts = read_frame(&app, &request).await?;
    let state = app.state::<AppState>();
    let mut board = lock_board(&state);
    let (added, problems) = add_all(&state, &mut board, &texts, true);
    Ok(ScanResult {
        added,
        problems,
        read_from_printed_text: false,
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
    let on_board = board.cards().len();
    let typed: Vec<TypedAt> = board
        .typed()
        .iter()
        .map(|t| TypedAt {
            index: t.index,
            from_print: t.from_print,
        })
        .collect();
    let recovered = with_kdf_progress(&on_progress, kdf, move || {
        board.combine_correcting(&passphrase)
    })
    .await?
    .map_err(|b| not_combined(&state, b, on_board, &typed))?;
    let _ = on_progress.send(100);
    // Only typed texts (and readings of the print) can fail to read or be corrected: the
    // board's cards always read, and come first in the list combined.
    let kept = |position: usize| position.checked_sub(on_board).and_then(|p| typed.get(p));
    Ok(RecoveredView {
        corrections: recovered
            .corrections
            .iter()
            .map(|c| CorrectionView::of(c, kept(c.position).is_some_and(|t| t.from_print)))
            .collect(),
        left_out: recovered
            .left_out
            .iter()
            .filter_map(|&p| kept(p))
            .map(|t| t.index)
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

/// Why combining failed, for the person: a kept text that could not be corrected is named
/// as typed or as read from the print (`typed`: the texts kept, in the board's order),
/// with what to do ([`not_corrected`]).
fn not_combined(state: &AppState, blamed: Blamed, on_board: usize, typed: &[TypedAt]) -> IpcError {
    let e = blamed.error;
    let Some(kept) = blamed
        .position
        .and_then(|p| p.checked_sub(on_board))
        .and_then(|p| typed.get(p))
    else {
        return name_other_set(state, e);
    };
    if !matches!(e, Error::Typo { .. } | Error::Damaged { .. }) {
        return name_other_set(state, e);
    }
    IpcError::from(e).with_message(not_corrected(kept, on_board))
}

/// What the person is told of a kept text that could not be corrected: named as typed or
/// as read from the print, with what to do; when no card read (`on_board` 0), the
/// passphrase may be the cause as well, and is said first.
fn not_corrected(kept: &TypedAt, on_board: usize) -> String {
    let which = match (kept.index, kept.from_print) {
        (Some(i), false) => format!("card {i}, which you typed"),
        (None, false) => "a card you typed".to_owned(),
        (Some(i), true) => format!("card {i}, read from its printed text"),
        (None, true) => "a card read from its printed text".to_owned(),
    };
    // A reading of the print that cannot be corrected is typed by the person instead.
    let again = if kept.from_print {
        "type its text instead"
    } else {
        "type it again"
    };
    if on_board == 0 {
        format!("Heirloom could not open the cards. Either the passphrase is not right, or more is different in {which} than Heirloom can correct for certain. Check the passphrase first; then go back and compare each card's text with the paper, group by group.")
    } else {
        format!("Heirloom could not correct {which}: more is different from the card than it can correct for certain. Go back to the cards, take it out with \u{201c}Remove\u{201d}, and {again}, comparing each group with the card.")
    }
}

/// A text kept on the board to be corrected, as combining reports it: its card number
/// when its groups show it, and whether it was read from the print or typed.
struct TypedAt {
    index: Option<u8>,
    from_print: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reading of the print is never said to have been typed, nor is the person asked
    /// to type it "again".
    #[test]
    fn a_text_beyond_correction_is_named_as_typed_or_as_read() {
        let typed = |index, from_print| TypedAt { index, from_print };
        let m = not_corrected(&typed(Some(2), false), 1);
        assert!(
            m.starts_with("Heirloom could not correct card 2, which you typed:"),
            "{m}"
        );
        assert!(m.contains("type it again"), "{m}");
        let m = not_corrected(&typed(Some(2), true), 1);
        assert!(
            m.starts_with("Heirloom could not correct card 2, read from its printed text:"),
            "{m}"
        );
        assert!(
            m.contains("type its text instead") && !m.contains("typed"),
            "{m}"
        );
        let m = not_corrected(&typed(None, true), 0);
        assert!(m.contains("the passphrase is not right, or more is different in a card read from its printed text"), "{m}");
        assert!(!not_corrected(&typed(None, false), 0).contains("printed"));
    }
}
