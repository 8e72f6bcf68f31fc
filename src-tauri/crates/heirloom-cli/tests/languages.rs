//! `heirloom generate --language`: a phrase in any of the ten word lists, named as the card
//! format and `inspect` name them, and a clear refusal of a list that does not exist.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the report

mod common;

use common::{card, heirloom, text};
use heirloom_core::{language_name, Language, Phrase, LANGUAGES};

#[test]
fn generate_spanish_gives_a_valid_spanish_phrase() {
    let o = heirloom(&["generate", "--language", "spanish", "--words", "12"], "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let line = text(&o.stdout);
    let words: Vec<&str> = line.trim().split(' ').collect();
    assert_eq!(words.len(), 12, "{line}");
    for w in &words {
        assert!(
            Language::Spanish.find_word(w).is_some(),
            "{w:?} is not on the Spanish list"
        );
    }
    let phrase = Phrase::parse_in(line.trim(), Language::Spanish).expect("a valid phrase");
    assert_eq!(phrase.language(), Language::Spanish);
    // Not an accident of one run: the default is still 24 words, now in Spanish.
    let o = heirloom(&["generate", "--language", "SPANISH"], "");
    let long = text(&o.stdout);
    assert_eq!(long.split_whitespace().count(), 24);
    assert_eq!(
        Phrase::parse(long.trim()).unwrap().language(),
        Language::Spanish
    );
}

#[test]
fn every_list_by_its_name_and_english_by_default() {
    for lang in LANGUAGES {
        let name = language_name(lang);
        let o = heirloom(&["generate", "--words", "15", "--language", name], "");
        assert!(o.status.success(), "{name}: {}", text(&o.stderr));
        let p = Phrase::parse_in(text(&o.stdout).trim(), lang).unwrap();
        assert_eq!(p.word_count(), 15, "{name}");
    }
    let o = heirloom(
        &[
            "generate",
            "--words",
            "12",
            "--language",
            "chinese-traditional",
        ],
        "",
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = heirloom(&["generate", "--words", "12"], "");
    assert_eq!(
        Phrase::parse(text(&o.stdout).trim()).unwrap().language(),
        Language::English
    );
}

#[test]
fn an_unknown_list_is_refused_with_the_names_to_choose_from() {
    let o = heirloom(&["generate", "--language", "klingon"], "");
    assert_eq!(o.status.code(), Some(2), "a usage error");
    assert!(o.stdout.is_empty(), "no words are printed");
    let err = text(&o.stderr);
    assert!(
        err.contains("there is no word list named \"klingon\""),
        "{err}"
    );
    for lang in LANGUAGES {
        assert!(err.contains(language_name(lang)), "{err}");
    }
    let o = heirloom(&["generate", "--language", "es"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("spanish"));
}

/// The words of a Spanish phrase come back from its cards as they went in: Spanish.
#[test]
fn a_spanish_phrase_survives_its_cards() {
    let phrase = text(&heirloom(&["generate", "--language", "spanish"], "").stdout);
    let dir = common::tempdir("spanish");
    let pass = "correct horse battery staple orbit lemon";
    common::split_ok(&dir, phrase.trim(), pass, &["--no-record"]);
    let inspect = heirloom(&["inspect", &card(&dir, 1)], "");
    assert!(text(&inspect.stdout).contains("language: spanish"));
    let back = heirloom(
        &["combine", &card(&dir, 1), &card(&dir, 3)],
        &format!("{pass}\n"),
    );
    assert!(back.status.success(), "{}", text(&back.stderr));
    assert_eq!(text(&back.stdout).trim(), phrase.trim());
}
