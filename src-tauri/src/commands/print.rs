//! Printing the cards of a set made this session: a preview of each card (SVG), the
//! print-ready PDF, and one PNG picture per card. All of it is public data: the encrypted
//! cards and the labels the holder chose.

use std::io::Write;
use std::path::{Path, PathBuf};

use heirloom_core::render::{self, CardSheet, Paper, PrintOptions};
use heirloom_core::{Card, Fingerprint};
use tauri::State;

use crate::error::{CmdResult, IpcError};
use crate::state::{lock_sheets, AppState};
use crate::views::Holder;

/// Resolution of saved card pictures: sharp enough to print, small enough to mail.
const PICTURE_DPI: u32 = 300;

/// The printed sheets of a new set: each card with the set's label, date, fingerprint and
/// its holder (holders are listed in card order).
pub fn sheets(
    cards: &[Card],
    label: &str,
    date: &str,
    fingerprint: Fingerprint,
    holders: &[Holder],
) -> Vec<CardSheet> {
    cards
        .iter()
        .map(|card| {
            let holder = holders
                .get(usize::from(card.header().index) - 1)
                .filter(|h| !h.name.trim().is_empty() || !h.place.trim().is_empty())
                .map(|h| render::Holder {
                    name: h.name.trim().to_string(),
                    place: h.place.trim().to_string(),
                });
            CardSheet {
                card: card.clone(),
                label: label.to_string(),
                date: date.to_string(),
                fingerprint: Some(fingerprint),
                holder,
            }
        })
        .collect()
}

/// The sheets of a set made this session.
pub(crate) fn set_sheets(state: &AppState, set_id: &str) -> CmdResult<Vec<CardSheet>> {
    lock_sheets(state)
        .get(set_id)
        .cloned()
        .ok_or_else(IpcError::expired)
}

/// "a4" or "letter".
fn paper(name: &str) -> CmdResult<Paper> {
    match name {
        "a4" => Ok(Paper::A4),
        "letter" => Ok(Paper::Letter),
        _ => Err(heirloom_core::Error::InvalidPrintLayout.into()),
    }
}

/// Each card of a set as an SVG document, as it will print, in card order.
#[tauri::command]
pub fn card_previews(
    state: State<'_, AppState>,
    set_id: String,
    passphrase_line: bool,
) -> CmdResult<Vec<String>> {
    let options = PrintOptions {
        passphrase_line,
        ..PrintOptions::default()
    };
    set_sheets(&state, &set_id)?
        .iter()
        .map(|s| render::svg(s, &options).map_err(IpcError::from))
        .collect()
}

/// Writes the set's print job (cards, family guide, format summary) as a PDF at `path`.
/// The native save dialog has already asked before replacing a file, so an existing file
/// is replaced, but only once the new one is completely written beside it.
#[tauri::command]
pub async fn save_cards_pdf(
    state: State<'_, AppState>,
    set_id: String,
    path: String,
    paper: String,
    per_page: u8,
    passphrase_line: bool,
) -> CmdResult<String> {
    let sheets = set_sheets(&state, &set_id)?;
    let options = PrintOptions {
        paper: self::paper(&paper)?,
        per_page,
        passphrase_line,
    };
    let path = PathBuf::from(path);
    tauri::async_runtime::spawn_blocking(move || {
        let bytes = render::pdf(&sheets, &options)?;
        write_replacing(&path, &bytes)?;
        Ok(path.display().to_string())
    })
    .await
    .map_err(|_| IpcError::from(heirloom_core::Error::RenderFailed))?
}

/// The set's print job, one SVG document per page at the paper's size, for "Print…": the
/// system's print dialog then gets the pages of the PDF, not a layout of its own.
#[tauri::command]
pub async fn print_pages(
    state: State<'_, AppState>,
    set_id: String,
    paper: String,
    per_page: u8,
    passphrase_line: bool,
) -> CmdResult<Vec<String>> {
    let sheets = set_sheets(&state, &set_id)?;
    let options = PrintOptions {
        paper: self::paper(&paper)?,
        per_page,
        passphrase_line,
    };
    tauri::async_runtime::spawn_blocking(move || render::page_svgs(&sheets, &options))
        .await
        .map_err(|_| IpcError::from(heirloom_core::Error::RenderFailed))?
        .map_err(IpcError::from)
}

/// Writes each card as `<dir>/card-<i>.png`, never over an existing file.
#[tauri::command]
pub async fn save_card_pictures(
    state: State<'_, AppState>,
    set_id: String,
    dir: String,
    passphrase_line: bool,
) -> CmdResult<Vec<String>> {
    let sheets = set_sheets(&state, &set_id)?;
    let options = PrintOptions {
        passphrase_line,
        ..PrintOptions::default()
    };
    let dir = PathBuf::from(dir);
    tauri::async_runtime::spawn_blocking(move || {
        let paths: Vec<_> = sheets
            .iter()
            .map(|s| dir.join(format!("card-{}.png", s.card.header().index)))
            .collect();
        if let Some(existing) = paths.iter().find(|p| p.exists()) {
            return Err(already_there(existing));
        }
        for (sheet, path) in sheets.iter().zip(&paths) {
            let png = render::png(sheet, &options, PICTURE_DPI)?;
            write_new(path, &png)?;
        }
        Ok(paths.iter().map(|p| p.display().to_string()).collect())
    })
    .await
    .map_err(|_| IpcError::from(heirloom_core::Error::RenderFailed))?
}

/// A file the person's chosen folder already has: nothing is written over it.
pub(crate) fn already_there(path: &Path) -> IpcError {
    IpcError::io(
        &path.display().to_string(),
        &std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "a file of that name is already there; choose an empty folder",
        ),
    )
}

/// Writes a file that must not exist yet, and syncs it.
pub(crate) fn write_new(path: &Path, bytes: &[u8]) -> CmdResult<()> {
    let io = |e: std::io::Error| IpcError::io(&path.display().to_string(), &e);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(io)?;
    f.write_all(bytes).and_then(|()| f.sync_all()).map_err(io)
}

/// Writes `bytes` to a new temporary file beside `path`, then renames it over `path`: a
/// half-written PDF never takes the place of a good one.
fn write_replacing(path: &Path, bytes: &[u8]) -> CmdResult<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.part", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    write_new(&tmp, bytes)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        IpcError::io(&path.display().to_string(), &e)
    })
}

/// Verifies a printed set: the cards brought back on the recovery board (scanned, opened
/// from pictures or typed) must be all N cards of `set_id`, a set made this session, and
/// every T of them, opened with the passphrase of the handle, must give the wallet's
/// fingerprint. The phrase is never returned. On success this computer's record marks the
/// set verified; `true` then means the record says so too.
#[tauri::command]
pub async fn verify_set(
    state: State<'_, AppState>,
    set_id: String,
    passphrase: String,
) -> CmdResult<bool> {
    let sheets = set_sheets(&state, &set_id)?;
    let fingerprint = sheets
        .first()
        .and_then(|s| s.fingerprint)
        .ok_or_else(IpcError::expired)?;
    let expected = sheets[0].card.header().set_id;
    let pass = state.take_passphrase(&passphrase)?;
    let (pass, result) = verify_board(&state, expected, fingerprint, pass).await;
    // The handle stays usable: a failed check is tried again after fixing a card.
    if let Some(pass) = pass {
        state.put_passphrase(&passphrase, pass);
    }
    result?;
    Ok(mark_verified(&state, expected))
}

/// Verifies the printed cards of a set made earlier (in another session, or on another
/// computer and imported): as [`verify_set`], against the fingerprint in this computer's
/// record, with the passphrase typed by the person.
#[tauri::command]
pub async fn verify_recorded_set(
    state: State<'_, AppState>,
    set_id: String,
    passphrase: String,
) -> CmdResult<bool> {
    let passphrase = zeroize::Zeroizing::new(passphrase);
    let id = heirloom_core::SetId::from_hex(set_id.trim()).ok_or_else(IpcError::no_such_set)?;
    let set = state
        .set_record(id)
        .ok_or(heirloom_core::Error::SetNotFound { id })?;
    let pass = heirloom_core::Passphrase::new(&passphrase)?;
    verify_board(&state, id, set.fingerprint, pass).await.1?;
    Ok(mark_verified(&state, id))
}

/// Notes in the record that a set's printed cards were verified; whether it could.
fn mark_verified(state: &AppState, id: heirloom_core::SetId) -> bool {
    state
        .registry
        .as_ref()
        .is_some_and(|r| r.mark_verified(id).is_ok())
}

/// Every T of the cards on the recovery board, which must all be of set `expected`,
/// opened with `pass` and compared with `fingerprint`, off the UI thread. The passphrase
/// comes back for the caller to keep or drop, unless the worker panicked with it.
async fn verify_board(
    state: &AppState,
    expected: heirloom_core::SetId,
    fingerprint: heirloom_core::Fingerprint,
    pass: heirloom_core::Passphrase,
) -> (Option<heirloom_core::Passphrase>, CmdResult<()>) {
    let cards = crate::state::lock_board(state).cards().to_vec();
    if let Some(found) = cards
        .iter()
        .map(|c| c.header().set_id)
        .find(|id| *id != expected)
    {
        return (
            Some(pass),
            Err(heirloom_core::Error::OtherSet { expected, found }.into()),
        );
    }
    let task = tauri::async_runtime::spawn_blocking(move || {
        let r = heirloom_core::verify_set(&cards, &pass, fingerprint);
        (pass, r)
    });
    match task.await {
        Ok((pass, r)) => (Some(pass), r.map_err(IpcError::from)),
        // The worker can only fail by panicking, and the passphrase went with it.
        Err(_) => (None, Err(IpcError::internal())),
    }
}
