//! The recovery phrase: make one, import one, and the one explicit way to see its words,
//! which the person at the screen confirms in a native dialog.

use heirloom_core::{language_name, suggest, Language, Phrase};
use tauri::{AppHandle, Manager, Runtime, State};

use crate::confirm::{Question, REVEAL_PHRASE, REVEAL_SEEDQR};
use crate::error::{CmdResult, IpcError};
use crate::state::AppState;
use crate::views::PhraseView;

/// The public view of a phrase the app now holds.
pub fn view(state: &AppState, phrase: Phrase) -> PhraseView {
    let words = phrase.word_count();
    let fingerprint = phrase.fingerprint().to_string();
    let language = language_name(phrase.language());
    PhraseView {
        handle: state.keep_phrase(phrase),
        words,
        fingerprint,
        language,
    }
}

/// A new phrase of 12 or 24 (any BIP-39 count) words, optionally mixed with dice rolls.
#[tauri::command]
pub fn generate_phrase(
    state: State<'_, AppState>,
    words: usize,
    dice: Option<String>,
) -> CmdResult<PhraseView> {
    let dice = dice.filter(|d| !d.trim().is_empty());
    let phrase = Phrase::generate_mixed(words, dice.as_deref())?;
    Ok(view(&state, phrase))
}

/// Imports a typed phrase; errors name a word's position, never the word.
#[tauri::command]
pub fn import_phrase(state: State<'_, AppState>, text: String) -> CmdResult<PhraseView> {
    let text = zeroize::Zeroizing::new(text);
    let phrase = Phrase::parse(&text)?;
    Ok(view(&state, phrase))
}

/// The English BIP-39 word list, for completion while typing. Public data.
#[tauri::command]
pub fn word_list() -> Vec<&'static str> {
    Language::English.word_list().to_vec()
}

/// The closest list words to a mistyped word.
#[tauri::command]
pub fn suggest_words(word: String) -> Vec<&'static str> {
    let word = zeroize::Zeroizing::new(word);
    suggest(&word, Language::English)
}

/// The words of a phrase: the only command that sends them to the UI, and only after the
/// person at the screen says yes in a native dialog, which a script in the page cannot
/// answer. "No", or no dialog, shows nothing (`declined`).
#[tauri::command]
pub async fn reveal_phrase<R: Runtime>(
    app: AppHandle<R>,
    handle: String,
) -> CmdResult<Vec<String>> {
    confirmed(&app, &handle, REVEAL_PHRASE).await?;
    app.state::<AppState>().with_phrase(&handle, |p| {
        p.words().split(' ').map(str::to_string).collect()
    })
}

/// The phrase as a Standard SeedQR (SVG), for a hardware wallet to scan. Shares the reveal
/// permission, and asks the person at the screen the same way: it is the phrase.
#[tauri::command]
pub async fn reveal_seedqr<R: Runtime>(
    app: AppHandle<R>,
    handle: String,
) -> CmdResult<Option<String>> {
    confirmed(&app, &handle, REVEAL_SEEDQR).await?;
    app.state::<AppState>().with_phrase(&handle, |p| {
        heirloom_core::qr::seed_qr_svg(p).map(|svg| svg.to_string())
    })
}

/// Asks `question` about the phrase of `handle` in the native dialog, off the main thread.
/// A handle that no longer works is said first, without asking anything.
async fn confirmed<R: Runtime>(
    app: &AppHandle<R>,
    handle: &str,
    question: Question,
) -> CmdResult<()> {
    app.state::<AppState>().with_phrase(handle, |_| ())?;
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

/// Forgets a phrase the UI no longer needs; its memory is wiped.
#[tauri::command]
pub fn forget_phrase(state: State<'_, AppState>, handle: String) {
    state.forget_phrase(&handle);
}

/// One word of the phrase as the person wrote it down: its position (1-based) and the word.
/// Not `Clone`, and its `Debug` prints no word: the word is part of the phrase.
#[derive(serde::Deserialize, ts_rs::TS)]
pub struct WrittenWord {
    /// Position in the phrase, 1-based.
    pub position: usize,
    /// The word as read from the paper.
    pub word: String,
}

impl std::fmt::Debug for WrittenWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WrittenWord(position {}, <redacted>)", self.position)
    }
}

/// Checks a few words read back from the person's paper against the held phrase, as a
/// hardware wallet does before it trusts that the words were written down. The error
/// names the positions that differ, never a word.
#[tauri::command]
pub fn check_phrase_words(
    state: State<'_, AppState>,
    handle: String,
    words: Vec<WrittenWord>,
) -> CmdResult<()> {
    let words: Vec<(usize, zeroize::Zeroizing<String>)> = words
        .into_iter()
        .map(|w| (w.position, zeroize::Zeroizing::new(w.word)))
        .collect();
    let wrong = state.with_phrase(&handle, |p| {
        let held = p.words();
        let list: Vec<&str> = held.split(' ').collect();
        words
            .iter()
            .filter(|(pos, typed)| {
                let typed = typed.trim().to_lowercase();
                *pos == 0
                    || list
                        .get(*pos - 1)
                        .is_none_or(|w| !expand_matches(w, &typed))
            })
            .map(|(pos, _)| *pos)
            .collect::<Vec<usize>>()
    })?;
    if words.is_empty() || !wrong.is_empty() {
        return Err(IpcError::written_words_differ(&wrong));
    }
    Ok(())
}

/// A word read back matches a phrase word when it is the word, or its first four letters
/// (BIP-39 words are unique in their first four).
fn expand_matches(word: &str, typed: &str) -> bool {
    typed == word || (typed.chars().count() >= 4 && word.starts_with(typed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_word_never_prints_its_word() {
        let w: WrittenWord = serde_json::from_str(r#"{"position": 3, "word": "zoo"}"#).unwrap();
        let shown = format!("{w:?}");
        assert!(
            shown.contains("position 3") && !shown.contains("zoo"),
            "{shown}"
        );
    }
}
