//! The recovery phrase: generation (OS randomness, optionally mixed with dice), import with
//! position-named errors, and the BIP-39 entropy that the cards actually split, so recovery
//! gives back the same words in the same language.

use std::fmt;

use bip39::{Language, Mnemonic};
use rand::{rngs::OsRng, RngCore};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;
use zeroize::{Zeroize, Zeroizing};

use crate::harden::Locked;

use crate::error::{Error, Result};
use crate::fingerprint::Fingerprint;

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
        Self::from_entropy(&entropy, Language::English)
    }

    /// The phrase of the given entropy (16, 20, 24, 28 or 32 bytes) in a language.
    pub fn from_entropy(entropy: &[u8], language: Language) -> Result<Phrase> {
        Mnemonic::from_entropy_in(language, entropy)
            .map(Phrase::holding)
            .map_err(|_| Error::BadWordCount {
                count: entropy.len() * 3 / 4,
            })
    }

    /// Imports a phrase as a person types it: any case and spacing; English words may be
    /// given by their first four letters (unique in that list, as on steel plates). Errors
    /// name a word's position, never the word.
    pub fn parse(text: &str) -> Result<Phrase> {
        let normalized = Zeroizing::new(text.nfkd().collect::<String>().to_lowercase());
        let typed: Vec<&str> = normalized.split_whitespace().collect();
        if !WORD_COUNTS.contains(&typed.len()) {
            return Err(Error::BadWordCount { count: typed.len() });
        }
        // Shortened English words are expanded only when the words as typed are not a
        // phrase in any list, so that a real word of another list is never rewritten.
        let expanded: Vec<&str> = typed
            .iter()
            .map(|w| expand_prefix(w).unwrap_or(w))
            .collect();

        // The language is the one that knows every word and whose checksum holds. Lists
        // that share words (the two Chinese lists, English and French) can both qualify;
        // the words, and so the wallet, are then the same either way.
        let mut checksum_failed = false;
        for words in [&typed, &expanded] {
            let joined = Zeroizing::new(words.join(" "));
            for &lang in &LANGUAGES {
                if words.iter().all(|w| lang.find_word(w).is_some()) {
                    match Mnemonic::parse_in_normalized(lang, &joined) {
                        Ok(m) => return Ok(Phrase::holding(m)),
                        Err(_) => checksum_failed = true,
                    }
                }
            }
            if checksum_failed {
                return Err(Error::BadChecksum);
            }
        }
        // No list knows every word: name the first unknown word of the list that knows most.
        let known = |l: &Language| expanded.iter().filter(|w| l.find_word(w).is_some()).count();
        let best = LANGUAGES
            .iter()
            .rev()
            .max_by_key(|l| known(l))
            .copied()
            .unwrap_or(Language::English);
        let pos = expanded
            .iter()
            .position(|w| best.find_word(w).is_none())
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

/// The closest words of a list to a mistyped word, best first (at most three). For the
/// import screen to offer as the person types; never put in an error or a log.
pub fn suggest(word: &str, language: Language) -> Vec<&'static str> {
    let word = word.trim().to_lowercase();
    if word.is_empty() {
        return Vec::new();
    }
    let by_prefix = language.words_by_prefix(&word);
    if !by_prefix.is_empty() && by_prefix.len() <= 3 {
        return by_prefix.to_vec();
    }
    let mut scored: Vec<(usize, &'static str)> = language
        .word_list()
        .iter()
        .map(|&w| (edit_distance(&word, w), w))
        .filter(|&(d, _)| d <= 2)
        .collect();
    scored.sort_by_key(|&(d, w)| (d, w));
    scored.into_iter().take(3).map(|(_, w)| w).collect()
}

fn expand_prefix(word: &str) -> Option<&'static str> {
    let english = Language::English;
    if word.chars().count() < 4 || english.find_word(word).is_some() {
        return None;
    }
    match english.words_by_prefix(word) {
        [only] => Some(only),
        _ => None,
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
        assert_eq!(suggest("abuot", Language::English)[0], "about");

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

    #[test]
    fn debug_shows_no_words() {
        let p = Phrase::parse(ABANDON).unwrap();
        assert_eq!(format!("{p:?}"), "Phrase(<12 words redacted>)");
    }
}
