//! A script in the page cannot get a phrase out without the person at the screen: through
//! Tauri's mock runtime with the app's real capabilities, the ways around the reveal dialog
//! that a page could try. A saved phrase is read from the keychain only after a native yes
//! (cards made from it under a passphrase the page chose would give it away), and checking
//! words read back from paper cannot be turned into a guessing game.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use std::sync::{Arc, Mutex};

use common::{call, state};
use heirloom_app::confirm::{Question, OPEN_WALLET, REVEAL_PHRASE};
use heirloom_app::state::WRONG_CHECKS_ALLOWED;
use serde_json::{json, Value};
use tauri::test::MockRuntime;
use tauri::{App, WebviewWindow};

const ABANDON: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

fn app_and_window() -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = common::plain_app();
    let w = common::window(&app, "main");
    (app, w)
}

/// Answers every native question with `yes`; the questions asked.
fn answer(app: &App<MockRuntime>, yes: bool) -> Arc<Mutex<Vec<Question>>> {
    let asked = Arc::new(Mutex::new(Vec::new()));
    let seen = asked.clone();
    state(app).set_confirm(Box::new(move |q| {
        seen.lock().unwrap().push(*q);
        yes
    }));
    asked
}

fn save_gran(w: &WebviewWindow<MockRuntime>) {
    let p = call(w, "import_phrase", json!({ "text": ABANDON })).unwrap();
    call(
        w,
        "save_wallet",
        json!({ "name": "Gran", "phraseHandle": p["handle"] }),
    )
    .unwrap();
    call(w, "forget_phrase", json!({ "handle": p["handle"] })).unwrap();
}

#[test]
fn a_saved_phrase_is_read_only_after_a_native_yes() {
    let (app, w) = app_and_window();
    save_gran(&w);
    let open = || call(&w, "open_wallet", json!({ "name": "Gran" }));
    // No dialog (a page trying alone), or "no": no handle, so no cards and no check.
    assert_eq!(open().unwrap_err()["kind"], "declined");
    let asked = answer(&app, false);
    assert_eq!(open().unwrap_err()["kind"], "declined");
    assert_eq!(*asked.lock().unwrap(), [OPEN_WALLET]);
    // A name that is not saved asks nothing.
    let missing = call(&w, "open_wallet", json!({ "name": "Nobody" })).unwrap_err();
    assert_eq!(missing["kind"], "wallet_not_found");
    assert_eq!(asked.lock().unwrap().len(), 1);

    // Yes: the handle; showing its words right after asks no second question...
    let asked = answer(&app, true);
    let p = open().unwrap();
    assert_eq!(p["fingerprint"], "73c5da0a");
    let reveal = || call(&w, "reveal_phrase", json!({ "handle": p["handle"] }));
    assert_eq!(reveal().unwrap().as_array().unwrap().len(), 12);
    assert_eq!(*asked.lock().unwrap(), [OPEN_WALLET]);
    // ...but that yes is used up: the next showing asks again, and "no" shows nothing.
    let asked = answer(&app, false);
    assert_eq!(reveal().unwrap_err()["kind"], "declined");
    assert_eq!(*asked.lock().unwrap(), [REVEAL_PHRASE]);
}

/// The page asks three words back; a page trying to find the words one by one gets a
/// handful of wrong checks, then nothing until the words are shown again, which asks.
#[test]
fn words_read_back_from_paper_cannot_be_guessed_one_by_one() {
    let (app, w) = app_and_window();
    let p = call(&w, "import_phrase", json!({ "text": ABANDON })).unwrap();
    let check = |words: Value| {
        call(
            &w,
            "check_phrase_words",
            json!({ "handle": p["handle"], "words": words }),
        )
    };
    let right = json!([
        { "position": 1, "word": "abandon" },
        { "position": 2, "word": "abandon" },
        { "position": 12, "word": "about" }
    ]);
    check(right.clone()).unwrap();

    // More than three words, or one position twice, tells nothing and counts as wrong.
    let all: Vec<Value> = (1..=11)
        .map(|k| json!({ "position": k, "word": "abandon" }))
        .collect();
    let many = check(json!(all)).unwrap_err();
    assert_eq!(many["kind"], "written_words_differ");
    assert_eq!(many["details"]["positions"], json!([]));
    let twice = check(json!([
        { "position": 3, "word": "abandon" },
        { "position": 3, "word": "about" }
    ]))
    .unwrap_err();
    assert_eq!(twice["details"]["positions"], json!([]));
    // Boxes left empty say which words to type, and are not counted.
    for _ in 0..10 {
        let empty = check(json!([{ "position": 4, "word": " " }])).unwrap_err();
        assert_eq!(empty["details"]["positions"], json!([4]));
    }
    // Wrong words, up to the allowance; then even the right words are not checked.
    for _ in 2..WRONG_CHECKS_ALLOWED {
        let wrong = check(json!([{ "position": 5, "word": "zoo" }])).unwrap_err();
        assert_eq!(wrong["details"]["positions"], json!([5]));
    }
    for words in [json!([{ "position": 5, "word": "zoo" }]), right.clone()] {
        let stopped = check(words).unwrap_err();
        assert_eq!(stopped["kind"], "too_many_wrong_words");
        assert_eq!(stopped["details"]["allowed"], WRONG_CHECKS_ALLOWED);
    }
    // Showing the words needs the person's yes; a no leaves the checks stopped.
    answer(&app, false);
    assert_eq!(
        call(&w, "reveal_phrase", json!({ "handle": p["handle"] })).unwrap_err()["kind"],
        "declined"
    );
    assert_eq!(
        check(right.clone()).unwrap_err()["kind"],
        "too_many_wrong_words"
    );
    answer(&app, true);
    call(&w, "reveal_phrase", json!({ "handle": p["handle"] })).unwrap();
    check(right).unwrap();
}

/// A page calling for passphrases in a loop holds a few at most, and each goes with time
/// like the phrase.
#[test]
fn passphrases_held_are_few_and_go_with_time() {
    let (app, w) = app_and_window();
    let made: Vec<Value> = (0..10)
        .map(|_| call(&w, "generate_passphrase", json!({})).unwrap())
        .collect();
    let alive = |g: &Value| {
        call(
            &w,
            "confirm_passphrase",
            json!({ "handle": g["handle"], "typed": "not the words" }),
        )
        .unwrap_err()["kind"]
            != "expired"
    };
    let kept: Vec<bool> = made.iter().map(alive).collect();
    assert_eq!(kept.iter().filter(|k| **k).count(), 4, "{kept:?}");
    assert!(
        kept[6..].iter().all(|k| *k),
        "the newest are kept: {kept:?}"
    );

    state(&app).set_phrase_idle_limit(std::time::Duration::from_millis(100));
    std::thread::sleep(std::time::Duration::from_millis(150));
    assert!(!alive(&made[9]), "a passphrase unused too long is dropped");
}
