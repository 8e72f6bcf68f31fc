//! Questions only the person at the screen can answer: a native dialog opened from Rust,
//! which no script in the page can click for itself. Asked before a secret is shown: the
//! recovery phrase, its SeedQR, the generated passphrase a second time; and before a saved
//! phrase is read from the keychain, since cards made from it under a passphrase the page
//! chose would give the phrase away as surely as showing it.

use heirloom_core::render::GuideLanguage;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

use crate::dialog_words::{self, Ask};
use crate::error::{CmdResult, IpcError};
use crate::state::AppState;

/// A yes/no question for the native dialog; its words, in the app's language, are in
/// [`crate::dialog_words`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// Before the generated passphrase is shown a second time.
    ShowPassphraseAgain,
    /// Before the words of a recovery phrase are shown.
    RevealPhrase,
    /// Before a recovery phrase is shown as a SeedQR code.
    RevealSeedqr,
    /// Before the recovery phrase of a saved wallet is read from the keychain.
    OpenWallet,
}

impl Question {
    /// The question's title, message and yes button in `language`.
    pub fn words(self, language: GuideLanguage) -> &'static Ask {
        let w = dialog_words::words(language);
        match self {
            Question::ShowPassphraseAgain => &w.show_passphrase_again,
            Question::RevealPhrase => &w.reveal_phrase,
            Question::RevealSeedqr => &w.reveal_seedqr,
            Question::OpenWallet => &w.open_wallet,
        }
    }
}

/// Something that asks a [`Question`] and returns whether the answer was yes.
pub type Confirm = Box<dyn Fn(&Question) -> bool + Send + Sync>;

/// Before the generated passphrase is shown a second time.
pub const SHOW_PASSPHRASE_AGAIN: Question = Question::ShowPassphraseAgain;

/// Before the words of a recovery phrase are shown.
pub const REVEAL_PHRASE: Question = Question::RevealPhrase;

/// Before a recovery phrase is shown as a SeedQR code.
pub const REVEAL_SEEDQR: Question = Question::RevealSeedqr;

/// Before the recovery phrase of a saved wallet is read from the keychain.
pub const OPEN_WALLET: Question = Question::OpenWallet;

/// Asks `question` in the native dialog, off the main thread (the dialog waits for the
/// person); a no, or no dialog, is `declined`.
pub async fn ask<R: Runtime>(app: &AppHandle<R>, question: Question) -> CmdResult<()> {
    let asker = app.clone();
    let yes =
        tauri::async_runtime::spawn_blocking(move || asker.state::<AppState>().ask(&question))
            .await
            .map_err(|_| IpcError::internal())?;
    if yes {
        Ok(())
    } else {
        Err(IpcError::declined())
    }
}

/// The real dialog, over the app's window.
///
/// End-to-end tests drive the page through WebDriver, which cannot click a GTK dialog; a
/// debug build (the one they run) takes the answer from `HEIRLOOM_E2E_ANSWER` (`yes` or
/// `no`) when it is set. The variable is read by the process, never by the page, and a
/// release build has no such branch.
pub fn native<R: Runtime>(app: AppHandle<R>) -> Confirm {
    Box::new(move |q: &Question| {
        #[cfg(debug_assertions)]
        if let Ok(answer) = std::env::var("HEIRLOOM_E2E_ANSWER") {
            return answer == "yes";
        }
        let language = app.state::<AppState>().language();
        let words = q.words(language);
        app.dialog()
            .message(words.message)
            .title(words.title)
            .kind(MessageDialogKind::Warning)
            .buttons(MessageDialogButtons::OkCancelCustom(
                words.yes.to_string(),
                dialog_words::words(language).cancel.to_string(),
            ))
            .blocking_show()
    })
}
