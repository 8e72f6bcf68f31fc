//! The word-list commands through Tauri's mock runtime with the app's real capabilities:
//! a phrase of any of the ten lists made, imported (without accents, with ideographic
//! spaces) and read back from paper, and the lists named as the core names them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use common::call;
use heirloom_core::{language_name, Language, Phrase, LANGUAGES};
use serde_json::{json, Value};
use tauri::test::MockRuntime;
use tauri::{App, WebviewWindow};

fn app() -> App<MockRuntime> {
    let app = common::plain_app();
    // The test's "yes" to the native question before words are shown.
    common::state(&app).set_confirm(Box::new(|_| true));
    app
}

fn window(app: &App<MockRuntime>) -> WebviewWindow<MockRuntime> {
    common::window(app, "main")
}

/// A phrase of `lang` whose words have accents (or voicing marks), as the list has it.
fn marked_phrase(lang: Language) -> Phrase {
    (0u8..=255)
        .map(|b| Phrase::from_entropy(&[b; 16], lang).unwrap())
        .find(|p| p.words().chars().any(|c| !c.is_ascii() && c != ' '))
        .unwrap()
}

/// Accents dropped as on a keyboard without them (the words come composed, NFC).
fn without_accents(words: &str) -> String {
    words
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'î' | 'ï' => 'i',
            'ó' | 'ô' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

#[test]
fn a_spanish_phrase_typed_without_accents_is_imported_in_spanish() {
    let app = app();
    let w = window(&app);
    let p = marked_phrase(Language::Spanish);
    let typed = without_accents(&heirloom_core::wordlist::shown(&p.words()));
    assert!(typed.is_ascii(), "{typed}");
    let view = call(&w, "import_phrase", json!({ "text": typed })).unwrap();
    assert_eq!(view["language"], "spanish");
    assert_eq!(view["fingerprint"], p.fingerprint().to_string());
    // Shown in its own language, with its accents, composed.
    let shown = call(&w, "reveal_phrase", json!({ "handle": view["handle"] })).unwrap();
    let shown: Vec<String> = serde_json::from_value(shown).unwrap();
    assert_eq!(shown.join(" "), heirloom_core::wordlist::shown(&p.words()));

    // Chosen as English, the same words are refused at word 1, by position.
    let err = call(
        &w,
        "import_phrase",
        json!({ "text": typed, "language": "english" }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "unknown_word", "{err}");
    assert_eq!(err["details"]["position"], 1);
    // An unknown list is refused before the command runs.
    assert!(call(
        &w,
        "import_phrase",
        json!({ "text": typed, "language": "klingon" })
    )
    .is_err());
}

#[test]
fn a_japanese_phrase_with_ideographic_spaces() {
    let app = app();
    let w = window(&app);
    let p = marked_phrase(Language::Japanese);
    let typed = heirloom_core::wordlist::shown(&p.words()).replace(' ', "\u{3000}");
    let view = call(
        &w,
        "import_phrase",
        json!({ "text": typed, "language": "japanese" }),
    )
    .unwrap();
    assert_eq!(view["language"], "japanese");
    assert_eq!(view["fingerprint"], p.fingerprint().to_string());
}

#[test]
fn a_new_phrase_in_every_list_checked_back_from_paper() {
    let app = app();
    let w = window(&app);
    for lang in LANGUAGES {
        let name = language_name(lang);
        let view = call(
            &w,
            "generate_phrase",
            json!({ "words": 12, "language": name }),
        )
        .unwrap();
        assert_eq!(view["language"], name);
        let words: Vec<String> = serde_json::from_value(
            call(&w, "reveal_phrase", json!({ "handle": view["handle"] })).unwrap(),
        )
        .unwrap();
        let back = Phrase::parse_in(&words.join(" "), lang).unwrap();
        assert_eq!(
            back.fingerprint().to_string(),
            view["fingerprint"],
            "{name}"
        );
        // Read back from paper: composed as typed, and without accents (Spanish, French;
        // the other lists have none to leave out).
        let written = |k: usize, word: String| json!({ "position": k + 1, "word": word });
        let paper: Vec<Value> = words
            .iter()
            .enumerate()
            .map(|(k, word)| written(k, without_accents(word)))
            .collect();
        // Three words a check, as the page asks them.
        for three in paper.chunks(3) {
            let checked = call(
                &w,
                "check_phrase_words",
                json!({ "handle": view["handle"], "words": three }),
            );
            assert!(checked.is_ok(), "{name}: {checked:?}");
        }
        let exact: Vec<Value> = words
            .iter()
            .enumerate()
            .map(|(k, word)| written(k, word.clone()))
            .collect();
        for three in exact.chunks(3) {
            call(
                &w,
                "check_phrase_words",
                json!({ "handle": view["handle"], "words": three }),
            )
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
    // No list named: English, as before.
    let view = call(&w, "generate_phrase", json!({ "words": 12 })).unwrap();
    assert_eq!(view["language"], "english");
}

#[test]
fn completion_and_detection_for_the_page() {
    let app = app();
    let w = window(&app);
    let list = call(&w, "word_list", json!({ "language": "spanish" })).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2048);
    assert_eq!(list[0], "ábaco");
    let english = call(&w, "word_list", json!({})).unwrap();
    assert_eq!(english[0], "abandon", "no list named: English");
    let done = call(
        &w,
        "complete_word",
        json!({ "word": "acci", "language": "spanish" }),
    )
    .unwrap();
    assert_eq!(done, "acción");
    let found = call(
        &w,
        "detect_word_list",
        json!({ "words": ["あいさつ", "あいだ"] }),
    )
    .unwrap();
    assert_eq!(found, "japanese");
    let s = call(&w, "suggest_words", json!({ "word": "abuot" })).unwrap();
    assert_eq!(s[0], "about");
}
