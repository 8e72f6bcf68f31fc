//! Printing the cards of a set made this session: a preview of each card (SVG), the
//! print-ready PDF, and one PNG picture per card. All of it is public data: the encrypted
//! cards and the labels the holder chose.

use std::path::Path;

use heirloom_core::files;
use heirloom_core::render::{self, CardSheet, Paper, PassphraseLine, PrintOptions};
use heirloom_core::{Passphrase, SetId};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::choose;
use crate::commands::off_main;
use crate::error::{CmdResult, IpcError};
use crate::state::{lock_sheets, AppState};
use crate::views::{SavedView, VerifyProgress, VerifyView};

/// Resolution of saved card pictures: sharp enough to print, small enough to mail.
const PICTURE_DPI: u32 = 300;

/// The sheets of a set made this session.
pub(crate) fn set_sheets(state: &AppState, set_id: &str) -> CmdResult<Vec<CardSheet>> {
    lock_sheets(state)
        .get(set_id)
        .cloned()
        .ok_or_else(IpcError::expired)
}

/// Which cards get the line to hand-write the passphrase on, as the UI names the choice:
/// `none`, `first` (the default: one "key card" at most, as the family guide recommends)
/// or `every`.
#[derive(Debug, Clone, Copy, Default, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum LineChoice {
    /// No card.
    None,
    /// The first card of the print job only.
    #[default]
    First,
    /// Every card.
    Every,
}

impl From<LineChoice> for PassphraseLine {
    fn from(c: LineChoice) -> Self {
        match c {
            LineChoice::None => PassphraseLine::None,
            LineChoice::First => PassphraseLine::FirstCard,
            LineChoice::Every => PassphraseLine::EveryCard,
        }
    }
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
pub async fn card_previews<R: Runtime>(
    app: AppHandle<R>,
    set_id: String,
    passphrase_line: LineChoice,
) -> CmdResult<Vec<String>> {
    let options = PrintOptions {
        passphrase_line: passphrase_line.into(),
        ..PrintOptions::default()
    };
    // As one print job, so that "first card only" marks the first card, not every one.
    off_main(&app, move |state| {
        Ok(render::svgs(&set_sheets(state, &set_id)?, &options)?)
    })
    .await
}

/// Writes the set's print job (cards, family guide, format summary) as a PDF where the
/// person chooses in the native save dialog, opened from here: no path comes from the page.
/// `None` when the dialog was closed (nothing happened). An existing file is replaced only
/// because the dialog asked first, and only once the new one is completely written.
#[tauri::command]
pub async fn save_cards_pdf<R: Runtime>(
    app: AppHandle<R>,
    set_id: String,
    paper: String,
    per_page: u8,
    passphrase_line: LineChoice,
) -> CmdResult<Option<SavedView>> {
    let sheets = set_sheets(&app.state::<AppState>(), &set_id)?;
    let options = PrintOptions {
        paper: self::paper(&paper)?,
        per_page,
        passphrase_line: passphrase_line.into(),
        language: app.state::<AppState>().language(),
    };
    let Some(path) = choose::ask(&app, choose::SAVE_CARDS_PDF).await? else {
        return Ok(None);
    };
    off_main(&app, move |_| {
        let bytes = render::pdf(&sheets, &options)?;
        save_chosen_file(&path, &bytes)?;
        Ok(Some(saved_file(&path, None)))
    })
    .await
}

/// Writes a file at a path chosen in a save dialog: a new file, or, when one is there
/// already, its replacement, which the dialog confirmed with the person before answering.
pub(crate) fn save_chosen_file(path: &Path, bytes: &[u8]) -> CmdResult<()> {
    let written = if path.symlink_metadata().is_ok() {
        files::write_replacing(path, bytes)
    } else {
        files::write_new(path, bytes)
    };
    written.map_err(|e| IpcError::io(&path.display().to_string(), &e))
}

/// What the page is told of one file saved where the person chose.
pub(crate) fn saved_file(path: &Path, kept_aside: Option<String>) -> SavedView {
    let shown = path.display().to_string();
    SavedView {
        place: shown.clone(),
        files: vec![shown],
        kept_aside,
    }
}

/// Writes the files of a set's cards (name, content) in a folder the person chose: all
/// of them, new, `0600`, or none. A file of one of the names already there is refused by
/// name before anything is written.
pub(crate) fn save_card_files(
    folder: &Path,
    named: Vec<(String, Vec<u8>)>,
) -> CmdResult<SavedView> {
    let place = folder.display().to_string();
    if let Some((name, _)) = named
        .iter()
        .find(|(name, _)| folder.join(name).symlink_metadata().is_ok())
    {
        return Err(IpcError::already_there(&place, name));
    }
    let files: Vec<_> = named
        .into_iter()
        .map(|(name, bytes)| (folder.join(name), bytes))
        .collect();
    files::write_all_new(&files).map_err(|e| IpcError::io(&place, &e))?;
    Ok(SavedView {
        place,
        files: files.iter().map(|(p, _)| p.display().to_string()).collect(),
        kept_aside: None,
    })
}

/// The set's print job, one SVG document per page at the paper's size, for "Print…": the
/// system's print dialog then gets the pages of the PDF, not a layout of its own.
#[tauri::command]
pub async fn print_pages(
    state: State<'_, AppState>,
    set_id: String,
    paper: String,
    per_page: u8,
    passphrase_line: LineChoice,
) -> CmdResult<Vec<String>> {
    let sheets = set_sheets(&state, &set_id)?;
    let options = PrintOptions {
        paper: self::paper(&paper)?,
        per_page,
        passphrase_line: passphrase_line.into(),
        language: state.language(),
    };
    tauri::async_runtime::spawn_blocking(move || render::page_svgs(&sheets, &options))
        .await
        .map_err(|_| IpcError::from(heirloom_core::Error::RenderFailed))?
        .map_err(IpcError::from)
}

/// Writes each card as `card-<i>.png` in a folder the person chooses in the native folder
/// dialog, opened from here: all the pictures or none, never over an existing file. `None`
/// when the dialog was closed.
#[tauri::command]
pub async fn save_card_pictures<R: Runtime>(
    app: AppHandle<R>,
    set_id: String,
    passphrase_line: LineChoice,
) -> CmdResult<Option<SavedView>> {
    let sheets = set_sheets(&app.state::<AppState>(), &set_id)?;
    let options = PrintOptions {
        passphrase_line: passphrase_line.into(),
        ..PrintOptions::default()
    };
    let Some(folder) = choose::ask(&app, choose::CARD_PICTURES_FOLDER).await? else {
        return Ok(None);
    };
    off_main(&app, move |_| {
        // Drawn as one job (the passphrase line on the chosen cards only), all before the
        // first file is written.
        let pngs = render::pngs(&sheets, &options, PICTURE_DPI)?;
        let named = sheets
            .iter()
            .map(|s| format!("card-{}.png", s.card.header().index))
            .zip(pngs)
            .collect();
        save_card_files(&folder, named).map(Some)
    })
    .await
}

/// Verifies a printed set: the cards brought back on the recovery board (scanned, opened
/// from pictures or typed) must be all N cards of `set_id`, and every T of them, opened
/// with `passphrase` — typed afresh from the paper, never a copy held in memory — must
/// give the wallet's fingerprint: the one of a set made this session, else the record's.
/// The phrase is never returned. Progress (subsets checked of all) arrives on
/// `on_progress`. On success this computer's record marks the set verified, which also
/// retires the set it replaces.
#[tauri::command]
pub async fn verify_set<R: Runtime>(
    app: AppHandle<R>,
    set_id: String,
    passphrase: String,
    on_progress: Channel<VerifyProgress>,
) -> CmdResult<VerifyView> {
    let passphrase = Passphrase::new(&zeroize::Zeroizing::new(passphrase))?;
    let state = app.state::<AppState>();
    let id = SetId::from_hex(set_id.trim()).ok_or_else(IpcError::bad_set_id)?;
    let fingerprint = lock_sheets(&state)
        .get(&id.to_string())
        .and_then(|s| s.first().and_then(|s| s.fingerprint))
        .or_else(|| state.set_record(id).map(|s| s.fingerprint))
        .ok_or(heirloom_core::Error::SetNotFound { id })?;
    let cards = crate::state::lock_board(&state).cards().to_vec();
    if let Some(found) = cards.iter().map(|c| c.header().set_id).find(|f| *f != id) {
        return Err(heirloom_core::Error::OtherSet {
            expected: id,
            found,
        }
        .into());
    }
    off_main(&app, move |state| {
        let mut report = |checked, total| {
            let _ = on_progress.send(VerifyProgress { checked, total });
        };
        heirloom_core::verify_set_with_progress(&cards, &passphrase, fingerprint, &mut report)
            .map_err(|e| match e {
                // The core's words are about recovering (any T); checking needs every card.
                heirloom_core::Error::NotEnoughCards { have, need } => {
                    IpcError::verify_needs_every_card(have, need)
                }
                e => e.into(),
            })?;
        Ok(mark_verified(state, id))
    })
    .await
}

/// Notes in the record that a set's printed cards were verified, and retires the set it
/// replaces; what the record now says.
fn mark_verified(state: &AppState, id: SetId) -> VerifyView {
    let outcome = state.registry.as_ref().map(|r| r.mark_verified(id));
    let retired = match &outcome {
        Some(Ok(o)) => o.value,
        _ => None,
    };
    VerifyView {
        recorded: matches!(outcome, Some(Ok(_))),
        retired: retired.map(|r| r.to_string()),
    }
}
