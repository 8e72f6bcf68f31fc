//! The set passphrase: six generated words by default, or a chosen one above the floor.
//! Either way the person types it back from their paper before any card is made, so the
//! cards are locked with what is written down, not with what was typed once.

use heirloom_core::{normalize_passphrase, strength, Passphrase, MIN_GUESSES_LOG10};
use tauri::{AppHandle, Manager, Runtime, State};
use zeroize::Zeroizing;

use crate::confirm::{self, SHOW_PASSPHRASE_AGAIN};
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
        handle: state.keep_passphrase(p, true),
        words,
    }
}

/// Where `typed` first differs from `expected`, word by word: `None` when they are the
/// same. Generated words are compared without regard to case (they are lower-case list
/// words, and recovery takes them in any case); a chosen passphrase exactly, after the
/// spec's normalisation, because the key depends on every character of it.
fn first_difference(expected: &str, typed: &str, generated: bool) -> Option<Mismatch> {
    let typed = Zeroizing::new(if generated {
        normalize_passphrase(typed).to_lowercase()
    } else {
        normalize_passphrase(typed)
    });
    if typed.as_str() == expected {
        return None;
    }
    let (want, got): (Vec<&str>, Vec<&str>) =
        (expected.split(' ').collect(), typed.split(' ').collect());
    if want.len() != got.len() {
        return Some(Mismatch::WordCount {
            expected: want.len(),
            typed: got.len(),
        });
    }
    let word = want.iter().zip(&got).position(|(a, b)| a != b).unwrap_or(0) + 1;
    Some(Mismatch::Word(word))
}

/// How a retyped passphrase differs from the one the cards will be locked with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mismatch {
    /// A different number of words.
    WordCount { expected: usize, typed: usize },
    /// This word (1-based) is the first that differs.
    Word(usize),
}

/// Checks the passphrase typed back from paper against the one held; on success the
/// handle may make cards. The error names the first word that differs.
#[tauri::command]
pub fn confirm_passphrase(
    state: State<'_, AppState>,
    handle: String,
    typed: String,
) -> CmdResult<()> {
    let typed = Zeroizing::new(typed);
    let mismatch = state.with_passphrase(&handle, |p, generated| {
        first_difference(p.normalized(), &typed, generated)
    })?;
    match mismatch {
        None => state.confirm_passphrase(&handle),
        Some(m) => Err(IpcError::passphrase_mismatch(m)),
    }
}

/// The generated words once more, for someone who did not finish writing them down: only
/// after the person at the screen says yes in a native dialog, which a script in the page
/// cannot answer. A chosen passphrase is never shown: the person typed it themselves.
#[tauri::command]
pub async fn show_passphrase_again<R: Runtime>(
    app: AppHandle<R>,
    handle: String,
) -> CmdResult<Vec<String>> {
    let generated = app
        .state::<AppState>()
        .with_passphrase(&handle, |_, generated| generated)?;
    if !generated {
        return Err(IpcError::not_shown_again());
    }
    confirm::ask(&app, SHOW_PASSPHRASE_AGAIN).await?;
    app.state::<AppState>().with_passphrase(&handle, |p, _| {
        p.normalized().split(' ').map(str::to_string).collect()
    })
}

/// How hard a chosen passphrase is to guess.
#[tauri::command]
pub fn passphrase_strength(text: String) -> StrengthView {
    let text = Zeroizing::new(text);
    let s = strength(&text);
    StrengthView {
        bits: s.guesses_log10 * LOG2_10,
        acceptable: s.acceptable,
        floor_bits: MIN_GUESSES_LOG10 * LOG2_10,
    }
}

/// Holds a chosen passphrase, if it clears the floor. It still has to be typed back with
/// [`confirm_passphrase`] before cards are made with it.
#[tauri::command]
pub fn use_chosen_passphrase(state: State<'_, AppState>, text: String) -> CmdResult<String> {
    let text = Zeroizing::new(text);
    let p = Passphrase::chosen(&text)?;
    Ok(state.keep_passphrase(p, false))
}

/// Forgets a passphrase the UI no longer needs (the wizard was left); its memory is wiped.
/// An unknown handle is not an error: it was forgotten already.
#[tauri::command]
pub fn forget_passphrase(state: State<'_, AppState>, handle: String) {
    state.forget_passphrase(&handle);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_differing_word_is_named() {
        let gen = "zoo wrist tribe gadget ocean valve";
        assert_eq!(
            first_difference(gen, "  Zoo wrist TRIBE gadget ocean valve ", true),
            None
        );
        assert_eq!(
            first_difference(gen, "zoo wrist tribe gadget ocean value", true),
            Some(Mismatch::Word(6))
        );
        assert_eq!(
            first_difference(gen, "zoo wrist tribe gadget ocean", true),
            Some(Mismatch::WordCount {
                expected: 6,
                typed: 5
            })
        );
        // A chosen passphrase: case and every letter count.
        let chosen = "blue roses grow under the old pier";
        assert_eq!(
            first_difference(chosen, "blue roses grow under the old pier", false),
            None
        );
        assert_eq!(
            first_difference(chosen, "blue rosses grow under the old pier", false),
            Some(Mismatch::Word(2))
        );
        assert_eq!(
            first_difference(chosen, "Blue roses grow under the old pier", false),
            Some(Mismatch::Word(1))
        );
    }
}
