//! The cards gathered during a recovery, checked one by one as they arrive (spec section 8,
//! step 2), so that a person hears about a wrong card the moment it is added, not
//! after typing the passphrase.

use crate::card::{Card, Header};
use crate::correct::{self, Recovered, Reference};
use crate::error::{Error, Result};
use crate::passphrase::Passphrase;
use crate::set::Blamed;
use crate::shamir::MAX_CARDS;
use crate::text;

/// Cards of one set, each index at most once, in the order they came, and the typed texts
/// that did not read, kept to be corrected once the passphrase is known.
#[derive(Debug, Clone, Default)]
pub struct Board {
    cards: Vec<Card>,
    typed: Vec<Typed>,
}

/// A typed card text that failed its checks, kept as typed (upper case, no spaces) for the
/// correction at combine time (spec section 14).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed {
    /// The text as typed, normalised (spec section 4.4 steps 1 and 2).
    pub text: String,
    /// The card's number, when its header groups pass.
    pub index: Option<u8>,
    /// The first group that fails its check, counted from 1; `None` when every group
    /// passes but the card's fields do not.
    pub group: Option<usize>,
    /// Read from the card's printed text (by [`Board::take_printed`]) rather than typed:
    /// what the person is told of it, and asked to do when it cannot be corrected,
    /// differs.
    pub from_print: bool,
}

/// What became of a typed text given to [`Board::take_typed`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taken {
    /// It read as a card, which was added: its number.
    Added(u8),
    /// It did not read, and is kept to be corrected with the passphrase.
    Kept,
}

/// The longest text kept: the longest card text (118 characters) with every character
/// doubled is far less; anything longer is not a card typed with a few mistakes.
const MAX_TYPED_CHARS: usize = 256;

impl Board {
    /// An empty board.
    pub fn new() -> Board {
        Board::default()
    }

    /// Adds a card. Refused, with nothing changed: a card of another set than the first
    /// (`OtherSet`), a card whose set fields disagree with the first (`Damaged`), a card
    /// whose index is already in (`Duplicate`).
    pub fn add(&mut self, card: Card) -> Result<u8> {
        let h = *card.header();
        if let Some(first) = self.cards.first().map(|c| *c.header()) {
            if h.set_id != first.set_id {
                return Err(Error::OtherSet {
                    expected: first.set_id,
                    found: h.set_id,
                });
            }
            if !h.same_set_fields(&first) || card.word_count() != self.cards[0].word_count() {
                return Err(Error::Damaged {
                    index: Some(h.index),
                });
            }
            if self.cards.iter().any(|c| c.header().index == h.index) {
                return Err(Error::Duplicate { index: h.index });
            }
        }
        self.cards.push(card);
        Ok(h.index)
    }

    /// Takes a card out again (the person added the wrong one).
    pub fn remove(&mut self, index: u8) -> bool {
        let before = self.cards.len();
        self.cards.retain(|c| c.header().index != index);
        self.cards.len() != before
    }

    /// The set's header, as the first card has it.
    pub fn header(&self) -> Option<Header> {
        self.cards.first().map(|c| *c.header())
    }

    /// The set's header as far as the board shows it: the first card's, else the first
    /// typed text's whose header groups pass (its threshold and count, for the person to
    /// see how many cards are needed before any card reads).
    pub fn header_hint(&self) -> Option<Header> {
        self.header().or_else(|| {
            self.typed
                .iter()
                .find_map(|t| Reference::from_typed(&t.text))
                .map(|r| r.header())
        })
    }

    /// Takes a typed card text: added as a card when it reads; kept, to be corrected with
    /// the passphrase, when it fails as a typing mistake would (a group's check, or the
    /// card's fields). Refused: anything else a card text can be refused for, a text whose
    /// header groups name another set than the board's (`OtherSet`), the same card number
    /// as a card already in (`Duplicate`), and more entries than a set has cards
    /// (`TooManyCards`). A text kept already is not kept twice.
    pub fn take_typed(&mut self, typed: &str) -> Result<Taken> {
        self.take_text(typed, false)
    }

    /// As [`Board::take_typed`], for a text read from a card's print (spec section 14,
    /// item 5): kept as such, so that it is named as read, not typed.
    pub fn take_printed(&mut self, read: &str) -> Result<Taken> {
        self.take_text(read, true)
    }

    fn take_text(&mut self, typed: &str, from_print: bool) -> Result<Taken> {
        let norm = text::normalize(typed);
        if norm.len() > MAX_TYPED_CHARS {
            return Err(Error::NotACard);
        }
        let group = match Card::from_text(&norm) {
            Ok(card) => return self.add(card).map(Taken::Added),
            Err(Error::Typo { group }) => Some(group),
            Err(Error::Damaged { .. }) => None,
            Err(e) => return Err(e),
        };
        if self.typed.iter().any(|t| t.text == norm) {
            return Ok(Taken::Kept);
        }
        let index = Reference::from_typed(&norm).map(|r| r.header());
        if let (Some(h), Some(first)) = (index, self.header_hint()) {
            if h.set_id != first.set_id {
                return Err(Error::OtherSet {
                    expected: first.set_id,
                    found: h.set_id,
                });
            }
            if self.indexes().contains(&h.index) {
                return Err(Error::Duplicate { index: h.index });
            }
        }
        if self.cards.len() + self.typed.len() >= usize::from(MAX_CARDS) {
            return Err(Error::TooManyCards {
                limit: usize::from(MAX_CARDS),
            });
        }
        self.typed.push(Typed {
            text: norm,
            index: index.map(|h| h.index),
            group,
            from_print,
        });
        Ok(Taken::Kept)
    }

    /// The typed texts kept for correction, in the order they came.
    pub fn typed(&self) -> &[Typed] {
        &self.typed
    }

    /// Takes a kept typed text out again (0-based, in [`Board::typed`]'s order).
    pub fn remove_typed(&mut self, position: usize) -> bool {
        if position < self.typed.len() {
            self.typed.remove(position);
            true
        } else {
            false
        }
    }

    /// The card numbers in, in the order added.
    pub fn indexes(&self) -> Vec<u8> {
        self.cards.iter().map(|c| c.header().index).collect()
    }

    /// How many more cards are needed (0 when enough are in, typed ones that are still to
    /// be corrected counted as in; unknown until a card, or a typed header, shows it).
    pub fn still_needed(&self) -> Option<usize> {
        self.header_hint()
            .map(|h| usize::from(h.threshold).saturating_sub(self.cards.len() + self.typed.len()))
    }

    /// The cards, for combining.
    pub fn cards(&self) -> &[Card] {
        &self.cards
    }

    /// Combines the cards on the board with the typed texts kept, correcting the typing
    /// mistakes their tags prove, with one key derivation (see
    /// [`crate::correct::combine_correcting`]). The board's cards come first in the list, so
    /// they are the set's reference and the header groups of the typed texts are checked
    /// against them; a correction's `position` minus the number of cards on the board is
    /// the typed text's place in [`Board::typed`].
    pub fn combine_correcting(
        &self,
        passphrase: &Passphrase,
    ) -> std::result::Result<Recovered, Blamed> {
        let texts: Vec<String> = self
            .cards
            .iter()
            .map(Card::to_text)
            .chain(self.typed.iter().map(|t| t.text.clone()))
            .collect();
        let all: Vec<&str> = texts.iter().map(String::as_str).collect();
        correct::combine_correcting(&all, passphrase)
    }

    /// Whether the board holds this exact card already.
    pub fn holds(&self, card: &Card) -> bool {
        self.cards.iter().any(|c| c == card)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{split, KdfParams, Passphrase, Phrase, SetParams};

    fn set() -> Vec<Card> {
        set_with(
            &Phrase::generate(12).unwrap(),
            &Passphrase::generate(),
            2,
            3,
        )
    }

    fn set_with(phrase: &Phrase, pass: &Passphrase, threshold: u8, count: u8) -> Vec<Card> {
        let params = SetParams {
            threshold,
            count,
            kdf: KdfParams::new(13, 1, 1).unwrap(),
        };
        split(phrase, pass, params).unwrap()
    }

    #[test]
    fn typed_cards_that_did_not_read_are_corrected_at_combine_time() {
        let (phrase, pass) = (Phrase::generate(24).unwrap(), Passphrase::generate());
        let cards = set_with(&phrase, &pass, 3, 4);
        let mut board = Board::new();
        board.add(cards[3].clone()).unwrap();
        let text = cards[0].to_text();
        // Group 3 typed with two neighbours swapped and group 2 entirely wrong: the header
        // groups come from card 4 on the board.
        let mut typed = text.clone().into_bytes();
        // Two neighbours that differ (a swap of equal characters would change nothing).
        let at = (12..17)
            .find(|&i| typed[i] != typed[i + 1])
            .expect("a group of six is not one character repeated");
        typed.swap(at, at + 1);
        typed[6..12].copy_from_slice(b"ZZZZZZ");
        let typed = String::from_utf8(typed).unwrap();
        let missing = format!("{}{}", &cards[1].to_text()[..50], &cards[1].to_text()[51..]);
        assert!(Card::from_text(&typed).is_err());
        assert_eq!(board.take_typed(&typed), Ok(Taken::Kept));
        assert_eq!(board.take_typed(&missing.to_lowercase()), Ok(Taken::Kept));
        assert_eq!(board.still_needed(), Some(0), "typed cards count as in");
        // Group 2 is wrong in the first, so its card number is unknown; the second shows
        // card 2 and fails at or after the group the character is missing from.
        let kept: Vec<_> = board.typed().iter().map(|t| (t.index, t.group)).collect();
        assert_eq!(kept[0], (None, Some(2)));
        assert_eq!(kept[1].0, Some(2));
        assert!(kept[1].1.is_some_and(|g| g >= 9), "{kept:?}");
        let got = board.combine_correcting(&pass).ok().unwrap();
        assert_eq!(*got.phrase.words(), *phrase.words());
        let fixed: Vec<(usize, u8)> = got
            .corrections
            .iter()
            .map(|c| (c.position, c.index))
            .collect();
        assert_eq!(fixed, vec![(1, 1), (2, 2)]);
        assert_eq!(got.corrections[0].groups.len(), 2);
        // Card 4 reads but does not open: the passphrase is what is wrong, and is named.
        let err = board
            .combine_correcting(&Passphrase::generate())
            .err()
            .unwrap();
        assert_eq!((err.error, err.position), (Error::WrongPassphrase, None));
    }

    /// A wrong character in each of groups 6 to 14: more than the search mends.
    fn hopeless(card: &Card) -> String {
        let mut t = card.to_text().into_bytes();
        for g in 5..14 {
            let at = g * 6 + 2;
            t[at] = if t[at] == b'Q' { b'R' } else { b'Q' };
        }
        String::from_utf8(t).unwrap()
    }

    #[test]
    fn a_typed_card_beyond_correction_is_left_out_when_the_others_are_enough() {
        let (phrase, pass) = (Phrase::generate(12).unwrap(), Passphrase::generate());
        let cards = set_with(&phrase, &pass, 2, 3);
        let mut board = Board::new();
        assert_eq!(board.take_typed(&hopeless(&cards[1])), Ok(Taken::Kept));
        board.add(cards[2].clone()).unwrap();
        // One card read and one beyond correction: not enough without it, so it is named.
        let err = board.combine_correcting(&pass).err().unwrap();
        assert_eq!(err.position, Some(1), "{err:?}");
        assert!(matches!(err.error, Error::Typo { .. }), "{err:?}");
        // Two cards read: the wallet comes from them, and the typed one is said to be left
        // out (its place in the list: after the two cards on the board).
        board.add(cards[0].clone()).unwrap();
        let got = board.combine_correcting(&pass).ok().unwrap();
        assert_eq!(*got.phrase.words(), *phrase.words());
        assert_eq!(got.left_out, vec![2]);
        assert!(got.corrections.is_empty());
        // The wrong passphrase is still the wrong passphrase.
        let err = board
            .combine_correcting(&Passphrase::generate())
            .err()
            .unwrap();
        assert_eq!(err.error, Error::WrongPassphrase);
    }

    #[test]
    fn typed_texts_are_kept_only_as_typing_mistakes_of_this_set() {
        let (phrase, pass) = (Phrase::generate(12).unwrap(), Passphrase::generate());
        let cards = set_with(&phrase, &pass, 2, 3);
        let mut board = Board::new();
        // A text that reads is simply added.
        assert_eq!(board.take_typed(&cards[0].to_text()), Ok(Taken::Added(1)));
        let mut typo = cards[1].to_text().into_bytes();
        typo[40] = if typo[40] == b'Q' { b'R' } else { b'Q' };
        let typo = String::from_utf8(typo).unwrap();
        assert_eq!(board.take_typed(&typo), Ok(Taken::Kept));
        assert_eq!(board.take_typed(&typo), Ok(Taken::Kept), "kept once");
        assert_eq!(board.typed().len(), 1);
        // Card 1 again, typed wrongly: its header says so.
        let mut again = cards[0].to_text().into_bytes();
        again[50] = if again[50] == b'Q' { b'R' } else { b'Q' };
        let again = String::from_utf8(again).unwrap();
        assert_eq!(board.take_typed(&again), Err(Error::Duplicate { index: 1 }));
        // Another set's card, typed wrongly.
        let other = set();
        let mut theirs = other[2].to_text().into_bytes();
        theirs[60] = if theirs[60] == b'Q' { b'R' } else { b'Q' };
        let theirs = String::from_utf8(theirs).unwrap();
        assert!(matches!(
            board.take_typed(&theirs),
            Err(Error::OtherSet { .. })
        ));
        // Not a card at all, and far too long, are refused, not kept.
        assert_eq!(board.take_typed("HELLO"), Err(Error::NotACard));
        assert_eq!(board.take_typed(&"A".repeat(300)), Err(Error::NotACard));
        assert_eq!(board.typed().len(), 1);
        let got = board.combine_correcting(&pass).ok().unwrap();
        assert_eq!(*got.phrase.words(), *phrase.words());
        assert_eq!(got.corrections[0].position, 1);
        assert!(board.remove_typed(0));
        assert!(!board.remove_typed(0));
        assert_eq!(board.still_needed(), Some(1));
        // The same text read from the card's print is kept as read, not typed.
        assert_eq!(board.take_printed(&typo), Ok(Taken::Kept));
        assert!(board.typed()[0].from_print);
        assert_eq!(board.take_typed(&typo), Ok(Taken::Kept));
        assert_eq!(board.typed().len(), 1, "the same text is not kept twice");
    }

    #[test]
    fn cards_arrive_one_by_one() {
        let cards = set();
        let mut board = Board::new();
        assert_eq!(board.still_needed(), None);
        assert_eq!(board.add(cards[1].clone()), Ok(2));
        assert_eq!(board.still_needed(), Some(1));
        assert_eq!(
            board.add(cards[1].clone()),
            Err(Error::Duplicate { index: 2 })
        );
        let other = set();
        assert!(matches!(
            board.add(other[0].clone()),
            Err(Error::OtherSet { .. })
        ));
        assert_eq!(board.indexes(), vec![2], "refused cards change nothing");
        assert_eq!(board.add(cards[0].clone()), Ok(1));
        assert_eq!(board.still_needed(), Some(0));
        assert!(board.holds(&cards[0]));
        assert!(board.remove(2));
        assert!(!board.remove(2));
        assert_eq!(board.indexes(), vec![1]);
    }
}
