//! Typed cards kept for correction, through the IPC as the page calls it (issue 14, point
//! 3): a card typed with mistakes is kept as typed, counts toward the cards needed, and is
//! corrected by `recovery_combine` only with the right passphrase, which answers what was
//! corrected; with a wrong one, the passphrase is named, not the card. One beyond
//! correction is named, or left out when the other cards are enough.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use common::{call, plain_app, vector_set, window};
use serde_json::json;

/// `text` with the character at `at` replaced by another of the alphabet.
fn substituted(text: &str, at: usize) -> String {
    let mut b = text.as_bytes().to_vec();
    b[at] = if b[at] == b'Q' { b'R' } else { b'Q' };
    String::from_utf8(b).unwrap()
}

#[test]
fn a_typed_card_is_kept_and_corrected_only_with_the_right_passphrase() {
    let app = plain_app();
    let w = window(&app, "main");
    let (cards, passphrase, phrase) = vector_set();
    let combine = |p: &str| {
        call(
            &w,
            "recovery_combine",
            json!({ "passphrase": p, "onProgress": "__CHANNEL__:7" }),
        )
    };

    call(&w, "recovery_reset", json!({})).unwrap();
    let typo = substituted(&cards[1], 40);
    let refused = call(&w, "recovery_add_text", json!({ "text": typo })).unwrap_err();
    assert_eq!(refused["kind"], "typo");
    // Kept as typed: nothing added, but on the board as card 2 and counted.
    let kept = call(
        &w,
        "recovery_keep_typed",
        json!({ "text": typo.to_lowercase() }),
    )
    .unwrap();
    assert_eq!(kept["added"], json!([]));
    assert_eq!(kept["board"]["typed"][0]["index"], 2);
    assert_eq!(kept["board"]["typed"][0]["group"], 7);
    assert_eq!(kept["board"]["still_needed"], 1, "the typed card counts");
    // Not a card at all is not kept.
    let junk = call(&w, "recovery_keep_typed", json!({ "text": "HELLO WORLD" })).unwrap_err();
    assert_eq!(junk["kind"], "not_a_card");
    // One card short: said before any key derivation.
    let short = combine(&passphrase).unwrap_err();
    assert_eq!(short["kind"], "not_enough_cards");

    let board = call(&w, "recovery_add_text", json!({ "text": cards[0] })).unwrap();
    assert_eq!(board["board"]["still_needed"], 0);
    // A wrong passphrase: card 1 reads and does not open, so the passphrase is named.
    let wrong = combine("dice rib rude curious tube tube").unwrap_err();
    assert_eq!(wrong["kind"], "wrong_passphrase");

    let got = combine(&passphrase).unwrap();
    let correction = &got["corrections"][0];
    assert_eq!(correction["index"], 2);
    assert_eq!(
        correction["groups"],
        json!([{ "group": 7, "typed": &typo[36..42], "corrected": &cards[1][36..42] }])
    );
    let handle = got["phrase"]["handle"].as_str().unwrap();
    assert_eq!(got["phrase"]["fingerprint"], "dda64471");
    assert!(!got.to_string().contains(&phrase), "the words stay in Rust");
    call(&w, "forget_phrase", json!({ "handle": handle })).unwrap();

    // Taken out again: one card short once more.
    let board = call(&w, "recovery_remove_typed", json!({ "position": 0 })).unwrap();
    assert_eq!(board["typed"], json!([]));
    assert_eq!(board["still_needed"], 1);
}

/// `text` with a character changed in each of nine groups after group 5: beyond what
/// the search of spec section 14 mends (at most eight failing groups).
fn beyond_correction(text: &str) -> String {
    (5..14).fold(text.to_owned(), |t, g| substituted(&t, g * 6 + 2))
}

#[test]
fn a_typed_card_beyond_correction_is_named_with_what_to_do() {
    let app = plain_app();
    let w = window(&app, "main");
    let (cards, passphrase, _) = vector_set();
    let combine = || {
        call(
            &w,
            "recovery_combine",
            json!({ "passphrase": passphrase, "onProgress": "__CHANNEL__:8" }),
        )
    };
    // A wrong character in each of nine groups: more than Heirloom corrects for certain.
    let hopeless = beyond_correction(&cards[1]);
    call(&w, "recovery_reset", json!({})).unwrap();
    call(&w, "recovery_keep_typed", json!({ "text": hopeless })).unwrap();
    call(&w, "recovery_add_text", json!({ "text": cards[2] })).unwrap();
    let e = combine().unwrap_err();
    assert_eq!(e["kind"], "typo");
    let message = e["message"].as_str().unwrap();
    assert!(
        message.starts_with("Heirloom could not correct card 2, which you typed"),
        "{message}"
    );
    assert!(message.contains("type it again"), "{message}");

    // Every card typed, none correctable: the passphrase may be the cause too, and is
    // named first.
    call(&w, "recovery_remove_card", json!({ "index": 3 })).unwrap();
    let third = beyond_correction(&cards[2]);
    call(&w, "recovery_keep_typed", json!({ "text": third })).unwrap();
    let e = combine().unwrap_err();
    let message = e["message"].as_str().unwrap();
    assert!(
        message.contains("Either the passphrase is not right"),
        "{message}"
    );
}

/// A typed card (or a reading of the printed text) beyond correction does not stand in the
/// way when the other cards are enough: the wallet comes from them, and the answer names
/// the card left out.
#[test]
fn a_typed_card_beyond_correction_is_left_out_when_the_others_are_enough() {
    let app = plain_app();
    let w = window(&app, "main");
    let (cards, passphrase, phrase) = vector_set();
    call(&w, "recovery_reset", json!({})).unwrap();
    call(
        &w,
        "recovery_keep_typed",
        json!({ "text": beyond_correction(&cards[1]) }),
    )
    .unwrap();
    call(&w, "recovery_add_text", json!({ "text": cards[0] })).unwrap();
    call(&w, "recovery_add_text", json!({ "text": cards[2] })).unwrap();
    let got = call(
        &w,
        "recovery_combine",
        json!({ "passphrase": passphrase, "onProgress": "__CHANNEL__:9" }),
    )
    .unwrap();
    assert_eq!(got["left_out"], json!([2]), "{got}");
    assert_eq!(got["corrections"], json!([]));
    // The vectors' wallet, from cards 1 and 3.
    assert_eq!(got["phrase"]["fingerprint"], "dda64471");
    assert!(!got.to_string().contains(&phrase), "the words stay in Rust");
}

/// The typed box's group marks (`check_card_group`): a whole group is answered as it is
/// typed; the last group of a card, shorter than six, is answered once the text is a whole
/// card's length, and is "still being typed" (null) before, as is any short group.
#[test]
fn a_shorter_last_group_is_checked_once_the_text_is_a_whole_card() {
    let app = plain_app();
    let w = window(&app, "main");
    let card = &vector_set().0[0];
    let (len, groups) = (card.len(), card.len().div_ceil(6));
    assert_ne!(
        len % 6,
        0,
        "the vector card's last group is shorter: {card}"
    );
    let check = |n: usize, group: &str, text_length: usize| {
        call(
            &w,
            "check_card_group",
            json!({ "groupNumber": n, "group": group, "textLength": text_length }),
        )
        .unwrap()
    };
    let last = &card[(groups - 1) * 6..];
    assert_eq!(check(groups, last, len), json!(true));
    let wrong = substituted(last, last.len() - 1);
    assert_eq!(check(groups, &wrong, len), json!(false));
    // One character short of the card: unfinished, not wrong.
    assert_eq!(check(groups, &last[..last.len() - 1], len - 1), json!(null));
    // A whole group is answered wherever it stands; a short one in the middle never is.
    assert_eq!(check(1, &card[..6], len), json!(true));
    assert_eq!(check(1, &substituted(&card[..6], 2), 6), json!(false));
    assert_eq!(check(2, &card[6..9], 9), json!(null));
}
