//! The recovery phrase: make one, import one, and the one explicit way to see its words,
//! which the person at the screen confirms in a native dialog.

use heirloom_core::{language_name, suggest, wordlist, Language, Phrase};
use tauri::{AppHandle, Manager, Runtime, State};

use crate::confirm::{self, Question, REVEAL_PHRASE, REVEAL_SEEDQR};
use crate::error::{CmdResult, IpcError};
use crate::state::AppState;
use crate::views::{PhraseView, WordList};

/// The public view of a phrase the app now holds.
pub fn view(state: &AppState, phrase: Phrase) -> PhraseView {
    view_of(phrase, |p| state.keep_phrase(p))
}

/// The public view of a phrase read from the keychain after the person said yes to it in
/// the native dialog: that yes stands, for a moment, for showing its words too.
pub fn approved_view(state: &AppState, phrase: Phrase) -> PhraseView {
    view_of(phrase, |p| state.keep_approved_phrase(p))
}

fn view_of(phrase: Phrase, keep: impl FnOnce(Phrase) -> String) -> PhraseView {
    let words = phrase.word_count();
    let fingerprint = phrase.fingerprint().to_string();
    let language = language_name(phrase.language());
    PhraseView {
        handle: keep(phrase),
        words,
        fingerprint,
        language,
    }
}

/// A new phrase of 12 or 24 (any BIP-39 count) words, optionally mixed with dice rolls, in
/// the words of `language` (English when not given).
#[tauri::command]
pub fn generate_phrase(
    state: State<'_, AppState>,
    words: usize,
    dice: Option<String>,
    language: Option<WordList>,
) -> CmdResult<PhraseView> {
    let dice = dice.filter(|d| !d.trim().is_empty());
    let language = language.map_or(Language::English, WordList::language);
    let phrase = Phrase::generate_in(words, dice.as_deref(), language)?;
    Ok(view(&state, phrase))
}

/// Imports a typed phrase, of the list the person chose or else of any list; errors name a
/// word's position, never the word.
#[tauri::command]
pub fn import_phrase(
    state: State<'_, AppState>,
    text: String,
    language: Option<WordList>,
) -> CmdResult<PhraseView> {
    let text = zeroize::Zeroizing::new(text);
    let phrase = match language {
        Some(list) => Phrase::parse_in(&text, list.language())?,
        None => Phrase::parse(&text)?,
    };
    Ok(view(&state, phrase))
}

/// A word list, for completion while typing (English when not given): the words as people
/// see and type them (NFC), not the lists' decomposed form. Public data.
#[tauri::command]
pub fn word_list(language: Option<WordList>) -> Vec<String> {
    let language = language.map_or(Language::English, WordList::language);
    language
        .word_list()
        .iter()
        .map(|w| wordlist::shown(w))
        .collect()
}

/// The closest words of a list (English when not given) to a mistyped word.
#[tauri::command]
pub fn suggest_words(word: String, language: Option<WordList>) -> Vec<String> {
    let word = zeroize::Zeroizing::new(word);
    let language = language.map_or(Language::English, WordList::language);
    suggest(&word, language)
        .into_iter()
        .map(wordlist::shown)
        .collect()
}

/// The list word a typed word stands for in `language`: itself in any case, a Spanish or
/// French word without its accents, or its first four letters. None when it is no word of
/// the list.
#[tauri::command]
pub fn complete_word(word: String, language: WordList) -> Option<String> {
    let word = zeroize::Zeroizing::new(word);
    wordlist::complete(language.language(), &word).map(wordlist::shown)
}

/// The most words a phrase has: the most [`detect_word_list`] reads.
const MAX_PHRASE_WORDS: usize = 24;

/// The list that most of the typed words are on, or None when none is on any. Reads the
/// first 24 words (a phrase has no more), each up to the core's longest word.
#[tauri::command]
pub fn detect_word_list(words: Vec<String>) -> Option<WordList> {
    let words: Vec<zeroize::Zeroizing<String>> = words
        .into_iter()
        .take(MAX_PHRASE_WORDS)
        .map(zeroize::Zeroizing::new)
        .collect();
    let typed: Vec<&str> = words.iter().map(|w| w.as_str()).collect();
    wordlist::detect(&typed).map(WordList::of)
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
        p.words().split(' ').map(wordlist::shown).collect()
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

/// Asks `question` about the phrase of `handle` in the native dialog, unless the person
/// said yes to reading it from the keychain a moment ago (one question, not two in a row).
/// A handle that no longer works is said first, without asking anything. Once the words
/// are shown, checks of written words may fail again.
async fn confirmed<R: Runtime>(
    app: &AppHandle<R>,
    handle: &str,
    question: Question,
) -> CmdResult<()> {
    let state = app.state::<AppState>();
    state.with_phrase(handle, |_| ())?;
    if !state.take_approval(handle) {
        confirm::ask(app, question).await?;
    }
    state.words_shown(handle);
    Ok(())
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

/// How many words are read back from paper in one check: the page asks three.
pub const WORDS_READ_BACK: usize = 3;

/// Checks a few words read back from the person's paper against the held phrase, as a
/// hardware wallet does before it trusts that the words were written down. The error
/// names the positions that differ, never a word. Each check tells right from wrong word
/// by word, so it is bounded: at most [`WORDS_READ_BACK`] different positions, and a few
/// wrong checks before the words must be shown again (`too_many_wrong_words`).
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
    let mut positions: Vec<usize> = words.iter().map(|(p, _)| *p).collect();
    positions.sort_unstable();
    positions.dedup();
    let well_formed =
        !words.is_empty() && words.len() <= WORDS_READ_BACK && positions.len() == words.len();
    if well_formed && words.iter().all(|(_, typed)| typed.trim().is_empty()) {
        // Nothing typed tells nothing about the phrase: not counted as a wrong check.
        state.with_phrase(&handle, |_| ())?;
        return Err(IpcError::written_words_differ(&positions));
    }
    let mut wrong = Vec::new();
    let right = state.count_check(&handle, |p| {
        let held = p.words();
        let list: Vec<&str> = held.split(' ').collect();
        let language = p.language();
        wrong = words
            .iter()
            .filter(|(pos, typed)| {
                *pos == 0
                    || list
                        .get(*pos - 1)
                        .is_none_or(|w| !wordlist::names_word(language, w, typed))
            })
            .map(|(pos, _)| *pos)
            .collect();
        well_formed && wrong.is_empty()
    })?;
    if right {
        Ok(())
    } else if well_formed {
        Err(IpcError::written_words_differ(&wrong))
    } else {
        Err(IpcError::written_words_differ(&[]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One naming: the lists cross IPC by the names the card format and the core use.
    #[test]
    fn word_lists_are_named_as_the_core_names_them() {
        for lang in heirloom_core::LANGUAGES {
            let list = WordList::of(lang);
            assert_eq!(list.language(), lang);
            assert_eq!(serde_json::to_value(list).unwrap(), language_name(lang));
        }
        assert!(serde_json::from_value::<WordList>("klingon".into()).is_err());
    }

    #[test]
    fn lists_are_sent_as_people_type_them() {
        let korean = word_list(Some(WordList::Korean));
        assert_eq!(korean.len(), 2048);
        assert_eq!(korean[0], "가격", "composed syllables, not jamo");
        assert_eq!(word_list(None)[0], "abandon");
        assert_eq!(
            complete_word("abaco".into(), WordList::Spanish).as_deref(),
            Some("ábaco")
        );
        assert_eq!(
            complete_word("ABAC".into(), WordList::Spanish).as_deref(),
            Some("ábaco")
        );
        assert_eq!(complete_word("abaco".into(), WordList::English), None);
        assert_eq!(
            suggest_words("abeha".into(), Some(WordList::Spanish))[0],
            "abeja"
        );
        assert_eq!(suggest_words("abuot".into(), None)[0], "about");
    }

    #[test]
    fn the_list_is_detected_from_at_most_a_phrase_of_words() {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            detect_word_list(words(&["abeja", "acido", "zzz"])),
            Some(WordList::Spanish)
        );
        assert_eq!(
            detect_word_list(words(&["あいさつ"])),
            Some(WordList::Japanese)
        );
        assert_eq!(detect_word_list(words(&["zzz"])), None);
        // Only the first 24 are read: Spanish words after them do not count.
        let mut many = vec!["abandon".to_string(); 24];
        many.extend(vec!["abeja".to_string(); 100]);
        assert_eq!(detect_word_list(many), Some(WordList::English));
    }

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
