//! The error that crosses IPC: `{kind, message}`. `kind` is a closed list the UI branches
//! on (the core's kinds, plus the shell's own below); `message` is what a person reads.

use serde::Serialize;

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IpcError {
    /// A stable identifier from a closed list.
    pub kind: &'static str,
    /// Plain words for the person at the screen.
    pub message: String,
}

impl From<heirloom_core::Error> for IpcError {
    fn from(e: heirloom_core::Error) -> Self {
        IpcError {
            kind: e.kind(),
            message: e.to_string(),
        }
    }
}

impl IpcError {
    /// The handle of a phrase or passphrase is unknown: it was forgotten, or never existed.
    pub fn expired() -> Self {
        IpcError {
            kind: "expired",
            message: "This step has expired, so the words were cleared from memory. Please start this backup again.".into(),
        }
    }

    /// A worker thread of Heirloom's own failed (a bug, not the person's input). Nothing was
    /// changed; saying "wrong passphrase" or "damaged card" here would send a family looking
    /// for a problem they don't have.
    pub fn internal() -> Self {
        IpcError {
            kind: "internal",
            message: "Something went wrong inside Heirloom, not with your cards or words. Nothing was changed. Please try again; if it happens again, close Heirloom, open it again, and report the problem.".into(),
        }
    }

    /// The retyped passphrase does not match the generated one.
    pub fn passphrase_mismatch() -> Self {
        IpcError {
            kind: "passphrase_mismatch",
            message:
                "The words you typed are not the passphrase shown. Check each word and try again."
                    .into(),
        }
    }

    /// The person did not confirm a removal.
    pub fn not_confirmed() -> Self {
        IpcError {
            kind: "not_confirmed",
            message: "Type the wallet's name exactly to confirm removing it.".into(),
        }
    }

    /// A set id that is not 16 hexadecimal characters.
    pub fn no_such_set() -> Self {
        IpcError {
            kind: "set_not_found",
            message: "That is not a backup set id: it is the 16 characters printed on each card."
                .into(),
        }
    }

    /// The person did not confirm retiring a set.
    pub fn retire_not_confirmed() -> Self {
        IpcError {
            kind: "not_confirmed",
            message: "Type the set's name exactly as shown to confirm retiring it.".into(),
        }
    }

    /// The set named to replace a retired one is not another set of the same wallet.
    pub fn not_a_replacement() -> Self {
        IpcError {
            kind: "not_a_replacement",
            message: "A set can only be replaced by another backup of the same wallet.".into(),
        }
    }

    /// A file could not be written.
    pub fn io(what: &str, e: &std::io::Error) -> Self {
        IpcError {
            kind: "io",
            message: format!("Could not write {what}: {e}."),
        }
    }
}

/// Result of a command.
pub type CmdResult<T> = Result<T, IpcError>;
