//! Card files: one card's text form per file, one line.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use heirloom_core::{self as core, qr, text, Card};

use crate::exit::Failure;

fn card_path(dir: &Path, index: u8) -> PathBuf {
    dir.join(format!("card-{index}.txt"))
}

/// Refuses to go on if any card file the set would write already exists.
pub fn refuse_overwrite(dir: &Path, count: u8) -> Result<(), Failure> {
    for i in 1..=count {
        let p = card_path(dir, i);
        if p.exists() {
            return Err(Failure::input(&format!(
                "{} already exists. Heirloom never overwrites cards: choose an empty folder.",
                p.display()
            )));
        }
    }
    Ok(())
}

/// Writes every card, refusing (atomically, per file) to replace an existing one.
pub fn write_all(dir: &Path, cards: &[Card]) -> Result<(), Failure> {
    fs::create_dir_all(dir).map_err(|e| Failure::io(dir, &e))?;
    for card in cards {
        let p = card_path(dir, card.header().index);
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&p)
            .map_err(|e| Failure::io(&p, &e))?;
        std::io::Write::write_all(&mut f, format!("{}\n", card.to_text()).as_bytes())
            .and_then(|()| f.sync_all())
            .map_err(|e| Failure::io(&p, &e))?;
    }
    Ok(())
}

/// Reads and parses one card file; an error names the file.
pub fn read_one(path: &Path) -> Result<Card, Failure> {
    let text = fs::read_to_string(path).map_err(|e| Failure::io(path, &e))?;
    Card::from_text(&text).map_err(|e| Failure::card(path, e))
}

/// Reads every card file, in order.
pub fn read_all(paths: &[PathBuf]) -> Result<Vec<Card>, Failure> {
    paths.iter().map(|p| read_one(p)).collect()
}

/// Names the file a combine error is about, where one card is to blame.
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
