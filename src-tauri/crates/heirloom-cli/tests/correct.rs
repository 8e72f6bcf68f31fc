//! `heirloom combine` corrects a typed card's mistakes once the passphrase is known, only
//! when the card's tag proves it, and says exactly what it corrected (issue 14, point 3).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{card, heirloom, tempdir, text};

const PASS: &str = "correct horse battery staple orbit lemon";

/// Characters per printed group (five data characters and a check character).
const GROUP: usize = 6;

/// Group 7, counted from 1, starts here.
const GROUP_7: usize = 6 * GROUP;

fn err(o: &Output) -> String {
    text(&o.stderr)
}

fn out(o: &Output) -> String {
    text(&o.stdout)
}

/// A fresh 2-of-3 set of a new 24-word phrase at the cheapest key derivation, not recorded.
fn set(name: &str) -> (PathBuf, String) {
    let phrase = out(&heirloom(&["generate", "--words", "24"], ""));
    let phrase = phrase.trim().to_owned();
    assert_eq!(phrase.split(' ').count(), 24);
    let dir = tempdir(name).join("cards");
    common::split_ok(&dir, &phrase, PASS, &["--no-record"]);
    (dir, phrase)
}

/// Card `i`'s text, as printed (without the spaces between groups).
fn card_text(dir: &Path, i: u8) -> String {
    fs::read_to_string(card(dir, i)).unwrap().trim().to_owned()
}

/// Group `g` (from 1) of a text.
fn group(t: &str, g: usize) -> &str {
    &t[(g - 1) * GROUP..(g * GROUP).min(t.len())]
}

/// The text in printed groups, as the CLI shows it.
fn grouped(t: &str) -> String {
    t.as_bytes()
        .chunks(GROUP)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Another character of the alphabet in place of `c`.
fn other(c: u8) -> u8 {
    if c == b'K' {
        b'M'
    } else {
        b'K'
    }
}

/// Writes `typed` as the file `name` beside the set's cards.
fn typed_file(dir: &Path, name: &str, typed: &[u8]) -> String {
    let p = dir.parent().unwrap().join(name);
    fs::write(&p, typed).unwrap();
    p.display().to_string()
}

/// Combines `files` with the passphrase.
fn combine(files: &[&str], passphrase: &str) -> Output {
    let args: Vec<&str> = std::iter::once("combine")
        .chain(files.iter().copied())
        .collect();
    heirloom(&args, &format!("{passphrase}\n"))
}

/// The phrase, and nothing of it on stderr.
fn recovered(o: &Output, phrase: &str) {
    assert!(o.status.success(), "{}", err(o));
    assert_eq!(out(o).trim(), phrase);
    assert_eq!(out(o).lines().count(), 1, "stdout is the phrase alone");
    let first_words: Vec<&str> = phrase.split(' ').take(3).collect();
    assert!(
        !err(o).contains(&first_words.join(" ")),
        "the phrase is never on stderr: {}",
        err(o)
    );
}

/// One mistake of each kind in group 7 of card 3, combined with card 1: the phrase comes
/// back, and stderr says exactly which group was typed how and what the card says.
#[test]
fn one_mistake_of_each_kind_is_corrected_and_said() {
    let (dir, phrase) = set("kinds");
    let good = card_text(&dir, 3);
    let g7 = group(&good, 7).to_owned();
    let bytes = good.as_bytes();

    let mut substituted = bytes.to_vec();
    substituted[GROUP_7 + 3] = other(bytes[GROUP_7 + 3]);

    // Two neighbours that differ, swapped.
    let p = (GROUP_7..GROUP_7 + GROUP - 1)
        .find(|&p| bytes[p] != bytes[p + 1])
        .unwrap();
    let mut swapped = bytes.to_vec();
    swapped.swap(p, p + 1);

    let mut missing = bytes.to_vec();
    missing.remove(GROUP_7 + 2);

    let mut doubled = bytes.to_vec();
    doubled.insert(GROUP_7 + 2, bytes[GROUP_7 + 2]);

    for (kind, typed) in [
        ("substituted", substituted),
        ("swapped", swapped),
        ("missing", missing),
        ("doubled", doubled),
    ] {
        // What group 7 looked like as typed: the mistake is inside it.
        let shift = typed.len() as isize - good.len() as isize;
        let end = (GROUP_7 as isize + GROUP as isize + shift) as usize;
        let typed_g7 = std::str::from_utf8(&typed[GROUP_7..end])
            .unwrap()
            .to_owned();
        let file = typed_file(&dir, &format!("{kind}.txt"), &typed);
        let o = combine(&[&card(&dir, 1), &file], PASS);
        recovered(&o, &phrase);
        let e = err(&o);
        assert!(
            e.contains(&format!("heirloom: warning: {file}: Group "))
                && e.contains("Heirloom will try to correct it once it has the passphrase."),
            "{kind}: the typed card's trouble is said before the passphrase: {e}"
        );
        let said = format!(
            "heirloom: {file}: card 3, group 7: you typed {typed_g7}, the card says {g7} — please check"
        );
        assert!(
            e.lines().any(|l| l == said),
            "{kind}: expected {said:?} in\n{e}"
        );
        assert_eq!(
            e.lines().filter(|l| l.contains("you typed")).count(),
            1,
            "{kind}: one group corrected: {e}"
        );
        assert!(
            e.contains(&format!("the card's text is {}", grouped(&good))),
            "{kind}: the card's text is shown: {e}"
        );
    }

    // A substitution is reported in the group it is in, before the passphrase is asked for.
    let mut typed = good.as_bytes().to_vec();
    typed[GROUP_7 + 3] = other(typed[GROUP_7 + 3]);
    let file = typed_file(&dir, "group7.txt", &typed);
    let o = combine(&[&file, &card(&dir, 2)], PASS);
    recovered(&o, &phrase);
    assert!(
        err(&o).lines().next().unwrap().starts_with(&format!(
            "heirloom: warning: {file}: Group 7 of the card text does not look right."
        )),
        "{}",
        err(&o)
    );
}

/// Both cards typed, each with its own mistake: both corrected with one passphrase.
#[test]
fn every_typed_card_is_corrected() {
    let (dir, phrase) = set("both");
    let two = card_text(&dir, 2);
    let three = card_text(&dir, 3);
    let mut a = two.as_bytes().to_vec();
    a[GROUP * 10 + 1] = other(a[GROUP * 10 + 1]);
    let mut b = three.as_bytes().to_vec();
    b.remove(GROUP * 12 + 3);
    let fa = typed_file(&dir, "two.txt", &a);
    let fb = typed_file(&dir, "three.txt", &b);
    let o = combine(&[&fa, &fb], PASS);
    recovered(&o, &phrase);
    let e = err(&o);
    assert!(
        e.contains(&format!("{fa}: card 2, group 11: you typed ")),
        "{e}"
    );
    assert!(
        e.contains(&format!("{fb}: card 3, group 13: you typed ")),
        "{e}"
    );
}

/// A wrong passphrase proves nothing, so nothing is corrected, and what is said is that the
/// passphrase is not right.
#[test]
fn a_wrong_passphrase_corrects_nothing() {
    let (dir, _) = set("wrong-passphrase");
    let mut typed = card_text(&dir, 3).into_bytes();
    typed[GROUP_7 + 3] = other(typed[GROUP_7 + 3]);
    let file = typed_file(&dir, "typed.txt", &typed);
    let o = combine(&[&card(&dir, 1), &file], "wrong words entirely here today");
    assert_eq!(o.status.code(), Some(9), "{}", err(&o));
    let e = err(&o);
    assert!(e.contains("passphrase is not right"), "{e}");
    assert!(!e.contains("you typed"), "nothing corrected: {e}");
    assert!(
        e.contains(&format!("{file}: not corrected")),
        "the typed card is said to be uncorrected: {e}"
    );
    assert!(out(&o).is_empty());
}

/// Too many mistakes to be proven: the typed card is named, with its first wrong group, and
/// nothing else is claimed; unless the other cards are enough, when it is left out.
#[test]
fn a_card_too_damaged_to_correct_is_named() {
    let (dir, phrase) = set("too-damaged");
    let mut typed = card_text(&dir, 3).into_bytes();
    // A wrong character in each of nine groups: more than the search mends (at most
    // eight failing groups; fewer are corrected, proven by the tag).
    for g in 7..=15 {
        let p = (g - 1) * GROUP + 2;
        typed[p] = other(typed[p]);
    }
    let file = typed_file(&dir, "typed.txt", &typed);
    let o = combine(&[&card(&dir, 1), &file], PASS);
    assert_eq!(o.status.code(), Some(4), "{}", err(&o));
    let e = err(&o);
    let last = e.lines().last().unwrap();
    assert!(
        last.starts_with(&format!("heirloom: {file}: Group 7 ")),
        "the failure names the file and the group: {e}"
    );
    assert!(
        e.contains(&format!("{file}: not corrected: more is wrong")),
        "{e}"
    );
    assert!(!e.contains("you typed"), "{e}");
    assert!(!e.contains("passphrase is not right"), "{e}");
    assert!(out(&o).is_empty());

    // With two cards that read, it is not needed: the wallet comes from them, and the
    // typed card is said to be left out.
    let o = combine(&[&card(&dir, 1), &card(&dir, 2), &file], PASS);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(out(&o).trim(), phrase);
    assert!(
        err(&o).contains(&format!("{file}: not used: it differs from its card")),
        "{}",
        err(&o)
    );

    // Not a card at all is refused at once, before the passphrase is asked for.
    let url = typed_file(&dir, "url.txt", b"https://example.com/\n");
    let o = combine(&[&card(&dir, 1), &url], PASS);
    assert_eq!(o.status.code(), Some(3), "{}", err(&o));
    assert_eq!(err(&o).lines().count(), 1, "{}", err(&o));
    assert!(err(&o).contains(&format!("{url}: This is not a Heirloom card")));
}
