//! Questions only the person at the screen can answer: a native dialog opened from Rust,
//! which no script in the page can click for itself. Asked before a secret is shown: the
//! recovery phrase, its SeedQR, the generated passphrase a second time.

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

/// A yes/no question for the native dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// The dialog's title.
    pub title: &'static str,
    /// What is asked, in plain words.
    pub message: &'static str,
    /// The button that says yes.
    pub yes: &'static str,
}

/// Something that asks a [`Question`] and returns whether the answer was yes.
pub type Confirm = Box<dyn Fn(&Question) -> bool + Send + Sync>;

/// Before the generated passphrase is shown a second time.
pub const SHOW_PASSPHRASE_AGAIN: Question = Question {
    title: "Show the passphrase again?",
    message: "The six passphrase words will be shown on the screen again. Make sure nobody else can see the screen, and that no camera is pointed at it.",
    yes: "Show the words",
};

/// Before the words of a recovery phrase are shown.
pub const REVEAL_PHRASE: Question = Question {
    title: "Show the recovery phrase?",
    message: "The words of the recovery phrase will be shown on the screen. Anyone who sees them can take the wallet and its money. Make sure nobody else can see the screen, and that no camera is pointed at it.",
    yes: "Show the words",
};

/// Before a recovery phrase is shown as a SeedQR code.
pub const REVEAL_SEEDQR: Question = Question {
    title: "Show the phrase as a QR code?",
    message: "The recovery phrase will be shown as a QR code (SeedQR) for a hardware wallet to scan. Anyone who sees or photographs the code can take the wallet and its money. Make sure nobody else can see the screen, and that no other camera is pointed at it.",
    yes: "Show the code",
};

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
        app.dialog()
            .message(q.message)
            .title(q.title)
            .kind(MessageDialogKind::Warning)
            .buttons(MessageDialogButtons::OkCancelCustom(
                q.yes.to_string(),
                "Cancel".to_string(),
            ))
            .blocking_show()
    })
}
