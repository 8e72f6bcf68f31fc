//! The cards gathered during a recovery, checked one by one as they arrive (spec section 8,
//! steps 2 to 4), so that a person hears about a wrong card the moment it is added, not
//! after typing the passphrase.

use crate::card::{Card, Header};
use crate::error::{Error, Result};

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
        let params = SetParams {
            threshold: 2,
            count: 3,
            kdf: KdfParams::new(13, 1, 1).unwrap(),
        };
        split(
            &Phrase::generate(12).unwrap(),
            &Passphrase::generate(),
            params,
        )
        .unwrap()
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
