//! The language the page says it is shown in: kept by Rust for the native dialogs (whose
//! words Rust holds, never the page) and the family guide; anything else is refused and
//! changes nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use common::{call, plain_app, state, window};
use heirloom_app::confirm;
use heirloom_core::render::GuideLanguage;
use serde_json::json;

#[test]
fn the_page_sets_the_language_of_the_dialogs_and_nothing_else_is_taken() {
    let app = plain_app();
    let w = window(&app, "main");
    // The process runs under the test harness's locale; the page's word replaces it.
    call(&w, "set_language", json!({ "language": "ja" })).unwrap();
    assert_eq!(state(&app).language(), GuideLanguage::Japanese);
    let question = confirm::REVEAL_PHRASE.words(state(&app).language());
    assert!(
        question.title.contains("リカバリーフレーズ"),
        "{}",
        question.title
    );

    for bad in [
        json!({ "language": "xx" }),
        json!({ "language": "EN" }),
        json!({ "language": "zh-Hant" }),
        json!({ "language": 3 }),
        json!({ "language": "x".repeat(100_000) }),
        json!({}),
    ] {
        assert!(call(&w, "set_language", bad.clone()).is_err(), "{bad:.40}");
        assert_eq!(state(&app).language(), GuideLanguage::Japanese, "{bad:.40}");
    }
    call(&w, "set_language", json!({ "language": "zh-Hans" })).unwrap();
    assert_eq!(state(&app).language(), GuideLanguage::ChineseSimplified);
    let question = confirm::REVEAL_SEEDQR.words(state(&app).language());
    assert!(question.message.contains("SeedQR"), "{}", question.message);
    assert!(question.title.contains("二维码"), "{}", question.title);
}
