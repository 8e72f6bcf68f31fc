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

use heirloom_core::correct::Correction;
use heirloom_core::{text, Blamed, Board, Card, Error, Passphrase, Taken};

use crate::exit::Failure;
use crate::{cards, out, secrets, sets};

/// Combines the card files into the phrase, correcting the typing mistakes the cards' tags
/// prove.
pub fn run(paths: &[PathBuf]) -> Result<(), Failure> {
    let texts = paths
        .iter()
        .map(|p| cards::read_text(p))
        .collect::<Result<Vec<String>, Failure>>()?;
    let gathered = gather(paths, &texts)?;
    let passphrase = Passphrase::new(&secrets::passphrase()?)?;
    if let Some(h) = gathered.board.header_hint() {
        sets::warn_if_retired(h.set_id);
    }
    match gathered.board.combine_correcting(&passphrase) {
        Ok(recovered) => {
            for c in &recovered.corrections {
                tell_corrected(&gathered.order, c, false);
            }
            tell_left_out(&gathered.order, &recovered.left_out);
            out::line(&recovered.phrase.words())
        }
        Err(blamed) => Err(explain(&gathered, blamed)),
    }
}

/// The card files on the core's board, as the app's recovery gathers them, and which file
/// each place on the board came from (the cards that read first, then the typed texts kept
/// for correction: the order in which the board combines them).
struct Gathered {
    board: Board,
    /// The file of each place on the board, in its order.
    order: Vec<PathBuf>,
    /// How many of them read as cards; the rest are typed texts kept for correction.
    read: usize,
}

/// Every card file onto the board: a card that reads is added; a text that fails its
/// checks as a typing mistake might (a group's check, or the card's fields) is kept for
/// correction, with a warning. Anything else (not a card at all, a newer format, absurd
/// key-derivation parameters, another set's card, the same card twice) is refused at once,
/// naming the file, before the passphrase is asked for.
fn gather(paths: &[PathBuf], texts: &[String]) -> Result<Gathered, Failure> {
    let mut board = Board::new();
    let (mut read, mut typed) = (Vec::new(), Vec::new());
    for (path, t) in paths.iter().zip(texts) {
        let kept_before = board.typed().len();
        match board.take_typed(t).map_err(|e| Failure::card(path, e))? {
            Taken::Added(_) => read.push(path.clone()),
            Taken::Kept => {
                if let Err(e) = Card::from_text(t) {
                    note(&format!(
                        "warning: {}: {e} Heirloom will try to correct it once it has the passphrase.",
                        path.display()
                    ));
                }
                // The same text in two files is kept once.
                if board.typed().len() > kept_before {
                    typed.push(path.clone());
                }
            }
        }
    }
    let count = read.len();
    read.extend(typed);
    Ok(Gathered {
        board,
        order: read,
        read: count,
    })
}

/// Says on stderr what was corrected in one card file, group by group, and the card's
/// text (public: it is printed on the card). Never the phrase. `from_print`: the text was
/// read from the card's print in a picture, not typed into a file.
pub(crate) fn tell_corrected(paths: &[PathBuf], c: &Correction, from_print: bool) {
    let file = paths
        .get(c.position)
        .map_or_else(String::new, |p| format!("{}: ", p.display()));
    for line in c.describe(from_print) {
        note(&format!("{file}{line} — please check"));
    }
    note(&format!(
        "{file}corrected, proven by the card's own check (its tag); the card's text is {}",
        text::grouped(&c.card.to_text())
    ));
}

/// Says of each text left out (beyond correction, the others being enough) that it was not
/// used, naming its file.
pub(crate) fn tell_left_out(paths: &[PathBuf], left_out: &[usize]) {
    for &position in left_out {
        let file = paths
            .get(position)
            .map_or_else(String::new, |p| format!("{}: ", p.display()));
        note(&format!(
            "{file}not used: it differs from its card more than can be corrected for certain, \
             and the other cards were enough without it"
        ));
    }
}

/// The failure to report when combining failed. A typed card that could not be corrected
/// is named, with why. When cards read and none opened, the core answers that the
/// passphrase is wrong (spec section 14) rather than naming a typed card, which can only be
/// corrected with the right one; so no second key derivation is needed to tell the two apart.
fn explain(g: &Gathered, blamed: Blamed) -> Failure {
    let typed = &g.order[g.read..];
    if blamed.error == Error::WrongPassphrase {
        for file in typed {
            note(&format!(
                "{}: not corrected: a typed card is corrected only with the right passphrase.",
                file.display()
            ));
        }
        return cards::blamed(&g.order, blamed);
    }
    let blamed_typed = blamed
        .position
        .filter(|&p| p >= g.read)
        .and_then(|p| g.order.get(p));
    if let Some(file) = blamed_typed {
        let file = file.display();
        note(&if g.read > 0 {
            format!("{file}: not corrected: more is wrong in it than Heirloom can correct for certain. Compare it with the card, group by group.")
        } else {
            format!("{file}: not corrected: either more is wrong in it than Heirloom can correct for certain, or the passphrase is not right.")
        });
    }
    cards::blamed(&g.order, blamed)
}

/// One line on stderr, prefixed as every line of the CLI; a full or closed stderr is not a
/// panic.
fn note(line: &str) {
    let _ = writeln!(std::io::stderr(), "heirloom: {line}");
}
