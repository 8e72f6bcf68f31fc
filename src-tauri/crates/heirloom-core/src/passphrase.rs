//! The set passphrase: generated (six BIP-39 words, 66 bits) by default, or chosen by the
//! holder above a strength floor. Held only in wiped memory and never printed by `Debug`.

use std::fmt;

use bip39::Language;
use rand::{rngs::OsRng, Rng};
use secrecy::{ExposeSecret, SecretString};
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};

/// Words in a generated passphrase.
pub const GENERATED_WORDS: usize = 6;

/// The strength floor for a chosen passphrase, as log10 of the estimated guesses.
/// 10^15 guesses at the default KDF is far beyond any realistic attacker; a generated
/// passphrase has 10^19.9.
pub const MIN_GUESSES_LOG10: f64 = 15.0;

/// A normalised passphrase (NFKD, trimmed, inner white space collapsed).
pub struct Passphrase(SecretString);

impl Passphrase {
    /// A passphrase as typed during recovery: normalised, but not judged for strength.
    pub fn new(text: &str) -> Result<Self> {
        let normalized = normalize(text);
        if normalized.is_empty() {
            return Err(Error::EmptyPassphrase);
        }
        Ok(Passphrase(SecretString::from(normalized)))
    }

    /// A passphrase the holder chose for a new set: it must clear the strength floor.
    pub fn chosen(text: &str) -> Result<Self> {
        let p = Self::new(text)?;
        if p.strength().guesses_log10 < MIN_GUESSES_LOG10 {
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
        Passphrase(SecretString::from(words.join(" ")))
    }

    /// The normalised text that goes into the KDF.
    pub fn normalized(&self) -> &str {
        self.0.expose_secret()
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
    /// Whether it clears the floor for a new set.
    pub acceptable: bool,
}

/// Estimates strength with zxcvbn (dictionary words, names, dates, keyboard patterns and
/// l33t substitutions are all counted as the attacker would). Generated passphrases are not
/// judged: they have 66 bits by construction.
pub fn strength(text: &str) -> Strength {
    let normalized = zeroize::Zeroizing::new(normalize(text));
    let guesses_log10 = zxcvbn::zxcvbn(&normalized, &[]).guesses_log10();
    Strength {
        guesses_log10,
        acceptable: guesses_log10 >= MIN_GUESSES_LOG10,
    }
}

/// NFKD, then trim and collapse every run of white space to one space (spec section 5).
pub fn normalize(text: &str) -> String {
    let nfkd = zeroize::Zeroizing::new(text.nfkd().collect::<String>());
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
    fn debug_is_redacted() {
        let p = Passphrase::new("secret words here").unwrap();
        assert!(!format!("{p:?}").contains("secret"));
    }
}
