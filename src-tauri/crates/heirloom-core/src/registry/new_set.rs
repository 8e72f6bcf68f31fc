//! A new set, before and after its cards are made: what the holder chose besides the phrase
//! and the passphrase (T of N, the label, the wallet's name, who keeps each card, and for a
//! re-issue the set it replaces), checked before any key is derived and recorded once the
//! cards exist. The app and the command line both make a set through this, so a set is
//! checked and recorded one way.

use super::{Outcome, Registry, SetRecord, Timestamp};
use crate::card::{Header, SetId};
use crate::error::{Error, Result};
use crate::fields::{Holder, TextField};
use crate::fingerprint::Fingerprint;
use crate::shamir;

/// What the holder chose for a new set. Names are recorded and printed without the spaces
/// around them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewSet {
    /// Cards needed to recover (T).
    pub threshold: u8,
    /// Cards made (N).
    pub count: u8,
    /// The holder's name for the set; may be empty.
    pub label: String,
    /// The wallet's name; may be empty.
    pub wallet: String,
    /// Who keeps each card, in card order (`holders[i]` is card i + 1's); may be shorter
    /// than N.
    pub holders: Vec<Holder>,
    /// A re-issue: the recorded set of the same wallet this one replaces. It stays active
    /// until the new cards are verified.
    pub replaces: Option<SetId>,
}

impl NewSet {
    /// Refuses, before any card is made, what could not be recorded: T and N out of bounds,
    /// a holder of a card the set will not have, or a label, wallet name, holder's name or
    /// place over its limit or with a control character. (T = N is the front end's to
    /// question: see [`NewSet::check_acknowledged`].)
    pub fn check(&self) -> Result<()> {
        shamir::check_threshold(self.threshold, self.count)?;
        if self.holders.len() > usize::from(self.count) {
            return Err(Error::NoSuchCard {
                index: u8::try_from(self.holders.len()).unwrap_or(u8::MAX),
                count: self.count,
            });
        }
        TextField::Label.check(self.label.trim())?;
        TextField::WalletName.check(self.wallet.trim())?;
        self.holders.iter().try_for_each(Holder::check)?;
        // What is printed on the cards must print as written, said before any card exists.
        #[cfg(feature = "render")]
        for holder in self.holders.iter().map(Some).chain([None]) {
            crate::render::check_printable(&self.label, holder)?;
        }
        Ok(())
    }

    /// [`NewSet::check`], and T = N refused unless the holder acknowledged that every card
    /// is needed (losing one loses the wallet): the front end asks in its own words, which
    /// `unacknowledged(N)` makes. T and N out of bounds are refused first.
    pub fn check_acknowledged<E: From<Error>>(
        &self,
        all_cards_needed: bool,
        unacknowledged: impl FnOnce(u8) -> E,
    ) -> std::result::Result<(), E> {
        shamir::check_threshold(self.threshold, self.count)?;
        if self.threshold == self.count && !all_cards_needed {
            return Err(unacknowledged(self.count));
        }
        Ok(self.check()?)
    }

    /// Refuses, before a re-issue makes any card, a set to replace that is not recorded in
    /// `registry` (none: [`Error::NoDataFolder`]) or is a backup of another wallet than
    /// `fingerprint`'s. A set that replaces nothing passes.
    pub fn check_replacement(
        &self,
        registry: Option<&Registry>,
        fingerprint: Fingerprint,
    ) -> Result<()> {
        let Some(old) = self.replaces else {
            return Ok(());
        };
        let registry = registry.ok_or(Error::NoDataFolder)?;
        registry.read()?.check_replacement(old, fingerprint)
    }

    /// The record's entry for the cards made, whose header is `header`: the names, the
    /// holders, and for a re-issue the set replaced.
    pub fn entry(
        &self,
        header: &Header,
        fingerprint: Fingerprint,
        made: Timestamp,
    ) -> Result<SetRecord> {
        let mut set = SetRecord::new(header, fingerprint, made);
        set.label = self.label.trim().to_owned();
        set.wallet = self.wallet.trim().to_owned();
        set.set_holders(&self.holders)?;
        set.replaces = self.replaces;
        Ok(set)
    }

    /// Adds the set made, now, to the record in `registry`: a new set, or the replacement of
    /// [`NewSet::replaces`] (which [`Record::mark_verified`](super::Record::mark_verified) retires once the new cards are
    /// proven). The cards exist by now: the caller says so beside any failure.
    pub fn record(
        &self,
        registry: &Registry,
        header: &Header,
        fingerprint: Fingerprint,
    ) -> Result<Outcome<()>> {
        let set = self.entry(header, fingerprint, Timestamp::now())?;
        match self.replaces {
            Some(old) => registry.reissue(old, set),
            None => registry.add_set(set),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::record::tests::header;

    const WALLET: Fingerprint = Fingerprint([0x73, 0xc5, 0xda, 0x0a]);

    fn chosen() -> NewSet {
        NewSet {
            threshold: 2,
            count: 3,
            label: " Dad 2025 ".into(),
            wallet: "Main ".into(),
            holders: vec![
                Holder::new("Alice", "Lisbon"),
                Holder::default(),
                Holder::new(" Bob", ""),
            ],
            replaces: None,
        }
    }

    fn registry(name: &str) -> Registry {
        let dir =
            std::env::temp_dir().join(format!("heirloom-new-set-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        Registry::at(dir)
    }

    /// A name the card cannot print as written is refused before any card exists, naming
    /// the field and the character; every script the cards have fonts for prints.
    #[cfg(feature = "render")]
    #[test]
    fn what_a_card_cannot_print_is_refused_before_any_card() {
        use crate::fields::TextField;
        let printable = NewSet {
            label: "Família Ξένη 山田".into(),
            holders: vec![Holder::new("Ольга שרה", "القاهرة")],
            ..chosen()
        };
        assert_eq!(printable.check(), Ok(()));
        let cases = [
            ("Linear B 𐀀 2026", Holder::default(), TextField::Label, '𐀀'),
            (
                "Dad",
                Holder::new("Sara 🦀", ""),
                TextField::HolderName,
                '🦀',
            ),
            ("Dad", Holder::new("Omar", "தமிழ்"), TextField::Place, 'த'),
        ];
        for (label, holder, field, character) in cases {
            let set = NewSet {
                label: label.into(),
                holders: vec![holder],
                ..chosen()
            };
            assert_eq!(set.check(), Err(Error::Unprintable { field, character }));
        }
    }

    /// T = N passes only when acknowledged, in the front end's words; T and N out of bounds
    /// are refused first, and the other checks still apply.
    #[test]
    fn every_card_needed_must_be_acknowledged() {
        #[derive(Debug, PartialEq)]
        enum Refused {
            Unacknowledged(u8),
            Core(Error),
        }
        impl From<Error> for Refused {
            fn from(e: Error) -> Self {
                Refused::Core(e)
            }
        }
        let three_of_three = NewSet {
            threshold: 3,
            ..chosen()
        };
        let ask = |set: &NewSet, acknowledged| {
            set.check_acknowledged(acknowledged, Refused::Unacknowledged)
        };
        assert_eq!(ask(&three_of_three, false), Err(Refused::Unacknowledged(3)));
        assert_eq!(ask(&three_of_three, true), Ok(()));
        assert_eq!(ask(&chosen(), false), Ok(()));
        let out_of_bounds = NewSet {
            threshold: 17,
            count: 17,
            ..chosen()
        };
        assert!(matches!(ask(&out_of_bounds, false), Err(Refused::Core(_))));
        let too_many = NewSet {
            holders: vec![Holder::default(); 4],
            ..three_of_three
        };
        assert_eq!(
            ask(&too_many, true),
            Err(Refused::Core(Error::NoSuchCard { index: 4, count: 3 }))
        );
    }

    #[test]
    fn what_could_not_be_recorded_is_refused_before_any_card() {
        assert_eq!(chosen().check(), Ok(()));
        let too_many = NewSet {
            holders: vec![Holder::default(); 4],
            ..chosen()
        };
        assert_eq!(
            too_many.check(),
            Err(Error::NoSuchCard { index: 4, count: 3 })
        );
        let one_of_three = NewSet {
            threshold: 1,
            ..chosen()
        };
        assert!(one_of_three.check().is_err());
        let long_label = NewSet {
            label: "x".repeat(65),
            ..chosen()
        };
        assert!(matches!(long_label.check(), Err(Error::TextTooLong { .. })));
        let bad_place = NewSet {
            holders: vec![Holder::new("Ann", "a\tb")],
            ..chosen()
        };
        assert!(matches!(
            bad_place.check(),
            Err(Error::ControlCharacter { .. })
        ));
    }

    #[test]
    fn a_set_is_recorded_with_its_names_and_a_reissue_as_a_replacement() {
        let reg = registry("record");
        let first = chosen();
        assert_eq!(first.check_replacement(Some(&reg), WALLET), Ok(()));
        let _ = first.record(&reg, &header(1), WALLET).unwrap();
        let set = reg.read().unwrap().set(header(1).set_id).cloned().unwrap();
        assert_eq!(
            (set.label.as_str(), set.wallet.as_str()),
            ("Dad 2025", "Main")
        );
        assert_eq!(set.card(1).map(|c| c.place.as_str()), Some("Lisbon"));
        assert_eq!(set.card(3).map(|c| c.holder.as_str()), Some("Bob"));
        assert_eq!(set.replaces, None);

        let again = NewSet {
            replaces: Some(header(1).set_id),
            ..chosen()
        };
        let other = Fingerprint([1, 2, 3, 4]);
        assert!(matches!(
            again.check_replacement(Some(&reg), other),
            Err(Error::DifferentWallet { .. })
        ));
        assert_eq!(
            again.check_replacement(None, WALLET),
            Err(Error::NoDataFolder)
        );
        let unknown = NewSet {
            replaces: Some(header(9).set_id),
            ..chosen()
        };
        assert!(matches!(
            unknown.check_replacement(Some(&reg), WALLET),
            Err(Error::SetNotFound { .. })
        ));
        assert_eq!(again.check_replacement(Some(&reg), WALLET), Ok(()));
        let _ = again.record(&reg, &header(2), WALLET).unwrap();
        let record = reg.read().unwrap();
        assert_eq!(
            record.set(header(2).set_id).and_then(|s| s.replaces),
            Some(header(1).set_id)
        );
        assert!(record
            .set(header(1).set_id)
            .is_some_and(|s| s.retired.is_none()));
        let _ = std::fs::remove_dir_all(reg.dir());
    }
}
