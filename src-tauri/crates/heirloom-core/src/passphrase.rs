//! The set passphrase: generated (six BIP-39 words, 66 bits) by default, or chosen by the
//! holder above a strength floor. Held only in wiped memory and never printed by `Debug`.

use std::fmt;

use bip39::Language;
use rand::{rngs::OsRng, Rng};
use secrecy::{ExposeSecret, SecretString};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::harden::Locked;

/// Words in a generated passphrase.
pub const GENERATED_WORDS: usize = 6;

/// The strength floor for a chosen passphrase, as log10 of the estimated guesses.
/// 10^15 guesses at the default KDF is far beyond any realistic attacker; a generated
/// passphrase has 10^19.9.
pub const MIN_GUESSES_LOG10: f64 = 15.0;

/// A normalised passphrase (NFKD, trimmed, inner white space collapsed).
pub struct Passphrase {
    secret: SecretString,
    _locked: Locked,
}

impl Passphrase {
    fn holding(text: String) -> Self {
        // The string's heap buffer moves into the secret unchanged, so its pages stay put.
        let secret = SecretString::from(text);
        let _locked = Locked::new(secret.expose_secret().as_bytes());
        Passphrase { secret, _locked }
    }

    /// A passphrase as typed during recovery: normalised, but not judged for strength.
    pub fn new(text: &str) -> Result<Self> {
        let normalized = normalize(text);
        if normalized.is_empty() {
            return Err(Error::EmptyPassphrase);
        }
        Ok(Passphrase::holding(normalized))
    }

    /// A passphrase the holder chose for a new set: not a well-known phrase, and above
    /// the strength floor.
    pub fn chosen(text: &str) -> Result<Self> {
        let p = Self::new(text)?;
        let strength = p.strength();
        if strength.well_known {
            return Err(Error::WellKnownPassphrase);
        }
        if !strength.acceptable {
            return Err(Error::WeakPassphrase);
        }
        Ok(p)
    }

    /// Six words drawn uniformly from the English BIP-39 list with the OS generator.
    pub fn generate() -> Self {
        Self::generate_with(&mut OsRng)
    }

    /// As [`Passphrase::generate`], from the given generator (reproducible test vectors).
    pub fn generate_with<R: rand::RngCore + rand::CryptoRng>(rng: &mut R) -> Self {
        let list = Language::English.word_list();
        let words: Vec<&str> = (0..GENERATED_WORDS)
            .map(|_| list[rng.gen_range(0..list.len())])
            .collect();
        Passphrase::holding(words.join(" "))
    }

    /// The normalised text that goes into the KDF.
    pub fn normalized(&self) -> &str {
        self.secret.expose_secret()
    }

    /// An estimate of how hard the passphrase is to guess.
    pub fn strength(&self) -> Strength {
        strength(self.normalized())
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// How hard a passphrase is to guess.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Strength {
    /// log10 of the estimated number of guesses.
    pub guesses_log10: f64,
    /// Whether it clears the floor for a new set (never for a well-known phrase).
    pub acceptable: bool,
    /// Whether it is a well-known phrase (a famous quote, a test string), which attackers
    /// try before anything else, however long it is.
    pub well_known: bool,
}

/// Estimates strength with zxcvbn (dictionary words, names, dates, keyboard patterns and
/// l33t substitutions are all counted as the attacker would). zxcvbn scores "correct horse
/// battery staple" by its four common words, but it is on every attacker's list, so
/// well-known phrases count as found within the first guesses. Generated passphrases are
/// not judged: they have 66 bits by construction.
pub fn strength(text: &str) -> Strength {
    let normalized = Zeroizing::new(normalize(text));
    if is_well_known(&normalized) {
        return Strength {
            guesses_log10: (WELL_KNOWN.len() as f64).log10(),
            acceptable: false,
            well_known: true,
        };
    }
    let guesses_log10 = zxcvbn::zxcvbn(&normalized, &[]).guesses_log10();
    Strength {
        guesses_log10,
        acceptable: guesses_log10 >= MIN_GUESSES_LOG10,
        well_known: false,
    }
}

/// Phrases on attackers' lists before any dictionary: passphrase examples, famous quotes,
/// typing and layout test strings, and the BIP-39 test phrases. Compared letter for letter
/// ([`letters_only`]), so their spelling here is only for people.
const WELL_KNOWN: &[&str] = &[
    "correct horse battery staple",
    "the quick brown fox jumps over the lazy dog",
    "the quick brown fox jumped over the lazy dog",
    "pack my box with five dozen liquor jugs",
    "jackdaws love my big sphinx of quartz",
    "sphinx of black quartz, judge my vow",
    "lorem ipsum",
    "lorem ipsum dolor sit amet",
    "lorem ipsum dolor sit amet, consectetur adipiscing elit",
    "to be or not to be",
    "to be, or not to be, that is the question",
    "i am satoshi nakamoto",
    "chancellor on brink of second bailout for banks",
    "the times 03/jan/2009 chancellor on brink of second bailout for banks",
    "bitcoin: a peer-to-peer electronic cash system",
    "don't trust, verify",
    "hello world",
    "let me in",
    "open sesame",
    "i love you",
    "all your base are belong to us",
    "may the force be with you",
    "a long time ago in a galaxy far, far away",
    "one ring to rule them all",
    "winter is coming",
    "never gonna give you up",
    "i think, therefore i am",
    "four score and seven years ago",
    "we hold these truths to be self-evident",
    "it was the best of times, it was the worst of times",
    "call me ishmael",
    "in the beginning god created the heaven and the earth",
    "in the beginning was the word",
    "our father, who art in heaven",
    "the lord is my shepherd",
    "veni, vidi, vici",
    "carpe diem",
    "the answer to life, the universe and everything",
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
     abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
     abandon art",
    "legal winner thank year wave sausage worth useful legal winner thank yellow",
    "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
    "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
    "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo \
     zoo vote",
];

/// Whether `normalized` is a well-known phrase once case, spaces, punctuation and digits
/// are set aside ("Correct-Horse-Battery-Staple 2024!" is still the comic's phrase), or
/// one said several times over.
fn is_well_known(normalized: &str) -> bool {
    let letters = letters_only(normalized);
    !letters.is_empty()
        && WELL_KNOWN.iter().any(|known| {
            let known = letters_only(known);
            letters.len().is_multiple_of(known.len())
                && letters
                    .as_bytes()
                    .chunks(known.len())
                    .all(|c| c == known.as_bytes())
        })
}

/// The letters of `text`, lower case, nothing else (accents are already apart after NFKD).
fn letters_only(text: &str) -> Zeroizing<String> {
    Zeroizing::new(
        text.chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect(),
    )
}

/// NFKD, then trim and collapse every run of white space to one space (spec section 5).
pub fn normalize(text: &str) -> String {
    let nfkd = Zeroizing::new(text.nfkd().collect::<String>());
    let mut out = String::with_capacity(nfkd.len());
    for (i, word) in nfkd.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_is_six_random_list_words() {
        let p = Passphrase::generate();
        let words: Vec<&str> = p.normalized().split(' ').collect();
        assert_eq!(words.len(), 6);
        assert!(words
            .iter()
            .all(|w| Language::English.find_word(w).is_some()));
        let other = Passphrase::generate();
        assert_ne!(p.normalized(), other.normalized());
    }

    #[test]
    fn normalisation() {
        assert_eq!(normalize("  a \t b\n c  "), "a b c");
        // NFKD: the ligature "ﬁ" decomposes to "fi", and é to e + combining accent.
        assert_eq!(normalize("ﬁne"), "fine");
        assert_eq!(normalize("caf\u{e9}"), "cafe\u{301}");
        assert_eq!(
            Passphrase::new(" Hello   World ").unwrap().normalized(),
            "Hello World"
        );
        assert_eq!(
            Passphrase::new("  \n ").unwrap_err(),
            Error::EmptyPassphrase
        );
    }

    #[test]
    fn weak_choices_are_refused() {
        for weak in [
            "password",
            "Tr0ub4dor&3",
            "correct horse",
            "abandon abandon abandon abandon abandon abandon",
            "123456789012",
        ] {
            assert_eq!(
                Passphrase::chosen(weak).unwrap_err(),
                Error::WeakPassphrase,
                "{weak}"
            );
        }
        for strong in [
            "correct horse battery staple orbit lemon",
            "my grandmother's teapot sings at 7 when it rains in Leeds",
        ] {
            assert!(Passphrase::chosen(strong).is_ok(), "{strong}");
        }
    }

    #[test]
    fn well_known_phrases_are_refused_however_they_are_written() {
        for known in [
            "correct horse battery staple",
            "Correct Horse Battery Staple",
            "correct-horse-battery-staple",
            "CorrectHorseBatteryStaple1!",
            "  correct horse battery staple 2024 ",
            "The quick brown fox jumps over the lazy dog.",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit",
            "To be, or not to be: that is the question.",
            "I am Satoshi Nakamoto",
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
            "legal winner thank year wave sausage worth useful legal winner thank yellow",
            "correct horse battery staple correct horse battery staple",
            "ＣＯＲＲＥＣＴ ＨＯＲＳＥ ＢＡＴＴＥＲＹ ＳＴＡＰＬＥ",
        ] {
            let s = strength(known);
            assert!(s.well_known && !s.acceptable, "{known}: {s:?}");
            assert_eq!(
                Passphrase::chosen(known).unwrap_err(),
                Error::WellKnownPassphrase,
                "{known}"
            );
        }
        assert!(Error::WellKnownPassphrase
            .to_string()
            .contains("well-known phrase that attackers try first; choose words of your own"));
        // Words of one's own around a famous phrase are judged like any other passphrase.
        let own = "correct horse battery staple orbit lemon";
        assert!(!strength(own).well_known);
        assert!(Passphrase::chosen(own).is_ok());
        // During recovery, whatever was chosen long ago is accepted as typed.
        assert!(Passphrase::new("correct horse battery staple").is_ok());
        assert!(!strength("").well_known && !strength("1234 !!").well_known);
    }

    #[test]
    fn debug_is_redacted() {
        let p = Passphrase::new("secret words here").unwrap();
        assert!(!format!("{p:?}").contains("secret"));
    }
}
