//! The `heirloom` binary, driven as a script would drive it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use std::fs;
use std::path::PathBuf;
use std::process::Output;

use common::{card, heirloom, split_plain, text};

fn stdout(o: &Output) -> String {
    text(&o.stdout)
}

fn stderr(o: &Output) -> String {
    text(&o.stderr)
}

fn tempdir(name: &str) -> PathBuf {
    common::scratch(name)
}

const PASS: &str = "correct horse battery staple orbit lemon";

/// The round trip of the issue: 3-of-5 at the default KDF, every 3 cards give the words
/// back, 2 cards ask for one more, and a changed character names its group.
#[test]
fn split_combine_round_trip_at_default_kdf() {
    let phrase = stdout(&heirloom(&["generate", "--words", "24"], ""));
    let phrase = phrase.trim();
    assert_eq!(phrase.split(' ').count(), 24);
    let dir = tempdir("default");
    let out = heirloom(
        &[
            "split",
            "--threshold",
            "3",
            "--cards",
            "5",
            "--out",
            dir.to_str().unwrap(),
            "--label",
            "Dad 2025",
        ],
        &format!("{phrase}\n\n{PASS}\n"),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).is_empty(), "split prints nothing on stdout");
    assert!(
        !stderr(&out).contains(PASS),
        "a chosen passphrase is not echoed"
    );
    assert!(stderr(&out).contains("Dad 2025"));

    for (a, b, c) in [(1, 2, 3), (1, 4, 5), (2, 3, 5), (5, 3, 1)] {
        let o = heirloom(
            &["combine", &card(&dir, a), &card(&dir, b), &card(&dir, c)],
            &format!("{PASS}\n"),
        );
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(stdout(&o).trim(), phrase);
    }

    let two = heirloom(&["combine", &card(&dir, 2), &card(&dir, 4)], PASS);
    assert_eq!(two.status.code(), Some(8));
    assert!(
        stderr(&two).contains("need 1 more card"),
        "{}",
        stderr(&two)
    );
    assert_eq!(stderr(&two).lines().count(), 1);
    assert!(stdout(&two).is_empty());

    let text = fs::read_to_string(card(&dir, 3)).unwrap();
    let mut bytes = text.trim().as_bytes().to_vec();
    let pos = 6 * 6 + 3; // group 7
    bytes[pos] = if bytes[pos] == b'K' { b'M' } else { b'K' };
    let bad = dir.join("typed.txt");
    fs::write(&bad, &bytes).unwrap();
    let o = heirloom(
        &[
            "combine",
            &card(&dir, 1),
            bad.to_str().unwrap(),
            &card(&dir, 5),
        ],
        PASS,
    );
    // Said before the passphrase, then corrected once it proves the card (tests/correct.rs).
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), phrase);
    assert!(stderr(&o).contains("typed.txt: Group 7 "), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("typed.txt: card 3, group 7: you typed "),
        "{}",
        stderr(&o)
    );
}

fn fast_set(name: &str, t: &str, n: &str, phrase: &str) -> PathBuf {
    let dir = tempdir(name);
    let out = heirloom(
        &common::split_args(t, n, &dir),
        &format!("{phrase}\n\n{PASS}\n"),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

const ABANDON: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

#[test]
fn each_error_has_its_line_and_status() {
    let a = fast_set("errors-a", "2", "3", ABANDON);
    let b = fast_set("errors-b", "2", "3", ABANDON);
    let cases: [(Vec<String>, &str, i32, &str); 4] = [
        (vec![card(&a, 1), card(&b, 2)], PASS, 6, "different backup"),
        (
            vec![card(&a, 1), card(&a, 1)],
            PASS,
            7,
            "already added card 1",
        ),
        (
            vec![card(&a, 1), card(&a, 3)],
            "wrong words entirely here",
            9,
            "passphrase is not right",
        ),
        (vec![card(&a, 2), card(&a, 3)], PASS, 0, ""),
    ];
    for (files, pass, code, says) in cases {
        let args: Vec<&str> = std::iter::once("combine")
            .chain(files.iter().map(String::as_str))
            .collect();
        let o = heirloom(&args, pass);
        assert_eq!(o.status.code(), Some(code), "{}", stderr(&o));
        assert!(stderr(&o).contains(says), "{}", stderr(&o));
        if code == 0 {
            assert_eq!(stdout(&o).trim(), ABANDON);
        } else {
            assert_eq!(stderr(&o).lines().count(), 1);
        }
    }
    let url = a.join("url.txt");
    fs::write(&url, "https://example.com/\n").unwrap();
    let o = heirloom(&["combine", url.to_str().unwrap(), &card(&a, 1)], PASS);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("not a Heirloom card"));
}

#[test]
fn split_generates_a_passphrase_and_refuses_to_overwrite() {
    let dir = tempdir("generated");
    let out = heirloom(
        &[
            common::split_args("2", "2", &dir),
            vec!["--all-cards-needed"],
        ]
        .concat(),
        &format!("{ABANDON}\n\n"),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let line = err.lines().find(|l| l.starts_with("Passphrase")).unwrap();
    let words = line.rsplit(": ").next().unwrap();
    assert_eq!(words.split(' ').count(), 6);
    assert!(
        err.contains("73c5da0a"),
        "the summary shows the wallet fingerprint: {err}"
    );

    let o = heirloom(&["combine", &card(&dir, 1), &card(&dir, 2)], words);
    assert_eq!(stdout(&o).trim(), ABANDON);

    let before = fs::read_to_string(card(&dir, 1)).unwrap();
    let again = heirloom(
        &[
            common::split_args("2", "2", &dir),
            vec!["--all-cards-needed"],
        ]
        .concat(),
        &format!("{ABANDON}\n\n"),
    );
    assert!(!again.status.success());
    assert!(stderr(&again).contains("never overwrites"));
    assert_eq!(fs::read_to_string(card(&dir, 1)).unwrap(), before);
}

#[test]
fn bad_inputs_are_refused_plainly() {
    let dir = tempdir("refused");
    let d = dir.to_str().unwrap();
    let weak = heirloom(
        &["split", "-t", "2", "-n", "3", "--out", d],
        &format!("{ABANDON}\n\npassword123\n"),
    );
    assert!(
        stderr(&weak).contains("too easy to guess"),
        "{}",
        stderr(&weak)
    );
    let one = heirloom(
        &["split", "-t", "1", "-n", "3", "--out", d],
        &format!("{ABANDON}\n\n"),
    );
    assert!(stderr(&one).contains("between 2 and"), "{}", stderr(&one));
    let typo = ABANDON.replace("about", "abuot");
    let bad = heirloom(
        &["split", "-t", "2", "-n", "3", "--out", d],
        &format!("{typo}\n\n"),
    );
    assert!(stderr(&bad).contains("Word 12 "), "{}", stderr(&bad));
    assert!(
        !stderr(&bad).contains("abuot"),
        "errors never echo phrase words"
    );
    let kdf = heirloom(
        &[split_plain("2", "3", d), vec!["--kdf-memory-mib", "2048"]].concat(),
        &format!("{ABANDON}\n\n"),
    );
    assert!(stderr(&kdf).contains("power of two"), "{}", stderr(&kdf));
    assert!(!dir.exists(), "nothing is written when input is refused");
}

/// T = N loses the wallet with any one card, so it needs --all-cards-needed, and the refusal
/// offers a threshold that can lose a card.
#[test]
fn every_card_needed_must_be_asked_for() {
    let dir = tempdir("all-needed");
    let d = dir.to_str().unwrap();
    for (n, instead) in [
        ("3", "Choose -t 2 (any 2 of the 3 cards)"),
        ("2", "-t 2 -n 3"),
    ] {
        let o = heirloom(
            &["split", "-t", n, "-n", n, "--out", d],
            &format!("{ABANDON}\n\n{PASS}\n"),
        );
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("losing any one card loses the wallet"),
            "{}",
            stderr(&o)
        );
        assert!(stderr(&o).contains(instead), "{}", stderr(&o));
        assert!(stderr(&o).contains("--all-cards-needed"));
        assert_eq!(stderr(&o).lines().count(), 1);
    }
    assert!(!dir.exists(), "nothing is made");
}

#[test]
fn inspect_shows_the_public_header() {
    // The BIP-39 vector of entropy ff…ff.
    let dir = fast_set("inspect", "3", "5", &format!("{}vote", "zoo ".repeat(23)));
    let o = heirloom(&["inspect", &card(&dir, 4)], "");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for line in [
        "card: 4",
        "cards: 5",
        "threshold: 3",
        "words: 24",
        "language: english",
        "kdf_memory_mib: 8",
        "kdf_passes: 1",
        "qr_version: 7",
        "ecc: Q",
    ] {
        assert!(out.lines().any(|l| l == line), "missing {line:?} in\n{out}");
    }
    assert!(out.lines().all(|l| l.contains(": ")));
}

#[test]
fn generate_all_lengths_and_dice() {
    for n in ["12", "15", "18", "21", "24"] {
        let o = heirloom(&["generate", "--words", n], "");
        assert_eq!(
            stdout(&o).trim().split(' ').count(),
            n.parse::<usize>().unwrap()
        );
    }
    let o = heirloom(
        &["generate", "--words", "12", "--dice"],
        "3 1 4 1 5 6 2 6 5 3 5\n",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let bad = heirloom(&["generate", "--words", "12", "--dice"], "7 8 9\n");
    assert!(stderr(&bad).contains("digits 1 to 6"));
}
