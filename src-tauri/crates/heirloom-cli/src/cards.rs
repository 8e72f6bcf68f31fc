//! Card files: one card's text form per file. Read with a byte limit, never blocking on
//! something that is not a file; written all together or not at all, `0600`, in folders
//! created `0700` (through `heirloom_core::files`, the one place that does this).

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use heirloom_core::files::{self, ReadError};
use heirloom_core::{self as core, qr, text, Blamed, Card};

use crate::exit::Failure;

fn card_path(dir: &Path, index: u8) -> PathBuf {
    dir.join(format!("card-{index}.txt"))
}

/// Whether anything at all is at `path`, a dangling symlink included.
pub fn taken(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// Refuses to go on if any card file the set would write already exists.
pub fn refuse_overwrite(dir: &Path, count: u8) -> Result<(), Failure> {
    for i in 1..=count {
        let p = card_path(dir, i);
        if taken(&p) {
            return Err(Failure::input(&format!(
                "{} already exists. Heirloom never overwrites cards: choose an empty folder.",
                p.display()
            )));
        }
    }
    Ok(())
}

/// Writes every card, or none: the folder (and missing parents) made `0700`, the cards
/// `0600`, never over an existing file. On failure nothing is left: no card, no temporary
/// file, no folder this call made.
pub fn write_all(dir: &Path, cards: &[Card]) -> Result<(), Failure> {
    let files: Vec<(PathBuf, Vec<u8>)> = cards
        .iter()
        .map(|c| {
            let path = card_path(dir, c.header().index);
            (path, format!("{}\n", c.to_text()).into_bytes())
        })
        .collect();
    write_files(dir, &files, "the cards", "No card was written")
}

/// Writes `files` (all in `dir`) all together or not at all, creating `dir` `0700` if it is
/// missing and removing it again (if this made it) when the files could not be written.
pub fn write_files(
    dir: &Path,
    files: &[(PathBuf, Vec<u8>)],
    what: &str,
    none: &str,
) -> Result<(), Failure> {
    let made = missing_folders(dir);
    let written = files::create_private_dir(dir)
        .map_err(|e| Failure::Io(format!("Could not make the folder {}: {e}. {none}.", dir.display())))
        .and_then(|()| {
            files::write_all_new(files).map_err(|e| {
                if e.kind() == io::ErrorKind::AlreadyExists {
                    Failure::input(&format!(
                        "Could not write {what} in {}: {e}. Heirloom never overwrites a file: choose another folder. {none}.",
                        dir.display()
                    ))
                } else {
                    Failure::Io(format!(
                        "Could not write {what} in {}: {e}. {none}.",
                        dir.display()
                    ))
                }
            })
        });
    if written.is_err() {
        for folder in &made {
            // Only an empty folder goes: one that something else wrote into in the meantime
            // stays.
            let _ = fs::remove_dir(folder);
        }
    }
    written
}

/// The folders `dir` and its parents that do not exist yet, deepest first.
fn missing_folders(dir: &Path) -> Vec<PathBuf> {
    dir.ancestors()
        .filter(|d| !d.as_os_str().is_empty())
        .take_while(|d| !taken(d))
        .map(Path::to_path_buf)
        .collect()
}

/// Reads and parses one card file; an error names the file.
pub fn read_one(path: &Path) -> Result<Card, Failure> {
    Card::from_text(&read_text(path)?).map_err(|e| Failure::card(path, e))
}

/// Reads one card file's text, not yet checked as a card (a typed card may be corrected
/// later); an error (not text, too big, not a file, unreadable) names the file.
pub fn read_text(path: &Path) -> Result<String, Failure> {
    let bytes =
        files::read_limited(path, text::CARD_FILE_MAX_BYTES).map_err(|e| unreadable(path, e))?;
    match text::from_file(&bytes) {
        Some(card_text) => Ok(card_text.into_owned()),
        None => Err(Failure::NotACardFile(format!(
            "{}: this file is not text, so it is not a card file. A card file holds the text printed under a card's QR code; a photo or scan of cards is read by `heirloom recover` or `heirloom scan`.",
            path.display()
        ))),
    }
}

/// Why a card file was not read, in words.
fn unreadable(path: &Path, error: ReadError) -> Failure {
    let p = path.display();
    match error {
        ReadError::Io(e) => Failure::io(path, &e),
        ReadError::TooBig { limit } => Failure::NotACardFile(format!(
            "{p}: this file is far too big to be a card (a card file holds one card's text, about 120 characters, and Heirloom reads at most {} KiB of one). A photo or scan of cards is read by `heirloom recover` or `heirloom scan`.",
            limit / 1024
        )),
        ReadError::NotAFile => {
            let what = match fs::metadata(path) {
                Ok(m) if m.is_dir() => "a folder",
                _ => "not a file but a pipe, a device or a socket",
            };
            Failure::NotACardFile(format!(
                "{p}: this is {what}, so it is not a card file. Give the text file of a card, such as card-1.txt."
            ))
        }
    }
}

/// Reads every card file, in order.
pub fn read_all(paths: &[PathBuf]) -> Result<Vec<Card>, Failure> {
    paths.iter().map(|p| read_one(p)).collect()
}

/// Names the file a combine error is about, by the card's place in the list (spec
/// section 8); an error about no single card names none.
pub fn blamed(paths: &[PathBuf], blamed: Blamed) -> Failure {
    match blamed.position.and_then(|pos| paths.get(pos)) {
        Some(path) => Failure::card(path, blamed.error),
        None => Failure::from(blamed.error),
    }
}

/// Names the file a verify error is about, where one card is to blame, by what the error
/// says of it (its set or its number).
pub fn blame(paths: &[PathBuf], cards: &[Card], error: core::Error) -> Failure {
    let culprit = match &error {
        core::Error::OtherSet { found, .. } => {
            cards.iter().position(|c| c.header().set_id == *found)
        }
        core::Error::Damaged { index: Some(i) } => {
            cards.iter().position(|c| c.header().index == *i)
        }
        core::Error::Duplicate { index } => cards
            .iter()
            .enumerate()
            .filter(|(_, c)| c.header().index == *index)
            .nth(1)
            .map(|(pos, _)| pos),
        _ => None,
    };
    match culprit {
        Some(pos) => Failure::card(&paths[pos], error),
        None => Failure::from(error),
    }
}

/// The public header as `key: value` lines.
pub fn describe(card: &Card) -> String {
    let h = card.header();
    let t = card.to_text();
    let mut s = String::new();
    let plan = qr::plan(&t);
    let _ = writeln!(s, "format_version: {}", core::VERSION);
    let _ = writeln!(s, "set_id: {}", h.set_id);
    let _ = writeln!(s, "card: {}", h.index);
    let _ = writeln!(s, "cards: {}", h.count);
    let _ = writeln!(s, "threshold: {}", h.threshold);
    let _ = writeln!(s, "words: {}", card.word_count());
    let _ = writeln!(s, "language: {}", core::language_name(h.language));
    let _ = writeln!(s, "kdf: argon2id");
    let _ = writeln!(s, "kdf_memory_mib: {}", h.kdf.memory_mib());
    let _ = writeln!(s, "kdf_passes: {}", h.kdf.passes());
    let _ = writeln!(s, "kdf_lanes: {}", h.kdf.lanes());
    let _ = writeln!(s, "text_length: {}", t.len());
    if let Some(p) = plan {
        let _ = writeln!(s, "qr_version: {}", p.version);
        let _ = writeln!(s, "ecc: {}", p.ecc.letter());
    }
    if let Some(v) = qr::version_for(&t, qr::Ecc::Q) {
        let _ = writeln!(s, "qr_version_at_q: {v}");
    }
    let _ = writeln!(s, "text: {}", text::grouped(&t));
    s
}
