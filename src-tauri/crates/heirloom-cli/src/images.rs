//! Pictures and PDFs of cards: `heirloom scan` and `heirloom recover`, through the core's one
//! scanning pipeline (the same the app uses).
//!
//! A page often holds other codes too: a serial number, a parcel code, a link. Only a code
//! whose text is a Heirloom card text (every group passing its check character, which no
//! other code does by chance) is taken as a card; the others are set aside with a note on
//! stderr, and never stop a recovery.

use std::path::{Path, PathBuf};

use heirloom_core::{scan, text, Board, Card, Error, Passphrase, Taken, HEADER_LEN, TAG_LEN};

use crate::exit::Failure;

/// What the files gave: the QR texts of each file, in order, and the card texts read from
/// the printed text of pictures whose codes gave no card (as typed, so a group may not
/// check), each with its file; and the failure to exit with, if a file could not be read.
#[derive(Default)]
pub struct Scanned {
    /// Every QR text, with its file.
    pub codes: Vec<(PathBuf, String)>,
    /// Card texts read from the printed text, with their file.
    pub printed: Vec<(PathBuf, String)>,
    /// The failure of the last file that could not be read.
    pub failure: Option<Failure>,
}

/// Scans every file. A file that cannot be read (or of which nothing was found because a
/// limit stopped the scan) is reported on stderr, and its failure is the one to exit with
/// once every other file has been scanned. A file of which only a part was read but that
/// gave codes gets a note saying what was not read (the pages after a limit, the pages the
/// time did not reach, a picture too large), and its codes are used. A picture whose codes
/// gave no card has its printed text read (issue 15), said on stderr.
pub fn scan_all(paths: &[PathBuf]) -> Scanned {
    let mut scanned = Scanned::default();
    for path in paths {
        let result = scan::scan_file_report(path).and_then(|report| {
            let note = report.note();
            let (printed, unavailable) = (report.printed.clone(), report.printed_unavailable);
            let texts = report.into_texts()?;
            if let (Some(note), false) = (note, texts.is_empty()) {
                eprintln!("heirloom: {}: {note}", path.display());
            }
            Ok((texts, printed, unavailable))
        });
        match result {
            Ok((texts, printed, unavailable)) => {
                tell_printed(path, texts.is_empty(), &printed, unavailable);
                scanned
                    .codes
                    .extend(texts.into_iter().map(|t| (path.clone(), t)));
                scanned
                    .printed
                    .extend(printed.into_iter().map(|t| (path.clone(), t)));
            }
            Err(e) => {
                let f = Failure::card(path, e);
                f.print();
                scanned.failure = Some(f.reported());
            }
        }
    }
    scanned
}

/// Says on stderr what the printed text gave, for a picture whose codes gave no card.
fn tell_printed(path: &Path, no_code: bool, printed: &[String], unavailable: bool) {
    let file = path.display();
    let what = if no_code {
        "no QR code found"
    } else {
        "no QR code that is a card"
    };
    if unavailable {
        eprintln!("heirloom: {file}: {what}, and reading the printed text is not available on this computer (install tesseract-ocr)");
    } else if !printed.is_empty() {
        for t in printed {
            match text::decode(t) {
                Ok(_) => eprintln!("heirloom: {file}: {what}; card read from the printed text"),
                Err(e) => eprintln!("heirloom: {file}: {what}; card read from the printed text, not for certain: {e} Heirloom corrects it only as the card's own check proves, once it has the passphrase."),
            }
        }
    } else if no_code {
        eprintln!("heirloom: {file}: no QR code found, nor a card's printed text");
    }
}

/// The fewest bytes a card holds: its header, its tag and the entropy of 12 words.
const SMALLEST_CARD: usize = HEADER_LEN + TAG_LEN + 16;

/// Whether a scanned QR text is a Heirloom card's text. A QR code corrects its own errors,
/// so a code that was read holds exactly what was printed: a text whose check characters do
/// not hold was never a card. A short code passes the check characters by chance (two
/// groups, 1 time in 1024), so a text shorter than the smallest card is not one either.
fn is_card_text(qr_text: &str) -> bool {
    text::decode(qr_text).is_ok_and(|bytes| bytes.len() >= SMALLEST_CARD)
}

/// Notes on stderr a code found in `path` that is not a card, set aside. Its text is not
/// shown: it may hold anything, terminal escapes included.
fn set_aside(path: &Path) {
    eprintln!(
        "heirloom: {}: a QR code that is not a Heirloom card, set aside",
        path.display()
    );
}

/// The card texts among the QR texts, for `heirloom scan`: other codes are set aside.
pub fn card_texts(found: Vec<(PathBuf, String)>) -> Vec<String> {
    found
        .into_iter()
        .filter_map(|(path, t)| {
            if is_card_text(&t) {
                Some(t)
            } else {
                set_aside(&path);
                None
            }
        })
        .collect()
}

/// The cards among the QR texts, gathered on the core's [`Board`] as the app gathers them,
/// each announced on stderr as it comes, with the file it came from (in board order). Other
/// codes are set aside with a note on stderr, and the same card seen twice (two photos of
/// one card) counts once. A card text that is not a valid card (damaged, from a newer
/// Heirloom, hostile parameters) or that the board refuses (another set, a second card of
/// one number, set fields that disagree) is an error naming its file.
///
/// The texts read from printed cards then go on the board as typed texts do: added when
/// they read, kept to be corrected with the passphrase when a group does not check. The
/// files come back in the board's order: its cards, then the texts it keeps.
pub fn gather(
    found: &[(PathBuf, String)],
    printed: &[(PathBuf, String)],
) -> Result<(Board, Vec<PathBuf>), Failure> {
    let mut board = Board::new();
    let mut origins = Vec::new();
    for (path, qr_text) in found {
        if !is_card_text(qr_text) {
            set_aside(path);
            continue;
        }
        let card = Card::from_text(qr_text).map_err(|e| Failure::card(path, e))?;
        if board.holds(&card) {
            continue;
        }
        announce(&card, path, "");
        board.add(card).map_err(|e| Failure::card(path, e))?;
        origins.push(path.clone());
    }
    let mut kept = Vec::new();
    for (path, t) in printed {
        let before = board.typed().len();
        match board.take_printed(t).map_err(|e| Failure::card(path, e))? {
            Taken::Added(i) => {
                if let Some(card) = board.cards().iter().find(|c| c.header().index == i) {
                    announce(card, path, ", read from the printed text");
                }
                origins.push(path.clone());
            }
            Taken::Kept if board.typed().len() > before => kept.push(path.clone()),
            Taken::Kept => {}
        }
    }
    origins.extend(kept);
    if origins.is_empty() && !found.is_empty() {
        return Err(Failure::NoCard(
            "No Heirloom card was found: the QR codes in these pictures are other codes. Take the pictures again with the cards in view, or type the text printed under each card's QR code.".to_owned(),
        ));
    }
    if origins.is_empty() {
        return Err(Failure::from(Error::NoQrCode));
    }
    Ok((board, origins))
}

/// `heirloom recover`: the cards in the pictures, combined. When a card was read from its
/// printed text, the combination corrects what the reading got wrong, only as each card's
/// own tag proves (spec section 14), and says so.
pub fn recover(files: &[PathBuf]) -> Result<(), Failure> {
    let scanned = scan_all(files);
    if let Some(f) = scanned.failure {
        return Err(f);
    }
    let (board, origins) = gather(&scanned.codes, &scanned.printed)?;
    if let Some(h) = board.header_hint() {
        crate::sets::warn_if_retired(h.set_id);
    }
    let passphrase = Passphrase::new(&crate::secrets::passphrase()?)?;
    let phrase = if scanned.printed.is_empty() {
        heirloom_core::combine_blaming(board.cards(), &passphrase)
            .map_err(|b| crate::cards::blamed(&origins, b))?
    } else {
        let recovered = board
            .combine_correcting(&passphrase)
            .map_err(|b| crate::cards::blamed(&origins, b))?;
        for c in &recovered.corrections {
            // Only texts read from the print are kept here: the cards read from codes.
            crate::combine::tell_corrected(&origins, c, true);
        }
        crate::combine::tell_left_out(&origins, &recovered.left_out);
        recovered.phrase
    };
    crate::out::line(&phrase.words())
}

/// Shown on stderr for each card found, so a person sees what was read (and, after it,
/// `how`).
fn announce(card: &Card, origin: &Path, how: &str) {
    let h = card.header();
    eprintln!(
        "heirloom: {}: card {} of {} (set {}, any {} recover){how}",
        origin.display(),
        h.index,
        h.count,
        h.set_id,
        h.threshold
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The card texts of two sets of one phrase, 2 of 3 each, at a test-sized key derivation.
    fn two_sets() -> [Vec<String>; 2] {
        let phrase = heirloom_core::Phrase::parse(
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
        )
        .unwrap();
        let pass =
            heirloom_core::Passphrase::new("correct horse battery staple orbit lemon").unwrap();
        let params = heirloom_core::SetParams {
            threshold: 2,
            count: 3,
            kdf: heirloom_core::KdfParams::from_mib(8, 1, 1).unwrap(),
        };
        let set = || -> Vec<String> {
            heirloom_core::split(&phrase, &pass, params)
                .unwrap()
                .iter()
                .map(Card::to_text)
                .collect()
        };
        [set(), set()]
    }

    #[test]
    fn cards_are_gathered_on_the_board_once_each_and_a_stranger_is_named() {
        let [a, b] = two_sets();
        let at = |name: &str, t: &String| (PathBuf::from(name), t.clone());
        let found = [
            at("one.jpg", &a[0]),
            at("parcel.jpg", &"1Z999AA10123456784".to_owned()),
            at("again.jpg", &a[0]),
            at("two.jpg", &a[2]),
        ];
        let (board, origins) = gather(&found, &[]).unwrap();
        assert_eq!(board.indexes(), [1, 3]);
        assert_eq!(
            origins,
            [PathBuf::from("one.jpg"), PathBuf::from("two.jpg")]
        );

        let stranger = [at("one.jpg", &a[0]), at("other.jpg", &b[1])];
        match gather(&stranger, &[]) {
            Err(Failure::Core { file, error }) => {
                assert_eq!(file.as_deref(), Some("other.jpg"));
                assert!(matches!(error, Error::OtherSet { .. }), "{error:?}");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            gather(&[at("parcel.jpg", &"1Z999AA10123456784".to_owned())], &[]),
            Err(Failure::NoCard(_))
        ));
    }

    #[test]
    fn only_card_texts_are_cards() {
        // What the parcel code was: alphanumeric, failing group 1's check.
        assert!(!is_card_text("1Z999AA10123456784"));
        assert!(!is_card_text("HTTPS://EXAMPLE.ORG/"));
        // A short code whose check characters hold by chance, claiming a newer version.
        let lucky = text::encode(&[2u8; 7]);
        assert!(text::decode(&lucky).is_ok());
        assert!(!is_card_text(&lucky));
        // Any card, of this version or a later one, is one.
        assert!(is_card_text(&text::encode(&[1u8; SMALLEST_CARD])));
        assert!(is_card_text(&text::encode(&[9u8; 61])));
    }
}
