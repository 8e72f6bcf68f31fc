//! The words a holder types about a set: its label, the wallet's name, who keeps each card
//! and where. Each has a length limit, stated to the person, and none may hold a control
//! character (a line break, a tab, a terminal escape) or a character that reorders text on
//! screen. Text from outside (an imported or hand-edited record) is shown through
//! [`escape_controls`], so that it can never forge a line of output or drive a terminal.
//!
//! Built whatever the features: the error type names a field, the card sheet prints them and
//! the record keeps them.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use crate::error::{Error, Result};

/// The longest set label, in characters: a label is printed on one line of every card.
pub const MAX_LABEL_CHARS: usize = 64;

/// The longest name of a card's holder, in characters.
pub const MAX_HOLDER_NAME_CHARS: usize = 64;

/// The longest place where a card is kept, in characters.
pub const MAX_PLACE_CHARS: usize = 128;

/// The longest wallet name recorded with a set, and the keychain's own limit (its
/// `MAX_NAME_CHARS` is this), so that any name recorded can also be saved.
pub const MAX_WALLET_NAME_CHARS: usize = 64;

/// Which of the holder's words a limit or a refusal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    /// A set's label.
    Label,
    /// The wallet's name recorded with a set.
    WalletName,
    /// The name of a card's holder.
    HolderName,
    /// Where a card is kept.
    Place,
}

impl TextField {
    /// The most characters this field may have.
    pub fn max_chars(self) -> usize {
        match self {
            TextField::Label => MAX_LABEL_CHARS,
            TextField::WalletName => MAX_WALLET_NAME_CHARS,
            TextField::HolderName => MAX_HOLDER_NAME_CHARS,
            TextField::Place => MAX_PLACE_CHARS,
        }
    }

    /// Refuses `text` for this field when it is too long or holds a control character.
    /// Counting stops at the limit: a text of a million characters costs as little as one
    /// just over it.
    pub fn check(self, text: &str) -> Result<()> {
        let limit = self.max_chars();
        let mut chars = 0usize;
        for c in text.chars() {
            if is_forbidden(c) {
                return Err(Error::ControlCharacter { field: self });
            }
            chars += 1;
            if chars > limit {
                // How long it is only matters to the message; counting the rest is cheap,
                // but checking it for control characters is not needed.
                return Err(Error::TextTooLong {
                    field: self,
                    chars: text.chars().count(),
                    limit,
                });
            }
        }
        Ok(())
    }
}

impl fmt::Display for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TextField::Label => "label",
            TextField::WalletName => "wallet name",
            TextField::HolderName => "holder's name",
            TextField::Place => "place",
        })
    }
}

/// Whether `c` may not be part of a label, name or place: control characters (C0, DEL,
/// C1: line breaks, tabs, terminal escapes), the Unicode line and paragraph separators, and
/// the bidirectional controls that make text read differently from how it is stored.
pub fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
                | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` as it may be shown in a terminal or a one-line field: every character that
/// [`is_forbidden`] in a name is written as an escape instead (`\n`, `\t`, `\r`, else
/// `\u{1b}` and the like), so text from an imported or hand-edited record can neither
/// start a new line of output nor send a terminal a command. Other text is returned as it
/// is, without copying.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_forbidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if is_forbidden(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_stated_and_enforced_in_characters() {
        assert_eq!(TextField::Label.check(&"é".repeat(64)), Ok(()));
        assert_eq!(
            TextField::Label.check(&"é".repeat(65)),
            Err(Error::TextTooLong {
                field: TextField::Label,
                chars: 65,
                limit: 64
            })
        );
        assert_eq!(TextField::Place.check(&"x".repeat(128)), Ok(()));
        assert!(TextField::Place.check(&"x".repeat(129)).is_err());
        assert!(TextField::HolderName.check(&"x".repeat(65)).is_err());
        assert!(TextField::WalletName.check(&"x".repeat(65)).is_err());
        let message = TextField::Label
            .check(&"x".repeat(100_000))
            .unwrap_err()
            .to_string();
        assert!(message.contains("100000 characters"), "{message}");
        assert!(message.contains("at most 64"), "{message}");
        assert_eq!(TextField::HolderName.check(""), Ok(()));
        assert_eq!(TextField::HolderName.check("Zoë 李"), Ok(()));
    }

    #[test]
    fn control_characters_are_refused_and_escaped() {
        for bad in [
            "Alice\nstatus: retired",
            "Bob\t",
            "\u{1b}[31mred",
            "a\rb",
            "\u{7f}",
            "\u{85}",
            "\u{9b}31m",
            "abc\u{202e}txt.exe",
            "line\u{2028}sep",
        ] {
            assert_eq!(
                TextField::HolderName.check(bad),
                Err(Error::ControlCharacter {
                    field: TextField::HolderName
                }),
                "{bad:?}"
            );
            let shown = escape_controls(bad);
            assert!(!shown.chars().any(is_forbidden), "{shown:?}");
        }
        assert_eq!(
            escape_controls("Alice\nstatus: retired\u{1b}[2J"),
            "Alice\\nstatus: retired\\u{1b}[2J"
        );
        assert!(matches!(
            escape_controls("Aunt Marie, Lyon"),
            Cow::Borrowed(_)
        ));
        assert!(Error::ControlCharacter {
            field: TextField::Place
        }
        .to_string()
        .contains("place"));
    }
}
