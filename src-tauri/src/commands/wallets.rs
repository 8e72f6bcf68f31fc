//! Wallets in the operating system's keychain. No single action here can lose the only copy
//! of a phrase: a wallet is saved once, a replacement names the wallet it replaces and is
//! written beside it before the old words go, and removing a wallet without checked cards
//! is asked twice.
//!
//! The keychain may be a D-Bus call away and may prompt to be unlocked: every command here
//! works off the main thread ([`off_main`]).

use heirloom_core::registry::SetStatus;
use heirloom_core::{Error, Fingerprint};
use tauri::{AppHandle, Manager, Runtime};

use crate::commands::off_main;
use crate::commands::phrase::approved_view;
use crate::confirm::{self, OPEN_WALLET};
use crate::error::{CmdResult, IpcError};
use crate::state::AppState;
use crate::views::{KeychainStatus, PhraseView, WalletView};

/// Whether the keychain can be used right now, and if not, why.
#[tauri::command]
pub async fn keychain_status<R: Runtime>(app: AppHandle<R>) -> CmdResult<KeychainStatus> {
    off_main(&app, |state| Ok(status(state))).await
}

fn status(state: &AppState) -> KeychainStatus {
    match state.keychain.list() {
        Ok(_) => KeychainStatus {
            available: true,
            problem: None,
        },
        Err(e) => KeychainStatus {
            available: false,
            problem: Some(IpcError::from(e)),
        },
    }
}

/// The wallets saved on this computer.
#[tauri::command]
pub async fn list_wallets<R: Runtime>(app: AppHandle<R>) -> CmdResult<Vec<WalletView>> {
    off_main(&app, |state| {
        Ok(state
            .keychain
            .list()?
            .into_iter()
            .map(WalletView::from)
            .collect())
    })
    .await
}

/// Saves the held phrase of `phrase_handle` under a name. A name taken by another wallet is
/// refused with both fingerprints named; `replace_fingerprint`, which the person types from
/// that message, must be the saved wallet's fingerprint to replace it. A wallet already
/// saved (any name) is not saved twice: the error names it.
#[tauri::command]
pub async fn save_wallet<R: Runtime>(
    app: AppHandle<R>,
    name: String,
    phrase_handle: String,
    replace_fingerprint: Option<String>,
) -> CmdResult<WalletView> {
    off_main(&app, move |state| {
        save(
            state,
            name.trim(),
            &phrase_handle,
            replace_fingerprint.as_deref(),
        )
    })
    .await
}

fn save(
    state: &AppState,
    name: &str,
    phrase_handle: &str,
    replace_fingerprint: Option<&str>,
) -> CmdResult<WalletView> {
    let saved = state
        .keychain
        .list()?
        .into_iter()
        .find(|w| w.name == name)
        .map(|w| w.fingerprint);
    let entry = state.with_phrase(phrase_handle, |p| match (saved, replace_fingerprint) {
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
pub async fn open_wallet<R: Runtime>(app: AppHandle<R>, name: String) -> CmdResult<PhraseView> {
    let phrase = off_main(&app, move |state| Ok(state.keychain.get(&name)?)).await?;
    confirm::ask(&app, OPEN_WALLET).await?;
    let state = app.state::<AppState>();
    Ok(approved_view(&state, phrase))
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
pub async fn remove_wallet<R: Runtime>(
    app: AppHandle<R>,
    name: String,
    confirm: String,
    only_copy_understood: bool,
) -> CmdResult<()> {
    off_main(&app, move |state| {
        remove(state, &name, &confirm, only_copy_understood)
    })
    .await
}

fn remove(
    state: &AppState,
    name: &str,
    confirm: &str,
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
    if !only_copy_understood && !has_checked_cards(state, wallet.fingerprint) {
        return Err(IpcError::only_copy(name));
    }
    Ok(state.keychain.remove(name)?)
}
