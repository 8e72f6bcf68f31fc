//! The commands, grouped by what they act on. Each is a few lines over the core.
//!
//! Tauri runs a command that is not `async` on the main thread, where a keychain unlock
//! prompt, an fsync or drawing a card would freeze the window: every command that may block
//! is `async` and does its work through [`off_main`].

pub mod about;
pub mod backup;
pub mod language;
pub mod passphrase;
pub mod phrase;
pub mod print;
mod progress;
pub mod recovery;
pub mod scanning;
pub mod sets;
pub mod wallets;

use tauri::{AppHandle, Manager, Runtime};

use crate::error::{CmdResult, IpcError};
use crate::state::AppState;

/// Runs `work` on the app's state on a thread for blocking work, off the main thread and
/// off the async runtime's own threads.
pub(crate) async fn off_main<R: Runtime, T: Send + 'static>(
    app: &AppHandle<R>,
    work: impl FnOnce(&AppState) -> CmdResult<T> + Send + 'static,
) -> CmdResult<T> {
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || work(&app.state::<AppState>()))
        .await
        .map_err(|_| IpcError::internal())?
}
