//! The ten BIP-39 word lists as people type them: in any case and Unicode form, without
//! accents in the lists whose standard allows it (Spanish and French), by their first four
//! letters, which list a phrase's words are on, and the nearest words to a mistyped one.
//!
//! Typed words may be part of a recovery phrase: they are compared in wiped memory and
//! never logged.

use std::collections::HashMap;
use std::sync::OnceLock;

use bip39::Language;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::phrase::LANGUAGES;

/// The longest word looked up, in characters. Every list word has at most 9; a longer one
/// is not a list word, and is refused before any work is spent on it.
pub const MAX_WORD_CHARS: usize = 32;

/// How many first letters name a word: in every list, no two words share their first four
/// (checked by a test below), so four are enough, as on steel plates.
const PREFIX_CHARS: usize = 4;

/// Whether a list's words may be typed without their accents. The Spanish and French lists
/// were made so that no two words differ only in accents (the BIP-39 word-list notes; a test
/// below checks it), so leaving them out names the same word; that is what people do on a
/// keyboard without ñ or é.
pub fn accents_optional(language: Language) -> bool {
    matches!(language, Language::Spanish | Language::French)
}

/// A word as it is compared: NFKD (the form the lists are in), lower case, and without
/// accents in the lists where they are optional.
fn key(word: &str, language: Language) -> Zeroizing<String> {
    let lower = word.nfkd().flat_map(char::to_lowercase);
    Zeroizing::new(if accents_optional(language) {
        lower.filter(|&c| !is_combining_mark(c)).collect()
    } else {
        lower.collect()
    })
}

/// The accent-free forms of a list whose accents are optional, in list order, and the
/// index of each. Made once: they are public data.
struct Unaccented {
    keys: Vec<String>,
    index: HashMap<String, usize>,
}

fn unaccented(language: Language) -> Option<&'static Unaccented> {
    static SPANISH: OnceLock<Unaccented> = OnceLock::new();
    static FRENCH: OnceLock<Unaccented> = OnceLock::new();
    let cell = match language {
        Language::Spanish => &SPANISH,
        Language::French => &FRENCH,
        _ => return None,
    };
    Some(cell.get_or_init(|| {
        let keys: Vec<String> = language
            .word_list()
            .iter()
            .map(|w| key(w, language).to_string())
            .collect();
        let index = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.clone(), i))
            .collect();
        Unaccented { keys, index }
    }))
}

/// The list's words as they are compared, in list order.
fn keys(language: Language) -> impl Iterator<Item = (&'static str, &'static str)> {
    let unaccented = unaccented(language);
    language
        .word_list()
        .iter()
        .enumerate()
        .map(move |(i, &w)| (unaccented.map_or(w, |u| u.keys[i].as_str()), w))
}

/// A list word as people see and type it: composed (NFC). The lists hold their words
/// decomposed (NFKD), where a Korean syllable is two or three jamo and an accent a mark of
/// its own, which not every font or text field puts back together.
pub fn shown(word: &str) -> String {
    word.nfc().collect()
}

fn too_long(typed: &str) -> bool {
    typed.chars().nth(MAX_WORD_CHARS).is_some()
}

/// The list word `typed` is: in any case and Unicode form, and without its accents where
/// they are optional. The word is returned as the list has it (NFKD).
pub fn find(language: Language, typed: &str) -> Option<&'static str> {
    if too_long(typed) {
        return None;
    }
    let k = key(typed.trim(), language);
    let i = match unaccented(language) {
        Some(u) => u.index.get(k.as_str()).copied(),
        None => language.find_word(&k).map(usize::from),
    };
    i.map(|i| language.word_list()[i])
}

/// The list word `typed` stands for: the word itself ([`find`]), or the one word that
/// starts with it when it has at least four letters.
pub fn complete(language: Language, typed: &str) -> Option<&'static str> {
    if let Some(w) = find(language, typed) {
        return Some(w);
    }
    if too_long(typed) {
        return None;
    }
    let k = key(typed.trim(), language);
    // Letters as a person counts them: a Korean syllable is one, not its NFKD jamo.
    if k.nfc().count() < PREFIX_CHARS {
        return None;
    }
    let mut hits = keys(language).filter(|(lk, _)| lk.starts_with(k.as_str()));
    match (hits.next(), hits.next()) {
        (Some((_, w)), None) => Some(w),
        _ => None,
    }
}

/// Whether `typed` names the list word `word` (as [`complete`] reads it).
pub fn names_word(language: Language, word: &str, typed: &str) -> bool {
    complete(language, typed).is_some_and(|w| w == word)
}

/// The list that most of `words` are on (as [`complete`] reads them), among `languages`;
/// between lists that read as many, the one with more whole words ("disco" is a Spanish
/// word, and only the start of an English one); then the first. None when no word is on
/// any.
pub fn detect_among<S: AsRef<str>>(words: &[S], languages: &[Language]) -> Option<Language> {
    let known = |l: Language| {
        let read = |f: fn(Language, &str) -> Option<&'static str>| {
            words.iter().filter(|w| f(l, w.as_ref()).is_some()).count()
        };
        (read(complete), read(find))
    };
    let ((count, _), best) = languages
        .iter()
        .rev()
        .map(|&l| (known(l), l))
        .max_by_key(|&(n, _)| n)?;
    (count > 0).then_some(best)
}

/// The list that most of `words` are on, of all ten; on a tie the first in the order of
/// [`LANGUAGES`] (English before French, whose lists share a hundred words). None when no
/// word is on any list.
pub fn detect<S: AsRef<str>>(words: &[S]) -> Option<Language> {
    detect_among(words, &LANGUAGES)
}

/// The closest words of a list to a mistyped word, best first (at most three): the words
/// it starts, when there are three or fewer, or else the words within two edits. For the
/// import screen to offer as the person types; never put in an error or a log.
pub fn suggest(word: &str, language: Language) -> Vec<&'static str> {
    if too_long(word) {
        return Vec::new();
    }
    let typed = key(word.trim(), language);
    if typed.is_empty() {
        return Vec::new();
    }
    let by_prefix: Vec<&'static str> = keys(language)
        .filter(|(k, _)| k.starts_with(typed.as_str()))
        .map(|(_, w)| w)
        .take(4)
        .collect();
    if (1..=3).contains(&by_prefix.len()) {
        return by_prefix;
    }
    let mut scored: Vec<(usize, &'static str)> = keys(language)
        .map(|(k, w)| (edit_distance(&typed, k), w))
        .filter(|&(d, _)| d <= 2)
        .collect();
    scored.sort_by_key(|&(d, w)| (d, w));
    scored.into_iter().take(3).map(|(_, w)| w).collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::phrase::language_name;

    fn nfc(w: &str) -> String {
        w.nfc().collect()
    }

    /// The premise of typing without accents: in Spanish and French, no two words differ
    /// only in accents. And the other lists have no accents at all, so nothing is lost by
    /// keeping them exact.
    #[test]
    fn accents_can_be_left_out_only_where_no_two_words_then_meet() {
        for lang in LANGUAGES {
            let stripped: HashSet<String> = lang
                .word_list()
                .iter()
                .map(|w| w.nfkd().filter(|&c| !is_combining_mark(c)).collect())
                .collect();
            assert_eq!(stripped.len(), 2048, "{}", language_name(lang));
            let accented = lang
                .word_list()
                .iter()
                .filter(|w| w.chars().any(is_combining_mark))
                .count();
            let latin = !matches!(
                lang,
                Language::Japanese
                    | Language::Korean
                    | Language::SimplifiedChinese
                    | Language::TraditionalChinese
            );
            if latin && !accents_optional(lang) {
                assert_eq!(accented, 0, "{} has accents", language_name(lang));
            }
        }
        assert!(unaccented(Language::Spanish).unwrap().index.len() == 2048);
        assert!(unaccented(Language::French).unwrap().index.len() == 2048);
    }

    #[test]
    fn four_letters_name_one_word_in_every_list() {
        for lang in LANGUAGES {
            let firsts: HashSet<String> = keys(lang)
                .map(|(k, _)| k.nfc().take(PREFIX_CHARS).collect())
                .collect();
            assert_eq!(firsts.len(), 2048, "{}", language_name(lang));
        }
    }

    #[test]
    fn spanish_and_french_words_without_accents() {
        let es = Language::Spanish;
        assert_eq!(find(es, "abaco").map(nfc).as_deref(), Some("ábaco"));
        assert_eq!(find(es, "ÁBACO").map(nfc).as_deref(), Some("ábaco"));
        assert_eq!(find(es, "ábaco").map(nfc).as_deref(), Some("ábaco"));
        assert_eq!(find(es, "accion").map(nfc).as_deref(), Some("acción"));
        assert_eq!(find(es, "unos"), None);
        assert_eq!(complete(es, "acci").map(nfc).as_deref(), Some("acción"));
        assert_eq!(
            complete(es, "aci").map(nfc),
            None,
            "three letters are not enough"
        );
        let fr = Language::French;
        assert_eq!(find(fr, "academie").map(nfc).as_deref(), Some("académie"));
        assert_eq!(find(fr, "élève").map(nfc).as_deref(), Some("élève"));
        assert_eq!(find(fr, "eleve").map(nfc).as_deref(), Some("élève"));
        // Only where the standard allows it: a Japanese word keeps its voicing marks.
        let ja = Language::Japanese;
        assert_eq!(find(ja, "あいさつ").map(nfc).as_deref(), Some("あいさつ"));
        assert_eq!(find(ja, "あいだ").map(nfc).as_deref(), Some("あいだ"));
        assert_eq!(find(ja, "あいた"), None);
        assert!(names_word(es, find(es, "ábaco").unwrap(), "Abac"));
        assert!(!names_word(es, find(es, "ábaco").unwrap(), "abdo"));
    }

    #[test]
    fn the_list_is_found_from_the_words() {
        assert_eq!(detect(&["abeja", "acido", "menu"]), Some(Language::Spanish));
        assert_eq!(detect(&["あいさつ", "zzz"]), Some(Language::Japanese));
        assert_eq!(detect(&["가격"]), Some(Language::Korean));
        assert_eq!(detect(&["élève", "abandon"]), Some(Language::French));
        // Shared by English and French: English first.
        assert_eq!(detect(&["abandon"]), Some(Language::English));
        assert_eq!(detect(&["zzz", "qqq"]), None);
        // A whole word of one list before the start of a word of another.
        assert_eq!(detect(&["disco"]), Some(Language::Spanish));
        assert_eq!(detect(&["disc"]), Some(Language::English));
        assert_eq!(detect::<&str>(&[]), None);
        assert_eq!(
            detect_among(&["abeja"], &[Language::English, Language::Italian]),
            None
        );
    }

    #[test]
    fn suggestions_in_every_list() {
        assert_eq!(suggest("abuot", Language::English)[0], "about");
        assert_eq!(
            nfc(suggest("abeha", Language::Spanish)[0]),
            "abeja",
            "within two edits"
        );
        assert_eq!(
            suggest("acid", Language::Spanish)
                .iter()
                .map(|w| nfc(w))
                .collect::<Vec<_>>(),
            ["ácido"],
            "the word it starts, accents left out"
        );
        let ja: Vec<String> = suggest("あいさ", Language::Japanese)
            .iter()
            .map(|w| nfc(w))
            .collect();
        assert_eq!(ja, ["あいさつ"]);
        assert!(suggest(&"a".repeat(MAX_WORD_CHARS + 1), Language::English).is_empty());
        assert!(suggest("  ", Language::English).is_empty());
    }

    #[test]
    fn a_word_too_long_is_refused_before_any_work() {
        let long = "abandon".repeat(10);
        assert_eq!(find(Language::English, &long), None);
        assert_eq!(complete(Language::English, &long), None);
    }
}
