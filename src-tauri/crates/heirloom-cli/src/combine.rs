//! `heirloom combine`: card files to the phrase, typing mistakes corrected, never guessed
//! (issue 14, spec section 14).
//!
//! A card file whose text fails its checks is not refused at once: its message is shown as a
//! warning, so a person can fix it by hand, and it is kept as typed. Once the passphrase is
//! known, Heirloom searches for the card the person meant, with one key derivation for the
//! whole search, and takes a candidate only when the card's own tag proves it. What was
//! corrected is said on stderr; standard output carries only the phrase.

use std::io::Write as _;
use std::path::PathBuf;

use heirloom_core::correct::{self, Correction, Reference};
use heirloom_core::{text, Blamed, Card, Error, Passphrase, SetId};

use crate::exit::Failure;
use crate::{cards, out, secrets, sets};

/// Combines the card files into the phrase, correcting the typing mistakes the cards' tags
/// prove.
pub fn run(paths: &[PathBuf]) -> Result<(), Failure> {
    let texts = paths
        .iter()
        .map(|p| cards::read_text(p))
        .collect::<Result<Vec<String>, Failure>>()?;
    let read = read_cards(paths, &texts)?;
    let passphrase = Passphrase::new(&secrets::passphrase()?)?;
    if let Some(id) = set_of(&read, &texts) {
        sets::warn_if_retired(id);
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    match correct::combine_correcting(&refs, &passphrase) {
        Ok(recovered) => {
            for c in &recovered.corrections {
                tell_corrected(paths, c);
            }
            out::line(&recovered.phrase.words())
        }
        Err(blamed) => Err(explain(paths, &read, blamed)),
    }
}

/// Every card file as a card, or `None` for a text that fails its checks as a typing
/// mistake might (a group's check, or the card's fields), kept for correction with a
/// warning. Anything else (not a card at all, a newer format, absurd key-derivation
/// parameters) is refused at once, naming the file, before the passphrase is asked for.
fn read_cards(paths: &[PathBuf], texts: &[String]) -> Result<Vec<Option<Card>>, Failure> {
    paths
        .iter()
        .zip(texts)
        .map(|(path, t)| match Card::from_text(t) {
            Ok(card) => Ok(Some(card)),
            Err(e @ (Error::Typo { .. } | Error::Damaged { .. })) => {
                note(&format!(
                    "warning: {}: {e} Heirloom will try to correct it once it has the passphrase.",
                    path.display()
                ));
                Ok(None)
            }
            Err(e) => Err(Failure::card(path, e)),
        })
        .collect()
}

/// The set the cards are from: the first card that reads, else the first typed text
/// whose header groups pass.
fn set_of(read: &[Option<Card>], texts: &[String]) -> Option<SetId> {
    read.iter()
        .flatten()
        .next()
        .map(|c| c.header().set_id)
        .or_else(|| {
            texts
                .iter()
                .find_map(|t| Reference::from_typed(t))
                .map(|r| r.header().set_id)
        })
}

/// Says on stderr what was corrected in one card file, group by group, and the card's
/// text (public: it is printed on the card). Never the phrase.
fn tell_corrected(paths: &[PathBuf], c: &Correction) {
    let file = paths
        .get(c.position)
        .map_or_else(String::new, |p| format!("{}: ", p.display()));
    for line in c.describe() {
        note(&format!("{file}{line} — please check"));
    }
    note(&format!(
        "{file}corrected, proven by the card's own check (its tag); the card's text is {}",
        text::grouped(&c.card.to_text())
    ));
}

/// The failure to report when combining failed. A typed card that could not be corrected
/// is named, with why. When cards read and none opened, the core answers that the
/// passphrase is wrong (spec section 14) rather than naming a typed card, which can only be
/// corrected with the right one; so no second key derivation is needed to tell the two apart.
fn explain(paths: &[PathBuf], read: &[Option<Card>], blamed: Blamed) -> Failure {
    let typed: Vec<_> = paths
        .iter()
        .zip(read)
        .filter(|(_, r)| r.is_none())
        .map(|(p, _)| p.display())
        .collect();
    if blamed.error == Error::WrongPassphrase {
        for file in &typed {
            note(&format!(
                "{file}: not corrected: a typed card is corrected only with the right passphrase."
            ));
        }
        return cards::blamed(paths, blamed);
    }
    let blamed_typed = blamed
        .position
        .filter(|&p| read.get(p).is_some_and(Option::is_none))
        .and_then(|p| paths.get(p));
    if let Some(file) = blamed_typed {
        let file = file.display();
        note(&if read.iter().any(Option::is_some) {
            format!("{file}: not corrected: more is wrong in it than Heirloom can correct for certain. Compare it with the card, group by group.")
        } else {
            format!("{file}: not corrected: either more is wrong in it than Heirloom can correct for certain, or the passphrase is not right.")
        });
    }
    cards::blamed(paths, blamed)
}

/// One line on stderr, prefixed as every line of the CLI; a full or closed stderr is not a
/// panic.
fn note(line: &str) {
    let _ = writeln!(std::io::stderr(), "heirloom: {line}");
}
