//! What the UI receives about phrases, wallets and passphrases.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::IpcError;

/// A phrase held by the app, as the UI knows it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PhraseView {
    /// Opaque handle for later commands.
    pub handle: String,
    /// Number of words.
    pub words: usize,
    /// Wallet fingerprint, 8 hex digits.
    pub fingerprint: String,
    /// Word-list language.
    pub language: &'static str,
}

/// A wallet in the keychain.
#[derive(Debug, Clone, Serialize, TS)]
pub struct WalletView {
    /// Its name.
    pub name: String,
    /// Its fingerprint.
    pub fingerprint: String,
}

impl From<heirloom_core::keychain::WalletEntry> for WalletView {
    fn from(e: heirloom_core::keychain::WalletEntry) -> Self {
        WalletView {
            name: e.name,
            fingerprint: e.fingerprint.to_string(),
        }
    }
}

/// Whether the keychain can be used.
#[derive(Debug, Clone, Serialize, TS)]
pub struct KeychainStatus {
    /// True when wallets can be saved.
    pub available: bool,
    /// Why not: an error of kind `keychain_unavailable` (or another), so the page words it
    /// in its own language.
    pub problem: Option<IpcError>,
}

/// A generated passphrase, shown once. `Debug` names the handle only: the words are the
/// secret.
#[derive(Clone, Serialize, TS)]
pub struct GeneratedPassphrase {
    /// Opaque handle.
    pub handle: String,
    /// The six words, to show once.
    pub words: Vec<String>,
}

impl std::fmt::Debug for GeneratedPassphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "GeneratedPassphrase({}, <{} words redacted>)",
            self.handle,
            self.words.len()
        )
    }
}

#[cfg(test)]
mod generated_passphrase_tests {
    use super::GeneratedPassphrase;

    #[test]
    fn debug_shows_no_word() {
        let g = GeneratedPassphrase {
            handle: "h1".into(),
            words: vec!["orbit".into(), "lemon".into()],
        };
        let shown = format!("{g:?}");
        assert!(
            !shown.contains("orbit") && !shown.contains("lemon"),
            "{shown}"
        );
    }
}

/// A strength estimate.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StrengthView {
    /// Estimated bits (log2 of guesses).
    pub bits: f64,
    /// Whether it clears the floor.
    pub acceptable: bool,
    /// Bits needed.
    pub floor_bits: f64,
}

/// A BIP-39 word list, by its English name: the names of the card format and of
/// `heirloom_core::language_name` (`chinese_simplified`, …), so there is one naming.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WordList {
    /// English.
    English,
    /// Simplified Chinese.
    ChineseSimplified,
    /// Traditional Chinese.
    ChineseTraditional,
    /// Czech.
    Czech,
    /// French.
    French,
    /// Italian.
    Italian,
    /// Japanese.
    Japanese,
    /// Korean.
    Korean,
    /// Portuguese.
    Portuguese,
    /// Spanish.
    Spanish,
}

impl WordList {
    /// The core's language of this list.
    pub fn language(self) -> heirloom_core::Language {
        use heirloom_core::Language as L;
        match self {
            WordList::English => L::English,
            WordList::ChineseSimplified => L::SimplifiedChinese,
            WordList::ChineseTraditional => L::TraditionalChinese,
            WordList::Czech => L::Czech,
            WordList::French => L::French,
            WordList::Italian => L::Italian,
            WordList::Japanese => L::Japanese,
            WordList::Korean => L::Korean,
            WordList::Portuguese => L::Portuguese,
            WordList::Spanish => L::Spanish,
        }
    }

    /// The list of a core language.
    pub fn of(language: heirloom_core::Language) -> WordList {
        use heirloom_core::Language as L;
        match language {
            L::English => WordList::English,
            L::SimplifiedChinese => WordList::ChineseSimplified,
            L::TraditionalChinese => WordList::ChineseTraditional,
            L::Czech => WordList::Czech,
            L::French => WordList::French,
            L::Italian => WordList::Italian,
            L::Japanese => WordList::Japanese,
            L::Korean => WordList::Korean,
            L::Portuguese => WordList::Portuguese,
            L::Spanish => WordList::Spanish,
        }
    }
}
