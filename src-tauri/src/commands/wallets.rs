//! Wallets in the operating system's keychain.

use tauri::State;

use crate::commands::phrase::view;
use crate::error::{CmdResult, IpcError};
use crate::state::AppState;
use crate::views::{KeychainStatus, PhraseView, WalletView};

/// Whether the keychain can be used right now, and if not, why.
#[tauri::command]
pub fn keychain_status(state: State<'_, AppState>) -> KeychainStatus {
    match state.keychain.list() {
        Ok(_) => KeychainStatus {
            available: true,
            message: None,
        },
        Err(e) => KeychainStatus {
            available: false,
            message: Some(e.to_string()),
        },
    }
}

/// The wallets saved on this computer.
#[tauri::command]
pub fn list_wallets(state: State<'_, AppState>) -> CmdResult<Vec<WalletView>> {
    Ok(state
        .keychain
        .list()?
        .into_iter()
        .map(|e| WalletView {
            name: e.name,
            fingerprint: e.fingerprint.to_string(),
        })
        .collect())
}

/// Saves a held phrase under a name. An existing name is refused unless `replace` is true,
/// which the UI sends only after asking.
#[tauri::command]
pub fn save_wallet(
    state: State<'_, AppState>,
    name: String,
    handle: String,
    replace: bool,
) -> CmdResult<WalletView> {
    let entry = state.with_phrase(&handle, |p| state.keychain.add(name.trim(), p, replace))??;
    Ok(WalletView {
        name: entry.name,
        fingerprint: entry.fingerprint.to_string(),
    })
}

/// Loads a saved wallet's phrase into the app (not into the UI).
#[tauri::command]
pub fn open_wallet(state: State<'_, AppState>, name: String) -> CmdResult<PhraseView> {
    let phrase = state.keychain.get(&name)?;
    Ok(view(&state, phrase))
}

/// Removes a wallet; `confirm` must repeat its name.
#[tauri::command]
pub fn remove_wallet(state: State<'_, AppState>, name: String, confirm: String) -> CmdResult<()> {
    if confirm.trim() != name {
        return Err(IpcError::not_confirmed());
    }
    Ok(state.keychain.remove(&name)?)
}
