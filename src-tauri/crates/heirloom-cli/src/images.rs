//! Pictures and PDFs of cards: `heirloom scan` and `heirloom recover`, through the core's one
//! scanning pipeline (the same the app uses).

use std::path::{Path, PathBuf};

use heirloom_core::{scan, Card, Error};

use crate::exit::Failure;

/// The QR texts of each file, in order; a file that cannot be read is reported on stderr
/// and given as the failure to exit with once every other file has been scanned.
pub fn scan_all(paths: &[PathBuf]) -> (Vec<(PathBuf, String)>, Option<Failure>) {
    let mut found = Vec::new();
    let mut failure = None;
    for path in paths {
        match scan::scan_file(path) {
            Ok(texts) => {
                if texts.is_empty() {
                    eprintln!("heirloom: {}: no QR code found", path.display());
                }
                found.extend(texts.into_iter().map(|t| (path.clone(), t)));
            }
            Err(e) => {
                let f = Failure::card(path, e);
                f.print();
                failure = Some(f);
            }
        }
    }
    (found, failure)
}

/// The cards among the QR texts: other codes are named on stderr and left out, and the same
/// card seen twice (two photos of one card) counts once.
pub fn cards_in(found: &[(PathBuf, String)]) -> Result<(Vec<Card>, Vec<PathBuf>), Failure> {
    let mut cards: Vec<Card> = Vec::new();
    let mut origins = Vec::new();
    for (path, text) in found {
        match Card::from_text(text) {
            Ok(card) => {
                if cards.iter().any(|c| c.to_bytes() == card.to_bytes()) {
                    continue;
                }
                cards.push(card);
                origins.push(path.clone());
            }
            Err(Error::NotACard) => {
                eprintln!(
                    "heirloom: {}: a QR code that is not a Heirloom card, left out",
                    path.display()
                );
            }
            Err(e) => return Err(Failure::card(path, e)),
        }
    }
    if cards.is_empty() {
        return Err(Failure::from(Error::NoQrCode));
    }
    Ok((cards, origins))
}

/// Shown on stderr for each card found, so a person sees what was read.
pub fn announce(card: &Card, origin: &Path) {
    let h = card.header();
    eprintln!(
        "heirloom: {}: card {} of {} (set {}, any {} recover)",
        origin.display(),
        h.index,
        h.count,
        h.set_id,
        h.threshold
    );
}
