//! Where wallets live between sessions: the operating system's keychain (Secret Service on
//! Linux, Keychain on macOS, Credential Manager on Windows), one entry per named wallet.
//!
//! Keychains cannot be searched portably, so the names and fingerprints of the wallets are
//! kept in one more entry, the index; it holds nothing secret. Every write is read back and
//! compared, and nothing is ever replaced unless the caller says so.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Mutex;

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::fingerprint::Fingerprint;
use crate::phrase::Phrase;

/// Longest wallet name, in characters.
pub const MAX_NAME_CHARS: usize = 64;

/// A wallet as listed: its name and fingerprint. Public data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalletEntry {
    /// The name the holder gave it.
    pub name: String,
    /// Its BIP-32 master key fingerprint.
    pub fingerprint: Fingerprint,
}

/// A store of named recovery phrases.
pub trait Keychain: Send + Sync {
    /// The wallets, by name.
    fn list(&self) -> Result<Vec<WalletEntry>>;
    /// The phrase of a wallet.
    fn get(&self, name: &str) -> Result<Phrase>;
    /// Stores a phrase under a name. With `replace` false, an existing entry of that name is
    /// an error; the caller asks the person before passing true.
    fn add(&self, name: &str, phrase: &Phrase, replace: bool) -> Result<WalletEntry>;
    /// Deletes a wallet. The caller has asked for confirmation.
    fn remove(&self, name: &str) -> Result<()>;
}

/// Checks a wallet name: 1 to 64 characters, no control characters, not blank.
pub fn check_name(name: &str) -> Result<()> {
    let n = name.chars().count();
    if name.trim().is_empty() || n > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(Error::InvalidWalletName);
    }
    Ok(())
}

/// The low-level store under a keychain: get, set and delete strings by key.
trait Store: Send + Sync {
    fn get(&self, key: &str) -> Result<Option<Zeroizing<String>>>;
    fn set(&self, key: &str, value: &str) -> Result<()>;
    fn delete(&self, key: &str) -> Result<()>;
}

const INDEX_KEY: &str = "index";

fn wallet_key(name: &str) -> String {
    format!("wallet:{name}")
}

/// The keychain logic over any store: index upkeep, read-back, no silent overwrite.
#[derive(Default)]
struct Wallets<S: Store>(S);

impl<S: Store> Wallets<S> {
    fn index(&self) -> Result<BTreeMap<String, Fingerprint>> {
        let Some(raw) = self.0.get(INDEX_KEY)? else {
            return Ok(BTreeMap::new());
        };
        // One wallet per line: 8 hex digits of fingerprint, a tab, the name.
        Ok(raw
            .lines()
            .filter_map(|l| {
                let (fp, name) = l.split_once('\t')?;
                Some((name.to_string(), Fingerprint::from_hex(fp)?))
            })
            .collect())
    }

    fn write_index(&self, index: &BTreeMap<String, Fingerprint>) -> Result<()> {
        let text: String = index.iter().map(|(n, fp)| format!("{fp}\t{n}\n")).collect();
        self.write_checked(INDEX_KEY, &text)
    }

    fn write_checked(&self, key: &str, value: &str) -> Result<()> {
        self.0.set(key, value)?;
        match self.0.get(key)? {
            Some(back) if back.as_str() == value => Ok(()),
            _ => Err(Error::KeychainMismatch),
        }
    }

    fn list(&self) -> Result<Vec<WalletEntry>> {
        Ok(self
            .index()?
            .into_iter()
            .map(|(name, fingerprint)| WalletEntry { name, fingerprint })
            .collect())
    }

    fn get(&self, name: &str) -> Result<Phrase> {
        let words = self
            .0
            .get(&wallet_key(name))?
            .ok_or(Error::WalletNotFound)?;
        Phrase::parse(&words)
    }

    fn add(&self, name: &str, phrase: &Phrase, replace: bool) -> Result<WalletEntry> {
        check_name(name)?;
        let key = wallet_key(name);
        if !replace && self.0.get(&key)?.is_some() {
            return Err(Error::WalletExists);
        }
        self.write_checked(&key, &phrase.words())?;
        let fingerprint = phrase.fingerprint();
        let mut index = self.index()?;
        index.insert(name.to_string(), fingerprint);
        self.write_index(&index)?;
        Ok(WalletEntry {
            name: name.to_string(),
            fingerprint,
        })
    }

    fn remove(&self, name: &str) -> Result<()> {
        let key = wallet_key(name);
        let mut index = self.index()?;
        if self.0.get(&key)?.is_none() && !index.contains_key(name) {
            return Err(Error::WalletNotFound);
        }
        self.0.delete(&key)?;
        index.remove(name);
        self.write_index(&index)
    }
}

/// The operating system's keychain, under one service name. The app uses "heirloom";
/// tests use a name of their own so they never touch a real wallet.
pub struct OsKeychain(Wallets<OsStore>);

impl OsKeychain {
    /// A keychain whose entries are filed under `service`.
    pub fn new(service: &str) -> Self {
        OsKeychain(Wallets(OsStore {
            service: service.to_string(),
        }))
    }
}

impl fmt::Debug for OsKeychain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OsKeychain({})", self.0 .0.service)
    }
}

impl Keychain for OsKeychain {
    fn list(&self) -> Result<Vec<WalletEntry>> {
        self.0.list()
    }
    fn get(&self, name: &str) -> Result<Phrase> {
        self.0.get(name)
    }
    fn add(&self, name: &str, phrase: &Phrase, replace: bool) -> Result<WalletEntry> {
        self.0.add(name, phrase, replace)
    }
    fn remove(&self, name: &str) -> Result<()> {
        self.0.remove(name)
    }
}

struct OsStore {
    service: String,
}

impl OsStore {
    fn entry(&self, key: &str) -> Result<keyring::Entry> {
        keyring::Entry::new(&self.service, key).map_err(map_keyring)
    }
}

fn map_keyring(e: keyring::Error) -> Error {
    match e {
        keyring::Error::NoStorageAccess(_) | keyring::Error::PlatformFailure(_) => {
            Error::KeychainUnavailable
        }
        _ => Error::KeychainMismatch,
    }
}

impl Store for OsStore {
    fn get(&self, key: &str) -> Result<Option<Zeroizing<String>>> {
        match self.entry(key)?.get_password() {
            Ok(v) => Ok(Some(Zeroizing::new(v))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(map_keyring(e)),
        }
    }
    fn set(&self, key: &str, value: &str) -> Result<()> {
        self.entry(key)?.set_password(value).map_err(map_keyring)
    }
    fn delete(&self, key: &str) -> Result<()> {
        match self.entry(key)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(map_keyring(e)),
        }
    }
}

/// A keychain in memory, for tests of the code above the keychain. Never used by the app.
#[derive(Default)]
pub struct MemoryKeychain(Wallets<MemoryStore>);

impl fmt::Debug for MemoryKeychain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MemoryKeychain")
    }
}

impl MemoryKeychain {
    /// A keychain that behaves as if the OS had none (locked, or no Secret Service).
    pub fn unavailable() -> Self {
        MemoryKeychain(Wallets(MemoryStore {
            entries: Mutex::new(BTreeMap::new()),
            unavailable: true,
        }))
    }
}

impl Keychain for MemoryKeychain {
    fn list(&self) -> Result<Vec<WalletEntry>> {
        self.0.list()
    }
    fn get(&self, name: &str) -> Result<Phrase> {
        self.0.get(name)
    }
    fn add(&self, name: &str, phrase: &Phrase, replace: bool) -> Result<WalletEntry> {
        self.0.add(name, phrase, replace)
    }
    fn remove(&self, name: &str) -> Result<()> {
        self.0.remove(name)
    }
}

#[derive(Default)]
struct MemoryStore {
    entries: Mutex<BTreeMap<String, Zeroizing<String>>>,
    unavailable: bool,
}

impl MemoryStore {
    fn lock(&self) -> Result<std::sync::MutexGuard<'_, BTreeMap<String, Zeroizing<String>>>> {
        if self.unavailable {
            return Err(Error::KeychainUnavailable);
        }
        self.entries.lock().map_err(|_| Error::KeychainUnavailable)
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<Zeroizing<String>>> {
        Ok(self.lock()?.get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<()> {
        self.lock()?
            .insert(key.to_string(), Zeroizing::new(value.to_string()));
        Ok(())
    }
    fn delete(&self, key: &str) -> Result<()> {
        self.lock()?.remove(key);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ABANDON: &str = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

    #[test]
    fn add_list_get_remove() {
        let k = MemoryKeychain::default();
        let p = Phrase::parse(ABANDON).unwrap();
        let e = k.add("Mum's wallet", &p, false).unwrap();
        assert_eq!(e.fingerprint.to_string(), "73c5da0a");
        assert_eq!(k.list().unwrap(), vec![e]);
        assert_eq!(*k.get("Mum's wallet").unwrap().words(), ABANDON);
        assert_eq!(
            k.add("Mum's wallet", &Phrase::generate(12).unwrap(), false)
                .unwrap_err(),
            Error::WalletExists
        );
        assert_eq!(
            *k.get("Mum's wallet").unwrap().words(),
            ABANDON,
            "not overwritten"
        );
        k.remove("Mum's wallet").unwrap();
        assert!(k.list().unwrap().is_empty());
        assert_eq!(k.get("Mum's wallet").unwrap_err(), Error::WalletNotFound);
        assert_eq!(k.remove("Mum's wallet").unwrap_err(), Error::WalletNotFound);
    }

    #[test]
    fn replace_only_when_asked() {
        let k = MemoryKeychain::default();
        k.add("w", &Phrase::parse(ABANDON).unwrap(), false).unwrap();
        let other = Phrase::generate(24).unwrap();
        k.add("w", &other, true).unwrap();
        assert_eq!(*k.get("w").unwrap().words(), *other.words());
        assert_eq!(k.list().unwrap().len(), 1);
    }

    #[test]
    fn names_are_checked() {
        for bad in ["", "   ", "a\nb", &"x".repeat(65)] {
            assert_eq!(
                check_name(bad).unwrap_err(),
                Error::InvalidWalletName,
                "{bad:?}"
            );
        }
        assert!(check_name("Ōma's savings 2025").is_ok());
    }

    #[test]
    fn unavailable_says_so() {
        let k = MemoryKeychain::unavailable();
        assert_eq!(k.list().unwrap_err(), Error::KeychainUnavailable);
        assert_eq!(
            k.add("w", &Phrase::parse(ABANDON).unwrap(), false)
                .unwrap_err(),
            Error::KeychainUnavailable
        );
    }
}
