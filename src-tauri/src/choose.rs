//! Files and folders only the person at the screen can choose: native dialogs opened from
//! Rust, inside the commands that read or write them. No path ever comes from the page, so
//! a script in the window can neither write nor replace a file of its choosing, nor read
//! one. A dialog the person closes is "nothing happened", never an error.

use std::path::PathBuf;

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;

use crate::dialog_words::{self, DialogWords};
use crate::error::{CmdResult, IpcError};
use crate::state::AppState;

/// What a dialog asks the person to choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Where to save one file. The dialog suggests `file_name` and asks before replacing a
    /// file, so a path that exists once chosen was confirmed for replacing.
    Save {
        /// The dialog's title.
        title: Title,
        /// The name suggested.
        file_name: &'static str,
        /// The kind of file, for the dialog's filter.
        filter: Filter,
    },
    /// A folder for several new files.
    Folder {
        /// The dialog's title.
        title: Title,
    },
    /// A file to open.
    Open {
        /// The dialog's title.
        title: Title,
        /// The kind of file, for the dialog's filter.
        filter: Filter,
    },
}

/// A chooser's title; its words, in the app's language, are in [`crate::dialog_words`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Title {
    /// Saving the print job as a PDF.
    SaveCardsPdf,
    /// A folder for one picture per card.
    CardPicturesFolder,
    /// A folder for one text file per card.
    CardTextsFolder,
    /// Saving the record of backup sets.
    ExportRecord,
    /// Opening a record of backup sets.
    ImportRecord,
}

impl Title {
    /// The title in the words of `w`.
    pub fn in_words(self, w: &DialogWords) -> &'static str {
        match self {
            Title::SaveCardsPdf => w.save_cards_pdf,
            Title::CardPicturesFolder => w.card_pictures_folder,
            Title::CardTextsFolder => w.card_texts_folder,
            Title::ExportRecord => w.export_record,
            Title::ImportRecord => w.import_record,
        }
    }
}

/// A kind of file, for the dialog's filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// The print job.
    Pdf,
    /// A record of backup sets.
    Record,
}

impl Filter {
    /// What the dialog calls it, in the words of `w`.
    pub fn name(self, w: &DialogWords) -> &'static str {
        match self {
            Filter::Pdf => "PDF",
            Filter::Record => w.record_files,
        }
    }

    /// The extensions, without the dot.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Filter::Pdf => &["pdf"],
            Filter::Record => &["json"],
        }
    }
}

/// Something that shows a [`Choice`] and returns the path chosen, or `None` when the person
/// closed the dialog.
pub type Chooser = Box<dyn Fn(&Choice) -> Option<PathBuf> + Send + Sync>;

/// "Save PDF…": the print job of a set.
pub const SAVE_CARDS_PDF: Choice = Choice::Save {
    title: Title::SaveCardsPdf,
    file_name: "heirloom-cards.pdf",
    filter: Filter::Pdf,
};

/// "Save card pictures…": an empty folder for one PNG per card.
pub const CARD_PICTURES_FOLDER: Choice = Choice::Folder {
    title: Title::CardPicturesFolder,
};

/// "Save card texts…": an empty folder for one text file per card.
pub const CARD_TEXTS_FOLDER: Choice = Choice::Folder {
    title: Title::CardTextsFolder,
};

/// Saving the record of backup sets for another computer or the family.
pub const EXPORT_RECORD: Choice = Choice::Save {
    title: Title::ExportRecord,
    file_name: "heirloom-backup-sets.json",
    filter: Filter::Record,
};

/// Opening a record of backup sets saved on another computer.
pub const IMPORT_RECORD: Choice = Choice::Open {
    title: Title::ImportRecord,
    filter: Filter::Record,
};

/// Shows `choice` off the main thread, so the window stays alive while it is open, and
/// waits for the answer: the path chosen, or `None` when the dialog was closed.
pub async fn ask<R: Runtime>(app: &AppHandle<R>, choice: Choice) -> CmdResult<Option<PathBuf>> {
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || app.state::<AppState>().choose(&choice))
        .await
        .map_err(|_| IpcError::internal())
}

/// The real dialogs. Each blocks until the person answers: call it off the main thread.
///
/// End-to-end tests drive the page through WebDriver, which cannot use a GTK file chooser;
/// a debug build (the one they run) takes the answer from the file named by
/// `HEIRLOOM_E2E_CHOOSE` when that variable is set (see [`e2e_answer`]). The variable and
/// the file are read by the process, never by the page, and a release build has no such
/// branch.
pub fn native<R: Runtime>(app: AppHandle<R>) -> Chooser {
    Box::new(move |choice: &Choice| {
        #[cfg(debug_assertions)]
        if let Some(answer) = e2e_answer() {
            return answer;
        }
        let w = dialog_words::words(app.state::<AppState>().language());
        let dialog = app.dialog().file();
        let chosen = match *choice {
            Choice::Save {
                title,
                file_name,
                filter,
            } => dialog
                .set_title(title.in_words(w))
                .set_file_name(file_name)
                .add_filter(filter.name(w), filter.extensions())
                .blocking_save_file(),
            Choice::Folder { title } => dialog
                .set_title(title.in_words(w))
                .set_can_create_directories(true)
                .blocking_pick_folder(),
            Choice::Open { title, filter } => dialog
                .set_title(title.in_words(w))
                .add_filter(filter.name(w), filter.extensions())
                .blocking_pick_file(),
        };
        chosen.and_then(|p| p.into_path().ok())
    })
}

/// The answer an end-to-end test wrote for the next dialog: the first line of the file
/// named by `HEIRLOOM_E2E_CHOOSE` is the path chosen; no file, or an empty line, is a
/// closed dialog. The file is removed as it is read, so each answer serves one dialog.
/// `None` when the variable is not set: the real dialog opens.
#[cfg(debug_assertions)]
fn e2e_answer() -> Option<Option<PathBuf>> {
    let file = std::env::var_os("HEIRLOOM_E2E_CHOOSE")?;
    let answer = std::fs::read_to_string(&file).ok();
    let _ = std::fs::remove_file(&file);
    Some(
        answer
            .as_deref()
            .and_then(|a| a.lines().next())
            .filter(|line| !line.trim().is_empty())
            .map(PathBuf::from),
    )
}
