//! Wallets in the operating system's keychain. No single action here can lose the only copy
//! of a phrase: a wallet is saved once, a replacement names the wallet it replaces and is
//! written beside it before the old words go, and removing a wallet without checked cards
//! is asked twice.

use heirloom_core::registry::SetStatus;
use heirloom_core::{Error, Fingerprint};
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
        .map(WalletView::from)
        .collect())
}

/// Saves a held phrase under a name. A name taken by another wallet is refused with both
/// fingerprints named; `replace_fingerprint`, which the person types from that message,
/// must be the saved wallet's fingerprint to replace it. A wallet already saved (any name)
/// is not saved twice: the error names it.
#[tauri::command]
pub fn save_wallet(
    state: State<'_, AppState>,
    name: String,
    handle: String,
    replace_fingerprint: Option<String>,
) -> CmdResult<WalletView> {
    let name = name.trim();
    let saved = state
        .keychain
        .list()?
        .into_iter()
        .find(|w| w.name == name)
        .map(|w| w.fingerprint);
    let entry =
        state.with_phrase(&handle, |p| match (saved, replace_fingerprint.as_deref()) {
            (Some(old), Some(typed)) if old != p.fingerprint() => {
                if Fingerprint::from_hex(typed.trim()) != Some(old) {
                    return Err(IpcError::replace_not_confirmed(&old.to_string()));
                }
                Ok(state.keychain.replace(name, p, old)?)
            }
            _ => state.keychain.add(name, p).map_err(|e| match (e, saved) {
                (Error::WalletExists, Some(old)) => {
                    IpcError::wallet_exists(name, &old.to_string(), &p.fingerprint().to_string())
                }
                (e, _) => e.into(),
            }),
        })??;
    Ok(entry.into())
}

/// Loads a saved wallet's phrase into the app (not into the UI).
#[tauri::command]
pub fn open_wallet(state: State<'_, AppState>, name: String) -> CmdResult<PhraseView> {
    let phrase = state.keychain.get(&name)?;
    Ok(view(&state, phrase))
}

/// Whether checked cards of a wallet exist: an active set of it, verified after printing,
/// in this computer's record.
fn has_checked_cards(state: &AppState, fingerprint: Fingerprint) -> bool {
    state.record().is_some_and(|r| {
        r.sets.iter().any(|s| {
            s.fingerprint == fingerprint
                && s.status() == SetStatus::Active
                && s.verified_at.is_some()
        })
    })
}

/// Removes a wallet; `confirm` must repeat its name. When no checked cards of it are
/// recorded, the removal is refused with `only_copy` unless `only_copy_understood` says
/// the person was told so and asked a second time.
#[tauri::command]
pub fn remove_wallet(
    state: State<'_, AppState>,
    name: String,
    confirm: String,
    only_copy_understood: bool,
) -> CmdResult<()> {
    if confirm.trim() != name {
        return Err(IpcError::not_confirmed());
    }
    let wallet = state
        .keychain
        .list()?
        .into_iter()
        .find(|w| w.name == name)
        .ok_or(Error::WalletNotFound)?;
    if !only_copy_understood && !has_checked_cards(&state, wallet.fingerprint) {
        return Err(IpcError::only_copy(&name));
    }
    Ok(state.keychain.remove(&name)?)
}
