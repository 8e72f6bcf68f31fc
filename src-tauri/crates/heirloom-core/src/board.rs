//! The cards gathered during a recovery, checked one by one as they arrive (spec section 8,
//! step 2), so that a person hears about a wrong card the moment it is added, not
//! after typing the passphrase.

use crate::card::{Card, Header};
use crate::correct::{self, Recovered};
use crate::error::{Error, Result};
use crate::passphrase::Passphrase;
use crate::set::Blamed;

/// Cards of one set, each index at most once, in the order they came.
#[derive(Debug, Clone, Default)]
pub struct Board {
    cards: Vec<Card>,
}

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

    /// The card numbers in, in the order added.
    pub fn indexes(&self) -> Vec<u8> {
        self.cards.iter().map(|c| c.header().index).collect()
    }

    /// How many more cards are needed (0 when enough are in; unknown until one is).
    pub fn still_needed(&self) -> Option<usize> {
        self.header()
            .map(|h| usize::from(h.threshold).saturating_sub(self.cards.len()))
    }

    /// The cards, for combining.
    pub fn cards(&self) -> &[Card] {
        &self.cards
    }

    /// Combines the cards on the board with typed texts that did not read (a front end
    /// keeps them, showing the group each failed, until the passphrase is known), correcting
    /// the typing mistakes their tags prove, with one key derivation (see
    /// [`crate::correct::combine_correcting`]). The board's cards come first in the list, so
    /// they are the set's reference and the header groups of the typed texts are checked
    /// against them; a correction's `position` minus the number of cards on the board is
    /// the typed text's place in `typed`.
    pub fn combine_correcting(
        &self,
        typed: &[&str],
        passphrase: &Passphrase,
    ) -> std::result::Result<Recovered, Blamed> {
        let texts: Vec<String> = self.cards.iter().map(Card::to_text).collect();
        let all: Vec<&str> = texts
            .iter()
            .map(String::as_str)
            .chain(typed.iter().copied())
            .collect();
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
        let got = board
            .combine_correcting(&[&typed, &missing], &pass)
            .ok()
            .unwrap();
        assert_eq!(*got.phrase.words(), *phrase.words());
        let fixed: Vec<(usize, u8)> = got
            .corrections
            .iter()
            .map(|c| (c.position, c.index))
            .collect();
        assert_eq!(fixed, vec![(1, 1), (2, 2)]);
        assert_eq!(got.corrections[0].groups.len(), 2);
        // Without the passphrase's proof, the first typed card's typo is reported as typed.
        let err = board
            .combine_correcting(&[&typed, &missing], &Passphrase::generate())
            .err()
            .unwrap();
        assert_eq!((err.error.kind(), err.position), ("typo", Some(1)));
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
