//! `heirloom verify`: a printed set proven before it is handed out. Every card of the set is
//! given, the passphrase is typed as written on paper, every T-subset is combined, and the
//! wallet they give is compared with the fingerprint this computer recorded for the set, or
//! the one printed on the cards (`--fingerprint`). Only then is the set recorded as verified.

use std::io::IsTerminal;
use std::path::PathBuf;

use heirloom_core::{self as core, subset_count, Card, Fingerprint, Header, Passphrase};

use crate::exit::Failure;
use crate::{cards, out, secrets, sets};

/// Below this many subsets the check is over before a progress line could be read.
const SHOW_PROGRESS_FROM: u64 = 2_000;

/// `heirloom verify CARDS… [--fingerprint HEX]`.
pub fn run(files: &[PathBuf], printed: Option<&str>) -> Result<(), Failure> {
    let printed = printed.map(sets::fingerprint_arg).transpose()?;
    let parsed = cards::read_all(files)?;
    let header = core::check_cards(&parsed).map_err(|e| cards::blame(files, &parsed, e))?;
    every_card_given(&parsed, &header)?;
    let expected = sets::expected_fingerprint(header.set_id, printed)?;
    let passphrase = Passphrase::new(&secrets::passphrase()?)?;
    let mut progress = progress_on_stderr(subset_count(header.count, header.threshold));
    let blame = |e| cards::blame(files, &parsed, e);
    let Some(fingerprint) = expected else {
        let found = core::fingerprint_of_set(&parsed, &passphrase, &mut progress).map_err(blame)?;
        out::line(&result_line("unconfirmed", &header, found))?;
        return Err(Failure::Unconfirmed(format!(
            "Every way to combine the cards gives the wallet with fingerprint {found}, but this computer has no record of set {} to compare it with. Compare {found} with the wallet fingerprint printed on the cards; to finish the check, run `heirloom verify` again with --fingerprint and the fingerprint printed on the cards.",
            header.set_id
        )));
    };
    core::verify_set_with_progress(&parsed, &passphrase, fingerprint, &mut progress)
        .map_err(blame)?;
    out::line(&result_line("verified", &header, fingerprint))?;
    sets::record_verified(header.set_id)
}

/// The one line on stdout: what was found, for which set, over how many subsets.
fn result_line(outcome: &str, header: &Header, wallet: Fingerprint) -> String {
    format!(
        "{outcome}: set {}, all {} ways to combine {} of its {} cards give wallet {wallet}",
        header.set_id,
        subset_count(header.count, header.threshold),
        header.threshold,
        header.count
    )
}

/// Refuses, before the passphrase is asked for, a set with cards missing: verifying proves
/// every card, and a card not given is not proven.
fn every_card_given(cards: &[Card], header: &Header) -> Result<(), Failure> {
    let missing: Vec<String> = (1..=header.count)
        .filter(|i| !cards.iter().any(|c| c.header().index == *i))
        .map(|i| i.to_string())
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(Failure::MissingCards(format!(
        "Verifying set {} needs all {} of its cards, and card {} {} missing. Give the file of every card of the set.",
        header.set_id,
        header.count,
        missing.join(", "),
        if missing.len() == 1 { "is" } else { "are" }
    )))
}

/// A progress line on stderr, rewritten in place, for sets big enough to wait for and only
/// when stderr is a terminal (never in a script's log).
fn progress_on_stderr(total: u64) -> impl FnMut(u64, u64) {
    let show = total >= SHOW_PROGRESS_FROM && std::io::stderr().is_terminal();
    move |checked, total| {
        if show {
            eprint!("\rChecked {checked} of {total} ways to combine the cards…");
            if checked == total {
                eprintln!();
            }
        }
    }
}
