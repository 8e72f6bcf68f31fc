//! A machine without Tesseract (issue 15, point 3): the app still reads every QR code, and
//! a picture whose code is gone says that the printed text cannot be read here, instead of
//! sending the family to take the photo again. Its own test binary, because it takes
//! `tesseract` off the PATH of the whole process.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use common::{call, invoke};
use serde_json::json;
use tauri::ipc::InvokeBody;

#[test]
fn without_tesseract_a_picture_whose_code_is_gone_says_so() {
    use heirloom_testkit::{pdf as pictures, printed};
    // A PATH with no programs on it: `tesseract` cannot be started, as on a machine where
    // tesseract-ocr is not installed. Only this test runs in this process.
    let empty = std::env::temp_dir().join(format!("heirloom-no-ocr-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    std::env::set_var("PATH", &empty);

    let app = common::plain_app();
    let w = common::window(&app, "main");
    let (cards, _, _) = common::vector_set();
    let card = heirloom_core::Card::from_text(&cards[0]).unwrap();
    let img = printed::rendered(&card, 300);
    let open = |img: &image::GrayImage| {
        invoke(
            &w,
            common::request(
                "recovery_add_file",
                InvokeBody::Raw(pictures::png(img)),
                tauri::http::HeaderMap::new(),
            ),
        )
    };
    call(&w, "recovery_reset", json!({})).unwrap();

    // The code reads: the card goes on the board as before.
    let res = open(&img).unwrap();
    assert_eq!(res["added"], json!([1]), "{res}");
    assert_eq!(res["read_from_printed_text"], false);

    // The code painted over: not "no QR code, take it again" but why the text is not read.
    call(&w, "recovery_reset", json!({})).unwrap();
    let err = open(&printed::painted(&card, 235)).unwrap_err();
    assert_eq!(err["kind"], "no_qr_code_no_ocr", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("Tesseract"),
        "{err}"
    );
    let _ = std::fs::remove_dir(&empty);
}
