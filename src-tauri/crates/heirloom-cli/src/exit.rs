//! How a failure reaches the user: one line on stderr, and an exit status per kind so that
//! scripts can branch without parsing words.

use std::io::Write as _;
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
    /// A file could not be read or written, or the result could not be written out.
    Io(String),
    /// A file given as a card file is not one: not text, far too big, not a file at all.
    NotACardFile(String),
    /// Pictures held QR codes, but none of them is a card.
    NoCard(String),
    /// A failure already printed (with others, as they happened): only its exit status is
    /// left to give.
    Reported(u8),
    /// A command that needs every card of a set was given only some of them.
    MissingCards(String),
    /// `verify`: every subset gives one wallet, but there was no fingerprint to compare it
    /// with, so the set is not verified until a person has compared it.
    Unconfirmed(String),
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

    /// Prints the one line, for a failure that does not end the command at once.
    pub fn print(&self) {
        if !matches!(self, Failure::Reported(_)) {
            // Not eprintln!: a full or closed stderr must not turn a failure into a panic.
            let _ = writeln!(std::io::stderr(), "heirloom: {}", self.line());
        }
    }

    /// The same failure once it has been printed: reporting it gives only its status.
    pub fn reported(self) -> Failure {
        Failure::Reported(self.status())
    }

    /// Prints the one line (unless it was printed already) and gives the exit status.
    pub fn report(self) -> ExitCode {
        self.print();
        ExitCode::from(self.status())
    }

    fn line(&self) -> String {
        match self {
            Failure::Core {
                file: Some(f),
                error,
            } => format!("{f}: {error}"),
            Failure::Core { file: None, error } => error.to_string(),
            Failure::Input(m)
            | Failure::Io(m)
            | Failure::NotACardFile(m)
            | Failure::NoCard(m)
            | Failure::MissingCards(m)
            | Failure::Unconfirmed(m) => m.clone(),
            Failure::Reported(_) => String::new(),
        }
    }

    fn status(&self) -> u8 {
        match self {
            Failure::Core { error, .. } => status(error),
            Failure::Input(_) => 2,
            Failure::Io(_) => 1,
            Failure::NotACardFile(_) => 3,
            Failure::NoCard(_) => 13,
            Failure::Reported(status) => *status,
            Failure::MissingCards(_) => 8,
            Failure::Unconfirmed(_) => 15,
        }
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
        Error::UnreadableFile
        | Error::UnreadableImage
        | Error::PdfWithoutPictures
        | Error::ScanNotAFile
        | Error::ScanFileTooLarge { .. }
        | Error::PictureTooLarge { .. }
        | Error::TooManyPages { .. }
        | Error::TooManyPictures { .. }
        | Error::ScanTimeUp { .. } => 12,
        Error::NoQrCode => 13,
        Error::DifferentWallet { .. } => 14,
        Error::RecordUnavailable { .. } | Error::NoDataFolder => 1,
        _ => 2,
    }
}
