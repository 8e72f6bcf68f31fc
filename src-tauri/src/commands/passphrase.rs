//! The set passphrase: six generated words by default, or a chosen one above the floor.

use heirloom_core::{strength, Passphrase, MIN_GUESSES_LOG10};
use tauri::State;

use crate::error::{CmdResult, IpcError};
use crate::state::AppState;
use crate::views::{GeneratedPassphrase, StrengthView};

const LOG2_10: f64 = std::f64::consts::LOG2_10;

/// Six new words, shown once.
#[tauri::command]
pub fn generate_passphrase(state: State<'_, AppState>) -> GeneratedPassphrase {
    let p = Passphrase::generate();
    let words = p.normalized().split(' ').map(str::to_string).collect();
    GeneratedPassphrase {
        handle: state.keep_passphrase(p),
        words,
    }
}

/// Checks the retyped words against the generated passphrase.
#[tauri::command]
pub fn confirm_passphrase(
    state: State<'_, AppState>,
    handle: String,
    typed: String,
) -> CmdResult<()> {
    let typed = zeroize::Zeroizing::new(heirloom_core::normalize_passphrase(&typed).to_lowercase());
    let same = state.with_passphrase(&handle, |p| p.normalized() == typed.as_str())?;
    if same {
        Ok(())
    } else {
        Err(IpcError::passphrase_mismatch())
    }
}

/// How hard a chosen passphrase is to guess.
#[tauri::command]
pub fn passphrase_strength(text: String) -> StrengthView {
    let text = zeroize::Zeroizing::new(text);
    let s = strength(&text);
    StrengthView {
        bits: s.guesses_log10 * LOG2_10,
        acceptable: s.acceptable,
        floor_bits: MIN_GUESSES_LOG10 * LOG2_10,
    }
}

/// Holds a chosen passphrase, if it clears the floor.
#[tauri::command]
pub fn use_chosen_passphrase(state: State<'_, AppState>, text: String) -> CmdResult<String> {
    let text = zeroize::Zeroizing::new(text);
    let p = Passphrase::chosen(&text)?;
    Ok(state.keep_passphrase(p))
}

/// Forgets a passphrase the UI no longer needs (the wizard was left); its memory is wiped.
/// An unknown handle is not an error: it was forgotten already.
#[tauri::command]
pub fn forget_passphrase(state: State<'_, AppState>, handle: String) {
    drop(state.take_passphrase(&handle));
}
