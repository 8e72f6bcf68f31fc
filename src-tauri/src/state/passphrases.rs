//! The passphrases of new sets, as the app holds them between the commands of the backup
//! wizard: behind handles, a few at most, each dropped when unused for the phrase's idle
//! limit, and given out for cards only once the person typed it back from paper.

use std::collections::HashMap;
use std::time::Instant;

use heirloom_core::Passphrase;

use super::{lock, new_handle, AppState};
use crate::error::IpcError;

/// A passphrase for a new set, as the app holds it: the secret, whether Heirloom generated
/// it (six lower-case list words, so case does not matter when it is typed back), and
/// whether the person has typed it back from their paper. Cards are made only with a
/// confirmed one.
pub(super) struct HeldPassphrase {
    passphrase: Passphrase,
    generated: bool,
    confirmed: bool,
    last_used: Instant,
}

/// How many passphrases are held at most: the wizard needs one at a time; a few more cover
/// going back and forth. Past that, the least recently used is dropped, so that a script
/// calling the command in a loop cannot fill memory with secrets.
const PASSPHRASES_KEPT: usize = 4;

impl AppState {
    /// Keeps a passphrase for a new set, not yet confirmed; returns its handle.
    pub fn keep_passphrase(&self, passphrase: Passphrase, generated: bool) -> String {
        let h = new_handle();
        let held = HeldPassphrase {
            passphrase,
            generated,
            confirmed: false,
            last_used: Instant::now(),
        };
        let mut all = self.passphrases();
        while all.len() >= PASSPHRASES_KEPT {
            let oldest = all
                .iter()
                .min_by_key(|(_, h)| h.last_used)
                .map(|(k, _)| k.clone());
            match oldest {
                Some(k) => all.remove(&k),
                None => break,
            };
        }
        all.insert(h.clone(), held);
        h
    }

    /// The held passphrases, once those unused for longer than the idle limit (the
    /// phrase's) are dropped and their memory wiped.
    fn passphrases(&self) -> std::sync::MutexGuard<'_, HashMap<String, HeldPassphrase>> {
        let limit = *lock(&self.idle_limit);
        let mut held = lock(&self.passphrases);
        held.retain(|_, h| h.last_used.elapsed() < limit);
        held
    }

    /// Runs `f` on the passphrase of a handle and whether Heirloom generated it.
    pub fn with_passphrase<T>(
        &self,
        handle: &str,
        f: impl FnOnce(&Passphrase, bool) -> T,
    ) -> Result<T, IpcError> {
        self.passphrases()
            .get_mut(handle)
            .map(|h| {
                h.last_used = Instant::now();
                f(&h.passphrase, h.generated)
            })
            .ok_or_else(IpcError::expired)
    }

    /// Notes that the person typed the passphrase of `handle` back from their paper.
    pub fn confirm_passphrase(&self, handle: &str) -> Result<(), IpcError> {
        self.passphrases()
            .get_mut(handle)
            .map(|h| {
                h.confirmed = true;
                h.last_used = Instant::now();
            })
            .ok_or_else(IpcError::expired)
    }

    /// Takes a passphrase out of the state to make cards with: it must have been typed back
    /// from paper first, so that no card is locked with a passphrase nobody wrote down.
    pub fn take_confirmed_passphrase(&self, handle: &str) -> Result<Passphrase, IpcError> {
        let mut held = self.passphrases();
        match held.get(handle) {
            None => Err(IpcError::expired()),
            Some(h) if !h.confirmed => Err(IpcError::passphrase_not_confirmed()),
            Some(_) => Ok(held
                .remove(handle)
                .map(|h| h.passphrase)
                .ok_or_else(IpcError::expired)?),
        }
    }

    /// Puts a confirmed passphrase back under its handle (the cards could not be made, and
    /// the person may try again).
    pub fn put_confirmed_passphrase(&self, handle: &str, passphrase: Passphrase) {
        let held = HeldPassphrase {
            passphrase,
            generated: false,
            confirmed: true,
            last_used: Instant::now(),
        };
        self.passphrases().insert(handle.to_string(), held);
    }

    /// Drops a passphrase (its memory is wiped). An unknown handle was dropped already.
    pub fn forget_passphrase(&self, handle: &str) {
        lock(&self.passphrases).remove(handle);
    }
}
