//! Keeping secrets out of crash files and swap.
//!
//! A core dump of a process that holds a phrase is the phrase on disk, readable by whoever
//! finds the file; a swapped-out page is the same, later. [`process`] turns dumps off for the
//! whole process; `Locked` keeps the pages under one secret in memory while it lives.

use std::collections::BTreeMap;
use std::io;
use std::sync::{Mutex, OnceLock, PoisonError};

/// What [`process`] could not do on this system, for a caller that wants to say so.
#[derive(Debug, Default)]
pub struct Unhardened {
    /// Core dumps could not be turned off (the error of the refused call).
    pub core_dumps: Option<io::Error>,
}

/// Turns core dumps off for this process, before it reads any secret.
///
/// On Linux both `RLIMIT_CORE` 0 (no core file, however the process dies) and
/// `PR_SET_DUMPABLE` 0 (no dump through a pipe in `core_pattern` such as systemd-coredump,
/// which ignores the limit, and no `ptrace` attach by another process of the same user). On
/// other Unix systems the limit only. Windows Error Reporting is a system setting that a
/// process cannot refuse for itself; nothing is done there.
pub fn process() -> Unhardened {
    let mut result = Unhardened::default();
    #[cfg(unix)]
    {
        use rustix::process::{setrlimit, Resource, Rlimit};
        let none = Rlimit {
            current: Some(0),
            maximum: Some(0),
        };
        if let Err(e) = setrlimit(Resource::Core, none) {
            result.core_dumps = Some(e.into());
        }
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        use rustix::process::{set_dumpable_behavior, DumpableBehavior};
        if let Err(e) = set_dumpable_behavior(DumpableBehavior::NotDumpable) {
            result.core_dumps.get_or_insert(e.into());
        }
    }
    result
}

/// The pages under a secret, kept in RAM (out of swap) while this value lives.
///
/// Best effort: where the system refuses (a locked-memory limit reached), the secret is still
/// wiped on drop, only not pinned. Pages are counted, because `munlock` does not nest: two
/// secrets that share a page keep it locked until both are gone.
pub(crate) struct Locked {
    first_page: usize,
    pages: usize,
}

type Pages = Mutex<BTreeMap<usize, (usize, Option<region::LockGuard>)>>;

fn pages() -> &'static Pages {
    static PAGES: OnceLock<Pages> = OnceLock::new();
    PAGES.get_or_init(|| Mutex::new(BTreeMap::new()))
}

impl Locked {
    /// Locks the pages under `bytes`, which must not move while this value lives (a heap
    /// buffer that is not grown).
    pub(crate) fn new(bytes: &[u8]) -> Locked {
        Self::at(bytes.as_ptr() as usize, bytes.len())
    }

    /// Locks the pages under the `len` bytes at `start`, as [`Locked::new`].
    pub(crate) fn at(start: usize, len: usize) -> Locked {
        let size = region::page::size();
        if len == 0 {
            return Locked {
                first_page: 0,
                pages: 0,
            };
        }
        let first_page = start / size;
        let pages = (start + len - 1) / size - first_page + 1;
        let mut map = pages_map();
        for p in first_page..first_page + pages {
            let entry = map.entry(p).or_insert((0, None));
            if entry.0 == 0 {
                entry.1 = region::lock((p * size) as *const u8, 1).ok();
            }
            entry.0 += 1;
        }
        Locked { first_page, pages }
    }

    /// Whether every page under the secret is locked (for tests).
    #[cfg(test)]
    fn is_locked(&self) -> bool {
        let map = pages_map();
        (self.first_page..self.first_page + self.pages)
            .all(|p| map.get(&p).is_some_and(|e| e.1.is_some()))
    }
}

fn pages_map() -> std::sync::MutexGuard<'static, BTreeMap<usize, (usize, Option<region::LockGuard>)>>
{
    pages().lock().unwrap_or_else(PoisonError::into_inner)
}

impl Drop for Locked {
    fn drop(&mut self) {
        let mut map = pages_map();
        for p in self.first_page..self.first_page + self.pages {
            if let Some(entry) = map.get_mut(&p) {
                entry.0 -= 1;
                if entry.0 == 0 {
                    // Dropping the guard unlocks the page.
                    map.remove(&p);
                }
            }
        }
    }
}

impl std::fmt::Debug for Locked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Locked({} pages)", self.pages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_pages_stay_locked_until_the_last_secret_goes() {
        #[allow(clippy::useless_vec)] // on the heap, where the secrets it stands for live
        let buffer = vec![7u8; 64];
        let a = Locked::new(&buffer[..32]);
        let b = Locked::new(&buffer[32..]);
        // Where some locked memory is allowed (Linux gives 8 MiB by default), the page is
        // locked; with none allowed, only the counting is checked.
        let allowed = rustix::process::getrlimit(rustix::process::Resource::Memlock)
            .current
            .is_none_or(|n| n >= 2 * region::page::size() as u64);
        let locked = a.is_locked();
        assert!(locked || !allowed, "the page is locked");
        drop(a);
        assert_eq!(
            b.is_locked(),
            locked,
            "b's page is still locked after a went"
        );
        drop(b);
        let map = pages_map();
        let page = buffer.as_ptr() as usize / region::page::size();
        assert!(!map.contains_key(&page), "the last secret unlocks its page");
    }
}
