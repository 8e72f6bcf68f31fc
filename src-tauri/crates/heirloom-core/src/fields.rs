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

/// Who keeps a card, and where: printed on the card and kept in the record. Either may be
/// empty. The one type for it in the app, the command line, the record and the card sheet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "registry", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Holder {
    /// The person, e.g. "Aunt Marie".
    pub name: String,
    /// Where the card is kept, e.g. "Lyon".
    pub place: String,
}

impl Holder {
    /// A holder from the words as typed, without the spaces around them.
    pub fn new(name: &str, place: &str) -> Holder {
        Holder {
            name: name.trim().to_owned(),
            place: place.trim().to_owned(),
        }
    }

    /// The same holder without the spaces around the name and the place.
    pub fn trimmed(&self) -> Holder {
        Holder::new(&self.name, &self.place)
    }

    /// Whether neither a name nor a place is given (spaces do not count).
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty() && self.place.trim().is_empty()
    }

    /// Refuses a name or a place over its limit or with a control character (spaces around
    /// them do not count).
    pub fn check(&self) -> Result<()> {
        TextField::HolderName.check(self.name.trim())?;
        TextField::Place.check(self.place.trim())
    }

    /// Holders named by card number (as `--holder 3=…` names them) in card order, as the
    /// record and the card sheets take them: `holders[i]` is card i + 1's, and a card no one
    /// was named for has an empty holder. A number outside 1 … `count` is refused; a card
    /// named twice keeps the last.
    pub fn in_card_order(numbered: &[(u8, Holder)], count: u8) -> Result<Vec<Holder>> {
        let mut holders = Vec::new();
        for (index, holder) in numbered {
            if *index == 0 || *index > count {
                return Err(Error::NoSuchCard {
                    index: *index,
                    count,
                });
            }
            let at = usize::from(*index - 1);
            if holders.len() <= at {
                holders.resize(at + 1, Holder::default());
            }
            holders[at] = holder.clone();
        }
        Ok(holders)
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
    fn holders_are_checked_trimmed_and_put_in_card_order() {
        let marie = Holder::new("  Aunt Marie ", " Lyon ");
        assert_eq!(
            (marie.name.as_str(), marie.place.as_str()),
            ("Aunt Marie", "Lyon")
        );
        assert!(Holder::new(" ", "").is_empty() && !marie.is_empty());
        assert_eq!(Holder::new("x", &"p".repeat(128)).check(), Ok(()));
        assert!(Holder::new("x", &"p".repeat(129)).check().is_err());
        assert!(Holder::new("A\nB", "").check().is_err());
        let bob = Holder::new("Bob", "");
        let ordered = Holder::in_card_order(&[(3, marie.clone()), (1, bob.clone())], 3);
        assert_eq!(ordered, Ok(vec![bob.clone(), Holder::default(), marie]));
        assert_eq!(
            Holder::in_card_order(&[(4, bob.clone())], 3),
            Err(Error::NoSuchCard { index: 4, count: 3 })
        );
        assert!(Holder::in_card_order(&[(0, bob)], 3).is_err());
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
