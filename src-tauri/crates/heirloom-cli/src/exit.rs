//! How a failure reaches the user: one line on stderr, and an exit status per kind so that
//! scripts can branch without parsing words.

use std::path::Path;
use std::process::ExitCode;

use heirloom_core::Error;

/// A failure of a command, with the line to print.
#[derive(Debug)]
pub enum Failure {
    /// A core error, optionally about one card file.
    Core { file: Option<String>, error: Error },
    /// Bad or missing input that is not a core error.
    Input(String),
    /// A file could not be read or written.
    Io(String),
}

impl Failure {
    pub fn input(message: &str) -> Self {
        Failure::Input(message.to_owned())
    }

    pub fn io(path: &Path, e: &std::io::Error) -> Self {
        Failure::Io(format!("{}: {e}", path.display()))
    }

    pub fn card(path: &Path, error: Error) -> Self {
        Failure::Core {
            file: Some(path.display().to_string()),
            error,
        }
    }

    /// Prints the one line and gives the exit status.
    pub fn report(self) -> ExitCode {
        let (line, code) = match self {
            Failure::Core { file, error } => {
                let code = status(&error);
                match file {
                    Some(f) => (format!("{f}: {error}"), code),
                    None => (error.to_string(), code),
                }
            }
            Failure::Input(m) => (m, 2),
            Failure::Io(m) => (m, 1),
        };
        eprintln!("heirloom: {line}");
        ExitCode::from(code)
    }
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure::Core { file: None, error }
    }
}

/// Exit statuses, documented in the README.
fn status(e: &Error) -> u8 {
    match e {
        Error::NotACard => 3,
        Error::Typo { .. } => 4,
        Error::Damaged { .. } => 5,
        Error::OtherSet { .. } => 6,
        Error::Duplicate { .. } => 7,
        Error::NotEnoughCards { .. } => 8,
        Error::WrongPassphrase => 9,
        Error::UnsupportedVersion { .. } => 10,
        Error::KdfOutOfBounds => 11,
        _ => 2,
    }
}
