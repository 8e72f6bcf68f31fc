//! The language the app speaks. The page chooses it (the person's choice, else the
//! system's) and says so when it starts and when the person switches it, so that the native
//! dialogs Rust opens, and the family guide, speak it too.

use heirloom_core::render::GuideLanguage;
use tauri::State;

use crate::state::AppState;

/// The page is now shown in `language`.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, language: GuideLanguage) {
    state.set_language(language);
}
