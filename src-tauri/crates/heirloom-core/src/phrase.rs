//! The recovery phrase: generation (OS randomness, optionally mixed with dice), import with
//! position-named errors, and the BIP-39 entropy that the cards actually split, so recovery
//! gives back the same words in the same language.

use std::fmt;

use bip39::{Language, Mnemonic};
use rand::{rngs::OsRng, RngCore};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, Result};
use crate::fingerprint::Fingerprint;
use crate::harden::Locked;
use crate::wordlist::{self, MAX_WORD_CHARS};

/// Word counts BIP-39 allows.
pub const WORD_COUNTS: [usize; 5] = [12, 15, 18, 21, 24];

/// The word-list languages, in the order of their code on the card (spec section 3).
pub const LANGUAGES: [Language; 10] = [
    Language::English,
    Language::SimplifiedChinese,
    Language::TraditionalChinese,
    Language::Czech,
    Language::French,
    Language::Italian,
    Language::Japanese,
    Language::Korean,
    Language::Portuguese,
    Language::Spanish,
];

/// The card code of a word-list language.
pub fn language_code(language: Language) -> u8 {
    LANGUAGES.iter().position(|&l| l == language).unwrap_or(0) as u8
}

/// The language of a card code, if valid.
pub fn language_from_code(code: u8) -> Option<Language> {
    LANGUAGES.get(usize::from(code)).copied()
}

/// The lower-case English name of a language, as used in vectors and `inspect`.
pub fn language_name(language: Language) -> &'static str {
    match language {
        Language::English => "english",
        Language::SimplifiedChinese => "chinese_simplified",
        Language::TraditionalChinese => "chinese_traditional",
        Language::Czech => "czech",
        Language::French => "french",
        Language::Italian => "italian",
        Language::Japanese => "japanese",
        Language::Korean => "korean",
        Language::Portuguese => "portuguese",
        Language::Spanish => "spanish",
    }
}

/// The language of a list's name ([`language_name`]'s), in any case, and with `-` or a
/// space for `_` as people also write it (`chinese-simplified`).
pub fn language_from_name(name: &str) -> Option<Language> {
    let wanted = name.trim().to_lowercase().replace(['-', ' '], "_");
    LANGUAGES
        .iter()
        .copied()
        .find(|&l| language_name(l) == wanted)
}

/// A BIP-39 recovery phrase. Its memory is wiped on drop; `Debug` shows only the length.
pub struct Phrase {
    // Boxed, so that the words stay at one address that can be kept out of swap.
    mnemonic: Box<Mnemonic>,
    _locked: Locked,
}

impl Phrase {
    fn holding(mnemonic: Mnemonic) -> Phrase {
        let mnemonic = Box::new(mnemonic);
        let address = &*mnemonic as *const Mnemonic as usize;
        let _locked = Locked::at(address, std::mem::size_of::<Mnemonic>());
        Phrase { mnemonic, _locked }
    }

    /// A new English phrase of `words` words from the operating system's generator.
    pub fn generate(words: usize) -> Result<Phrase> {
        Self::generate_mixed(words, None)
    }

    /// A new English phrase; when `dice` is given (digits 1–6), the rolls are hashed together
    /// with fresh OS randomness, so the result is at least as random as either alone.
    pub fn generate_mixed(words: usize, dice: Option<&str>) -> Result<Phrase> {
        Self::generate_in(words, dice, Language::English)
    }

    /// A new phrase in the words of `language`, made as [`Phrase::generate_mixed`] makes one.
    /// The list changes only the words: the randomness is the same.
    pub fn generate_in(words: usize, dice: Option<&str>, language: Language) -> Result<Phrase> {
        let len = entropy_len(words)?;
        let mut os = Zeroizing::new([0u8; 32]);
        OsRng
            .try_fill_bytes(os.as_mut())
            .map_err(|_| Error::Randomness)?;
        let mut entropy = Zeroizing::new(os[..len].to_vec());
        if let Some(dice) = dice {
            let rolls = parse_dice(dice)?;
            let mut h = Sha256::new();
            h.update(b"heirloom dice v1");
            h.update(os.as_ref());
            h.update(rolls.as_bytes());
            let mut digest = h.finalize();
            entropy.copy_from_slice(&digest[..len]);
            digest.as_mut_slice().zeroize();
        }
        Self::from_entropy(&entropy, language)
    }

    /// The phrase of the given entropy (16, 20, 24, 28 or 32 bytes) in a language.
    pub fn from_entropy(entropy: &[u8], language: Language) -> Result<Phrase> {
        Mnemonic::from_entropy_in(language, entropy)
            .map(Phrase::holding)
            .map_err(|_| Error::BadWordCount {
                count: entropy.len() * 3 / 4,
            })
    }

    /// Imports a phrase as a person types it, in any of the ten lists: any case, Unicode form
    /// and spacing (a Japanese phrase's ideographic spaces too); Spanish and French words
    /// without their accents; any word by its first four letters. Errors name a word's
    /// position, never the word.
    pub fn parse(text: &str) -> Result<Phrase> {
        Self::parse_among(text, &LANGUAGES)
    }

    /// Imports a phrase of one list, as [`Phrase::parse`] reads it: for a person who said
    /// which list their words are on, so that an error names a word of that list.
    pub fn parse_in(text: &str, language: Language) -> Result<Phrase> {
        Self::parse_among(text, &[language])
    }

    fn parse_among(text: &str, languages: &[Language]) -> Result<Phrase> {
        // Counted and measured before any copy is made: the work on a typed phrase is bounded.
        let count = text.split_whitespace().count();
        if !WORD_COUNTS.contains(&count) {
            return Err(Error::BadWordCount { count });
        }
        if let Some(pos) = text
            .split_whitespace()
            .position(|w| w.chars().nth(MAX_WORD_CHARS).is_some())
        {
            return Err(Error::UnknownWord { position: pos + 1 });
        }
        let normalized = Zeroizing::new(text.nfkd().collect::<String>().to_lowercase());
        let typed: Vec<&str> = normalized.split_whitespace().collect();

        // Words as typed (or without their accents) first, in every list; only then the
        // first four letters, so that a real word of another list is never rewritten. The
        // language is the one that knows every word and whose checksum holds. Lists that
        // share words (the two Chinese lists, English and French) can both qualify; the
        // words, and so the wallet, are then the same either way.
        let readings: [fn(Language, &str) -> Option<&'static str>; 2] =
            [wordlist::find, wordlist::complete];
        for read in readings {
            let mut checksum_failed = false;
            for &lang in languages {
                let Some(words) = typed
                    .iter()
                    .map(|w| read(lang, w))
                    .collect::<Option<Vec<_>>>()
                else {
                    continue;
                };
                let joined = Zeroizing::new(words.join(" "));
                match Mnemonic::parse_in_normalized(lang, &joined) {
                    Ok(m) => return Ok(Phrase::holding(m)),
                    Err(_) => checksum_failed = true,
                }
            }
            if checksum_failed {
                return Err(Error::BadChecksum);
            }
        }
        // No list knows every word: name the first unknown word of the list that knows most.
        let best = wordlist::detect_among(&typed, languages).unwrap_or(languages[0]);
        let pos = typed
            .iter()
            .position(|w| wordlist::complete(best, w).is_none())
            .unwrap_or(0);
        Err(Error::UnknownWord { position: pos + 1 })
    }

    /// The words, space-separated, in wiped memory.
    pub fn words(&self) -> Zeroizing<String> {
        let mut s = String::new();
        for (i, w) in self.mnemonic.words().enumerate() {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(w);
        }
        Zeroizing::new(s)
    }

    /// Number of words.
    pub fn word_count(&self) -> usize {
        self.mnemonic.word_count()
    }

    /// The word-list language.
    pub fn language(&self) -> Language {
        self.mnemonic.language()
    }

    /// The BIP-39 entropy: what the cards split.
    pub fn entropy(&self) -> Zeroizing<Vec<u8>> {
        let (mut arr, len) = self.mnemonic.to_entropy_array();
        let out = Zeroizing::new(arr[..len].to_vec());
        arr.zeroize();
        out
    }

    /// The BIP-32 master key fingerprint of this phrase (empty BIP-39 passphrase).
    pub fn fingerprint(&self) -> Fingerprint {
        let seed = Zeroizing::new(self.mnemonic.to_seed_normalized(""));
        Fingerprint::of_seed(seed.as_ref())
    }
}

impl fmt::Debug for Phrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Phrase(<{} words redacted>)", self.word_count())
    }
}

fn entropy_len(words: usize) -> Result<usize> {
    if WORD_COUNTS.contains(&words) {
        Ok(words * 4 / 3)
    } else {
        Err(Error::BadWordCount { count: words })
    }
}

fn parse_dice(dice: &str) -> Result<Zeroizing<String>> {
    let rolls: Zeroizing<String> =
        Zeroizing::new(dice.chars().filter(|c| !c.is_whitespace()).collect());
    if rolls.is_empty() || !rolls.chars().all(|c| ('1'..='6').contains(&c)) {
        return Err(Error::InvalidDice { min: 1 });
    }
    Ok(rolls)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ABANDON: &str = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

    #[test]
    fn bip39_vector_and_its_fingerprint() {
        let p = Phrase::parse(ABANDON).unwrap();
        assert_eq!(*p.entropy(), vec![0u8; 16]);
        // The well-known wallet of this phrase (BIP-84 vectors, Sparrow) is 73c5da0a.
        assert_eq!(p.fingerprint().to_string(), "73c5da0a");
    }

    #[test]
    fn bip39_trezor_vector_seed_with_passphrase() {
        // From the BIP-39 reference vectors (passphrase "TREZOR"), checked through entropy.
        let p = Phrase::parse(
            "legal winner thank year wave sausage worth useful legal winner thank yellow",
        )
        .unwrap();
        assert_eq!(*p.entropy(), vec![0x7f; 16]);
        let p = Phrase::from_entropy(&[0x80; 32], Language::English).unwrap();
        assert_eq!(
            *p.words(),
            "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless"
        );
    }

    #[test]
    fn import_normalises_and_expands_prefixes() {
        let messy = "  ABANDON abandon\tabandon abandon abandon abandon\nabandon abandon abandon abandon abandon ABOU ";
        assert_eq!(*Phrase::parse(messy).unwrap().words(), ABANDON);
        let short = "aban aban aban aban aban aban aban aban aban aban aban abou";
        assert_eq!(*Phrase::parse(short).unwrap().words(), ABANDON);
    }

    #[test]
    fn errors_name_positions_not_words() {
        let typo = ABANDON.replacen("about", "abuot", 1);
        let err = Phrase::parse(&typo).unwrap_err();
        assert_eq!(err, Error::UnknownWord { position: 12 });
        assert!(!err.to_string().contains("abuot"));

        let bad_sum = ABANDON.replacen("about", "abandon", 1);
        assert_eq!(Phrase::parse(&bad_sum).unwrap_err(), Error::BadChecksum);
        assert_eq!(
            Phrase::parse("abandon about").unwrap_err(),
            Error::BadWordCount { count: 2 }
        );
    }

    #[test]
    fn generation_lengths_languages_and_dice() {
        for words in WORD_COUNTS {
            let p = Phrase::generate(words).unwrap();
            assert_eq!(p.word_count(), words);
            assert_eq!(p.entropy().len(), words * 4 / 3);
            let again = Phrase::parse(&p.words()).unwrap();
            assert_eq!(*again.entropy(), *p.entropy());
        }
        let a = Phrase::generate_mixed(24, Some("1 2 3 4 5 6 6 5 4 3")).unwrap();
        let b = Phrase::generate_mixed(24, Some("1 2 3 4 5 6 6 5 4 3")).unwrap();
        assert_ne!(
            *a.entropy(),
            *b.entropy(),
            "OS randomness is always mixed in"
        );
        assert_eq!(
            Phrase::generate_mixed(12, Some("1237")).unwrap_err(),
            Error::InvalidDice { min: 1 }
        );
        assert_eq!(
            Phrase::generate(13).unwrap_err(),
            Error::BadWordCount { count: 13 }
        );
    }

    #[test]
    fn other_languages_keep_their_words() {
        let entropy = [0x42u8; 20];
        for lang in LANGUAGES {
            let p = Phrase::from_entropy(&entropy, lang).unwrap();
            let back = Phrase::parse(&p.words())
                .unwrap_or_else(|e| panic!("{}: {e:?}", language_name(lang)));
            assert_eq!(*back.words(), *p.words(), "{}", language_name(lang));
            assert_eq!(back.fingerprint(), p.fingerprint());
            assert_eq!(language_from_code(language_code(lang)), Some(lang));
        }
    }

    /// A Spanish phrase typed without accents, in capitals, some words by four letters.
    #[test]
    fn spanish_and_french_typed_without_accents() {
        for lang in [Language::Spanish, Language::French] {
            // Entropy whose phrase has accented words in both lists.
            let p = (0u8..=255)
                .map(|b| Phrase::from_entropy(&[b; 16], lang).unwrap())
                .find(|p| p.words().chars().any(|c| !c.is_ascii() && c != ' '))
                .unwrap();
            let plain: String = p
                .words()
                .nfkd()
                .filter(|&c| !unicode_normalization::char::is_combining_mark(c))
                .collect::<String>()
                .to_uppercase();
            assert!(plain.is_ascii(), "{plain}");
            let back = Phrase::parse(&plain).unwrap();
            assert_eq!(back.language(), lang);
            assert_eq!(
                *back.words(),
                *p.words(),
                "the words come back with accents"
            );
            assert_eq!(back.fingerprint(), p.fingerprint());
            let short: Vec<String> = plain
                .split(' ')
                .map(|w| w.chars().take(4).collect())
                .collect();
            assert_eq!(
                *Phrase::parse(&short.join(" ")).unwrap().words(),
                *p.words()
            );
        }
    }

    #[test]
    fn japanese_with_ideographic_or_ascii_spaces() {
        let p = Phrase::from_entropy(&[0x17; 32], Language::Japanese).unwrap();
        let composed: String = p.words().nfc().collect();
        for text in [
            composed.replace(' ', "\u{3000}"),
            composed.clone(),
            format!("\u{3000}{}\u{3000}", composed.replacen(' ', "\u{3000} ", 3)),
        ] {
            let back = Phrase::parse(&text).unwrap();
            assert_eq!(back.language(), Language::Japanese);
            assert_eq!(*back.entropy(), vec![0x17; 32]);
        }
        let p = Phrase::from_entropy(&[0x17; 16], Language::Japanese).unwrap();
        assert_eq!(
            *Phrase::parse_in(&p.words(), Language::Japanese)
                .unwrap()
                .entropy(),
            vec![0x17; 16]
        );
    }

    #[test]
    fn a_chosen_list_names_its_own_unknown_word() {
        let es = Phrase::from_entropy(&[0x42; 16], Language::Spanish).unwrap();
        assert_eq!(
            Phrase::parse_in(&es.words(), Language::English).unwrap_err(),
            Error::UnknownWord { position: 1 }
        );
        assert_eq!(
            Phrase::parse_in(&es.words(), Language::Spanish)
                .unwrap()
                .language(),
            Language::Spanish
        );
        // The list that knows most words names the unknown one: word 5 here.
        let held = es.words();
        let mut typed: Vec<&str> = held.split(' ').collect();
        typed[4] = "zzzz";
        assert_eq!(
            Phrase::parse(&typed.join(" ")).unwrap_err(),
            Error::UnknownWord { position: 5 }
        );
    }

    #[test]
    fn typed_phrases_are_bounded_before_any_work() {
        let long = format!("{} {}", "abandon ".repeat(11), "a".repeat(10_000));
        assert_eq!(
            Phrase::parse(&long).unwrap_err(),
            Error::UnknownWord { position: 12 }
        );
        assert_eq!(
            Phrase::parse(&"abandon ".repeat(100_000)).unwrap_err(),
            Error::BadWordCount { count: 100_000 }
        );
    }

    #[test]
    fn a_new_phrase_in_every_list_and_the_lists_by_name() {
        for lang in LANGUAGES {
            let p = Phrase::generate_in(12, Some("123456"), lang).unwrap();
            assert_eq!(p.language(), lang);
            assert!(p.words().split(' ').all(|w| lang.find_word(w).is_some()));
            assert_eq!(language_from_name(language_name(lang)), Some(lang));
        }
        assert_eq!(
            language_from_name("Chinese-Simplified"),
            Some(Language::SimplifiedChinese)
        );
        assert_eq!(language_from_name("spanish"), Some(Language::Spanish));
        assert_eq!(language_from_name("klingon"), None);
        assert_eq!(language_from_name(""), None);
    }

    #[test]
    fn debug_shows_no_words() {
        let p = Phrase::parse(ABANDON).unwrap();
        assert_eq!(format!("{p:?}"), "Phrase(<12 words redacted>)");
    }
}
