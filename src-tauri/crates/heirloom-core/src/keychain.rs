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

/// Longest wallet name, in characters: the record's limit on the same name.
pub const MAX_NAME_CHARS: usize = crate::fields::MAX_WALLET_NAME_CHARS;

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
    /// Stores a phrase under a new name. A name already in use is [`Error::WalletExists`];
    /// a wallet already saved (same fingerprint, any name) is
    /// [`Error::WalletAlreadySaved`], so no wallet is listed twice.
    fn add(&self, name: &str, phrase: &Phrase) -> Result<WalletEntry>;
    /// Replaces the wallet saved as `name`, which must still be the wallet with fingerprint
    /// `old` (the one the person confirmed replacing). The new phrase is written under a
    /// key of its own and read back before the old entry is removed, so a failure at any
    /// point leaves the old phrase in the keychain.
    fn replace(&self, name: &str, phrase: &Phrase, old: Fingerprint) -> Result<WalletEntry>;
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

/// Where a wallet's words are stored: the name and the fingerprint, so that a replacement
/// (another fingerprint) is written beside the entry it replaces, never over it.
fn wallet_key(name: &str, fingerprint: Fingerprint) -> String {
    format!("wallet:{fingerprint}:{name}")
}

/// Where Heirloom 0.1 stored a wallet's words: read, and removed with the wallet, but never
/// written any more.
fn legacy_key(name: &str) -> String {
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
        let current = self.index()?.get(name).map(|fp| wallet_key(name, *fp));
        for key in current.into_iter().chain([legacy_key(name)]) {
            if let Some(words) = self.0.get(&key)? {
                return Phrase::parse(&words);
            }
        }
        Err(Error::WalletNotFound)
    }

    /// Refuses a second entry of a wallet already saved, under any name.
    fn check_not_saved(
        index: &BTreeMap<String, Fingerprint>,
        fingerprint: Fingerprint,
        except: &str,
    ) -> Result<()> {
        match index
            .iter()
            .find(|(n, fp)| **fp == fingerprint && n.as_str() != except)
        {
            Some((name, _)) => Err(Error::WalletAlreadySaved {
                name: name.clone(),
                fingerprint,
            }),
            None => Ok(()),
        }
    }

    fn add(&self, name: &str, phrase: &Phrase) -> Result<WalletEntry> {
        check_name(name)?;
        let fingerprint = phrase.fingerprint();
        let mut index = self.index()?;
        if let Some(saved) = index.get(name) {
            return Err(if *saved == fingerprint {
                Error::WalletAlreadySaved {
                    name: name.to_string(),
                    fingerprint,
                }
            } else {
                Error::WalletExists
            });
        }
        if self.0.get(&legacy_key(name))?.is_some() {
            return Err(Error::WalletExists);
        }
        Self::check_not_saved(&index, fingerprint, name)?;
        self.write_checked(&wallet_key(name, fingerprint), &phrase.words())?;
        index.insert(name.to_string(), fingerprint);
        self.write_index(&index)?;
        Ok(WalletEntry {
            name: name.to_string(),
            fingerprint,
        })
    }

    fn replace(&self, name: &str, phrase: &Phrase, old: Fingerprint) -> Result<WalletEntry> {
        check_name(name)?;
        let fingerprint = phrase.fingerprint();
        let mut index = self.index()?;
        match index.get(name) {
            None => return Err(Error::WalletNotFound),
            Some(saved) if *saved != old => return Err(Error::WalletChanged),
            Some(_) => {}
        }
        let entry = WalletEntry {
            name: name.to_string(),
            fingerprint,
        };
        if fingerprint == old {
            // The same wallet: the words are the same, so there is nothing to replace.
            return Ok(entry);
        }
        Self::check_not_saved(&index, fingerprint, name)?;
        // New entry first, read back; then the index; only then the old words go.
        let new_key = wallet_key(name, fingerprint);
        self.write_checked(&new_key, &phrase.words())?;
        index.insert(name.to_string(), fingerprint);
        if let Err(e) = self.write_index(&index) {
            let _ = self.0.delete(&new_key);
            return Err(e);
        }
        self.0.delete(&wallet_key(name, old))?;
        self.0.delete(&legacy_key(name))?;
        Ok(entry)
    }

    fn remove(&self, name: &str) -> Result<()> {
        let mut index = self.index()?;
        let keys: Vec<String> = index
            .get(name)
            .map(|fp| wallet_key(name, *fp))
            .into_iter()
            .chain([legacy_key(name)])
            .collect();
        let mut found = index.contains_key(name);
        for key in &keys {
            found |= self.0.get(key)?.is_some();
        }
        if !found {
            return Err(Error::WalletNotFound);
        }
        for key in &keys {
            self.0.delete(key)?;
        }
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

/// A keychain that is [`Wallets`] over a store (its checks, then the store): every call goes to it.
macro_rules! forward_keychain {
    ($t:ty) => {
        impl Keychain for $t {
            fn list(&self) -> Result<Vec<WalletEntry>> {
                self.0.list()
            }
            fn get(&self, name: &str) -> Result<Phrase> {
                self.0.get(name)
            }
            fn add(&self, name: &str, phrase: &Phrase) -> Result<WalletEntry> {
                self.0.add(name, phrase)
            }
            fn replace(
                &self,
                name: &str,
                phrase: &Phrase,
                old: Fingerprint,
            ) -> Result<WalletEntry> {
                self.0.replace(name, phrase, old)
            }
            fn remove(&self, name: &str) -> Result<()> {
                self.0.remove(name)
            }
        }
    };
}

impl fmt::Debug for OsKeychain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OsKeychain({})", self.0 .0.service)
    }
}

forward_keychain!(OsKeychain);

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
            fail_writes: Default::default(),
        }))
    }
}

forward_keychain!(MemoryKeychain);

#[derive(Default)]
struct MemoryStore {
    entries: Mutex<BTreeMap<String, Zeroizing<String>>>,
    unavailable: bool,
    /// Tests: every write fails, as a keychain that refuses a new entry would.
    fail_writes: std::sync::atomic::AtomicBool,
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
        if self.fail_writes.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(Error::KeychainMismatch);
        }
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
        let e = k.add("Mum's wallet", &p).unwrap();
        assert_eq!(e.fingerprint.to_string(), "73c5da0a");
        assert_eq!(k.list().unwrap(), vec![e]);
        assert_eq!(*k.get("Mum's wallet").unwrap().words(), ABANDON);
        assert_eq!(
            k.add("Mum's wallet", &Phrase::generate(12).unwrap())
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
    fn replace_only_the_wallet_confirmed_and_new_before_old() {
        let k = MemoryKeychain::default();
        let first = Phrase::parse(ABANDON).unwrap();
        k.add("w", &first).unwrap();
        let other = Phrase::generate(24).unwrap();
        // The confirmation named another wallet than the one saved: nothing changes.
        assert_eq!(
            k.replace("w", &other, other.fingerprint()).unwrap_err(),
            Error::WalletChanged
        );
        assert_eq!(*k.get("w").unwrap().words(), ABANDON);
        k.replace("w", &other, first.fingerprint()).unwrap();
        assert_eq!(*k.get("w").unwrap().words(), *other.words());
        assert_eq!(k.list().unwrap().len(), 1);
        // Only the new entry and the index are left in the store.
        let keys: Vec<String> = k.0 .0.entries.lock().unwrap().keys().cloned().collect();
        assert_eq!(
            keys,
            vec!["index".to_string(), wallet_key("w", other.fingerprint())]
        );
    }

    #[test]
    fn a_failed_write_of_the_new_words_keeps_the_old_ones() {
        let k = MemoryKeychain::default();
        let first = Phrase::parse(ABANDON).unwrap();
        k.add("w", &first).unwrap();
        k.0 .0
            .fail_writes
            .store(true, std::sync::atomic::Ordering::SeqCst);
        let other = Phrase::generate(12).unwrap();
        assert!(k.replace("w", &other, first.fingerprint()).is_err());
        k.0 .0
            .fail_writes
            .store(false, std::sync::atomic::Ordering::SeqCst);
        assert_eq!(*k.get("w").unwrap().words(), ABANDON);
        assert_eq!(k.list().unwrap()[0].fingerprint, first.fingerprint());
    }

    #[test]
    fn a_wallet_is_saved_once() {
        let k = MemoryKeychain::default();
        let p = Phrase::parse(ABANDON).unwrap();
        k.add("Mum", &p).unwrap();
        let again = k.add("Recovered wallet", &p).unwrap_err();
        assert_eq!(
            again,
            Error::WalletAlreadySaved {
                name: "Mum".into(),
                fingerprint: p.fingerprint()
            }
        );
        assert_eq!(
            k.add("Mum", &p).unwrap_err(),
            Error::WalletAlreadySaved {
                name: "Mum".into(),
                fingerprint: p.fingerprint()
            }
        );
        assert_eq!(k.list().unwrap().len(), 1);
    }

    #[test]
    fn words_stored_by_an_earlier_version_are_read_and_removed() {
        let k = MemoryKeychain::default();
        let p = Phrase::parse(ABANDON).unwrap();
        k.0 .0.set(&legacy_key("old"), ABANDON).unwrap();
        k.0 .0
            .set(INDEX_KEY, &format!("{}\told\n", p.fingerprint()))
            .unwrap();
        assert_eq!(*k.get("old").unwrap().words(), ABANDON);
        assert_eq!(
            k.add("old", &Phrase::generate(12).unwrap()).unwrap_err(),
            Error::WalletExists
        );
        k.remove("old").unwrap();
        assert_eq!(k.get("old").unwrap_err(), Error::WalletNotFound);
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
            k.add("w", &Phrase::parse(ABANDON).unwrap()).unwrap_err(),
            Error::KeychainUnavailable
        );
    }
}
